"""Rules for frequencies, clock times and vague references: "every Friday night", "daily",
"10 a.m. Tuesday", "now", "recently".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dateline.time.sem import Sem
from dateline.time.words import (
    CLOCK_RE,
    MERIDIEM,
    TIMEZONES,
    Word,
    WordReader,
    _amount,
)


class SetTimeRules(WordReader):
    """Sets (recurring times), times of day and present/past/future references."""

    def reference(self, words: Sequence[Word], i: int):
        best = None
        for end, value in self.phrases_at(self.lx.reference_index, words, i):
            best = (end, Sem("ref", value=value))  # the longest phrase comes first
            break
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
