"""YAML as the project reads it from files and from users: bounded, and with dates left as text.

Why not ``yaml.safe_load``: safe loading still expands aliases, so a few hundred bytes of nested aliases ("billion
laughs") grow into gigabytes; and YAML's implicit timestamps turn ``2002-04-31`` into an error that names neither
the record nor the field. Here aliases are refused (no file the project reads needs them), nesting is bounded, and a
date stays a string until the record's own field parses it, so an impossible date is reported where it is.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_DEPTH = 40  # levels of nesting: a record is three or four deep


class YamlError(ValueError):
    """Text that is not acceptable YAML here; the message says where (line) and why."""


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe loader without implicit timestamps."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse(text: str) -> Any:
    """The data in ``text`` (YAML, or JSON, which is YAML). Raises YamlError for an alias, nesting deeper than
    ``MAX_DEPTH``, or text that is not YAML."""
    try:
        if "*" in text or text.count("[") > MAX_DEPTH or text.count("{") > MAX_DEPTH:
            depth = 0
            for event in yaml.parse(text, Loader=_Loader):
                if isinstance(event, yaml.AliasEvent):
                    raise YamlError(f"line {event.start_mark.line + 1}: YAML aliases (*{event.anchor}) are not "
                                    "accepted; write the value out")
                if isinstance(event, yaml.CollectionStartEvent):
                    depth += 1
                    if depth > MAX_DEPTH:
                        raise YamlError(f"line {event.start_mark.line + 1}: nested more than {MAX_DEPTH} levels deep")
                elif isinstance(event, yaml.CollectionEndEvent):
                    depth -= 1
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise YamlError(f"{where}not valid YAML or JSON ({getattr(exc, 'problem', None) or exc})") from None
    except RecursionError:
        raise YamlError(f"nested more than {MAX_DEPTH} levels deep") from None
