"""What-if scenarios: assumed facts flow through the same law as sourced ones, are marked, and bad ones are refused.

Expected dates are computed by hand from the provisions: an accession deposited on 2 March 2026 — the 60th day after
is 1 May 2026, so art. 126(2) puts the Statute in force on 1 June 2026; a withdrawal notified on 15 January 2026
takes effect on 15 January 2027 (art. 127(1)).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from exequatur import KnowledgeBase, ask
from exequatur.engine.evaluate import InputError, when
from exequatur.engine.inputs import hypothetical_ruling
from exequatur.engine.scenario import apply, parse, parse_text

EXAMPLES = Path(__file__).parent.parent / "src" / "exequatur" / "scenarios"
D = dt.date


def scenario(kb: KnowledgeBase, *facts: dict, name: str = "test") -> KnowledgeBase:
    return apply(kb, parse(kb, {"name": name, "assume": list(facts)}))


def accession(state: str, date: str) -> dict:
    return {"state": state, "instrument": "rome-statute", "event": "accession", "date": date}


def test_russian_accession_flips_both_orders_from_art_126_2_date(kb: KnowledgeBase) -> None:
    # The Lvova-Belova warrant, not the Putin one: the serving President's inviolability (Constitution art. 91) bars
    # his arrest in Russian law whatever art. 6 says.
    what_if = apply(kb, parse_text(kb, (EXAMPLES / "russia-accedes.yaml").read_text(encoding="utf-8")))
    before = ask(what_if, "RUS", "icc-lvova-belova-2023", D(2026, 5, 31))
    after = ask(what_if, "RUS", "icc-lvova-belova-2023", D(2026, 6, 1))
    assert (before.international.outcome, before.domestic.outcome) == ("not_obliged", "barred")
    assert (after.international.outcome, after.domestic.outcome) == ("obliged", "not_barred")
    assert after.scenario == "russia-accedes"
    assumed = after.to_dict()["assumed_facts"]
    assert any("2026-03-02" in f["fact"] and f["assumed"] for f in assumed)
    intervals = when(what_if, "RUS", "icc-lvova-belova-2023", D(2026, 1, 1), D(2026, 12, 31))
    assert [(iv.start, iv.international, iv.domestic) for iv in intervals] == [
        (D(2026, 1, 1), "not_obliged", "no_rule"),
        (D(2026, 1, 9), "not_obliged", "barred"),
        (D(2026, 6, 1), "obliged", "not_barred"),
    ]


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_example_scenario_applies_and_is_marked(kb: KnowledgeBase, path: Path) -> None:
    parsed = parse_text(kb, path.read_text(encoding="utf-8"), origin=path.name)
    assert parsed.name == path.stem and parsed.description
    assert apply(kb, parsed).scenario == path.stem


def test_example_referral_and_repeal(kb: KnowledgeBase) -> None:
    referral = apply(kb, parse_text(kb, (EXAMPLES / "security-council-refers-ukraine.yaml").read_text()))
    assert ask(referral, "CHN", "icc-putin-2023", D(2026, 9, 1)).international.outcome == "obliged"
    repeal = apply(kb, parse_text(kb, (EXAMPLES / "art6-repealed.yaml").read_text()))
    assert [(iv.start, iv.domestic) for iv in when(repeal, "RUS", "icc-lvova-belova-2023", D(2026, 1, 1), D(2027, 12, 31))] \
        == [(D(2026, 1, 1), "no_rule"), (D(2026, 1, 9), "barred"), (D(2027, 1, 1), "no_rule")]


def test_ruling_date_reading_keeps_the_bar_after_accession(kb: KnowledgeBase) -> None:
    what_if = scenario(kb, accession("RUS", "2026-03-02"))
    answer = ask(what_if, "RUS", "icc-lvova-belova-2023", D(2026, 7, 1), {"rus-art6-treaty-date": "ruling-date"})
    assert answer.domestic.outcome == "barred"  # the Statute was not a treaty of Russia on 17 March 2023


def test_bundled_knowledge_base_is_untouched(kb: KnowledgeBase) -> None:
    scenario(kb, accession("RUS", "2026-03-02"))
    answer = ask(kb, "RUS", "icc-putin-2023", D(2026, 7, 1))
    assert answer.international.outcome == "not_obliged" and answer.scenario is None
    assert answer.to_dict()["assumed_facts"] == []


def test_re_accession_after_withdrawal(kb: KnowledgeBase) -> None:
    # The Philippines' withdrawal took effect on 17 March 2019; a new warrant in the Philippines situation (the
    # Duterte warrant was executed) does not bind it today, and would once it acceded again.
    base, ruling = hypothetical_ruling(kb, json.dumps({"body": "icc", "kind": "arrest-warrant", "issued": "2026-01-10",
                                                       "situation": "philippines"}))
    assert ask(base, "PHL", ruling, D(2026, 7, 1)).international.outcome == "not_obliged"
    what_if = scenario(base, accession("PHL", "2026-03-02"))
    assert ask(what_if, "PHL", ruling, D(2026, 5, 31)).international.outcome == "not_obliged"
    assert ask(what_if, "PHL", ruling, D(2026, 6, 1)).international.outcome == "obliged"


def test_withdrawal_takes_effect_a_year_later_and_art_127_2_keeps_earlier_investigations(kb: KnowledgeBase) -> None:
    what_if = scenario(kb, {"state": "MNG", "instrument": "rome-statute", "event": "withdrawal", "date": "2026-01-15"})
    answer = ask(what_if, "MNG", "icc-putin-2023", D(2027, 1, 15))
    assert answer.international.outcome == "obliged"
    assert "rome-statute/art-127-2" in {p.id for p in answer.international.provisions}
    assert ask(what_if, "MNG", "icc-putin-2023", D(2027, 1, 14)).international.provisions[0].id != "rome-statute/art-127-2"


def test_security_council_referral_binds_all_members_and_reading_decides_russian_law(kb: KnowledgeBase) -> None:
    referral = {"resolution": 9901, "date": "2026-09-01", "chapter_vii": True, "refers": "ukraine",
                "decides_cooperation": "all-states"}
    what_if = scenario(kb, referral)
    assert ask(what_if, "CHN", "icc-putin-2023", D(2026, 8, 31)).international.outcome == "not_obliged"
    answer = ask(what_if, "CHN", "icc-putin-2023", D(2026, 9, 1))
    assert answer.international.outcome == "obliged"
    assert "un-charter/art-25" in {p.id for p in answer.international.provisions}
    assert ask(what_if, "RUS", "icc-lvova-belova-2023", D(2026, 9, 1)).domestic.outcome == "barred"
    situation = ask(what_if, "RUS", "icc-lvova-belova-2023", D(2026, 9, 1), {"rus-art6-competence": "situation-competence"})
    assert situation.domestic.outcome == "not_barred"


def test_tribunal_established_under_chapter_vii(kb: KnowledgeBase) -> None:
    what_if = scenario(kb, {"resolution": 9902, "date": "2026-09-01", "chapter_vii": True,
                            "decides_cooperation": "all-states",
                            "establishes": {"id": "tribunal-x", "name": "Tribunal X", "criminal": True}})
    base, ruling = hypothetical_ruling(what_if, json.dumps({"body": "tribunal-x", "kind": "arrest-warrant",
                                                            "issued": "2026-10-01"}))
    answer = ask(base, "RUS", ruling, D(2026, 11, 1))
    assert (answer.international.outcome, answer.domestic.outcome) == ("obliged", "not_barred")


def test_law_repealed(kb: KnowledgeBase) -> None:
    what_if = scenario(kb, {"law": "rus-fkz-2025-judicial-system-art-6", "repealed": "2026-10-01"})
    assert ask(what_if, "RUS", "icc-lvova-belova-2023", D(2026, 9, 30)).domestic.outcome == "barred"
    answer = ask(what_if, "RUS", "icc-lvova-belova-2023", D(2026, 10, 1))
    assert answer.domestic.outcome == "no_rule"
    assert any("2026-10-01" in f.statement for f in answer.assumed_facts)


def test_assumed_revocation_keeps_hungary_a_party(kb: KnowledgeBase) -> None:
    """The ASP President regretted Hungary's withdrawal "effective as of 2 June 2026" (icc-cpi.int); no revocation is
    recorded. A revocation assumed before that day keeps Hungary a party."""
    from exequatur.law.international.rome_statute import party_timeline

    assert party_timeline(kb, "HUN").at(D(2026, 6, 1)).value == "party"
    assert party_timeline(kb, "HUN").at(D(2026, 7, 1)).value == "former-party"
    what_if = scenario(kb, {"state": "HUN", "instrument": "rome-statute", "event": "withdrawal-revoked",
                            "date": "2026-05-29"})
    assert party_timeline(what_if, "HUN").at(D(2026, 7, 1)).value == "party"


def test_un_expulsion_ends_membership(kb: KnowledgeBase) -> None:
    from exequatur.law.international.un_charter import membership_timeline

    what_if = scenario(kb, {"state": "MNG", "instrument": "un-charter", "event": "expulsion", "date": "2026-09-01"})
    assert membership_timeline(what_if, "MNG").at(D(2026, 8, 31)).value == "member"
    assert membership_timeline(what_if, "MNG").at(D(2026, 9, 1)).value == "not-member"


@pytest.mark.parametrize(("data", "message"), [
    ([], "expected an object with 'name'"),
    ({"assume": [accession("RUS", "2026-03-02")]}, "'name' is required"),
    ({"name": "x", "assume": []}, "non-empty list"),
    ({"name": "x", "assume": [accession("RUS", "2026-03-02")], "extra": 1}, "unknown field 'extra'"),
    ({"name": "x", "assume": [accession("RUX", "2026-03-02")]}, "unknown state 'RUX' (closest: RUS"),
    ({"name": "x", "assume": [{**accession("RUS", "2026-03-02"), "instrument": "rome"}]}, "unknown instrument 'rome'"),
    ({"name": "x", "assume": [{**accession("RUS", "2026-03-02"), "event": "joins"}]}, "unknown event 'joins'; valid:"),
    ({"name": "x", "assume": [accession("RUS", "2026-02-30")]}, "'2026-02-30' is not a date"),
    ({"name": "x", "assume": [accession("MNG", "2026-03-02")]}, "MNG is already bound by rome-statute"),
    ({"name": "x", "assume": [{"state": "RUS", "instrument": "rome-statute", "event": "withdrawal",
                               "date": "2026-03-02"}]}, "RUS is not bound by rome-statute on 2026-03-02"),
    ({"name": "x", "assume": [{"state": "RUS", "instrument": "rome-statute", "event": "declaration-124",
                               "date": "2026-03-02"}]}, "unknown event"),
    ({"name": "x", "assume": [{"state": "RUS", "instrument": "un-charter", "event": "signature",
                               "date": "2026-03-02"}]}, "does not read the event 'signature' for un-charter"),
    ({"name": "x", "assume": [{"resolution": 1593, "date": "2026-03-02", "chapter_vii": True,
                               "decides_cooperation": "all-states"}]}, "resolution 1593 is already recorded"),
    ({"name": "x", "assume": [{"resolution": 9903, "date": "2026-03-02", "chapter_vii": True,
                               "decides_cooperation": "all-states"}]}, "would change nothing"),
    ({"name": "x", "assume": [{"resolution": 9903, "date": "2026-03-02", "chapter_vii": True,
                               "establishes": {"id": "t", "criminal": "no"}}]}, "'establishes.criminal' must be true"),
    ({"name": "x", "assume": [{"resolution": 9903, "date": "2026-03-02", "refers": "ukraine"}]}, "'chapter_vii' is"),
    ({"name": "x", "assume": [{"resolution": 9903, "date": "2026-03-02", "chapter_vii": True,
                               "refers": "ukrain"}]}, "unknown situation 'ukrain' in 'refers' (closest: ukraine"),
    ({"name": "x", "assume": [{"law": "rus-law", "repealed": "2026-03-02"}]}, "unknown law 'rus-law'; valid:"),
    ({"name": "x", "assume": [{"law": "rus-fkz-2025-judicial-system-art-6"}]}, "give 'in_force'"),
    ({"name": "x", "assume": [{"state": "RUS", "resolution": 1}]}, "give exactly one of"),
    ({"name": "x", "assume": [accession("RUS", "2026-03-02"), accession("RUS", "2026-04-01")]},
     "assumed fact #2: the encoded law would not take this accession into account"),
    ({"name": "x", "assume": [{"state": "MNG", "instrument": "rome-statute", "event": "withdrawal", "date": "2026-01-15"},
                              {"state": "MNG", "instrument": "rome-statute", "event": "withdrawal",
                               "date": "2026-02-15"}]}, "would not take this withdrawal into account"),
    ({"name": "x", "assume": [{"state": "PHL", "instrument": "rome-statute", "event": "withdrawal-revoked",
                               "date": "2026-02-15"}]}, "would not take this withdrawal-revoked into account"),
])
def test_bad_scenarios_name_the_value_and_what_is_valid(kb: KnowledgeBase, data: object, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)):
        parse(kb, data)


def test_bad_scenario_text(kb: KnowledgeBase) -> None:
    with pytest.raises(InputError, match="not valid YAML or JSON"):
        parse_text(kb, "name: [unclosed", origin="s.yaml")
    with pytest.raises(InputError, match="assumed fact #1: field 'date': '2026-02-30' is not a date"):
        parse_text(kb, "name: x\nassume:\n- {state: RUS, instrument: rome-statute, event: accession, date: 2026-02-30}")
