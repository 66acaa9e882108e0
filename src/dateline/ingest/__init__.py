"""Read articles from files, directories and stdin, in every format dateline accepts."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from dateline.errors import RecordError
from dateline.ingest.readers import Item, read_html, read_jsonl, read_jsonl_file, read_text
from dateline.records import Article

Reader = Callable[[str, bytes, str | None], Iterator[Item]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
}

__all__ = ["Article", "RecordError", "Item", "read_inputs", "read_bytes", "READERS"]


def read_inputs(paths: Iterable[str | Path], date: str | None = None) -> Iterator[Item]:
    """Yield an Article or a RecordError for every record under the given paths.

    Directories are walked recursively in sorted order; ``-`` reads stdin. Nothing is held in
    memory beyond one file at a time.
    """
    for path in paths:
        if str(path) == "-":
            yield from read_bytes("-", sys.stdin.buffer.read(), date)
            continue
        path = Path(path)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith("."):
                    continue
                yield from read_file(child, date, skip_unknown=True)
        else:
            yield from read_file(path, date)


def read_file(path: Path, date: str | None = None, skip_unknown: bool = False) -> Iterator[Item]:
    reader = READERS.get(path.suffix.lower())
    if reader is None and skip_unknown:
        return
    if reader is read_jsonl:
        yield from read_jsonl_file(path, date)  # streams: a file of any size
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield RecordError(str(path), None, "unreadable", f"cannot read the file: {exc.strerror}")
        return
    yield from read_bytes(str(path), data, date, reader)


def read_bytes(source: str, data: bytes, date: str | None = None,
               reader: Reader | None = None) -> Iterator[Item]:
    """Read one file's bytes with the given reader, or one chosen by sniffing the content."""
    if reader is None:
        reader = sniff_reader(data)
    yield from reader(source, data, date)


def sniff_reader(data: bytes) -> Reader:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return read_html
    if head.startswith(b"{"):
        return read_jsonl
    return read_text
