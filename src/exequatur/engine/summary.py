"""The answer in one or two plain sentences, in names: what international law required, what the state's own law
says, and — where the record of practice has it — what the state did.

Every sentence is assembled from the decision itself: its outcome, the provisions it applied with the values they
took, the facts it read, and the practice records; nothing is said that the explanation does not show. The wording
is a catalogue of templates (``Wording.gettext``: one msgid per sentence shape, so a translation can reorder it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from exequatur.engine.decision import Answer, Decision
from exequatur.engine.practice import practice_dicts
from exequatur.engine.wording import Wording
from exequatur.facts.model import Practice, Ruling
from exequatur.law.international import rome_statute
from exequatur.law.national import STATES as ENCODED_STATES
from exequatur.law.reasoning import (
    BARRED,
    CONDITIONAL,
    NO_RULE,
    NOT_BARRED,
    NOT_OBLIGED,
    OBLIGED,
    UNKNOWN,
    URGED,
    Node,
)


def summary(answer: Answer, ruling: Ruling, wording: Wording, today: dt.date | None = None) -> str:
    """One or two sentences (three where practice is recorded) covering both orders, in names."""
    _ = wording.gettext
    past = answer.on < (today or dt.date.today())
    state = wording.state(answer.state)
    State = state[:1].upper() + state[1:]
    names = {"state": state, "State": State, "date": wording.date(answer.on), "duty": _duty(ruling, wording),
             "states": wording.possessive(state), "States": wording.possessive(State)}
    first = _international(answer.international, answer, past, names, wording)
    second = _domestic(answer.domestic, answer, names, wording)
    text = f"{first} {second}"
    if answer.conflict:
        text += " " + _("The two legal orders conflict.")
    clause = _practice(answer, ruling, names, wording)
    if clause:
        text += " " + clause
    return text


def _duty(ruling: Ruling, wording: Wording) -> str:
    _ = wording.gettext
    person = wording.person(ruling.subject, ruling.subject_name or "the person concerned")
    if ruling.kind == "arrest-warrant":
        return _("arrest {person}").format(person=person)
    if ruling.kind == "summons":
        return _("cooperate on the summons of {person}").format(person=person)
    return _("give effect to {ruling}").format(ruling=wording.ruling(ruling.id))


def _international(d: Decision, answer: Answer, past: bool, names: dict[str, str], wording: Wording) -> str:
    _ = wording.gettext
    reason = _reason(d, answer, wording)
    if d.outcome == OBLIGED:
        head = _("{State} had to {duty} on {date}") if past else _("{State} must {duty} on {date}")
    elif d.outcome == URGED:
        head = (_("{State} was urged, not obliged, to {duty} on {date}") if past
                else _("{State} is urged, not obliged, to {duty} on {date}"))
    elif d.outcome == NOT_OBLIGED:
        head = (_("{State} was not obliged to {duty} on {date}") if past
                else _("{State} is not obliged to {duty} on {date}"))
    else:
        head = (_("Whether {state} had to {duty} on {date} cannot be told from confirmed facts") if past
                else _("Whether {state} must {duty} on {date} cannot be told from confirmed facts"))
        head = head[:1].upper() + head[1:]
    sentence = head.format(**names)
    return f"{sentence}: {reason}." if reason else f"{sentence}."


def _reason(d: Decision, answer: Answer, wording: Wording) -> str:
    """Why, from the provisions the decision applied and the values they took."""
    _ = wording.gettext
    held: dict[str, set[object]] = {}
    for n in _nodes(d.explanation):
        if n.provision is not None:
            held.setdefault(n.provision.id, set()).add(n.value if isinstance(n.value, bool | str) else None)

    def holds(provision: str) -> bool:  # a step under the provision found it satisfied
        return bool(held.get(provision, set()) & {True, OBLIGED})

    immunity = ""
    if "rome-statute/art-98-1" in held:
        office = _office_words(answer, wording)
        if d.outcome == OBLIGED:
            immunity = _(", and the ICC holds that the immunity of {office} is no bar before it").format(office=office)
        elif d.readings.get("rome-art98-immunity") == "immunity-upheld":
            return _("on the reading that upholds the immunity of {office}, it need not arrest while the office is "
                     "held").format(office=office)
    if d.outcome == OBLIGED:
        if holds("rome-statute/art-127-2"):
            return _("its withdrawal from the Rome Statute does not release it in an investigation that began while it "
                     "was a party") + immunity
        if holds("rome-statute/art-86"):
            since = _party_since(wording, answer)
            basis = (_("it has been a party to the Rome Statute since {year}").format(year=since) if since
                     else _("it is a party to the Rome Statute"))
            return basis + immunity
        if holds("rome-statute/art-12-3"):
            return _("its declaration accepting the Court's jurisdiction covers the acts") + immunity
        if holds("un-charter/art-25"):
            return _("a binding decision of the UN Security Council requires it") + immunity
        if holds("echr/art-46-1"):
            return _("as a party to the case it is bound by the final judgment")
        if holds("echr/art-58-2"):
            return _("ceasing to be a party to the Convention did not release it from obligations arising from acts "
                     "done before")
    if d.outcome == URGED:
        return _("a Security Council resolution urges it to cooperate but does not bind it")
    if d.outcome == NOT_OBLIGED:
        if "vclt/art-34" in held and "un-charter/art-25" not in held:
            return _("it is not a party to the Rome Statute, and no decision of the Security Council binds it")
        if held.get("echr/art-46-1") == {False}:
            return _("a judgment binds only the parties to the case")
    if d.outcome == UNKNOWN and d.changes_if:
        return wording.text(d.changes_if[0])
    return ""


_OFFICE_WORDS = {"state": "a sitting head of state", "government": "a sitting head of government",
                 "foreign-affairs": "a sitting minister for foreign affairs"}


def _office_words(answer: Answer, wording: Wording) -> str:
    """Whose immunity the decision weighed: the office the ruling's subject holds on the day."""
    ruling = wording.extra.get(answer.ruling) or wording.kb.rulings.get(answer.ruling)
    person = wording.kb.persons.get(ruling.subject) if ruling and ruling.subject else None
    for office in person.offices if person else ():
        if office.head_of in _OFFICE_WORDS and (office.start is None or office.start <= answer.on) and (
                office.end is None or answer.on < office.end):
            return wording.gettext(_OFFICE_WORDS[office.head_of])
    return wording.gettext("the person's office")


def _party_since(wording: Wording, answer: Answer) -> int | None:
    """The year the Statute entered into force for the state, in the stretch of party status that holds the day."""
    starts = [seg.start for seg in rome_statute.party_timeline(wording.kb, answer.state).segments
              if seg.value == rome_statute.PARTY and seg.start and seg.start <= answer.on]
    return starts[-1].year if starts else None


def _domestic(d: Decision, answer: Answer, names: dict[str, str], wording: Wording) -> str:
    _ = wording.gettext
    provision = next((p for p in d.provisions if p.id == d.decided_by), None)
    cite = f" ({provision.citation})" if provision else ""
    if answer.state not in ENCODED_STATES:
        return _("{States} own law is not encoded here.").format(**names)
    if d.outcome == NO_RULE:
        return _("{States} own law, as far as encoded, says nothing on it.").format(**names)
    if d.outcome == BARRED:
        return _("{States} own law bars it{cite}.").format(cite=cite, **names)
    if d.outcome == NOT_BARRED:
        return _("{States} own law lets it be done{cite}.").format(cite=cite, **names)
    if d.outcome == CONDITIONAL:
        return _("Under {states} own law it depends on a condition{cite}.").format(cite=cite, **names)
    return _("Whether {states} own law lets it be done cannot be told from confirmed facts.").format(**names)


def _practice(answer: Answer, ruling: Ruling, names: dict[str, str], wording: Wording) -> str:
    """What the state did, from the record of practice: a visit that covers the day, and the Court's findings."""
    _ = wording.gettext
    records = [p for p in wording.kb.practice if p.state == answer.state and ruling.id in p.rulings]
    person = wording.person(ruling.subject, "the person")
    parts: list[str] = []
    for visit in (p for p in records if p.kind == "visit" and p.date and p.date <= answer.on <= (p.to or p.date)):
        held = any(p.kind in ("arrest", "surrender") and p.date and visit.date <= p.date <= (visit.to or visit.date)
                   for p in records)
        days = _days(visit, wording)
        parts.append((_("{person} was in {state} {days} and was arrested") if held
                      else _("{person} was in {state} {days} and was not arrested")).format(
                          person=person, days=days, **names))
    for act in (p for p in practice_dicts(answer.state, ruling, wording) if p["kind"] in ("arrest", "surrender")):
        day = wording.date(dt.date.fromisoformat(act["date"]))
        parts.append((_("{state} arrested {person} on {day}") if act["kind"] == "arrest"
                      else _("{state} surrendered {person} to the Court on {day}")).format(
                          person=person, day=day, **names))
    findings = [p for p in records if p.kind == "non-compliance-finding"]
    if findings:
        when = [_("on {date}").format(date=wording.date(p.date)) if p.date
                else _("in a decision made public on {date}").format(date=wording.date(p.public))  # type: ignore
                for p in findings]
        parts.append(_("the ICC found {state} in breach of its duty to cooperate {when}").format(
            when=_(" and ").join(when), **names))
    if not parts:
        return ""
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def _days(visit: Practice, wording: Wording) -> str:
    _ = wording.gettext
    assert visit.date is not None
    if not visit.to or visit.to == visit.date:
        return _("on {date}").format(date=wording.date(visit.date))
    return _("from {span}").format(span=wording.days(visit.date, visit.to))


def _nodes(node: Node) -> Iterator[Node]:
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(current.children)
