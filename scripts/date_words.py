"""Write ``src/exequatur/locale/dates.json``: for each language the wording knows, Babel's long date pattern and month
names, so that an answer writes "3 September 2024" without importing Babel (its import and first use of a locale
cost several times an answer). Babel stays the source: ``tests/test_readers.py`` compares the two on every day of
several years.

    .venv/bin/python scripts/date_words.py           # write the file
    .venv/bin/python scripts/date_words.py --check   # exit 1 if it is not what Babel says
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel import Locale
from babel.dates import get_date_format, get_month_names

OUT = Path(__file__).resolve().parent.parent / "src" / "exequatur" / "locale" / "dates.json"
LOCALES = {"en": "en_GB", "ru": "ru"}  # the wording's language → the Babel locale its dates are written in


def table() -> dict[str, dict[str, object]]:
    """``{language: {"locale", "pattern", "months": [12 names, January first, in the form a date uses]}}``."""
    out: dict[str, dict[str, object]] = {}
    for language, name in LOCALES.items():
        locale = Locale.parse(name)
        months = get_month_names("wide", context="format", locale=locale)
        out[language] = {"locale": name, "pattern": get_date_format("long", locale=locale).pattern,
                         "months": [months[i] for i in range(1, 13)]}
    return out


def main() -> int:
    text = json.dumps(table(), ensure_ascii=False, indent=1) + "\n"
    if "--check" in sys.argv[1:]:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is not current: run scripts/date_words.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
