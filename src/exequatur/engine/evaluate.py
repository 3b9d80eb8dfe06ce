"""ask / where / when: evaluation of both legal orders over the immutable knowledge base.

Timelines are exact and cheap because every fact a rule reads goes through the context with the dates at which
its value changes: between two consecutive change points no fact consulted changes, so the same path through the
rules gives the same answer. ``when`` therefore evaluates once per change point, never day by day.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import msgspec

from exequatur.engine import tracks as kept
from exequatur.engine.decision import ENGINE_VERSION, SCHEMA, Answer, Decision, conflict, conflict_possible, fact_dict
from exequatur.engine.wording import Wording, wording
from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import Ruling
from exequatur.facts.temporal import ONE_DAY
from exequatur.facts.text import shorten
from exequatur.law.reasoning import Context, FactUse, Finding

if TYPE_CHECKING:
    from types import ModuleType


@functools.cache
def orders() -> tuple[ModuleType, ModuleType]:
    """The two legal orders' law (``law.international``, ``law.national``), imported when first needed — an answer
    reasoned out, the rules listed: a cold ``where`` that reads the kept tracks reasons nothing and does without them."""
    from exequatur.law import international, national

    return international, national


@functools.cache
def _readers() -> tuple[Callable[..., Any], Callable[..., Any]]:
    """The record of practice and the summary, imported with the first full answer (both import the law); kept, as an
    import statement in ``ask`` costs about a microsecond each time, 197 times a ``where``."""
    from exequatur.engine.practice import practice_dicts
    from exequatur.engine.summary import summary

    return practice_dicts, summary


class InputError(ValueError):
    """Bad input from a caller (unknown id, bad date, bad reading). The message names the value and valid ones."""


def readable(message: str, limit: int = 600) -> str:
    """An error message as one readable line: newlines folded, any run of 100+ characters without a space (an echoed
    value) cut, and the whole kept under ``limit`` characters."""
    line = re.sub(r"\S{100,}", lambda m: shorten(m.group(), 60), " ".join(message.split()))
    return shorten(line, limit)


def ask(kb: KnowledgeBase, state: str, ruling: str | Ruling, on: dt.date,
        readings: Mapping[str, str] | None = None) -> Answer:
    """Both legal orders for ``state`` and ``ruling`` on ``on``, with explanations and change hints — among them, for
    each order, what happens at its next recorded change, read by evaluating that date (so the hint says what is true
    then)."""
    ruling_rec = resolve_ruling(kb, ruling)
    _check_state(kb, state)
    answer = _evaluate(kb, state, ruling_rec, on, readings)
    recorded = kb.rulings.get(ruling_rec.id) is ruling_rec
    chosen = tuple(sorted((readings or {}).items()))

    def at(day: dt.date) -> Answer:
        """The answer on a change point: the same for every question whose next change it is, so kept with the
        knowledge base for a recorded ruling (change points are days of the data: a bounded number)."""
        if not recorded:
            return _evaluate(kb, state, ruling_rec, day, readings)
        return kb.memo(("at", state, ruling_rec.id, day, chosen),  # type: ignore[no-any-return]
                       lambda: _evaluate(kb, state, ruling_rec, day, readings))

    def next_of(decision: Decision, order: str) -> Decision:
        upcoming = [p for p in decision.change_points if p > on]
        if not upcoming:
            return decision
        day = min(upcoming)
        return _with_next(decision, getattr(at(day), order), day)

    answer = msgspec.structs.replace(answer, international=next_of(answer.international, "international"),
                                 domestic=next_of(answer.domestic, "domestic"))
    names = answer.wording or wording(kb, ruling=ruling_rec)
    practice_dicts, summary = _readers()
    answer = msgspec.structs.replace(answer, practice=tuple(practice_dicts(state, ruling_rec, names)))
    return msgspec.structs.replace(answer, summary=summary(answer, ruling_rec, names))


def _evaluate(kb: KnowledgeBase, state: str, ruling: Ruling, on: dt.date, readings: Mapping[str, str] | None
              ) -> Answer:
    choices = dict(readings or {})
    international, national = orders()
    ictx = Context(kb, on, choices)
    ifind = international.decide(ictx, ruling, state)
    dctx = Context(kb, on, choices)
    dfind = national.decide(dctx, ruling, state)
    return Answer(
        state=state,
        ruling=ruling.id,
        on=on,
        international=_decision("international", ifind, ictx),
        domestic=_decision("domestic", dfind, dctx),
        kb_version=kb.version,
        scenario=kb.scenario,
        hypothetical_ruling=ruling.hypothetical,
        data_as_of=kb.data_as_of,
        wording=wording(kb, ruling=ruling),
    )


def _with_next(now: Decision, then: Decision, day: dt.date) -> Decision:
    """``now`` with a hint on what the next change point (``day``) brings, in the words true on that day: the facts
    that are new or take another value then (or, failing those, the facts that no longer hold)."""
    if day not in now.change_points:
        return now
    before = {u.key: u.value for u in now.facts}
    after = {u.key for u in then.facts}
    changed = [u.statement for u in then.facts if u.key not in before or before[u.key] != u.value]
    gone = [u.statement for u in now.facts if u.key not in after and day in u.changes]
    causes = list(dict.fromkeys(changed))[:2] or [f"no longer: {g}" for g in dict.fromkeys(gone)][:2] or \
        list(dict.fromkeys(u.statement for u in then.facts if day in u.changes))[:2]
    because = (": " + "; ".join(causes)) if causes else ""
    if then.outcome == now.outcome:
        hint = f"on {day.isoformat()} a fact this answer rests on changes, the answer staying {now.outcome}{because}"
    elif then.outcome == "unknown":
        hint = f"from {day.isoformat()} the answer is unknown, a fact it needs not being recorded from then{because}"
    else:
        hint = f"from {day.isoformat()} the answer is {then.outcome}{because}"
    return msgspec.structs.replace(now, changes_if=(*now.changes_if, hint))


def where(kb: KnowledgeBase, ruling: str | Ruling, on: dt.date,
          readings: Mapping[str, str] | None = None) -> list[Answer]:
    """Every state's answer for ``ruling`` on ``on``."""
    ruling_rec = resolve_ruling(kb, ruling)
    return [ask(kb, state, ruling_rec, on, readings) for state in kb.states]


class Outcome(msgspec.Struct, frozen=True):
    """One state's outcomes in both orders, without the explanation: what a map needs for every state at once."""

    state: str
    international: str
    domestic: str
    international_reading: Mapping[str, str]
    domestic_reading: Mapping[str, str]
    conflict: bool
    conflict_possible: bool
    assumed: bool

    @classmethod
    def of(cls, a: Answer) -> Outcome:
        return cls(a.state, a.international.outcome, a.domestic.outcome, a.international.readings,
                   a.domestic.readings, a.conflict, a.conflict_possible, bool(a.assumed_facts))

    def to_dict(self) -> dict[str, Any]:
        return {"state": self.state,
                "international": {"outcome": self.international, "reading": dict(self.international_reading)},
                "domestic": {"outcome": self.domestic, "reading": dict(self.domestic_reading)},
                "conflict": self.conflict, "conflict_possible": self.conflict_possible, "assumed": self.assumed}




def outcomes(kb: KnowledgeBase, ruling: str | Ruling, on: dt.date,
             readings: Mapping[str, str] | None = None) -> list[Outcome]:
    """Every state's outcomes for ``ruling`` on ``on`` — the same as ``where`` without explanations, but read off
    each state's track of change points, computed once per knowledge base, ruling and readings. Why: a map that
    follows a date slider asks for many dates of one ruling; between change points nothing changes, so after the
    first request each date costs one binary search per state instead of a full evaluation."""
    ruling_rec = resolve_ruling(kb, ruling)
    choices = dict(readings or {})
    if ruling_rec.hypothetical or ruling_rec.id not in kb.rulings or on < kept.TRACK_START:
        return [Outcome.of(_evaluate(kb, state, ruling_rec, on, choices)) for state in kb.states]
    tracks = kb.memo(("tracks", ruling_rec.id, tuple(sorted(choices.items()))),
                     lambda: kept.tracks(kb, ruling_rec.id, choices,
                                         lambda: {s: _track(kb, s, ruling_rec, choices) for s in kb.states}, Outcome))
    found = []
    for state in kb.states:
        starts, values = tracks[state]
        found.append(values[bisect.bisect_right(starts, on) - 1])
    return found


def _track(kb: KnowledgeBase, state: str, ruling: Ruling, readings: Mapping[str, str]
           ) -> tuple[list[dt.date], list[Outcome]]:
    starts: list[dt.date] = []
    values: list[Outcome] = []
    day = kept.TRACK_START
    while True:
        answer = _evaluate(kb, state, ruling, day, readings)
        starts.append(day)
        values.append(Outcome.of(answer))
        upcoming = [c for c in answer.change_points if c > day]
        if not upcoming:
            return starts, values
        day = min(upcoming)


class Interval(msgspec.Struct, frozen=True):
    """A run of days with the same outcome in both orders; ``changed_by`` are the facts whose change opened it."""

    start: dt.date
    end: dt.date
    international: str
    domestic: str
    changed_by: tuple[FactUse, ...]

    @property
    def conflict(self) -> bool:
        return conflict(self.international, self.domestic)

    @property
    def conflict_possible(self) -> bool:
        return conflict_possible(self.international, self.domestic)

    def to_dict(self, names: Wording | None = None) -> dict[str, Any]:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "international": self.international,
            "domestic": self.domestic,
            "conflict": self.conflict,
            "conflict_possible": self.conflict_possible,
            "changed_by": [fact_dict(f, names) for f in self.changed_by],
        }


def when(kb: KnowledgeBase, state: str, ruling: str | Ruling, start: dt.date, end: dt.date,
         readings: Mapping[str, str] | None = None) -> list[Interval]:
    """Intervals of equal outcome between ``start`` and ``end`` (inclusive), computed from change points."""
    if start > end:
        raise InputError(f"the start (from) {start.isoformat()} is after the end (to) {end.isoformat()}: give a start "
                         "on or before the end")
    ruling_rec = resolve_ruling(kb, ruling)
    _check_state(kb, state)
    intervals: list[Interval] = []
    day = start
    while day <= end:
        answer = _evaluate(kb, state, ruling_rec, day, readings)
        upcoming = [c for c in answer.change_points if c > day]
        nxt = min(upcoming) if upcoming else None
        last = min(nxt - ONE_DAY, end) if nxt else end
        outcome = (answer.international.outcome, answer.domestic.outcome)
        if intervals and (intervals[-1].international, intervals[-1].domestic) == outcome:
            prev = intervals[-1]
            intervals[-1] = Interval(prev.start, last, prev.international, prev.domestic, prev.changed_by)
        else:
            cause = _changed_at(day, answer) if intervals else ()
            intervals.append(Interval(day, last, *outcome, cause))
        if nxt is None or nxt > end:
            break
        day = nxt
    return intervals


def _head(kb: KnowledgeBase) -> dict[str, Any]:
    return {"schema": SCHEMA, "engine_version": ENGINE_VERSION, "kb_version": kb.version,
            "data_as_of": kb.data_as_of.isoformat() if kb.data_as_of else None, "scenario": kb.scenario}


def where_dict(kb: KnowledgeBase, ruling: str, on: dt.date, found: Iterable[Outcome]) -> dict[str, Any]:
    """Every state's outcomes for one ruling and date: the shape of ``where --json`` and of the API's ``/where``."""
    return {**_head(kb), "ruling": ruling, "on": on.isoformat(), "states": [o.to_dict() for o in found]}


def when_dict(kb: KnowledgeBase, state: str, ruling: str, intervals: list[Interval]) -> dict[str, Any]:
    """The shape of ``when --json`` and of the API's ``/when``."""
    names = wording(kb)
    return {**_head(kb), "state": state, "ruling": ruling, "intervals": [iv.to_dict(names) for iv in intervals]}


def _changed_at(day: dt.date, answer: Answer) -> tuple[FactUse, ...]:
    return answer.facts_where(lambda use: day in use.changes)


def _decision(order: str, finding: Finding, ctx: Context) -> Decision:
    points = tuple(sorted(ctx.change_points()))
    return Decision(order=order, outcome=finding.outcome, explanation=finding.node,
                    readings=dict(ctx.readings_used), changes_if=tuple(dict.fromkeys(finding.hints)),
                    facts=tuple(ctx.uses), change_points=points, findings=finding.findings,
                    decided_by=finding.decided_by)


def resolve_ruling(kb: KnowledgeBase, ruling: str | Ruling) -> Ruling:
    """The ruling record for an id (InputError with the closest ids if unknown), or the hypothetical ruling given."""
    if isinstance(ruling, Ruling):
        if ruling.body not in kb.bodies:
            raise InputError(f"unknown body {ruling.body!r}{closest(ruling.body, kb.bodies)}")
        return ruling
    try:
        return kb.rulings[ruling]
    except KeyError:
        raise InputError(f"unknown ruling {ruling!r}{closest(ruling, kb.rulings)}") from None


def _check_state(kb: KnowledgeBase, state: str) -> None:
    if state not in kb.states:
        state_code(kb, state)  # raises with suggestions; a name or alpha-2 code is resolved by the interfaces


def state_code(kb: KnowledgeBase, given: str) -> str:
    """The knowledge base's code for a state given as an ISO 3166-1 alpha-3 or alpha-2 code or a name ("MNG", "mn",
    "Mongolia", "Russia" — a word beginning exactly one recorded name). Codes and names come from ISO 3166 through
    pycountry, and from the knowledge base (XKX Kosovo, PSE Palestine). Raises InputError naming the value and the
    closest states, by name first."""
    text = " ".join(given.split())
    if text.upper() in kb.states:
        return text.upper()
    import pycountry  # only for a state given otherwise than by its code: its import costs more than an answer

    try:
        code = pycountry.countries.lookup(text).alpha_3
    except LookupError:
        code = None
    if code in kb.states:
        return code
    folded = text.casefold()
    exact = [s.id for s in kb.states.values() if s.name.casefold() == folded]
    begins = re.compile(r"\b" + re.escape(folded)) if folded else None
    named = [s.id for s in kb.states.values() if begins and begins.search(s.name.casefold())]
    if len(exact) == 1 or len(named) == 1:
        return (exact or named)[0]
    named = named[:3]
    hint = f" (states named so: {', '.join(named)})" if named else closest(text, kb.states, upper=True)
    raise InputError(f"unknown state {shorten(repr(given), 40)}{hint} (an ISO 3166-1 code such as MNG or MN, or a "
                     "name; PSE for Palestine, XKX for Kosovo)")


def closest(value: str, options: Iterable[str], upper: bool = False) -> str:
    """' (closest: a, b)' for an unknown value, or '' if nothing is close."""
    import difflib

    opts = list(options)
    probe = value.upper() if upper else value.lower()
    near = difflib.get_close_matches(probe, opts, n=3, cutoff=0.4)
    return f" (closest: {', '.join(near)})" if near else ""
