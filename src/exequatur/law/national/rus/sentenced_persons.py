"""Criminal Procedure Code ch. 55 (arts. 469–472): a Russian citizen sentenced to deprivation of liberty by a court of
a foreign state may be transferred to serve the sentence in Russia, by a Russian court's decision under a treaty or a
written reciprocity agreement; the court then recognises and executes the foreign sentence (art. 472(2)) or refuses
(art. 472(1)).

It applies to that case only — a foreign court's criminal judgment against a Russian citizen — and is not a general
rule on foreign judgments. ``conditions``: executed only if a Russian court so decides.
"""

from __future__ import annotations

from exequatur.facts.model import Ruling
from exequatur.law.national.enactment import standing
from exequatur.law.national.persons import is_national, subject_name
from exequatur.law.national.rus.extradition import CPC, CPC_464_1_1, CPC_TEXT
from exequatur.law.reasoning import (
    CONDITIONS,
    NOT_BARRED,
    UNKNOWN,
    Condition,
    Context,
    Node,
    Provision,
    Review,
    RuleFinding,
)

STATE = "RUS"
ART_469 = Provision(
    id="rus/criminal-procedure-code/art-469", order="domestic", state=STATE,
    instrument="Criminal Procedure Code of the Russian Federation", article="arts. 469 and 472 (ch. 55)",
    text="The ground for transferring a citizen of the Russian Federation sentenced to deprivation of liberty by a "
    "court of a foreign State to serve the sentence in the Russian Federation is a court decision, in accordance with "
    "an international treaty of the Russian Federation or a written agreement of the competent authorities on the "
    "basis of reciprocity (art. 469); the court refuses to recognise the foreign sentence where the act is not a crime "
    "under Russian law, the limitation period has expired or on another ground provided by law or treaty (art. "
    "472(1)), and otherwise recognises and executes it (art. 472(2)).",
    text_original="Основанием … для передачи гражданина Российской Федерации, осужденного судом иностранного "
    "государства к лишению свободы, для отбывания наказания в Российской Федерации является решение суда … в "
    "соответствии с международным договором Российской Федерации либо письменным соглашением компетентных органов "
    "Российской Федерации с компетентными органами иностранного государства на основе принципа взаимности.",
    source=CPC_TEXT,
    in_force_from=CPC_464_1_1.in_force_from,
    note="Arts. 469 and 472 in the wording of Federal Law of 04.07.2003 No. 92-FZ (the consolidated text's note); that "
    "law's commencement is not confirmed, so the chapter is applied from the Code's entry into force.",
)
PROVISIONS = (ART_469,)
EVENT = ("a Russian court, on the sentenced person's transfer under a treaty or a written reciprocity agreement, "
         "recognises the foreign sentence")


def review(ctx: Context, ruling: Ruling) -> Review:
    body = ctx.kb.bodies[ruling.body]
    if ruling.kind != "judgment" or body.kind != "national" or not body.criminal or body.state == STATE:
        return Review()
    code = standing(ctx, CPC)
    if not code.value or (ruling.subject is None and ruling.subject_name is None):
        return Review()  # not in force, or the ruling names no person sentenced
    national, fact = is_national(ctx, ruling, STATE)
    if national is False:
        return Review()
    if national is None:
        return Review((RuleFinding(UNKNOWN, ART_469, Node(
            f"Whether {subject_name(ctx, ruling)} is a Russian citizen, for whom ch. 55 provides a way to serve the foreign "
            "sentence in Russia, is not recorded", UNKNOWN, ART_469, (fact,), (code.node,)),
            hints=("give the nationality of the person sentenced",)),))
    return Review((RuleFinding(CONDITIONS, ART_469, Node(
        f"{subject_name(ctx, ruling)}, a Russian citizen sentenced by the {body.name}, may serve the sentence in Russia only "
        "if a Russian court, under a treaty or written reciprocity, recognises it", CONDITIONS, ART_469, (fact,),
        (code.node,)), Condition(EVENT, NOT_BARRED)),))
