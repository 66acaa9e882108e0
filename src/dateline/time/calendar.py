"""Calendar arithmetic on TIMEX3 values: weeks, quarters, seasons, month shifts."""

from __future__ import annotations

import datetime as dt
import re

SEASONS = ("SP", "SU", "FA", "WI")  # in the order they fall in a year (winter of Y = Dec Y)

_VALUE_RE = re.compile(
    r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|W(\d{2})|(SP|SU|FA|WI)|H([12])))?(?:T.*)?$"
)


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, steps: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + steps
    return index // 4, index % 4 + 1


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def season_of(day: dt.date) -> tuple[int, str]:
    """(year, season) of a day; January and February belong to the previous year's winter."""
    if day.month in (12, 1, 2):
        return (day.year if day.month == 12 else day.year - 1), "WI"
    return day.year, SEASONS[(day.month - 3) // 3]


def shift_season(year: int, season: str, steps: int) -> tuple[int, str]:
    index = year * 4 + SEASONS.index(season) + steps
    return index // 4, SEASONS[index % 4]


def nth_weekday(year: int, month: int, weekday: int, nth: int, first: int = 1) -> dt.date:
    """The nth ISO weekday of a month counted from day ``first``; nth -1 is the last one."""
    if nth < 0:
        last = add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    start = dt.date(year, month, first)
    return start + dt.timedelta(days=(weekday - start.isoweekday()) % 7 + 7 * (nth - 1))


def parse_value(value: str) -> tuple[dt.date, str] | None:
    """The first day a TIMEX3 date value covers and its precision, or None (PAST_REF, XXXX,
    or a date no calendar has, such as "September 31" written in the source)."""
    try:
        return _parse_value(value)
    except ValueError:
        return None


def _parse_value(value: str) -> tuple[dt.date, str] | None:
    m = _VALUE_RE.match(value or "")
    if not m:
        return None
    year = int(m[1])
    if m[3]:
        return dt.date(year, int(m[2]), int(m[3])), "day"
    if m[2]:
        return dt.date(year, int(m[2]), 1), "month"
    if m[4]:
        return dt.date(year, (int(m[4]) - 1) * 3 + 1, 1), "quarter"
    if m[5]:
        return dt.date.fromisocalendar(year, int(m[5]), 1), "week"
    if m[6]:
        return dt.date(year, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m[6]], 1), "season"
    if m[7]:
        return dt.date(year, 1 if m[7] == "1" else 7, 1), "half"
    return dt.date(year, 1, 1), "year"
