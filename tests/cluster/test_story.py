"""Which articles tell the same story: weighted overlap of title words and entity names."""

from __future__ import annotations

import pytest

from dateline.cluster.story import StoryIndex, story_terms, title_terms


@pytest.mark.parametrize(("title", "terms"), [
    ("Gunmen attack hotel", {"w:gunmen", "w:attack", "w:hotel"}),
    ("Attacks on hotels", {"w:attack", "w:hotel"}),
    ("Rebels attacked the town", {"w:rebel", "w:attack", "w:town"}),
    ("Army's attacking units", {"w:army", "w:attack", "w:unit"}),
    ("Congress passes bill", {"w:congress", "w:pass", "w:bill"}),
    ("The law of 2024", {"w:law"}),
    (None, set()),
])
def test_title_terms(title, terms) -> None:
    assert title_terms(title) == terms


def test_entity_names_are_whole_terms() -> None:
    assert story_terms(None, ["Blue  Nile State", "UN"]) == {"e:blue nile state", "e:un"}


def index() -> StoryIndex:
    common = story_terms(None, ["United Nations"])
    return StoryIndex({
        "a": story_terms("Flood hits river town", ["Riverton", "United Nations"]),
        "b": story_terms("River town counts flood damage", ["Riverton", "United Nations"]),
        "c": story_terms("Talks on trade resume", ["United Nations"]),
        "d": story_terms("Election results delayed", ["United Nations"]),
        "e": common, "f": common,
    })


@pytest.mark.parametrize(("a", "b", "same"), [
    ("a", "b", True),   # a rare place and the title's words
    ("a", "c", False),  # only a name every article has
    ("c", "d", False),
])
def test_same_story(a, b, same) -> None:
    assert index().same_story(a, b) is same


def test_similarity_is_symmetric_and_bounded() -> None:
    idx = index()
    assert idx.similarity("a", "a") == 1.0
    assert idx.similarity("a", "b") == idx.similarity("b", "a")
    assert 0.0 <= idx.similarity("a", "c") < idx.similarity("a", "b") <= 1.0
    assert idx.similarity("a", "unknown") == 0.0
