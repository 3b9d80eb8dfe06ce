"""Fuzzing the API: no input produces a server error.

Two layers: schemathesis generates requests from the OpenAPI document (valid and invalid by the schema) and checks
each response against the shapes the document declares; hypothesis
then aims at what the schema cannot describe — scenarios and hypothetical rulings whose keys are the real ones and
whose values are anything JSON can carry — because that is where a malformed value would reach the engine.
"""

from __future__ import annotations

import datetime as dt

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error, response_schema_conformance

from exequatur.web.api import create_app

APP = create_app()
SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", APP)
CLIENT = TestClient(APP, raise_server_exceptions=False)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


@SCHEMA.parametrize()
@FUZZ
def test_every_response_is_no_server_error_and_matches_the_document(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=False, allow_infinity=False),
                    st.text(max_size=12), st.sampled_from(["RUS", "MNG", "rome-statute", "icc", "ukraine",
                                                           "accession", "withdrawal", "all-states", "un-charter"]),
                    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).map(dt.date.isoformat))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                                          max_size=3), max_leaves=6)
FACT_KEYS = ["state", "instrument", "event", "date", "effective", "covers_from", "covers_to", "resolution", "chapter_vii",
             "decides_cooperation", "urges_all_states", "refers", "establishes", "law", "in_force", "repealed", "note"]
RULING_KEYS = ["body", "kind", "issued", "subject", "situation", "respondent", "applicant", "final", "acts_from",
               "acts_to", "crimes_from", "crimes_to", "id"]
FACTS = st.dictionaries(st.sampled_from(FACT_KEYS), VALUES, max_size=6)
RULINGS = st.dictionaries(st.sampled_from(RULING_KEYS), VALUES | st.fixed_dictionaries(
    {"kind": st.sampled_from(["national", "international", "x"])},
    optional={"state": VALUES, "criminal": VALUES, "jurisdiction_conferred_by": VALUES, "basis": VALUES}), max_size=6)


@FUZZ
@given(st.lists(FACTS, max_size=3), st.sampled_from(["/api/ask", "/api/where", "/api/when"]),
       st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
def test_no_server_error_for_any_scenario(facts: list, endpoint: str, on: dt.date) -> None:
    body = {"state": "RUS", "ruling": "icc-putin-2023", "on": on.isoformat(), "from": "2020-01-01", "to": "2030-12-31",
            "scenario": {"name": "fuzz", "assume": facts}}
    if endpoint == "/api/where":
        body.pop("state")
    r = CLIENT.post(endpoint, json=body)
    assert r.status_code in (200, 422), r.text
    assert r.json().get("error", "x")


@FUZZ
@given(RULINGS, st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
def test_no_server_error_for_any_hypothetical_ruling(ruling: dict, on: dt.date) -> None:
    r = CLIENT.post("/api/ask", json={"state": "RUS", "ruling_json": ruling, "on": on.isoformat()})
    assert r.status_code in (200, 422), r.text
