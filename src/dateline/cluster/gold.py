"""A clustering gold set (articles with hand-coded events labelled by the real event they
report) read into records.Document objects, and pairwise precision / recall / F1."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from dateline.records import (
    ActorCode,
    Counts,
    Document,
    Entity,
    Event,
    EventDate,
    EventPlace,
    Participant,
    Place,
    SpanRef,
    Timex,
)

Key = tuple[str, str]  # (article_id, event_id)


def _find(text: str, spec: Any) -> tuple[str, int, int]:
    """A span given as its text, or as [text, n] for the n-th occurrence (1-based)."""
    needle, nth = (spec[0], int(spec[1])) if isinstance(spec, list) else (str(spec), 1)
    start = -1
    for _ in range(nth):
        start = text.find(needle, start + 1)
        if start < 0:
            raise ValueError(f"span {needle!r} not found in {text[:40]!r}...")
    return needle, start, start + len(needle)


_BOUNDARY = re.compile(r"[.!?] (?=[A-Z\"])")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span: from the last boundary before it to the next after it
    (a period followed by a space and a capital)."""
    left = 0
    for m in _BOUNDARY.finditer(text, 0, start):
        left = m.end()
    right = _BOUNDARY.search(text, end)
    return left, (right.start() + 1 if right else len(text))


def document_from_spec(spec: Mapping[str, Any]) -> tuple[Document, dict[Key, str]]:
    text = " ".join(str(spec["text"]).split())
    doc = Document(id=str(spec["id"]), text=text, dct=str(spec["dct"]),
                   title=spec.get("title"), source=spec.get("source"),
                   url=f"https://example.org/{spec['id']}")
    labels: dict[Key, str] = {}
    for n, item in enumerate(spec.get("events") or [], 1):
        trigger = SpanRef(*_find(text, item["trigger"]))
        sides: dict[str, Participant | None] = {}
        for side in ("actor", "recipient"):
            value = item.get(side)
            if not value:
                sides[side] = None
                continue
            surface, start, end = _find(text, value[0])
            entity_id = f"E{len(doc.entities) + 1}"
            doc.entities.append(Entity(entity_id, surface, start, end, "ORG", surface,
                                       [(start, end)], ActorCode(value[1], value[2])))
            sides[side] = Participant(surface, start, end, entity_id, value[1], value[2])
        date = None
        if item.get("date") and item["date"][0] is None:  # no date in the text: [null, dct,
            date = EventDate(str(item["date"][1]), item["date"][2])  # "reported"]
        elif item.get("date"):
            surface, start, end = _find(text, item["date"][0])
            timex_id = f"T{len(doc.timexes) + 1}"
            doc.timexes.append(Timex(timex_id, surface, start, end, "DATE",
                                     str(item["date"][1]), item["date"][2]))
            date = EventDate(str(item["date"][1]), item["date"][2], timex_id)
        place = None
        if item.get("place"):
            surface, start, end = _find(text, item["place"][0])
            _, name, country, lat, lon, feature, *admin1 = item["place"]
            place_id = f"P{len(doc.places) + 1}"
            doc.places.append(Place(place_id, surface, start, end, name, country,
                                    admin1[0] if admin1 else None, lat, lon, None, feature))
            place = EventPlace(place_id, 1 if feature in ("city", "landmark") else 2)
        event_id = str(item.get("id") or f"V{n}")
        doc.events.append(Event(
            event_id, item["type"], trigger, _sentence(text, trigger.start, trigger.end),
            mode=item.get("mode"), actor=sides["actor"], recipient=sides["recipient"],
            date=date, place=place,
            counts=Counts(killed=item.get("killed"), injured=item.get("injured")),
        ))
        labels[(doc.id, event_id)] = str(item["gold"])
    return doc, labels


def load_gold(*paths: str | Path) -> tuple[list[Document], dict[Key, str]]:
    """The documents of one or more gold files and each event's gold label (the real
    event). Labels are shared across files: one real event may be told in several."""
    documents, labels = [], {}
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            specs = yaml.safe_load(handle)
        for spec in specs:
            doc, doc_labels = document_from_spec(spec)
            documents.append(doc)
            labels.update(doc_labels)
    return documents, labels


def _pairs(assignment: Mapping[Key, str]) -> set[frozenset[Key]]:
    groups: dict[str, list[Key]] = {}
    for key, label in assignment.items():
        groups.setdefault(label, []).append(key)
    return {frozenset(p) for members in groups.values()
            for p in itertools.combinations(sorted(members), 2)}


def pairwise_scores(predicted: Mapping[Key, str], gold: Mapping[Key, str],
                    keys: Iterable[Key] | None = None) -> dict[str, float | int]:
    """Pairwise precision, recall and F1: a pair of reports is positive when both are in one
    cluster. Only keys present in ``gold`` are scored."""
    keys = set(keys or gold)
    pred = _pairs({k: v for k, v in predicted.items() if k in keys})
    true = _pairs({k: v for k, v in gold.items() if k in keys})
    tp = len(pred & true)
    precision = tp / len(pred) if pred else 0.0
    recall = tp / len(true) if true else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pair_precision": round(precision, 4), "pair_recall": round(recall, 4),
            "pair_f1": round(f1, 4), "true_pairs": len(true), "predicted_pairs": len(pred),
            "correct_pairs": tp, "reports": len(keys)}
