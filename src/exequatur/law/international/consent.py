"""Whether a state has consented to be bound by a treaty on a date, read from its sourced participation events.

For treaties whose own rules on time are encoded (the Rome Statute, the ECHR, UNCLOS, UN membership) their modules
derive the status; for any other treaty the status rests on a recorded entry into force for the state. A treaty the
knowledge base has no record of at all gets an answer too — ``None`` (cannot be told), naming the participation facts
that are missing — never an error: the treaty vocabulary is open.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.model import Participation
from exequatur.law.international.vclt import ART_34 as VCLT_34
from exequatur.law.reasoning import Context, Node, describe_event

LEFT = ("withdrawal-effective", "ceased", "expulsion")  # events after which a state is no longer bound


def status_from_events(events: tuple[Participation, ...], on: dt.date) -> tuple[bool | None, tuple[Participation, ...]]:
    """A state's relation to a treaty with no encoded rules on time, from its events up to ``on``: True from a
    recorded entry into force (or membership, admission), False again once it left (withdrawal took effect, ceased,
    expelled), None where it has only acted (signed, ratified) without a recorded entry into force; False where it
    never acted."""
    past = tuple(e for e in events if e.date <= on)
    value: bool | None = False
    for e in past:
        if e.event in ("entry-into-force", "membership", "admission"):
            value = True
        elif e.event in LEFT:
            value = False
        elif value is not True:
            value = None
    return value, past


def bound_by(ctx: Context, state: str, instrument: str) -> tuple[bool | None, Node]:
    """Whether ``state`` is bound by ``instrument`` on ``ctx.on``: True (in force for it), False (no sign of
    consent on the instrument's participant list, or it left), None (it has acted — signed, ratified domestically — but
    entry into force is not confirmed; or the instrument's participation is not recorded at all)."""
    ins = ctx.kb.instruments.get(instrument)
    if ins is None:
        missing = ctx.fact(f"instrument:{instrument}:unrecorded", f"The knowledge base has no record of the treaty "
                           f"'{instrument}': which states are parties to it, and from when, is not recorded", None, ())
        return None, Node(f"Whether {state} is bound by the treaty '{instrument}' cannot be told: its participation "
                          "facts (signatures, ratifications, entry into force for each state) are not recorded", None,
                          facts=(missing,))
    events = ctx.kb.events(state, instrument)
    changes = tuple(e.date for e in events)
    value, past = status_from_events(events, ctx.on)
    uses = tuple(ctx.event(e, describe_event(e), changes) for e in past)
    if value:
        return True, Node(f"The {ins.title} is in force for {state}", True, facts=uses)
    if value is None:
        return None, Node(f"{state} has acted on the {ins.title} but its entry into force for {state} is not confirmed",
                          None, facts=uses)
    if past:
        return False, Node(f"{state} is no longer bound by the {ins.title}", False, VCLT_34, uses)
    absent = ctx.fact(f"instrument:{instrument}:no-consent:{state}", f"{state} is not recorded as having signed or "
                      f"ratified the {ins.title} by {ctx.on.isoformat()} (its participant list)", False,
                      ctx.status_list(instrument), changes)
    return False, Node(f"{state} has not consented to the {ins.title}", False, VCLT_34, (absent,))
