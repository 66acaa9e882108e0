"""The dateline_places component in the full pipeline, on an example written for this test."""

import pytest

from dateline.geo.locate import event_location

ARTICLE = (
    "Drones struck an apartment block in Ternopil overnight, killing four people, regional "
    "officials said. Moscow denied targeting civilians. Fighting also continued near Pokrovsk, "
    "in the Donetsk region, where Ukrainian troops have held out for months. Kyiv says it needs "
    "more air defence. Washington signaled it would send more aid, while European Union foreign "
    "ministers meeting in Brussels discussed new sanctions on Russia."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(ARTICLE)


def by_text(doc, text):
    return next(p for p in doc._.places if p.text == text)


@pytest.mark.parametrize(
    ("text", "country", "admin1", "role"),
    [
        ("Ternopil", "UA", "Ternopil Oblast", "location"),
        ("Pokrovsk", "UA", "Donetsk Oblast", "location"),
        ("Moscow", "RU", None, "actor"),
        ("Kyiv", "UA", None, "actor"),
        ("Washington", "US", None, "actor"),
        ("Brussels", "BE", None, "location"),
    ],
)
def test_places_resolved_with_roles(doc, text, country, admin1, role):
    place = by_text(doc, text)
    assert place.country == country
    assert place.role == role
    if admin1:
        assert place.admin1 == admin1
    assert place.lat is not None and place.geonameid is not None


def test_contract(doc):
    places = doc._.places
    assert [p.id for p in places] == [f"P{i}" for i in range(1, len(places) + 1)]
    assert [p.start for p in places] == sorted(p.start for p in places)
    for p in places:
        assert doc.text[p.start:p.end] == p.text
        assert p.role in {"location", "actor"}
        assert 0.0 <= p.confidence <= 1.0
        assert p.feature in {None, "city", "admin", "country", "region", "continent", "landmark"}
    assert "Ukrainian" not in {p.text for p in places}  # a demonym is not a place


def test_event_location_of_the_strike(doc):
    struck = next(t for t in doc if t.text == "struck")
    found = event_location(doc, struck)
    assert by_text(doc, "Ternopil").id == found.place
    assert found.precision == 1


@pytest.mark.parametrize(
    ("text", "landmark", "town"),
    [
        ("Traffic was stopped on Elm Street in Lufkin, Texas, after the crash.",
         "Elm Street", "Lufkin"),
        ("Fishermen pulled a boat from the Neches River near Lufkin, Texas, on Sunday.",
         "Neches River", "Lufkin"),
    ],
)
def test_places_the_gazetteer_lacks_sit_at_their_town(nlp, text, landmark, town):
    doc = nlp(text)
    place, anchor = by_text(doc, landmark), by_text(doc, town)
    assert place.feature == "landmark" and place.confidence < 0.5
    assert (place.lat, place.lon) == (anchor.lat, anchor.lon)
