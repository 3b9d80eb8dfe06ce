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
import pycountry
from defusedxml import DefusedXmlException

from exequatur.engine.evaluate import InputError, state_code
from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.text import shorten

MAX_FILE = 5_000_000  # bytes: the largest MTDSG status files are a few hundred kilobytes
# MTDSG chapter numbers of the instruments the knowledge base encodes
CHAPTERS = {"I-2": "un-charter", "XVIII-10": "rome-statute", "XXI-6": "unclos", "I-3": "icj-statute"}
_TYPES = {"a": "accession", "d": "succession", "A": "acceptance", "AA": "approval"}


@dataclass(frozen=True)
class Row:
    """One participant's act as the depositary's table gives it."""

    participant: str
    event: str  # admission, signature, deposit, succession
    date: dt.date
    instrument_type: str | None = None
    notes: tuple[str, ...] = ()  # the depositary's end notes the participant's name points to (their text)


def read(path: Path) -> tuple[str, str, list[Row]]:
    """(chapter number such as "XVIII-10", title, rows) of an MTDSG XML status file. Raises InputError naming the
    file and what is wrong: not a regular file, too large, not XML, XML with entities, not an MTDSG status file."""
    if not path.is_file():
        raise InputError(f"{shorten(str(path), 80)} is not a readable file; give an MTDSG status file (XML)")
    raw = path.read_bytes()[: MAX_FILE + 1]
    if len(raw) > MAX_FILE:
        raise InputError(f"{shorten(str(path), 80)} is larger than {MAX_FILE // 1_000_000} MB; an MTDSG status file is "
                         "a few hundred kilobytes")
    text = raw.decode("utf-8", errors="replace")
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # the files declare iso-8859-1 but are stored as UTF-8
    try:
        root = SafeET.fromstring(text)
    except DefusedXmlException:
        raise InputError(f"{shorten(str(path), 80)}: XML with entity declarations is not accepted") from None
    except SafeET.ParseError as exc:
        raise InputError(f"{shorten(str(path), 80)} is not XML ({exc})") from None
    header = root.find("./Treaty/Header")
    if header is None:
        raise InputError(f"{shorten(str(path), 80)} is not an MTDSG status file (no Treaty/Header)")
    chapter = _text(header.find("./Chapter/Header")).removeprefix("CHAPTER").strip()
    number = _text(header.find("./ExternalData/Numsect"))
    sub = _text(header.find("./ExternalData/Subnumsect"))
    chapter_no = f"{chapter}-{number}" + (f"-{sub}" if sub else "")
    title = _plain(_text(header.find("./ExternalData/Titlesect")) or _text(header.find("./ExternalData/Subtitlesect")))
    notes = {_text(n.find("index")): " ".join(_plain(_text(t)) for t in n.findall("text"))
             for n in root.findall("./Treaty/EndNotes/Note")}
    return chapter_no, title, [*_admissions(root, notes), *_participants(root, notes)]


def _text(node: Element | None) -> str:
    return (node.text or "").strip() if node is not None else ""


def _noted(cell: str, notes: dict[str, str]) -> tuple[str, ...]:
    """The text of the end notes a cell points to (``<superscript>1</superscript>``)."""
    marks = re.findall(r"<superscript>\s*([\d,\s]+)\s*</superscript>", cell)
    return tuple(f"note {n}: {notes[n]}" for mark in marks for n in re.split(r"[,\s]+", mark) if n in notes)


def _plain(text: str) -> str:
    """Text without the escaped markup the files carry (superscript note numbers, links)."""
    text = re.sub(r"<superscript>.*?</superscript>", "", text)
    return " ".join(re.sub(r"<[^>]+>", "", text).split())


def _date(text: str) -> tuple[dt.date, str | None] | None:
    """'30 Dec 1993 d' → (1993-12-30, 'd'); None if there is no date."""
    m = re.match(r"^(\d{1,2}) ([A-Za-z]+)\.? (\d{4})\s*(AA|A|a|d)?\b", _plain(text))
    if not m:
        return None
    month = m.group(2)[:3].title()
    try:
        day = dt.datetime.strptime(f"{m.group(1)} {month} {m.group(3)}", "%d %b %Y").date()
    except ValueError:
        return None
    return day, m.group(4)


def _admissions(root: Element, notes: dict[str, str]) -> list[Row]:
    """Chapter I.2's table: participant, resolution, date of adoption (the admission), registration…"""
    rows = []
    for table in root.findall("./Treaty/SpecialTables/Table"):
        titles = [_plain(_text(t)) for t in table.findall("./TableHeader/Title")]
        if "Date of Adoption" not in titles:
            continue
        at = titles.index("Date of Adoption")
        for row in table.findall("./Rows/Row"):
            cols = [_text(c) for c in row.findall("Column")]
            parsed = _date(cols[at]) if len(cols) > at else None
            if cols and parsed:
                rows.append(Row(_plain(cols[0]), "admission", parsed[0], notes=_noted(cols[0], notes)))
    return rows


def _participants(root: Element, notes: dict[str, str]) -> list[Row]:
    """The participants table of a treaty: signature, and the instrument of consent with its kind."""
    rows = []
    for group in root.findall("./Treaty/Participants/Table/TGroup"):
        heads = [_plain(_text(e)) for e in group.findall("./Thead/Row/Entry")]
        for row in group.findall("./Tbody/Rows/Row"):
            cells = [_text(e) for e in row.findall("Entry")]
            if not cells:
                continue
            name, noted = _plain(cells[0]), _noted(cells[0], notes)
            for head, cell in zip(heads[1:], cells[1:], strict=False):
                parsed = _date(cell)
                if parsed is None:
                    continue
                day, mark = parsed
                if head.lower().startswith("signature"):
                    rows.append(Row(name, "signature", day, notes=noted))
                else:
                    kind = _TYPES.get(mark or "", "ratification")
                    rows.append(Row(name, "succession" if mark == "d" else "deposit", day, kind, noted))
    return rows


def state_of(kb: KnowledgeBase, participant: str) -> str | None:
    """The knowledge base's code for a participant's name as the depositary writes it ("Bolivia (Plurinational State
    of)", "Türkiye"): as ``--state`` reads a name (``state_code``), then ISO 3166's names through pycountry's fuzzy
    search when that finds exactly one country; None if neither does."""
    name = re.sub(r"\bSt\. ", "Saint ", participant)  # the depositary's older abbreviation
    name = re.sub(r"^(.+) \((.+ of)\)$", r"\1, \2", name)  # "Iran (Islamic Republic of)": ISO writes "Iran, Islamic…"
    try:
        return state_code(kb, name)
    except InputError:
        pass
    try:
        found = pycountry.countries.search_fuzzy(name)
    except LookupError:
        return None
    return found[0].alpha_3 if len(found) == 1 and found[0].alpha_3 in kb.states else None


def proposals(kb: KnowledgeBase, path: Path, url: str | None = None) -> dict[str, Any]:
    """What the file says that the knowledge base lacks or records differently: ``{"chapter", "title", "instrument",
    "source": {proposed source record}, "records": [proposed participation records], "differs": [{state, event,
    file, knowledge_base, notes}], "unmatched": [participant names], "agree": n}``; ``url`` is the file's address on
    treaties.un.org, for the proposed source. For a chapter whose treaty the knowledge base does not encode,
    ``instrument`` is None and ``participants`` lists the names read, compared with nothing. A row the depositary qualifies by
    an end note carries the note's text (in ``differs``, and as a proposed record's ``note``): the note can move the
    date (chapter I.2's first six Members became Members on the day they deposited an instrument of adherence, not on
    the day of the General Assembly's decision), so it must be read before the date is taken."""
    chapter, title, rows = read(path)
    instrument = CHAPTERS.get(chapter)
    source_id = "mtdsg-" + re.sub(r"[^a-z0-9]+", "-", chapter.lower()).strip("-") + "-import"
    out: dict[str, Any] = {
        "chapter": chapter, "title": title, "instrument": instrument,
        "source": {"id": source_id, "url": url or "https://treaties.un.org/doc/Publication/MTDSG/ (give the file's address)",
                   "title": f"MTDSG chapter {chapter.replace('-', '.')}, {shorten(title, 120)}",
                   "authority": f"UN Secretary-General as depositary, MTDSG chapter {chapter.replace('-', '.')}",
                   "verbatim": True},
        "records": [], "differs": [], "unmatched": [], "agree": 0}
    if instrument is None:
        out["participants"] = sorted({r.participant for r in rows})
        return out
    for row in rows:
        state = state_of(kb, row.participant)
        if state is None:
            out["unmatched"].append(row.participant)
            continue
        recorded = [e for e in kb.events(state, instrument) if e.event == row.event]
        notes = list(row.notes)
        if any(e.date == row.date for e in recorded):
            out["agree"] += 1
        elif recorded:
            out["differs"].append({"state": state, "event": row.event, "file": row.date.isoformat(),
                                   "knowledge_base": [e.date.isoformat() for e in recorded], "notes": notes})
        else:
            record: dict[str, Any] = {"state": state, "instrument": instrument, "event": row.event,
                                      "date": row.date.isoformat(), "sources": [source_id]}
            if row.instrument_type and row.event == "deposit":
                record["instrument_type"] = row.instrument_type
            if notes:
                record["note"] = "Read the depositary's end note before taking this date. " + " ".join(notes)
            out["records"].append(record)
    out["unmatched"] = sorted(set(out["unmatched"]))
    return out
