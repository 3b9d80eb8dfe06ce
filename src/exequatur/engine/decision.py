"""Decisions as data: the versioned JSON shape every interface renders.

Why data first: the CLI's text, its ``--json``, and later the HTTP API and the page are renderings of one
structure, so they cannot disagree. The shape carries the engine and knowledge-base versions so an answer can
be traced to the code and the data that produced it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import msgspec

from exequatur.facts.authority import source_class, strongest, weakest
from exequatur.facts.model import Source
from exequatur.law.reasoning import BARRED, CONDITIONAL, NO_RULE, OBLIGED, FactUse, Node, Provision, RuleFinding

if TYPE_CHECKING:
    from exequatur.engine.wording import Wording

SCHEMA = "exequatur.decision/2"
ENGINE_VERSION = "0.1.0"


class Decision(msgspec.Struct, frozen=True):
    """One legal order's answer for one state, ruling and date."""

    order: str
    outcome: str
    explanation: Node
    readings: dict[str, str]
    changes_if: tuple[str, ...]
    facts: tuple[FactUse, ...]
    change_points: tuple[dt.date, ...]
    findings: tuple[RuleFinding, ...] = ()  # domestic order: each applicable rule with its effect
    decided_by: str | None = None  # domestic order: the id of the provision that decided the outcome

    @property
    def grade(self) -> str | None:
        """How strong the outcome's footing is: ``assumed`` if it rests on an assumed fact, ``reported`` if on a fact
        recorded as reported and not confirmed, else the weakest class (primary, secondary, tertiary) among the facts
        in its explanation, each fact taking the class of its best source; None for ``no_rule``."""
        if self.outcome == NO_RULE:
            return None
        uses = _facts(self.explanation)
        if any(u.assumed for u in uses):
            return "assumed"
        if any(u.reported for u in uses):
            return "reported"
        return weakest([c for u in uses if u.sources
                        for c in [strongest([source_class(s) for s in u.sources])] if c]) or "primary"

    @property
    def provisions(self) -> tuple[Provision, ...]:
        seen: dict[str, Provision] = {f.provision.id: f.provision for f in self.findings}
        for node in self.explanation.steps():
            if node.provision is not None:
                seen.setdefault(node.provision.id, node.provision)
        return tuple(seen.values())

    def to_dict(self, wording: Wording | None = None) -> dict[str, Any]:
        """The decision as JSON; with ``wording``, statements name states and rulings (ids in ``params``)."""
        out: dict[str, Any] = {
            "outcome": self.outcome,
            "grade": self.grade,
            "reading": dict(self.readings),
            "provisions": [provision_dict(p) for p in self.provisions],
            "explanation": node_dict(self.explanation, wording),
            "changes_if": [_text(h, wording) for h in self.changes_if],
        }
        if self.order == "domestic":
            out["findings"] = [finding_dict(f, wording) for f in self.findings]
            out["decided_by"] = self.decided_by
        return out


class Answer(msgspec.Struct, frozen=True):
    """Both legal orders side by side for one state, ruling and date — and whether they conflict."""

    state: str
    ruling: str
    on: dt.date
    international: Decision
    domestic: Decision
    kb_version: str
    scenario: str | None = None
    hypothetical_ruling: bool = False
    data_as_of: dt.date | None = None
    next_change: dict[str, Any] | None = None
    wording: Wording | None = None  # names for readers, if given
    summary: str | None = None  # both orders in one or two plain sentences, in names (engine/summary.py)
    practice: tuple[dict[str, Any], ...] = ()  # what the state did about the ruling (the record of practice)

    @property
    def conflict(self) -> bool:
        """International law obliges and domestic law bars: the case this project exists to show."""
        return conflict(self.international.outcome, self.domestic.outcome)

    @property
    def conflict_possible(self) -> bool:
        """International law obliges and domestic law makes enforcement hang on a condition."""
        return conflict_possible(self.international.outcome, self.domestic.outcome)

    @property
    def change_points(self) -> tuple[dt.date, ...]:
        return tuple(sorted(set(self.international.change_points) | set(self.domestic.change_points)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "engine_version": ENGINE_VERSION,
            "kb_version": self.kb_version,
            "data_as_of": self.data_as_of.isoformat() if self.data_as_of else None,
            "scenario": self.scenario,
            "state": self.state,
            "ruling": self.ruling,
            "hypothetical_ruling": self.hypothetical_ruling,
            "on": self.on.isoformat(),
            "summary": self.summary,
            "international": self.international.to_dict(self.wording),
            "domestic": self.domestic.to_dict(self.wording),
            "conflict": self.conflict,
            "conflict_possible": self.conflict_possible,
            "assumed_facts": [fact_dict(f, self.wording) for f in self.assumed_facts],
            "practice": list(self.practice),
        }

    @property
    def assumed_facts(self) -> tuple[FactUse, ...]:
        """The facts this answer rests on that a scenario or a hypothetical ruling supposes, not the knowledge base."""
        return self.facts_where(lambda use: use.assumed)

    def facts_where(self, keep: Callable[[FactUse], bool]) -> tuple[FactUse, ...]:
        """The facts of both orders that ``keep`` accepts, each once (by key), in the order consulted."""
        found: dict[str, FactUse] = {}
        for use in (*self.international.facts, *self.domestic.facts):
            if keep(use):
                found.setdefault(use.key, use)
        return tuple(found.values())


def conflict(international: str, domestic: str) -> bool:
    """International law obliges and domestic law bars."""
    return international == OBLIGED and domestic == BARRED


def conflict_possible(international: str, domestic: str) -> bool:
    """International law obliges and domestic law is conditional: a conflict if the condition goes the wrong way."""
    return international == OBLIGED and domestic == CONDITIONAL


def finding_dict(f: RuleFinding, wording: Wording | None = None) -> dict[str, Any]:
    """One domestic rule finding: the provision, its effect, its statement and reasoning, and its condition."""
    out: dict[str, Any] = {"provision": {"id": f.provision.id, "citation": f.provision.citation}, "effect": f.effect,
                           "statement": _text(f.node.statement, wording), "explanation": node_dict(f.node, wording)}
    if f.condition is not None:
        out["condition"] = {"event": f.condition.event, "if_met": f.condition.if_met}
    return out


def provision_dict(p: Provision) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": p.id,
        "citation": p.citation,
        "text": p.text,
        "in_force": {"from": _iso(p.in_force_from), "to": _iso(p.in_force_to)},
        "source": source_dict(p.source),
    }
    if p.text_original:
        out["text_original"] = p.text_original
    if p.note:
        out["note"] = p.note
    return out


def fact_dict(f: FactUse, wording: Wording | None = None) -> dict[str, Any]:
    """A fact as JSON: its statement (in names, with ``params``, given ``wording``), value and sources."""
    rendered = wording.node(f.statement) if wording else {"statement": f.statement}
    out: dict[str, Any] = {
        "fact": rendered["statement"],
        "value": _plain(f.value),
        "sources": [source_dict(s) for s in f.sources],
    }
    if "params" in rendered:
        out["params"] = rendered["params"]
    if f.assumed:
        out["assumed"] = True
    if f.reported:
        out["reported"] = True
    return out


def source_dict(s: Source) -> dict[str, Any]:
    """A source as answers show it: address, title, class (primary, secondary, tertiary) and, for a copy, the
    official document it reproduces."""
    out: dict[str, Any] = {"url": s.url, "title": s.title, "class": source_class(s)}
    if s.authority:
        out["authority"] = s.authority
    return out


def node_dict(n: Node, wording: Wording | None = None) -> dict[str, Any]:
    """A step of an explanation as JSON; with ``wording``, its statement in names and the ids in ``params``."""
    out: dict[str, Any] = {**(wording.node(n.statement) if wording else {"statement": n.statement}), "value": n.value}
    if n.provision is not None:
        out["provision"] = {"id": n.provision.id, "citation": n.provision.citation}
    if n.facts:
        out["facts"] = [fact_dict(f, wording) for f in n.facts]
    if n.children:
        out["children"] = [node_dict(c, wording) for c in n.children]
    return out


def _text(text: str, wording: Wording | None) -> str:
    return wording.text(text) if wording else text


def _plain(value: object) -> object:
    """A fact's value as JSON: dates as ISO 8601 strings, tuples as lists (recursively)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _facts(node: Node) -> list[FactUse]:
    """Every fact in an explanation tree."""
    return [f for step in node.steps() for f in step.facts]
