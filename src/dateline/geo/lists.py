"""Enumerations of places: "Oregon, Washington and Utah" names places of one kind.

A reader who meets a name inside a list of states reads it as a state too ("Washington" in
"Oregon, Washington and Utah" is the state, not the capital), and inside a list of countries as
a country. ``enumerations`` finds such lists among an article's mentions: mentions joined only
by list separators (", ", " and ", ", or ", " / "), three or more of them, or two joined by
"and"/"or". Two names joined by a bare comma are not a list: "Gainesville, Ga." is a town and
its state.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from dateline.geo.recognize import Mention

SEPARATOR = re.compile(r"^\s*(?:,|,?\s*(?:and|or|&)|/)\s*$", re.IGNORECASE)
CONJUNCTION = re.compile(r"\b(?:and|or)\b|&", re.IGNORECASE)
MIN_COMMA_LIST = 3
AGREEMENT = 0.75  # the share of a list's other members that must be read at one level


def enumerations(mentions: Sequence[Mention], text: str) -> list[list[int]]:
    """Indices of the mentions that form lists, one list per enumeration, in text order."""
    found: list[list[int]] = []
    run: list[int] = []
    joined_by_conjunction = False

    def close() -> None:
        if len(run) >= MIN_COMMA_LIST or (len(run) == 2 and joined_by_conjunction):
            found.append(list(run))

    for i, mention in enumerate(mentions):
        if run:
            gap = text[mentions[run[-1]].end:mention.start]
            if SEPARATOR.match(gap) and "\n" not in gap:
                run.append(i)
                joined_by_conjunction |= CONJUNCTION.search(gap) is not None
                continue
            close()
        run = [i]
        joined_by_conjunction = False
    if run:
        close()
    return found


def sibling_levels(lists: Sequence[Sequence[int]], levels: Sequence[int | None],
                   min_siblings: int = 2, agreement: float = AGREEMENT) -> dict[int, int]:
    """For each listed mention, the level (country, division, town ...) that the other members
    of its list are read at, where at least ``min_siblings`` of them are and they make at least
    ``agreement`` of the others; ``levels`` holds each mention's current reading's level (None:
    unread). A list of towns and their divisions ("Pandi, Bulacan, and Talavera") agrees on
    nothing."""
    found: dict[int, int] = {}
    for members in lists:
        for i in members:
            others = Counter(levels[j] for j in members if j != i)
            level, count = others.most_common(1)[0] if others else (None, 0)
            if (level is not None and count >= min_siblings
                    and count >= agreement * sum(others.values())):
                found[i] = level
    return found
