"""The Constitution of the Russian Federation (1993, as amended 2020) on international treaties, decisions of
interstate bodies and foreign or international courts, and the President's inviolability.

- Art. 15(4): treaties of the Russian Federation are part of its legal system and prevail over statute — ``permits``
  executing a ruling of a body whose competence rests on such a treaty.
- Art. 79 (second sentence) and art. 125(5.1)(b) (amendment of 14 March 2020, in force 4 July 2020): decisions of
  interstate bodies, and of foreign or international courts imposing obligations on Russia, are executed unless the
  Constitutional Court rules their execution impossible — ``conditions``; where that Court has ruled on the ruling
  (``data/national/rus.yaml``, ``decisions``), its ruling settles the condition. Read in ``constitutional_court``.
- Art. 91: the President of the Russian Federation enjoys inviolability — ``bars`` executing an arrest warrant
  against the serving President.

Texts: the consolidated text of the official legal-information portal (pravo.gov.ru, IPS nd=102027595) as mirrored
in deep-foundation/russian-laws. English: working translations, not official.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.model import Ruling, Source
from exequatur.law.national.enactment import standing
from exequatur.law.national.persons import office_fact, offices_of
from exequatur.law.national.treaties import rests_on_treaty_of
from exequatur.law.reasoning import (
    BARS,
    PERMITS,
    UNKNOWN,
    Context,
    Node,
    Provision,
    Review,
    RuleFinding,
)

STATE = "RUS"
CONSTITUTION = "rus-constitution-1993"
AMENDMENT_2020 = "rus-constitution-amendment-2020"
TEXT = Source(
    id="ru-ips-constitution",
    url="https://github.com/deep-foundation/russian-laws/blob/3ed22b5ffe7090355bf3dcdf74c23f31dd3e4899/data/html/"
    "102027595.html",
    title="Constitution of the Russian Federation, consolidated text of the official legal-information portal "
    "(pravo.gov.ru, IPS nd=102027595), as mirrored in deep-foundation/russian-laws",
    authority="Official internet portal of legal information (pravo.gov.ru), IPS nd=102027595", verbatim=True,
)
INSTRUMENT = "Constitution of the Russian Federation"


def _p(pid: str, article: str, text: str, original: str, start: dt.date, note: str = "") -> Provision:
    return Provision(id=f"rus/constitution/{pid}", order="domestic", state=STATE, instrument=INSTRUMENT,
                     article=article, text=text, text_original=original, source=TEXT, in_force_from=start, note=note)


IN_FORCE_1993 = dt.date(1996, 1, 9)  # no later than (data/national/rus.yaml); the exact day is not confirmed
IN_FORCE_2020 = dt.date(2020, 7, 4)

ART_15_4 = _p("art-15-4", "art. 15(4)",
              "The generally recognised principles and norms of international law and the international treaties of "
              "the Russian Federation are an integral part of its legal system. If an international treaty of the "
              "Russian Federation establishes rules other than those provided for by law, the rules of the "
              "international treaty apply.",
              "Общепризнанные принципы и нормы международного права и международные договоры Российской Федерации "
              "являются составной частью ее правовой системы. Если международным договором Российской Федерации "
              "установлены иные правила, чем предусмотренные законом, то применяются правила международного "
              "договора.", IN_FORCE_1993)
ART_79 = _p("art-79", "art. 79, second sentence",
            "Decisions of interstate bodies adopted on the basis of provisions of international treaties of the Russian "
            "Federation in an interpretation contradicting the Constitution of the Russian Federation shall not be "
            "executed in the Russian Federation.",
            "Решения межгосударственных органов, принятые на основании положений международных договоров Российской "
            "Федерации в их истолковании, противоречащем Конституции Российской Федерации, не подлежат исполнению в "
            "Российской Федерации.", IN_FORCE_2020,
            "The article is marked 'as amended by the Law on an amendment to the Constitution of 14.03.2020 No. 1-FKZ'; "
            "the consolidated text does not show which sentence the amendment added.")
ART_125_5_1_B = _p("art-125-5-1-b", "art. 125(5.1)(b)",
                   "The Constitutional Court of the Russian Federation, in the procedure established by federal "
                   "constitutional law, resolves the question of the possibility of executing decisions of interstate "
                   "bodies adopted on the basis of provisions of international treaties of the Russian Federation in "
                   "an interpretation contradicting the Constitution of the Russian Federation, and also of the "
                   "possibility of executing a decision of a foreign or international (interstate) court, or of a "
                   "foreign or international arbitral tribunal, imposing obligations on the Russian Federation, where "
                   "that decision contradicts the foundations of the public legal order of the Russian Federation.",
                   "Конституционный Суд Российской Федерации: … б) в порядке, установленном федеральным "
                   "конституционным законом, разрешает вопрос о возможности исполнения решений межгосударственных "
                   "органов, принятых на основании положений международных договоров Российской Федерации в их "
                   "истолковании, противоречащем Конституции Российской Федерации, а также о возможности исполнения "
                   "решения иностранного или международного (межгосударственного) суда, иностранного или "
                   "международного третейского суда (арбитража), налагающего обязанности на Российскую Федерацию, в "
                   "случае если это решение противоречит основам публичного правопорядка Российской Федерации;",
                   IN_FORCE_2020, "Part 5.1 added by the Law on an amendment to the Constitution of 14.03.2020 "
                   "No. 1-FKZ.")
ART_91 = _p("art-91", "art. 91", "The President of the Russian Federation enjoys inviolability.",
            "Президент Российской Федерации обладает неприкосновенностью.", IN_FORCE_1993)

PROVISIONS = (ART_15_4, ART_79, ART_125_5_1_B, ART_91)


def review(ctx: Context, ruling: Ruling) -> Review:
    """Arts. 15(4) and 91 on the ruling on ``ctx.on`` (arts. 79 and 125(5.1)(b): ``constitutional_court``)."""
    base = standing(ctx, CONSTITUTION)
    out = Review()
    if base.value:
        out = out + _treaty(ctx, ruling, base.node) + _president(ctx, ruling, base.node)
    elif base.value is None:
        out = out + Review(considered=(Node(f"Whether the {INSTRUMENT} is in force on {ctx.on.isoformat()} is not "
                                            "confirmed", None, ART_15_4, children=(base.node,)),))
    return out


def _treaty(ctx: Context, ruling: Ruling, in_force: Node) -> Review:
    body = ctx.kb.bodies[ruling.body]
    on_treaty, nodes = rests_on_treaty_of(ctx, STATE, body, ART_15_4)
    if on_treaty:
        return Review((RuleFinding(PERMITS, ART_15_4, Node(
            f"The competence of the {body.name} rests on an international treaty of the Russian Federation, which art. "
            "15(4) makes part of the Russian legal system", PERMITS, ART_15_4, children=(in_force, *nodes))),))
    if nodes:
        return Review(considered=(Node(f"Art. 15(4) does not reach the {body.name}: its competence rests on no treaty "
                                       f"in force for the Russian Federation on {ctx.on.isoformat()}", False, ART_15_4,
                                       children=nodes),))
    return Review()


def _president(ctx: Context, ruling: Ruling, in_force: Node) -> Review:
    if ruling.kind != "arrest-warrant":
        return Review()
    found, person = offices_of(ctx, ruling, STATE, ("state",))
    if person is None or not found:
        return Review()
    office, held = found[0]
    fact = office_fact(ctx, person, office, held)
    if held:
        return Review((RuleFinding(BARS, ART_91, Node(
            f"{person.name} is the President of the Russian Federation, whom art. 91 makes inviolable: no arrest on the "
            "warrant is possible under Russian law", BARS, ART_91, (fact,), (in_force,))),))
    return Review((RuleFinding(UNKNOWN, ART_91, Node(
        f"Whether {person.name} still holds the office that art. 91 makes inviolable is not recorded", UNKNOWN, ART_91,
        (fact,), (in_force,)), hints=(f"confirm whether {person.name} still holds office",)),))
