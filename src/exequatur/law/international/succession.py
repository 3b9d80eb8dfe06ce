"""Bodies live and die: a ruling's effect after its court closed follows the court's successor, or ends.

A court exists from its establishment until it closes (``Body.closed`` is its last day); its judicial functions may end
earlier, a period of non-judicial residual functions following (``Body.judicial_end``: the Special Tribunal for
Lebanon, from 1 March 2023). After its judicial functions ended there is no court left to surrender a person to or to
report compliance to — unless another body took over its functions (``Body.handover``: the IRMCT took over the ICTR's
functions from 1 July 2012 and the ICTY's from 1 July 2013, Security Council resolution 1966 (2010)). From that day the
duty to cooperate is owed to the successor, under the successor's own legal basis, and the explanation says so. Where
no body took over (the Special Tribunal for Lebanon, closed on 31 December 2023), no duty to give effect to the ruling
remains.

The closing date and the handover are sourced facts of the body's record; the rule is the same for every body.
"""

from __future__ import annotations

from collections.abc import Callable

from exequatur.facts.model import Body, Ruling, replace
from exequatur.facts.temporal import ONE_DAY
from exequatur.law.reasoning import NOT_OBLIGED, OBLIGED, Context, FactUse, Finding, Node


def decide(ctx: Context, ruling: Ruling, state: str, by_body: Callable[[Ruling, Body], Finding]) -> Finding:
    """The state's duty as to ``ruling`` on ``ctx.on``, given ``by_body(ruling, body)`` — the duty towards a body that
    exists. From the day another body took over the court's functions, the duty is owed to that body (recursively: a
    successor may itself close); after the court's judicial functions ended with no successor, the answer is
    ``not_obliged``; otherwise it is the duty towards the court itself."""
    body = ctx.kb.bodies[ruling.body]
    end = body.last_judicial_day
    if end is None and body.handover is None:
        return by_body(ruling, body)
    closed = _closed_fact(ctx, body) if end is not None else None
    handover = body.handover
    took = None
    if handover is not None:
        successor = ctx.kb.bodies[handover.to]
        took = ctx.fact(f"body:{body.id}:handover", f"The {successor.name} took over the functions of the {body.name} "
                        f"from {handover.start.isoformat()} ({handover.provision}: {handover.text})", handover.start,
                        ctx.kb.source_records(handover.sources), (handover.start,), handover.assumed)
        if ctx.on >= handover.start:
            finding = decide(ctx, replace(ruling, body=successor.id), state, by_body)
            gone = f" (the {body.name} closed on {body.closed.isoformat()})" if body.closed and ctx.on > body.closed \
                else ""
            duty = (f"{state}'s duty as to {ruling.id} is owed to the {successor.name}" if finding.outcome == OBLIGED
                    else f"any duty of {state} as to {ruling.id} would be owed to the {successor.name}")
            return Finding(finding.outcome, Node(f"The {successor.name} took over the functions of the {body.name} from "
                                                 f"{handover.start.isoformat()}{gone}: {duty}", finding.outcome,
                                                 facts=(took, *((closed,) if gone and closed else ())),
                                                 children=(finding.node,)), finding.hints)
    if end is None or ctx.on <= end:
        return by_body(ruling, body)
    assert closed is not None and body.closed is not None
    if body.judicial_end is not None and body.judicial_end < body.closed:
        what = (f"The judicial functions of the {body.name} ended on {body.judicial_end.isoformat()} (it kept only "
                f"non-judicial residual functions until it closed on {body.closed.isoformat()})")
    else:
        what = f"The {body.name} closed on {body.closed.isoformat()}"
    return Finding(NOT_OBLIGED, Node(f"{what} and no body took over its judicial functions: there is no court left to "
                                     f"which {state} could give effect to {ruling.id}", NOT_OBLIGED, facts=(closed,)))


def _closed_fact(ctx: Context, body: Body) -> FactUse:
    end = body.last_judicial_day
    assert end is not None
    sources = ctx.kb.source_records(body.closed_sources)
    if body.judicial_end is not None and body.closed is not None and body.judicial_end < body.closed:
        statement = (f"The {body.name} exercised judicial functions until {body.judicial_end.isoformat()} and closed on "
                     f"{body.closed.isoformat()}")
    else:
        statement = f"The {body.name} closed on {end.isoformat()} (its last day)"
    return ctx.fact(f"body:{body.id}:closed", statement, end, sources, (end + ONE_DAY,),
                    body.assumed or body.hypothetical)
