"""Validation of records where they come in: data files, scenarios, hypothetical rulings (pydantic).

Why pydantic here: its errors say which field of which record failed and why, which the loader turns into "file, line,
record, field" for the lawyers and researchers who edit the YAML by hand. What it validated is then converted by
``record`` into the struct of the same name in ``facts/model.py`` — the record the law reads — so answering needs no
validation library (``facts/model.py`` says why). Each class here has the same fields and defaults as its record
there (a test holds them to it); the records' properties and the vocabularies (event kinds, offices, practice kinds)
live there only.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import msgspec
from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from exequatur.facts import model
from exequatur.facts.model import (  # noqa: F401  (re-exported: validation and records share them)
    DATE_RANGE,
    EARLIEST,
    LATEST,
    SLUG_ID,
    STATE_ID,
    OfficeKind,
    ParticipationEvent,
    PracticeKind,
    Referral,
    _calendar_day,
    date_in_range,
    iso_day,
)


def _day(value: object) -> dt.date:
    """A record's date field (its name and the value are added by the loader's message)."""
    day = _calendar_day(value)
    if day is None:
        raise ValueError("not a date; expected YYYY-MM-DD, e.g. 2024-09-03")
    return date_in_range(day, None)


# The type of every date field of a record: YYYY-MM-DD only (see ``iso_day``).
Day = Annotated[dt.date, BeforeValidator(_day)]


class Record(BaseModel):
    """Base of every record: immutable, no unknown fields (a typo in a data file is an error, not ignored); every date
    a ``Day`` (YYYY-MM-DD within ``DATE_RANGE``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Sourced(Record):
    """A record that states facts: it must cite at least one source id from ``sources.yaml`` — unless it is
    ``assumed``, a fact a user supposes in a what-if scenario, which the engine marks as such wherever it is used."""

    assumed: bool = False
    sources: tuple[str, ...] = Field(default=(), validate_default=True)
    note: str | None = None

    @field_validator("sources")
    @classmethod
    def _sourced(cls, v: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        if not v and not info.data.get("assumed"):
            raise ValueError("at least one source id is required (a fact without a source is not recorded)")
        return v


class Source(Record):
    """A page that a fact was read on. ``url`` and ``title`` are the minimum a reader needs to check it."""

    id: str = Field(pattern=SLUG_ID)
    url: str = Field(pattern=r"^https?://")
    title: str = Field(min_length=3)
    note: str | None = None
    # the official document the page reproduces (a depositary notification's C.N. number, a UN document symbol, the
    # official portal's text), and whether it reproduces it word for word: a verbatim copy counts as primary
    authority: str | None = None
    verbatim: bool = False
    accessed: Day | None = None  # when the page was read (the research note's date, where known)


class State(Sourced):
    """A state by ISO 3166-1 alpha-3 code (PSE for Palestine, XKX for Kosovo)."""

    id: str = Field(pattern=STATE_ID)
    name: str


class Participation(Sourced):
    """One event in one state's relation to one instrument, with the date it happened."""

    state: str = Field(pattern=STATE_ID)
    instrument: str = Field(pattern=SLUG_ID)
    event: ParticipationEvent
    date: Day
    instrument_type: str | None = None
    covers_from: Day | None = None
    covers_to: Day | None = None
    effective: Day | None = None  # for a succession: the date from which the state is bound
    confirmed: bool = True  # False: reported by a source, but not confirmed; status that depends on it is uncertain

    @model_validator(mode="after")
    def _period(self) -> Participation:
        if self.covers_from and self.covers_to and self.covers_to < self.covers_from:
            raise ValueError(f"covers_to {self.covers_to} is before covers_from {self.covers_from}")
        if self.event == "declaration-12-3" and self.covers_from is None:
            raise ValueError("an art. 12(3) declaration needs covers_from (the start of the period it covers)")
        return self


class Instrument(Sourced):
    """A treaty, agreement or charter. ``status_sources`` cite the complete participant list, which is what
    makes the *absence* of an event for a state a sourced fact."""

    id: str = Field(pattern=SLUG_ID)
    title: str
    kind: Literal["charter", "treaty", "agreement", "statute"]
    adopted: Day | None = None
    in_force: Day | None = None
    in_force_sources: tuple[str, ...] = ()
    status_sources: tuple[str, ...] = ()
    status_as_of: Day | None = None  # the participant list read records instruments up to this date only
    open_to: tuple[str, ...] | None = None  # the only states that can be parties (a bilateral agreement); None: any


class OperativeParagraph(Record):
    """An operative paragraph of a resolution as read: its number (None where it was not read), its text, whether
    that text is the paragraph's own wording (``verbatim``) or the best account of it that could be read (a later
    Council text recalling it, a press summary), where it was read (``sources``; else the resolution's), and whether
    it is the paragraph that decides who shall cooperate (``cooperation``)."""

    paragraph: str | None = None
    text: str
    verbatim: bool = True
    cooperation: bool = False
    sources: tuple[str, ...] = ()


class Resolution(Sourced):
    """A Security Council resolution. ``binds`` names whom its operative part *decides* must act;
    ``binds_all_member_states`` is set only where the text decides that all States shall cooperate."""

    id: str = Field(pattern=r"^unscr-\d+$")
    number: int
    date: Day
    chapter_vii: bool | None
    subject: str
    binds_all_member_states: bool | None = False  # None: the operative wording on cooperation was not confirmed
    binds: tuple[str, ...] = ()
    urges_all_states: bool = False
    operative: tuple[OperativeParagraph, ...] = ()


class Basis(Record):
    instruments: tuple[str, ...] = ()
    resolutions: tuple[str, ...] = ()


class Handover(Sourced):
    """A body's functions taken over by another: ``to`` (a body id) took them over from ``start`` (ISO date), by the
    instrument that says so (e.g. Security Council resolution 1966 (2010) for the ICTR and the ICTY)."""

    to: str = Field(pattern=SLUG_ID)
    start: Day
    provision: str  # the citation of the act that transfers the functions, e.g. "Resolution 1966 (2010), para. 4"
    text: str  # its wording as read (or what was read of it; ``note`` says which)


class Body(Sourced):
    """A judicial body. International bodies state the legal basis of their competence; national courts
    name their state and, where they exercise criminal jurisdiction conferred by other states, those states.
    A body lives from ``established`` until ``closed`` (the last day it existed, ISO date; ``closed_sources`` cite
    it); where another body took over its functions, ``handover`` says which and from when."""

    id: str = Field(pattern=SLUG_ID)
    name: str
    kind: Literal["international", "national"]
    criminal: bool
    basis: Basis = Basis()
    state: str | None = Field(default=None, pattern=STATE_ID)
    jurisdiction_conferred_by: tuple[str, ...] = ()
    established: Day | None = None
    closed: Day | None = None
    closed_sources: tuple[str, ...] = ()
    # the last day it exercised judicial functions, where a period of non-judicial residual functions followed
    # before it closed (sourced by ``closed_sources``)
    judicial_end: Day | None = None
    handover: Handover | None = None
    hypothetical: bool = False

    @model_validator(mode="after")
    def _national(self) -> Body:
        if self.kind == "national" and not self.state:
            raise ValueError("a national court needs 'state'")
        if self.closed and not self.closed_sources and not self.assumed and not self.hypothetical:
            raise ValueError("'closed' needs 'closed_sources' (the announcement that the body closed)")
        if self.closed and self.established and self.closed < self.established:
            raise ValueError(f"closed {self.closed} is before established {self.established}")
        return self


class Trigger(Record):
    kind: Literal["state-referral", "unsc-referral", "proprio-motu", "declaration-12-3"]
    date: Day | None = None
    resolution: str | None = None
    by: tuple[str, ...] = ()


class Situation(Sourced):
    """A situation before the ICC: how the Court's jurisdiction was triggered and when the investigation opened."""

    id: str = Field(pattern=SLUG_ID)
    name: str
    territory: tuple[str, ...]
    triggers: tuple[Trigger, ...]
    investigation_opened: Day | None = None


class Office(Sourced):
    """A public office held by a person. ``head_of`` says what kind of office it is: head of ``state``, head of
    ``government``, minister for ``foreign-affairs`` (the three that carry personal immunity under customary
    international law: ICJ, *Arrest Warrant*, 14 February 2002, para. 51) or ``other``."""

    state: str | None = Field(default=None, pattern=STATE_ID)  # None only for a role outside a state (an armed group)
    office: str
    head_of: OfficeKind = "other"
    start: Day | None = None  # None: in office since before any date the project asks about (not recorded)
    end: Day | None = None  # the day the office ended (the successor's first day); None: not ended, as far as read
    confirmed_to: Day | None = None  # with no ``end``: the last date a source shows the office still held


    @model_validator(mode="after")
    def _of_a_state(self) -> Office:
        if self.state is None and self.head_of != "other":
            raise ValueError(f"an office of head of {self.head_of} needs 'state'")
        return self


class Person(Sourced):
    """A person a ruling concerns. ``aliases`` are other names and spellings found in sources (transliterations,
    noms de guerre, the name in the person's own script), so that a search by any of them finds the person."""

    id: str = Field(pattern=SLUG_ID)
    name: str
    aliases: tuple[str, ...] = ()
    nationality: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()


class StatusEvent(Sourced):
    """What became of a ruling: ``executed`` (the person surrendered), ``withdrawn``, or ``lapsed`` (provisional
    measures ended by the final decision in the case, or revoked). For ``executed``, ``state`` is the state that
    surrendered the person, where recorded: the record of practice reads the surrender from here."""

    status: Literal["executed", "withdrawn", "lapsed"]
    date: Day
    state: str | None = Field(default=None, pattern=STATE_ID)


class Ruling(Sourced):
    """A ruling: an arrest warrant, judgment or decision of a body, with what the law needs to know of it."""

    id: str = Field(pattern=SLUG_ID)
    body: str
    kind: Literal["arrest-warrant", "judgment", "decision", "order", "summons"]
    issued: Day
    situation: str | None = None
    subject: str | None = None  # a person id
    subject_name: str | None = None
    respondent: str | None = Field(default=None, pattern=STATE_ID)
    applicant: str | None = Field(default=None, pattern=STATE_ID)
    other_applicants: tuple[str, ...] = ()  # further applicant states in an inter-state case
    final: Day | None = None  # the date a judgment became final (ECHR art. 44)
    # The period of the acts the ruling concerns (alleged crimes, the conduct complained of): the law turns on it
    # (ECHR art. 58(2); Rome Statute arts. 11(2), 12(3)). ``crimes_from`` / ``crimes_to`` are accepted as aliases.
    acts_from: Day | None = Field(default=None, validation_alias=AliasChoices("acts_from", "crimes_from"))
    acts_to: Day | None = Field(default=None, validation_alias=AliasChoices("acts_to", "crimes_to"))
    aliases: tuple[str, ...] = ()  # other names the ruling is known by (e.g. a case name)
    status: tuple[StatusEvent, ...] = ()
    hypothetical: bool = False

    @field_validator("status")
    @classmethod
    def _ordered(cls, v: tuple[StatusEvent, ...]) -> tuple[StatusEvent, ...]:
        return tuple(sorted(v, key=lambda e: e.date))

    @model_validator(mode="after")
    def _acts(self) -> Ruling:
        if self.acts_from and self.acts_to and self.acts_to < self.acts_from:
            raise ValueError(f"acts_to {self.acts_to} is before acts_from {self.acts_from}")
        return self


class Provision(Record):
    article: str
    text_en: str
    text_ru: str | None = None


class NationalLaw(Sourced):
    """A national law: its dates (signed, published, in force) and the provisions encoded from it.
    ``in_force`` is set only where a source states it (``in_force_sources``); otherwise the state's law package
    derives it from ``published`` by that state's general rule on entry into force, which applies to every law of
    the state unless the law sets its own date (``in_force_clause`` records the law's own clause where it was read)."""

    id: str = Field(pattern=SLUG_ID)
    state: str = Field(pattern=STATE_ID)
    title_en: str
    title_ru: str | None = None
    number: str | None = None
    amends: str | None = None
    signed: Day | None = None  # the day it was signed (promulgated)
    # the day the legislature (or the people, by vote) adopted it, where the day of signature is not confirmed
    passed: Day | None = None
    published: Day | None = None
    in_force: Day | None = None
    in_force_sources: tuple[str, ...] = ()  # where ``in_force`` is stated (else the law's ``sources``)
    in_force_clause: str | None = None  # the law's own clause on entry into force, where read
    # Where the exact commencement is not confirmed but a dated official or consolidated text shows the law in force:
    # in force on and after ``in_force_by`` (the text's date), not confirmed between ``signed`` and it.
    in_force_by: Day | None = None
    in_force_by_sources: tuple[str, ...] = ()  # the dated text that shows it in force
    repealed: Day | None = None  # the date the law (or the rule it carries) ceased to be in force
    provisions: tuple[Provision, ...] = ()

    @model_validator(mode="after")
    def _enacted(self) -> NationalLaw:
        if self.signed is None and self.passed is None and self.in_force is None:
            raise ValueError("a law needs 'signed' or, where the day of signature is not confirmed, 'passed' or "
                             "'in_force'")
        return self


class NationalDecision(Sourced):
    """A national court's decision on whether a ruling of a foreign or international body may be executed in its state
    — e.g. the Russian Constitutional Court's rulings on the possibility of executing judgments of the European Court of
    Human Rights. ``holding`` is what the court decided, ``holding_text`` its substance as read in the sources."""

    id: str = Field(pattern=SLUG_ID)
    state: str = Field(pattern=STATE_ID)
    court: str
    number: str | None = None
    date: Day
    ruling: str  # the id of the ruling decided on
    holding: Literal["execution-impossible", "execution-possible"]
    holding_text: str


class Practice(Sourced):
    """What a state did about a ruling, beside what the law required of it: ``visit`` (the person the ruling concerns
    was on the state's territory: ``date`` the first day, ``to`` the last if longer), ``arrest``, ``surrender``,
    ``refusal`` (an official statement that it would not arrest or give effect), ``non-compliance-finding`` (a
    decision of the Court, under Rome Statute art. 87(7), that the state failed to comply; ``referred``: to the
    Assembly of States Parties ``asp``, the Security Council ``unsc``, both, ``none``, or ``deferred``), or
    ``compliance``. ``statement`` says it in one true sentence, in names. ``public`` is the day a decision was made
    public, recorded where its own date was not found. A surrender the ruling's ``executed`` status records is read
    from there, not recorded twice."""

    state: str = Field(pattern=STATE_ID)
    rulings: tuple[str, ...] = Field(min_length=1)
    kind: PracticeKind
    date: Day | None = None
    to: Day | None = None
    public: Day | None = None
    referred: Referral | None = None
    statement: str = Field(min_length=10, max_length=600)

    @model_validator(mode="after")
    def _dated(self) -> Practice:
        if self.date is None and self.public is None:
            raise ValueError("give 'date' (or, for a decision whose own date was not found, 'public')")
        if self.to is not None and (self.date is None or self.to < self.date):
            raise ValueError("'to' is the last day of a visit: it needs 'date' and cannot be before it")
        if self.referred is not None and self.kind != "non-compliance-finding":
            raise ValueError("'referred' belongs only to a non-compliance-finding")
        return self


def record(value: Record) -> model.Record:
    """The validated input as the record the law reads (the struct of the same name in ``facts/model.py``), nested
    records included."""
    return msgspec.convert(value, getattr(model, type(value).__name__), from_attributes=True)  # type: ignore[no-any-return]
