"""Human-readable renderings of answers: the summary first, then the outcomes and the explanation tree with citations
and sources — in names, never ids (``engine/wording.py``)."""

from __future__ import annotations

import datetime as dt

from rich.console import Console, Group
from rich.text import Text
from rich.tree import Tree

from exequatur.engine import inputs
from exequatur.engine.decision import Answer, Decision
from exequatur.engine.evaluate import Interval, Outcome
from exequatur.engine.wording import Wording
from exequatur.law.reasoning import Node

STYLE = {
    "obliged": "bold red",
    "urged": "yellow",
    "not_obliged": "green",
    "barred": "bold magenta",
    "conditional": "bold blue",
    "not_barred": "cyan",
    "no_rule": "dim",
    "unknown": "bold yellow",
}
LABEL = {"international": "International law", "domestic": "Domestic law"}
EFFECT_STYLE = {"bars": "bold magenta", "unknown": "bold yellow", "conditions": "bold blue", "permits": "cyan",
                "implements": "cyan", "penalises": "red"}


OUTCOME_WORDS = {"no_rule": "no rule encoded", "not_obliged": "not obliged", "not_barred": "not barred"}
PRACTICE_WORDS = {"non-compliance-finding": "finding of non-compliance", "visit": "visit", "arrest": "arrest",
                  "surrender": "surrender", "refusal": "refusal", "compliance": "compliance"}


def outcome_words(outcome: str) -> str:
    """An outcome in words: "not obliged", "no rule encoded"."""
    return OUTCOME_WORDS.get(outcome, outcome.replace("_", " "))


def outcome_text(outcome: str) -> Text:
    """An outcome in words, coloured by what it is."""
    return Text(outcome_words(outcome), style=STYLE.get(outcome, ""))


def answer(a: Answer, console: Console) -> None:
    w = a.wording
    assert w is not None, "an answer from evaluate.ask carries its wording"
    if a.summary:
        console.print(Text(a.summary, style="bold"))
    name = w.state(a.state)
    head = Text(f"{name[:1].upper() + name[1:]} · {w.ruling(a.ruling)} · {w.date(a.on)}", style="dim")
    if a.hypothetical_ruling:
        head.append("  (hypothetical ruling)", style="italic")
    if a.scenario:
        head.append(_scenario(a.scenario), style="italic magenta")
    console.print(head)
    for fact in a.assumed_facts:
        console.print(Text(f"  assumed: {w.text(fact.statement)}", style="magenta"))
    for d in (a.international, a.domestic):
        line = Text(f"{LABEL[d.order]}: ")
        line.append_text(outcome_text(d.outcome))
        if d.grade:
            line.append(f"   footing: {d.grade}", style="dim")
        console.print(line)
        for question, choice in readings_in_words(d.readings):
            console.print(Text(f"  read as: {question} — {choice}", style="dim"))
    for p in a.practice:
        day = p["date"] or f"made public {p.get('public')}"
        span = f" to {p['to']}" if p.get("to") else ""
        console.print(Text(f"  practice: {day}{span} {PRACTICE_WORDS.get(p['kind'], p['kind'])}: {p['statement']}", style="dim"))
    if a.conflict:
        console.print(Text("CONFLICT: international law obliges and domestic law bars", style="bold red reverse"))
    elif a.conflict_possible:
        console.print(Text("CONFLICT POSSIBLE: international law obliges and domestic law makes enforcement hang on a "
                           "condition", style="bold blue reverse"))
    for d in (a.international, a.domestic):
        console.print(_tree(d, w))
    console.print(Text(f"knowledge base {a.kb_version}" + (f", data checked {a.data_as_of.isoformat()}"
                                                           if a.data_as_of else ""), style="dim"))


def readings_in_words(chosen: dict[str, str]) -> list[tuple[str, str]]:
    """Each reading applied, as its question and the chosen answer in words."""
    out = []
    for rid, option in chosen.items():
        reading = next((r for r in inputs.READINGS if r.id == rid), None)
        described = next((o.description for o in reading.options if o.name == option), option) if reading else option
        out.append((reading.question if reading else rid, described))
    return out


def _tree(d: Decision, w: Wording) -> Group:
    root = Tree(Text(f"{LABEL[d.order]} — ", style="bold").append_text(outcome_text(d.outcome)))
    _add(root, d.explanation, w)
    parts: list = [root]
    if d.findings:
        found = Tree(Text("Findings (each applicable rule and its effect)", style="bold"))
        for f in d.findings:
            line = Text(f.effect, style=EFFECT_STYLE.get(f.effect, ""))
            line.append(f"  {f.provision.citation}", style="cyan")
            if f.provision.id == d.decided_by:
                line.append("  (decides)", style="bold")
            line.append(f"\n  {w.text(f.node.statement)}")
            if f.condition is not None:
                line.append(f"\n  condition: {f.condition.event} — if it occurs: {f.condition.if_met}", style="blue")
            found.add(line)
        parts.append(found)
    if d.changes_if:
        hints = Tree(Text("What would change this", style="bold"))
        for h in d.changes_if:
            hints.add(w.text(h))
        parts.append(hints)
    return Group(*parts)


def _add(parent: Tree, node: Node, w: Wording) -> None:
    label = Text(w.text(node.statement))
    if node.provision is not None:
        label.append(f"  [{node.provision.citation}]", style="cyan")
    branch = parent.add(label)
    for fact in node.facts:
        ft = Text("• " + w.text(fact.statement), style="dim")
        if fact.assumed:
            ft.append("  (assumed)", style="italic")
        for s in fact.sources[:3]:
            ft.append(f"\n    source: {s.title} <{s.url}>", style="dim blue")
        branch.add(ft)
    for child in node.children:
        _add(branch, child, w)


def _scenario(scenario: str | None) -> str:
    return f"  (what-if scenario: {scenario} — hypothetical)" if scenario else ""


def where(w: Wording, ruling: str, on: dt.date, answers: list[Outcome], console: Console,
          scenario: str | None = None) -> None:
    from rich.table import Table

    table = Table(title=f"{w.ruling(ruling)} on {w.date(on)}{_scenario(scenario)}")
    for col in ("state", "international", "domestic", "conflict"):
        table.add_column(col)
    counts: dict[str, int] = {}
    for a in sorted(answers, key=lambda a: (a.international, a.state)):
        counts[a.international] = counts.get(a.international, 0) + 1
        table.add_row(w.name(a.state) + (" *" if a.assumed else ""), outcome_text(a.international),
                      outcome_text(a.domestic),
                      "yes" if a.conflict else "possible" if a.conflict_possible else "")
    console.print(table)
    console.print(", ".join(f"{outcome_words(k)}: {v}" for k, v in sorted(counts.items())))
    if any(a.assumed for a in answers):
        console.print(Text("* rests on assumed facts", style="magenta"))


def when(w: Wording, state: str, ruling: str, intervals: list[Interval], console: Console,
         scenario: str | None = None) -> None:
    name = w.state(state)
    console.print(Text(f"{name[:1].upper() + name[1:]} · {w.ruling(ruling)}{_scenario(scenario)}", style="bold"))
    for iv in intervals:
        line = Text(f"{iv.start.isoformat()} → {iv.end.isoformat()}  international: ")
        line.append_text(outcome_text(iv.international))
        line.append("  domestic: ")
        line.append_text(outcome_text(iv.domestic))
        if iv.conflict:
            line.append("  CONFLICT", style="bold red")
        elif iv.conflict_possible:
            line.append("  CONFLICT POSSIBLE", style="bold blue")
        console.print(line)
        for fact in iv.changed_by:
            console.print(Text(f"    changed by: {'(assumed) ' if fact.assumed else ''}{w.text(fact.statement)}",
                               style="dim"))
