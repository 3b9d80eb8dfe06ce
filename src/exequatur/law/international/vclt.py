"""Vienna Convention on the Law of Treaties: the general rules every treaty-based answer falls back on.

- art. 34: a treaty creates no obligation for a state that has not consented to it — the reason a non-party is
  ``not_obliged`` under the Rome Statute, a treaty-based tribunal, or an agreement a resolution brought into force;
- art. 18: a signatory must only refrain from defeating the treaty's object and purpose — signature is no duty to
  cooperate.
"""

from __future__ import annotations

from exequatur.law.reasoning import Provision, Rulebook
from exequatur.law.texts import VCLT_TEXT

TITLE = "Vienna Convention on the Law of Treaties"

ART_34 = Provision(id="vclt/art-34", order="international", instrument=TITLE, article="art. 34",
                   text="A treaty does not create either obligations or rights for a third State without its consent.",
                   source=VCLT_TEXT)
ART_18 = Provision(id="vclt/art-18", order="international", instrument=TITLE, article="art. 18",
                   text="A State is obliged to refrain from acts which would defeat the object and purpose of a treaty "
                   "when: (a) it has signed the treaty ... until it shall have made its intention clear not to become a "
                   "party to the treaty; ...", source=VCLT_TEXT)

RULEBOOK = Rulebook(provisions=(ART_34, ART_18))
