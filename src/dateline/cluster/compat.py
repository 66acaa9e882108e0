"""When two event reports may be the same real event: type family, actors, dates, places.

Each rule answers "compatible?" on what both reports state; a field one report leaves empty
does not rule a match out. Two reports must also share at least one positive anchor (a nearby
place, or the same actor and recipient countries), so that two bare "ASSAULT" reports on the
same day are not merged.
"""

from __future__ import annotations

import calendar
import dataclasses
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

# PLOVER types that news reports of one real event often code differently.
TYPE_FAMILIES: dict[str, str] = {
    "ASSAULT": "force", "COERCE": "force",
    "AGREE": "agree", "COOPERATE": "agree", "CONCEDE": "agree",
    "AID": "aid", "SUPPORT": "aid",
    "PROTEST": "protest", "MOBILIZE": "mobilize", "SANCTION": "sanction",
    "CONSULT": "consult", "REQUEST": "request", "ACCUSE": "accuse",
    "REJECT": "reject", "THREATEN": "threaten", "RETREAT": "retreat",
}
# Mutual interactions ("met with", "agreed with"): reports may name either side first.
SYMMETRIC_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
FACTUAL = {"asserted", "reported", None}
DATE_SLACK = timedelta(days=1)  # time zones, "late Wednesday" vs "early Thursday"
UNDATED_WINDOW = timedelta(days=3)  # an undated report: within days before its article
NEARBY_KM = 50.0
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}


@dataclass(slots=True)
class Report:
    """One event report, flattened for matching."""

    article_id: str
    event_id: str
    type: str
    modality: str | None = None
    actor_country: str | None = None
    recipient_country: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    country: str | None = None  # alpha-2 of the place
    lat: float | None = None
    lon: float | None = None
    place_feature: str | None = None
    place_name: str | None = None
    actor_text: str | None = None
    recipient_text: str | None = None

    @property
    def family(self) -> str:
        return TYPE_FAMILIES.get(self.type, self.type)

    @property
    def modality_class(self) -> str:
        return "factual" if self.modality in FACTUAL else str(self.modality)


def date_interval(value: str | None, precision: str | None = None
                  ) -> tuple[date, date] | None:
    """The days a TIMEX3 date value may mean: a day, ISO week, month, season or year."""
    if not value:
        return None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            year, month = int(m[1]), int(m[2])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value):
            year, (first, last) = int(m[1]), _SEASONS[m[2]]
            end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
            return (date(year, first, 1),
                    date(end_year, end_month, calendar.monthrange(end_year, end_month)[1]))
        if m := re.fullmatch(r"(\d{4})", value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


def undated_interval(dct: str | None) -> tuple[date, date] | None:
    interval = date_interval(dct)
    if interval is None:
        return None
    return interval[0] - UNDATED_WINDOW, interval[1]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _same_or_unknown(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def dates_compatible(a: Report, b: Report) -> bool:
    if a.date_start is None or b.date_start is None:
        return True
    assert a.date_end is not None and b.date_end is not None
    return a.date_start <= b.date_end + DATE_SLACK and b.date_start <= a.date_end + DATE_SLACK


def _precise(r: Report) -> bool:
    return r.lat is not None and r.place_feature not in ("country", "region")


def places_relation(a: Report, b: Report) -> str:
    """'near', 'far' or 'unknown' (one side has no usable place)."""
    if a.place_name and b.place_name and a.place_name.casefold() == b.place_name.casefold():
        return "near"
    if _precise(a) and _precise(b):
        near = haversine_km(a.lat, a.lon, b.lat, b.lon) <= NEARBY_KM  # type: ignore[arg-type]
        return "near" if near else "far"
    if a.country and b.country and a.country != b.country:
        return "far"
    return "unknown"


def same_event(a: Report, b: Report) -> bool:
    """Could reports ``a`` and ``b`` be of one real event?"""
    if a.article_id == b.article_id:
        return False  # one article reports one event once (its extractor merges mentions)
    if a.family != b.family or a.modality_class != b.modality_class:
        return False
    if not dates_compatible(a, b):
        return False
    place = places_relation(a, b)
    if place == "far":
        return False
    orientations = [b]
    if a.type in SYMMETRIC_TYPES and b.type in SYMMETRIC_TYPES:
        orientations.append(swapped(b))
    return any(_participants_match(a, other, place == "near") for other in orientations)


def swapped(r: Report) -> Report:
    """The report with actor and recipient exchanged."""
    return dataclasses.replace(r, actor_country=r.recipient_country,
                               recipient_country=r.actor_country,
                               actor_text=r.recipient_text, recipient_text=r.actor_text)


def _participants_match(a: Report, b: Report, near: bool) -> bool:
    """No conflicting country on either side; and, unless the places already agree, the
    same actor and the same recipient."""
    if not (_same_or_unknown(a.actor_country, b.actor_country)
            and _same_or_unknown(a.recipient_country, b.recipient_country)):
        return False
    if near:
        return True
    return (_same_participant(a.actor_country, a.actor_text, b.actor_country, b.actor_text)
            and _same_participant(a.recipient_country, a.recipient_text, b.recipient_country,
                                  b.recipient_text))


def name_key(text: str | None) -> str | None:
    """A participant's name without case, leading article or possessive: "The European
    Union" and "European Union's" compare equal."""
    if not text:
        return None
    words = re.findall(r"\w+", text.casefold())
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    if words and words[-1] == "s" and len(words) > 1:
        words = words[:-1]
    return " ".join(words) or None


def _same_participant(country_a: str | None, text_a: str | None, country_b: str | None,
                      text_b: str | None) -> bool:
    """A positive match: both name the same country, or (no country) the same name."""
    if country_a is not None and country_a == country_b:
        return True
    key = name_key(text_a)
    return key is not None and key == name_key(text_b)
