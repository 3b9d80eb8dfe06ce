"""exequatur: must a state give effect to a ruling of a foreign or international court (international law), and
may it (its own law)? Answers reasoned from sourced facts and encoded law, with the provisions applied, the facts
used and their sources, and what would change the answer.

Public API: ``KnowledgeBase``, ``load``, ``bundled``, ``ask``, ``where``, ``outcomes`` (``where`` without
explanations, fast), ``when``, ``Answer``, ``Decision``.
"""

from __future__ import annotations

import importlib
from typing import Any

# Each public name and the module it lives in, imported on first use: ``import exequatur`` itself loads nothing else
# (neither the engine nor the command line nor the web stack).
_WHERE = {"Answer": "exequatur.engine.decision", "Decision": "exequatur.engine.decision",
          "InputError": "exequatur.engine.evaluate", "Interval": "exequatur.engine.evaluate",
          "Outcome": "exequatur.engine.evaluate", "ask": "exequatur.engine.evaluate",
          "outcomes": "exequatur.engine.evaluate", "when": "exequatur.engine.evaluate", "where": "exequatur.engine.evaluate",
          "KnowledgeBase": "exequatur.facts.knowledge_base", "KnowledgeBaseError": "exequatur.facts.knowledge_base",
          "bundled": "exequatur.facts.load", "load": "exequatur.facts.load"}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'exequatur' has no attribute {name!r}")


__all__ = ["Answer", "Decision", "InputError", "Interval", "KnowledgeBase", "KnowledgeBaseError", "Outcome", "ask",
           "bundled", "load", "outcomes", "when", "where"]
__version__ = "0.1.0"
