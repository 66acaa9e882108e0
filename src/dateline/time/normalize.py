"""Resolve what the grammar read (``Sem``) to a TIMEX3 type, value, precision and mod.

A pure function of the words' meaning, the document creation time (dct), the tense of the
clause and the last date the text mentioned: ``normalize(sem, Context(...))``.
``normalize_phrase("late Wednesday", "2025-11-20", tense="past")`` does it from a phrase.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from dateline.time.calendar import (
    SEASONS,
    add_months,
    iso_week,
    nth_weekday,
    parse_value,
    quarter_of,
    season_of,
    shift_quarter,
    shift_season,
)
from dateline.time.grammar import default_grammar, tokenize
from dateline.time.sem import Sem

# A date on the far side of the dct from the clause's tense is taken only this close to it,
# and then counts as this many days further away.
AGAINST_TENSE_DAYS = 45.0
# Quarters: one ahead of the dct in a clause not in the future tense costs this many quarters,
# one behind it in a future-tense clause a little (reports are about quarters already closed).
AHEAD_IN_PAST_QUARTERS = 2.5
BEHIND_IN_FUTURE_QUARTERS = 0.5

# The middle month of each season, counted from January of the season's year (winter: January
# of the next year).
SEASON_MIDDLE_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 13}
PRECISION_OF_UNIT = {"day": "day", "week": "week", "weekend": "week", "month": "month",
                     "quarter": "quarter", "half": "half", "season": "season", "year": "year",
                     "decade": "decade", "century": "century"}


@dataclass(frozen=True)
class Context:
    """What a value is resolved against."""

    dct: dt.date | None = None
    tense: str | None = None  # past | present | future | None (unknown)
    anchor: str | None = None  # value of the last date mentioned before ("two days later")
    quarter: str | None = None  # the last quarter mentioned: "a year earlier" compares to it
    year: str | None = None  # the last year (or decade) mentioned: "the early months" fall in it

    @classmethod
    def of(cls, dct: str | dt.date | None, tense: str | None = None,
           anchor: str | None = None, quarter: str | None = None,
           year: str | None = None) -> Context:
        if isinstance(dct, str):
            try:
                dct = dt.date.fromisoformat(dct[:10])
            except ValueError:
                dct = None
        if quarter is None and _is_quarter(anchor):
            quarter = anchor
        return cls(dct, tense, anchor, quarter, year)

    @property
    def direction(self) -> int:
        """-1 look back, +1 look ahead, 0 nearest, from the tense of the clause."""
        return {"past": -1, "future": 1}.get(self.tense or "", 0)


@dataclass(frozen=True)
class Normal:
    type: str  # DATE | TIME | DURATION | SET
    value: str
    precision: str | None = None
    mod: str | None = None


_YEAR_OUT_OF_RANGE = re.compile(r"^(?:\d{5,}|0000)")


def normalize(sem: Sem, ctx: Context) -> Normal:
    handler = _HANDLERS[sem.kind.split("-")[0]]
    try:
        normal = handler(sem, ctx)
    except (OverflowError, ValueError):
        # Calendar arithmetic past year 1 or 9999 (a dateline at the calendar's edge): the
        # expression is kept, its value left unresolved rather than invented.
        normal = Normal("DATE", "XXXX", "unknown")
    if _YEAR_OUT_OF_RANGE.match(normal.value):
        normal = Normal(normal.type, "XXXX", "unknown")
    if sem.mod and normal.mod is None and not normal.value.endswith("_REF"):
        normal = Normal(normal.type, normal.value, normal.precision, sem.mod)
    return normal


def normalize_phrase(text: str, dct: str | dt.date | None, tense: str | None = "past",
                     anchor: str | None = None, year: str | None = None) -> Normal | None:
    """Normalize a phrase that is one temporal expression as a whole, or None if it is not."""
    words = tokenize(text)
    matches = default_grammar().find(words)
    if len(matches) != 1 or matches[0].start != 0 or matches[0].end != len(words):
        return None
    return normalize(matches[0].sem, Context.of(dct, tense, anchor, year=year))


# -- dates ---------------------------------------------------------------------------------


def _date_value(sem: Sem, ctx: Context) -> Normal:
    dct = ctx.dct
    if sem.year_shift is not None and dct is not None:
        sem = replace(sem, year=dct.year + sem.year_shift, year_shift=None)
    if sem.year is not None:
        if sem.month is None:
            return Normal("DATE", f"{sem.year:04d}", "year")
        if sem.day is None:
            return Normal("DATE", f"{sem.year:04d}-{sem.month:02d}", "month")
        return Normal("DATE", f"{sem.year:04d}-{sem.month:02d}-{sem.day:02d}", "day")
    if dct is None:
        if sem.day is None:
            return Normal("DATE", f"XXXX-{sem.month:02d}", "month")
        return Normal("DATE", f"XXXX-{sem.month:02d}-{sem.day:02d}", "day")
    if sem.day is None:
        year = _year_for(dct, (sem.month,), (dct.month,), sem.shift, ctx.direction)
        return Normal("DATE", f"{year:04d}-{sem.month:02d}", "month")
    year = _year_for(dct, (sem.month, sem.day), (dct.month, dct.day), sem.shift, ctx.direction)
    return Normal("DATE", f"{year:04d}-{sem.month:02d}-{sem.day:02d}", "day")


def _year_for(dct: dt.date, point: tuple, now: tuple, shift: int | None, direction: int) -> int:
    """The year that puts a month (or month-day) nearest the dct, leaning the tense's way."""
    if shift == 0:
        return dct.year
    if shift == -1:
        return dct.year if point < now else dct.year - 1
    if shift == 1:
        return dct.year if point > now else dct.year + 1

    def cost(year: int) -> float:
        if len(point) == 1:
            diff = ((year - dct.year) * 12 + point[0] - now[0]) * 30.0
        else:
            diff = float((_safe_date(year, *point) - dct).days)
        against = (diff > 0 and direction < 0) or (diff < 0 and direction > 0)
        if against and abs(diff) > AGAINST_TENSE_DAYS:
            return float("inf")  # "January" in a past-tense clause in November: last January
        return abs(diff) + (AGAINST_TENSE_DAYS if against else 0.0)

    return min((dct.year - 1, dct.year, dct.year + 1), key=cost)


def _safe_date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:  # February 29 of a common year, April 31
        return dt.date(year, month, 28)


def _holiday(sem: Sem, ctx: Context) -> Normal:
    """A holiday on the nth weekday of a month (Thanksgiving: the fourth Thursday of November)."""
    year = sem.year
    if year is None and ctx.dct is not None:
        year = _year_for(ctx.dct, (sem.month, 20), (ctx.dct.month, ctx.dct.day), sem.shift,
                         ctx.direction)
    if year is None:
        return Normal("DATE", f"XXXX-{sem.month:02d}-XX", "day")
    return Normal("DATE", nth_weekday(year, sem.month, sem.weekday, sem.ordinal,
                                      sem.day or 1).isoformat(), "day")


def _week_of(sem: Sem, ctx: Context) -> Normal:
    day = _date_value(replace(sem, kind="date", pod=None), ctx)
    parsed = parse_value(day.value)
    if parsed is None:
        return Normal("DATE", "XXXX-WXX", "week")
    return Normal("DATE", iso_week(parsed[0]) + ("-WE" if sem.pod == "WE" else ""), "week")


def _weekday(sem: Sem, ctx: Context) -> Normal:
    if ctx.dct is None:
        value = f"XXXX-WXX-{sem.weekday}"
        return _with_pod(value, "day", sem.pod)
    dct = ctx.dct
    anchor = parse_value(ctx.anchor) if sem.anchored and ctx.anchor else None
    if anchor and anchor[1] == "day":
        dct = anchor[0]  # "the previous Friday": the Friday before the last date mentioned
    diff = sem.weekday - dct.isoweekday()
    if sem.shift == -1:
        delta = (diff % 7) - 7 if diff % 7 else -7
    elif sem.shift == 1:
        delta = diff % 7 or 7
    else:
        # Reports look back unless the clause is in the present or future tense.
        direction = ctx.direction or (1 if ctx.tense == "present" or sem.shift == 0 else -1)
        delta = diff % 7 if direction > 0 else -((-diff) % 7)
    day = dct + dt.timedelta(days=delta)
    return _with_pod(day.isoformat(), "day", sem.pod)


def _with_pod(value: str, precision: str, pod: str | None) -> Normal:
    if pod:
        return Normal("TIME", f"{value}T{pod}", "time")
    return Normal("DATE", value, precision)


def _dayword(sem: Sem, ctx: Context) -> Normal:
    if ctx.dct is None:
        value = {0: "PRESENT_REF", -1: "PAST_REF", 1: "FUTURE_REF"}.get(sem.day, "PAST_REF")
        return Normal("DATE", value, "unknown")
    day = ctx.dct + dt.timedelta(days=sem.day or 0)
    return _with_pod(day.isoformat(), "day", sem.pod)


def _relative(sem: Sem, ctx: Context) -> Normal:
    unit = sem.unit.name
    shift = sem.shift or 0
    dct = ctx.dct
    if dct is None:
        return Normal("DATE", {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[shift],
                      "unknown")
    if unit == "weekend" and shift == 0 and dct.isoweekday() < 5 and ctx.direction <= 0:
        shift = -1  # "the weekend" said on a Monday to Thursday: the one just past
    if unit in ("week", "weekend"):
        value = iso_week(dct + dt.timedelta(weeks=shift))
        return Normal("DATE", value + ("-WE" if unit == "weekend" else ""), "week")
    if unit == "month":
        return Normal("DATE", add_months(dct, shift).strftime("%Y-%m"), "month")
    if unit == "year":
        return Normal("DATE", f"{dct.year + shift:04d}", "year")
    if unit == "quarter":
        year, quarter = shift_quarter(dct.year, quarter_of(dct), shift)
        return Normal("DATE", f"{year:04d}-Q{quarter}", "quarter")
    if unit == "half":
        half = 1 if dct.month <= 6 else 2
        index = dct.year * 2 + half - 1 + shift
        return Normal("DATE", f"{index // 2:04d}-H{index % 2 + 1}", "half")
    if unit == "season":
        year, season = shift_season(*season_of(dct), shift)
        return Normal("DATE", f"{year:04d}-{season}", "season")
    if unit == "decade":
        return Normal("DATE", f"{dct.year // 10 + shift:03d}", "decade")
    if unit == "century":
        return Normal("DATE", f"{dct.year // 100 + shift:02d}", "century")
    return Normal("DATE", dct.isoformat(), "day")


def _offset(sem: Sem, ctx: Context) -> Normal:
    unit = sem.unit.name
    amount = sem.amount
    if amount is None:
        return Normal("DATE", "PAST_REF" if sem.direction < 0 else "FUTURE_REF", "unknown")
    steps = round(amount) * sem.direction
    if amount == 0 and sem.anchored:  # "that day": the last date, at the unit's precision
        parsed = parse_value(ctx.anchor) if ctx.anchor else None
        if parsed is None:
            return Normal("DATE", "PAST_REF", "unknown")
        base, precision = parsed
        if unit == "day" and precision == "day":
            return Normal("DATE", base.isoformat(), "day")
        return _coarse(base, PRECISION_OF_UNIT.get(unit, "year")
                       if unit != "day" else precision)
    base, base_precision = ctx.dct, "day"
    if unit == "year" and round(amount) == 1 and ctx.quarter:
        # "a year ago" in a report on a quarter: the same quarter a year before
        base, base_precision = parse_value(ctx.quarter)
    elif sem.anchored:
        parsed = parse_value(ctx.anchor) if ctx.anchor else None
        if parsed:
            base, base_precision = parsed
    if base is None:
        return Normal("DATE", "PAST_REF" if sem.direction < 0 else "FUTURE_REF", "unknown")
    if base_precision == "quarter" and unit in ("year", "quarter"):
        year, quarter = shift_quarter(base.year, quarter_of(base),
                                      steps * (4 if unit == "year" else 1))
        return Normal("DATE", f"{year:04d}-Q{quarter}", "quarter")
    if unit in ("day", "night") or unit in ("hour", "minute", "second"):
        if unit in ("hour", "minute", "second"):
            steps = 0 if abs(amount) < 24 or unit != "hour" else round(amount / 24) * sem.direction
        if base_precision != "day":
            return _coarse(base, base_precision)
        day = base + dt.timedelta(days=steps)
        return _with_pod(day.isoformat(), "day", sem.pod)
    if unit in ("week", "weekend", "fortnight"):
        weeks = steps * (2 if unit == "fortnight" else 1)
        if base_precision not in ("day", "week"):
            return _coarse(add_months(base, round(weeks / 4.345)), base_precision)
        return Normal("DATE", iso_week(base + dt.timedelta(weeks=weeks)), "week")
    if unit in ("month", "season"):
        months = steps * (3 if unit == "season" else 1)
        if base_precision == "year":
            return _coarse(add_months(base, months), "year")
        return Normal("DATE", add_months(base, months).strftime("%Y-%m"), "month")
    if unit == "quarter":
        year, quarter = shift_quarter(base.year, quarter_of(base), steps)
        return Normal("DATE", f"{year:04d}-Q{quarter}", "quarter")
    years = steps * sem.unit.factor
    return Normal("DATE", f"{base.year + years:04d}", "year")


# How coarse each precision is, and the shortest period a part counted in a unit can be a part
# of: "the first days" of a week or longer, "the early months" of a year or longer.
PRECISION_RANK = {"time": 0, "day": 1, "week": 2, "month": 3, "quarter": 4, "season": 4,
                  "half": 5, "year": 6, "decade": 7, "century": 8}
PART_CONTAINER = {"hour": "day", "day": "week", "week": "month", "month": "year",
                  "year": "decade"}


def _part(sem: Sem, ctx: Context) -> Normal:
    """ "the early months": the start (or end) of the last date mentioned if it is long enough
    to hold them (a year for months), else of the last year mentioned; else an unanchored past
    (or future) reference."""
    needed = PRECISION_RANK[PART_CONTAINER.get(sem.unit.name, "year")]
    for value in (ctx.anchor, ctx.year):
        precision = _precision_of(value)
        if precision and PRECISION_RANK.get(precision, 0) >= needed:
            return Normal("DATE", value.split("T")[0], precision, sem.mod)
    return Normal("DATE", "FUTURE_REF" if ctx.direction > 0 else "PAST_REF", "unknown")


def _precision_of(value: str | None) -> str | None:
    """The precision of a date value: a decade (199) and a century (19) included."""
    if not value:
        return None
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    if re.fullmatch(r"\d{2}", value):
        return "century"
    parsed = parse_value(value)
    return parsed[1] if parsed else None


def _is_quarter(value: str | None) -> bool:
    return bool(value and re.fullmatch(r"\d{4}-Q[1-4]", value))


def _coarse(day: dt.date, precision: str) -> Normal:
    if precision == "month":
        return Normal("DATE", day.strftime("%Y-%m"), "month")
    if precision == "quarter":
        return Normal("DATE", f"{day.year:04d}-Q{quarter_of(day)}", "quarter")
    if precision == "week":
        return Normal("DATE", iso_week(day), "week")
    return Normal("DATE", f"{day.year:04d}", "year")


def _quarter(sem: Sem, ctx: Context) -> Normal:
    dct = ctx.dct
    if sem.kind == "half":
        year = sem.year or (dct.year + (sem.shift or 0) if dct else None)
        return Normal("DATE", f"{year:04d}-H{sem.half}" if year else f"XXXX-H{sem.half}", "half")
    if sem.year is not None:
        year = sem.year
    elif sem.shift is not None and dct:
        year = dct.year + sem.shift
    else:
        year = None
    if sem.year_ago and sem.quarter and sem.quarter > 0:
        anchor = parse_value(ctx.quarter) if ctx.quarter else None
        base_year = anchor[0].year if anchor else (dct.year if dct else None)
        if base_year is None:
            return Normal("DATE", f"XXXX-Q{sem.quarter}", "quarter")
        return Normal("DATE", f"{base_year - 1:04d}-Q{sem.quarter}", "quarter")
    if sem.quarter in (-1, 0):
        anchor = parse_value(ctx.quarter) if sem.year_ago and ctx.quarter else None
        if anchor and anchor[1] == "quarter":
            y, q = shift_quarter(anchor[0].year, quarter_of(anchor[0]), -4)
            return Normal("DATE", f"{y:04d}-Q{q}", "quarter")
        if dct is None:
            return Normal("DATE", "XXXX-QX", "quarter")
        y, q = shift_quarter(dct.year, quarter_of(dct), sem.quarter)
        if sem.year_ago:
            y -= 1
        elif year is not None:
            y = year
        return Normal("DATE", f"{y:04d}-Q{q}", "quarter")
    if year is None:
        if dct is None:
            return Normal("DATE", f"XXXX-Q{sem.quarter}", "quarter")
        now = dct.year * 4 + quarter_of(dct) - 1

        def cost(candidate: int) -> float:
            diff = candidate * 4 + sem.quarter - 1 - now
            if diff > 0 and ctx.direction <= 0:
                return diff + AHEAD_IN_PAST_QUARTERS
            if diff < 0 and ctx.direction > 0:
                return -diff + BEHIND_IN_FUTURE_QUARTERS
            return abs(diff)

        year = min((dct.year - 1, dct.year, dct.year + 1), key=cost)
    return Normal("DATE", f"{year:04d}-Q{sem.quarter}", "quarter")


def _season(sem: Sem, ctx: Context) -> Normal:
    if sem.year is not None:
        return Normal("DATE", f"{sem.year:04d}-{sem.season}", "season")
    dct = ctx.dct
    if dct is None:
        return Normal("DATE", f"XXXX-{sem.season}", "season")
    year, now = season_of(dct)
    target, here = SEASONS.index(sem.season), SEASONS.index(now)
    if sem.ordinal is not None or sem.shift == 0 and ctx.direction > 0:
        year = year if target >= here else year + 1
    elif sem.shift == 0 and ctx.direction < 0:
        pass  # "this spring" in a past clause: the season of the dct's year
    elif sem.shift == 0:  # "this summer", tense unknown: the nearest one
        now = dct.year * 12 + dct.month
        year = min((year - 1, year, year + 1),
                   key=lambda y: abs(y * 12 + SEASON_MIDDLE_MONTH[sem.season] - now))
    elif sem.shift == -1:
        year = year if target < here else year - 1
    elif sem.shift == 1:
        year = year if target > here else year + 1
    elif ctx.direction > 0:
        year = year if target >= here else year + 1
    else:
        year = year if target <= here else year - 1
    return Normal("DATE", f"{year:04d}-{sem.season}", "season")


def _decade(sem: Sem, ctx: Context) -> Normal:
    return Normal("DATE", f"{sem.decade:03d}", "decade")


def _century(sem: Sem, ctx: Context) -> Normal:
    return Normal("DATE", f"{sem.century:02d}", "century")


SMALLER_UNIT = {("Y", False): (12, "M", False), ("M", False): (30, "D", False),
                ("W", False): (7, "D", False), ("D", False): (24, "H", True),
                ("H", True): (60, "M", True), ("M", True): (60, "S", True)}
VAGUE_CODE = {10: "DE", 100: "CE", 1000: "ML"}


def duration_value(amount: float | None, code: str, time: bool, factor: int = 1) -> str:
    """TIMEX3 duration: P2Y, PT6H, P2Y6M for 2 1/2 years, PXY for "several years"."""
    prefix = "PT" if time else "P"
    if amount is None:
        return prefix + "X" + VAGUE_CODE.get(factor, code)
    total = amount * factor
    whole = int(total)
    if float(total).is_integer():
        return f"{prefix}{whole}{code}"
    smaller = SMALLER_UNIT.get((code, time))
    if smaller is None:
        return f"{prefix}{total:g}{code}"
    mult, code2, time2 = smaller
    rest = round((total - whole) * mult)
    head = f"{whole}{code}" if whole else ""
    if time2 and not time:
        return f"P{head}T{rest}{code2}"
    return f"{prefix}{head}{rest}{code2}"


def _duration(sem: Sem, ctx: Context) -> Normal:
    unit = sem.unit
    value = duration_value(sem.amount, unit.code, unit.time, unit.factor)
    return Normal("DURATION", value, None)


def _set(sem: Sem, ctx: Context) -> Normal:
    return Normal("SET", sem.value or "P1D", None)


def _ref(sem: Sem, ctx: Context) -> Normal:
    return Normal("DATE", sem.value or "PRESENT_REF", "unknown")


def _clock(sem: Sem, ctx: Context) -> Normal:
    kind = sem.kind.split("-")[1] if "-" in sem.kind else None
    if kind:
        day_sem = Sem(kind, year=sem.year, month=sem.month, day=sem.day, weekday=sem.weekday,
                      shift=sem.shift)
        date_normal = _HANDLERS[kind](day_sem, ctx)
        date = date_normal.value
    else:  # a bare clock time: on the day the text last mentioned, else the dct
        anchor = parse_value(ctx.anchor) if ctx.anchor else None
        if anchor and anchor[1] == "day":
            date = anchor[0].isoformat()
        else:
            date = ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX"
    hour = sem.hour if sem.hour is not None else 0
    return Normal("TIME", f"{date}T{hour:02d}:{sem.minute or 0:02d}", "time")


_HANDLERS = {
    "date": _date_value,
    "weekday": _weekday,
    "holiday": _holiday,
    "week_of": _week_of,
    "dayword": _dayword,
    "relative": _relative,
    "offset": _offset,
    "part": _part,
    "quarter": _quarter,
    "half": _quarter,
    "season": _season,
    "decade": _decade,
    "century": _century,
    "duration": _duration,
    "set": _set,
    "ref": _ref,
    "clock": _clock,
}
