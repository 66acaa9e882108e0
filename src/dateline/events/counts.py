"""Counts: killed, injured, missing, arrested, displaced, released, read from numbers.

A number ("26", "twenty-six", "1,000", "dozens of", "20 to 30") counts for the field of the word
it qualifies or that governs it ("killed 26 people", "26 were killed", "26 dead", "the death
toll rose to 26", "22 are missing"). Qualifiers make a bound: "at least 26" -> low 26;
``records.Counts`` holds one int, so dateline stores the low bound (ACLED's convention), and
:func:`read_number` keeps the bounds for callers that want them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from dateline.resources import load_yaml

COUNTS = "event_counts.yaml"
FIELDS = ("killed", "injured", "missing", "arrested", "displaced", "released")
DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$")


@dataclass(frozen=True, slots=True)
class Number:
    value: int
    low: int | None = None
    high: int | None = None
    qualifier: str | None = None  # low | high | approx | range


@cache
def _table() -> dict:
    data = load_yaml(COUNTS)
    by_lemma = {lemma: name for name in FIELDS for lemma in data[name]}
    return {"by_lemma": by_lemma, "numbers": data["numbers"],
            "low": data["low"], "high": data["high"], "approx": data["approx"]}


def word_value(text: str) -> int | None:
    """Value of one number token: digits, "1,000", number words, "twenty-six"."""
    text = text.lower().strip()
    if DIGITS.match(text):
        return int(text.replace(",", ""))
    numbers = _table()["numbers"]
    if text in numbers:
        return int(numbers[text])
    if "-" in text:
        parts = [numbers.get(p) for p in text.split("-")]
        if all(p is not None for p in parts):
            return sum(int(p) for p in parts)
    return None


def read_number(token: Token) -> Number | None:
    """The number a numeric token stands for, with its qualifier ("at least", ranges)."""
    value = word_value(token.text)
    if value is None:
        return None
    doc = token.doc
    # multipliers: "1.5 million", "two hundred"
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ("hundred", "thousand", "million") and value < 1000:
        value *= word_value(nxt.lower_) or 1
    before = doc[max(0, token.i - 3):token.i].text.lower()
    table = _table()
    for name in ("low", "high", "approx"):
        for phrase in table[name]:
            if before.endswith(phrase):
                if name == "low":
                    return Number(value, low=value, qualifier="low")
                if name == "high":
                    return Number(value, high=value, qualifier="high")
                return Number(value, qualifier="approx")
    # ranges: "20 to 30", "20-30"
    if nxt is not None and nxt.lower_ in ("to", "-", "and", "or") and token.i + 2 < len(doc):
        upper = word_value(doc[token.i + 2].text)
        if upper is not None and upper > value:
            return Number(value, low=value, high=upper, qualifier="range")
    return Number(value)


def _field_of(token: Token) -> str | None:
    return _table()["by_lemma"].get(token.lemma_.lower()) or _table()["by_lemma"].get(
        token.lower_)


def count_field(number: Token) -> tuple[str, Token] | None:
    """Which field a number token counts for, and the word that decided it."""
    node = number
    # climb: nummod -> the counted noun -> its verb (or an amod like "dead", "missing")
    for _ in range(4):
        head = node.head
        for child in node.children:
            if child.dep_ in ("amod", "acomp", "advmod") and _field_of(child):
                return _field_of(child), child
        field = _field_of(node) if node is not number else None
        if field:
            return field, node
        if head.i == node.i:
            break
        if node.dep_ == "pobj" and head.dep_ == "prep":  # "rose to 26" / "toll of 26"
            head = head.head
        node = head
        if node.pos_ in ("VERB", "AUX") and not _field_of(node):
            # "26 are missing", "toll rose to 26": look at the verb's other arguments
            for child in node.children:
                if child.dep_ in ("acomp", "attr", "nsubj", "oprd") and _field_of(child):
                    return _field_of(child), child
    return None


def numbers_in(span: Span) -> list[Token]:
    return [t for t in span if (t.like_num or t.lower_ in ("dozens", "hundreds", "thousands"))
            and t.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT")
            and word_value(t.text) is not None
            and not (t.i > 0 and t.doc[t.i - 1].like_num and word_value(t.doc[t.i - 1].text))]


def sentence_counts(span: Span) -> list[tuple[str, Number, Token]]:
    """All (field, number, deciding word) found in a sentence."""
    found = []
    for token in numbers_in(span):
        hit = count_field(token)
        number = read_number(token)
        if hit and number:
            found.append((hit[0], number, hit[1]))
    return found
