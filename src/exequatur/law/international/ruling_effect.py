"""Whether a ruling is there to be given effect on the date asked: issued, not yet executed or withdrawn.

Common to every international regime: before a warrant is issued there is nothing to execute, and once the
person is surrendered or the warrant withdrawn the duty to arrest is spent. Each of these is a sourced fact
about the ruling (or an assumed one, for a hypothetical ruling) and a change point for timelines.
"""

from __future__ import annotations

from exequatur.facts.model import Ruling
from exequatur.law.reasoning import NOT_OBLIGED, UNKNOWN, Context, FactUse, Finding, Node, Provision


def ruling_fact(ctx: Context, ruling: Ruling, key: str, statement: str, value: object, sources: tuple[str, ...],
                changes: tuple = ()) -> FactUse:
    """Record a fact read from the ruling record (assumed, with no sources, for a hypothetical ruling)."""
    return ctx.fact(f"ruling:{ruling.id}:{key}", statement, value,
                    () if ruling.hypothetical else ctx.kb.source_records(sources), changes,
                    assumed=ruling.hypothetical)


def not_in_effect(ctx: Context, ruling: Ruling) -> Finding | None:
    """A finding of ``not_obliged`` when the ruling is not (yet, or any longer) in effect on ``ctx.on``."""
    changes = (ruling.issued, *(ev.date for ev in ruling.status))
    if ctx.on < ruling.issued:
        fact = ruling_fact(ctx, ruling, "issued", f"{ruling.id} was issued on {ruling.issued.isoformat()}",
                           ruling.issued, ruling.sources, changes)
        return Finding(NOT_OBLIGED, Node(f"{ruling.id} had not been issued on {ctx.on.isoformat()}: there was "
                                         "nothing to give effect to", False, facts=(fact,)),
                       (f"from {ruling.issued.isoformat()}, when the ruling was issued, the answer may differ",))
    for ev in reversed(ruling.status):
        if ev.date <= ctx.on:
            fact = ruling_fact(ctx, ruling, ev.status, f"{ruling.id} was {ev.status} on {ev.date.isoformat()}",
                               ev.date, ev.sources, changes)
            what = "the person was surrendered to the Court" if ev.status == "executed" else "it was withdrawn"
            return Finding(NOT_OBLIGED, Node(f"{ruling.id} is spent: {what} on {ev.date.isoformat()}", False,
                                             facts=(fact,)))
    ruling_fact(ctx, ruling, "in-effect", f"{ruling.id} issued {ruling.issued.isoformat()} and in effect",
                True, ruling.sources, changes)
    return None


def case_parties(ctx: Context, ruling: Ruling, provision: Provision, case: str = "case"
                 ) -> tuple[tuple[str, ...], FactUse] | Finding:
    """The parties to the case (respondent, applicant) as a consulted fact — or an ``unknown`` finding, citing
    ``provision``, where none is recorded. For courts whose rulings bind the parties to the case only."""
    parties = tuple(dict.fromkeys(s for s in (ruling.respondent, ruling.applicant) if s))
    if not parties:
        return Finding(UNKNOWN, Node(f"The parties to the {case} are not recorded (give 'respondent' and 'applicant')",
                                     None, provision), (f"give the parties to the {case}",))
    return parties, ruling_fact(ctx, ruling, "parties", f"The parties to the {case} in {ruling.id}: "
                                f"{', '.join(parties)}", parties, ruling.sources)
