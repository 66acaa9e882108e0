"""Toponym recognition: spaCy's GPE/LOC/FAC entities, plus gazetteer names the model missed.

A name the model did not tag as a place is taken only where a reader would take it: after a
locative preposition ("near Pokrovsk"), before a division word ("the Donetsk region"), in a
"City, Region" pair, or (``find_in_context``, a second reading) where it fits the places the
article already names ("Fargo police" in a story about Moorhead). Demonyms ("Ukrainian
forces"), common words and parts of people's names are never places.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.geo.gazetteer import ALTERNATE, Candidate, Gazetteer
from dateline.resources import load_table, load_yaml, split_cell

PLACE_LABELS = frozenset({"GPE", "LOC"})
FACILITY_LABELS = frozenset({"FAC"})
# Labels under which the model sometimes files a place name ("Pokrovsk" as PERSON or ORG).
MISLABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
LOCATIVE_PREPOSITIONS = frozenset({
    "in", "near", "at", "outside", "from", "to", "into", "across", "toward", "towards",
    "around", "through", "throughout", "inside", "off", "nearby", "via", "between", "within",
    "west", "east", "north", "south", "northwest", "northeast", "southwest", "southeast",
})
# Stricter, for names the model did not tag at all: "to" and "from" also take people.
STRONG_PREPOSITIONS = LOCATIVE_PREPOSITIONS - {"to", "from", "at", "between", "via"}
SETTLEMENT_NOUNS = frozenset({
    "city", "town", "village", "region", "province", "district", "oblast", "state", "county",
    "port", "capital", "settlement", "country", "island", "commune", "municipality",
})
# Entities that never hold a toponym.
NON_NAME_LABELS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL",
                             "PERCENT"})
DIVISION_WORDS = frozenset({"region", "oblast", "province", "governorate", "district", "krai"})
STATE_OF_WORDS = frozenset({"state", "province"})  # "the state of Washington"
LEADING_WORDS = frozenset({"the"})


@dataclass(frozen=True, slots=True)
class NameFilters:
    """Words that are rarely places when the model did not tag them (resources/geo_not_places)."""

    common_words: frozenset[str]
    person_titles: frozenset[str]
    # Last words of facility names that are places ("Elm Street", "Neches River"), taken even
    # where the gazetteer lacks them (resources/geo_landmarks: they are then anchored).
    place_heads: frozenset[str] = frozenset()
    # Names of organizations that act in the news (resources/organizations.csv): "NATO" is
    # no hamlet of the Philippines, "the UN" no town in India, whatever the model tags them.
    organizations: frozenset[str] = frozenset()

    @classmethod
    def load(cls, resource: str = "geo_not_places.yaml",
             landmarks: str = "geo_landmarks.yaml",
             organizations: str = "organizations.csv") -> NameFilters:
        data = load_yaml(resource)
        heads = load_yaml(landmarks).get("facility_place_heads", [])
        names = {name.casefold() for row in load_table(organizations)
                 for name in (row["name"], *split_cell(row["aliases"]))}
        return cls(frozenset(data["common_words"]) | frozenset(data["languages_and_peoples"]),
                   frozenset(data["person_titles"]), frozenset(h.lower() for h in heads),
                   frozenset(names))

    def rejects(self, span: Span, person_names: set[str]) -> bool:
        """A common word, part of a person's name seen in the article, or after a title."""
        doc = span.doc
        if len(span) == 1 and (span[0].lower_ in self.common_words
                               or span[0].text in person_names):
            return True
        if span[0].lower_ in self.common_words and len(span) > 1 and span[-1].lower_ in (
                self.common_words):
            return True
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ == ".":
            before = doc[span.start - 2] if span.start > 1 else None
        return before is not None and before.lower_.rstrip(".") in self.person_titles


def person_name_parts(doc: Doc) -> set[str]:
    """Words of the multi-word person names in a Doc ("Clinton" of "Hillary Clinton")."""
    return {t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}


@dataclass(slots=True)
class Mention:
    """A toponym span in the text, before resolution."""

    start: int  # character offsets into doc.text
    end: int
    token_start: int
    token_end: int
    text: str
    source: str  # "ner" | "gazetteer" | "context" | "given"
    division: bool = False  # followed by a division word: "the Donetsk region"
    label: str | None = None


def find_mentions(doc: Doc, gazetteer: Gazetteer | None = None,
                  filters: NameFilters | None = None) -> list[Mention]:
    """Toponym mentions of a parsed Doc, in text order, without overlaps.

    With a gazetteer, names the model missed are added where the context says place;
    ``filters`` (default: the resource's) rule out common words and people's names.
    """
    filters = filters or NameFilters.load()
    persons = person_name_parts(doc)
    mentions: list[Mention] = []
    taken = [False] * len(doc)
    for ent in doc.ents:
        if ent.label_ not in MISLABELS:
            for i in range(ent.start, ent.end):
                taken[i] = True
    for ent in _joined(doc, gazetteer):
        mention = _from_entity(ent, gazetteer, filters, persons)
        if mention is not None:
            mentions.append(mention)
            for i in range(mention.token_start, mention.token_end):
                taken[i] = True
    if gazetteer is not None:
        for mention in _from_gazetteer(doc, gazetteer, taken, filters, persons):
            mentions.append(mention)
            for i in range(mention.token_start, mention.token_end):
                taken[i] = True
    mentions.sort(key=lambda m: m.start)
    return mentions


def _joined(doc: Doc, gazetteer: Gazetteer | None) -> list[Span]:
    """The entities, two adjacent place entities joined where together they are one name the
    gazetteer knows: the model splits "Burkina Faso" into "Burkina" and "Faso"."""
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        if (gazetteer is not None and i + 1 < len(ents) and ents[i + 1].start == ent.end
                and ent.label_ in PLACE_LABELS and ents[i + 1].label_ in PLACE_LABELS):
            both = Span(doc, ent.start, ents[i + 1].end, label=ent.label_)
            if _known(gazetteer, both.text, strict=True):
                out.append(both)
                i += 2
                continue
        out.append(ent)
        i += 1
    return out


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in LEADING_WORDS:
        start += 1
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'"} or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def _followed_by_division(span: Span) -> bool:
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in DIVISION_WORDS


def names_division(span: Span) -> bool:
    """The text says the name is a division's: followed by a division word ("the Donetsk
    region") or by a lower-case "state" ("a Washington state farm", not "Ohio State"), or after
    "state of" / "province of" ("the state of Washington")."""
    doc = span.doc
    if _followed_by_division(span):
        return True
    if span.end < len(doc) and doc[span.end].text == "state":
        return True
    return (span.start >= 2 and doc[span.start - 1].lower_ == "of"
            and doc[span.start - 2].lower_ in STATE_OF_WORDS)


def _from_entity(ent: Span, gazetteer: Gazetteer | None, filters: NameFilters,
                 persons: set[str]) -> Mention | None:
    span = _trim(ent)
    if span is None or not any(ch.isupper() for ch in span.text):
        return None
    if gazetteer is not None and gazetteer.is_demonym(span.text):
        return None
    if span[-1].lower_ in DIVISION_WORDS and len(span) > 1:
        span_division = True
    else:
        span_division = names_division(span)
    if ent.label_ in PLACE_LABELS:
        if span.text in persons and gazetteer is not None and not _major(gazetteer, span.text):
            return None  # "Saakashvili" tagged GPE where "Mikheil Saakashvili" is a person
    elif ent.label_ in FACILITY_LABELS:
        if gazetteer is None:
            return None
        if not (_known(gazetteer, span.text) or span[-1].lower_.rstrip(".") in filters.place_heads):
            return None
    elif ent.label_ in MISLABELS:
        if gazetteer is None or not _known(gazetteer, span.text, strict=True):
            return None
        if _organization(span, filters, gazetteer):
            return None
        if filters.rejects(span, persons):
            return None
        if not (_locative_context(span) or span_division or _paired(span, gazetteer)
                or _landmark(gazetteer, span.text)):
            return None
    else:
        return None
    return Mention(span.start_char, span.end_char, span.start, span.end, span.text, "ner",
                   span_division, ent.label_)


def _known(gazetteer: Gazetteer, text: str, strict: bool = False) -> bool:
    """The gazetteer knows the name; strictly: as a place's own name or a curated alias."""
    candidates = gazetteer.lookup(text)
    if strict:
        return any(c.match < ALTERNATE for c in candidates)
    return bool(candidates)


def _major(gazetteer: Gazetteer, text: str) -> bool:
    """The name of a country or first-level division ("Georgia", "Washington")."""
    return any(c.entry.level <= 2 and c.match < ALTERNATE for c in gazetteer.lookup(text))


def _organization(span: Span, filters: NameFilters, gazetteer: Gazetteer) -> bool:
    """The name of an organization that acts ("NATO"), unless it stands for a region or
    landmark of dateline's own ("the EU", "the Pentagon")."""
    return span.text.casefold() in filters.organizations and not any(
        c.entry.feature in ("region", "landmark") for c in gazetteer.lookup(span.text))


def _landmark(gazetteer: Gazetteer, text: str) -> bool:
    """A landmark the gazetteer knows by name ("the Kremlin"), whatever the model called it."""
    return any(c.entry.feature == "landmark" and c.match < ALTERNATE
               for c in gazetteer.lookup(text))


def _locative_context(span: Span, prepositions: frozenset[str] = LOCATIVE_PREPOSITIONS) -> bool:
    """Preceded by a locative preposition, or by "the city of" and the like."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in LEADING_WORDS:
        i -= 1
    if i < 0:
        return False
    before = doc[i].lower_
    if before in prepositions:
        return True
    return before == "of" and i > 0 and doc[i - 1].lower_ in SETTLEMENT_NOUNS


def _paired(span: Span, gazetteer: Gazetteer) -> bool:
    """Part of a "City, Region" pair whose other half is a known place."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        nxt = doc[span.end + 1]
        if nxt.is_title and _known(gazetteer, nxt.text, strict=True):
            return True
    return False


def _candidate_token(token: Token, taken: list[bool]) -> bool:
    return (not taken[token.i] and (token.is_title or token.is_upper) and token.is_alpha
            and token.pos_ == "PROPN")


def _from_gazetteer(doc: Doc, gazetteer: Gazetteer, taken: list[bool], filters: NameFilters,
                    persons: set[str]) -> list[Mention]:
    """Capitalized words the model left untagged that the gazetteer knows, in a place context."""

    def fits(span: Span) -> bool:
        if gazetteer.is_demonym(span.text) or not _known(gazetteer, span.text, strict=True):
            return False
        if filters.rejects(span, persons) or _organization(span, filters, gazetteer):
            return False
        return (_locative_context(span) or _followed_by_division(span)
                or _paired(span, gazetteer))

    return _longest_first(
        doc, min(gazetteer.max_name_tokens, 4),
        word_ok=lambda t: _candidate_token(t, taken),
        start_ok=lambda t: _candidate_token(t, taken) and not t.is_sent_start,
        fits=fits, source="gazetteer")


def _longest_first(doc: Doc, max_len: int, word_ok: Callable[[Token], bool],
                   start_ok: Callable[[Token], bool], fits: Callable[[Span], bool],
                   source: str) -> list[Mention]:
    """Scan left to right; at each start, take the longest run of acceptable words (up to
    ``max_len``) that ``fits``, and go on after it."""
    found: list[Mention] = []
    # run[i]: how many acceptable words follow from i on (each word is judged once)
    run = [0] * (len(doc) + 1)
    for k in range(len(doc) - 1, -1, -1):
        run[k] = run[k + 1] + 1 if word_ok(doc[k]) else 0
    i = 0
    while i < len(doc):
        if not run[i] or not start_ok(doc[i]):
            i += 1
            continue
        match = None
        for length in range(min(max_len, run[i]), 0, -1):
            j = i + length
            if fits(doc[i:j]):
                match = doc[i:j]
                break
        if match is None:
            i += 1
            continue
        found.append(Mention(match.start_char, match.end_char, match.start, match.end,
                             match.text, source, names_division(match)))
        i = match.end
    return found


def find_in_context(doc: Doc, gazetteer: Gazetteer, known: Sequence[Mention],
                    accept: Callable[[tuple[Candidate, ...]], bool],
                    filters: NameFilters | None = None) -> list[Mention]:
    """Names of places inside organization names or untagged ("Fargo police", "the Athens City
    Council") that fit the places the article already names: ``accept`` judges the candidates.

    A person's name is taken only whole ("Alexandria was a finalist"), never a part of it.
    """
    filters = filters or NameFilters.load()
    persons = person_name_parts(doc)
    taken = [False] * len(doc)
    for mention in known:
        for i in range(mention.token_start, mention.token_end):
            taken[i] = True
    person_parts: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in NON_NAME_LABELS or ent.label_ in PLACE_LABELS:
            for i in range(ent.start, ent.end):
                taken[i] = True
        elif ent.label_ == "PERSON" and len(ent) > 1:
            person_parts.update(range(ent.start, ent.end))

    def fits(span: Span) -> bool:
        if gazetteer.is_demonym(span.text) or filters.rejects(span, persons):
            return False
        candidates = tuple(c for c in gazetteer.lookup(span.text) if c.match < ALTERNATE)
        return bool(candidates) and accept(candidates)

    return _longest_first(
        doc, min(gazetteer.max_name_tokens, 4),
        word_ok=lambda t: _name_token(t, taken),
        start_ok=lambda t: _name_token(t, taken) and t.i not in person_parts,
        fits=fits, source="context")


def _name_token(token: Token, taken: list[bool]) -> bool:
    """A capitalized proper-noun word ("Fargo", "U.S.") not already in a place or a number."""
    return (not taken[token.i] and token.text[0].isupper() and not token.like_num
            and token.text.replace(".", "").isalpha() and token.pos_ == "PROPN")
