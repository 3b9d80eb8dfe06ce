"""United Nations Convention on the Law of the Sea (1982): who must comply with a decision or provisional measures of
a court or tribunal under Part XV (the International Tribunal for the Law of the Sea, an Annex VII arbitral tribunal).

- art. 290(6): the parties to the dispute shall comply promptly with provisional measures prescribed under art. 290;
- art. 296(1), (2): a decision is final, complied with by all the parties to the dispute, and binds no one else;
- art. 288(4): a dispute over jurisdiction is settled by the court or tribunal itself — a party's objection does not
  suspend its duty;
- who is a State Party on a date: art. 308(1) (in force on 16 November 1994, twelve months after the sixtieth
  instrument) and (2) (for later instruments, the thirtieth day after deposit); art. 317(1) (a denunciation takes
  effect one year after notification unless a later date is specified).
A state that is not a party to the dispute is not bound (art. 296(2)); one that never consented to the Convention is
not bound by it (VCLT art. 34).
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import Body, Participation, Ruling, Source
from exequatur.facts.temporal import Segment, Timeline, add_months
from exequatur.law.international.ruling_effect import case_parties
from exequatur.law.international.vclt import ART_34 as VCLT_34
from exequatur.law.reasoning import NOT_OBLIGED, OBLIGED, UNKNOWN, Context, Finding, Node, Provision, Rulebook

INSTRUMENT = "unclos"
TITLE = "United Nations Convention on the Law of the Sea"
IN_FORCE = dt.date(1994, 11, 16)

TEXT = Source(
    id="text-unclos",
    url="https://github.com/statengeneraal/laws-markdown/blob/a8bdc90163e6d8551e58b511831a1a138dd67952/verdrag/united/"
    "nations/convention/on/the/law/of/the/sea/BWBV0003172/README.md",
    title="United Nations Convention on the Law of the Sea, English text (Dutch treaty database BWBV0003172)",
)


def _p(pid: str, article: str, text: str) -> Provision:
    return Provision(id=f"unclos/{pid}", order="international", instrument=TITLE, article=article, text=text,
                     source=TEXT, in_force_from=IN_FORCE)


ART_290_6 = _p("art-290-6", "art. 290(6)", "The parties to the dispute shall comply promptly with any provisional "
               "measures prescribed under this article.")
ART_296_1 = _p("art-296-1", "art. 296(1)", "Any decision rendered by a court or tribunal having jurisdiction under this "
               "section shall be final and shall be complied with by all the parties to the dispute.")
ART_296_2 = _p("art-296-2", "art. 296(2)", "Any such decision shall have no binding force except between the parties and "
               "in respect of that particular dispute.")
ART_288_4 = _p("art-288-4", "art. 288(4)", "In the event of a dispute as to whether a court or tribunal has "
               "jurisdiction, the matter shall be settled by decision of that court or tribunal.")
ART_308 = _p("art-308", "art. 308(1), (2)", "1. This Convention shall enter into force 12 months after the date of "
             "deposit of the sixtieth instrument of ratification or accession. 2. For each State ratifying or acceding "
             "to this Convention after the deposit of the sixtieth instrument of ratification or accession, the "
             "Convention shall enter into force on the thirtieth day following the deposit of its instrument of "
             "ratification or accession, subject to paragraph 1.")
ART_317_1 = _p("art-317-1", "art. 317(1)", "A State Party may, by written notification addressed to the "
               "Secretary-General of the United Nations, denounce this Convention and may indicate its reasons. Failure "
               "to indicate reasons shall not affect the validity of the denunciation. The denunciation shall take "
               "effect one year after the date of receipt of the notification, unless the notification specifies a "
               "later date.")

RULEBOOK = Rulebook(provisions=(ART_290_6, ART_296_1, ART_296_2, ART_288_4, ART_308, ART_317_1),
                    events=((INSTRUMENT, ("signature", "deposit", "succession", "withdrawal-notified")),))

PARTY, NOT_PARTY, UNKNOWN_STATUS = "party", "not-party", "unknown"


def entry_into_force_for(deposit: dt.date) -> dt.date:
    """Art. 308: the thirtieth day after deposit, and never before the Convention's own entry into force."""
    return max(IN_FORCE, deposit + dt.timedelta(days=30))


def party_timeline(kb: KnowledgeBase, state: str) -> Timeline[str]:
    """The state's status under the Convention by date. Where the participant list read records instruments only up to
    a date (``Instrument.status_as_of``), a state not a party by then is of unknown status after it: a later
    ratification or accession would not be in the list."""
    ins = kb.instruments.get(INSTRUMENT)
    as_of = ins.status_as_of if ins else None
    return kb.memo(("unclos-party", state), lambda: _timeline(kb.events(state, INSTRUMENT), as_of))


def _timeline(events: tuple[Participation, ...], as_of: dt.date | None) -> Timeline[str]:
    segments: list[Segment[str]] = [Segment(None, NOT_PARTY, (), "no instrument of ratification or accession "
                                            "deposited")]
    for ev in events:
        if ev.event == "deposit":
            start = entry_into_force_for(ev.date)
            recorded = next((e for e in events if e.event == "entry-into-force" and e.date >= ev.date), None)
            if start > ev.date:  # deposited, not yet in force: not "no instrument deposited"
                segments.append(Segment(ev.date, NOT_PARTY, (ev,), f"instrument deposited on {ev.date.isoformat()}, "
                                        f"not yet in force for the state: {ART_308.citation}, in force from "
                                        f"{start.isoformat()}"))
            segments.append(Segment(start, PARTY, tuple(e for e in (ev, recorded) if e), f"{ART_308.citation}: in "
                                    f"force for the state from {start.isoformat()} (deposit {ev.date.isoformat()})"))
        elif ev.event == "succession":
            if ev.effective:
                segments.append(Segment(ev.effective, PARTY, (ev,), f"bound by succession from "
                                        f"{ev.effective.isoformat()}"))
            else:  # art. 308 speaks of ratification and accession only: a successor is bound from its notification at
                # the latest; whether from an earlier date (its independence) is not recorded
                bound = max(ev.date, IN_FORCE)
                if bound > IN_FORCE:
                    segments.append(Segment(IN_FORCE, UNKNOWN_STATUS, (ev,), "a successor state that notified its "
                                            f"succession on {ev.date.isoformat()}: whether it was bound before then "
                                            "is not recorded"))
                segments.append(Segment(bound, PARTY, (ev,), f"bound by succession, at the latest from its "
                                        f"notification of {ev.date.isoformat()}"))
        elif ev.event == "withdrawal-notified":
            ends = max(add_months(ev.date, 12), ev.effective or ev.date)
            segments.append(Segment(ends, NOT_PARTY, (ev,), f"{ART_317_1.citation}: denunciation notified "
                                    f"{ev.date.isoformat()} effective {ends.isoformat()}"))
    timeline = Timeline(segments)
    if as_of is not None and timeline.at(as_of).value == NOT_PARTY:
        last = timeline.at(as_of)
        segments.append(Segment(as_of + dt.timedelta(days=1), UNKNOWN_STATUS, last.basis, "not a party on "
                                f"{as_of.isoformat()}, the latest date the participant list read records; a later "
                                "instrument would not be recorded"))
        timeline = Timeline(segments)
    return timeline


def applies_to(body: Body) -> bool:
    return INSTRUMENT in body.basis.instruments


def decide(ctx: Context, ruling: Ruling, state: str) -> Finding:
    rule = ART_290_6 if ruling.kind == "order" else ART_296_1
    found = case_parties(ctx, ruling, rule, state, "dispute")
    if isinstance(found, Finding):
        return found
    parties, named = found
    if state not in parties:
        return Finding(NOT_OBLIGED, Node(f"{state} is not a party to the dispute: the decision has no binding force "
                                         "except between the parties to it", NOT_OBLIGED, ART_296_2, (named,)))
    timeline = party_timeline(ctx.kb, state)
    seg = timeline.at(ctx.on)
    if seg.value == NOT_PARTY and not seg.basis:
        facts = (ctx.fact(f"unclos:no-deposit:{state}", f"{state} has deposited no instrument of ratification or "
                          f"accession to the {TITLE} by {ctx.on.isoformat()} (depositary status list)", False,
                          ctx.status_list(INSTRUMENT), timeline.changes),)
    elif seg.value == UNKNOWN_STATUS and not any(e.event == "succession" for e in seg.basis):
        facts = (ctx.fact(f"unclos:unlisted:{state}", f"{state}: {seg.derivation}", None,
                          ctx.status_list(INSTRUMENT), timeline.changes),)  # the participant list ends before the date
    else:
        facts = ctx.segment(f"unclos:status:{state}", seg, f"{state}'s status under the {TITLE} on "
                            f"{ctx.on.isoformat()}: {seg.derivation}", timeline.changes)
    status = Node(f"{state} is {'a State Party' if seg.value == PARTY else 'not a State Party'} to the {TITLE} on "
                  f"{ctx.on.isoformat()} — {seg.derivation}" if seg.value != UNKNOWN_STATUS else
                  f"Whether {state} is a State Party on {ctx.on.isoformat()} is not known — {seg.derivation}",
                  {PARTY: True, NOT_PARTY: False}.get(seg.value), ART_308 if seg.value == PARTY else None, facts)
    if seg.value == PARTY:
        what = "comply promptly with the provisional measures" if rule is ART_290_6 else "comply with the decision"
        return Finding(OBLIGED, Node(f"{state}, a party to the dispute and a State Party, must {what}", OBLIGED, rule,
                                     (named,), (status, Node("An objection to the jurisdiction of the court or "
                                                             "tribunal is settled by that court or tribunal; it does "
                                                             "not suspend the duty", True, ART_288_4))),
                       ("provisional measures bind until the court or tribunal modifies or revokes them, or until the "
                        "final decision in the case; a final decision binds for good (art. 296(1))",))
    if seg.value == UNKNOWN_STATUS:
        successor = any(e.event == "succession" for e in seg.basis)
        return Finding(UNKNOWN, Node(f"{state} is a party to the dispute, but whether it is bound by the Convention on "
                                     "this date is not known", None, rule, (named,), (status,)),
                       ("record the date from which the successor state was bound" if successor else
                        f"record whether {state} ratified or acceded to the Convention after the date the participant "
                        "list read ends",))
    return Finding(NOT_OBLIGED, Node(f"{state} is a party to the dispute but not bound by the {TITLE} on this date",
                                     NOT_OBLIGED, VCLT_34, (named,), (status,)))
