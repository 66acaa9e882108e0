"""Where an event happened: the place attached to its trigger, else its sentence's place, else
the article's main place, with an ACLED-style precision (1 town, 2 near a town or a district,
3 province, country or wider)."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dateline.nlp.extensions import items
from dateline.records import EventPlace, Place
from dateline.resources import load_table

# Prepositions that attach a place to an event ("strike on Ternopil", "fighting near Pokrovsk").
ATTACHING_PREPOSITIONS = frozenset({
    "in", "near", "at", "on", "outside", "around", "across", "into", "inside", "over", "within",
    "throughout", "along", "off", "toward", "towards", "to", "from", "through",
})
APPROXIMATE_WORDS = frozenset({"near", "outside", "around", "nearby", "close", "toward",
                               "towards", "off", "across", "outskirts"})


def place_precision(place: Place, doc: Doc | None = None) -> int:
    """ACLED-style precision of a place: 1 exact town, 2 near a town or a district, 3 wider."""
    if place.feature in {"city", "landmark"}:
        precision = 1
    elif place.feature == "admin" and place.admin1 and place.admin1 != place.name:
        precision = 2  # a second-level division
    else:
        precision = 3
    if precision == 1 and doc is not None and _approximate(doc, place):
        precision = 2
    return precision


def _approximate(doc: Doc, place: Place) -> bool:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    before = [t.lower_ for t in doc[max(span.start - 3, 0):span.start]]
    return any(word in APPROXIMATE_WORDS for word in before)


def event_location(doc: Doc, token: Token) -> EventPlace | None:
    """The place of the event whose trigger is ``token``.

    The place attached to the trigger or its clause by a preposition (or as the target of the
    trigger), else the sentence's most precise place, else the article's main place.
    """
    places = [p for p in items(doc, "places") if p.role == "location"]
    if not places:
        return None
    spans = {p.id: doc.char_span(p.start, p.end, alignment_mode="expand") for p in places}
    sentence = token.sent
    told = _told_in(doc, token)
    in_sentence = [
        p for p in places
        if spans[p.id] is not None and sentence.start <= spans[p.id].start < sentence.end
        and not possessor(spans[p.id])
        and (told is None or told[0] <= p.start < told[1])
    ]
    if doc.has_annotation("DEP"):
        attached = [p for p in in_sentence if _attached(spans[p.id].root, token)]
        if attached:
            best = min(attached, key=lambda p: (place_precision(p, doc),
                                                abs(spans[p.id].start - token.i)))
            return EventPlace(best.id, place_precision(best, doc))
    if in_sentence:
        best = min(in_sentence, key=lambda p: (place_precision(p, doc),
                                               abs(spans[p.id].start - token.i)))
        return EventPlace(best.id, place_precision(best, doc))
    nearby = _neighbouring(doc, sentence, [p for p in places if spans[p.id] is not None], spans)
    if nearby:
        # "... killed in an overnight strike. The town, near the border, ...": a sentence
        # that names no place takes the most precise place of the sentence just before or
        # after it, as a reader does; the looser link gives at best precision 2.
        best = min(nearby, key=lambda p: (place_precision(p, doc),
                                          abs(spans[p.id].start - token.i)))
        if place_precision(best, doc) < 3:
            return EventPlace(best.id, max(place_precision(best, doc), 2))
    main = main_place(doc)
    if main is None:
        return None
    return EventPlace(main.id, max(place_precision(main, doc), 2))


def _told_in(doc: Doc, token: Token) -> tuple[int, int] | None:
    """The character span of the widest reported content the trigger is told in, if any.
    A place outside it in the same sentence says where the telling was, not where the event
    was: "Japan disbursed aid to Afghanistan, the foreign ministry said in Tokyo",
    "police dismantled the network, officials in Bogota said"."""
    spans = [(q.start, q.end) for q in items(doc, "quotes")
             if q.start <= token.idx < q.end]
    return max(spans, key=lambda s: s[1] - s[0]) if spans else None


def possessor(span: Span) -> bool:
    """The place only says whose: a possessive of an actor ("met Peru's navy chief",
    "Russia's foreign minister said", "France's army"). Such a place is not where its
    sentence's event happened. A possessive of anything else ("defend Chile's airspace", "in
    Chile's north") still places it. Actors are people and organizations the parser names, and
    the titles and groups of ``resources/sectors.csv``."""
    root = span.root
    if root.dep_ in ("compound", "nmod"):
        return _names_a_persons_office(root.head)  # "the Zembla envoy"
    if root.dep_ != "poss":
        return False
    possessed = root.head
    while possessed.dep_ in {"compound", "amod"} and possessed.head is not possessed:
        possessed = possessed.head
    if possessed.ent_type_ in ACTOR_ENTITY_TYPES:
        return True
    if any(child.ent_type_ == "PERSON" and child.dep_ in {"appos", "compound"}
           for child in possessed.children):
        return True  # "Peru's navy chief Admiral Ana Ruiz": a named person
    actors = sector_words(ACTOR_KINDS)
    return possessed.lemma_.lower() in actors or possessed.lower_ in actors


def _names_a_persons_office(noun: Token) -> bool:
    """A place before a title or a name says whose: "U.S. national security adviser", "the
    Zembla envoy", "Zembla President Ivo Ban"; not before a body or a place ("the Kyiv city
    council", "Kyiv region"), which sit where they are named."""
    while noun.dep_ in {"compound", "amod"} and noun.head is not noun:
        if noun.ent_type_ == "PERSON":
            return True
        noun = noun.head
    return noun.ent_type_ == "PERSON" or noun.lower_ in sector_words(TITLE_KINDS)


ACTOR_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP"})
ACTOR_KINDS = frozenset({"title", "group", "org"})  # words that name actors
TITLE_KINDS = frozenset({"title"})  # words that name a person's office


@lru_cache(maxsize=4)
def sector_words(kinds: frozenset[str]) -> frozenset[str]:
    """Single words of ``resources/sectors.csv`` of the given kinds (loaded on first use)."""
    return frozenset(row["term"].lower() for row in load_table("sectors.csv")
                     if row["kind"] in kinds and " " not in row["term"].strip())


def _neighbouring(doc: Doc, sentence: Span, places: list[Place],
                  spans: dict[str, Span]) -> list[Place]:
    """Places in the sentence just before and the sentence just after ``sentence``."""
    before = doc[sentence.start - 1].sent if sentence.start > 0 else None
    after = doc[sentence.end].sent if sentence.end < len(doc) else None
    ranges = [(s.start, s.end) for s in (before, after) if s is not None]
    return [p for p in places if any(a <= spans[p.id].start < b for a, b in ranges)]


def main_place(doc: Doc) -> Place | None:
    """The article's main place: its most often named location (earliest on ties)."""
    places = [p for p in items(doc, "places") if p.role == "location" and p.lat is not None]
    if not places:
        return None
    counts = Counter((p.name, p.country) for p in places)
    return max(places, key=lambda p: (counts[(p.name, p.country)], -p.start))


def _attached(place: Token, trigger: Token) -> bool:
    """The place hangs off the trigger's clause: through a preposition, or as its object."""
    token = place
    while token.dep_ in {"conj", "appos", "compound"} and token.head is not token:
        token = token.head
    if token.head == trigger and token.dep_ in {"dobj", "compound", "nmod", "npadvmod", "amod"}:
        return True
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ not in ATTACHING_PREPOSITIONS:
        return False
    head = prep.head
    # Climb through nouns and prepositions until the first verb: "strike on a house in Ternopil".
    for _ in range(6):
        if head == trigger:
            return True
        if head.pos_ in {"VERB", "AUX"} or head.head is head:
            return False
        head = head.head
    return False
