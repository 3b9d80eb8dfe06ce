"""Hostile and odd input (issue 9): the battery in tests/hostile/cases.yaml run through the CLI (a real process, under
a memory and CPU limit) and the API; the body limit over chunked transfer at the ASGI boundary; and hypothesis
strategies that send extreme dates, sizes and nesting. Every answer is one line (CLI: exit 2) or a 4xx naming the
value — never a traceback, a 500 or a hang — and the server still answers afterwards."""

from __future__ import annotations

import asyncio
import json
import os
import re
import resource
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exequatur.facts.load import bundled_dir
from exequatur.web.api import create_app
from exequatur.web.guard import MAX_BODY, Guard

CASES = yaml.safe_load((Path(__file__).parent / "hostile" / "cases.yaml").read_text(encoding="utf-8"))
CLI_CASES = [c for c in CASES if "cli" in c]
HTTP_CASES = [c for c in CASES if "http" in c]
LAUGHS = "[&a [x,x,x,x,x,x,x,x,x], " + ", ".join(
    f"&{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]" for p, c in zip("abcdefgh", "bcdefghi", strict=True)) + "]"


def _expand(text: str) -> str:
    """Placeholders for inputs too large to write in the data: NESTED-n, NAME-n (n letters), PAD-n (the whole text),
    LONG-n (n nines)."""
    kind, _, n = text.partition("-")
    if kind == "NESTED" and n.isdigit():
        return "[" * int(n) + "]" * int(n)
    if kind == "NAME" and n.isdigit():
        return "a" * int(n)
    if kind == "PAD" and n.isdigit():
        return json.dumps({"state": "MNG", "ruling": "icc-putin-2023", "pad": "x" * int(n)})
    return re.sub(r"\bLONG-(\d+)\b", lambda m: "9" * int(m.group(1)), text)  # anywhere in the text


def _kb_copy(tmp: Path) -> Path:
    kb = tmp / "kb"
    shutil.copytree(bundled_dir(), kb)
    return kb


def _setup(name: str | None, tmp: Path) -> None:
    if name is None:
        return
    if name == "laughs-scenario":
        (tmp / "bomb.yaml").write_text(f"name: bomb\ndescription: {LAUGHS}\nassume:\n  - {{state: RUS, instrument: "
                                       "rome-statute, event: accession, date: 2026-03-02}\n", encoding="utf-8")
    elif name == "fifo":
        os.mkfifo(tmp / "fifo")
    else:
        kb = _kb_copy(tmp)
        states = kb / "states.yaml"
        if name == "kb-states-directory":
            states.unlink()
            states.mkdir()
        elif name == "kb-states-binary":
            states.write_bytes(bytes(range(256)) * 16)
        elif name == "kb-states-fifo":
            states.unlink()
            os.mkfifo(states)
        elif name == "kb-laughs":
            text = states.read_text(encoding="utf-8")
            states.write_text(text.replace("name: ", f"name: {LAUGHS} #", 1), encoding="utf-8")
        elif name == "kb-bad-date":
            part = kb / "participation.yaml"
            text = part.read_text(encoding="utf-8")
            first = next(line for line in text.splitlines() if "date: 2002-04-11" in line)
            part.write_text(text.replace(first, first.replace("2002-04-11", "2002-04-31"), 1), encoding="utf-8")
        elif name == "kb-duplicate-deposit":
            part = kb / "participation.yaml"
            part.write_text(part.read_text(encoding="utf-8") + "- {state: MNG, instrument: rome-statute, event: "
                            "deposit, date: 2003-04-11, instrument_type: ratification, sources: [github-11]}\n",
                            encoding="utf-8")
        elif name == "kb-far-admission":
            part = kb / "participation.yaml"
            text = part.read_text(encoding="utf-8")
            part.write_text(text + "- {state: MNG, instrument: un-charter, event: admission, date: 9999-01-01, "
                            "sources: [github-11]}\n", encoding="utf-8")
        else:
            raise AssertionError(f"unknown setup {name}")


def _limit() -> None:  # a bomb must fail fast, not eat the machine
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
    resource.setrlimit(resource.RLIMIT_CPU, (30, 30))


@pytest.mark.parametrize("case", CLI_CASES, ids=[c["name"] for c in CLI_CASES])
def test_cli(case: dict[str, Any], tmp_path: Path) -> None:
    for name, content in (case.get("files") or {}).items():
        (tmp_path / name).write_text(_expand(content), encoding="utf-8")
    _setup(case.get("setup"), tmp_path)
    args = [_expand(str(a)).replace("{dir}", str(tmp_path)).replace("{kb}", str(tmp_path / "kb")) for a in case["cli"]]
    done = subprocess.run([sys.executable, "-m", "exequatur.cli", *args], capture_output=True, text=True, timeout=60,
                          preexec_fn=_limit, stdin=subprocess.DEVNULL)
    out = (done.stdout + done.stderr).strip()
    assert done.returncode == case["exit"], out[-400:]
    assert case["expect"] in out, out[-400:]
    if case["exit"] == 2:
        assert "Traceback" not in out and len(out.splitlines()) == 1 and len(out) < 700, out[-400:]


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


@pytest.mark.parametrize("case", HTTP_CASES, ids=[c["name"] for c in HTTP_CASES])
def test_http(case: dict[str, Any], client: TestClient) -> None:
    spec = case["http"]
    kwargs: dict[str, Any] = {}
    if "json" in spec:
        kwargs["json"] = spec["json"]
    if "body" in spec:
        kwargs["content"] = _expand(spec["body"]).encode()
        kwargs["headers"] = {"content-type": "application/json"}
    response = client.request(spec["method"], _expand_path(spec["path"]), **kwargs)
    assert response.status_code == case["status"], response.text[:300]
    assert case["expect"] in response.text, response.text[:300]
    assert len(response.content) < 2000 or response.status_code == 200
    if spec["method"] == "HEAD":
        assert response.content == b""
    assert client.get("/api/version").status_code == 200


def _expand_path(path: str) -> str:
    head, sep, tail = path.rpartition("=")
    return head + sep + _expand(tail) if sep else path


def test_chunked_body_is_limited_by_what_is_read() -> None:
    """A body sent in chunks without Content-Length is read only up to the limit, then refused with 413."""
    seen: list[Any] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:  # must never be reached
        seen.append(scope)

    chunks = iter([{"type": "http.request", "body": b"x" * (1 << 20), "more_body": True}] * 30)
    read = 0

    async def receive() -> Any:
        nonlocal read
        read += 1
        return next(chunks)

    sent: list[Any] = []

    async def send(message: Any) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/ask", "query_string": b"",
             "headers": [(b"transfer-encoding", b"chunked")]}
    asyncio.run(Guard(app, "test")(scope, receive, send))
    assert not seen and sent[0]["status"] == 413 and read == 1
    assert json.loads(sent[1]["body"])["error"] == f"request body is larger than {MAX_BODY} bytes"


EXTREME_DATES = st.one_of(st.dates(), st.text(max_size=40), st.sampled_from(["9999-12-31", "0001-01-01",
                                                                            "2026-02-30", "1899-12-31", "2200-01-01"]))
NESTED = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                  max_size=3), max_leaves=40)
HOSTILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                          HealthCheck.function_scoped_fixture])


@HOSTILE
@given(on=EXTREME_DATES, start=EXTREME_DATES, assumed=EXTREME_DATES)
def test_extreme_dates_never_break_the_server(client: TestClient, on: Any, start: Any, assumed: Any) -> None:
    scenario = {"name": "x", "assume": [{"state": "RUS", "instrument": "rome-statute", "event": "accession",
                                         "date": str(assumed)}]}
    for response in (client.get("/api/ask", params={"state": "MNG", "ruling": "icc-putin-2023", "on": str(on)}),
                     client.post("/api/when", json={"state": "RUS", "ruling": "icc-putin-2023", "from": str(start),
                                                    "to": "2030-01-01", "scenario": scenario})):
        assert response.status_code in (200, 422), response.text[:300]
        assert len(response.content) < 200_000


@HOSTILE
@given(ruling=NESTED, scenario=NESTED)
def test_any_json_shape_is_answered_or_refused(client: TestClient, ruling: Any, scenario: Any) -> None:
    body = {"state": "RUS", "on": "2026-02-01", "ruling_json": ruling if isinstance(ruling, dict) else {"x": ruling},
            "scenario": scenario if isinstance(scenario, dict) else {"name": "x", "assume": scenario}}
    response = client.post("/api/ask", json=body)
    assert response.status_code in (200, 413, 422), response.text[:300]
    assert "error" in response.json() or response.status_code == 200
