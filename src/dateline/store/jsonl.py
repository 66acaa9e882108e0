"""JSON Lines sink: one output record per line, written as it comes."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

from dateline.records import Document


class JsonlSink:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != "-":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._handle: IO[str] = (
            sys.stdout if self.path == "-" else open(self.path, "w", encoding="utf-8")  # noqa: SIM115
        )
        self.written = 0

    def write(self, documents: Iterable[Document]) -> None:
        docs = list(documents)
        self.write_encoded(docs, [doc.to_json() for doc in docs])

    def write_encoded(self, documents: Sequence[Document], encoded: Sequence[str]) -> None:
        """``write``, given each document's JSON (``Document.to_json``) made once for all sinks."""
        for text in encoded:
            self._handle.write(text)
            self._handle.write("\n")
        self.written += len(encoded)
        self._handle.flush()

    def close(self) -> None:
        if self._handle is not sys.stdout:
            self._handle.close()
