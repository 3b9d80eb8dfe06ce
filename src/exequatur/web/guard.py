"""The boundary every HTTP request crosses before the API sees it.

Pure ASGI, so that it sees the transport rather than a parsed request:

- a body is read up to ``MAX_BODY`` bytes whatever ``Content-Length`` or a chunked encoding announce, and refused
  with 413 past that, and with 408 if it has not arrived within ``BODY_SECONDS``;
- a JSON body nested more than ``MAX_NESTING`` levels, repeating a key in one object or holding an integer of more
  than ``yaml_text.MAX_DIGITS`` digits is refused with 422 before the API parses it;
- a query parameter given twice is refused with 422 naming it (only ``reading`` may repeat);
- ``HEAD`` is answered as ``GET`` without the body;
- every response carries the engine and knowledge-base versions in headers.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import parse_qsl

from exequatur.engine.decision import ENGINE_VERSION
from exequatur.engine.evaluate import readable
from exequatur.engine.inputs import MAX_NESTING, nesting
from exequatur.facts import yaml_text
from exequatur.facts.text import shorten

BODY_SECONDS = 10  # a body of at most MAX_BODY bytes that has not arrived by then is not coming
MAX_BODY = 64_000  # bytes: a scenario or hypothetical ruling is a few hundred; anything far larger is refused
REPEATABLE = {"reading"}


class Guard:
    """ASGI middleware: see the module's text. ``kb_version`` goes into the ``X-Exequatur-KB`` header."""

    def __init__(self, app: Any, kb_version: str) -> None:
        self.app = app
        self.stamp = [(b"x-exequatur-engine", ENGINE_VERSION.encode()), (b"x-exequatur-kb", kb_version.encode())]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"

        async def stamped(message: Any) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *self.stamp]}
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        repeated = _repeated(scope.get("query_string", b""))
        if repeated:
            await _refuse(stamped, 422, f"query parameter {shorten(repeated, 40)!r} is given more than once; give it "
                          "once (only 'reading' may repeat)")
            return
        if head:
            scope = {**scope, "method": "GET"}
        announced = dict(scope.get("headers", [])).get(b"content-length", b"")
        if announced.isdigit() and int(announced) > MAX_BODY:
            await _refuse(stamped, 413, f"request body of {int(announced)} bytes is larger than {MAX_BODY}")
            return
        if scope["method"] in ("POST", "PUT", "PATCH"):
            body = bytearray()
            while True:
                try:
                    message = await asyncio.wait_for(receive(), BODY_SECONDS)
                except TimeoutError:
                    await _refuse(stamped, 408, f"request body did not arrive within {BODY_SECONDS} seconds")
                    return
                if message["type"] == "http.disconnect":
                    return
                body += message.get("body", b"")
                if len(body) > MAX_BODY:
                    await _refuse(stamped, 413, f"request body is larger than {MAX_BODY} bytes")
                    return
                if not message.get("more_body"):
                    break
            text = body.decode("utf-8", "replace")
            if nesting(text) > MAX_NESTING:
                await _refuse(stamped, 422, f"request body is nested more than {MAX_NESTING} levels deep")
                return
            try:  # what the API's JSON parser would let through silently or fail on without naming it
                yaml_text.parse_json(text)
            except yaml_text.YamlError as exc:
                await _refuse(stamped, 422, f"request body: {exc}")
                return
            except ValueError:
                pass  # not JSON: the API says so, naming the position
            receive = _replay(bytes(body), receive)
        await self.app(scope, receive, stamped)


def _repeated(query: bytes) -> str | None:
    """The first query parameter given more than once (other than those that repeat), or None."""
    seen: set[str] = set()
    for name, _ in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
        if name in seen and name not in REPEATABLE:
            return name
        seen.add(name)
    return None


def _replay(body: bytes, receive: Any) -> Any:
    """A ``receive`` that hands the app the body already read, then whatever the client sends next."""
    sent = False

    async def replayed() -> Any:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()
    return replayed


async def _refuse(send: Any, status: int, message: str) -> None:
    payload = json.dumps({"error": readable(message), "status": status}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": payload})
