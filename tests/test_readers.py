"""Answers for readers (issue 11): the summary of every golden case, the record of practice, no id in prose, the
wording that renders names, and the gettext catalogue.

Why these tests: a right outcome can still be told wrongly — "Armenia is not a party" said of a day when it was not
yet one is false today; a reason the explanation does not show ("not a party to the Rome Statute" for the Special
Tribunal for the Crime of Aggression) is invented; a state code in a sentence is a machine's word. Each summary below
was read against its explanation tree and the knowledge base's facts before it was written here.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient
from rich.console import Console

from exequatur import ask, bundled, render
from exequatur.engine import wording as wording_module
from exequatur.engine.decision import Answer
from exequatur.engine.inputs import hypothetical_ruling, parse_readings
from exequatur.engine.practice import practice_dicts, record
from exequatur.engine.summary import summary
from exequatur.engine.wording import Wording, wording
from exequatur.facts.model import Ruling
from exequatur.law.national import STATES as ENCODED_STATES
from exequatur.web.api import create_app

KB = bundled()
D = dt.date
TODAY = D(2026, 11, 29)  # the summaries below were written on this day: every golden date is before it (past tense)
ROOT = Path(__file__).resolve().parent.parent
CASES = yaml.safe_load((Path(__file__).parent / "golden" / "cases.yaml").read_text(encoding="utf-8"))
BY_NAME = {c["name"]: c for c in CASES}
WARRANTS = ("icc-putin-2023", "icc-lvova-belova-2023", "icc-kobylash-2024", "icc-sokolov-2024", "icc-shoigu-2024",
            "icc-gerasimov-2024", "icc-netanyahu-2024", "icc-gallant-2024", "icc-al-bashir-2009", "icc-al-bashir-2010",
            "icc-duterte-2025")
STATE_ID = re.compile(r"\b(" + "|".join(sorted(KB.states)) + r")\b")
RULING_ID = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(KB.rulings, key=len, reverse=True)))
                       + r")(?![\w-])")


def _answer(case: dict) -> tuple[Answer, Ruling]:
    base, ruling = KB, case.get("ruling")
    if "ruling_json" in case:
        base, ruling = hypothetical_ruling(KB, json.dumps(case["ruling_json"]))
    on = case["date"] if isinstance(case["date"], dt.date) else dt.date.fromisoformat(case["date"])
    answer = ask(base, case["state"], ruling, on, parse_readings(case.get("reading", ())))
    rec = ruling if isinstance(ruling, Ruling) else base.rulings[ruling]
    return answer, rec


def _summary(case: dict) -> str:
    answer, rec = _answer(case)
    assert answer.wording is not None
    return summary(answer, rec, answer.wording, today=TODAY)


# --- a. the summaries of the golden cases -----------------------------------------------------------------------------
# Exact text, read against each explanation. The tense is the past: each day is before TODAY.

EXACT = {
    "Mongolia obliged to arrest Putin during his visit":
        "Mongolia had to arrest Vladimir Vladimirovich Putin on 3 September 2024: it had been a party to the Rome Statute "
        "since 2002, and the ICC holds that the immunity of a sitting head of state is no bar before it. Mongolia's own "
        "law is not encoded here. No arrest was made during the visit of 2 to 3 September 2024; the ICC found Mongolia "
        "in breach of its duty to cooperate on 24 October 2024.",
    "Mongolia under the minority immunity reading":
        "Mongolia was not obliged to arrest Vladimir Vladimirovich Putin on 3 September 2024: on the reading that "
        "upholds the immunity of a sitting head of state, it did not have to arrest while the office was held. "
        "Mongolia's own law is not encoded here. No arrest was made during the visit of 2 to 3 September 2024; the ICC "
        "found Mongolia in breach of its duty to cooperate on 24 October 2024.",
    "South Africa obliged to arrest al-Bashir at the AU summit, June 2015 (first warrant)":
        "South Africa had to arrest Omar Hassan Ahmad Al Bashir on 14 June 2015: it had been a party to the Rome "
        "Statute since 2002, and the ICC holds that the immunity of a sitting head of state is no bar before it. South "
        "Africa's own law let it be done (Implementation of the Rome Statute of the International Criminal Court Act 27 "
        "of 2002, s. 8). No arrest was made during the visit of 13 to 15 June 2015; the ICC found South Africa in "
        "breach of its duty to cooperate on 6 July 2017.",
    "Sudan obliged by Security Council resolution 1593":
        "Sudan had to arrest Omar Hassan Ahmad Al Bashir on 14 June 2015: a binding decision of the UN Security Council "
        "required it. Sudan's own law is not encoded here. The ICC found Sudan in breach of its duty to cooperate on 9 "
        "March 2015.",
    "China, not a party, only urged under resolution 1593":
        "China was urged, not obliged, to arrest Omar Hassan Ahmad Al Bashir on 14 June 2015: a Security Council "
        "resolution urged it to cooperate but did not bind it. China's own law is not encoded here.",
    "Russia not obliged by international law on the Putin warrant":
        "The Russian Federation was not obliged to arrest Vladimir Vladimirovich Putin on 3 September 2024: it was not "
        "a party to the Rome Statute, and it had lodged no declaration accepting the Court's jurisdiction that covered "
        "the acts. The Russian Federation's own law barred it (Constitution of the Russian Federation, art. 91).",
    "A ruling of the Special Tribunal for the Crime of Aggression is barred in Russia":
        "The Russian Federation was not obliged to arrest the person concerned on 1 July 2026: it was not a party to "
        "the Agreement between Ukraine and the Council of Europe on the establishment of the Special Tribunal for the "
        "Crime of Aggression against Ukraine. The Russian Federation's own law barred it (Federal Constitutional Law "
        "No. 1-FKZ \"On the Judicial System of the Russian Federation\" (as amended 29 December 2025), art. 6 (2025 "
        "amendment), branch (b)).",
    "Hungary a State Party when Netanyahu visited (April 2025)":
        "Hungary had to arrest Benjamin Netanyahu on 4 April 2025: it had been a party to the Rome Statute since 2002, "
        "and the ICC holds that the immunity of a sitting head of government is no bar before it. Hungary's own law is "
        "not encoded here. No arrest was made during the visit of 3 to 6 April 2025; the ICC found Hungary in breach of "
        "its duty to cooperate in a decision made public on 24 July 2025.",
    "Hungary after its withdrawal was due to take effect stays bound for the Palestine investigation (art. 127(2))":
        "Hungary had to arrest Benjamin Netanyahu on 1 July 2026: its withdrawal from the Rome Statute did not release "
        "it in an investigation that began while it was a party, and the ICC holds that the immunity of a sitting head "
        "of government is no bar before it. Hungary's own law is not encoded here. The ICC found Hungary in breach of "
        "its duty to cooperate in a decision made public on 24 July 2025.",
    "Ukraine bound by its 2015 art. 12(3) declaration before it became a party":
        "Ukraine had to arrest Vladimir Vladimirovich Putin on 1 June 2024: its declaration accepting the Court's "
        "jurisdiction covered the acts, and the ICC holds that the immunity of a sitting head of state is no bar before "
        "it. Ukraine's own law is not encoded here.",
    "Ukraine a State Party from 1 January 2025":
        "Ukraine had to arrest Vladimir Vladimirovich Putin on 1 January 2025: it became a party to the Rome Statute "
        "that day, and the ICC holds that the immunity of a sitting head of state is no bar before it. Ukraine's own law "
        "is not encoded here.",
    "Armenia between deposit (2023-11-14) and entry into force (2024-02-01) is not yet bound":
        "Armenia was not obliged to arrest Vladimir Vladimirovich Putin on 15 January 2024: the Rome Statute was not yet "
        "in force for it (it entered into force for it on 1 February 2024), and it had lodged no declaration accepting "
        "the Court's jurisdiction that covered the acts. Armenia's own law is not encoded here.",
    "Burundi, whose withdrawal took effect in 2017, not bound for the Ukraine investigation opened in 2022":
        "Burundi was not obliged to arrest Vladimir Vladimirovich Putin on 1 January 2024: its withdrawal from the Rome "
        "Statute took effect on 27 October 2017, before the investigation began, and it had lodged no declaration "
        "accepting the Court's jurisdiction that covered the acts. Burundi's own law is not encoded here.",
    "Tajikistan, a State Party, obliged when Putin visited in October 2025":
        "Tajikistan had to arrest Vladimir Vladimirovich Putin on 9 October 2025: it had been a party to the Rome "
        "Statute since 2002, and the ICC holds that the immunity of a sitting head of state is no bar before it. "
        "Tajikistan's own law is not encoded here. No arrest was made during the visit of 8 to 10 October 2025.",
    "Duterte warrant spent once he was surrendered to the ICC":
        "The Netherlands was not obliged to arrest Rodrigo Roa Duterte on 13 March 2025: the warrant had been executed "
        "by the person's surrender to the Court on 12 March 2025. The Netherlands' own law is not encoded here.",
    "ECtHR Grand Chamber judgment against Russia — obliged under art. 58(2), barred at home (conflict)":
        "The Russian Federation had to give effect to the European Court of Human Rights' judgment in Ukraine and the "
        "Netherlands v. Russia (applications 8019/16, 43800/14, 28525/20, 11055/22) of 9 July 2025 on 1 February 2026: "
        "ceasing to be a party to the Convention did not release it from obligations arising from acts done before. The "
        "Russian Federation's own law barred it (Federal Constitutional Law No. 1-FKZ \"On the Judicial System of the "
        "Russian Federation\" (as amended 29 December 2025), art. 6 (2025 amendment), branch (b)). The two legal orders "
        "conflicted.",
    "A Dutch court exercising criminal jurisdiction conferred by Ukraine — branch (a) bars it in Russia":
        "The Russian Federation was not obliged to give effect to the hypothetical judgment of a court of the "
        "Netherlands of 1 March 2026 on 1 April 2026: the courts of one state cannot bind another without its consent. "
        "The Russian Federation's own law barred it (Federal Constitutional Law No. 1-FKZ \"On the Judicial System of "
        "the Russian Federation\" (as amended 29 December 2025), art. 6 (2025 amendment), branch (a)).",
    "Special Tribunal for Lebanon binds Lebanon (art. 15 of the agreement put in force by res. 1757)":
        "Lebanon had to give effect to the hypothetical judgment of the Special Tribunal for Lebanon of 18 August 2020 "
        "on 1 January 2021: the Agreement establishing the Tribunal was in force for it and required it to comply with "
        "the Tribunal's requests and orders. Lebanon's own law is not encoded here.",
    "Special Tribunal for Lebanon puts no duty on France":
        "France was not obliged to give effect to the hypothetical judgment of the Special Tribunal for Lebanon of 18 "
        "August 2020 on 1 January 2021: it was not a party to the Agreement between the United Nations and the Lebanese "
        "Republic on the establishment of a Special Tribunal for Lebanon, and no decision of the Security Council bound "
        "it. France's own law is not encoded here.",
    "C: no duty towards the Special Tribunal for Lebanon after it closed on 31 December 2023":
        "Lebanon was not obliged to give effect to the hypothetical judgment of the Special Tribunal for Lebanon of 18 "
        "August 2020 on 1 June 2024: the judicial functions of the Special Tribunal for Lebanon had ended on 28 "
        "February 2023, and no court took them over. Lebanon's own law is not encoded here.",
    "D: Russia obliged to comply with the ITLOS provisional measures in the Arctic Sunrise case":
        "The Russian Federation had to give effect to the International Tribunal for the Law of the Sea's order of 22 "
        "November 2013 on 2 December 2013: as a party to the dispute and to the Convention on the Law of the Sea it was "
        "bound by the provisional measures. The Russian Federation's own law let it be done (Constitution of the "
        "Russian Federation, art. 15(4)).",
    "D: a third state is not bound by the Arctic Sunrise order (art. 296(2))":
        "France was not obliged to give effect to the International Tribunal for the Law of the Sea's order of 22 "
        "November 2013 on 2 December 2013: it was not a party to the dispute, and the decision binds only the parties. "
        "France's own law is not encoded here.",
    "E: Argentina's warrant (Rohingya case) does not oblige Russia; Min Aung Hlaing was a sitting head of government "
    "when he was in Moscow":
        "The Russian Federation was not obliged to arrest Min Aung Hlaing on 4 March 2025: the immunity owed to a "
        "sitting head of government of another state barred it. The Russian Federation's own law, as far as encoded, "
        "said nothing on it.",
    "E: between EU member states the European arrest warrant may apply: unknown until encoded":
        "Whether Germany had to arrest the person concerned on 1 February 2025 cannot be told from confirmed facts: one "
        "would have to encode the European arrest warrant framework (Framework Decision 2002/584/JHA) and the EU "
        "instruments on the recognition of judgments. Germany's own law, as far as encoded, said nothing on it.",
    "G: Germany obliged on the day El Hishri was arrested; the hint names his surrender on 1 December 2025":
        "Germany had to arrest Khaled Mohamed Ali El Hishri (Al-Buti) on 16 July 2025: it had been a party to the Rome "
        "Statute since 2002. Germany's own law let it be done (Act on Cooperation with the International Criminal Court "
        "(IStGHG), § 2(1)). Germany made the arrest on 16 July 2025 and surrendered the person to the Court on 1 "
        "December 2025.",
    "H: an ECtHR judgment on acts after Russia ceased to be a party does not bind it (art. 58(2))":
        "The Russian Federation was not obliged to give effect to the hypothetical judgment of the European Court of "
        "Human Rights of 9 July 2025 on 9 July 2025: the acts came after it ceased to be a party to the Convention. The "
        "Russian Federation's own law barred it (Federal Law of 11 June 2022 No. 183-FZ, rule on judgments of the "
        "European Court of Human Rights).",
    "Before the Constitutional Court ruled, the Yukos judgment hung on its ruling":
        "The Russian Federation had to give effect to the European Court of Human Rights' judgment in OAO Neftyanaya "
        "Kompaniya Yukos v. Russia (just satisfaction), application 14902/04 of 31 July 2014 on 1 June 2016: as a party "
        "to the case it was bound by the final judgment. Under the Russian Federation's own law it could be done unless "
        "the Constitutional Court of the Russian Federation rules that executing it is impossible (Federal "
        "Constitutional Law \"On the Constitutional Court of the Russian Federation\", ch. XIII.1 (arts. 104.1–104.4), "
        "as added in December 2015).",
    "United Kingdom on the Putin warrant in 2025 — obliged, conditional on a waiver (s. 23(2)), a possible conflict":
        "The United Kingdom had to arrest Vladimir Vladimirovich Putin on 1 January 2025: it had been a party to the "
        "Rome Statute since 2002, and the ICC holds that the immunity of a sitting head of state is no bar before it. "
        "Under the United Kingdom's own law it could be done only if the ICC obtains from the Russian Federation a "
        "waiver of Vladimir Vladimirovich Putin's immunity (and the Secretary of State does not direct otherwise under "
        "s. 23(4)) (International Criminal Court Act 2001 (c. 17), s. 23(2)).",
    "United States before the ASPA was enacted (2 August 2002) — no rule":
        "The United States of America had to arrest hypothetical accused on 1 January 2000: a binding decision of the UN "
        "Security Council required it. The United States of America's own law, as far as encoded, said nothing on it.",
    "Ireland on the Putin warrant — s. 61(1) lifts only immunity through a state party; the rest is not encoded":
        "Ireland had to arrest Vladimir Vladimirovich Putin on 1 February 2026: it had been a party to the Rome Statute "
        "since 2002, and the ICC holds that the immunity of a sitting head of state is no bar before it. Whether "
        "Ireland's own law let it be done cannot be told from confirmed facts: one would have to encode the Diplomatic "
        "Relations and Immunities Acts to settle whether the immunity bars proceedings.",
}


def test_every_exact_summary_names_a_golden_case() -> None:
    assert set(EXACT) <= set(BY_NAME), set(EXACT) - set(BY_NAME)


@pytest.mark.parametrize("name", sorted(EXACT))
def test_golden_summary_exact(name: str) -> None:
    assert _summary(BY_NAME[name]) == EXACT[name]


_HEAD = {"obliged": "had to ", "not_obliged": "was not obliged to ", "urged": "was urged, not obliged, to ",
         "unknown": "cannot be told from confirmed facts"}
_DOMESTIC = {"no_rule": "own law, as far as encoded, said nothing on it.", "barred": "own law barred it",
             "not_barred": "own law let it be done", "conditional": "own law it could be done",
             "unknown": "own law let it be done cannot be told from confirmed facts"}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_summary_claims(case: dict) -> None:
    """Every golden case's summary, whether or not written out above: the state's name first, the person named once,
    the outcome's words, a reason, the domestic clause the domestic outcome calls for, the conflict, and the practice
    clause where the record has a visit on the day or a finding; no id; past tense, as every golden day is past."""
    answer, rec = _answer(case)
    w = answer.wording
    assert w is not None
    text = summary(answer, rec, w, today=TODAY)
    assert answer.summary == text, "ask's summary is the one written for today, and every golden day is past"
    state = w.state(case["state"])
    assert text.startswith(state[:1].upper() + state[1:]) or text.startswith("Whether " + state)
    assert _HEAD[answer.international.outcome] in text
    first = text.split(" on " + w.date(answer.on), 1)[1]
    assert first.startswith((": ", " cannot be told from confirmed facts: ")), f"no reason given: {text}"
    if rec.subject and rec.subject in KB.persons and rec.kind in ("arrest-warrant", "summons"):
        assert text.count(KB.persons[rec.subject].name) == 1 or answer.domestic.outcome == "conditional", text
    if case["state"] not in ENCODED_STATES:
        assert f"{w.possessive(state[:1].upper() + state[1:])} own law is not encoded here." in text
    else:
        assert _DOMESTIC[answer.domestic.outcome] in text, text
    assert ("The two legal orders conflicted." in text) is answer.conflict
    events = practice_dicts(case["state"], rec, w)
    visit = any(e["kind"] == "visit" and e["date"] <= answer.on.isoformat() <= (e["to"] or e["date"]) for e in events)
    assert ("No arrest was made during the visit of" in text) is visit
    if any(e["kind"] == "non-compliance-finding" for e in events) and not visit:
        assert f"the ICC found {state} in breach of its duty to cooperate".lower() in text.lower()
    assert not STATE_ID.search(text) and not RULING_ID.search(text), text
    assert " is not a party" not in text and " is not obliged" not in text, "a past day in the present tense"


def test_the_tense_follows_the_day() -> None:
    """A day after today is written in the present: what holds now may change before then."""
    answer = ask(KB, "MNG", "icc-putin-2023", D(2024, 9, 3))
    assert answer.wording is not None
    rec = KB.rulings["icc-putin-2023"]
    now = summary(answer, rec, answer.wording, today=D(2024, 9, 1))
    assert now.startswith("Mongolia must arrest Vladimir Vladimirovich Putin on 3 September 2024: it has been a party "
                          "to the Rome Statute since 2002"), now
    assert "Mongolia's own law is not encoded here." in now
    armenia = ask(KB, "ARM", "icc-putin-2023", D(2024, 1, 15))
    assert armenia.wording is not None
    assert "the Rome Statute is not yet in force for it (it enters into force for it on 1 February 2024)" in \
        summary(armenia, rec, armenia.wording, today=D(2024, 1, 1))


def test_party_since_is_the_start_of_the_stretch_not_of_its_last_event() -> None:
    """Under the example scenario, Hungary revokes its notification of withdrawal on 29 May 2026: it has been a party
    since 2002, not "since 29 May 2026" (the revocation opens a segment of the timeline, not a new stretch)."""
    from exequatur.engine.scenario import apply, parse_text

    text = (ROOT / "src" / "exequatur" / "scenarios" / "hungary-revokes-withdrawal.yaml").read_text(encoding="utf-8")
    what_if = apply(KB, parse_text(KB, text))
    answer = ask(what_if, "HUN", "icc-netanyahu-2024", D(2026, 7, 1))
    assert answer.international.outcome == "obliged"
    assert "it had been a party to the Rome Statute since 2002," in (answer.summary or ""), answer.summary


def test_a_deposit_not_yet_in_force_is_not_explained_as_no_deposit() -> None:
    """Armenia deposited on 14 November 2023; the Statute entered into force for it on 1 February 2024. On 15 January
    2024 the explanation once said 'no instrument of ratification or accession deposited' — false."""
    data = ask(KB, "ARM", "icc-putin-2023", D(2024, 1, 15)).to_dict()
    said = json.dumps(data["international"]["explanation"], ensure_ascii=False)
    assert "no instrument" not in said and "deposited no instrument" not in said
    assert "instrument deposited on 2023-11-14, not yet in force" in said
    assert "Armenia deposited its instrument of ratification of the Rome Statute" in said


# --- b. the record of practice ----------------------------------------------------------------------------------------

def test_mongolia_practice_has_the_visit_and_the_finding() -> None:
    practice = ask(KB, "MNG", "icc-putin-2023", D(2024, 9, 3)).to_dict()["practice"]
    visits = [p for p in practice if p["kind"] == "visit" and p["date"] <= "2024-09-03" <= (p["to"] or p["date"])]
    assert [(v["date"], v["to"]) for v in visits] == [("2024-09-02", "2024-09-03")]
    finding = [p for p in practice if p["kind"] == "non-compliance-finding"]
    assert [(f["date"], f["referred"]) for f in finding] == [("2024-10-24", "asp")]
    assert all(p["sources"] and all(s["url"].startswith("http") for s in p["sources"]) for p in practice)
    assert set(practice[0]) >= {"date", "to", "kind", "statement", "sources"}


def test_south_africa_2017_finding_for_the_al_bashir_warrant() -> None:
    practice = ask(KB, "ZAF", "icc-al-bashir-2009", D(2015, 6, 14)).to_dict()["practice"]
    assert any(p["kind"] == "non-compliance-finding" and p["date"] == "2017-07-06" and p["referred"] == "none"
               for p in practice)
    assert any(p["kind"] == "visit" and (p["date"], p["to"]) == ("2015-06-13", "2015-06-15") for p in practice)


def test_duterte_surrender_is_read_from_the_ruling_one_fact_in_one_place() -> None:
    """The surrender of 12 March 2025 is the ruling's executed status (state PHL); practice.yaml records no surrender
    at all, so the date is kept once."""
    ruling = KB.rulings["icc-duterte-2025"]
    executed = [s for s in ruling.status if s.status == "executed"]
    assert [(s.date, s.state) for s in executed] == [(D(2025, 3, 12), "PHL")]
    assert not [p for p in KB.practice if p.kind == "surrender"], "a surrender is read from the ruling, not recorded"
    events = practice_dicts("PHL", ruling, wording(KB))
    surrender = [e for e in events if e["kind"] == "surrender"]
    assert [(e["date"], e["state"]) for e in surrender] == [("2025-03-12", "PHL")]
    assert surrender[0]["sources"] and {s["url"] for s in surrender[0]["sources"]} == {
        s.url for s in KB.source_records(executed[0].sources)}
    assert surrender[0]["statement"] == ("Rodrigo Roa Duterte was surrendered to the International Criminal Court by "
                                         "the Philippines on 12 March 2025.")
    assert [e["kind"] for e in events] == ["arrest", "surrender"]


def test_every_practice_record_is_sourced_and_names_known_states_and_rulings() -> None:
    assert len(KB.practice) >= 38
    for p in KB.practice:
        assert p.sources and all(s in KB.sources for s in p.sources), p
        assert p.state in KB.states, p
        assert p.rulings and all(r in KB.rulings for r in p.rulings), p
        if p.to is not None:
            assert p.date is not None and p.to >= p.date, p
        assert p.date or p.public, p
        assert not STATE_ID.search(p.statement) and not RULING_ID.search(p.statement), p.statement


@pytest.mark.parametrize("ruling", sorted({r for p in KB.practice for r in p.rulings} | {"icc-el-hishri-2025"}))
def test_practice_is_in_date_order(ruling: str) -> None:
    events = record(KB, KB.rulings[ruling])["practice"]
    days = [e["date"] or e["public"] for e in events]
    assert events and days == sorted(days)
    assert all(e["state_name"] and e["sources"] for e in events)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "exequatur.cli", *args], capture_output=True, text=True, timeout=60)


def test_cli_practice_human_and_json() -> None:
    human = _cli("practice", "--ruling", "icc-putin-2023")
    assert human.returncode == 0, human.stderr
    lines = human.stdout.splitlines()
    assert lines[0] == ("The International Criminal Court's arrest warrant for Vladimir Vladimirovich Putin of 17 March "
                        "2023: what states did")
    assert "2024-09-02 to 2024-09-03  Mongolia  visit" in lines
    assert "2024-10-24  Mongolia  finding of non-compliance" in lines
    assert "2025-10-08 to 2025-10-10  Tajikistan  visit" in lines
    assert any(line.startswith("    source: ") for line in lines)
    prose = [line for line in lines if not line.startswith("    source: ")]
    assert not _ids_in(prose), _ids_in(prose)
    data = json.loads(_cli("practice", "--ruling", "icc-putin-2023", "--json").stdout)
    assert data["ruling"] == "icc-putin-2023" and data["state"] is None
    assert [(e["state"], e["kind"], e["date"]) for e in data["practice"]] == [
        ("MNG", "visit", "2024-09-02"), ("MNG", "non-compliance-finding", "2024-10-24"), ("TJK", "visit", "2025-10-08")]
    assert data == record(KB, KB.rulings["icc-putin-2023"])


def test_cli_practice_state_filter_and_state_by_name() -> None:
    by_code = json.loads(_cli("practice", "--ruling", "icc-al-bashir-2009", "--state", "ZAF", "--json").stdout)
    by_name = json.loads(_cli("practice", "--ruling", "icc-al-bashir-2009", "--state", "South Africa", "--json").stdout)
    assert by_code == by_name and by_code["state"] == "ZAF"
    assert {e["state"] for e in by_code["practice"]} == {"ZAF"}
    assert [e["kind"] for e in by_code["practice"]] == ["visit", "non-compliance-finding"]
    human = _cli("practice", "--ruling", "icc-duterte-2025", "--state", "Philippines")
    assert human.returncode == 0 and "in the Philippines" in human.stdout.splitlines()[0]
    assert "2025-03-12  the Philippines  surrender" in human.stdout
    nothing = _cli("practice", "--ruling", "icc-kony-2005", "--state", "GBR")
    assert nothing.returncode == 0 and "nothing recorded for the United Kingdom" in nothing.stdout


def test_cli_practice_unknown_ruling_is_one_line_exit_2() -> None:
    out = _cli("practice", "--ruling", "icc-putin-2032")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "icc-putin-2032" in lines[0] and "icc-putin-2023" in lines[0], out.stderr
    bad_state = _cli("practice", "--ruling", "icc-putin-2023", "--state", "MNX")
    assert bad_state.returncode == 2 and len(bad_state.stderr.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(), raise_server_exceptions=True)


def test_api_practice(client: TestClient) -> None:
    r = client.get("/api/practice", params={"ruling": "icc-putin-2023", "state": "Mongolia"})
    assert r.status_code == 200
    body = r.json()
    assert body == record(KB, KB.rulings["icc-putin-2023"], "MNG")
    assert [(e["kind"], e["date"]) for e in body["practice"]] == [("visit", "2024-09-02"),
                                                                   ("non-compliance-finding", "2024-10-24")]
    everyone = client.get("/api/practice", params={"ruling": "icc-al-bashir-2009"}).json()
    assert {"ZAF", "JOR", "MWI", "TCD", "COD", "DJI", "UGA", "SDN"} <= {e["state"] for e in everyone["practice"]}
    bad = client.get("/api/practice", params={"ruling": "icc-putin-2032"})
    assert bad.status_code in (404, 422) and "icc-putin-2023" in bad.text


# --- c. no id in prose ------------------------------------------------------------------------------------------------

def _prose(data: dict) -> list[str]:
    """Every sentence of an answer a reader reads: statements and facts of both trees, the findings with their trees
    and conditions, the change hints, the assumed facts, the summary and the practice statements."""
    out: list[str] = []

    def node(n: dict) -> None:
        out.append(n["statement"])
        out.extend(f["fact"] for f in n.get("facts", ()))
        for child in n.get("children", ()):
            node(child)

    for order in ("international", "domestic"):
        node(data[order]["explanation"])
        out.extend(data[order]["changes_if"])
        for f in data[order].get("findings", ()):
            out.append(f["statement"])
            node(f["explanation"])
            if "condition" in f:
                out.append(f["condition"]["event"])
    out.extend(f["fact"] for f in data["assumed_facts"])
    out.append(data["summary"])
    out.extend(p["statement"] for p in data["practice"])
    return out


def _ids_in(texts: list[str], extra: tuple[str, ...] = ()) -> list[str]:
    return [t for t in texts if STATE_ID.search(t) or RULING_ID.search(t) or any(x in t for x in extra)]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_no_id_in_the_prose_of_a_golden_answer(case: dict) -> None:
    answer, rec = _answer(case)
    extra = (rec.id,) if rec.hypothetical else ()
    assert not _ids_in(_prose(answer.to_dict()), extra)
    console = Console(file=io.StringIO(), width=200, record=True)
    render.answer(answer, console)
    human = console.export_text()
    found = [line for line in human.splitlines()
             if not line.strip().startswith("source:") and _ids_in([line.split("<http")[0]], extra)]
    assert not found, found


@pytest.mark.parametrize("ruling", WARRANTS)
def test_no_id_in_the_prose_of_any_state_on_the_eleven_warrants(ruling: str) -> None:
    """Every state, on the day after the warrant was issued and on 1 February 2026."""
    issued = KB.rulings[ruling].issued
    for on in (issued + dt.timedelta(days=1), D(2026, 2, 1)):
        for state in sorted(KB.states):
            texts = _prose(ask(KB, state, ruling, on).to_dict())
            assert not _ids_in(texts), (state, on, _ids_in(texts)[:2])


def test_the_cli_human_output_has_no_id() -> None:
    out = _cli("ask", "--state", "MNG", "--ruling", "icc-putin-2023", "--on", "2024-09-03")
    assert out.returncode == 0
    prose = "\n".join(line.split("<http")[0] for line in out.stdout.splitlines() if "source:" not in line)
    assert not STATE_ID.search(prose) and "icc-putin-2023" not in prose
    assert out.stdout.startswith("Mongolia had to arrest Vladimir Vladimirovich Putin on 3 September 2024")


# --- d. the wording ---------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def w() -> Wording:
    return wording(KB)


def test_template_and_render_round_trip(w: Wording) -> None:
    text = "MNG is a State Party to the Rome Statute on 2024-09-03"
    template, params = w.template(text)
    assert template == "{state} is a State Party to the Rome Statute on {date}"
    assert params == {"state": "MNG", "date": "2024-09-03"}
    assert template.format(**params) == text
    assert w.render(text) == ("Mongolia is a State Party to the Rome Statute on 2024-09-03", params)
    assert w.node(text) == {"statement": "Mongolia is a State Party to the Rome Statute on 2024-09-03",
                            "params": params}
    assert w.node("A State Party must cooperate fully with the Court") == {
        "statement": "A State Party must cooperate fully with the Court"}


def test_a_second_state_takes_state_2_and_a_repeated_one_its_first_name(w: Wording) -> None:
    template, params = w.template("RUS and UKR: UKR lodged a declaration; RUS did not")
    assert template == "{state} and {state_2}: {state_2} lodged a declaration; {state} did not"
    assert params == {"state": "RUS", "state_2": "UKR"}
    assert w.text("RUS and UKR: UKR lodged a declaration; RUS did not") == \
        "The Russian Federation and Ukraine: Ukraine lodged a declaration; the Russian Federation did not"


def test_instrument_ids_in_parentheses_become_titles(w: Wording) -> None:
    text = "MNG deposited its instrument of ratification of (rome-statute) on 2002-04-11"
    template, params = w.template(text)
    assert template == "{state} deposited its instrument of ratification of {instrument} on {date}"
    assert params["instrument"] == "rome-statute"
    assert w.text(text) == ("Mongolia deposited its instrument of ratification of the Rome Statute of the International "
                            "Criminal Court on 2002-04-11")
    assert w.text("(rome-statute) entered into force for MNG on 2002-07-01") == \
        "The Rome Statute of the International Criminal Court entered into force for Mongolia on 2002-07-01"


def test_dates_stay_iso_in_explanations_and_are_written_out_in_summaries(w: Wording) -> None:
    assert w.text("MNG is a State Party to the Rome Statute on 2024-09-03").endswith("on 2024-09-03")
    data = ask(KB, "MNG", "icc-putin-2023", D(2024, 9, 3)).to_dict()
    assert "2002-07-01" in json.dumps(data["international"]["explanation"])
    assert "3 September 2024" in data["summary"] and "2024-09-03" not in data["summary"]
    assert w.date(D(2024, 9, 3)) == "3 September 2024"
    assert w.days(D(2024, 9, 2), D(2024, 9, 3)) == "2 to 3 September 2024"
    assert w.days(D(2024, 8, 30), D(2024, 9, 3)) == "30 August to 3 September 2024"
    assert w.days(D(2024, 12, 30), D(2025, 1, 3)) == "30 December 2024 to 3 January 2025"


def test_possessive_and_capitals(w: Wording) -> None:
    assert w.possessive("the Philippines") == "the Philippines'"
    assert w.possessive("Mongolia") == "Mongolia's"
    assert w.state("PHL") == "the Philippines" and w.name("PHL") == "Philippines"
    text = ask(KB, "PHL", "icc-duterte-2025", D(2025, 3, 11)).summary or ""
    assert text.startswith("The Philippines was not obliged to arrest Rodrigo Roa Duterte on 11 March 2025: its "
                           "withdrawal from the Rome Statute took effect on 17 March 2019, before the investigation "
                           "began"), text
    assert "The Philippines' own law is not encoded here." in text
    assert "The Philippines made the arrest on 11 March 2025 and surrendered the person to the Court on 12 March 2025." \
        in text
    assert w.text("RUS is not a State Party to the Rome Statute on 2024-09-03").startswith("The Russian Federation is")
    assert w.text("The Statute creates no obligation for RUS without its consent") == \
        "The Statute creates no obligation for the Russian Federation without its consent"


def test_three_capitals_that_are_no_state_stay(w: Wording) -> None:
    assert w.text("The ICC asked MNG; the ASP was told") == "The ICC asked Mongolia; the ASP was told"
    assert w.template("The ICC and the UN")[1] == {}


def test_rulings_and_courts_in_words(w: Wording) -> None:
    assert w.ruling("icc-putin-2023") == ("the International Criminal Court's arrest warrant for Vladimir Vladimirovich "
                                          "Putin of 17 March 2023")
    assert w.ruling("arg-min-aung-hlaing-2025").startswith("the arrest warrant of the Federal criminal court in Buenos "
                                                           "Aires (")
    assert w.ruling("arg-min-aung-hlaing-2025").endswith(" for Min Aung Hlaing of 13 February 2025")
    base, hyp = hypothetical_ruling(KB, json.dumps({"body": {"kind": "national", "state": "NLD", "criminal": True},
                                                    "kind": "judgment", "issued": "2026-03-01"}))
    assert wording(base, ruling=hyp).ruling(hyp.id) == "the hypothetical judgment of a court of the Netherlands of 1 " \
                                                       "March 2026"
    assert w.ruling("no-such-ruling") == "no-such-ruling"


# --- 2. the catalogue -------------------------------------------------------------------------------------------------

def _catalogue_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("wording_catalogue", ROOT / "scripts" / "wording_catalogue.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_catalogue_is_current() -> None:
    """Re-extract the messages in memory (Babel's extractor) and compare them with the committed .pot: a wording added
    to the summary without re-running scripts/wording_catalogue.py fails here."""
    script = _catalogue_script()
    fresh, committed = script.catalogue(), script.committed()
    assert committed is not None, "src/exequatur/locale/exequatur.pot is missing: run scripts/wording_catalogue.py"
    assert script.msgids(fresh) == script.msgids(committed), (
        "run scripts/wording_catalogue.py: " f"new {sorted(script.msgids(fresh) - script.msgids(committed))[:5]}, "
        f"gone {sorted(script.msgids(committed) - script.msgids(fresh))[:5]}")
    ids = script.msgids(fresh)
    assert "{State} had to {duty} on {date}" in ids and "no arrest was made during the visit of {days}" in ids
    assert "a sitting head of state" in ids and "arrest warrant" in ids  # marked with N_ where the table is written
    assert "{person} was surrendered to the {court} by {state} on {date}." in ids  # engine/practice.py


def test_a_compiled_catalogue_is_loaded_where_present(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A catalogue at LOCALE/<language>/LC_MESSAGES/exequatur.mo is used; without one the msgid (English) is. The
    translation here is a test's pseudo-translation, not a language shipped."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    catalog = Catalog(locale="fr", domain="exequatur")
    catalog.add("{States} own law is not encoded here.", "[test] {States} — not encoded.")
    folder = tmp_path / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "exequatur.mo").open("wb") as f:
        write_mo(f, catalog)
    shipped = Path(str(wording_module.LOCALE))
    for other in shipped.glob("*.json"):  # whatever else the locale folder holds (tables the wording reads) stays
        (tmp_path / other.name).write_bytes(other.read_bytes())
    monkeypatch.setattr(wording_module, "LOCALE", tmp_path)
    pseudo = Wording(KB, "fr")
    assert pseudo.gettext("{States} own law is not encoded here.") == "[test] {States} — not encoded."
    assert pseudo.gettext("{State} had to {duty} on {date}") == "{State} had to {duty} on {date}"
    answer = ask(KB, "MNG", "icc-putin-2023", D(2024, 9, 3))
    text = summary(answer, KB.rulings["icc-putin-2023"], pseudo, today=TODAY)
    assert "[test] Mongolia's — not encoded." in text
    assert Wording(KB, "en").gettext("{States} own law is not encoded here.") == "{States} own law is not encoded here."


def test_package_data_ships_the_catalogue() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"locale/*.pot"' in pyproject and '"locale/*/LC_MESSAGES/*.mo"' in pyproject
    assert (ROOT / "src" / "exequatur" / "locale" / "exequatur.pot").is_file()
