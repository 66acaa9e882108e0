"""The one loader for dateline's resources: dictionaries, tables and patterns kept as data.

Files live beside this module (CSV with a header row, or YAML). Multi-valued CSV cells are
separated by ``|``. Every table is loaded once per process and cached.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path
from typing import Any

import yaml

RESOURCE_DIR = Path(__file__).parent


def resource_path(name: str) -> Path:
    path = RESOURCE_DIR / name
    if not path.is_file():
        raise FileNotFoundError(f"dateline resource not found: {name}")
    return path


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a CSV resource as dicts (read-only by convention; the tuple is shared)."""
    with resource_path(name).open(encoding="utf-8", newline="") as handle:
        rows = [
            {k.strip(): (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(line for line in handle if not line.startswith("#"))
        ]
    return tuple(rows)


@cache
def load_yaml(name: str) -> Any:
    with resource_path(name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def split_cell(value: str | None) -> list[str]:
    """Split a multi-valued cell (``a|b|c``) into its non-empty parts."""
    if not value:
        return []
    return [part.strip() for part in value.split("|") if part.strip()]
