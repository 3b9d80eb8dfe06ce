"""International law: the duty of a state to give effect to a ruling, by the instrument the ruling's body rests on.

Each regime says which bodies it governs (from the body's legal basis in the knowledge base) and decides for one
state, ruling and date. Duties from several regimes cumulate: the strongest outcome wins (obliged over unknown
over urged over not obliged) and every regime's reasoning is shown. A ruling outlives its court only through the
court's successor (``succession``); a national court's ruling is decided by ``foreign_courts``.
"""

from __future__ import annotations

from collections.abc import Callable

import msgspec

from exequatur.facts.model import Body, Ruling
from exequatur.law.international import (
    echr,
    foreign_courts,
    icj_statute,
    offices,
    rome_statute,
    stl_agreement,
    succession,
    treaty_basis,
    un_charter,
    unclos,
    vclt,
)
from exequatur.law.international.ruling_effect import not_in_effect
from exequatur.law.reasoning import UNKNOWN, Context, Finding, Node, Rulebook, strongest


class Regime(msgspec.Struct, frozen=True):
    name: str
    applies_to: Callable[[Body], bool]
    decide: Callable[[Context, Ruling, str], Finding]


REGIMES: tuple[Regime, ...] = (
    Regime("rome-statute", rome_statute.applies_to, rome_statute.decide),
    Regime("echr", echr.applies_to, echr.decide),
    Regime("security-council", un_charter.applies_to, un_charter.decide),
    Regime("icj-statute", icj_statute.applies_to, icj_statute.decide),
    Regime("unclos", unclos.applies_to, unclos.decide),
    Regime("stl-agreement", stl_agreement.applies_to, stl_agreement.decide),
    Regime("treaty", treaty_basis.applies_to, treaty_basis.decide),
)

RULEBOOKS: tuple[Rulebook, ...] = (rome_statute.RULEBOOK, un_charter.RULEBOOK, echr.RULEBOOK, vclt.RULEBOOK,
                                   icj_statute.RULEBOOK, unclos.RULEBOOK, stl_agreement.RULEBOOK,
                                   foreign_courts.RULEBOOK, treaty_basis.RULEBOOK)

__all__ = ["REGIMES", "RULEBOOKS", "decide", "offices"]


def decide(ctx: Context, ruling: Ruling, state: str) -> Finding:
    """The state's duty as to the ruling on ``ctx.on``: none while the ruling is not issued or is spent (executed,
    withdrawn); else a national court's ruling by ``foreign_courts``, an international body's by the regimes of its
    legal basis — while it exists, or through its successor after it closed. Each regime's ``decide`` assumes the
    ruling is in effect."""
    spent = not_in_effect(ctx, ruling)  # common to every regime: nothing to give effect to before or after
    if spent:
        return spent
    body = ctx.kb.bodies[ruling.body]
    if body.kind == "national":
        return foreign_courts.decide(ctx, ruling, state)
    return succession.decide(ctx, ruling, state, lambda r, b: _by_regimes(ctx, r, b, state))


def _by_regimes(ctx: Context, ruling: Ruling, body: Body, state: str) -> Finding:
    findings = [regime.decide(ctx, ruling, state) for regime in REGIMES if regime.applies_to(body)]
    if not findings:
        named = [*body.basis.instruments, *body.basis.resolutions]
        why = (f"no encoded rule reads its basis ({', '.join(named)}) alone" if named else
               "its legal basis is not recorded")
        return Finding(UNKNOWN, Node(f"No encoded rule governs the effect of rulings of the {body.name}: {why}", None),
                       ("record the legal basis of the body's competence",))
    return strongest(findings, f"{state} and {ruling.id}: every applicable regime")
