"""The record of practice: what states did about a ruling (visits, arrests, surrenders, refusals, the Court's findings of
non-compliance), read from ``data/practice.yaml`` and, for surrenders, from the ruling's ``executed`` status — one fact
in one place."""

from __future__ import annotations

import datetime as dt
from typing import Any

from exequatur.engine.decision import ENGINE_VERSION, SCHEMA, source_dict
from exequatur.engine.wording import Wording, wording
from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import Ruling


def practice_dicts(answer_state: str | None, ruling: Ruling, wording: Wording) -> list[dict[str, Any]]:
    """The record of practice for a ruling (and a state, if given), in date order: the practice records and the
    surrender the ruling's ``executed`` status records. Each ``{"state", "date", "to", "kind", "statement",
    "sources", "referred"?, "public"?}``; dates ISO 8601. Fresh dicts: the caller may add to them."""
    kb = wording.kb
    if kb.rulings.get(ruling.id) is ruling and wording.language == "en":  # the whole ruling's record, kept
        every = kb.memo(("practice", ruling.id), lambda: _dicts(ruling, wording))
    else:
        every = _dicts(ruling, wording)
    return [dict(p) for p in every if answer_state is None or p["state"] == answer_state]


def _dicts(ruling: Ruling, wording: Wording) -> list[dict[str, Any]]:
    """Every state's record of practice for the ruling, in date order."""
    kb = wording.kb
    out: list[dict[str, Any]] = []
    for p in kb.practice:
        if ruling.id in p.rulings:
            item: dict[str, Any] = {"state": p.state, "date": _iso(p.date), "to": _iso(p.to), "kind": p.kind,
                                    "statement": p.statement,
                                    "sources": [source_dict(s) for s in kb.source_records(p.sources)]}
            if p.referred:
                item["referred"] = p.referred
            if p.public:
                item["public"] = p.public.isoformat()
            out.append(item)
    for st in ruling.status:
        if st.status == "executed" and st.state:
            court = kb.bodies[ruling.body].name if ruling.body in kb.bodies else "the court"
            statement = wording.gettext("{person} was surrendered to the {court} by {state} on {date}.").format(
                person=wording.person(ruling.subject, "The person"), court=court, state=wording.state(st.state),
                date=wording.date(st.date))
            out.append({"state": st.state, "date": st.date.isoformat(), "to": None, "kind": "surrender",
                        "statement": statement, "sources": [source_dict(s) for s in kb.source_records(st.sources)]})
    return sorted(out, key=lambda p: (p["date"] or p.get("public") or "", p["state"]))


def record(kb: KnowledgeBase, ruling: Ruling, state: str | None = None) -> dict[str, Any]:
    """``exequatur practice --json`` and ``/api/practice``: ``{schema, engine_version, kb_version, ruling, ruling_name,
    state, practice: [{state, state_name, date, to, kind, statement, sources, referred?, public?}]}``; dates ISO 8601,
    events in date order, for every state when ``state`` is None."""
    names = wording(kb, ruling=ruling)
    events = practice_dicts(state, ruling, names)
    for event in events:
        event["state_name"] = names.state(event["state"])
    return {"schema": SCHEMA, "engine_version": ENGINE_VERSION, "kb_version": kb.version, "ruling": ruling.id,
            "ruling_name": names.ruling(ruling.id), "state": state, "practice": events}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
