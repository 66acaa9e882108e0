"""Actor / recipient from hand-made parses, and candidate merging (no model)."""

import pytest
import spacy
from spacy.tokens import Doc

from dateline.events.detect import sentence_candidates
from dateline.events.lexicon import Lexicon
from dateline.events.merge import infer_actors, merge_candidates
from dateline.events.participants import actor_span, recipient_span

NLP = spacy.blank("en")
LEXICON = Lexicon.from_resource()


def parsed(rows, sent_starts=None):
    words, heads, deps, pos, lemmas = zip(*rows, strict=True)
    return Doc(NLP.vocab, words=list(words), heads=list(heads), deps=list(deps),
               pos=list(pos), lemmas=list(lemmas), sent_starts=sent_starts)


ACTIVE = [("Rebels", 1, "nsubj", "NOUN", "rebel"), ("attacked", 1, "ROOT", "VERB", "attack"),
          ("the", 3, "det", "DET", "the"), ("base", 1, "dobj", "NOUN", "base")]
PASSIVE = [("The", 1, "det", "DET", "the"), ("base", 3, "nsubjpass", "NOUN", "base"),
           ("was", 3, "auxpass", "AUX", "be"), ("attacked", 3, "ROOT", "VERB", "attack"),
           ("by", 3, "agent", "ADP", "by"), ("rebels", 4, "pobj", "NOUN", "rebel")]
NOUN = [("Russia", 2, "poss", "PROPN", "Russia"), ("'s", 0, "case", "PART", "'s"),
        ("attack", 2, "ROOT", "NOUN", "attack"), ("on", 2, "prep", "ADP", "on"),
        ("Kharkiv", 3, "pobj", "PROPN", "Kharkiv")]
XCOMP = [("Rebels", 1, "nsubj", "NOUN", "rebel"), ("threatened", 1, "ROOT", "VERB", "threaten"),
         ("to", 3, "aux", "PART", "to"), ("attack", 1, "xcomp", "VERB", "attack"),
         ("Gao", 3, "dobj", "PROPN", "Gao")]


CONTROL = [("Talks", 1, "nsubj", "NOUN", "talk"), ("forced", 1, "ROOT", "VERB", "force"),
           ("Chad", 1, "dobj", "PROPN", "Chad"), ("to", 4, "aux", "PART", "to"),
           ("release", 1, "xcomp", "VERB", "release"), ("hostages", 4, "dobj", "NOUN", "hostage")]


@pytest.mark.parametrize(
    ("rows", "index", "actor", "recipient"),
    [(ACTIVE, 1, "Rebels", "the base"), (PASSIVE, 3, "rebels", "The base"),
     (NOUN, 2, "Russia", "Kharkiv"), (XCOMP, 3, "Rebels", "Gao"),
     (CONTROL, 4, "Chad", "hostages")],
)
def test_participants(rows, index, actor, recipient):
    doc = parsed(rows)
    assert actor_span(doc[index]).text == actor
    assert recipient_span(doc[index]).text == recipient


def _absolute(rows, offset):
    return [(w, h + offset, d, p, lem) for w, h, d, p, lem in rows]


def test_an_event_told_in_two_sentences_is_one():
    # "Rebels attacked the base. The attack killed 9."
    second = [("The", 1, "det", "DET", "the"), ("attack", 2, "nsubj", "NOUN", "attack"),
              ("killed", 2, "ROOT", "VERB", "kill"), ("9", 2, "dobj", "NUM", "9")]
    doc = parsed(ACTIVE + _absolute(second, 4), sent_starts=[1, 0, 0, 0, 1, 0, 0, 0])
    found = [c for sent in doc.sents for c in sentence_candidates(sent, LEXICON)]
    merged = merge_candidates(found)
    assert len(merged) == 1
    assert merged[0].trigger.text == "attacked"
    assert merged[0].counts["killed"].value == 9


def test_an_actorless_event_infers_the_actor_from_context():
    # "Rebels attacked the base. Houses were burned."
    second = [("Houses", 2, "nsubjpass", "NOUN", "house"), ("were", 2, "auxpass", "AUX", "be"),
              ("burned", 2, "ROOT", "VERB", "burn")]
    doc = parsed(ACTIVE + _absolute(second, 4), sent_starts=[1, 0, 0, 0, 1, 0, 0])
    found = merge_candidates([c for s in doc.sents for c in sentence_candidates(s, LEXICON)])
    infer_actors(found)
    burned = next(c for c in found if c.trigger.text == "burned")
    assert burned.actor.text == "Rebels"
    assert burned.inferred_actor
