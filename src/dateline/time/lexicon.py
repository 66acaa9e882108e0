"""The word lists of the timex grammar, read from ``resources/timex.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from typing import TypeVar

from dateline.resources import load_yaml


@dataclass(frozen=True)
class Unit:
    name: str
    code: str  # TIMEX3 duration letter: Y M W D H S (Q for quarters, WE for weekends)
    time: bool  # a time unit: written after "T" in a duration (PT6H)
    factor: int  # how many ``code`` units one of this unit is (decade = 10 Y)
    precision: str


V = TypeVar("V")


def index_by_first_word(table: dict[tuple[str, ...], V]) -> dict[str, list[tuple[tuple[str, ...],
                                                                                   V]]]:
    """Phrases grouped by their first word, longest first: a rule looks up only the phrases
    that can start at a word instead of trying them all."""
    index: dict[str, list[tuple[tuple[str, ...], V]]] = {}
    for phrase, value in table.items():
        index.setdefault(phrase[0], []).append((phrase, value))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))  # stable: table order among equals
    return index


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    weekday_abbreviations: frozenset[str]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    units: dict[str, Unit]
    unit_plurals: dict[str, str]
    number_words: dict[str, float]
    vague_amounts: frozenset[str]
    ordinals: dict[str, int]
    position_mods: dict[str, str]
    period_parts: dict[str, str]
    approx_phrases: dict[tuple[str, ...], str]
    shifts: dict[str, int]
    day_words: dict[str, int]
    references: dict[tuple[str, ...], str]
    set_words: dict[str, str]
    holidays: dict[tuple[str, ...], tuple[int, int]]
    floating_holidays: dict[tuple[str, ...], tuple[int, int, int, int]]

    @cached_property
    def approx_index(self) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        return index_by_first_word(self.approx_phrases)

    @cached_property
    def reference_index(self) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        return index_by_first_word(self.references)

    @cached_property
    def holiday_index(self) -> dict[str, list[tuple[tuple[str, ...], tuple[int, int]]]]:
        return index_by_first_word(self.holidays)

    @cached_property
    def floating_holiday_index(self) -> dict[str, list[tuple[tuple[str, ...],
                                                            tuple[int, int, int, int]]]]:
        return index_by_first_word(self.floating_holidays)

    def unit(self, word: str) -> tuple[Unit, bool] | None:
        """The unit a word names and whether it is plural, or None."""
        if word in self.units:
            return self.units[word], False
        if word in self.unit_plurals:
            return self.units[self.unit_plurals[word]], True
        return None


def _phrases(table: dict) -> dict[tuple[str, ...], object]:
    """Phrase keys split into words as the tokenizer splits them ("new year's" -> new year 's)."""
    return {tuple(str(k).replace("'s", " 's").split()): v for k, v in table.items()}


@cache
def load_lexicon(name: str = "timex.yaml") -> Lexicon:
    data = load_yaml(name)
    units = {
        word: Unit(word, spec["code"], bool(spec.get("time", False)), int(spec.get("factor", 1)),
                   spec["precision"])
        for word, spec in data["units"].items()
    }
    approx = _phrases(data["approx_mods"])
    return Lexicon(
        months={str(k): int(v) for k, v in data["months"].items()},
        ambiguous_months=frozenset(data["ambiguous_months"]),
        weekdays={str(k): int(v) for k, v in data["weekdays"].items()},
        weekday_abbreviations=frozenset(data["weekday_abbreviations"]),
        seasons=dict(data["seasons"]),
        parts_of_day=dict(data["parts_of_day"]),
        units=units,
        unit_plurals=dict(data["unit_plurals"]),
        number_words={str(k): float(v) for k, v in data["number_words"].items()},
        vague_amounts=frozenset(data["vague_amounts"]),
        ordinals={str(k): int(v) for k, v in data["ordinals"].items()},
        position_mods=dict(data["position_mods"]),
        period_parts=dict(data.get("period_parts", {})),
        approx_phrases={k: v for k, v in approx.items() if v},
        shifts={str(k): int(v) for k, v in data["shifts"].items()},
        day_words={str(k): int(v) for k, v in data["day_words"].items()},
        references={k: v for k, v in _phrases(data["references"]).items() if v},
        set_words=dict(data["set_words"]),
        holidays={k: (int(v[0]), int(v[1])) for k, v in _phrases(data["holidays"]).items()},
        floating_holidays={k: tuple(int(x) for x in v)
                           for k, v in _phrases(data.get("floating_holidays", {})).items()},
    )
