"""The CLI contract: JSON shapes, and one-line errors with exit status 2 for every kind of bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from exequatur.facts.load import bundled_dir


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "exequatur.cli", *args], capture_output=True, text=True,
                          input=stdin, timeout=60)


def test_ask_json_shape() -> None:
    out = run("ask", "--state", "MNG", "--ruling", "icc-putin-2023", "--on", "2024-09-03", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert {"state", "ruling", "on", "international", "domestic", "conflict"} <= set(data)
    for order in ("international", "domestic"):
        assert {"outcome", "reading", "provisions", "explanation", "changes_if"} <= set(data[order])
    assert data["international"]["outcome"] == "obliged"


def test_ask_ruling_file_from_stdin() -> None:
    ruling = {"body": {"kind": "international", "name": "Hypothetical court",
                       "basis": {"instruments": ["rome-statute"]}}, "kind": "judgment", "issued": "2026-01-10"}
    out = run("ask", "--state", "RUS", "--ruling-file", "-", "--on", "2026-02-01", "--json", stdin=json.dumps(ruling))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["domestic"]["outcome"] == "barred"


def test_where_and_when_json() -> None:
    out = run("where", "--ruling", "icc-putin-2023", "--on", "2024-09-03", "--json")
    data = json.loads(out.stdout)
    by_state = {s["state"]: s for s in data["states"]}
    assert by_state["MNG"]["international"]["outcome"] == "obliged"
    assert by_state["CHN"]["international"]["outcome"] == "not_obliged"
    out = run("when", "--state", "RUS", "--ruling", "icc-lvova-belova-2023", "--from", "2023-01-01", "--to",
              "2027-12-31", "--json")
    intervals = json.loads(out.stdout)["intervals"]
    assert [(i["from"], i["domestic"]) for i in intervals] == [("2023-01-01", "no_rule"), ("2026-01-09", "barred")]
    assert intervals[1]["changed_by"]


def test_human_output_and_law_commands() -> None:
    out = run("ask", "--state", "RUS", "--ruling", "icc-putin-2023", "--on", "2026-02-01")
    assert out.returncode == 0 and "barred" in out.stdout and "art. 6" in out.stdout
    assert "rome-statute/art-127-2" in run("law", "list").stdout
    shown = json.loads(run("law", "show", "rome-statute/art-126-2").stdout)
    assert "first day of the month after the 60th day" in shown["text"]
    assert json.loads(run("kb", "show", "UKR").stdout)["participation"]


@pytest.mark.parametrize(("args", "needle"), [
    (["ask", "--state", "MNX", "--ruling", "icc-putin-2023", "--on", "2024-09-03"], "MNX"),
    (["ask", "--state", "MNG", "--ruling", "icc-putin-2032", "--on", "2024-09-03"], "icc-putin-2023"),
    (["ask", "--state", "MNG", "--ruling", "icc-putin-2023", "--on", "2024-13-03"], "YYYY-MM-DD"),
    (["ask", "--state", "MNG", "--ruling", "icc-putin-2023", "--reading", "ruling-dat"], "ruling-date"),
    (["when", "--state", "HUN", "--ruling", "icc-netanyahu-2024", "--from", "2027-01-01", "--to", "2024-01-01"],
     "after"),
    (["law", "show", "rome-statute/art-12-4"], "rome-statute/art-12-3"),
    (["kb", "show", "icx"], "unknown id"),
    (["kb", "validate", "/nonexistent"], "not a directory"),
    (["ask", "--state", "MNG", "--ruling", "icc-putin-2023", "--bogus"], "--bogus"),
])
def test_bad_input_is_one_line_exit_2(args: list[str], needle: str) -> None:
    out = run(*args)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize(("payload", "needle"), [
    ("{not json", "not valid JSON"),
    ('{"kind": "judgment", "issued": "2026-01-10"}', "'body' is required"),
    ('{"body": "ictx", "kind": "judgment", "issued": "2026-01-10"}', "icty"),
    ('{"body": "icty", "kind": "judgment", "issued": "2026-02-30"}', "issued"),
    ('{"body": {"kind": "national", "state": "NLX"}, "kind": "judgment", "issued": "2026-01-10"}', "NLX"),
    ('{"body": {"kind": "international", "name": "\\ud800"}, "kind": "judgment", "issued": "2023-01-10"}',
     "unpaired surrogate"),
    ('{"body": "ictr", "kind": "judgment", "issued": "2017-01-10"}', "outside the lifetime"),
    ('{"body": "itlos", "kind": "order", "issued": "0001-01-01", "respondent": "RUS"}',
     "outside the dates exequatur computes with"),
    ('{"body": {"kind": "national", "state": "NLD", "criminal": "false"}, "kind": "judgment", "issued": "2026-01-10"}',
     "true or false"),
    ('{"body": "icc", "kind": "arrest-warrant", "issued": 1641600000}', "YYYY-MM-DD"),
    ('{"body": "icj", "kind": "judgment", "issued": "2020-01-01", "respondent": "RUS", "applicant": "RUS"}',
     "different states"),
    ('{"body": "ecthr", "kind": "judgment", "issued": "2021-05-04", "final": "2000-01-01", "respondent": "RUS"}',
     "'final'"),
    ('{"body": {"kind": "international", "basis": {"instrument": ["unclos"]}}, "kind": "judgment", '
     '"issued": "2023-01-01"}', "'basis'"),
    ('{"body": {"kind": "international", "basis": {"instruments": ["t' + '", "t'.join(str(i) for i in range(30))
     + '"]}}, "kind": "judgment", "issued": "2023-01-01"}', "at most 20"),
    ('{"body": "icc", "kind": "arrest-warrant", "issued": "2023-01-01", "acts_from": "2022-05-01", '
     '"acts_to": "2021-01-01"}', "acts_to"),
])
def test_bad_ruling_json(payload: str, needle: str) -> None:
    out = run("ask", "--state", "RUS", "--ruling-file", "-", "--on", "2026-02-01", stdin=payload)
    assert out.returncode == 2 and needle in out.stderr and len(out.stderr.strip().splitlines()) == 1, out.stderr


def test_broken_data_directory(tmp_path: Path) -> None:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(bundled_dir(), data)
    (data / "bodies.yaml").write_text("- id: icc\n  name: x\n  kind: galactic\n  criminal: true\n  sources: [a]\n",
                                      encoding="utf-8")
    out = run("kb", "validate", str(data))
    assert out.returncode == 2 and "bodies.yaml" in out.stderr and "kind" in out.stderr


def test_assume_scenario_file(tmp_path: Path) -> None:
    example = Path(__file__).parent.parent / "src" / "exequatur" / "scenarios" / "russia-accedes.yaml"
    out = run("ask", "--state", "RUS", "--ruling", "icc-putin-2023", "--on", "2026-07-01", "--assume", str(example),
              "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["scenario"] == "russia-accedes" and data["international"]["outcome"] == "obliged"
    assert data["assumed_facts"] and all(f["assumed"] for f in data["assumed_facts"])
    out = run("where", "--ruling", "icc-putin-2023", "--on", "2026-07-01", "--assume", str(example), "--json")
    rus = next(s for s in json.loads(out.stdout)["states"] if s["state"] == "RUS")
    assert rus["assumed"] and rus["international"]["outcome"] == "obliged"
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nassume:\n- {state: RUS, instrument: rome-statute, event: joins, date: 2026-03-02}\n")
    out = run("ask", "--state", "RUS", "--ruling", "icc-putin-2023", "--assume", str(bad))
    assert out.returncode == 2 and out.stderr.count("\n") == 1
    assert "unknown event 'joins'; valid: signature, ratification, accession" in out.stderr
    out = run("ask", "--state", "RUS", "--ruling", "icc-putin-2023", "--assume", str(tmp_path / "missing.yaml"))
    assert out.returncode == 2 and "is neither a readable file nor a bundled scenario" in out.stderr
    by_name = run("ask", "--state", "RUS", "--ruling", "icc-putin-2023", "--on", "2026-07-01", "--assume",
                  "russia-accedes", "--json")
    assert json.loads(by_name.stdout) == data
    out = run("ask", "--state", "RUS", "--ruling", "icc-putin-2023", "--assume", "russia-accede")
    assert out.returncode == 2 and "(closest: russia-accedes)" in out.stderr


def test_serve_on_a_taken_port_is_one_line() -> None:
    import socket

    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        out = run("serve", "--port", str(port))
    assert out.returncode == 2 and out.stderr.count("\n") == 1
    assert f"cannot listen on 127.0.0.1:{port}" in out.stderr and "choose another --port" in out.stderr


def test_rulings_search_and_kb_show_by_name() -> None:
    r = run("rulings", "search", "almasri")
    assert r.returncode == 0 and r.stdout.splitlines()[0].startswith("icc-njeem-2025")
    data = json.loads(run("rulings", "search", "taliban", "--json").stdout)
    assert data["count"] == 2 and data["rulings"][0]["id"] == "icc-akhundzada-2025"
    assert {"id", "kind", "issued", "court", "subject", "situation", "other_names"} <= set(data["rulings"][0])
    assert run("rulings", "search", "nobody-by-this-name").returncode == 0
    shown = run("kb", "show", "almasri")
    assert shown.returncode == 2 and "icc-njeem-2025" in shown.stderr and "\n" not in shown.stderr.strip()


@pytest.mark.parametrize("argv", [
    ["ask", "--state", "MNG", "--ruling", "icc-putin-2023", "--on", "2024-09-03", "--json"],
    ["where", "--ruling", "icc-putin-2023", "--reading", "ruling-date"],
    ["when", "--state", "HUN", "--from", "2020-01-01", "--to", "2026-01-01", "--ruling", "icc-putin-2023"],
    ["kb", "show", "MNG"], ["kb", "validate"], ["law", "list", "--json"], ["rulings", "search", "bashir", "--json"],
    ["upcoming", "--days", "30"], ["serve", "--port", "8123"], ["--version"],
])
def test_parser_of_one_command_reads_as_the_whole(argv: list[str]) -> None:
    """A command line naming one command is parsed by a parser holding that command alone (a cold start builds only
    what it reads): it must read every such line exactly as the parser of every command does."""
    from exequatur.cli import _COMMANDS, _parser

    one, whole = _parser(argv), _parser()
    assert vars(one.parse_known_args(argv)[0]) == vars(whole.parse_known_args(argv)[0])
    named = [name for name in _COMMANDS if name.split() == [w for w in argv if not w.startswith("-")][:len(name.split())]]
    if named:  # the parser built for it holds that command and no other
        choices = one._subparsers._group_actions[0].choices  # type: ignore[union-attr]
        assert list(choices) == [named[0].split()[0]]


def test_a_reader_that_stops_reading_ends_the_command_quietly() -> None:
    """``exequatur law list | head -1``: the pipe closes under the command; it ends with status 1 and no traceback."""
    proc = subprocess.Popen([sys.executable, "-m", "exequatur.cli", "law", "list"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    assert proc.wait(timeout=60) == 1
    assert proc.stderr.read() == b""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is a Linux device")
def test_output_that_cannot_be_written_is_one_line() -> None:
    with open("/dev/full", "w") as full:
        out = subprocess.run([sys.executable, "-m", "exequatur.cli", "ask", "--state", "MNG", "--ruling",
                              "icc-putin-2023", "--on", "2024-09-03"], stdout=full, stderr=subprocess.PIPE, text=True,
                             timeout=60)
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == ["exequatur: error: the output cannot be written (No space left on "
                                               "device)"]


def test_statuses_survive_the_fast_exit() -> None:
    """The command ends with os._exit: the status of an answer (0), of bad input (2) and of a help (0) are kept."""
    assert run("ask", "--state", "MNG", "--ruling", "icc-putin-2023", "--on", "2024-09-03", "--json").returncode == 0
    assert run("ask", "--state", "XXX", "--ruling", "icc-putin-2023").returncode == 2
    assert run("ask", "--help").returncode == 0
    assert run().returncode == 2


@pytest.mark.parametrize("argv", [["--help", "ask"], ["-h", "where"], ["--help", "law", "list"]])
def test_help_before_a_command_lists_every_command(argv: list[str]) -> None:
    """A command line that does not begin with a command gets the parser of every command: ``--help ask`` is the
    top-level help, listing all of them."""
    out = run(*argv)
    assert out.returncode == 0
    assert all(name in out.stdout for name in ("ask", "where", "when", "practice", "upcoming", "serve", "kb", "law"))


def test_a_group_help_before_its_subcommand_lists_every_subcommand() -> None:
    out = run("kb", "-h", "show")
    assert out.returncode == 0
    assert all(name in out.stdout for name in ("validate", "show", "audit", "import-depositary"))


def test_a_double_dash_before_the_command_names_every_valid_one() -> None:
    out = run("--", "ask", "--state", "RUS", "--ruling", "icc-putin-2023")
    assert out.returncode == 2
    assert "'ask', 'where', 'when'" in out.stderr and "'law'" in out.stderr


@pytest.mark.parametrize("argv", [["law", "list"], ["law", "list", "--json"], ["--version"]])
def test_a_closed_standard_output_is_no_traceback(argv: list[str]) -> None:
    """``exequatur law list >&-``: nothing to write to; as print() does, the command writes nothing and no
    traceback."""
    out = subprocess.run([sys.executable, "-m", "exequatur.cli", *argv], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True, timeout=60, close_fds=True,
                         preexec_fn=lambda: os.close(1))
    assert out.returncode == 0
    assert "Traceback" not in out.stderr and out.stderr == ""


def test_a_reader_that_leaves_mid_answer_is_not_a_success() -> None:
    """A JSON answer longer than a pipe holds, read 100 bytes of and left: the write is cut short, which the system
    says only by the count written; the command ends with status 1, not 0."""
    proc = subprocess.Popen([sys.executable, "-m", "exequatur.cli", "upcoming", "--from", "2000-01-01", "--days",
                             "3650", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert len(proc.stdout.read(100)) == 100
    proc.stdout.close()
    assert proc.wait(timeout=60) == 1
    assert b"Traceback" not in proc.stderr.read()
