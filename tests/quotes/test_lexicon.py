"""The word lists behind attribution, one fact per row."""

from __future__ import annotations

import pytest

from dateline.quotes.lexicon import load_lexicon


@pytest.mark.parametrize(("lemma", "kind"), [
    ("say", "speech"), ("tell", "speech"), ("add", "speech"), ("warn", "speech"),
    ("deny", "speech"), ("insist", "speech"), ("claim", "speech"), ("accuse", "speech"),
    ("announce", "speech"), ("signal", "speech"), ("acknowledge", "speech"),
    ("believe", "belief"), ("show", "evidence"), ("criticize", "stance"), ("call", "frame"),
])
def test_cue_kind(lemma: str, kind: str) -> None:
    cue = load_lexicon().cue(lemma)
    assert cue is not None and cue.kind == kind and 0 < cue.confidence <= 1


@pytest.mark.parametrize(("word", "source_type"), [
    ("source", "anonymous"), ("people", "anonymous"), ("official", "anonymous"),
    ("authority", "institutional"), ("military", "institutional"), ("kremlin", "institutional"),
    ("report", "document"), ("statement", "document"),
])
def test_source_word(word: str, source_type: str) -> None:
    assert load_lexicon().source_words[word] == source_type


@pytest.mark.parametrize(("pronoun", "label"), [
    ("he", "PERSON"), ("she", "PERSON"), ("it", "ORG"), ("it", "GPE"),
])
def test_pronoun_labels(pronoun: str, label: str) -> None:
    assert label in load_lexicon().pronouns[pronoun]


@pytest.mark.parametrize("marker", ["familiar with", "not to be named", "condition of anonymity"])
def test_anonymity_markers(marker: str) -> None:
    assert marker in load_lexicon().anonymity_markers
