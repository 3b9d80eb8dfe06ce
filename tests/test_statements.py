"""Every sentence true: each fact an explanation states is checked against the records it claims to rest on.

Why: a right outcome can come with a false sentence when two records contradict each other or a rule reads a
record carelessly (the STL explanation once said Lebanon had not consented to the Agreement it had signed and that
the Security Council put into force). Each kind of fact (by the prefix of its key) has a verifier below that
recomputes the claim from the knowledge base independently of the rule that made it; a new kind of fact without a
verifier fails the test, so it cannot slip in unchecked. Then: no court's ruling is ``obliged`` after the court closed
unless a successor took its functions over, and every "from DATE the answer is X" hint is true on that date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exequatur import KnowledgeBase, ask, bundled
from exequatur.engine.inputs import hypothetical_ruling
from exequatur.facts.model import Ruling
from exequatur.law import national
from exequatur.law.international import icj_statute, rome_statute, un_charter, unclos
from exequatur.law.international.foreign_courts import eu_timeline
from exequatur.law.international.offices import holds
from exequatur.law.reasoning import FactUse, Node

KB = bundled()
STATES = sorted(KB.states)
WITH_LAW = sorted(national.STATES)  # states whose own law is encoded: drawn as often as all the others
DAYS = st.dates(min_value=dt.date(1993, 1, 1), max_value=dt.date(2030, 12, 31))
FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Hypothetical rulings of every kind of body the law distinguishes, besides the recorded ones.
HYPOTHETICAL = [
    {"body": "ictr", "kind": "arrest-warrant", "issued": "1997-11-26"},
    {"body": "icty", "kind": "arrest-warrant", "issued": "2015-01-19"},
    {"body": "stl", "kind": "judgment", "issued": "2020-08-18"},
    {"body": "irmct", "kind": "arrest-warrant", "issued": "2019-05-24"},
    {"body": "icj", "kind": "order", "issued": "2022-03-16", "respondent": "RUS", "applicant": "UKR"},
    {"body": "ecthr", "kind": "judgment", "issued": "2023-01-17", "final": "2023-01-17", "respondent": "RUS",
     "acts_from": "2022-01-01", "acts_to": "2023-01-01"},
    {"body": {"kind": "national", "state": "ARG", "criminal": True}, "kind": "arrest-warrant", "issued": "2025-02-13",
     "subject": "putin"},
    {"body": {"kind": "national", "state": "FRA", "criminal": True}, "kind": "arrest-warrant", "issued": "2010-01-01"},
    {"body": {"kind": "international", "name": "A court", "basis": {"instruments": ["unrecorded-treaty"]}},
     "kind": "judgment", "issued": "2020-01-01"},
]


def _rulings() -> list[tuple[KnowledgeBase, str | Ruling]]:
    found: list[tuple[KnowledgeBase, str | Ruling]] = [(KB, r) for r in sorted(KB.rulings)]
    found += [hypothetical_ruling(KB, json.dumps(h)) for h in HYPOTHETICAL]
    return found


RULINGS = _rulings()
PICK = st.sampled_from(range(len(RULINGS)))  # indices: a drawn knowledge base would make hypothesis print it whole


def _events(kb: KnowledgeBase, state: str, instrument: str, on: dt.date, kinds: tuple[str, ...] = ()) -> list:
    return [e for e in kb.events(state, instrument) if e.date <= on and (not kinds or e.event in kinds)]


def _ruling(kb: KnowledgeBase, rid: str, hypothetical: Ruling | None) -> Ruling:
    return hypothetical if hypothetical is not None and hypothetical.id == rid else kb.rulings[rid]


def verify(kb: KnowledgeBase, on: dt.date, use: FactUse, hyp: Ruling | None) -> str | None:
    """None if the fact is true of the records, else why not."""
    parts = use.key.split(":")
    kind = parts[0]
    check = VERIFIERS.get(kind) or VERIFIERS.get(f"{kind}:{parts[2] if len(parts) > 2 else ''}")
    if check is None:
        return f"no verifier for facts of kind {kind!r} (key {use.key}): add one"
    return check(kb, on, use, parts, hyp)


def _participation(kb, on, use, p, hyp):
    _, state, ins, event, day = p[:5]
    if not any(e.event == event and e.date.isoformat() == day for e in kb.events(state, ins)):
        return f"no {event} of {state} on {ins} on {day}"
    return None


def _instrument(kb, on, use, p, hyp):
    ins, what = p[1], p[2]
    if what == "unrecorded":
        return None if ins not in kb.instruments else f"{ins} is recorded"
    if what == "no-consent":
        acted = _events(kb, p[3], ins, on)
        return f"{p[3]} acted on {ins}: {acted[0].event} {acted[0].date}" if acted else None
    if what == "rus-absent":
        acted = _events(kb, "RUS", ins, on)
        return None if not acted or use.changes == () else f"RUS acted on {ins}"
    return f"unknown instrument fact {what}"


def _rome(kb, on, use, p, hyp):
    state = p[2]
    bound = _events(kb, state, rome_statute.INSTRUMENT, on, ("deposit", "succession"))
    if p[1] == "no-deposit":
        return f"{state} deposited on {bound[0].date}" if bound else None
    if p[1] == "joined":
        first = rome_statute.entry_into_force_for(bound[0].date)[0] if bound else None
        return None if (bound and bound[0].event == "succession") or first == use.value else f"joined {use.value} != {first}"
    value = rome_statute.party_timeline(kb, state).at(on).value
    if use.value != value:
        return f"status {use.value} != {value}"
    if value in (rome_statute.PARTY, rome_statute.FORMER_PARTY) and not bound:
        return f"{state} called {value} without a deposit"
    return None


def _un(kb, on, use, p, hyp):
    admitted = _events(kb, p[2], un_charter.INSTRUMENT, on, ("admission",))
    member = un_charter.membership_timeline(kb, p[2]).at(on).value == un_charter.MEMBER
    if p[1] == "not-admitted":
        return "admitted" if admitted else None
    return None if (use.value == un_charter.MEMBER) == member and (not member or admitted) else "membership differs"


def _echr(kb, on, use, p, hyp):
    state = p[2]
    if use.value == "party" and not _events(kb, state, "echr", on, ("deposit", "entry-into-force")):
        return f"{state} called a party without a deposit"
    if use.value == "ceased" and not _events(kb, state, "echr", on, ("ceased",)):
        return f"{state} called ceased without the event"
    return None


def _unclos(kb, on, use, p, hyp):
    state = p[2]
    deposited = _events(kb, state, unclos.INSTRUMENT, on, ("deposit", "succession"))
    if p[1] in ("no-deposit", "unlisted"):
        return f"{state} deposited" if deposited else None
    return None if use.value != unclos.PARTY or deposited else f"{state} called a party without a deposit"


def _icj(kb, on, use, p, hyp):
    value = icj_statute.party_timeline(kb, p[2]).at(on).value
    return None if use.value == value else f"{p[2]}: {use.value} != {value}"


def _eu(kb, on, use, p, hyp):
    if p[1] == "eaw-from":
        return None if use.sources else "unsourced"
    state = p[2]
    value = eu_timeline(kb, state).at(on).value
    joined = _events(kb, state, "eu", on, ("membership",))
    if use.value in ("member", "transition") and not joined:
        return f"{state} called {use.value} without membership"
    if use.value is False and value != "not-member":
        return f"{state} called not a member but is {value}"
    return None


def _body(kb, on, use, p, hyp):
    body = kb.bodies.get(p[1])
    if body is None:
        return None if use.assumed else f"no body {p[1]}"
    if len(p) == 2:
        return None if use.value in (body.state, body.jurisdiction_conferred_by) or body.kind == "international" else \
            "body value"
    if p[2] == "closed":
        return None if use.value == body.last_judicial_day else f"closed {use.value} != {body.last_judicial_day}"
    if p[2] == "handover":
        return None if body.handover and use.value == body.handover.start else "handover differs"
    return f"unknown body fact {p[2]}"


def _situation(kb, on, use, p, hyp):
    sit = kb.situations[p[1]]
    return None if use.value == sit.investigation_opened else "investigation date differs"


def _resolution(kb, on, use, p, hyp):
    res = kb.resolutions[p[1]]
    if len(p) == 2:
        return None if use.value == res.date else "adoption date differs"
    if p[2] == "chapter-vii":
        return None if use.value == res.chapter_vii else "chapter VII differs"
    if p[2] in ("cooperation", "operative"):
        ok = any(para.cooperation == (p[2] == "cooperation") and para.text == use.value for para in res.operative)
        return None if ok else f"no such {p[2]} paragraph"
    return f"unknown resolution fact {p[2]}"


def _law(kb, on, use, p, hyp):
    law = kb.national_laws[p[1]]
    expected = {"published": law.published, "in-force": law.in_force, "repealed": law.repealed,
                "in-force-unknown": None, "in-force-by": law.in_force_by}[p[2]]
    return None if use.value == expected else f"{p[2]} {use.value} != {expected}"


def _ruling_fact(kb, on, use, p, hyp):
    ruling = _ruling(kb, p[1], hyp)
    key = p[2]
    expected: object = {
        "issued": ruling.issued, "in-effect": True, "respondent": ruling.respondent, "final": ruling.final,
        "final-or-issued": ruling.final or ruling.issued,
        "parties": tuple(dict.fromkeys(s for s in (ruling.respondent, ruling.applicant, *ruling.other_applicants) if s)),
        "applicants": tuple(s for s in (ruling.applicant, *ruling.other_applicants) if s),
        "acts": (ruling.acts_from, ruling.acts_to), "acts-period": (ruling.acts_from, ruling.acts_to),
        "subject-nationality": None,
    }.get(key, "?")
    if key in ("executed", "withdrawn", "lapsed"):
        return None if any(e.status == key and e.date == use.value <= on for e in ruling.status) else f"no {key}"
    if key == "in-effect" and any(e.date <= on for e in ruling.status):
        return "said in effect after it was spent"
    return None if use.value == expected else f"{key}: {use.value} != {expected}"


def _person(kb, on, use, p, hyp):
    person = kb.persons[p[1]]
    if p[2] == "nationality":  # whether the person is a national of the state a rule asks about
        return None if (use.value is None) == (not person.nationality) else "nationality differs"
    if p[2] == "protected":  # the states of a protected list the person is a national or office-holder of
        linked = {*person.nationality, *(o.state for o in person.offices)}
        return None if set(use.value) <= linked else "protected link differs"
    office = next((o for o in person.offices if o.state == p[3] and str(o.start or "") == p[4]
                   and o.office == ":".join(p[5:])), None)
    if office is None:
        return "no such office"
    return None if holds(office, on) == use.value else f"holds {holds(office, on)} != {use.value}"


def _national_decision(kb, on, use, p, hyp):
    dec = kb.national_decisions[p[1]]
    return None if use.value == dec.holding else f"holding {use.value} != {dec.holding}"


def _constant(kb, on, use, p, hyp):  # case law and fixed texts: sourced, nothing in the records to recompute
    return None if use.sources else "unsourced"


VERIFIERS: dict[str, Callable] = {
    "participation": _participation, "instrument": _instrument, "rome-statute": _rome, "un": _un, "echr": _echr,
    "unclos": _unclos, "icj-statute": _icj, "eu": _eu, "body": _body, "situation": _situation,
    "resolution": _resolution, "law": _law, "ruling": _ruling_fact, "person": _person, "case": _constant,
    "icj": _constant, "rus": _constant, "national-decision": _national_decision,
}


def _facts(node: Node) -> list[FactUse]:
    out = list(node.facts)
    for child in node.children:
        out += _facts(child)
    return out


@FAST
@given(st.one_of(st.sampled_from(STATES), st.sampled_from(WITH_LAW)), PICK, DAYS)
def test_every_fact_stated_is_true_of_the_records(state: str, index: int, on: dt.date) -> None:
    kb, ruling = RULINGS[index]
    answer = ask(kb, state, ruling, on)
    hyp = ruling if isinstance(ruling, Ruling) else None
    for decision in (answer.international, answer.domestic):
        for use in _facts(decision.explanation):
            problem = verify(kb, on, use, hyp)
            assert problem is None, f"{use.statement!r} ({use.key}): {problem}"


@FAST
@given(st.one_of(st.sampled_from(STATES), st.sampled_from(WITH_LAW)), PICK, DAYS)
def test_every_next_change_hint_is_true_on_its_date(state: str, index: int, on: dt.date) -> None:
    kb, ruling = RULINGS[index]
    answer = ask(kb, state, ruling, on)
    for order in ("international", "domestic"):
        for hint in getattr(answer, order).changes_if:
            match = re.match(r"from (\d{4}-\d\d-\d\d) the answer is (\w+)", hint)
            if match:
                later = ask(kb, state, ruling, dt.date.fromisoformat(match[1]))
                assert getattr(later, order).outcome == match[2], hint


CLOSED = sorted(b.id for b in KB.bodies.values() if b.closed)


@FAST
@given(st.sampled_from(CLOSED), st.sampled_from(STATES), st.integers(min_value=1, max_value=4000))
def test_no_duty_after_a_court_closed_unless_a_successor_took_over(body_id: str, state: str, days_after: int) -> None:
    body = KB.bodies[body_id]
    assert body.closed is not None and body.last_judicial_day is not None
    issued = body.last_judicial_day - dt.timedelta(days=30)
    kb, ruling = hypothetical_ruling(KB, json.dumps({"body": body_id, "kind": "arrest-warrant",
                                                     "issued": issued.isoformat()}))
    answer = ask(kb, state, ruling, body.last_judicial_day + dt.timedelta(days=days_after))
    text = json.dumps(answer.international.to_dict())
    if body.handover is None:
        assert answer.international.outcome != "obliged", text
    else:
        successor = KB.bodies[body.handover.to]
        assert successor.name in text, "the explanation names the body that took over"


def test_the_verifier_catches_a_false_no_consent_sentence() -> None:
    """The sentence the STL explanation once carried — Lebanon 'has not consented' to the Agreement it signed and the
    Security Council put into force — is caught as false against the records."""
    false = FactUse("instrument:stl-agreement:no-consent:LBN", "LBN has not signed or ratified the Agreement", False, ())
    assert verify(KB, dt.date(2020, 9, 1), false, None) is not None
    unknown_kind = FactUse("rumour:LBN", "a fact of a kind no verifier knows", True, ())
    assert verify(KB, dt.date(2020, 9, 1), unknown_kind, None) is not None


def test_a_deposit_not_yet_in_force_is_told_as_such_and_verifies() -> None:
    """Between a deposit and the treaty's entry into force for the state, the explanation once said 'no instrument of
    ratification or accession deposited' (Armenia on 15 January 2024, between its deposit of 14 November 2023 and 1
    February 2024; the Russian Federation under UNCLOS between 12 March and 11 April 1997). It now says the instrument
    was deposited and is not yet in force, and every fact verifies."""
    kb, order = hypothetical_ruling(KB, json.dumps({"body": "itlos", "kind": "order", "issued": "1997-03-20",
                                                    "respondent": "RUS", "applicant": "NLD"}))
    for base, state, ruling, on in ((KB, "ARM", "icc-putin-2023", dt.date(2024, 1, 15)),
                                    (kb, "RUS", order, dt.date(1997, 3, 25))):
        answer = ask(base, state, ruling, on)
        hyp = ruling if isinstance(ruling, Ruling) else None
        uses = _facts(answer.international.explanation)
        assert answer.international.outcome == "not_obliged"
        assert not any("deposited no instrument" in u.statement for u in uses)
        said = json.dumps(answer.international.to_dict())
        assert "no instrument of ratification or accession deposited" not in said and "not yet in force" in said
        for use in uses:
            assert verify(base, on, use, hyp) is None, use.statement
