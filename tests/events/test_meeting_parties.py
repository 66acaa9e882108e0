"""Who met whom: hyphenated pairs, venues named before a meeting noun, and meetings that are
no one's actor (hand-made parses, no model)."""

import spacy
from spacy.tokens import Doc, Span

from dateline.events.participants import actor_span, recipient_span
from dateline.nlp.extensions import ensure_extensions

ensure_extensions()
NLP = spacy.blank("en")


def parsed(rows, ents=()):
    words, heads, deps, pos, lemmas = zip(*rows, strict=True)
    spaces = [w != "-" and nxt != "-" for w, nxt in zip(words, (*words[1:], ""), strict=True)]
    doc = Doc(NLP.vocab, words=list(words), spaces=spaces, heads=list(heads), deps=list(deps),
              pos=list(pos), lemmas=list(lemmas))
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


# "Chile-Peru talks resumed": the pair's first side acts, the second receives.
PAIR = [("Chile", 2, "compound", "PROPN", "Chile"), ("-", 2, "punct", "PUNCT", "-"),
        ("Peru", 3, "compound", "PROPN", "Peru"), ("talks", 4, "nsubj", "NOUN", "talk"),
        ("resumed", 4, "ROOT", "VERB", "resume")]
# "Guinea-Bissau troops attacked": one name across the hyphen, not a pair.
ONE_NAME = [("Guinea", 2, "compound", "PROPN", "Guinea"), ("-", 2, "punct", "PUNCT", "-"),
            ("Bissau", 3, "compound", "PROPN", "Bissau"), ("troops", 4, "nsubj", "NOUN", "troop"),
            ("attacked", 4, "ROOT", "VERB", "attack")]
# "The Lima summit follows Chile-Peru talks": a meeting is not the actor of the talks.
FOLLOW = [("The", 2, "det", "DET", "the"), ("Lima", 2, "compound", "PROPN", "Lima"),
          ("summit", 3, "nsubj", "NOUN", "summit"), ("follows", 3, "ROOT", "VERB", "follow"),
          ("Chile", 6, "compound", "PROPN", "Chile"), ("-", 6, "punct", "PUNCT", "-"),
          ("Peru", 7, "compound", "PROPN", "Peru"), ("talks", 3, "dobj", "NOUN", "talk")]
# "Oslo joined the Geneva talks with Iranian officials": Geneva is where, not who.
VENUE = [("Oslo", 1, "nsubj", "PROPN", "Oslo"), ("joined", 1, "ROOT", "VERB", "join"),
         ("the", 4, "det", "DET", "the"), ("Geneva", 4, "compound", "PROPN", "Geneva"),
         ("talks", 1, "dobj", "NOUN", "talk"), ("with", 4, "prep", "ADP", "with"),
         ("Iranian", 7, "amod", "ADJ", "iranian"), ("officials", 5, "pobj", "NOUN", "official")]


def text(span):
    return span.text if span is not None else None


def test_a_hyphenated_pair_names_both_sides():
    doc = parsed(PAIR, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert text(actor_span(doc[3])) == "Chile"
    assert text(recipient_span(doc[3])) == "Peru"


def test_one_name_across_a_hyphen_is_not_a_pair():
    doc = parsed(ONE_NAME, ents=[(0, 3, "GPE")])
    assert text(actor_span(doc[4])) == "Guinea-Bissau troops"
    assert text(recipient_span(doc[3])) is None


def test_a_meeting_is_not_the_actor_of_another_meeting():
    doc = parsed(FOLLOW, ents=[(1, 2, "GPE"), (4, 5, "GPE"), (6, 7, "GPE")])
    assert text(actor_span(doc[7])) == "Chile"
    assert text(actor_span(doc[2])) is None


def test_a_place_before_a_meeting_noun_is_its_venue_not_its_actor():
    doc = parsed(VENUE, ents=[(0, 1, "GPE"), (3, 4, "GPE"), (6, 7, "NORP")])
    assert text(actor_span(doc[4])) == "Oslo"
    assert text(recipient_span(doc[4])) == "Iranian officials"
