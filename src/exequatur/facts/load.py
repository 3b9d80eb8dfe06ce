"""Loading the knowledge base from a directory of YAML files, one file per kind of record.

Errors name the file, the record and the field, and say what was expected, because the people who add facts
are lawyers and researchers editing YAML by hand.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from pathlib import Path
from typing import Any

from exequatur.facts import files, model
from exequatur.facts.knowledge_base import KnowledgeBase, KnowledgeBaseError, build
from exequatur.facts.model import iso_day
from exequatur.facts.text import shorten

# Each file and the schema (``facts/schema.py``) its records are validated by. The schemas are imported when a
# file is read: answering from the snapshot needs none of them.
FILES: dict[str, str] = {
    "sources": "Source",
    "states": "State",
    "instruments": "Instrument",
    "participation": "Participation",
    "resolutions": "Resolution",
    "bodies": "Body",
    "situations": "Situation",
    "persons": "Person",
    "rulings": "Ruling",
    "national_laws": "NationalLaw",
    "practice": "Practice",
}


def bundled_dir() -> Path:
    """The knowledge base shipped in the package: its ``data`` folder."""
    return Path(__file__).resolve().parent.parent / "data"


@functools.cache
def bundled() -> KnowledgeBase:
    """The knowledge base shipped in the package, loaded once per process: from its compiled snapshot where there is
    one for these exact files (``facts/snapshot.py``), else from YAML (then saved as the snapshot)."""
    from exequatur.facts import snapshot

    return snapshot.load(bundled_dir(), snapshot.cache_dir())


def load(directory: str | Path) -> KnowledgeBase:
    """Load and validate every file in ``directory``; raise KnowledgeBaseError on the first problem."""
    root = Path(directory)
    if not os.path.isdir(root):  # False, not an error, for a name too long or unreadable
        raise KnowledgeBaseError(f"{files.shown(root)}: not a directory, or one that cannot be opened (expected a folder "
                                 f"with {', '.join(FILES)} .yaml files)")
    parsed: dict[str, list[Any]] = {}
    for name, kind in FILES.items():
        if name == "national_laws":
            continue
        parsed[name] = [_record(root, name, i, raw, kind) for i, raw in enumerate(_read(root, name))]
    parsed["national_laws"], national_sources, parsed["national_decisions"] = _national(root)
    parsed["sources"] += national_sources
    version_file = root / "VERSION"
    version = version_file.read_text(encoding="utf-8").strip() if version_file.exists() else None
    return build(**parsed, version=version, data_as_of=_data_as_of(root))


def _data_as_of(root: Path) -> dt.date | None:
    """The date in ``metadata.yaml`` (``data_as_of: YYYY-MM-DD``), or None if the folder has no such file."""
    if not (root / "metadata.yaml").exists():
        return None
    data = _read(root, "metadata", dict)
    value = data.get("data_as_of")
    try:
        return iso_day(value, "metadata.yaml: field 'data_as_of'")
    except ValueError as exc:
        raise KnowledgeBaseError(str(exc)) from None


def _national(root: Path) -> tuple[list[model.NationalLaw], list[model.Source], list[model.NationalDecision]]:
    """A state's laws live in ``national/<iso code in lower case>.yaml`` (e.g. ``national/gbr.yaml``), next to its
    law package ``exequatur.law.national.<code>``: a mapping with ``laws`` (national-law records), ``decisions``
    (its courts' decisions on executing particular rulings) and ``sources`` (the pages they were read on, joined to
    ``sources.yaml``). A top-level ``national_laws.yaml``, if present, is read too."""
    laws: list[model.NationalLaw] = []
    sources: list[model.Source] = []
    decisions: list[model.NationalDecision] = []
    if (root / "national_laws.yaml").exists():
        laws += [_record(root, "national_laws", i, raw, "NationalLaw") for i, raw in
                 enumerate(_read(root, "national_laws"))]
    folder = root / "national"
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
        name = f"national/{path.stem}"
        data = _read(root, name, dict)
        unknown = sorted(set(data) - {"laws", "decisions", "sources"})
        if unknown:
            raise KnowledgeBaseError(f"{name}.yaml: unknown key {unknown[0]!r} (expected 'laws', 'decisions' and "
                                     "'sources')")
        for key in ("laws", "decisions", "sources"):
            if not isinstance(data.get(key) or [], list):
                raise KnowledgeBaseError(f"{name}.yaml: '{key}' must be a list of records")
        sources += [_record(root, name, i, raw, "Source") for i, raw in enumerate(data.get("sources") or [])]
        laws += _of_state(root, name, path.stem, data.get("laws") or [], "NationalLaw", "record", "laws")
        decisions += _of_state(root, name, path.stem, data.get("decisions") or [], "NationalDecision", "decision",
                               "decisions")
    return laws, sources, decisions


def _of_state(root: Path, name: str, stem: str, raws: list[Any], kind: str, what: str, holds: str) -> list[Any]:
    """The records of a state's file ``national/<stem>.yaml``, each of which must be of that state."""
    found = []
    for i, raw in enumerate(raws):
        rec: Any = _record(root, name, i, raw, kind)  # a NationalLaw or a NationalDecision: both have id and state
        if rec.state.lower() != stem:
            raise KnowledgeBaseError(f"{name}.yaml: {what} {rec.id!r} (#{i + 1}), field 'state': {rec.state} — this "
                                     f"file holds the {holds} of {stem.upper()} only")
        found.append(rec)
    return found


MAX_FILE = 20_000_000  # bytes: the largest bundled file is about a tenth of this


def _read(root: Path, name: str, kind: type = list) -> Any:
    """The parsed file ``name``.yaml: a list of records (or, with ``kind=dict``, a mapping); empty if blank. Raises
    KnowledgeBaseError naming the file for a missing, odd (a directory, a pipe), oversized, non-UTF-8 or non-YAML one."""
    path = root / f"{name}.yaml"
    try:
        raw = files.read_bytes(path, MAX_FILE, f"{name}.yaml")
    except files.FileProblem as exc:
        if str(exc).endswith("no such file"):
            raise KnowledgeBaseError(f"{path}: missing file (every knowledge base needs {name}.yaml, even if empty: "
                                     "[])") from None
        raise KnowledgeBaseError(str(exc)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KnowledgeBaseError(f"{name}.yaml is not UTF-8 text (byte {exc.start}); expected a YAML text file") \
            from None
    from exequatur.facts import yaml_text

    try:
        data = yaml_text.parse(text)
    except yaml_text.YamlError as exc:
        raise KnowledgeBaseError(f"{name}.yaml {exc}") from None
    _TEXTS[name] = text
    if data is None:
        return kind()
    if not isinstance(data, kind):
        what = "a list of records" if kind is list else "a mapping"
        raise KnowledgeBaseError(f"{name}.yaml: expected {what}, found {type(data).__name__}")
    return data


_TEXTS: dict[str, str] = {}  # the text last read of each file, to name the line of a bad value


def _line_of(name: str, value: Any) -> str:
    text = _TEXTS.get(name, "")
    needle = str(value)
    if not needle or needle not in text:
        return ""
    return f", line {text[:text.index(needle)].count(chr(10)) + 1}"


def _plain(message: str) -> str:
    """A validation message in the project's words: no "Value error, " prefix, dates said as dates."""
    message = message.removeprefix("Value error, ")
    if message.startswith("Input should be a valid date"):
        detail = message.partition(", ")[2]
        return f"not a date{f' ({detail})' if detail else ''}; expected YYYY-MM-DD"
    return message


def _record(root: Path, name: str, index: int, raw: Any, kind: str) -> model.Record:
    """The record ``raw`` (entry ``index`` of file ``name``) validated by its schema ``kind``, as the law reads it."""
    rid = raw.get("id") or "/".join(str(raw.get(k, "?")) for k in ("state", "instrument", "event", "date")) \
        if isinstance(raw, dict) else f"#{index + 1}"
    from pydantic import ValidationError

    from exequatur.facts import schema

    try:
        return schema.record(getattr(schema, kind).model_validate(raw))
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"]) or "(record)"
        got = err.get("input")
        shown = "" if isinstance(got, dict | list) else f" (got {shorten(repr(got))})"
        line = "" if isinstance(got, dict | list) else _line_of(name, got)
        message = _plain(err["msg"])
        raise KnowledgeBaseError(
            f"{name}.yaml{line}: record {shorten(str(rid), 60)!r} (#{index + 1}), field {loc!r}: {message}{shown}"
        ) from None


__all__ = ["KnowledgeBaseError", "bundled", "bundled_dir", "load"]
