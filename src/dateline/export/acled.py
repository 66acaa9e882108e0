"""CSV in ACLED's column layout, so dateline events can sit beside ACLED data.

Fields dateline has no source for (ISO numeric code, ACLED region, admin2/3, source scale)
are left empty rather than guessed.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import datetime
from typing import IO, Any

from dateline.export.countries import country_name, iso3

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
# ACLED's disorder types by event type.
DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence; Demonstrations",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
# ACLED actor (inter) codes by PLOVER/CAMEO sector: 1 state forces, 2 rebel groups,
# 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external.
INTER = {"GOV": 1, "MIL": 1, "COP": 1, "SPY": 1, "JUD": 1, "LEG": 1, "REB": 2, "INS": 2,
         "MIL_MILITIA": 3, "OPP": 6, "PTY": 6, "CVL": 7, "MED": 7, "EDU": 7, "BUS": 7, "HLH": 7,
         "REF": 7, "LAB": 7, "REL": 7, "IGO": 8, "NGO": 8}
PRECISION = {"day": 1, "week": 2}
GEO_PRECISION = {"city": 1, "landmark": 1, "admin": 2, "region": 2, "country": 3}


def acled_row(event: dict[str, Any]) -> dict[str, Any]:
    event_type, _, sub_type = (event.get("acled") or "").partition("|")
    country = event.get("place_country") or event.get("recipient_country") \
        or event.get("actor_country")
    date = event.get("date") if event.get("date") and len(event["date"]) == 10 else None
    date = date or event.get("article_dct")
    inter1 = INTER.get(event.get("actor_sector") or "", 0) if event.get("actor_text") else 0
    inter2 = INTER.get(event.get("recipient_sector") or "", 0) \
        if event.get("recipient_text") else 0
    interaction = int("".join(sorted(str(i) for i in (inter1, inter2) if i)) or 0)
    killed = event.get("cluster_killed_best")
    killed = killed if killed is not None else event.get("killed")
    civilian = (event.get("type") == "ASSAULT" and event.get("recipient_sector") == "CVL")
    tags = [t for t in (event.get("modality"), event.get("mode")) if t]
    processed = event.get("processed_at")
    return {
        "event_id_cnty": f"{iso3(country) or 'XXX'}-{event['article_id'][:12]}-{event['id']}",
        "event_date": date,
        "year": date[:4] if date else None,
        "time_precision": PRECISION.get(event.get("date_precision") or "", 3),
        "disorder_type": DISORDER.get(event_type, ""),
        "event_type": event_type,
        "sub_event_type": sub_type,
        "actor1": event.get("actor_text") or "",
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": event.get("recipient_text") or "",
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": "",
        "region": "",
        "country": country_name(country) or "",
        "admin1": event.get("place_admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": event.get("place_name") or "",
        "latitude": event.get("lat"),
        "longitude": event.get("lon"),
        "geo_precision": event.get("place_precision")
        or GEO_PRECISION.get(event.get("place_feature") or "", ""),
        "source": event.get("article_source") or "",
        "source_scale": "",
        "notes": (event.get("sentence") or "").strip(),
        "fatalities": killed or 0,
        "tags": "; ".join(tags),
        "timestamp": int(datetime.fromisoformat(processed.replace("Z", "+00:00")).timestamp())
        if processed else "",
    }


def write_acled_csv(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow(acled_row(event))
        n += 1
    return n
