"""Golden cases from real events, kept as data a lawyer can read and add to (tests/golden/cases.yaml).

Each case may also name words that must (``in_explanation``) or must not (``not_in_explanation``) appear in the
explanations, and words a change hint must carry (``in_hints``). Domestic cases may name the rule findings that must be
there (``findings``: "effect provision-id") or absent (``absent_findings``: provision ids), the provision that decides
(``decided_by``), a condition's outcome if met (``condition_if_met``) and ``conflict_possible``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from exequatur import KnowledgeBase, ask
from exequatur.engine.inputs import hypothetical_ruling, parse_readings

CASES = yaml.safe_load((Path(__file__).parent / "golden" / "cases.yaml").read_text(encoding="utf-8"))


def _provisions(node: dict) -> set[str]:
    found = {node["provision"]["id"]} if "provision" in node else set()
    for child in node.get("children", ()):
        found |= _provisions(child)
    return found


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden(kb: KnowledgeBase, case: dict) -> None:
    assert case.get("source"), "every golden case names its source"
    base, ruling = kb, case.get("ruling")
    if "ruling_json" in case:
        base, ruling = hypothetical_ruling(kb, json.dumps(case["ruling_json"]))
    on = case["date"] if isinstance(case["date"], dt.date) else dt.date.fromisoformat(case["date"])
    answer = ask(base, case["state"], ruling, on, parse_readings(case.get("reading", ())))
    data = answer.to_dict()
    if "international" in case:
        assert data["international"]["outcome"] == case["international"], data["international"]["explanation"]
    if "domestic" in case:
        assert data["domestic"]["outcome"] == case["domestic"], data["domestic"]["explanation"]
    if "conflict" in case:
        assert data["conflict"] is case["conflict"]
    if "conflict_possible" in case:
        assert data["conflict_possible"] is case["conflict_possible"]
    found = {f"{f['effect']} {f['provision']['id']}" for f in data["domestic"]["findings"]}
    missing_findings = set(case.get("findings", ())) - found
    assert not missing_findings, f"findings missing: {missing_findings}; found: {found}"
    present = {f["provision"]["id"] for f in data["domestic"]["findings"]} & set(case.get("absent_findings", ()))
    assert not present, f"findings that must be absent: {present}"
    if "decided_by" in case:
        assert data["domestic"]["decided_by"] == case["decided_by"], found
    if "condition_if_met" in case:
        assert {f["condition"]["if_met"] for f in data["domestic"]["findings"] if "condition" in f} == \
            {case["condition_if_met"]}
    cited = _provisions(data["international"]["explanation"]) | _provisions(data["domestic"]["explanation"])
    missing = set(case.get("provisions", ())) - cited
    assert not missing, f"provisions not in the explanation: {missing}"
    said = json.dumps([data["international"]["explanation"], data["domestic"]["explanation"]], ensure_ascii=False)
    for words in case.get("in_explanation", ()):
        assert words in said, f"{words!r} not in the explanation"
    for words in case.get("not_in_explanation", ()):
        assert words not in said, f"{words!r} must not be in the explanation"
    hints = " | ".join(data["international"]["changes_if"] + data["domestic"]["changes_if"])
    for words in case.get("in_hints", ()):
        assert words in hints, f"{words!r} not in the change hints: {hints}"
