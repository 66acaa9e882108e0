"""Round-4 trigger words and cues (hand-made tokens, no model): one fact per row."""

import pytest
import spacy
from spacy.tokens import Doc

from dateline.events.cues import antecedent_words, framed_words, sentence_words
from dateline.events.lexicon import Lexicon

NLP = spacy.blank("en")
LEXICON = Lexicon.from_resource()


def one_word(word, lemma, pos, children=()):
    words = [*children, word]
    n = len(words) - 1
    doc = Doc(NLP.vocab, words=words, heads=[n] * len(words),
              deps=["dobj"] * n + ["ROOT"], pos=["NOUN"] * n + [pos],
              lemmas=[*children, lemma])
    return doc[n]


@pytest.mark.parametrize(
    ("word", "lemma", "pos", "children", "event_type", "mode"),
    [
        # South Asian protest words
        ("dharna", "dharna", "NOUN", (), "PROTEST", "demo"),
        ("bandh", "bandh", "NOUN", (), "PROTEST", "strike"),
        ("hartal", "hartal", "NOUN", (), "PROTEST", "strike"),
        ("agitation", "agitation", "NOUN", (), "PROTEST", "demo"),
        ("raised", "raise", "VERB", ("slogans",), "PROTEST", "demo"),
        ("burnt", "burn", "VERB", ("effigy",), "PROTEST", "demo"),
        ("gathered", "gather", "VERB", ("protesters",), "PROTEST", "demo"),
        ("procession", "procession", "NOUN", ("candlelight",), "PROTEST", "demo"),
        ("went", "go", "VERB", ("strike",), "PROTEST", "strike"),
        ("downed", "down", "VERB", ("tools",), "PROTEST", "strike"),
        # stones, bottles and firebombs are thrown weapons
        ("hurled", "hurl", "VERB", ("stones",), "ASSAULT", "primitive"),
        ("threw", "throw", "VERB", ("bottles",), "ASSAULT", "primitive"),
        ("pelted", "pelt", "VERB", (), "ASSAULT", "primitive"),
        # sexual violence and abduction
        ("molested", "molest", "VERB", (), "ASSAULT", "sexual"),
        ("assaulted", "assault", "VERB", ("sexually",), "ASSAULT", "sexual"),
        ("violence", "violence", "NOUN", ("sexual",), "ASSAULT", "sexual"),
        ("took", "take", "VERB", ("hostages",), "ASSAULT", "abduct"),
        ("disappearance", "disappearance", "NOUN", ("enforced",), "ASSAULT", "abduct"),
        # moving forces is mobilization
        ("dispatched", "dispatch", "VERB", ("troops",), "MOBILIZE", "troops"),
        ("reinforced", "reinforce", "VERB", (), "MOBILIZE", "troops"),
    ],
)
def test_lexicon_match(word, lemma, pos, children, event_type, mode):
    entry = LEXICON.match(one_word(word, lemma, pos, children))
    assert entry is not None
    assert (entry.type, entry.mode) == (event_type, mode)


@pytest.mark.parametrize(
    ("word", "lemma", "pos", "children"),
    [
        ("gathered", "gather", "VERB", ("firewood",)),  # gathering is no protest by itself
        ("threw", "throw", "VERB", ("party",)),
        ("procession", "procession", "NOUN", ("religious",)),
    ],
)
def test_no_protest_or_weapon_sense(word, lemma, pos, children):
    entry = LEXICON.match(one_word(word, lemma, pos, children))
    assert entry is None or (entry.type, entry.mode) not in (
        ("PROTEST", "demo"), ("ASSAULT", "primitive"))


def doc_of(words, heads, deps, lemmas):
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)


# "Riot police chased marchers": the word riot only names a unit.
RIOT_POLICE = doc_of(["Riot", "police", "chased", "marchers"], [1, 2, 2, 2],
                     ["compound", "nsubj", "ROOT", "dobj"],
                     ["riot", "police", "chase", "marcher"])
# "Marchers riot in the capital": it is what happened.
RIOT = doc_of(["Marchers", "riot", "in", "town"], [1, 1, 1, 2],
              ["nsubj", "ROOT", "prep", "pobj"], ["marcher", "riot", "in", "town"])
# headline parse: "Riot" hangs on another word, yet the next word is "police"
HEADLINE = doc_of(["Riot", "police", "chase", "marchers"], [3, 2, 3, 3],
                  ["amod", "compound", "compound", "ROOT"],
                  ["riot", "police", "chase", "marcher"])


@pytest.mark.parametrize(
    ("doc", "kept"), [(RIOT_POLICE, False), (HEADLINE, False), (RIOT, True)],
)
def test_riot_as_the_name_of_a_unit_is_no_cue(doc, kept):
    assert ("riot" in sentence_words(doc[:])) is kept
    assert ("riot" in framed_words(doc[:])) is kept


@pytest.mark.parametrize(
    ("mode", "refined"),
    [(None, "abduct"), ("clash", "abduct"), ("firearms", "firearms"), ("destroy", "destroy")],
)
def test_the_classifier_refines_only_a_missing_or_generic_mode(mode, refined):
    from dateline.events.detect import Candidate, _refine

    token = one_word("shot", "shoot", "VERB")
    cand = Candidate(trigger=token, type="ASSAULT", mode=mode, cameo=None, contexts=[],
                     modality="asserted")
    _refine(cand, {"ASSAULT:abduct": 0.7, "NONE": 0.3})
    assert cand.mode == refined


def parsed(rows):
    words, heads, deps, pos, lemmas = zip(*rows, strict=True)
    doc = Doc(NLP.vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos),
              lemmas=list(lemmas), sent_starts=[w == words[0] or w == "They" for w in words])
    return doc


# "Troops advanced . They took Gao": "They" are the troops.
TWO_SENTENCES = [("Troops", 1, "nsubj", "NOUN", "troop"),
                 ("advanced", 1, "ROOT", "VERB", "advance"), (".", 1, "punct", "PUNCT", "."),
                 ("They", 4, "nsubj", "PRON", "they"), ("took", 4, "ROOT", "VERB", "take"),
                 ("Gao", 4, "dobj", "PROPN", "Gao")]
# "They took Gao": no subject before the pronoun.
ONE_SENTENCE = [("They", 1, "nsubj", "PRON", "they"), ("took", 1, "ROOT", "VERB", "take"),
                ("Gao", 1, "dobj", "PROPN", "Gao")]


@pytest.mark.parametrize(
    ("rows", "index", "words"), [(TWO_SENTENCES, 3, {"troop"}), (ONE_SENTENCE, 0, set())],
)
def test_a_pronoun_takes_the_words_of_the_subject_before_it(rows, index, words):
    doc = parsed(rows)
    assert antecedent_words(doc[index]) == words
