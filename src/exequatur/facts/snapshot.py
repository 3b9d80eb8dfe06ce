"""The compiled snapshot of the bundled knowledge base: the validated records in one MessagePack file, loaded on every
start after the first.

YAML stays the source (``kb validate`` reads and checks it every time); reading and validating it costs far more than
answering a question, so the first start builds the knowledge base from YAML and writes the result to the user's cache
directory (``platformdirs.user_cache_dir("exequatur")``, or ``$EXEQUATUR_CACHE``), and later starts decode that file
into the same records (``facts/model.py``) in a few milliseconds. The file's name carries a hash of every data file,
of the record definitions and of the package version, so a changed fact, a changed record shape or a new release
never reads an old snapshot. Written atomically (a temporary file renamed into place); a cache directory that cannot
be written, a file that cannot be read or decoded, or ``EXEQUATUR_CACHE=off``: the knowledge base is built in memory
from YAML, as before, and the answer is the same.
"""

# No ``from __future__ import annotations``: msgspec reads the snapshot's annotations (see facts/model.py).

import contextlib
import datetime as dt
import os
import zlib
from pathlib import Path

import msgspec

from exequatur.facts import authority, files, model
from exequatur.facts.knowledge_base import KnowledgeBase, build

FORMAT = 1  # bump when the snapshot's own layout changes
MAX_SNAPSHOT = 100_000_000  # bytes: today's is about one hundredth of this


# The knowledge base's tables: records by id, and records in date order (the fields of ``Snapshot`` below).
BY_ID = ("sources", "states", "instruments", "resolutions", "bodies", "situations", "persons", "rulings",
         "national_laws", "national_decisions")
IN_ORDER = ("participation", "practice")


class Snapshot(msgspec.Struct, frozen=True):
    """Everything ``load`` would build from YAML, as records."""

    key: str
    version: str
    data_as_of: dt.date | None
    domains: dict[str, str]
    sources: tuple[model.Source, ...]
    states: tuple[model.State, ...]
    instruments: tuple[model.Instrument, ...]
    participation: tuple[model.Participation, ...]
    resolutions: tuple[model.Resolution, ...]
    bodies: tuple[model.Body, ...]
    situations: tuple[model.Situation, ...]
    persons: tuple[model.Person, ...]
    rulings: tuple[model.Ruling, ...]
    national_laws: tuple[model.NationalLaw, ...]
    national_decisions: tuple[model.NationalDecision, ...]
    practice: tuple[model.Practice, ...]


def cache_dir() -> Path | None:
    """Where snapshots are kept: ``$EXEQUATUR_CACHE`` if set (``off``: nowhere), else the user's cache directory."""
    chosen = os.environ.get("EXEQUATUR_CACHE")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off") else Path(chosen).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("exequatur", appauthor=False))


def key(directory: Path) -> str:
    """A hash of every file of the data directory (names and bytes), the record definitions and the package
    version: the snapshot of one key holds exactly what loading that directory gives. Two checksums of zlib (CRC-32
    and Adler-32) and the length, 80 bits in all: a cache key, not a defence against forgery (whoever can write to
    the user's cache can change anything the user runs), and zlib is loaded already where hashlib would load OpenSSL."""
    from exequatur import __version__

    crc, adler, size = 0, 1, 0
    parts = [f"{FORMAT}/{__version__}/".encode(), Path(model.__file__).read_bytes()]
    for name, full in files.tree(directory):
        parts.append(name.encode() + b"\0")
        with open(full, "rb") as data:
            parts.append(data.read())
    for part in parts:
        crc, adler, size = zlib.crc32(part, crc), zlib.adler32(part, adler), size + len(part)
    return f"{crc:08x}{adler:08x}{size & 0xFFFF:04x}"


def load(directory: Path, cache: Path | None) -> KnowledgeBase:
    """The knowledge base of ``directory`` (the bundled data), from its snapshot in ``cache`` if there is a good one;
    else built from YAML (raising KnowledgeBaseError as ``load.load`` does) and, where ``cache`` can be written, saved
    for the next start."""
    wanted = key(directory)
    path = cache / f"kb-{wanted}.msgpack" if cache is not None else None
    if path is not None:
        found = _read(path, wanted)
        if found is not None:
            return found
    from exequatur.facts.load import load as load_yaml

    kb = load_yaml(directory)
    if path is None:
        return kb
    write(path, msgspec.msgpack.encode(_snapshot(kb, wanted)), stale="kb-*.msgpack", keep=path.name)
    return msgspec.structs.replace(kb, snapshot=wanted)


def _read(path: Path, wanted: str) -> KnowledgeBase | None:
    try:
        snap = msgspec.msgpack.decode(files.read_bytes(path, MAX_SNAPSHOT, "snapshot"), type=Snapshot)
    except (files.FileProblem, msgspec.DecodeError, msgspec.ValidationError, ValueError):
        return None  # missing, not a regular file, too large, unreadable or damaged: built again
    if snap.key != wanted:
        return None
    authority.use_domains(snap.domains)
    return build(**{table: getattr(snap, table) for table in (*BY_ID, *IN_ORDER)}, version=snap.version,
                 data_as_of=snap.data_as_of, checked=True, snapshot=wanted)


def _snapshot(kb: KnowledgeBase, wanted: str) -> Snapshot:
    return Snapshot(key=wanted, version=kb.version, data_as_of=kb.data_as_of, domains=authority.domains(),
                    **{table: tuple(getattr(kb, table).values()) for table in BY_ID},
                    **{table: getattr(kb, table) for table in IN_ORDER})


def write(path: Path, data: bytes, stale: str, keep: str) -> None:
    """Write ``data`` to ``path`` atomically, then remove the files of the folder matching the glob ``stale`` whose
    names do not begin with ``keep`` (snapshots or derived files of earlier data, code or releases, never read again);
    any failure (read-only, full, not a directory) leaves the cache as it was."""
    import tempfile

    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".exequatur-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
        tmp = None
        for old in path.parent.glob(stale):
            if not old.name.startswith(keep):
                with contextlib.suppress(OSError):
                    old.unlink()
    except OSError:
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
