"""When two event reports are the same real event: one rule per row."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.cluster.compat import Report, date_interval, name_key, same_event

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
    (replace(BASE, event_id="V2"), False, "same article"),
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
