"""Turning caller input into engine input: dates, readings, and hypothetical rulings given as JSON.

Every error is an InputError whose message names the bad value and what would be valid, so the CLI (and later
the HTTP API) can print it as one line.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from types import MappingProxyType
from typing import Any

import msgspec

from exequatur.engine.evaluate import InputError, closest, orders, shorten, state_code
from exequatur.facts import search
from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import SLUG_ID, Ruling, iso_day
from exequatur.law.reasoning import Provision, Reading, Rulebook


@functools.cache
def _tables() -> dict[str, Any]:
    international, national = orders()
    books = (*international.RULEBOOKS, *national.RULEBOOKS)
    readings: tuple[Reading, ...] = tuple(r for book in books for r in book.readings)
    provisions: tuple[Provision, ...] = tuple(dict.fromkeys(p for book in books for p in book.provisions))
    # The rulebooks by legal order: international law (state None), then each state whose law is encoded (ISO code).
    groups: tuple[tuple[str | None, tuple[Rulebook, ...]], ...] = (
        (None, international.RULEBOOKS), *((code, (m.RULEBOOK,)) for code, m in national.STATES.items()))
    return {"READINGS": readings, "PROVISIONS": provisions, "RULEBOOK_GROUPS": groups}


def __getattr__(name: str) -> Any:
    """``READINGS`` (every reading), ``PROVISIONS`` (every encoded provision, once) and ``RULEBOOK_GROUPS`` (the
    rulebooks by legal order), built on first use: they import every state's law, which an answer about one state with
    the default readings does not need."""
    if name not in ("READINGS", "PROVISIONS", "RULEBOOK_GROUPS"):  # (the import system asks for ``__path__``)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _tables()[name]


def parse_date(value: str, option: str = "--on") -> dt.date:
    """A date given as YYYY-MM-DD within ``DATE_RANGE`` (``iso_day``); InputError naming the option and the value
    otherwise."""
    try:
        return iso_day(value, option)
    except ValueError as exc:
        raise InputError(str(exc)) from None


def parse_readings(values: Iterable[str]) -> dict[str, str]:
    """``--reading`` values: an option name (``ruling-date``) or ``reading-id=option``."""
    values = list(values)
    if not values:  # the default readings: no rulebook to look into
        return {}
    readings: tuple[Reading, ...] = _tables()["READINGS"]
    options = {o.name: r for r in readings for o in r.options}
    chosen: dict[str, str] = {}
    for value in values:
        if "=" in value:
            rid, _, name = value.partition("=")
            reading = next((r for r in readings if r.id == rid), None)
            if reading is None:
                raise InputError(f"unknown reading {shorten(repr(rid), 60)}{closest(rid, (r.id for r in readings))}")
            if name not in {o.name for o in reading.options}:
                raise InputError(f"reading {rid!r} has no option {shorten(repr(name), 60)}; valid: "
                                 f"{', '.join(o.name for o in reading.options)}")
        else:
            reading = options.get(value)
            if reading is None:
                raise InputError(f"unknown reading {shorten(repr(value), 60)}{closest(value, options)}; valid: "
                                 f"{', '.join(options)}")
            name = value
        if chosen.get(reading.id, name) != name:
            raise InputError(f"reading {reading.id!r} is given twice, as {chosen[reading.id]!r} and {name!r}; give one "
                             "option")
        chosen[reading.id] = name
    return chosen


def provision(rule_id: str) -> Provision:
    provisions: tuple[Provision, ...] = _tables()["PROVISIONS"]
    for p in provisions:
        if p.id == rule_id:
            return p
    raise InputError(f"unknown rule {rule_id!r}{closest(rule_id, (p.id for p in provisions))}")


_RULING_FIELDS = {"body", "kind", "issued", "subject", "situation", "respondent", "applicant", "other_applicants", "final",
                  "acts_from", "acts_to", "crimes_from", "crimes_to", "id"}
_ALIASES = {"crimes_from": "acts_from", "crimes_to": "acts_to"}  # the older names of the period of the acts


def _shown(value: Any) -> str:
    """A value of ruling JSON as JSON writes it, cut to 40 characters, for a message."""
    import json

    return json.dumps(value)[:40]


def _text(value: Any, where: str) -> str:
    """A JSON value that must be a string (an id, a code): anything else is refused with the type found."""
    if not isinstance(value, str):
        raise InputError(f"ruling JSON: {where} must be a string, got {type(value).__name__} {_shown(value)}")
    return value


def _state(kb: KnowledgeBase, value: Any, where: str) -> str:
    """A state given by code or name (``state_code``), as the CLI's --state takes it."""
    try:
        return state_code(kb, _text(value, where))
    except InputError as exc:
        raise InputError(f"ruling JSON: {where}: {exc}") from None


def _texts(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(f"ruling JSON: {where} must be a list of strings, got {type(value).__name__}")
    return [_text(v, where) for v in value]


MAX_INSTRUMENTS = 20  # a court rests on a few treaties; more is not a description of a court
_DATE_FIELDS = ("issued", "final", "acts_from", "acts_to", "crimes_from", "crimes_to")


MAX_NESTING = 20  # levels of [ and { in a ruling or a scenario: real ones have three


def nesting(text: str) -> int:
    """The deepest nesting of brackets and braces in JSON text, outside strings (linear time, no recursion)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def check_text(value: Any, where: str = "ruling JSON") -> None:
    """Every string in the JSON must be encodable text: a lone surrogate (\\ud800) would break every rendering."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(f"{where}: a string holds an unpaired surrogate ({_shown(value)}); give "
                             "valid Unicode text") from None
    elif isinstance(value, dict):
        for k, v in value.items():
            check_text(k, where)
            check_text(v, where)
    elif isinstance(value, list):
        for v in value:
            check_text(v, where)


def _person_of(kb: KnowledgeBase, subject: str) -> str | None:
    """The person a subject names: a person id, or a name or other name matching exactly one recorded person."""
    if subject in kb.persons:
        return subject
    wanted = search.fold(subject)
    found = [p.id for p in kb.persons.values() if wanted and wanted in {search.fold(n) for n in (p.name, *p.aliases)}]
    return found[0] if len(found) == 1 else None


def hypothetical_ruling(kb: KnowledgeBase, text: str) -> tuple[KnowledgeBase, Ruling]:
    """A ruling described as JSON (see README), and the knowledge base with its body added if the body is new.
    Raises InputError naming the field and what would be valid; ``null`` counts as absent."""
    import json

    from pydantic import ValidationError  # validation is imported where input comes in, not on every answer

    from exequatur.facts import schema, yaml_text

    if nesting(text) > MAX_NESTING:
        raise InputError(f"ruling JSON is nested more than {MAX_NESTING} levels deep; a ruling is an object of a few "
                         "fields")
    try:
        raw = yaml_text.parse_json(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"ruling JSON is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except yaml_text.YamlError as exc:
        raise InputError(f"ruling JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise InputError(f"ruling JSON must be an object like {{\"body\": \"icty\", \"kind\": \"judgment\", "
                         f"\"issued\": \"2026-01-10\"}}, got {type(raw).__name__}")
    check_text(raw)
    raw = {k: v for k, v in raw.items() if v is not None}
    unknown = set(raw) - _RULING_FIELDS
    if unknown:
        raise InputError(f"ruling JSON: unknown field {sorted(unknown)[0][:40]!r}; valid fields: "
                         f"{', '.join(sorted(_RULING_FIELDS))}")
    for old, new in _ALIASES.items():
        if old in raw and new in raw:
            raise InputError(f"ruling JSON: give {new!r} or its older name {old!r}, not both")
    for required in ("body", "kind", "issued"):
        if required not in raw:
            raise InputError(f"ruling JSON: field {required!r} is required (e.g. \"body\": \"icty\", \"kind\": "
                             "\"judgment\", \"issued\": \"2026-01-10\")")
    for key in _DATE_FIELDS:  # dates only as ISO strings: a number would be read as a timestamp
        if key in raw and not isinstance(raw[key], str):
            raise InputError(f"ruling JSON: {key!r} must be a date written YYYY-MM-DD, got {type(raw[key]).__name__} "
                             f"{_shown(raw[key])}")
    body = raw["body"]
    if isinstance(body, dict):
        kb, body_id = _hypothetical_body(kb, body)
    elif isinstance(body, str):
        if body not in kb.bodies:
            raise InputError(f"ruling JSON: unknown body {body[:40]!r}{closest(body, kb.bodies)}")
        body_id = body
    else:
        raise InputError("ruling JSON: 'body' must be a body id (e.g. \"icc\") or an object describing the court")
    subject = raw.get("subject")
    if subject is not None:
        subject = _text(subject, "'subject'")
        if not subject.strip() or not subject.isprintable():
            raise InputError(f"ruling JSON: 'subject' must name a person or a state (printable text), got "
                             f"{_shown(subject)}")
    for key in ("situation", "id"):
        if key in raw:
            _text(raw[key], repr(key))
    ruling_id = raw.get("id", "hypothetical-ruling")
    if not re.fullmatch(SLUG_ID, ruling_id) or len(ruling_id) > 80:
        raise InputError(f"ruling JSON: 'id' {_shown(ruling_id)} is not an id: lower-case letters, digits and "
                         "hyphens, e.g. \"my-ruling\"")
    if ruling_id in kb.rulings:
        raise InputError(f"ruling JSON: 'id' {ruling_id!r} is the id of a recorded ruling; give a hypothetical ruling "
                         "an id of its own, or ask about the recorded one by its id")
    fields: dict[str, Any] = {k: v for k, v in raw.items() if k not in ("body", "subject", "id")}
    for key in ("respondent", "applicant"):
        if key in fields:
            fields[key] = _state(kb, fields[key], repr(key))
    person = _person_of(kb, subject) if subject is not None else None
    if person is not None:
        fields["subject"] = person
    elif subject is not None:
        fields["subject_name"] = str(subject)
    if "other_applicants" in fields:
        fields["other_applicants"] = [_state(kb, code, "'other_applicants'")
                                      for code in _texts(fields["other_applicants"], "'other_applicants'")]
    parties = [fields.get("respondent"), fields.get("applicant"), *fields.get("other_applicants", ())]
    named = [p for p in parties if p]
    if len(named) != len(set(named)):
        raise InputError("ruling JSON: the respondent and the applicants must be different states")
    if "situation" in fields and fields["situation"] not in kb.situations:
        raise InputError(f"ruling JSON: unknown situation {str(fields['situation'])[:40]!r}"
                         f"{closest(str(fields['situation']), kb.situations)}")
    try:
        ruling = schema.record(schema.Ruling(id=ruling_id, body=body_id, sources=("hypothetical",),
                                             hypothetical=True, **fields))
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        if not loc:  # a check across fields (the period of the acts): its message says which
            raise InputError(f"ruling JSON: {str(err['msg']).removeprefix('Value error, ')}") from None
        raise InputError(f"ruling JSON: field {loc!r}: {str(err['msg']).removeprefix('Value error, ')} (got "
                         f"{str(err.get('input'))[:40]!r})") from None
    if ruling.final and ruling.final < ruling.issued:
        raise InputError(f"ruling JSON: 'final' {ruling.final.isoformat()} is before 'issued' "
                         f"{ruling.issued.isoformat()}: a ruling becomes final on or after the day it is issued")
    if ruling.acts_from and ruling.acts_from > ruling.issued:
        raise InputError(f"ruling JSON: 'acts_from' {ruling.acts_from.isoformat()} is after 'issued' "
                         f"{ruling.issued.isoformat()}: a ruling concerns acts done before it")
    court = kb.bodies[body_id]
    if not court.open_on(ruling.issued):
        life = (f"{court.established.isoformat() if court.established else 'its establishment'} to "
                f"{court.last_judicial_day.isoformat() if court.last_judicial_day else 'today'}")
        raise InputError(f"ruling JSON: 'issued' {ruling.issued.isoformat()} is outside the lifetime of the {court.name} "
                         f"({life}): it could issue no ruling then")
    for ins in court.basis.instruments:  # nor before the treaty it rests on entered into force
        instrument = kb.instruments.get(ins)
        if instrument and instrument.in_force and ruling.issued < instrument.in_force:
            raise InputError(f"ruling JSON: 'issued' {ruling.issued.isoformat()} is before the {instrument.title} "
                             f"entered into force ({instrument.in_force.isoformat()}), on which the {court.name} rests")
    return kb, ruling


def _hypothetical_body(kb: KnowledgeBase, raw: dict[str, Any]) -> tuple[KnowledgeBase, str]:
    from pydantic import ValidationError

    from exequatur.facts import schema

    kind = raw.get("kind")
    if kind not in ("national", "international"):
        raise InputError(f"ruling JSON: body 'kind' must be \"national\" or \"international\", got {kind!r}")
    allowed = {"kind", "name", "state", "criminal", "jurisdiction_conferred_by", "basis"}
    extra = set(raw) - allowed
    if extra:
        raise InputError(f"ruling JSON: unknown body field {sorted(extra)[0]!r}; valid: {', '.join(sorted(allowed))}")
    if kind == "international" and raw.get("state") is not None:
        raise InputError("ruling JSON: an international body has no 'state' (give 'basis' instead)")
    if kind == "national" and raw.get("basis") is not None:
        raise InputError("ruling JSON: a national body has no 'basis' (a court of one state rests on its law; give "
                         "'state', and 'jurisdiction_conferred_by' for states that conferred jurisdiction on it)")
    state = _state(kb, raw.get("state"), "body 'state'") if kind == "national" else None
    conferred = [_state(kb, s, "body 'jurisdiction_conferred_by'")
                 for s in _texts(raw.get("jurisdiction_conferred_by"), "body 'jurisdiction_conferred_by'")]
    basis_raw = raw.get("basis")
    basis_raw = {} if basis_raw is None else basis_raw
    if not isinstance(basis_raw, dict) or set(basis_raw) - {"instruments", "resolutions"}:
        raise InputError("ruling JSON: body 'basis' must be an object with 'instruments' and/or 'resolutions', e.g. "
                         "{\"instruments\": [\"unclos\"], \"resolutions\": [1593]}")
    instruments = list(dict.fromkeys(_texts(basis_raw.get("instruments"), "body 'basis.instruments'")))
    if len(instruments) > MAX_INSTRUMENTS:
        raise InputError(f"ruling JSON: body 'basis.instruments' names {len(instruments)} treaties; give at most "
                         f"{MAX_INSTRUMENTS}")
    for ins in instruments:  # the treaty vocabulary is open: a treaty not in the knowledge base is answered unknown
        if not re.fullmatch(SLUG_ID, ins) or len(ins) > 80:
            raise InputError(f"ruling JSON: instrument {ins[:80]!r} is not a treaty id (lower-case letters, digits and "
                             f"hyphens, e.g. \"unclos\"){closest(str(ins), kb.instruments)}")
    raw_resolutions = basis_raw.get("resolutions")
    raw_resolutions = [] if raw_resolutions is None else raw_resolutions
    if not isinstance(raw_resolutions, list) or not all(isinstance(r, str | int) and not isinstance(r, bool)
                                                        for r in raw_resolutions):
        raise InputError("ruling JSON: body 'basis.resolutions' must be a list of resolution numbers, e.g. [1593]")
    resolutions = list(dict.fromkeys(str(r) if str(r).startswith("unscr-") else f"unscr-{r}" for r in raw_resolutions))
    for res in resolutions:
        if res not in kb.resolutions:
            raise InputError(f"ruling JSON: unknown resolution {res!r}; known: {', '.join(kb.resolutions)}")
    criminal = raw.get("criminal", False)
    if not isinstance(criminal, bool):
        raise InputError(f"ruling JSON: body 'criminal' must be true or false, got {_shown(criminal)}")
    name = raw.get("name")
    if name is not None and (not isinstance(name, str) or not name.strip() or len(name) > 200):
        raise InputError("ruling JSON: body 'name' must be a text of 1 to 200 characters")
    name = name or (f"court of {kb.states[state].name}" if state else "international body")
    try:
        body = schema.record(schema.Body(
            id="hypothetical-body", name=str(name), kind=kind, criminal=criminal, state=state,
            jurisdiction_conferred_by=tuple(conferred),
            basis=schema.Basis(instruments=tuple(instruments), resolutions=tuple(resolutions)),
            sources=("hypothetical",), hypothetical=True))
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        message = str(err["msg"]).removeprefix("Value error, ")
        raise InputError(f"ruling JSON: body field {where!r}: {message}" if where else f"ruling JSON: body: {message}") \
            from None
    bodies = MappingProxyType({**kb.bodies, body.id: body})
    return msgspec.structs.replace(kb, bodies=bodies, _memo=kb._memo), body.id

