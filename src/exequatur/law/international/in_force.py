"""Whether an instrument is in force for a state on a date, by that instrument's own rules on time.

Used wherever a rule asks "is this a treaty of state X?" — e.g. Russian art. 6 branch (b). Each encoded instrument
answers through its module's timeline (Rome Statute arts. 126/127; ECHR arts. 58/59; UNCLOS arts. 308/317; UN
membership; the ICJ Statute through Charter art. 93); any other treaty counts as in force only from a sourced
entry-into-force event, and as unknown if the state has acted on it without one — or if the knowledge base has no
record of the treaty at all.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import Participation
from exequatur.law.international import echr, icj_statute, rome_statute, un_charter, unclos
from exequatur.law.international.consent import status_from_events
from exequatur.law.international.foreign_courts import EU, eu_timeline


def in_force_for(kb: KnowledgeBase, state: str, instrument: str, on: dt.date
                 ) -> tuple[bool | None, tuple[Participation, ...], tuple[dt.date, ...]]:
    """(in force?, the events it rests on, the dates its answer changes)."""
    timeline = {
        rome_statute.INSTRUMENT: lambda: rome_statute.party_timeline(kb, state),
        echr.INSTRUMENT: lambda: echr.party_timeline(kb, state),
        un_charter.INSTRUMENT: lambda: un_charter.membership_timeline(kb, state),
        unclos.INSTRUMENT: lambda: unclos.party_timeline(kb, state),
        icj_statute.INSTRUMENT: lambda: icj_statute.party_timeline(kb, state),
        EU: lambda: eu_timeline(kb, state),
    }.get(instrument)
    if timeline is not None:
        tl = timeline()
        seg = tl.at(on)
        value = None if seg.value in ("unknown", "party-or-former-party") else seg.value in ("party", "member",
                                                                                             "transition")
        return value, seg.basis, tl.changes
    if instrument not in kb.instruments:
        return None, (), ()
    events = kb.events(state, instrument)
    value, past = status_from_events(events, on)
    return value, past, tuple(e.date for e in events)
