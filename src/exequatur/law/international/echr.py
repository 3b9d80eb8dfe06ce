"""European Convention on Human Rights: who is bound by a judgment of the European Court of Human Rights.

- art. 46(1): the High Contracting Parties undertake to abide by the final judgment in any case to which they are
  parties — the respondent state, and only it;
- art. 58(2), (3): a state that ceased to be a party (by denunciation, or by ceasing to be a member of the Council of
  Europe) stays bound for acts performed before it ceased — and the Court has jurisdiction over such a state only
  for those acts, so a judgment against it concerns them;
- art. 59(4): for a state ratifying after the Convention entered into force, it enters into force on deposit.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import Body, Participation, Ruling
from exequatur.facts.temporal import Segment, Timeline
from exequatur.law.international.ruling_effect import ruling_fact
from exequatur.law.reasoning import NOT_OBLIGED, OBLIGED, UNKNOWN, Context, FactUse, Finding, Node, Provision, Rulebook
from exequatur.law.texts import ECHR_TEXT

INSTRUMENT = "echr"
TITLE = "European Convention on Human Rights"
IN_FORCE = dt.date(1953, 9, 3)


def _p(pid: str, article: str, text: str) -> Provision:
    return Provision(id=f"echr/{pid}", order="international", instrument=TITLE, article=article, text=text,
                     source=ECHR_TEXT, in_force_from=IN_FORCE)


ART_46_1 = _p("art-46-1", "art. 46(1)", "The High Contracting Parties undertake to abide by the final judgment of the "
              "Court in any case to which they are parties.")
ART_58_2 = _p("art-58-2", "art. 58(2)", "Such a denunciation shall not have the effect of releasing the High "
              "Contracting Party concerned from its obligations under this Convention in respect of any act which, "
              "being capable of constituting a violation of such obligations, may have been performed by it before the "
              "date at which the denunciation became effective.")
ART_58_3 = _p("art-58-3", "art. 58(3)", "Any High Contracting Party which shall cease to be a Member of the Council of "
              "Europe shall cease to be a Party to this Convention under the same conditions.")
ART_59_4 = _p("art-59-4", "art. 59(4)", "As regards any signatory ratifying subsequently, the Convention shall come "
              "into force at the date of the deposit of its instrument of ratification.")

RULEBOOK = Rulebook(provisions=(ART_46_1, ART_58_2, ART_58_3, ART_59_4),
                    events=((INSTRUMENT, ("deposit", "entry-into-force", "ceased")), ("coe-statute", ("membership",))))

PARTY, NOT_PARTY, CEASED, STATUS_UNKNOWN = "party", "not-party", "ceased", "unknown"


def party_timeline(kb: KnowledgeBase, state: str) -> Timeline[str]:
    return kb.memo(("echr-party", state), lambda: _timeline(kb.events(state, INSTRUMENT),
                                                            kb.events(state, "coe-statute")))


def _timeline(events: tuple[Participation, ...], coe: tuple[Participation, ...]) -> Timeline[str]:
    first = {ev.event: ev for ev in reversed(events)}
    eif, deposit = first.get("entry-into-force"), first.get("deposit")
    segments: list[Segment[str]] = []
    if eif or deposit:
        start = eif.date if eif else max(deposit.date, IN_FORCE)  # type: ignore[union-attr]
        segments.append(Segment(None, NOT_PARTY, (), "before the Convention entered into force for the state"))
        segments.append(Segment(start, PARTY, tuple(e for e in (deposit, eif) if e),
                                f"in force for the state from {start.isoformat()}"
                                + ("" if eif else f" ({ART_59_4.citation})")))
    elif any(e.event == "membership" for e in coe):
        # A member of the Council of Europe whose ratification date is not recorded: status unknown, not guessed.
        segments.append(Segment(None, STATUS_UNKNOWN, tuple(coe), "ratification date not recorded"))
    else:
        segments.append(Segment(None, NOT_PARTY, (), "never a party"))
    ceased = first.get("ceased")
    if ceased:
        segments.append(Segment(ceased.date, CEASED, (ceased,), f"ceased to be a party on {ceased.date.isoformat()}"))
    return Timeline(segments)


def applies_to(body: Body) -> bool:
    return INSTRUMENT in body.basis.instruments


def decide(ctx: Context, ruling: Ruling, state: str) -> Finding:
    if ruling.respondent is None:
        return Finding(UNKNOWN, Node("The respondent state is not recorded (give 'respondent')", None, ART_46_1))
    respondent = ruling_fact(ctx, ruling, "respondent", f"The respondent state in {ruling.id} is {ruling.respondent}",
                             ruling.respondent, ruling.sources)
    applicants = tuple(s for s in (ruling.applicant, *ruling.other_applicants) if s)
    if state in applicants:  # an inter-state case: the applicant states are parties too
        named = ruling_fact(ctx, ruling, "applicants", f"The applicant states in {ruling.id}: {', '.join(applicants)}",
                            applicants, ruling.sources)
        final_day = ruling.final
        if final_day is None or ctx.on < final_day:
            return Finding(UNKNOWN if final_day is None else NOT_OBLIGED, Node(
                "The judgment was not yet final" if final_day else "The date the judgment became final is not "
                "recorded", None if final_day is None else False, ART_46_1, (respondent, named)))
        return Finding(OBLIGED, Node(f"{state}, an applicant party to the case, is bound by the final judgment; the "
                                     f"measures of execution fall on the respondent, {ruling.respondent}", OBLIGED,
                                     ART_46_1, (respondent, named)))
    if state != ruling.respondent:
        parties = ", ".join((ruling.respondent, *applicants))
        return Finding(NOT_OBLIGED, Node(f"A judgment binds only the parties to the case ({parties}); {state} is not "
                                         "one of them", False, ART_46_1, (respondent,)))
    timeline = party_timeline(ctx.kb, state)
    seg = timeline.at(ctx.on)
    status = Node(f"{state}'s status under the Convention on {ctx.on.isoformat()}: {seg.value} ({seg.derivation})",
                  seg.value, None, ctx.segment(f"echr:status:{state}", seg, f"{state} ECHR status: {seg.value}",
                                               timeline.changes))
    if seg.value == CEASED and seg.start and ruling.acts_from and ruling.acts_from >= seg.start:
        return _after_ceasing(ctx, ruling, state, seg, status, (respondent,))  # final or not, it cannot bind
    if ruling.final is None:
        return Finding(UNKNOWN, Node("The date the judgment became final is not recorded", None, ART_46_1,
                                     (respondent,), (status,)), ("give the date the judgment became final (art. 44)",))
    final = ruling_fact(ctx, ruling, "final", f"{ruling.id} became final on {ruling.final.isoformat()}",
                        ruling.final, ruling.sources, (ruling.final,))
    if ctx.on < ruling.final:
        return Finding(NOT_OBLIGED, Node("The judgment was not yet final", False, ART_46_1, (respondent, final)))
    if seg.value == PARTY:
        return Finding(OBLIGED, Node(f"{state}, the respondent and a High Contracting Party, must abide by the final "
                                     "judgment", OBLIGED, ART_46_1, (respondent, final), (status,)))
    if seg.value == CEASED:
        return _after_ceasing(ctx, ruling, state, seg, status, (respondent, final))
    return Finding(UNKNOWN, Node(f"{state}'s participation in the Convention on this date is not recorded", None,
                                 ART_46_1, (respondent, final), (status,)))


def _after_ceasing(ctx: Context, ruling: Ruling, state: str, seg: Segment[str], status: Node,
                   facts: tuple[FactUse, ...]) -> Finding:
    """Art. 58(2), (3): a state that ceased to be a party stays bound only as to acts performed before the date it
    ceased; the judgment's period of acts (``acts_from`` / ``acts_to``) says which of its acts those are."""
    ceased = seg.start
    assert ceased is not None
    also = Node("Ceasing to be a member of the Council of Europe ends the status of party under the same conditions",
                True, ART_58_3)
    acts = ruling_fact(ctx, ruling, "acts", f"The acts in {ruling.id} are recorded as performed from "
                       f"{_day(ruling.acts_from)} to {_day(ruling.acts_to)}", (ruling.acts_from, ruling.acts_to),
                       ruling.sources) if ruling.acts_from or ruling.acts_to else None
    before = f"before {ceased.isoformat()}, when {state} ceased to be a party"
    if ruling.acts_from is None and ruling.acts_to is None:
        return Finding(OBLIGED, Node(f"{state} ceased to be a party but is not released from its obligations for acts "
                                     f"performed {before} — the only acts over which the Court has jurisdiction in "
                                     "respect of it (the period of the acts is not recorded)", OBLIGED, ART_58_2, facts,
                                     (status, also)),
                       ("a judgment on acts performed after the state ceased to be a party would not bind it "
                        "(art. 58(2)); give acts_from / acts_to",))
    assert acts is not None
    if ruling.acts_from is not None and ruling.acts_from >= ceased:
        return Finding(NOT_OBLIGED, Node(f"The acts were performed from {ruling.acts_from.isoformat()}, after {state} "
                                         f"ceased to be a party on {ceased.isoformat()}: art. 58(2) keeps it bound only "
                                         f"for acts performed {before}", NOT_OBLIGED, ART_58_2, (*facts, acts),
                                         (status, also)))
    if ruling.acts_to is not None and ruling.acts_to < ceased:
        return Finding(OBLIGED, Node(f"The acts were performed {before}: art. 58(2) keeps {state} bound by the final "
                                     "judgment on them", OBLIGED, ART_58_2, (*facts, acts), (status, also)))
    if ruling.acts_from is None:
        return Finding(UNKNOWN, Node(f"The acts are recorded only as ending on {_day(ruling.acts_to)}: whether any was "
                                     f"performed {before} is not known", None, ART_58_2, (*facts, acts),
                                     (status, also)), ("give acts_from",))
    return Finding(OBLIGED, Node(f"{state} is bound as to the acts performed {before} (art. 58(2)); the acts performed "
                                 "from that date on fall outside the obligations it keeps", OBLIGED, ART_58_2,
                                 (*facts, acts), (status, also)))


def _day(d: dt.date | None) -> str:
    return d.isoformat() if d else "an unrecorded date"
