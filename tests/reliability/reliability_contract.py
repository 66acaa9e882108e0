"""Checks of the output contract that JSON Schema cannot state, shared by the tests."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schema" / "document.schema.json"


@cache
def validator():  # type: ignore[no-untyped-def]
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def schema_errors(data: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator().iter_errors(data)]


def span_errors(data: dict[str, Any]) -> list[str]:
    """Every span is inside the text, and every span with a text is exactly that text."""
    text = data["text"]
    problems: list[str] = []

    def span(where: str, item: dict[str, Any] | None) -> None:
        if not item:
            return
        start, end = item["start"], item["end"]
        if not 0 <= start <= end <= len(text):
            problems.append(f"{where}: [{start}, {end}) outside 0..{len(text)}")
        elif text[start:end] != item["text"]:
            problems.append(f"{where}: text[{start}:{end}] = {text[start:end]!r} "
                            f"!= {item['text']!r}")

    def pair(where: str, value: list[int]) -> None:
        start, end = value
        if not 0 <= start <= end <= len(text):
            problems.append(f"{where}: {value} outside 0..{len(text)}")

    for kind in ("entities", "timexes", "places", "quotes"):
        for item in data[kind]:
            span(f"{kind} {item['id']}", item)
    for entity in data["entities"]:
        for mention in entity["mentions"]:
            pair(f"entity {entity['id']} mention", mention)
    for quote in data["quotes"]:
        span(f"quote {quote['id']} cue", quote["cue"])
        span(f"quote {quote['id']} speaker", quote["speaker"])
    for event in data["events"]:
        span(f"event {event['id']} trigger", event["trigger"])
        span(f"event {event['id']} actor", event["actor"])
        span(f"event {event['id']} recipient", event["recipient"])
        pair(f"event {event['id']} sentence", event["sentence"])
    for n, stance in enumerate(data["stances"]):
        pair(f"stance {n} evidence", stance["evidence"])
    return problems
