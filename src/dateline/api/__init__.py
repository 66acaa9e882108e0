"""The HTTP JSON API and web explorer over a store: ``create_app(db_path)``, ``serve(...)``."""

from __future__ import annotations

from pathlib import Path


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the explorer with uvicorn (bound to loopback unless told otherwise)."""
    import uvicorn

    from dateline.api.app import create_app

    uvicorn.run(create_app(db_path), host=host, port=port, log_level="warning")


__all__ = ["serve"]
