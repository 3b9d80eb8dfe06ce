"""South Africa: the Implementation of the Rome Statute of the International Criminal Court Act 27 of 2002.

- s. 8: a request of the Court for the arrest and surrender of a person for whom it has issued a warrant goes to the
  Central Authority and a magistrate, who must endorse the warrant for execution — ``implements``.
- ss. 4(2) and 10(9), as read by the Supreme Court of Appeal on 15 March 2016 (*Minister of Justice v Southern African
  Litigation Centre*, [2016] ZASCA 17): the immunity of a head of state does not prevent arrest and surrender to the
  Court — ``permits`` where the person holds such an office.

Texts: the Act as reproduced in the ICC cooperation database (CJAD); the Act's text was not read in an official copy,
and s. 10(9)'s wording was not read: the rule on immunity is the Supreme Court of Appeal's holding as summarised.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.model import Ruling, Source
from exequatur.law.national.enactment import standing, unless_in_force
from exequatur.law.national.persons import immune_office, office_fact
from exequatur.law.reasoning import IMPLEMENTS, PERMITS, Context, Node, Provision, Review, Rulebook, RuleFinding

STATE = "ZAF"
BODY = "icc"  # the Act implements cooperation with the International Criminal Court only
LAW_ID = "zaf-implementation-act-27-2002"
INSTRUMENT = "Implementation of the Rome Statute of the International Criminal Court Act 27 of 2002"
IN_FORCE = dt.date(2002, 8, 16)
CJAD = Source(id="cjad-zaf-act-27-2002-s8", url="https://cjad.nottingham.ac.uk/en/legislation/43/keyword/290",
              title="South Africa, Implementation of the Rome Statute Act 27 of 2002, s. 8 (Cooperation and Judicial "
              "Assistance Database, University of Nottingham)")
SCA = Source(id="zasca-2016-17", url="https://lawlibrary.org.za/akn/za/judgment/zasca/2016/17/eng@2016-03-15",
             title="Minister of Justice and Constitutional Development v Southern African Litigation Centre (867/15) "
             "[2016] ZASCA 17 (15 March 2016)")

S_8 = Provision(
    id="zaf/act-27-2002/s-8", order="domestic", state=STATE, instrument=INSTRUMENT, article="s. 8",
    text="(1) Any request received from the Court for the arrest and surrender of a person for whom a warrant of "
    "arrest has been issued by the Court must be referred to the Central Authority and accompanied by such documents as "
    "may be necessary to satisfy a competent court in the Republic that there are sufficient grounds for the surrender "
    "of that person to the Court. (2) The Central Authority must immediately on receipt of that request, forward the "
    "request and accompanying documents to a magistrate, who must endorse the warrant of arrest for execution in any "
    "part of the Republic.",
    source=CJAD, in_force_from=IN_FORCE,
    note="As reproduced by CJAD (which does not say whether it shows the text as enacted or as amended); a magistrate "
    "then holds an inquiry and may order surrender (s. 10).")
S_10_9 = Provision(
    id="zaf/act-27-2002/ss-4-2-10-9", order="domestic", state=STATE, instrument=INSTRUMENT,
    article="ss. 4(2) and 10(9), as read by the Supreme Court of Appeal ([2016] ZASCA 17)",
    text="Despite any other law to the contrary, including customary and conventional international law, the fact that "
    "a person is or was a head of State or government … is neither a defence to a crime nor a ground for any reduction "
    "of sentence (s. 4(2)); read with s. 10(9), the Supreme Court of Appeal held that the head-of-state immunity of a "
    "person sought by the Court does not prevent his arrest and surrender under the Act.",
    source=SCA, in_force_from=IN_FORCE,
    note="s. 4(2) as reproduced by CJAD and quoted in CYIL 7 (2016); the wording of s. 10(9) and the judgment's "
    "paragraphs were not read: the holding is taken from the court's media summary of 15 March 2016 and the judgment's "
    "headnote, which names ss. 4(2) and 10(9).")
PROVISIONS = (S_8, S_10_9)
RULEBOOK = Rulebook(provisions=PROVISIONS)
NOT_EXAMINED = ("the Diplomatic Immunities and Privileges Act 37 of 2001, the Extradition Act and the Act's other "
                "chapters are not encoded")


def review(ctx: Context, ruling: Ruling) -> Review:
    """South African law on a warrant of the International Criminal Court on ``ctx.on``."""
    if ruling.body != BODY:
        return Review()
    act = standing(ctx, LAW_ID)
    absent = unless_in_force(ctx, act, S_8, INSTRUMENT)
    if absent is not None:
        return absent
    if ruling.kind != "arrest-warrant":
        return Review(considered=(Node("Only the Act's chapter on arrest and surrender is encoded", None, S_8),))
    found = [RuleFinding(IMPLEMENTS, S_8, Node("A magistrate must endorse the Court's warrant for execution anywhere in "
                                               "the Republic (s. 8), and may order the person's surrender after an "
                                               "inquiry (s. 10)", IMPLEMENTS, S_8, children=(act.node,)))]
    immune = immune_office(ctx, ruling, STATE)
    if immune is not None and immune[1] is not False:
        office, held, person = immune
        fact = office_fact(ctx, person, office, held)
        found.append(RuleFinding(PERMITS, S_10_9, Node(
            f"{person.name} holds an office carrying immunity; the Act, as the Supreme Court of Appeal read it in 2016, "
            "excludes that immunity as a bar to arrest and surrender to the Court", PERMITS, S_10_9, (fact,))))
    return Review(tuple(found))
