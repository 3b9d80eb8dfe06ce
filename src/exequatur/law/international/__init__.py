"""International law: the duty of a state to give effect to a ruling, by the instrument the ruling's body rests on.

Each regime says which bodies it governs (from the body's legal basis in the knowledge base) and decides for one
state, ruling and date. Duties from several regimes cumulate: the strongest outcome wins (obliged over unknown
over urged over not obliged) and every regime's reasoning is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from exequatur.facts.model import Body, Ruling
from exequatur.law.international import echr, rome_statute, treaty_basis, un_charter, vclt
from exequatur.law.reasoning import UNKNOWN, Context, Finding, Node, Rulebook, strongest


@dataclass(frozen=True)
class Regime:
    name: str
    applies_to: Callable[[Body], bool]
    decide: Callable[[Context, Ruling, str], Finding]


def _icj(body: Body) -> bool:
    return body.basis.instruments == ("un-charter",) and not body.basis.resolutions


REGIMES: tuple[Regime, ...] = (
    Regime("rome-statute", rome_statute.applies_to, rome_statute.decide),
    Regime("echr", echr.applies_to, echr.decide),
    Regime("security-council", un_charter.applies_to, un_charter.decide),
    Regime("un-charter-icj", _icj, un_charter.decide_icj),
    Regime("treaty", treaty_basis.applies_to, treaty_basis.decide),
)

RULEBOOKS: tuple[Rulebook, ...] = (rome_statute.RULEBOOK, un_charter.RULEBOOK, echr.RULEBOOK, vclt.RULEBOOK,
                                   treaty_basis.RULEBOOK)

def decide(ctx: Context, ruling: Ruling, state: str) -> Finding:
    body = ctx.kb.bodies[ruling.body]
    if body.kind == "national":
        return Finding(UNKNOWN, Node(f"No encoded instrument obliges {state} to give effect to rulings of national "
                                     f"courts of {body.state}; bilateral and multilateral treaties on the recognition "
                                     "of foreign criminal judgments are not encoded", None),
                       ("encode the treaty on mutual legal assistance or transfer of proceedings that applies",))
    findings = [regime.decide(ctx, ruling, state) for regime in REGIMES if regime.applies_to(body)]
    if not findings:
        return Finding(UNKNOWN, Node(f"No encoded rule governs the effect of rulings of the {body.name}", None))
    return strongest(findings, f"{state} and {ruling.id}: every applicable regime")
