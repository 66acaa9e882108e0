"""Which articles tell the same story: the overlap of their titles and named entities.

Each article becomes a set of terms: the content words of its title and the canonical names of
its named entities (people, organisations, places, groups, facilities, named events). Terms
are weighted by inverse document frequency over the store, so that a name in every article
("United States") counts for little and a rare one (a train's name, a town) for much; two
articles tell one story when the cosine of their weighted term sets is high.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping

from spacy.lang.en.stop_words import STOP_WORDS

STORY_MIN = 0.3  # cosine at and above which two articles tell one story
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def title_terms(title: str | None) -> set[str]:
    """The content words of a title, lower-cased, possessive and light suffixes cut off."""
    terms = set()
    for word in _WORD.findall((title or "").casefold()):
        word = re.sub(r"['’]s$", "", word)
        if len(word) < 3 or word in STOP_WORDS:
            continue
        terms.add("w:" + _stem(word))
    return terms


def _stem(word: str) -> str:
    """A light suffix cut so that "attacks", "attacked" and "attacking" compare equal."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def story_terms(title: str | None, entity_names: Iterable[str]) -> set[str]:
    """The terms an article's story is compared on."""
    names = {"e:" + " ".join(name.casefold().split()) for name in entity_names if name}
    return title_terms(title) | names


class StoryIndex:
    """Inverse-document-frequency weighted cosine between the term sets of articles."""

    def __init__(self, terms: Mapping[str, set[str]]) -> None:
        self.terms = dict(terms)
        df = Counter(t for ts in self.terms.values() for t in ts)
        n = max(1, len(self.terms))
        self.idf = {t: math.log((1 + n) / (1 + f)) + 1.0 for t, f in df.items()}
        self._norm = {a: math.sqrt(sum(self.idf[t] ** 2 for t in ts)) or 1.0
                      for a, ts in self.terms.items()}

    def similarity(self, a: str, b: str) -> float:
        if a == b:
            return 1.0
        ta, tb = self.terms.get(a, set()), self.terms.get(b, set())
        shared = sum(self.idf[t] ** 2 for t in ta & tb)
        return shared / (self._norm[a] * self._norm[b]) if shared else 0.0

    def same_story(self, a: str, b: str, threshold: float = STORY_MIN) -> bool:
        return self.similarity(a, b) >= threshold


def read_story_index(conn: sqlite3.Connection) -> StoryIndex:
    """The story terms of every article in a store."""
    names: dict[str, list[str]] = {}
    marks = ", ".join("?" * len(ENTITY_LABELS))
    for article_id, name in conn.execute(
            f"SELECT article_id, coalesce(canonical, text) FROM entities "
            f"WHERE label IN ({marks})", ENTITY_LABELS):
        names.setdefault(article_id, []).append(name)
    return StoryIndex({aid: story_terms(title, names.get(aid, ()))
                       for aid, title in conn.execute("SELECT id, title FROM articles")})
