"""Actor / recipient from hand-made parses, and candidate merging (no model)."""

import pytest
import spacy
from spacy.tokens import Doc, Span

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


# "Mali sent its troops to Niger": what the actor owns is not the recipient.
OWN = [("Mali", 1, "nsubj", "PROPN", "Mali"), ("sent", 1, "ROOT", "VERB", "send"),
       ("its", 3, "poss", "PRON", "its"), ("troops", 1, "dobj", "NOUN", "troop"),
       ("to", 1, "prep", "ADP", "to"), ("Niger", 4, "pobj", "PROPN", "Niger")]
# "Peru threatened to cut ties with Chile": the intended act's recipient.
INTENDED = [("Peru", 1, "nsubj", "PROPN", "Peru"), ("threatened", 1, "ROOT", "VERB", "threaten"),
            ("to", 3, "aux", "PART", "to"), ("cut", 1, "xcomp", "VERB", "cut"),
            ("ties", 3, "dobj", "NOUN", "tie"), ("with", 3, "prep", "ADP", "with"),
            ("Chile", 5, "pobj", "PROPN", "Chile")]
# "Lula spoke at a summit with Milei": who acts at a meeting takes part in it.
MEETING = [("Lula", 1, "nsubj", "PROPN", "Lula"), ("spoke", 1, "ROOT", "VERB", "speak"),
           ("at", 1, "prep", "ADP", "at"), ("a", 4, "det", "DET", "a"),
           ("summit", 2, "pobj", "NOUN", "summit"), ("with", 4, "prep", "ADP", "with"),
           ("Milei", 5, "pobj", "PROPN", "Milei")]


def test_a_passive_state_action_in_a_country_is_that_states():
    rows = [("Two", 1, "nummod", "NUM", "two"), ("monks", 3, "nsubjpass", "NOUN", "monk"),
            ("were", 3, "auxpass", "AUX", "be"), ("arrested", 3, "ROOT", "VERB", "arrest"),
            ("in", 3, "prep", "ADP", "in"), ("Laos", 4, "pobj", "PROPN", "Laos")]
    doc = parsed(rows)
    doc.ents = [Span(doc, 5, 6, label="GPE")]
    assert actor_span(doc[3]).text == "Laos"
    doc.ents = []
    assert actor_span(doc[3]) is None  # "arrested in the morning": no state named


@pytest.mark.parametrize(
    ("rows", "index", "actor", "recipient"),
    [(ACTIVE, 1, "Rebels", "the base"), (PASSIVE, 3, "rebels", "The base"),
     (NOUN, 2, "Russia", "Kharkiv"), (XCOMP, 3, "Rebels", "Gao"),
     (CONTROL, 4, "Chad", "hostages"), (OWN, 1, "Mali", "Niger"),
     (INTENDED, 1, "Peru", "Chile"), (MEETING, 4, "Lula", "Milei")],
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
