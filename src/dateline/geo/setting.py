"""The country an article is set in, told by its vocabulary (resources/geo_home_cues.yaml).

A local paper rarely says which country it is in: its sheriffs, school boards and county
commissioners say it for it. ``HomeCues.countries`` gives the country whose cues the text holds
(at least ``min_cues`` distinct ones, more than any other country's), repeated once per cue, as
hints for the resolver: a lone "Athens" in such an article is a town of that country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.resources import load_yaml

MAX_HINTS = 4  # a country's hint counts no more than this many cues


@dataclass(frozen=True, slots=True)
class HomeCues:
    """Cue patterns per country and how many distinct cues make a setting."""

    patterns: dict[str, tuple[re.Pattern[str], ...]]  # one pattern per cue
    min_cues: int = 2

    @classmethod
    def load(cls, resource: str = "geo_home_cues.yaml") -> HomeCues:
        data = load_yaml(resource)
        patterns = {country.upper(): tuple(_pattern(cue) for cue in cues)
                    for country, cues in data["countries"].items() if cues}
        return cls(patterns, int(data.get("min_cues", 2)))

    def counts(self, text: str) -> dict[str, int]:
        """Distinct cues of each country found in ``text``."""
        found = {}
        for country, patterns in self.patterns.items():
            n = sum(1 for pattern in patterns if pattern.search(text))
            if n:
                found[country] = n
        return found

    def countries(self, text: str) -> list[str]:
        """The article's country as resolver hints (one per cue, at most ``MAX_HINTS``), or
        nothing where no country has enough cues or two have as many."""
        counts = self.counts(text)
        if not counts:
            return []
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        country, n = ranked[0]
        if n < self.min_cues or (len(ranked) > 1 and ranked[1][1] == n):
            return []
        return [country] * min(n, MAX_HINTS)


def _pattern(cue: str) -> re.Pattern[str]:
    """A cue as a case-insensitive pattern on word boundaries; "democrat*" is a prefix."""
    cue = cue.strip()
    body = re.escape(cue.rstrip("*")).replace(r"\ ", r"\s+")
    tail = r"\w*" if cue.endswith("*") else r"(?!\w)" if cue[-1].isalnum() else ""
    return re.compile(rf"(?<!\w){body}{tail}", re.IGNORECASE)
