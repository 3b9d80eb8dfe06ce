"""exequatur: must a state give effect to a ruling of a foreign or international court (international law), and
may it (its own law)? Answers reasoned from sourced facts and encoded law, with the provisions applied, the facts
used and their sources, and what would change the answer.

Public API: ``KnowledgeBase``, ``load``, ``bundled``, ``ask``, ``where``, ``outcomes`` (``where`` without
explanations, fast), ``when``, ``Answer``, ``Decision``.
"""

from exequatur.engine.decision import Answer, Decision
from exequatur.engine.evaluate import InputError, Interval, Outcome, ask, outcomes, when, where
from exequatur.facts.knowledge_base import KnowledgeBase, KnowledgeBaseError
from exequatur.facts.load import bundled, load

__all__ = ["Answer", "Decision", "InputError", "Interval", "KnowledgeBase", "KnowledgeBaseError", "Outcome", "ask",
           "bundled", "load", "outcomes", "when", "where"]
__version__ = "0.1.0"
