"""Resolution in context, one reading per row: the text, its toponyms, what each must be."""

import pytest

from dateline.geo.recognize import Mention
from dateline.geo.resolve import haversine_km, resolve


@pytest.fixture(scope="module")
def gazetteer():
    """The gazetteer (built into the user cache on first use, then shared in the process)."""
    from dateline.geo.gazetteer import open_gazetteer

    return open_gazetteer()


def mentions_of(text: str, names: list[str]) -> list[Mention]:
    """Mentions of ``names`` in order of appearance (each found after the previous one)."""
    found, at = [], 0
    for name in names:
        start = text.index(name, at)
        division = text[start + len(name):].lstrip().lower().startswith(("region", "oblast"))
        found.append(Mention(start, start + len(name), 0, 0, name, "test", division))
        at = start + len(name)
    return found


CASES = [
    # (text, toponyms, index of the toponym checked, expected country, expected admin1 or None)
    ("Shelling continued near Pokrovsk in eastern Ukraine on Sunday.",
     ["Pokrovsk", "Ukraine"], 0, "UA", "Donetsk Oblast"),
    ("Troops held the line near Pokrovsk, in the Donetsk region, officials in Kyiv said.",
     ["Pokrovsk", "Donetsk", "Kyiv"], 0, "UA", None),
    ("Officials in Moscow announced new measures.", ["Moscow"], 0, "RU", None),
    ("The University of Idaho campus in Moscow, Idaho, reopened.",
     ["Idaho", "Moscow", "Idaho"], 1, "US", "Idaho"),
    ("Protesters marched in Tbilisi as Georgia's parliament voted.",
     ["Tbilisi", "Georgia"], 1, "GE", None),
    ("Storms hit Atlanta and Savannah, and Georgia declared an emergency.",
     ["Atlanta", "Savannah", "Georgia"], 2, "US", None),
    ("Voters in Paris, Texas, went to the polls.", ["Paris", "Texas"], 0, "US", "Texas"),
    ("The summit opened in Paris on Monday.", ["Paris"], 0, "FR", None),
    ("The mayor of Springfield, Ill., spoke.", ["Springfield", "Ill."], 0, "US", "Illinois"),
    ("Flooding hit Kiev overnight.", ["Kiev"], 0, "UA", None),
    ("Crews in Sudbury, Ont., cleared the roads.", ["Sudbury", "Ont."], 0, "CA", "Ontario"),
    ("Fans in Kamloops, B.C., cheered.", ["Kamloops", "B.C."], 0, "CA", "British Columbia"),
    # a town and a county that lie together are read together
    ("Deputies from Boone County answered a call in Lebanon.",
     ["Boone County", "Lebanon"], 1, "US", "Indiana"),
    # ... but not across a state line: Clinton, Wisconsin, lies in no Illinois county
    ("Boone County and Clinton officials met in Indiana.",
     ["Boone County", "Clinton", "Indiana"], 0, "US", "Indiana"),
    ("Schools in Macon and Valdosta closed; Athens followed.",
     ["Macon", "Valdosta", "Athens"], 2, "US", "Georgia"),
    ("Aid arrived in Ternopil and Lviv in western Ukraine.",
     ["Ternopil", "Lviv", "Ukraine"], 0, "UA", "Ternopil Oblast"),
    # neighbouring towns are read together, though bigger namesakes exist elsewhere
    ("A driver from Albany crashed near Alexandria in Douglas County.",
     ["Albany", "Alexandria", "Douglas County"], 0, "US", "Minnesota"),
    # a demonym is read with its place: Londoners of an Ontario story live in London, Ontario
    ("London city council met; Londoners across Ontario watched.",
     ["London", "Londoners", "Ontario"], 1, "CA", "Ontario"),
    ("Ohioans voted on Tuesday.", ["Ohioans"], 0, "US", "Ohio"),
    # a state named among towns of another state is still the state
    ("Growers in Oregon, Washington and California shipped less.",
     ["Oregon", "Washington", "California"], 2, "US", "California"),
]


@pytest.mark.parametrize(("text", "names", "index", "country", "admin1"), CASES)
def test_resolution_in_context(gazetteer, text, names, index, country, admin1):
    resolutions = resolve(mentions_of(text, names), gazetteer, text)
    entry = resolutions[index].entry
    assert entry is not None
    assert entry.country == country
    if admin1 is not None:
        assert entry.admin1 == admin1


def test_division_word_picks_the_division(gazetteer):
    text = "Fighting raged across the Donetsk region."
    (resolution,) = resolve(mentions_of(text, ["Donetsk"]), gazetteer, text)
    assert resolution.entry.feature == "admin" and resolution.entry.country == "UA"


@pytest.mark.parametrize(
    ("text", "name", "feature", "admin1"),
    [
        # a county that only borrows a big city's name, 170 km off, yields to the city
        ("Mosquito cases rose across the Houston region this summer.", "Houston", "city",
         "Texas"),
        # a named region is as good as a division for "X region"
        ("Warm water in the tropical Pacific region alters the rains.", "Pacific", "region",
         None),
    ],
)
def test_division_word_keeps_the_place_its_name_belongs_to(gazetteer, text, name, feature,
                                                           admin1):
    (resolution,) = resolve(mentions_of(text, [name]), gazetteer, text)
    assert resolution.entry.feature == feature
    if admin1 is not None:
        assert resolution.entry.admin1 == admin1


def test_a_state_in_a_list_of_states_is_no_town_of_another(gazetteer):
    # the state's own city is only a variant of its name: the town of Oklahoma in
    # Pennsylvania still yields to the state
    text = "Beekeepers in Ohio, Oklahoma, Pennsylvania and Iowa lost colonies."
    names = ["Ohio", "Oklahoma", "Pennsylvania", "Iowa"]
    resolutions = resolve(mentions_of(text, names), gazetteer, text)
    assert resolutions[1].entry.feature == "admin" and resolutions[1].entry.admin1 == "Oklahoma"


def test_one_sense_per_article(gazetteer):
    text = "Moscow, Idaho, is small. Moscow has a university."
    resolutions = resolve(mentions_of(text, ["Moscow", "Idaho", "Moscow"]), gazetteer, text)
    assert resolutions[0].entry.key == resolutions[2].entry.key


def test_unknown_name_stays_unresolved(gazetteer):
    text = "They met in Qwxzyville."
    (resolution,) = resolve(mentions_of(text, ["Qwxzyville"]), gazetteer, text)
    assert resolution.entry is None and resolution.confidence < 0.5


def test_confidence_is_a_probability(gazetteer):
    text = "Officials in Moscow and Kyiv spoke."
    for r in resolve(mentions_of(text, ["Moscow", "Kyiv"]), gazetteer, text):
        assert 0.5 <= r.confidence <= 1.0


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [((50.45, 30.52), (49.55, 25.59), 365), ((0, 0), (0, 180), 20015), ((10, 10), (10, 10), 0)],
)
def test_haversine(a, b, km):
    assert haversine_km(*a, *b) == pytest.approx(km, abs=5)


@pytest.mark.parametrize(
    ("text", "expanded"),
    [("Loudon Co.", "Loudon County"), ("Mt. Vernon", "Mount Vernon"),
     ("W. Columbia", "West Columbia"), ("Kyiv", "Kyiv"), ("St. Cloud", "Saint Cloud")],
)
def test_expand_abbreviations(text, expanded):
    from dateline.geo.resolve import expand_abbreviations

    assert expand_abbreviations(text) == expanded


def test_towns_of_the_same_division_support_each_other():
    from collections import Counter

    from dateline.geo.gazetteer import NAME, Candidate, GazetteerEntry
    from dateline.geo.resolve import SAME_ADMIN1_BONUS, _Context, _Group

    def town(key: int, admin1_id: int, lat: float, lon: float) -> GazetteerEntry:
        return GazetteerEntry(key, f"T{key}", "city", "US", f"S{admin1_id}", admin1_id, lat, lon,
                              1000, 4, key)

    known = town(1, 100, 35.0, -90.0)
    groups = {"known": _Group("known", [0], [Candidate(known, NAME)], False)}
    context = _Context(groups, {"known": 0}, exclude="other", hints=Counter())
    same_state = town(2, 100, 30.0, -80.0)  # far away, same division
    other_state = town(3, 200, 30.0, -80.0)  # as far away, another division
    assert context.score(same_state) - context.score(other_state) == SAME_ADMIN1_BONUS > 0


@pytest.mark.parametrize(
    ("name", "acronym"),
    [("EU", True), ("NSW", True), ("LA", True), ("L.A.", False), ("Eu", False), ("IOWA", False)],
)
def test_is_acronym(name, acronym):
    from dateline.geo.resolve import is_acronym

    assert is_acronym(name) == acronym


@pytest.mark.parametrize(
    ("name", "level", "match", "fits"),
    [
        ("EU", 4, "name", False),  # "EU" is not the town of Eu
        ("LA", 4, "alternate", False),  # nor a town by one of its many alternate names
        ("LA", 4, "alias", True),  # a curated abbreviation of a town is kept
        ("NSW", 2, "alias", True),  # divisions and countries keep their code-like aliases
        ("UK", 1, "alternate", True),
    ],
)
def test_acronyms_match_towns_only_by_curated_abbreviations(name, level, match, fits):
    from dateline.geo.gazetteer import ALIAS, ALTERNATE, NAME, Candidate, GazetteerEntry
    from dateline.geo.resolve import _acronym_fits

    entry = GazetteerEntry(1, "Eu", "city" if level == 4 else "admin", "FR", None, None, 50.0,
                           1.4, 7000, level, 1)
    kind = {"name": NAME, "alias": ALIAS, "alternate": ALTERNATE}[match]
    assert _acronym_fits(name, Candidate(entry, kind)) == fits


def test_the_eu_is_not_a_french_town(gazetteer):
    text = "The EU imposed sanctions."
    (resolution,) = resolve(mentions_of(text, ["EU"]), gazetteer, text)
    assert resolution.entry.name == "European Union" and resolution.entry.country != "FR"


def test_a_small_town_far_from_the_article_s_other_places_is_anchored_near_them(gazetteer):
    from dateline.geo.anchor import Anchoring
    from dateline.geo.gazetteer import NAME, Candidate, GazetteerEntry
    from dateline.geo.resolve import _Group, _strays

    def town(key, lat, lon, population=2_000):
        return Candidate(GazetteerEntry(key, f"T{key}", "city", "US", None, None, lat, lon,
                                        population, 4, key), NAME)

    def namesakes(key, lat, lon, population=2_000):  # the reading, and a namesake elsewhere
        return [town(key, lat, lon, population), town(key + 100, 10.0, 10.0)]

    groups = {
        "a": _Group("a", [0], [town(1, 45.9, -95.4)], False),
        "b": _Group("b", [1], [town(2, 45.8, -95.6)], False),
        "c": _Group("c", [2], [town(3, 45.6, -95.2)], False),
        "far": _Group("far", [3], namesakes(4, 28.0, -82.0), False),
        "far city": _Group("far city", [4], namesakes(5, 35.0, -120.0, 50_000), False),
        "far town": _Group("far town", [5], namesakes(6, 39.0, -119.7, 19_000), False),
        # a name the gazetteer knows one place by is that place, however far ("Marinka" in a
        # story of Kyiv and its suburbs)
        "only one": _Group("only one", [6], [town(7, 30.0, -90.0)], False),
    }
    choice = {key: 0 for key in groups}
    assert _strays(groups, choice) == {"far", "far town"}  # a city far away is no stray
    del groups["b"], groups["c"], choice["b"], choice["c"]
    assert _strays(groups, choice) == set()  # the others must lie together
    assert Anchoring.load() is not None


def test_a_frontline_town_far_from_the_capital_stays_where_it_is(gazetteer):
    from dateline.geo.anchor import Anchoring

    text = ("Blasts shook Kyiv, Irpin and Bucha on Monday. Officials said fighting went on "
            "near Marinka.")
    names = ["Kyiv", "Irpin", "Bucha", "Marinka"]
    resolutions = resolve(mentions_of(text, names), gazetteer, text, anchoring=Anchoring.load())
    marinka = resolutions[3].entry
    assert marinka.feature == "city" and marinka.admin1 == "Donetsk Oblast"


def test_a_county_read_from_its_bare_name_far_from_the_others_is_a_stray():
    from dateline.geo.gazetteer import ALIAS, NAME, Candidate, GazetteerEntry
    from dateline.geo.resolve import _Group, _strays

    def place(key, lat, lon, level=4, match=NAME):
        return Candidate(GazetteerEntry(key, f"P{key}", "city" if level == 4 else "admin", "US",
                                        None, None, lat, lon, 20_000, level, key), match)

    groups = {
        "a": _Group("a", [0], [place(1, 37.1, -93.1)], False),
        "b": _Group("b", [1], [place(2, 37.2, -93.3, level=3)], False),
        "c": _Group("c", [2], [place(3, 37.3, -92.9, level=3)], False),
        "logan": _Group("logan", [3], [place(4, 36.8, -86.9, level=3, match=ALIAS)], False),
    }
    choice = {key: 0 for key in groups}
    assert _strays(groups, choice) == {"logan"}
    groups["logan"].candidates = [place(4, 36.8, -86.9, level=3)]  # "Logan County" in full
    assert _strays(groups, choice) == set()


def test_weak_readings_far_from_the_firm_ones_vouch_for_each_other_only_close_by():
    from dateline.geo.gazetteer import NAME, Candidate, GazetteerEntry
    from dateline.geo.resolve import _Group, _strays

    def town(key, lat, lon, population):
        return Candidate(GazetteerEntry(key, f"T{key}", "city", "US", None, None, lat, lon,
                                        population, 4, key), NAME)

    firm = {  # three cities of one metro area
        "a": _Group("a", [0], [town(1, 41.85, -87.65, 900_000)], False),
        "b": _Group("b", [1], [town(2, 42.01, -87.84, 37_000)], False),
        "c": _Group("c", [2], [town(3, 41.90, -87.63, 80_000)], False),
    }
    elsewhere = town(99, 10.0, 10.0, 1_000)  # each name has a namesake far off
    # two hamlets of another state, 270 km apart: strays
    groups = {**firm, "x": _Group("x", [3], [town(4, 38.13, -104.02, 1_100), elsewhere], False),
              "y": _Group("y", [4], [town(5, 39.98, -106.10, 1_500), elsewhere], False)}
    choice = {key: 0 for key in groups}
    assert _strays(groups, choice) == {"x", "y"}
    # two villages of one valley, 30 km apart: they stand
    groups["y"] = _Group("y", [4], [town(5, 38.30, -104.30, 1_500), elsewhere], False)
    assert _strays(groups, choice) == set()


def test_a_big_town_only_a_variant_spelling_matched_abroad_is_a_stray():
    from dateline.geo.gazetteer import ALTERNATE, NAME, Candidate, GazetteerEntry
    from dateline.geo.resolve import _Group, _strays

    def town(key, lat, lon, country="KE", match=NAME, population=50_000):
        return Candidate(GazetteerEntry(key, f"T{key}", "city", country, None, None, lat, lon,
                                        population, 4, key), match)

    kenya = {
        "a": _Group("a", [0], [town(1, -0.1, 34.75)], False),
        "b": _Group("b", [1], [town(2, -0.52, 34.46)], False),
        "c": _Group("c", [2], [town(3, -1.06, 34.47)], False),
    }
    for match, country, stray in ((ALTERNATE, "FJ", True), (NAME, "FJ", False),
                                  (ALTERNATE, "KE", False)):
        groups = {**kenya, "v": _Group("v", [3], [town(4, -18.1, 178.4, country, match)], False)}
        assert _strays(groups, dict.fromkeys(groups, 0)) == ({"v"} if stray else set())


@pytest.mark.parametrize(
    ("town_admin1", "division_key", "capital", "division_country", "population", "penalized"),
    [
        # California, Pennsylvania yields to the state of California
        (200, 100, False, "US", 30_000_000, True),
        (100, 100, False, "US", 30_000_000, False),  # a town inside its namesake keeps its name
        (200, 100, True, "US", 30_000_000, False),  # a national capital keeps its name
        (200, 100, False, "LS", 85_000, False),  # a small division abroad lends it to no one
        (200, 100, False, "CA", 13_000_000, True),  # a big one does (Ontario, California)
    ],
)
def test_namesake_penalty(town_admin1, division_key, capital, division_country, population,
                          penalized):
    from dateline.geo.gazetteer import NAME, Candidate, GazetteerEntry
    from dateline.geo.resolve import NAMESAKE_PENALTY, _namesake_penalty

    town = GazetteerEntry(1, "California", "city", "US", "Pennsylvania", town_admin1, 40.06,
                          -79.89, 6000, 4, 1)
    state = GazetteerEntry(division_key, "California", "admin", division_country, "California",
                           division_key, 37.0, -120.0, population, 2, division_key)
    candidates = [Candidate(town, NAME), Candidate(state, NAME)]
    capitals = frozenset({1}) if capital else frozenset()
    expected = NAMESAKE_PENALTY if penalized else 0.0
    assert _namesake_penalty(candidates[0], candidates, capitals) == expected


@pytest.mark.parametrize(
    ("text", "names", "admin1"),
    [
        ("Deputies from Cherokee County and Pickens County searched the woods.",
         ["Cherokee County", "Pickens County"], "Georgia"),
        ("Polk County and Dallas County voters approved the levy.",
         ["Polk County", "Dallas County"], "Iowa"),
    ],
)
def test_with_coherence_neighbouring_counties_are_read_together(gazetteer, text, names, admin1):
    resolutions = resolve(mentions_of(text, names), gazetteer, text, coherence=True)
    assert {r.entry.admin1 for r in resolutions} == {admin1}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a lone town named like a small foreign division, in a US local story
        ("The Berea Police Department is searching for a suspect.", "Berea", "US"),
        ("The Athens City Council was given a budget update.", "Athens", "US"),
    ],
)
def test_a_lone_name_in_local_news_is_read_at_home(gazetteer, text, name, country):
    from dateline.geo.setting import HomeCues

    hints = HomeCues.load().countries(text, lone=True)
    resolutions = resolve(mentions_of(text, [name]), gazetteer, text, hints)
    assert resolutions[0].entry.country == country


def test_support_weight_scales_coherence(gazetteer):
    text = "Deputies from Cherokee County and Pickens County searched the woods."
    names = ["Cherokee County", "Pickens County"]

    def admin1s(**settings):
        return [r.entry.admin1 for r in resolve(mentions_of(text, names), gazetteer, text,
                                                **settings)]

    assert admin1s(coherence=True, support_weight=0.0) == admin1s(coherence=False)
    assert set(admin1s(coherence=True, support_weight=2.0)) == {"Georgia"}



def test_a_variant_spelling_of_a_place_the_article_names_otherwise_is_not_that_place(gazetteer):
    # "Mecca" is among the variants of Medina, Ohio; the text names Medina on its own, so
    # "Mecca" is another place. Re-read all at once, the two names also swung between
    # Arabia and Ohio and stopped wherever the last round left them.
    text = "One pilgrim died in Mecca on Friday, the others in Medina."
    mecca, medina = resolve(mentions_of(text, ["Mecca", "Medina"]), gazetteer, text)
    assert (mecca.entry.country, medina.entry.country) == ("SA", "SA")


def test_a_short_form_of_a_name_the_article_gives_keeps_that_reading():
    from dateline.geo.gazetteer import ALTERNATE, Candidate, GazetteerEntry
    from dateline.geo.resolve import _drop_other_names, _Group

    def town(key, name, match):
        return Candidate(GazetteerEntry(key, name, "city", "US", None, None, 33.8, -84.3,
                                        3_000, 4, key), match)

    groups = {
        "avondale": _Group("avondale", [0], [town(1, "Avondale Estates", ALTERNATE),
                                             town(2, "Avondale", 0)], False),
        "avondale estates": _Group("avondale estates", [1], [town(1, "Avondale Estates", 0)],
                                   False),
        "mecca": _Group("mecca", [2], [town(3, "Medina", ALTERNATE), town(4, "Mecca", 0)],
                        False),
        "medina": _Group("medina", [3], [town(3, "Medina", 0)], False),
    }
    _drop_other_names(groups)
    assert [c.entry.key for c in groups["avondale"].candidates] == [1, 2]
    assert [c.entry.key for c in groups["mecca"].candidates] == [4]
