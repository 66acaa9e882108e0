"""Actor coding: which country and sector a name or phrase stands for, and in what role.

Rules for a person, in order (the first that gives a country wins; confidence falls):
1. a country word in the person's title or apposition ("French Foreign Minister", "Kremlin
   spokesman", "Ukraine's top military commander");
2. the dictionary of known people;
3. a country named earlier in the same sentence ("A U.S. Army delegation, led by ...");
4. a country named in the three sentences before;
5. the country the article mentions most.
The sector comes from the title ("spokesman" GOV, "commander" MIL), else the known person.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from dateline.actors.dictionary import ActorDictionary
from dateline.nlp.extensions import items
from dateline.records import ActorCode, Entity, Participant

# Tokens that may stand inside a title before a name: "the Army's Chief of Staff".
_TITLE_POS = {"PROPN", "NOUN", "ADJ"}
_TITLE_JOINERS = {"of", "'s", "’s", "-", "and"}
COUNTRY_LABELS = {"GPE", "NORP", "ORG", "LOC", "FAC"}


def title_window(span: Span) -> Span | None:
    """The run of title words just before a name ("U.S. Secretary of State"), if any."""
    doc = span.doc
    sent_start = span.sent.start if doc.has_annotation("SENT_START") else 0
    i = span.start
    while i > sent_start:
        tok = doc[i - 1]
        if tok.pos_ in _TITLE_POS or (tok.lower_ in _TITLE_JOINERS and i - 1 > sent_start):
            if tok.ent_type_ == "PERSON":
                break
            i -= 1
            continue
        break
    # A common noun that is no title word does not belong to the title: "the position
    # President Vladimir Putin laid out" -> "President".
    title_words = ActorDictionary.load().title_words
    while i < span.start and (
        doc[i].lower_ in _TITLE_JOINERS
        or (doc[i].pos_ == "NOUN" and doc[i].is_lower and doc[i].lower_ not in title_words)
    ):
        i += 1
    return doc[i:span.start] if i < span.start else None


def apposition(span: Span) -> Span | None:
    """An appositive describing the name: "Dmitry Peskov, the Kremlin spokesman, said"."""
    for tok in span:
        for child in tok.children:
            if child.dep_ == "appos" and not (span.start <= child.i < span.end):
                words = [t for t in child.subtree if t.i >= span.end]
                if words:
                    return span.doc[words[0].i:words[-1].i + 1]
    return None


def code_words(words: Iterable[Token],
               dictionary: ActorDictionary) -> tuple[str | None, str | None]:
    """(country, sector) named by a run of words: country words and sector terms."""
    tokens = list(words)
    country = None
    for k, tok in enumerate(tokens):
        if _negated_affiliation(tokens, k):
            continue  # "pro-Ukrainian predecessor" says nothing of the person's country
        country = dictionary.country_of_word(tok.text)
        if country:
            break
    if country is None:
        for size in (3, 2):
            for j in range(len(tokens) - size + 1):
                phrase = " ".join(t.text for t in tokens[j:j + size])
                country = dictionary.country_of_word(phrase)
                if country:
                    break
            if country:
                break
    texts = [t.text for t in tokens]
    sector = None
    for table in (dictionary.titles, dictionary.groups, dictionary.org_words):
        found = dictionary.find_terms(texts, table)
        if found:
            # The last title word is the head of the phrase: "Army Secretary" -> the secretary.
            longest = max(found, key=lambda f: (f[1] - f[0], f[1]))
            sector = table[longest[2]]
            break
    return country, sector


def _negated_affiliation(tokens: list[Token], k: int) -> bool:
    """A country word after "pro-" or "anti-" names a sympathy, not an affiliation."""
    before = [t.lower_ for t in tokens[max(0, k - 2):k]]
    return bool(before) and (before[-1] in ("pro", "anti") or before[-2:] in (["pro", "-"],
                                                                            ["anti", "-"]))


def country_mentions(doc: Doc, dictionary: ActorDictionary) -> list[tuple[int, str]]:
    """(token index, ISO3) of every entity that names a country, in text order."""
    found = []
    for ent in doc.ents:
        if ent.label_ in COUNTRY_LABELS:
            iso3 = dictionary.country_of_word(ent.text)
            if iso3 and iso3 in dictionary.countries:
                found.append((ent.start, iso3))
    return found


def code_person(span: Span, dictionary: ActorDictionary,
                countries: list[tuple[int, str]] | None = None) -> tuple[ActorCode, float]:
    """Code a PERSON mention; returns the code and a confidence."""
    doc = span.doc
    role_span = title_window(span) or apposition(span)
    country = sector = None
    confidence = 0.3
    if role_span is not None:
        country, sector = code_words(role_span, dictionary)
        if country:
            confidence = 0.9
    known = dictionary.person(span.text)
    if known:
        if country is None and known.country:
            country, confidence = known.country, 0.85
        sector = sector or known.sector
    if country is None:
        countries = countries if countries is not None else country_mentions(doc, dictionary)
        country, confidence = _context_country(span, countries)
    role = role_span.text if role_span is not None else (known.role if known else None)
    return ActorCode(country=country, sector=sector, role=role), confidence


def _context_country(span: Span, countries: list[tuple[int, str]]) -> tuple[str | None, float]:
    doc = span.doc
    sent = span.sent
    before = [(i, c) for i, c in countries if sent.start <= i < span.start]
    if before:
        return before[-1][1], 0.5
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    index = next((k for k, s in enumerate(sents) if s.start == sent.start), 0)
    window_start = sents[max(0, index - 3)].start
    recent = [(i, c) for i, c in countries if window_start <= i < sent.start]
    if recent:
        return recent[-1][1], 0.4
    if countries:
        return Counter(c for _, c in countries).most_common(1)[0][0], 0.3
    return None, 0.0


def code_named(span: Span, label: str,
               dictionary: ActorDictionary) -> tuple[ActorCode | None, float]:
    """Code a non-person named entity (GPE, NORP, ORG, FAC, LOC)."""
    text = span.text
    org = dictionary.organization(text)
    if org:
        return ActorCode(org.country, org.sector, None), 0.9
    seat = dictionary.seat_country(text)
    country = dictionary.country_of_name(text)
    if country:
        return ActorCode(country, None, None), 0.9
    if seat:
        return ActorCode(seat, "GOV", None), 0.8
    if label == "NORP":
        demonym = dictionary.country_of_word(text)
        return (ActorCode(demonym, None, None), 0.8) if demonym else (None, 0.0)
    if label == "ORG":
        words = list(span)
        window = title_window(span)
        if window is not None:
            words = list(window) + words
        country, sector = code_words(words, dictionary)
        if country:
            return ActorCode(country, sector, None), 0.6
        if sector:
            # "Parliament fired two ministers": the country is the one the context names.
            context, confidence = _context_country(span, country_mentions(span.doc, dictionary))
            return ActorCode(context, sector, None), min(0.5, confidence) or 0.3
    return None, 0.0


def code_span(doc: Doc, span: Span) -> Participant:
    """Code any phrase as an event participant ("Russian troops", "the Kremlin", "Peskov").

    The phrase's head decides: a head inside an entity takes that entity's code; otherwise
    country words among its modifiers and a sector noun as its head ("Ukraine's armed forces"
    -> UKR MIL, "Ukrainian civilians" -> UKR CVL).
    """
    dictionary = ActorDictionary.load()
    head = span.root
    entity = entity_at(doc, head.idx, head.idx + len(head.text))
    if entity is not None and entity.actor is not None:
        _, sector = code_words(span, dictionary)
        return Participant(span.text, span.start_char, span.end_char, entity=entity.id,
                           country=entity.actor.country,
                           sector=entity.actor.sector or (sector if entity.label != "PERSON"
                                                          else None))
    country, sector = code_words(span, dictionary)
    modifier_entity = None
    for tok in span:
        found = entity_at(doc, tok.idx, tok.idx + len(tok.text))
        if found is not None and found.actor is not None and found.actor.country:
            modifier_entity = found
            country = country or found.actor.country
            break
    return Participant(span.text, span.start_char, span.end_char,
                       entity=entity.id if entity else (modifier_entity.id
                                                        if modifier_entity else None),
                       country=country, sector=sector)


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The dateline entity one of whose mentions overlaps the character range."""
    for entity in items(doc, "entities"):
        for m_start, m_end in entity.mentions:
            if m_start < end and start < m_end:
                return entity
    return None
