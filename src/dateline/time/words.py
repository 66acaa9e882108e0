"""Words as the temporal grammar sees them, and the readers every rule shares.

A ``Word`` is one token (text, Penn tag, entity label); ``tokenize`` splits a phrase the way the
spaCy tokenizer does for the cases that matter; ``WordReader`` reads months, years, amounts,
units and parts of day at a position.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from dateline.time.lexicon import Lexicon, Unit, V
from dateline.time.sem import Sem

YEAR_RE = re.compile(r"^(1[0-9]|20|21)\d\d$")
DAY_RE = re.compile(r"^([0-3]?\d)(st|nd|rd|th)?$")
NUMBER_RE = re.compile(r"^\d+(\.\d+)?$")
DECADE_RE = re.compile(r"^(1[0-9]|20)(\d)0'?s$")
SHORT_DECADE_RE = re.compile(r"^'?([0-9])0'?s$")
ISO_RE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
SLASH_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
CLOCK_RE = re.compile(r"^(\d{1,2})(?::(\d{2}))?(am|pm|a\.m\.|p\.m\.)?$")
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
QUARTER_RE = re.compile(r"^q([1-4])$")
YEAR_INTRODUCERS = frozenset({"in", "since", "until", "till", "by", "before", "after", "during",
                              "through", "from", "of", "early", "late", "mid", ","})
MERIDIEM = {"am": 0, "a.m.": 0, "a.m": 0, "pm": 12, "p.m.": 12, "p.m": 12}
TIMEZONES = frozenset({"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
                       "bst", "cet", "cest", "eet", "eest", "msk"})

OFFSET_BACK = {"ago": -1, "earlier": -1, "before": -1, "back": -1, "previously": -1,
               "prior": -1, "later": 1, "after": 1, "hence": 1, "afterward": 1,
               "afterwards": 1, "on": 1}
ANCHORED_OFFSETS = frozenset({"earlier", "before", "later", "after", "prior", "afterward",
                              "afterwards", "on", "previously"})
DURATION_LEADS = frozenset({"past", "last", "next", "first", "coming", "previous", "final",
                            "following", "entire", "whole", "full", "initial", "same",
                            "remaining", "recent", "latest", "early", "later"})
QUARTER_LEADS = {"latest": -1, "last": -1, "recent": -1, "past": -1, "previous": -1,
                 "current": 0, "this": 0, "same": -1, "comparable": -1, "most": -1}
PERIOD_WORDS = frozenset({"quarter", "period", "half"})


class Word:
    """One token as the grammar sees it; ``lower`` is its lookup key (Sept. -> sept).

    A plain class with slots: one is made per token of every document.
    """

    __slots__ = ("text", "tag", "ent", "lower")

    def __init__(self, text: str, tag: str = "", ent: str = "") -> None:
        self.text = text
        self.tag = tag  # Penn tag if known (MD keeps the modal "may" out)
        self.ent = ent  # spaCy entity label if known
        low = text.lower()
        if len(low) > 1 and low[-1] == "." and "." not in low[:-1]:
            low = low[:-1]
        self.lower = low

    def __repr__(self) -> str:
        return f"Word({self.text!r}, {self.tag!r}, {self.ent!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Word) and (self.text, self.tag, self.ent) == (
            other.text, other.tag, other.ent)

    def __hash__(self) -> int:
        return hash((self.text, self.tag, self.ent))


@dataclass(frozen=True)
class Match:
    start: int  # word index, inclusive
    end: int  # word index, exclusive
    sem: Sem


TOKEN_RE = re.compile(
    r"\d{4}-\d{2}(?:-\d{2})?|\d+(?:[.:/,]\d+)*(?:st|nd|rd|th|s)?|'\d0s"
    r"|[ap]\.m\.|o'clock|[Qq][1-4]\b|[A-Za-z]+(?:'s)?\.?|\S"
)


def tokenize(text: str) -> list[Word]:
    """Split a phrase into words the way the spaCy tokenizer does for the cases that matter."""
    words = []
    for piece in TOKEN_RE.findall(text):
        if piece.endswith("'s") and len(piece) > 2:
            words += [Word(piece[:-2]), Word("'s")]
        else:
            words.append(Word(piece))
    return words


class WordReader:
    """Readers of single facts at a word position, over a lexicon."""

    lx: Lexicon

    @staticmethod
    def low(words: Sequence[Word], i: int) -> str:
        return words[i].lower if 0 <= i < len(words) else ""

    def month_at(self, words: Sequence[Word], i: int, strict: bool = True) -> int | None:
        """The month a word names; ambiguous words (May, march) only capitalized, and the
        modal "may" never."""
        w = self.low(words, i)
        if w not in self.lx.months:
            return None
        word = words[i]
        if w in self.lx.ambiguous_months or len(w) <= 4 and not word.text.endswith("."):
            if not word.text[:1].isupper() or word.tag == "MD":
                return None
            period = self.low(words, i + 1) == "."  # "Jan" "." split by the tokenizer
            if len(w) <= 4 and not word.text.endswith(".") and w not in ("may", "june", "july") \
                    and not self._day_or_year(words, i + 1 + period):
                return None  # "Jan Kavan": an abbreviation needs its period or a day
            if strict and w == "may" and not self._day_or_year(words, i + 1) and (
                    word.tag not in ("NNP", "") or i == 0
                    or words[i - 1].lower in (".", "``", '"', "'")):
                return None  # "May I ..." at a sentence start
        return self.lx.months[w]

    def _day_or_year(self, words: Sequence[Word], i: int) -> bool:
        w = self.low(words, i)
        return bool(DAY_RE.match(w) or YEAR_RE.match(w))

    def year_at(self, words: Sequence[Word], i: int) -> int | None:
        """A year; one the tagger calls a CARDINAL only in 1900-2100 after a word that
        introduces a date ("in 2022", "since 2023", "May 2024")."""
        w = self.low(words, i)
        if not YEAR_RE.match(w):
            return None
        if words[i].ent in ("", "DATE", "EVENT", "TIME"):
            return int(w)
        if words[i].ent == "CARDINAL" and 1900 <= int(w) <= 2100 and i > 0 and (
                self.low(words, i - 1) in YEAR_INTRODUCERS
                or self.low(words, i - 1) in self.lx.months):
            return int(w)
        return None

    def spoken_year(self, words: Sequence[Word], i: int) -> tuple[int, int] | None:
        """ "nineteen ninety-four" (transcripts): (end, 1994)."""
        century = {"nineteen": 19, "eighteen": 18, "twenty": 20}.get(self.low(words, i))
        if century is None:
            return None
        found = self.amount_at(words, i + 1)
        if found is None or found[1] is None or not 10 <= found[1] < 100 \
                or self.low(words, i + 1) in ("a", "an"):
            return None
        return found[0], century * 100 + int(found[1])

    def phrases_at(self, index: dict[str, list[tuple[tuple[str, ...], V]]],
                   words: Sequence[Word], i: int) -> Iterator[tuple[int, V]]:
        """(end, value) of each phrase of an index that the words spell at i, longest first."""
        for phrase, value in index.get(self.low(words, i), ()):
            if all(self.low(words, i + k) == phrase[k] for k in range(1, len(phrase))):
                yield i + len(phrase), value

    def amount_at(self, words: Sequence[Word], i: int) -> tuple[int, float | None] | None:
        """A count of units: (end, amount), amount None for vague ones ("several")."""
        w = self.low(words, i)
        if w == "a" and self.low(words, i + 1) == "few":
            return i + 2, None
        if w == "a" and self.low(words, i + 1) == "couple" and self.low(words, i + 2) == "of":
            return i + 3, 2.0
        if w == "couple" and self.low(words, i + 1) == "of":  # "the next couple of years"
            return i + 2, 2.0
        if w in self.lx.vague_amounts:
            return i + 1, None
        if NUMBER_RE.match(w.replace(",", "")):
            value = float(w.replace(",", ""))
            if self.low(words, i + 1) == "1/2":
                return i + 2, value + 0.5
            if self.low(words, i + 1) in ("and", "-") and self.low(words, i + 2) == "a" \
                    and self.low(words, i + 3) == "half":
                return i + 4, value + 0.5
            return i + 1, value
        if w in self.lx.number_words:
            value = self.lx.number_words[w]
            j = i + 1
            if value >= 20 and value % 10 == 0:
                k = j + 1 if self.low(words, j) == "-" else j
                nxt = self.low(words, k)
                if nxt in self.lx.number_words and self.lx.number_words[nxt] < 10:
                    value += self.lx.number_words[nxt]
                    j = k + 1
            if self.low(words, j) == "hundred":
                value *= 100
                j += 1
            if self.low(words, j) == "and" and self.low(words, j + 1) == "a" \
                    and self.low(words, j + 2) == "half":
                value += 0.5
                j += 3
            return j, value
        return None

    def unit_at(self, words: Sequence[Word], i: int) -> tuple[Unit, bool] | None:
        return self.lx.unit(self.low(words, i))

    def pod_after(self, words: Sequence[Word], i: int) -> tuple[int, str | None]:
        w = self.low(words, i)
        if w in self.lx.parts_of_day:
            return i + 1, self.lx.parts_of_day[w]
        return i, None


MODALS = frozenset({"will", "would", "to", "can", "could", "may", "might", "should", "must",
                    "did", "does", "do", "'ll", "not", "n't"})


def _verb_last(words: Sequence[Word], j: int) -> bool:
    """ "will last three days": the verb "last", not the adjective."""
    if words[j].lower != "last":
        return False
    return words[j].tag.startswith("VB") or (j > 0 and words[j - 1].lower in MODALS)


def _amount(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
