"""The knowledge base itself: validation passes, dates agree with the treaties' rules, broken data fails clearly."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from exequatur import KnowledgeBase, KnowledgeBaseError, load
from exequatur.engine.consistency import check
from exequatur.facts.load import bundled_dir
from exequatur.facts.temporal import add_months
from exequatur.law.international import rome_statute


def test_bundled_is_consistent_with_treaty_rules(kb: KnowledgeBase) -> None:
    assert check(kb) == []


def test_every_record_cites_an_existing_source(kb: KnowledgeBase) -> None:
    for ev in kb.participation:
        assert ev.sources and all(s in kb.sources for s in ev.sources)
    for table in (kb.states, kb.rulings, kb.bodies, kb.situations, kb.resolutions, kb.instruments, kb.national_laws):
        for rec in table.values():
            assert rec.sources and all(s in kb.sources for s in rec.sources), rec.id


def test_every_un_member_and_the_three_others(kb: KnowledgeBase) -> None:
    members = {ev.state for ev in kb.participation if ev.instrument == "un-charter" and ev.event == "admission"}
    assert len(members) == 193
    assert {"PSE", "VAT", "XKX"} <= set(kb.states)


def test_art_126_2_arithmetic_for_every_deposit(kb: KnowledgeBase) -> None:
    for ev in kb.participation:
        if ev.instrument == "rome-statute" and ev.event == "deposit":
            start, provision = rome_statute.entry_into_force_for(ev.date)
            if ev.date <= rome_statute.LAST_INITIAL_DEPOSIT:
                assert start == dt.date(2002, 7, 1) and provision is rome_statute.ART_126_1
            else:
                sixtieth = ev.date + dt.timedelta(days=60)
                assert start.day == 1 and start > sixtieth
                assert (start - dt.timedelta(days=1)).month == sixtieth.month


@pytest.mark.parametrize(("deposit", "expected"), [
    (dt.date(2024, 10, 25), dt.date(2025, 1, 1)),   # Ukraine
    (dt.date(2023, 11, 14), dt.date(2024, 2, 1)),   # Armenia
    (dt.date(2015, 1, 2), dt.date(2015, 4, 1)),     # Palestine
    (dt.date(2002, 4, 11), dt.date(2002, 7, 1)),    # the simultaneous deposit reaching 60
])
def test_art_126_known_dates(deposit: dt.date, expected: dt.date) -> None:
    assert rome_statute.entry_into_force_for(deposit)[0] == expected


def test_art_127_1_one_year_after_notification(kb: KnowledgeBase) -> None:
    for state in ("BDI", "PHL", "HUN"):
        events = {e.event: e for e in kb.events(state, "rome-statute")}
        assert rome_statute.withdrawal_effective(events["withdrawal-notified"].date) == \
            events["withdrawal-effective"].date == add_months(events["withdrawal-notified"].date, 12)


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(bundled_dir(), target)
    return target


def test_record_without_source_fails_naming_file_record_field(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    text = (data / "rulings.yaml").read_text(encoding="utf-8")
    (data / "rulings.yaml").write_text(text.replace("  sources:\n  - rferl-putin-warrant-2023\n",
                                                    "  sources: []\n", 1), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"rulings\.yaml: record 'icc-putin-2023'.*field 'sources'"):
        load(data)


def test_unknown_state_id_fails_with_closest(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    path = data / "participation.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("- state: MNG\n", "- state: MNX\n", 1), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"participation\.yaml: record 'MNX/.*field 'state'.*MNX.*closest"):
        load(data)


def test_inconsistent_dates_fail(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    path = data / "participation.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  event: entry-into-force\n  date: 2025-01-01", "  event: entry-into-force\n  date: "
                                 "2025-02-01"), encoding="utf-8")
    problems = check(load(data))
    assert any("UKR/rome-statute/entry-into-force/2025-02-01" in p and "126(2)" in p for p in problems)


def test_malformed_date_fails(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    path = data / "rulings.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("issued: 2023-03-17", "issued: 2023-13-17", 1),
                    encoding="utf-8")
    expected = r"rulings\.yaml, line \d+: record .icc-putin-2023.*field .issued.: not a date.*2023-13-17"
    with pytest.raises(KnowledgeBaseError, match=expected):
        load(data)


def test_art_6_provision_period_matches_the_derived_entry_into_force(kb: KnowledgeBase) -> None:
    """The provision's stated period must not drift from the date derived from publication (5-FZ art. 6)."""
    from exequatur.law.national.rus import judicial_system
    from exequatur.law.national.rus.publication import entry_into_force
    from exequatur.law.reasoning import Context

    start, _ = entry_into_force(Context(kb, dt.date(2026, 1, 1)), kb.national_laws[judicial_system.LAW_ID])
    assert start == judicial_system.BRANCH_A.in_force_from == judicial_system.BRANCH_B.in_force_from


def test_readme_lists_every_court_with_its_lifetime_and_successor(kb: KnowledgeBase) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Courts, their lifetimes and successors"):readme.index("## Law covered")]
    rows = {line.split("|")[1].strip(): line for line in table.splitlines() if line.startswith("| ")}
    for body in kb.bodies.values():
        if body.kind == "national":
            continue
        row = next((r for name, r in rows.items() if name.startswith(body.name)), None)
        assert row is not None, f"{body.name} is not in the README's table of courts"
        for day in (body.established, body.closed, body.judicial_end, body.handover.start if body.handover else None):
            if day is not None:
                assert day.isoformat() in row, f"{body.name}: {day} is not in its README row"


def test_a_ruling_outside_its_courts_lifetime_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(bundled_dir(), data)
    rulings = data / "rulings.yaml"
    rulings.write_text(rulings.read_text(encoding="utf-8") + "- id: icty-late\n  body: icty\n  kind: judgment\n"
                       "  issued: 2019-01-01\n  sources: [un-press-sc13151]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"icty-late.*outside the lifetime"):
        load(data)
