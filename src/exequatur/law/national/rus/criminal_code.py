"""Criminal Code art. 284.3 (added by Federal Law of 28 April 2023 No. 157-FZ): assisting in the execution of
decisions of international organisations in which Russia does not participate, or of foreign state bodies, on the
criminal prosecution of Russian officials or servicemen is a crime — ``penalises``, which never decides whether the
ruling may be executed.

Text: the consolidated Criminal Code of the official legal-information portal (pravo.gov.ru) as mirrored in
deep-foundation/russian-laws. The law's commencement is not confirmed: the mirrored consolidated text shows the article
in force (``data/national/rus.yaml``: ``in_force_by``).
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.model import Ruling
from exequatur.law.national.enactment import standing
from exequatur.law.national.persons import held_offices, office_record
from exequatur.law.national.rus.extradition import CC_TEXT
from exequatur.law.national.treaties import rests_on_treaty_of
from exequatur.law.reasoning import PENALISES, Context, Node, Provision, Review, RuleFinding

STATE = "RUS"
LAW_ID = "rus-157-fz-2023"
ART_284_3 = Provision(
    id="rus/criminal-code/art-284-3", order="domestic", state=STATE,
    instrument="Criminal Code of the Russian Federation", article="art. 284.3",
    text="Rendering assistance in the execution of decisions of international organisations in which the Russian "
    "Federation does not participate, or of foreign State bodies, concerning the criminal prosecution of officials of "
    "public authorities of the Russian Federation in connection with their official activity, or of other persons in "
    "connection with their military service or their membership of volunteer formations assisting the Armed Forces of "
    "the Russian Federation, in the absence of the elements of the crimes under articles 275, 275.1 and 276, is "
    "punishable by a fine of 300,000 to 1,000,000 roubles or of the convicted person's income for three to five "
    "years, or by deprivation of liberty for up to five years with disqualification for the same term.",
    text_original="Оказание содействия в исполнении решений международных организаций, в которых Российская Федерация "
    "не участвует, или иностранных государственных органов об уголовном преследовании должностных лиц органов "
    "публичной власти Российской Федерации в связи с осуществлением ими служебной деятельности, иных лиц в связи с "
    "прохождением ими военной службы или пребыванием в добровольческих формированиях, содействующих выполнению задач, "
    "возложенных на Вооруженные Силы Российской Федерации, при отсутствии признаков преступлений, предусмотренных "
    "статьями 275, 275¹, 276 настоящего Кодекса, - наказываются штрафом в размере от трехсот тысяч до одного миллиона "
    "рублей или в размере заработной платы или иного дохода осужденного за период от трех до пяти лет либо лишением "
    "свободы на срок до пяти лет с лишением права занимать определенные должности или заниматься определенной "
    "деятельностью на тот же срок.",
    source=CC_TEXT,
    in_force_from=dt.date(2024, 3, 16),
    note="Added by Federal Law of 28.04.2023 No. 157-FZ (the consolidated text's note). Its commencement is not "
    "confirmed; in force no later than 16 March 2024, the date of the mirrored consolidated text.",
)
PROVISIONS = (ART_284_3,)


def review(ctx: Context, ruling: Ruling) -> Review:
    """A ``penalises`` finding where the ruling is a criminal one of a body Russia does not take part in (or of a
    foreign state's court) against a person who holds or held a Russian public office."""
    body = ctx.kb.bodies[ruling.body]
    if not body.criminal or (body.kind == "national" and body.state == STATE):
        return Review()
    offices, person = held_offices(ctx, ruling, STATE)
    if person is None or not offices:
        return Review()
    if body.kind == "international":
        participates, nodes = rests_on_treaty_of(ctx, STATE, body, ART_284_3)
        if body.basis.resolutions or participates is not False:
            return Review()  # a body of the United Nations, or one whose treaty Russia may be party to
        who = f"the {body.name}, an international body resting on a treaty Russia is not party to"
    else:
        nodes = ()
        who = f"the {body.name}, a body of a foreign state ({body.state})"
    law = standing(ctx, LAW_ID)
    if not law.value:
        said = (f"Art. 284.3, which makes assisting such a ruling a crime, is not yet in force on {ctx.on.isoformat()}"
                if law.value is False else f"Whether art. 284.3, which makes assisting such a ruling a crime, is in "
                f"force on {ctx.on.isoformat()} is not confirmed")
        return Review(considered=(Node(said, law.value, ART_284_3, children=(law.node,)),))
    fact = office_record(ctx, person, offices[0])
    return Review((RuleFinding(PENALISES, ART_284_3, Node(
        f"Assisting in executing a criminal ruling of {who} against {person.name}, who holds or held office as "
        f"{offices[0].office}, is a crime under art. 284.3 where the prosecution concerns official activity or military "
        "service", PENALISES, ART_284_3, (fact,), (law.node, *nodes))),))
