"""Shared helpers of the geo tests."""

import pytest

from dateline.geo.recognize import Mention


def _mentions_of(text: str, names: list[str]) -> list[Mention]:
    """Mentions of ``names`` in ``text``, found in order, as the recognizer would give them."""
    found, at = [], 0
    for name in names:
        start = text.index(name, at)
        found.append(Mention(start, start + len(name), 0, 0, name, "test"))
        at = start + len(name)
    return found


@pytest.fixture(scope="session")
def mentions_of():
    return _mentions_of
