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
    chapter, title, rows, unread = read(ADMISSIONS)
    assert unread == []
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
    chapter, title, rows, _ = read(FIXTURES / "VI-12-b.en.xml")
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
    assert "is a directory" in cli(str(tmp_path)).stderr
    big = tmp_path / "big.xml"
    big.write_bytes(b"<a>" + b"x" * 5_000_001 + b"</a>")
    assert "is larger than 5 MB" in cli(str(big)).stderr
    out = cli(str(ADMISSIONS), "--url", "https://example.org/I-2.xml")
    assert out.returncode == 2 and "is not an address on https://treaties.un.org/" in out.stderr


def _status_file(tmp_path: Path, rows: list[tuple[str, str, str]], chapter: str = "XVIII", number: str = "10",
                 encoding: str = "utf-8") -> Path:
    """A participants table in the depositary's XML form (the layout of the real files in tests/fixtures/mtdsg)."""
    body = "".join(f"<Row><Entry>{n}</Entry><Entry>{s}</Entry><Entry>{d}</Entry></Row>" for n, s, d in rows)
    text = (f'<?xml version="1.0" encoding="{encoding}"?><Document><Treaty><Header><Chapter><Header>CHAPTER {chapter}'
            f"</Header></Chapter><ExternalData><Numsect>{number}</Numsect><Titlesect>A treaty</Titlesect>"
            "</ExternalData></Header><Participants><Table><TGroup><Thead><Row><Entry>Participant</Entry>"
            "<Entry>Signature</Entry><Entry>Ratification, Accession(a), Succession(d)</Entry></Row></Thead>"
            f"<Tbody><Rows>{body}</Rows></Tbody></TGroup></Table></Participants></Treaty></Document>")
    path = tmp_path / "XVIII-10.en.xml"
    path.write_bytes(text.encode(encoding))
    return path


def test_former_names_are_listed_not_matched_to_another_state(tmp_path: Path) -> None:
    """pycountry's fuzzy search once read Zaire as Angola (a subdivision's name) and Tanganyika as the DR Congo."""
    found = proposals(bundled(), _status_file(tmp_path, [("Zaire", "10 Dec 1982", "17 Feb 1989"),
                                                         ("Tanganyika", "", "1 Jan 1990"),
                                                         ("Netherlands (Kingdom of the)", "18 Jul 1998",
                                                          "17 Jul 2001 A")]))
    assert found["unmatched"] == ["Tanganyika", "Zaire"]
    assert found["agree"] == 2 and not found["differs"]  # the Netherlands, under the depositary's current name


def test_cells_that_are_not_dates_or_out_of_range_are_reported_not_dropped(tmp_path: Path) -> None:
    found = proposals(bundled(), _status_file(tmp_path, [
        ("Russian Federation", "31 Feb 2001", "1 Foo 2001"), ("Mongolia", "1 Janxyz 1999", "1 Jan 0001"),
        ("Japan", "", "1 Jan 9999 a")]))
    assert [(u["participant"], u["cell"]) for u in found["unreadable"]] == [
        ("Russian Federation", "31 Feb 2001"), ("Russian Federation", "1 Foo 2001"), ("Mongolia", "1 Janxyz 1999"),
        ("Mongolia", "1 Jan 0001"), ("Japan", "1 Jan 9999 a")]
    assert "outside the dates exequatur computes with" in found["unreadable"][3]["why"]
    assert found["records"] == []


def test_two_dates_for_one_act_are_a_conflict_and_duplicates_count_once(tmp_path: Path) -> None:
    found = proposals(bundled(), _status_file(tmp_path, [
        ("Armenia", "1 Oct 1999", "14 Nov 2023"), ("Armenia", "1 Oct 1999", "15 Nov 2023"),
        ("Mongolia", "29 Dec 2000", "11 Apr 2002"), ("Mongolia", "29 Dec 2000", "11 Apr 2002")]))
    assert found["conflicts"] == [{"state": "ARM", "event": "deposit", "dates": ["2023-11-14", "2023-11-15"]}]
    assert found["agree"] == 3 and found["records"] == []  # Armenia's signature; Mongolia's signature and deposit
    assert found["source"]["url"].startswith("GIVE-THE-FILE")  # fails validation until the curator gives it


def test_a_file_in_the_encoding_it_declares(tmp_path: Path) -> None:
    path = _status_file(tmp_path, [("Côte d'Ivoire", "30 Nov 1998", "15 Feb 2013")], encoding="iso-8859-1")
    assert proposals(bundled(), path)["agree"] == 2


@pytest.mark.parametrize(("rows", "chapter", "message"), [
    ([], "XVIII", "no participant read"),
    ([("Mongolia", "29 Dec 2000", "11 Apr 2002")], "", "no chapter number"),
])
def test_files_of_the_wrong_shape_are_refused(tmp_path: Path, rows: list[tuple[str, str, str]], chapter: str,
                                              message: str) -> None:
    with pytest.raises(InputError, match=message):
        read(_status_file(tmp_path, rows, chapter=chapter))


def test_pathological_cells_and_tables_end_quickly(tmp_path: Path) -> None:
    """A cell of 5,000 spaces inside a note mark, a title of 40,000 unclosed marks, 1,500 rows: refused or read in
    bounded time (each once took more than a minute)."""
    import time

    spaces = "&lt;superscript&gt;" + " " * 5000 + "x&lt;/superscript&gt;Mongolia"
    started = time.perf_counter()
    found = proposals(bundled(), _status_file(tmp_path, [(spaces, "29 Dec 2000", "11 Apr 2002"),
                                                         ("Mongolia", "29 Dec 2000", "11 Apr 2002")]))
    assert found["agree"] == 2 and time.perf_counter() - started < 5  # the over-long cell is not a name
    marks = tmp_path / "marks.xml"
    marks.write_text(_status_file(tmp_path, [("Mongolia", "29 Dec 2000", "11 Apr 2002")]).read_text().replace(
        "A treaty", "&lt;superscript&gt;" * 40_000), encoding="utf-8")
    started = time.perf_counter()
    read(marks)
    assert time.perf_counter() - started < 5
    with pytest.raises(InputError, match="a table of 1500 rows"):
        read(_status_file(tmp_path, [(f"State {i}", "", "1 Jan 2000") for i in range(1500)]))


@pytest.mark.parametrize("name", ["/proc/self/mem", "a" * 5000])
def test_unreadable_paths_are_one_line(name: str) -> None:
    out = cli(name)
    assert out.returncode == 2 and "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_url_must_be_one_printable_address() -> None:
    out = cli(str(ADMISSIONS), "--url", "https://treaties.un.org/x\ninjected: true")
    assert out.returncode == 2 and "is not an address on https://treaties.un.org/" in out.stderr
