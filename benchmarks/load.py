"""Load benchmark (a script, not a test): the server on loopback, load from this separate process.

Starts ``exequatur serve`` in its own process, then sends requests at a fixed rate (open loop: each request has a
scheduled start, and its latency counts from that moment, so a server that falls behind is charged for the queue it
builds — no coordinated omission) for a bounded time, over persistent connections from a pool of client threads.

Reports, for ``/api/ask`` (random state, ruling and date) and ``/api/where`` (random ruling and date — the map):
median and p99 latency at 200 requests/s, and the highest rate of a rising series at which p99 stayed under 50 ms.
Both processes share this machine's cores, as they would on a small server.

    .venv/bin/python benchmarks/load.py [--seconds 8] [--rates 100,200,300,...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import queue
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from exequatur import bundled

TARGET_RATE = 200
P99_LIMIT_MS = 50.0


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("exequatur")
    proc = subprocess.Popen([str(exe), "serve", "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("the server did not start within 30 s")


def paths(kind: str, count: int, seed: int) -> list[str]:
    kb = bundled()
    rng = random.Random(seed)
    states, rulings = sorted(kb.states), sorted(kb.rulings)
    out = []
    for _ in range(count):
        on = (dt.date(2002, 7, 1) + dt.timedelta(days=rng.randrange(9000))).isoformat()
        query = {"ruling": rng.choice(rulings), "on": on}
        if kind == "ask":
            query["state"] = rng.choice(states)
        out.append(f"/api/{kind}?{urllib.parse.urlencode(query)}")
    return out


def run(port: int, kind: str, rate: int, seconds: float, clients: int = 16) -> dict[str, float]:
    """Send ``rate`` requests per second for ``seconds``; latency from each request's scheduled start."""
    total = int(rate * seconds)
    todo = paths(kind, total, seed=rate)
    slots: queue.Queue[tuple[float, str] | None] = queue.Queue()
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while (item := slots.get()) is not None:
            due, path = item
            delay = due - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                body = response.read()
                if response.status != 200:
                    errors.append(f"{response.status} {body[:100]!r}")
            except (OSError, http.client.HTTPException) as exc:
                errors.append(repr(exc))
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            with lock:
                latencies.append(time.perf_counter() - due)
        conn.close()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(clients)]
    for t in threads:
        t.start()
    start = time.perf_counter() + 0.2
    for i, path in enumerate(todo):
        slots.put((start + i / rate, path))
    for _ in threads:
        slots.put(None)
    for t in threads:
        t.join()
    ms = [x * 1000 for x in latencies]
    return {"rate": rate, "n": len(ms), "errors": len(errors), "median": statistics.median(ms), "p99": pct(ms, 0.99),
            "max": max(ms)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0, help="duration of each step (default 8)")
    parser.add_argument("--rates", default="100,200,300,400,600,800,1000,1200,1500,2000",
                        help="rising request rates to try (default 100,...,2000)")
    args = parser.parse_args()
    rates = [int(r) for r in args.rates.split(",")]
    port = free_port()
    server = start_server(port)
    try:
        for kind in ("ask", "where"):
            run(port, kind, 50, 2.0)  # warm-up: imports, and the per-ruling tracks `where` reads off
            target = run(port, kind, TARGET_RATE, args.seconds)
            print(f"{kind} at {TARGET_RATE}/s for {args.seconds:.0f} s: median {target['median']:.1f} ms, "
                  f"p99 {target['p99']:.1f} ms, max {target['max']:.1f} ms, errors {target['errors']} "
                  f"of {target['n']}")
            held = None
            for rate in rates:
                step = run(port, kind, rate, args.seconds)
                ok = step["p99"] < P99_LIMIT_MS and step["errors"] == 0
                print(f"  {kind} at {rate}/s: median {step['median']:.1f} ms, p99 {step['p99']:.1f} ms"
                      f"{'' if ok else '  (p99 over ' + str(int(P99_LIMIT_MS)) + ' ms or errors)'}")
                if not ok:
                    break
                held = rate
            print(f"{kind}: highest rate held with p99 < {P99_LIMIT_MS:.0f} ms: "
                  f"{held if held is not None else 'none of ' + args.rates}/s")
            print(json.dumps({"kind": kind, "target": target, "held": held}))
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
