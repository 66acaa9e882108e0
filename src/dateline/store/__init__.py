"""Where Documents go: the SQLite store (default) and JSON Lines."""

from dateline.store.jsonl import JsonlSink
from dateline.store.sqlite import SqliteStore, connect

__all__ = ["JsonlSink", "SqliteStore", "connect"]
