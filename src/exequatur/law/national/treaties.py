"""Whether a body's competence rests on a treaty in force for a state, as national rules ask it ("an international
treaty of the Russian Federation"; "an international court established by an act binding on Germany").

Reads the body's recorded legal basis (``bodies.yaml``: the instruments and resolutions it rests on) and each
instrument's own rules on time (``law.international.in_force``).
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.model import Body
from exequatur.law.international.in_force import in_force_for
from exequatur.law.reasoning import Context, FactUse, Node, Provision, describe_event


def treaty_in_force(ctx: Context, state: str, instrument_id: str, when: dt.date, provision: Provision | None = None,
                    dependent: bool = True) -> tuple[bool | None, Node]:
    """Whether the treaty ``instrument_id`` is in force for ``state`` on ``when``, with the node saying so and the
    events it rests on. ``dependent``: whether the answer's change dates are change points of the timeline asked."""
    value, basis, changes = in_force_for(ctx.kb, state, instrument_id, when)
    instrument = ctx.kb.instruments.get(instrument_id)
    title = instrument.title if instrument else f"treaty '{instrument_id}'"
    moves = changes if dependent else ()
    uses: list[FactUse] = [ctx.event(ev, describe_event(ev), moves) for ev in basis]
    if instrument is None:
        uses.append(ctx.fact(f"instrument:{instrument_id}:unrecorded", f"The knowledge base has no record of the "
                             f"{title}: whether {state} is a party to it is not recorded", None, ()))
    elif not basis:
        uses.append(ctx.fact(f"instrument:{instrument_id}:{state.lower()}-absent", f"{state} is not recorded as a "
                             f"party to the {title} (depositary status list)", False, ctx.status_list(instrument_id),
                             moves))
    word = {True: "is", False: "is not", None: "may or may not be"}[value]
    return value, Node(f"The {title} {word} in force for {state} on {when.isoformat()}", value, provision,
                       tuple(uses))


def rests_on_treaty_of(ctx: Context, state: str, body: Body, provision: Provision | None = None
                       ) -> tuple[bool | None, tuple[Node, ...]]:
    """Whether the body's competence rests on a treaty in force for ``state`` on ``ctx.on``: True if any of its basis
    instruments is, False if none is (or it has none recorded), None if one may be. National courts rest on none."""
    if body.kind == "national" or not body.basis.instruments:
        return False, ()
    result: bool | None = False
    nodes = []
    for ins in body.basis.instruments:
        value, node = treaty_in_force(ctx, state, ins, ctx.on, provision)
        nodes.append(node)
        if value:
            result = True
        elif value is None and result is False:
            result = None
    return result, tuple(nodes)
