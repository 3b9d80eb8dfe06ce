"""The person a ruling concerns, as national rules read it: nationality and offices held, each a sourced fact.

A rule that needs a fact the person's record lacks gets ``None`` (it cannot be told) and a fact naming what is
missing, so that the answer is ``unknown`` and says which fact would settle it.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.model import Office, Person, Ruling
from exequatur.law.international.offices import holds, immune_offices, office_fact
from exequatur.law.reasoning import Context, FactUse


def subject(ctx: Context, ruling: Ruling) -> Person | None:
    """The person record the ruling concerns, or None if it names none in the knowledge base."""
    return ctx.kb.persons.get(ruling.subject or "")


def subject_name(ctx: Context, ruling: Ruling) -> str:
    """The name of the person the ruling concerns, as a reader should see it (never an id)."""
    person = subject(ctx, ruling)
    return person.name if person else ruling.subject_name or ruling.subject or "the person sought"


_KIND = {"arrest-warrant": "arrest warrant", "judgment": "judgment", "decision": "decision", "order": "order",
         "summons": "summons"}


def ruling_words(ctx: Context, ruling: Ruling) -> str:
    """The ruling in words: 'the arrest warrant of the International Criminal Court for Vladimir Putin (2023-03-17)'."""
    body = ctx.kb.bodies.get(ruling.body)
    court = f" of the {body.name}" if body else ""
    person = subject(ctx, ruling)
    who = person.name if person else ruling.subject_name
    link = " for " if ruling.kind == "arrest-warrant" else " in "
    return f"the {_KIND[ruling.kind]}{court}{link + who if who else ''} ({ruling.issued.isoformat()})"


def is_national(ctx: Context, ruling: Ruling, state: str) -> tuple[bool | None, FactUse]:
    """Whether the person the ruling concerns is a national of ``state``: True or False from the person's recorded
    nationality, None where the ruling names no person in the knowledge base or the record gives no nationality."""
    person = subject(ctx, ruling)
    if person is None:
        return None, ctx.fact(f"ruling:{ruling.id}:subject-nationality", f"The nationality of {subject_name(ctx, ruling)} "
                              "is not recorded: the ruling names no person in the knowledge base", None, ())
    if not person.nationality:
        return None, ctx.fact(f"person:{person.id}:nationality", f"The nationality of {person.name} is not recorded",
                              None, ctx.kb.source_records(person.sources))
    value = state in person.nationality
    return value, ctx.fact(f"person:{person.id}:nationality", f"{person.name} is a national of "
                           f"{', '.join(person.nationality)}", value, ctx.kb.source_records(person.sources))


def offices_of(ctx: Context, ruling: Ruling, state: str, kinds: tuple[str, ...] | None = None
               ) -> tuple[list[tuple[Office, bool | None]], Person | None]:
    """The offices of ``state`` (of the ``kinds`` given by ``head_of``, or any) that the person the ruling concerns
    holds (True) or may hold (None) on ``ctx.on`` — held first — and the person record."""
    person = subject(ctx, ruling)
    if person is None:
        return [], None
    found = [(o, holds(o, ctx.on)) for o in person.offices
             if o.state == state and (kinds is None or o.head_of in kinds)]
    found = [(o, h) for o, h in found if h is not False]
    found.sort(key=lambda oh: oh[1] is None)
    return found, person


def held_offices(ctx: Context, ruling: Ruling, state: str) -> tuple[list[Office], Person | None]:
    """Offices of ``state`` the person the ruling concerns holds now or has held before ``ctx.on`` (those held first,
    then the latest): who counts as an official for rules that protect officials for what they did in office."""
    person = subject(ctx, ruling)
    if person is None:
        return [], None
    found = [o for o in person.offices if o.state == state and (o.start is None or o.start <= ctx.on)]
    found.sort(key=lambda o: (holds(o, ctx.on) is False, -(o.start or dt.date.min).toordinal()))
    return found, person


def immune_office(ctx: Context, ruling: Ruling, not_of: str) -> tuple[Office, bool | None, Person] | None:
    """The office carrying personal immunity (head of state, head of government, minister for foreign affairs) of a
    state other than ``not_of`` that the person the ruling concerns holds (True) or may hold (None) on ``ctx.on`` —
    the connection through which state immunity attaches to them — or None if none is recorded."""
    person = subject(ctx, ruling)
    if person is None:
        return None
    for office, held in immune_offices(person, ctx.on, not_of):
        return office, held, person
    return None


def office_record(ctx: Context, person: Person, office: Office) -> FactUse:
    """The office as a consulted fact, whether the person holds it on ``ctx.on`` or held it before."""
    held = holds(office, ctx.on)
    if held is False and office.end is not None:
        since = f" from {office.start.isoformat()}" if office.start else ""
        return ctx.fact(f"person:{person.id}:office:{office.state}:{office.start or ''}:{office.office}",
                        f"{person.name} held office as {office.office} ({office.state}){since} until "
                        f"{office.end.isoformat()}", False, ctx.kb.source_records(office.sources),
                        tuple(d for d in (office.start, office.end) if d))
    return office_fact(ctx, person, office, held)


__all__ = ["held_offices", "immune_office", "is_national", "office_fact", "office_record", "offices_of", "ruling_words",
           "subject", "subject_name"]
