"""Fuzz the input readers for a bounded time: random bytes, and valid text, JSON Lines and
HTML inputs with random bytes flipped, cut or inserted, in several encodings.

    python scripts/fuzz_readers.py --seconds 60

Checks: no exception escapes ``read_bytes``; every item is an Article (non-empty text, no
invisible characters, a valid or null dct) or a RecordError with a documented code. Prints
each distinct failure once with its input and exits 1 if there was one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import traceback

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.errors import ERROR_CODES, RecordError
from dateline.ingest import read_bytes
from dateline.ingest.readers import read_html, read_jsonl, read_text
from dateline.records import Article

SEEDS = [
    b"date 2025-03-04 Police said 12 people were arrested in Lagos on Tuesday.\n\nMore.",
    json.dumps({"id": "a1", "text": "Troops left Goma on Monday.", "date": "2025-01-02",
                "title": "T"}).encode() + b"\n" + b'{"text": "Second record."}\n',
    b"<html><head><title>Floods</title><meta name='date' content='2025-05-01'></head><body>"
    b"<article><p>Rescue teams reached the flooded villages on Sunday, officials said, and "
    b"handed out food to hundreds of families.</p></article></body></html>",
    "date 2025-01-02 Café \u200b\u202e in Zürich\r\n".encode("cp1252", errors="ignore"),
    "date 2025-01-02 Kyiv".encode("utf-16"),
]
INVISIBLE = set("\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\x00")
_failures: dict[str, str] = {}


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[at:at + draw(st.integers(1, 16))]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:
            del data[at:]
    return bytes(data)


def check(items: list) -> None:
    for item in items:
        if isinstance(item, RecordError):
            assert item.code in ERROR_CODES, f"undocumented code {item.code}"
            continue
        assert isinstance(item, Article), f"unexpected item {type(item).__name__}"
        assert item.text.strip(), "an Article with no text"
        assert not set(item.text) & INVISIBLE, "invisible characters kept"
        if item.dct is not None:
            dt.date.fromisoformat(item.dct)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--max-examples", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    stop_at = time.monotonic() + args.seconds
    runs = 0

    @settings(max_examples=300, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(data=mutated() | st.binary(max_size=2000),
           reader=st.sampled_from([read_text, read_jsonl, read_html, None]))
    def probe(data: bytes, reader) -> None:  # type: ignore[no-untyped-def]
        nonlocal runs
        if time.monotonic() > stop_at or runs >= args.max_examples:
            return
        runs += 1
        try:
            check(list(read_bytes("fuzz", data, None, reader)))
        except Exception as exc:  # noqa: BLE001 - the fuzzer reports every escape
            kind = f"{type(exc).__name__}: {exc}"
            name = getattr(reader, "__name__", "sniffed")
            _failures.setdefault(kind, f"{name}({data!r})\n{traceback.format_exc(limit=-3)}")

    while time.monotonic() < stop_at and runs < args.max_examples:
        probe()
    print(f"fuzz_readers: {runs} inputs in at most {args.seconds:.0f} s, "
          f"{len(_failures)} distinct failures")
    for kind, example in _failures.items():
        print(f"\n== {kind}\n{example[:3000]}")
    return 1 if _failures else 0


if __name__ == "__main__":
    sys.exit(main())
