"""Country codes and names for exports, from the countries table kept as data."""

from __future__ import annotations

from functools import cache

from dateline.resources import load_table


@cache
def _by_code() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for row in load_table("countries.csv"):
        table[row["iso2"]] = row
        table[row["iso3"]] = row
    return table


def country_row(code: str | None) -> dict[str, str] | None:
    """The row of an alpha-2 or alpha-3 code, or None."""
    return _by_code().get(code.upper()) if code else None


def iso3(code: str | None) -> str | None:
    row = country_row(code)
    return row["iso3"] if row else None


def country_name(code: str | None) -> str | None:
    row = country_row(code)
    return row["name"] if row else None
