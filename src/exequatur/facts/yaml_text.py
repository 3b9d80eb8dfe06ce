"""YAML and JSON as the project reads them from files and from users: bounded, unambiguous, dates left as text.

Why not ``yaml.safe_load``: safe loading still expands aliases, so a few hundred bytes of nested aliases ("billion
laughs") grow into gigabytes; and YAML's implicit timestamps turn ``2002-04-31`` into an error that names neither
the record nor the field. Here aliases are refused (no file the project reads needs them), nesting is bounded, and a
date stays a string until the record's own field parses it, so an impossible date is reported where it is.

Both readers also refuse a key given twice in one object (YAML and JSON would silently keep the last: a scenario
with two ``date:`` lines would run on one of them without a word) and an integer of more than ``MAX_DIGITS`` digits
(Python refuses to convert one of more than 4300 digits with a ValueError; no number this project reads has more than
a few).
"""

from __future__ import annotations

import json
from typing import Any

import yaml

MAX_DEPTH = 40  # levels of nesting: a record is three or four deep
MAX_DIGITS = 20  # digits of an integer: resolution numbers and years have four


class YamlError(ValueError):
    """Text that is not acceptable YAML here; the message says where (line) and why."""


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe loader without implicit timestamps, refusing a repeated key and an integer of too many digits."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key, _ in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    raise YamlError(f"line {key.start_mark.line + 1}: the key {_shown(key.value)} is given twice in "
                                    "one object; give it once")
                seen.add(key.value)
        return super().construct_mapping(node, deep)


def _shown(text: str) -> str:
    return repr(text) if len(text) <= 40 else repr(text[:37] + "...")


def _yaml_int(loader: Any, node: yaml.ScalarNode) -> int:
    if len(node.value.lstrip("+-").replace("_", "")) > MAX_DIGITS:
        raise YamlError(f"line {node.start_mark.line + 1}: a number of {len(node.value)} digits; no value here has more "
                        f"than {MAX_DIGITS}")
    return yaml.SafeLoader.construct_yaml_int(loader, node)  # type: ignore[no-any-return]


_Loader.add_constructor("tag:yaml.org,2002:int", _yaml_int)


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


def _json_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise YamlError(f"a number of {len(text.lstrip('-'))} digits; no value here has more than {MAX_DIGITS}")
    return int(text)


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise YamlError(f"the key {_shown(key)} is given twice in one object; give it once")
        data[key] = value
    return data


def parse_json(text: str) -> Any:
    """The data in JSON ``text``, refusing a repeated key and an integer of more than ``MAX_DIGITS`` digits (YamlError);
    json.JSONDecodeError for text that is not JSON. Nesting is the caller's to bound before (``inputs.nesting``)."""
    return json.loads(text, object_pairs_hook=_json_object, parse_int=_json_int)
