"""No extradition of a Russian citizen: Constitution art. 61(1), Criminal Code art. 13(1), Criminal Procedure Code
art. 464(1)(1).

The three speak of extradition to another (foreign) state. Whether the ban reaches the surrender of a Russian
citizen to an international court is a reading (``rus-extradition-surrender``): by default it does not (the texts
name states; Rome Statute art. 102 defines surrender to the Court apart from extradition to a state).

Texts: the consolidated texts of the official legal-information portal (pravo.gov.ru) as mirrored in
deep-foundation/russian-laws. English: working translations, not official.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.model import Ruling, Source
from exequatur.law.national.enactment import standing
from exequatur.law.national.persons import is_national, subject_name
from exequatur.law.national.rus.constitution import ART_15_4, CONSTITUTION, INSTRUMENT, TEXT
from exequatur.law.reasoning import (
    BARS,
    UNKNOWN,
    Context,
    Node,
    Provision,
    Reading,
    ReadingOption,
    Review,
    RuleFinding,
)

STATE = "RUS"
CRIMINAL_CODE = "rus-criminal-code-1996"
CPC = "rus-criminal-procedure-code-2001"
CC_TEXT = Source(
    id="ru-ips-criminal-code",
    url="https://github.com/deep-foundation/russian-laws/blob/3ed22b5ffe7090355bf3dcdf74c23f31dd3e4899/data/html/"
    "102041891.html",
    title="Criminal Code of the Russian Federation, consolidated text of the official legal-information portal "
    "(pravo.gov.ru, IPS nd=102041891), as mirrored in deep-foundation/russian-laws",
    authority="Official internet portal of legal information (pravo.gov.ru), IPS nd=102041891", verbatim=True,
)
CPC_TEXT = Source(
    id="ru-ips-criminal-procedure-code",
    url="https://github.com/deep-foundation/russian-laws/blob/3ed22b5ffe7090355bf3dcdf74c23f31dd3e4899/data/html/"
    "102073942.html",
    title="Criminal Procedure Code of the Russian Federation, consolidated text of the official legal-information "
    "portal (pravo.gov.ru, IPS nd=102073942), as mirrored in deep-foundation/russian-laws",
    authority="Official internet portal of legal information (pravo.gov.ru), IPS nd=102073942", verbatim=True,
)

ART_61_1 = Provision(
    id="rus/constitution/art-61-1", order="domestic", state=STATE, instrument=INSTRUMENT, article="art. 61(1)",
    text="A citizen of the Russian Federation may not be expelled from the Russian Federation or extradited to another "
    "State.",
    text_original="Гражданин Российской Федерации не может быть выслан за пределы Российской Федерации или выдан "
    "другому государству.", source=TEXT, in_force_from=ART_15_4.in_force_from)
CC_13_1 = Provision(
    id="rus/criminal-code/art-13-1", order="domestic", state=STATE, instrument="Criminal Code of the Russian "
    "Federation", article="art. 13(1)",
    text="Citizens of the Russian Federation who have committed a crime on the territory of a foreign State are not "
    "subject to extradition to that State.",
    text_original="Граждане Российской Федерации, совершившие преступление на территории иностранного государства, не "
    "подлежат выдаче этому государству.", source=CC_TEXT, in_force_from=dt.date(1997, 1, 1))
CPC_464_1_1 = Provision(
    id="rus/criminal-procedure-code/art-464-1-1", order="domestic", state=STATE,
    instrument="Criminal Procedure Code of the Russian Federation", article="art. 464(1)(1)",
    text="Extradition of a person is not permitted if the person in respect of whom a foreign State's extradition "
    "request was received is a citizen of the Russian Federation.",
    text_original="Выдача лица не допускается, если: 1) лицо, в отношении которого поступил запрос иностранного "
    "государства о выдаче, является гражданином Российской Федерации;", source=CPC_TEXT,
    in_force_from=dt.date(2002, 7, 1))
PROVISIONS = (ART_61_1, CC_13_1, CPC_464_1_1)

SURRENDER = Reading(
    id="rus-extradition-surrender",
    question="Does the ban on extraditing a Russian citizen to another state (Constitution art. 61(1); Criminal Code "
    "art. 13(1); Criminal Procedure Code art. 464(1)(1)) reach surrender to an international court?",
    provision=ART_61_1.id,
    options=(
        ReadingOption("states-only", "No: the ban speaks of extradition to another state; surrender to an "
                      "international court is a different act.",
                      "the wording ('to another State', 'a foreign State's extradition request'); Rome Statute art. "
                      "102, which defines surrender to the Court apart from extradition to a state"),
        ReadingOption("any-surrender", "Yes: handing a citizen over to any foreign jurisdiction, an international "
                      "court included, is caught by the ban.",
                      "the reading the German government gave its own former ban on extraditing Germans (Basic Law "
                      "art. 16(2)), which is why Germany amended its constitution in 2000 to allow surrender to an "
                      "international court"),
    ),
    default="states-only",
)


def review(ctx: Context, ruling: Ruling) -> Review:
    """The ban on the arrest warrants it may reach: those of foreign courts, and under the non-default reading those
    of international courts, against a Russian citizen."""
    if ruling.kind != "arrest-warrant":
        return Review()
    body = ctx.kb.bodies[ruling.body]
    if body.kind == "national" and body.state == STATE:
        return Review()
    if body.kind == "international" and ctx.reading(SURRENDER) == "states-only":
        return Review(considered=(Node(f"Art. 61(1) bars extraditing a Russian citizen to another state; surrender "
                                       f"to the {body.name}, an international court, is not extradition under the "
                                       "reading applied", False, ART_61_1),))
    const = standing(ctx, CONSTITUTION)
    if const.value is False or (ruling.subject is None and ruling.subject_name is None):
        return Review()  # not in force, or the warrant names no person
    national, fact = is_national(ctx, ruling, STATE)
    to = f"the {body.name}" + (f" of {ctx.kb.states[body.state].prose}" if body.kind == "national" and body.state
                               in ctx.kb.states and ctx.kb.states[body.state].name not in body.name else "")
    if national is None:
        return Review((RuleFinding(UNKNOWN, ART_61_1, Node(
            f"Whether {subject_name(ctx, ruling)} is a Russian citizen, whom art. 61(1) forbids handing over to {to}, is "
            "not recorded", UNKNOWN, ART_61_1, (fact,), (const.node,)),
            hints=("give the nationality of the person sought",)),))
    if not national:
        return Review(considered=(Node(f"Art. 61(1) protects Russian citizens only; {subject_name(ctx, ruling)} is not "
                                       "one", False, ART_61_1, (fact,)),))
    if const.value is None:
        return Review((RuleFinding(UNKNOWN, ART_61_1, Node("Whether the Constitution is in force is not confirmed",
                                                          UNKNOWN, ART_61_1, (fact,), (const.node,))),))
    how = "" if body.kind == "national" else "under the reading applied (extradition reaches surrender), "
    found = [RuleFinding(BARS, ART_61_1, Node(f"{subject_name(ctx, ruling)} is a Russian citizen, whom art. 61(1) forbids, "
                                               f"{how}handing over to {to}", BARS, ART_61_1, (fact,), (const.node,)))]
    if body.kind == "national":
        cpc = standing(ctx, CPC)
        if cpc.value:
            found.append(RuleFinding(BARS, CPC_464_1_1, Node(
                "Should the foreign state request the extradition of this Russian citizen, art. 464(1)(1) requires "
                "refusal", BARS, CPC_464_1_1, (fact,),
                (cpc.node, Node("Criminal Code art. 13(1) bars extraditing citizens who committed a crime on a foreign "
                                "state's territory to that state", None, CC_13_1)))))
    return Review(tuple(found))
