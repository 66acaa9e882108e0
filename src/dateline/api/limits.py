"""Request limits for the API, as a plain ASGI middleware: URL length, body size, methods.

The API only reads: it accepts GET and HEAD with no body. Anything larger than the limits is
refused before a route runs (414 for a long URL, 413 for a body, 405 for another method).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_URL_BYTES = 4096
MAX_BODY_BYTES = 16 * 1024
ALLOWED_METHODS = frozenset({"GET", "HEAD"})


class RequestLimits:
    """Refuse oversized or non-read requests before they reach the application."""

    def __init__(self, app: ASGIApp, max_url: int = MAX_URL_BYTES,
                 max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_url = max_url
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] not in ALLOWED_METHODS:
            await _refuse(send, 405, "only GET and HEAD are allowed", {"allow": "GET, HEAD"})
            return
        if len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"") > (
                self.max_url):
            await _refuse(send, 414, f"the URL is longer than {self.max_url} bytes")
            return
        length = _content_length(scope)
        if length is None or length > self.max_body:
            await _refuse(send, 413, f"the request body is larger than {self.max_body} bytes")
            return
        await self.app(scope, _capped(receive, self.max_body), send)


def _content_length(scope: Scope) -> int | None:
    """The declared body size (0 when none is declared); None when it is not a number."""
    for name, value in scope.get("headers") or []:
        if name.lower() == b"content-length":
            try:
                return max(0, int(value))
            except ValueError:
                return None
    return 0


def _capped(receive: Receive, limit: int) -> Receive:
    """A receive callable that stops a chunked body at ``limit`` bytes."""
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        message = await receive()
        if message.get("type") == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise ValueError("request body over the limit")
        return message

    return wrapped


async def _refuse(send: Send, status: int, detail: str,
                  extra: dict[str, str] | None = None) -> None:
    body = ('{"detail": "' + detail + '"}').encode()
    headers = [(b"content-type", b"application/json"),
               (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in (extra or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
