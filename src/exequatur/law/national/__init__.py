"""National law: whether a state's own law bars or lets a ruling be enforced.

One package per state, named by its ISO code in lower case (``rus``), exposing ``STATE``, ``RULEBOOK`` and
``decide(ctx, ruling) -> Finding``. Packages are discovered, so adding a country's law touches only its own
package and data file.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from exequatur.facts.model import Ruling
from exequatur.law.international.ruling_effect import issued_fact
from exequatur.law.reasoning import NO_RULE, Context, Finding, Node, Rulebook


def _discover() -> dict[str, ModuleType]:
    found: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.ispkg:
            module = importlib.import_module(f"{__name__}.{info.name}")
            found[module.STATE] = module
    return found


STATES: dict[str, ModuleType] = _discover()
RULEBOOKS: tuple[Rulebook, ...] = tuple(m.RULEBOOK for m in STATES.values())


def decide(ctx: Context, ruling: Ruling, state: str) -> Finding:
    """The state's own law on the ruling on ``ctx.on``: its package's decision, ``no_rule`` where none is encoded —
    and, for every state, ``no_rule`` before the ruling was issued: there is nothing yet to bar or permit."""
    if ctx.on < ruling.issued:
        return Finding(NO_RULE, Node(f"{ruling.id} had not been issued on {ctx.on.isoformat()}: there is nothing yet for "
                                     f"the law of {state} to bar or permit", NO_RULE, facts=(issued_fact(ctx, ruling),)))
    module = STATES.get(state)
    if module is None:
        return Finding(NO_RULE, Node(f"No law of {state} is encoded: the domestic order of {state} is not assessed",
                                     NO_RULE))
    return module.decide(ctx, ruling)
