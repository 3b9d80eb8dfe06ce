"""The ``exequatur`` command: a thin layer over the Python API. A public contract — keep it stable.

Bad input never produces a traceback: every error is one line naming the bad value and the closest valid ones,
and the exit status is 2.

Why argparse (the standard library's parser) and not typer or click: a researcher scripts ``exequatur ask … --json``
in a loop, and importing typer (which imports click, rich and pydantic) alone costs several times the interpreter's
start — more than loading the knowledge base and answering. Rich is imported only to print a human answer.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from exequatur.engine import evaluate, inputs
from exequatur.engine.decision import ENGINE_VERSION, SCHEMA, provision_dict
from exequatur.engine.evaluate import InputError, readable, state_code, when_dict, where_dict
from exequatur.engine.inputs import (
    hypothetical_ruling,
    parse_date,
    parse_readings,
    provision,
)
from exequatur.engine.wording import wording
from exequatur.facts import files, search
from exequatur.facts.knowledge_base import KnowledgeBase, KnowledgeBaseError
from exequatur.facts.load import bundled, bundled_dir, load
from exequatur.facts.model import as_dict
from exequatur.facts.text import shorten

if TYPE_CHECKING:
    from rich.console import Console

MAX_QUERY = 200  # characters: the same bound as the API's ``q``


def _console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def _emit(data: Any) -> None:
    """JSON, indented by two spaces, UTF-8 (msgspec: the standard library's encoder is pure Python once indenting)."""
    import msgspec

    text = msgspec.json.format(msgspec.json.encode(data), indent=2) + b"\n"
    if sys.stdout is None:  # no standard output at all (closed: ``>&-``): nothing to write to, as print() does
        return
    out = getattr(sys.stdout, "buffer", None)
    if out is None:  # a text stream without bytes underneath (captured output)
        sys.stdout.write(text.decode())
    else:
        sys.stdout.flush()
        rest = memoryview(text)
        while rest:  # a pipe whose reader leaves mid-write takes part of it and says so only by the count
            written = out.write(rest)
            if not written:
                raise OSError("standard output takes no more")
            rest = rest[written:]
        out.flush()


MAX_INPUT = 1_000_000  # bytes of a ruling or scenario file: real ones are a few hundred


def _read(path_text: str, option: str) -> str:
    """The text of a --ruling-file or --assume file ('-': standard input), at most ``MAX_INPUT`` bytes of UTF-8."""
    if not path_text.strip():
        raise InputError(f"{option}: the file name is empty; give a file, or '-' for standard input")
    if path_text == "-":
        raw = sys.stdin.buffer.read(MAX_INPUT + 1)
    else:
        try:
            raw = files.read_bytes(Path(path_text), MAX_INPUT, f"{option} {shorten(repr(path_text), 80)}")
        except files.FileProblem as exc:
            raise InputError(str(exc)) from None
    if len(raw) > MAX_INPUT:
        raise InputError(f"{option}: more than {MAX_INPUT} bytes; a ruling or a scenario is a few hundred")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{option}: not UTF-8 text (byte {exc.start}); give a JSON or YAML text file") from None


def _scenario_text(assume: str) -> str:
    """A scenario file, '-' for stdin, or the name of a scenario shipped with the package."""
    from exequatur.engine import scenario

    if assume == "-" or os.path.lexists(assume):  # lexists: False, not an error, for a name too long
        return _read(assume, "--assume")
    bundled_examples = scenario.examples()
    if assume in bundled_examples:
        return bundled_examples[assume]
    raise InputError(f"--assume: {assume!r} is neither a readable file nor a bundled scenario"
                     f"{evaluate.closest(assume, bundled_examples)}; bundled: {', '.join(bundled_examples)}")


def _resolve(ruling: str | None, ruling_file: str | None, assume: str | None = None) -> tuple[KnowledgeBase, Any]:
    kb = bundled()
    if assume is not None:
        if assume == "-" and ruling_file == "-":
            raise InputError("--assume and --ruling-file cannot both read stdin ('-')")
        from exequatur.engine import scenario

        kb = scenario.apply(kb, scenario.parse_text(kb, _scenario_text(assume), origin=f"--assume {assume}"))
    if (ruling is None) == (ruling_file is None):
        raise InputError("give exactly one of --ruling ID or --ruling-file FILE")
    if ruling is not None:
        if ruling not in kb.rulings:
            evaluate.resolve_ruling(kb, ruling)  # raises InputError with the closest ids
        return kb, ruling
    assert ruling_file is not None
    return hypothetical_ruling(kb, _read(ruling_file, "--ruling-file"))


def _on(value: str | None) -> dt.date:
    return parse_date(value) if value is not None else dt.date.today()


def ask(state: str, ruling: str | None = None, ruling_file: str | None = None, on: str | None = None,
        reading: list[str] | None = None, assume: str | None = None, json_: bool = False) -> None:
    """Both legal orders for one state, one ruling and one date, with the explanation."""
    kb, r = _resolve(ruling, ruling_file, assume)
    answer = evaluate.ask(kb, state_code(kb, state), r, _on(on), parse_readings(reading or ()))
    if json_:
        _emit(answer.to_dict())
    else:
        from exequatur import render

        render.answer(answer, _console())


def where(ruling: str | None = None, ruling_file: str | None = None, on: str | None = None,
          reading: list[str] | None = None, assume: str | None = None, json_: bool = False) -> None:
    """Every state's outcome for one ruling on one date."""
    kb, r = _resolve(ruling, ruling_file, assume)
    day = _on(on)
    found = evaluate.outcomes(kb, r, day, parse_readings(reading or ()))
    rid = r if isinstance(r, str) else r.id
    if json_:
        _emit(where_dict(kb, rid, day, found))
    else:
        from exequatur import render

        render.where(wording(kb, ruling=r if not isinstance(r, str) else None), rid, day, found, _console(),
                     kb.scenario)


def when(state: str, from_: str, to: str, ruling: str | None = None, ruling_file: str | None = None,
         reading: list[str] | None = None, assume: str | None = None, json_: bool = False) -> None:
    """Intervals of equal outcome for one state and ruling, each change with the fact that caused it."""
    kb, r = _resolve(ruling, ruling_file, assume)
    start, end = parse_date(from_, "--from"), parse_date(to, "--to")
    state = state_code(kb, state)
    intervals = evaluate.when(kb, state, r, start, end, parse_readings(reading or ()))
    rid = r if isinstance(r, str) else r.id
    if json_:
        _emit(when_dict(kb, state, rid, intervals))
    else:
        from exequatur import render

        render.when(wording(kb, ruling=r if not isinstance(r, str) else None), state, rid, intervals, _console(),
                    kb.scenario)


def serve(host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the page and the HTTP API on the bundled knowledge base (one process, nothing else to start)."""
    import errno
    import os
    import socket

    import uvicorn

    from exequatur.web.api import create_app

    if not host.strip():  # an empty host would listen on every interface, which must be asked for by name
        raise InputError("--host is empty; give an address, e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every "
                         "interface)")
    shown = f"{shorten(host, 60)}:{port}"
    try:  # refuse a taken port or a foreign address in one line, before announcing the address
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        hint = ("choose another --port, or stop the server already there" if exc.errno == errno.EADDRINUSE else
                "give an address of this machine, e.g. 127.0.0.1")
        reason = os.strerror(exc.errno) if (exc.errno or 0) > 0 else "the name does not resolve to an address"
        raise InputError(f"cannot listen on {shown}: {reason} ({hint})") from None
    application = create_app()
    print(f"exequatur: serving the page at http://{host}:{port}/ and the API at http://{host}:{port}/api "
               f"(OpenAPI: http://{host}:{port}/openapi.json); Ctrl-C stops")
    uvicorn.run(application, host=host, port=port, log_level="warning")


def kb_validate(directory: str | None = None) -> None:
    """Load and check a knowledge base: types, ids, sources, date order, treaty date arithmetic."""
    from exequatur.engine.consistency import check

    if directory is not None and not directory.strip():
        raise InputError("kb validate: the directory is empty text; give a data directory, or nothing for the bundled "
                         "knowledge base")
    kb = load(directory or bundled_dir())  # the YAML itself, never the snapshot
    problems = check(kb)
    if problems:
        raise KnowledgeBaseError(problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
    print(f"ok: {len(kb.states)} states, {len(kb.participation)} participation events, {len(kb.rulings)} rulings, "
               f"{len(kb.sources)} sources; version {kb.version}")


def kb_show(record_id: str) -> None:
    """Print one record (and, for a state, its participation events) as JSON."""
    kb = bundled()
    tables = (kb.states, kb.rulings, kb.bodies, kb.situations, kb.resolutions, kb.instruments, kb.persons,
              kb.national_laws, kb.sources)
    state = None
    if record_id.strip() and not any(record_id in table for table in tables):
        with contextlib.suppress(InputError):  # a state also by its alpha-2 code or its name, as for --state
            state = state_code(kb, record_id)
    for table in tables:
        rec = table.get(state if table is kb.states and state else record_id)
        if rec is not None:
            data = as_dict(rec)
            if table is kb.states:
                data["participation"] = [as_dict(e) for e in kb.participation
                                         if e.state == rec.id]
            _emit(data)
            return
    if not record_id.strip() or len(record_id) > MAX_QUERY:
        raise InputError(f"give an id of 1 to {MAX_QUERY} characters, e.g. `exequatur kb show icc-putin-2023`")
    named = [hit.ruling.id for hit in search.rulings(kb, record_id, limit=3)] + search.persons(kb, record_id)[:3]
    if named and search.fold(record_id):
        raise InputError(f"unknown id {record_id!r}; found by that name: {', '.join(dict.fromkeys(named))} "
                         f"(see `exequatur rulings search {record_id}`)")
    everything = [*kb.states, *kb.rulings, *kb.bodies, *kb.situations, *kb.resolutions, *kb.instruments]
    raise InputError(f"unknown id {record_id!r}{evaluate.closest(record_id, everything)}")


def upcoming(from_: str | None = None, days: int = 365, json_: bool = False) -> None:
    """Changes the knowledge base schedules from a day on: accessions entering into force, withdrawals taking effect,
    declarations ending, laws entering into force — each with the event that schedules it and its sources."""
    from exequatur.engine.upcoming import upcoming as scheduled

    kb = bundled()
    start = parse_date(from_, "--from") if from_ is not None else dt.date.today()
    changes = scheduled(kb, start, days)
    if json_:
        _emit({"schema": SCHEMA, "kb_version": kb.version,
               "data_as_of": kb.data_as_of.isoformat() if kb.data_as_of else None, "from": start.isoformat(),
               "days": days, "changes": changes})
        return
    if not changes:
        print(f"no scheduled change from {start.isoformat()} in the next {days} days")
    for c in changes:
        print(f"{c['date']}  {c['state_name']}: {c['change'].replace('-', ' ')} — {c['because']}")


def practice(ruling: str, state: str | None = None, json_: bool = False) -> None:
    """What states did about a ruling: visits of the person it concerns, arrests, surrenders, refusals and the
    Court's findings of non-compliance, each with its sources (the record of practice; README lists its gaps)."""
    from exequatur.engine.practice import record

    kb = bundled()
    rec = evaluate.resolve_ruling(kb, ruling)
    found = record(kb, rec, state_code(kb, state) if state is not None else None)
    if json_:
        _emit(found)
        return
    where_ = f" in {found['practice'][0]['state_name']}" if state is not None and found["practice"] else ""
    name = found["ruling_name"]
    print(f"{name[:1].upper() + name[1:]}: what states did{where_}")
    if not found["practice"]:
        print("  nothing recorded" + (f" for {wording(kb).state(found['state'])}" if state is not None else "")
                   + " (the record of practice is incomplete: README, 'The record of practice')")
    for event in found["practice"]:
        day = event["date"] or f"made public {event['public']}"
        span = f" to {event['to']}" if event["to"] else ""
        from exequatur.render import PRACTICE_WORDS

        print(f"{day}{span}  {event['state_name']}  {PRACTICE_WORDS.get(event['kind'], event['kind'])}")
        print(f"    {event['statement']}")
        for s in event["sources"][:3]:
            print(f"    source: {s['title']} <{s['url']}>")


def kb_audit(json_: bool = False) -> None:
    """The bundled knowledge base's sources by class (primary, secondary, tertiary; from data/domains.yaml), the facts
    resting only on tertiary sources, unused sources, the most-cited tertiary ones, and the provisions' texts."""
    from exequatur.engine.audit import audit

    report = audit(bundled())
    if json_:
        _emit(report)
        return
    s = report["sources"]
    print(f"sources: {s['primary']} primary, {s['secondary']} secondary, {s['tertiary']} tertiary, "
               f"{s['denied']} denied")
    print(f"facts resting only on tertiary sources: {report['records_tertiary_only']} of {report['records']} "
               f"({report['share_tertiary_only']:.0%})")
    for table, labels in report["tertiary_only"].items():
        print(f"  {table}: {len(labels)} (e.g. {', '.join(labels[:3])})")
    print("most-cited tertiary sources:")
    for row in report["most_cited_tertiary"][:8]:
        print(f"  {row['cited']:4}  {row['id']}  {row['url'][:80]}")
    p = report["provisions"]
    print(f"provision texts: {p['primary']} primary, {p['secondary']} secondary, {p['tertiary']} tertiary")
    print(f"unused sources: {len(report['unused_sources'])}; unlisted domains: {len(report['unlisted_domains'])}")


def kb_import_depositary(file: str, url: str | None = None, json_: bool = False) -> None:
    """Compare a UN depositary status file (MTDSG XML) with the knowledge base and print what it lacks as proposed
    participation records (YAML, citing the file), what it records differently, and the names not matched to a
    state. Nothing is written: a curator reviews, fills in the source's address and adds the records (README,
    "Staying current")."""
    import yaml

    from exequatur.engine.depositary import proposals

    if not file.strip():
        raise InputError("kb import-depositary: the file name is empty; give an MTDSG status file (XML)")
    if url is not None and not re.fullmatch(r"https://treaties\.un\.org/[\x21-\x7e]{1,400}", url):
        raise InputError(f"--url {shorten(url, 80)!r} is not an address on https://treaties.un.org/ (printable, "
                         "without spaces, at most 400 characters), where the depositary publishes its status files")
    found = proposals(bundled(), Path(file), url)
    if json_:
        _emit(found)
        return
    print(f"MTDSG chapter {found['chapter'].replace('-', '.')}: {shorten(found['title'], 100)}")
    if found["instrument"] is None:
        print("no instrument of the knowledge base is read from this chapter; nothing to compare "
                   f"({len(found['participants'])} participants read)")
        return
    print(f"instrument {found['instrument']}: {found['agree']} acts agree, {len(found['records'])} missing, "
               f"{len(found['differs'])} recorded differently, {len(found['conflicts'])} given two dates, "
               f"{len(found['unmatched'])} names not matched, {len(found['unreadable'])} date cells not read")
    for row in found["conflicts"]:
        print(f"  two dates in the file: {row['state']} {row['event']} {' and '.join(row['dates'])} (nothing "
                   "proposed)")
    for cell in found["unreadable"][:20]:
        print(f"  not read: {cell['participant']}: {cell['cell']!r} ({cell['why']})")
    for row in found["differs"]:
        print(f"  differs: {row['state']} {row['event']} file {row['file']}, knowledge base "
                   f"{', '.join(row['knowledge_base'])}" + (f" — {shorten(' '.join(row['notes']), 200)}"
                                                             if row["notes"] else ""))
    if found["unmatched"]:
        print(f"  not matched to a state: {shorten(', '.join(found['unmatched']), 600)}")
    if found["records"]:
        print("# proposed records for participation.yaml, and their source for sources.yaml (review first):")
        print(yaml.safe_dump({"sources": [found["source"]], "participation": found["records"]},
                                  sort_keys=False, allow_unicode=True).rstrip())


def rulings_search(query: str | list[str], json_: bool = False) -> None:
    """Rulings whose person, court, situation or other names contain every word of QUERY (case, accents and hyphens
    ignored: "almasri" finds "Al-Masri"), best match first."""
    query = " ".join(query) if isinstance(query, list) else query
    kb = bundled()
    if len(query) > MAX_QUERY:
        raise InputError(f"QUERY has {len(query)} characters; give at most {MAX_QUERY} (a name, a court, a situation)")
    hits = search.rulings(kb, query)
    rows = [search.row(kb, hit.ruling) for hit in hits]
    if json_:
        _emit({"schema": SCHEMA, "kb_version": kb.version, "query": query, "count": len(rows), "rulings": rows})
        return
    if not rows:
        print(f"no ruling matches {query[:80]!r}; try a name, a court (icc, ecthr), a situation or a state")
    for row in rows:
        who = row["subject"] or row["respondent"] or ""
        where_ = f" · {row['situation']}" if row["situation"] else ""
        print(f"{row['id']:40} {row['kind']:15} {row['issued']}  {row['court']}{' · ' + who if who else ''}"
                   f"{where_}")


def law_list(json_: bool = False) -> None:
    """Every encoded provision with its citation and period in force, and every reading: international law first,
    then each state whose law is encoded, by name."""
    names = bundled().states
    groups = [("International law" if code is None else f"{names[code].name if code in names else code} ({code})",
               code, books) for code, books in inputs.RULEBOOK_GROUPS]
    groups[1:] = sorted(groups[1:], key=lambda g: g[0])
    if json_:
        _emit({"groups": [{"group": title, "state": code,
                           "provisions": [{"id": p.id, "citation": p.citation,
                                           "in_force": {"from": p.in_force_from.isoformat() if p.in_force_from else None,
                                                        "to": p.in_force_to.isoformat() if p.in_force_to else None}}
                                          for book in books for p in book.provisions],
                           "readings": [{"id": r.id, "options": [o.name for o in r.options], "default": r.default}
                                        for book in books for r in book.readings]}
                          for title, code, books in groups]})
        return
    for title, _code, books in groups:
        print(title)
        for p in dict.fromkeys(p for book in books for p in book.provisions):
            period = f"{p.in_force_from or '…'} – {p.in_force_to or 'in force'}"
            print(f"  {p.id:44} {p.citation}  ({period})")
        for r in dict.fromkeys(r for book in books for r in book.readings):
            print(f"  reading {r.id}: {' | '.join(o.name for o in r.options)} (default {r.default})")
        print("")


def law_show(rule_id: str) -> None:
    """One provision's citation, text, period in force and source — or one reading's options and holders."""
    reading = next((r for r in inputs.READINGS if r.id == rule_id), None)
    if reading is not None:
        _emit({"reading": reading.id, "question": reading.question, "provision": reading.provision,
               "default": reading.default, "options": [{"name": o.name, "description": o.description,
                                                        "held_by": o.held_by} for o in reading.options]})
        return
    _emit(provision_dict(provision(rule_id)))


def _say(line: str) -> None:
    """One line on standard error, if there is one to write to (closed, ``2>&-``: None; full or gone: nothing)."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(line + "\n")


def _fail(message: str) -> NoReturn:
    _say(f"exequatur: error: {readable(message)}")
    raise SystemExit(2)


class _Parser(argparse.ArgumentParser):
    """argparse, with every usage error as InputError: one line, exit status 2, no usage block."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, allow_abbrev=False, **kwargs)  # '--o' is not '--on': an option is written whole

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix("exequatur").strip()
        unknown = [word for word in self.given if word.startswith("--") and word != "--" and
                   word.split("=")[0] not in self._option_string_actions]
        if command and unknown and "required" in message:  # '--stat MNG': the mistyped option is the news
            near = _near(unknown[0], self._option_string_actions, n=2)
            message = f"unknown option {shorten(unknown[0], 60)!r}" + (f" (did you mean {', '.join(near)}?)"
                                                                       if near else "")
        raise InputError(f"{command}: {message}" if command else message)

    given: tuple[str, ...] = ()  # the command line being read, for the message above


class _Once(argparse.Action):
    """An option that takes one value and may be given once: a second ``--state`` is refused, not silently preferred."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        given = namespace.__dict__.setdefault("_given", set())
        if self.dest in given:
            raise InputError(f"{option_string} is given more than once; give it once")
        given.add(self.dest)
        setattr(namespace, self.dest, values)


_JSON = ("--json", {"action": "store_true", "dest": "json_", "help": "print JSON (stable schema, see README)"})
_RULING = ("--ruling", {"help": "ruling id, e.g. icc-putin-2023"})
_RULING_FILE = ("--ruling-file", {"help": "a hypothetical ruling as JSON ('-' for stdin)"})
_STATE = ("--state", {"required": True, "help": "ISO 3166-1 alpha-3 code (e.g. MNG; PSE Palestine, XKX Kosovo), alpha-2 "
                      "code or name"})
_ON = ("--on", {"help": "date YYYY-MM-DD (default: today)"})
_READING = ("--reading", {"action": "append", "help": "reading to apply: an option name (e.g. ruling-date) or "
                          "reading-id=option; repeatable"})
_ASSUME = ("--assume", {"help": "a what-if scenario: a YAML or JSON file of assumed facts, or the name of a bundled one "
                        "(e.g. russia-accedes); see README"})
_QUESTION = (_RULING, _RULING_FILE, _ON, _READING, _ASSUME, _JSON)


def _days(text: str) -> int:
    if not re.fullmatch(r"\d{1,4}", text) or int(text) > 3650:
        raise argparse.ArgumentTypeError(f"{shorten(text, 40)!r} is not a number of days from 0 to 3650")
    return int(text)


def _port(text: str) -> int:
    if not re.fullmatch(r"\d{1,5}", text) or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{shorten(text, 40)!r} is not a port number from 1 to 65535")
    return int(text)


# command → (function, options): each option (flags, argparse keywords); the help is the function's docstring
_COMMANDS: dict[str, tuple[Callable[..., None], tuple[tuple[Any, dict[str, Any]], ...]]] = {
    "ask": (ask, (_STATE, *_QUESTION)),
    "where": (where, _QUESTION),
    "when": (when, (_STATE, ("--from", {"required": True, "dest": "from_", "help": "start date YYYY-MM-DD"}),
                    ("--to", {"required": True, "help": "end date YYYY-MM-DD"}), *_QUESTION[:2], *_QUESTION[3:]))
    ,
    "practice": (practice, (("--ruling", {"required": True, "help": "ruling id, e.g. icc-putin-2023"}),
                            ("--state", {"help": "only this state (ISO 3166-1 alpha-3, alpha-2 or name)"}), _JSON)),
    "upcoming": (upcoming, (("--from", {"dest": "from_", "help": "first day YYYY-MM-DD (default today)"}),
                            ("--days", {"type": _days, "default": 365, "help": "how many days ahead (0 to 3650)"}),
                            _JSON)),
    "serve": (serve, (("--host", {"default": "127.0.0.1", "help": "address to listen on"}),
                      ("--port", {"type": _port, "default": 8000, "help": "port to listen on"}))),
    "kb validate": (kb_validate, (("directory", {"nargs": "?", "help": "data directory (default: bundled)"}),)),
    "kb show": (kb_show, (("record_id", {"metavar": "ID", "help": "a state, ruling, body, situation, resolution, "
                                         "instrument, person or law id"}),)),
    "kb audit": (kb_audit, (_JSON,)),
    "kb import-depositary": (kb_import_depositary, (
        ("file", {"metavar": "FILE", "help": "an MTDSG status file in XML, as treaties.un.org publishes it"}),
        ("--url", {"help": "the file's address on treaties.un.org, for the proposed source record"}), _JSON)),
    "rulings search": (rulings_search, (("query", {"metavar": "QUERY", "nargs": "+", "help": "words to find: a name in "
                                                   "any recorded spelling, an office, a court, a situation, a state"}),
                                        _JSON)),
    "law list": (law_list, (_JSON,)),
    "law show": (law_show, (("rule_id", {"metavar": "RULE", "help": "a rule id from `law list`, or a reading id"}),)),
}
_GROUPS = {"kb": "inspect and validate the knowledge base", "law": "list and show the encoded rules and readings",
           "rulings": "find rulings by person, court, situation or other name"}


def _named(argv: list[str]) -> list[str]:
    """The commands a command line names: the one given (``ask``; ``kb show``) if it comes first (after ``--version``
    at most) and whole, else every command — for the top-level help (``--help ask``, ``kb -h show``), after ``--``,
    and for the message naming the valid ones after a mistyped command."""
    first = 0
    while first < len(argv) and argv[first] == "--version":
        first += 1
    words = argv[first:first + 2]
    found = [name for name in _COMMANDS if name.split() == words[:len(name.split())]]
    return found or list(_COMMANDS)


def _parser(argv: list[str] | None = None) -> _Parser:
    """The command line's parser: with every command, or — where ``argv`` names one — with that command alone (what
    parsing it needs): argparse formats each option's help as it is added, and building all thirteen commands (sixteen
    parsers) cost more than a cold answer's reasoning."""
    top = _Parser(prog="exequatur", description="Must a state give effect to a ruling of a foreign or international "
                  "court (international law), and may it (its own law)? Answers with reasons and sources.")
    top.add_argument("--version", action="store_true", help="print the version and exit")
    commands = top.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    groups: dict[str, Any] = {}
    for name in _named(argv or []):
        function, options = _COMMANDS[name]
        group, _, sub = name.rpartition(" ")
        if group and group not in groups:
            groups[group] = commands.add_parser(group, help=_GROUPS[group], description=_GROUPS[group]) \
                .add_subparsers(dest="subcommand", metavar="SUBCOMMAND", parser_class=_Parser, required=True)
        doc = " ".join((function.__doc__ or "").split())
        parser = (groups[group] if group else commands).add_parser(sub, help=doc.split(". ")[0], description=doc)
        for flags, keywords in options:
            once = {"action": _Once} if flags.startswith("--") and "action" not in keywords else {}
            parser.add_argument(flags, **once, **keywords)
        parser.set_defaults(run=function)
    return top


def main(argv: list[str] | None = None) -> None:
    """Entry point: parse, run the command, and turn every expected error into one line and exit status 2."""
    try:
        _Parser.given = tuple(sys.argv[1:] if argv is None else argv)
        parser = _parser(list(_Parser.given))
        args, extra = parser.parse_known_args(argv)
        if extra:
            _unknown(parser, args, extra[0])
        if args.version:
            print(f"exequatur {ENGINE_VERSION} (decision schema {SCHEMA}; knowledge base {bundled().version})")
            return
        if getattr(args, "run", None) is None:
            parser.print_help()
            raise SystemExit(2)
        options = {k: v for k, v in vars(args).items()
                   if k not in ("run", "command", "subcommand", "version", "_given")}
        args.run(**options)
    except (InputError, KnowledgeBaseError) as exc:
        _fail(str(exc))


def run() -> NoReturn:
    """The ``exequatur`` command: ``main``, its output flushed, then the process ends at once (``os._exit``) with the
    status ``main`` gave. Why: tearing the interpreter down frees every record of the knowledge base one by one, which
    cost a cold answer a sixth of its time (about 20 ms) for nothing — the system takes a process's memory back whole.
    A reader that stops reading (``exequatur law list | head -1``) ends the command quietly with status 1 (Python's
    own advice for a broken pipe), not with a traceback. An exception no command expects still ends as Python ends it.
    """
    try:
        main()
        status: object = 0
    except SystemExit as exc:
        status = exc.code
    except BrokenPipeError:
        status = 1
    except OSError as exc:  # the output cannot be written (a full disk, /dev/full): one line, not a traceback
        _say(f"exequatur: error: the output cannot be written ({exc.strerror or exc})")
        status = 1
    if status is not None and not isinstance(status, int):  # as the interpreter does with SystemExit("message")
        _say(str(status))
        status = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:  # None: the stream was closed before the command started (``>&-``)
                stream.flush()
        except (OSError, ValueError):  # a reader gone (broken pipe), or a stream closed
            status = status or 1
    os._exit(status or 0)


def _near(given: str, options: Iterable[str], n: int) -> list[str]:
    """The options closest to an unknown one (``--opt=value`` read as ``--opt``)."""
    import difflib  # only for a mistyped option

    return difflib.get_close_matches(given.split("=")[0], list(options), n=n, cutoff=0.6)


def _unknown(parser: _Parser, args: argparse.Namespace, given: str) -> NoReturn:
    """An argument no command takes: one line naming it, and the closest option of the command given."""
    known = [flag for name, (function, options) in _COMMANDS.items() if getattr(args, "run", None) is function
             for flags, _ in options for flag in (flags,) if flag.startswith("--")]
    if given.startswith("-"):
        near = _near(given, known, n=3)
        raise InputError(f"unknown option {shorten(given, 60)!r}" + (f" (did you mean {', '.join(near)}?)" if near else
                                                                     f"; valid here: {', '.join(known)}" if known else ""))
    commands = sorted({name.split()[0] for name in _COMMANDS})
    raise InputError(f"unexpected argument {shorten(given, 60)!r}; commands: {', '.join(commands)}")

if __name__ == "__main__":
    run()
