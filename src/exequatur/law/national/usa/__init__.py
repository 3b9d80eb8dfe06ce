"""United States: the American Servicemembers' Protection Act of 2002 (22 U.S.C. ch. 81, subch. II) and Executive
Order 14203 (2025).

- 22 U.S.C. § 7423(b), (d): no US court or agency, and no state or local entity, may cooperate with the International
  Criminal Court in response to its requests, or extradite any person to it — ``bars``.
- § 7423(a)(1): the section applies only to the ICC, not to an ad hoc tribunal established by the Security Council —
  ``permits`` for those tribunals (the exception is the finding).
- § 7423(h)(2) (2022): an exception for investigative activities relating to the Situation in Ukraine — it does not
  reach arrest or surrender, and is shown where it is in point.
- § 7433 (the "Dodd amendment"): nothing in the subchapter prohibits assistance to international efforts to bring
  foreign nationals accused of genocide, war crimes or crimes against humanity to justice. A named reading
  (``usa-dodd-amendment``): by default (**narrow**) it does not reach an ICC request to arrest and surrender; under the
  **broad** reading it does, for foreign nationals — ``permits``, and § 7423 then does not bar.
- § 7427: the President may use all means necessary to free covered US and allied persons held at the ICC's request.
- Executive Order 14203 (6 February 2025): sanctions on those who assist ICC efforts against protected persons —
  ``penalises``.

Texts: US Code copies (the 2012 edition as published, and later mirrors), the Statutes at Large, the President's
message to Congress on the Order. The exact current text of §§ 7423(h)(1) and 7433 and sec. 1 of the Order were not
read; what is encoded says only what was read.
"""

from __future__ import annotations

import datetime as dt

from exequatur.facts.model import Ruling, Source
from exequatur.law.national.enactment import standing, unless_in_force
from exequatur.law.national.persons import is_national, subject, subject_name
from exequatur.law.reasoning import (
    BARS,
    PENALISES,
    PERMITS,
    UNKNOWN,
    Context,
    Node,
    Provision,
    Reading,
    ReadingOption,
    Review,
    Rulebook,
    RuleFinding,
)

STATE = "USA"
BODY = "icc"  # the ASPA's prohibitions concern the International Criminal Court only (§ 7423(a)(1))
ASPA, EO = "usa-aspa-2002", "usa-eo-14203"
INSTRUMENT = "American Servicemembers' Protection Act of 2002 (22 U.S.C.)"
ASPA_FROM = dt.date(2013, 1, 15)  # no later than (data/national/usa.yaml)

USC = Source(id="checkoutapi-22-usc-7423", url="https://checkoutapi.com/uscode/title22_chapter81_subchapterII_"
             "section7423", title="22 U.S.C. 7423, copy of the US Code (last checked for updates 22 November 2024)")
ASIL = Source(id="asil-us-icc-task-force-aspa", url="https://asil-us-icc-task-force.org/report/03-the-operative-legal-"
              "framework/icc-specific-legislative-framework", title="ASIL U.S.-ICC Task Force report, ICC-specific "
              "legislative framework (quotes 22 U.S.C. § 7423(b))")
STANFORD = Source(id="stanford-aspa-2016", url="https://law.stanford.edu/publications/the-american-servicemembers-"
                  "protection-act-pathways-to-and-constraints-on-u-s-cooperation-with-the-international-criminal-court/",
                  title="Stanford Law School, The American Servicemembers' Protection Act: Pathways to and Constraints "
                  "on U.S. Cooperation with the ICC (2016)")
JUSTIA_7427 = Source(id="justia-22-usc-7427-2012", url="https://law.justia.com/codes/us/2012/title-22/chapter-81/"
                     "subchapter-ii/section-7427/", title="22 U.S.C. 7427, 2012 edition of the US Code (laws in effect "
                     "as of January 15, 2013), Justia copy")
MESSAGE = Source(id="govinfo-cdoc-119hdoc23", url="https://www.govinfo.gov/content/pkg/CDOC-119hdoc23/html/"
                 "CDOC-119hdoc23.htm", title="House Document 119-23: Message from the President on the national "
                 "emergency with respect to the International Criminal Court (6 March 2025)")


def _p(pid: str, article: str, text: str, source: Source, note: str = "", start: dt.date = ASPA_FROM) -> Provision:
    return Provision(id=f"usa/22-usc/{pid}", order="domestic", state=STATE, instrument=INSTRUMENT, article=article,
                     text=text, source=source, in_force_from=start, note=note)


S_7423_BD = _p("7423-b-d", "22 U.S.C. § 7423(b), (d)",
               "(b) Notwithstanding section 1782 of title 28 or any other provision of law, no United States Court, and "
               "no agency or entity of any State or local government, including any court, may cooperate with the "
               "International Criminal Court in response to a request for cooperation submitted by the International "
               "Criminal Court pursuant to the Rome Statute. (d) Notwithstanding any other provision of law, no agency "
               "or entity of the United States Government or of any State or local government may extradite any person "
               "from the United States to the International Criminal Court, nor support the transfer of any United "
               "States citizen or permanent resident alien to the International Criminal Court.", ASIL,
               "(b) as quoted by the ASIL task force and a US Code mirror; (d) read verbatim in one US Code mirror only "
               "(the ASIL report's summary agrees in substance).")
S_7423_A = _p("7423-a-1", "22 U.S.C. § 7423(a)(1)",
              "The provisions of this section apply only to cooperation with the International Criminal Court and shall "
              "not apply to cooperation with an ad hoc international criminal tribunal established by the United "
              "Nations Security Council before or after August 2, 2002, to investigate and prosecute war crimes "
              "committed in a specific country or during a specific conflict.", USC)
S_7423_H_2 = _p("7423-h-2", "22 U.S.C. § 7423(h)(2)",
                "The prohibition under paragraph (1) [on investigative activities of agents of the ICC in the United "
                "States] shall not apply with respect to investigative activities that (A) relate solely to "
                "investigations and prosecutions of foreign persons for crimes within the jurisdiction of the "
                "International Criminal Court related to the Situation in Ukraine; and (B) are undertaken in "
                "concurrence with the Attorney General.", USC,
                "Added by Pub. L. 117-328, div. K, title VII, § 7073(a), 29 December 2022 (the mirror's source credit); "
                "read in one US Code mirror.", dt.date(2024, 11, 22))
S_7433 = _p("7433", "22 U.S.C. § 7433",
            "Nothing in this subchapter shall prohibit the United States from rendering assistance to international "
            "efforts to bring to justice Saddam Hussein, Slobodan Milosovic, Osama bin Laden, other members of Al "
            "Queda, leaders of Islamic Jihad, and other foreign nationals accused of genocide, war crimes or crimes "
            "against humanity.", STANFORD,
            "Text before its amendment of December 2022 (read in a US Code mirror; the Stanford report quotes it); the "
            "amended text was not read.")
S_7427 = _p("7427", "22 U.S.C. § 7427(a)",
            "The President is authorized to use all means necessary and appropriate to bring about the release of any "
            "person described in subsection (b) who is being detained or imprisoned by, on behalf of, or at the "
            "request of the International Criminal Court.", JUSTIA_7427,
            "Subsection (b) describes covered United States persons, covered allied persons and persons held for "
            "official actions taken while such persons.")
EO_14203 = Provision(
    id="usa/eo-14203", order="domestic", state=STATE, instrument="Executive Order 14203, Imposing Sanctions on the "
    "International Criminal Court", article="secs. 1 and 8(d)",
    text="Declares a national emergency 'in order to halt efforts by the International Criminal Court (ICC) to "
    "investigate, arrest, detain, or prosecute persons in America and our close ally Israel' (the President's message "
    "to Congress) and imposes sanctions on persons engaged in such efforts against a 'protected person', defined to "
    "include any United States person (sec. 8(d)(i)) and persons of allies.",
    source=MESSAGE, in_force_from=dt.date(2025, 2, 12),
    note="Sec. 1 (who is sanctioned) was not read in an official copy; the quotation is from the President's message "
    "of 6 March 2025, and sec. 8(d)(i) from a transcription of the Order. Signed 6 February 2025 as copies of the "
    "Order show; published in the Federal Register on 12 February 2025 (FR Doc. 2025-02612).")
PROVISIONS = (S_7423_BD, S_7423_A, S_7423_H_2, S_7433, S_7427, EO_14203)

DODD = Reading(
    id="usa-dodd-amendment",
    question="Does 22 U.S.C. § 7433 (the Dodd amendment) let the United States assist the ICC in arresting and "
    "surrendering a foreign national accused of genocide, war crimes or crimes against humanity, notwithstanding "
    "§ 7423(b) and (d)?",
    provision=S_7433.id,
    options=(
        ReadingOption("narrow", "No: § 7433 saves assistance to international efforts, but does not displace "
                      "§ 7423's specific prohibitions on responding to ICC requests and extraditing to the ICC.",
                      "a reading that gives the specific prohibitions priority over the general clause"),
        ReadingOption("broad", "Yes: for foreign nationals, § 7433 allows assistance to the ICC, arrest and transfer "
                      "included.",
                      "the reading consistent with US assistance in the transfer of Bosco Ntaganda to the ICC in March "
                      "2013, which the UN Secretary-General's spokesperson welcomed; the Stanford Law School report "
                      "(2016) calls § 7433 a 'safe harbor'"),
    ),
    default="narrow",
)
RULEBOOK = Rulebook(provisions=PROVISIONS, readings=(DODD,))
NOT_EXAMINED = ("22 U.S.C. § 262-1 (no legal effect for the jurisdiction of a new permanent international criminal "
                "tribunal; its effective date was not confirmed), §§ 7401–7402, the other subsections of § 7423, the "
                "federal extradition statutes and the law on surrender to the ICTY and ICTR are not encoded")
PROTECTED = ("USA", "ISR")  # the President's message names "persons in America and our close ally Israel"
UKRAINE = "ukraine"  # the situation § 7423(h)(2) names: "the Situation in Ukraine"


def review(ctx: Context, ruling: Ruling) -> Review:
    """US law on the ruling on ``ctx.on``."""
    body = ctx.kb.bodies[ruling.body]
    aspa = standing(ctx, ASPA)
    if ruling.body != BODY:
        if aspa.value and body.kind == "international" and body.criminal and body.basis.resolutions:
            return Review((RuleFinding(PERMITS, S_7423_A, Node(
                f"The ASPA's prohibitions apply only to the ICC, not to the {body.name}, a tribunal established by the "
                "Security Council (§ 7423(a)(1))", PERMITS, S_7423_A, children=(aspa.node,))),))
        return Review()
    absent = unless_in_force(ctx, aspa, S_7423_BD, INSTRUMENT)
    return (absent if absent is not None else _aspa(ctx, ruling, aspa.node)) + _sanctions(ctx, ruling)


def _aspa(ctx: Context, ruling: Ruling, in_force: Node) -> Review:
    considered: list[Node] = []
    situation = ctx.kb.situations.get(ruling.situation or "")
    if situation is not None and situation.id == UKRAINE and S_7423_H_2.in_force(ctx.on):
        considered.append(Node("The 2022 exception for the Situation in Ukraine covers only investigative activities "
                               "of the ICC in the United States, not arrest or surrender (§ 7423(h)(2))", False,
                               S_7423_H_2))
    if ctx.reading(DODD) == "broad":
        national, fact = is_national(ctx, ruling, STATE)
        if national is None:
            return Review((RuleFinding(UNKNOWN, S_7433, Node(
                f"Under the broad reading of § 7433 the answer turns on whether {subject_name(ctx, ruling)} is a foreign "
                "national, which is not recorded", UNKNOWN, S_7433, (fact,), (in_force,))),), tuple(considered))
        if not national:
            return Review((RuleFinding(PERMITS, S_7433, Node(
                f"{subject_name(ctx, ruling)} is a foreign national accused of crimes within § 7433: under its broad reading "
                "the ASPA does not prohibit assisting the ICC to bring them to justice (§ 7433 as it read before its "
                "amendment of December 2022; the amended text was not read)", PERMITS, S_7433, (fact,),
                (in_force,))),), tuple(considered))
    else:
        considered.append(Node("Under the narrow reading applied, § 7433 does not reach an ICC request to arrest and "
                               "surrender", False, S_7433))
    what = "arrest and surrender the person sought" if ruling.kind == "arrest-warrant" else "give effect to the ruling"
    return Review((RuleFinding(BARS, S_7423_BD, Node(
        f"No United States court and no state or local agency may cooperate with an ICC request to {what} "
        "(§ 7423(b)); no federal, state or local agency may extradite anyone to the ICC (§ 7423(d))", BARS, S_7423_BD,
        children=(in_force,)),
        hints=("not barred under the broad reading of § 7433 (the Dodd amendment), for a foreign national",)),),
        tuple(considered))


def _sanctions(ctx: Context, ruling: Ruling) -> Review:
    person = subject(ctx, ruling)
    if person is None:
        return Review()
    links = sorted(s for s in person.nationality if s in PROTECTED)
    if not links:
        return Review()
    order = standing(ctx, EO)
    if not order.value:
        return Review(considered=(Node(f"Executive Order 14203 is not in force on {ctx.on.isoformat()}" if
                                       order.value is False else "Whether Executive Order 14203 is in force is not "
                                       "confirmed", order.value, EO_14203, children=(order.node,)),))
    fact = ctx.record(f"person:{person.id}:protected", f"{person.name} is a national of {', '.join(links)}", links,
                      person)
    return Review((RuleFinding(PENALISES, EO_14203, Node(
        f"Assisting the ICC's effort to arrest {person.name}, a national of a state named in the President's message on "
        "the Order, may expose the assistant to US sanctions (Executive Order 14203; its sec. 1 was not read)",
        PENALISES, EO_14203, (fact,), (order.node,))),))
