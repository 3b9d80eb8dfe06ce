"""Each state's track of outcomes for a ruling — the change points and the outcomes between them — kept on disk
beside the knowledge base's snapshot, so that a new process answering ``where`` for a ruling reads the 197 tracks
instead of reasoning them out again (the reasoning costs more than starting the interpreter).

A track is derived from the facts *and* the law, so its file is keyed by both: the snapshot's key (every data file),
a checksum of the engine's and the law's source files (``code_key``), the ruling and the readings chosen. Only a
knowledge base read through the snapshot (``KnowledgeBase.snapshot``) and a recorded ruling are kept: a scenario, a
hypothetical ruling or a data folder given by hand are reasoned out every time. Anything unreadable is computed
again; anything unwritable is not kept.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path

import msgspec

from exequatur.facts import files, snapshot
from exequatur.facts.knowledge_base import KnowledgeBase

TRACK_START = dt.date(1900, 1, 1)  # the first day a track covers (the first day the law computes with)

Tracks = dict[str, tuple[list[dt.date], list[object]]]  # state → (starts, outcomes)


@functools.cache
def code_key() -> str:
    """A checksum of the package's version and of each of its Python sources' name, size and time of last change (the
    law, the engine, the records; not the web layer): a change to any of them makes every kept track a stranger.
    Read from the files' metadata, not their bytes: it is computed on a cold ``where``."""
    from exequatur import __version__

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    signature = [__version__]
    for name, full in files.tree(root, skip=("web",)):
        if name.endswith(".py"):
            info = os.stat(full)
            signature.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
    text = "\n".join(signature).encode()
    return f"{zlib.crc32(text):08x}{zlib.adler32(text) & 0xFFFF:04x}"


def tracks(kb: KnowledgeBase, ruling: str, readings: Mapping[str, str], compute: Callable[[], Tracks],
           outcome: type) -> Tracks:
    """The tracks of ``ruling`` under ``readings``: read from the cache where kept, else ``compute()`` (and kept).
    ``outcome`` is the record type of a track's values."""
    cache = snapshot.cache_dir() if kb.snapshot else None
    if cache is None:
        return compute()
    try:
        return _kept(kb, cache, ruling, readings, compute, outcome)
    except OSError:  # a cache folder whose name the system refuses (too long), or one that cannot be listed
        return compute()


def _kept(kb: KnowledgeBase, cache: Path, ruling: str, readings: Mapping[str, str], compute: Callable[[], Tracks],
          outcome: type) -> Tracks:
    chosen = ",".join(f"{k}={v}" for k, v in sorted(readings.items()))
    name = f"{ruling}-{zlib.crc32(chosen.encode()):08x}"
    family = f"tracks-{kb.snapshot}-{code_key()}"
    path = cache / f"{family}-{name}.msgpack"
    kind = dict[str, tuple[list[dt.date], list[outcome]]]  # type: ignore[valid-type]
    try:
        found: Tracks = msgspec.msgpack.decode(files.read_bytes(path, snapshot.MAX_SNAPSHOT, "tracks"), type=kind)
        if _whole(kb, found):
            return found
    except (files.FileProblem, msgspec.DecodeError, msgspec.ValidationError, ValueError):
        pass  # missing, not a regular file, too large, unreadable or damaged: reasoned out again
    found = compute()
    snapshot.write(path, msgspec.msgpack.encode(found), stale="tracks-*.msgpack", keep=f"{family}-")
    return found


def _whole(kb: KnowledgeBase, found: Tracks) -> bool:
    """A track for every state and only those, each starting on the first day tracks cover, its days in order and one
    outcome for each day of the state's own: anything else is damage, and the tracks are reasoned out again."""
    if set(found) != set(kb.states):
        return False
    for state, (starts, values) in found.items():
        if not starts or len(starts) != len(values) or starts[0] != TRACK_START or starts != sorted(set(starts)) or \
                any(getattr(v, "state", None) != state for v in values):
            return False
    return True

