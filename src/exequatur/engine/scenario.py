"""What-if scenarios: a named overlay of assumed facts on the knowledge base.

A scenario supposes events that have not happened (or are not recorded): a state signs, ratifies, accedes,
withdraws or is expelled; the Security Council adopts a resolution that refers a situation, decides that states
shall cooperate, or establishes a tribunal; a national law enters into force or is repealed. Each assumed fact
becomes a record marked ``assumed`` in a *new* knowledge base built over the bundled one, so the law reads it by
the same rules as a sourced fact (art. 126(2) still computes the entry into force of an assumed accession) and
every explanation that rests on it says it is assumed. The bundled knowledge base is never changed.

Why validate against the law: an assumed event the rules do not read (an art. 124 declaration, a withdrawal
from a treaty the state is not party to) would be silently ignored — a wrong answer that looks right. Each law
module declares the events it reads (``Rulebook.events``); anything else is refused with a message naming what
would be valid.

Format (YAML or JSON; the same object is posted to the HTTP API)::

    name: russia-accedes
    description: Russia accedes to the Rome Statute
    assume:
      - {state: RUS, instrument: rome-statute, event: accession, date: 2026-03-02}
      - {resolution: 2900, date: 2026-06-01, chapter_vii: true, refers: ukraine, decides_cooperation: all-states}
      - {law: rus-fkz-2025-judicial-system-art-6, repealed: 2027-01-01}
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from exequatur.engine.evaluate import InputError, closest, shorten
from exequatur.engine.inputs import check_text
from exequatur.facts import schema, yaml_text
from exequatur.facts.knowledge_base import KnowledgeBase, KnowledgeBaseError, build
from exequatur.facts.model import SLUG_ID, Body, NationalLaw, Participation, Resolution, Situation, iso_day, replace
from exequatur.facts.yaml_text import YamlError
from exequatur.law import international, national
from exequatur.law.international.in_force import in_force_for

# Words a user may write for an event: the recorded event's own name, or a word for a deposit or a notification.
_ALIASES: dict[str, tuple[str, str | None]] = {
    "ratification": ("deposit", "ratification"),
    "accession": ("deposit", "accession"),
    "acceptance": ("deposit", "acceptance"),
    "approval": ("deposit", "approval"),
    "withdrawal": ("withdrawal-notified", None),
    "deposit": ("deposit", "ratification"),
}
VERBS: dict[str, tuple[str, str | None]] = {word: _ALIASES.get(word, (word, None)) for word in (
    "signature", "ratification", "accession", "acceptance", "approval", "succession", "withdrawal",
    "withdrawal-notified", "withdrawal-revoked", "signature-withdrawn", "declaration-12-3", "admission", "expulsion",
    "membership", "ceased", "withdrawal-effective", "entry-into-force", "domestic-ratification", "deposit")}
JOINING = {"deposit", "succession", "admission", "entry-into-force", "membership"}
LEAVING = {"withdrawal-notified", "withdrawal-effective", "expulsion", "ceased"}
_KINDS = ("state", "resolution", "law")
_FIELDS = {
    "state": {"state", "instrument", "event", "date", "effective", "covers_from", "covers_to", "note"},
    "resolution": {"resolution", "date", "chapter_vii", "subject", "decides_cooperation", "urges_all_states", "refers",
                   "establishes", "note"},
    "law": {"law", "in_force", "repealed", "note"},
}


def _events_read() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for book in (*international.RULEBOOKS, *national.RULEBOOKS):
        for instrument, events in book.events:
            table[instrument] = tuple(dict.fromkeys((*table.get(instrument, ()), *events)))
    return table


EVENTS_READ = _events_read()


def verbs_for(instrument: str) -> list[str]:
    """The words a scenario may use for an event on ``instrument``: those whose event the encoded law reads."""
    read = EVENTS_READ.get(instrument, EVENTS_READ.get("*", ()))
    return sorted(word for word, (event, _) in VERBS.items() if event in read)


@dataclass(frozen=True)
class Scenario:
    """A parsed, validated scenario: its name, what it supposes (as given, for display) and the records."""

    name: str
    description: str
    assume: tuple[dict[str, Any], ...]
    participation: tuple[Participation, ...] = ()
    resolutions: tuple[Resolution, ...] = ()
    bodies: tuple[Body, ...] = ()
    situations: tuple[Situation, ...] = ()  # replacements of existing situations (a referral added)
    laws: tuple[NationalLaw, ...] = ()  # replacements of existing laws (a date assumed)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description, "assume": [dict(a) for a in self.assume]}


@functools.cache
def examples() -> dict[str, str]:
    """The example scenarios shipped in the package (``exequatur/scenarios/NAME.yaml``), by name, as text."""
    folder = resources.files("exequatur") / "scenarios"
    return {Path(entry.name).stem: entry.read_text(encoding="utf-8")
            for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith(".yaml")}


def parse_text(kb: KnowledgeBase, text: str, origin: str = "scenario") -> Scenario:
    """A scenario from YAML or JSON text (JSON is YAML)."""
    try:
        data = yaml_text.parse(text)
    except YamlError as exc:
        raise InputError(f"{origin} {exc}") from None
    return parse(kb, data, origin)


MAX_RESOLUTION = 99_999  # Security Council resolutions are numbered from 1; the 2800s were adopted in 2025


def _text(value: Any, where: str) -> str | None:
    """``value`` if it is text (None if absent); InputError naming ``where`` otherwise."""
    if value is None or isinstance(value, str):
        return value
    raise InputError(f"{where} must be text, got {type(value).__name__} {shorten(json.dumps(value, default=str), 40)}")


def parse(kb: KnowledgeBase, data: Any, origin: str = "scenario") -> Scenario:
    """Validate a scenario given as data (a mapping with ``name`` and ``assume``)."""
    if not isinstance(data, Mapping):
        raise InputError(f"{origin}: expected an object with 'name' and 'assume' (a list of assumed facts), got "
                         f"{type(data).__name__}")
    check_text(data, origin)
    extra = set(data) - {"name", "description", "assume"}
    if extra:
        raise InputError(f"{origin}: unknown field {sorted(map(str, extra))[0]!r}; valid: name, description, assume")
    name = data.get("name")
    if name is None:
        raise InputError(f"{origin}: 'name' is required: a short name for the scenario, e.g. \"russia-accedes\"")
    if not isinstance(name, str) or not name.strip():
        raise InputError(f"{origin}: 'name' must be a short text, e.g. \"russia-accedes\"; got "
                         f"{shorten(json.dumps(name, default=str), 40)}")
    items = data.get("assume")
    if not isinstance(items, list) or not items:
        raise InputError(f"{origin}: 'assume' must be a non-empty list of assumed facts, e.g. "
                         "[{state: RUS, instrument: rome-statute, event: accession, date: 2026-03-02}]")
    builder = _Builder(kb, f"{origin} {name!r}")
    for i, item in enumerate(items):
        builder.add(i, item)
    description = _text(data.get("description"), f"{origin}: 'description'") or ""
    return builder.result(name.strip(), description, tuple(_plain(item) for item in items))


def apply(kb: KnowledgeBase, scenario: Scenario) -> KnowledgeBase:
    """A new knowledge base: the given one with the scenario's records added or replaced, marked assumed."""
    return _overlay(kb, scenario.participation, scenario.resolutions, scenario.bodies, scenario.situations,
                    scenario.laws, scenario.name)


def _overlay(kb: KnowledgeBase, participation: tuple[Participation, ...] = (), resolutions: tuple[Resolution, ...] = (),
             bodies: tuple[Body, ...] = (), situations: tuple[Situation, ...] = (),
             laws: tuple[NationalLaw, ...] = (), name: str | None = None) -> KnowledgeBase:
    def merged(table: Mapping[str, Any], new: tuple[Any, ...]) -> list[Any]:
        return list({**table, **{r.id: r for r in new}}.values())

    try:
        return build(sources=kb.sources.values(), states=kb.states.values(), instruments=kb.instruments.values(),
                     participation=(*kb.participation, *participation), resolutions=merged(kb.resolutions, resolutions),
                     bodies=merged(kb.bodies, bodies), situations=merged(kb.situations, situations),
                     persons=kb.persons.values(), rulings=kb.rulings.values(),
                     national_laws=merged(kb.national_laws, laws), national_decisions=kb.national_decisions.values(),
                     practice=kb.practice, scenario=name or kb.scenario, version=kb.version, data_as_of=kb.data_as_of)
    except KnowledgeBaseError as exc:
        raise InputError(f"scenario {name!r}: {exc}") from None


class _Builder:
    def __init__(self, kb: KnowledgeBase, label: str) -> None:
        self.kb = kb
        self.label = label
        self.participation: list[Participation] = []
        self.resolutions: list[Resolution] = []
        self.bodies: list[Body] = []
        self.situations: dict[str, Situation] = {}
        self.laws: dict[str, NationalLaw] = {}

    def fail(self, index: int, message: str) -> InputError:
        return InputError(f"{self.label}, assumed fact #{index + 1}: {message}")

    def text(self, index: int, item: Mapping[str, Any], key: str) -> str | None:
        """An optional text field (a subject, a note): a string, or absent; a number or a list is refused."""
        try:
            return _text(item.get(key), f"field {key!r}")
        except InputError as exc:
            raise self.fail(index, str(exc)) from None

    def add(self, index: int, item: Any) -> None:
        if not isinstance(item, Mapping):
            raise self.fail(index, f"expected an object, got {type(item).__name__}")
        kinds = [k for k in _KINDS if k in item]
        if len(kinds) != 1:
            raise self.fail(index, "give exactly one of 'state' (a state's act on an instrument), 'resolution' (a "
                            "Security Council resolution) or 'law' (a national law's dates)")
        kind = kinds[0]
        extra = set(item) - _FIELDS[kind]
        if extra:
            raise self.fail(index, f"unknown field {sorted(map(str, extra))[0]!r}; valid for a {kind}: "
                            f"{', '.join(sorted(_FIELDS[kind]))}")
        {"state": self._participation, "resolution": self._resolution, "law": self._law}[kind](index, item)

    def result(self, name: str, description: str, assume: tuple[dict[str, Any], ...]) -> Scenario:
        return Scenario(name, description, assume, tuple(self.participation), tuple(self.resolutions),
                        tuple(self.bodies), tuple(self.situations.values()), tuple(self.laws.values()))

    def date(self, index: int, item: Mapping[str, Any], key: str, required: bool = True) -> dt.date | None:
        value = item.get(key)
        if value is None:
            if required:
                raise self.fail(index, f"field {key!r} is required (YYYY-MM-DD)")
            return None
        try:
            return iso_day(value, f"field {key!r}")
        except ValueError as exc:
            raise self.fail(index, str(exc)) from None

    # --- a state's act on an instrument --------------------------------------------------------------------------

    def _participation(self, index: int, item: Mapping[str, Any]) -> None:
        kb = self.kb
        for key in ("state", "instrument", "event"):
            if not isinstance(item.get(key), str):
                raise self.fail(index, f"field {key!r} must be a string, got {type(item.get(key)).__name__}; e.g. "
                                "{state: RUS, instrument: rome-statute, event: accession, date: 2026-03-02}")
        state = str(item["state"]).upper()
        if state not in kb.states:
            raise self.fail(index, f"unknown state {item['state']!r}{closest(state, kb.states, upper=True)}")
        instrument = item.get("instrument")
        if instrument not in kb.instruments:
            raise self.fail(index, f"unknown instrument {instrument!r}; valid: {', '.join(kb.instruments)}")
        only = kb.instruments[str(instrument)].open_to
        if only is not None and state not in only:
            raise self.fail(index, f"{state} cannot be a party to {instrument}, which is open only to "
                            f"{', '.join(only)}")
        verb = item.get("event")
        if verb not in VERBS:
            raise self.fail(index, f"unknown event {verb!r}; valid: {', '.join(VERBS)}")
        event, instrument_type = VERBS[str(verb)]
        words = verbs_for(str(instrument))
        if verb not in words:
            raise self.fail(index, f"the encoded law does not read the event {verb!r} for {instrument}, so assuming "
                            f"it would change nothing; valid for {instrument}: {', '.join(words)}")
        on = self.date(index, item, "date")
        assert on is not None
        overlay = _overlay(kb, tuple(self.participation))
        status, _, _ = in_force_for(overlay, state, str(instrument), on)
        if event in JOINING and status is True:
            raise self.fail(index, f"{state} is already bound by {instrument} on {on.isoformat()}: assume a "
                            "withdrawal first, or choose a date when it is not")
        if event in LEAVING and status is not True:
            raise self.fail(index, f"{state} is not bound by {instrument} on {on.isoformat()}, so a {verb} cannot be "
                            "assumed; valid only while it is a party or member")
        fields: dict[str, Any] = {"state": state, "instrument": instrument, "event": event, "date": on,
                                  "instrument_type": instrument_type, "assumed": True, "note": self.text(index, item, "note")}
        if event == "declaration-12-3":
            fields["covers_from"] = self.date(index, item, "covers_from")
            fields["covers_to"] = self.date(index, item, "covers_to", required=False)
        elif "covers_from" in item or "covers_to" in item:
            raise self.fail(index, "'covers_from'/'covers_to' belong only to event declaration-12-3")
        effective = self.date(index, item, "effective", required=False)
        if effective and event != "withdrawal-notified":
            raise self.fail(index, "'effective' belongs only to a withdrawal (a later date the notification states)")
        try:
            event_record = schema.record(schema.Participation(**fields))
            ignored = self.fail(index, f"the encoded law would not take this {verb} into account: {state}'s record "
                                f"for {instrument} already has an act it reads in its place (e.g. a deposit not yet "
                                "in force, or a withdrawal already notified); choose another date or event")
            try:
                overlay = _overlay(kb, (*self.participation, event_record))
            except InputError:  # the record refuses a second binding act: the same case, said the same way
                raise ignored from None
            if event != "declaration-12-3" and not _taken_into_account(overlay, event_record):
                raise ignored
            self.participation.append(event_record)
            if effective:
                if effective <= on:
                    raise self.fail(index, f"'effective' {effective.isoformat()} must be after the notification "
                                    f"{on.isoformat()}")
                self.participation.append(schema.record(schema.Participation(
                    state=state, instrument=instrument, event="withdrawal-effective", date=effective, assumed=True)))
        except ValidationError as exc:
            raise self.fail(index, _pydantic(exc)) from None

    # --- a Security Council resolution ---------------------------------------------------------------------------

    def _resolution(self, index: int, item: Mapping[str, Any]) -> None:
        kb = self.kb
        number = item["resolution"]
        if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= MAX_RESOLUTION:
            raise self.fail(index, f"'resolution' must be the resolution's number, 1 to {MAX_RESOLUTION}, e.g. 2900; "
                            f"got {shorten(repr(number), 40)}")
        rid = f"unscr-{number}"
        if rid in kb.resolutions or any(r.id == rid for r in self.resolutions):
            raise self.fail(index, f"resolution {number} is already recorded; give the number of a new resolution")
        on = self.date(index, item, "date")
        chapter_vii = item.get("chapter_vii")
        if not isinstance(chapter_vii, bool):
            what = "is required" if chapter_vii is None else f"must be true or false, got {shorten(repr(chapter_vii), 40)}"
            raise self.fail(index, f"'chapter_vii' {what}: true if the Council acts under Chapter VII, else false")
        decides = item.get("decides_cooperation", "none")
        binds: tuple[str, ...] = ()
        if decides == "all-states":
            binds_all: bool = True
        elif decides == "none":
            binds_all = False
        elif isinstance(decides, list) and decides:
            binds_all = False
            binds = tuple(str(s).upper() for s in decides)
            for s in binds:
                if s not in kb.states:
                    raise self.fail(index, f"unknown state {s!r} in 'decides_cooperation'"
                                    f"{closest(s, kb.states, upper=True)}")
        else:
            raise self.fail(index, f"'decides_cooperation' must be \"all-states\", \"none\" or a list of state codes; "
                            f"got {decides!r}")
        urges = item.get("urges_all_states", False)
        if not isinstance(urges, bool):
            raise self.fail(index, f"'urges_all_states' must be true or false; got {urges!r}")
        refers, establishes = item.get("refers"), item.get("establishes")
        if refers is None and establishes is None:
            raise self.fail(index, "the resolution neither refers an ICC situation ('refers') nor establishes a "
                            "tribunal ('establishes'): the encoded law reads a resolution only through the situation "
                            "or the body it concerns, so it would change nothing")
        if refers is not None and not isinstance(refers, str):
            raise self.fail(index, f"'refers' must be a situation id (a string), got {type(refers).__name__}")
        subject = (self.text(index, item, "subject") or ("refers the " + kb.situations[refers].name if refers in kb.situations
                                               else "establishes a tribunal" if establishes else "assumed resolution"))
        resolution = schema.record(schema.Resolution(id=rid, number=number, date=on, chapter_vii=chapter_vii, subject=subject,
                                binds_all_member_states=binds_all, binds=binds, urges_all_states=urges, assumed=True,
                                note=self.text(index, item, "note")))
        self.resolutions.append(resolution)
        if refers is not None:
            situation = self.situations.get(str(refers)) or kb.situations.get(str(refers))
            if situation is None:
                raise self.fail(index, f"unknown situation {refers!r} in 'refers'{closest(str(refers), kb.situations)}")
            trigger = schema.record(schema.Trigger(kind="unsc-referral", date=on, resolution=rid))
            self.situations[situation.id] = replace(situation, triggers=(*situation.triggers, trigger))
        if establishes is not None:
            self._tribunal(index, establishes, resolution)

    def _tribunal(self, index: int, raw: Any, resolution: Resolution) -> None:
        if not isinstance(raw, Mapping) or set(raw) - {"id", "name", "criminal"} or "id" not in raw:
            raise self.fail(index, "'establishes' must be an object {id: a-new-body-id, name: ..., criminal: true}")
        if not isinstance(raw.get("criminal", True), bool):
            raise self.fail(index, f"'establishes.criminal' must be true or false, got {raw['criminal']!r}")
        body_id = str(raw["id"])
        if body_id in self.kb.bodies or any(b.id == body_id for b in self.bodies):
            raise self.fail(index, f"body {body_id!r} already exists; give a new id for the tribunal")
        if not re.match(SLUG_ID, body_id):
            raise self.fail(index, f"body id {body_id!r} must be lower-case letters, digits and hyphens")
        name = str(raw.get("name") or f"tribunal established by resolution {resolution.number}")
        self.bodies.append(schema.record(schema.Body(
            id=body_id, name=name, kind="international", criminal=bool(raw.get("criminal", True)),
            basis=schema.Basis(resolutions=(resolution.id,)), established=resolution.date, assumed=True)))

    # --- a national law's dates ----------------------------------------------------------------------------------

    def _law(self, index: int, item: Mapping[str, Any]) -> None:
        if not isinstance(item["law"], str):
            raise self.fail(index, f"'law' must be a law id (a string), got {type(item['law']).__name__}")
        law = self.laws.get(item["law"]) or self.kb.national_laws.get(item["law"])
        if law is None:
            raise self.fail(index, f"unknown law {item['law']!r}; valid: {', '.join(self.kb.national_laws)}")
        update: dict[str, Any] = {"assumed": True}
        for key in ("in_force", "repealed"):
            if key in item:
                update[key] = self.date(index, item, key)
        if len(update) == 1:
            raise self.fail(index, "give 'in_force' (the date the law enters into force) or 'repealed' (the date it "
                            "ceases to be in force)")
        start = update.get("in_force", law.in_force or law.published)
        if update.get("repealed") and start and update["repealed"] <= start:
            raise self.fail(index, f"'repealed' {update['repealed'].isoformat()} must be after the law's entry into "
                            f"force or publication ({start.isoformat()})")
        self.laws[law.id] = replace(law, **update)


def _taken_into_account(kb: KnowledgeBase, event: Participation) -> bool:
    """Whether the state's status under the instrument rests on ``event`` at some date: the check that an assumed
    event is not silently passed over by the law (a second deposit before the first is in force, say)."""
    _, _, changes = in_force_for(kb, event.state, event.instrument, event.date)
    return any(event in in_force_for(kb, event.state, event.instrument, day)[1] for day in {event.date, *changes})


def _plain(item: Any) -> dict[str, Any]:
    """The assumed fact as JSON-ready data (dates as ISO strings), for decisions to show what was supposed."""
    return json.loads(json.dumps(item, default=lambda v: v.isoformat() if isinstance(v, dt.date) else str(v)))


def _pydantic(exc: ValidationError) -> str:
    """The first validation error in the project's words: the field where there is one, the message without the
    validator's prefix."""
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    message = str(err["msg"]).removeprefix("Value error, ")
    return f"field {where!r}: {message}" if where else message


__all__ = ["EVENTS_READ", "VERBS", "Scenario", "apply", "examples", "parse", "parse_text", "verbs_for"]
