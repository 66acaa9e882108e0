"""Validated, capped query parameters shared by the API's routes."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import HTTPException, Query

from dateline.store.queries import MAX_LIMIT, EventFilter

MAX_OFFSET = 1_000_000
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, at most {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
IsoDate = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$",
                                      description="ISO date YYYY-MM-DD")]
Code = Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,3}$",
                                   description="ISO-3166 alpha-3 (or alpha-2) country code")]
Sector = Annotated[str | None, Query(pattern=r"^[A-Z_]{2,12}$")]
Word = Annotated[str | None, Query(pattern=r"^[A-Za-z_-]{1,32}$")]
Text = Annotated[str | None, Query(max_length=200)]
Bbox = Annotated[str | None, Query(
    pattern=r"^-?[\d.]+,-?[\d.]+,-?[\d.]+,-?[\d.]+$",
    description="min_lon,min_lat,max_lon,max_lat")]


def check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(422, f"not a valid date: {value!r}") from None


def check_range(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """Two validated dates, refused when the range is reversed."""
    date_from, date_to = check_date(date_from), check_date(date_to)
    if date_from and date_to and date_from > date_to:
        raise HTTPException(422, f"date_from {date_from} is after date_to {date_to}")
    return date_from, date_to


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        min_lon, min_lat, max_lon, max_lat = (float(v) for v in value.split(","))
    except ValueError:
        raise HTTPException(422, "bbox must be min_lon,min_lat,max_lon,max_lat") from None
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise HTTPException(422, "bbox out of range or min > max")
    return min_lon, min_lat, max_lon, max_lat


def event_filter(
    type: Word = None,
    mode: Word = None,
    modality: Word = None,
    actor_country: Code = None,
    actor_sector: Sector = None,
    recipient_country: Code = None,
    recipient_sector: Sector = None,
    country: Code = None,
    date_from: IsoDate = None,
    date_to: IsoDate = None,
    place: Text = None,
    bbox: Bbox = None,
    q: Text = None,
    article: Annotated[str | None, Query(pattern=r"^[\w.-]{1,128}$")] = None,
    cluster: Annotated[str | None, Query(pattern=r"^C[0-9a-f]{16}$")] = None,
) -> EventFilter:
    """The shared filters of every event view (a FastAPI dependency)."""
    date_from, date_to = check_range(date_from, date_to)
    return EventFilter(
        type=type.upper() if type else None, mode=mode, modality=modality,
        actor_country=actor_country.upper() if actor_country else None,
        actor_sector=actor_sector,
        recipient_country=recipient_country.upper() if recipient_country else None,
        recipient_sector=recipient_sector,
        country=country.upper() if country else None,
        date_from=date_from, date_to=date_to, place=place or None, bbox=parse_bbox(bbox),
        q=q or None, article_id=article, cluster_id=cluster,
    )
