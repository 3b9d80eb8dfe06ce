"""Records of the knowledge base, as the law reads them: plain, frozen, typed structs (msgspec).

Records hold *events* (a deposit on a date, a warrant issued on a date), never derived status ("is_party"): status is
a function of the date and is derived by the law layer from these events.

Why two definitions of each record — this module and ``facts/schema.py``: input is validated once, where it comes in
(a data file, a scenario, a hypothetical ruling), by ``schema`` (pydantic: field-by-field messages that name the
file, record, field and line a lawyer editing YAML needs); answering reads records that were validated before, from
the compiled snapshot (``facts/snapshot.py``), and needs none of that machinery — importing pydantic alone costs
several times the interpreter's own start. ``schema.record`` turns a validated input into its record here; a test
holds the two definitions to the same fields and defaults.
"""

# No ``from __future__ import annotations`` here: msgspec reads these annotations to decode the snapshot, and real
# annotations cost it a fifth of the time that strings to evaluate do (about 5 ms of every start).

import datetime as dt
import re
from typing import Literal, TypeVar

import msgspec

from exequatur.facts.text import shorten

STATE_ID = r"^[A-Z]{3}$"
SLUG_ID = r"^[a-z0-9][a-z0-9-]*$"

# The dates the law can compute with (every rule adds at most a few years to a date): a fact, a question or an assumed
# event outside them is refused where it comes in, with this range in the message.
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2199, 12, 31)
DATE_RANGE = f"{EARLIEST.isoformat()} to {LATEST.isoformat()}"


def date_in_range(value: dt.date, what: str | None) -> dt.date:
    """``value`` if within ``EARLIEST``..``LATEST``; else ValueError naming ``what`` (if given), the value and the
    range."""
    if not EARLIEST <= value <= LATEST:
        prefix = f"{what}: " if what else ""
        raise ValueError(f"{prefix}{value.isoformat()} is outside the dates exequatur computes with ({DATE_RANGE})")
    return value


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _calendar_day(value: object) -> dt.date | None:
    """``value`` as a date if it is one or is written YYYY-MM-DD and exists in the calendar; None otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def iso_day(value: object, what: str) -> dt.date:
    """A date written YYYY-MM-DD (or a ``datetime.date``) within ``DATE_RANGE``. Other ISO 8601 forms that Python
    would read (``20240101``, the week date ``2024-W01-1``), numbers and timestamps are refused: a date in this project
    is written one way. Raises ValueError naming ``what`` and the value."""
    day = _calendar_day(value)
    if day is None:
        raise ValueError(f"{what}: {shorten(repr(value))} is not a date; expected YYYY-MM-DD, e.g. 2024-09-03")
    return date_in_range(day, what)


class Record(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Base of every record: immutable, no unknown fields (a typo in a data file is an error, not ignored); every date
    a ``dt.date`` (YYYY-MM-DD within ``DATE_RANGE``)."""


class Sourced(Record, kw_only=True):
    """A record that states facts: it must cite at least one source id from ``sources.yaml`` — unless it is
    ``assumed``, a fact a user supposes in a what-if scenario, which the engine marks as such wherever it is used."""

    assumed: bool = False
    sources: tuple[str, ...] = ()
    note: str | None = None


class Source(Record, kw_only=True):
    """A page that a fact was read on. ``url`` and ``title`` are the minimum a reader needs to check it."""

    id: str
    url: str
    title: str
    note: str | None = None
    # the official document the page reproduces (a depositary notification's C.N. number, a UN document symbol, the
    # official portal's text), and whether it reproduces it word for word: a verbatim copy counts as primary
    authority: str | None = None
    verbatim: bool = False
    accessed: dt.date | None = None  # when the page was read (the research note's date, where known)


_THE = {"Republic", "Federation", "Kingdom", "United", "States", "State", "Islands", "Emirates", "Netherlands",
        "Philippines", "Gambia", "Bahamas", "Comoros", "Maldives", "Holy"}


class State(Sourced, kw_only=True):
    """A state by ISO 3166-1 alpha-3 code (PSE for Palestine, XKX for Kosovo)."""

    id: str
    name: str

    @property
    def prose(self) -> str:
        """The name as it reads inside a sentence: 'the Russian Federation', 'the United Kingdom', 'Germany'."""
        needs = "(" not in self.name and bool(_THE & set(self.name.replace(",", " ").split()))
        return f"the {self.name}" if needs else self.name


ParticipationEvent = Literal[
    "signature",
    "deposit",  # ratification, accession, acceptance, approval
    "succession",
    "entry-into-force",
    "signature-withdrawn",  # notification that the state does not intend to become a party
    "signature-withdrawal-decided",  # a domestic decision to notify that, before the depositary received it
    "withdrawal-notified",
    "withdrawal-effective",
    "withdrawal-revoked",  # a notification of withdrawal withdrawn before it took effect (VCLT art. 68)
    "admission",  # UN membership
    "membership",  # Council of Europe membership
    "expulsion",
    "ceased",
    "declaration-12-3",  # Rome Statute art. 12(3) acceptance of jurisdiction
    "declaration-124",  # Rome Statute art. 124 transitional declaration
    "domestic-ratification",  # a parliament's approval, not a deposit
]


class Participation(Sourced, kw_only=True):
    """One event in one state's relation to one instrument, with the date it happened."""

    state: str
    instrument: str
    event: ParticipationEvent
    date: dt.date
    instrument_type: str | None = None
    covers_from: dt.date | None = None
    covers_to: dt.date | None = None
    effective: dt.date | None = None  # for a succession: the date from which the state is bound
    confirmed: bool = True  # False: reported by a source, but not confirmed; status that depends on it is uncertain


class Instrument(Sourced, kw_only=True):
    """A treaty, agreement or charter. ``status_sources`` cite the complete participant list, which is what
    makes the *absence* of an event for a state a sourced fact."""

    id: str
    title: str
    kind: Literal["charter", "treaty", "agreement", "statute"]
    adopted: dt.date | None = None
    in_force: dt.date | None = None
    in_force_sources: tuple[str, ...] = ()
    status_sources: tuple[str, ...] = ()
    status_as_of: dt.date | None = None  # the participant list read records instruments up to this date only
    open_to: tuple[str, ...] | None = None  # the only states that can be parties (a bilateral agreement); None: any


class OperativeParagraph(Record, kw_only=True):
    """An operative paragraph of a resolution as read: its number (None where it was not read), its text, whether
    that text is the paragraph's own wording (``verbatim``) or the best account of it that could be read (a later
    Council text recalling it, a press summary), where it was read (``sources``; else the resolution's), and whether
    it is the paragraph that decides who shall cooperate (``cooperation``)."""

    paragraph: str | None = None
    text: str
    verbatim: bool = True
    cooperation: bool = False
    sources: tuple[str, ...] = ()


class Resolution(Sourced, kw_only=True):
    """A Security Council resolution. ``binds`` names whom its operative part *decides* must act;
    ``binds_all_member_states`` is set only where the text decides that all States shall cooperate."""

    id: str
    number: int
    date: dt.date
    chapter_vii: bool | None
    subject: str
    binds_all_member_states: bool | None = False  # None: the operative wording on cooperation was not confirmed
    binds: tuple[str, ...] = ()
    urges_all_states: bool = False
    operative: tuple[OperativeParagraph, ...] = ()


class Basis(Record, kw_only=True):
    instruments: tuple[str, ...] = ()
    resolutions: tuple[str, ...] = ()


class Handover(Sourced, kw_only=True):
    """A body's functions taken over by another: ``to`` (a body id) took them over from ``start`` (ISO date), by the
    instrument that says so (e.g. Security Council resolution 1966 (2010) for the ICTR and the ICTY)."""

    to: str
    start: dt.date
    provision: str  # the citation of the act that transfers the functions, e.g. "Resolution 1966 (2010), para. 4"
    text: str  # its wording as read (or what was read of it; ``note`` says which)


class Body(Sourced, kw_only=True):
    """A judicial body. International bodies state the legal basis of their competence; national courts
    name their state and, where they exercise criminal jurisdiction conferred by other states, those states.
    A body lives from ``established`` until ``closed`` (the last day it existed, ISO date; ``closed_sources`` cite
    it); where another body took over its functions, ``handover`` says which and from when."""

    id: str
    name: str
    kind: Literal["international", "national"]
    criminal: bool
    basis: Basis = msgspec.field(default_factory=lambda: Basis())
    state: str | None = None
    jurisdiction_conferred_by: tuple[str, ...] = ()
    established: dt.date | None = None
    closed: dt.date | None = None
    closed_sources: tuple[str, ...] = ()
    # the last day it exercised judicial functions, where a period of non-judicial residual functions followed
    # before it closed (sourced by ``closed_sources``)
    judicial_end: dt.date | None = None
    handover: Handover | None = None
    hypothetical: bool = False


    @property
    def last_judicial_day(self) -> dt.date | None:
        """The last day the body could act on a ruling: the end of its judicial functions, or its closing."""
        return self.judicial_end or self.closed

    def open_on(self, on: dt.date) -> bool:
        """Whether the body exercises judicial functions on ``on``: established (if recorded) and not past
        ``last_judicial_day``."""
        end = self.last_judicial_day
        return (self.established is None or self.established <= on) and (end is None or on <= end)


class Trigger(Record, kw_only=True):
    kind: Literal["state-referral", "unsc-referral", "proprio-motu", "declaration-12-3"]
    date: dt.date | None = None
    resolution: str | None = None
    by: tuple[str, ...] = ()


class Situation(Sourced, kw_only=True):
    """A situation before the ICC: how the Court's jurisdiction was triggered and when the investigation opened."""

    id: str
    name: str
    territory: tuple[str, ...]
    triggers: tuple[Trigger, ...]
    investigation_opened: dt.date | None = None


OfficeKind = Literal["state", "government", "foreign-affairs", "other"]


class Office(Sourced, kw_only=True):
    """A public office held by a person. ``head_of`` says what kind of office it is: head of ``state``, head of
    ``government``, minister for ``foreign-affairs`` (the three that carry personal immunity under customary
    international law: ICJ, *Arrest Warrant*, 14 February 2002, para. 51) or ``other``."""

    state: str | None = None
    office: str
    head_of: OfficeKind = "other"
    start: dt.date | None = None  # None: in office since before any date the project asks about (not recorded)
    end: dt.date | None = None  # the day the office ended (the successor's first day); None: not ended, as far as read
    confirmed_to: dt.date | None = None  # with no ``end``: the last date a source shows the office still held


class Person(Sourced, kw_only=True):
    """A person a ruling concerns. ``aliases`` are other names and spellings found in sources (transliterations,
    noms de guerre, the name in the person's own script), so that a search by any of them finds the person."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    nationality: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()


class StatusEvent(Sourced, kw_only=True):
    """What became of a ruling: ``executed`` (the person surrendered), ``withdrawn``, or ``lapsed`` (provisional
    measures ended by the final decision in the case, or revoked). For ``executed``, ``state`` is the state that
    surrendered the person, where recorded: the record of practice reads the surrender from here."""

    status: Literal["executed", "withdrawn", "lapsed"]
    date: dt.date
    state: str | None = None


class Ruling(Sourced, kw_only=True):
    """A ruling: an arrest warrant, judgment or decision of a body, with what the law needs to know of it."""

    id: str
    body: str
    kind: Literal["arrest-warrant", "judgment", "decision", "order", "summons"]
    issued: dt.date
    situation: str | None = None
    subject: str | None = None  # a person id
    subject_name: str | None = None
    respondent: str | None = None
    applicant: str | None = None
    other_applicants: tuple[str, ...] = ()  # further applicant states in an inter-state case
    final: dt.date | None = None  # the date a judgment became final (ECHR art. 44)
    # The period of the acts the ruling concerns (alleged crimes, the conduct complained of): the law turns on it
    # (ECHR art. 58(2); Rome Statute arts. 11(2), 12(3)). ``crimes_from`` / ``crimes_to`` are accepted as aliases.
    acts_from: dt.date | None = None
    acts_to: dt.date | None = None
    aliases: tuple[str, ...] = ()  # other names the ruling is known by (e.g. a case name)
    status: tuple[StatusEvent, ...] = ()
    hypothetical: bool = False


class Provision(Record, kw_only=True):
    article: str
    text_en: str
    text_ru: str | None = None


class NationalLaw(Sourced, kw_only=True):
    """A national law: its dates (signed, published, in force) and the provisions encoded from it.
    ``in_force`` is set only where a source states it (``in_force_sources``); otherwise the state's law package
    derives it from ``published`` by that state's general rule on entry into force, which applies to every law of
    the state unless the law sets its own date (``in_force_clause`` records the law's own clause where it was read)."""

    id: str
    state: str
    title_en: str
    title_ru: str | None = None
    number: str | None = None
    amends: str | None = None
    signed: dt.date | None = None  # the day it was signed (promulgated)
    # the day the legislature (or the people, by vote) adopted it, where the day of signature is not confirmed
    passed: dt.date | None = None
    published: dt.date | None = None
    in_force: dt.date | None = None
    in_force_sources: tuple[str, ...] = ()  # where ``in_force`` is stated (else the law's ``sources``)
    in_force_clause: str | None = None  # the law's own clause on entry into force, where read
    # Where the exact commencement is not confirmed but a dated official or consolidated text shows the law in force:
    # in force on and after ``in_force_by`` (the text's date), not confirmed between ``signed`` and it.
    in_force_by: dt.date | None = None
    in_force_by_sources: tuple[str, ...] = ()  # the dated text that shows it in force
    repealed: dt.date | None = None  # the date the law (or the rule it carries) ceased to be in force
    provisions: tuple[Provision, ...] = ()


    @property
    def enacted(self) -> dt.date:
        """The earliest day the law is known to exist: signed, else passed, else in force."""
        return self.signed or self.passed or self.in_force  # type: ignore[return-value]  # one is set (validated)


class NationalDecision(Sourced, kw_only=True):
    """A national court's decision on whether a ruling of a foreign or international body may be executed in its state
    — e.g. the Russian Constitutional Court's rulings on the possibility of executing judgments of the European Court of
    Human Rights. ``holding`` is what the court decided, ``holding_text`` its substance as read in the sources."""

    id: str
    state: str
    court: str
    number: str | None = None
    date: dt.date
    ruling: str  # the id of the ruling decided on
    holding: Literal["execution-impossible", "execution-possible"]
    holding_text: str


PracticeKind = Literal["visit", "arrest", "surrender", "refusal", "non-compliance-finding", "compliance"]
Referral = Literal["asp", "unsc", "asp+unsc", "none", "deferred"]


class Practice(Sourced, kw_only=True):
    """What a state did about a ruling, beside what the law required of it: ``visit`` (the person the ruling concerns
    was on the state's territory: ``date`` the first day, ``to`` the last if longer), ``arrest``, ``surrender``,
    ``refusal`` (an official statement that it would not arrest or give effect), ``non-compliance-finding`` (a
    decision of the Court, under Rome Statute art. 87(7), that the state failed to comply; ``referred``: to the
    Assembly of States Parties ``asp``, the Security Council ``unsc``, both, ``none``, or ``deferred``), or
    ``compliance``. ``statement`` says it in one true sentence, in names. ``public`` is the day a decision was made
    public, recorded where its own date was not found. A surrender the ruling's ``executed`` status records is read
    from there, not recorded twice."""

    state: str
    rulings: tuple[str, ...]
    kind: PracticeKind
    date: dt.date | None = None
    to: dt.date | None = None
    public: dt.date | None = None
    referred: Referral | None = None
    statement: str


    @property
    def day(self) -> dt.date:
        """The date it is ordered by: its own date, else the day it was made public."""
        return self.date or self.public  # type: ignore[return-value]


Rec = TypeVar("Rec", bound=Record)


def as_dict(record: Record) -> dict[str, object]:
    """The record as JSON-ready data (dates as YYYY-MM-DD), fields that are None left out, nested records included."""
    return _without_none(msgspec.to_builtins(record))  # type: ignore[return-value]


def _without_none(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value


def fields(record: Record) -> dict[str, object]:
    """The record's fields and their values, in declaration order (nested records as records)."""
    return {name: getattr(record, name) for name in record.__struct_fields__}


def replace(record: Rec, **changes: object) -> Rec:
    """A copy of the record with ``changes``."""
    return msgspec.structs.replace(record, **changes)
