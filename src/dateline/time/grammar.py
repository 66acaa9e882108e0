"""A token grammar that finds temporal expressions and reads their meaning (``Sem``).

It works on plain words (``Word``): the spaCy component passes the Doc's tokens, the tests pass
words split by ``tokenize``. Extents follow TimeML habits (learned from TimeBank and checked on
AQUAINT): determiners and modifiers belong to the expression ("the past two months", "late
Wednesday", "a year ago", "earlier this year"), prepositions do not ("on", "in", "since").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from dateline.time.lexicon import Lexicon, Unit, load_lexicon
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


@dataclass(frozen=True)
class Word:
    """One token as the grammar sees it; ``lower`` is its lookup key (Sept. -> sept)."""

    text: str
    tag: str = ""  # Penn tag if known (MD keeps the modal "may" out)
    ent: str = ""  # spaCy entity label if known
    lower: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        low = self.text.lower()
        if len(low) > 1 and low.endswith(".") and "." not in low[:-1]:
            low = low[:-1]
        object.__setattr__(self, "lower", low)


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


class Grammar:
    """Finds the temporal expressions in a word sequence: longest match first, left to right."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lx = lexicon or load_lexicon()
        self.core_dates: list[Callable[[Sequence[Word], int], tuple[int, Sem] | None]] = [
            self.month_date, self.iso_date, self.year, self.decade, self.weekday,
            self.dayword, self.relative, self.season, self.quarter, self.holiday,
        ]
        self.rules = [*self.core_dates, self.positioned, self.approximate, self.duration,
                      self.offset, self.reference, self.frequency, self.clock, self.anchor_day,
                      self.around_relative, self.that_unit, self.century, self.week_of]
        self.starts = self.start_words()

    # -- driver ------------------------------------------------------------------------------

    def start_words(self) -> frozenset[str]:
        """Every word an expression can begin with: the rules run only where one stands."""
        lx = self.lx
        words = set(lx.months) | set(lx.weekdays) | set(lx.seasons) | set(lx.parts_of_day)
        words |= set(lx.units) | set(lx.unit_plurals) | set(lx.number_words)
        words |= set(lx.vague_amounts) | set(lx.ordinals) | set(lx.position_mods)
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
        words |= set(DECADE_WORDS)
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

    # -- helpers -----------------------------------------------------------------------------

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
        w = self.low(words, i)
        if YEAR_RE.match(w) and words[i].ent in ("", "DATE", "EVENT", "TIME"):
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

    def amount_at(self, words: Sequence[Word], i: int) -> tuple[int, float | None] | None:
        """A count of units: (end, amount), amount None for vague ones ("several")."""
        w = self.low(words, i)
        if w == "a" and self.low(words, i + 1) == "few":
            return i + 2, None
        if w == "a" and self.low(words, i + 1) == "couple" and self.low(words, i + 2) == "of":
            return i + 3, 2.0
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

    # -- core dates --------------------------------------------------------------------------

    def month_date(self, words: Sequence[Word], i: int):
        j = i
        weekday = None
        w = self.low(words, j)
        if w in self.lx.weekdays and words[j].text[:1].isupper():
            k = j + 1 + (self.low(words, j + 1) == ",")
            if self.month_at(words, k, strict=False) or DAY_RE.match(self.low(words, k)):
                weekday = self.lx.weekdays[w]
                j = k
        # the 19th of November
        if self.low(words, j) == "the" and DAY_RE.match(self.low(words, j + 1)) \
                and self.low(words, j + 2) == "of":
            month = self.month_at(words, j + 3, strict=False)
            if month:
                return self._with_year(words, j + 4, Sem("date", month=month,
                                                         day=int(DAY_RE.match(
                                                             self.low(words, j + 1))[1])))
        # 19 November (2025)
        m = DAY_RE.match(self.low(words, j))
        if m and 1 <= int(m[1]) <= 31:
            month = self.month_at(words, j + 1, strict=False)
            if month:
                return self._with_year(words, j + 2, Sem("date", month=month, day=int(m[1]),
                                                         weekday=weekday))
        month = self.month_at(words, j, strict=weekday is None)
        if not month:
            return None
        if self.low(words, j + 1) in ("for", "of") and self.year_at(words, j + 2) is None \
                and self.spoken_year(words, j + 2) is None:
            return None  # "the March for Life", "the March of the Mothers": a name
        j += 1
        if self.low(words, j) == "." and len(self.low(words, j - 1)) <= 4:
            j += 1
        nth = self.lx.ordinals.get(self.low(words, j), 0)
        if nth > 0 and self.unit_at(words, j + 1) is None and \
                self.low(words, j + 1) not in PERIOD_WORDS:
            return self._with_year(words, j + 1, Sem("date", month=month, day=nth,
                                                     weekday=weekday))  # "March eighth"
        m = DAY_RE.match(self.low(words, j))
        if m and 1 <= int(m[1]) <= 31 and not YEAR_RE.match(self.low(words, j)) \
                and self.low(words, j + 1) not in ("%", "percent"):
            return self._with_year(words, j + 1, Sem("date", month=month, day=int(m[1]),
                                                      weekday=weekday))
        if weekday is not None:
            return None
        if self.low(words, j) == "of" and self.year_at(words, j + 1):
            return j + 2, Sem("date", year=self.year_at(words, j + 1), month=month)
        if self.low(words, j) in ("this", "last", "next") and self.low(words, j + 1) == "year":
            return j + 2, Sem("date", month=month, year_shift=self.lx.shifts[self.low(words, j)])
        if self.year_at(words, j):
            return j + 1, Sem("date", year=self.year_at(words, j), month=month)
        spoken = self.spoken_year(words, j)
        if spoken:
            return spoken[0], Sem("date", year=spoken[1], month=month)
        if self.low(words, j) == "," and self.year_at(words, j + 1):
            return j + 2, Sem("date", year=self.year_at(words, j + 1), month=month)
        return j, Sem("date", month=month)

    def _with_year(self, words: Sequence[Word], j: int, sem: Sem) -> tuple[int, Sem]:
        k = j + (self.low(words, j) == ",")
        year = self.year_at(words, k)
        if year:
            sem.year = year
            return k + 1, sem
        return j, sem

    def iso_date(self, words: Sequence[Word], i: int):
        w = self.low(words, i)
        m = ISO_RE.match(w)
        if m:
            return i + 1, Sem("date", year=int(m[1]), month=int(m[2]),
                              day=int(m[3]) if m[3] else None)
        m = SLASH_RE.match(w)
        if m and 1 <= int(m[1]) <= 12 and 1 <= int(m[2]) <= 31:
            year = int(m[3]) if len(m[3]) == 4 else 1900 + int(m[3]) + (100 if
                                                                       int(m[3]) < 50 else 0)
            return i + 1, Sem("date", year=year, month=int(m[1]), day=int(m[2]))
        return None

    def year(self, words: Sequence[Word], i: int):
        w = self.low(words, i)
        if w in ("fiscal", "calendar"):
            j = i + 1 + (self.low(words, i + 1) == "year")
            year = self.year_at(words, j)
            if year:
                return j + 1, Sem("date", year=year)
            return None
        if w == "the" and self.low(words, i + 1) == "year" and self.year_at(words, i + 2):
            return i + 3, Sem("date", year=self.year_at(words, i + 2))
        if w == "the" and self.low(words, i + 1) == "current" and \
                self.low(words, i + 2) == "fiscal" and self.low(words, i + 3) == "year":
            return i + 4, Sem("relative", unit=self.lx.units["year"], shift=0)
        if w == "the" and self.low(words, i + 1) in ("fiscal", "full", "calendar", "current") \
                and self.low(words, i + 2) == "year" and not self.year_at(words, i + 3):
            if self.low(words, i + 1) == "fiscal":
                return i + 3, Sem("duration", unit=self.lx.units["year"], amount=1)
            return i + 3, Sem("relative", unit=self.lx.units["year"], shift=0)
        if w == "the" and self.low(words, i + 1) == "year" and \
                self.low(words, i + 2) == "two" and self.low(words, i + 3) == "thousand":
            return i + 4, Sem("date", year=2000)
        if w == "the" and self.low(words, i + 1) in ("year", "week", "weekend", "month") and \
                self.low(words, i + 2) not in ("-", "'s", "of", "before", "after", "ago",
                                               "earlier", "later"):
            if self.low(words, i + 1) == "year":  # "for the year": mostly its length
                return i + 2, Sem("duration", unit=self.lx.units["year"], amount=1)
            return i + 2, Sem("relative", unit=self.lx.units[self.low(words, i + 1)], shift=0)
        spoken = self.spoken_year(words, i)
        if spoken:
            return spoken[0], Sem("date", year=spoken[1])
        year = self.year_at(words, i)
        if year is None or i > 0 and self.low(words, i - 1) in ("$", "#", "no", "number"):
            return None
        nxt = self.low(words, i + 1)
        if nxt in ("%", "percent") or (i + 1 < len(words) and words[i + 1].tag == "NNS"):
            return None
        if words[i].ent == "" and words[i].tag and not (1900 <= year <= 2100):
            return None
        return i + 1, Sem("date", year=year)

    def decade(self, words: Sequence[Word], i: int):
        j = i + (self.low(words, i) == "the")
        w = self.low(words, j)
        m = DECADE_RE.match(w)
        if m and j == i:  # TimeML leaves "the" out: "the [1990s]"
            return j + 1, Sem("decade", decade=int(w[:3]))
        if j > i and w in DECADE_WORDS:
            return j + 1, Sem("decade", decade=190 + DECADE_WORDS[w])
        m = SHORT_DECADE_RE.match(w)
        if m and (w.startswith("'") or j > i):
            return j + 1, Sem("decade", decade=190 + int(m[1]))
        return None

    def weekday(self, words: Sequence[Word], i: int):
        w = self.low(words, i)
        if w not in self.lx.weekdays or not words[i].text[:1].isupper():
            return None
        if w in self.lx.weekday_abbreviations and not words[i].text.endswith("."):
            return None
        end, pod = self.pod_after(words, i + 1)
        return end, Sem("weekday", weekday=self.lx.weekdays[w], pod=pod)

    def dayword(self, words: Sequence[Word], i: int):
        w = self.low(words, i)
        if w == "the" and self.low(words, i + 1) == "day" and \
                self.low(words, i + 2) in ("before", "after") and \
                self.low(words, i + 3) in ("yesterday", "tomorrow"):
            delta = self.lx.day_words[self.low(words, i + 3)]
            delta += -1 if self.low(words, i + 2) == "before" else 1
            return i + 4, Sem("dayword", day=delta)
        if w not in self.lx.day_words:
            return None
        end, pod = self.pod_after(words, i + 1)
        if w == "tonight":
            pod = "NI"
        return end, Sem("dayword", day=self.lx.day_words[w], pod=pod)

    def relative(self, words: Sequence[Word], i: int):
        j = i + (self.low(words, i) == "the")
        w = self.low(words, j)
        if w == "this" and self.low(words, j + 1) in ("past", "coming"):
            j += 1
            w = self.low(words, j)
        if w not in self.lx.shifts:
            return None
        shift = self.lx.shifts[w]
        if self.low(words, i) == "this" and w in ("past", "coming"):
            pass
        nxt = self.low(words, j + 1)
        if j > i and (w in ("following", "previous", "preceding") or w == "next" and nxt in (
                "day", "morning", "night", "evening", "afternoon")):
            return None  # "the next day": counted from the last date (anchor_day)
        unit = self.lx.unit(nxt)
        if unit and not unit[1] and unit[0].name in ("week", "month", "year", "quarter",
                                                     "decade", "century", "weekend",
                                                     "season", "half"):
            return j + 2, Sem("relative", unit=unit[0], shift=shift)
        if nxt in self.lx.parts_of_day and w in ("this", "last") and j == i:
            pod = self.lx.parts_of_day[nxt]
            if w == "last" and pod not in ("NI", "EV"):
                return None
            return j + 2, Sem("dayword", day=-1 if w == "last" else 0, pod=pod)
        if nxt in self.lx.weekdays and words[j + 1].text[:1].isupper():
            end, pod = self.pod_after(words, j + 2)
            return end, Sem("weekday", weekday=self.lx.weekdays[nxt], shift=shift, pod=pod)
        month = self.month_at(words, j + 1, strict=False)
        if month:
            k = j + 2 + (self.low(words, j + 2) == ".")
            if DAY_RE.match(self.low(words, k)) and not YEAR_RE.match(self.low(words, k)):
                return None  # "last Oct. 23": the date alone is the expression
            return j + 2, Sem("date", month=month, shift=shift)
        if nxt in self.lx.seasons:
            return j + 2, Sem("season", season=self.lx.seasons[nxt], shift=shift)
        return None

    def season(self, words: Sequence[Word], i: int):
        j = i + (self.low(words, i) == "the")
        ordinal = None
        word = self.low(words, j)
        if word in self.lx.ordinals and (j > i or word[0].isdigit()):
            ordinal = self.lx.ordinals[self.low(words, j)]
            j += 1
        w = self.low(words, j)
        if w not in self.lx.seasons:
            return None
        sem = Sem("season", season=self.lx.seasons[w], ordinal=ordinal)
        j += 1
        if self.low(words, j) == "of" and self.year_at(words, j + 1):
            sem.year = self.year_at(words, j + 1)
            return j + 2, sem
        spoken = self.spoken_year(words, j + (self.low(words, j) == "of"))
        if spoken:
            sem.year = spoken[1]
            return spoken[0], sem
        if self.year_at(words, j):
            sem.year = self.year_at(words, j)
            return j + 1, sem
        if j - i == 1 and not words[i].text[:1].isupper() and i > 0 \
                and self.low(words, i - 1) not in ("in", "this", "last", "next", "since",
                                                   "until", "by", "during", "as", "before",
                                                   "after", "early", "late", "through"):
            return None  # a bare season word in other roles ("summer camp")
        return j, sem

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

    def holiday(self, words: Sequence[Word], i: int):
        j = i
        shift = None
        if self.low(words, i) in ("last", "next", "this"):
            shift, j = self.lx.shifts[self.low(words, i)], i + 1
        best = None
        for phrase, (month, weekday, nth, first) in self.lx.floating_holidays.items():
            n = len(phrase)
            if tuple(self.low(words, j + k) for k in range(n)) == phrase and \
                    words[j].text[:1].isupper() and (best is None or j + n > best[0]):
                sem = Sem("holiday", month=month, weekday=weekday, ordinal=nth, day=first,
                          shift=shift)
                best = self._with_year(words, j + n, sem)
        if best or shift is not None:
            return best
        for phrase, (month, day) in self.lx.holidays.items():
            n = len(phrase)
            if tuple(self.low(words, i + k) for k in range(n)) == phrase and \
                    words[i].text[:1].isupper():
                return self._with_year(words, i + n, Sem("date", month=month, day=day))
        return None

    # -- modified dates ----------------------------------------------------------------------

    def positioned(self, words: Sequence[Word], i: int):
        """early/late/mid + a date, and "the end of" + a date: the day is kept, mod is set."""
        w = self.low(words, i)
        j = None
        mod = None
        if w in ("early", "late", "mid") or w.startswith("mid-"):
            mod = self.lx.position_mods[w[:3] if w.startswith("mid") else w]
            j = i + 1 + (self.low(words, i + 1) == "-")
            if w.startswith("mid-"):
                rest = Word(words[i].text[4:], words[i].tag, words[i].ent)
                found = self.parse_at([rest], 0, self.core_dates)
                if found:
                    return i + 1, replace(found[1], mod="MID")
                return None
            if self.low(words, j) == "in" and w != "mid":
                j += 1
        elif w == "earlier" or w == "later":
            j = i + 1 + (self.low(words, i + 1) == "in")  # "earlier in the year"
        elif w == "the" and self.low(words, i + 1) in self.lx.position_mods and \
                self.low(words, i + 2) == "of":
            mod = self.lx.position_mods[self.low(words, i + 1)]
            j = i + 3
        elif w == "the" and self.low(words, i + 1) in ("early", "late", "mid") and \
                self.decade(words, i + 2 + (self.low(words, i + 2) == "-")) and \
                not DECADE_RE.match(self.low(words, i + 2 + (self.low(words, i + 2) == "-"))):
            mod = self.lx.position_mods[self.low(words, i + 1)]
            j = i + 2 + (self.low(words, i + 2) == "-")
        elif w == "the" and self.low(words, i + 1) in ("early", "late") and \
                self.lx.unit(self.low(words, i + 2)) and self.lx.unit(self.low(words, i + 2))[1]:
            unit = self.lx.unit(self.low(words, i + 2))[0]
            mod = self.lx.position_mods[self.low(words, i + 1)]
            return i + 3, Sem("duration", unit=unit, amount=None, mod=mod)
        if j is None:
            return None
        found = self.parse_at(words, j, self.core_dates)
        if not found:
            return None
        end, sem = found
        if sem.kind == "duration" and sem.unit.name == "year" and sem.amount == 1:
            sem = Sem("relative", unit=sem.unit, shift=0)  # "the end of the year": this year
        if w in ("earlier", "later") and sem.kind not in ("relative", "dayword", "date"):
            return None
        return end, replace(sem, mod=mod)

    def approximate(self, words: Sequence[Word], i: int):
        for phrase, mod in self.lx.approx_phrases.items():
            n = len(phrase)
            if tuple(self.low(words, i + k) for k in range(n)) == phrase:
                if self.amount_at(words, i + n) is None:
                    continue  # "over the past year": a preposition, not an approximation
                found = self.parse_at(words, i + n, [self.duration, self.offset])
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
        sem = Sem("duration", unit=unit[0], amount=value)
        if hyphen and has_the and lead is None:
            return None  # "the 14-day strike": the determiner belongs to the noun; i+1 matches
        return k + hyphen + 1, sem

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

    def anchor_day(self, words: Sequence[Word], i: int):
        """ "the next day", "the following week", "the day before": from the last date."""
        if self.low(words, i) != "the":
            return None
        w = self.low(words, i + 1)
        if w in ("next", "following", "previous", "preceding"):
            nxt = self.low(words, i + 2)
            unit = self.lx.unit(nxt)
            shift = 1 if w in ("next", "following") else -1
            if unit and not unit[1] and nxt in ("day", "week", "month", "year"):
                if w == "next" and nxt != "day":
                    return None
                return i + 3, Sem("offset", unit=unit[0], amount=1, direction=shift,
                                  anchored=True)
            if nxt in self.lx.parts_of_day:
                return i + 3, Sem("offset", unit=self.lx.units["day"], amount=1,
                                  direction=shift, anchored=True,
                                  pod=self.lx.parts_of_day[nxt])
        if w == "day" and self.low(words, i + 2) in ("before", "after") and \
                self.low(words, i + 3) in ("", ".", ",", "and"):
            return i + 3, Sem("offset", unit=self.lx.units["day"], amount=1,
                              direction=-1 if self.low(words, i + 2) == "before" else 1,
                              anchored=True)
        if w == "same" and self.low(words, i + 2) == "day":
            return i + 3, Sem("offset", unit=self.lx.units["day"], amount=0, anchored=True)
        return None

    def that_unit(self, words: Sequence[Word], i: int):
        """ "that day", "that same year", "earlier that month": the last date's unit."""
        j = i + (self.low(words, i) in ("earlier", "later"))
        if self.low(words, j) != "that":
            return None
        j += 1 + (self.low(words, j + 1) == "same")
        unit = self.lx.unit(self.low(words, j))
        if unit is None or unit[1] or unit[0].name not in ("day", "week", "month", "year",
                                                           "quarter"):
            return None
        return j + 1, Sem("offset", unit=unit[0], amount=0, anchored=True)

    def week_of(self, words: Sequence[Word], i: int):
        """ "the week of March 6": the ISO week that holds the date."""
        if self.low(words, i) != "the" or self.low(words, i + 1) not in ("week", "weekend") \
                or self.low(words, i + 2) != "of":
            return None
        found = self.month_date(words, i + 3)
        if found is None or found[1].day is None:
            return None
        end, sem = found
        return end, replace(sem, kind="week_of", pod="WE" if self.low(words, i + 1) ==
                            "weekend" else None)

    def century(self, words: Sequence[Word], i: int):
        """ "the 20th century", "the nineteenth century" -> 19."""
        j = i + (self.low(words, i) == "the")
        w = self.low(words, j)
        m = re.match(r"^(\d{1,2})(st|nd|rd|th)$", w)
        number = int(m[1]) if m else self.lx.ordinals.get(w)
        if not number or number < 1 or self.low(words, j + 1) != "century":
            return None
        return j + 2, Sem("century", century=number - 1)

    def around_relative(self, words: Sequence[Word], i: int):
        """ "this time last year" and similar: the dct shifted by one unit."""
        if self.low(words, i) == "this" and self.low(words, i + 1) == "time" and \
                self.low(words, i + 2) in ("last", "next"):
            unit = self.lx.unit(self.low(words, i + 3))
            if unit and not unit[1]:
                return i + 4, Sem("offset", unit=unit[0], amount=1,
                                  direction=-1 if self.low(words, i + 2) == "last" else 1)
        return None

    def reference(self, words: Sequence[Word], i: int):
        best = None
        for phrase, value in self.lx.references.items():
            n = len(phrase)
            if (best is None or n > best[0] - i) and \
                    tuple(self.low(words, i + k) for k in range(n)) == phrase:
                best = (i + n, Sem("ref", value=value))
        if best and self.low(words, i) == "soon" and (
                self.low(words, i - 1) == "as" or self.low(words, i + 1) in ("as", "after")):
            return None  # "as soon as", "soon after": a conjunction, not a time
        if best and self.low(words, i) == "today" and self.low(words, i + 1) == "'s" and \
                i + 2 < len(words) and words[i + 2].tag.startswith("NN"):
            return None  # "today's youth": the present era, not annotated as a date
        if best and best[0] == i + 1 and self.low(words, i) == "future" and \
                words[i].tag.startswith("JJ"):
            return None  # "future plans"
        if best and self.low(words, i) == "current" and best[0] == i + 1 and \
                i + 1 < len(words) and words[i + 1].tag.startswith("NN") and \
                self.low(words, i + 1) not in ("quarter", "year", "period"):
            return best  # "current account": still a present reference in TimeML
        return best

    def frequency(self, words: Sequence[Word], i: int):
        w = self.low(words, i)
        if w in self.lx.set_words:
            if w == "quarterly" and words[i].tag.startswith("JJ"):
                return None  # "a quarterly dividend"
            return i + 1, Sem("set", value=self.lx.set_words[w])
        if w not in ("every", "each", "per", "a", "an"):
            return None
        if w in ("a", "an", "per") and self.low(words, i - 1) not in ("times", "twice", "once"):
            return None
        j = i + 1
        step = 1
        if self.low(words, j) == "other":
            step, j = 2, j + 1
        amount = self.amount_at(words, j) if w == "every" else None
        if amount and amount[1] and self.lx.unit(self.low(words, amount[0])):
            j, step = amount[0], int(amount[1])
        nxt = self.low(words, j)
        unit = self.lx.unit(nxt)
        if unit:
            u = unit[0]
            if u.name == "weekend":
                return j + 1, Sem("set", value="XXXX-WXX-WE")
            amount_str = _amount(step * u.factor)
            value = f"PT{amount_str}{u.code}" if u.time else f"P{amount_str}{u.code}"
            return j + 1, Sem("set", value=value)
        if nxt in self.lx.weekdays:
            end, pod = self.pod_after(words, j + 1)
            value = f"XXXX-WXX-{self.lx.weekdays[nxt]}" + (f"T{pod}" if pod else "")
            return end, Sem("set", value=value)
        if nxt in self.lx.parts_of_day:
            return j + 1, Sem("set", value=f"XXXX-XX-XXT{self.lx.parts_of_day[nxt]}")
        month = self.month_at(words, j, strict=False)
        if month:
            return j + 1, Sem("set", value=f"XXXX-{month:02d}")
        return None

    def clock(self, words: Sequence[Word], i: int):
        w = self.low(words, i)
        hour = minute = None
        j = i + 1
        if w in ("noon", "midday") and self.low(words, i - 1) != "high":
            hour, minute = 12, 0
        elif w == "midnight":
            hour, minute = 24, 0
        else:
            m = CLOCK_RE.match(w)
            if not m:
                return None
            hour, minute = int(m[1]), int(m[2] or 0)
            meridiem = m[3]
            if meridiem is None and self.low(words, j) in MERIDIEM:
                meridiem = self.low(words, j)
                j += 1
            if meridiem is None and self.low(words, j) == "o'clock":
                j += 1
            elif meridiem is None and (not m[2] or words[i].ent != "TIME"):
                return None
            if meridiem:
                if hour > 12:
                    return None
                hour = hour % 12 + MERIDIEM[meridiem]
            if hour > 24 or minute > 59:
                return None
        if self.low(words, j) in TIMEZONES:
            j += 1
        sem = Sem("clock", hour=hour, minute=minute)
        comma_date = self.low(words, j) == "," and self.month_at(words, j + 1, strict=False)
        k = j + bool(comma_date)  # "5 p.m. EST, Nov. 6"
        found = self.parse_at(words, k, [self.weekday, self.dayword, self.month_date])
        if found:
            end, day = found
            sem = replace(day, kind=f"clock-{day.kind}", hour=hour, minute=minute, pod=None)
            j = end
        return j, sem


MODALS = frozenset({"will", "would", "to", "can", "could", "may", "might", "should", "must",
                    "did", "does", "do", "'ll", "not", "n't"})


def _verb_last(words: Sequence[Word], j: int) -> bool:
    """ "will last three days": the verb "last", not the adjective."""
    if words[j].lower != "last":
        return False
    return words[j].tag.startswith("VB") or (j > 0 and words[j - 1].lower in MODALS)


def _amount(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


_GRAMMAR: Grammar | None = None


def default_grammar() -> Grammar:
    """The grammar over the default lexicon (built on first use, not at import)."""
    global _GRAMMAR
    if _GRAMMAR is None:
        _GRAMMAR = Grammar()
    return _GRAMMAR


def find_timexes(words: Sequence[Word]) -> list[Match]:
    return default_grammar().find(words)
