"""The HTTP API and the page, served by one process over the same engine as the CLI.

Why a thin layer: every endpoint turns its input into the engine's input with the same helpers the CLI uses
(``parse_date``, ``parse_readings``, ``hypothetical_ruling``, ``scenario.parse``) and answers with the same JSON
shapes as the CLI's ``--json``, so the two interfaces cannot disagree. Bad input is a 422 (a bad value) or a 404 (an
unknown id in the path) whose message names the field and what would be valid; nothing a client sends should
produce a 500. Every response carries the engine and knowledge-base versions in headers, and every answer in its
body.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import msgspec
from fastapi import Body as RequestBody
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from exequatur.engine import evaluate, scenario
from exequatur.engine.decision import ENGINE_VERSION, SCHEMA, provision_dict
from exequatur.engine.evaluate import InputError, closest, readable, state_code, when_dict, where_dict
from exequatur.engine.inputs import PROVISIONS, READINGS, hypothetical_ruling, parse_date, parse_readings, provision
from exequatur.engine.practice import record as practice_record
from exequatur.engine.upcoming import upcoming
from exequatur.facts import search
from exequatur.facts.knowledge_base import KnowledgeBase
from exequatur.facts.load import bundled
from exequatur.facts.model import Ruling, as_dict
from exequatur.facts.text import shorten
from exequatur.web import schemas
from exequatur.web.guard import Guard

TABLES = ("states", "rulings", "bodies", "situations", "resolutions", "instruments", "persons", "national_laws",
          "sources")
MAX_ASSUMED = 50


class NotFound(LookupError):
    """An id in the path that the knowledge base does not hold (404)."""


class Question(BaseModel):
    """The body of POST /api/ask, /api/where and /api/when: the GET parameters, plus what cannot go in a URL — a
    hypothetical ruling and a what-if scenario."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True,
                              json_schema_extra={"example": {"state": "MNG", "ruling": "icc-putin-2023",
                                                             "on": "2024-09-03"}})

    state: str | None = Field(None, description="ISO 3166-1 alpha-3 code (ask, when)", max_length=16)
    ruling: str | None = Field(None, description="A ruling id, e.g. icc-putin-2023", max_length=200)
    ruling_json: dict[str, Any] | None = Field(None, description="A hypothetical ruling, as for the CLI's "
                                               "--ruling-file (give this or 'ruling')")
    on: str | None = Field(None, description="Date YYYY-MM-DD (ask, where; default today)", max_length=32)
    from_: str | None = Field(None, alias="from", description="Start date YYYY-MM-DD (when)", max_length=32)
    to: str | None = Field(None, description="End date YYYY-MM-DD (when)", max_length=32)
    readings: list[str] = Field(default_factory=list, description="Readings: an option name or reading-id=option",
                                max_length=20)
    scenario: dict[str, Any] | None = Field(None, description="A what-if scenario: {name, description, assume: [...]}, "
                                            "as for the CLI's --assume")


StateQ = Annotated[str, Query(description="ISO 3166-1 alpha-3 code, e.g. MNG", max_length=16)]
RulingQ = Annotated[str, Query(description="Ruling id, e.g. icc-putin-2023", max_length=200)]
OnQ = Annotated[str | None, Query(description="Date YYYY-MM-DD (default today)", max_length=32)]
ReadingQ = Annotated[list[str] | None, Query(description="Reading: an option name (e.g. ruling-date) or "
                                             "reading-id=option; repeatable", max_length=20)]


def create_app(kb: KnowledgeBase | None = None) -> FastAPI:
    """The application: the API under /api, the page at /, its files under /static."""
    base = kb or bundled()
    app = FastAPI(title="exequatur", version=ENGINE_VERSION, docs_url=None, redoc_url=None,
                  dependencies=[Depends(_known_parameters)],
                  description="Must a state give effect to a ruling of a foreign or international court (international "
                  "law), and may it (its own law)? Answers with reasons and sources. The same JSON shapes as the "
                  f"CLI's --json (schema {SCHEMA}). Knowledge base version {base.version}.")
    static = Path(str(resources.files("exequatur") / "web" / "static"))

    @functools.lru_cache(maxsize=16)  # a scenario knowledge base keeps its own tracks: bound the memory
    def scenario_kb(text: str) -> KnowledgeBase:
        return scenario.apply(base, scenario.parse(base, json.loads(text), origin="scenario"))

    @functools.cache
    def shipped_examples() -> dict[str, Any]:
        return {"scenarios": [scenario.parse_text(base, text, origin=name).to_dict()
                              for name, text in scenario.examples().items()]}

    def knowledge(q: Question | None) -> KnowledgeBase:
        if q is None or q.scenario is None:
            return base
        assume = q.scenario.get("assume")
        if isinstance(assume, list) and len(assume) > MAX_ASSUMED:
            raise InputError(f"scenario: at most {MAX_ASSUMED} assumed facts")
        return scenario_kb(json.dumps(q.scenario, sort_keys=True))

    def ruling_of(kb: KnowledgeBase, ruling: str | None, ruling_json: Mapping[str, Any] | None
                  ) -> tuple[KnowledgeBase, str | Ruling]:
        if (ruling is None) == (ruling_json is None):
            raise InputError("give exactly one of 'ruling' (an id) or 'ruling_json' (a hypothetical ruling)")
        if ruling is not None:
            evaluate.resolve_ruling(kb, ruling)  # InputError naming the closest ids
            return kb, ruling
        return hypothetical_ruling(kb, json.dumps(ruling_json))

    def day(value: str | None, field: str = "on") -> dt.date:
        return parse_date(value, field) if value is not None else dt.date.today()

    def state_of(kb: KnowledgeBase, value: str | None) -> str:
        if not value:
            raise InputError(f"'state' is required: an ISO 3166-1 alpha-3 code, e.g. MNG ({len(kb.states)} known)")
        return state_code(kb, value)

    # --- answers ---------------------------------------------------------------------------------------------

    def do_ask(q: Question) -> dict[str, Any]:
        _applies(q, "ask")
        kb, r = ruling_of(knowledge(q), q.ruling, q.ruling_json)
        answer = evaluate.ask(kb, state_of(kb, q.state), r, day(q.on), parse_readings(q.readings))
        return answer.to_dict()

    def do_where(q: Question) -> Response:
        _applies(q, "where")
        kb, r = ruling_of(knowledge(q), q.ruling, q.ruling_json)
        on = day(q.on)
        found = evaluate.outcomes(kb, r, on, parse_readings(q.readings))
        return _serialised(where_dict(kb, r if isinstance(r, str) else r.id, on, found))

    def do_when(q: Question) -> Response:
        _applies(q, "when")
        kb, r = ruling_of(knowledge(q), q.ruling, q.ruling_json)
        if q.from_ is None or q.to is None:
            raise InputError("'from' and 'to' are required: dates YYYY-MM-DD, e.g. from=2023-01-01&to=2027-12-31")
        start, end = parse_date(q.from_, "from"), parse_date(q.to, "to")
        state = state_of(kb, q.state)
        intervals = evaluate.when(kb, state, r, start, end, parse_readings(q.readings))
        return _serialised(when_dict(kb, state, r if isinstance(r, str) else r.id, intervals))

    @app.get("/api/ask", tags=["answers"], summary="Both legal orders for one state, ruling and date",
             response_model=None, responses=schemas.documented(schemas.Answer))
    def ask_get(state: StateQ, ruling: RulingQ, on: OnQ = None, reading: ReadingQ = None) -> dict[str, Any]:
        """The answer as `exequatur ask --json`: `{schema, engine_version, kb_version, scenario, state, ruling,
        hypothetical_ruling, on, international: {outcome, reading, provisions, explanation, changes_if}, domestic:
        {…, findings, decided_by}, conflict, conflict_possible, assumed_facts}`. Outcomes: obliged, urged,
        not_obliged, unknown (international); barred, conditional, not_barred, no_rule, unknown (domestic)."""
        return do_ask(Question(state=state, ruling=ruling, on=on, readings=reading or []))

    @app.post("/api/ask", tags=["answers"], summary="ask, with a hypothetical ruling or a scenario in the body",
             response_model=None, responses=schemas.documented(schemas.Answer))
    def ask_post(q: Annotated[Question, RequestBody()]) -> dict[str, Any]:
        return do_ask(q)

    @app.get("/api/where", tags=["answers"], summary="Every state's outcomes for one ruling and date",
             response_model=None, responses=schemas.documented(schemas.Where))
    def where_get(ruling: RulingQ, on: OnQ = None, reading: ReadingQ = None) -> Response:
        """As `exequatur where --json`: `{schema, engine_version, kb_version, scenario, ruling, on, states: [{state,
        international: {outcome, reading}, domestic: {outcome, reading}, conflict, conflict_possible, assumed}]}`."""
        return do_where(Question(ruling=ruling, on=on, readings=reading or []))

    @app.post("/api/where", tags=["answers"], summary="where, with a hypothetical ruling or a scenario in the body",
             response_model=None, responses=schemas.documented(schemas.Where))
    def where_post(q: Annotated[Question, RequestBody()]) -> Response:
        return do_where(q)

    @app.get("/api/when", tags=["answers"], summary="Intervals of equal outcome for one state and ruling",
             response_model=None, responses=schemas.documented(schemas.When))
    def when_get(state: StateQ, ruling: RulingQ,
                 from_: Annotated[str, Query(alias="from", description="Start date YYYY-MM-DD", max_length=32)],
                 to: Annotated[str, Query(description="End date YYYY-MM-DD", max_length=32)],
                 reading: ReadingQ = None) -> Response:
        """As `exequatur when --json`: `{schema, engine_version, kb_version, scenario, state, ruling, intervals:
        [{from, to, international, domestic, conflict, conflict_possible, changed_by: [fact]}]}`, inclusive dates."""
        return do_when(Question(state=state, ruling=ruling, **{"from": from_}, to=to, readings=reading or []))

    @app.post("/api/when", tags=["answers"], summary="when, with a hypothetical ruling or a scenario in the body",
             response_model=None, responses=schemas.documented(schemas.When))
    def when_post(q: Annotated[Question, RequestBody()]) -> Response:
        return do_when(q)

    @app.post("/api/scenario", tags=["scenarios"], summary="Validate a scenario and list what it assumes",
             responses=schemas.ERRORS)
    def scenario_check(body: Annotated[dict[str, Any], RequestBody(examples=[{
            "name": "russia-accedes", "assume": [{"state": "RUS", "instrument": "rome-statute", "event": "accession",
                                                  "date": "2026-03-02"}]}])]) -> dict[str, Any]:
        parsed = scenario.parse(base, body, origin="scenario")
        return {"schema": SCHEMA, "engine_version": ENGINE_VERSION, "kb_version": base.version, **parsed.to_dict()}

    @app.get("/api/scenario/examples", tags=["scenarios"], summary="The example scenarios shipped with exequatur",
             responses=schemas.ERRORS)
    def scenario_examples() -> dict[str, Any]:
        return shipped_examples()

    @app.get("/api/scenario/vocabulary", tags=["scenarios"], summary="What a scenario may assume",
             responses=schemas.ERRORS)
    def scenario_vocabulary() -> dict[str, Any]:
        return {"instruments": [{"id": i.id, "title": i.title, "events": scenario.verbs_for(i.id)}
                                for i in base.instruments.values()],
                "situations": [{"id": s.id, "name": s.name} for s in base.situations.values()],
                "national_laws": [{"id": law.id, "state": law.state, "title": law.title_en}
                                  for law in base.national_laws.values()],
                "resolution_fields": ["resolution", "date", "chapter_vii", "decides_cooperation", "urges_all_states",
                                      "refers", "establishes", "subject", "note"]}

    # --- the knowledge base and the law ----------------------------------------------------------------------

    @app.get("/api/version", tags=["about"], summary="Engine and knowledge-base versions",
             responses=schemas.ERRORS)
    def version() -> dict[str, Any]:
        return {"schema": SCHEMA, "engine_version": ENGINE_VERSION, "kb_version": base.version,
                "data_as_of": base.data_as_of.isoformat() if base.data_as_of else None,
                "counts": {t: len(_table(base, t)) for t in TABLES}}

    @app.get("/api/upcoming", tags=["knowledge base"], summary="Changes the knowledge base schedules ahead",
             responses=schemas.ERRORS)
    def upcoming_get(from_: Annotated[str | None, Query(alias="from", max_length=32,
                                                        description="First day YYYY-MM-DD (default today)")] = None,
                     days: Annotated[int, Query(ge=0, le=3650, description="How many days ahead")] = 365
                     ) -> dict[str, Any]:
        """As `exequatur upcoming --json`: `{schema, kb_version, data_as_of, from, days, changes: [{state, instrument,
        date, change, because, sources: [{url, title}]}]}`."""
        start = day(from_, "from")
        return {"schema": SCHEMA, "kb_version": base.version,
                "data_as_of": base.data_as_of.isoformat() if base.data_as_of else None, "from": start.isoformat(),
                "days": days, "changes": upcoming(base, start, days)}

    @app.get("/api/practice", tags=["answers"], summary="What states did about a ruling: the record of practice",
             response_model=None, responses=schemas.documented(schemas.Practice))
    def practice_get(ruling: RulingQ, state: Annotated[str | None, Query(
            description="Only this state (ISO 3166-1 alpha-3, alpha-2 or name)", max_length=200)] = None
                     ) -> dict[str, Any]:
        """As `exequatur practice --json`: `{schema, engine_version, kb_version, ruling, ruling_name, state, practice:
        [{state, state_name, date, to, kind, statement, sources, referred?, public?}]}`; kinds: visit, arrest,
        surrender, refusal, non-compliance-finding, compliance."""
        if state is not None and not state.strip():
            raise InputError("'state' is empty: give a state (e.g. MNG, Mongolia) or leave it out for every state")
        return practice_record(base, evaluate.resolve_ruling(base, ruling),
                               state_of(base, state) if state is not None else None)

    @app.get("/api/rulings", tags=["knowledge base"], summary="Rulings, searched by person, court or situation",
             responses=schemas.ERRORS)
    def rulings(q: Annotated[str | None, Query(max_length=200, description="Words to find")] = None,
                limit: Annotated[int, Query(ge=1, le=500)] = 100) -> dict[str, Any]:
        return _listing(base, "rulings", [search.row(base, hit.ruling) for hit in search.rulings(base, q or "", limit)])

    @app.get("/api/kb/{table}", tags=["knowledge base"], summary="Records of one kind, searched by id or name",
             responses=schemas.ERRORS)
    def kb_list(table: str, q: Annotated[str | None, Query(max_length=200, description="Words to find")] = None,
                limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> dict[str, Any]:
        records = _table(base, table)
        rows = [row for row in (as_dict(r) for r in records.values())
                if _matches(q, *(str(v) for v in row.values() if isinstance(v, str)))]
        return _listing(base, table, rows[:limit])

    @app.get("/api/kb/{table}/{record_id}", tags=["knowledge base"], summary="One record (a state with its events)",
             responses=schemas.ERRORS)
    def kb_record(table: str, record_id: str) -> dict[str, Any]:
        records = _table(base, table)
        rec = records.get(record_id)
        if rec is None and table == "states" and record_id.strip():
            with contextlib.suppress(InputError):  # a state also by its alpha-2 code or its name, as for 'state'
                rec = records.get(state_code(base, record_id))
        if rec is None:
            raise NotFound(f"no {table[:-1].replace('_', ' ')} {record_id!r}{closest(record_id, records)}")
        data = as_dict(rec)
        if table == "states":
            data["participation"] = [as_dict(e) for e in base.participation
                                     if e.state == rec.id]
        return {"schema": SCHEMA, "kb_version": base.version, "table": table, "record": data}

    @app.get("/api/rules", tags=["law"], summary="Every encoded provision with citation and period in force",
             responses=schemas.ERRORS)
    def rules() -> dict[str, Any]:
        return {"engine_version": ENGINE_VERSION, "rules": [provision_dict(p) for p in PROVISIONS]}

    @app.get("/api/rules/{rule_id:path}", tags=["law"], summary="One provision",
             responses=schemas.ERRORS)
    def rule(rule_id: str) -> dict[str, Any]:
        try:
            return provision_dict(provision(rule_id))
        except InputError as exc:
            raise NotFound(str(exc)) from None

    @app.get("/api/readings", tags=["law"], summary="Provisions read more than one way: options, holders, default",
             responses=schemas.ERRORS)
    def readings() -> dict[str, Any]:
        return {"engine_version": ENGINE_VERSION, "readings": [
            {"id": r.id, "question": r.question, "provision": r.provision, "default": r.default,
             "options": [{"name": o.name, "description": o.description, "held_by": o.held_by} for o in r.options]}
            for r in READINGS]}

    # --- the page --------------------------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(static / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=static), name="static")
    _errors(app)
    app.add_middleware(Guard, kb_version=base.version)
    _settle(base)
    return app


def _serialised(data: dict[str, Any]) -> Response:
    """``where`` and ``when`` as JSON written once by msgspec: their shape is fixed (documented by
    ``schemas``), so FastAPI's generic encoding, which walks every value of the 197-state answer, is not needed."""
    return Response(msgspec.json.encode(data), media_type="application/json")


def _settle(kb: KnowledgeBase) -> None:
    """Compute what every map request reads (each ruling's per-state tracks, default readings), then move the
    long-lived objects out of the garbage collector's way: a full collection over the knowledge base and its tracks
    otherwise stalls a request now and then (seen as the p99 of /api/where under load)."""
    import gc

    for ruling in kb.rulings:
        evaluate.outcomes(kb, ruling, dt.date.today())
    gc.collect()
    gc.freeze()


def _table(kb: KnowledgeBase, table: str) -> Mapping[str, Any]:
    if table not in TABLES:
        raise NotFound(f"no table {table!r}{closest(table, TABLES)}; valid: {', '.join(TABLES)}")
    return getattr(kb, table)


def _listing(kb: KnowledgeBase, table: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {"schema": SCHEMA, "kb_version": kb.version, "table": table, "count": len(rows), "records": rows}


def _matches(q: str | None, *texts: object) -> bool:
    if not q:
        return True
    haystack = " ".join(str(t) for t in texts if t).casefold()
    return all(word in haystack for word in q.casefold().split())


def _errors(app: FastAPI) -> None:
    """Every expected error is JSON {"error": message, "status": code}: one line naming the value and valid ones."""

    def body(status: int, message: str) -> JSONResponse:
        return JSONResponse({"error": readable(message), "status": status}, status_code=status)

    @app.exception_handler(InputError)
    async def input_error(_: Request, exc: InputError) -> JSONResponse:
        return body(422, str(exc))

    @app.exception_handler(NotFound)
    async def not_found(_: Request, exc: NotFound) -> JSONResponse:
        return body(404, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path"))
        got = err.get("input")
        if isinstance(got, bytes | bytearray):
            return body(422, "request body must be a JSON object sent with content-type application/json, e.g. "
                        "{\"state\": \"MNG\", \"ruling\": \"icc-putin-2023\", \"on\": \"2024-09-03\"}")
        shown = f" (got {json.dumps(got, default=str)[:80]})" if got is not None and not isinstance(got, dict) else ""
        if err.get("type") == "json_invalid":
            return body(422, f"request body is not valid JSON: {err.get('msg')}")
        if err.get("type") == "extra_forbidden":
            return body(422, f"unknown field {where!r}; valid: {', '.join(_question_fields())}")
        return body(422, f"{where or 'request'}: {err.get('msg')}{shown}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = str(exc.detail)
        headers = dict(exc.headers or {})
        if exc.status_code == 404:
            message = "no such page or endpoint; the API is under /api (see /openapi.json), the page at /"
        elif exc.status_code == 405:
            methods = {m for route in request.app.routes for m in (getattr(route, "methods", None) or ())
                       if route.matches(request.scope)[0] != Match.NONE}
            headers["Allow"] = ", ".join(sorted(methods | ({"HEAD"} if "GET" in methods else set()))) or "GET, HEAD"
            message = (f"method {shorten(request.method, 20)} is not allowed on {shorten(request.url.path, 80)}; "
                       f"allowed: {headers['Allow']}")
        response = body(exc.status_code, message)
        response.headers.update(headers)
        return response


# The fields of a Question each answer reads: a field given to an endpoint that does not read it is refused, not ignored
# (a 'state' sent to /api/where would otherwise look like a filter that was applied).
APPLIES = {"ask": ("state", "ruling", "ruling_json", "on", "readings", "scenario"),
           "where": ("ruling", "ruling_json", "on", "readings", "scenario"),
           "when": ("state", "ruling", "ruling_json", "from", "to", "readings", "scenario")}


def _applies(q: Question, endpoint: str) -> None:
    """InputError for a field of ``q`` that ``endpoint`` does not read."""
    given = [Question.model_fields[name].alias or name for name in q.model_fields_set]
    extra = sorted(set(given) - set(APPLIES[endpoint]))
    if extra:
        raise InputError(f"field {extra[0]!r} does not apply to /api/{endpoint}; valid: {', '.join(APPLIES[endpoint])}")


def _known_parameters(request: Request) -> None:
    """A query parameter the endpoint does not read is refused (422), not ignored: ``/api/where?state=MNG`` must not
    look like a filter that was applied."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None or not request.url.path.startswith("/api"):
        return
    known: set[str] = set()
    stack = [dependant]
    while stack:  # the endpoint's own parameters and those of its dependencies
        current = stack.pop()
        known.update(p.alias for p in current.query_params)
        stack.extend(current.dependencies)
    for name in request.query_params:
        if name not in known:
            raise InputError(f"unknown query parameter {shorten(name, 40)!r}; valid here: "
                             f"{', '.join(sorted(known)) or 'none'}")


def _question_fields() -> list[str]:
    return [f.alias or name for name, f in Question.model_fields.items()]
