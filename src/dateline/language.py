"""Which language an article is in: a small offline model of function words kept as data.

dateline's pipeline is English. A non-English article is flagged (and, by option, skipped)
instead of being silently mis-read. The model is a table of frequent function words per
language (``resources/language_stopwords.yaml``) plus the share of letters in each script,
so it needs no download and no extra package.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from dateline.resources import load_yaml

SAMPLE_CHARS = 20_000
MIN_WORDS = 20  # fewer words than this: too little evidence, the text is not flagged
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Language:
    """A detection: ISO 639-1 code (or ``und-<Script>``), and how sure the model is."""

    code: str
    confidence: float
    words: int

    @property
    def is_english(self) -> bool:
        return self.code in ("en", "und")


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    table = load_yaml("language_stopwords.yaml")
    return {code: frozenset(str(w).casefold() for w in words) for code, words in table.items()}


def script_of(char: str) -> str:
    """The script of a letter, from its Unicode name (LATIN, CYRILLIC, ARABIC, CJK, ...)."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def detect_language(text: str) -> Language:
    """Detect the language of ``text`` from its first ``SAMPLE_CHARS`` characters."""
    sample = text[:SAMPLE_CHARS]
    # acronyms (NATO, UN, EU) say nothing about the language around them
    words = [w.casefold() for w in _WORD.findall(sample) if not (len(w) > 1 and w.isupper())]
    if not words:
        return Language("und", 0.0, 0)
    scripts: dict[str, int] = {}
    for word in words:
        script = script_of(word[0])
        scripts[script] = scripts.get(script, 0) + len(word)
    letters = sum(scripts.values())
    main_script, main_letters = max(scripts.items(), key=lambda kv: kv[1])
    lists = _stopwords()
    scores = {code: sum(w in vocab for w in words) / len(words) for code, vocab in lists.items()}
    best = max(scores, key=lambda code: scores[code])
    if main_script != "LATIN" and main_letters > 0.5 * letters:
        if scores[best] >= 0.05 and script_of(next(iter(lists[best]))[0]) == main_script:
            return Language(best, min(1.0, 2 * scores[best]), len(words))
        return Language(f"und-{main_script.title()}", main_letters / letters, len(words))
    if len(words) < MIN_WORDS or scores[best] < 0.05:
        return Language("und", 0.0, len(words))
    runner_up = max((s for c, s in scores.items() if c != best), default=0.0)
    confidence = (scores[best] - runner_up) / scores[best]
    return Language(best, round(confidence, 3), len(words))
