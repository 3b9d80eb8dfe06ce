"""Whether a state has consented to be bound by a treaty on a date, read from its sourced participation events.

For treaties whose own rules on time are encoded (the Rome Statute, the ECHR, UNCLOS, UN membership) their modules
derive the status; for any other treaty the status rests on a recorded entry into force for the state. A treaty the
knowledge base has no record of at all gets an answer too — ``None`` (cannot be told), naming the participation facts
that are missing — never an error: the treaty vocabulary is open.
"""

from __future__ import annotations

from exequatur.law.international.vclt import ART_34 as VCLT_34
from exequatur.law.reasoning import Context, Node


def bound_by(ctx: Context, state: str, instrument: str) -> tuple[bool | None, Node]:
    """Whether ``state`` is bound by ``instrument`` on ``ctx.on``: True (in force for it), False (no sign of
    consent on the instrument's participant list), None (it has acted — signed, ratified domestically — but entry into
    force is not confirmed; or the instrument's participation is not recorded at all)."""
    ins = ctx.kb.instruments.get(instrument)
    if ins is None:
        missing = ctx.fact(f"instrument:{instrument}:unrecorded", f"The knowledge base has no record of the treaty "
                           f"'{instrument}': which states are parties to it, and from when, is not recorded", None, ())
        return None, Node(f"Whether {state} is bound by the treaty '{instrument}' cannot be told: its participation "
                          "facts (signatures, ratifications, entry into force for each state) are not recorded", None,
                          facts=(missing,))
    events = ctx.kb.events(state, instrument)
    changes = tuple(e.date for e in events)
    uses = tuple(ctx.event(e, f"{state}: {e.event} of the {ins.title} on {e.date.isoformat()}"
                           + (f" ({e.note})" if e.note else ""), changes)
                 for e in events if e.date <= ctx.on)
    in_force = [e for e in events if e.event == "entry-into-force" and e.date <= ctx.on]
    if in_force:
        return True, Node(f"The {ins.title} is in force for {state}", True, facts=uses)
    if uses:
        return None, Node(f"{state} has acted on the {ins.title} but its entry into force for {state} is not confirmed",
                          None, facts=uses)
    absent = ctx.fact(f"instrument:{instrument}:no-consent:{state}", f"{state} is not recorded as having signed or "
                      f"ratified the {ins.title} by {ctx.on.isoformat()} (its participant list)", False,
                      ctx.status_list(instrument), changes)
    return False, Node(f"{state} has not consented to the {ins.title}", False, VCLT_34, (absent,))
