"""Loading the knowledge base from a directory of YAML files, one file per kind of record.

Errors name the file, the record and the field, and say what was expected, because the people who add facts
are lawyers and researchers editing YAML by hand.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from exequatur.facts.knowledge_base import KnowledgeBase, KnowledgeBaseError, build
from exequatur.facts.model import (
    Body,
    Instrument,
    NationalLaw,
    Participation,
    Person,
    Resolution,
    Ruling,
    Situation,
    Source,
    State,
)

FILES: dict[str, type[BaseModel]] = {
    "sources": Source,
    "states": State,
    "instruments": Instrument,
    "participation": Participation,
    "resolutions": Resolution,
    "bodies": Body,
    "situations": Situation,
    "persons": Person,
    "rulings": Ruling,
    "national_laws": NationalLaw,
}

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def bundled_dir() -> Path:
    return Path(str(resources.files("exequatur") / "data"))


@functools.cache
def bundled() -> KnowledgeBase:
    """The knowledge base shipped in the package, loaded once per process."""
    return load(bundled_dir())


def load(directory: str | Path) -> KnowledgeBase:
    """Load and validate every file in ``directory``; raise KnowledgeBaseError on the first problem."""
    root = Path(directory)
    if not root.is_dir():
        raise KnowledgeBaseError(f"{root}: not a directory (expected a folder with {', '.join(FILES)} .yaml files)")
    parsed: dict[str, list[Any]] = {}
    for name, model in FILES.items():
        parsed[name] = [_record(root, name, i, raw, model) for i, raw in enumerate(_read(root, name))]
    version_file = root / "VERSION"
    version = version_file.read_text(encoding="utf-8").strip() if version_file.exists() else None
    return build(**parsed, version=version)


def _read(root: Path, name: str) -> list[Any]:
    path = root / f"{name}.yaml"
    if not path.exists():
        raise KnowledgeBaseError(f"{path}: missing file (every knowledge base needs {name}.yaml, even if empty: [])")
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise KnowledgeBaseError(f"{name}.yaml{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    except ValueError as exc:  # the YAML date resolver rejects impossible dates such as 2023-13-17
        raise KnowledgeBaseError(f"{name}.yaml: invalid date ({exc}); expected YYYY-MM-DD") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise KnowledgeBaseError(f"{name}.yaml: expected a list of records, found {type(data).__name__}")
    return data


def _record(root: Path, name: str, index: int, raw: Any, model: type[BaseModel]) -> BaseModel:
    rid = raw.get("id") or "/".join(str(raw.get(k, "?")) for k in ("state", "instrument", "event", "date")) \
        if isinstance(raw, dict) else f"#{index + 1}"
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"]) or "(record)"
        got = err.get("input")
        shown = "" if isinstance(got, dict) else f" (got {got!r})"
        raise KnowledgeBaseError(
            f"{name}.yaml: record {rid!r} (#{index + 1}), field {loc!r}: {err['msg']}{shown}"
        ) from None


__all__ = ["KnowledgeBaseError", "bundled", "bundled_dir", "load"]
