"""Reading a file a user names, boundedly: one place that knows what can go wrong with a path.

A path can be too long for the system, a directory, a pipe, a device, a file that cannot be read (``/proc/self/mem``)
or one of gigabytes; none of these may cost more than ``limit`` bytes of memory or end in a traceback.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from exequatur.facts.text import shorten


class FileProblem(ValueError):
    """A file that cannot be read as asked; the message names it and says why, in one line."""


def read_bytes(path: Path, limit: int, what: str) -> bytes:
    """At most ``limit`` bytes of the regular file ``path``. Raises FileProblem naming ``what`` (e.g. "--assume
    s.yaml") for a missing file, a directory, a pipe or device, an unreadable file, or one larger than ``limit``."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise FileProblem(f"{what}: no such file") from None
    except (OSError, ValueError) as exc:  # a name too long, a NUL in it, a loop of links
        raise FileProblem(f"{what}: cannot be opened ({_reason(exc)})") from None
    if stat.S_ISDIR(info.st_mode):
        raise FileProblem(f"{what} is a directory; give a file")
    if not stat.S_ISREG(info.st_mode):
        raise FileProblem(f"{what} is not a regular file (a pipe, a device or a socket); give a file")
    try:
        with open(path, "rb") as handle:
            raw = handle.read(limit + 1)
    except (OSError, MemoryError) as exc:
        raise FileProblem(f"{what}: cannot be read ({_reason(exc)})") from None
    if len(raw) > limit:
        raise FileProblem(f"{what} is larger than {_size(limit)}")
    return raw


def tree(root: str | Path, skip: tuple[str, ...] = ()) -> Iterator[tuple[str, str]]:
    """Every file under ``root`` as (its path relative to ``root``, its full path), in sorted order, folders named
    ``__pycache__``, beginning with a dot or in ``skip`` left out. ``os.walk``: a cache key reads this on every
    start, where ``Path.rglob`` took twice as long."""
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__" and d not in skip and not d.startswith("."))
        relative = os.path.relpath(folder, root)
        for name in sorted(names):
            yield (name if relative == "." else os.path.join(relative, name)), os.path.join(folder, name)


def shown(path: str | Path) -> str:
    """A path as a message shows it: cut to 80 characters."""
    return shorten(str(path), 80)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, MemoryError):
        return "out of memory"
    return getattr(exc, "strerror", None) or type(exc).__name__


def _size(limit: int) -> str:
    return f"{limit // 1_000_000} MB" if limit >= 1_000_000 else f"{limit} bytes"
