"""When two event reports are the same real event: one rule per row."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.cluster.compat import (
    Report,
    date_interval,
    name_key,
    places_relation,
    same_event,
    same_incident,
)

D = date.fromisoformat


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-10-14", ("2025-10-14", "2025-10-14")),
    ("2025-10-14T21:00", ("2025-10-14", "2025-10-14")),
    ("2025-W41", ("2025-10-06", "2025-10-12")),
    ("2025-02", ("2025-02-01", "2025-02-28")),
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2025-SU", ("2025-06-01", "2025-08-31")),
    ("2025-WI", ("2025-12-01", "2026-02-28")),
    ("2025", ("2025-01-01", "2025-12-31")),
    ("PRESENT_REF", None),
    ("", None),
    ("2025-13", None),
])
def test_date_interval(value, expected) -> None:
    interval = date_interval(value)
    assert (tuple(d.isoformat() for d in interval) if interval else None) == expected


@pytest.mark.parametrize(("value", "precision", "expected"), [
    ("2025-10-14", "reported", ("2025-10-11", "2025-10-14")),  # happened by the report date
    ("2025-10-14", "day", ("2025-10-14", "2025-10-14")),
    ("2025-10", "reported", ("2025-10-01", "2025-10-31")),
])
def test_date_interval_with_precision(value, precision, expected) -> None:
    interval = date_interval(value, precision)
    assert interval is not None and tuple(d.isoformat() for d in interval) == expected


@pytest.mark.parametrize(("text", "key"), [
    ("The European Union", "european union"),
    ("European Union's", "european union"),
    ("a market", "market"),
    ("", None),
])
def test_name_key(text, key) -> None:
    assert name_key(text) == key


BASE = Report("a1", "V1", "ASSAULT", "asserted", "RUS", "UKR", D("2025-10-14"),
              D("2025-10-14"), "UA", 50.62, 26.25, "city", "Rivne", "Russian forces",
              "residents")


def other(**changes) -> Report:
    return replace(BASE, article_id="a2", **changes)


@pytest.mark.parametrize(("b", "same", "why"), [
    (other(), True, "identical report in another article"),
    (replace(BASE, event_id="V2"), True, "a second mention in the same article"),
    (replace(BASE, event_id="V2", date_start=D("2025-10-01"), date_end=D("2025-10-31")), False,
     "same article, another date precision: another incident"),
    (other(type="COERCE"), True, "same type family (force)"),
    (other(type="PROTEST"), False, "other family"),
    (other(modality="reported"), True, "reported counts as factual"),
    (other(modality="negated"), False, "a denial is not the event"),
    (other(actor_country="BLR"), False, "conflicting actor country"),
    (other(recipient_country=None, recipient_text=None), True, "recipient left out"),
    (other(date_start=D("2025-10-15"), date_end=D("2025-10-15")), True, "one day apart"),
    (other(date_start=D("2025-10-17"), date_end=D("2025-10-17")), False, "three days apart"),
    (other(date_start=D("2025-10-01"), date_end=D("2025-10-31")), True, "month precision"),
    (other(date_start=None, date_end=None), True, "undated"),
    (other(lat=50.75, lon=26.4), True, "17 km away"),
    (other(lat=46.64, lon=32.61, place_name="Kherson"), False, "600 km away"),
    (other(lat=None, lon=None, place_name=None, country=None), True,
     "no place, same actor and recipient"),
    (other(lat=None, lon=None, place_name=None, country=None, actor_country=None,
           actor_text="unidentified attackers"), False, "no place and no common actor"),
    (other(lat=None, lon=None, place_name=None, country="PL"), False, "place in another country"),
    (other(date_start=D("2025-10-01"), date_end=D("2025-10-31"), actor_country=None,
           actor_text="unidentified attackers"), True, "same city, that month, no common actor"),
    (other(date_start=D("2025-01-01"), date_end=D("2025-12-31"), actor_country=None,
           actor_text="unidentified attackers"), False, "same city, only 'this year'"),
])
def test_same_event(b, same, why) -> None:
    assert same_event(BASE, b) is same, why
    assert same_event(b, BASE) is same, why


@pytest.mark.parametrize(("kind", "same"), [("CONSULT", True), ("AGREE", True),
                                             ("ACCUSE", False), ("ASSAULT", False)])
def test_swapped_sides_match_only_for_mutual_types(kind, same) -> None:
    a = replace(BASE, type=kind, lat=None, lon=None, place_name=None, country=None)
    b = replace(a, article_id="a2", actor_country=a.recipient_country,
                recipient_country=a.actor_country, actor_text=a.recipient_text,
                recipient_text=a.actor_text)
    assert same_event(a, b) is same


def place(name, feature, country="NG", admin1=None, lat=None, lon=None, **changes) -> Report:
    return replace(BASE, place_name=name, place_feature=feature, country=country, admin1=admin1,
                   lat=lat, lon=lon, **changes)


TOWN = place("Konduga", "city", admin1="Borno State", lat=11.65, lon=13.42)
PROVINCE = place("Borno State", "admin", admin1="Borno State", lat=11.5, lon=13.0)


@pytest.mark.parametrize(("b", "relation", "why"), [
    (TOWN, "near", "the same town"),
    (place("Borno", "admin", admin1="Borno State", lat=11.5, lon=13.0), "nested",
     "a province written without 'State' holds the town"),
    (PROVINCE, "nested", "a town in its province"),
    (place("Gwoza", "city", admin1="Borno State", lat=11.08, lon=13.69), "far",
     "another town of the province, 70 km away"),
    (place("Kano", "admin", admin1="Kano", lat=11.9, lon=8.5), "far", "another province"),
    (place("Nigeria", "country"), "unknown", "the country: compatible, no evidence"),
    (place("Niger", "country", country="NE"), "far", "another country"),
    (place(None, None, country=None), "unknown", "no place"),
    (place("Biu", "admin", admin1="Borno State", lat=10.6, lon=12.2), "far",
     "a district of the same province, far away"),
])
def test_places_relation(b, relation, why) -> None:
    assert places_relation(TOWN, b) == relation, why
    assert places_relation(b, TOWN) == relation, why


def test_same_named_region_is_near_and_same_country_is_not() -> None:
    region = place("Gaza Strip", "region", country="PS")
    assert places_relation(region, replace(region, article_id="a2")) == "near"
    country = place("Nigeria", "country")
    assert places_relation(country, replace(country, article_id="a2")) == "unknown"


DAY = {"date_start": D("2025-06-14"), "date_end": D("2025-06-14"), "date_precision": "day"}
BY_REPORT = {"date_start": D("2025-06-13"), "date_end": D("2025-06-16"),
             "date_precision": "reported"}
MONTH = {"date_start": D("2025-06-01"), "date_end": D("2025-06-30"), "date_precision": "month"}
NO_ACTOR = {"actor_country": None, "actor_text": None, "recipient_country": None,
            "recipient_text": None}
LEAD = replace(TOWN, **DAY)


@pytest.mark.parametrize(("b", "same", "why"), [
    (replace(PROVINCE, article_id="a2", **DAY, **NO_ACTOR), True,
     "the province on the same day: nested place and precise dates anchor"),
    (replace(PROVINCE, article_id="a2", **MONTH, **NO_ACTOR), False,
     "the province some day that month: no anchor"),
    (replace(TOWN, article_id="a2", **BY_REPORT, **NO_ACTOR), True,
     "the same town, undated, reported within days"),
    (replace(TOWN, article_id="a2", recipient_country="AFG", **DAY), True,
     "same town and day: a misread recipient country does not split"),
    (replace(TOWN, article_id="a2", actor_country="AFG", **DAY), False,
     "same town and day, another perpetrator"),
    (replace(PROVINCE, article_id="a2", recipient_country="AFG", **MONTH), False,
     "no place anchor: a conflicting recipient country rules it out"),
])
def test_same_event_nested_places(b, same, why) -> None:
    assert same_event(LEAD, b) is same, why
    assert same_event(b, LEAD) is same, why


COUNTRY_ONLY = replace(place("Nigeria", "country"), **DAY)


@pytest.mark.parametrize(("story", "b", "same"), [
    (True, replace(COUNTRY_ONLY, article_id="a2", **NO_ACTOR), True),
    (False, replace(COUNTRY_ONLY, article_id="a2", **NO_ACTOR), False),
    (True, replace(place("Niger", "country", country="NE"), article_id="a2", **DAY), False),
    (True, replace(COUNTRY_ONLY, article_id="a2", date_start=D("2025-06-20"),
                   date_end=D("2025-06-20")), False),
])
def test_same_story_is_an_anchor_but_not_an_override(story, b, same) -> None:
    assert same_event(COUNTRY_ONLY, b, story=story) is same


@pytest.mark.parametrize(("b", "same", "why"), [
    (replace(PROVINCE, event_id="V2", **BY_REPORT, **NO_ACTOR), True,
     "'the attack', undated, in the province"),
    (replace(TOWN, event_id="V2", **BY_REPORT), True, "undated, same town"),
    (replace(PROVINCE, event_id="V2", **MONTH), False, "earlier this month: another event"),
    (replace(place("Gwoza", "city", admin1="Borno State", lat=11.08, lon=13.69),
             event_id="V2", **DAY), False, "another town"),
    (replace(TOWN, event_id="V2", type="PROTEST", **DAY), False, "another type family"),
    (replace(TOWN, event_id="V2", actor_country="TCD", **DAY), False, "another perpetrator"),
])
def test_same_incident_within_an_article(b, same, why) -> None:
    assert same_incident(LEAD, b) is same, why
    assert same_incident(b, LEAD) is same, why


def test_two_undated_mentions_are_not_one_incident() -> None:
    a = replace(TOWN, **BY_REPORT)
    assert not same_incident(a, replace(a, event_id="V2"))


def test_two_undated_reports_need_more_than_a_place_or_a_dyad() -> None:
    undated = replace(BASE, date_start=D("2025-10-11"), date_end=D("2025-10-14"),
                      date_precision="reported")
    assert not same_event(undated, replace(undated, article_id="a2"))
    assert same_event(undated, replace(undated, article_id="a2"), story=True)
    assert same_event(undated, replace(BASE, article_id="a2"))  # one of them dated


@pytest.mark.parametrize(("actor", "recipient", "same"), [
    ("USA", "UKR", True),   # an international dyad anchors
    ("UKR", "UKR", False),  # a domestic one ("police detained protesters") does not
])
def test_country_dyad_anchor(actor, recipient, same) -> None:
    a = replace(BASE, lat=None, lon=None, place_name=None, country=None, actor_country=actor,
                recipient_country=recipient, actor_text="officials", recipient_text="crowd")
    b = replace(a, article_id="a2", actor_text="the ministry", recipient_text="people")
    assert same_event(a, b) is same


GWOZA = replace(place("Gwoza", "city", admin1="Borno State", lat=11.08, lon=13.69),
                article_id="a2", **DAY)


@pytest.mark.parametrize(("b", "story", "same", "why"), [
    (GWOZA, False, False, "another town of the province, 70 km away"),
    (GWOZA, True, True, "the same story: towns of one province are not too far apart"),
    (replace(GWOZA, place_name="Kano", admin1="Kano", lat=12.0, lon=8.52), True, False,
     "the same story still does not cross provinces"),
])
def test_story_tolerates_distance_within_a_province(b, story, same, why) -> None:
    assert same_event(LEAD, b, story=story) is same, why


def test_a_vaguely_dated_mention_is_background_not_the_incident() -> None:
    """ "Days later, a bomb killed nine miners in the town": the text puts it at another,
    unknown time, so it joins neither its article's incident nor another article's."""
    vague = replace(BASE, event_id="V9", date_start=None, date_end=None, date_precision="vague")
    assert not same_incident(BASE, vague)
    assert not same_event(replace(BASE, article_id="a2"), vague)
    assert not same_event(vague, replace(BASE, article_id="a2"), story=True)
