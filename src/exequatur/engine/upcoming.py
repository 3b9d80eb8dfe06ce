"""What is about to change: the dates, ahead of a given day, on which the knowledge base's own events schedule a
change — accessions and ratifications entering into force (Rome Statute art. 126(2); UNCLOS art. 308(2)),
withdrawals taking effect (Rome Statute art. 127(1)), art. 12(3) declarations ending, national laws entering into force.

Every change names the event that schedules it and that event's sources. A withdrawal revoked before it took effect
is listed on its would-be date as ``withdrawal-revoked``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import Participation
from exequatur.law.international import rome_statute, unclos
from exequatur.law.reasoning import describe_event


def upcoming(kb: KnowledgeBase, start: dt.date, days: int) -> list[dict[str, Any]]:
    """Scheduled changes from ``start`` to ``start + days`` (inclusive), in date order: ``[{"state", "state_name",
    "instrument", "instrument_title", "date", "change", "because", "sources": [{"url", "title"}]}]``; ``because`` is
    written in names (states, instruments), the ids are in ``state`` and ``instrument``."""
    from exequatur.engine.wording import wording

    names = wording(kb)
    end = start + dt.timedelta(days=days)
    found: dict[tuple[str, str, str, str], dict[str, Any]] = {}

    def add(state: str, instrument: str, date: dt.date, change: str, because: str, sources: tuple[str, ...]) -> None:
        if start <= date <= end:
            found.setdefault((state, instrument, date.isoformat(), change), {
                "state": state, "state_name": names.name(state), "instrument": instrument,
                "instrument_title": kb.instruments[instrument].title if instrument in kb.instruments else
                kb.national_laws[instrument].title_en if instrument in kb.national_laws else instrument,
                "date": date.isoformat(), "change": change, "because": names.text(because),
                "sources": [{"url": s.url, "title": s.title} for s in kb.source_records(sources)]})

    for ev in kb.participation:
        _from_event(kb, ev, add)
    for law in kb.national_laws.values():
        if law.in_force:
            add(law.state, law.id, law.in_force, "law-enters-into-force",
                f"{law.title_en} enters into force on {law.in_force.isoformat()}", law.in_force_sources or law.sources)
    return sorted(found.values(), key=lambda c: (c["date"], c["state"], c["instrument"]))


def _from_event(kb: KnowledgeBase, ev: Participation, add: Any) -> None:
    said = describe_event(ev)
    events = kb.events(ev.state, ev.instrument)
    if ev.instrument == rome_statute.INSTRUMENT:
        if ev.event in ("deposit", "succession"):
            date, provision = rome_statute.entry_into_force_for(ev.date)
            add(ev.state, ev.instrument, date, "entry-into-force", f"{said}; {provision.citation}", ev.sources)
        elif ev.event == "withdrawal-notified":
            stated = next((e.date for e in events if e.event == "withdrawal-effective" and e.date > ev.date), None)
            date = rome_statute.withdrawal_effective(ev.date, stated)
            revoked = next((e for e in events if e.event == "withdrawal-revoked" and ev.date <= e.date < date), None)
            if revoked is not None:
                add(ev.state, ev.instrument, date, "withdrawal-revoked",
                    f"{said}; {describe_event(revoked)}", (*ev.sources, *revoked.sources))
            else:
                add(ev.state, ev.instrument, date, "withdrawal-takes-effect",
                    f"{said}; Rome Statute, art. 127(1)", ev.sources)
        elif ev.event == "declaration-12-3" and ev.covers_to:
            add(ev.state, ev.instrument, ev.covers_to, "declaration-ends", said, ev.sources)
    elif ev.instrument == unclos.INSTRUMENT and ev.event in ("deposit", "succession"):
        add(ev.state, ev.instrument, unclos.entry_into_force_for(ev.date), "entry-into-force",
            f"{said}; United Nations Convention on the Law of the Sea, art. 308(2)", ev.sources)
    elif ev.event in ("entry-into-force", "withdrawal-effective", "ceased") and ev.assumed is False:
        change = {"entry-into-force": "entry-into-force", "withdrawal-effective": "withdrawal-takes-effect",
                  "ceased": "ceases-to-be-party"}[ev.event]
        add(ev.state, ev.instrument, ev.date, change, said, ev.sources)
