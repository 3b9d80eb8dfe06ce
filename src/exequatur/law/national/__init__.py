"""National law: whether a state's own law bars, conditions or lets a ruling be enforced.

One package per state, named by its ISO code in lower case (``rus``, ``gbr``), exposing ``STATE``, ``RULEBOOK``,
``NOT_EXAMINED`` (what of the state's law on the matter is not encoded, in words) and
``review(ctx, ruling) -> Review``: the findings of the state's rules that apply to the ruling on ``ctx.on``, each with
its effect. Packages are discovered, so adding a country's law touches only its own package and data file; a package
is imported when a question about its state first needs it (``package``), and all of them only where every rule is
listed (``STATES``, ``RULEBOOKS``): reasoning out an answer about one state imports no other state's law.

The outcome is decided here, the same way for every state, by the strongest effect among the findings: a rule that
``bars`` → ``barred``; one whose application cannot be told (``unknown``) → ``unknown``; one that ``conditions``
enforcement on an event the knowledge base cannot settle → ``conditional``; rules that ``permit`` or ``implement`` →
``not_barred``; no finding → ``no_rule``. A finding that ``penalises`` helping to execute the ruling is reported and
never changes the outcome. ``not_barred`` is never a permission beyond the rules found: the explanation says what was
not examined.
"""

from __future__ import annotations

import functools
import importlib
import os
from types import ModuleType
from typing import Any

from exequatur.facts.model import Ruling
from exequatur.law.international.ruling_effect import issued_fact
from exequatur.law.national.persons import ruling_words
from exequatur.law.reasoning import (
    BARRED,
    BARS,
    CONDITIONAL,
    CONDITIONS,
    IMPLEMENTS,
    NO_RULE,
    NOT_BARRED,
    PENALISES,
    PERMITS,
    UNKNOWN,
    Context,
    Finding,
    Node,
    RuleFinding,
)

RANK = {BARS: 0, UNKNOWN: 1, CONDITIONS: 2, PERMITS: 3, IMPLEMENTS: 3}
OUTCOME = {BARS: BARRED, UNKNOWN: UNKNOWN, CONDITIONS: CONDITIONAL, PERMITS: NOT_BARRED, IMPLEMENTS: NOT_BARRED}


def _discover() -> dict[str, str]:
    """Every state's law package in this folder (a sub-folder with an ``__init__.py``, named by the state's code in
    lower case), as state code → package name, in the folders' order: adding a state's law adds a package here and
    touches nothing else."""
    found: dict[str, str] = {}
    for entry in sorted(os.scandir(os.path.dirname(__file__)), key=lambda e: e.name):
        if entry.is_dir() and entry.name.isidentifier() and os.path.isfile(os.path.join(entry.path, "__init__.py")):
            found[entry.name.upper()] = entry.name
    return found


_PACKAGES = _discover()
CODES: frozenset[str] = frozenset(_PACKAGES)  # the states whose law is encoded


@functools.cache
def package(state: str) -> ModuleType | None:
    """The law package of ``state`` (an ISO 3166-1 alpha-3 code), imported on first use; None where none is encoded.
    Raises ImportError if a package's ``STATE`` is not the code its folder is named by."""
    if state not in _PACKAGES:
        return None
    module = importlib.import_module(f"{__name__}.{_PACKAGES[state]}")
    if state != module.STATE:
        raise ImportError(f"{module.__name__} encodes {module.STATE!r} but is named for {state!r}")
    return module


def __getattr__(name: str) -> Any:
    """``STATES`` (state code → package, every one imported) and ``RULEBOOKS`` (theirs, in the same order), built on
    first use: what lists every rule (``law list``, readings, scenarios) needs, and an answer about one state does
    not."""
    if name == "STATES":
        value: Any = {code: package(code) for code in _PACKAGES}
    elif name == "RULEBOOKS":
        states = globals().get("STATES") or __getattr__("STATES")  # one STATES, however it is first reached
        value = tuple(m.RULEBOOK for m in states.values())
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def decide(ctx: Context, ruling: Ruling, state: str) -> Finding:
    """The state's own law on the ruling on ``ctx.on``: the outcome its findings decide (see the module's text),
    ``no_rule`` where no law of the state is encoded, and for every state ``no_rule`` before the ruling was issued:
    there is nothing yet to bar or permit."""
    record = ctx.kb.states.get(state)
    name = record.prose if record else state
    if ctx.on < ruling.issued:
        return Finding(NO_RULE, Node(f"{ruling_words(ctx, ruling)} had not been issued on {ctx.on.isoformat()}: there is "
                                     "nothing yet for "
                                     f"the law of {name} to bar or permit", NO_RULE, facts=(issued_fact(ctx, ruling),)))
    module = package(state)
    if module is None:
        return Finding(NO_RULE, Node(f"No law of {name} is encoded: its domestic order is not assessed", NO_RULE))
    review = module.review(ctx, ruling)
    findings = tuple(review.findings)
    deciding = [f for f in findings if f.effect != PENALISES]
    hints = tuple(dict.fromkeys((*(h for f in findings for h in f.hints), *review.hints)))
    children = (*(f.node for f in findings), *review.considered)
    if not deciding:
        penal = " (a rule found penalises helping to execute it, which does not decide whether it may be executed)" \
            if findings else ""
        return Finding(NO_RULE, Node(f"No encoded rule of {name} in force on {ctx.on.isoformat()} decides whether "
                                     f"{ruling_words(ctx, ruling)} may be executed{penal}; other law of {name} may: "
                                     f"{module.NOT_EXAMINED}", NO_RULE, children=children), hints, findings)
    best = min(deciding, key=lambda f: RANK[f.effect])
    tied = [f for f in deciding if f.effect == best.effect]
    if len(tied) > 1:  # removing any one of them would not change the answer: their own hints would mislead
        hints = tuple(h for h in hints if not any(h in f.hints for f in tied))
    outcome = OUTCOME[best.effect]
    return Finding(outcome, Node(_headline(name, ruling_words(ctx, ruling), outcome, best, module.NOT_EXAMINED), outcome,
                                 children=children), hints, findings, best.provision.id)


def _headline(name: str, ruling: str, outcome: str, best: RuleFinding, not_examined: str) -> str:
    cited = best.provision.citation
    if outcome == BARRED:
        return f"The law of {name} bars executing {ruling} ({cited})"
    if outcome == CONDITIONAL:
        assert best.condition is not None
        return (f"Under the law of {name} executing {ruling} hangs on a condition the knowledge base cannot settle: "
                f"{best.condition.event} ({cited}; if it occurs: {best.condition.if_met})")
    if outcome == UNKNOWN:
        return f"Whether the law of {name} lets {ruling} be executed cannot be told from confirmed facts ({cited})"
    return (f"The encoded rules of {name} do not bar executing {ruling} ({cited}); this is not a finding that nothing "
            f"in its law does: {not_examined}")
