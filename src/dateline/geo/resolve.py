"""Toponym resolution in context, the way a reader does it.

Each distinct name in an article gets one sense (one sense per discourse). A candidate's score is
a prior (population, feature class, how the name matched) plus the article's context: the
countries and first-level divisions the article is about, "City, Region" pairs, and distance to
the article's other places (towns of the same division, a town and a county that lie
together). With ``coherence``, readings of different names that lie close together also
support each other before any choice is made (``dateline.geo.coherence``; off by default here.
At full weight it helps US local news and costs international news; the places component
turns it on at a light weight, ``LIGHT_SUPPORT_WEIGHT``, which helps the first and costs the
second nothing). The context is re-estimated from the
current choices a few times, each name's own choice left out of its context. Names the
gazetteer lacks, and small towns read far from an article whose other local places lie together
("strays": more likely a hamlet the gazetteer lacks than a namesake across the country), are
then anchored (``dateline.geo.anchor``). A short all-capital acronym ("EU") never matches a town
by its lower-case name, and a demonym of a place ("Ohioans") is read as that place. A name in a
list is read at the level of the list's other names ("Washington" among states is the state,
``dateline.geo.lists``), and a great city's alternate name counts as an English exonym ("Mecca"
is Makkah, not a Californian village called Mecca).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from dateline.geo.anchor import LANDMARK_CONFIDENCE, Anchoring
from dateline.geo.coherence import support
from dateline.geo.gazetteer import (
    ALIAS,
    ALTERNATE,
    NAME,
    Candidate,
    Gazetteer,
    GazetteerEntry,
)
from dateline.geo.lists import enumerations, sibling_levels
from dateline.geo.names import name_key
from dateline.geo.recognize import DIVISION_WORDS, Mention

# Prior: weight of log10(population), bonus per feature level, penalty per kind of name match.
POPULATION_WEIGHT = 0.9
LEVEL_BONUS = {0: 4.0, 1: 3.5, 2: 0.5, 3: 0.0, 4: 0.0}  # continent, country, admin1, admin2, city
CURATED_BONUS = 9.0  # dateline's own regions and landmarks ("Middle East", "the Kremlin")
CAPITAL_BONUS = 2.0
MATCH_PENALTY = {ALIAS: 1.5, ALTERNATE: 3.0}
COUNTRY_ALIAS_PENALTY = 0.0  # "U.S.", "Britain": curated country aliases are as good as names
# A great city's other names are its English exonyms as often as not ("Mecca" for Makkah,
# "Canton" for Guangzhou): an alternate name of a city this big costs only an alias's penalty.
EXONYM_MIN_POPULATION = 1_000_000
# Context.
COUNTRY_SHARE_WEIGHT = 3.0  # times the candidate's country's share of the article's places
TOP_COUNTRY_BONUS = 1.0
ADMIN1_MENTIONED_BONUS = 2.5  # a city in a first-level division the article names
CONTAINS_MENTIONED_BONUS = 2.0  # a division that contains a city the article names
PAIR_BONUS = 6.0  # "Gainesville, Ga.": the second name is the first's division or country
DIVISION_BONUS = 3.0
SHARED_NAME_PENALTY = 1.5  # "the Donetsk region": the name is a division's, not the city's
NAMESAKE_PENALTY = 3.0  # a town named like a state or province it does not lie in
FOREIGN_NAMESAKE_POPULATION = 1_000_000  # a division abroad counts only if this big (Ontario)
SAME_ADMIN1_BONUS = 1.0  # a town in the same first-level division as the article's other towns
# A town and a county the article names that can lie together ("Lebanon" and "Boone County":
# Lebanon, Indiana, is in Boone County, Indiana), whatever either is now read as.
COUNTY_TOWN_BONUS = 2.0
COUNTY_TOWN_KM = 40.0
DISTANCE_BONUS = ((100.0, 2.0), (300.0, 1.0), (800.0, 0.5))  # km to the nearest other place
SIBLING_BONUS = 3.0  # a reading at the level of every other name of its list ("Oregon, ...")
SUPPORT_WEIGHT = 2.0  # times the support of a reading by the other names' readings nearby
LIGHT_SUPPORT_WEIGHT = 0.25  # enough to tip near-ties between neighbours, no more
ITERATIONS = 3
# A small town read far from an article's other local places, which lie together, is a stray.
BIG_CITY_POPULATION = 100_000  # a city whose name a far division may only borrow
# Up to a small town's size (25,000): "Sun Valley" read as Sun Valley, Nevada, in a story of
# towns round Paris, Texas, is a hamlet the gazetteer lacks. (Set among 10k, 25k, 50k and
# 100k by measuring lgl, GWN and GeoVirus with the gold span: 25k and 100k did best.)
STRAY_MAX_POPULATION = 25_000
STRAY_KM = 400.0
CLUSTER_KM = 100.0
STRAY_MIN_LOCAL = 2
# What a division word after a name may name: "the Donetsk region" a division's name, "the
# Pacific region" a named region's.
DIVISION_WORD_FEATURES = frozenset({"admin", "region"})
DIVISION_SUFFIXES = (" Oblast", " Region", " Province", " Governorate", " Krai", " District")


@dataclass(slots=True)
class Resolution:
    mention: Mention
    entry: GazetteerEntry | None
    confidence: float


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def candidates_for(mention: Mention, gazetteer: Gazetteer) -> list[Candidate]:
    """Gazetteer candidates of a mention; "Donetsk region" looks for the division first."""
    text = mention.text
    words = text.split()
    division = mention.division
    if len(words) > 1 and words[-1].lower() in DIVISION_WORDS:
        base = " ".join(words[:-1])
        found = list(gazetteer.lookup(text))
        if not any(c.entry.feature == "admin" for c in found):
            found += gazetteer.lookup(base)
        text, division = base, True
    else:
        found = list(gazetteer.lookup(text))
    if division:
        for suffix in DIVISION_SUFFIXES:
            found += gazetteer.lookup(text + suffix)
        found = [c for c in found if not _borrows_a_city_name(c, found)]
        admins = [c for c in found if c.entry.feature in DIVISION_WORD_FEATURES]
        if admins:
            found = admins
    if gazetteer.is_demonym(text):  # a demonym given as a toponym: "Sudanese" -> Sudan
        place = gazetteer.demonym_place(text)  # "Ohioans" -> Ohio, "Londoners" -> London
        if place:
            found = [c for c in gazetteer.lookup(place) if c.match < ALTERNATE]
            if found:
                return found
        country = gazetteer.demonym_country(text)
        return [Candidate(country, ALIAS)] if country is not None else []
    if not found and text.lower().startswith("the "):
        found = list(gazetteer.lookup(text[4:]))
    if not found:
        expanded = expand_abbreviations(text)
        if expanded != text:
            found = list(gazetteer.lookup(expanded))
    if is_acronym(text):
        found = [c for c in found if _acronym_fits(text, c)]
    best: dict[int, Candidate] = {}
    for c in found:
        if c.entry.key not in best or c.match < best[c.entry.key].match:
            best[c.entry.key] = c
    return list(best.values())


def _borrows_a_city_name(candidate: Candidate, found: Sequence[Candidate]) -> bool:
    """A division that only shares a big city's name, and lies elsewhere: "the Houston
    region" is the country around Houston, not Houston County, 170 km north of it (nor the
    one in Minnesota round a village of 1,000). A division that holds the big city ("the
    Donetsk region") keeps the name."""
    entry = candidate.entry
    if entry.feature != "admin" or candidate.match == NAME or not entry.geonameid:
        return False
    big = [c.entry for c in found if c.entry.feature == "city" and c.match == NAME
           and c.entry.population >= max(BIG_CITY_POPULATION, entry.population)]
    return bool(big) and not any(
        city.admin1_id == entry.geonameid
        or haversine_km(city.lat, city.lon, entry.lat, entry.lon) <= CLUSTER_KM
        for city in big)


ACRONYM_LETTERS = 3


def is_acronym(text: str) -> bool:
    """A short all-capital name written without dots ("EU", "NSW", "DRC"): an acronym, which
    the gazetteer's lower-case keys would confuse with a word ("Eu"). Dotted forms ("L.A.")
    only ever match dotted abbreviations."""
    if not text.isalpha():
        return False
    return len(text) <= ACRONYM_LETTERS and text.isupper()


def _acronym_fits(text: str, candidate: Candidate) -> bool:
    """An acronym names a town only as that town's curated abbreviation or its very name
    ("EU" is not Eu, France); countries, divisions and regions keep their code-like aliases."""
    entry = candidate.entry
    if entry.level < 3:
        return True
    return candidate.match == ALIAS or entry.name == text


# Abbreviations in place names: "Loudon Co.", "Mt. Vernon", "W. Columbia".
ABBREVIATIONS = {
    "co": "County", "twp": "Township", "mt": "Mount", "ft": "Fort", "st": "Saint",
    "pt": "Point", "w": "West", "e": "East", "n": "North", "s": "South",
}


def expand_abbreviations(text: str) -> str:
    """The name with its abbreviated words written out."""
    words = []
    for word in text.split():
        bare = word.rstrip(".").lower()
        words.append(ABBREVIATIONS.get(bare, word) if word.endswith(".") else word)
    return " ".join(words)


def prior(candidate: Candidate, capitals: frozenset[int] = frozenset()) -> float:
    entry = candidate.entry
    score = POPULATION_WEIGHT * math.log10(entry.population + 10)
    score += LEVEL_BONUS.get(entry.level, 0.0)
    if entry.feature in {"region", "landmark"}:
        score += CURATED_BONUS
    if entry.key in capitals:
        score += CAPITAL_BONUS
    if entry.feature == "country" and candidate.match == ALIAS:
        score -= COUNTRY_ALIAS_PENALTY
    elif (candidate.match == ALTERNATE and entry.level == 4
          and entry.population >= EXONYM_MIN_POPULATION):
        score -= MATCH_PENALTY[ALIAS]
    else:
        score -= MATCH_PENALTY.get(candidate.match, 0.0)
    return score


@dataclass(slots=True)
class _Group:
    key: str
    mentions: list[int]
    candidates: list[Candidate]
    division: bool


def resolve(
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    text: str = "",
    hint_countries: Iterable[str] = (),
    anchoring: Anchoring | None = None,
    coherence: bool = False,
    support_weight: float = SUPPORT_WEIGHT,
) -> list[Resolution]:
    """Resolve each mention to a gazetteer entry (or None), with a confidence in [0, 1].

    ``text`` is the document text (for "City, Region" pairs and "X in Y"); ``hint_countries``
    are ISO alpha-2 codes the article is known to be about (from its coded actors, say). With
    ``anchoring``, a name the gazetteer lacks becomes a ``landmark`` at the place the text
    attaches it to (see ``dateline.geo.anchor``). With ``coherence``, neighbouring readings of
    different names support each other (``dateline.geo.coherence.support``), each reading's
    support counted ``support_weight`` times.
    """
    groups: dict[str, _Group] = {}
    group_of: list[str] = []
    for i, mention in enumerate(mentions):
        # A demonym of a place is read with the place: "Londoners" and "London" are one name.
        name = gazetteer.demonym_place(mention.text) or mention.text
        key = name_key(name) + ("#division" if mention.division else "")
        if key not in groups:
            groups[key] = _Group(key, [], candidates_for(mention, gazetteer), mention.division)
        groups[key].mentions.append(i)
        group_of.append(key)
    _drop_other_names(groups)
    capitals = capital_keys(gazetteer)
    pairs = _pairs(mentions, text)
    lists = enumerations(mentions, text) if text else []
    hints = Counter(c.upper() for c in hint_countries if c)

    together = _county_town_pairs(groups)
    base = {
        key: [prior(c, capitals) + _division_score(c, g.division)
              - _shared_name_penalty(c, g.candidates)
              - _namesake_penalty(c, g.candidates, capitals)
              + (COUNTY_TOWN_BONUS if (key, n) in together else 0.0)
              for n, c in enumerate(g.candidates)]
        for key, g in groups.items()
    }
    if coherence:
        supported = support([g.candidates for g in groups.values()], list(base.values()))
        for key, lent in zip(groups, supported, strict=True):
            base[key] = [score + support_weight * s
                         for score, s in zip(base[key], lent, strict=True)]
    choice: dict[str, int] = {key: _argmax(scores) for key, scores in base.items() if scores}
    scores_final: dict[str, list[float]] = dict(base)
    # Each name is re-read in turn against the others' current readings, and its new reading
    # counts at once for the names after it: re-reading all at once can swing for ever between
    # two states ("Mecca" read in Ohio because "Medina" was, "Medina" then read in Arabia
    # because "Mecca" was, and back).
    for _ in range(ITERATIONS):
        changed = False
        siblings = _sibling_levels(lists, groups, choice, group_of, pairs)
        for key, group in groups.items():
            if not group.candidates:
                continue
            context = _Context(groups, choice, exclude=key, hints=hints)
            scores = [
                base[key][n] + context.score(c.entry)
                + _pair_score(c.entry, group, pairs, groups, group_of)
                + (SIBLING_BONUS if c.entry.level in siblings.get(key, ()) else 0.0)
                for n, c in enumerate(group.candidates)
            ]
            scores_final[key] = scores
            best = _argmax(scores)
            changed |= best != choice[key]
            choice[key] = best
        if not changed:
            break

    strays = _strays(groups, choice) if anchoring is not None else set()
    resolutions: list[Resolution] = []
    for i, mention in enumerate(mentions):
        key = group_of[i]
        group = groups[key]
        if not group.candidates or key in strays:
            resolutions.append(Resolution(mention, None, 0.3))
            continue
        scores = scores_final[key]
        best = choice[key]
        runner_up = max((s for n, s in enumerate(scores) if n != best), default=None)
        margin = scores[best] - runner_up if runner_up is not None else 4.0
        confidence = round(0.5 + 0.45 * (1 - math.exp(-max(margin, 0.0) / 2)), 3)
        resolutions.append(Resolution(mention, group.candidates[best].entry, confidence))
    if anchoring is not None and any(r.entry is None for r in resolutions):
        placed = anchoring.place(mentions, [r.entry for r in resolutions], text, gazetteer)
        for resolution, (entry, anchored) in zip(resolutions, placed, strict=True):
            if anchored:
                resolution.entry = entry
                resolution.confidence = LANDMARK_CONFIDENCE
    return resolutions


def _drop_other_names(groups: dict[str, _Group]) -> None:
    """A reading that only a variant spelling reached, of a place whose own name the article
    gives another mention, is not this mention's: in "died in Mecca, the others in Medina",
    "Mecca" is not Medina, Ohio (one of whose variants it is). A short form of that name
    stays ("Avondale" for "Avondale Estates"), and some reading always stays."""
    names = {key.split("#")[0] for key in groups}
    for key, group in groups.items():
        own = key.split("#")[0]
        others = names - {own}
        kept = [c for c in group.candidates
                if c.match != ALTERNATE or name_key(c.entry.name) not in others
                or own in name_key(c.entry.name)]
        if kept and len(kept) < len(group.candidates):
            group.candidates = kept


def _sibling_levels(lists: list[list[int]], groups: dict[str, _Group], choice: dict[str, int],
                    group_of: list[str], pairs: dict[int, int]) -> dict[str, set[int]]:
    """Per name, the level its lists' other members are read at; none for the second name of
    a "Town, Region" pair that can hold the town ("Pandi, Bulacan, and Talavera")."""
    if not lists:
        return {}
    chosen = [groups[key].candidates[choice[key]].entry if key in choice else None
              for key in group_of]
    levels = [entry.level if entry is not None else None for entry in chosen]
    holders = {j for i, j in pairs.items() if chosen[i] is not None and any(
        _holds(c.entry, chosen[i]) for c in groups[group_of[j]].candidates)}
    found: dict[str, set[int]] = {}
    for i, level in sibling_levels(lists, levels).items():
        if i not in holders:
            found.setdefault(group_of[i], set()).add(level)
    return found


def _holds(container: GazetteerEntry, entry: GazetteerEntry) -> bool:
    """The container is the entry's country or first-level division, or a second-level
    division close to it."""
    if entry.level < 3:
        return False
    if container.level == 1:
        return container.country == entry.country
    if container.level == 3:
        return (container.country == entry.country and haversine_km(
            container.lat, container.lon, entry.lat, entry.lon) <= COUNTY_TOWN_KM * 2)
    return container.level == 2 and container.geonameid == entry.admin1_id


def _strays(groups: dict[str, _Group], choice: dict[str, int]) -> set[str]:
    """Names read as a small town far from every other local place of an article whose local
    places lie together, where the name has namesakes: more likely a place the gazetteer lacks
    (a hamlet, a lake) near the others than a namesake across the country. (A name the
    gazetteer knows one place by is that place: "Marinka" in a story of Kyiv and its suburbs
    is the Donetsk town, not a hamlet near Kyiv.) So is a town of any size that only a variant
    spelling matched, in a country no other place of the article lies in ("Suba" in a Kenya
    story is not Suva, Fiji), and a county read from its bare name ("Logan" as Logan County,
    Kentucky, in a story of Missouri towns). They are left to the anchoring."""
    chosen = {key: groups[key].candidates[n] for key, n in choice.items()}
    local = {key: c.entry for key, c in chosen.items() if c.entry.level >= 3}
    if len(local) < STRAY_MIN_LOCAL + 1:
        return set()

    def near(key: str, km: float, among: Iterable[str] | None = None) -> bool:
        entry = local[key]
        return any(haversine_km(entry.lat, entry.lon, local[k].lat, local[k].lon) <= km
                   for k in (local if among is None else among) if k != key)

    def foreign_variant(key: str) -> bool:
        return chosen[key].match == ALTERNATE and not any(
            c.entry.country == local[key].country for k, c in chosen.items() if k != key)

    def weak(key: str) -> bool:
        entry = local[key]
        if entry.level == 3:  # "Logan" read as a Logan County only its bare name matched
            return chosen[key].match == ALIAS
        if foreign_variant(key):
            return True
        # A small town is a doubtful reading only where the name has namesakes: the one place
        # the gazetteer knows as "Vuhledar" is the one meant, however far from Kyiv.
        return entry.population < STRAY_MAX_POPULATION and len(groups[key].candidates) > 1

    # Where the article has firm readings, weak ones vouch for each other only where they lie
    # close together (villages of one valley), not hundreds of km apart ("Grand" as Grand
    # County and "South Side" as a Colorado hamlet, 270 km apart, in a Chicago story).
    weak_keys = {key for key in local if weak(key)}
    firm = [key for key in local if key not in weak_keys] or list(local)
    small = [key for key in weak_keys if not near(key, STRAY_KM, firm)
             and not near(key, CLUSTER_KM)]
    if not small:
        return set()
    # A stray is near none of the firm readings, so it never counts among those that lie
    # together.
    together = sum(1 for key in local if key not in small and near(key, CLUSTER_KM))
    return set(small) if together >= STRAY_MIN_LOCAL else set()


def _county_town_pairs(groups: dict[str, _Group]) -> set[tuple[str, int]]:
    """(name, candidate index) of the counties and towns that lie together with a reading of
    another name: a town within ``COUNTY_TOWN_KM`` of a county's point and in its first-level
    division, and that county."""
    counties = [(key, n, c.entry) for key, g in groups.items()
                for n, c in enumerate(g.candidates) if c.entry.level == 3]
    if not counties:
        return set()
    found: set[tuple[str, int]] = set()
    degrees = COUNTY_TOWN_KM / 111.0
    for key, group in groups.items():
        for n, candidate in enumerate(group.candidates):
            town = candidate.entry
            if town.level != 4:
                continue
            for county_key, m, county in counties:
                if county_key == key or abs(county.lat - town.lat) > degrees:
                    continue
                if county.admin1_id is not None and town.admin1_id != county.admin1_id:
                    continue  # across a state line: Clinton, Wisconsin, is in no Illinois county
                if haversine_km(town.lat, town.lon, county.lat, county.lon) <= COUNTY_TOWN_KM:
                    found.add((key, n))
                    found.add((county_key, m))
    return found


def _argmax(scores: list[float]) -> int:
    return max(range(len(scores)), key=scores.__getitem__)


def _shared_name_penalty(candidate: Candidate, candidates: Sequence[Candidate]) -> float:
    """A division named like a city inside it yields to the city: "New York" is the city."""
    entry = candidate.entry
    if entry.feature != "admin" or not entry.geonameid:
        return 0.0
    for other in candidates:
        if (other.entry.feature == "city" and other.entry.admin1_id == entry.geonameid
                and other.match <= candidate.match):
            return SHARED_NAME_PENALTY
    return 0.0


def _namesake_penalty(candidate: Candidate, candidates: Sequence[Candidate],
                      capitals: frozenset[int]) -> float:
    """A town or county named like a first-level division it does not lie in yields to the
    division: "California" is the state, not California, Pennsylvania;
    "Texas" is not Texas County, Missouri; "Ontario" is the province, not Ontario, California;
    but Berea, Kentucky, owes nothing to Berea District, Lesotho (a small division abroad).
    National capitals keep their name ("Washington"), and a division named after its own city
    ("Alexandria Governorate") lends its name to no one."""
    entry = candidate.entry
    if entry.level < 3 or entry.key in capitals:
        return 0.0
    for other in candidates:
        division = other.entry
        if division.level != 2 or other.match == ALTERNATE or division.geonameid is None:
            continue
        if division.country != entry.country and division.population < FOREIGN_NAMESAKE_POPULATION:
            continue  # Berea, Kentucky, is no namesake of Berea District, Lesotho
        if entry.admin1_id == division.geonameid:
            continue
        if any(c.entry.level >= 3 and c.entry.admin1_id == division.geonameid
               and c.match == NAME for c in candidates):
            continue  # the division is named after a place inside it (not Oklahoma City)
        return NAMESAKE_PENALTY
    return 0.0


def _division_score(candidate: Candidate, division: bool) -> float:
    if not division:
        return 0.0
    if candidate.entry.feature in DIVISION_WORD_FEATURES:
        return DIVISION_BONUS
    return -DIVISION_BONUS


class _Context:
    """What the article is about, from the current choices of every other name."""

    def __init__(self, groups: dict[str, _Group], choice: dict[str, int], exclude: str,
                 hints: Counter) -> None:
        weights: Counter = Counter()
        for country, n in hints.items():
            weights[country] += 0.5 * n
        self.admin1s: set[int] = set()
        self.city_admin1s: set[int] = set()
        self.points: list[tuple[float, float]] = []
        for key, n in choice.items():
            if key == exclude:
                continue
            group = groups[key]
            entry = group.candidates[n].entry
            count = len(group.mentions)
            if entry.country:
                weights[entry.country] += {1: 2.0, 2: 1.5}.get(entry.level, 1.0) * count
            if entry.level == 2 and entry.geonameid:
                self.admin1s.add(entry.geonameid)
            if entry.level >= 3:
                if entry.admin1_id:
                    self.city_admin1s.add(entry.admin1_id)
                self.points.append((entry.lat, entry.lon))
        total = sum(weights.values())
        self.shares = {c: w / total for c, w in weights.items()} if total else {}
        self.top = weights.most_common(1)[0][0] if weights else None

    def score(self, entry: GazetteerEntry) -> float:
        score = 0.0
        if entry.country:
            score += COUNTRY_SHARE_WEIGHT * self.shares.get(entry.country, 0.0)
            if entry.country == self.top:
                score += TOP_COUNTRY_BONUS
        if entry.level >= 3 and entry.admin1_id in self.admin1s:
            score += ADMIN1_MENTIONED_BONUS
        elif entry.level >= 3 and entry.admin1_id in self.city_admin1s:
            score += SAME_ADMIN1_BONUS
        if entry.level == 2 and entry.geonameid in self.city_admin1s:
            score += CONTAINS_MENTIONED_BONUS
        if entry.level >= 3 and self.points:
            nearest = min(haversine_km(entry.lat, entry.lon, lat, lon) for lat, lon in self.points)
            for limit, bonus in DISTANCE_BONUS:
                if nearest <= limit:
                    score += bonus
                    break
        return score


def _pairs(mentions: Sequence[Mention], text: str) -> dict[int, int]:
    """Index pairs (i, j) where mention j follows mention i after a comma: "City, Region"."""
    pairs: dict[int, int] = {}
    if not text:
        return pairs
    for i in range(len(mentions) - 1):
        gap = text[mentions[i].end:mentions[i + 1].start]
        if gap.strip() == ",":
            pairs[i] = i + 1
    return pairs


def _pair_score(entry: GazetteerEntry, group: _Group, pairs: dict[int, int],
                groups: dict[str, _Group], group_of: list[str]) -> float:
    """``PAIR_BONUS`` for a town whose "City, Region" partner can be its division or country."""
    if entry.level < 3:
        return 0.0
    for i in group.mentions:
        j = pairs.get(i)
        if j is None:
            continue
        for other in groups[group_of[j]].candidates:
            container = other.entry
            if container.level == 1 and container.country == entry.country:
                return PAIR_BONUS
            if container.level == 2 and container.geonameid == entry.admin1_id:
                return PAIR_BONUS
    return 0.0


_CAPITALS: dict[str, frozenset[int]] = {}


def capital_keys(gazetteer: Gazetteer) -> frozenset[int]:
    """Gazetteer keys of national capitals (a prior: "Moscow" is Russia's capital)."""
    cached = _CAPITALS.get(str(gazetteer.path))
    if cached is None:
        cached = frozenset(gazetteer.capitals())
        _CAPITALS[str(gazetteer.path)] = cached
    return cached


def fits_context(resolutions: Sequence[Resolution],
                 km: float = 150.0) -> Callable[[Sequence[Candidate]], bool]:
    """A judge of candidates for names found in context: true where one of them is a place the
    article already names, a country, a division of a country it names, or a town in a
    division it names or within ``km`` of a town it names."""
    located = [r.entry for r in resolutions if r.entry is not None]
    keys = {e.key for e in located}
    countries = {e.country for e in located if e.country}
    admin1s = {e.admin1_id for e in located if e.admin1_id}
    admin1s |= {e.geonameid for e in located if e.level == 2 and e.geonameid}
    points = [(e.lat, e.lon) for e in located if e.level >= 3]

    def accept(candidates: Sequence[Candidate]) -> bool:
        for candidate in candidates:
            entry = candidate.entry
            if entry.key in keys or entry.level == 1:
                return True
            if entry.level == 2 and entry.country in countries:
                return True
            if entry.level >= 3 and (
                entry.admin1_id in admin1s
                or any(haversine_km(entry.lat, entry.lon, lat, lon) <= km for lat, lon in points)
            ):
                return True
        return False

    return accept
