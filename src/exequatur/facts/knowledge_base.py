"""The knowledge base: every record loaded, validated, cross-checked and indexed, then read-only.

Why one object with indexes built at load: the engine asks the same questions thousands of times (every
state × every ruling × every change point), so look-ups must be dictionary reads, not scans.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import msgspec

from exequatur.facts.authority import source_class
from exequatur.facts.model import (
    Body,
    Instrument,
    NationalDecision,
    NationalLaw,
    Participation,
    Person,
    Practice,
    Resolution,
    Ruling,
    Situation,
    Source,
    State,
)
from exequatur.facts.text import shorten


class KnowledgeBaseError(ValueError):
    """A data file or record is invalid. The message names the file, the record and the field."""


class KnowledgeBase(msgspec.Struct, frozen=True):
    """Immutable collection of sourced records with the indexes the law layer reads through."""

    sources: Mapping[str, Source]
    states: Mapping[str, State]
    instruments: Mapping[str, Instrument]
    participation: tuple[Participation, ...]
    resolutions: Mapping[str, Resolution]
    bodies: Mapping[str, Body]
    situations: Mapping[str, Situation]
    persons: Mapping[str, Person]
    rulings: Mapping[str, Ruling]
    national_laws: Mapping[str, NationalLaw]
    national_decisions: Mapping[str, NationalDecision] = msgspec.field(default_factory=dict)
    practice: tuple[Practice, ...] = ()  # what states did about rulings, in date order
    version: str = "unversioned"
    scenario: str | None = None
    data_as_of: dt.date | None = None  # when the data was last checked as a whole (data/metadata.yaml)
    snapshot: str | None = None  # the key of the compiled snapshot it is (facts/snapshot.py); None: built otherwise
    _events: Mapping[tuple[str, str], tuple[Participation, ...]] = msgspec.field(default_factory=dict)
    _memo: dict = msgspec.field(default_factory=dict)

    def events(self, state: str, instrument: str) -> tuple[Participation, ...]:
        """The state's events for the instrument, in date order (empty if it never acted)."""
        return self._events.get((state, instrument), ())

    def source_records(self, ids: Iterable[str]) -> tuple[Source, ...]:
        return tuple(self.sources[i] for i in ids)

    def memo(self, key: tuple, compute):
        """Derived values (a state's party timeline) are computed once per knowledge base and reused.
        Safe to share between threads: a race computes the same immutable value twice."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value


def build(
    *,
    sources: Iterable[Source],
    states: Iterable[State],
    instruments: Iterable[Instrument],
    participation: Iterable[Participation],
    resolutions: Iterable[Resolution],
    bodies: Iterable[Body],
    situations: Iterable[Situation],
    persons: Iterable[Person],
    rulings: Iterable[Ruling],
    national_laws: Iterable[NationalLaw],
    national_decisions: Iterable[NationalDecision] = (),
    practice: Iterable[Practice] = (),
    scenario: str | None = None,
    version: str | None = None,
    data_as_of: dt.date | None = None,
    checked: bool = False,
    snapshot: str | None = None,
) -> KnowledgeBase:
    """Index records by id and check every cross-reference; raise KnowledgeBaseError naming what is wrong.
    ``checked``: the records are a snapshot of a knowledge base already built (and checked) from the same files."""
    tables: dict[str, dict] = {}
    for name, records in (
        ("sources", sources),
        ("states", states),
        ("instruments", instruments),
        ("resolutions", resolutions),
        ("bodies", bodies),
        ("situations", situations),
        ("persons", persons),
        ("rulings", rulings),
        ("national_laws", national_laws),
        ("national_decisions", national_decisions),
    ):
        table: dict[str, object] = {}
        for rec in records:
            if rec.id in table:
                raise KnowledgeBaseError(f"{name}.yaml: duplicate id {rec.id!r}")
            table[rec.id] = rec
        tables[name] = table
    participation = tuple(sorted(participation, key=lambda e: (e.state, e.instrument, e.date)))
    practice = tuple(sorted(practice, key=lambda p: (p.day, p.state, p.kind)))
    if not checked:
        _check_references(tables, participation)
        _check_practice(tables, practice)
    events: dict[tuple[str, str], list[Participation]] = defaultdict(list)
    for ev in participation:
        events[(ev.state, ev.instrument)].append(ev)
    fingerprint = version or _fingerprint(tables, (*participation, *practice))
    return KnowledgeBase(
        **{k: MappingProxyType(v) for k, v in tables.items()},
        participation=participation,
        practice=practice,
        version=fingerprint,
        scenario=scenario,
        data_as_of=data_as_of,
        snapshot=snapshot,
        _events=MappingProxyType({k: tuple(v) for k, v in events.items()}),
    )


def _fingerprint(tables: dict[str, dict], participation: tuple[Participation | Practice, ...]) -> str:
    """A short content hash: decisions carry it so an answer can be traced to the data it was computed from."""
    import hashlib

    h = hashlib.sha256()
    for name in sorted(tables):
        for rid in sorted(tables[name]):
            h.update(msgspec.json.encode(tables[name][rid]))
    for ev in participation:
        h.update(msgspec.json.encode(ev))
    return h.hexdigest()[:12]


def _check_practice(tables: dict[str, dict], practice: tuple[Practice, ...]) -> None:
    """Every practice record names a known state, known rulings and sources; a surrender is recorded once, as the
    ruling's ``executed`` status; a ruling's executed status names a known state."""
    for rid, ruling in tables["rulings"].items():
        for st in ruling.status:
            if st.state is not None and st.state not in tables["states"]:
                raise KnowledgeBaseError(f"rulings.yaml: record {rid!r}, field 'status.state': unknown state id "
                                         f"{st.state!r}{_closest(st.state, tables['states'])}")
    for i, rec in enumerate(practice):
        where = f"practice.yaml: record '{rec.state}/{rec.kind}/{rec.day}' (#{i + 1})"
        if rec.state not in tables["states"]:
            raise KnowledgeBaseError(f"{where}, field 'state': unknown state id {rec.state!r}"
                                     f"{_closest(rec.state, tables['states'])}")
        for rid in rec.rulings:
            if rid not in tables["rulings"]:
                raise KnowledgeBaseError(f"{where}, field 'rulings': unknown ruling id {rid!r}"
                                         f"{_closest(rid, tables['rulings'])}")
            if rec.kind == "surrender" and any(s.status == "executed" for s in tables["rulings"][rid].status):
                raise KnowledgeBaseError(f"{where}: the surrender under {rid} is recorded as the ruling's 'executed' "
                                         "status; record it there only (one fact in one place)")
        for sid in rec.sources:
            if sid not in tables["sources"]:
                raise KnowledgeBaseError(f"{where}, field 'sources': unknown source id {sid!r}"
                                         f"{_closest(sid, tables['sources'])}")


def _check_references(tables: dict[str, dict], participation: tuple[Participation, ...]) -> None:
    _sources, _states = tables["sources"], tables["states"]

    def need(file: str, rid: str, fieldname: str, value: str | None, table: str) -> None:
        if value is not None and value not in tables[table]:
            hint = _closest(value, tables[table])
            raise KnowledgeBaseError(
                f"{file}.yaml: record {rid!r}, field {fieldname!r}: unknown {table[:-1].replace('_', ' ')} id "
                f"{value!r}{hint}"
            )

    def need_sources(file: str, rid: str, ids: Iterable[str], fieldname: str = "sources") -> None:
        for sid in ids:
            need(file, rid, fieldname, sid, "sources")

    for sid, source in _sources.items():
        if source_class(source) == "denied":
            raise KnowledgeBaseError(f"sources.yaml: source {sid!r}: {shorten(source.url, 80)} is on a denied domain "
                                     "(AI-written sites, content farms and copies of Wikipedia are never cited; see "
                                     "domains.yaml): cite the original instead")
    for name in ("states", "instruments", "resolutions", "bodies", "situations", "persons", "rulings", "national_laws"):
        for rid, rec in tables[name].items():
            need_sources(name, rid, rec.sources)
    for rid, ins in tables["instruments"].items():
        need_sources("instruments", rid, ins.status_sources, "status_sources")
        for s in ins.open_to or ():
            need("instruments", rid, "open_to", s, "states")
        need_sources("instruments", rid, ins.in_force_sources, "in_force_sources")
    for _i, ev in enumerate(participation):
        rid = f"{ev.state}/{ev.instrument}/{ev.event}/{ev.date}"
        need("participation", rid, "state", ev.state, "states")
        need("participation", rid, "instrument", ev.instrument, "instruments")
        only = tables["instruments"][ev.instrument].open_to
        if only is not None and ev.state not in only:
            raise KnowledgeBaseError(f"participation.yaml: record {rid!r}, field 'state': {ev.state} cannot be a party "
                                     f"to {ev.instrument}, which is open only to {', '.join(only)}")
        need_sources("participation", rid, ev.sources)
    for rid, res in tables["resolutions"].items():
        for s in res.binds:
            need("resolutions", rid, "binds", s, "states")
        for para in res.operative:
            need_sources("resolutions", rid, para.sources, "operative.sources")
    for rid, body in tables["bodies"].items():
        need("bodies", rid, "state", body.state, "states")
        for s in body.jurisdiction_conferred_by:
            need("bodies", rid, "jurisdiction_conferred_by", s, "states")
        for ins in body.basis.instruments:
            need("bodies", rid, "basis.instruments", ins, "instruments")
        for res in body.basis.resolutions:
            need("bodies", rid, "basis.resolutions", res, "resolutions")
        need_sources("bodies", rid, body.closed_sources, "closed_sources")
        if body.handover is not None:
            need("bodies", rid, "handover.to", body.handover.to, "bodies")
            need_sources("bodies", rid, body.handover.sources, "handover.sources")
            if body.handover.to == rid:
                raise KnowledgeBaseError(f"bodies.yaml: record {rid!r}, field 'handover.to': a body cannot hand over "
                                         "to itself")
    for rid, sit in tables["situations"].items():
        for s in sit.territory:
            need("situations", rid, "territory", s, "states")
        for t in sit.triggers:
            need("situations", rid, "triggers.resolution", t.resolution, "resolutions")
            if t.kind == "unsc-referral" and not t.resolution:
                raise KnowledgeBaseError(f"situations.yaml: record {rid!r}, field 'triggers': a Security Council "
                                         "referral needs 'resolution'")
    for rid, person in tables["persons"].items():
        for office in person.offices:
            need("persons", rid, "offices.state", office.state, "states")
            need_sources("persons", rid, office.sources, "offices.sources")
            if office.end and office.start and office.end < office.start:
                raise KnowledgeBaseError(f"persons.yaml: record {rid!r}, field 'offices.end': {office.end} is before "
                                         f"start {office.start}")
    for rid, ruling in tables["rulings"].items():
        need("rulings", rid, "body", ruling.body, "bodies")
        body = tables["bodies"][ruling.body]
        if not body.open_on(ruling.issued):
            raise KnowledgeBaseError(f"rulings.yaml: record {rid!r}, field 'issued': {ruling.issued} is outside the "
                                     f"lifetime of the {body.name} ({_lifetime(body)})")
        need("rulings", rid, "situation", ruling.situation, "situations")
        need("rulings", rid, "subject", ruling.subject, "persons")
        need("rulings", rid, "respondent", ruling.respondent, "states")
        need("rulings", rid, "applicant", ruling.applicant, "states")
        for other in ruling.other_applicants:
            need("rulings", rid, "other_applicants", other, "states")
        for ev in ruling.status:
            need_sources("rulings", rid, ev.sources, "status.sources")
            if ev.date < ruling.issued:
                raise KnowledgeBaseError(f"rulings.yaml: record {rid!r}, field 'status.date': {ev.status} on {ev.date} "
                                         f"is before the ruling was issued ({ruling.issued})")
        if ruling.final and ruling.final < ruling.issued:
            raise KnowledgeBaseError(f"rulings.yaml: record {rid!r}, field 'final': {ruling.final} is before issued "
                                     f"{ruling.issued}")
    for rid, law in tables["national_laws"].items():
        need("national_laws", rid, "state", law.state, "states")
        need_sources("national_laws", rid, law.in_force_sources, "in_force_sources")
        need_sources("national_laws", rid, law.in_force_by_sources, "in_force_by_sources")
        if law.in_force_by and not law.in_force_by_sources:
            raise KnowledgeBaseError(f"national/{law.state.lower()}.yaml: record {rid!r}, field 'in_force_by': "
                                     "needs 'in_force_by_sources' (the dated text that shows the law in force)")
        where = f"national/{law.state.lower()}.yaml: record {rid!r}"
        if law.in_force_by and law.in_force_by < law.enacted:
            raise KnowledgeBaseError(f"{where}, field 'in_force_by': {law.in_force_by} is before the law was enacted "
                                     f"({law.enacted})")
        if law.published and law.published < law.enacted:
            raise KnowledgeBaseError(f"{where}, field 'published': {law.published} is before the law was enacted "
                                     f"({law.enacted})")
        if law.in_force and law.published and law.in_force < law.published:
            raise KnowledgeBaseError(f"{where}, field 'in_force': {law.in_force} is "
                                     f"before published {law.published}")
    for rid, dec in tables["national_decisions"].items():
        need_sources("national_decisions", rid, dec.sources)
        need("national_decisions", rid, "state", dec.state, "states")
        need("national_decisions", rid, "ruling", dec.ruling, "rulings")
        ruling = tables["rulings"].get(dec.ruling)
        if ruling is not None and dec.date < ruling.issued:
            raise KnowledgeBaseError(f"national/{dec.state.lower()}.yaml: decision {rid!r}, field 'date': {dec.date} is "
                                     f"before the ruling it decides on was issued ({ruling.issued})")
    _check_event_order(participation)


def _lifetime(body: Body) -> str:
    start = body.established.isoformat() if body.established else "…"
    end = body.last_judicial_day
    return f"{start} to {end.isoformat() if end else 'today'}"


_ORDER = {"signature": 0, "deposit": 1, "succession": 1, "entry-into-force": 2, "withdrawal-notified": 3,
          "withdrawal-effective": 4}


def _check_event_order(participation: tuple[Participation, ...]) -> None:
    """Dates must be consistent within a state's record for one instrument: a deposit before entry into force,
    a notification of withdrawal before its effect. (Treaty-specific arithmetic — art. 126(2), art. 127(1) — is
    checked by the law layer, which owns those rules.)"""
    first: dict[tuple[str, str, str], dt.date] = {}
    standing: dict[tuple[str, str, str], dt.date] = {}  # the act that binds (deposit, admission…) and its date
    for ev in participation:
        first.setdefault((ev.state, ev.instrument, ev.event), ev.date)
        kind = "join" if ev.event in _JOINING else "leave" if ev.event in _ENDING else None
        key = (ev.state, ev.instrument, "join")
        if kind == "join" and key in standing:
            raise KnowledgeBaseError(f"participation.yaml: record {ev.state}/{ev.instrument}: {ev.event} on "
                                     f"{ev.date} while an earlier act of {standing[key]} still binds it (no withdrawal "
                                     "or ceasing between): record each act once")
        if kind == "join":
            standing[key] = ev.date
        elif kind == "leave":
            standing.pop(key, None)
    for (state, ins, kind), when in first.items():
        rank = _ORDER.get(kind)
        if rank is None:
            continue
        for other, other_rank in _ORDER.items():
            other_date = first.get((state, ins, other))
            if other_date and other_rank > rank and kind != "signature" and other_date < when:
                raise KnowledgeBaseError(
                    f"participation.yaml: record {state}/{ins}: {other} on {other_date} is before {kind} on {when}"
                )


_JOINING = {"deposit", "succession", "admission"}
_ENDING = {"withdrawal-effective", "ceased", "expulsion"}


def _closest(value: str, table: Mapping[str, object]) -> str:
    import difflib

    near = difflib.get_close_matches(value, list(table), n=3, cutoff=0.5)
    return f" (closest: {', '.join(near)})" if near else ""
