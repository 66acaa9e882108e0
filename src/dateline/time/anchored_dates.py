"""Rules for dates read off another date: "late Wednesday", "the end of 1990",
"the next day", "that week", "this time last year".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dateline.time.sem import Sem
from dateline.time.words import (
    Word,
    WordReader,
)

PART_UNITS = frozenset({"hour", "day", "week", "month", "year"})
THEN_PREPOSITIONS = frozenset({"since", "until", "till", "by", "from"})


class AnchoredDateRules(WordReader):
    """Dates that modify or count from another date (the dct or the last one mentioned)."""

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
            if self.low(words, j) in ("in", "on") and w != "mid":
                j += 1  # "early in 2022", "early on Wednesday": one expression, mod START
        elif w == "earlier" or w == "later":
            j = i + 1 + (self.low(words, i + 1) == "in")  # "earlier in the year"
        elif w == "the" and self.low(words, i + 1) in self.lx.position_mods and \
                self.low(words, i + 2) == "of":
            mod = self.lx.position_mods[self.low(words, i + 1)]
            j = i + 3
        elif w == "the" and self.low(words, i + 1) in ("early", "late", "mid") and \
                self.decade(words, i + 2 + (self.low(words, i + 2) == "-")):
            mod = self.lx.position_mods[self.low(words, i + 1)]  # "the late 1970s"
            j = i + 2 + (self.low(words, i + 2) == "-")
        elif w == "the" and self.low(words, i + 1).startswith("mid-"):
            found = self.positioned(words, i + 1)  # "the mid-1990s"
            return found if found and found[1].kind == "decade" else None
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

    def period_part(self, words: Sequence[Word], i: int):
        """ "the early months", "the first weeks of 2022", "the final days of the war": a part
        of a period, a DATE with mod START or END. The period is the date that follows "of",
        else the last date the text mentioned (the normalizer checks that it is long enough).
        "for the first months" is a length of time, "the last few months" counts back from
        now: both are left to the duration rule."""
        if self.low(words, i) != "the" or self.low(words, i - 1) == "for":
            return None
        lead = self.low(words, i + 1)
        mod = self.lx.period_parts.get(lead)
        if mod is None:
            return None
        j = i + 2 + (self.low(words, i + 2) == "few")
        unit = self.lx.unit(self.low(words, j))
        if unit is None or not unit[1] or unit[0].name not in PART_UNITS:
            return None
        has_of = self.low(words, j + 1) == "of"
        if lead == "last" and not has_of:
            return None
        if has_of:
            found = self.parse_at(words, j + 2, self.core_dates)
            if found:  # "the first weeks of 2022": that date, its part
                end, sem = found
                if sem.kind == "duration" and sem.unit.name == "year":
                    sem = Sem("relative", unit=sem.unit, shift=0)  # "of the year": this year
                return end, replace(sem, mod=mod)
        return j + 1, Sem("part", unit=unit[0], mod=mod, anchored=True)

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
            if nxt in self.lx.weekdays and words[i + 2].text[:1].isupper():
                end, pod = self.pod_after(words, i + 3)  # "the previous Friday"
                return end, Sem("weekday", weekday=self.lx.weekdays[nxt], shift=shift,
                                anchored=True, pod=pod)
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
        if self.low(words, i) == "then" and self.low(words, i - 1) in THEN_PREPOSITIONS:
            # "since then", "until then": the last date mentioned, at its own precision
            return i + 1, Sem("offset", unit=self.lx.units["day"], amount=0, anchored=True)
        j = i + (self.low(words, i) in ("earlier", "later"))
        if self.low(words, j) != "that":
            return None
        j += 1 + (self.low(words, j + 1) == "same")
        unit = self.lx.unit(self.low(words, j))
        if unit is None or unit[1] or unit[0].name not in ("day", "week", "month", "year",
                                                           "quarter"):
            return None
        return j + 1, Sem("offset", unit=unit[0], amount=0, anchored=True)

    def around_relative(self, words: Sequence[Word], i: int):
        """ "this time last year" and similar: the dct shifted by one unit."""
        if self.low(words, i) == "this" and self.low(words, i + 1) == "time" and \
                self.low(words, i + 2) in ("last", "next"):
            unit = self.lx.unit(self.low(words, i + 3))
            if unit and not unit[1]:
                return i + 4, Sem("offset", unit=unit[0], amount=1,
                                  direction=-1 if self.low(words, i + 2) == "last" else 1)
        return None
