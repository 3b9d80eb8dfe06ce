"""Russian Federation: laws on the enforcement of rulings of foreign and international courts.

Encoded: art. 6 of the Federal Constitutional Law "On the Judicial System" as amended on 29 December 2025
(``judicial_system``) and Federal Law No. 183-FZ of 11 June 2022 on judgments of the European Court of Human Rights
(``ecthr_judgments_2022``). Each decides for the rulings within its scope; together: barred if any bars, unknown if
any cannot be told, not barred if those in force do not bar, and ``no_rule`` if none is in force and in scope.
"""

from __future__ import annotations

from exequatur.facts.model import Ruling
from exequatur.law.national.rus import ecthr_judgments_2022, judicial_system, publication
from exequatur.law.reasoning import BARRED, NO_RULE, NOT_BARRED, UNKNOWN, Context, Finding, Node, Rulebook

STATE = "RUS"
LAWS = (judicial_system, ecthr_judgments_2022)
RULEBOOK = Rulebook(
    provisions=(*judicial_system.RULEBOOK.provisions, *ecthr_judgments_2022.RULEBOOK.provisions,
                publication.ART_6_5_FZ),
    readings=judicial_system.RULEBOOK.readings,
)


NOT_EXAMINED = ("the Constitution (arts. 15(4), 61(1) on the extradition of citizens, 79, 91 on the President's "
                "immunity, 125), the Constitutional Court's power to rule a decision of an international body impossible "
                "to execute, and the codes of procedure on recognition, extradition and legal assistance are not encoded "
                "and were not examined")


def decide(ctx: Context, ruling: Ruling) -> Finding:
    findings = [law.decide(ctx, ruling) for law in LAWS]
    findings = [f for f in findings if f is not None]
    for outcome in (BARRED, UNKNOWN, NOT_BARRED):
        chosen = [f for f in findings if f.outcome == outcome]
        if chosen:
            if outcome == NOT_BARRED:  # not a permission: say what was examined and what was not
                return Finding(outcome, Node(f"The encoded Russian rules do not bar enforcement of {ruling.id}; this is "
                                             f"not a finding that Russian law permits it: {NOT_EXAMINED}", outcome,
                                             children=tuple(f.node for f in findings)),
                               tuple(h for f in findings for h in f.hints))
            if len(findings) == 1:
                return findings[0]
            return Finding(outcome, Node(f"Russian law on {ruling.id}", outcome,
                                        children=tuple(f.node for f in findings)),
                           tuple(h for f in findings for h in f.hints))
    return Finding(NO_RULE, Node(f"No encoded Russian rule in force on {ctx.on.isoformat()} applies to {ruling.id}; "
                                 f"other Russian law may: {NOT_EXAMINED}", NO_RULE,
                                 children=tuple(f.node for f in findings)),
                   tuple(h for f in findings for h in f.hints))
