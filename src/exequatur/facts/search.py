"""Finding rulings by the words a reader knows them by: the person's name in any recorded spelling, an office, the
court, the situation, the states, a case name.

Why a module of its own: the CLI (`exequatur rulings search`), the HTTP API (`/api/rulings?q=`) and the page search
the same way, so a name found in one is found in all. Names are compared folded: case, accents and the punctuation
inside names are ignored, so "almasri" finds "Al-Masri" and "Elmasry" is found by "elmasry"; Cyrillic and other
scripts are matched as written (a recorded alias such as "Путин" is found by "путин").
"""

from __future__ import annotations

import unicodedata
from typing import Any

import msgspec

from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import Ruling


def fold(text: str) -> str:
    """``text`` lower-cased, without accents, and with everything but letters, digits and spaces removed: the form in
    which queries and names are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = (c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join("".join(kept).split())


class Hit(msgspec.Struct, frozen=True):
    """A ruling found, with the names it was found by (for display) and a score (more matched words, higher)."""

    ruling: Ruling
    score: int


def terms(kb: KnowledgeBase, ruling: Ruling) -> tuple[str, ...]:
    """Every text a ruling can be found by, as recorded: its id and other names, its kind, the court, the person
    (name, other names, offices), the situation, and the states it names."""
    out: list[str] = [ruling.id, ruling.kind, *ruling.aliases]
    body = kb.bodies.get(ruling.body)
    if body is not None:
        out += [body.id, body.name]
    person = kb.persons.get(ruling.subject or "")
    if person is not None:
        out += [person.name, *person.aliases, *(o.office for o in person.offices)]
    elif ruling.subject_name:
        out.append(ruling.subject_name)
    situation = kb.situations.get(ruling.situation or "")
    if situation is not None:
        out += [situation.id, situation.name]
    for code in (ruling.respondent, ruling.applicant):
        state = kb.states.get(code or "")
        if state is not None:
            out += [state.id, state.name]
    return tuple(out)


def rulings(kb: KnowledgeBase, query: str, limit: int | None = None) -> list[Hit]:
    """Rulings with a text in which every word of ``query`` begins a word (folded; a word also matches a name
    written with hyphens or spaces inside it, e.g. "almasri" matches "Al-Masri"), best first, then by date and id. An empty query
    finds every ruling; a query with no letters or digits finds none. The best-matching come first, the most recent
    first among equals."""
    words = list(dict.fromkeys(fold(query).split()))
    if query.strip() and not words:
        return []  # punctuation, symbols or marks only: nothing to look for
    found: list[Hit] = []
    for ruling in kb.rulings.values():
        texts = [fold(t) for t in terms(kb, ruling)]
        if all(any(_matches(w, t) for t in texts) for w in words):
            score = sum(1 for w in words for t in texts if t == w or f" {w} " in f" {t} ")
            found.append(Hit(ruling, score))
    found.sort(key=lambda h: (-h.score, -h.ruling.issued.toordinal(), h.ruling.id))
    return found[:limit] if limit is not None else found


def _matches(word: str, text: str) -> bool:
    """``word`` begins a word of ``text`` (both folded), or spells words of it run together from the start of one
    of them: "masri" and "almasri" match "al masri"; "lra" matches neither "abd al rahman" nor "abdelrahim"."""
    tokens = text.split()
    return any(" ".join(tokens[i:]).startswith(word) or "".join(tokens[i:]).startswith(word)
               for i in range(len(tokens)))


def row(kb: KnowledgeBase, ruling: Ruling) -> dict[str, Any]:
    """A ruling as one row of a listing (the CLI's ``rulings search --json``, the API's ``/api/rulings``): id, kind,
    date issued (ISO 8601), court, person, situation, respondent, and the other names it is known by."""
    person = kb.persons.get(ruling.subject or "")
    situation = kb.situations.get(ruling.situation or "")
    body = kb.bodies.get(ruling.body)
    names = [*ruling.aliases, *(person.aliases if person else ())]
    return {"id": ruling.id, "kind": ruling.kind, "issued": ruling.issued.isoformat(), "body": ruling.body,
            "court": body.name if body else ruling.body, "subject": person.name if person else ruling.subject_name,
            "situation": situation.name if situation else None, "respondent": ruling.respondent,
            "other_names": names}


def persons(kb: KnowledgeBase, query: str) -> list[str]:
    """Ids of the persons whose name or other names contain every word of ``query`` (folded)."""
    words = fold(query).split()
    found = []
    for person in kb.persons.values():
        texts = [fold(t) for t in (person.id, person.name, *person.aliases)]
        if words and all(any(_matches(w, t) for t in texts) for w in words):
            found.append(person.id)
    return found
