"""Facts the gazetteer must hold, one per row."""

import pytest

from dateline.geo.gazetteer import ALTERNATE, NAME, cache_dir, data_version, index_path


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
        ("Donetsk Oblast", "Donetsk Oblast", "UA", "admin"),
        ("Europe", "Europe", None, "continent"),
        ("Middle East", "Middle East", None, "region"),
        ("the Kremlin", "Kremlin", "RU", "landmark"),
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


@pytest.mark.parametrize("word", ["Kyiv", "Texas", "Ternopil"])
def test_places_are_not_demonyms(gazetteer, word):
    assert not gazetteer.is_demonym(word)


def test_countries_have_coordinates_and_capitals(gazetteer):
    ukraine = gazetteer.country("UA")
    assert ukraine.name == "Ukraine" and 44 < ukraine.lat < 53 and 22 < ukraine.lon < 41
    capitals = {gazetteer.get(k).name for k in gazetteer.capitals()}
    assert {"Kyiv", "Moscow", "Brussels"} <= capitals
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
