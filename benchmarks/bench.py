"""Benchmark (a script, not a test): reports figures, never asserts them.

- ask with explanation, in process: median and p99 over a sample of (state, ruling, date);
- where over every state: median and p99; outcomes (the map's where): first and later dates;
- when over 1990-2035 for every state x every ruling in the knowledge base: total wall time;
- CLI cold start: wall time of `exequatur ask ... --json` in a fresh process, median of several runs.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import subprocess
import sys
import time

from exequatur import ask, bundled, outcomes, when, where


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    kb = bundled()
    rng = random.Random(7)
    states, rulings = sorted(kb.states), sorted(kb.rulings)
    days = [dt.date(1995, 1, 1) + dt.timedelta(days=rng.randrange(15000)) for _ in range(2000)]
    samples = [(rng.choice(states), rng.choice(rulings), d) for d in days]
    for s, r, d in samples[:200]:  # warm the per-state timelines, as a long-running process would be
        ask(kb, s, r, d)
    times = []
    for s, r, d in samples:
        t = time.perf_counter()
        ask(kb, s, r, d).to_dict()
        times.append(time.perf_counter() - t)
    print(f"ask (with explanation, to_dict): median {statistics.median(times) * 1e6:.0f} us, "
          f"p99 {pct(times, 0.99) * 1e6:.0f} us over {len(times)} calls")

    times = []
    for s, r, _ in samples:
        t = time.perf_counter()
        ask(kb, s, r, dt.date(2026, 6, 1)).to_dict()
        times.append(time.perf_counter() - t)
    print(f"ask on 2026-06-01 (rulings in effect, full reasoning): median {statistics.median(times) * 1e6:.0f} us, "
          f"p99 {pct(times, 0.99) * 1e6:.0f} us over {len(times)} calls")

    times = []
    for r in rulings:
        t = time.perf_counter()
        where(kb, r, dt.date(2025, 6, 1))
        times.append(time.perf_counter() - t)
    print(f"where (all {len(states)} states): median {statistics.median(times) * 1e3:.1f} ms, "
          f"p99 {pct(times, 0.99) * 1e3:.1f} ms over {len(times)} rulings")

    first, times = [], []
    for r in rulings:  # the first date of a ruling computes every state's track; later dates read it off
        t = time.perf_counter()
        outcomes(kb, r, dt.date(2025, 6, 1))
        first.append(time.perf_counter() - t)
    for _, r, d in samples:
        t = time.perf_counter()
        outcomes(kb, r, d)
        times.append(time.perf_counter() - t)
    print(f"outcomes (where without explanations, all {len(states)} states): first date of a ruling median "
          f"{statistics.median(first) * 1e3:.1f} ms, max {max(first) * 1e3:.1f} ms; later dates median "
          f"{statistics.median(times) * 1e6:.0f} us, p99 {pct(times, 0.99) * 1e6:.0f} us over {len(times)} calls")

    t = time.perf_counter()
    n = 0
    for s in states:
        for r in rulings:
            n += len(when(kb, s, r, dt.date(1990, 1, 1), dt.date(2035, 12, 31)))
    print(f"when 1990-2035, {len(states)} states x {len(rulings)} rulings: {time.perf_counter() - t:.2f} s "
          f"({n} intervals)")

    cold = []
    for _ in range(7):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "exequatur.cli", "ask", "--state", "MNG", "--ruling", "icc-putin-2023",
                        "--on", "2024-09-03", "--json"], check=True, capture_output=True)
        cold.append(time.perf_counter() - t)
    print(f"CLI cold start (ask --json, fresh process): median {statistics.median(cold) * 1e3:.0f} ms, "
          f"max {max(cold) * 1e3:.0f} ms")


if __name__ == "__main__":
    main()
