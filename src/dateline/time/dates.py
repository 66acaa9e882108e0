"""Rules for calendar dates: month-day-year dates, ISO and slashed dates, years, decades,
centuries, weekdays, today/yesterday, this/last/next + unit, seasons and holidays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dateline.time.sem import Sem
from dateline.time.words import (
    DAY_RE,
    DECADE_RE,
    DECADE_WORDS,
    ISO_RE,
    PERIOD_WORDS,
    SHORT_DECADE_RE,
    SLASH_RE,
    YEAR_RE,
    Word,
    WordReader,
)


class DateRules(WordReader):
    """Calendar dates named by their words, resolved later against the dct."""

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
                and self.spoken_year(words, j + 2) is None and (
                    self.low(words, j - 1) == "the"
                    or j + 2 < len(words) and words[j + 2].text[:1].isupper()):
            return None  # "the March for Life", "the March of the Mothers": a name
        j += 1
        if self.low(words, j) == "." and len(self.low(words, j - 1)) <= 4 and \
                self.low(words, j - 1) not in ("may", "june", "july"):
            j += 1  # "Jan" "." split by the tokenizer; not "July" "." ending a sentence
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
        if not w or not words[i].text[:1].isupper():
            return None
        if w[-1:] == "s" and w[:-1] in self.lx.weekdays and \
                w[:-1] not in self.lx.weekday_abbreviations:  # "on Tuesdays": every Tuesday
            end, pod = self.pod_after(words, i + 1)
            return end, _weekday_set(self.lx.weekdays[w[:-1]], pod)
        if w not in self.lx.weekdays:
            return None
        if w in self.lx.weekday_abbreviations and not words[i].text.endswith("."):
            return None
        nxt = self.low(words, i + 1)
        if nxt[-1:] == "s" and nxt[:-1] in self.lx.parts_of_day:  # "Tuesday nights"
            return i + 2, _weekday_set(self.lx.weekdays[w], self.lx.parts_of_day[nxt[:-1]])
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

    def year_end(self, words: Sequence[Word], i: int):
        """ "year-end", "year end", "the year's end": the end of the dct's year."""
        j = i + (self.low(words, i) == "the")
        if self.low(words, j) != "year":
            return None
        k = j + 1 + (self.low(words, j + 1) in ("-", "'s"))
        if self.low(words, k) != "end":
            return None
        return k + 1, Sem("relative", unit=self.lx.units["year"], shift=0, mod="END")

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

    def holiday(self, words: Sequence[Word], i: int):
        j = i
        shift = None
        if self.low(words, i) in ("last", "next", "this"):
            shift, j = self.lx.shifts[self.low(words, i)], i + 1
        if j >= len(words) or not words[j].text[:1].isupper():
            return None
        for end, (month, weekday, nth, first) in self.phrases_at(
                self.lx.floating_holiday_index, words, j):  # the longest name first
            sem = Sem("holiday", month=month, weekday=weekday, ordinal=nth, day=first,
                      shift=shift)
            return self._with_year(words, end, sem)
        if shift is not None:
            return None
        for end, (month, day) in self.phrases_at(self.lx.holiday_index, words, i):
            return self._with_year(words, end, Sem("date", month=month, day=day))
        return None

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


def _weekday_set(weekday: int, pod: str | None) -> Sem:
    return Sem("set", value=f"XXXX-WXX-{weekday}" + (f"T{pod}" if pod else ""))
