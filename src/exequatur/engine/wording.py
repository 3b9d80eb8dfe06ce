"""Statements for readers: names instead of ids, through one catalogue of wording per language.

The law writes each statement with the knowledge base's ids ("MNG is a State Party to the Rome Statute on
2024-09-03"): exact, stable, and what a machine needs. Before a statement reaches a reader it is read here into a
*template* and its *parameters* — every id of the knowledge base it names (a state's ISO code, a ruling's id, an
instrument's id in parentheses, "(rome-statute)", which its title replaces) and every ISO date becomes a
placeholder (``{state}``, ``{ruling}``, ``{instrument}``, ``{date}``, numbered from the second on: ``{state_2}``)
— and rendered: the template is looked up in
the language's gettext catalogue (``exequatur/locale/<language>/LC_MESSAGES/exequatur.mo``, built with Babel; English
is the catalogue's own language, so it needs none) and filled with names: "Mongolia", "the Russian Federation",
"the International Criminal Court's arrest warrant for Vladimir Vladimirovich Putin of 17 March 2023". Machines get
the ids in ``params`` beside the rendered ``statement`` (``--json``).

Why find ids instead of having the law mark them: an id of the knowledge base is unambiguous by construction (state
codes are three capitals and are matched only if the knowledge base holds that state; ruling and instrument ids are
hyphenated slugs matched whole), the law's wording stays readable where it is written, next to the rule it
explains, and a test holds every statement of every golden answer to it (no id survives rendering).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from functools import cache
from pathlib import Path
from typing import Any

from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.model import Ruling

LANGUAGES = ("en",)  # catalogues shipped; "ru" is prepared by the .pot (scripts/wording_catalogue.py)


def N_(msgid: str) -> str:
    """Marks a wording for the catalogue where it is written (a table of words), to be translated where it is used
    (``Wording.gettext``). Babel's extractor knows the name."""
    return msgid


_KIND_WORDS = {"arrest-warrant": N_("arrest warrant"), "judgment": N_("judgment"), "decision": N_("decision"),
               "order": N_("order"), "summons": N_("summons to appear")}
_ISO = r"\d{4}-\d{2}-\d{2}"
# A statement is read word by word (a run of letters, digits and hyphens); a word is an id only if the knowledge base
# holds it (``Wording.template``): one small pattern for every knowledge base, compiled once (an alternation of every
# id took longer to compile than an answer takes), and dictionary look-ups.
_WORD = re.compile(r"[\w-]+")
_DAY = re.compile(_ISO)
MAX_RENDERED = 50_000  # statements kept rendered per wording: the law words the same steps again and again


# The catalogues: ``<language>/LC_MESSAGES/exequatur.mo`` under this folder, and the template ``exequatur.pot`` they are
# made from (scripts/wording_catalogue.py).
LOCALE = Path(__file__).resolve().parent.parent / "locale"


def _translations(language: str) -> Any:
    """The language's gettext catalogue, ``LOCALE/<language>/LC_MESSAGES/exequatur.mo`` where it exists (Babel's
    ``Translations``), else a null one that returns each msgid — English, the msgids' own language, needs none. Babel
    is imported here, not at start: an answer in ids needs none of it."""
    if not (LOCALE / language / "LC_MESSAGES" / "exequatur.mo").is_file():
        import gettext  # the standard library's: each msgid as it is (argparse has loaded it already)

        return gettext.NullTranslations()  # no Babel to import for nothing
    from babel.support import Translations

    return Translations.load(str(LOCALE), [language], domain="exequatur")


@cache
def _calendar(language: str) -> dict[str, Any] | None:
    """Babel's long date pattern and month names for the language, as ``scripts/date_words.py`` wrote them to
    ``locale/dates.json`` (None for a language the file lacks)."""
    import msgspec

    return msgspec.json.decode((LOCALE / "dates.json").read_bytes()).get(language)  # type: ignore[no-any-return]


_DATE_FIELD = re.compile(r"'(?:[^']|'')*'|d+|M+|y+|[^'dMy]+")


@functools.lru_cache(maxsize=4096)
def long_date(day: dt.date, language: str) -> str:
    """``day`` in the language's long form: "3 September 2024". The pattern and month names are Babel's (CLDR), read
    from ``locale/dates.json``; a language the file lacks is written by Babel itself. Fields: ``d``/``dd`` the day,
    ``MMMM`` the month's name, ``M``/``MM`` its number, ``y`` the year (``yyyy``, ``yy`` padded or cut), quoted text as
    written."""
    calendar = _calendar(language)
    if calendar is None:
        from babel.dates import format_date

        return format_date(day, format="long", locale=language)
    out = []
    for field_ in _DATE_FIELD.findall(calendar["pattern"]):
        letter, width = field_[0], len(field_)
        if letter == "'":
            out.append(field_[1:-1].replace("''", "'") if width > 2 else "'")
        elif letter == "d":
            out.append(f"{day.day:0{width}d}")
        elif letter == "M":
            out.append(calendar["months"][day.month - 1] if width >= 3 else f"{day.month:0{width}d}")
        elif letter == "y":
            out.append(f"{day.year % 100:02d}" if width == 2 else f"{day.year:0{width}d}")
        else:
            out.append(field_)
    return "".join(out)


class Wording:
    """Renders statements and names for one knowledge base and language. ``extra`` holds rulings that are not in the
    knowledge base (a hypothetical ruling), by id."""

    def __init__(self, kb: KnowledgeBase, language: str = "en", extra: dict[str, Ruling] | None = None) -> None:
        self.kb = kb
        self.language = language
        self.extra: dict[str, Ruling] = dict(extra or {})
        self._catalogue = _translations(self.language)
        self._rendered: dict[str, tuple[str, dict[str, str]]] = {}
        self._known = {"ruling": {*self.kb.rulings, *self.extra}, "instrument": self.kb.instruments,
                       "state": self.kb.states}

    # --- names ------------------------------------------------------------------------------------------------------

    def state(self, code: str) -> str:
        """A state as it reads inside a sentence ("Mongolia", "the Russian Federation"); the code if unknown."""
        state = self.kb.states.get(code)
        return state.prose if state else code

    def name(self, code: str) -> str:
        """A state's name as a list shows it ("United Arab Emirates"); the code if unknown."""
        state = self.kb.states.get(code)
        return state.name if state else code

    def ruling(self, ruling_id: str) -> str:
        """A ruling in words: "the International Criminal Court's arrest warrant for Vladimir Vladimirovich Putin of
        17 March 2023"; "the arrest warrant of the Federal criminal court in Buenos Aires (…) for Min Aung Hlaing of 13
        February 2025" (a national court, or a name that ends in parentheses, takes no possessive); "the hypothetical
        judgment of a court of the Netherlands of 1 March 2026"."""
        _ = self.gettext
        ruling = self.extra.get(ruling_id) or self.kb.rulings.get(ruling_id)
        if ruling is None:
            return ruling_id
        body = self.kb.bodies.get(ruling.body)
        court = self.court(ruling.body)
        kind = _(_KIND_WORDS[ruling.kind]) if ruling.kind in _KIND_WORDS else ruling.kind
        subject = self.person(ruling.subject, ruling.subject_name or "")
        warrant = ruling.kind in ("arrest-warrant", "summons")
        day = self.date(ruling.issued)
        if ruling.hypothetical:
            about = "" if not subject else (_(" for {subject}") if warrant else _(" ({subject})")).format(subject=subject)
            return _("the hypothetical {kind} of {court}{about} of {date}").format(kind=kind, court=court, about=about,
                                                                                  date=day)
        about = "" if not subject else (_(" for {subject}") if warrant else _(" in {subject}")).format(subject=subject)
        if body is not None and body.kind == "international" and not body.name.endswith(")"):
            return _("{owner} {kind}{about} of {date}").format(owner=self.possessive(court), kind=kind, about=about,
                                                               date=day)
        return _("the {kind} of {court}{about} of {date}").format(kind=kind, court=court, about=about, date=day)

    def court(self, body_id: str) -> str:
        """A court as it reads inside a sentence: "the International Criminal Court", "a court of the Netherlands"
        (a national court a hypothetical ruling describes by its state only)."""
        body = self.kb.bodies.get(body_id)
        if body is None:
            return self.gettext("the court")
        state = self.kb.states.get(body.state or "")
        if body.kind == "national" and state is not None and body.name == f"court of {state.name}":
            return self.gettext("a court of {state}").format(state=self.state(body.state))
        return self.gettext("the {court}").format(court=body.name)

    def person(self, person_id: str | None, fallback: str = "the person") -> str:
        person = self.kb.persons.get(person_id) if person_id else None
        return person.name if person else fallback

    def instrument(self, instrument_id: str) -> str:
        instrument = self.kb.instruments.get(instrument_id)
        return f"the {instrument.title}" if instrument else instrument_id

    def date(self, day: dt.date) -> str:
        """A date for readers: "3 September 2024" (English), in the language's own form otherwise."""
        return long_date(day, self.language)

    def days(self, first: dt.date, last: dt.date) -> str:
        """A span of days for readers: "2 to 3 September 2024", "30 August to 3 September 2024", "30 December 2024 to
        3 January 2025" — the parts the two days share are written once (English); the language's own form otherwise."""
        if self.language == "en" and first.year == last.year:
            head = str(first.day) if first.month == last.month else self.date(first).rsplit(" ", 1)[0]
            return self.gettext("{first} to {last}").format(first=head, last=self.date(last))
        return self.gettext("{first} to {last}").format(first=self.date(first), last=self.date(last))

    def possessive(self, name: str) -> str:
        """"Mongolia's", "the Philippines'" (English); the language's catalogue decides otherwise."""
        return self.gettext("{name}'") .format(name=name) if name.endswith("s") else \
            self.gettext("{name}'s").format(name=name)

    def gettext(self, msgid: str) -> str:
        """A wording of the catalogue in this language (the English msgid itself where no translation exists)."""
        return self._catalogue.gettext(msgid)

    # --- statements -------------------------------------------------------------------------------------------------

    def template(self, text: str) -> tuple[str, dict[str, str]]:
        """(template, params): every id and ISO date of ``text`` replaced by a named placeholder, and the ids and
        dates by placeholder. The same id twice takes the same placeholder. A word (a run of letters, digits and
        hyphens) is a date if it is written YYYY-MM-DD, an instrument if the knowledge base holds it and it stands in
        parentheses (its title takes their place), a ruling or a state if the knowledge base holds it."""
        params: dict[str, str] = {}
        seen: dict[tuple[str, str], str] = {}
        out, last = [], 0
        rulings, instruments, states = self._known["ruling"], self._known["instrument"], self._known["state"]
        for m in _WORD.finditer(text):
            word = m.group()
            start, end = m.span()
            if len(word) == 10 and _DAY.fullmatch(word):
                kind = "date"
            elif word in instruments and text[start - 1:start] == "(" and text[end:end + 1] == ")":
                kind, start, end = "instrument", start - 1, end + 1
            elif word in rulings:
                kind = "ruling"
            elif len(word) == 3 and word in states:
                kind = "state"
            else:
                continue
            name = seen.get((kind, word))
            if name is None:
                count = sum(1 for k, _ in seen if k == kind)
                name = kind if count == 0 else f"{kind}_{count + 1}"
                seen[(kind, word)] = name
                params[name] = word
            out.append(_escape(text[last:start]))
            out.append("{" + name + "}")
            last = end
        out.append(_escape(text[last:]))
        return "".join(out), params

    def render(self, text: str) -> tuple[str, dict[str, str]]:
        """(the statement in names, its params with ids). Dates stay ISO 8601 inside explanations (exact and
        sortable); summaries write them out. Kept once rendered (up to ``MAX_RENDERED`` statements)."""
        found = self._rendered.get(text)
        if found is None:
            if len(self._rendered) >= MAX_RENDERED:
                self._rendered.clear()
            found = self._rendered[text] = self._render(text)
        return found[0], dict(found[1])

    def _render(self, text: str) -> tuple[str, dict[str, str]]:
        template, params = self.template(text)
        if not params:
            return text, params
        wording = self.gettext(template)
        names = {k: self._name(k, v) for k, v in params.items()}
        try:
            rendered = wording.format(**names)
        except (KeyError, IndexError, ValueError):  # a translation naming a placeholder the statement lacks
            rendered = template.format(**names)
        return (capitalised(rendered) if template.startswith("{") else rendered), params

    def text(self, text: str) -> str:
        return self.render(text)[0]

    def _name(self, kind: str, value: str) -> str:
        kind = kind.split("_")[0]
        if kind == "state":
            return self.state(value)
        if kind == "ruling":
            return self.ruling(value)
        if kind == "instrument":
            return self.instrument(value)
        return value  # a date: ISO

    def node(self, text: str) -> dict[str, Any]:
        """``{"statement": …, "params": {…}}`` for a JSON answer (params only when there are any)."""
        rendered, params = self.render(text)
        return {"statement": rendered, "params": params} if params else {"statement": rendered}


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def capitalised(text: str) -> str:
    """``text`` beginning with a capital: a name put at the start of a statement or sentence ("the Russian
    Federation is…" → "The Russian Federation is…")."""
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def wording(kb: KnowledgeBase, language: str = "en", ruling: Ruling | None = None) -> Wording:
    """The wording for a knowledge base (kept with it), or a fresh one that also knows a hypothetical ruling."""
    if ruling is not None and ruling.id not in kb.rulings:
        return Wording(kb, language, {ruling.id: ruling})
    return kb.memo(("wording", language), lambda: Wording(kb, language))  # type: ignore[no-any-return]
