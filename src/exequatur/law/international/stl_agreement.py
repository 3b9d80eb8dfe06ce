"""Agreement between the United Nations and the Lebanese Republic on the establishment of a Special Tribunal for
Lebanon (annexed to Security Council resolution 1757 (2007)): who must cooperate with the Tribunal.

- art. 15: the Government (of Lebanon) shall cooperate with all organs of the Tribunal and comply without undue delay
  with its requests for assistance and the orders of its Chambers, including the arrest or detention of persons and
  the transfer of accused persons;
- the Agreement's parties are the United Nations and Lebanon; it entered into force on 10 June 2007 by the Security
  Council's decision under Chapter VII (resolution 1757 (2007), para. 1(a)), Lebanon's parliament never having
  approved it — a sourced entry-into-force event for Lebanon says so;
- it creates no obligation for any other state (VCLT art. 34), and resolution 1757 decides none.
The Tribunal closed on 31 December 2023 with no successor (see ``succession``).
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.model import Body, Ruling, Source
from exequatur.law.international.consent import bound_by
from exequatur.law.international.vclt import ART_34 as VCLT_34
from exequatur.law.reasoning import NOT_OBLIGED, OBLIGED, UNKNOWN, Context, Finding, Node, Provision, Rulebook

INSTRUMENT = "stl-agreement"
TITLE = "Agreement between the United Nations and the Lebanese Republic on the Special Tribunal for Lebanon"

TEXT_FR = Source(
    id="stl-agreement-fr",
    url="https://machinman.net/un/best/un_resolution_2006/037.html",
    title="Agreement on the Special Tribunal for Lebanon (annex to resolution 1757 (2007)), French text as reproduced "
    "from the UN volume of Security Council resolutions and decisions 2006-2007, art. 15",
)
ART_15 = Provision(
    id="stl-agreement/art-15", order="international", instrument=TITLE, article="art. 15",
    text="1. The Government shall cooperate with all organs of the Special Tribunal, in particular with the Prosecutor "
    "and defence counsel, at all stages of the proceedings. ... 2. The Government shall comply without undue delay "
    "with any request for assistance by the Special Tribunal or an order issued by the Chambers, including, but not "
    "limited to: (a) identification and location of persons; (b) service of documents; (c) arrest or detention of "
    "persons; (d) transfer of an indictee to the Tribunal.",
    text_original="1. Le Gouvernement coopère avec tous les organes du Tribunal spécial, en particulier avec le "
    "Procureur et le conseil de la défense, à tous les stades de la procédure. [...] 2. Le Gouvernement donne suite sans "
    "retard indu à toute demande d'assistance que lui adresse le Tribunal spécial et à toute ordonnance prise par les "
    "Chambres, y compris, sans s'y limiter, en ce qui concerne : a) L'identification et la localisation de personnes ; "
    "b) La signification d'actes ; c) L'arrestation ou la détention de personnes ; d) Le transfèrement d'accusés au "
    "Tribunal.",
    source=TEXT_FR, in_force_from=dt.date(2007, 6, 10),
    note="The French text was read (in a copy the site marks as not an official text); the English wording here is a "
    "translation of it, the English text was not read. 'The Government' is the Government of Lebanon.",
)
RULEBOOK = Rulebook(provisions=(ART_15,), events=((INSTRUMENT, ("signature", "entry-into-force")),))


def applies_to(body: Body) -> bool:
    return INSTRUMENT in body.basis.instruments


def decide(ctx: Context, ruling: Ruling, state: str) -> Finding:
    status, node = bound_by(ctx, state, INSTRUMENT)
    if status:
        return Finding(OBLIGED, Node(f"The Agreement is in force for {state}: its Government must cooperate with the "
                                     "Tribunal and comply with its requests and orders, including for arrest and "
                                     "transfer", OBLIGED, ART_15, children=(node,)))
    if status is None:
        return Finding(UNKNOWN, Node(f"Whether the Agreement is in force for {state} is not confirmed", None, ART_15,
                                     children=(node,)))
    return Finding(NOT_OBLIGED, Node(f"{state} is not a party to the Agreement: it creates no obligation for {state}",
                                     NOT_OBLIGED, VCLT_34, children=(node,)))
