"""Extract the wording catalogue: every msgid the reader-facing wording passes through gettext, into
``src/exequatur/locale/exequatur.pot``.

    .venv/bin/python scripts/wording_catalogue.py           # write the .pot (only if its messages changed)
    .venv/bin/python scripts/wording_catalogue.py --check   # exit 1 if the committed .pot is not current

The messages are found by Babel's own Python extractor (``babel.messages.extract``) in the modules that word answers
for readers — ``engine/summary.py``, ``engine/wording.py``, ``engine/practice.py`` — under Babel's default keywords:
``_(…)`` (the modules bind ``_ = wording.gettext``), ``gettext(…)`` (``wording.gettext``, ``self.gettext``) and ``N_(…)``
(a table of words marked where it is written). The template is written by ``babel.messages.pofile.write_po``, without
line numbers so that it changes only when a message does.

A translation is added with Babel's own commands, e.g. for Russian:

    .venv/bin/pybabel init -D exequatur -i src/exequatur/locale/exequatur.pot -d src/exequatur/locale -l ru
    # translate src/exequatur/locale/ru/LC_MESSAGES/exequatur.po, keeping every {placeholder}
    .venv/bin/pybabel compile -D exequatur -d src/exequatur/locale -l ru

and is then used by ``Wording(kb, language="ru")`` (``engine/wording.py`` loads
``locale/<language>/LC_MESSAGES/exequatur.mo`` where it exists; English, the msgids' own language, needs none).
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "exequatur"
SOURCES = ("engine/summary.py", "engine/wording.py", "engine/practice.py")
POT = PACKAGE / "locale" / "exequatur.pot"
HEADER = """\
# The wording of exequatur's answers for readers: the summary, names of rulings and courts, the record of practice.
# Extracted from src/exequatur/engine/{summary,wording,practice}.py by scripts/wording_catalogue.py; do not edit.
# Every {placeholder} of a msgid must stay in its translation (the wording fills it with a name, a date or a clause).
# Explanation statements are rendered through the same catalogue (Wording.render looks their templates up), but
# their templates are built by the law's rules and are not extracted here."""


def catalogue() -> Catalog:
    """The catalogue of every message in ``SOURCES``, as Babel's extractor finds them."""
    from exequatur import __version__

    catalog = Catalog(project="exequatur", version=__version__, domain="exequatur", charset="utf-8", fuzzy=False,
                      header_comment=HEADER)
    for rel in SOURCES:
        for lineno, message, comments, context in extract_from_file("python", PACKAGE / rel, keywords=DEFAULT_KEYWORDS,
                                                                    comment_tags=("TRANSLATORS:",)):
            catalog.add(message, None, [(f"src/exequatur/{rel}", lineno)], auto_comments=comments, context=context)
    return catalog


def msgids(catalog: Catalog) -> set[str]:
    """The messages of a catalogue (a plural's singular and plural both), without the header."""
    out: set[str] = set()
    for message in catalog:
        if message.id:
            out.update(message.id if isinstance(message.id, tuple | list) else (message.id,))
    return out


def committed() -> Catalog | None:
    """The .pot in the package, as read by Babel; None if there is none."""
    if not POT.exists():
        return None
    with POT.open("rb") as f:
        return read_po(f)


def render(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=120, sort_output=True, include_lineno=False)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed .pot is not current")
    args = parser.parse_args(argv)
    fresh = catalogue()
    old = committed()
    current = old is not None and msgids(old) == msgids(fresh)
    if args.check:
        if not current:
            print(f"{POT.relative_to(ROOT)} is not current: run scripts/wording_catalogue.py", file=sys.stderr)
        return 0 if current else 1
    if current:
        print(f"{POT.relative_to(ROOT)}: {len(msgids(fresh))} messages, unchanged")
        return 0
    POT.parent.mkdir(parents=True, exist_ok=True)
    POT.write_bytes(render(fresh))
    print(f"{POT.relative_to(ROOT)}: {len(msgids(fresh))} messages written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
