"""Places the gazetteer lacks, put where the text attaches them: one reading per row."""

import pytest

from dateline.geo.anchor import Anchoring, attached_to, base_names, main_entry
from dateline.geo.resolve import haversine_km, resolve


@pytest.fixture(scope="module")
def gazetteer():
    from dateline.geo.gazetteer import open_gazetteer

    return open_gazetteer()


@pytest.fixture(scope="module")
def anchoring():
    return Anchoring.load()


@pytest.mark.parametrize(
    ("text", "names", "attached"),
    [
        ("They walked down Elm Lane in Lufkin.", ["Elm Lane", "Lufkin"], 1),
        ("The fair at Oak Meadow Park, Ames, drew crowds.", ["Oak Meadow Park", "Ames"], 1),
        ("A bridge near the town of Zell collapsed.", ["bridge", "Zell"], 1),
        ("Elm Lane was closed; later Lufkin reopened it.", ["Elm Lane", "Lufkin"], None),
    ],
)
def test_attached_to(text, names, attached, mentions_of):
    assert attached_to(mentions_of(text, names), 0, text) == attached


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("Hamilton Township", ("Hamilton", False)),
        ("Town of Groton", ("Groton", False)),
        ("the Catawba River", ("Catawba", False)),
        ("South Ossetian", ("South Ossetia", True)),
        ("Dagestani", ("Dagestan", True)),
        ("Ontarians", ("Ontario", True)),
    ],
)
def test_base_names(anchoring, name, base):
    assert base in base_names(name, anchoring.generic_words, anchoring.endings)


def test_main_entry_prefers_the_most_named_town(gazetteer):
    paris = next(c.entry for c in gazetteer.lookup("Lyon") if c.entry.country == "FR")
    france = gazetteer.country("FR")
    assert main_entry([france, paris, None, france, paris]) == paris
    assert main_entry([france, None]) == france
    assert main_entry([None]) is None


def test_main_entry_is_an_ocean_only_when_nothing_else_is_named(gazetteer):
    ocean = next(c.entry for c in gazetteer.lookup("Atlantic Ocean"))
    kenya = gazetteer.country("KE")
    assert main_entry([ocean, ocean, kenya]) == kenya
    assert main_entry([ocean, None]) == ocean


@pytest.mark.parametrize(
    ("text", "names", "index", "near", "km"),
    [
        # a street attached to its town
        ("A crash closed Qworbly Avenue in Lufkin, Texas, on Monday.",
         ["Qworbly Avenue", "Lufkin", "Texas"], 0, (31.34, -94.73), 30),
        # a park with no attachment: the nearest town of its paragraph
        ("Crowds filled Zzyzquat Park. The mayor of Knoxville, Tenn., spoke.",
         ["Zzyzquat Park", "Knoxville", "Tenn."], 0, (35.96, -83.92), 30),
        # a township built on a known name, read near the article's towns
        ("Voters in Lufkin, Texas, and in Diboll Township approved it.",
         ["Lufkin", "Texas", "Diboll Township"], 2, (31.187, -94.781), 8),
        # an adjective of a division, wherever it is
        ("South Ossetian officials said talks stalled.", ["South Ossetian"], 0,
         (42.3, 44.0), 120),
        # a facility named after a big city of the anchor's country, far from the anchor
        ("Officials in Hanoi closed Da Nang International Airport.",
         ["Hanoi", "Da Nang International Airport"], 1, (16.07, 108.22), 20),
        # a local unit named after a far city stays by the article's town
        ("Officials in Lufkin, Texas, met residents of Dallas Township.",
         ["Lufkin", "Texas", "Dallas Township"], 2, (31.34, -94.73), 30),
        # a name keeps the anchor its best-placed mention gives, not the nearest town's
        ("Villagers marched on the Qworbly Mine in Cajamarca, Peru. The firm also mines in "
         "Indonesia, where a spokesman in Jakarta said the Qworbly Mine would stay open.",
         ["Qworbly Mine", "Cajamarca", "Peru", "Indonesia", "Jakarta", "Qworbly Mine"], 5,
         (-7.16, -78.5), 60),
        # no town in its paragraph: the country its sentence names, not the article's town
        ("Health officials met in Moscow on Monday.\n\nRomania reported a new outbreak in the "
         "Qworbly Marsh area.", ["Moscow", "Romania", "Qworbly Marsh"], 2, (46.0, 25.0), 50),
        # a name built on a division of the only country the story is placed in
        ("Yields fell across the Pacific Ocean and the Pacific Ocean's rim, said researchers "
         "at Nebraska State in the United States.",
         ["Pacific Ocean", "Pacific Ocean", "Nebraska State", "United States"], 2,
         (41.5, -99.8), 150),
        # ... unless the article's town lies in it and so says more
        ("Crowds gathered in Lufkin, Texas.\n\nTexas rangers later closed Qworbly Park.",
         ["Lufkin", "Texas", "Texas", "Qworbly Park"], 3, (31.34, -94.73), 30),
    ],
)
def test_unknown_places_are_anchored(gazetteer, anchoring, mentions_of, text, names, index, near,
                                     km):
    resolutions = resolve(mentions_of(text, names), gazetteer, text, anchoring=anchoring)
    entry = resolutions[index].entry
    assert entry is not None
    assert haversine_km(entry.lat, entry.lon, *near) <= km
    assert resolutions[index].confidence < 0.5


def test_landmark_keeps_its_own_name(gazetteer, anchoring, mentions_of):
    text = "Traffic stopped on Qworbly Avenue in Lufkin."
    resolutions = resolve(mentions_of(text, ["Qworbly Avenue", "Lufkin"]), gazetteer, text,
                          anchoring=anchoring)
    entry = resolutions[0].entry
    assert entry.name == "Qworbly Avenue" and entry.feature == "landmark"
    assert entry.geonameid is None and entry.country == "US"


def test_nothing_to_anchor_to_stays_unresolved(gazetteer, anchoring, mentions_of):
    text = "They met in Qwxzyville."
    (resolution,) = resolve(mentions_of(text, ["Qwxzyville"]), gazetteer, text,
                            anchoring=anchoring)
    assert resolution.entry is None


@pytest.mark.parametrize(
    ("text", "names", "index", "near", "km"),
    [
        # an institution named after a country is in that country, not the story's town
        ("Traders in Lufkin, Texas, waited for the Bank of Peru to act.",
         ["Lufkin", "Texas", "Bank of Peru"], 2, (-10.0, -76.0), 300),
        # an embassy is in the capital its name ends with
        ("Officials in Lufkin, Texas, wrote to the Qworbly Embassy Tokyo.",
         ["Lufkin", "Texas", "Qworbly Embassy Tokyo"], 2, (35.69, 139.69), 30),
        # ... but not in the country it is the embassy of
        ("Protesters in Lufkin, Texas, marched to the Qworbly Embassy of Peru.",
         ["Lufkin", "Texas", "Qworbly Embassy of Peru"], 2, (31.34, -94.73), 30),
        # a name the anchor's own country also has is that one's
        ("Students in Macon, Georgia, enrolled at the Qworbly College of Georgia.",
         ["Macon", "Georgia", "Qworbly College of Georgia"], 2, (32.84, -83.63), 30),
        # a street named after a country stays in its town
        ("Traffic in Lufkin, Texas, was slow on Qworbly Peru Avenue.",
         ["Lufkin", "Texas", "Qworbly Peru Avenue"], 2, (31.34, -94.73), 30),
    ],
)
def test_institutions_named_after_a_country_or_capital(gazetteer, anchoring, mentions_of, text,
                                                      names, index, near, km):
    resolutions = resolve(mentions_of(text, names), gazetteer, text, anchoring=anchoring)
    entry = resolutions[index].entry
    assert entry is not None
    assert haversine_km(entry.lat, entry.lon, *near) <= km
