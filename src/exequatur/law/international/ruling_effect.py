"""Whether a ruling is there to be given effect on the date asked: issued, not yet executed or withdrawn.

Common to every international regime: before a warrant is issued there is nothing to execute, and once the
person is surrendered or the warrant withdrawn the duty to arrest is spent. Each of these is a sourced fact
about the ruling (or an assumed one, for a hypothetical ruling) and a change point for timelines.
"""

from __future__ import annotations

from exequatur.facts.model import Ruling
from exequatur.law.reasoning import NOT_OBLIGED, UNKNOWN, Context, FactUse, Finding, Node, Provision


def issued_fact(ctx: Context, ruling: Ruling) -> FactUse:
    """The date the ruling was issued, as a consulted fact (a change point: before it there is nothing to act on)."""
    return ruling_fact(ctx, ruling, "issued", f"{ruling.id} was issued on {ruling.issued.isoformat()}",
                       ruling.issued, ruling.sources, (ruling.issued,))


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
                           ruling.issued, ruling.sources, changes)  # with every status date: one timeline of the ruling
        return Finding(NOT_OBLIGED, Node(f"{ruling.id} had not been issued on {ctx.on.isoformat()}: there was "
                                         "nothing to give effect to", False, facts=(fact,)))
    for ev in reversed(ruling.status):
        if ev.date <= ctx.on:
            verb = {"executed": "was executed", "withdrawn": "was withdrawn", "lapsed": "lapsed"}[ev.status]
            fact = ruling_fact(ctx, ruling, ev.status, f"{ruling.id} {verb} on {ev.date.isoformat()}",
                               ev.date, ev.sources, changes)
            what = {"executed": "the person was surrendered to the Court", "withdrawn": "it was withdrawn",
                    "lapsed": "the provisional measures it prescribed lapsed (they bind only until the final decision "
                    "in the case, or until modified or revoked)"}[ev.status]
            return Finding(NOT_OBLIGED, Node(f"{ruling.id} is spent: {what} on {ev.date.isoformat()}", False,
                                             facts=(fact,)))
    ruling_fact(ctx, ruling, "in-effect", f"{ruling.id} issued {ruling.issued.isoformat()} and in effect",
                True, ruling.sources, changes)
    return None


def case_parties(ctx: Context, ruling: Ruling, provision: Provision, ctx_state: str, case: str = "case"
                 ) -> tuple[tuple[str, ...], FactUse] | Finding:
    """The parties to the case (respondent, applicants) as a consulted fact — or an ``unknown`` finding, citing
    ``provision``, where none is recorded, or where one side is missing and ``ctx_state`` (the state asked about) is
    not among those recorded: it may be the missing party. For courts whose rulings bind the parties only."""
    parties = tuple(dict.fromkeys(s for s in (ruling.respondent, ruling.applicant, *ruling.other_applicants) if s))
    if not parties:
        return Finding(UNKNOWN, Node(f"The parties to the {case} are not recorded (give 'respondent' and 'applicant')",
                                     None, provision), (f"give the parties to the {case}",))
    missing = "respondent" if ruling.respondent is None else "applicant" if ruling.applicant is None else None
    if missing and ctx_state not in parties:
        return Finding(UNKNOWN, Node(f"Only one side of the {case} is recorded ({', '.join(parties)}): the {missing} is "
                                     f"not, and {ctx_state} may be it", None, provision),
                       (f"give the {missing} of the {case}",))
    return parties, ruling_fact(ctx, ruling, "parties", f"The parties to the {case} in {ruling.id}: "
                                f"{', '.join(parties)}", parties, ruling.sources)
