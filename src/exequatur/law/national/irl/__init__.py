"""Ireland: the International Criminal Court Act 2006 (No. 30 of 2006).

- s. 25(1): on the arrest of a person under the Act, the High Court may order the person's surrender to the ICC if
  satisfied that the person is the one named in the Court's warrant, without reviewing how the warrant was issued —
  ``implements``.
- s. 61(1): state or diplomatic immunity through a connection with a state party to the Statute is not a bar to
  proceedings under the Act — ``permits``. Unlike the United Kingdom's s. 23, it says nothing of immunity through a
  state not party: whether other Irish law lets proceedings go ahead against such a person is not encoded, so the
  answer is ``unknown`` there.

Texts: irishstatutebook.ie (as enacted).
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.model import Ruling, Source
from exequatur.law.international import rome_statute
from exequatur.law.national.enactment import standing, unless_in_force
from exequatur.law.national.persons import immune_office, office_fact
from exequatur.law.reasoning import IMPLEMENTS, PERMITS, UNKNOWN, Context, Node, Provision, Review, Rulebook, RuleFinding

STATE = "IRL"
BODY = "icc"  # the Act gives effect to requests of the International Criminal Court only
LAW_ID = "irl-icc-act-2006"
INSTRUMENT = "International Criminal Court Act 2006 (No. 30 of 2006)"
IN_FORCE = dt.date(2021, 5, 17)  # no later than (data/national/irl.yaml)

S_25 = Provision(
    id="irl/icc-act-2006/s-25-1", order="domestic", state=STATE, instrument=INSTRUMENT, article="s. 25(1)",
    text="Where a person is arrested under the Act on the ICC's request, the High Court may, if satisfied that the "
    "person before it is the person named in the ICC's warrant and that the Minister has certified the request under "
    "s. 19, make an order for the person's surrender to the ICC (a 'surrender order'); the Court does not review "
    "whether the ICC's warrant was duly issued.",
    source=Source(id="irishstatutebook-2006-30-s25", url="https://www.irishstatutebook.ie/2006/en/act/pub/0030/"
                  "sec0025.html", title="International Criminal Court Act 2006, s. 25, irishstatutebook.ie"),
    in_force_from=IN_FORCE,
    note="A summary of s. 25(1)(a)–(c) as read on irishstatutebook.ie; the text of ss. 19 and 20 was not read.")
S_61 = Provision(
    id="irl/icc-act-2006/s-61-1", order="domestic", state=STATE, instrument=INSTRUMENT, article="s. 61(1)",
    text="Any diplomatic immunity or state immunity attaching to a person by reason of a connection with a state party "
    "to the Statute is not a bar to proceedings under this Act in relation to the person.",
    source=Source(id="irishstatutebook-2006-30-s61", url="https://www.irishstatutebook.ie/eli/2006/act/30/section/61/"
                  "enacted/en/html", title="International Criminal Court Act 2006, s. 61 (as enacted), "
                  "irishstatutebook.ie"),
    in_force_from=IN_FORCE)
PROVISIONS = (S_25, S_61)
RULEBOOK = Rulebook(provisions=PROVISIONS)
NOT_EXAMINED = ("the Diplomatic Relations and Immunities Acts (1967 onwards), the Extradition Act 1965 and the 2006 "
                "Act's other Parts are not encoded")


def review(ctx: Context, ruling: Ruling) -> Review:
    """Irish law on a warrant of the International Criminal Court on ``ctx.on``."""
    if ruling.body != BODY:
        return Review()
    act = standing(ctx, LAW_ID)
    absent = unless_in_force(ctx, act, S_25, INSTRUMENT)
    if absent is not None:
        return absent
    if ruling.kind != "arrest-warrant":
        return Review(considered=(Node("Only the Act's provisions on arrest and surrender are encoded", None, S_25),))
    found = [RuleFinding(IMPLEMENTS, S_25, Node("The High Court may order the person's surrender to the ICC once "
                                                "satisfied that the Minister has certified the request (s. 19) and of "
                                                "the person's identity, without reviewing the ICC's warrant (s. 25(1))",
                                                IMPLEMENTS, S_25, children=(act.node,)))]
    immune = immune_office(ctx, ruling, STATE)
    if immune is None:
        return Review(tuple(found))
    office, held, person = immune
    fact = office_fact(ctx, person, office, held)
    seg, party = rome_statute.party_status(ctx, office.state or "")
    name = ctx.kb.states[office.state].prose if office.state in ctx.kb.states else office.state
    if seg.value == rome_statute.PARTY and held:
        found.append(RuleFinding(PERMITS, S_61, Node(
            f"{person.name}'s immunity attaches through a connection with {name}, a state party: it is not a bar "
            "(s. 61(1))", PERMITS, S_61, (fact,), (party,))))
    else:
        found.append(RuleFinding(UNKNOWN, S_61, Node(
            f"{person.name} holds an office of {name} carrying immunity; s. 61(1) lifts only immunity through a state "
            "party, and whether other Irish law lets proceedings go ahead against this person is not encoded", UNKNOWN,
            S_61, (fact,), (party,)), hints=("encode the Diplomatic Relations and Immunities Acts to settle whether "
                                             "the immunity bars proceedings",)))
    return Review(tuple(found))
