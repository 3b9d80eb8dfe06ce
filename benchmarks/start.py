"""Benchmark (a script, not a test): how fast exequatur starts and answers, as ratios measured in one run.

This machine is shared and noisy, so every figure is a median of interleaved runs (A, B, A, B, …) and is reported as a
ratio to a yardstick measured in the same run:

- cold ``exequatur ask … --json`` and ``exequatur where … --json`` (fresh processes, the cache warm: the snapshot and
  the kept tracks written by a first run, as on a user's machine after the first start) against ``python -c pass``;
  the very first start (an empty cache: the knowledge base built from YAML and written) once, for the record;
- ``/api/where`` over many different dates (so no memo of the server answers from a previous request's date)
  against ``/api/version``, one request at a time on loopback;
- ``where`` in process with explanations (197 full answers) and ``outcomes`` (the map's ``where``), per call.

Run: ``.venv/bin/python benchmarks/start.py`` (``make bench`` runs it with the others). ``PYTHONDONTWRITEBYTECODE`` is
removed from the children's environment, as a user's machine has it.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BIN = Path(sys.executable).parent
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ASK = [str(BIN / "exequatur"), "ask", "--state", "MNG", "--ruling", "icc-putin-2023", "--on", "2024-09-03", "--json"]
WHERE = [str(BIN / "exequatur"), "where", "--ruling", "icc-putin-2023", "--on", "2024-09-03", "--json"]
PASS = [sys.executable, "-c", "pass"]


def _run(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, capture_output=True, env=env, check=True)
    return time.perf_counter() - start


def interleaved(a: list[str], b: list[str], runs: int, env: dict[str, str]) -> tuple[float, float, float]:
    """Median seconds of A and of B, and the median of the pairwise ratios A/B."""
    ta, tb, ratios = [], [], []
    for _ in range(runs):
        x, y = _run(a, env), _run(b, env)
        ta.append(x)
        tb.append(y)
        ratios.append(x / y)
    return statistics.median(ta), statistics.median(tb), statistics.median(ratios)


def cold(runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="exequatur-bench-") as cache:
        env = {**ENV, "EXEQUATUR_CACHE": cache}
        first = _run(ASK, env)
        print(f"first start (empty cache: YAML read, validated, snapshot written): {first * 1e3:.0f} ms")
        _run(WHERE, env)  # the tracks of the ruling kept
        for name, cmd in (("ask --json", ASK), ("where --json", WHERE)):
            a, b, ratio = interleaved(cmd, PASS, runs, env)
            print(f"cold {name}: median {a * 1e3:.0f} ms; python -c pass {b * 1e3:.0f} ms; ratio {ratio:.1f}x "
                  f"(median of {runs} paired runs)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server(requests: int) -> None:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    srv = subprocess.Popen([str(BIN / "exequatur"), "serve", "--port", str(port)], env=ENV,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/api/version", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        days = [(dt.date(2003, 1, 1) + dt.timedelta(days=37 * i)).isoformat() for i in range(requests + 20)]
        for d in days[:20]:  # the ruling's tracks built (a server's first request per ruling)
            urllib.request.urlopen(f"{base}/api/where?ruling=icc-putin-2023&on={d}", timeout=30).read()
        version, where = [], []
        for d in days[20:]:
            for path, into in (("/api/version", version), (f"/api/where?ruling=icc-putin-2023&on={d}", where)):
                start = time.perf_counter()
                urllib.request.urlopen(base + path, timeout=30).read()
                into.append(time.perf_counter() - start)
        v, w = statistics.median(version), statistics.median(where)
        print(f"/api/version median {v * 1e3:.2f} ms; /api/where (197 states, {requests} different dates) median "
              f"{w * 1e3:.2f} ms; ratio {w / v:.1f}x")
    finally:
        srv.terminate()
        srv.wait(timeout=10)


def in_process(calls: int) -> None:
    from exequatur import bundled, outcomes, where

    kb = bundled()
    days = [dt.date(2005, 1, 1) + dt.timedelta(days=53 * i) for i in range(calls)]
    where(kb, "icc-putin-2023", days[0])
    full, light = [], []
    for d in days:
        start = time.perf_counter()
        where(kb, "icc-putin-2023", d)
        full.append(time.perf_counter() - start)
        start = time.perf_counter()
        outcomes(kb, "icc-putin-2023", d)
        light.append(time.perf_counter() - start)
    print(f"where in process with explanations (197 answers): median {statistics.median(full) * 1e3:.1f} ms; "
          f"outcomes (no explanations): median {statistics.median(light) * 1e3:.2f} ms; over {calls} dates")


def main() -> None:
    print(f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    cold(15)
    server(200)
    in_process(30)


if __name__ == "__main__":
    main()
