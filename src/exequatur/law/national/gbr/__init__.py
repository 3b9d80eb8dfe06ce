"""United Kingdom: the International Criminal Court Act 2001 (Part 2: arrest and delivery to the ICC, and state or
diplomatic immunity, s. 23), with the Orders in Council made under s. 23(5) after Security Council referrals."""

from __future__ import annotations

from exequatur.facts.model import Ruling
from exequatur.law.national.gbr import icc_act_2001
from exequatur.law.reasoning import Context, Review, Rulebook

STATE = "GBR"
RULEBOOK = Rulebook(provisions=icc_act_2001.PROVISIONS)
NOT_EXAMINED = ("the Extradition Act 2003, the State Immunity Act 1978 and the Diplomatic Privileges Act 1964 "
                "themselves, s. 23(6) of the 2001 Act (its definition of state or diplomatic immunity, not read), the "
                "Act's other Parts, and the Orders in Council under the United Nations Act 1946 for other tribunals are "
                "not encoded")


def review(ctx: Context, ruling: Ruling) -> Review:
    """The encoded United Kingdom law on the ruling on ``ctx.on``."""
    return icc_act_2001.review(ctx, ruling)
