"""``dateline eval plover FILE``: PLOVER GSR records (JSON list), one sentence each.

Each record's text goes through the pipeline; the document's main event
(:func:`dateline.events.main.main_event`) is compared with the gold event type, and its actor
and recipient country / sector with the gold source and target actors (any of them: the GSR
lists reciprocal actors as several sources).

The GSR is coded in PLOVER v0.5, whose DEMAND, DISAPPROVE, FIGHT and INVESTIGATE are today's
REQUEST, ACCUSE (modes disapprove / investigate) and ASSAULT (see CAMEO2PLOVER-2021 and the
PLOVER manual); gold labels are mapped with :data:`V05_TO_PLOVER` before scoring. A text with
no event predicts "NONE" (always wrong here).

PLOVER codes an intention as its own category (manual, "Auxiliary modes": the coder returns
AGREE rather than SUPPORT + future, THREATEN rather than ASSAULT + hypothetical; CAMEO 03x
"express intent to ..." rows map to AGREE). dateline keeps the intended event's type with
its modality, so :func:`plover_type` applies that convention when scoring: a cooperative
event (quads 1-2) that is future or hypothetical scores as AGREE, a material-conflict one
(PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT) as THREATEN; a negated cooperative event
("failed to reach agreement", "refused to meet") scores as REJECT, as CAMEO codes it (12x).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spacy.language import Language

from dateline.eval.metrics import accuracy, macro_f1, select
from dateline.events.crosswalk import COOPERATION_QUADS, PLOVER_QUAD
from dateline.events.main import main_event
from dateline.records import Event

V05_TO_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT",
                 "INVESTIGATE": "ACCUSE"}


INTENDED = frozenset({"future", "hypothetical"})
THREAT_TYPES = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


def plover_type(event: Event | None) -> str:
    """The PLOVER category of dateline's event under PLOVER's single-category convention."""
    if event is None:
        return "NONE"
    if event.modality == "negated" and PLOVER_QUAD.get(event.type) in COOPERATION_QUADS:
        return "REJECT"
    if event.modality in INTENDED:
        if PLOVER_QUAD.get(event.type) in COOPERATION_QUADS:
            return "AGREE"
        if event.type in THREAT_TYPES:
            return "THREATEN"
    return event.type


# Country codes of the CAMEO era that are not ISO 3166 alpha-3 (CAMEO country table).
LEGACY_CODES = {"ITL": "ITA", "JAP": "JPN"}


def country_match(participant, codes: set[str]) -> bool:
    """The GSR codes an international organization's "code" as IGO (an NGO's as NGO);
    dateline puts the organization's own code in country and IGO / NGO in sector, so either
    counts. Legacy CAMEO country codes are read as their ISO equivalents."""
    if participant is None:
        return False
    codes = {LEGACY_CODES.get(code, code) for code in codes}
    return participant.country in codes or any(
        kind in codes and participant.sector == kind for kind in ("IGO", "NGO"))


def primary_sector(code: str | None) -> str | None:
    """The primary sector of a GSR sector code: its first three letters ("CVLkur" -> CVL;
    PLOVER's sector is a 3-letter primary code, a secondary code such as an ethnic group may
    follow). Placeholders such as "***" (sector not coded) give None."""
    if not code or len(code) < 3 or not code[:3].isalpha():
        return None
    return code[:3].upper()


def gold_type(label: str) -> str:
    return V05_TO_PLOVER.get(label, label)


def _actors(value: Any) -> list[dict]:
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict)]
    if isinstance(value, dict):
        return [value]
    return []


def read_records(path: Path) -> list[dict]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def evaluate(path: Path, nlp: Language | None = None, limit: int | None = None,
             parity: int | None = None) -> dict:
    """``parity`` 0 or 1 keeps only the records whose index (in the file) has that parity:
    the even half is for error analysis, the odd half is the honest estimate."""
    if nlp is None:
        from dateline.nlp.pipeline import load_pipeline

        nlp = load_pipeline()
    records = select(read_records(path), limit, parity)
    gold, pred = [], []
    actor_hits = actor_total = recipient_hits = recipient_total = 0
    sector_hits = sector_total = 0
    primary_hits = primary_total = 0  # the 3-letter primary sector, secondary codes aside
    actor_coded = recipient_coded = 0
    typed_hits = typed_total = 0  # actor coding where the event type is right
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        event = main_event(doc)
        gold.append(gold_type(record["event"]))
        pred.append(plover_type(event))
        sources = _actors(record.get("source"))
        codes = {a.get("code") for a in sources if a.get("code")}
        if codes:
            actor_total += 1
            actor = event.actor if event else None
            actor_hits += country_match(actor, codes)
            actor_coded += bool(actor and (actor.country or actor.sector in ("IGO", "NGO")))
            if pred[-1] == gold[-1]:
                typed_total += 1
                typed_hits += country_match(actor, codes)
        sectors = {a.get("sector") for a in sources if a.get("sector")}
        if sectors:
            sector_total += 1
            actor = event.actor if event else None
            sector_hits += bool(actor and actor.sector in sectors)
        primaries = {p for p in (primary_sector(a.get("sector")) for a in sources) if p}
        if primaries:
            primary_total += 1
            actor = event.actor if event else None
            primary_hits += bool(actor and actor.sector in primaries)
        targets = {a.get("code") for a in _actors(record.get("target")) if a.get("code")}
        if targets:
            recipient_total += 1
            recipient = event.recipient if event else None
            recipient_hits += country_match(recipient, targets)
            recipient_coded += bool(recipient and (recipient.country
                                                   or recipient.sector in ("IGO", "NGO")))
    return {
        "records": len(records),
        "type_accuracy": round(accuracy(gold, pred), 4),
        "type_macro_f1": round(macro_f1(gold, pred), 4),
        "actor_country_accuracy": round(actor_hits / actor_total, 4) if actor_total else 0.0,
        "actor_sector_accuracy": round(sector_hits / sector_total, 4) if sector_total else 0.0,
        "actor_primary_sector_accuracy": (round(primary_hits / primary_total, 4)
                                          if primary_total else 0.0),
        "actor_primary_sector_records": primary_total,
        "recipient_country_accuracy": (round(recipient_hits / recipient_total, 4)
                                       if recipient_total else 0.0),
        # how often a country (or IGO / NGO) was given at all: the rest of the misses are
        # wrong codes
        # actor coding on its own: records whose event type was predicted right
        "actor_country_accuracy_typed": (round(typed_hits / typed_total, 4)
                                         if typed_total else 0.0),
        "actor_coded_rate": round(actor_coded / actor_total, 4) if actor_total else 0.0,
        "recipient_coded_rate": (round(recipient_coded / recipient_total, 4)
                                 if recipient_total else 0.0),
        "actor_records": actor_total,
        "recipient_records": recipient_total,
        "label_mapping": V05_TO_PLOVER,
    }
