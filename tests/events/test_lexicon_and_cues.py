"""Trigger lexicon senses and sentence cues (hand-made tokens, no model)."""

import pytest
import spacy
from spacy.tokens import Doc

from dateline.events.cues import (
    apply_cues,
    load_rules,
    protest_violence,
    territory_mode,
    violence_side,
)
from dateline.events.lexicon import Lexicon

NLP = spacy.blank("en")
LEXICON = Lexicon.from_resource()
RULES = load_rules()


def one_word(word, lemma, pos, children=()):
    words = [*children, word]
    n = len(words) - 1
    doc = Doc(NLP.vocab, words=words, heads=[n] * len(words),
              deps=["compound"] * n + ["ROOT"], pos=["NOUN"] * n + [pos],
              lemmas=[*children, lemma])
    return doc[n]


@pytest.mark.parametrize(
    ("word", "lemma", "pos", "children", "event_type", "mode"),
    [
        ("shelled", "shell", "VERB", (), "ASSAULT", "shelling"),
        ("visited", "visit", "VERB", (), "CONSULT", "visit"),
        ("urged", "urge", "VERB", (), "REQUEST", None),
        ("expelled", "expel", "VERB", (), "SANCTION", "expel"),
        ("arrested", "arrest", "VERB", (), "COERCE", "arrest"),
        ("ceasefire", "ceasefire", "NOUN", (), "RETREAT", "ceasefire"),
        ("strike", "strike", "NOUN", ("air",), "ASSAULT", "aerial"),
        ("strike", "strike", "NOUN", ("drone",), "ASSAULT", "drone"),
        ("attack", "attack", "NOUN", ("grenade",), "ASSAULT", "grenade"),
        ("sanctions", "sanction", "NOUN", (), "SANCTION", "discontinue"),
        ("summit", "summit", "NOUN", (), "CONSULT", "multilateral"),
    ],
)
def test_lexicon_match(word, lemma, pos, children, event_type, mode):
    entry = LEXICON.match(one_word(word, lemma, pos, children))
    assert (entry.type, entry.mode) == (event_type, mode)


@pytest.mark.parametrize(("word", "lemma", "pos"),
                         [("table", "table", "NOUN"), ("said", "say", "VERB"),
                          ("quickly", "quickly", "ADV")])
def test_no_trigger(word, lemma, pos):
    assert LEXICON.match(one_word(word, lemma, pos)) is None


def test_a_word_with_two_senses_lists_both():
    types = {e.type for e in LEXICON.matches(one_word("struck", "strike", "VERB"))}
    assert {"ASSAULT", "PROTEST"} <= types


@pytest.mark.parametrize(
    ("event_type", "mode", "actor", "words", "expected"),
    [
        ("ASSAULT", "explosives", {"man"}, {"suicide", "bomber"}, ("ASSAULT", "suicide-attack")),
        ("ASSAULT", None, {"militant"}, {"grenade"}, ("ASSAULT", "grenade")),
        ("ASSAULT", "clash", {"army"}, {"drone"}, ("ASSAULT", "drone")),
        ("ASSAULT", None, set(), {"earthquake", "kill"}, ("OTHER", "natural-disaster")),
        ("ASSAULT", None, {"tsunami"}, {"tsunami", "kill"}, ("OTHER", "natural-disaster")),
        ("ASSAULT", None, {"rebel"}, {"earthquake", "kill"}, ("ASSAULT", None)),
        ("ASSAULT", "abduct", {"gunman"}, {"drone"}, ("ASSAULT", "abduct")),
        ("PROTEST", "demo", {"student"}, {"stone", "hurl"}, ("PROTEST", "riot")),
        ("COERCE", "seize", {"police"}, {"cocaine"}, ("OTHER", "crime")),
        ("CONSULT", None, {"minister"}, {"drone"}, ("CONSULT", None)),
    ],
)
def test_cues(event_type, mode, actor, words, expected):
    assert apply_cues(event_type, mode, actor, words, RULES) == expected


@pytest.mark.parametrize(
    ("event_type", "mode", "words", "actor_words", "expected"),
    [
        ("COERCE", "arrest", {"arrest", "protester"}, {"police"}, ("PROTEST", "intervention")),
        ("ASSAULT", "firearms", {"fire", "demonstrator"}, {"police"},
         ("ASSAULT", "crowd-control")),
        ("ASSAULT", None, {"attack", "protest"}, {"protester"}, ("PROTEST", "riot")),
        ("ASSAULT", "firearms", {"fire", "village"}, {"gunman"}, ("ASSAULT", "firearms")),
        ("COERCE", "arrest", {"arrest", "suspect"}, {"police"}, ("COERCE", "arrest")),
    ],
)
def test_violence_at_a_protest(event_type, mode, words, actor_words, expected):
    assert protest_violence(event_type, mode, words, actor_words) == expected


@pytest.mark.parametrize(
    ("actor_words", "mode"),
    [({"government", "force"}, "regain"), ({"islamist", "militant"}, "overtake"),
     ({"the", "army"}, "regain"), ({"villager"}, None)],
)
def test_who_took_the_territory(actor_words, mode):
    assert territory_mode(actor_words) == mode


@pytest.mark.parametrize(
    ("recipient_words", "mode"),
    [({"villager"}, "firearms"), ({"the", "army", "convoy"}, "clash"),
     ({"police", "station"}, "clash"), ({"building"}, None)],
)
def test_one_sided_or_two_sided(recipient_words, mode):
    assert violence_side(recipient_words) == mode
