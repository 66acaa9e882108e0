"""What the grammar reads out of a temporal expression, before it is resolved to a value."""

from __future__ import annotations

from dataclasses import dataclass

from dateline.time.lexicon import Unit


@dataclass
class Sem:
    """The meaning of one temporal expression, in calendar terms, not yet anchored.

    ``kind`` says which fields matter:
    date (year/month/day, any of them missing), weekday, dayword (day offset from the dct),
    relative (shift of a unit, month, season, weekday or quarter from the dct: "last week"),
    offset (amount of units before/after the dct or the last date: "two days later"),
    quarter, half, season, decade, century, duration, set, ref, clock,
    part (a part of the last mentioned date, in units: "the early months", mod START).
    """

    kind: str
    year: int | None = None
    year_shift: int | None = None  # "January this year": the dct's year, shifted
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    quarter: int | None = None  # 1-4; -1 = the latest completed one
    half: int | None = None
    season: str | None = None
    decade: int | None = None  # 199 for the 1990s
    century: int | None = None  # 19 for the 1900s
    unit: Unit | None = None
    amount: float | None = None  # None: a vague amount ("several years" -> PXY)
    shift: int | None = None  # this 0 / last -1 / next +1
    direction: int = 0  # offsets: -1 ago, earlier, before; +1 later, from now, after
    anchored: bool = False  # offsets counted from the last mentioned date, not the dct
    year_ago: bool = False  # "the year-ago quarter": the quarter a year before the latest
    ordinal: int | None = None
    pod: str | None = None  # part of day code: MO AF EV NI
    hour: int | None = None
    minute: int | None = None
    value: str | None = None  # a value fixed by the words themselves (sets, references)
    mod: str | None = None
