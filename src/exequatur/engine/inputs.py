"""Turning caller input into engine input: dates, readings, and hypothetical rulings given as JSON.

Every error is an InputError whose message names the bad value and what would be valid, so the CLI (and later
the HTTP API) can print it as one line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterable
from types import MappingProxyType
from typing import Any

from pydantic import ValidationError

from exequatur.engine.evaluate import InputError, closest
from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import SLUG_ID, Basis, Body, Ruling
from exequatur.law import international, national
from exequatur.law.reasoning import Provision, Reading

READINGS: tuple[Reading, ...] = tuple(r for book in (*international.RULEBOOKS, *national.RULEBOOKS)
                                      for r in book.readings)
PROVISIONS: tuple[Provision, ...] = tuple(
    dict.fromkeys(p for book in (*international.RULEBOOKS, *national.RULEBOOKS) for p in book.provisions))


def parse_date(value: str, option: str = "--on") -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InputError(f"{option}: {value!r} is not a date; expected YYYY-MM-DD, e.g. 2024-09-03") from None


def parse_readings(values: Iterable[str]) -> dict[str, str]:
    """``--reading`` values: an option name (``ruling-date``) or ``reading-id=option``."""
    options = {o.name: r for r in READINGS for o in r.options}
    chosen: dict[str, str] = {}
    for value in values:
        if "=" in value:
            rid, _, name = value.partition("=")
            reading = next((r for r in READINGS if r.id == rid), None)
            if reading is None:
                raise InputError(f"unknown reading {rid!r}{closest(rid, (r.id for r in READINGS))}")
            if name not in {o.name for o in reading.options}:
                raise InputError(f"reading {rid!r} has no option {name!r}; valid: "
                                 f"{', '.join(o.name for o in reading.options)}")
        else:
            reading = options.get(value)
            if reading is None:
                raise InputError(f"unknown reading {value!r}{closest(value, options)}; valid: {', '.join(options)}")
            name = value
        chosen[reading.id] = name
    return chosen


def provision(rule_id: str) -> Provision:
    for p in PROVISIONS:
        if p.id == rule_id:
            return p
    raise InputError(f"unknown rule {rule_id!r}{closest(rule_id, (p.id for p in PROVISIONS))}")


_RULING_FIELDS = {"body", "kind", "issued", "subject", "situation", "respondent", "applicant", "other_applicants", "final",
                  "acts_from", "acts_to", "crimes_from", "crimes_to", "id"}
_ALIASES = {"crimes_from": "acts_from", "crimes_to": "acts_to"}  # the older names of the period of the acts


def _text(value: Any, where: str) -> str:
    """A JSON value that must be a string (an id, a code): anything else is refused with the type found."""
    if not isinstance(value, str):
        raise InputError(f"ruling JSON: {where} must be a string, got {type(value).__name__} {json.dumps(value)[:40]}")
    return value


def _texts(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(f"ruling JSON: {where} must be a list of strings, got {type(value).__name__}")
    return [_text(v, where) for v in value]


def hypothetical_ruling(kb: KnowledgeBase, text: str) -> tuple[KnowledgeBase, Ruling]:
    """A ruling described as JSON (see README), and the knowledge base with its body added if the body is new."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"ruling JSON is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if not isinstance(raw, dict):
        raise InputError(f"ruling JSON must be an object like {{\"body\": \"icty\", \"kind\": \"judgment\", "
                         f"\"issued\": \"2026-01-10\"}}, got {type(raw).__name__}")
    unknown = set(raw) - _RULING_FIELDS
    if unknown:
        raise InputError(f"ruling JSON: unknown field {sorted(unknown)[0]!r}; valid fields: "
                         f"{', '.join(sorted(_RULING_FIELDS))}")
    for old, new in _ALIASES.items():
        if old in raw and new in raw:
            raise InputError(f"ruling JSON: give {new!r} or its older name {old!r}, not both")
    for required in ("body", "kind", "issued"):
        if required not in raw:
            raise InputError(f"ruling JSON: field {required!r} is required (e.g. \"body\": \"icty\", \"kind\": "
                             "\"judgment\", \"issued\": \"2026-01-10\")")
    body = raw["body"]
    if isinstance(body, dict):
        kb, body_id = _hypothetical_body(kb, body)
    elif isinstance(body, str):
        if body not in kb.bodies:
            raise InputError(f"ruling JSON: unknown body {body!r}{closest(body, kb.bodies)}")
        body_id = body
    else:
        raise InputError("ruling JSON: 'body' must be a body id (e.g. \"icc\") or an object describing the court")
    subject = raw.get("subject")
    if subject is not None:
        subject = _text(subject, "'subject'")
    for key in ("respondent", "applicant", "situation", "id"):
        if raw.get(key) is not None:
            _text(raw[key], repr(key))
    fields: dict[str, Any] = {k: v for k, v in raw.items() if k not in ("body", "subject", "id")}
    if subject is not None and subject in kb.persons:
        fields["subject"] = subject
    elif subject is not None:
        fields["subject_name"] = str(subject)
    if "other_applicants" in fields:
        fields["other_applicants"] = _texts(fields["other_applicants"], "'other_applicants'")
        for code in fields["other_applicants"]:
            if code not in kb.states:
                raise InputError(f"ruling JSON: unknown state {code[:20]!r} in 'other_applicants'"
                                 f"{closest(code.upper(), kb.states)}")
    for key in ("respondent", "applicant"):
        if key in fields and fields[key] not in kb.states:
            raise InputError(f"ruling JSON: unknown state {fields[key]!r} in {key!r}"
                             f"{closest(str(fields[key]).upper(), kb.states)}")
    if "situation" in fields and fields["situation"] not in kb.situations:
        raise InputError(f"ruling JSON: unknown situation {fields['situation']!r}"
                         f"{closest(str(fields['situation']), kb.situations)}")
    try:
        ruling = Ruling(id=str(raw.get("id") or "hypothetical-ruling"), body=body_id, sources=("hypothetical",),
                        hypothetical=True, **fields)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise InputError(f"ruling JSON: field {loc!r}: {err['msg']} (got {err.get('input')!r})") from None
    court = kb.bodies[body_id]
    if not court.open_on(ruling.issued):
        life = (f"{court.established.isoformat() if court.established else 'its establishment'} to "
                f"{court.last_judicial_day.isoformat() if court.last_judicial_day else 'today'}")
        raise InputError(f"ruling JSON: 'issued' {ruling.issued.isoformat()} is outside the lifetime of the {court.name} "
                         f"({life}): it could issue no ruling then")
    return kb, ruling


def _hypothetical_body(kb: KnowledgeBase, raw: dict[str, Any]) -> tuple[KnowledgeBase, str]:
    kind = raw.get("kind")
    if kind not in ("national", "international"):
        raise InputError(f"ruling JSON: body 'kind' must be \"national\" or \"international\", got {kind!r}")
    allowed = {"kind", "name", "state", "criminal", "jurisdiction_conferred_by", "basis"}
    extra = set(raw) - allowed
    if extra:
        raise InputError(f"ruling JSON: unknown body field {sorted(extra)[0]!r}; valid: {', '.join(sorted(allowed))}")
    states = [_text(raw.get("state"), "body 'state'")] if kind == "national" else []
    states += _texts(raw.get("jurisdiction_conferred_by"), "body 'jurisdiction_conferred_by'")
    for s in states:
        if s not in kb.states:
            raise InputError(f"ruling JSON: unknown state {s!r} in body{closest(str(s).upper(), kb.states)}")
    basis_raw = raw.get("basis") or {}
    if not isinstance(basis_raw, dict):
        raise InputError("ruling JSON: body 'basis' must be an object {\"instruments\": [...], \"resolutions\": [...]}")
    instruments = _texts(basis_raw.get("instruments"), "body 'basis.instruments'")
    for ins in instruments:  # the treaty vocabulary is open: a treaty not in the knowledge base is answered unknown
        if not re.fullmatch(SLUG_ID, ins) or len(ins) > 80:
            raise InputError(f"ruling JSON: instrument {ins[:80]!r} is not a treaty id (lower-case letters, digits and "
                             f"hyphens, e.g. \"unclos\"){closest(str(ins), kb.instruments)}")
    raw_resolutions = basis_raw.get("resolutions") or []
    if not isinstance(raw_resolutions, list) or not all(isinstance(r, str | int) for r in raw_resolutions):
        raise InputError("ruling JSON: body 'basis.resolutions' must be a list of resolution numbers, e.g. [1593]")
    resolutions = [str(r) if str(r).startswith("unscr-") else f"unscr-{r}" for r in raw_resolutions]
    for res in resolutions:
        if res not in kb.resolutions:
            raise InputError(f"ruling JSON: unknown resolution {res!r}; known: {', '.join(kb.resolutions)}")
    name = raw.get("name") or (f"court of {raw.get('state')}" if kind == "national" else "international body")
    try:
        body = Body(id="hypothetical-body", name=str(name), kind=kind, criminal=bool(raw.get("criminal", False)),
                    state=raw.get("state"), jurisdiction_conferred_by=tuple(raw.get("jurisdiction_conferred_by") or ()),
                    basis=Basis(instruments=tuple(instruments), resolutions=tuple(resolutions)),
                    sources=("hypothetical",), hypothetical=True)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise InputError(f"ruling JSON: body field {'.'.join(str(p) for p in err['loc'])!r}: {err['msg']}") from None
    bodies = MappingProxyType({**kb.bodies, body.id: body})
    return dataclasses.replace(kb, bodies=bodies, _memo=kb._memo), body.id

