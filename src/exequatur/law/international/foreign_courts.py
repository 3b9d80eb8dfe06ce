"""Rulings of national courts, asked of another state (or of the court's own state) under international law.

- A court's ruling is an act of its own state's jurisdiction. Among sovereign equals (UN Charter art. 2(1)) it binds
  no other state: another state gives it effect only where it has agreed to — by an extradition, mutual legal
  assistance or recognition treaty, which obliges it only upon a formal request under that treaty and within the
  treaty's conditions (its own nationals, political offences). So a foreign warrant or judgment as such: ``not_obliged``,
  and the hint names what would change it.
- Between member states of the European Union, EU instruments of mutual recognition (for arrest warrants the European
  Arrest Warrant, Council Framework Decision 2002/584/JHA) may oblige the executing state; they are not encoded, so the
  answer there is ``unknown``, never a guessed ``not_obliged``. EU membership is read from sourced events, including a
  withdrawing state's transition period during which EU law still applied to it.
- Customary immunity before foreign national courts: a sitting head of state, head of government or minister for
  foreign affairs enjoys full immunity from criminal jurisdiction and inviolability in other states (ICJ, *Arrest
  Warrant of 11 April 2000*, 14 February 2002). Where the person is such an office-holder of a state other than the one
  asked, executing the warrant would breach that state's immunity: ``not_obliged``, and the explanation says why.
- The court's own state: international law, as encoded, puts no duty on a state towards its own courts' rulings; what
  its law says is the domestic half of the answer.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import Body, Ruling, Source
from exequatur.facts.temporal import Segment, Timeline
from exequatur.law.international.consent import bound_by
from exequatur.law.international.offices import TROIKA, immune_offices, office_fact
from exequatur.law.reasoning import NOT_OBLIGED, UNKNOWN, Context, FactUse, Finding, Node, Provision, Rulebook
from exequatur.law.texts import UN_CHARTER_TEXT

EU = "eu"  # the instrument id of membership of the European Union

ART_2_1 = Provision(id="un-charter/art-2-1", order="international", instrument="Charter of the United Nations",
                    article="art. 2(1)", text="The Organization is based on the principle of the sovereign equality of "
                    "all its Members.", source=UN_CHARTER_TEXT, in_force_from=dt.date(1945, 10, 24),
                    note="Cited for the consequence that a state's court rulings bind no other state without its "
                    "consent (a treaty); the Charter does not state that consequence in words.")
ARREST_WARRANT_2002 = Source(
    id="icj-arrest-warrant-2002",
    url="https://discovery.researcher.life/article/immunity-for-international-crimes-a-reaffirmation-of-traditional-"
    "doctrine/704118192a9d3d45bbe2c9852caa56e2",
    title="ICJ, Arrest Warrant of 11 April 2000 (Democratic Republic of the Congo v. Belgium), Judgment of 14 February "
    "2002, I.C.J. Reports 2002 p. 3, para. 51 as quoted in 'Immunity for international crimes: a reaffirmation of "
    "traditional doctrine'",
)
CUSTOMARY_IMMUNITY = Provision(
    id="custom/immunity-ratione-personae", order="international", instrument="Customary international law",
    article="personal immunity of a sitting head of state, head of government or minister for foreign affairs "
    "(ICJ, Arrest Warrant, 2002, para. 51)",
    text="... in international law it is firmly established that, as also diplomatic and consular agents, certain "
    "holders of high-ranking office in a State, such as the Head of State, Head of Government and Minister for Foreign "
    "Affairs, enjoy immunities from jurisdiction in other States, both civil and criminal.",
    source=ARREST_WARRANT_2002,
    note="Para. 51 as quoted in a secondary source; para. 54 (full immunity from criminal jurisdiction and "
    "inviolability while in office) was not read. The Court found that the issue and circulation of Belgium's warrant "
    "against the incumbent Minister for Foreign Affairs of the Congo violated Belgium's obligations.",
)
EAW_SOURCE = Source(
    id="eur-lex-2002-584-jha",
    url="http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=CELEX:32002F0584:en:HTML",
    title="Council Framework Decision 2002/584/JHA of 13 June 2002 on the European arrest warrant and the surrender "
    "procedures between Member States (OJ L 190, 18.7.2002)",
)
EU_MUTUAL_RECOGNITION = Provision(
    id="eu/2002-584-jha", order="international", instrument="Council Framework Decision 2002/584/JHA (European arrest "
    "warrant)", article="arts. 1, 31", text="A European arrest warrant is a judicial decision issued by a Member State "
    "with a view to the arrest and surrender by another Member State of a requested person; from 1 January 2004 it "
    "replaces the corresponding provisions of the extradition conventions between the Member States (art. 31(1)).",
    source=EAW_SOURCE, in_force_from=dt.date(2002, 8, 7),
    note="Paraphrase: the English text of the articles was not read; the date in art. 31(1) was read in an official "
    "Russian translation (Garant). Not encoded beyond this: between member states the answer is unknown.",
)
# Agreements by which the European Union extends surrender on an arrest warrant to a state outside it: between that
# state and the member states an arrest warrant may oblige; not encoded beyond that (the answer is unknown).
SURRENDER_AGREEMENTS = {
    "eu-uk-tca-surrender": Provision(
        id="eu-uk-tca/law-surr-76", order="international", instrument="EU-UK Trade and Cooperation Agreement",
        article="Part Three, Title VII, art. LAW.SURR.76 (as signed)", text="The objective of this Title is to ensure "
        "that the extradition system between the Member States, on the one side, and the United Kingdom, on the other "
        "side, is based on a mechanism of surrender pursuant to an arrest warrant in accordance with the terms of this "
        "Title.", source=Source(id="brexitlegalguide-tca-surrender", url="http://brexitlegalguide.co.uk/arrest-warrant-"
                                "eu-uk-agreement/", title="EU-UK Trade and Cooperation Agreement, Title VII "
                                "(Surrender), as signed (reproduction)"),
        in_force_from=dt.date(2021, 1, 1), note="Applied provisionally from 1 January 2021; the final article number "
        "(596) was not read."),
    "eu-is-no-surrender": Provision(
        id="eu-is-no-surrender", order="international", instrument="Agreement between the European Union and Iceland "
        "and Norway on the surrender procedure (2006)", article="the surrender procedure on an arrest warrant",
        text="Surrender between the member states of the European Union and Iceland and Norway on an arrest warrant, "
        "under the Agreement of 28 June 2006 (in force from 1 November 2019).",
        source=Source(id="ejn-is-no-surrender-2019", url="https://www.ejn-crimjust.europa.eu/ejn/NewsDetail/EN/664",
                      title="European Judicial Network: the EU-Iceland-Norway Surrender Agreement enters into force on "
                      "1 November 2019"),
        in_force_from=dt.date(2019, 11, 1), note="Summary: the Agreement's text was not read."),
}

RULEBOOK = Rulebook(provisions=(ART_2_1, CUSTOMARY_IMMUNITY, EU_MUTUAL_RECOGNITION, *SURRENDER_AGREEMENTS.values()),
                    events=((EU, ("membership", "withdrawal-effective", "ceased")),
                            *((ins, ("entry-into-force",)) for ins in SURRENDER_AGREEMENTS)))

MEMBER, TRANSITION, NOT_MEMBER = "member", "transition", "not-member"
EAW_FROM = dt.date(2004, 1, 1)  # Framework Decision 2002/584/JHA, art. 31(1): replaces extradition from this date


def eu_timeline(kb: KnowledgeBase, state: str) -> Timeline[str]:
    """A state's relation to the European Union by date: member from accession; after a withdrawal took effect, a
    transition during which EU law still applied to it, until the date recorded as ``ceased``; then not a member."""

    def compute() -> Timeline[str]:
        segments: list[Segment[str]] = [Segment(None, NOT_MEMBER, (), "not a member of the European Union")]
        now = NOT_MEMBER
        for ev in kb.events(state, EU):  # in date order; an event that does not fit the current status changes nothing
            if ev.event == "membership" and now == NOT_MEMBER:
                now = MEMBER
                segments.append(Segment(ev.date, MEMBER, (ev,), f"a member state from {ev.date.isoformat()} (of the "
                                        "European Communities, which the European Union continues)"))
            elif ev.event == "withdrawal-effective" and now == MEMBER:
                now = TRANSITION
                segments.append(Segment(ev.date, TRANSITION, (ev,), f"withdrew from the European Union with effect "
                                        f"from {ev.date.isoformat()}; EU law still applied to it during a transition "
                                        "period"))
            elif ev.event == "ceased" and now in (MEMBER, TRANSITION):
                now = NOT_MEMBER
                segments.append(Segment(ev.date, NOT_MEMBER, (ev,), f"EU law ceased to apply to it from "
                                        f"{ev.date.isoformat()}"))
        return Timeline(segments)

    return kb.memo(("eu", state), compute)


def applies_to(body: Body) -> bool:
    return body.kind == "national"


def decide(ctx: Context, ruling: Ruling, state: str) -> Finding:
    body = ctx.kb.bodies[ruling.body]
    issuer = body.state or "?"
    court = _court_fact(ctx, body)
    immune = _immunity(ctx, ruling, state)  # binds the court's own state too (ICJ, Arrest Warrant)
    if immune is not None:
        return immune
    if issuer == state:
        return Finding(NOT_OBLIGED, Node(f"{ruling.id} is a ruling of {state}'s own courts: international law, as "
                                         f"encoded, puts no duty on {state} to execute it; its effect is governed by "
                                         f"{state}'s own law (the domestic order)", NOT_OBLIGED, facts=(court,)))
    eu = _between_eu_members(ctx, ruling, issuer, state) or _by_surrender_agreement(ctx, ruling, issuer, state)
    if eu is not None:
        return eu
    return Finding(NOT_OBLIGED, Node(f"A ruling of a court of {issuer} does not itself oblige {state}: a state's court "
                                     "exercises that state's jurisdiction, which binds no other sovereign state without "
                                     "its consent", NOT_OBLIGED, ART_2_1, (court,)),
                   (f"a request by {issuer} under an extradition or mutual legal assistance treaty in force between "
                    f"{issuer} and {state} would oblige {state} to act on it, within that treaty's conditions (e.g. the "
                    "refusal to extradite its own nationals, or for political offences); no such treaty is encoded",))


def _court_fact(ctx: Context, body: Body) -> FactUse:
    if body.hypothetical:
        return ctx.fact(f"body:{body.id}", f"The ruling, as described, is of a court of {body.state}", body.state, (),
                        assumed=True)
    return ctx.record(f"body:{body.id}", f"The {body.name} is a court of {body.state}", body.state, body)


def _between_eu_members(ctx: Context, ruling: Ruling, issuer: str, state: str) -> Finding | None:
    if ruling.kind == "arrest-warrant":  # the date the European arrest warrant took over is a change point
        eaw = ctx.fact("eu:eaw-from", f"From {EAW_FROM.isoformat()} the European arrest warrant replaced extradition "
                       "between member states (Framework Decision 2002/584/JHA, art. 31(1))", EAW_FROM, (EAW_SOURCE,),
                       (EAW_FROM,))
        if ctx.on < EAW_FROM:
            return None  # before it, surrender between member states was extradition on request
    segs = [(s, eu_timeline(ctx.kb, s)) for s in (issuer, state)]
    now = [(s, tl, tl.at(ctx.on)) for s, tl in segs]
    if not all(seg.value in (MEMBER, TRANSITION) for _s, _tl, seg in now):
        for s, tl, seg in now:  # record why: the dates at which either state's EU status changes matter
            if seg.basis:
                ctx.segment(f"eu:status:{s}", seg, f"{s}: {seg.derivation}", tl.changes)
            else:
                ctx.fact(f"eu:status:{s}", f"{s} is not a member of the European Union on {ctx.on.isoformat()}",
                         False, ctx.status_list(EU), tl.changes)
        return None
    facts = tuple(f for s, tl, seg in now for f in ctx.segment(f"eu:status:{s}", seg, f"{s}: {seg.derivation}",
                                                               tl.changes))
    if ruling.kind == "arrest-warrant":
        facts = (*facts, eaw)
    means = ("the European arrest warrant, which replaced extradition between member states from 1 January 2004"
             if ruling.kind == "arrest-warrant" else "the rules of the European Union (and before it of the European "
             "Communities) on the recognition of judicial decisions between member states")
    return Finding(UNKNOWN, Node(f"{issuer} and {state} are both member states on {ctx.on.isoformat()}: {means} may "
                                 f"oblige {state} to give effect to it; that law is not encoded", None,
                                 EU_MUTUAL_RECOGNITION if ruling.kind == "arrest-warrant" else None, facts),
                   ("encode the European arrest warrant framework (Framework Decision 2002/584/JHA) and the EU "
                    "instruments on the recognition of judgments",))


def _by_surrender_agreement(ctx: Context, ruling: Ruling, issuer: str, state: str) -> Finding | None:
    """An arrest warrant between a member state of the European Union and a state bound with the member states by a
    surrender agreement (the United Kingdom from 2021, Iceland and Norway from 2019): that agreement may oblige the
    requested state; it is not encoded, so ``unknown``."""
    if ruling.kind != "arrest-warrant":
        return None
    for instrument, provision in SURRENDER_AGREEMENTS.items():
        for member, other in ((issuer, state), (state, issuer)):
            bound, node = bound_by(ctx, other, instrument)
            if not bound:
                continue
            seg = eu_timeline(ctx.kb, member).at(ctx.on)
            if seg.value not in (MEMBER, TRANSITION):
                continue
            facts = ctx.segment(f"eu:status:{member}", seg, f"{member}: {seg.derivation}",
                                eu_timeline(ctx.kb, member).changes)
            return Finding(UNKNOWN, Node(f"Between {member}, a member state of the European Union, and {other}, an arrest "
                                         f"warrant under the {provision.instrument} may oblige {state} to surrender the "
                                         "person; that agreement is not encoded", None, provision, facts, (node,)),
                           (f"encode the surrender procedure of the {provision.instrument}",))
    return None


def _immunity(ctx: Context, ruling: Ruling, state: str) -> Finding | None:
    """Customary personal immunity: the person holds, on the date, an office that carries it, of a state other than
    the one asked (a state may always act against its own officials)."""
    person = ctx.kb.persons.get(ruling.subject or "")
    if person is None or ruling.kind not in ("arrest-warrant", "summons"):
        return None
    for office, held in immune_offices(person, ctx.on, not_of=state):
        kind = TROIKA[office.head_of]
        use = office_fact(ctx, person, office, held)
        if held is None:
            return Finding(UNKNOWN, Node(f"If {person.name} still holds office as {office.office}, a {kind} of "
                                         f"{office.state}, {state} is not obliged and executing the warrant would "
                                         "breach the immunity owed to that state; whether the office is still held is "
                                         "not recorded", None, CUSTOMARY_IMMUNITY, (use,)),
                           (f"record whether {person.name} still holds office as {office.office}",))
        return Finding(NOT_OBLIGED, Node(f"{person.name}, a sitting {kind} of {office.state}, enjoys immunity from "
                                         f"criminal jurisdiction and inviolability in other states: {state} is not "
                                         "obliged, and executing the warrant would breach the immunity owed to "
                                         f"{office.state}", NOT_OBLIGED, CUSTOMARY_IMMUNITY, (use,)),
                       (f"personal immunity ends when {person.name} leaves office as {office.office} ({office.state} "
                        "may also waive it); immunity for acts performed in an official capacity may continue, and "
                        "whether it covers international crimes is disputed",))
    return None
