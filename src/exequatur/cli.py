"""The ``exequatur`` command: a thin layer over the Python API. A public contract — keep it stable.

Bad input never produces a traceback: every error is one line naming the bad value and the closest valid ones,
and the exit status is 2.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console

from exequatur.engine import evaluate, scenario
from exequatur.engine.decision import ENGINE_VERSION, SCHEMA, provision_dict
from exequatur.engine.evaluate import InputError, readable, state_code, when_dict, where_dict
from exequatur.engine.inputs import (
    READINGS,
    RULEBOOK_GROUPS,
    hypothetical_ruling,
    parse_date,
    parse_readings,
    provision,
)
from exequatur.engine.wording import wording
from exequatur.facts import files, search
from exequatur.facts.knowledge_base import KnowledgeBase, KnowledgeBaseError
from exequatur.facts.load import bundled, load
from exequatur.facts.model import as_dict
from exequatur.facts.text import shorten

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Must a state give effect to a ruling of a foreign "
                  "or international court (international law), and may it (its own law)? Answers with reasons and "
                  "sources.")
kb_app = typer.Typer(no_args_is_help=True, help="Inspect and validate the knowledge base.")
law_app = typer.Typer(no_args_is_help=True, help="List and show the encoded rules and readings.")
rulings_app = typer.Typer(no_args_is_help=True, help="Find rulings by person, court, situation or other name.")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"exequatur {ENGINE_VERSION} (decision schema {SCHEMA}; knowledge base {bundled().version})")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    """Must a state give effect to a ruling of a foreign or international court — and may it?"""


app.add_typer(kb_app, name="kb")
app.add_typer(law_app, name="law")
app.add_typer(rulings_app, name="rulings")

State = Annotated[str, typer.Option("--state", help="ISO 3166-1 alpha-3 code, e.g. MNG (PSE Palestine, XKX Kosovo)")]
On = Annotated[str | None, typer.Option("--on", help="Date YYYY-MM-DD (default: today)")]
ReadingOpt = Annotated[list[str] | None, typer.Option("--reading", help="Reading to apply: an option name "
                                                      "(e.g. ruling-date) or reading-id=option; repeatable")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON (stable schema, see README)")]
RulingOpt = Annotated[str | None, typer.Option("--ruling", help="Ruling id, e.g. icc-putin-2023")]
RulingFile = Annotated[str | None, typer.Option("--ruling-file", help="A hypothetical ruling as JSON ('-' for stdin)")]
Assume = Annotated[str | None, typer.Option("--assume", help="A what-if scenario: a YAML or JSON file of assumed "
                                            "facts, or the name of a bundled one (e.g. russia-accedes); see README")]


MAX_QUERY = 200  # characters: the same bound as the API's ``q``


def _console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def _emit(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


MAX_INPUT = 1_000_000  # bytes of a ruling or scenario file: real ones are a few hundred


def _read(path_text: str, option: str) -> str:
    """The text of a --ruling-file or --assume file ('-': standard input), at most ``MAX_INPUT`` bytes of UTF-8."""
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


@app.command()
def ask(state: State, ruling: RulingOpt = None, ruling_file: RulingFile = None, on: On = None,
        reading: ReadingOpt = None, assume: Assume = None, json_: Json = False) -> None:
    """Both legal orders for one state, one ruling and one date, with the explanation."""
    kb, r = _resolve(ruling, ruling_file, assume)
    answer = evaluate.ask(kb, state_code(kb, state), r, _on(on), parse_readings(reading or ()))
    if json_:
        _emit(answer.to_dict())
    else:
        from exequatur import render

        render.answer(answer, _console())


@app.command()
def where(ruling: RulingOpt = None, ruling_file: RulingFile = None, on: On = None, reading: ReadingOpt = None,
          assume: Assume = None, json_: Json = False) -> None:
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


@app.command()
def when(state: State, from_: Annotated[str, typer.Option("--from", help="Start date YYYY-MM-DD")],
         to: Annotated[str, typer.Option("--to", help="End date YYYY-MM-DD")], ruling: RulingOpt = None,
         ruling_file: RulingFile = None, reading: ReadingOpt = None, assume: Assume = None, json_: Json = False) -> None:
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


@app.command()
def serve(host: Annotated[str, typer.Option("--host", help="Address to listen on")] = "127.0.0.1",
          port: Annotated[int, typer.Option("--port", help="Port to listen on", min=1, max=65535)] = 8000) -> None:
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
    typer.echo(f"exequatur: serving the page at http://{host}:{port}/ and the API at http://{host}:{port}/api "
               f"(OpenAPI: http://{host}:{port}/openapi.json); Ctrl-C stops")
    uvicorn.run(application, host=host, port=port, log_level="warning")


@kb_app.command("validate")
def kb_validate(directory: Annotated[str | None, typer.Argument(help="Data directory (default: bundled)")] = None
                ) -> None:
    """Load and check a knowledge base: types, ids, sources, date order, treaty date arithmetic."""
    from exequatur.engine.consistency import check

    if directory is not None and not directory.strip():
        raise InputError("kb validate: the directory is empty text; give a data directory, or nothing for the bundled "
                         "knowledge base")
    kb = load(directory) if directory else bundled()
    problems = check(kb)
    if problems:
        raise KnowledgeBaseError(problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
    typer.echo(f"ok: {len(kb.states)} states, {len(kb.participation)} participation events, {len(kb.rulings)} rulings, "
               f"{len(kb.sources)} sources; version {kb.version}")


@kb_app.command("show")
def kb_show(record_id: Annotated[str, typer.Argument(metavar="ID", help="A state, ruling, body, situation, "
                                                     "resolution, instrument, person or law id")]) -> None:
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


@app.command()
def upcoming(from_: Annotated[str | None, typer.Option("--from", help="First day YYYY-MM-DD (default today)")] = None,
             days: Annotated[int, typer.Option("--days", min=0, max=3650, help="How many days ahead (0 to 3650)")] = 365,
             json_: Json = False) -> None:
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
        typer.echo(f"no scheduled change from {start.isoformat()} in the next {days} days")
    for c in changes:
        typer.echo(f"{c['date']}  {c['state']:3}  {c['instrument']:28} {c['change']:24} {c['because']}")


@app.command()
def practice(ruling: Annotated[str, typer.Option("--ruling", help="Ruling id, e.g. icc-putin-2023")],
             state: Annotated[str | None, typer.Option("--state", help="Only this state (ISO 3166-1 alpha-3, "
                                                      "alpha-2 or name)")] = None,
             json_: Json = False) -> None:
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
    typer.echo(f"{found['ruling_name']}: what states did{where_}")
    if not found["practice"]:
        typer.echo("  nothing recorded" + (f" for {wording(kb).state(found['state'])}" if state is not None else "")
                   + " (the record of practice is incomplete: README, 'The record of practice')")
    for event in found["practice"]:
        day = event["date"] or f"made public {event['public']}"
        span = f" to {event['to']}" if event["to"] else ""
        typer.echo(f"{day}{span}  {event['state_name']}  {event['kind']}")
        typer.echo(f"    {event['statement']}")
        for s in event["sources"][:3]:
            typer.echo(f"    source: {s['title']} <{s['url']}>")


@kb_app.command("audit")
def kb_audit(json_: Json = False) -> None:
    """The bundled knowledge base's sources by class (primary, secondary, tertiary; from data/domains.yaml), the facts
    resting only on tertiary sources, unused sources, the most-cited tertiary ones, and the provisions' texts."""
    from exequatur.engine.audit import audit

    report = audit(bundled())
    if json_:
        _emit(report)
        return
    s = report["sources"]
    typer.echo(f"sources: {s['primary']} primary, {s['secondary']} secondary, {s['tertiary']} tertiary, "
               f"{s['denied']} denied")
    typer.echo(f"facts resting only on tertiary sources: {report['records_tertiary_only']} of {report['records']} "
               f"({report['share_tertiary_only']:.0%})")
    for table, labels in report["tertiary_only"].items():
        typer.echo(f"  {table}: {len(labels)} (e.g. {', '.join(labels[:3])})")
    typer.echo("most-cited tertiary sources:")
    for row in report["most_cited_tertiary"][:8]:
        typer.echo(f"  {row['cited']:4}  {row['id']}  {row['url'][:80]}")
    p = report["provisions"]
    typer.echo(f"provision texts: {p['primary']} primary, {p['secondary']} secondary, {p['tertiary']} tertiary")
    typer.echo(f"unused sources: {len(report['unused_sources'])}; unlisted domains: {len(report['unlisted_domains'])}")


@kb_app.command("import-depositary")
def kb_import_depositary(file: Annotated[str, typer.Argument(metavar="FILE", help="An MTDSG status file in XML, as "
                                                             "treaties.un.org publishes it")],
                         url: Annotated[str | None, typer.Option("--url", help="The file's address on treaties.un.org, "
                                                                 "for the proposed source record")] = None,
                         json_: Json = False) -> None:
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
    typer.echo(f"MTDSG chapter {found['chapter'].replace('-', '.')}: {shorten(found['title'], 100)}")
    if found["instrument"] is None:
        typer.echo("no instrument of the knowledge base is read from this chapter; nothing to compare "
                   f"({len(found['participants'])} participants read)")
        return
    typer.echo(f"instrument {found['instrument']}: {found['agree']} acts agree, {len(found['records'])} missing, "
               f"{len(found['differs'])} recorded differently, {len(found['conflicts'])} given two dates, "
               f"{len(found['unmatched'])} names not matched, {len(found['unreadable'])} date cells not read")
    for row in found["conflicts"]:
        typer.echo(f"  two dates in the file: {row['state']} {row['event']} {' and '.join(row['dates'])} (nothing "
                   "proposed)")
    for cell in found["unreadable"][:20]:
        typer.echo(f"  not read: {cell['participant']}: {cell['cell']!r} ({cell['why']})")
    for row in found["differs"]:
        typer.echo(f"  differs: {row['state']} {row['event']} file {row['file']}, knowledge base "
                   f"{', '.join(row['knowledge_base'])}" + (f" — {shorten(' '.join(row['notes']), 200)}"
                                                             if row["notes"] else ""))
    if found["unmatched"]:
        typer.echo(f"  not matched to a state: {shorten(', '.join(found['unmatched']), 600)}")
    if found["records"]:
        typer.echo("# proposed records for participation.yaml, and their source for sources.yaml (review first):")
        typer.echo(yaml.safe_dump({"sources": [found["source"]], "participation": found["records"]},
                                  sort_keys=False, allow_unicode=True).rstrip())


@rulings_app.command("search")
def rulings_search(query: Annotated[str, typer.Argument(metavar="QUERY", help="Words to find: a name in any recorded "
                                                        "spelling, an office, a court, a situation, a state")],
                   json_: Json = False) -> None:
    """Rulings whose person, court, situation or other names contain every word of QUERY (case, accents and hyphens
    ignored: "almasri" finds "Al-Masri"), best match first."""
    kb = bundled()
    if len(query) > MAX_QUERY:
        raise InputError(f"QUERY has {len(query)} characters; give at most {MAX_QUERY} (a name, a court, a situation)")
    hits = search.rulings(kb, query)
    rows = [search.row(kb, hit.ruling) for hit in hits]
    if json_:
        _emit({"schema": SCHEMA, "kb_version": kb.version, "query": query, "count": len(rows), "rulings": rows})
        return
    if not rows:
        typer.echo(f"no ruling matches {query[:80]!r}; try a name, a court (icc, ecthr), a situation or a state")
    for row in rows:
        who = row["subject"] or row["respondent"] or ""
        where_ = f" · {row['situation']}" if row["situation"] else ""
        typer.echo(f"{row['id']:40} {row['kind']:15} {row['issued']}  {row['court']}{' · ' + who if who else ''}"
                   f"{where_}")


@law_app.command("list")
def law_list(json_: Json = False) -> None:
    """Every encoded provision with its citation and period in force, and every reading: international law first,
    then each state whose law is encoded, by name."""
    names = bundled().states
    groups = [("International law" if code is None else f"{names[code].name if code in names else code} ({code})",
               code, books) for code, books in RULEBOOK_GROUPS]
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
        typer.echo(title)
        for p in dict.fromkeys(p for book in books for p in book.provisions):
            period = f"{p.in_force_from or '…'} – {p.in_force_to or 'in force'}"
            typer.echo(f"  {p.id:44} {p.citation}  ({period})")
        for r in dict.fromkeys(r for book in books for r in book.readings):
            typer.echo(f"  reading {r.id}: {' | '.join(o.name for o in r.options)} (default {r.default})")
        typer.echo("")


@law_app.command("show")
def law_show(rule_id: Annotated[str, typer.Argument(metavar="RULE", help="A rule id from `law list`, or a reading "
                                                    "id")]) -> None:
    """One provision's citation, text, period in force and source — or one reading's options and holders."""
    reading = next((r for r in READINGS if r.id == rule_id), None)
    if reading is not None:
        _emit({"reading": reading.id, "question": reading.question, "provision": reading.provision,
               "default": reading.default, "options": [{"name": o.name, "description": o.description,
                                                        "held_by": o.held_by} for o in reading.options]})
        return
    _emit(provision_dict(provision(rule_id)))


def _fail(message: str) -> NoReturn:
    sys.stderr.write(f"exequatur: error: {readable(message)}\n")
    raise SystemExit(2)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app and turn every expected error into one line and exit status 2."""
    try:
        app(args=argv, standalone_mode=False, prog_name="exequatur")
    except (InputError, KnowledgeBaseError) as exc:
        _fail(str(exc))
    except Exception as exc:  # usage errors of the CLI framework (click, vendored or not), found by their interface
        if not hasattr(exc, "format_message"):
            if type(exc).__name__ == "Abort":
                _fail("aborted")
            raise
        if not exc.format_message().strip():  # no command given: the help was printed, which is the answer
            raise SystemExit(2) from None
        possibilities = getattr(exc, "possibilities", None)
        if getattr(exc, "option_name", None) and type(exc).__name__ == "NoSuchOption":
            _fail(f"unknown option {exc.option_name!r}" + (f" (did you mean {', '.join(possibilities)}?)"
                                                            if possibilities else ""))
        _fail(exc.format_message().replace("\n", " "))

if __name__ == "__main__":
    main()
