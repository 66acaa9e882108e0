"""When two event reports may be the same real event: type family, actors, dates, places.

Each rule answers "compatible?" on what both reports state; a field one report leaves empty
does not rule a match out. Two reports of different articles must also share at least one
positive anchor (a nearby or enclosing place with a precise date, the same actor and
recipient, or articles that tell the same story), so that two bare "ASSAULT" reports on the
same day are not merged.

Places compare by distance and by containment: a town lies in its province (the gazetteer's
admin1), a province in its country. A country-wide place is compatible with any place in that
country but is no evidence of a match by itself.
"""

from __future__ import annotations

import calendar
import dataclasses
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.time.governing import VAGUE

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
# A date of precision "reported" is the article's date: the event happened by then.
REPORTED_WINDOW = UNDATED_WINDOW
FINE_DAYS = 4  # a date interval this short (a day, a "by the report date") is precise
MONTH_DAYS = 31  # a place anchors reports dated to a month or finer, not to a season or year
NEARBY_KM = 50.0
WIDE_FEATURES = frozenset({"country", "region", "continent"})
COUNTRY_FEATURES = frozenset({"country", "continent"})
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
    admin1: str | None = None  # the first-level division the place lies in (gazetteer)
    date_precision: str | None = None  # "reported": dated by its article only (or undated)

    @property
    def explicitly_dated(self) -> bool:
        """The text dates this report itself (not only "by the report date")."""
        return self.date_start is not None and self.date_precision != "reported"

    @property
    def family(self) -> str:
        return TYPE_FAMILIES.get(self.type, self.type)

    @property
    def modality_class(self) -> str:
        return "factual" if self.modality in FACTUAL else str(self.modality)

    @property
    def fine_date(self) -> bool:
        """Dated to a few days at most (a day, or "by the report date")."""
        return (self.date_start is not None and self.date_end is not None
                and (self.date_end - self.date_start).days < FINE_DAYS)


def date_interval(value: str | None, precision: str | None = None
                  ) -> tuple[date, date] | None:
    """The days a TIMEX3 date value may mean: a day, ISO week, month, season or year. With
    precision "reported" the value is the report's date and the event fell on it or in the
    days before."""
    if not value:
        return None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return (day - REPORTED_WINDOW, day) if precision == "reported" else (day, day)
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


def _key(name: str | None) -> str:
    """A place name without case and without a trailing "Province", "Region", ..."""
    words = re.findall(r"\w+", (name or "").casefold())
    if len(words) > 1 and words[-1] in ("province", "region", "state", "governorate",
                                        "oblast", "district", "county"):
        words = words[:-1]
    return " ".join(words)


def _wide(r: Report) -> bool:
    return r.place_feature in WIDE_FEATURES


def _province(r: Report) -> bool:
    """A first-level division: an admin place that is its own admin1 (or has none)."""
    return r.place_feature == "admin" and (r.admin1 is None or _key(r.admin1) == _key(r.place_name))


def _precise(r: Report) -> bool:
    return r.lat is not None and not _wide(r) and not _province(r)


def _contains(outer: Report, inner: Report) -> bool:
    """``outer`` is a province holding ``inner`` (a town or district of it)."""
    return (_province(outer) and not _wide(inner) and not _province(inner)
            and inner.admin1 is not None and _key(inner.admin1) == _key(outer.place_name)
            and _same_or_unknown(outer.country, inner.country))


def places_relation(a: Report, b: Report) -> str:
    """'near' (same place or within NEARBY_KM), 'nested' (a town in a province), 'far', or
    'unknown' (one side has no place, or only a country-wide one in the other's country)."""
    if (a.place_name is None and a.country is None) or (b.place_name is None and b.country is None):
        return "unknown"
    if a.country and b.country and a.country != b.country:
        return "far"
    if (_key(a.place_name) and _key(a.place_name) == _key(b.place_name)
            and a.place_feature not in COUNTRY_FEATURES):
        return "near"  # the same town, province or named region ("Gaza Strip")
    if _wide(a) or _wide(b):
        return "unknown"
    if _precise(a) and _precise(b):
        near = haversine_km(a.lat, a.lon, b.lat, b.lon) <= NEARBY_KM  # type: ignore[arg-type]
        return "near" if near else "far"
    if _contains(a, b) or _contains(b, a):
        return "nested"
    if a.admin1 and b.admin1 and _key(a.admin1) != _key(b.admin1):
        return "far"
    return "unknown"


def same_province(a: Report, b: Report) -> bool:
    """Both places lie in one first-level division (towns of one province, however far
    apart: a train that left one town and was attacked near another)."""
    return (a.admin1 is not None and _key(a.admin1) == _key(b.admin1)
            and _same_or_unknown(a.country, b.country))


def _base_compatible(a: Report, b: Report) -> bool:
    return (a.family == b.family and a.modality_class == b.modality_class
            and dates_compatible(a, b))


def same_event(a: Report, b: Report, story: bool = False) -> bool:
    """Could reports ``a`` and ``b`` of two articles be of one real event? ``story``: the
    two articles tell the same story (see dateline.cluster.story), an anchor by itself, and
    then two towns of one province are not too far apart."""
    if a.article_id == b.article_id:
        return same_incident(a, b)
    if not _base_compatible(a, b) or VAGUE in (a.date_precision, b.date_precision):
        return False  # "recent attacks": another, unknown time, no evidence of this event
    place = places_relation(a, b)
    if place == "far" and not (story and same_province(a, b)):
        return False
    dated = a.explicitly_dated or b.explicitly_dated  # two undated reports: weak evidence
    located = dated and ((place == "near" and _at_most_a_month(a) and _at_most_a_month(b))
                         or (place == "nested" and a.fine_date and b.fine_date))
    return any(_participants_match(a, other, located or story, located, dated)
               for other in _orientations(a, b))


def _at_most_a_month(r: Report) -> bool:
    """Dated to a month or finer: "fighting in the city this year" places nothing in time."""
    return (r.date_start is None or r.date_end is None
            or (r.date_end - r.date_start).days <= MONTH_DAYS)


def same_incident(a: Report, b: Report) -> bool:
    """Could two reports of one article tell one incident? The article names it several
    times ("militants attacked a train on Tuesday ... the attack ... killed 21"): same type
    family, precise and compatible dates (or the same coarse date), at least one of the two
    dated by the text itself, the same place or one inside the other, and no conflicting
    participants."""
    if not _base_compatible(a, b):
        return False
    if not (a.explicitly_dated or b.explicitly_dated):
        return False  # two undated mentions: background, not evidence of one incident
    if not (a.fine_date and b.fine_date) and (a.date_start, a.date_end) != (b.date_start,
                                                                             b.date_end):
        return False
    place = places_relation(a, b)
    if place == "far":
        return False
    same_place = place in ("near", "nested") or (
        a.place_name is not None and _key(a.place_name) == _key(b.place_name))
    return any(_participants_match(a, other, same_place, place in ("near", "nested"))
               for other in _orientations(a, b))


def _orientations(a: Report, b: Report) -> list[Report]:
    if a.type in SYMMETRIC_TYPES and b.type in SYMMETRIC_TYPES:
        return [b, swapped(b)]
    return [b]


def swapped(r: Report) -> Report:
    """The report with actor and recipient exchanged."""
    return dataclasses.replace(r, actor_country=r.recipient_country,
                               recipient_country=r.actor_country,
                               actor_text=r.recipient_text, recipient_text=r.actor_text)


def _participants_match(a: Report, b: Report, anchored: bool, located: bool = False,
                        dated: bool = True) -> bool:
    """No conflicting actor country; no conflicting recipient country either, unless the
    places agree (a target's nationality is often read off a nearby name: a misread one must
    not split an incident); and, unless another anchor holds (the places agree, the articles
    tell one story), the same actor and the same recipient, in reports of which at least one
    is dated by its text."""
    if not _same_or_unknown(a.actor_country, b.actor_country):
        return False
    if not (located or _same_or_unknown(a.recipient_country, b.recipient_country)):
        return False
    if anchored:
        return True
    if not dated:
        return False
    by_country = not (_domestic(a) or _domestic(b))
    return (_same_participant(a.actor_country, a.actor_text, b.actor_country, b.actor_text,
                              by_country)
            and _same_participant(a.recipient_country, a.recipient_text, b.recipient_country,
                                  b.recipient_text, by_country))


def _domestic(r: Report) -> bool:
    """Actor and recipient of one country ("police detained protesters"): a country pair
    that most of that country's news shares, so it does not anchor a match by itself."""
    return r.actor_country is not None and r.actor_country == r.recipient_country


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
                      text_b: str | None, by_country: bool = True) -> bool:
    """A positive match: both name the same country (when ``by_country``), or the same
    name."""
    if by_country and country_a is not None and country_a == country_b:
        return True
    key = name_key(text_a)
    return key is not None and key == name_key(text_b)
