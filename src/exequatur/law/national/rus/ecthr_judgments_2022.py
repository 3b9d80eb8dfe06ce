"""Federal Law of 11 June 2022 No. 183-FZ: judgments of the European Court of Human Rights that entered into force
after 15 March 2022 are not subject to execution in the Russian Federation.

Scope: judgments of the European Court of Human Rights, the court the law names. In force from 11 June 2022, as the
Council of Europe states (CM/Inf/DH(2022)25, para. 4); which of the two laws of that day holds the rule is set out in
the law's record (``data/national/rus.yaml``): No. 183-FZ, as reported; the official text was not read.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.model import Ruling, Source
from exequatur.law.international.ruling_effect import ruling_fact
from exequatur.law.national.enactment import standing
from exequatur.law.national.rus.publication import entry_into_force
from exequatur.law.reasoning import (
    BARS,
    IMPLEMENTS,
    UNKNOWN,
    Context,
    FactUse,
    Node,
    Provision,
    Review,
    RuleFinding,
)

LAW_ID = "rus-183-fz-2022"
BODY = "ecthr"
CUT_OFF = dt.date(2022, 3, 15)

SOURCE = Source(
    id="grams-it-183-fz",
    url="https://grams-it.com/blog/20220615-gesetz-zur-aufhebung-der-umsetzung-von-urteilen-des-europaeischen-"
    "gerichtshofs-fuer-menschenrechte-in-russland-die-nach-dem-15-maerz-2022-ergangen-sind",
    title="Gesetz zur Aufhebung der Umsetzung von Urteilen des EGMR in Russland, die nach dem 15. März 2022 ergangen "
    "sind (summary of the Kremlin release on Federal Law No. 183-FZ)",
)
CUT_OFF_RULE = Provision(
    id="rus/183-fz-2022/cut-off",
    order="domestic",
    state="RUS",
    instrument="Federal Law of 11 June 2022 No. 183-FZ",
    article="rule on judgments of the European Court of Human Rights",
    text="Judgments of the European Court of Human Rights that entered into force after 15 March 2022 are not subject "
    "to execution in the Russian Federation.",
    source=SOURCE,
    note="Paraphrase from secondary sources (Kremlin release as summarised; Interfax says 'handed down'); the "
    "article number and official text were not read. In force from 11 June 2022 (Council of Europe, CM/Inf/DH(2022)25).",
    in_force_from=dt.date(2022, 6, 11),
)

PAYMENT_UNTIL = dt.date(2023, 1, 1)
PAYMENT_SOURCE = Source(
    id="interfax-2022-06-08-payment",
    url="https://interfax.com/newsroom/top-stories/80014/",
    title="Interfax, 8 June 2022: the Federation Council votes for bills allowing Russia not to fulfil ECHR judgments "
    "handed down after March 15, 2022; awards under earlier judgments to be paid until 1 January 2023, in roubles",
)
PAYMENT_RULE = Provision(
    id="rus/183-fz-2022/payment",
    order="domestic",
    state="RUS",
    instrument="Federal Law of 11 June 2022 No. 183-FZ",
    article="rule on payment under judgments that became final before 15 March 2022",
    text="Until 1 January 2023 the Prosecutor General's Office may pay the compensation awarded by judgments of the "
    "European Court of Human Rights that entered into force before 15 March 2022, in roubles, to accounts with Russian "
    "banks.",
    source=PAYMENT_SOURCE,
    note="Paraphrase from secondary sources (Interfax; Eurointegration quoting the Duma committee chair); the article "
    "number and official text were not read. No payment after that date is provided for.",
    in_force_from=dt.date(2022, 6, 11),
    in_force_to=dt.date(2022, 12, 31),
)

PROVISIONS = (CUT_OFF_RULE, PAYMENT_RULE)


def review(ctx: Context, ruling: Ruling) -> Review:
    """The 2022 law on a judgment of the European Court of Human Rights: ``bars`` it if it became final after 15
    March 2022; for one final earlier, ``implements`` payment of the sum awarded until 1 January 2023 and, from then,
    provides nothing (shown as considered)."""
    if ruling.body != BODY:
        return Review()
    law = standing(ctx, LAW_ID, entry_into_force)
    if law.value is False:
        return Review(considered=(Node(f"Federal Law No. 183-FZ does not apply on {ctx.on.isoformat()}", False,
                                       CUT_OFF_RULE, children=(law.node,)),), hints=(law.hint,) if law.hint else ())
    final = ruling.final or ruling.issued
    use = ruling_fact(ctx, ruling, "final-or-issued", f"{ruling.id} " + (
        f"became final on {ruling.final.isoformat()}" if ruling.final else
        f"was delivered on {ruling.issued.isoformat()} (date it became final not recorded)"), final, ruling.sources)
    applies: bool | None = True if final > CUT_OFF else False if ruling.final is not None else None
    if law.value is None:
        if applies is False:
            return _final_before_cut_off(ctx, use, law.node, ruling.id)
        return Review((RuleFinding(UNKNOWN, CUT_OFF_RULE, Node(
            "The judgment falls under the 2022 law, whose entry into force is not confirmed", UNKNOWN, CUT_OFF_RULE,
            (use,), (law.node,)), hints=("confirm the entry into force of Federal Law No. 183-FZ",)),))
    if applies is None:
        return Review((RuleFinding(UNKNOWN, CUT_OFF_RULE, Node(
            "Whether the judgment became final after 15 March 2022 is not known", UNKNOWN, CUT_OFF_RULE, (use,),
            (law.node,)), hints=("give the date the judgment became final",)),))
    if applies:
        return Review((RuleFinding(BARS, CUT_OFF_RULE, Node(
            "The judgment became final after 15 March 2022: not executed in Russia", BARS, CUT_OFF_RULE, (use,),
            (law.node,))),))
    return _final_before_cut_off(ctx, use, law.node, ruling.id)


def _final_before_cut_off(ctx: Context, use: FactUse, in_force: Node, ruling_id: str) -> Review:
    """A judgment final on or before 15 March 2022 is not barred by the cut-off; the same law provides for paying the
    sums awarded only until 1 January 2023 — a procedure of execution while it lasts, none after."""
    until = ctx.fact("rus:183-fz:payment-until", f"Federal Law No. 183-FZ provides for payment under such judgments "
                     f"until {PAYMENT_UNTIL.isoformat()}", PAYMENT_UNTIL, (PAYMENT_SOURCE,), (PAYMENT_UNTIL,))
    not_cut = Node("The judgment became final on or before 15 March 2022: the cut-off does not reach it", False,
                   CUT_OFF_RULE, (use,), (in_force,))
    settled = [d for d in ctx.kb.national_decisions.values() if d.ruling == ruling_id and d.state == "RUS"
               and d.holding == "execution-impossible" and d.date <= ctx.on]
    if ctx.on < PAYMENT_UNTIL and settled:
        return Review(considered=(Node("The 2022 law provided for paying sums awarded by such judgments until "
                                       f"{PAYMENT_UNTIL.isoformat()}, but the Constitutional Court has ruled this "
                                       "judgment impossible to execute", False, PAYMENT_RULE, (until,), (not_cut,)),))
    if ctx.on < PAYMENT_UNTIL:
        return Review((RuleFinding(IMPLEMENTS, PAYMENT_RULE, Node(
            f"The sum the judgment awards may be paid until {PAYMENT_UNTIL.isoformat()}, in roubles, to an account "
            "with a Russian bank", IMPLEMENTS, PAYMENT_RULE, (until,), (not_cut,)),
            hints=(f"from {PAYMENT_UNTIL.isoformat()} the 2022 law provides for no payment under the judgment",)),))
    return Review(considered=(Node(f"The 2022 law provided for paying the sum the judgment awards only until "
                                   f"{PAYMENT_UNTIL.isoformat()}; it provides no way to execute the judgment now",
                                   False, PAYMENT_RULE, (until,), (not_cut,)),))
