"""A fast start that changes nothing: the compiled snapshot and the kept tracks give the answers the YAML gives, are
rebuilt when a data file changes, survive damage and unwritable caches; the answering path imports none of the
validation, YAML, CLI-framework, Babel or web libraries; dates are written as Babel writes them."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest
from babel.dates import format_date

from exequatur import KnowledgeBase, ask, outcomes
from exequatur.engine import tracks
from exequatur.engine.wording import long_date
from exequatur.facts import model, schema, snapshot
from exequatur.facts.load import bundled_dir, load

D = dt.date
ROOT = Path(__file__).resolve().parent.parent
CASES = [("MNG", "icc-putin-2023", D(2024, 9, 3)), ("ZAF", "icc-al-bashir-2009", D(2015, 6, 14)),
         ("RUS", "ecthr-yukos-2014", D(2017, 1, 19)), ("GBR", "icc-putin-2023", D(2025, 6, 1)),
         ("UKR", "icc-putin-2023", D(2025, 1, 1)), ("HUN", "icc-netanyahu-2024", D(2025, 4, 3))]


def _answers(kb: KnowledgeBase) -> list[dict[str, object]]:
    found = []
    for state, ruling, on in CASES:
        if ruling in kb.rulings:
            answer = ask(kb, state, ruling, on).to_dict()
            answer.pop("kb_version")
            found.append(answer)
    return found


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(bundled_dir(), folder)
    return folder


def test_the_snapshot_answers_as_the_yaml_does(data: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    built = snapshot.load(data, cache)  # first start: from YAML, and written
    assert len(list(cache.glob("kb-*.msgpack"))) == 1
    read = snapshot.load(data, cache)  # later starts: from the snapshot
    assert read.snapshot == built.snapshot == snapshot.key(data)
    yaml = load(data)
    assert read.version == yaml.version
    assert _answers(read) == _answers(yaml)
    for ruling in ("icc-putin-2023", "icc-al-bashir-2009"):
        assert outcomes(read, ruling, D(2024, 9, 3)) == outcomes(yaml, ruling, D(2024, 9, 3))
    assert {k: len(getattr(read, k)) for k in ("sources", "states", "rulings", "participation", "practice")} == \
        {k: len(getattr(yaml, k)) for k in ("sources", "states", "rulings", "participation", "practice")}


def test_a_changed_data_file_rebuilds_the_snapshot(data: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    before = snapshot.load(data, cache)
    assert before.states["MNG"].name == "Mongolia"
    states = data / "states.yaml"
    states.write_text(states.read_text(encoding="utf-8").replace("name: Mongolia", "name: Mongolia (test)"),
                      encoding="utf-8")
    after = snapshot.load(data, cache)
    assert after.states["MNG"].name == "Mongolia (test)"
    assert after.snapshot != before.snapshot
    assert [p.name for p in cache.glob("kb-*.msgpack")] == [f"kb-{after.snapshot}.msgpack"]  # the old one removed
    assert snapshot.load(data, cache).states["MNG"].name == "Mongolia (test)"


@pytest.mark.parametrize("damage", [b"", b"\x00" * 100, b"not msgpack at all", None])
def test_a_damaged_snapshot_is_built_again(data: Path, tmp_path: Path, damage: bytes | None) -> None:
    cache = tmp_path / "cache"
    good = snapshot.load(data, cache)
    path = cache / f"kb-{good.snapshot}.msgpack"
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2] if damage is None else damage)
    again = snapshot.load(data, cache)
    assert _answers(again) == _answers(good)
    assert path.read_bytes() == whole  # written again


@pytest.mark.parametrize("odd", ["fifo", "directory", "link-to-dev-zero"])
def test_an_odd_file_in_place_of_the_snapshot_is_not_read(data: Path, tmp_path: Path, odd: str) -> None:
    """A pipe (which would block a reader), a folder or a link to an endless device where the snapshot should be: the
    knowledge base is built from YAML, in bounded time."""
    cache = tmp_path / "cache"
    cache.mkdir()
    path = cache / f"kb-{snapshot.key(data)}.msgpack"
    if odd == "fifo":
        os.mkfifo(path)
    elif odd == "directory":
        path.mkdir()
    else:
        path.symlink_to("/dev/zero")
    kb = snapshot.load(data, cache)
    assert _answers(kb) == _answers(load(data))


def test_an_unwritable_cache_builds_in_memory(data: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    kb = snapshot.load(data, blocker / "cache")
    assert _answers(kb) == _answers(load(data))
    assert blocker.read_text() == "not a folder"


def test_cache_off_reads_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXEQUATUR_CACHE", "off")
    assert snapshot.cache_dir() is None
    monkeypatch.setenv("EXEQUATUR_CACHE", "/some/where")
    assert snapshot.cache_dir() == Path("/some/where")


def test_kept_tracks_answer_as_reasoning_does(data: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    os.environ["EXEQUATUR_CACHE"], saved = str(cache), os.environ["EXEQUATUR_CACHE"]
    try:
        first = snapshot.load(data, cache)
        computed = outcomes(first, "icc-putin-2023", D(2024, 9, 3))
        kept = list(cache.glob("tracks-*icc-putin-2023-*.msgpack"))
        assert len(kept) == 1
        stranger = cache / "tracks-0000-0000-icc-putin-2023-00000000.msgpack"
        stranger.write_bytes(b"old")
        second = snapshot.load(data, cache)  # a new process: memo empty, tracks read from the file
        for day in (D(2023, 3, 16), D(2023, 3, 17), D(2024, 9, 3), D(2025, 1, 1)):
            assert outcomes(second, "icc-putin-2023", day) == outcomes(load(data), "icc-putin-2023", day)
        assert outcomes(second, "icc-putin-2023", D(2024, 9, 3)) == computed
        kept[0].write_bytes(b"\x93damaged")
        third = snapshot.load(data, cache)
        assert outcomes(third, "icc-putin-2023", D(2024, 9, 3)) == computed
        outcomes(third, "icc-al-bashir-2009", D(2015, 6, 14))
        assert not stranger.exists()  # tracks of other data or code are removed
    finally:
        os.environ["EXEQUATUR_CACHE"] = saved


@pytest.mark.parametrize("damage", ["no states", "a state missing", "a state without outcomes", "lengths differ",
                                    "another state's track"])
def test_kept_tracks_of_the_wrong_shape_are_reasoned_out_again(data: Path, tmp_path: Path, damage: str) -> None:
    cache = tmp_path / "cache"
    os.environ["EXEQUATUR_CACHE"], saved = str(cache), os.environ["EXEQUATUR_CACHE"]
    try:
        computed = outcomes(snapshot.load(data, cache), "icc-putin-2023", D(2024, 9, 3))
        [path] = cache.glob("tracks-*icc-putin-2023-*.msgpack")
        kept = msgspec.msgpack.decode(path.read_bytes())
        if damage == "no states":
            kept = {}
        elif damage == "a state missing":
            kept.pop("AFG")
        elif damage == "a state without outcomes":
            kept["MNG"] = [kept["MNG"][0], []]
        elif damage == "lengths differ":
            kept["MNG"] = [kept["MNG"][0] + ["2199-01-01"], kept["MNG"][1]]
        else:
            kept["MNG"] = kept["RUS"]
        path.write_bytes(msgspec.msgpack.encode(kept))
        assert outcomes(snapshot.load(data, cache), "icc-putin-2023", D(2024, 9, 3)) == computed
    finally:
        os.environ["EXEQUATUR_CACHE"] = saved


def test_a_cache_folder_the_system_refuses_is_not_used(data: Path, tmp_path: Path) -> None:
    too_long = tmp_path / ("x" * 300)
    os.environ["EXEQUATUR_CACHE"], saved = str(too_long), os.environ["EXEQUATUR_CACHE"]
    try:
        kb = snapshot.load(data, too_long)
        assert outcomes(kb, "icc-putin-2023", D(2024, 9, 3)) == outcomes(load(data), "icc-putin-2023", D(2024, 9, 3))
    finally:
        os.environ["EXEQUATUR_CACHE"] = saved


def test_tracks_are_keyed_by_the_code() -> None:
    key = tracks.code_key()
    assert len(key) == 12 and key == tracks.code_key()


def _imported(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys, json\n"
                          "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"],
                         capture_output=True, text=True, timeout=120, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


HEAVY = {"pydantic", "yaml", "typer", "click", "rich", "babel", "fastapi", "starlette", "uvicorn", "pycountry"}


def test_import_exequatur_loads_nothing_else() -> None:
    loaded = _imported("import exequatur")
    assert not loaded & (HEAVY | {"msgspec"}), loaded & HEAVY
    assert "exequatur" in loaded


def _after_a_first_where(*command_lines: list[str]) -> str:
    """Python code running each command line through the CLI's ``main`` with its output kept in ``buf`` — once a first
    ``where`` has put the snapshot and the ruling's tracks in the cache, as after a user's first start."""
    subprocess.run([sys.executable, "-m", "exequatur.cli", "where", "--ruling", "icc-putin-2023", "--json"],
                   capture_output=True, timeout=120, check=True)
    return ("import sys, io, contextlib\nfrom exequatur.cli import main\nbuf = io.StringIO()\n"
            "with contextlib.redirect_stdout(buf):\n" + "".join(f"    main({argv!r})\n" for argv in command_lines))


def test_the_json_answer_path_imports_no_heavy_library() -> None:
    code = _after_a_first_where(
        ["ask", "--state", "MNG", "--ruling", "icc-putin-2023", "--on", "2024-09-03", "--json"],
        ["where", "--ruling", "icc-putin-2023", "--on", "2024-09-03", "--json"],
    ) + "assert 'Mongolia had to arrest' in buf.getvalue()"
    loaded = _imported(code)
    assert not loaded & HEAVY, loaded & HEAVY


def test_dates_are_written_as_babel_writes_them() -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "date_words.py"), "--check"], check=True, timeout=120)
    day = D(1998, 7, 17)
    while day < D(2031, 1, 1):
        assert long_date(day, "en") == format_date(day, "long", locale="en_GB")
        assert long_date(day, "ru") == format_date(day, "long", locale="ru")
        day += dt.timedelta(days=3)


def test_every_record_has_one_shape_in_the_schema_and_the_model() -> None:
    """The pydantic schema validates what the struct holds: the same fields, the same defaults."""
    pairs = [(name, getattr(schema, name), getattr(model, name)) for name in dir(model)
             if isinstance(getattr(model, name), type) and issubclass(getattr(model, name), model.Record)
             and hasattr(schema, name)]
    assert len(pairs) >= 20
    for name, checked, record in pairs:
        fields = checked.model_fields
        assert set(fields) == set(record.__struct_fields__), name
        for field in msgspec.structs.fields(record):
            info = fields[field.name]
            assert info.is_required() == field.required, f"{name}.{field.name}: required in one only"
            if not field.required:
                default = field.default_factory() if field.default is msgspec.NODEFAULT else field.default
                expected = info.get_default(call_default_factory=True)
                if isinstance(expected, schema.Record):  # a nested record's default, as its struct
                    expected = schema.record(expected)
                assert default == expected, f"{name}.{field.name}"


def test_an_answer_imports_only_the_law_of_its_state() -> None:
    """A state's law package is imported when a question about that state needs it: an answer about Mongolia (no law
    encoded) imports none, one about the United Kingdom imports only the United Kingdom's; listing every rule imports
    them all, each under the code its folder is named by."""
    code = ("import sys, datetime\nfrom exequatur import ask, bundled\nfrom exequatur.law.national import CODES\n"
            "kb = bundled()\nstates = {f'exequatur.law.national.{c.lower()}' for c in CODES}\n"
            "ask(kb, 'MNG', 'icc-putin-2023', datetime.date(2024, 9, 3))\n"
            "print(sorted(m for m in sys.modules if m in states))\n"
            "ask(kb, 'GBR', 'icc-putin-2023', datetime.date(2024, 9, 3))\n"
            "print(sorted(m for m in sys.modules if m in states))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    before, after = out.stdout.splitlines()[:2]
    assert before == "[]"
    assert after == "['exequatur.law.national.gbr']"
    from exequatur.law import national

    assert set(national.STATES) == national.CODES and {"GBR", "RUS"} <= national.CODES
    assert all(code == module.STATE for code, module in national.STATES.items())
    assert len(national.RULEBOOKS) == len(national.STATES)


def test_a_where_read_from_kept_tracks_imports_no_law() -> None:
    """``where --json`` with the ruling's tracks kept reasons nothing out: neither legal order's law, nor the summary,
    is imported."""
    code = _after_a_first_where(["where", "--ruling", "icc-putin-2023", "--on", "2024-09-03", "--json"]) + (
        "assert '\"states\"' in buf.getvalue()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('exequatur.law.international', "
        "'exequatur.law.national', 'exequatur.engine.summary'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"
