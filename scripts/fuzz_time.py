"""Fuzz the time normalizer for a bounded time: phrases built from temporal words, numbers
and noise, against document dates across the calendar (leap days, year ends, far years).

    python scripts/fuzz_time.py --seconds 60

Checks: no exception escapes ``normalize_phrase`` and ``find_timexes``; every value it returns
matches the TIMEX3 pattern of schema/document.schema.json. Prints each failing input once and
exits 1 if there was one. The run is bounded by --seconds and --max-examples.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.time.grammar import find_timexes, tokenize
from dateline.time.normalize import normalize_phrase

SCHEMA = Path(__file__).resolve().parents[1] / "schema" / "document.schema.json"
WORDS = ["last", "next", "this", "coming", "past", "early", "late", "mid", "end", "of", "the",
         "on", "in", "since", "until", "ago", "before", "after", "week", "weeks", "month",
         "months", "year", "years", "day", "days", "decade", "century", "quarter", "first",
         "second", "third", "fourth", "Q1", "Q4", "spring", "summer", "autumn", "fall", "winter",
         "Monday", "Wednesday", "Sunday", "weekend", "morning", "evening", "night", "tonight",
         "today", "yesterday", "tomorrow", "January", "February", "Feb", "Sept.", "December",
         "1990s", "'90s", "2024", "2025", "1999", "0", "00", "29", "30", "31", "32", "99", "999",
         "9999", "10000", "-1", "1e9", "three", "twenty", "half", "a", "few", "several", "dozen",
         "hours", "minutes", "noon", "midnight", "p.m.", "a.m.", "12:30", "25:61", "24:00", ",",
         ".", "-", "/", "2025-02-29", "29/02/2024", "Christmas", "Easter", "Ramadan", "fiscal",
         "Independence", "Day", "every", "each", "daily", "annual", "once", "twice"]

_failures: dict[str, str] = {}


def timex_pattern() -> re.Pattern[str]:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return re.compile(schema["$defs"]["timex3"]["pattern"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--max-examples", type=int, default=100_000)
    parser.add_argument("--years", default="1-9999",
                        help="range of document-date years, e.g. 1900-2100 (default 1-9999)")
    args = parser.parse_args(argv)
    valid = timex_pattern()
    stop_at = time.monotonic() + args.seconds
    runs = 0

    first, last = (int(y) for y in args.years.split("-"))
    low, high = dt.date(first, 1, 1), dt.date(last, 12, 31)
    dates = st.dates(min_value=low, max_value=high) | st.sampled_from(
        [d for d in (dt.date(2024, 2, 29), dt.date(2025, 12, 31), dt.date(2025, 1, 1), low, high)
         if low <= d <= high])
    phrases = st.lists(st.sampled_from(WORDS) | st.text(max_size=4), min_size=1,
                       max_size=6).map(" ".join)

    @settings(max_examples=min(500, args.max_examples), deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(phrase=phrases, dct=dates | st.none(),
           tense=st.sampled_from(["past", "present", "future", None]))
    def probe(phrase: str, dct: dt.date | None, tense: str | None) -> None:
        nonlocal runs
        if time.monotonic() > stop_at or runs >= args.max_examples:
            return
        runs += 1
        key = f"normalize_phrase({phrase!r}, {dct.isoformat() if dct else None!r}, {tense!r})"
        try:
            find_timexes(tokenize(phrase))
            normal = normalize_phrase(phrase, dct, tense)
        except Exception as exc:  # noqa: BLE001 - the fuzzer reports every escape
            kind = f"{type(exc).__name__}: {exc}"
            if kind not in _failures:
                _failures[kind] = key + "\n" + traceback.format_exc(limit=-3)
            return
        if normal is not None and not valid.match(normal.value or ""):
            kind = f"invalid TIMEX3 value {normal.value!r}"
            _failures.setdefault(kind, key)

    while time.monotonic() < stop_at and runs < args.max_examples:
        probe()  # rounds of up to 500 random inputs, until the time or the count is spent
    print(f"fuzz_time: {runs} inputs in at most {args.seconds:.0f} s, "
          f"{len(_failures)} distinct failures")
    for kind, example in _failures.items():
        print(f"\n== {kind}\n{example}")
    return 1 if _failures else 0


if __name__ == "__main__":
    sys.exit(main())
