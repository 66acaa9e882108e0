"""A token grammar that finds temporal expressions and reads their meaning (``Sem``).

It works on plain words (``Word``): the spaCy component passes the Doc's tokens, the tests pass
words split by ``tokenize``. Extents follow TimeML habits (learned from TimeBank and checked on
AQUAINT): determiners and modifiers belong to the expression ("the past two months", "late
Wednesday", "a year ago", "earlier this year"), prepositions do not ("on", "in", "since").

The rules are grouped by what they read, one module each: ``dates`` (calendar dates),
``quarters`` (quarters and halves), ``anchored_dates`` (dates modified by or counted from
another date), ``durations`` (amounts of time and offsets), ``sets_times`` (frequencies, clock
times, references); ``words`` holds ``Word``, ``tokenize`` and the readers they share. This
module puts them together and runs them: longest match first, left to right.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dateline.time.anchored_dates import AnchoredDateRules
from dateline.time.dates import DateRules
from dateline.time.durations import EXTRA_WORDS, DurationRules
from dateline.time.lexicon import Lexicon, load_lexicon
from dateline.time.quarters import QuarterRules
from dateline.time.sem import Sem
from dateline.time.sets_times import SetTimeRules
from dateline.time.words import (
    DECADE_WORDS,
    DURATION_LEADS,
    OFFSET_BACK,
    PERIOD_WORDS,
    QUARTER_LEADS,
    Match,
    Word,
    tokenize,
)

__all__ = ["Grammar", "Match", "Word", "default_grammar", "find_timexes", "tokenize"]


class Grammar(DateRules, QuarterRules, AnchoredDateRules, DurationRules, SetTimeRules):
    """Finds the temporal expressions in a word sequence: longest match first, left to right."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lx = lexicon or load_lexicon()
        self.core_dates: list[Callable[[Sequence[Word], int], tuple[int, Sem] | None]] = [
            self.month_date, self.iso_date, self.year, self.decade, self.weekday,
            self.dayword, self.relative, self.season, self.quarter, self.holiday,
        ]
        self.rules = [*self.core_dates, self.positioned, self.period_part, self.approximate,
                      self.duration,
                      self.offset, self.reference, self.frequency, self.clock, self.anchor_day,
                      self.around_relative, self.that_unit, self.century, self.week_of,
                      self.year_end]
        self.starts = self.start_words()

    # -- driver ------------------------------------------------------------------------------

    def start_words(self) -> frozenset[str]:
        """Every word an expression can begin with: the rules run only where one stands."""
        lx = self.lx
        words = set(lx.months) | set(lx.weekdays) | set(lx.seasons) | set(lx.parts_of_day)
        words |= set(lx.units) | set(lx.unit_plurals) | set(lx.number_words)
        words |= set(lx.vague_amounts) | set(lx.ordinals) | set(lx.position_mods)
        words |= set(lx.period_parts) | {f"{day}s" for day in lx.weekdays}
        words |= set(lx.shifts) | set(lx.day_words) | set(lx.set_words)
        for phrases in (lx.references, lx.approx_phrases, lx.holidays):
            words |= {word for phrase in phrases for word in phrase}
        words |= {w for phrase in lx.floating_holidays for w in phrase}
        words |= {"every", "each", "per", "earlier", "later", "fiscal", "calendar", "noon",
                  "midnight", "midday", "couple", "year-ago", "year-earlier",
                  "q1", "q2", "q3", "q4"}
        words |= set(QUARTER_LEADS) | DURATION_LEADS | PERIOD_WORDS | set(OFFSET_BACK)
        words |= {"time", "that", "same", "comparable", "corresponding", "full", "calendar",
                  "early", "late", "mid", "middle", "end", "beginning", "start", "close", "turn"}
        words |= set(DECADE_WORDS) | EXTRA_WORDS | {"then"}
        return frozenset(words - {"the", "a", "an", "this"})

    def can_start(self, words: Sequence[Word], i: int) -> bool:
        w = words[i].lower
        if w in self.starts or w[:1].isdigit() or w.startswith(("mid-", "'")):
            return True
        if w in ("the", "a", "an", "this") and i + 1 < len(words):
            nxt = words[i + 1].lower
            return nxt in self.starts or nxt[:1].isdigit() or nxt.startswith(("mid-", "'"))
        return False

    def find(self, words: Sequence[Word]) -> list[Match]:
        matches: list[Match] = []
        i = 0
        while i < len(words):
            if not self.can_start(words, i):
                i += 1
                continue
            best = self.parse_at(words, i, self.rules)
            if best is None:
                i += 1
                continue
            end, sem = best
            matches.append(Match(i, end, sem))
            i = end
        return matches

    def parse_at(self, words: Sequence[Word], i: int, rules) -> tuple[int, Sem] | None:
        best = None
        for rule in rules:
            found = rule(words, i)
            if found is not None and found[0] > i and (best is None or found[0] > best[0]):
                best = found
        return best


_GRAMMAR: Grammar | None = None


def default_grammar() -> Grammar:
    """The grammar over the default lexicon (built on first use, not at import)."""
    global _GRAMMAR
    if _GRAMMAR is None:
        _GRAMMAR = Grammar()
    return _GRAMMAR


def find_timexes(words: Sequence[Word]) -> list[Match]:
    return default_grammar().find(words)
