"""The HTTP JSON API and web explorer over a store: ``create_app(db_path)``, ``serve(...)``."""

from __future__ import annotations

import ipaddress
from pathlib import Path

LOOPBACK_NAMES = frozenset({"localhost", "ip6-localhost", "ip6-loopback"})
MAX_CONCURRENCY = 256  # connections beyond this get 503 instead of exhausting the process


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine (127.0.0.0/8, ::1)."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the explorer with uvicorn (bound to loopback unless told otherwise)."""
    import uvicorn

    from dateline.api.app import create_app

    uvicorn.run(create_app(db_path), host=host, port=port, log_level="warning",
                limit_concurrency=MAX_CONCURRENCY, server_header=False)


__all__ = ["is_loopback", "serve"]
