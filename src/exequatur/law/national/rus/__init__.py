"""Russian Federation: its law on executing rulings of foreign and international courts.

Encoded, each in its module with citations, Russian text and periods in force:
- ``judicial_system``: art. 6 of the Federal Constitutional Law "On the Judicial System" as amended on 29 December 2025
  (``bars``);
- ``ecthr_judgments_2022``: Federal Law No. 183-FZ of 11 June 2022 on judgments of the European Court of Human Rights
  (``bars``; payment under earlier judgments ``implements`` until 1 January 2023);
- ``constitution``: Constitution arts. 15(4) (``permits``) and 91 (the President's inviolability, ``bars``);
- ``constitutional_court``: Constitution arts. 79 and 125(5.1)(b) and ch. XIII.1 of the Federal Constitutional Law on
  the Constitutional Court (``conditions``, or the Court's own ruling where it has ruled);
- ``extradition``: Constitution art. 61(1), Criminal Code art. 13(1), Criminal Procedure Code art. 464(1)(1)
  (``bars``; surrender to an international court only under a named reading);
- ``sentenced_persons``: Criminal Procedure Code ch. 55 (``conditions``);
- ``criminal_code``: Criminal Code art. 284.3 (``penalises``).
"""

from __future__ import annotations

from exequatur.facts.model import Ruling
from exequatur.law.national.rus import (
    constitution,
    constitutional_court,
    criminal_code,
    ecthr_judgments_2022,
    extradition,
    judicial_system,
    publication,
    sentenced_persons,
)
from exequatur.law.reasoning import Context, Review, Rulebook

STATE = "RUS"
NAME = "Russian Federation"
# In the order their findings are listed: where two bar, the first decides.
LAWS = (judicial_system, ecthr_judgments_2022, constitutional_court, constitution, extradition, sentenced_persons,
        criminal_code)
RULEBOOK = Rulebook(
    provisions=(*judicial_system.RULEBOOK.provisions, *ecthr_judgments_2022.PROVISIONS, *constitution.PROVISIONS,
                *constitutional_court.PROVISIONS, *extradition.PROVISIONS, *sentenced_persons.PROVISIONS,
                *criminal_code.PROVISIONS, publication.ART_6_5_FZ),
    readings=(*judicial_system.RULEBOOK.readings, extradition.SURRENDER),
)
NOT_EXAMINED = ("the codes of civil and commercial procedure on recognising foreign judgments (Civil Procedure Code "
                "arts. 409–417, Arbitrazh Procedure Code arts. 241–248.2), the Criminal Procedure Code's rules on legal "
                "assistance (art. 457) and on foreign confiscation orders (ch. 55.1), and the Russia–Belarus agreement "
                "of 13 March 2025 on protection from prosecution by foreign states and international courts (its entry "
                "into force is not confirmed) are not encoded")


def review(ctx: Context, ruling: Ruling) -> Review:
    """Every encoded Russian rule on the ruling on ``ctx.on``."""
    out = Review()
    for law in LAWS:
        out = out + law.review(ctx, ruling)
    return out
