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
    ("Schools in Macon and Valdosta closed; Athens followed.",
     ["Macon", "Valdosta", "Athens"], 2, "US", "Georgia"),
    ("Aid arrived in Ternopil and Lviv in western Ukraine.",
     ["Ternopil", "Lviv", "Ukraine"], 0, "UA", "Ternopil Oblast"),
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
