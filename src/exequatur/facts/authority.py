"""How far a source can be trusted: its class — ``primary``, ``secondary``, ``tertiary`` — or ``denied``.

The class comes from reviewed lists of domains (``data/domains.yaml``), never typed per source, so that a source is
judged by where it was read; a source that names the official document it reproduces (``authority``) and declares
itself ``verbatim`` counts as primary whatever its domain (a GitHub mirror of an official legal portal's text, a
transcription of a UN document). A domain not listed is tertiary until someone reviews it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal
from urllib.parse import urlparse

from exequatur.facts.model import Source

SourceClass = Literal["primary", "secondary", "tertiary", "denied"]
CLASSES: tuple[str, ...] = ("primary", "secondary", "tertiary")  # strongest first


_DOMAINS: dict[str, str] = {}


def domains() -> dict[str, str]:
    """Each listed domain (or domain/path) → its class, from the bundled ``domains.yaml`` (read once; the snapshot
    of the knowledge base carries it, so that a start from the snapshot reads no YAML)."""
    if not _DOMAINS:
        from exequatur.facts import yaml_text

        text = (Path(__file__).resolve().parent.parent / "data" / "domains.yaml").read_text(encoding="utf-8")
        data = yaml_text.parse(text) or {}
        use_domains({entry: cls for cls in ("primary", "secondary", "tertiary", "denied") for entry in data.get(cls) or ()})
    return _DOMAINS


def use_domains(table: dict[str, str]) -> None:
    """Take the reviewed lists as read from the snapshot (the same file's content, keyed by its hash)."""
    _DOMAINS.clear()
    _DOMAINS.update(table)
    _LISTED.clear()


_LISTED: dict[str, SourceClass | None] = {}  # addresses already classed under the lists in use


def listed_class(url: str) -> SourceClass | None:
    """The class of the address by the reviewed lists (longest match: a path entry before its domain), or None."""
    if url not in _LISTED:
        if len(_LISTED) > 100_000:
            _LISTED.clear()
        _LISTED[url] = _classed(url)
    return _LISTED[url]


def _classed(url: str) -> SourceClass | None:
    parsed = urlparse(url)
    host = (parsed.hostname or "").removeprefix("www.")
    path = parsed.path.strip("/")
    table = domains()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        domain = ".".join(labels[i:])
        parts = path.split("/")
        for j in range(len(parts), 0, -1):  # domain/path entries, longest first
            found = table.get(f"{domain}/{'/'.join(parts[:j])}")
            if found:
                return found  # type: ignore[return-value]
        if domain in table:
            return table[domain]  # type: ignore[return-value]
    return None


def source_class(source: Source) -> SourceClass:
    """``denied`` if its domain is denied; ``primary`` if it is a verbatim copy naming its authority; else the class
    of its domain, ``tertiary`` if unlisted."""
    found = listed_class(source.url)
    if found == "denied":
        return "denied"
    if source.verbatim and source.authority:
        return "primary"
    return found or "tertiary"


def weakest(classes: list[str]) -> str | None:
    """The weakest of the classes given (tertiary below secondary below primary), or None if none."""
    ranked = [c for c in classes if c in CLASSES]
    return max(ranked, key=CLASSES.index) if ranked else None


def strongest(classes: list[str]) -> str | None:
    ranked = [c for c in classes if c in CLASSES]
    return min(ranked, key=CLASSES.index) if ranked else None
