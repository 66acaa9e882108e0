"""The country an article is set in, told by its vocabulary (resources/geo_home_cues.yaml).

A local paper rarely says which country it is in: its sheriffs, school boards and county
commissioners say it for it. ``HomeCues.countries`` gives the country whose cues the text holds
(at least ``min_cues`` distinct ones, more than any other country's), repeated once per cue, as
hints for the resolver: a lone "Athens" in such an article is a town of that country.

An article that names a single place ("The Athens City Council met on Wednesday") leaves the
resolver nothing else to go on; there one cue is enough, and the place's own local bodies count
as cues ("bound cues": a name followed by "City Council", "Police Department", "High School"),
since local news in English is most often a US local paper's. Bound cues are kept to US
institutions: "X police" or "X council" would send a lone "Delta" or "Richmond" of a Canadian
or British paper to the United States.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateline.resources import load_yaml

MAX_HINTS = 4  # a country's hint counts no more than this many cues


@dataclass(frozen=True, slots=True)
class HomeCues:
    """Cue patterns per country and how many distinct cues make a setting."""

    patterns: dict[str, tuple[re.Pattern[str], ...]]  # one pattern per cue
    min_cues: int = 2
    bound: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    lone_min_cues: int = 1
    # a cue's first whole word: a text without it cannot hold the cue (searched only then)
    keys: dict[re.Pattern[str], str] = field(default_factory=dict, hash=False, compare=False)

    @classmethod
    def load(cls, resource: str = "geo_home_cues.yaml") -> HomeCues:
        data = load_yaml(resource)
        patterns = {country.upper(): tuple(_pattern(cue) for cue in cues)
                    for country, cues in data["countries"].items() if cues}
        bound = {country.upper(): tuple(_bound_pattern(cue) for cue in cues)
                 for country, cues in (data.get("bound_cues") or {}).items() if cues}
        keys = {pattern: key
                for cues, compiled in ((data["countries"], patterns),
                                       (data.get("bound_cues") or {}, bound))
                for country, cue_list in cues.items() if cue_list
                for cue, pattern in zip(cue_list, compiled[country.upper()], strict=True)
                if (key := _first_word(cue))}
        return cls(patterns, int(data.get("min_cues", 2)), bound,
                   int(data.get("lone_min_cues", 1)), keys)

    def counts(self, text: str, lone: bool = False) -> dict[str, int]:
        """Distinct cues of each country found in ``text`` (with ``lone``, bound cues too)."""
        found: dict[str, int] = {}
        words = set(_WORDS.findall(text.lower()))

        def hit(pattern: re.Pattern[str]) -> bool:
            key = self.keys.get(pattern)
            return (key is None or key in words) and pattern.search(text) is not None

        for country, patterns in self.patterns.items():
            n = sum(1 for pattern in patterns if hit(pattern))
            if lone:
                n += sum(1 for pattern in self.bound.get(country, ()) if hit(pattern))
            if n:
                found[country] = n
        if lone:
            for country, patterns in self.bound.items():
                if country not in self.patterns:
                    n = sum(1 for pattern in patterns if hit(pattern))
                    if n:
                        found[country] = n
        return found

    def countries(self, text: str, lone: bool = False) -> list[str]:
        """The article's country as resolver hints (one per cue, at most ``MAX_HINTS``), or
        nothing where no country has enough cues or two have as many. ``lone``: the article
        names a single place, so ``lone_min_cues`` cues, bound cues included, are enough."""
        counts = self.counts(text, lone)
        if not counts:
            return []
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        country, n = ranked[0]
        least = self.lone_min_cues if lone else self.min_cues
        if n < least or (len(ranked) > 1 and ranked[1][1] == n):
            return []
        return [country] * min(n, MAX_HINTS)


_WORDS = re.compile(r"[^\W_]+")


def _first_word(cue: str) -> str | None:
    """The cue's first whole word, lower-cased; None when that word is itself a prefix
    ("democrat*") or the cue has no word."""
    match = _WORDS.match(cue.strip().lower())
    if match is None:
        return None
    end = match.end()
    rest = cue.strip()[end:end + 1]
    return None if rest == "*" else match.group()


def _pattern(cue: str) -> re.Pattern[str]:
    """A cue as a case-insensitive pattern on word boundaries; "democrat*" is a prefix."""
    cue = cue.strip()
    body = re.escape(cue.rstrip("*")).replace(r"\ ", r"\s+")
    tail = r"\w*" if cue.endswith("*") else r"(?!\w)" if cue[-1].isalnum() else ""
    return re.compile(rf"(?<!\w){body}{tail}", re.IGNORECASE)


def _bound_pattern(cue: str) -> re.Pattern[str]:
    """A bound cue: a capitalized name, then the cue ("Athens City Council")."""
    body = re.escape(cue.strip()).replace(r"\ ", r"\s+")
    return re.compile(rf"\b(?!(?:{_NOT_NAMES})\b)[A-Z][\w'.-]*\s+(?i:{body})(?!\w)")


_NOT_NAMES = "The|A|An|This|That|These|Those|His|Her|Their|Our|Its|City|State|County|Local"
