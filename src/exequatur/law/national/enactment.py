"""Whether a national law is in force on a date, from its record (``data/national/<state>.yaml``).

One reading for every state: the date a source states (``in_force``); else the state's general rule on entry into
force applied to the law's publication (a ``derive`` function the state's package supplies, e.g. Russia's ten days
after official publication); else, where a dated official or consolidated text shows the law in force, in force *no
later than* that text's date (``in_force_by``) and not confirmed between the law's signature and it; and no longer in
force from ``repealed``. Every date used is a sourced fact in the explanation and a change point of the timeline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import msgspec

from exequatur.facts.model import NationalLaw
from exequatur.law.reasoning import UNKNOWN, Context, Node, Provision, Review, RuleFinding

Derive = Callable[[Context, NationalLaw], tuple[dt.date | None, Node]]


class Standing(msgspec.Struct, frozen=True):
    """Whether a law is in force on ``ctx.on`` (``value``: True, False, or None where it cannot be told), the node
    saying why, and what would change it (``hint``)."""

    value: bool | None
    node: Node
    hint: str | None = None


def standing(ctx: Context, law_id: str, derive: Derive | None = None) -> Standing:
    """The standing of the law ``law_id`` on ``ctx.on`` (see the module's text). ``derive`` gives the state's
    general rule on entry into force from publication, used only where no date is stated and the law is published.
    Raises KeyError if the knowledge base has no law ``law_id``."""
    law = ctx.kb.national_laws[law_id]
    title = law.title_en
    start: dt.date | None = None
    how: Node | None = None
    if law.in_force:
        use = ctx.fact(f"law:{law.id}:in-force", f"{title} entered into force on {law.in_force.isoformat()}",
                       law.in_force, ctx.kb.source_records(law.in_force_sources or law.sources), (law.in_force,),
                       law.assumed)
        start, how = law.in_force, Node(f"{title}: in force from {law.in_force.isoformat()}", True, facts=(use,))
    elif derive is not None and law.published:
        start, how = derive(ctx, law)
    if start is None and law.in_force_by:
        return _no_later_than(ctx, law, law.in_force_by)
    if start is None:
        use = ctx.record(f"law:{law.id}:in-force-unknown", f"{title}: no date of entry into force is confirmed "
                         f"({_made(law)})", None, law, (law.enacted,))
        if ctx.on < law.enacted:
            return Standing(False, Node(f"{title} had not been enacted on {ctx.on.isoformat()}", False, facts=(use,)))
        return Standing(None, how or Node(f"Whether {title} is in force on {ctx.on.isoformat()} is not confirmed",
                                          None, facts=(use,)), f"confirm when {title} entered into force")
    assert how is not None
    if ctx.on < start:
        return Standing(False, Node(f"{title} is not yet in force on {ctx.on.isoformat()}", False, children=(how,)),
                        f"from {start.isoformat()} {title} applies")
    return _unless_repealed(ctx, law, how)


def _no_later_than(ctx: Context, law: NationalLaw, by: dt.date) -> Standing:
    title = law.title_en
    use = ctx.fact(f"law:{law.id}:in-force-by", f"{title} ({_made(law)}) is shown in force by a "
                   f"text dated {by.isoformat()}; its exact commencement is not confirmed", by,
                   ctx.kb.source_records(law.in_force_by_sources), (law.enacted, by), law.assumed)
    if ctx.on >= by:
        return _unless_repealed(ctx, law, Node(f"{title}: in force no later than {by.isoformat()}", True,
                                               facts=(use,)))
    if ctx.on < law.enacted:
        return Standing(False, Node(f"{title} had not been enacted on {ctx.on.isoformat()}", False, facts=(use,)))
    return Standing(None, Node(f"Whether {title} is already in force on {ctx.on.isoformat()} is not confirmed: it "
                               f"was {_made(law)} and is shown in force on {by.isoformat()}",
                               None, facts=(use,)), f"confirm when {title} entered into force")


def _unless_repealed(ctx: Context, law: NationalLaw, how: Node) -> Standing:
    if law.repealed is None:
        return Standing(True, how)
    use = ctx.record(f"law:{law.id}:repealed", f"{law.title_en} ceased to be in force on {law.repealed.isoformat()}",
                     law.repealed, law, (law.repealed,))
    if ctx.on < law.repealed:
        return Standing(True, Node(how.statement, True, facts=(*how.facts, use), children=how.children),
                        f"from {law.repealed.isoformat()} {law.title_en} no longer applies")
    return Standing(False, Node(f"{law.title_en} was repealed with effect from {law.repealed.isoformat()}", False,
                                facts=(use,), children=(how,)))


def unless_in_force(ctx: Context, law: Standing, provision: Provision, title: str) -> Review | None:
    """None while the law is in force on ``ctx.on``; otherwise what a package returns for it: the rule shown as
    considered (with the date it starts applying) where it is not in force, an ``unknown`` finding citing
    ``provision`` where that cannot be told."""
    hints = (law.hint,) if law.hint else ()
    if law.value is False:
        return Review(considered=(Node(f"The {title} does not apply on {ctx.on.isoformat()}", False, provision,
                                       children=(law.node,)),), hints=hints)
    if law.value is None:
        return Review((RuleFinding(UNKNOWN, provision, Node(f"Whether the {title} is in force on {ctx.on.isoformat()} "
                                                            "is not confirmed", UNKNOWN, provision,
                                                            children=(law.node,)), hints=hints),))
    return None


def _made(law: NationalLaw) -> str:
    """How the law came to exist, in words: 'signed 2001-05-11' or 'passed 2015-12-09'."""
    if law.signed:
        return f"signed {law.signed.isoformat()}"
    if law.passed:
        return f"passed {law.passed.isoformat()}"
    return f"in force {law.enacted.isoformat()}"
