"""The shapes the API answers with, as JSON Schema in the OpenAPI document — for the programs that read it.

Why models that only document: the engine builds the JSON (``Answer.to_dict``, ``where_dict``, ``when_dict``) and
the CLI prints the same; validating every answer again on the way out would double the cost of ``/api/where`` for
no gain. Drift between these models and the real answers is caught by the API fuzz test, which checks every
response against this document (schemathesis' response-schema conformance).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

International = Literal["obliged", "urged", "not_obliged", "unknown"]
Domestic = Literal["barred", "conditional", "not_barred", "no_rule", "unknown"]
Effect = Literal["bars", "unknown", "conditions", "permits", "implements", "penalises"]


class _Shape(BaseModel):
    model_config = ConfigDict(populate_by_name=True)


class Source(_Shape):
    url: str
    title: str
    class_: Literal["primary", "secondary", "tertiary"] = Field(
        alias="class", description="From data/domains.yaml; a verbatim copy naming its authority counts as primary")
    authority: str | None = Field(None, description="The official document a copy reproduces")


class Fact(_Shape):
    fact: str = Field(description="What the fact says")
    value: Any = Field(description="Its value: a date, a flag, a list of states…")
    sources: list[Source] = Field(description="Where it was read (empty for an assumed fact)")
    assumed: bool | None = Field(None, description="Present and true for a fact a scenario or hypothetical ruling "
                                 "supposes")
    reported: bool | None = Field(None, description="Present and true for a fact recorded as reported, not confirmed")


class ProvisionRef(_Shape):
    id: str
    citation: str


class Node(_Shape):
    statement: str = Field(description="What this step holds, in names (states, rulings and instruments by name)")
    params: dict[str, str] | None = Field(None, description="The ids and ISO dates the statement names, by placeholder "
                                          "(state, ruling, instrument, date; state_2… for a second one)")
    value: Any = Field(description="The condition's value: true, false, an outcome, or null where unknown")
    provision: ProvisionRef | None = None
    facts: list[Fact] | None = None
    children: list[Node] | None = None


class InForce(_Shape):
    from_: str | None = Field(alias="from")
    to: str | None


class Provision(_Shape):
    id: str
    citation: str
    text: str
    text_original: str | None = None
    in_force: InForce
    source: Source
    note: str | None = None


class Condition(_Shape):
    event: str = Field(description="The event the rule makes enforcement hang on")
    if_met: Literal["barred", "not_barred"] = Field(description="The outcome if the event occurs")


class RuleFinding(_Shape):
    provision: ProvisionRef
    effect: Effect = Field(description="What the rule does to enforcement: bars, unknown (cannot be told), conditions, "
                           "permits, implements (provides a procedure), penalises (helping is an offence or a "
                           "sanctions trigger; never decides the outcome)")
    statement: str
    explanation: Node
    condition: Condition | None = Field(None, description="Present for effect 'conditions'")


class Decision(_Shape):
    outcome: str = Field(description="international: obliged, urged, not_obliged, unknown; domestic: barred, "
                         "conditional, not_barred, no_rule, unknown")
    grade: Literal["primary", "secondary", "tertiary", "reported", "assumed"] | None = Field(
        None, description="How strong the outcome's footing is: the weakest class among the facts it rests on (each "
        "fact taking its best source's class), 'reported' if an unconfirmed fact is used, 'assumed' if a scenario's; "
        "null for no_rule")
    reading: dict[str, str] = Field(description="The reading applied of each contested provision used")
    provisions: list[Provision]
    explanation: Node
    changes_if: list[str] = Field(description="What would change this answer")
    findings: list[RuleFinding] | None = Field(None, description="Domestic order only: each applicable rule with its "
                                                "effect; the outcome is the strongest (bars > unknown > conditions > "
                                                "permits = implements)")
    decided_by: str | None = Field(None, description="Domestic order only: the id of the provision that decided the "
                                   "outcome (null for no_rule)")


class Versions(_Shape):
    schema_: str = Field(alias="schema", description="exequatur.decision/2")
    engine_version: str
    kb_version: str
    data_as_of: str | None = Field(None, description="When the knowledge base was last checked as a whole (YYYY-MM-DD)")


class PracticeEvent(_Shape):
    state: str
    date: str | None = Field(description="The day (YYYY-MM-DD); null for a decision whose own date was not found")
    to: str | None = Field(description="The last day of a visit longer than one day")
    kind: Literal["visit", "arrest", "surrender", "refusal", "non-compliance-finding", "compliance"]
    statement: str = Field(description="What happened, in one sentence in names")
    sources: list[Source]
    referred: str | None = Field(None, description="A finding's referral: asp, unsc, asp+unsc, none or deferred")
    public: str | None = Field(None, description="The day a decision was made public, where its own date was not "
                               "found")
    state_name: str | None = Field(None, description="The state's name (in /api/practice)")


class Practice(Versions):
    ruling: str
    ruling_name: str
    state: str | None
    practice: list[PracticeEvent]


class Answer(Versions):
    scenario: str | None = Field(description="The what-if scenario the answer assumes, if any")
    state: str
    ruling: str
    hypothetical_ruling: bool
    on: str
    summary: str = Field(description="Both orders in one or two plain sentences, in names, and what the state did "
                         "where the record of practice has it")
    international: Decision
    domestic: Decision
    conflict: bool = Field(description="International law obliges and domestic law bars")
    conflict_possible: bool = Field(description="International law obliges and domestic law is conditional")
    assumed_facts: list[Fact]
    practice: list[PracticeEvent] = Field(description="What the state did about the ruling, whatever the dates")


class OrderOutcome(_Shape):
    outcome: str
    reading: dict[str, str]


class StateOutcome(_Shape):
    state: str
    international: OrderOutcome
    domestic: OrderOutcome
    conflict: bool
    conflict_possible: bool
    assumed: bool = Field(description="The answer rests on an assumed fact")


class Where(Versions):
    scenario: str | None
    ruling: str
    on: str
    states: list[StateOutcome]


class Interval(_Shape):
    from_: str = Field(alias="from")
    to: str
    international: International
    domestic: Domestic
    conflict: bool
    conflict_possible: bool
    changed_by: list[Fact]


class When(Versions):
    scenario: str | None
    state: str
    ruling: str
    intervals: list[Interval]


class Error(_Shape):
    error: str = Field(description="One line naming the bad value and what would be valid")
    status: int


ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": Error, "description": "A bad value: the message names it and the valid ones"},
    404: {"model": Error, "description": "An unknown id in the path"},
}


def documented(model: type[BaseModel]) -> dict[int | str, dict[str, Any]]:
    """The responses of an answering endpoint: the answer's shape, and the errors."""
    return {200: {"model": model, "description": "The answer, as the CLI's --json prints it"}, **ERRORS}
