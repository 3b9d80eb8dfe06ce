"""Charter of the United Nations: Security Council decisions (art. 25), UN membership (arts. 4, 6) and the text of
art. 94(1) (compliance with the ICJ, applied in ``icj_statute``).

A resolution binds exactly whom its operative part *decides* must act — all States (Res. 827 for the ICTY,
Res. 955 for the ICTR, Res. 1966 for the Residual Mechanism), named authorities (Res. 1593: the Government of Sudan
and the parties to the conflict in Darfur; Res. 1970: the Libyan authorities) or nobody (Res. 1757 puts an agreement
into force and decides no duty itself; Lebanon's duty is in the agreement, ``stl_agreement``). Whom it merely *urges*
is urged, not obliged. These are read from each resolution's record, with the paragraph as read, never generalised;
a resolution whose operative wording on cooperation was not confirmed answers ``unknown``.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import Body, Resolution, Ruling
from exequatur.facts.temporal import Segment, Timeline
from exequatur.law.reasoning import (
    NOT_OBLIGED,
    OBLIGED,
    UNKNOWN,
    URGED,
    Context,
    FactUse,
    Finding,
    Node,
    Provision,
    Rulebook,
)
from exequatur.law.texts import UN_CHARTER_TEXT

INSTRUMENT = "un-charter"
IN_FORCE = dt.date(1945, 10, 24)

ART_25 = Provision(id="un-charter/art-25", order="international", instrument="Charter of the United Nations",
                   article="art. 25", text="The Members of the United Nations agree to accept and carry out the "
                   "decisions of the Security Council in accordance with the present Charter.", source=UN_CHARTER_TEXT,
                   in_force_from=IN_FORCE)
ART_94_1 = Provision(id="un-charter/art-94-1", order="international", instrument="Charter of the United Nations",
                     article="art. 94(1)", text="Each Member of the United Nations undertakes to comply with the "
                     "decision of the International Court of Justice in any case to which it is a party.",
                     source=UN_CHARTER_TEXT, in_force_from=IN_FORCE)
ART_6 = Provision(id="un-charter/art-6", order="international", instrument="Charter of the United Nations",
                  article="art. 6", text="A Member of the United Nations which has persistently violated the Principles "
                  "contained in the present Charter may be expelled from the Organization by the General Assembly "
                  "upon the recommendation of the Security Council.", source=UN_CHARTER_TEXT, in_force_from=IN_FORCE)
RULEBOOK = Rulebook(provisions=(ART_25, ART_94_1, ART_6), events=((INSTRUMENT, ("admission", "expulsion")),))

MEMBER, NOT_MEMBER = "member", "not-member"


def membership_timeline(kb: KnowledgeBase, state: str) -> Timeline[str]:
    def compute() -> Timeline[str]:
        segments: list[Segment[str]] = [Segment(None, NOT_MEMBER, (), "not admitted to the United Nations")]
        for ev in kb.events(state, INSTRUMENT):
            if ev.event == "admission":
                segments.append(Segment(ev.date, MEMBER, (ev,), f"admitted {ev.date.isoformat()}"))
            elif ev.event == "expulsion":
                segments.append(Segment(ev.date, NOT_MEMBER, (ev,), f"expelled {ev.date.isoformat()} "
                                        f"({ART_6.citation})"))
        return Timeline(segments)

    return kb.memo(("un-member", state), compute)


def membership(ctx: Context, state: str, provision: Provision = ART_25) -> tuple[bool, Node]:
    """Whether ``state`` is a Member on ``ctx.on``, as a node citing ``provision`` — the rule membership matters for
    (art. 25 for Security Council decisions; art. 93(1) for the ICJ Statute)."""
    timeline = membership_timeline(ctx.kb, state)
    seg = timeline.at(ctx.on)
    member = seg.value == MEMBER
    statement = f"{state} is {'a' if member else 'not a'} Member of the United Nations on {ctx.on.isoformat()}"
    if member or seg.basis:
        facts = ctx.segment(f"un:member:{state}", seg, statement, timeline.changes)
    else:
        facts = ctx.segment(f"un:not-admitted:{state}", seg, f"{state} is not on the list of UN Member States "
                            f"admitted by {ctx.on.isoformat()}", timeline.changes, absent_in=INSTRUMENT)
    expelled = any(e.event == "expulsion" for e in seg.basis)
    return member, Node(statement + (f" — {seg.derivation}" if expelled else ""), member, provision, facts)


def resolution_duty(ctx: Context, res: Resolution, state: str, what: str) -> Finding:
    """What resolution ``res`` requires of ``state`` towards ``what`` on ``ctx.on``: obliged (decided, and the state
    is a Member bound by art. 25), urged, not obliged, or unknown where the operative wording is not confirmed."""
    adopted = ctx.record(f"resolution:{res.id}", f"Security Council resolution {res.number} adopted "
                         f"{res.date.isoformat()}" + (" under Chapter VII" if res.chapter_vii else ""),
                         res.date, res, (res.date,))
    label = f"Resolution {res.number} ({res.date.year})"
    if ctx.on < res.date:
        return Finding(NOT_OBLIGED, Node(f"{label} had not been adopted on {ctx.on.isoformat()}", False, ART_25,
                                         (adopted,)))
    named = state in res.binds
    if named or res.binds_all_member_states:
        member, member_node = membership(ctx, state)
        whom = f"{state} by name" if named else "all States"
        decision = _decision_read(ctx, res, label)
        if member:
            return Finding(OBLIGED, Node(f"{label} decides that {whom} shall cooperate with {what}; a Member must "
                                         "carry out the decisions of the Security Council", OBLIGED, ART_25,
                                         (adopted, *decision), (member_node,)),
                           (f"only a new Security Council decision could lift the duty under {label}",))
        return Finding(UNKNOWN if named else NOT_OBLIGED, Node(
            f"{label} decides that {whom} shall cooperate, but {state} is not a UN Member bound by art. 25", None
            if named else False, ART_25, (adopted,), (member_node,)))
    if res.binds_all_member_states is None:
        return Finding(UNKNOWN, Node(f"Whether {label} decides that all States shall cooperate with {what} is not "
                                     "confirmed: its operative wording was not read in a source", None, ART_25,
                                     (adopted,)),
                       (f"confirm the operative paragraph of {label} on cooperation",))
    if res.urges_all_states:
        return Finding(URGED, Node(f"{label} does not bind {state}; it urges all States to cooperate with {what}",
                                   URGED, ART_25, (adopted,)))
    return Finding(NOT_OBLIGED, Node(f"{label} itself decides no duty of {state} to cooperate with {what}", False,
                                     ART_25, (adopted, *_decision_read(ctx, res, label, cooperation=False))))


def _decision_read(ctx: Context, res: Resolution, label: str, cooperation: bool = True) -> tuple[FactUse, ...]:
    """The operative paragraphs recorded as deciding on cooperation (or, with ``cooperation=False``, the others: what
    the resolution does decide), each as read and with where it was read — saying so where the paragraph's own wording
    was not read."""
    uses = []
    for para in res.operative:
        if para.cooperation != cooperation or (not cooperation and para.paragraph is None):
            continue
        where = f"{label}, para. {para.paragraph}" if para.paragraph else f"{label} (paragraph number not read)"
        how = "" if para.verbatim else " — as read in other texts; the paragraph's own wording was not read"
        kind = "cooperation" if cooperation else "operative"
        uses.append(ctx.fact(f"resolution:{res.id}:{kind}:{para.paragraph or ''}", f"{where}: {para.text}{how}",
                             para.text, ctx.kb.source_records(para.sources or res.sources), (), res.assumed))
    return tuple(uses)


def applies_to(body: Body) -> bool:
    """Bodies whose competence rests on Security Council resolutions (the ad hoc tribunals, the IRMCT, the STL)."""
    return bool(body.basis.resolutions) and "rome-statute" not in body.basis.instruments


def decide(ctx: Context, ruling: Ruling, state: str) -> Finding:
    """The duty to cooperate with a body established or empowered by Security Council resolutions."""
    body = ctx.kb.bodies[ruling.body]
    findings = [resolution_duty(ctx, ctx.kb.resolutions[r], state, what=f"the {body.name}")
                for r in body.basis.resolutions]
    for outcome in (OBLIGED, UNKNOWN, URGED):
        chosen = [f for f in findings if f.outcome == outcome]
        if chosen:
            return Finding(outcome, Node(f"{state} and rulings of the {body.name}", outcome,
                                         children=tuple(f.node for f in findings)), tuple(h for f in chosen
                                                                                          for h in f.hints))
    if len(findings) == 1:
        return findings[0]
    return Finding(NOT_OBLIGED, Node(f"None of the Security Council resolutions on which the {body.name} rests binds "
                                     f"{state}", NOT_OBLIGED, ART_25, children=tuple(f.node for f in findings)))
