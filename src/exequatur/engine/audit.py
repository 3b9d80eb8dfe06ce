"""The knowledge base's sources, audited: how many of each class, which facts rest only on tertiary ones, what is
unused, which tertiary sources carry most — and the class of each provision's text.

A *record* here is each list of sources attached to a fact: every ``sources``-style field of every record, nested
ones included (an office of a person, a status event of a ruling, a national law's ``in_force_sources``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from exequatur.engine.inputs import PROVISIONS
from exequatur.facts.authority import CLASSES, listed_class, source_class
from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import Record, fields

TABLES = ("states", "instruments", "participation", "resolutions", "bodies", "situations", "persons", "rulings",
          "national_laws", "national_decisions", "practice")


def source_lists(kb: KnowledgeBase) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(table, label of the fact, its source ids) for every list of sources in the knowledge base."""
    for table in TABLES:
        records = getattr(kb, table)
        items = records.items() if isinstance(records, dict) or hasattr(records, "items") else \
            ((_label(r), r) for r in records)
        for label, record in items:
            yield from _walk(table, str(label), record)


def _label(record: Record) -> str:
    """A participation event or a practice record, which have no id: state/instrument/event/date, state/kind/date."""
    if hasattr(record, "instrument"):
        return f"{record.state}/{record.instrument}/{record.event}/{record.date}"  # type: ignore[attr-defined]
    return f"{record.state}/{record.kind}/{record.day}"  # type: ignore[attr-defined]


def _walk(table: str, label: str, record: Record) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    for name, value in fields(record).items():
        if name.endswith("sources") and isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
            yield table, label if name == "sources" else f"{label} ({name})", value
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, Record):
                yield from _walk(table, f"{label} / {_name(item)}", item)


def _name(item: Record) -> str:
    for key in ("office", "status", "id", "event"):
        value = getattr(item, key, None)
        if isinstance(value, str):
            return value
    return type(item).__name__


def audit(kb: KnowledgeBase) -> dict[str, Any]:
    """The audit as data: ``{"sources": {class: n}, "records": n, "records_tertiary_only": n, "share_tertiary_only",
    "tertiary_only": {table: [labels]}, "most_cited_tertiary": [{"id", "url", "cited"}], "unused_sources": [ids],
    "unlisted_domains": [domains], "provisions": {class: n}}``."""
    classes = {sid: source_class(s) for sid, s in kb.sources.items()}
    cited: Counter[str] = Counter()
    records = 0
    tertiary_only: dict[str, list[str]] = {}
    for table, label, ids in source_lists(kb):
        records += 1
        cited.update(ids)
        if all(classes.get(i) == "tertiary" for i in ids):
            tertiary_only.setdefault(table, []).append(label)
    n_tertiary = sum(len(v) for v in tertiary_only.values())
    counts = Counter(classes.values())
    unlisted = sorted({s.url.split("/")[2].removeprefix("www.") for s in kb.sources.values()
                       if listed_class(s.url) is None})
    provisions = Counter(source_class(p.source) for p in PROVISIONS)
    return {
        "sources": {c: counts.get(c, 0) for c in (*CLASSES, "denied")},
        "records": records,
        "records_tertiary_only": n_tertiary,
        "share_tertiary_only": round(n_tertiary / records, 3) if records else 0.0,
        "tertiary_only": tertiary_only,
        "most_cited_tertiary": [{"id": sid, "url": kb.sources[sid].url, "cited": n} for sid, n in cited.most_common()
                                if classes.get(sid) == "tertiary"][:15],
        "unused_sources": sorted(sid for sid in kb.sources if sid not in cited and sid != "hypothetical"),
        "unlisted_domains": unlisted,
        "provisions": {c: provisions.get(c, 0) for c in (*CLASSES, "denied")},
    }
