"""Places with no gazetteer entry, placed the way a reader places them.

A street, a river, a park, a school or a township the gazetteer does not hold is still
*somewhere*: where the text attaches it ("Main Street in Springfield", "the Neches River near
Lufkin", "Oak Park, Springfield"), else at the nearest resolved town of its paragraph, else at
the country or division its sentence names, else the article's main place. A name built on a
known one ("Hamilton Township", "the Catawba River") first looks for that name near those
places; an institution named after a country or capital ("the Bank of Mexico") is put
there. A name keeps one anchor through the article: the one its best-placed mention gives.
Such a place is a ``landmark`` with the anchor's coordinates and a low confidence.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from dateline.geo.gazetteer import ALIAS, NAME, Gazetteer, GazetteerEntry
from dateline.geo.names import name_key
from dateline.geo.recognize import Mention
from dateline.resources import load_yaml

# The gap between a landmark and the place it sits in: ", ", " in ", " near the town of ".
ATTACHING_GAP = re.compile(
    r"^\s*(?:,|in|near|outside|at|of|on|off|along|by|between|from|to|across|"
    r"south of|north of|east of|west of)\s+(?:(?:the|downtown|central|nearby|suburban)\s+)?"
    r"(?:(?:city|town|village|county|borough|township|community|state) of\s+)?$",
    re.IGNORECASE,
)
PARAGRAPH_CHARS = 400  # how far (in characters) a paragraph's town may be from a landmark
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")
# How well an anchor is evidenced, best last: the article's main place, a country or division
# of the sentence, a town of the paragraph, the place the text attaches the name to.
MAIN, SENTENCE, PARAGRAPH, ATTACHED = range(4)
NEAR_KM = 100.0  # a base name's reading counts only this close to the anchor
LANDMARK_CONFIDENCE = 0.25
KNOWN_CITY_POPULATION = 100_000  # a base name's city this big counts anywhere in the country


def attached_to(mentions: Sequence[Mention], index: int, text: str) -> int | None:
    """The mention the text attaches mention ``index`` to ("X in Y", "X, Y"), if any."""
    if index + 1 < len(mentions):
        following = mentions[index + 1]
        if ATTACHING_GAP.match(text[mentions[index].end:following.start]):
            return index + 1
    return None


def base_names(name: str, generic_words: frozenset[str],
               endings: Sequence[str]) -> list[tuple[str, bool]]:
    """Names a toponym is built on, each with whether it came from an adjective or inhabitant
    ending: "Hamilton Township" -> ("Hamilton", False), "Ossetian" -> ("Ossetia", True)."""
    words = name.split()
    found: list[tuple[str, bool]] = []
    if words and words[0].lower() in {"the"}:
        words = words[1:]
    # Generic words before or after the name: "Town of Groton", "Neches River", "Lake Erie".
    head, tail = list(words), list(words)
    while len(head) > 1 and head[-1].lower().rstrip(".") in generic_words:
        head = head[:-1]
    while len(tail) > 1 and tail[0].lower().rstrip(".") in generic_words | {"of"}:
        tail = tail[1:]
    for stem in (head, tail):
        if stem != words and stem:
            found.append((" ".join(stem), False))
    # Adjectives and inhabitants: "South Ossetian(s)" -> "South Ossetia", "Dagestani" -> ...
    last = words[-1] if words else ""
    for ending, replacement in (e.split(">") if ">" in e else (e, "") for e in endings):
        if len(last) > len(ending) + 2 and last.lower().endswith(ending):
            stem = last[: len(last) - len(ending)] + replacement
            found.append((" ".join([*words[:-1], stem]), True))
    return list(dict.fromkeys(found))


class Anchoring:
    """Where to put the mentions the gazetteer could not resolve (resources/geo_landmarks)."""

    def __init__(self, generic_words: frozenset[str], endings: tuple[str, ...],
                 local_words: frozenset[str] = frozenset(),
                 street_words: frozenset[str] = frozenset(),
                 abroad_words: frozenset[str] = frozenset()) -> None:
        self.generic_words = generic_words
        self.endings = endings
        self.local_words = local_words
        self.street_words = street_words
        self.abroad_words = abroad_words

    @classmethod
    def load(cls, resource: str = "geo_landmarks.yaml") -> Anchoring:
        data = load_yaml(resource)
        return cls(frozenset(w.lower() for w in data["generic_words"]),
                   tuple(data["name_endings"]),
                   frozenset(w.lower() for w in data.get("local_words") or ()),
                   frozenset(w.lower() for w in data.get("facility_place_heads") or ()),
                   frozenset(w.lower() for w in data.get("abroad_words") or ()))

    def place(self, mentions: Sequence[Mention], entries: list[GazetteerEntry | None],
              text: str, gazetteer: Gazetteer) -> list[tuple[GazetteerEntry | None, bool]]:
        """For each mention, its entry (unchanged where resolved) and whether it was anchored."""
        main = main_entry(entries)
        anchors: dict[int, tuple[GazetteerEntry | None, int]] = {}
        best: dict[str, int] = {}  # name -> the mention whose anchor is best evidenced
        for i, (mention, entry) in enumerate(zip(mentions, entries, strict=True)):
            if entry is None:
                anchors[i] = self._anchor(mentions, entries, i, text, main)
                key = name_key(mention.text)
                if key not in best or anchors[i][1] > anchors[best[key]][1]:
                    best[key] = i
        out: list[tuple[GazetteerEntry | None, bool]] = []
        for mention, entry in zip(mentions, entries, strict=True):
            if entry is not None:
                out.append((entry, False))
                continue
            anchor, evidence = anchors[best[name_key(mention.text)]]
            derived = self._derived(mention.text, gazetteer, anchor)
            if derived is None and evidence < ATTACHED:
                derived = self._named_within(mention.text, gazetteer, anchor)
            if derived is not None:
                out.append((derived, True))
            elif anchor is not None:
                out.append((landmark(mention.text, anchor), True))
            else:
                out.append((None, False))
        return out

    def _anchor(self, mentions: Sequence[Mention], entries: list[GazetteerEntry | None],
                index: int, text: str, main: GazetteerEntry | None,
                ) -> tuple[GazetteerEntry | None, int]:
        """Where mention ``index`` sits, and how well that is evidenced (MAIN ... ATTACHED)."""
        # Follow "X in Y in Z" to the first resolved place.
        at = index
        for _ in range(3):
            nxt = attached_to(mentions, at, text)
            if nxt is None:
                break
            if entries[nxt] is not None:
                return entries[nxt], ATTACHED
            at = nxt
        mention = mentions[index]
        town: tuple[int, GazetteerEntry] | None = None
        area: tuple[int, GazetteerEntry] | None = None
        for other, entry in zip(mentions, entries, strict=True):
            if entry is None or entry.level < 1:
                continue
            gap = max(other.start - mention.end, mention.start - other.end)
            between = _between(text, mention, other)
            if gap > PARAGRAPH_CHARS or "\n\n" in between:
                continue
            if entry.level >= 3:
                if town is None or gap < town[0]:
                    town = (gap, entry)
            elif not SENTENCE_END.search(between) and (area is None or gap < area[0]):
                area = (gap, entry)
        if town is not None:
            return town[1], PARAGRAPH
        # "an outbreak in the delta area, Romania said": the sentence's country, unless the
        # article's main place lies in it and so says more.
        if area is not None and (main is None or not _within(main, area[1])):
            return area[1], SENTENCE
        return main, MAIN

    def _derived(self, name: str, gazetteer: Gazetteer,
                 anchor: GazetteerEntry | None) -> GazetteerEntry | None:
        """A reading of a name built on a known one, near the anchor (or a country/division)."""
        from dateline.geo.resolve import haversine_km

        for base, adjective in base_names(name, self.generic_words, self.endings):
            candidates = [c.entry for c in gazetteer.lookup(base)]
            wide = [e for e in candidates if e.level <= 2]
            if adjective and wide:  # "South Ossetian" is about South Ossetia, wherever it is
                return min(wide, key=lambda e: (e.level, -e.population))
            if anchor is None:
                continue
            near = [e for e in candidates
                    if haversine_km(e.lat, e.lon, anchor.lat, anchor.lon) <= NEAR_KM]
            if near:
                return max(near, key=lambda e: (e.level >= 3, e.population))
            # "Da Nang International Airport" in a story told from Hanoi: a city of the
            # anchor's country is known well enough to stand far from the anchor.
            if self._local(name):
                continue  # "Madison Township" is a place of its own, not Madison
            known = [e for e in candidates if e.country == anchor.country and e.level == 4
                     and e.population >= KNOWN_CITY_POPULATION]
            if known:
                return max(known, key=lambda e: e.population)
            # "Colorado State" in a story placed only in the United States is about Colorado.
            # Where the story names a town, "Michigan Avenue" stays with that town.
            divisions = ([e for e in candidates if e.level == 2 and e.country == anchor.country]
                         if anchor.level == 1 else [])
            if divisions:
                return max(divisions, key=lambda e: e.population)
        return None

    def _named_within(self, name: str, gazetteer: Gazetteer,
                      anchor: GazetteerEntry | None) -> GazetteerEntry | None:
        """The country or national capital an institution's name carries ("the Bank of
        Mexico", "the US Federal Reserve", "British Embassy Tokyo"), where the anchor lies
        outside it. The last one named wins, and a capital counts only as the name's end: an
        embassy sits in the city its name ends with, and the country an embassy or mission
        is of is not where it is. Streets and landforms ("Mexico Avenue", "Niger Delta")
        are left to their anchor, and so is a name the anchor's own country also has."""
        from dateline.geo.resolve import capital_keys, haversine_km

        words = name.split()
        if len(words) < 2 or words[-1].lower().rstrip(".") in (self.street_words
                                                               | self.generic_words):
            return None
        abroad = any(w.lower() in self.abroad_words for w in words)
        filler = self.generic_words | {"of", "the"}
        found: GazetteerEntry | None = None
        for n in range(len(words)):
            for m in range(len(words), n, -1):
                part = words[n:m]
                if len(part) == len(words) or all(w.lower().strip(".,") in filler for w in part):
                    continue
                candidates = gazetteer.lookup(" ".join(part))
                readings = [c.entry for c in candidates
                            if (c.entry.feature == "country" and c.match <= ALIAS and not abroad)
                            or (m == len(words) and c.match == NAME
                                and c.entry.key in capital_keys(gazetteer))]
                # "University of Georgia" in an American story is the state's; "Dublin
                # City Schools" in Ohio is Dublin, Ohio's.
                lowest = 3 if all(e.feature == "country" for e in readings) else 4
                if anchor is not None and any(
                        c.entry.country == anchor.country and 2 <= c.entry.level <= lowest
                        and c.match <= ALIAS for c in candidates):
                    break
                if readings:
                    found = min(readings, key=lambda e: (e.level, -e.population))
                    break
        if found is None or anchor is None:
            return found
        if found.level == 1 and anchor.country == found.country:
            return None
        if found.level >= 3 and haversine_km(anchor.lat, anchor.lon,
                                             found.lat, found.lon) <= NEAR_KM:
            return None
        return found

    def _local(self, name: str) -> bool:
        """The name is a local unit's (a township, a park), named after a town elsewhere as
        often as after its own."""
        return any(word.lower().rstrip(".") in self.local_words for word in name.split())


def _within(place: GazetteerEntry, area: GazetteerEntry) -> bool:
    """``place`` lies in ``area`` (a country or first-level division)."""
    if place.country != area.country:
        return False
    return area.level == 1 or (place.admin1_id is not None and place.admin1_id == area.admin1_id)


def _between(text: str, a: Mention, b: Mention) -> str:
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return text[lo:hi] if lo < hi else ""


def main_entry(entries: Sequence[GazetteerEntry | None]) -> GazetteerEntry | None:
    """The article's main place: its most often named town or county, else its most often
    named country or division, else its most often named place of any kind, an ocean or a
    continent (earliest on ties). A street or a college is never put in the Atlantic because
    the article names the ocean more often than the country."""
    for lowest_level in (3, 1, 0):
        counts: Counter = Counter()
        first: dict[int, int] = {}
        by_key: dict[int, GazetteerEntry] = {}
        for n, entry in enumerate(entries):
            if entry is None or entry.level < lowest_level:
                continue
            counts[entry.key] += 1
            first.setdefault(entry.key, n)
            by_key[entry.key] = entry
        if counts:
            key = max(counts, key=lambda k: (counts[k], -first[k]))
            return by_key[key]
    return None


def landmark(name: str, anchor: GazetteerEntry) -> GazetteerEntry:
    """An entry for a place the gazetteer lacks, at its anchor's coordinates."""
    return replace(anchor, geonameid=None, name=name, feature="landmark", population=0,
                   level=5, key=-(zlib.crc32(name.encode("utf-8")) + (1 << 32)))
