"""Readings that lie together support each other, one fact per row, on hand-made candidates."""

import pytest

from dateline.geo.coherence import LENDER_MAX_POPULATION, MAX_SUPPORT, support
from dateline.geo.gazetteer import ALTERNATE, NAME, Candidate, GazetteerEntry


def place(key: int, lat: float, lon: float, level: int = 4, population: int = 5_000,
          country: str = "US") -> Candidate:
    feature = {1: "country", 2: "admin", 3: "admin"}.get(level, "city")
    entry = GazetteerEntry(key, f"P{key}", feature, country, None, None, lat, lon, population,
                           level, key)
    return Candidate(entry, NAME)


# Two towns of one name and two of another: the pair in Minnesota lies together.
MN_A, FL_A = place(1, 45.9, -95.6), place(2, 27.9, -82.3)
MN_B, GA_B = place(3, 45.6, -94.6), place(4, 31.6, -84.2)


@pytest.mark.parametrize(
    ("readings", "name", "reading", "supported"),
    [
        ([[MN_A, FL_A], [MN_B, GA_B]], 0, 0, True),  # neighbours pull each other up
        ([[MN_A, FL_A], [MN_B, GA_B]], 0, 1, False),  # a namesake far from all gets nothing
        ([[MN_A, FL_A], [MN_B, GA_B]], 1, 0, True),
        ([[MN_A, FL_A]], 0, 0, False),  # a lone name has no one to lean on
        ([[MN_A, MN_A]], 0, 0, False),  # a name does not support itself
        # a name that is first of all a country lends nothing ...
        ([[MN_A, FL_A], [place(5, 45.7, -95.5), place(6, 10.0, 10.0, level=1)]], 0, 0, False),
        # ... nor does a metropolis, since every name has a reading near one
        ([[MN_A, FL_A], [place(7, 45.8, -95.5, population=LENDER_MAX_POPULATION)]], 0, 0,
         False),
        ([[MN_A, FL_A], [place(8, 45.8, -95.5, level=2)]], 0, 0, False),  # divisions neither
    ],
)
def test_support(readings, name, reading, supported):
    assert (support(readings)[name][reading] > 0) == supported


def test_rare_names_lend_more_than_common_ones():
    rare = [place(10, 45.8, -95.5)]
    common = [place(11, 45.8, -95.5)] + [place(20 + i, 30.0 + i, -100.0) for i in range(8)]
    assert support([[MN_A], rare])[0][0] > support([[MN_A], common])[0][0]


def test_support_is_capped():
    neighbours = [[place(30 + i, 45.9, -95.6 + i * 0.01)] for i in range(10)]
    assert support([[MN_A], *neighbours])[0][0] == MAX_SUPPORT


def test_only_plausible_readings_lend():
    # "Paris" and "London" do not make each other towns in Ontario: with priors, a reading far
    # below its name's best lends nothing.
    small_paris, big_paris = place(40, 43.2, -80.4), place(41, 48.9, 2.3, population=2_000_000)
    small_london = place(42, 43.0, -81.2)
    readings = [[small_paris, big_paris], [small_london]]
    assert support(readings)[1][0] > 0
    assert support(readings, [[1.0, 9.0], [5.0]])[1][0] == 0


def test_alternate_names_of_wide_places_do_not_block_support():
    wide = Candidate(place(50, 10.0, 10.0, level=1).entry, ALTERNATE)
    assert support([[MN_A], [place(51, 45.8, -95.5), wide]])[0][0] > 0
