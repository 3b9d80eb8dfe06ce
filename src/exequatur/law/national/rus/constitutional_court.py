"""The Constitutional Court's power to rule a decision of an interstate body or of a foreign or international court
impossible to execute in Russia.

- Federal Constitutional Law "On the Constitutional Court of the Russian Federation", ch. XIII.1 (arts. 104.1–104.4,
  added in December 2015): on a request, the Court rules on the possibility of executing a decision of an interstate
  body for the protection of human rights; once it rules execution impossible, no act to execute it may be taken.
- Constitution arts. 79 (second sentence) and 125(5.1)(b) (in force 4 July 2020): the same for decisions of interstate
  bodies and of foreign or international courts imposing obligations on the Russian Federation.

Until the Court rules, execution hangs on that condition (``conditions``: if it rules execution impossible, barred);
where it has ruled on a ruling (``data/national/rus.yaml``, ``decisions``), its ruling decides.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.model import Ruling, Source
from exequatur.law.international.ruling_effect import ruling_fact
from exequatur.law.national.enactment import standing
from exequatur.law.national.rus.constitution import ART_79, ART_125_5_1_B
from exequatur.law.reasoning import (
    BARRED,
    BARS,
    CONDITIONS,
    PERMITS,
    UNKNOWN,
    Condition,
    Context,
    FactUse,
    Node,
    Provision,
    Review,
    RuleFinding,
)

STATE = "RUS"
FKZ_2015 = "rus-fkz-constitutional-court-2015"
AMENDMENT_2020 = "rus-constitution-amendment-2020"
EVENT = "the Constitutional Court of the Russian Federation rules that executing it is impossible"
# The interstate bodies for the protection of human rights the knowledge base records (ch. XIII.1 names no body).
HUMAN_RIGHTS_BODIES = ("ecthr",)

KREMLIN_2015 = Source(
    id="kremlin-50935",
    url="http://en.kremlin.ru/acts/news/50935",
    title="President of Russia, December 2015: Amendments to the Federal Constitutional Law on the Constitutional "
    "Court (official summary)",
)
CH_XIII_1 = Provision(
    id="rus/fkz-constitutional-court/ch-xiii-1",
    order="domestic",
    state=STATE,
    instrument="Federal Constitutional Law \"On the Constitutional Court of the Russian Federation\"",
    article="ch. XIII.1 (arts. 104.1–104.4), as added in December 2015",
    text="On a request, the Constitutional Court rules on the possibility or impossibility of executing a decision of "
    "an interstate body for the protection of human rights and freedoms, adopted on the basis of an international "
    "treaty of the Russian Federation as that body interprets it; where it rules execution impossible in whole or in "
    "part, no act aimed at executing the decision may be carried out or adopted in Russia.",
    text_original="…какие-либо действия (акты), направленные на исполнение его соответствующего решения в России, не "
    "могут осуществляться (приниматься).",
    source=KREMLIN_2015,
    in_force_from=dt.date(2016, 4, 19),
    note="Paraphrase of the official summary (kremlin.ru); the Russian sentence is the law as quoted by the press "
    "(Trud, 15 December 2015, citing RIA Novosti), not read in the law itself. The article numbers are those the "
    "Constitutional Court applied on 19 April 2016 (No. 12-P/2016). In force no later than that day; the law was "
    "approved by the Federation Council on 9 December 2015; its signature and commencement dates are not confirmed.",
)
PROVISIONS = (CH_XIII_1,)


def review(ctx: Context, ruling: Ruling) -> Review:
    """The condition on rulings imposing obligations on Russia, or the Constitutional Court's ruling settling it."""
    if ruling.respondent != STATE:
        return Review()
    body = ctx.kb.bodies[ruling.body]
    amended = standing(ctx, AMENDMENT_2020)
    fkz = standing(ctx, FKZ_2015) if body.id in HUMAN_RIGHTS_BODIES else None
    if amended.value:
        provision, in_force = ART_125_5_1_B, amended.node
    elif fkz is not None and fkz.value:
        provision, in_force = CH_XIII_1, fkz.node
    elif amended.value is None or (fkz is not None and fkz.value is None):
        node = fkz.node if fkz is not None and fkz.value is None else amended.node
        return Review((RuleFinding(UNKNOWN, CH_XIII_1 if node is not amended.node else ART_125_5_1_B, Node(
            "Whether the Constitutional Court's power to rule the ruling impossible to execute is in force is not "
            "confirmed", UNKNOWN, children=(node,))),))
    else:
        hints = tuple(h for h in (amended.hint, fkz.hint if fkz else None) if h)
        return Review(considered=(Node(f"No rule on the Constitutional Court's power over rulings against Russia is in "
                                       f"force on {ctx.on.isoformat()}", False, ART_125_5_1_B,
                                       children=(amended.node,)),), hints=hints)
    respondent = ruling_fact(ctx, ruling, "respondent", "The ruling names the Russian Federation as respondent", STATE,
                             ruling.sources)
    settled = _settled(ctx, ruling, respondent, in_force)
    if settled is not None:
        return settled
    kind = "an international court" if body.kind == "international" else "a foreign court"
    cited = ("art. 125(5.1)(b) of the Constitution the Constitutional Court may rule whether it can be executed, where "
             "it would contradict the foundations of Russia's public legal order" if provision is ART_125_5_1_B else
             "ch. XIII.1 of the Federal Constitutional Law on the Constitutional Court that Court may rule whether it "
             "can be executed")
    also = (Node("Decisions of interstate bodies resting on a treaty read contrary to the Constitution are not "
                 "executed (art. 79); the Constitutional Court decides whether that is so", CONDITIONS, ART_79),) \
        if provision is ART_125_5_1_B and body.kind == "international" else ()
    return Review((RuleFinding(CONDITIONS, provision, Node(
        f"The ruling is one of {kind} imposing obligations on the Russian Federation: under {cited}; if it rules "
        "execution impossible, the ruling is not executed. As far as the knowledge base records, it has not so ruled",
        CONDITIONS, provision, (respondent,), (in_force, *also)),
        Condition(EVENT, BARRED), hints=(f"barred if {EVENT}",)),))


def _settled(ctx: Context, ruling: Ruling, respondent: FactUse, in_force: Node) -> Review | None:
    decided = sorted((d for d in ctx.kb.national_decisions.values() if d.state == STATE and d.ruling == ruling.id),
                     key=lambda d: d.date)
    for dec in decided:
        use = ctx.record(f"national-decision:{dec.id}", f"{dec.court}, ruling of {dec.date.isoformat()}"
                         f"{' No. ' + dec.number if dec.number else ''}: {dec.holding_text}", dec.holding, dec,
                         (dec.date,))
        if ctx.on < dec.date:
            continue
        provision = CH_XIII_1
        if dec.holding == "execution-impossible":
            return Review((RuleFinding(BARS, provision, Node(
                f"The Constitutional Court ruled on {dec.date.isoformat()} that executing the ruling is impossible: "
                "no act to execute it may be taken in Russia", BARS, provision, (respondent, use), (in_force,))),))
        return Review((RuleFinding(PERMITS, provision, Node(
            f"The Constitutional Court ruled on {dec.date.isoformat()} that the ruling may be executed", PERMITS,
            provision, (respondent, use), (in_force,))),))
    return None
