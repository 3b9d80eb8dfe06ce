"""Rome Statute of the International Criminal Court (1998): who must arrest and surrender on an ICC warrant.

Reads like Part 9 and the final clauses:
- base case: a State Party must cooperate and comply with requests for arrest and surrender (arts. 86, 89(1));
- who is a State Party on a date: art. 126 (entry into force for the state) and art. 127(1) (withdrawal effective
  one year after notification);
- a former party stays bound for investigations commenced before its withdrawal took effect (art. 127(2));
- a state that accepted jurisdiction by declaration must cooperate for what the declaration covers (art. 12(3));
- a Security Council referral binds whom the resolution binds and only urges the rest (UN Charter art. 25 via
  the resolution's own words — see ``un_charter``);
- exception (a named reading): personal immunity of a sitting head of state of a non-party under art. 98(1).
With no basis, a treaty creates no obligation for a third state (VCLT art. 34).
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import Body, Participation, Ruling, Situation
from exequatur.facts.temporal import Segment, Timeline, add_months, first_of_month_after
from exequatur.law.international import un_charter
from exequatur.law.international.offices import TROIKA, immune_offices, office_fact
from exequatur.law.international.ruling_effect import ruling_fact
from exequatur.law.international.vclt import ART_18 as VCLT_18
from exequatur.law.international.vclt import ART_34 as VCLT_34
from exequatur.law.reasoning import (
    NOT_OBLIGED,
    OBLIGED,
    UNKNOWN,
    URGED,
    Context,
    Finding,
    Node,
    Provision,
    Reading,
    ReadingOption,
    Rulebook,
    strongest,
)
from exequatur.law.texts import ICC_AC_JORDAN_2019, ICC_PTC_MONGOLIA_2024, ROME_STATUTE_TEXT

INSTRUMENT = "rome-statute"
TITLE = "Rome Statute"
IN_FORCE = dt.date(2002, 7, 1)
LAST_INITIAL_DEPOSIT = dt.date(2002, 4, 11)  # the 60th instrument was deposited on this day (simultaneous deposit)


def _p(pid: str, article: str, text: str, **kw: object) -> Provision:
    return Provision(id=f"rome-statute/{pid}", order="international", instrument=TITLE, article=article, text=text,
                     source=ROME_STATUTE_TEXT, in_force_from=IN_FORCE, **kw)  # type: ignore[arg-type]


ART_86 = _p("art-86", "art. 86", "States Parties shall, in accordance with the provisions of this Statute, cooperate "
            "fully with the Court in its investigation and prosecution of crimes within the jurisdiction of the Court.")
ART_89_1 = _p("art-89-1", "art. 89(1)", "The Court may transmit a request for the arrest and surrender of a person, "
              "together with the material supporting the request outlined in article 91, to any State on the territory "
              "of which that person may be found and shall request the cooperation of that State in the arrest and "
              "surrender of such a person. States Parties shall, in accordance with the provisions of this Part and the "
              "procedure under their national law, comply with requests for arrest and surrender.")
ART_12_3 = _p("art-12-3", "art. 12(3)", "If the acceptance of a State which is not a Party to this Statute is required "
              "under paragraph 2, that State may, by declaration lodged with the Registrar, accept the exercise of "
              "jurisdiction by the Court with respect to the crime in question. The accepting State shall cooperate "
              "with the Court without any delay or exception in accordance with Part 9.")
ART_126_1 = _p("art-126-1", "art. 126(1)", "This Statute shall enter into force on the first day of the month after "
               "the 60th day following the date of the deposit of the 60th instrument of ratification, acceptance, "
               "approval or accession with the Secretary-General of the United Nations.")
ART_126_2 = _p("art-126-2", "art. 126(2)", "For each State ratifying, accepting, approving or acceding to this Statute "
               "after the deposit of the 60th instrument of ratification, acceptance, approval or accession, the Statute "
               "shall enter into force on the first day of the month after the 60th day following the deposit by such "
               "State of its instrument of ratification, acceptance, approval or accession.")
ART_127_1 = _p("art-127-1", "art. 127(1)", "A State Party may, by written notification addressed to the "
               "Secretary-General of the United Nations, withdraw from this Statute. The withdrawal shall take effect "
               "one year after the date of receipt of the notification, unless the notification specifies a later date.")
ART_127_2 = _p("art-127-2", "art. 127(2)", "A State shall not be discharged, by reason of its withdrawal, from the "
               "obligations arising from this Statute while it was a Party to the Statute, including any financial "
               "obligations which may have accrued. Its withdrawal shall not affect any cooperation with the Court in "
               "connection with criminal investigations and proceedings in relation to which the withdrawing State had "
               "a duty to cooperate and which were commenced prior to the date on which the withdrawal became effective, "
               "nor shall it prejudice in any way the continued consideration of any matter which was already under "
               "consideration by the Court prior to the date on which the withdrawal became effective.")
ART_11_2 = _p("art-11-2", "art. 11(2)", "If a State becomes a Party to this Statute after its entry into force, the "
              "Court may exercise its jurisdiction only with respect to crimes committed after the entry into force of "
              "this Statute for that State, unless that State has made a declaration under article 12, paragraph 3.")
ART_19_1 = _p("art-19-1", "art. 19(1)", "The Court shall satisfy itself that it has jurisdiction in any case brought "
              "before it. The Court may, on its own motion, determine the admissibility of a case in accordance with "
              "article 17.")
ART_58_7 = _p("art-58-7", "art. 58(7)", "As an alternative to seeking a warrant of arrest, the Prosecutor may submit an "
              "application requesting that the Pre-Trial Chamber issue a summons for the person to appear. If the "
              "Pre-Trial Chamber is satisfied that there are reasonable grounds to believe that the person committed the "
              "crime alleged and that a summons is sufficient to ensure the person's appearance, it shall issue the "
              "summons, with or without conditions restricting liberty (other than detention) if provided for by "
              "national law, for the person to appear. ... The summons shall be served on the person.")
ART_103_1_A = _p("art-103-1-a", "art. 103(1)(a)", "A sentence of imprisonment shall be served in a State designated by "
                 "the Court from a list of States which have indicated to the Court their willingness to accept sentenced "
                 "persons.")
ART_109_1 = _p("art-109-1", "art. 109(1)", "States Parties shall give effect to fines or forfeitures ordered by the Court "
               "under Part 7, without prejudice to the rights of bona fide third parties, and in accordance with the "
               "procedure of their national law.")
ART_98_1 = _p("art-98-1", "art. 98(1)", "The Court may not proceed with a request for surrender or assistance which "
              "would require the requested State to act inconsistently with its obligations under international law "
              "with respect to the State or diplomatic immunity of a person or property of a third State, unless the "
              "Court can first obtain the cooperation of that third State for the waiver of the immunity.")
ART_27_2 = _p("art-27-2", "art. 27(2)", "Immunities or special procedural rules which may attach to the official "
              "capacity of a person, whether under national or international law, shall not bar the Court from "
              "exercising its jurisdiction over such a person.")
IMMUNITY = Reading(
    id="rome-art98-immunity",
    question="Does personal immunity of a sitting head of state or government of a state not party to the Statute "
    "defeat a State Party's duty to arrest and surrender (art. 98(1))?",
    provision=ART_98_1.id,
    options=(
        ReadingOption("immunity-rejected", "No: personal immunity is not opposable before the ICC and the requested "
                      "State Party must arrest (arts. 27(2), 86, 89(1)).",
                      "ICC Appeals Chamber, Jordan Referral re Al-Bashir, 6 May 2019; ICC Pre-Trial Chamber II, "
                      "Mongolia non-compliance finding, 24 October 2024"),
        ReadingOption("immunity-upheld", "Yes: art. 98(1) preserves the customary immunity of a sitting head of state "
                      "or government of a non-party; the requested state need not arrest while the person is in office.",
                      "argued by Jordan (2017-2019), South Africa's government (2015-2017), Mongolia (2024) and the "
                      "African Union; a minority view among scholars"),
    ),
    default="immunity-rejected",
)

RULEBOOK = Rulebook(
    provisions=(ART_86, ART_89_1, ART_58_7, ART_103_1_A, ART_109_1, ART_11_2, ART_12_3, ART_19_1, ART_126_1, ART_126_2,
                ART_127_1, ART_127_2, ART_98_1, ART_27_2),
    readings=(IMMUNITY,),
    events=((INSTRUMENT, ("signature", "signature-withdrawn", "deposit", "succession", "withdrawal-notified",
                          "withdrawal-revoked", "declaration-12-3")),),
)

NOT_PARTY, PARTY, FORMER_PARTY = "not-party", "party", "former-party"
PARTY_OR_FORMER = "party-or-former-party"  # the withdrawal's effect is disputed (an unconfirmed revocation)


# --- who is a State Party on a date (arts. 126, 127(1)) ------------------------------------------------------------

def entry_into_force_for(deposit: dt.date) -> tuple[dt.date, Provision]:
    """Art. 126: for instruments deposited up to the 60th (11 April 2002), the Statute's own entry into force;
    afterwards the first day of the month after the 60th day following the deposit."""
    if deposit <= LAST_INITIAL_DEPOSIT:
        return IN_FORCE, ART_126_1
    return first_of_month_after(deposit + dt.timedelta(days=60)), ART_126_2


def withdrawal_effective(notified: dt.date, stated: dt.date | None = None) -> dt.date:
    """Art. 127(1): one year after receipt of the notification, unless the notification specifies a later date."""
    computed = add_months(notified, 12)
    return stated if stated and stated > computed else computed


def party_timeline(kb: KnowledgeBase, state: str) -> Timeline[str]:
    """The state's status under the Statute as a function of the date, derived from its sourced events."""
    return kb.memo(("rome-party", state), lambda: _party_timeline(kb.events(state, INSTRUMENT)))


def _party_timeline(events: tuple[Participation, ...]) -> Timeline[str]:
    """Walk the events in date order. A state may become a party, withdraw, and accede again (a what-if scenario
    can say so), so each deposit or succession opens a new period as a party and each notification of withdrawal
    closes the current one under art. 127(1)."""
    first_bound = next((e.date for e in events if e.event in ("deposit", "succession")), None)
    before = [e for e in events if e.event in ("signature", "signature-withdrawn", "signature-withdrawal-decided")
              and (first_bound is None or e.date < first_bound)]
    # Before any deposit the state is not a party; each act of a signatory opens a segment, so that what is said of
    # its signature on a date rests only on the acts done by then.
    segments: list[Segment[str]] = [Segment(None, NOT_PARTY, (), "no instrument of ratification or accession "
                                            "deposited")]
    segments += [Segment(e.date, NOT_PARTY, tuple(before[:i + 1]), "no instrument of ratification or accession "
                         "deposited") for i, e in enumerate(before)]
    party_basis: tuple[Participation, ...] = ()
    ends: dt.date | None = None  # the date the current withdrawal takes effect, once one is notified
    for ev in events:
        if ev.event in ("deposit", "succession") and (not party_basis or (ends and ev.date >= ends)):
            if ev.event == "deposit":
                start, provision = entry_into_force_for(ev.date)
                recorded = next((e for e in events if e.event == "entry-into-force" and e.date >= ev.date), None)
                party_basis = tuple(e for e in (ev, recorded) if e)
                derivation = (f"{provision.citation}: in force for the state from {start.isoformat()} (deposit "
                              f"{ev.date.isoformat()})")
                if ends is None and start > ev.date:  # deposited, not yet in force: not "no instrument deposited"
                    segments.append(Segment(ev.date, NOT_PARTY, (*before, ev), f"instrument deposited on "
                                            f"{ev.date.isoformat()}, not yet in force for the state: "
                                            f"{provision.citation}, in force from {start.isoformat()}"))
            else:
                start = ev.effective or ev.date
                party_basis = (ev,)
                derivation = f"bound by succession from {start.isoformat()}"
            segments.append(Segment(start, PARTY, party_basis, derivation))
            ends = None
        elif ev.event == "withdrawal-notified" and party_basis and ends is None:
            stated = next((e for e in events if e.event == "withdrawal-effective" and e.date > ev.date), None)
            ends = withdrawal_effective(ev.date, stated.date if stated else None)
            segments.append(Segment(ev.date, PARTY, (*party_basis, ev),
                                    f"party; withdrawal notified {ev.date.isoformat()} takes effect "
                                    f"{ends.isoformat()} ({ART_127_1.citation})"))
            revocations = [e for e in events if e.event == "withdrawal-revoked" and ev.date <= e.date < ends]
            revoked = next((e for e in revocations if e.confirmed), revocations[0] if revocations else None)
            if revoked and revoked.confirmed:
                segments.append(Segment(revoked.date, PARTY, (*party_basis, ev, revoked),
                                        f"party; notification of withdrawal withdrawn on {revoked.date.isoformat()}"))
                ends = None
            elif revoked:
                segments.append(Segment(ends, PARTY_OR_FORMER, (ev, revoked),
                                        f"withdrawal due to take effect {ends.isoformat()} ({ART_127_1.citation}), "
                                        f"but a revocation of the notification on {revoked.date.isoformat()} is "
                                        "reported and not confirmed"))
            else:
                segments.append(Segment(ends, FORMER_PARTY, tuple(e for e in (ev, stated) if e),
                                        f"{ART_127_1.citation}: withdrawal effective {ends.isoformat()}"))
    return Timeline(segments)


def party_status(ctx: Context, state: str) -> tuple[Segment[str], Node]:
    """Read the state's status on ``ctx.on`` through the context and explain it."""
    timeline = party_timeline(ctx.kb, state)
    seg = timeline.at(ctx.on)
    statement = {
        NOT_PARTY: f"{state} is not a State Party to the Rome Statute on {ctx.on.isoformat()}",
        PARTY: f"{state} is a State Party to the Rome Statute on {ctx.on.isoformat()}",
        FORMER_PARTY: f"{state} is a former State Party on {ctx.on.isoformat()}",
        PARTY_OR_FORMER: f"Whether {state} is still a State Party on {ctx.on.isoformat()} is not confirmed",
    }[seg.value]
    pending = next((e for e in seg.basis if e.event == "deposit"), None) if seg.value == NOT_PARTY else None
    if pending is not None:
        facts = ctx.segment(f"rome-statute:pending:{state}", seg, f"{state} has deposited its instrument, but the "
                            f"Statute is not yet in force for it on {ctx.on.isoformat()}", timeline.changes)
    elif seg.value == NOT_PARTY:
        facts = ctx.segment(f"rome-statute:no-deposit:{state}", seg, f"{state} has deposited no instrument of "
                            "ratification or accession by this date (depositary status list)", timeline.changes,
                            absent_in=INSTRUMENT)
    else:
        facts = ctx.segment(f"rome-statute:status:{state}", seg, statement, timeline.changes)
    provision = {PARTY: _entry_provision(seg), FORMER_PARTY: ART_127_1}.get(seg.value)
    return seg, Node(statement + (f" — {seg.derivation}" if seg.derivation else ""), seg.value == PARTY,
                     provision, facts)


def _entry_provision(seg: Segment[str]) -> Provision | None:
    """The provision that put the Statute in force for the state: art. 126(1) or (2) by its deposit date."""
    deposit = next((e for e in seg.basis if e.event == "deposit"), None)
    return entry_into_force_for(deposit.date)[1] if deposit else None


# --- the decision for one state and one ICC ruling ----------------------------------------------------------------

def applies_to(body: Body) -> bool:
    return INSTRUMENT in body.basis.instruments


def decide(ctx: Context, ruling: Ruling, state: str) -> Finding:
    situation = ctx.kb.situations.get(ruling.situation or "")
    bases: list[Finding] = [
        _as_party(ctx, state, situation, ruling),
        _by_declaration(ctx, ruling, state),
    ]
    referral = _by_referral(ctx, state, situation)
    if referral:
        bases.append(referral)
    obliged = [b for b in bases if b.outcome == OBLIGED]
    if obliged:
        acts = _jurisdiction_over_acts(ctx, ruling, situation)
        defeat = _immunity(ctx, ruling, state, obliged, acts)
        if defeat:
            return defeat
        return Finding(OBLIGED, Node(f"{state} is obliged to {_duty_words(ruling)} under {ruling.id}", OBLIGED,
                                     children=(*(b.node for b in bases), *acts)),
                       tuple(h for b in obliged for h in b.hints))
    unknown = [b for b in bases if b.outcome == UNKNOWN]
    if unknown:
        return Finding(UNKNOWN, Node(f"Whether {state} must {_duty_words(ruling)} under {ruling.id} depends on facts "
                                     "not confirmed",
                                     UNKNOWN, children=tuple(b.node for b in bases)),
                       tuple(h for b in unknown for h in b.hints))
    urged = [b for b in bases if b.outcome == URGED]
    hints = (f"{state} would be obliged if it became a State Party (in force for it on the first day of the month "
             "after the 60th day following its deposit, art. 126(2)), lodged an art. 12(3) declaration covering the "
             "acts, or were bound by a Security Council decision under Chapter VII",)
    third = Node(f"The Statute creates no obligation for {state} without its consent", NOT_OBLIGED, VCLT_34)
    children = (*(b.node for b in bases), third)
    if urged:
        return Finding(URGED, Node(f"{state} is urged, not obliged, to cooperate under {ruling.id}", URGED,
                                   children=children), hints)
    return Finding(NOT_OBLIGED, Node(f"{state} has no obligation to {_duty_words(ruling)} under {ruling.id}", NOT_OBLIGED,
                                     children=children), hints)


def _party_duty(ruling: Ruling) -> tuple[Node, ...]:
    """What a State Party's duty to cooperate requires as to this kind of ruling."""
    if ruling.kind == "arrest-warrant":
        return (Node("A State Party must comply with requests for arrest and surrender", True, ART_89_1),)
    if ruling.kind == "summons":
        return (Node("A summons to appear is issued instead of a warrant of arrest: it is served on the person, and no "
                     "arrest is requested", True, ART_58_7),)
    return (Node("A State Party must give effect to fines or forfeitures the Court orders", True, ART_109_1),
            Node("A sentence of imprisonment is served only in a State the Court designates among those that declared "
                 "their willingness to accept sentenced persons; no other state must enforce it", True, ART_103_1_A))


def _duty_words(ruling: Ruling) -> str:
    return {"arrest-warrant": "arrest and surrender the person",
            "summons": "cooperate with the Court (a summons: no arrest is requested)"}.get(
        ruling.kind, "cooperate with the Court as to the ruling (Part 9)")


def _as_party(ctx: Context, state: str, situation: Situation | None, ruling: Ruling) -> Finding:
    seg, status = party_status(ctx, state)
    if seg.value == PARTY:
        return Finding(OBLIGED, Node("A State Party must cooperate fully with the Court", OBLIGED, ART_86,
                                     children=(status, *_party_duty(ruling))),
                       (f"if {state} withdrew from the Statute, its withdrawal would take effect one year after "
                        "notification (art. 127(1)); it would then remain bound only in investigations and proceedings "
                        "commenced before that (art. 127(2))",))
    if seg.value == FORMER_PARTY:
        return _after_withdrawal(ctx, state, situation, seg, status)
    if seg.value == PARTY_OR_FORMER:
        # Either the state is still a party (arts. 86, 89(1)) or its withdrawal took effect (art. 127(2)).
        # If both alternatives oblige, the answer does not depend on the disputed fact.
        after = _after_withdrawal(ctx, state, situation, seg, status)
        if after.outcome == OBLIGED:  # the same duty as a party's, whichever alternative holds
            return Finding(OBLIGED, Node(f"{state} is obliged either way: as a State Party (art. 86) or, if its "
                                         "withdrawal took effect, in an investigation commenced before then",
                                         OBLIGED, ART_86, children=(status, *_party_duty(ruling), after.node)),
                           ("the disputed revocation of the withdrawal does not change this answer",))
        return Finding(UNKNOWN, Node(f"{state} is obliged if it is still a State Party, but not if its withdrawal took "
                                     "effect; which is not confirmed", None, ART_127_2, children=(status, after.node)),
                       (f"confirm whether {state} revoked its notification of withdrawal",))
    children: tuple[Node, ...] = (status,)
    signatory = _as_signatory(ctx, state, seg)
    if signatory is not None:
        children += (signatory,)
    return Finding(NOT_OBLIGED, Node(f"{state} is not bound as a State Party", False, ART_86, children=children))


def _as_signatory(ctx: Context, state: str, seg: Segment[str]) -> Node | None:
    """VCLT art. 18: a signatory must only refrain from acts defeating the treaty's object and purpose — a duty that
    ends once it makes its intention clear not to become a party (art. 18(a)). Signature never obliges cooperation."""
    signed = next((e for e in seg.basis if e.event == "signature"), None)
    if signed is None:
        return None
    unsigned = next((e for e in seg.basis if e.event == "signature-withdrawn"), None)
    decided = next((e for e in seg.basis if e.event == "signature-withdrawal-decided"), None)
    sig = ctx.event(signed, f"{state} signed the Rome Statute on {signed.date.isoformat()}")
    if unsigned is not None:
        use = ctx.event(unsigned, f"{state} notified the depositary on {unsigned.date.isoformat()} that it does not "
                        "intend to become a party to the Rome Statute")
        return Node(f"{state} signed the Statute on {signed.date.isoformat()} but made its intention clear not to become "
                    f"a party on {unsigned.date.isoformat()}: from then it is not bound even by a signatory's duty to "
                    "refrain from defeating the treaty's object and purpose (art. 18(a)), and signature never carried a "
                    "duty to cooperate", False, VCLT_18, (sig, use))
    if decided is not None:
        use = ctx.event(decided, f"{state} decided on {decided.date.isoformat()} to notify the depositary that it does "
                        "not intend to become a party to the Rome Statute (the date the notification was received is "
                        "not recorded)")
        return Node(f"{state} signed the Statute on {signed.date.isoformat()} and decided on {decided.date.isoformat()} "
                    "to notify that it does not intend to become a party; a signatory's only duty is to refrain from "
                    "defeating the treaty's object and purpose until it makes that intention clear (art. 18(a)), and "
                    "signature never carried a duty to cooperate", False, VCLT_18, (sig, use))
    return Node(f"{state} signed the Statute on {signed.date.isoformat()}: a signatory must only refrain from defeating "
                "the treaty's object and purpose (art. 18(a)); signature creates no duty to cooperate", False, VCLT_18,
                (sig,))


def _after_withdrawal(ctx: Context, state: str, situation: Situation | None, seg: Segment[str],
                      status: Node) -> Finding:
    effective = seg.start
    assert effective is not None
    if situation is None or situation.investigation_opened is None:
        return Finding(UNKNOWN, Node("Art. 127(2) needs the date the investigation commenced, which is not recorded",
                                     None, ART_127_2, children=(status,)))
    opened = ctx.record(f"situation:{situation.id}:investigation-opened",
                        f"The investigation in the {situation.name} was opened on "
                        f"{situation.investigation_opened.isoformat()}", situation.investigation_opened, situation)
    if situation.investigation_opened < effective:
        return Finding(OBLIGED, Node(f"{state}'s withdrawal (effective {effective.isoformat()}) does not affect "
                                     "cooperation in an investigation commenced before it took effect", OBLIGED,
                                     ART_127_2, (opened,), (status,)))
    return Finding(NOT_OBLIGED, Node(f"The investigation commenced after {state}'s withdrawal took effect "
                                     f"({effective.isoformat()}): art. 127(2) does not keep it bound", False,
                                     ART_127_2, (opened,), (status,)))


def _by_declaration(ctx: Context, ruling: Ruling, state: str) -> Finding:
    declarations = [e for e in ctx.kb.events(state, INSTRUMENT) if e.event == "declaration-12-3"]
    if not declarations:
        return Finding(NOT_OBLIGED, Node(f"{state} has lodged no declaration under art. 12(3)", False, ART_12_3))
    changes = tuple(e.date for e in declarations)
    nodes, outcome = [], NOT_OBLIGED
    for dec in declarations:
        use = ctx.event(dec, f"{state} lodged an art. 12(3) declaration on {dec.date.isoformat()} covering "
                        f"{dec.covers_from.isoformat() if dec.covers_from else '?'} to "
                        f"{dec.covers_to.isoformat() if dec.covers_to else 'open-ended'}", changes)
        if dec.date > ctx.on:
            nodes.append(Node(f"Declaration of {dec.date.isoformat()} not yet lodged on {ctx.on.isoformat()}", False,
                              ART_12_3, (use,)))
            continue
        covered = _covers(ruling, dec)
        acts = ruling_fact(ctx, ruling, "acts-period", f"The acts in {ruling.id} are alleged from "
                           f"{_day(ruling.acts_from)} to {_day(ruling.acts_to) if ruling.acts_to else 'a date not recorded'}",
                           (ruling.acts_from, ruling.acts_to), ruling.sources)
        if covered is None:
            nodes.append(Node("Whether the declaration covers the acts cannot be told: their period is not recorded "
                              "fully enough", None, ART_12_3, (use, acts)))
            outcome = UNKNOWN if outcome != OBLIGED else outcome
        elif covered == "all":
            nodes.append(Node(f"The declaration of {dec.date.isoformat()} covers the acts: {state} must cooperate "
                              "without delay or exception in accordance with Part 9", True, ART_12_3, (use, acts)))
            outcome = OBLIGED
        elif covered == "part":
            nodes.append(Node(f"The declaration of {dec.date.isoformat()} covers part of the period of the acts: {state} "
                              "must cooperate without delay or exception as to the acts within it; the acts outside "
                              "it fall outside the declaration", True, ART_12_3, (use, acts)))
            outcome = OBLIGED
        else:
            nodes.append(Node(f"The declaration of {dec.date.isoformat()} does not cover the period of the acts", False,
                              ART_12_3, (use, acts)))
    return Finding(outcome, Node(f"Declarations of {state} under art. 12(3)", outcome == OBLIGED if outcome !=
                                 UNKNOWN else None, ART_12_3, children=tuple(nodes)))


def _day(d: dt.date | None) -> str:
    return d.isoformat() if d else "an unrecorded date"


def _covers(ruling: Ruling, dec: Participation) -> str | None:
    """Whether a declaration's period covers the acts: "all", "part" (the periods overlap: the acts within it are
    covered), "none", or None where the recorded dates cannot tell."""
    start, end = ruling.acts_from, ruling.acts_to
    if dec.covers_from is None:
        return None
    if (end is not None and end < dec.covers_from) or (start is not None and dec.covers_to is not None
                                                       and start > dec.covers_to):
        return "none"
    if start is None:
        return None
    if start >= dec.covers_from:
        if dec.covers_to is None or (end is not None and end <= dec.covers_to):
            return "all"
        return "part"  # begins within the period and runs (or may run) past its end
    return "part" if end is not None else None  # begins before the period and ends within or after it


def _by_referral(ctx: Context, state: str, situation: Situation | None) -> Finding | None:
    """The duty under each Security Council referral of the situation (a scenario may add one to a situation that
    already has one); the strongest governs: obliged, then unknown, then urged."""
    if situation is None:
        return None
    findings = [un_charter.resolution_duty(ctx, ctx.kb.resolutions[t.resolution], state,
                                           what=f"the ICC in the {situation.name}")
                for t in situation.triggers if t.kind == "unsc-referral" and t.resolution]
    if not findings:
        return None
    return strongest(findings, f"The situation was referred by {len(findings)} Security Council resolutions")


def _jurisdiction_over_acts(ctx: Context, ruling: Ruling, situation: Situation | None) -> tuple[Node, ...]:
    """Art. 11(2), read with the period of the acts: where a territorial state of the situation became a party after
    1 July 2002 and the acts began before the Statute entered into force for it, the Court's jurisdiction over the
    earlier acts rests on that state's declaration under art. 12(3) (or on a Security Council referral). Whether it
    has jurisdiction is for the Court to determine (art. 19(1)); the duty to comply with its request does not wait on
    it, so these nodes explain and never change the outcome."""
    if situation is None or ruling.acts_from is None:
        return ()
    if any(t.kind == "unsc-referral" for t in situation.triggers):
        return ()
    nodes = []
    for territory in situation.territory:
        timeline = party_timeline(ctx.kb, territory)
        joined = next((seg for seg in timeline.segments if seg.value == PARTY and seg.start), None)
        if (joined is None or joined.start is None or joined.start <= IN_FORCE or joined.start > ctx.on
                or ruling.acts_from >= joined.start):
            continue
        became = ctx.fact(f"rome-statute:joined:{territory}", f"{territory} became a State Party to the Rome Statute "
                          f"on {joined.start.isoformat()} — {joined.derivation}", joined.start,
                          ctx.kb.source_records(sorted({sid for e in joined.basis for sid in e.sources})),
                          timeline.changes, any(e.assumed for e in joined.basis))
        party = (became,)
        covering = [e for e in ctx.kb.events(territory, INSTRUMENT)
                    if e.event == "declaration-12-3" and e.date <= ctx.on and _covers(ruling, e) in ("all", "part")]
        if covering:
            dec = covering[-1]
            use = ctx.event(dec, f"{territory} lodged an art. 12(3) declaration on {dec.date.isoformat()}")
            nodes.append(Node(f"The acts began before the Statute entered into force for {territory} "
                              f"({joined.start.isoformat()}): the Court's jurisdiction over the earlier acts rests on "
                              f"{territory}'s declaration of {dec.date.isoformat()} under art. 12(3), which covers them",
                              True, ART_11_2, (party[0], use)))
        else:
            nodes.append(Node(f"The acts began before the Statute entered into force for {territory} "
                              f"({joined.start.isoformat()}) and no recorded declaration under art. 12(3) covers them: "
                              "whether the Court has jurisdiction over those acts is for the Court to determine "
                              "(art. 19(1)); the duty to comply with its request does not wait on it", None, ART_11_2,
                              (party[0],), (Node("The Court determines its own jurisdiction", True, ART_19_1),)))
    return tuple(nodes)


def _immunity(ctx: Context, ruling: Ruling, state: str, obliged: list[Finding], extra: tuple[Node, ...] = ()
              ) -> Finding | None:
    """Exception to the duty: art. 98(1) immunity, under the selected reading. Returns a defeating finding or None;
    under the default reading the exception is reported as considered and rejected. Only the offices that carry
    personal immunity under customary law (head of state, head of government, minister for foreign affairs) are
    considered, each argued as what it is."""
    person = ctx.kb.persons.get(ruling.subject or "")
    if person is None or ruling.kind != "arrest-warrant":  # art. 98(1) concerns a request to arrest and surrender
        return None
    for office, held in immune_offices(person, ctx.on, not_of=state):
        holder_seg, holder = party_status(ctx, office.state)  # read through the context: its changes are change points
        if holder_seg.value == PARTY:
            continue
        kind = TROIKA[office.head_of]
        use = office_fact(ctx, person, office, held)
        reading = ctx.reading(IMMUNITY)
        if reading == "immunity-upheld" and held is None:
            return Finding(UNKNOWN, Node(f"Under the reading 'immunity-upheld', {state} need not arrest a sitting "
                                         f"{kind} of a state not party to the Statute; whether {person.name} still holds "
                                         f"office as {office.office} is not recorded", None, ART_98_1, (use,),
                                         (*(b.node for b in obliged), holder)),
                           (f"record whether {person.name} still holds office as {office.office}",))
        if reading == "immunity-upheld":
            return Finding(NOT_OBLIGED, Node(f"Under the reading 'immunity-upheld', {state} need not arrest a sitting "
                                             f"{kind} of a state not party to the Statute", NOT_OBLIGED, ART_98_1,
                                             (use,), (*(b.node for b in obliged), holder)),
                           ("under the reading 'immunity-rejected' (ICC Appeals Chamber 2019) the state is obliged",
                            f"personal immunity ends when {person.name} leaves office as {office.office}"))
        if office.head_of == "state":
            why = ("Personal immunity of a sitting head of state is not opposable before the ICC: no head-of-state "
                   "immunity under customary law vis-à-vis an international court (ICC Appeals Chamber, 6 May 2019; "
                   "Pre-Trial Chamber II on Mongolia, 24 October 2024)")
        else:
            why = (f"Personal immunity of a sitting {kind} is not opposable before the ICC under the reading "
                   "'immunity-rejected': art. 27(2) excludes immunities attaching to official capacity, and the Appeals "
                   "Chamber held (6 May 2019) that customary law knows no head-of-state immunity vis-à-vis an "
                   f"international court — a holding this reading applies to a {kind} as well")
        rejected = Node(why, False, ART_27_2, (
            use,
            ctx.fact("case:icc-ac-jordan-2019", "ICC Appeals Chamber, Jordan Referral re Al-Bashir (6 May 2019)", True,
                     ICC_AC_JORDAN_2019),
            ctx.fact("case:icc-ptc-mongolia-2024", "ICC Pre-Trial Chamber II, Mongolia (24 October 2024)", True,
                     ICC_PTC_MONGOLIA_2024),
        ), (holder,))
        return Finding(OBLIGED, Node(f"{state} is obliged to {_duty_words(ruling)} under {ruling.id}", OBLIGED,
                                     children=(*(b.node for b in obliged), *extra, Node(
                                         f"Exception considered: immunity of a sitting {kind} under art. 98(1)", False,
                                         ART_98_1, children=(rejected,)))),
                       (f"under the reading 'immunity-upheld' the state would not be obliged while {person.name} is "
                        f"{office.office}",))
    return None
