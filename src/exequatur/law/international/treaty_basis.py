"""Bodies whose competence rests on a treaty this project has not encoded in detail (the Ukraine–Council of Europe
agreement on the Special Tribunal for the Crime of Aggression; a hypothetical court resting on any treaty, even one
the knowledge base has no record of).

What can be said without encoding the treaty's own cooperation clauses: a treaty creates no obligation for a
state that has not consented to it (VCLT art. 34), so a non-party is ``not_obliged``; for a party, or where its
participation is not recorded, the answer is ``unknown`` — never a guessed ``obliged``, and never an error.
"""

from __future__ import annotations

from exequatur.facts.model import Body, Ruling
from exequatur.law.international import echr, icj_statute, rome_statute, stl_agreement, un_charter, unclos
from exequatur.law.international.consent import bound_by
from exequatur.law.international.vclt import ART_34 as VCLT_34
from exequatur.law.reasoning import NOT_OBLIGED, UNKNOWN, Context, Finding, Node, Rulebook

# Treaties whose rules on the effect of rulings are encoded in a module of their own.
ENCODED_ELSEWHERE = frozenset({rome_statute.INSTRUMENT, echr.INSTRUMENT, un_charter.INSTRUMENT, icj_statute.INSTRUMENT,
                               unclos.INSTRUMENT, stl_agreement.INSTRUMENT})


def applies_to(body: Body) -> bool:
    return body.kind == "international" and any(i not in ENCODED_ELSEWHERE for i in body.basis.instruments)


def decide(ctx: Context, ruling: Ruling, state: str) -> Finding:
    body = ctx.kb.bodies[ruling.body]
    others = [i for i in body.basis.instruments if i not in ENCODED_ELSEWHERE]
    nodes, statuses = [], []
    for ins_id in others:
        status, node = bound_by(ctx, state, ins_id)
        nodes.append(node)
        statuses.append(status)
    if all(s is False for s in statuses):
        titles = ", ".join(ctx.kb.instruments[i].title for i in others)
        return Finding(NOT_OBLIGED, Node(f"{state} is not party to the treaty on which the {body.name} rests ({titles})",
                                         NOT_OBLIGED, VCLT_34, children=tuple(nodes)),
                       (f"{state} would need to become a party to that treaty (and its cooperation provisions to be "
                        "encoded) for the answer to change",))
    unrecorded = [i for i in others if i not in ctx.kb.instruments]
    hints = [f"record the participation facts of '{i}' (which states are parties, and from when)" for i in unrecorded]
    if len(unrecorded) < len(others):
        hints.append("encode the cooperation provisions of the constituent treaty")
    return Finding(UNKNOWN, Node(f"Whether {state} must give effect to rulings of the {body.name} depends on the "
                                 "cooperation provisions of its constituent treaty, which are not encoded, or on "
                                 f"{state}'s participation in it, which is not recorded or not confirmed", None,
                                 children=tuple(nodes)), tuple(hints))


RULEBOOK = Rulebook(events=(("*", ("signature", "domestic-ratification", "deposit", "entry-into-force")),))
