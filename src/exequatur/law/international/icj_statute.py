"""Statute of the International Court of Justice and the Charter's provisions on the Court: who must comply with a
judgment or order of the ICJ.

- Charter art. 93(1): all Members of the United Nations are ipso facto parties to the Statute; art. 93(2): a state
  that is not a Member may become a party on conditions the General Assembly determines — in every case so far
  including acceptance of all the obligations of a Member under art. 94 (GA res. 91 (I), 1946, for Switzerland);
- Charter art. 94(1): each Member undertakes to comply with the decision of the Court in any case to which it is a
  party;
- Statute art. 59: a decision binds only the parties and in respect of that case;
- Statute art. 41 and *LaGrand* (2001, para. 109): orders indicating provisional measures have binding effect.
A state not party to the case is not bound; a party to the case that is not a party to the Statute is bound only by
what it accepted (Statute art. 35(2)), which is not encoded.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import Body, Ruling, Source
from exequatur.facts.temporal import Segment, Timeline
from exequatur.law.international import un_charter
from exequatur.law.international.ruling_effect import case_parties
from exequatur.law.reasoning import NOT_OBLIGED, OBLIGED, UNKNOWN, Context, Finding, Node, Provision, Rulebook
from exequatur.law.texts import UN_CHARTER_TEXT

INSTRUMENT = "icj-statute"
CHARTER = "Charter of the United Nations"
STATUTE = "Statute of the International Court of Justice"
IN_FORCE = dt.date(1945, 10, 24)

LAGRAND = Source(
    id="icj-order-2022-03-16-para-84",
    url="https://en.wikisource.org./wiki/Page:Order_of_16_March_2022.pdf/20",
    title="ICJ, Allegations of Genocide (Ukraine v. Russian Federation), Order of 16 March 2022, para. 84, quoting "
    "LaGrand, I.C.J. Reports 2001, p. 506, para. 109 (page transcription of the Court's PDF)",
)
LAGRAND_ART_41 = Source(
    id="mpil-wcd-lagrand-art-41",
    url="http://www.mpil.de/en/pub/publications/archive/wcd.cfm?fuseaction_wcd=aktdat&aktdat=301010000401.cfm",
    title="Max Planck Institute, World Court Digest: LaGrand (Judgment of 27 June 2001), paras. 99-109, quoting art. 41 "
    "of the Statute",
)
STATUTE_TEXT = Source(
    id="text-icj-statute-transcription",
    url="https://github.com/pantrypoints/sp/blob/79b1166897344c6783fdf46cc2995d83f0b1701a/content/en/research/modern/"
    "icj/chapter-3b.md",
    title="Statute of the International Court of Justice, arts. 59-60 (transcription of the UN text)",
)
STATES_NOT_MEMBERS = Source(
    id="icj-states-not-members",
    url="https://www.icj-cij.org/en/states-not-members",
    title="ICJ: States not members of the United Nations parties to the Statute (Switzerland, Liechtenstein, San "
    "Marino, Japan, Nauru; conditions of GA res. 91 (I) the same in each case)",
)

ART_93_1 = Provision(id="un-charter/art-93-1", order="international", instrument=CHARTER, article="art. 93(1)",
                     text="All Members of the United Nations are ipso facto parties to the Statute of the International "
                     "Court of Justice.", source=UN_CHARTER_TEXT, in_force_from=IN_FORCE)
ART_93_2 = Provision(id="un-charter/art-93-2", order="international", instrument=CHARTER, article="art. 93(2)",
                     text="A state which is not a Member of the United Nations may become a party to the Statute of the "
                     "International Court of Justice on conditions to be determined in each case by the General "
                     "Assembly upon the recommendation of the Security Council.", source=UN_CHARTER_TEXT,
                     in_force_from=IN_FORCE,
                     note="The conditions set for each such state have included acceptance of all the obligations of a "
                     "Member under art. 94 (GA res. 91 (I) of 11 December 1946 and the later resolutions; ICJ).")
ART_94_1 = un_charter.ART_94_1
ART_41 = Provision(id="icj-statute/art-41", order="international", instrument=STATUTE, article="art. 41",
                   text="1. The Court shall have the power to indicate, if it considers that circumstances so require, "
                   "any provisional measures which ought to be taken to preserve the respective rights of either party. "
                   "2. Pending the final decision, notice of the measures suggested shall forthwith be given to the "
                   "parties and to the Security Council.", source=LAGRAND_ART_41, in_force_from=IN_FORCE,
                   note="Binding effect: 'orders on provisional measures under Article 41 have binding effect' (LaGrand, "
                   "2001, para. 109, as the Court quoted it on 16 March 2022). Text read in the Court's own quotation "
                   "in LaGrand, as digested by the Max Planck Institute.")
ART_59 = Provision(id="icj-statute/art-59", order="international", instrument=STATUTE, article="art. 59",
                   text="The decision of the Court has no binding force except between the parties and in respect of "
                   "that particular case.", source=STATUTE_TEXT, in_force_from=IN_FORCE,
                   note="Read in a transcription of the UN text; the Court's own copy was not read.")

RULEBOOK = Rulebook(provisions=(ART_93_1, ART_93_2, ART_41, ART_59), events=((INSTRUMENT, ("deposit",)),))

PARTY, NOT_PARTY = "party", "not-party"


def party_timeline(kb: KnowledgeBase, state: str) -> Timeline[str]:
    """Party to the Statute: while a Member of the United Nations (art. 93(1)), or from the deposit of an instrument
    accepting the conditions set under art. 93(2)."""

    def compute() -> Timeline[str]:
        deposit = next((e for e in kb.events(state, INSTRUMENT) if e.event == "deposit"), None)
        segments: list[Segment[str]] = [Segment(None, NOT_PARTY, (), "neither a Member of the United Nations nor a "
                                                f"party under {ART_93_2.citation}")]
        if deposit is not None:
            segments.append(Segment(deposit.date, PARTY, (deposit,), f"party under {ART_93_2.citation} from "
                                    f"{deposit.date.isoformat()}"))
        for seg in un_charter.membership_timeline(kb, state).segments[1:]:
            if seg.value == un_charter.MEMBER and not (deposit and seg.start and deposit.date <= seg.start):
                segments.append(Segment(seg.start, PARTY, seg.basis, f"a Member of the United Nations "
                                        f"({ART_93_1.citation}): {seg.derivation}"))
            elif seg.value != un_charter.MEMBER and deposit is None:
                segments.append(Segment(seg.start, NOT_PARTY, seg.basis, seg.derivation))
        return Timeline(segments)

    return kb.memo(("icj-party", state), compute)


def applies_to(body: Body) -> bool:
    return INSTRUMENT in body.basis.instruments


def decide(ctx: Context, ruling: Ruling, state: str) -> Finding:
    """Charter art. 94(1) and Statute art. 59: the parties to the case must comply; nobody else is bound."""
    found = case_parties(ctx, ruling, ART_94_1, state)
    if isinstance(found, Finding):
        return found
    parties, named = found
    if state not in parties:
        return Finding(NOT_OBLIGED, Node(f"{state} is not a party to the case ({', '.join(parties)}): the decision has "
                                         "no binding force except between the parties", NOT_OBLIGED, ART_59, (named,)))
    timeline = party_timeline(ctx.kb, state)
    seg = timeline.at(ctx.on)
    member, member_node = un_charter.membership(ctx, state, ART_93_1)
    accepted = () if member else ctx.segment(f"icj-statute:party:{state}", seg, f"{state}: {seg.derivation}",
                                             timeline.changes, absent_in=None if seg.basis else INSTRUMENT)
    if seg.value != PARTY:
        return Finding(UNKNOWN, Node(f"{state} is a party to the case but neither a Member of the United Nations nor a "
                                     "party to the Statute on this date: its obligation rests on what it accepted to "
                                     "appear (Statute art. 35(2)), which is not encoded", None, ART_94_1,
                                     (named, *accepted), (member_node,)))
    statute = member_node if member else Node(f"{state}, not a Member, is a party to the Statute on conditions that "
                                              "include all the obligations of a Member under art. 94", True, ART_93_2,
                                              (*accepted, ctx.fact("icj:states-not-members", "The conditions set under "
                                                                   "art. 93(2) have been the same in each case", True,
                                                                   (STATES_NOT_MEMBERS,))))
    if ruling.kind == "order":
        lagrand = ctx.fact("case:icj-lagrand-2001", "ICJ, LaGrand (Judgment of 27 June 2001), para. 109, as quoted by "
                           "the Court on 16 March 2022: orders on provisional measures under art. 41 have binding "
                           "effect", True, (LAGRAND,))
        return Finding(OBLIGED, Node(f"{state}, a party to the case and to the Statute, must comply with the provisional "
                                     "measures the Court indicated: such orders have binding effect (LaGrand, 2001)",
                                     OBLIGED, ART_41, (named, lagrand), (statute,)),
                       ("provisional measures bind until the Court modifies or revokes them, or until its final "
                        "judgment in the case",))
    return Finding(OBLIGED, Node(f"{state}, a party to the case, must comply with the decision of the Court", OBLIGED,
                                 ART_94_1, (named,), (statute,)))
