"""Typed records of dateline's output contract, and their one conversion to JSON.

Every list item carries character offsets into ``Document.text`` (the article body after the
dateline prefix) and a confidence in [0, 1]. See DESIGN.md, "Output contract".
"""

from __future__ import annotations

import dataclasses
import functools
import json
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1


@dataclass(slots=True)
class Article:
    """One input article, as read, before any language processing."""

    id: str
    text: str
    dct: str | None = None  # document creation time, ISO date YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    origin: str | None = None  # where it was read from: "path" or "path:line"


@dataclass(slots=True)
class SpanRef:
    """A piece of the text: a cue word, a trigger, an evidence span."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class ActorCode:
    """Who an entity is, coded for event data: ISO-3166 alpha-3 country + sector + role."""

    country: str | None = None
    sector: str | None = None
    role: str | None = None


@dataclass(slots=True)
class Entity:
    id: str
    text: str
    start: int
    end: int
    label: str
    canonical: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    actor: ActorCode | None = None
    confidence: float = 0.8


@dataclass(slots=True)
class Timex:
    id: str
    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value
    precision: str | None = None  # day | week | month | season | year | decade | ...
    mod: str | None = None  # START | MID | END | APPROX | BEFORE | AFTER
    confidence: float = 0.8


@dataclass(slots=True)
class Place:
    id: str
    text: str
    start: int
    end: int
    name: str
    country: str | None = None  # ISO-3166 alpha-2
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # city | admin | country | region | ...
    role: str = "location"  # location | actor (metonymy: "Moscow said")
    confidence: float = 0.5


@dataclass(slots=True)
class Speaker:
    text: str
    start: int
    end: int
    entity: str | None = None
    canonical: str | None = None


@dataclass(slots=True)
class Quote:
    id: str
    text: str
    start: int
    end: int
    kind: str  # direct | indirect | mixed
    cue: SpanRef | None = None
    speaker: Speaker | None = None
    source_type: str | None = None  # named | anonymous | institutional | document
    event: str | None = None
    confidence: float = 0.5


@dataclass(slots=True)
class Participant:
    """An event's actor or recipient."""

    text: str
    start: int
    end: int
    entity: str | None = None
    country: str | None = None
    sector: str | None = None
    inferred: bool = False


@dataclass(slots=True)
class EventDate:
    value: str | None
    precision: str | None = None
    timex: str | None = None


@dataclass(slots=True)
class EventPlace:
    place: str | None
    precision: int | None = None  # ACLED-style: 1 town, 2 near/region, 3 province/country


@dataclass(slots=True)
class Counts:
    killed: int | None = None
    injured: int | None = None
    missing: int | None = None
    arrested: int | None = None
    displaced: int | None = None
    released: int | None = None
    qualifiers: dict[str, str] = field(default_factory=dict)  # {"killed": "at least"}


@dataclass(slots=True)
class Event:
    id: str
    type: str
    trigger: SpanRef
    sentence: tuple[int, int]
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    modality: str = "asserted"  # asserted | negated | future | hypothetical | reported
    actor: Participant | None = None
    recipient: Participant | None = None
    date: EventDate | None = None
    place: EventPlace | None = None
    counts: Counts = field(default_factory=Counts)
    cameo: str | None = None
    acled: str | None = None
    source: str | None = None
    confidence: float = 0.5


@dataclass(slots=True)
class Stance:
    holder: str | None
    target: str
    polarity: str  # oppose | support | neutral
    evidence: tuple[int, int]
    confidence: float = 0.5
    holder_text: str | None = None  # the holder's words, also when no entity stands for them


@dataclass(slots=True)
class Document:
    """One processed article: the unit of dateline's output."""

    id: str
    text: str
    dct: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return to_dict(self)

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False)


def to_dict(record: Any) -> dict[str, Any]:
    """Convert any record (nested dataclasses, tuples) to plain JSON-ready data."""
    return _plain(record)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """A record class's field names, looked up once (``dataclasses.fields`` is slow)."""
    return tuple(f.name for f in dataclasses.fields(cls))


def document_from_dict(data: dict[str, Any]) -> Document:
    """Rebuild a Document from its JSON form (the inverse of ``Document.as_dict``)."""

    def spanref(d: dict | None) -> SpanRef | None:
        return SpanRef(**d) if d else None

    def participant(d: dict | None) -> Participant | None:
        return Participant(**d) if d else None

    entities = [
        Entity(
            **{**e, "mentions": [tuple(m) for m in e.get("mentions", [])],
               "actor": ActorCode(**e["actor"]) if e.get("actor") else None}
        )
        for e in data.get("entities", [])
    ]
    quotes = [
        Quote(
            **{**q, "cue": spanref(q.get("cue")),
               "speaker": Speaker(**q["speaker"]) if q.get("speaker") else None}
        )
        for q in data.get("quotes", [])
    ]
    events = [
        Event(
            **{
                **v,
                "trigger": SpanRef(**v["trigger"]),
                "sentence": tuple(v["sentence"]),
                "actor": participant(v.get("actor")),
                "recipient": participant(v.get("recipient")),
                "date": EventDate(**v["date"]) if v.get("date") else None,
                "place": EventPlace(**v["place"]) if v.get("place") else None,
                "counts": Counts(**(v.get("counts") or {})),
            }
        )
        for v in data.get("events", [])
    ]
    stances = [Stance(**{**s, "evidence": tuple(s["evidence"])}) for s in data.get("stances", [])]
    return Document(
        id=data["id"],
        text=data["text"],
        dct=data.get("dct"),
        title=data.get("title"),
        url=data.get("url"),
        source=data.get("source"),
        meta=data.get("meta") or {},
        entities=entities,
        timexes=[Timex(**t) for t in data.get("timexes", [])],
        places=[Place(**p) for p in data.get("places", [])],
        quotes=quotes,
        events=events,
        stances=stances,
        warnings=list(data.get("warnings", [])),
    )
