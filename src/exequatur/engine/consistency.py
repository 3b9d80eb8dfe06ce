"""Checks of the knowledge base against the encoded law's own rules on time.

Why in the engine and not in the loader: the loader (facts layer) checks types, ids, sources and the order of
events; whether a recorded entry-into-force date agrees with art. 126(2) is a question of law, and the facts
layer must not import law. A recorded date that disagrees with the rule is reported, never silently replaced.
"""

from __future__ import annotations

from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.law.international import echr, rome_statute, unclos


def check(kb: KnowledgeBase) -> list[str]:
    """Every disagreement between a recorded date and the date the treaty's rule gives, as a message naming the
    file, record and field."""
    problems: list[str] = []
    states = {ev.state for ev in kb.participation}
    for state in sorted(states):
        events = {ev.event: ev for ev in reversed(kb.events(state, rome_statute.INSTRUMENT))}
        deposit, eif = events.get("deposit"), events.get("entry-into-force")
        if deposit and eif:
            computed, provision = rome_statute.entry_into_force_for(deposit.date)
            if eif.date != computed:
                problems.append(f"participation.yaml: record {state}/rome-statute/entry-into-force/{eif.date}, field "
                                f"'date': {provision.citation} gives {computed} for a deposit on {deposit.date}")
        notified, effective = events.get("withdrawal-notified"), events.get("withdrawal-effective")
        if notified and effective:
            computed = rome_statute.withdrawal_effective(notified.date)
            if effective.date < computed:
                problems.append(f"participation.yaml: record {state}/rome-statute/withdrawal-effective/"
                                f"{effective.date}, field 'date': art. 127(1) gives {computed} (one year after "
                                f"notification on {notified.date}); a withdrawal cannot take effect earlier")
        if effective and not notified:
            problems.append(f"participation.yaml: record {state}/rome-statute/withdrawal-effective/{effective.date}: "
                            "no withdrawal-notified event (art. 127(1) counts from the notification)")
        u_events = {ev.event: ev for ev in reversed(kb.events(state, unclos.INSTRUMENT))}
        u_dep, u_eif = u_events.get("deposit"), u_events.get("entry-into-force")
        if u_dep and u_eif and u_eif.date != unclos.entry_into_force_for(u_dep.date):
            problems.append(f"participation.yaml: record {state}/unclos/entry-into-force/{u_eif.date}, field 'date': "
                            f"art. 308 gives {unclos.entry_into_force_for(u_dep.date)} for a deposit on {u_dep.date}")
        e_events = {ev.event: ev for ev in reversed(kb.events(state, echr.INSTRUMENT))}
        e_dep, e_eif = e_events.get("deposit"), e_events.get("entry-into-force")
        if e_dep and e_eif and e_dep.date > echr.IN_FORCE and e_eif.date != e_dep.date:
            problems.append(f"participation.yaml: record {state}/echr/entry-into-force/{e_eif.date}, field 'date': "
                            f"art. 59(4) gives the date of deposit, {e_dep.date}")
    return problems
