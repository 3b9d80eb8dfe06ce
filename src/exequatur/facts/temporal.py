"""Piecewise-constant functions of the date: the shape every status in the knowledge base takes.

Why: a state's relation to a treaty is not a flag but a sequence of periods (not party, signatory, party,
withdrawal pending, former party). Storing the sequence with the dates where it changes lets the engine answer
for any date with one bisection and compute timelines exactly from the change dates, without walking day by day.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Generic, TypeVar

import msgspec

from exequatur.facts.model import Participation

T = TypeVar("T")

ONE_DAY = dt.timedelta(days=1)


class Segment(msgspec.Struct, Generic[T], frozen=True):
    """From ``start`` (inclusive; None = since always) until the next segment, the value is ``value``.
    ``basis`` holds the sourced events that establish it; ``derivation`` says how (e.g. which provision)."""

    start: dt.date | None
    value: T
    basis: tuple[Participation, ...] = ()
    derivation: str = ""


class Timeline(Generic[T]):
    """An ordered run of segments; the first one starts at None (the beginning of time)."""

    __slots__ = ("_starts", "changes", "segments")

    def __init__(self, segments: list[Segment[T]]) -> None:
        if not segments or segments[0].start is not None:
            raise ValueError("a timeline must start with a segment from the beginning of time (start=None)")
        merged: list[Segment[T]] = []
        for seg in sorted(segments[1:], key=lambda s: s.start):  # type: ignore[arg-type, return-value]
            merged.append(seg)
        self.segments: tuple[Segment[T], ...] = (segments[0], *merged)
        self._starts = [s.start for s in self.segments[1:]]
        self.changes: tuple[dt.date, ...] = tuple(self._starts)  # type: ignore[arg-type]

    def at(self, on: dt.date) -> Segment[T]:
        return self.segments[bisect.bisect_right(self._starts, on)]


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day ``months`` later (clamped to the month's end), as treaty periods "one year after" are counted."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def first_of_month_after(day: dt.date) -> dt.date:
    """The first day of the month after the month containing ``day``."""
    return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
