"""JSON Lines sink: one output record per line, written as it comes."""

from __future__ import annotations

import sys
from collections.abc import Iterable
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
        for doc in documents:
            self._handle.write(doc.to_json())
            self._handle.write("\n")
            self.written += 1
        self._handle.flush()

    def close(self) -> None:
        if self._handle is not sys.stdout:
            self._handle.close()
