"""Actor / recipient from hand-made parses, and candidate merging (no model)."""

import pytest
import spacy
from spacy.tokens import Doc, Span

from dateline.events.detect import sentence_candidates
from dateline.events.lexicon import Lexicon
from dateline.events.merge import infer_actors, merge_candidates
from dateline.events.participants import actor_span, recipient_span
from dateline.nlp.extensions import ensure_extensions
from dateline.records import Place

ensure_extensions()
NLP = spacy.blank("en")
LEXICON = Lexicon.from_resource()


def parsed(rows, sent_starts=None, ents=()):
    """A Doc from (word, head, dep, pos, lemma) rows; no space around a hyphen word, so that
    "Chile - Peru" reads "Chile-Peru"; ``ents`` as (start, end, label)."""
    words, heads, deps, pos, lemmas = zip(*rows, strict=True)
    spaces = [w != "-" and nxt != "-" for w, nxt in zip(words, (*words[1:], ""), strict=True)]
    doc = Doc(NLP.vocab, words=list(words), spaces=spaces, heads=list(heads), deps=list(deps),
              pos=list(pos), lemmas=list(lemmas), sent_starts=sent_starts)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


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

# "Fighting between the army and rebels resumed": the two sides after the noun.
BETWEEN = [("Fighting", 6, "nsubj", "NOUN", "fighting"), ("between", 0, "prep", "ADP", "between"),
           ("the", 3, "det", "DET", "the"), ("army", 1, "pobj", "NOUN", "army"),
           ("and", 3, "cc", "CCONJ", "and"), ("rebels", 3, "conj", "NOUN", "rebel"),
           ("resumed", 6, "ROOT", "VERB", "resume")]
# "Kenya began two weeks of talks with Somalia": a noun that only times the act is no actor.
MEASURED = [("Kenya", 1, "nsubj", "PROPN", "Kenya"), ("began", 1, "ROOT", "VERB", "begin"),
            ("two", 3, "nummod", "NUM", "two"), ("weeks", 1, "dobj", "NOUN", "week"),
            ("of", 3, "prep", "ADP", "of"), ("talks", 4, "pobj", "NOUN", "talk"),
            ("with", 5, "prep", "ADP", "with"), ("Somalia", 6, "pobj", "PROPN", "Somalia")]


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
     (INTENDED, 1, "Peru", "Chile"), (MEETING, 4, "Lula", "Milei"),
     (BETWEEN, 0, "the army", "rebels"), (MEASURED, 5, "Kenya", "Somalia")],
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


def _w(word, head, dep, pos, lemma=None):
    return (word, head, dep, pos, lemma or word.lower())


# Each case: rows of a hand-made parse, entity spans (start, end, label), trigger index, and
# the expected actor phrase. Sentences written for these tests.
ACTOR_CASES = {
    # a noun that names the one who acts: "Taliban suicide bombers killed five soldiers"
    "agent noun": ([_w("Taliban", 2, "compound", "PROPN"), _w("suicide", 2, "compound", "NOUN"),
                    _w("bombers", 3, "nsubj", "NOUN", "bomber"), _w("killed", 3, "ROOT", "VERB",
                                                                     "kill"),
                    _w("five", 5, "nummod", "NUM"), _w("soldiers", 3, "dobj", "NOUN", "soldier")],
                   [(0, 1, "ORG")], 2, "Taliban suicide bombers"),
    # an actor among a noun's modifiers: "Russian airstrikes hit Kharkiv"
    "national modifier": ([_w("Russian", 1, "amod", "ADJ"), _w("airstrikes", 2, "nsubj", "NOUN",
                                                              "airstrike"),
                           _w("hit", 2, "ROOT", "VERB"), _w("Kharkiv", 2, "dobj", "PROPN")],
                          [(0, 1, "NORP"), (3, 4, "GPE")], 1, "Russian"),
    # through a compound chain: "Syrian government shelling killed two"
    "sector modifier": ([_w("Syrian", 1, "amod", "ADJ"), _w("government", 2, "compound", "NOUN"),
                         _w("shelling", 3, "nsubj", "NOUN"), _w("killed", 3, "ROOT", "VERB",
                                                                "kill"),
                         _w("two", 3, "dobj", "NUM")],
                        [(0, 1, "NORP")], 2, "Syrian government"),
    # a passive without agent, done by the subject of the clause that tells how:
    # "Ten civilians were killed as rebels shelled the town"
    "cause clause": ([_w("Ten", 1, "nummod", "NUM"), _w("civilians", 3, "nsubjpass", "NOUN",
                                                         "civilian"),
                      _w("were", 3, "auxpass", "AUX", "be"), _w("killed", 3, "ROOT", "VERB",
                                                                "kill"),
                      _w("as", 6, "mark", "SCONJ"), _w("rebels", 6, "nsubj", "NOUN", "rebel"),
                      _w("shelled", 3, "advcl", "VERB", "shell"), _w("the", 8, "det", "DET"),
                      _w("town", 6, "dobj", "NOUN")], [], 3, "rebels"),
    # ... or by who carried out the attack it happened in: "... killed in Russian airstrikes"
    "cause noun": ([_w("Ten", 1, "nummod", "NUM"), _w("civilians", 3, "nsubjpass", "NOUN",
                                                       "civilian"),
                    _w("were", 3, "auxpass", "AUX", "be"), _w("killed", 3, "ROOT", "VERB",
                                                              "kill"),
                    _w("in", 3, "prep", "ADP"), _w("Russian", 6, "amod", "ADJ"),
                    _w("airstrikes", 4, "pobj", "NOUN", "airstrike")],
                   [(5, 6, "NORP")], 3, "Russian"),
    # a gerund after a preposition takes the verb's subject: "Chile responded by expelling"
    "gerund": ([_w("Chile", 1, "nsubj", "PROPN"), _w("responded", 1, "ROOT", "VERB", "respond"),
                _w("by", 1, "prep", "ADP"), _w("expelling", 2, "pcomp", "VERB", "expel"),
                _w("diplomats", 3, "dobj", "NOUN", "diplomat")], [(0, 1, "GPE")], 3, "Chile"),
    # "Rebels are responsible for the killings": the adjective's subject
    "responsible for": ([_w("Rebels", 1, "nsubj", "NOUN", "rebel"), _w("are", 1, "ROOT", "AUX",
                                                                        "be"),
                         _w("responsible", 1, "acomp", "ADJ"), _w("for", 2, "prep", "ADP"),
                         _w("the", 5, "det", "DET"), _w("killings", 3, "pobj", "NOUN",
                                                         "killing")], [], 5, "Rebels"),
    # forces moved are who moves them: "Peacekeepers were deployed to Gao"
    "force passive": ([_w("Peacekeepers", 2, "nsubjpass", "NOUN", "peacekeeper"),
                       _w("were", 2, "auxpass", "AUX", "be"), _w("deployed", 2, "ROOT", "VERB",
                                                                 "deploy"),
                       _w("to", 2, "prep", "ADP"), _w("Gao", 3, "pobj", "PROPN")],
                      [(4, 5, "GPE")], 2, "Peacekeepers"),
    # a state's act named by a noun: "A trader was put under investigation in Peru"
    "state noun": ([_w("A", 1, "det", "DET"), _w("trader", 3, "nsubjpass", "NOUN"),
                    _w("was", 3, "auxpass", "AUX", "be"), _w("put", 3, "ROOT", "VERB"),
                    _w("under", 3, "prep", "ADP"), _w("investigation", 4, "pobj", "NOUN"),
                    _w("in", 5, "prep", "ADP"), _w("Peru", 6, "pobj", "PROPN")],
                   [(7, 8, "GPE")], 5, "Peru"),
    # "Two inspectors were expelled from Iran": only Iran expels from Iran
    "expelled from": ([_w("Two", 1, "nummod", "NUM"), _w("inspectors", 3, "nsubjpass", "NOUN",
                                                          "inspector"),
                       _w("were", 3, "auxpass", "AUX", "be"), _w("expelled", 3, "ROOT", "VERB",
                                                                 "expel"),
                       _w("from", 3, "prep", "ADP"), _w("Iran", 4, "pobj", "PROPN")],
                      [(5, 6, "GPE")], 3, "Iran"),
    # who acts at a gathering takes part in it: "Students threw stones during demonstrations"
    "gathering": ([_w("Students", 1, "nsubj", "NOUN", "student"), _w("threw", 1, "ROOT", "VERB",
                                                                      "throw"),
                   _w("stones", 1, "dobj", "NOUN", "stone"), _w("during", 1, "prep", "ADP"),
                   _w("demonstrations", 3, "pobj", "NOUN", "demonstration")], [], 4, "Students"),
    # the owner of a plan is who would carry it out: "Chile kept its ability to strike"
    "owner of a plan": ([_w("Chile", 1, "nsubj", "PROPN"), _w("kept", 1, "ROOT", "VERB", "keep"),
                         _w("its", 3, "poss", "PRON"), _w("ability", 1, "dobj", "NOUN"),
                         _w("to", 5, "aux", "PART"), _w("strike", 3, "acl", "VERB")],
                        [(0, 1, "GPE")], 5, "its"),
}


def _doc_with_ents(rows, ents):
    doc = parsed(rows)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


@pytest.mark.parametrize("case", sorted(ACTOR_CASES))
def test_actor_classes(case):
    rows, ents, index, expected = ACTOR_CASES[case]
    doc = _doc_with_ents(rows, ents)
    assert actor_span(doc[index]).text == expected


def test_forces_moved_are_not_their_own_recipient():
    rows, ents, index, _ = ACTOR_CASES["force passive"]
    doc = _doc_with_ents(rows, ents)
    assert recipient_span(doc[index]).text == "Gao"


@pytest.mark.parametrize(
    ("rows", "index", "recipient"),
    [
        # "Nine people died in airstrikes": who the attack hurt
        ([_w("Nine", 1, "nummod", "NUM"), _w("people", 2, "nsubj", "NOUN", "people"),
          _w("died", 2, "ROOT", "VERB", "die"), _w("in", 2, "prep", "ADP"),
          _w("airstrikes", 3, "pobj", "NOUN", "airstrike")], 4, "Nine people"),
        # "Six people were missing and two dead from shelling": the conjunct's subject
        ([_w("Six", 1, "nummod", "NUM"), _w("people", 3, "nsubj", "NOUN", "people"),
          _w("were", 3, "aux", "AUX", "be"), _w("missing", 3, "ROOT", "VERB", "miss"),
          _w("and", 3, "cc", "CCONJ"), _w("two", 3, "conj", "NUM"),
          _w("dead", 5, "amod", "ADJ"), _w("from", 5, "prep", "ADP"),
          _w("shelling", 7, "pobj", "NOUN")], 8, "Six people"),
    ],
)
def test_the_casualties_of_an_attack_noun_are_its_recipient(rows, index, recipient):
    doc = parsed(rows)
    assert recipient_span(doc[index]).text == recipient


# "Two monks were detained in Laos": Laos acts (a state action); the monks are the recipient,
# never Laos again.
DETAINED = [("Two", 1, "nummod", "NUM", "two"), ("monks", 3, "nsubjpass", "NOUN", "monk"),
            ("were", 3, "auxpass", "AUX", "be"), ("detained", 3, "ROOT", "VERB", "detain"),
            ("in", 3, "prep", "ADP", "in"), ("Laos", 4, "pobj", "PROPN", "Laos")]
# "A reporter was put under investigation in Peru": who is put under a state action noun.
INVESTIGATED = [("A", 1, "det", "DET", "a"), ("reporter", 3, "nsubjpass", "NOUN", "reporter"),
                ("was", 3, "auxpass", "AUX", "be"), ("put", 3, "ROOT", "VERB", "put"),
                ("under", 3, "prep", "ADP", "under"),
                ("investigation", 4, "pobj", "NOUN", "investigation"),
                ("in", 5, "prep", "ADP", "in"), ("Peru", 6, "pobj", "PROPN", "Peru")]

# "The mayor was taken into custody in Chile": a verb that puts someone under a state action.
CUSTODY = [("The", 1, "det", "DET", "the"), ("mayor", 3, "nsubjpass", "NOUN", "mayor"),
           ("was", 3, "auxpass", "AUX", "be"), ("taken", 3, "ROOT", "VERB", "take"),
           ("into", 3, "prep", "ADP", "into"), ("custody", 4, "pobj", "NOUN", "custody"),
           ("in", 3, "prep", "ADP", "in"), ("Chile", 6, "pobj", "PROPN", "Chile")]


@pytest.mark.parametrize(
    ("rows", "gpe", "index", "actor", "recipient"),
    [(DETAINED, 5, 3, "Laos", "Two monks"), (INVESTIGATED, 7, 5, "Peru", "A reporter"),
     (CUSTODY, 7, 3, "Chile", "The mayor")],
)
def test_the_state_acting_is_not_its_own_recipient(rows, gpe, index, actor, recipient):
    doc = parsed(rows)
    doc.ents = [Span(doc, gpe, gpe + 1, label="GPE")]
    assert actor_span(doc[index]).text == actor
    assert recipient_span(doc[index]).text == recipient


def test_who_puts_someone_under_arrest_acts():
    rows = [("Police", 1, "nsubj", "NOUN", "police"), ("placed", 1, "ROOT", "VERB", "place"),
            ("two", 3, "nummod", "NUM", "two"), ("activists", 1, "dobj", "NOUN", "activist"),
            ("under", 1, "prep", "ADP", "under"), ("arrest", 4, "pobj", "NOUN", "arrest")]
    doc = parsed(rows)
    assert actor_span(doc[5]).text == "Police"
    assert recipient_span(doc[5]).text == "two activists"
    # "came under attack" puts no one under it: the subject is not the attacker
    rows = [("Troops", 1, "nsubj", "NOUN", "troop"), ("came", 1, "ROOT", "VERB", "come"),
            ("under", 1, "prep", "ADP", "under"), ("attack", 2, "pobj", "NOUN", "attack")]
    assert actor_span(parsed(rows)[3]) is None


def test_a_pronoun_in_a_report_of_a_conjoined_verb_is_the_first_conjuncts_subject():
    # "Chile holds the islands and says it will fight": "it" is Chile
    rows = [("Chile", 1, "nsubj", "PROPN", "Chile"), ("holds", 1, "ROOT", "VERB", "hold"),
            ("the", 3, "det", "DET", "the"), ("islands", 1, "dobj", "NOUN", "island"),
            ("and", 1, "cc", "CCONJ", "and"), ("says", 1, "conj", "VERB", "say"),
            ("it", 8, "nsubj", "PRON", "it"), ("will", 8, "aux", "AUX", "will"),
            ("fight", 5, "ccomp", "VERB", "fight")]
    doc = parsed(rows)
    assert actor_span(doc[8]).text == "Chile"


def test_a_pronoun_after_an_adjective_of_certainty_is_the_adjectives_holder():
    # "Chile is confident it will win" / "Chile made it clear it would fight": "it" is Chile
    confident = parsed([("Chile", 1, "nsubj", "PROPN", "Chile"), ("is", 1, "ROOT", "AUX", "be"),
                        ("confident", 1, "acomp", "ADJ", "confident"),
                        ("it", 5, "nsubj", "PRON", "it"), ("will", 5, "aux", "AUX", "will"),
                        ("win", 2, "ccomp", "VERB", "win")])
    assert actor_span(confident[5]).text == "Chile"
    clear = parsed([("Chile", 1, "nsubj", "PROPN", "Chile"), ("made", 1, "ROOT", "VERB", "make"),
                    ("it", 3, "nsubj", "PRON", "it"), ("clear", 1, "ccomp", "ADJ", "clear"),
                    ("it", 6, "nsubj", "PRON", "it"), ("would", 6, "aux", "AUX", "would"),
                    ("fight", 3, "advcl", "VERB", "fight")])
    assert actor_span(clear[6]).text == "Chile"


def test_a_participle_trigger_describes_its_noun():
    # "the visiting president met Lula": who visits; "the banned party": what was banned
    rows = [("the", 2, "det", "DET", "the"), ("visiting", 2, "amod", "VERB", "visit"),
            ("president", 3, "nsubj", "NOUN", "president"), ("met", 3, "ROOT", "VERB", "meet"),
            ("the", 6, "det", "DET", "the"), ("banned", 6, "amod", "VERB", "ban"),
            ("party", 3, "dobj", "NOUN", "party")]
    doc = parsed(rows)
    doc[1].tag_, doc[5].tag_ = "VBG", "VBN"
    assert actor_span(doc[1]).text == "the visiting president"
    assert actor_span(doc[5]) is None
    assert recipient_span(doc[5]).text == "the banned party"


# Who met whom: hyphenated pairs, venues named before a meeting noun, and meetings that are
# no one's actor.
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


# Rebels overran a base , officials said , killing soldiers / adding (that) ...
REPORTED = [("Rebels", 1, "nsubj", "NOUN", "rebel"), ("overran", 6, "ccomp", "VERB", "overrun"),
            ("a", 3, "det", "DET", "a"), ("base", 1, "dobj", "NOUN", "base"),
            (",", 6, "punct", "PUNCT", ","), ("officials", 6, "nsubj", "NOUN", "official"),
            ("said", 6, "ROOT", "VERB", "say"), (",", 6, "punct", "PUNCT", ","),
            ("killing", 6, "advcl", "VERB", "kill"), ("soldiers", 8, "dobj", "NOUN", "soldier")]
# Gunmen stormed a hotel , police said , taking hostages (the report as a parenthesis)
PARENTHETICAL = [("Gunmen", 1, "nsubj", "NOUN", "gunman"), ("stormed", 1, "ROOT", "VERB", "storm"),
                 ("a", 3, "det", "DET", "a"), ("hotel", 1, "dobj", "NOUN", "hotel"),
                 (",", 6, "punct", "PUNCT", ","), ("police", 6, "nsubj", "NOUN", "police"),
                 ("said", 1, "parataxis", "VERB", "say"), (",", 6, "punct", "PUNCT", ","),
                 ("taking", 6, "advcl", "VERB", "take"), ("hostages", 8, "dobj", "NOUN", "hostage")]


@pytest.mark.parametrize(("rows", "actor"), [(REPORTED, "Rebels"), (PARENTHETICAL, "Gunmen")])
def test_a_participle_after_a_report_continues_the_reported_clause(rows, actor):
    assert text(actor_span(parsed(rows)[8])) == actor


def test_a_participle_before_the_report_is_the_reporters():
    # The adviser , while condemning violence , says talks resume
    doc = parsed([("The", 1, "det", "DET", "the"), ("adviser", 6, "nsubj", "NOUN", "adviser"),
                  (",", 1, "punct", "PUNCT", ","), ("while", 4, "mark", "SCONJ", "while"),
                  ("condemning", 6, "advcl", "VERB", "condemn"),
                  ("violence", 4, "dobj", "NOUN", "violence"),
                  ("says", 6, "ROOT", "VERB", "say"), ("talks", 8, "nsubj", "NOUN", "talk"),
                  ("resume", 6, "ccomp", "VERB", "resume")])
    assert text(actor_span(doc[4])) == "The adviser"


def test_a_reporting_participle_stays_the_reporters():
    rows = [*REPORTED[:8], ("adding", 6, "advcl", "VERB", "add"),
            ("details", 8, "dobj", "NOUN", "detail")]
    assert text(actor_span(parsed(rows)[8])) == "officials"


# A Hebron attack killed two
PLACE_ATTACK = [("A", 2, "det", "DET", "a"), ("Hebron", 2, "compound", "PROPN", "Hebron"),
                ("attack", 3, "nsubj", "NOUN", "attack"), ("killed", 3, "ROOT", "VERB", "kill"),
                ("two", 3, "dobj", "NUM", "two")]


@pytest.mark.parametrize(("feature", "actor"), [("city", None), ("region", None),
                                                ("country", "Hebron")])
def test_a_place_below_the_country_before_an_event_noun_says_where(feature, actor):
    doc = parsed(PLACE_ATTACK, ents=[(1, 2, "GPE")])
    doc._.places = [Place(id="P1", text="Hebron", start=2, end=8, name="Hebron",
                          feature=feature)]
    assert text(actor_span(doc[2])) == actor


def test_who_is_suspected_of_a_deed_did_it():
    # a man suspected of carrying out the attack
    doc = parsed([("a", 1, "det", "DET", "a"), ("man", 1, "ROOT", "NOUN", "man"),
                  ("suspected", 1, "acl", "VERB", "suspect"), ("of", 2, "prep", "ADP", "of"),
                  ("carrying", 3, "pcomp", "VERB", "carry"), ("out", 4, "prt", "ADP", "out"),
                  ("the", 7, "det", "DET", "the"), ("attack", 4, "dobj", "NOUN", "attack")])
    doc[2].tag_ = "VBN"
    assert text(actor_span(doc[7])) == "a man"


def _verb_object_prep(verb, lemma, obj, obj_lemma, prep, prep_dep="prep", under_object=True):
    """X <verb> a <obj> <prep> the leader, the preposition under the object or the verb."""
    return parsed([("Officials", 1, "nsubj", "NOUN", "official"), (verb, 1, "ROOT", "VERB", lemma),
                   ("a", 3, "det", "DET", "a"), (obj, 1, "dobj", "NOUN", obj_lemma),
                   (prep, 3 if under_object else 1, prep_dep, "ADP", prep),
                   ("the", 6, "det", "DET", "the"), ("leader", 4, "pobj", "NOUN", "leader")])


@pytest.mark.parametrize(
    ("doc", "trigger"),
    [(_verb_object_prep("lifted", "lift", "ban", "ban", "on"), 1),  # lifted a ban on X
     (_verb_object_prep("gave", "give", "rifle", "rifle", "to"), 1),  # the "to" under "rifle"
     (_verb_object_prep("gave", "give", "rifle", "rifle", "to", "dative", False), 1),
     (_verb_object_prep("denied", "deny", "charge", "charge", "by"), 1),  # the accuser
     (_verb_object_prep("filed", "file", "lawsuit", "lawsuit", "against", under_object=False),
      3)],  # the noun trigger's target under its verb
)
def test_whom_an_act_concerns_may_hang_on_its_object_or_verb(doc, trigger):
    assert text(recipient_span(doc[trigger])) == "the leader"


def test_with_an_object_a_place_after_in_is_where_not_whom():
    # Rebels attacked a camp in Kandahar
    doc = parsed([("Rebels", 1, "nsubj", "NOUN", "rebel"),
                  ("attacked", 1, "ROOT", "VERB", "attack"),
                  ("a", 3, "det", "DET", "a"), ("camp", 1, "dobj", "NOUN", "camp"),
                  ("in", 1, "prep", "ADP", "in"), ("Kandahar", 4, "pobj", "PROPN", "Kandahar")],
                 ents=[(5, 6, "GPE")])
    assert text(recipient_span(doc[1])) == "a camp"


def test_a_counterpart_is_no_ones_belonging():
    # The minister called his counterpart
    doc = parsed([("The", 1, "det", "DET", "the"), ("minister", 2, "nsubj", "NOUN", "minister"),
                  ("called", 2, "ROOT", "VERB", "call"), ("his", 4, "poss", "PRON", "his"),
                  ("counterpart", 2, "dobj", "NOUN", "counterpart")])
    assert text(recipient_span(doc[2])) == "his counterpart"


def test_a_rival_met_is_whom_the_meeting_reaches():
    # The president met his rival with aides: a rival names someone, as "aides" do
    doc = parsed([("The", 1, "det", "DET", "the"), ("president", 2, "nsubj", "NOUN", "president"),
                  ("met", 2, "ROOT", "VERB", "meet"), ("his", 4, "poss", "PRON", "his"),
                  ("rival", 2, "dobj", "NOUN", "rival"), ("with", 2, "prep", "ADP", "with"),
                  ("officials", 5, "pobj", "NOUN", "official")])
    assert text(recipient_span(doc[2])) == "his rival"


# The minister called the envoy to discuss trade
PURPOSE = [("The", 1, "det", "DET", "the"), ("minister", 2, "nsubj", "NOUN", "minister"),
           ("called", 2, "ROOT", "VERB", "call"), ("the", 4, "det", "DET", "the"),
           ("envoy", 2, "dobj", "NOUN", "envoy"), ("to", 6, "aux", "PART", "to"),
           ("discuss", 2, "advcl", "VERB", "discuss"), ("trade", 6, "dobj", "NOUN", "trade")]


def test_a_purpose_clause_reaches_whom_its_governing_act_reaches():
    doc = parsed(PURPOSE)
    doc[5].tag_ = "TO"
    assert text(recipient_span(doc[6])) == "the envoy"


def test_a_purpose_clause_keeps_a_recipient_of_its_own():
    # The minister called the envoy to warn the rebels
    rows = [*PURPOSE[:6], ("warn", 2, "advcl", "VERB", "warn"), ("the", 8, "det", "DET", "the"),
            ("rebels", 6, "dobj", "NOUN", "rebel")]
    doc = parsed(rows)
    doc[5].tag_ = "TO"
    assert text(recipient_span(doc[6])) == "the rebels"


def test_the_sides_of_a_mediation_are_not_its_actor():
    # Norway launched a mediation effort between Colombia and Ecuador
    rows = [("Norway", 1, "nsubj", "PROPN", "Norway"), ("launched", 1, "ROOT", "VERB", "launch"),
            ("a", 4, "det", "DET", "a"), ("mediation", 4, "compound", "NOUN", "mediation"),
            ("effort", 1, "dobj", "NOUN", "effort"), ("between", 4, "prep", "ADP", "between"),
            ("Colombia", 5, "pobj", "PROPN", "Colombia"), ("and", 6, "cc", "CCONJ", "and"),
            ("Ecuador", 6, "conj", "PROPN", "Ecuador")]
    doc = parsed(rows, ents=[(0, 1, "GPE"), (6, 7, "GPE"), (8, 9, "GPE")])
    assert text(actor_span(doc[3])) == "Norway"
    assert text(recipient_span(doc[3])) in ("Colombia", "Ecuador")


def test_aid_counted_in_money_is_whoever_gives_the_money():
    # Norway pledged $40 million in aid
    rows = [("Norway", 1, "nsubj", "PROPN", "Norway"), ("pledged", 1, "ROOT", "VERB", "pledge"),
            ("$", 4, "quantmod", "SYM", "$"), ("40", 4, "compound", "NUM", "40"),
            ("million", 1, "dobj", "NUM", "million"), ("in", 4, "prep", "ADP", "in"),
            ("aid", 5, "pobj", "NOUN", "aid")]
    doc = parsed(rows, ents=[(0, 1, "GPE"), (2, 5, "MONEY")])
    assert text(actor_span(doc[6])) == "Norway"


def test_a_thing_given_goes_to_its_receiver():
    # The council gave money to developers
    doc = parsed([("The", 1, "det", "DET", "the"), ("council", 2, "nsubj", "NOUN", "council"),
                  ("gave", 2, "ROOT", "VERB", "give"), ("money", 2, "dobj", "NOUN", "money"),
                  ("to", 2, "dative", "ADP", "to"), ("developers", 4, "pobj", "NOUN", "developer")])
    assert text(recipient_span(doc[2])) == "developers"


def test_whom_a_measure_concerns_need_not_be_a_person():
    # lifted the ban on ships: the ships, not the ban
    doc = parsed([("Officials", 1, "nsubj", "NOUN", "official"),
                  ("lifted", 1, "ROOT", "VERB", "lift"), ("the", 3, "det", "DET", "the"),
                  ("ban", 1, "dobj", "NOUN", "ban"), ("on", 3, "prep", "ADP", "on"),
                  ("the", 6, "det", "DET", "the"), ("ships", 4, "pobj", "NOUN", "ship")])
    assert text(recipient_span(doc[1])) == "the ships"


def test_forces_sent_or_withdrawn_are_the_actors_own():
    # The UN withdrew peacekeepers from the border / Rebels attacked peacekeepers
    withdrew = parsed([("The", 1, "det", "DET", "the"), ("UN", 2, "nsubj", "PROPN", "UN"),
                       ("withdrew", 2, "ROOT", "VERB", "withdraw"),
                       ("peacekeepers", 2, "dobj", "NOUN", "peacekeeper"),
                       ("from", 2, "prep", "ADP", "from"), ("the", 6, "det", "DET", "the"),
                       ("border", 4, "pobj", "NOUN", "border")])
    assert text(recipient_span(withdrew[2])) is None
    attacked = parsed([("Rebels", 1, "nsubj", "NOUN", "rebel"),
                       ("attacked", 1, "ROOT", "VERB", "attack"),
                       ("peacekeepers", 1, "dobj", "NOUN", "peacekeeper")])
    assert text(recipient_span(attacked[1])) == "peacekeepers"


def test_an_investigation_into_something_concerns_it():
    # Police launched an investigation into the dealings
    doc = parsed([("Police", 1, "nsubj", "NOUN", "police"),
                  ("launched", 1, "ROOT", "VERB", "launch"), ("an", 3, "det", "DET", "an"),
                  ("investigation", 1, "dobj", "NOUN", "investigation"),
                  ("into", 3, "prep", "ADP", "into"), ("the", 6, "det", "DET", "the"),
                  ("dealings", 4, "pobj", "NOUN", "dealing")])
    assert text(recipient_span(doc[3])) == "the dealings"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # a capital that opens the sentence is its subject, even parsed as an adverb
        ("Washington tightened sanctions on Cuba on Friday, restricting cash remittances.",
         "sanctions", "Washington"),
    ],
)
def test_a_name_read_as_an_adverb_is_the_subject(nlp, text, trigger, actor) -> None:
    event = next(e for e in nlp(text)._.events if e.trigger.text == trigger)
    assert event.actor is not None and event.actor.text == actor


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # an official the story does not place, defending a state's policy, is of that state
        ("Trade Minister Anna Berg defended Sweden's decision to cut tariffs on steel imports "
         "from Norway.", "SWE"),
        ("Ambassador Li Wen defended China's construction of airstrips on disputed reefs.",
         "CHN"),
        # a state addressed is not the official's own: the minister came from elsewhere
        ("Foreign Minister Ana Lopez asked Germany for more air defence systems.", None),
        # nor is the owner of what the official criticizes
        ("Foreign Minister Ana Lopez criticized Germany's decision to close the border.", None),
    ],
)
def test_the_owner_of_what_an_official_acts_on_is_not_a_state_addressed(nlp, text, country):
    event = next(e for e in nlp(text)._.events if e.actor is not None)
    assert event.actor.country == country


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        # a participle after a noun with its doer is a passive told of the noun
        ("Two journalists detained by police in Minsk were released on Friday.", "detained",
         "police", "Two journalists"),
        ("Militias backed by Iran fired rockets at a base in Syria.", "backed", "Iran",
         "Militias"),
    ],
)
def test_a_participle_with_its_doer_after_a_noun_is_done_to_the_noun(
        nlp, text, trigger, actor, recipient) -> None:
    event = next(e for e in nlp(text)._.events if e.trigger.text == trigger)
    assert event.actor is not None and event.actor.text == actor
    assert event.recipient is not None and event.recipient.text == recipient


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "country"),
    [
        # armed and criminal groups named by what they do act
        ("Bandits attacked a village in Zamfara on Sunday.", "Bandits", None, None),
        ("Armed robbers killed a shopkeeper in Lagos.", "Armed robbers", "a shopkeeper", "NGA"),
        # people named by age or role receive, and are of where it happens
        ("Police arrested two suspects in Nairobi.", "Police", "two suspects", "KEN"),
        ("Soldiers detained three teenagers in Hebron.", "Soldiers", "three teenagers", "PSE"),
        ("The cell planned to carry out attacks in Paris.", "The cell", None, None),
        ("Federal law enforcement arrested two suspects in Denver.", "Federal law enforcement",
         "two suspects", "USA"),
        # a crowd counted is people, of where it gathers
        ("Thousands demonstrated in Tbilisi against the law.", "Thousands", None, None),
        # whom people are handed over to receives them
        ("Costa Rica extradited two suspected drug traffickers to the United States.",
         "Costa Rica", "the United States", "USA"),
    ],
)
def test_groups_and_people_named_by_what_they_do(nlp, text, actor, recipient, country):
    event = nlp(text)._.events[0]
    assert event.actor is not None and event.actor.text == actor
    assert event.actor.country is not None
    if recipient is not None:
        assert event.recipient is not None and event.recipient.text == recipient
        assert event.recipient.country == country


def test_who_did_the_clause_that_caused_a_death_did_it(nlp) -> None:
    # "killed when militants attacked": the militants killed them; "he" who attacked and was
    # killed is the one killed, not the killer
    doc = nlp("Three soldiers were killed when militants attacked their post near the border.")
    killed = [e for e in doc._.events if e.trigger.text == "killed"]
    assert killed and killed[0].actor is not None and killed[0].actor.text == "militants"
    doc = nlp("A militant was killed when he attacked a checkpoint.")
    killed = [e for e in doc._.events if e.trigger.text == "killed"]
    assert killed and (killed[0].actor is None or killed[0].actor.text.lower() != "he")
