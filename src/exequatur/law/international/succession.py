"""Bodies live and die: a ruling's effect after its court closed follows the court's successor, or ends.

A court exists from its establishment until the last day before it closed (``Body.closed`` is that last day). After
it closed there is no court left to surrender a person to or to report compliance to — unless another body took over
its functions (``Body.handover``: the IRMCT took over the ICTR's functions from 1 July 2012 and the ICTY's from
1 July 2013, Security Council resolution 1966 (2010)). Then the duty to cooperate is owed to the successor, under the
successor's own legal basis, and the explanation says so. Where no body took over (the Special Tribunal for Lebanon,
closed on 31 December 2023), no duty to give effect to the ruling remains.

The closing date and the handover are sourced facts of the body's record; the rule is the same for every body.
"""

from __future__ import annotations

from collections.abc import Callable

from exequatur.facts.model import Body, Ruling
from exequatur.facts.temporal import ONE_DAY
from exequatur.law.reasoning import NOT_OBLIGED, Context, FactUse, Finding, Node


def decide(ctx: Context, ruling: Ruling, state: str, by_body: Callable[[Ruling, Body], Finding]) -> Finding:
    """The state's duty as to ``ruling`` on ``ctx.on``, given ``by_body(ruling, body)`` — the duty towards a body that
    exists. While the ruling's court exists, that is the answer; after it closed, the answer follows its handover
    (recursively: a successor may itself close) or is ``not_obliged``."""
    body = ctx.kb.bodies[ruling.body]
    if body.closed is None:
        return by_body(ruling, body)
    closed = _closed_fact(ctx, body)
    if ctx.on <= body.closed:
        return by_body(ruling, body)
    handover = body.handover
    if handover is None:
        return Finding(NOT_OBLIGED, Node(f"The {body.name} closed on {body.closed.isoformat()} and no body took over its "
                                         f"functions: there is no court left to which {state} could give effect to "
                                         f"{ruling.id}", NOT_OBLIGED, facts=(closed,)))
    successor = ctx.kb.bodies[handover.to]
    took = ctx.fact(f"body:{body.id}:handover", f"The {successor.name} took over the functions of the {body.name} from "
                    f"{handover.start.isoformat()} ({handover.provision}: {handover.text})", handover.start,
                    ctx.kb.source_records(handover.sources), (handover.start,), handover.assumed)
    inherited = ruling.model_copy(update={"body": successor.id})
    finding = decide(ctx, inherited, state, by_body)
    return Finding(finding.outcome, Node(f"The {body.name} closed on {body.closed.isoformat()}; the {successor.name} "
                                         f"continues its functions: {state}'s duty as to {ruling.id} is owed to the "
                                         f"{successor.name}", finding.outcome, facts=(closed, took),
                                         children=(finding.node,)), finding.hints)


def _closed_fact(ctx: Context, body: Body) -> FactUse:
    assert body.closed is not None
    sources = ctx.kb.source_records(body.closed_sources)
    return ctx.fact(f"body:{body.id}:closed", f"The {body.name} closed on {body.closed.isoformat()} (its last day)",
                    body.closed, sources, (body.closed + ONE_DAY,), body.assumed or body.hypothetical)
