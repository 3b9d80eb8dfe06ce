"""Reading a status file of the UN depositary (Multilateral Treaties Deposited with the Secretary-General, MTDSG) in
the XML form treaties.un.org publishes, and proposing what the knowledge base lacks or records differently.

It never edits the data: it prints proposed participation records, each citing the file, for a curator to review
(README, "Staying current"). The XML is parsed with defusedxml (no entity expansion, no external entities).

Chapters read: I.2 (admission to the United Nations: the General Assembly's decision, by its date of adoption), and
the participant tables of the treaties the knowledge base encodes (Rome Statute XVIII.10, UNCLOS XXI.6, ICJ Statute
I.3): signature, and ratification / accession (a) / succession (d) / acceptance (A) / approval (AA) as a deposit.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from exequatur.engine.evaluate import InputError, state_code
from exequatur.facts import files
from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import date_in_range
from exequatur.facts.text import shorten

MAX_FILE = 5_000_000  # bytes: the largest MTDSG status files are a few hundred kilobytes
MAX_ROWS = 1_000  # rows of a table: the largest participant tables have about 200
MAX_CELL = 400  # characters of a cell that is read (a name, a date with its marks); longer cells are refused
# MTDSG chapter numbers of the instruments the knowledge base encodes
CHAPTERS = {"I-2": "un-charter", "XVIII-10": "rome-statute", "XXI-6": "unclos", "I-3": "icj-statute"}
_TYPES = {"a": "accession", "d": "succession", "A": "acceptance", "AA": "approval"}
_MONTHS = {m: i for i, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for m in names}


@dataclass(frozen=True)
class Row:
    """One participant's act as the depositary's table gives it."""

    participant: str
    event: str  # admission, signature, deposit, succession
    date: dt.date
    instrument_type: str | None = None
    notes: tuple[str, ...] = ()  # the depositary's end notes the participant's name points to (their text)


@dataclass(frozen=True)
class Unread:
    """A cell that should hold a date but does not hold one this reader can take: shown to the curator, not guessed."""

    participant: str
    cell: str
    why: str


def read(path: Path) -> tuple[str, str, list[Row], list[Unread]]:
    """(chapter number such as "XVIII-10", title, rows, unreadable date cells) of an MTDSG XML status file. Raises
    InputError naming the file and what is wrong: not a regular file, too large, not XML, XML with entities, not an
    MTDSG status file (no chapter number, no table read), a table of more than ``MAX_ROWS`` rows."""
    try:
        raw = files.read_bytes(path, MAX_FILE, files.shown(path))
    except files.FileProblem as exc:
        raise InputError(f"{exc}; give an MTDSG status file (XML)") from None
    where = files.shown(path)
    try:
        root = SafeET.fromstring(_decoded(raw, where))
    except DefusedXmlException:
        raise InputError(f"{where}: XML with entity declarations is not accepted") from None
    except SafeET.ParseError as exc:
        raise InputError(f"{where} is not XML ({exc})") from None
    header = root.find("./Treaty/Header")
    if header is None:
        raise InputError(f"{where} is not an MTDSG status file (no Treaty/Header)")
    chapter = _text(header.find("./Chapter/Header")).removeprefix("CHAPTER").strip()
    number = _text(header.find("./ExternalData/Numsect"))
    sub = _text(header.find("./ExternalData/Subnumsect"))
    if not re.fullmatch(r"[IVXL]{1,8}", chapter) or not re.fullmatch(r"\d{1,3}", number) or not re.fullmatch(
            r"[a-z]{0,3}", sub):
        raise InputError(f"{where} is not an MTDSG status file: no chapter number (Chapter/Header "
                         f"{shorten(repr(chapter), 30)}, Numsect {shorten(repr(number), 20)})")
    chapter_no = f"{chapter}-{number}" + (f"-{sub}" if sub else "")
    title = shorten(_plain(_text(header.find("./ExternalData/Titlesect")) or
                           _text(header.find("./ExternalData/Subtitlesect"))), 300)
    notes = {_text(n.find("index")): shorten(" ".join(_plain(_text(t)) for t in n.findall("text")), 2000)
             for n in root.findall("./Treaty/EndNotes/Note")}
    unread: list[Unread] = []
    rows = [*_admissions(root, notes, unread), *_participants(root, notes, unread)]
    if not rows and not unread:
        raise InputError(f"{where}: no participant read (no admissions table and no participants table with dates); "
                         "give the status file of a treaty with participants")
    return chapter_no, title, rows, unread


def _decoded(raw: bytes, where: str) -> str:
    """The file's text, without its XML declaration. The depositary's files declare iso-8859-1 but are stored as
    UTF-8 (read as such); a file that is not valid UTF-8 is read in the encoding it declares; UTF-16 by its mark."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            declared = re.match(rb"\s*<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]{1,40})[\"']", raw)
            try:
                text = raw.decode(declared.group(1).decode() if declared else "latin-1")
            except (LookupError, UnicodeDecodeError):
                raise InputError(f"{where} is neither UTF-8 nor text in the encoding it declares") from None
    return re.sub(r"^\ufeff?\s*<\?xml[^>]*\?>", "", text)


def _text(node: Element | None) -> str:
    return (node.text or "").strip() if node is not None else ""


def _noted(cell: str, notes: dict[str, str]) -> tuple[str, ...]:
    """The text of the end notes a cell points to (``<superscript>1</superscript>``, ``<superscript>2, 3</…>``)."""
    marks = re.findall(r"<superscript>([^<]{0,40})</superscript>", cell)
    return tuple(f"note {n}: {notes[n]}" for mark in marks for n in re.findall(r"\d+", mark) if n in notes)


def _plain(text: str) -> str:
    """Text without the escaped markup the files carry (superscript note numbers, links), printable only."""
    text = re.sub(r"<superscript>[^<]{0,40}</superscript>", "", text)
    text = re.sub(r"<[^<>]{0,200}>", "", text)
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def _date(text: str) -> tuple[dt.date, str | None] | None:
    """'30 Dec 1993 d' → (1993-12-30, 'd'); None if the cell is not a date with an optional mark."""
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})(?:\s+(AA|A|a|d))?", _plain(text))
    if not m or m.group(2).lower() not in _MONTHS:
        return None
    try:
        day = dt.date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    except ValueError:
        return None
    return day, m.group(4)


def _cell_date(participant: str, cell: str, unread: list[Unread]) -> tuple[dt.date, str | None] | None:
    """The date of a cell, or None: an empty cell is no act; a cell that is not a date, or a date outside the range
    exequatur computes with, is listed in ``unread``."""
    shown = _plain(cell)
    if not shown:
        return None
    parsed = _date(cell) if len(cell) <= MAX_CELL else None
    if parsed is None:
        unread.append(Unread(participant, shorten(shown, 60), "not a date such as '30 Dec 1993'"))
        return None
    try:
        date_in_range(parsed[0], None)
    except ValueError as exc:
        unread.append(Unread(participant, shorten(shown, 60), str(exc)))
        return None
    return parsed


def _name(cell: str) -> str | None:
    """A participant's name, or None if the cell is empty or too long to be one."""
    name = _plain(cell) if len(cell) <= MAX_CELL else ""
    return name or None


def _admissions(root: Element, notes: dict[str, str], unread: list[Unread]) -> list[Row]:
    """Chapter I.2's table: participant, resolution, date of adoption (the admission), registration…"""
    rows = []
    for table in root.findall("./Treaty/SpecialTables/Table"):
        titles = [_plain(_text(t)) for t in table.findall("./TableHeader/Title")]
        if "Date of Adoption" not in titles:
            continue
        at = titles.index("Date of Adoption")
        for row in _bounded(table.findall("./Rows/Row")):
            cols = [_text(c) for c in row.findall("Column")]
            name = _name(cols[0]) if cols else None
            if name is None or len(cols) <= at:
                continue
            parsed = _cell_date(name, cols[at], unread)
            if parsed:
                rows.append(Row(name, "admission", parsed[0], notes=_noted(cols[0], notes)))
    return rows


def _participants(root: Element, notes: dict[str, str], unread: list[Unread]) -> list[Row]:
    """The participants table of a treaty: signature, and the instrument of consent with its kind."""
    rows = []
    for group in root.findall("./Treaty/Participants/Table/TGroup"):
        heads = [_plain(_text(e)) for e in group.findall("./Thead/Row/Entry")]
        for row in _bounded(group.findall("./Tbody/Rows/Row")):
            cells = [_text(e) for e in row.findall("Entry")]
            name = _name(cells[0]) if cells else None
            if name is None:
                continue
            noted = _noted(cells[0], notes)
            for head, cell in zip(heads[1:], cells[1:], strict=False):
                parsed = _cell_date(name, cell, unread)
                if parsed is None:
                    continue
                day, mark = parsed
                if head.lower().startswith("signature"):
                    rows.append(Row(name, "signature", day, notes=noted))
                else:
                    kind = _TYPES.get(mark or "", "ratification")
                    rows.append(Row(name, "succession" if mark == "d" else "deposit", day, kind, noted))
    return rows


def _bounded(rows: list[Element]) -> list[Element]:
    if len(rows) > MAX_ROWS:
        raise InputError(f"a table of {len(rows)} rows; an MTDSG status table has at most a few hundred (limit "
                         f"{MAX_ROWS})")
    return rows


def state_of(kb: KnowledgeBase, participant: str) -> str | None:
    """The knowledge base's code for a participant's name as the depositary writes it ("Bolivia (Plurinational State
    of)", "Netherlands (Kingdom of the)", "St. Lucia"): as ``--state`` reads a name (``state_code``: ISO 3166 names
    and codes through pycountry, then the knowledge base's own names), trying the depositary's inversions; None if
    no form names exactly one state. No fuzzy matching: it matched former names to the wrong state (Zaire to
    Angola, through a subdivision's name); a name not matched is listed for the curator."""
    name = re.sub(r"\bSt\. ", "Saint ", participant)  # the depositary's older abbreviation
    forms = [name]
    inverted = re.fullmatch(r"(.+?) \((.+)\)", name)
    if inverted:  # "Iran (Islamic Republic of)" → "Iran, Islamic Republic of"; "Netherlands (Kingdom of the)" → …
        head, tail = inverted.groups()
        forms += [f"{head}, {tail}", f"{tail} {head}"]
    for form in forms:
        try:
            return state_code(kb, form)
        except InputError:
            continue
    return None


def proposals(kb: KnowledgeBase, path: Path, url: str | None = None) -> dict[str, Any]:
    """What the file says that the knowledge base lacks or records differently: ``{"chapter", "title", "instrument",
    "source": {proposed source record}, "records": [proposed participation records], "differs": [{state, event,
    file, knowledge_base, notes}], "conflicts": [{state, event, dates}], "unreadable": [{participant, cell, why}],
    "unmatched": [participant names], "agree": n}``; ``url`` is the file's address on treaties.un.org, for the
    proposed source (without it the source's url says to give one, and the record fails validation until it does).
    A row the depositary qualifies by an end note carries the note's text (in ``differs``, and as a proposed
    record's ``note``): the note can move the date (chapter I.2's first six Members became Members on the day they
    deposited an instrument of adherence, not on the day of the General Assembly's decision), so it must be read
    before the date is taken. Two different dates for one state's act in the file are a conflict: nothing is
    proposed for it. For a chapter whose treaty the knowledge base does not encode, ``instrument`` is None and
    ``participants`` lists the names read, compared with nothing."""
    chapter, title, rows, unread = read(path)
    instrument = CHAPTERS.get(chapter)
    source_id = "mtdsg-" + re.sub(r"[^a-z0-9]+", "-", chapter.lower()).strip("-") + "-import"
    out: dict[str, Any] = {
        "chapter": chapter, "title": title, "instrument": instrument,
        "source": {"id": source_id, "url": url or "GIVE-THE-FILE'S-ADDRESS (--url)",
                   "title": f"MTDSG chapter {chapter.replace('-', '.')}, {shorten(title, 120)}",
                   "authority": f"UN Secretary-General as depositary, MTDSG chapter {chapter.replace('-', '.')}",
                   "verbatim": True},
        "records": [], "differs": [], "conflicts": [], "unmatched": [], "agree": 0,
        "unreadable": [{"participant": shorten(u.participant, 80), "cell": u.cell, "why": u.why} for u in unread]}
    if instrument is None:
        out["participants"] = sorted({shorten(r.participant, 80) for r in rows})
        return out
    names: dict[str, str | None] = {}
    acts: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        if row.participant not in names:
            names[row.participant] = state_of(kb, row.participant)
        state = names[row.participant]
        if state is None:
            out["unmatched"].append(shorten(row.participant, 80))
            continue
        same = acts.setdefault((state, row.event), [])
        if all(r.date != row.date for r in same):
            same.append(row)
    for (state, event), found in acts.items():
        if len(found) > 1:
            out["conflicts"].append({"state": state, "event": event, "dates": sorted(r.date.isoformat() for r in found)})
            continue
        row = found[0]
        recorded = [e for e in kb.events(state, instrument) if e.event == event]
        notes = list(row.notes)
        if any(e.date == row.date for e in recorded):
            out["agree"] += 1
        elif recorded:
            out["differs"].append({"state": state, "event": event, "file": row.date.isoformat(),
                                   "knowledge_base": [e.date.isoformat() for e in recorded], "notes": notes})
        else:
            record: dict[str, Any] = {"state": state, "instrument": instrument, "event": event,
                                      "date": row.date.isoformat(), "sources": [source_id]}
            if row.instrument_type and event == "deposit":
                record["instrument_type"] = row.instrument_type
            if notes:
                record["note"] = "Read the depositary's end note before taking this date. " + " ".join(notes)
            out["records"].append(record)
    out["unmatched"] = sorted(set(out["unmatched"]))
    return out
