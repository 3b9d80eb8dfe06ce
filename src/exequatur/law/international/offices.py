"""Offices of persons: which office a person holds on a date, and whether it carries personal immunity.

Personal immunity under customary international law attaches to three offices — head of state, head of government and
minister for foreign affairs (ICJ, *Arrest Warrant*, 14 February 2002, para. 51) — and only while the person holds
them. Offices are sourced facts of the person's record (``persons.yaml``); this module reads them the same way for
every rule that argues from them (Rome Statute art. 98(1); immunity before foreign national courts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from exequatur.facts.model import Office, Person
from exequatur.facts.temporal import ONE_DAY
from exequatur.law.reasoning import Context, FactUse

TROIKA = {"state": "head of state", "government": "head of government",
          "foreign-affairs": "minister for foreign affairs"}


def holds(office: Office, on: dt.date) -> bool | None:
    """Whether the office is held on ``on``: ``start`` inclusive, ``end`` exclusive (the successor's first day); an
    unrecorded start means since before any date asked about. None where the office has no recorded end but was last
    shown held on ``confirmed_to``, before ``on``."""
    if office.start is not None and on < office.start:
        return False
    if office.end is not None:
        return on < office.end
    if office.confirmed_to is not None and on > office.confirmed_to:
        return None
    return True


def immune_offices(person: Person, on: dt.date, not_of: str) -> Iterator[tuple[Office, bool | None]]:
    """The offices carrying personal immunity that ``person`` holds (True) or may hold (None) on ``on``, of any state
    but ``not_of`` (a state may always act against its own office-holders): those held first."""
    found = [(office, holds(office, on)) for office in person.offices
             if office.head_of in TROIKA and office.state != not_of]
    yield from ((o, h) for o, h in found if h is True)
    yield from ((o, h) for o, h in found if h is None)


def office_fact(ctx: Context, person: Person, office: Office, held: bool | None = True) -> FactUse:
    """Record the office as a consulted fact, with its sources and the dates it starts, ends or stops being known."""
    kind = TROIKA.get(office.head_of, "office")
    changes = tuple(d for d in (office.start, office.end,
                                office.confirmed_to + ONE_DAY if office.confirmed_to else None) if d)
    since = f", since {office.start.isoformat()}" if office.start else ""
    if held is None:
        statement = (f"{person.name} held office as {office.office}, {kind} of {office.state}{since}; whether after "
                     f"{office.confirmed_to.isoformat() if office.confirmed_to else '?'} is not recorded")
    else:
        statement = f"{person.name} holds office as {office.office}, {kind} of {office.state}{since}"
    return ctx.fact(f"person:{person.id}:office:{office.state}:{office.start or ''}:{office.office}", statement, held,
                    ctx.kb.source_records(office.sources), changes)
