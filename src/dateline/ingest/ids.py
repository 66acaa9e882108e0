"""Content-hash ids: the same text always gets the same id, so a re-run adds nothing twice."""

from __future__ import annotations

import hashlib
import re

_SPACE = re.compile(r"\s+")


def text_id(text: str) -> str:
    normalized = _SPACE.sub(" ", text).strip().casefold()
    return hashlib.sha1(normalized.encode("utf-8")).hexdigest()
