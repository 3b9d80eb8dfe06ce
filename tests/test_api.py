"""The HTTP API: every endpoint answers with the CLI's JSON shapes and the versions; every error path is a 422 or a
404 whose message names the bad value and what is valid."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from exequatur.engine.decision import ENGINE_VERSION
from exequatur.facts.load import bundled
from exequatur.web.api import create_app

KB = bundled()
RUSSIA_ACCEDES = {"name": "russia-accedes", "assume": [
    {"state": "RUS", "instrument": "rome-statute", "event": "accession", "date": "2026-03-02"}]}


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(), raise_server_exceptions=True)


def cli_json(*args: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "exequatur.cli", *args, "--json"], capture_output=True, text=True,
                         check=True, timeout=60)
    return json.loads(out.stdout)


def test_ask_get_equals_cli_json(client: TestClient) -> None:
    r = client.get("/api/ask", params={"state": "MNG", "ruling": "icc-putin-2023", "on": "2024-09-03"})
    assert r.status_code == 200
    assert r.headers["x-exequatur-engine"] == ENGINE_VERSION and r.headers["x-exequatur-kb"] == KB.version
    body = r.json()
    assert body["international"]["outcome"] == "obliged" and body["kb_version"] == KB.version
    assert body == cli_json("ask", "--state", "MNG", "--ruling", "icc-putin-2023", "--on", "2024-09-03")


def test_where_and_when_equal_cli_json(client: TestClient) -> None:
    where = client.get("/api/where", params={"ruling": "icc-putin-2023", "on": "2024-09-03"}).json()
    assert where == cli_json("where", "--ruling", "icc-putin-2023", "--on", "2024-09-03")
    assert {s["state"]: s["international"]["outcome"] for s in where["states"]}["MNG"] == "obliged"
    when = client.get("/api/when", params={"state": "UKR", "ruling": "icc-putin-2023", "from": "2023-01-01",
                                           "to": "2026-12-31"}).json()
    assert when == cli_json("when", "--state", "UKR", "--ruling", "icc-putin-2023", "--from", "2023-01-01", "--to",
                            "2026-12-31")


def test_readings_in_query_and_body(client: TestClient) -> None:
    params = {"state": "RUS", "ruling": "icc-al-bashir-2009", "on": "2026-06-01"}
    default = client.get("/api/ask", params=params).json()
    assert default["domestic"]["outcome"] == "barred"
    other = client.get("/api/ask", params={**params, "reading": "situation-competence"}).json()
    assert other["domestic"]["outcome"] == "not_barred"
    posted = client.post("/api/ask", json={**params, "readings": ["rus-art6-competence=situation-competence"]}).json()
    assert posted == other


def test_scenario_in_body_marks_answers_hypothetical(client: TestClient) -> None:
    q = {"state": "RUS", "ruling": "icc-lvova-belova-2023", "on": "2026-07-01", "scenario": RUSSIA_ACCEDES}
    answer = client.post("/api/ask", json=q).json()
    assert answer["scenario"] == "russia-accedes" and answer["international"]["outcome"] == "obliged"
    assert answer["assumed_facts"] and answer["assumed_facts"][0]["assumed"] is True
    where = client.post("/api/where", json={k: v for k, v in q.items() if k != "state"}).json()
    rus = next(s for s in where["states"] if s["state"] == "RUS")
    assert where["scenario"] == "russia-accedes" and rus["assumed"] and rus["international"]["outcome"] == "obliged"
    plain = client.post("/api/where", json={"ruling": "icc-lvova-belova-2023", "on": "2026-07-01"}).json()
    assert next(s for s in plain["states"] if s["state"] == "RUS")["international"]["outcome"] == "not_obliged"
    when = client.post("/api/when", json={**{k: v for k, v in q.items() if k != "on"}, "from": "2026-01-01",
                                          "to": "2026-12-31"}).json()
    assert [iv["from"] for iv in when["intervals"]] == ["2026-01-01", "2026-01-09", "2026-06-01"]
    examples = {e["name"]: e for e in client.get("/api/scenario/examples").json()["scenarios"]}
    assert examples["russia-accedes"]["assume"] == RUSSIA_ACCEDES["assume"]
    checked = client.post("/api/scenario", json=RUSSIA_ACCEDES).json()
    assert checked["name"] == "russia-accedes" and checked["assume"][0]["event"] == "accession"


def test_hypothetical_ruling_in_body(client: TestClient) -> None:
    ruling = {"body": {"kind": "international", "name": "Hypothetical court", "criminal": True,
                       "basis": {"instruments": ["rome-statute"]}}, "kind": "judgment", "issued": "2026-01-10"}
    answer = client.post("/api/ask", json={"state": "RUS", "ruling_json": ruling, "on": "2026-02-01"}).json()
    assert answer["hypothetical_ruling"] is True and answer["domestic"]["outcome"] == "barred"


def test_knowledge_base_and_law_lookups(client: TestClient) -> None:
    version = client.get("/api/version").json()
    assert version["kb_version"] == KB.version and version["counts"]["states"] == len(KB.states)
    found = client.get("/api/rulings", params={"q": "darfur"}).json()["records"]
    assert {r["id"] for r in found} >= {"icc-al-bashir-2009", "icc-al-bashir-2010"}
    assert [r["id"] for r in client.get("/api/rulings", params={"q": "putin"}).json()["records"]] == ["icc-putin-2023"]
    assert client.get("/api/kb/states", params={"q": "mongolia"}).json()["records"][0]["id"] == "MNG"
    mng = client.get("/api/kb/states/mng").json()["record"]
    assert mng["id"] == "MNG" and any(e["event"] == "deposit" for e in mng["participation"])
    assert client.get("/api/kb/bodies/icc").json()["record"]["name"] == "International Criminal Court"
    rules = client.get("/api/rules").json()["rules"]
    assert any(r["id"] == "rome-statute/art-89-1" for r in rules)
    assert client.get("/api/rules/rome-statute/art-127-2").json()["citation"] == "Rome Statute, art. 127(2)"
    readings = {r["id"] for r in client.get("/api/readings").json()["readings"]}
    assert {"rome-art98-immunity", "rus-art6-treaty-date", "rus-art6-competence", "rus-extradition-surrender"} <= readings
    vocabulary = client.get("/api/scenario/vocabulary").json()
    rome = next(i for i in vocabulary["instruments"] if i["id"] == "rome-statute")
    assert "accession" in rome["events"] and "withdrawal" in rome["events"]


def test_page_and_assets_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "exequatur" in page.text and "/static/app.js" in page.text
    for asset in ("/static/app.js", "/static/style.css", "/static/world/countries-110m.json",
                  "/static/world/states.json", "/static/world/LICENSE-world-atlas", "/static/favicon.svg"):
        assert client.get(asset).status_code == 200, asset
    assert "http" not in client.get("/static/app.js").text.replace("http://www.w3.org/2000/svg", "")  # no CDN
    spec = client.get("/openapi.json").json()
    assert {"/api/ask", "/api/where", "/api/when", "/api/rulings", "/api/kb/{table}"} <= set(spec["paths"])


@pytest.mark.parametrize(("method", "url", "payload", "status", "message"), [
    ("get", "/api/ask?state=MNX&ruling=icc-putin-2023", None, 422, "unknown state 'MNX' (closest: OMN, MNG"),
    ("get", "/api/ask?state=MNG&ruling=icc-putn-2023", None, 422, "unknown ruling 'icc-putn-2023' (closest: "
                                                                  "icc-putin-2023"),
    ("get", "/api/ask?state=MNG&ruling=icc-putin-2023&on=2024-13-01", None, 422, "on: '2024-13-01' is not a date"),
    ("get", "/api/ask?ruling=icc-putin-2023", None, 422, "state: Field required"),
    ("get", "/api/ask?state=MNG&ruling=icc-putin-2023&reading=ruling-dat", None, 422,
     "unknown reading 'ruling-dat' (closest: ruling-date"),
    ("get", "/api/where?ruling=icc-putin-2023&reading=rome-art98-immunity=maybe", None, 422,
     "reading 'rome-art98-immunity' has no option 'maybe'; valid: immunity-rejected, immunity-upheld"),
    ("get", "/api/when?state=MNG&ruling=icc-putin-2023&from=2025-01-01&to=2024-01-01", None, 422,
     "the start (from) 2025-01-01 is after the end (to) 2024-01-01"),
    ("get", "/api/when?state=MNG&ruling=icc-putin-2023&from=2025-01-01", None, 422, "to: Field required"),
    ("get", "/api/when?state=MNG&ruling=icc-putin-2023&from=0001-01-01&to=9999-12-31", None, 422,
     "outside the dates exequatur computes with"),
    ("post", "/api/ask", {"state": "MNG"}, 422, "give exactly one of 'ruling'"),
    ("post", "/api/ask", {"state": "MNG", "ruling": "icc-putin-2023", "colour": "red"}, 422,
     "unknown field 'body.colour'; valid: state, ruling, ruling_json, on, from, to, readings, scenario"),
    ("post", "/api/ask", {"state": "MNG", "ruling_json": {"body": "icx", "kind": "judgment", "issued": "2026-01-01"}},
     422, "unknown body 'icx' (closest: icj, icc"),
    ("post", "/api/where", {"ruling": "icc-putin-2023", "scenario": {"name": "x", "assume": [
        {"state": "MNG", "instrument": "rome-statute", "event": "accession", "date": "2026-01-01"}]}}, 422,
     "MNG is already bound by rome-statute on 2026-01-01"),
    ("post", "/api/scenario", {"name": "x"}, 422, "'assume' must be a non-empty list"),
    ("post", "/api/scenario", [1, 2], 422, "body: Input should be a valid dictionary"),
    ("get", "/api/kb/statez", None, 404, "no table 'statez' (closest: states"),
    ("get", "/api/kb/states/ZZZ", None, 404, "no state 'ZZZ'"),
    ("get", "/api/kb/rulings/icc-putn", None, 404, "no ruling 'icc-putn' (closest: icc-putin-2023"),
    ("get", "/api/rules/rome-statute/art-999", None, 404, "unknown rule 'rome-statute/art-999'"),
    ("get", "/api/nothing", None, 404, "the API is under /api"),
    ("put", "/api/ask", {}, 405, "method PUT is not allowed on /api/ask; allowed: GET, HEAD, POST"),
    ("get", "/api/rulings?limit=0", None, 422, "limit: Input should be greater than or equal to 1"),
])
def test_errors_name_the_value_and_what_is_valid(client: TestClient, method: str, url: str, payload: object,
                                                 status: int, message: str) -> None:
    r = client.request(method.upper(), url, json=payload) if payload is not None else client.request(method.upper(), url)
    assert r.status_code == status, r.text
    body = r.json()
    assert message in body["error"], body
    assert r.headers["x-exequatur-kb"] == KB.version


def test_body_that_is_not_json(client: TestClient) -> None:
    r = client.post("/api/ask", content=b"state=MNG", headers={"content-type": "text/plain"})
    assert r.status_code == 422 and "must be a JSON object" in r.json()["error"]
    r = client.post("/api/ask", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and "not valid JSON" in r.json()["error"]
    r = client.post("/api/ask", content=b"x" * 70_000, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "larger than" in r.json()["error"]


def test_unpaired_surrogates_and_symbol_searches(client: TestClient) -> None:
    bad_name = '{"state": "RUS", "ruling_json": {"body": {"kind": "international", "name": "\\ud800"}, "kind": "judgment", ' \
               '"issued": "2023-01-10"}}'
    r = client.post("/api/ask", content=bad_name, headers={"content-type": "application/json"})
    assert r.status_code == 422 and "surrogate" in r.json()["error"]
    bad_scenario = '{"name": "x", "description": "\\ud800", "assume": []}'
    r = client.post("/api/scenario", content=bad_scenario, headers={"content-type": "application/json"})
    assert r.status_code == 422 and "surrogate" in r.json()["error"]
    assert client.get("/api/rulings", params={"q": "!!!"}).json()["count"] == 0
    found = client.get("/api/rulings", params={"q": "taliban"}).json()["records"]
    assert found[0]["id"] == "icc-akhundzada-2025" and "other_names" in found[0]
