"""Germany: surrender to and enforcement for the International Criminal Court.

- Basic Law art. 16(2), second sentence (inserted with effect from 2 December 2000): a law may allow the surrender of
  Germans to an international court — ``permits`` surrender of a German national on an international court's warrant.
- Act on Cooperation with the International Criminal Court (IStGHG, 21 June 2002, in force 1 July 2002): § 2 (persons
  whose surrender the Court requests are surrendered) and §§ 40–45 (enforcement of the Court's sentences, fines,
  confiscation and reparation orders) — ``implements``.
- Courts Constitution Act (GVG) § 21: the immunities of §§ 18–20 do not prevent executing a request of an international
  criminal court established by an act binding on Germany — ``permits`` where the person holds an office carrying
  immunity and the court rests on a treaty in force for Germany.

Texts: gesetze-im-internet.de as mirrored in bundestag/gesetze. English: working translations, not official.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.model import Ruling, Source
from exequatur.law.national.enactment import standing, unless_in_force
from exequatur.law.national.persons import immune_office, is_national, office_fact
from exequatur.law.national.treaties import rests_on_treaty_of
from exequatur.law.reasoning import IMPLEMENTS, PERMITS, UNKNOWN, Context, Node, Provision, Review, Rulebook, RuleFinding

STATE = "DEU"
BODY = "icc"  # the IStGHG governs cooperation with the International Criminal Court only
GG, ISTGHG, GVG = "deu-basic-law-art-16-2000", "deu-istghg-2002", "deu-gvg-21"

GG_TEXT = Source(id="bundestag-gesetze-gg", url="https://github.com/bundestag/gesetze/blob/"
                 "55fc8f45afad2c28c6b4ab9c344c00021d47a91c/g/gg/index.md",
                 title="Grundgesetz für die Bundesrepublik Deutschland, gesetze-im-internet.de text as mirrored in "
                 "bundestag/gesetze", authority="gesetze-im-internet.de, Grundgesetz", verbatim=True)
ISTGHG_TEXT = Source(id="bundestag-gesetze-istghg", url="https://github.com/bundestag/gesetze/blob/"
                     "a7b14b93edda3c7faa6a01ba1cdf84fe43e53e3c/i/istghg/index.md",
                     title="Gesetz über die Zusammenarbeit mit dem Internationalen Strafgerichtshof (IStGHG), "
                     "gesetze-im-internet.de text (as last amended 10.12.2019) as mirrored in bundestag/gesetze",
                     authority="gesetze-im-internet.de, IStGHG", verbatim=True)
GVG_TEXT = Source(id="bundestag-gesetze-gvg", url="https://github.com/bundestag/gesetze/blob/"
                  "5710c0a68afaf4ee45f127210247e9e6940126ae/g/gvg/index.md",
                  title="Gerichtsverfassungsgesetz (GVG), gesetze-im-internet.de text (as last amended 7.7.2021) as "
                  "mirrored in bundestag/gesetze", authority="gesetze-im-internet.de, Gerichtsverfassungsgesetz",
                  verbatim=True)

ART_16_2 = Provision(
    id="deu/basic-law/art-16-2", order="domestic", state=STATE, instrument="Basic Law for the Federal Republic of "
    "Germany", article="art. 16(2)",
    text="No German may be extradited to a foreign country. A different rule may be laid down by law for extraditions "
    "to a Member State of the European Union or to an international court, provided that the principles of the rule "
    "of law are upheld.",
    text_original="Kein Deutscher darf an das Ausland ausgeliefert werden. Durch Gesetz kann eine abweichende Regelung "
    "für Auslieferungen an einen Mitgliedstaat der Europäischen Union oder an einen internationalen Gerichtshof "
    "getroffen werden, soweit rechtsstaatliche Grundsätze gewahrt sind.",
    source=GG_TEXT, in_force_from=dt.date(2000, 12, 2),
    note="Second sentence inserted by the Act of 29 November 2000 (BGBl. I p. 1633) with effect from 2 December 2000. "
    "IStGHG § 73 restricts the ban of the first sentence 'in accordance with this Act'.")
ISTGHG_2 = Provision(
    id="deu/istghg/s-2", order="domestic", state=STATE, instrument="Act on Cooperation with the International Criminal "
    "Court (IStGHG)", article="§ 2(1)",
    text="Persons whose surrender the Court has requested in accordance with the Rome Statute and who are present in "
    "Germany shall be surrendered for prosecution and for enforcement of sentence in accordance with the Rome Statute "
    "and this Act.",
    text_original="Personen, um deren Überstellung der Gerichtshof in Übereinstimmung mit dem Römischen Statut ersucht "
    "hat und die sich im Inland aufhalten, werden zur Strafverfolgung und zur Strafvollstreckung nach Maßgabe des "
    "Römischen Statuts und dieses Gesetzes überstellt.",
    source=ISTGHG_TEXT, in_force_from=dt.date(2002, 7, 1),
    note="Surrender may be granted only if the Higher Regional Court has declared it admissible (§ 6).")
ISTGHG_40 = Provision(
    id="deu/istghg/s-40-45", order="domestic", state=STATE, instrument="Act on Cooperation with the International "
    "Criminal Court (IStGHG)", article="§§ 40–45",
    text="Legal assistance is provided by enforcing a sentence finally imposed by the Court in accordance with the Rome "
    "Statute and this Act. Orders for the confiscation of proceeds of crime under Article 77(2)(b) of the Rome Statute "
    "and decisions under Article 75 of the Rome Statute are also enforced (§ 40); §§ 41–45 govern the enforcement of "
    "sentences of imprisonment, fines, confiscation and reparation orders at the Court's request.",
    text_original="Rechtshilfe wird durch Vollstreckung einer vom Gerichtshof rechtskräftig verhängten Strafe nach "
    "Maßgabe des Römischen Statuts sowie dieses Gesetzes geleistet. Vollstreckt werden auch Anordnungen der Einziehung "
    "von Taterträgen nach Artikel 77 Abs. 2 Buchstabe b des Römischen Statuts sowie Entscheidungen nach Artikel 75 des "
    "Römischen Statuts.",
    source=ISTGHG_TEXT, in_force_from=dt.date(2002, 7, 1),
    note="§ 40 in the wording since the 2017 reform of confiscation (text as last amended 10 December 2019).")
GVG_21 = Provision(
    id="deu/gvg/s-21", order="domestic", state=STATE, instrument="Courts Constitution Act (GVG)", article="§ 21",
    text="Sections 18 to 20 [immunities of diplomatic and consular missions, of representatives of other states and of "
    "other persons exempt under international law] do not prevent the execution of a request for surrender or legal "
    "assistance from an international criminal court established by a legal act binding on the Federal Republic of "
    "Germany.",
    text_original="Die §§ 18 bis 20 stehen der Erledigung eines Ersuchens um Überstellung und Rechtshilfe eines "
    "internationalen Strafgerichtshofes, der durch einen für die Bundesrepublik Deutschland verbindlichen Rechtsakt "
    "errichtet wurde, nicht entgegen.",
    source=GVG_TEXT, in_force_from=dt.date(2002, 7, 1),
    note="Inserted by the Act implementing the Rome Statute of 21 June 2002 (a commentary, as excerpted by Haufe), "
    "which entered into force on 1 July 2002 (the Bundestag's archive); the article that inserted it was not read.")
PROVISIONS = (ART_16_2, ISTGHG_2, ISTGHG_40, GVG_21)
RULEBOOK = Rulebook(provisions=PROVISIONS)
NOT_EXAMINED = ("the Act on International Mutual Assistance in Criminal Matters (IRG), the Act's other parts and the "
                "law on other international courts are not encoded")


def review(ctx: Context, ruling: Ruling) -> Review:
    """German law on a ruling of the International Criminal Court on ``ctx.on``."""
    if ruling.body != BODY:
        return Review()
    act = standing(ctx, ISTGHG)
    absent = unless_in_force(ctx, act, ISTGHG_2, "Act on Cooperation with the International Criminal Court (IStGHG)")
    if absent is not None:
        return absent
    if ruling.kind != "arrest-warrant":
        return Review((RuleFinding(IMPLEMENTS, ISTGHG_40, Node(
            "Germany enforces the Court's final sentences, fines, confiscation and reparation orders at its request "
            "(IStGHG §§ 40–45)", IMPLEMENTS, ISTGHG_40, children=(act.node,))),))
    found = [RuleFinding(IMPLEMENTS, ISTGHG_2, Node("A person whose surrender the Court requests is surrendered "
                                                    "(IStGHG § 2), once the Higher Regional Court declares it "
                                                    "admissible (§ 6)", IMPLEMENTS, ISTGHG_2, children=(act.node,)))]
    return Review((*found, *_german(ctx, ruling), *_immunity(ctx, ruling)))


def _german(ctx: Context, ruling: Ruling) -> tuple[RuleFinding, ...]:
    if ruling.subject is None:
        return ()
    national, fact = is_national(ctx, ruling, STATE)
    if not national:
        return ()
    basic = standing(ctx, GG)
    if not basic.value:
        return ()
    return (RuleFinding(PERMITS, ART_16_2, Node(
        "The person sought is German; art. 16(2), second sentence, allows a law to provide for surrender to an "
        "international court, which the IStGHG does", PERMITS, ART_16_2, (fact,), (basic.node,))),)


def _immunity(ctx: Context, ruling: Ruling) -> tuple[RuleFinding, ...]:
    immune = immune_office(ctx, ruling, STATE)
    if immune is None:
        return ()
    office, held, person = immune
    fact = office_fact(ctx, person, office, held)
    gvg = standing(ctx, GVG)
    body = ctx.kb.bodies[ruling.body]
    binding, nodes = rests_on_treaty_of(ctx, STATE, body, GVG_21)
    if gvg.value and binding:
        return (RuleFinding(PERMITS, GVG_21, Node(
            f"{person.name} holds an office carrying immunity, but the immunities of §§ 18–20 do not prevent executing "
            f"a request of the {body.name}, established by a treaty binding on Germany (GVG § 21)", PERMITS, GVG_21,
            (fact,), (gvg.node, *nodes))),)
    if gvg.value is False:
        return ()
    why = "whether GVG § 21 is in force is not confirmed" if gvg.value is None else \
        f"whether the {body.name} rests on an act binding on Germany is not confirmed"
    return (RuleFinding(UNKNOWN, GVG_21, Node(
        f"{person.name} holds an office carrying immunity; {why}", UNKNOWN, GVG_21, (fact,), (gvg.node, *nodes)),
        hints=(gvg.hint,) if gvg.hint else ()),)
