"""`exequatur kb import-depositary`: reading the UN depositary's status files (MTDSG XML) and proposing what the
knowledge base lacks, on real files (tests/fixtures/mtdsg/ORIGIN.md says where they come from)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from exequatur.engine.depositary import proposals, read
from exequatur.engine.evaluate import InputError
from exequatur.facts.load import bundled, bundled_dir, load

FIXTURES = Path(__file__).parent / "fixtures" / "mtdsg"
ADMISSIONS = FIXTURES / "I-2.en.xml"  # chapter I.2: admission of states to membership in the United Nations


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "exequatur.cli", "kb", "import-depositary", *args],
                          capture_output=True, text=True, timeout=60)


def test_chapter_i2_is_read_whole() -> None:
    chapter, title, rows = read(ADMISSIONS)
    assert chapter == "I-2" and title.startswith("Declarations of Acceptance of the Obligations")
    assert len(rows) == 144 and {r.event for r in rows} == {"admission"}
    albania = next(r for r in rows if r.participant == "Albania")
    assert albania.date == dt.date(1955, 12, 14) and albania.notes == ()  # "995 (X)", adopted 14 Dec 1955


def test_admissions_agree_and_the_depositarys_note_explains_the_four_that_differ() -> None:
    """The table's third column is the date of the General Assembly's decision; end note 1 says the first six new
    Members became Members on the day they presented an instrument of adherence (Afghanistan, Iceland and Sweden on
    19 November 1946, Thailand on 16 December 1946) — the dates the knowledge base records."""
    found = proposals(bundled(), ADMISSIONS)
    assert found["instrument"] == "un-charter" and found["records"] == []
    assert found["agree"] >= 130
    differs = {d["state"]: d for d in found["differs"]}
    assert set(differs) == {"AFG", "ISL", "SWE", "THA"}
    assert differs["AFG"] == {**differs["AFG"], "file": "1946-11-09", "knowledge_base": ["1946-11-19"]}
    assert "Afghanistan, Iceland and Sweden became effective on 19 November 1946" in " ".join(differs["AFG"]["notes"])
    assert "Thailand on 16 December 1946" in " ".join(differs["THA"]["notes"])
    # names the depositary wrote before a state changed its name are listed, never guessed
    assert "Swaziland" in found["unmatched"] and "The former Yugoslav Republic of Macedonia" in found["unmatched"]
    assert "St. Lucia" not in found["unmatched"]  # "St." read as "Saint"
    assert "Micronesia (Federated States of)" not in found["unmatched"]  # ISO: "Micronesia, Federated States of"


def test_an_admission_missing_from_the_knowledge_base_is_proposed_citing_the_file(tmp_path: Path) -> None:
    data = tmp_path / "kb"
    shutil.copytree(bundled_dir(), data)
    part = data / "participation.yaml"
    text = part.read_text(encoding="utf-8")
    start = text.index("- state: MNE\n  instrument: un-charter\n  event: admission\n")
    end = text.index("\n- state:", start + 1) + 1
    part.write_text(text[:start] + text[end:], encoding="utf-8")
    found = proposals(load(data), ADMISSIONS, url="https://treaties.un.org/doc/Publication/MTDSG/Volume%20I/"
                      "Chapter%20I/I-2.en.xml")
    assert found["records"] == [{"state": "MNE", "instrument": "un-charter", "event": "admission",
                                 "date": "2006-06-28", "sources": ["mtdsg-i-2-import"],
                                 "note": "Read the depositary's end note before taking this date. note 25: See note 1 "
                                         "under Montenegro and Serbia and Montenegro in the \"Historocal Information\" "
                                         "section."}]  # the depositary's own spelling
    assert found["source"]["id"] == "mtdsg-i-2-import" and found["source"]["url"].endswith("I-2.en.xml")
    assert found["source"]["verbatim"] is True


def test_a_participants_table_reads_deposits_and_successions() -> None:
    """Chapter VI.12.b (1936 Protocol of Signature): "Czech Republic 30 Dec 1993 d", "Spain 5 Jun 1970"."""
    chapter, title, rows = read(FIXTURES / "VI-12-b.en.xml")
    assert (chapter, title) == ("VI-12-b", "Protocol of Signature")
    czech, spain = sorted(rows, key=lambda r: r.participant)
    assert (czech.event, czech.date, czech.instrument_type) == ("succession", dt.date(1993, 12, 30), "succession")
    assert czech.notes and "Czech Republic" in czech.notes[0]
    assert (spain.event, spain.date, spain.instrument_type) == ("deposit", dt.date(1970, 6, 5), "ratification")
    found = proposals(bundled(), FIXTURES / "VI-12-b.en.xml")
    assert found["instrument"] is None and found["participants"] == ["Czech Republic", "Spain"]


def test_cli_prints_the_comparison_and_changes_nothing() -> None:
    before = (bundled_dir() / "participation.yaml").read_bytes()
    out = cli(str(ADMISSIONS))
    assert out.returncode == 0, out.stderr
    assert "instrument un-charter:" in out.stdout and "4 recorded differently" in out.stdout
    assert "differs: AFG admission file 1946-11-09, knowledge base 1946-11-19" in out.stdout
    data = json.loads(cli(str(ADMISSIONS), "--json").stdout)
    assert data["chapter"] == "I-2" and len(data["differs"]) == 4
    assert (bundled_dir() / "participation.yaml").read_bytes() == before


@pytest.mark.parametrize(("content", "message"), [
    ("name,date\nMongolia,1961-10-27\n", "is not XML"),
    ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><d>&b;</d>',
     "XML with entity declarations is not accepted"),
    ("<Document><Treaty/></Document>", "is not an MTDSG status file (no Treaty/Header)"),
])
def test_other_files_are_refused_in_one_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "status.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read(path)
    out = cli(str(path))
    assert out.returncode == 2 and message in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_a_directory_a_large_file_and_a_foreign_url_are_refused(tmp_path: Path) -> None:
    assert "is not a readable file" in cli(str(tmp_path)).stderr
    big = tmp_path / "big.xml"
    big.write_bytes(b"<a>" + b"x" * 5_000_001 + b"</a>")
    assert "is larger than 5 MB" in cli(str(big)).stderr
    out = cli(str(ADMISSIONS), "--url", "https://example.org/I-2.xml")
    assert out.returncode == 2 and "is not an address on https://treaties.un.org/" in out.stderr
