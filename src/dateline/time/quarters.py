"""Rules for fiscal and calendar quarters and halves: "the third quarter", "Q2",
"the year-ago period", "the second half of 2024".
"""

from __future__ import annotations

from collections.abc import Sequence

from dateline.time.sem import Sem
from dateline.time.words import (
    PERIOD_WORDS,
    QUARTER_LEADS,
    QUARTER_RE,
    Word,
    WordReader,
)


class QuarterRules(WordReader):
    """Quarters and halves of a year, as business reports name them."""

    def quarter(self, words: Sequence[Word], i: int):
        j = i
        sem = Sem("quarter")
        if self.low(words, j) == "the":
            j += 1
        if self.year_at(words, j) and self.low(words, j + 1) == "'s":
            sem.year = self.year_at(words, j)
            j += 2
        elif self.low(words, j) in ("this", "last", "next") and \
                self.low(words, j + 1) == "year" and self.low(words, j + 2) == "'s":
            sem.shift = self.lx.shifts[self.low(words, j)]
            j += 3
        if j > i and self.year_at(words, j) and self.low(words, j + 1) != "'s":
            sem.year = self.year_at(words, j)  # "the 1988 third quarter", "the 1989 period"
            j += 1
        if self.low(words, j) == "fiscal":
            j += 1
        w = self.low(words, j)
        lead = None
        m = QUARTER_RE.match(w)
        if m:
            sem.quarter = int(m[1])
            return self._quarter_year(words, j + 1, sem)
        if w in ("year", "year-ago", "year-earlier") and (
                w != "year" or self.low(words, j + 1) == "-"):
            k = j + 2 if w == "year" else j + 1
            if self.low(words, k) in ("ago", "earlier") or w != "year":
                k += w == "year"
                sem.year_ago = True
                sem.quarter = -1
                if self.low(words, k) in PERIOD_WORDS:
                    return k + 1, sem
                nth = self.lx.ordinals.get(self.low(words, k), 0)
                if 1 <= nth <= 4 and self.low(words, k + 1) == "quarter":
                    sem.quarter = nth  # "the year-earlier third quarter"
                    return k + 2, sem
                if j == i:  # the adjective alone: "year-earlier profit"
                    return k, sem
                return None
        if w in self.lx.ordinals and self.lx.ordinals[w] > 0:
            lead = self.lx.ordinals[w]
            j += 1
        elif w in QUARTER_LEADS:
            lead = w
            j += 1 + (w == "most" and self.low(words, j + 1) == "recent")
        if self.low(words, j) == "-" and lead is not None:
            if j > i and self.low(words, i) == "the":
                return None  # "the third-quarter profit": matched without the determiner
            j += 1
        if self.low(words, j) == "fiscal":
            j += 1
        unit = self.low(words, j)
        if unit not in PERIOD_WORDS:
            return None
        if unit == "period" and lead not in QUARTER_LEADS and sem.year is None:
            return None
        if j == i and unit != "quarter":
            return None
        if isinstance(lead, int):
            if unit == "half":
                if lead > 2:
                    return None
                sem.kind, sem.half = "half", lead
            else:
                if lead > 4:
                    return None
                sem.quarter = lead
        else:
            if unit == "half" and lead == "last" and self.low(words, i) == "the" and \
                    self.low(words, j + 1) == "of":
                sem.kind, sem.half = "half", 2  # "the last half of 1989"
                found = self._quarter_year(words, j + 1, sem)
                return found if found[0] > j + 1 else None
            if unit == "half":
                return None
            sem.quarter = -1 if lead is None or QUARTER_LEADS[lead] < 0 else 0
            if lead is None and self.low(words, i) != "the":
                return None
            if unit == "quarter" and self.low(words, j + 1) in ("a", "one") and \
                    self.low(words, j + 2) == "year" and self.low(words, j + 3) in ("ago",
                                                                                "earlier"):
                sem.year_ago = True  # "the quarter a year ago"
                return j + 4, sem
        return self._quarter_year(words, j + 1, sem)

    def _quarter_year(self, words: Sequence[Word], j: int, sem: Sem) -> tuple[int, Sem]:
        if self.low(words, j) == "of":
            k = j + 1 + (self.low(words, j + 1) == "fiscal")
            if self.year_at(words, k):
                sem.year = self.year_at(words, k)
                return k + 1, sem
            if self.low(words, k) in ("this", "last", "next") and self.low(words, k + 1) == "year":
                sem.shift = self.lx.shifts[self.low(words, k)]
                return k + 2, sem
        if self.year_at(words, j):
            sem.year = self.year_at(words, j)
            return j + 1, sem
        return j, sem
