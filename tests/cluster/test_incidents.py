"""An article's mentions of one incident become one group before articles are linked."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.cluster.compat import Report
from dateline.cluster.incidents import Incident, group_incidents, incidents_match

D = date.fromisoformat
LEAD = Report("a1", "V1", "ASSAULT", "asserted", "NGA", "NGA", D("2025-06-14"), D("2025-06-14"),
              "NG", 11.65, 13.42, "city", "Konduga", "gunmen", "a market",
              admin1="Borno State", date_precision="day")
UNDATED = {"date_start": D("2025-06-12"), "date_end": D("2025-06-15"),
           "date_precision": "reported"}
PROVINCE = {"place_name": "Borno State", "place_feature": "admin", "lat": 11.5, "lon": 13.0}


def mention(event_id: str, **changes) -> Report:
    return replace(LEAD, event_id=event_id, **changes)


@pytest.mark.parametrize(("later", "joins", "why"), [
    (mention("V2", **UNDATED, **PROVINCE), True, "'the attack' in the province, undated"),
    (mention("V2", type="COERCE", **UNDATED), True, "same type family, same town"),
    (mention("V2", date_start=D("2025-06-01"), date_end=D("2025-06-30"),
             date_precision="month"), False, "an attack earlier in the month"),
    (mention("V2", place_name="Maiduguri", lat=11.85, lon=13.16), True,
     "a town 35 km away is near"),
    (mention("V2", place_name="Gwoza", lat=11.08, lon=13.69), False, "a town 70 km away"),
    (mention("V2", modality="negated"), False, "a denial"),
])
def test_later_mention_joins_the_lead(later, joins, why) -> None:
    incidents = group_incidents([LEAD, later])
    assert (len(incidents) == 1) is joins, why


def test_mentions_join_the_first_incident_they_fit_and_articles_stay_apart() -> None:
    gwoza = mention("V2", place_name="Gwoza", lat=11.08, lon=13.69)
    reports = [LEAD, gwoza, mention("V3", **UNDATED, place_name="Gwoza", lat=11.08, lon=13.69),
               mention("V4", **UNDATED), replace(LEAD, article_id="a2")]
    groups = [[(r.article_id, r.event_id) for r in i.members] for i in group_incidents(reports)]
    assert groups == [[("a1", "V1"), ("a1", "V4")], [("a1", "V2"), ("a1", "V3")],
                      [("a2", "V1")]]


def test_an_incident_is_dated_by_its_most_precise_mention() -> None:
    incident = Incident([mention("V1", **UNDATED), mention("V2")])
    assert incident.interval() == (D("2025-06-14"), D("2025-06-14"))


@pytest.mark.parametrize(("other", "same", "why"), [
    (Incident([replace(LEAD, article_id="a2", **PROVINCE)]), True, "town and its province"),
    (Incident([replace(LEAD, article_id="a2", place_name="Monguno", lat=12.67, lon=13.61),
               replace(LEAD, article_id="a2", event_id="V2", **PROVINCE)]), False,
     "the other article's lead is in another town of the province"),
    (Incident([replace(LEAD, article_id="a2", date_start=D("2025-06-20"),
                       date_end=D("2025-06-20"))]), False, "a week later"),
])
def test_incidents_match(other, same, why) -> None:
    incident = Incident([LEAD, mention("V2", **UNDATED, **PROVINCE)])
    assert incidents_match(incident, other) is same, why
    assert incidents_match(other, incident) is same, why


def test_story_anchors_incidents_without_common_place_or_actor() -> None:
    bare = {"place_name": "Nigeria", "place_feature": "country", "lat": None, "lon": None,
            "actor_country": None, "actor_text": None}
    x = Incident([replace(LEAD, **bare)])
    y = Incident([replace(LEAD, article_id="a2", recipient_text="traders", **bare)])
    assert not incidents_match(x, y)
    assert incidents_match(x, y, story=lambda a, b: {a, b} == {"a1", "a2"})
