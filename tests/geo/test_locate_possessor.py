"""A place that only says whose ("Zembla's commander") is not where its sentence's event is."""

import pytest
import spacy
from spacy.tokens import Doc

from dateline.geo.locate import event_location, possessor
from dateline.nlp.extensions import ensure_extensions
from dateline.records import Place


def parsed(words: list[str], heads: list[int], deps: list[str],
           ents: list[str] | None = None) -> Doc:
    ensure_extensions()
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, ents=ents,
               sent_starts=[i == 0 or words[i - 1] == "." for i in range(len(words))])


@pytest.mark.parametrize(
    ("words", "heads", "deps", "ents", "whose"),
    [
        # "They met Zembla's top commander Ivo Ban." the commander is named: a person's
        (["They", "met", "Zembla", "'s", "top", "commander", "Ivo", "Ban", "."],
         [1, 1, 5, 2, 5, 1, 7, 5, 1],
         ["nsubj", "ROOT", "poss", "case", "amod", "dobj", "compound", "appos", "punct"],
         ["O", "O", "B-GPE", "O", "O", "O", "B-PERSON", "I-PERSON", "O"], True),
        # "Zembla's minister spoke." a title
        (["Zembla", "'s", "minister", "spoke", "."], [2, 0, 3, 3, 3],
         ["poss", "case", "nsubj", "ROOT", "punct"], None, True),
        # "Zembla's army advanced." an actor's group
        (["Zembla", "'s", "army", "advanced", "."], [2, 0, 3, 3, 3],
         ["poss", "case", "nsubj", "ROOT", "punct"], None, True),
        # "Drones struck Zembla's capital." a place's part: still a place
        (["Drones", "struck", "Zembla", "'s", "capital", "."], [1, 1, 4, 2, 1, 1],
         ["nsubj", "ROOT", "poss", "case", "dobj", "punct"], None, False),
        # "Fighting raged in Zembla's east."
        (["Fighting", "raged", "in", "Zembla", "'s", "east", "."], [1, 1, 1, 5, 3, 2, 1],
         ["nsubj", "ROOT", "prep", "poss", "case", "pobj", "punct"], None, False),
        # "The Zembla envoy spoke." a place before a title says whose
        (["The", "Zembla", "envoy", "spoke", "."], [2, 2, 3, 3, 3],
         ["det", "compound", "nsubj", "ROOT", "punct"], None, True),
        # "Zembla President Ivo Ban spoke." before a person's name
        (["Zembla", "President", "Ivo", "Ban", "spoke", "."], [3, 3, 3, 4, 4, 4],
         ["compound", "compound", "compound", "nsubj", "ROOT", "punct"],
         ["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"], True),
        # "They met Zembla adviser Ivo Ban." the parser's nmod reads the same
        (["They", "met", "Zembla", "adviser", "Ivo", "Ban", "."], [1, 1, 3, 5, 5, 1, 1],
         ["nsubj", "ROOT", "nmod", "compound", "compound", "dobj", "punct"],
         ["O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O"], True),
        # "The Zembla city council voted." a body sits where it is named
        (["The", "Zembla", "city", "council", "voted", "."], [3, 3, 3, 4, 4, 4],
         ["det", "compound", "compound", "nsubj", "ROOT", "punct"], None, False),
        # "Zembla voted." no possessive at all
        (["Zembla", "voted", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"], None, False),
    ],
)
def test_possessor(words, heads, deps, ents, whose):
    doc = parsed(words, heads, deps, ents)
    zembla = words.index("Zembla")
    assert possessor(doc[zembla:zembla + 1]) is whose


def _place(doc: Doc, i: int, pid: str, feature: str) -> Place:
    token = doc[i]
    return Place(id=pid, text=token.text, start=token.idx, end=token.idx + len(token),
                 name=token.text, country="XX", admin1=None, lat=1.0, lon=1.0,
                 feature=feature, role="location")


def test_a_meeting_with_a_country_s_commander_is_placed_at_the_town_next_door():
    # "Envoys were in Malovka. They met Zembla's commander."
    words = ["Envoys", "were", "in", "Malovka", ".", "They", "met", "Zembla", "'s",
             "commander", "."]
    heads = [1, 1, 1, 2, 1, 6, 6, 9, 7, 6, 6]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "nsubj", "ROOT", "poss", "case", "dobj",
            "punct"]
    doc = parsed(words, heads, deps)
    doc._.places = [_place(doc, 3, "P1", "city"), _place(doc, 7, "P2", "country")]
    found = event_location(doc, doc[6])
    assert (found.place, found.precision) == ("P1", 2)
