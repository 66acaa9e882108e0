"""Rules for durations and offsets: "three years", "the past two months", "nearly two years",
"two days ago", "a week later".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dateline.time.sem import Sem
from dateline.time.words import (
    ANCHORED_OFFSETS,
    DURATION_LEADS,
    OFFSET_BACK,
    YEAR_RE,
    Word,
    WordReader,
    _verb_last,
)

# "over" means "more than" after these words ("for over a week", "lasted over a year"); after
# others it is the preposition ("evolved over several years").
OVER_MEANS_MORE_THAN = frozenset({"for", "in", "after", "of", "last", "lasts", "lasted",
                                  "lasting", "take", "takes", "took", "taken", "wait", "waited",
                                  "spent", "spend", "than"})
EXTRA_WORDS = frozenset({"more", "additional", "extra", "further"})


class DurationRules(WordReader):
    """Amounts of time, and amounts of time before or after a date."""

    def approximate(self, words: Sequence[Word], i: int):
        if self.low(words, i) == "around":  # "around Nov. 1", "around 7:15 p.m."
            found = self.parse_at(words, i + 1, [self.clock, self.month_date, self.weekday,
                                                 self.year_end])
            if found:
                return found[0], replace(found[1], mod="APPROX")
        for end, mod in self.phrases_at(self.lx.approx_index, words, i):
            if self.amount_at(words, end) is None:
                continue  # "over the past year": a preposition, not an approximation
            if end == i + 1 and self.low(words, i) == "over" and \
                    self.low(words, i - 1) not in OVER_MEANS_MORE_THAN:
                continue  # "spread over three years": the preposition, not "more than"
            found = self.parse_at(words, end, [self.duration, self.offset])
            if found:
                return found[0], replace(found[1], mod=mod)
        return None

    # -- durations, offsets, sets ------------------------------------------------------------

    def duration(self, words: Sequence[Word], i: int):
        j = i
        has_the = self.low(words, j) == "the"
        j += has_the
        lead = None
        if self.low(words, j) in DURATION_LEADS and not _verb_last(words, j):
            lead = self.low(words, j)
            j += 1
        amount = self.amount_at(words, j)
        if amount is None:
            unit = self.unit_at(words, j)
            if unit and unit[1] and lead == "recent" and unit[0].name == "year":
                return None  # "recent years": a past reference (reference rule)
            if unit and unit[1] and has_the and lead is None and \
                    self.low(words, j + 1) == "ahead":
                return j + 2, Sem("duration", unit=unit[0], amount=None)  # "the weeks ahead"
            if unit and unit[1] and lead == "coming":
                return j + 1, Sem("ref", value="FUTURE_REF")  # "the coming months"
            if unit and unit[1] and lead in ("past", "last", "next", "previous", "following",
                                             "first", "final", "remaining", "recent"):
                return j + 1, Sem("duration", unit=unit[0], amount=None)
            if unit and unit[1] and not has_the and lead is None and i > 0 and \
                    self.low(words, i - 1) in ("for", "over", "in", "within", "take", "took",
                                               "takes", "taken", "spent", "spend", "lasted"):
                return j + 1, Sem("duration", unit=unit[0], amount=None)
            return None
        k, value = amount
        upper = self.amount_at(words, k + 1) if self.low(words, k) == "to" else None
        if upper is not None and upper[1] is not None and value is not None \
                and self.unit_at(words, upper[0]) and upper[1] > value:
            k, value = upper[0], None  # "12 to 18 months": a range, the amount unknown
        if self.low(words, k) in EXTRA_WORDS and self.unit_at(words, k + 1):
            k += 1  # "20 more years", "an additional year"
        hyphen = self.low(words, k) == "-"
        unit = self.unit_at(words, k + hyphen)
        if unit is None or (value is not None and value >= 1000 and YEAR_RE.match(
                self.low(words, j))):
            return None  # "the 1988 second quarter": a year, not an amount
        if hyphen and (unit[1] or self.low(words, k + 2) == "-" or
                       self.low(words, k + 2) == "old"):
            return None  # "two-year-old": an age
        if self.low(words, j) in ("a", "an") and not has_the and lead is None and i > 0 \
                and self.low(words, i - 1) in ("times", "twice", "once", "per"):
            return None  # a frequency ("twice a year")
        if self.low(words, k + 1) == "old" or (self.low(words, k + 1) == "-" and
                                                 self.low(words, k + 2) == "old"):
            return None  # "52 years old": an age
        if self.low(words, j) in ("a", "an") and j == i and i > 0 and (
                words[i - 1].tag in ("CD", "NNS") or self.low(words, i - 1)[:1].isdigit()
                or self.low(words, i - 1) in self.lx.unit_plurals):
            return None  # "$2 million a year", "24 hours a day": a rate, not a duration
        if self.low(words, j) in ("a", "an") and value == 1 and (unit[1] or
                                                                 unit[0].name == "second"):
            return None  # "a second time": an ordinal
        if value is not None and value != 1 and not unit[1] and not hyphen and \
                self.low(words, j) not in ("a", "an", "one", "1"):
            pass  # "two year" in speech transcripts: accepted
        end = k + hyphen + 1
        if value is not None and not hyphen and self.low(words, end) == "and" and \
                self.low(words, end + 1) == "a" and self.low(words, end + 2) == "half":
            value, end = value + 0.5, end + 3  # "a minute and a half"
        sem = Sem("duration", unit=unit[0], amount=value)
        if hyphen and has_the and lead is None:
            return None  # "the 14-day strike": the determiner belongs to the noun; i+1 matches
        return end, sem

    def _or_so(self, words: Sequence[Word], j: int) -> int | None:
        """The end of "or so" / "or two" / "or more" at j, or None."""
        if self.low(words, j) != "or":
            return None
        if self.low(words, j + 1) in ("so", "more", "less"):
            return j + 2
        found = self.amount_at(words, j + 1)
        return found[0] if found and found[1] is not None else None

    def offset(self, words: Sequence[Word], i: int):
        amount = self.amount_at(words, i)
        if amount is None:
            unit = self.unit_at(words, i)
            if unit and unit[1] and self.low(words, i + 1) in ("ago", "earlier", "later"):
                return i + 2, Sem("ref", value="PAST_REF" if self.low(words, i + 1) != "later"
                                  else "FUTURE_REF")
            return None
        k, value = amount
        unit = self.unit_at(words, k)
        if unit is None:
            return None
        rough = self._or_so(words, k + 1)  # "a week or so ago", "a year or two ago"
        if rough is not None and self.low(words, rough) in ("ago", "earlier", "later"):
            k = rough - 1
        w = self.low(words, k + 1)
        if w == "from" and self.low(words, k + 2) == "now":
            return k + 3, Sem("offset", unit=unit[0], amount=value, direction=1)
        if w not in OFFSET_BACK or w == "on":
            return None
        if w in ("before", "after") and self.low(words, k + 2) not in (
                "", ".", ",", "that", "the", "this", "last"):
            return None  # "two days after the attack": the event anchors it, not a date
        return k + 2, Sem("offset", unit=unit[0], amount=value, direction=OFFSET_BACK[w],
                          anchored=w in ANCHORED_OFFSETS)
