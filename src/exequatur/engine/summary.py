"""The answer in one or two plain sentences, in names: what international law required, what the state's own law
says, and — where the record of practice has it — what the state did.

Every sentence is assembled from the decision itself: its outcome, the provisions it applied with the values they
took, the facts it read, and the practice records; nothing is said that the explanation does not show (a reason is
given only where a step of the explanation supports it, and left out otherwise). The tense follows the day asked
about: a day before today is written in the past ("Mongolia had to arrest …: it had been a party …"), so that a
sentence stays true after the facts changed (Armenia was not a party on 15 January 2024; it is one now). The person
a ruling concerns is named once; the practice clause does not repeat the name ("No arrest was made during the visit
of 2 to 3 September 2024").

The wording is a catalogue of templates (``Wording.gettext``: one msgid per sentence shape, so that a translation can
reorder it; ``scripts/wording_catalogue.py`` extracts them into ``locale/exequatur.pot``).
"""

from __future__ import annotations

import datetime as dt

from exequatur.engine.decision import Answer, Decision
from exequatur.engine.practice import practice_dicts
from exequatur.engine.wording import N_, Wording, capitalised
from exequatur.facts.model import Ruling
from exequatur.law.international import rome_statute, un_charter
from exequatur.law.international.offices import immune_offices
from exequatur.law.national import CODES as ENCODED_STATES
from exequatur.law.reasoning import (
    BARRED,
    CONDITIONAL,
    NO_RULE,
    NOT_BARRED,
    NOT_OBLIGED,
    OBLIGED,
    UNKNOWN,
    URGED,
    FactUse,
)

# Change hints that tell a curator what to record are imperative ("record …", "encode …", "confirm …"): only those
# can follow "one would have to" in an unknown answer's summary.
_IMPERATIVE = ("record ", "encode ", "confirm ", "give ", "establish ")


# Why a state is obliged, after the Rome Statute's own party grounds (arts. 86, 127(2)): the first provision of these
# whose step holds gives the reason, in the past and the present tense, and whether the ICC's ruling on immunity
# (art. 98(1)) follows it.
_OBLIGED_BY: tuple[tuple[str, str, str, bool], ...] = (
    ("rome-statute/art-12-3", N_("its declaration accepting the Court's jurisdiction covered the acts"),
     N_("its declaration accepting the Court's jurisdiction covers the acts"), True),
    ("un-charter/art-25", N_("a binding decision of the UN Security Council required it"),
     N_("a binding decision of the UN Security Council requires it"), True),
    ("echr/art-58-2", N_("ceasing to be a party to the Convention did not release it from obligations arising from acts "
                         "done before"),
     N_("ceasing to be a party to the Convention did not release it from obligations arising from acts done before"),
     False),
    ("echr/art-46-1", N_("as a party to the case it was bound by the final judgment"),
     N_("as a party to the case it is bound by the final judgment"), False),
    ("stl-agreement/art-15", N_("the Agreement establishing the Tribunal was in force for it and required it to comply "
                                "with the Tribunal's requests and orders"),
     N_("the Agreement establishing the Tribunal is in force for it and requires it to comply with the Tribunal's "
        "requests and orders"), False),
    ("unclos/art-290-6", N_("as a party to the dispute and to the Convention on the Law of the Sea it was bound by the "
                            "provisional measures"),
     N_("as a party to the dispute and to the Convention on the Law of the Sea it is bound by the provisional measures"),
     False),
    ("unclos/art-296-1", N_("as a party to the dispute and to the Convention on the Law of the Sea it was bound by the "
                            "decision"),
     N_("as a party to the dispute and to the Convention on the Law of the Sea it is bound by the decision"), False),
    ("icj-statute/art-41", N_("as a party to the case it was bound by the Court's provisional measures"),
     N_("as a party to the case it is bound by the Court's provisional measures"), False),
    ("un-charter/art-94-1", N_("as a party to the case it was bound to comply with the Court's decision"),
     N_("as a party to the case it is bound to comply with the Court's decision"), False),
)


def summary(answer: Answer, ruling: Ruling, wording: Wording, today: dt.date | None = None) -> str:
    """One or two sentences (three where practice is recorded) covering both orders, in names. ``today`` decides the
    tense (a day before it is written in the past); the current date by default."""
    _ = wording.gettext
    past = answer.on < (today or dt.date.today())
    state = wording.state(answer.state)
    State = capitalised(state)
    names = {"state": state, "State": State, "date": wording.date(answer.on), "duty": _duty(ruling, wording),
             "states": wording.possessive(state), "States": wording.possessive(State)}
    first = _international(answer.international, answer, ruling, past, names, wording)
    second = _domestic(answer.domestic, answer, past, names, wording)
    text = f"{first} {second}"
    if answer.conflict:
        text += " " + (_("The two legal orders conflicted.") if past else _("The two legal orders conflict."))
    clause = _practice(answer, ruling, names, wording)
    if clause:
        text += " " + clause
    return text


def _duty(ruling: Ruling, wording: Wording) -> str:
    _ = wording.gettext
    person = wording.person(ruling.subject, ruling.subject_name or _("the person concerned"))
    if ruling.kind == "arrest-warrant":
        return _("arrest {person}").format(person=person)
    if ruling.kind == "summons":
        return _("cooperate on the summons of {person}").format(person=person)
    return _("give effect to {ruling}").format(ruling=wording.ruling(ruling.id))


def _international(d: Decision, answer: Answer, ruling: Ruling, past: bool, names: dict[str, str],
                   wording: Wording) -> str:
    _ = wording.gettext
    reason = _reason(d, answer, ruling, past, wording)
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
    sentence = capitalised(head.format(**names))
    return f"{sentence}: {reason}." if reason else f"{sentence}."


def _reason(d: Decision, answer: Answer, ruling: Ruling, past: bool, wording: Wording) -> str:
    """Why, from the provisions the decision applied and the values they took, and the facts it read; "" where no step
    of the explanation gives a reason a reader can take in one clause."""
    _ = wording.gettext
    held: dict[str, set[object]] = {}
    facts: dict[str, FactUse] = {}
    for n in d.explanation.steps():
        if n.provision is not None:
            held.setdefault(n.provision.id, set()).add(n.value if isinstance(n.value, bool | str) else None)
        for f in n.facts:
            facts.setdefault(f.key, f)

    def holds(provision: str) -> bool:  # a step under the provision found it satisfied
        return bool(held.get(provision, set()) & {True, OBLIGED})

    def fails(provision: str) -> bool:  # a step under the provision found it not satisfied
        return bool(held.get(provision, set()) & {False, NOT_OBLIGED})

    def tense(past_form: str, present_form: str) -> str:
        return past_form if past else present_form

    if d.outcome == OBLIGED:
        immunity = ""
        if "rome-statute/art-98-1" in held:
            immunity = _(", and the ICC holds that the immunity of {office} is no bar before it").format(
                office=_office_words(answer, wording))
        if holds("rome-statute/art-86") and holds("rome-statute/art-127-2"):  # party or former party: bound either way
            return _party_since(answer, past, wording) + immunity
        if holds("rome-statute/art-127-2"):
            return tense(_("its withdrawal from the Rome Statute did not release it in an investigation that began "
                           "while it was a party"),
                         _("its withdrawal from the Rome Statute does not release it in an investigation that began "
                           "while it was a party")) + immunity
        if holds("rome-statute/art-86"):
            return _party_since(answer, past, wording) + immunity
        for provision, was, is_, immune in _OBLIGED_BY:
            if holds(provision):
                return tense(_(was), _(is_)) + (immunity if immune else "")
        return ""
    if d.outcome == URGED:
        return tense(_("a Security Council resolution urged it to cooperate but did not bind it"),
                     _("a Security Council resolution urges it to cooperate but does not bind it"))
    if d.outcome == NOT_OBLIGED:
        return _not_obliged_reason(d, answer, ruling, facts, held, fails, tense, wording)
    if d.outcome == UNKNOWN:
        if None in held.get("rome-statute/art-12-3", set()):
            return _("the period of the acts is not recorded fully enough to tell whether its declaration accepting "
                     "the Court's jurisdiction covers them")
        hint = next((h for h in d.changes_if if h.startswith(_IMPERATIVE)), None)
        if hint:
            return _("one would have to {what}").format(what=wording.text(hint))
    return ""


def _not_obliged_reason(d, answer, ruling, facts, held, fails, tense, wording) -> str:  # type: ignore[no-untyped-def]
    _ = wording.gettext
    what = _("the warrant") if ruling.kind == "arrest-warrant" else _("the ruling")
    for key, use in facts.items():  # a ruling not yet issued, or spent, before anything else
        if key == f"ruling:{ruling.id}:issued" and isinstance(use.value, dt.date) and answer.on < use.value:
            return _("{what} was issued only on {day}").format(what=what, day=wording.date(use.value))
        if key == f"ruling:{ruling.id}:executed" and isinstance(use.value, dt.date):
            return tense(_("{what} had been executed by the person's surrender to the Court on {day}"),
                         _("{what} has been executed by the person's surrender to the Court on {day}")).format(
                what=what, day=wording.date(use.value))
        if key == f"ruling:{ruling.id}:withdrawn" and isinstance(use.value, dt.date):
            return tense(_("{what} had been withdrawn on {day}"), _("{what} was withdrawn on {day}")).format(
                what=what, day=wording.date(use.value))
        if key == f"ruling:{ruling.id}:lapsed" and isinstance(use.value, dt.date):
            return _("the provisional measures lapsed on {day}").format(day=wording.date(use.value))
        if key.startswith("body:") and key.endswith(":closed") and isinstance(use.value, dt.date) \
                and use.value < answer.on and not any(k.endswith(":handover") for k in facts):
            return _("the judicial functions of {court} had ended on {day}, and no court took them over").format(
                court=wording.court(ruling.body), day=wording.date(use.value))
    if "custom/immunity-ratione-personae" in held and fails("custom/immunity-ratione-personae"):
        return tense(_("the immunity owed to {office} of another state barred it"),
                     _("the immunity owed to {office} of another state bars it")).format(
            office=_office_words(answer, wording))
    if d.readings.get("rome-art98-immunity") == "immunity-upheld" and "rome-statute/art-98-1" in held:
        return tense(_("on the reading that upholds the immunity of {office}, it did not have to arrest while the "
                       "office was held"),
                     _("on the reading that upholds the immunity of {office}, it need not arrest while the office is "
                       "held")).format(office=_office_words(answer, wording))
    if fails("un-charter/art-2-1"):
        return _("the courts of one state cannot bind another without its consent")
    if fails("echr/art-46-1"):
        return tense(_("it was not a party to the case, and a judgment binds only the parties"),
                     _("it is not a party to the case, and a judgment binds only the parties"))
    if fails("echr/art-58-2"):
        return _("the acts came after it ceased to be a party to the Convention")
    if fails("unclos/art-296-2"):
        return tense(_("it was not a party to the dispute, and the decision binds only the parties"),
                     _("it is not a party to the dispute, and the decision binds only the parties"))
    if fails("icj-statute/art-59"):
        return tense(_("it was not a party to the case, and the Court's decision binds only the parties"),
                     _("it is not a party to the case, and the Court's decision binds only the parties"))
    parts: list[str] = []
    if fails("rome-statute/art-86") or fails("rome-statute/art-127-2"):
        parts.append(_rome_not_party(answer, held, tense, wording))
        if fails("rome-statute/art-12-3"):
            parts.append(tense(_("it had lodged no declaration accepting the Court's jurisdiction that covered the "
                                 "acts"),
                               _("it has lodged no declaration accepting the Court's jurisdiction that covers the "
                                 "acts")))
    elif fails("vclt/art-34"):
        treaty = _treaty(ruling, wording)
        if treaty:
            parts.append(tense(_("it was not a party to {treaty}"), _("it is not a party to {treaty}")).format(
                treaty=treaty))
    if parts and fails("un-charter/art-25"):
        parts.append(tense(_("no decision of the Security Council bound it"),
                           _("no decision of the Security Council binds it")))
    if not parts and fails("un-charter/art-25"):
        if un_charter.membership_timeline(wording.kb, answer.state).at(answer.on).value != un_charter.MEMBER:
            return tense(_("it was not a Member of the United Nations bound by the Security Council's decisions under "
                           "art. 25 of the Charter"),
                         _("it is not a Member of the United Nations bound by the Security Council's decisions under "
                           "art. 25 of the Charter"))
        return tense(_("no decision of the Security Council bound it"),
                     _("no decision of the Security Council binds it"))
    if len(parts) > 1:
        return _("{some}, and {last}").format(some=", ".join(parts[:-1]), last=parts[-1])
    return parts[0] if parts else ""


def _rome_not_party(answer: Answer, held: dict[str, set[object]], tense, wording: Wording) -> str:  # type: ignore[no-untyped-def]
    """Why the state was not bound as a party: its withdrawal took effect before the investigation, the Statute was
    not yet in force for it, or it was not a party."""
    _ = wording.gettext
    timeline = rome_statute.party_timeline(wording.kb, answer.state)
    seg = timeline.at(answer.on)
    if seg.value == rome_statute.FORMER_PARTY and seg.start and held.get("rome-statute/art-127-2") == {False}:
        return _("its withdrawal from the Rome Statute took effect on {day}, before the investigation began").format(
            day=wording.date(seg.start))
    if seg.value == rome_statute.NOT_PARTY and any(e.event == "deposit" for e in seg.basis):
        start = next((s.start for s in timeline.segments if s.value == rome_statute.PARTY and s.start
                      and s.start > answer.on), None)
        if start:
            return tense(_("the Rome Statute was not yet in force for it (it entered into force for it on {day})"),
                         _("the Rome Statute is not yet in force for it (it enters into force for it on {day})")
                         ).format(day=wording.date(start))
    return tense(_("it was not a party to the Rome Statute"), _("it is not a party to the Rome Statute"))


def _treaty(ruling: Ruling, wording: Wording) -> str:
    """The treaty the ruling's court rests on, by title (the first the knowledge base records)."""
    body = wording.kb.bodies.get(ruling.body)
    for instrument in body.basis.instruments if body else ():
        if instrument in wording.kb.instruments:
            return wording.instrument(instrument)
    return ""


_OFFICE_WORDS = {"state": N_("a sitting head of state"), "government": N_("a sitting head of government"),
                 "foreign-affairs": N_("a sitting minister for foreign affairs")}


def _office_words(answer: Answer, wording: Wording) -> str:
    """Whose immunity the decision weighed: the office the law weighs (``offices.immune_offices``: one held on the day
    first, of any state but the one asked about)."""
    ruling = wording.extra.get(answer.ruling) or wording.kb.rulings.get(answer.ruling)
    person = wording.kb.persons.get(ruling.subject) if ruling and ruling.subject else None
    for office, _held in immune_offices(person, answer.on, not_of=answer.state) if person else ():
        if office.head_of in _OFFICE_WORDS:
            return wording.gettext(_OFFICE_WORDS[office.head_of])
    return wording.gettext("the person's office")


def _party_since(answer: Answer, past: bool, wording: Wording) -> str:
    """Since when the state has been a party, in the stretch of party status that holds the day: the year, the day
    itself where it became a party that year."""
    _ = wording.gettext
    segments = [seg for seg in rome_statute.party_timeline(wording.kb, answer.state).segments
                if seg.start is None or seg.start <= answer.on]
    if segments and segments[-1].value == rome_statute.PARTY_OR_FORMER:
        return (_("whether or not its withdrawal took effect, the Statute bound it: as a party, or in an investigation "
                  "that began while it was a party") if past
                else _("whether or not its withdrawal took effect, the Statute binds it: as a party, or in an "
                       "investigation that began while it was a party"))
    start = None
    for seg in reversed(segments):  # the start of the stretch of party status that holds the day (a notified
        if seg.value != rome_statute.PARTY:  # withdrawal, or its revocation, opens a segment but not a new stretch)
            break
        start = seg.start
    if start is None:
        return _("it was a party to the Rome Statute") if past else _("it is a party to the Rome Statute")
    if start == answer.on:
        return _("it became a party to the Rome Statute that day")
    since = str(start.year) if start.year != answer.on.year else wording.date(start)
    return (_("it had been a party to the Rome Statute since {since}") if past
            else _("it has been a party to the Rome Statute since {since}")).format(since=since)


def _domestic(d: Decision, answer: Answer, past: bool, names: dict[str, str], wording: Wording) -> str:
    _ = wording.gettext
    if answer.state not in ENCODED_STATES:
        return _("{States} own law is not encoded here.").format(**names)
    provision = next((p for p in d.provisions if p.id == d.decided_by), None)
    cite = f" ({provision.citation})" if provision else ""
    if d.outcome == NO_RULE:
        return (_("{States} own law, as far as encoded, said nothing on it.") if past
                else _("{States} own law, as far as encoded, says nothing on it.")).format(**names)
    if d.outcome == BARRED:
        return (_("{States} own law barred it{cite}.") if past
                else _("{States} own law bars it{cite}.")).format(cite=cite, **names)
    if d.outcome == NOT_BARRED:
        return (_("{States} own law let it be done{cite}.") if past
                else _("{States} own law lets it be done{cite}.")).format(cite=cite, **names)
    if d.outcome == CONDITIONAL:
        finding = next((f for f in d.findings if f.provision.id == d.decided_by and f.condition is not None), None)
        condition = finding.condition if finding else None
        if condition is not None and condition.if_met == BARRED:
            wording_ = (_("Under {states} own law it could be done unless {event}{cite}.") if past
                        else _("Under {states} own law it can be done unless {event}{cite}."))
        elif condition is not None and condition.if_met == NOT_BARRED:
            wording_ = (_("Under {states} own law it could be done only if {event}{cite}.") if past
                        else _("Under {states} own law it can be done only if {event}{cite}."))
        else:
            wording_ = (_("Under {states} own law it depended on a condition{cite}.") if past
                        else _("Under {states} own law it depends on a condition{cite}."))
        event = wording.text(condition.event) if condition is not None else ""
        return wording_.format(cite=cite, event=event, **names)
    hint = next((h for h in d.changes_if if h.startswith(_IMPERATIVE)), None)
    if hint:
        return (_("Whether {states} own law let it be done cannot be told from confirmed facts: one would have to "
                  "{what}.") if past
                else _("Whether {states} own law lets it be done cannot be told from confirmed facts: one would have "
                       "to {what}.")).format(what=wording.text(hint), **names)
    return (_("Whether {states} own law let it be done cannot be told from confirmed facts.") if past
            else _("Whether {states} own law lets it be done cannot be told from confirmed facts.")).format(**names)


def _practice(answer: Answer, ruling: Ruling, names: dict[str, str], wording: Wording) -> str:
    """What the state did, from the record of practice: a visit that covers the day, its arrests and surrenders, and
    the Court's findings of non-compliance. The person is not named again (the first sentence names them)."""
    _ = wording.gettext
    events = answer.practice or practice_dicts(answer.state, ruling, wording)  # the answer's own, where it has it
    if not events:  # most states, for most rulings
        return ""
    day = answer.on.isoformat()
    arrests = [e for e in events if e["kind"] == "arrest"]
    surrenders = [e for e in events if e["kind"] == "surrender"]
    findings = [e for e in events if e["kind"] == "non-compliance-finding"]
    visits = [e for e in events if e["kind"] == "visit" and e["date"]]
    parts: list[str] = []
    for visit in (v for v in visits if v["date"] <= day <= (v["to"] or v["date"])):
        # The findings shown are those made after this visit and before the next: a finding on an earlier visit, put
        # beside this one, would read as its consequence (Chad 2011 beside the visit of February 2013).
        later = min((v["date"] for v in visits if v["date"] > visit["date"]), default="9999-12-31")
        findings = [f for f in findings if visit["date"] <= (f["date"] or f["public"]) < later]
        if any(visit["date"] <= a["date"] <= (visit["to"] or visit["date"]) for a in arrests):
            continue  # the arrest says it
        parts.append(_("no arrest was made during the visit of {days}").format(days=_days(visit, wording)))
    when = {kind: _(" and ").join(wording.date(dt.date.fromisoformat(e["date"])) for e in found)
            for kind, found in (("arrest", arrests), ("surrender", surrenders)) if found}
    if "arrest" in when and "surrender" in when:
        parts.append(_("{State} made the arrest on {arrested} and surrendered the person to the Court on "
                       "{surrendered}").format(arrested=when["arrest"], surrendered=when["surrender"], **names))
    elif "arrest" in when:
        parts.append(_("{State} made the arrest on {arrested}").format(arrested=when["arrest"], **names))
    elif "surrender" in when:
        parts.append(_("{State} surrendered the person to the Court on {surrendered}").format(
            surrendered=when["surrender"], **names))
    if findings:
        dates = [_("on {date}").format(date=wording.date(dt.date.fromisoformat(e["date"]))) if e["date"]
                 else _("in a decision made public on {date}").format(date=wording.date(dt.date.fromisoformat(e["public"])))
                 for e in findings]
        parts.append(_("the ICC found {state} in breach of its duty to cooperate {when}").format(
            when=_(" and ").join(dates), **names))
    if not parts:
        return ""
    return capitalised("; ".join(parts)) + "."


def _days(visit: dict, wording: Wording) -> str:
    first = dt.date.fromisoformat(visit["date"])
    last = dt.date.fromisoformat(visit["to"]) if visit["to"] else first
    return wording.date(first) if last == first else wording.days(first, last)

