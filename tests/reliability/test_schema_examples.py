"""The published JSON Schema (schema/document.schema.json) holds for real outputs."""

from __future__ import annotations

import pytest
from reliability_contract import schema_errors, span_errors

from dateline.batch import process_batch
from dateline.errors import RecordError
from dateline.ingest import read_inputs

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def example_outputs(nlp) -> list[dict]:  # type: ignore[no-untyped-def]
    from pathlib import Path

    examples = Path(__file__).resolve().parents[2] / "examples"
    articles = [a for a in read_inputs([examples]) if not isinstance(a, RecordError)]
    assert len(articles) >= 8
    results = process_batch(nlp, articles)
    assert not [r for r in results if isinstance(r, RecordError)]
    return [r.as_dict() for r in results]


def test_every_example_output_is_valid_against_the_schema(example_outputs: list[dict]) -> None:
    problems = {d["id"]: schema_errors(d) for d in example_outputs}
    assert {k: v for k, v in problems.items() if v} == {}


def test_every_example_span_matches_its_text(example_outputs: list[dict]) -> None:
    problems = {d["id"]: span_errors(d) for d in example_outputs}
    assert {k: v for k, v in problems.items() if v} == {}


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("timexes", 0, "value"), "next Tuesday"),
        (("events", 0, "type"), "WAR"),
        (("entities", 0, "start"), -1),
        (("dct",), "20/11/2025"),
        (("events", 0, "counts", "killed"), -3),
        (("places", 0, "lat"), 123.0),
    ],
)
def test_the_schema_rejects_a_broken_output(example_outputs: list[dict], path: tuple,
                                            value: object) -> None:
    import copy

    document = copy.deepcopy(next(d for d in example_outputs
                                  if d["timexes"] and d["events"] and d["places"]
                                  and d["entities"]))
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert schema_errors(document)


def _properties(schema: dict, path: tuple[str, ...]) -> set[str]:
    node = schema
    for key in path:
        node = node[key]
    if "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
    return set(node["properties"])


@pytest.mark.parametrize(
    ("record", "path"),
    [
        ("Document", ()),
        ("Entity", ("properties", "entities", "items")),
        ("Timex", ("properties", "timexes", "items")),
        ("Place", ("properties", "places", "items")),
        ("Quote", ("properties", "quotes", "items")),
        ("Event", ("properties", "events", "items")),
        ("Counts", ("properties", "events", "items", "properties", "counts")),
        ("Participant", ("$defs", "participant")),
        ("Stance", ("properties", "stances", "items")),
        ("ActorCode", ("properties", "entities", "items", "properties", "actor")),
    ],
)
def test_schema_names_every_field_of_the_records(record: str, path: tuple[str, ...]) -> None:
    """records.py and the published schema change together."""
    import dataclasses
    import json

    from reliability_contract import SCHEMA_PATH

    from dateline import records

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    fields = {f.name for f in dataclasses.fields(getattr(records, record))}
    assert _properties(schema, path) == fields
