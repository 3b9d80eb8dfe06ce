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

from exequatur.engine.evaluate import InputError
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
    title = _plain(_text(header.find("./ExternalData/Titlesect")))
    return chapter_no, title, [*_admissions(root), *_participants(root)]


def _text(node: Element | None) -> str:
    return (node.text or "").strip() if node is not None else ""


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


def _admissions(root: Element) -> list[Row]:
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
                rows.append(Row(_plain(cols[0]), "admission", parsed[0]))
    return rows


def _participants(root: Element) -> list[Row]:
    """The participants table of a treaty: signature, and the instrument of consent with its kind."""
    rows = []
    for group in root.findall("./Treaty/Participants/Table/TGroup"):
        heads = [_plain(_text(e)) for e in group.findall("./Thead/Row/Entry")]
        for row in group.findall("./Tbody/Rows/Row"):
            cells = [_text(e) for e in row.findall("Entry")]
            if not cells:
                continue
            name = _plain(cells[0])
            for head, cell in zip(heads[1:], cells[1:], strict=False):
                parsed = _date(cell)
                if parsed is None:
                    continue
                day, mark = parsed
                if head.lower().startswith("signature"):
                    rows.append(Row(name, "signature", day))
                else:
                    kind = _TYPES.get(mark or "", "ratification")
                    rows.append(Row(name, "succession" if mark == "d" else "deposit", day, kind))
    return rows


def state_of(kb: KnowledgeBase, participant: str) -> str | None:
    """The knowledge base's code for a participant's name (its own names first, then ISO 3166 through pycountry)."""
    folded = participant.casefold()
    for state in kb.states.values():
        if state.name.casefold() == folded:
            return state.id
    try:
        code = pycountry.countries.lookup(participant).alpha_3
    except LookupError:
        try:
            found = pycountry.countries.search_fuzzy(participant)
        except LookupError:
            return None
        code = found[0].alpha_3 if len(found) == 1 else None
    return code if code in kb.states else None


def proposals(kb: KnowledgeBase, path: Path) -> dict[str, Any]:
    """What the file says that the knowledge base lacks or records differently: ``{"chapter", "title", "instrument",
    "source": {proposed source record}, "records": [proposed participation records], "differs": [{state, event,
    file, knowledge_base}], "unmatched": [participant names], "agree": n}``."""
    chapter, title, rows = read(path)
    instrument = CHAPTERS.get(chapter)
    source_id = "mtdsg-" + re.sub(r"[^a-z0-9]+", "-", chapter.lower()).strip("-") + "-import"
    out: dict[str, Any] = {
        "chapter": chapter, "title": title, "instrument": instrument,
        "source": {"id": source_id, "url": "https://treaties.un.org/doc/Publication/MTDSG/ (give the file's address)",
                   "title": f"MTDSG chapter {chapter.replace('-', '.')}, {shorten(title, 120)}",
                   "authority": f"UN Secretary-General as depositary, MTDSG chapter {chapter.replace('-', '.')}",
                   "verbatim": True},
        "records": [], "differs": [], "unmatched": [], "agree": 0}
    if instrument is None:
        out["unmatched"] = sorted({r.participant for r in rows})
        return out
    for row in rows:
        state = state_of(kb, row.participant)
        if state is None:
            out["unmatched"].append(row.participant)
            continue
        recorded = [e for e in kb.events(state, instrument) if e.event == row.event]
        if any(e.date == row.date for e in recorded):
            out["agree"] += 1
        elif recorded:
            out["differs"].append({"state": state, "event": row.event, "file": row.date.isoformat(),
                                   "knowledge_base": [e.date.isoformat() for e in recorded]})
        else:
            record: dict[str, Any] = {"state": state, "instrument": instrument, "event": row.event,
                                      "date": row.date.isoformat(), "sources": [source_id]}
            if row.instrument_type and row.event == "deposit":
                record["instrument_type"] = row.instrument_type
            out["records"].append(record)
    out["unmatched"] = sorted(set(out["unmatched"]))
    return out
