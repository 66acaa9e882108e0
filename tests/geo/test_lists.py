"""Enumerations of places, and names read at the level of the other names of their list."""

import pytest

from dateline.geo.lists import enumerations, sibling_levels
from dateline.geo.resolve import resolve


@pytest.mark.parametrize(
    ("text", "names", "lists"),
    [
        ("Oregon, Washington and Utah voted.", ["Oregon", "Washington", "Utah"], [[0, 1, 2]]),
        ("Oregon, Washington, Utah voted.", ["Oregon", "Washington", "Utah"], [[0, 1, 2]]),
        ("Oregon or Utah voted.", ["Oregon", "Utah"], [[0, 1]]),
        ("Oregon, and Utah voted.", ["Oregon", "Utah"], [[0, 1]]),
        # a town and its state: a pair, not a list
        ("Voters in Salem, Oregon, went out.", ["Salem", "Oregon"], []),
        # names apart in the text are no list
        ("Oregon voted before Utah did.", ["Oregon", "Utah"], []),
        # a paragraph break ends a list
        ("Oregon, Idaho,\nUtah and Nevada voted.", ["Oregon", "Idaho", "Utah", "Nevada"],
         [[2, 3]]),
        ("Kenya, Uganda and Sudan; then Paris and Rome.",
         ["Kenya", "Uganda", "Sudan", "Paris", "Rome"], [[0, 1, 2], [3, 4]]),
    ],
)
def test_enumerations(text, names, lists, mentions_of):
    assert enumerations(mentions_of(text, names), text) == lists


@pytest.mark.parametrize(
    ("lists", "levels", "expected"),
    [
        # every other member is a state: so is the third; the first two have no agreeing others
        ([[0, 1, 2]], [2, 2, 4], {2: 2}),
        # one other member is too few
        ([[0, 1]], [2, 4], {}),
        # three of four others agree: enough; two of four: not
        ([[0, 1, 2, 3, 4]], [2, 2, 2, 4, 4], {3: 2, 4: 2}),
        # towns and their divisions in turn agree on nothing
        ([[0, 1, 2, 3]], [4, 2, 4, 2], {}),
        # an unread member lends nothing
        ([[0, 1, 2]], [None, None, 2], {}),
    ],
)
def test_sibling_levels(lists, levels, expected):
    assert sibling_levels(lists, levels) == expected


@pytest.fixture(scope="module")
def gazetteer():
    from dateline.geo.gazetteer import open_gazetteer

    return open_gazetteer()


@pytest.mark.parametrize(
    ("text", "names", "index", "feature", "country"),
    [
        # a capital named among states is the state
        ("Growers in Oregon, Washington and Idaho shipped less.",
         ["Oregon", "Washington", "Idaho"], 1, "admin", "US"),
        # alone, it is the capital
        ("Talks in Washington ended.", ["Washington"], 0, "city", "US"),
        # a province after its town stays the province, though the list is of towns
        ("Floods hit Pandi, Bulacan, and Talavera, Nueva Ecija.",
         ["Pandi", "Bulacan", "Talavera", "Nueva Ecija"], 1, "admin", "PH"),
        # a great city's English exonym beats a small town's own name
        ("Pilgrims reached Mecca before the holiday.", ["Mecca"], 0, "city", "SA"),
    ],
)
def test_list_and_exonym_readings(gazetteer, text, names, index, feature, country, mentions_of):
    entry = resolve(mentions_of(text, names), gazetteer, text)[index].entry
    assert entry is not None
    assert (entry.feature, entry.country) == (feature, country)
