"""Art. 6 of the Federal Constitutional Law of 31 December 1996 No. 1-FKZ "On the Judicial System of the Russian
Federation", as amended by the Federal Constitutional Law of 29 December 2025.

Not subject to enforcement in the Russian Federation are rulings of
(a) courts of foreign states vested with powers in criminal proceedings by other foreign states without the
    participation of the Russian Federation, and
(b) international judicial bodies whose competence rests neither on an international treaty of the Russian
    Federation nor on a resolution of the UN Security Council adopted under Chapter VII of the UN Charter.
In force from its entry into force (``publication``); before that, no rule of this law applies.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.model import Body, Ruling, Source
from exequatur.law.national.enactment import standing
from exequatur.law.national.rus.publication import entry_into_force
from exequatur.law.national.treaties import treaty_in_force
from exequatur.law.reasoning import (
    BARS,
    PERMITS,
    UNKNOWN,
    Context,
    FactUse,
    Node,
    Provision,
    Reading,
    ReadingOption,
    Review,
    Rulebook,
    RuleFinding,
)

LAW_ID = "rus-fkz-2025-judicial-system-art-6"
STATE = "RUS"

TEXT_SOURCE = Source(
    id="rbc-2025-12-29-art6",
    url="https://www.rbc.ru/politics/29/12/2025/695226219a7947484e2d2e99",
    title="RBC, 29 December 2025: Putin signs the law on non-enforcement of rulings of foreign courts (quotes art. 6 "
    "as amended)",
)
_TEXT_RU = ("Не подлежат исполнению постановления судов иностранных государств, наделенных полномочиями в сфере "
            "уголовного судопроизводства другими иностранными государствами без участия Российской Федерации, и "
            "международных судебных органов, компетенция которых не основана на международном договоре Российской "
            "Федерации или резолюции Совета Безопасности ООН, принятой в рамках реализации полномочий, "
            "предусмотренных главой VII Устава ООН.")
_NOTE = ("Wording as quoted by the media (RBC, TASS, gazeta.ru); the official text, the law's number and the part of "
         "art. 6 it amends were not read. In force from 2026-01-09, derived from publication on 2025-12-29.")


def _p(pid: str, article: str, text: str) -> Provision:
    return Provision(id=f"rus/fkz-1-1996/{pid}", order="domestic", state=STATE,
                     instrument="Federal Constitutional Law No. 1-FKZ \"On the Judicial System of the Russian "
                     "Federation\" (as amended 29 December 2025)", article=article, text=text, text_original=_TEXT_RU,
                     source=TEXT_SOURCE, in_force_from=dt.date(2026, 1, 9), note=_NOTE)


BRANCH_A = _p("art-6-a", "art. 6 (2025 amendment), branch (a)", "Rulings of courts of foreign states vested with "
              "powers in the sphere of criminal proceedings by other foreign states without the participation of the "
              "Russian Federation are not subject to enforcement in the Russian Federation.")
BRANCH_B = _p("art-6-b", "art. 6 (2025 amendment), branch (b)", "Rulings of international judicial bodies whose "
              "competence is not based on an international treaty of the Russian Federation or on a resolution of the "
              "UN Security Council adopted in exercise of the powers provided for by Chapter VII of the UN Charter are "
              "not subject to enforcement in the Russian Federation.")

TREATY_DATE = Reading(
    id="rus-art6-treaty-date",
    question="Branch (b): is 'an international treaty of the Russian Federation' judged on the date enforcement is "
    "sought, or on the date the ruling was given?",
    provision=BRANCH_B.id,
    options=(
        ReadingOption("enforcement-date", "On the date enforcement is sought: a treaty Russia has left no longer "
                      "grounds the body's competence (e.g. the ECHR after 16 September 2022).",
                      "the plain present-tense wording ('is not based'); the law's stated aim of shutting out rulings "
                      "of bodies Russia no longer recognises (Deputy Justice Minister, December 2025)"),
        ReadingOption("ruling-date", "On the date of the ruling: a body whose competence rested on a treaty Russia was "
                      "party to when it ruled keeps that basis.",
                      "argued by commentators relying on VCLT art. 70(1)(b) (termination does not affect obligations "
                      "created before it) and ECHR art. 58(2)"),
    ),
    default="enforcement-date",
)
COMPETENCE = Reading(
    id="rus-art6-competence",
    question="Branch (b): is 'competence' the body's competence in general, or its competence over the situation "
    "the ruling belongs to?",
    provision=BRANCH_B.id,
    options=(
        ReadingOption("body-competence", "The body's competence in general: the ICC's rests on the Rome Statute, to "
                      "which Russia is not party, whatever triggered a particular situation.",
                      "the wording ('bodies whose competence'); the officially stated target of the law, ICC rulings"),
        ReadingOption("situation-competence", "The competence exercised in the case: where a Security Council "
                      "referral under Chapter VII triggered the ICC's jurisdiction (Darfur, Res. 1593; Libya, Res. "
                      "1970), that competence rests on the resolution.",
                      "a reading consistent with Russia's vote for Res. 1593 and Res. 1970 and with art. 13(b) of the "
                      "Rome Statute"),
    ),
    default="body-competence",
)

RULEBOOK = Rulebook(provisions=(BRANCH_A, BRANCH_B), readings=(TREATY_DATE, COMPETENCE))


def review(ctx: Context, ruling: Ruling) -> Review:
    """Art. 6 as amended on the ruling on ``ctx.on``: a ``bars`` finding where a branch reaches it, ``unknown`` where
    that cannot be told; a branch that does not reach the ruling is shown as considered, not as a finding."""
    law = standing(ctx, LAW_ID, entry_into_force)
    if law.value is None:
        return Review((RuleFinding(UNKNOWN, BRANCH_B, Node("Whether art. 6 as amended in 2025 is in force is not "
                                                          "confirmed", UNKNOWN, BRANCH_B, children=(law.node,)),
                                   hints=(law.hint,) if law.hint else ()),))
    if not law.value:
        return Review(considered=(Node(f"Art. 6 as amended in 2025 does not apply on {ctx.on.isoformat()}", False,
                                       BRANCH_B, children=(law.node,)),), hints=(law.hint,) if law.hint else ())
    body = ctx.kb.bodies[ruling.body]
    if body.kind == "national":
        return _branch_a(ctx, body, law.node)
    return _branch_b(ctx, ruling, body, law.node)


def _body_fact(ctx: Context, body: Body, statement: str, value: object) -> FactUse:
    if body.hypothetical:
        return ctx.fact(f"body:{body.id}", statement, value, (), assumed=True)
    return ctx.record(f"body:{body.id}", statement, value, body)


def _branch_a(ctx: Context, body: Body, in_force: Node) -> Review:
    if body.state == STATE:
        return Review(considered=(Node("A ruling of a Russian court is not a ruling of a foreign court: art. 6 "
                                       "(2025) does not reach it", False, BRANCH_A, children=(in_force,)),))
    conferred = body.jurisdiction_conferred_by
    fact = _body_fact(ctx, body, f"{body.name}: court of {body.state}; criminal: {'yes' if body.criminal else 'no'}; "
                      f"jurisdiction conferred by: {', '.join(conferred) if conferred else 'no other state'}",
                      conferred)
    if body.criminal and conferred and STATE not in conferred:
        return Review((RuleFinding(BARS, BRANCH_A, Node(f"The {body.name} exercises criminal jurisdiction conferred by "
                                                       f"{', '.join(conferred)} without Russia's participation: its "
                                                       "rulings are not enforced in Russia", BARS, BRANCH_A, (fact,),
                                                       (in_force,)),
                                   hints=("not barred by art. 6 if Russia took part in conferring the jurisdiction",)),))
    if body.criminal and conferred:
        return Review((RuleFinding(PERMITS, BRANCH_A, Node(
            f"Russia took part in conferring the criminal jurisdiction of the {body.name}: the exception in art. 6 (2025), "
            "branch (a), applies and it does not bar enforcement", PERMITS, BRANCH_A, (fact,), (in_force,))),))
    why = "it does not exercise criminal jurisdiction" if not body.criminal else "no other state conferred its jurisdiction"
    return Review(considered=(Node(f"Art. 6 (2025), branch (a), does not reach the {body.name}: {why}", False,
                                   BRANCH_A, (fact,), (in_force,)),))


def _branch_b(ctx: Context, ruling: Ruling, body: Body, in_force: Node) -> Review:
    instruments, resolutions = list(body.basis.instruments), list(body.basis.resolutions)
    situation = ctx.kb.situations.get(ruling.situation or "")
    referrals = [t.resolution for t in situation.triggers if t.kind == "unsc-referral" and t.resolution] \
        if situation else []
    referral = bool(referrals)
    if referral and "rome-statute" in instruments and ctx.reading(COMPETENCE) == "situation-competence":
        instruments, resolutions = [], referrals
    when = ctx.on if ctx.reading(TREATY_DATE) == "enforcement-date" else ruling.issued
    nodes: list[Node] = []
    grounded: bool | None = False
    for res_id in resolutions:
        res = ctx.kb.resolutions[res_id]
        use = ctx.record(f"resolution:{res.id}:chapter-vii", f"Resolution {res.number} ({res.date.year}) was adopted "
                         + ("under Chapter VII" if res.chapter_vii else "without confirmed reliance on Chapter VII"),
                         res.chapter_vii, res)
        nodes.append(Node(f"Competence rests on Security Council resolution {res.number} "
                          f"({'Chapter VII' if res.chapter_vii else 'Chapter VII not confirmed'})",
                          res.chapter_vii, BRANCH_B, (use,)))
        if res.chapter_vii:
            grounded = True
        elif res.chapter_vii is None and grounded is False:
            grounded = None
    for ins_id in instruments:
        value, node = treaty_in_force(ctx, STATE, ins_id, when, BRANCH_B, dependent=when == ctx.on)
        instrument = ctx.kb.instruments.get(ins_id)
        title = instrument.title if instrument else f"treaty '{ins_id}'"
        word = {True: "is", False: "is not", None: "may or may not be"}[value]
        nodes.append(Node(f"The {title} {word} an international treaty of the Russian Federation on "
                          f"{when.isoformat()}", value, BRANCH_B, node.facts))
        if value:
            grounded = True
        elif value is None and grounded is False:
            grounded = None
    if not instruments and not resolutions:
        nodes.append(Node(f"No legal basis of the {body.name}'s competence is recorded", None, BRANCH_B))
        grounded = None
    basis_word = f"competence of the {body.name}" + (" over this situation" if resolutions and situation and referral
                                                      and not instruments else "")
    if grounded:
        on = [n.statement for n in nodes if n.value is True]
        return Review((RuleFinding(PERMITS, BRANCH_B, Node(
            f"The {basis_word} rests on what art. 6 (2025), branch (b), accepts — {'; '.join(on)} — so it does not bar "
            "enforcement", PERMITS, BRANCH_B, children=(in_force, *nodes))),))
    if grounded is None:
        return Review((RuleFinding(UNKNOWN, BRANCH_B, Node(f"Whether the {basis_word} rests on a treaty of the Russian "
                                                          "Federation or a Chapter VII resolution cannot be told from "
                                                          "confirmed facts", UNKNOWN, BRANCH_B,
                                                          children=(in_force, *nodes))),))
    if referral and instruments:  # a referral exists, but the reading applied looks at the body's competence
        said = (f"Under the body-competence reading, the {basis_word} rests on a treaty the Russian Federation is not "
                "party to; the Security Council's Chapter VII referral of this situation counts only under the "
                "situation-competence reading: its rulings are not subject to enforcement in Russia")
        hint = "not barred by art. 6 under the situation-competence reading (the referral's Chapter VII resolution)"
    else:
        said = (f"The {basis_word} rests neither on a treaty of the Russian Federation nor on a Chapter VII "
                "resolution: its rulings are not subject to enforcement in Russia")
        hint = ("not barred by art. 6 if Russia became party to the treaty the body rests on, or if the Security "
                "Council acting under Chapter VII conferred the competence")
    return Review((RuleFinding(BARS, BRANCH_B, Node(said, BARS, BRANCH_B, children=(in_force, *nodes)),
                               hints=(hint,)),))
