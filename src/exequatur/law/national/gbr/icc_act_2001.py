"""International Criminal Court Act 2001 (c. 17), Part 2: arrest and delivery of persons to the ICC.

- s. 2: an ICC request for arrest and surrender goes to a judicial officer, who endorses the ICC's warrant for
  execution in the United Kingdom (s. 2(3)); the court then makes a delivery order (s. 5) — ``implements``.
- s. 23(1): state or diplomatic immunity through a connection with a state party does not prevent proceedings —
  ``permits``; s. 23(4): the Secretary of State may nonetheless direct that proceedings not be taken — ``conditions``.
- s. 23(2): immunity through a connection with a state not party stands unless the ICC obtains a waiver, which then
  extends to the proceedings — ``conditions`` (if met: not barred).
- s. 23(5): the power to give the same effect by Order in Council after a Security Council referral; the Orders made
  under it (Darfur 2009, Libya 2011) remove the immunity for that situation — ``permits`` — with the same power of
  direction (``conditions``). Where no Order is recorded, s. 23(5) is named among what would change the answer.

Immunity attaches, for these rules, where the person holds an office carrying personal immunity (head of state, head
of government, minister for foreign affairs) of another state. Texts: legislation.gov.uk.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.model import Office, Person, Ruling, Source
from exequatur.law.international import rome_statute
from exequatur.law.national.enactment import standing, unless_in_force
from exequatur.law.national.persons import immune_office, office_fact
from exequatur.law.reasoning import (
    BARRED,
    CONDITIONS,
    IMPLEMENTS,
    NOT_BARRED,
    PERMITS,
    UNKNOWN,
    Condition,
    Context,
    FactUse,
    Node,
    Provision,
    Review,
    RuleFinding,
)

STATE = "GBR"
BODY = "icc"  # the Act gives effect to requests of the International Criminal Court only
LAW_ID = "gbr-icc-act-2001"
INSTRUMENT = "International Criminal Court Act 2001 (c. 17)"
IN_FORCE = dt.date(2001, 9, 1)  # no later than (data/national/gbr.yaml)

S2_SOURCE = Source(id="legislation-gov-uk-icca-2001-s2",
                   url="https://legislation.gov.uk/ukpga/2001/17/part/2/crossheading/proceedings-on-request",
                   title="International Criminal Court Act 2001, Part 2, Proceedings on request (s. 2), "
                   "legislation.gov.uk")
S23_SOURCE = Source(id="legislation-gov-uk-icca-2001-s23",
                    url="https://legislation.gov.uk/cy/ukpga/2001/17/part/2/crossheading/supplementary-provisions/"
                    "enacted?view=extent+interweave",
                    title="International Criminal Court Act 2001, s. 23, Provisions as to state or diplomatic "
                    "immunity (as enacted), legislation.gov.uk")


def _p(pid: str, article: str, text: str, source: Source = S23_SOURCE, note: str = "") -> Provision:
    return Provision(id=f"gbr/icc-act-2001/{pid}", order="domestic", state=STATE, instrument=INSTRUMENT,
                     article=article, text=text, source=source, in_force_from=IN_FORCE, note=note)


S_2 = _p("s-2", "s. 2", "(1) Where the Secretary of State receives a request from the ICC for the arrest and surrender "
         "of a person alleged to have committed an ICC crime, or to have been convicted by the ICC, he shall transmit "
         "the request and the documents accompanying it to an appropriate judicial officer. … (3) If the request is "
         "accompanied by a warrant of arrest and the appropriate judicial officer is satisfied that the warrant appears "
         "to have been issued by the ICC, he shall endorse the warrant for execution in the United Kingdom.",
         S2_SOURCE, "A person arrested under the endorsed warrant is brought before a competent court, which makes a "
         "delivery order if satisfied that the warrant is the ICC's and the person is the one named (s. 5; Explanatory "
         "Notes, para. 22).")
S_23_1 = _p("s-23-1", "s. 23(1)", "Any state or diplomatic immunity attaching to a person by reason of a connection "
            "with a state party to the ICC Statute does not prevent proceedings under this Part in relation to that "
            "person.")
S_23_2 = _p("s-23-2", "s. 23(2)", "Where— (a) state or diplomatic immunity attaches to a person by reason of a "
            "connection with a state other than a state party to the ICC Statute, and (b) waiver of that immunity is "
            "obtained by the ICC in relation to a request for that person's surrender, the waiver shall be treated as "
            "extending to proceedings under this Part in connection with that request.",
            note="Explanatory Notes, para. 46: for non-States Parties 'the immunity of their representatives would "
            "remain intact unless an express waiver were given by the non-State Party concerned to the ICC'.")
S_23_4 = _p("s-23-4", "s. 23(4)", "The Secretary of State may in any particular case, after consultation with the ICC "
            "and the state concerned, direct that proceedings (or further proceedings) under this Part which, but for "
            "subsection (1) or (2), would be prevented by state or diplomatic immunity attaching to a person shall not "
            "be taken against that person.")
S_23_5 = _p("s-23-5", "s. 23(5)", "The power conferred by section 1 of the United Nations Act 1946 … includes power to "
            "make in relation to any proceedings such provision corresponding to the provision made by this section … "
            "but with the omission (a) in subsection (1), of the words 'by reason of a connection with a state party to "
            "the ICC Statute', and (b) of subsections (2) and (3), as appears to Her Majesty to be necessary or "
            "expedient in consequence of such a referral as is mentioned in article 13(b) (referral by the United "
            "Nations Security Council).",
            note="The stored primary copy ends at '…(referral by the United Nations Security C'; the last words are "
            "from two secondary copies (HRLC/ICC Legal Tools; University of Nottingham CJAD).")

ORDER_2009 = Provision(
    id="gbr/icc-darfur-order-2009/art-2", order="domestic", state=STATE,
    instrument="International Criminal Court (Darfur) Order 2009 (S.I. 2009/699)", article="art. 2(1)–(2)",
    text="(1) Any state or diplomatic immunity attaching to a person does not prevent proceedings under Part 2 of the "
    "International Criminal Court Act 2001 in relation to that person. (2) Paragraph (1) applies to proceedings in "
    "relation to a person alleged to have committed an ICC crime, or to have been convicted by the ICC, as a result of "
    "the referral of the situation in Darfur since 1 July 2002 to the Prosecutor of the International Criminal Court "
    "by the United Nations Security Council by Resolution 1593 (2005). (3) The Secretary of State may in any "
    "particular case, after consultation with the ICC and the State concerned, direct that proceedings (or further "
    "proceedings) under Part 2 … which, but for paragraph (1), would be prevented by state or diplomatic immunity …",
    source=Source(id="legislation-gov-uk-si-2009-699", url="https://legislation.gov.uk/uksi/2009/699/made/data.xht",
                  title="The International Criminal Court (Darfur) Order 2009, S.I. 2009/699 (made 18 March 2009), "
                  "legislation.gov.uk"),
    in_force_from=dt.date(2009, 3, 18))
ORDER_2011 = Provision(
    id="gbr/icc-libya-order-2011/art-2", order="domestic", state=STATE,
    instrument="International Criminal Court (Libya) Order 2011 (S.I. 2011/1696)", article="art. 2(1)–(2)",
    text="(1) Any state or diplomatic immunity attaching to a person does not prevent proceedings under Part 2 of the "
    "International Criminal Court Act 2001 in relation to that person. (2) Paragraph (1) applies to proceedings in "
    "relation to a person alleged to have committed an ICC crime, or to have been convicted by the ICC, as a result of "
    "the referral of the situation in the Libyan Arab Jamahiriya since 15 February 2011 … by Resolution 1970 (2011). "
    "(3) The Secretary of State may in any particular case, after consultation with the ICC and the State concerned, "
    "direct that proceedings (or further proceedings) under Part 2 … which, but for paragraph (1), would be prevented "
    "by state or diplomatic immunity attaching to a person shall not be taken against that person.",
    source=Source(id="zoomlaw-si-2011-1696", url="https://zoomlaw.co.uk/2011-1696-uksi.html",
                  title="The International Criminal Court (Libya) Order 2011, S.I. 2011/1696 (made 13 July 2011), "
                  "copy of the Order"),
    in_force_from=dt.date(2011, 7, 13),
    note="Read in two copies (zoomlaw; BAILII); the legislation.gov.uk copy was not read.")
# The Orders in Council made under s. 23(5), by the Security Council resolution whose referral each answers, and the
# id of the Order's record in data/national/gbr.yaml.


def _direction(order: Provision) -> Provision:
    """The Order's art. 2(3): the Secretary of State's power to direct that proceedings not be taken (as s. 23(4))."""
    return Provision(id=order.id.replace("/art-2", "/art-2-3"), order="domestic", state=STATE,
                     instrument=order.instrument, article="art. 2(3)", text=order.text[order.text.index("(3) "):],
                     source=order.source, in_force_from=order.in_force_from, note=order.note)


ORDERS = {"unscr-1593": ("gbr-icc-darfur-order-2009", ORDER_2009, _direction(ORDER_2009)),
          "unscr-1970": ("gbr-icc-libya-order-2011", ORDER_2011, _direction(ORDER_2011))}
PROVISIONS = (S_2, S_23_1, S_23_2, S_23_4, S_23_5, *(p for _, *ps in ORDERS.values() for p in ps))


def review(ctx: Context, ruling: Ruling) -> Review:
    """Part 2 of the Act on an ICC warrant on ``ctx.on``: s. 2 implements it; s. 23 or an Order under s. 23(5)
    decides whether the immunity of a person holding office in another state stands in the way."""
    if ruling.body != BODY:
        return Review()
    law = standing(ctx, LAW_ID)
    absent = unless_in_force(ctx, law, S_2, INSTRUMENT)
    if absent is not None:
        return absent
    if ruling.kind != "arrest-warrant":
        return Review(considered=(Node("Part 2 of the Act provides for arrest and delivery on an ICC request; the "
                                       "Act's other Parts (on other forms of assistance and on enforcing ICC "
                                       "sentences and orders) are not encoded", None, S_2),))
    found = [RuleFinding(IMPLEMENTS, S_2, Node("An ICC warrant the Secretary of State transmits is endorsed for "
                                               "execution in the United Kingdom (s. 2(3)), and a person arrested on it "
                                               "is delivered up to the ICC on a delivery order (s. 5)", IMPLEMENTS, S_2,
                                               children=(law.node,)))]
    immune = immune_office(ctx, ruling, STATE)
    if immune is None:
        return Review(tuple(found))
    office, held, person = immune
    fact = office_fact(ctx, person, office, held)
    if held is None:
        return Review((*found, RuleFinding(UNKNOWN, S_23_2, Node(
            f"Whether {person.name} still holds the office through which state immunity attaches is not recorded",
            UNKNOWN, S_23_2, (fact,)), hints=(f"confirm whether {person.name} still holds office",))))
    return Review((*found, *_immunity(ctx, ruling, person, office, fact)))


def _immunity(ctx: Context, ruling: Ruling, person: Person, office: Office, fact: FactUse) -> tuple[RuleFinding, ...]:
    seg, party = rome_statute.party_status(ctx, office.state or "")
    name = ctx.kb.states[office.state].prose if office.state in ctx.kb.states else office.state
    direction = Condition(f"the Secretary of State, after consulting the ICC and {name}, directs that proceedings not "
                          f"be taken against {person.name}", BARRED)
    if seg.value == rome_statute.PARTY:
        return (RuleFinding(PERMITS, S_23_1, Node(
                    f"{person.name}'s immunity attaches through a connection with {name}, a state party: it does not "
                    "prevent proceedings (s. 23(1))", PERMITS, S_23_1, (fact,), (party,))),
                RuleFinding(CONDITIONS, S_23_4, Node(
                    "The Secretary of State may still direct that proceedings not be taken against a person whose "
                    "immunity s. 23(1) sets aside (s. 23(4))", CONDITIONS, S_23_4, (fact,), (party,)), direction))
    if seg.value == rome_statute.PARTY_OR_FORMER:
        return (RuleFinding(UNKNOWN, S_23_1, Node(
            f"Whether {name} is a state party, on which s. 23 makes {person.name}'s immunity turn, is not confirmed",
            UNKNOWN, S_23_1, (fact,), (party,))),)
    order = _order(ctx, ruling)
    if order is not None:
        provision, power, node = order
        return (RuleFinding(PERMITS, provision, Node(
                    f"An Order in Council under s. 23(5), made after the Security Council's referral, sets aside "
                    f"{person.name}'s immunity for this situation", PERMITS, provision, (fact,), (party, node))),
                RuleFinding(CONDITIONS, power, Node(
                    "The Secretary of State may still direct that proceedings not be taken (art. 2(3) of the Order)",
                    CONDITIONS, power, (fact,)), direction))
    return (RuleFinding(CONDITIONS, S_23_2, Node(
        f"{person.name}'s immunity attaches through a connection with {name}, which is not a state party: s. 23(1) "
        "does not set it aside, and it stands unless the ICC obtains a waiver, which s. 23(2) extends to the proceedings "
        "(Explanatory Notes, para. 46)", CONDITIONS, S_23_2, (fact,), (party,)),
        Condition(f"the ICC obtains from {name} a waiver of {person.name}'s immunity (and the Secretary of State does "
                  "not direct otherwise under s. 23(4))", NOT_BARRED),
        hints=(f"not barred if the ICC obtains a waiver of {person.name}'s immunity (s. 23(2)), or if, after a Security "
               "Council referral, an Order in Council under s. 23(5) sets the immunity aside",)),)


def _order(ctx: Context, ruling: Ruling) -> tuple[Provision, Provision, Node] | None:
    """The Order in Council under s. 23(5) in force for the Security Council referral of the ruling's situation."""
    situation = ctx.kb.situations.get(ruling.situation or "")
    for trigger in situation.triggers if situation else ():
        if trigger.kind == "unsc-referral" and trigger.resolution in ORDERS:
            law_id, provision, power = ORDERS[trigger.resolution]
            made = standing(ctx, law_id)
            if made.value:
                return provision, power, made.node
    return None
