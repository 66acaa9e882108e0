"""The dateline_quotes component on hand-made Docs (words, tags and parse set by hand)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.nlp import components  # noqa: F401  (registers the factories)
from dateline.nlp.extensions import ensure_extensions
from dateline.quotes.lookup import quote_for_token
from dateline.records import Entity

# (word, space after, POS, lemma, head index, dependency) per token
SMITH_SAID = [
    ('"', False, "PUNCT", '"', 7, "punct"), ("We", True, "PRON", "we", 3, "nsubj"),
    ("must", True, "AUX", "must", 3, "aux"), ("act", False, "VERB", "act", 7, "ccomp"),
    (",", False, "PUNCT", ",", 7, "punct"), ('"', True, "PUNCT", '"', 7, "punct"),
    ("Smith", True, "PROPN", "Smith", 7, "nsubj"), ("said", False, "VERB", "say", 7, "ROOT"),
    (".", False, "PUNCT", ".", 7, "punct"),
]
PRONOUN_SAID = [
    ("Anna", True, "PROPN", "Anna", 1, "compound"), ("Smith", True, "PROPN", "Smith", 2, "nsubj"),
    ("spoke", True, "VERB", "speak", 2, "ROOT"), ("first", False, "ADV", "first", 2, "advmod"),
    (".", True, "PUNCT", ".", 2, "punct"),
] + [(w, sp, pos, lem, head + 5, dep) for w, sp, pos, lem, head, dep in SMITH_SAID]
PRONOUN_SAID[11] = ("she", True, "PRON", "she", 12, "nsubj")
MINISTRY_SAID = [
    ("The", True, "DET", "the", 1, "det"), ("ministry", True, "NOUN", "ministry", 2, "nsubj"),
    ("said", True, "VERB", "say", 2, "ROOT"), ("that", True, "SCONJ", "that", 6, "mark"),
    ("troops", True, "NOUN", "troop", 6, "nsubj"), ("had", True, "AUX", "have", 6, "aux"),
    ("left", False, "VERB", "leave", 2, "ccomp"), (".", False, "PUNCT", ".", 2, "punct"),
]


def make_doc(rows: list[tuple]) -> Doc:
    nlp = spacy.blank("en")
    words, spaces, pos, lemmas, heads, deps = (list(col) for col in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, spaces=spaces, pos=pos, lemmas=lemmas, heads=heads,
               deps=deps)


@pytest.fixture(scope="module")
def annotator():
    ensure_extensions()
    nlp = spacy.blank("en")
    component = nlp.add_pipe("dateline_quotes")
    component.initialize(lambda: [], nlp=nlp)
    return component


def test_factory_declares_what_it_assigns() -> None:
    meta = spacy.blank("en").get_factory_meta("dateline_quotes")
    assert meta.assigns == ["doc._.quotes"] and "doc._.entities" in meta.requires


def test_direct_quote_speaker_linked_to_entity(annotator) -> None:
    doc = make_doc(SMITH_SAID)
    doc._.entities = [Entity("E1", "Smith", 15, 20, "PERSON", "Anna Smith", [(15, 20)])]
    (quote,) = annotator(doc)._.quotes
    assert (quote.id, quote.kind, quote.text) == ("Q1", "direct", "We must act")
    assert quote.text == doc.text[quote.start : quote.end]
    assert (quote.cue.text, quote.speaker.text) == ("said", "Smith")
    assert (quote.speaker.entity, quote.speaker.canonical) == ("E1", "Anna Smith")
    assert quote.source_type == "named"


def test_pronoun_speaker_resolved_and_added_to_mentions(annotator) -> None:
    doc = make_doc(PRONOUN_SAID)
    entity = Entity("E2", "Anna Smith", 0, 10, "PERSON", "Anna Smith", [(0, 10)])
    doc._.entities = [entity]
    (quote,) = annotator(doc)._.quotes
    assert quote.speaker.text == "she"
    assert (quote.speaker.entity, quote.speaker.canonical) == ("E2", "Anna Smith")
    assert (quote.speaker.start, quote.speaker.end) in entity.mentions


def test_without_entities_speaker_keeps_its_words(annotator) -> None:
    doc = make_doc(SMITH_SAID)
    (quote,) = annotator(doc)._.quotes
    assert quote.speaker.entity is None and quote.speaker.canonical == "Smith"


def test_indirect_statement_and_token_lookup(annotator) -> None:
    doc = annotator(make_doc(MINISTRY_SAID))
    (quote,) = doc._.quotes
    assert (quote.kind, quote.text, quote.source_type) == (
        "indirect", "that troops had left", "institutional")
    assert quote_for_token(doc, doc[6]) == "Q1"  # "left"
    assert quote_for_token(doc, doc[1]) is None  # "ministry"


@pytest.mark.parametrize("text", [
    '"', "“Unclosed\n\nquote", '"a" "b" "c', "”‘’“", "", "He said ” nothing “.",
])
def test_unparsed_docs_and_stray_marks_never_crash(annotator, text: str) -> None:
    doc = spacy.blank("en")(text)
    assert annotator(doc)._.quotes == []


def test_lookup_without_quotes_is_none() -> None:
    ensure_extensions()
    doc = spacy.blank("en")("Nothing here.")
    assert quote_for_token(doc, doc[0]) is None


def test_surname_links_to_the_entity_introduced_earlier(annotator) -> None:
    rows = list(PRONOUN_SAID)
    rows[11] = ("Smith", True, "PROPN", "Smith", 12, "nsubj")
    doc = make_doc(rows)
    doc._.entities = [Entity("E3", "Anna Smith", 0, 10, "PERSON", "Anna Smith", [(0, 10)])]
    (quote,) = annotator(doc)._.quotes
    assert (quote.speaker.text, quote.speaker.entity) == ("Smith", "E3")
