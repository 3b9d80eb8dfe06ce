"""The vocabulary rules are written in: provisions, the traced context, explanation nodes and findings.

Why here and not in the engine: rules are written against this vocabulary, and law must not import the engine
(the arrows run facts → law → engine). The engine drives evaluation and renders decisions; this module is
what a rule sees: a context that hands out facts and records every one consulted — its value, its sources and
the dates at which it changes — so that explanations, hints and exact timelines all come from one record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Literal

import msgspec

from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import Participation, Source, Sourced
from exequatur.facts.temporal import Segment

Order = Literal["international", "domestic"]

# Outcomes, as in DESIGN.md. International order, strongest first, then the domestic order.
OBLIGED, URGED, NOT_OBLIGED, UNKNOWN = "obliged", "urged", "not_obliged", "unknown"
BARRED, CONDITIONAL, NOT_BARRED, NO_RULE = "barred", "conditional", "not_barred", "no_rule"

# What one domestic rule does to the enforcement of a ruling (a finding's effect). ``unknown``: the rule may apply
# but whether it does cannot be told from confirmed facts.
BARS, CONDITIONS, PERMITS, IMPLEMENTS, PENALISES = "bars", "conditions", "permits", "implements", "penalises"
EFFECTS = (BARS, UNKNOWN, CONDITIONS, PERMITS, IMPLEMENTS, PENALISES)


class Provision(msgspec.Struct, frozen=True):
    """A provision of an instrument as encoded: citation, text, period in force and where the text was read."""

    id: str
    order: Order
    instrument: str
    article: str
    text: str
    source: Source
    in_force_from: dt.date | None = None
    in_force_to: dt.date | None = None
    text_original: str | None = None
    state: str | None = None
    note: str = ""

    @property
    def citation(self) -> str:
        return f"{self.instrument}, {self.article}"

    def in_force(self, on: dt.date) -> bool:
        return (self.in_force_from is None or self.in_force_from <= on) and (
            self.in_force_to is None or on <= self.in_force_to
        )


class FactUse(msgspec.Struct, frozen=True):
    """One fact a rule consulted: what it says, its value, its sources, and the dates its value changes."""

    key: str
    statement: str
    value: object
    sources: tuple[Source, ...]
    changes: tuple[dt.date, ...] = ()
    assumed: bool = False  # supplied by the user (a hypothetical ruling or scenario), not from the knowledge base
    reported: bool = False  # recorded as reported by a source, not confirmed


class Node(msgspec.Struct, frozen=True):
    """One step of an explanation: a condition or conclusion, its value, the provision applied and the facts."""

    statement: str
    value: object
    provision: Provision | None = None
    facts: tuple[FactUse, ...] = ()
    children: tuple[Node, ...] = ()

    def steps(self) -> Iterator[Node]:
        """This step and every step under it, each before its children, in the order they are written."""
        stack = [self]
        while stack:
            current = stack.pop()
            yield current
            stack.extend(reversed(current.children))


class Condition(msgspec.Struct, frozen=True):
    """The event a conditional rule hangs on, and the outcome if it occurs (``barred`` or ``not_barred``)."""

    event: str
    if_met: str


class RuleFinding(msgspec.Struct, frozen=True):
    """One applicable domestic rule: what it does to enforcement (``effect``, one of ``EFFECTS``), the provision it
    encodes, the reasoning, and — for ``conditions`` — the condition it names."""

    effect: str
    provision: Provision
    node: Node
    condition: Condition | None = None
    hints: tuple[str, ...] = ()


class Review(msgspec.Struct, frozen=True):
    """What a state's law says of one ruling on one date: the findings of the rules that apply, and the rules
    examined that do not (``considered``: shown in the explanation, never findings)."""

    findings: tuple[RuleFinding, ...] = ()
    considered: tuple[Node, ...] = ()
    hints: tuple[str, ...] = ()  # what would change the answer, from rules that do not apply today

    def __add__(self, other: Review) -> Review:
        return Review(self.findings + other.findings, self.considered + other.considered, self.hints + other.hints)


class Finding(msgspec.Struct, frozen=True):
    """What one body of law concludes for one legal order, with its explanation and what would change it. In the
    domestic order it also carries the rule findings and the provision that decided the outcome."""

    outcome: str
    node: Node
    hints: tuple[str, ...] = ()
    findings: tuple[RuleFinding, ...] = ()
    decided_by: str | None = None


class ReadingOption(msgspec.Struct, frozen=True):
    name: str
    description: str
    held_by: str


class Reading(msgspec.Struct, frozen=True):
    """A provision that admits more than one reading: the options, who holds each, and the default."""

    id: str
    question: str
    provision: str
    options: tuple[ReadingOption, ...]
    default: str

    def option(self, name: str) -> ReadingOption:
        return next(o for o in self.options if o.name == name)


class Context:
    """The only way a rule reads facts. Records each fact consulted and each reading applied."""

    __slots__ = ("_choices", "kb", "on", "readings_used", "uses")

    def __init__(self, kb: KnowledgeBase, on: dt.date, choices: Mapping[str, str] | None = None) -> None:
        self.kb = kb
        self.on = on
        self._choices = choices or {}
        self.uses: list[FactUse] = []
        self.readings_used: dict[str, str] = {}

    def fact(
        self,
        key: str,
        statement: str,
        value: object,
        sources: Iterable[Source],
        changes: Iterable[dt.date] = (),
        assumed: bool = False,
        reported: bool = False,
    ) -> FactUse:
        use = FactUse(key, statement, value, tuple(sources), tuple(changes), assumed, reported)
        self.uses.append(use)
        return use

    def event(self, ev: Participation, statement: str, changes: Iterable[dt.date] = ()) -> FactUse:
        """Record a participation event (a deposit, a notification) as a consulted fact."""
        return self.fact(
            f"participation:{ev.state}:{ev.instrument}:{ev.event}:{ev.date}",
            statement,
            ev.date,
            self.kb.source_records(ev.sources),
            changes,
            ev.assumed,
            not ev.confirmed,
        )

    def record(self, key: str, statement: str, value: object, rec: Sourced, changes: Iterable[dt.date] = ()
               ) -> FactUse:
        """Record a fact read from one record (a resolution, a law, a situation), with its sources — and marked
        assumed if the record comes from a what-if scenario."""
        return self.fact(key, statement, value, self.kb.source_records(rec.sources), changes, rec.assumed)

    def segment(self, key: str, seg: Segment, statement: str, changes: tuple[dt.date, ...],
                absent_in: str | None = None) -> tuple[FactUse, ...]:
        """Record a derived status (a segment of a timeline) and the sourced events it rests on. A status that rests
        on the *absence* of an event (no deposit, no admission) is sourced by ``absent_in``'s participant list."""
        sources = self.status_list(absent_in) if absent_in else _sources_of(self.kb, seg.basis)
        head = self.fact(key, statement, seg.value, sources, changes, any(ev.assumed for ev in seg.basis))
        return (head, *(self.event(ev, describe_event(ev)) for ev in seg.basis))

    def status_list(self, instrument: str) -> tuple[Source, ...]:
        """The sources of an instrument's complete participant list: what makes a state's absence from it a fact."""
        ins = self.kb.instruments.get(instrument)
        return self.kb.source_records(ins.status_sources or ins.sources) if ins else ()

    def reading(self, reading: Reading) -> str:
        chosen = self._choices.get(reading.id, reading.default)
        self.readings_used[reading.id] = chosen
        return chosen

    def change_points(self) -> set[dt.date]:
        return {d for use in self.uses for d in use.changes}


def _sources_of(kb: KnowledgeBase, events: Iterable[Participation]) -> tuple[Source, ...]:
    seen: dict[str, Source] = {}
    for ev in events:
        for sid in ev.sources:
            seen.setdefault(sid, kb.sources[sid])
    return tuple(seen.values())


# A participation event in words. The instrument is written as its id in parentheses, "(rome-statute)": the wording
# for readers (engine/wording.py) puts the instrument's title there.
_EVENT_WORDS = {
    "signature": "{state} signed {instrument} on {date}",
    "deposit": "{state} deposited its instrument of {type} {prep} {instrument} on {date}",
    "succession": "{state} deposited a notification of succession to {instrument} on {date}",
    "entry-into-force": "{instrument} entered into force for {state} on {date}",
    "signature-withdrawn": "{state} notified the depositary of {instrument} on {date} that it does not intend to become "
                           "a party",
    "signature-withdrawal-decided": "{state} decided on {date} to notify the depositary of {instrument} that it does not "
                                    "intend to become a party",
    "withdrawal-notified": "{state} notified its withdrawal from {instrument} on {date}",
    "withdrawal-effective": "{state}'s withdrawal from {instrument} took effect on {date}",
    "withdrawal-revoked": "{state} withdrew its notification of withdrawal from {instrument} on {date}",
    "admission": "{state} was admitted to membership under {instrument} on {date}",
    "membership": "{state} became a member under {instrument} on {date}",
    "expulsion": "{state} was expelled under {instrument} on {date}",
    "ceased": "{state} ceased to be a party to {instrument} on {date}",
    "declaration-12-3": "{state} lodged a declaration accepting the Court's jurisdiction under {instrument} on {date}",
    "declaration-124": "{state} made a declaration under art. 124 of {instrument} on {date}",
    "domestic-ratification": "{state} approved the ratification of {instrument} domestically on {date}",
}
_PREPOSITION = {"accession": "to", "succession": "to"}  # "instrument of ratification of", "of accession to"


def describe_event(ev: Participation) -> str:
    """A participation event in words, with ids: 'MNG deposited its instrument of ratification of (rome-statute) on
    2002-04-11'."""
    kind = ev.instrument_type or "ratification"
    text = _EVENT_WORDS[ev.event].format(state=ev.state, instrument=f"({ev.instrument})", date=ev.date.isoformat(),
                                         type=kind, prep=_PREPOSITION.get(kind, "of"))
    if not ev.confirmed:
        text = "reported, not confirmed: " + text
    if ev.event == "declaration-12-3":
        end = ev.covers_to.isoformat() if ev.covers_to else "open-ended"
        text += f", covering {ev.covers_from.isoformat() if ev.covers_from else '?'} to {end}"
    return text


def strongest(findings: list[Finding], statement: str) -> Finding:
    """Duties that cumulate: one finding stands alone; several give the strongest outcome (obliged, then unknown,
    then urged, then not obliged) with every finding's reasoning shown under ``statement``."""
    if len(findings) == 1:
        return findings[0]
    best = min(findings, key=lambda f: _DUTY_RANK[f.outcome])
    return Finding(best.outcome, Node(statement, best.outcome, children=tuple(f.node for f in findings)), best.hints)


_DUTY_RANK = {OBLIGED: 0, UNKNOWN: 1, URGED: 2, NOT_OBLIGED: 3}


class Rulebook(msgspec.Struct, frozen=True):
    """The provisions and readings one law module encodes, for listing (`exequatur law list`)."""

    provisions: tuple[Provision, ...] = ()
    readings: tuple[Reading, ...] = ()
    # The participation events the module's rules read, by instrument id: what a what-if scenario may assume and
    # be sure the law takes into account ("*": any instrument not governed by another rulebook).
    events: tuple[tuple[str, tuple[str, ...]], ...] = ()
