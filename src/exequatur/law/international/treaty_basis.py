"""Bodies whose competence rests on a treaty this project has not encoded in detail (the Ukraine–Council of Europe
agreement on the Special Tribunal for the Crime of Aggression; hypothetical treaty-based courts).

What can be said without encoding the treaty's own cooperation clauses: a treaty creates no obligation for a
state that has not consented to it (VCLT art. 34), so a non-party is ``not_obliged``; for a party the answer is
``unknown`` until the treaty's cooperation provisions are encoded — never a guessed ``obliged``.
"""

from __future__ import annotations

from exequatur.facts.model import Body, Ruling
from exequatur.law.international.ruling_effect import not_in_effect
from exequatur.law.international.vclt import ART_34 as VCLT_34
from exequatur.law.reasoning import NOT_OBLIGED, UNKNOWN, Context, Finding, Node, Rulebook

ENCODED_ELSEWHERE = {"rome-statute", "echr", "un-charter"}

def applies_to(body: Body) -> bool:
    return body.kind == "international" and any(i not in ENCODED_ELSEWHERE for i in body.basis.instruments)


def decide(ctx: Context, ruling: Ruling, state: str) -> Finding:
    spent = not_in_effect(ctx, ruling)
    if spent:
        return spent
    body = ctx.kb.bodies[ruling.body]
    nodes, unknown = [], False
    for ins_id in body.basis.instruments:
        if ins_id in ENCODED_ELSEWHERE:
            continue
        ins = ctx.kb.instruments[ins_id]
        status, node = bound_by(ctx, state, ins_id)
        nodes.append(node)
        if status is not False:
            unknown = True
    if unknown:
        return Finding(UNKNOWN, Node(f"Whether {state} must give effect to rulings of the {body.name} depends on the "
                                     "cooperation provisions of its constituent treaty, which are not encoded, or on "
                                     "its participation, which is not confirmed", None, children=tuple(nodes)),
                       ("encode the cooperation provisions of the constituent treaty",))
    return Finding(NOT_OBLIGED, Node(f"{state} is not party to the treaty on which the {body.name} rests ({ins.title})",
                                     NOT_OBLIGED, VCLT_34, children=tuple(nodes)))


RULEBOOK = Rulebook(events=(("*", ("signature", "domestic-ratification", "deposit", "entry-into-force")),))


def bound_by(ctx: Context, state: str, instrument: str) -> tuple[bool | None, Node]:
    """Whether ``state`` is bound by ``instrument`` on ``ctx.on``: True (in force for it), False (no sign of
    consent), None (it has acted — signed, ratified domestically — but entry into force is not confirmed)."""
    ins = ctx.kb.instruments[instrument]
    events = ctx.kb.events(state, instrument)
    changes = tuple(e.date for e in events)
    uses = tuple(ctx.event(e, f"{state}: {e.event} of the {ins.title} on {e.date.isoformat()}", changes)
                 for e in events if e.date <= ctx.on)
    in_force = [e for e in events if e.event == "entry-into-force" and e.date <= ctx.on]
    if in_force:
        return True, Node(f"The {ins.title} is in force for {state}", True, facts=uses)
    if uses:
        return None, Node(f"{state} has acted on the {ins.title} but its entry into force is not confirmed", None,
                          facts=uses)
    absent = ctx.fact(f"instrument:{instrument}:no-consent:{state}", f"{state} has not signed or ratified the "
                      f"{ins.title}", False, ctx.status_list(instrument), changes)
    return False, Node(f"{state} has not consented to the {ins.title}", False, VCLT_34, (absent,))
