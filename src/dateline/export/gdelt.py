"""A GDELT-style event table (tab-separated, GDELT 2.0 column names) with CAMEO codes."""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from datetime import date as Date
from typing import IO, Any

from dateline.export.countries import iso3

COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_Lat", "ActionGeo_Long", "DATEADDED", "SOURCEURL",
    "DatelineEventKey", "DatelineClusterId", "DatelineDatePrecision",
)
# GDELT ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
GEO_TYPE = {"country": 1, "admin": 5, "city": 4, "landmark": 4}


def quad_class(cameo: str | None) -> int | str:
    """CAMEO root 01-05 verbal cooperation (1), 06-08 material cooperation (2),
    09-13 verbal conflict (3), 14-20 material conflict (4)."""
    if not cameo or not cameo[:2].isdigit():
        return ""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def _actor_code(country: str | None, sector: str | None) -> str:
    return f"{iso3(country) or country or ''}{sector or ''}"


def gdelt_row(event: dict[str, Any]) -> list[Any]:
    value = event.get("date") or event.get("article_dct") or ""
    day = value if len(value) == 10 else (event.get("article_dct") or "")
    cameo = event.get("cameo") or ""
    fraction = ""
    if day:
        d = Date.fromisoformat(day)
        fraction = round(d.year + (d.timetuple().tm_yday - 1) / 365.0, 4)
    key = f"{event['article_id']}:{event['id']}"
    return [
        zlib.crc32(key.encode()), day.replace("-", ""), day[:7].replace("-", ""), day[:4],
        fraction,
        _actor_code(event.get("actor_country"), event.get("actor_sector")),
        (event.get("actor_text") or "").upper(), iso3(event.get("actor_country")) or "",
        event.get("actor_sector") or "",
        _actor_code(event.get("recipient_country"), event.get("recipient_sector")),
        (event.get("recipient_text") or "").upper(), iso3(event.get("recipient_country")) or "",
        event.get("recipient_sector") or "",
        1, cameo, cameo[:3], cameo[:2], quad_class(cameo),
        1, event.get("cluster_sources") or 1, event.get("cluster_sources") or 1,
        GEO_TYPE.get(event.get("place_feature") or "", "") if event.get("place_name") else 0,
        event.get("place_name") or "", event.get("place_country") or "",
        event.get("place_admin1") or "", event.get("lat") if event.get("lat") is not None else "",
        event.get("lon") if event.get("lon") is not None else "",
        (event.get("processed_at") or "")[:10].replace("-", ""), event.get("article_url") or "",
        key, event.get("cluster_id") or "", event.get("date_precision") or "",
    ]


def _cell(value: Any) -> str:
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ")


def write_gdelt_tsv(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    out.write("\t".join(COLUMNS) + "\n")
    n = 0
    for event in events:
        out.write("\t".join(_cell(v) for v in gdelt_row(event)) + "\n")
        n += 1
    return n
