"""Facts the gazetteer must hold, one per row."""

import pytest

from dateline.geo.gazetteer import (
    ALTERNATE,
    NAME,
    article_variants,
    cache_dir,
    data_version,
    index_path,
    without_article,
)
from dateline.geo.resolve import haversine_km


@pytest.fixture(scope="module")
def gazetteer():
    """The gazetteer (built into the user cache on first use, then shared in the process)."""
    from dateline.geo.gazetteer import open_gazetteer

    return open_gazetteer()


@pytest.mark.parametrize(
    ("name", "place", "country", "feature"),
    [
        ("Kyiv", "Kyiv", "UA", "city"),
        ("Kiev", "Kyiv", "UA", "city"),
        ("Ternopil", "Ternopil", "UA", "city"),
        ("Pokrovsk", "Pokrovsk", "UA", "city"),
        ("Moscow", "Moscow", "RU", "city"),
        ("Moscow", "Moscow", "US", "city"),
        ("Brussels", "Brussels", "BE", "city"),
        ("Ukraine", "Ukraine", "UA", "country"),
        ("U.S.", "United States", "US", "country"),
        ("Britain", "United Kingdom", "GB", "country"),
        ("Georgia", "Georgia", "GE", "country"),
        ("Georgia", "Georgia", "US", "admin"),
        ("Ga.", "Georgia", "US", "admin"),
        ("NSW", "New South Wales", "AU", "admin"),
        ("Donetsk Oblast", "Donetsk Oblast", "UA", "admin"),
        ("Europe", "Europe", None, "continent"),
        ("Middle East", "Middle East", None, "region"),
        ("EU", "European Union", None, "region"),
        ("Gulf of Mexico", "Gulf of Mexico", None, "region"),
        ("Gulf", "Persian Gulf", None, "region"),  # as news names it, without "the"
        ("the Urals", "Ural Mountains", "RU", "region"),
        ("the Kremlin", "Kremlin", "RU", "landmark"),
        # country names without their article
        ("Democratic Republic of Congo", "Democratic Republic of the Congo", "CD", "country"),
        ("Republic of Congo", "Republic of the Congo", "CG", "country"),
        ("Zaire", "Democratic Republic of the Congo", "CD", "country"),
        # a country's short name in the news
        ("Bosnia", "Bosnia and Herzegovina", "BA", "country"),
        ("St. Lucia", "Saint Lucia", "LC", "country"),
        # former first-level divisions (resources/places_former_divisions.csv)
        ("Rhône-Alpes", "Rhône-Alpes", "FR", "admin"),
        ("Picardie", "Picardy", "FR", "admin"),
        ("Hordaland", "Hordaland", "NO", "admin"),
        ("Rift Valley Province", "Rift Valley Province", "KE", "admin"),
        ("Binh Duong", "Bình Dương", "VN", "admin"),
        ("FATA", "Federally Administered Tribal Areas", "PK", "admin"),
        # former names of current divisions
        ("Orissa", "Odisha", "IN", "admin"),
        ("NWFP", "Khyber Pakhtunkhwa", "PK", "admin"),
        # postal codes that are no English word
        ("NY", "New York", "US", "admin"),
        ("TX", "Texas", "US", "admin"),
        # former states and regions
        ("USSR", "Soviet Union", None, "region"),
        ("Nagorno-Karabakh", "Nagorno-Karabakh", "AZ", "region"),
    ],
)
def test_lookup_finds(gazetteer, name, place, country, feature):
    found = {(c.entry.name, c.entry.country, c.entry.feature) for c in gazetteer.lookup(name)}
    assert (place, country, feature) in found


def test_alternate_names_are_marked_as_such(gazetteer):
    # Engels (Russia) was once called Pokrovsk: a match, but only an alternate name.
    matches = {c.entry.name: c.match for c in gazetteer.lookup("Pokrovsk")}
    assert matches["Pokrovsk"] == NAME
    assert matches["Engels"] == ALTERNATE


@pytest.mark.parametrize(
    ("word", "country"),
    [("Ukrainian", "UA"), ("Americans", "US"), ("Sudanese", "SD"), ("Russian", "RU")],
)
def test_demonyms_name_their_country(gazetteer, word, country):
    assert gazetteer.is_demonym(word)
    assert gazetteer.demonym_country(word).country == country


@pytest.mark.parametrize(
    ("word", "place"),
    [("Ohioans", "Ohio"), ("Muscovites", "Moscow"), ("Londoner", "London"),
     ("Ontarians", "Ontario"), ("Hoosiers", "Indiana"), ("Sudanese", None)],
)
def test_demonyms_of_places_smaller_than_a_country(gazetteer, word, place):
    assert gazetteer.demonym_place(word) == place


@pytest.mark.parametrize("word", ["Kyiv", "Texas", "Ternopil"])
def test_places_are_not_demonyms(gazetteer, word):
    assert not gazetteer.is_demonym(word)


def test_countries_have_coordinates_and_capitals(gazetteer):
    ukraine = gazetteer.country("UA")
    assert ukraine.name == "Ukraine" and 44 < ukraine.lat < 53 and 22 < ukraine.lon < 41
    capitals = {gazetteer.get(k).name for k in gazetteer.capitals()}
    assert {"Kyiv", "Moscow", "Brussels"} <= capitals
    # the country table writes these without accents, or by another name, than the city's
    assert {"Bogotá", "Yaoundé", "Reykjavík", "Brasília", "Ulan Bator", "Lomé"} <= capitals
    assert gazetteer.alpha2_of["UKR"] == "UA"


def test_cities_know_their_first_level_division(gazetteer):
    pokrovsk = next(c.entry for c in gazetteer.lookup("Pokrovsk") if c.entry.country == "UA")
    assert pokrovsk.admin1 == "Donetsk Oblast"
    assert pokrovsk.population > 10_000


def test_index_lives_in_the_cache_dir_and_is_versioned(monkeypatch, tmp_path):
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    assert cache_dir() == tmp_path
    path = index_path()
    assert path.parent == tmp_path and data_version() in path.name


@pytest.mark.parametrize(
    ("members", "published", "expected"),
    [
        # a published point inside the box of the division's towns is kept
        ([(43.0, -80.0, 1), (49.0, -90.0, 1)], (47.0, -85.0), (47.0, -85.0)),
        # one just outside the box (by less than the slack) too: towns hug the south
        ([(43.0, -80.0, 1), (46.0, -84.0, 1)], (46.8, -84.5), (46.8, -84.5)),
        # one that is only the biggest town's point gives way to the middle of the towns
        ([(40.7, -74.0, 8_000_000), (42.0, -76.0, 1), (45.0, -78.0, 1)], (40.7, -74.0),
         (41.35, -77.0)),
    ],
)
def test_division_point(members, published, expected):
    from dateline.geo.gazetteer import division_point

    assert division_point(members, published) == pytest.approx(expected)


@pytest.mark.parametrize("published", [(10.0, 10.0), None])
def test_division_point_falls_back_to_the_middle_of_its_towns(published):
    # a published point far outside the towns' box is a data error; none at all, likewise
    from dateline.geo.gazetteer import division_point

    members = [(43.0 + i / 10, -80.0 - i / 10, 1) for i in range(21)]
    lat, lon = division_point(members, published)
    assert 43.0 <= lat <= 45.0 and -82.0 <= lon <= -80.0


@pytest.mark.skipif(
    __import__("importlib").util.find_spec("countrystatecity_countries") is None,
    reason="representative division points come from countrystatecity-countries",
)
@pytest.mark.parametrize(
    ("name", "country", "lat_range", "lon_range"),
    [
        # Ontario's towns crowd its south; the province's middle lies far to the north of them.
        ("Ontario", "CA", (48.0, 53.0), (-90.0, -82.0)),
        ("Texas", "US", (30.0, 33.0), (-101.0, -97.0)),
        ("Queensland", "AU", (-24.0, -19.0), (141.0, 146.0)),
    ],
)
def test_divisions_sit_at_their_middle_not_their_towns(gazetteer, name, country, lat_range,
                                                        lon_range):
    entry = next(c.entry for c in gazetteer.lookup(name)
                 if c.entry.level == 2 and c.entry.country == country)
    assert lat_range[0] < entry.lat < lat_range[1]
    assert lon_range[0] < entry.lon < lon_range[1]


@pytest.mark.parametrize(
    ("names", "variants"),
    [
        (["Democratic Republic of the Congo"], ["Democratic Republic of Congo"]),
        (["The Gambia"], ["Gambia"]),
        (["the Netherlands", None], ["Netherlands"]),
        (["Republic of Korea"], []),
        (["France"], []),
    ],
)
def test_article_variants(names, variants):
    assert article_variants(names) == variants


@pytest.mark.parametrize(
    ("former", "country"),
    [("Aquitaine", "FR"), ("Sogn og Fjordane", "NO"), ("Nyanza Province", "KE"),
     ("Katanga", "CD"), ("Long An", "VN")],
)
def test_former_divisions_are_divisions(gazetteer, former, country):
    divisions = [c.entry for c in gazetteer.lookup(former)
                 if c.entry.feature == "admin" and c.entry.country == country]
    assert divisions and divisions[0].level == 2


@pytest.mark.parametrize(
    ("alpha2", "lat", "lon"),
    [("IN", 22.0, 79.0), ("DE", 51.5, 10.5), ("US", 39.76, -98.5), ("AU", -25.0, 135.0)],
)
def test_a_country_sits_at_the_point_its_geonames_id_names(gazetteer, alpha2, lat, lon):
    # countryinfo puts India at (20, 77), 300 km from GeoNames' point for the id we store.
    entry = gazetteer.country(alpha2)
    assert entry is not None and entry.geonameid is not None
    assert abs(entry.lat - lat) < 0.01 and abs(entry.lon - lon) < 0.01


def test_canada_sits_near_its_middle_not_on_the_alberta_border(gazetteer):
    # GeoNames' own point (60.1 N, 113.6 W) is about 950 km west of Canada's geographic centre
    # (62.4 N, 96.5 W); the Factbook's (60 N, 95 W) is within 300 km of it.
    entry = gazetteer.country("CA")
    assert entry is not None and entry.geonameid is not None
    assert haversine_km(entry.lat, entry.lon, 62.4, -96.5) < 300


@pytest.mark.parametrize(
    ("name", "country", "variants"),
    [
        ("Al Qāmishlī", "SY", ["Qāmishlī"]),
        ("Ar-Rastan", "SY", ["Rastan"]),
        ("El Arish", "EG", ["Arish"]),
        ("Al Bab", "SY", []),  # too short without its article
        ("El Paso", "US", []),  # Spanish, not Arabic
        ("Aleppo", "SY", []),
    ],
)
def test_arabic_towns_are_found_without_their_article(name, country, variants):
    assert without_article(name, country) == variants


@pytest.mark.parametrize(
    ("name", "place", "country"),
    [("Qamishli", "Al Qāmishlī", "SY"), ("BC", "British Columbia", "CA"),
     ("QC", "Quebec", "CA")],
)
def test_news_spellings_reach_the_place(gazetteer, name, place, country):
    assert any(c.entry.name == place and c.entry.country == country
               for c in gazetteer.lookup(name))


@pytest.mark.parametrize(("name", "alpha2"), [("Burkina", "BF"), ("DR Congo", "CD")])
def test_a_country_is_found_by_the_names_news_gives_it(gazetteer, name, alpha2):
    assert any(c.entry.feature == "country" and c.entry.country == alpha2
               for c in gazetteer.lookup(name))
