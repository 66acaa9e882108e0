"""Trigger lexicon senses and sentence cues (hand-made tokens, no model)."""

import pytest
import spacy
from spacy.tokens import Doc

from dateline.events.cues import (
    antecedent_words,
    apply_cues,
    framed_words,
    load_rules,
    protest_outcome,
    protest_violence,
    sentence_words,
    territory_mode,
    territory_transfer,
    violence_side,
)
from dateline.events.lexicon import Lexicon

NLP = spacy.blank("en")
LEXICON = Lexicon.from_resource()
RULES = load_rules()


def one_word(word, lemma, pos, children=()):
    """The trigger ``word`` with ``children`` before it: a verb's objects, a noun's
    modifiers."""
    words = [*children, word]
    n = len(words) - 1
    dep = "dobj" if pos == "VERB" else "compound"
    doc = Doc(NLP.vocab, words=words, heads=[n] * len(words),
              deps=[dep] * n + ["ROOT"], pos=["NOUN"] * n + [pos],
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
        ("took", "take", "VERB", ("control",), "ASSAULT", "overtake"),
        ("seized", "seize", "VERB", ("town",), "ASSAULT", "overtake"),
        ("seized", "seize", "VERB", ("rifles",), "COERCE", "seize"),
        ("pushed", "push", "VERB", ("back",), "ASSAULT", "regain"),
        ("recovered", "recover", "VERB", ("villages",), "ASSAULT", "regain"),
        ("created", "create", "VERB", ("base",), "MOBILIZE", "base"),
        ("merged", "merge", "VERB", (), "OTHER", "group-change"),
        # destroying or recovering weapons disrupts their use; destroying a house does not
        ("destroyed", "destroy", "VERB", ("caches",), "COERCE", "seize"),
        ("destroyed", "destroy", "VERB", ("houses",), "ASSAULT", "destroy"),
        ("recovered", "recover", "VERB", ("weapons",), "COERCE", "seize"),
        ("downed", "down", "VERB", ("drones",), "COERCE", "seize"),
        ("formed", "form", "VERB", ("militia",), "OTHER", "group-change"),
        ("suppressed", "suppress", "VERB", ("demonstration",), "PROTEST", "intervention"),
        ("dispersed", "disperse", "VERB", (), "PROTEST", "intervention"),
        ("crackdown", "crackdown", "NOUN", (), "ASSAULT", "crowd-control"),
        ("mobs", "mob", "NOUN", (), "PROTEST", "mob"),
        ("violence", "violence", "NOUN", ("mob",), "PROTEST", "mob"),
        ("looting", "looting", "NOUN", (), "ASSAULT", "destroy"),
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
        # tearing down homes destroys property; refuting is rejecting
        ("demolished", "demolish", "VERB", ("home",), "ASSAULT", "destroy"),
        ("razed", "raze", "VERB", ("village",), "ASSAULT", "destroy"),
        ("ransacked", "ransack", "VERB", ("offices",), "ASSAULT", "destroy"),
        ("refuted", "refute", "VERB", ("claims",), "REJECT", None),
        # a military operation is an assault; a lawsuit or legal action is an accusation
        ("operation", "operation", "NOUN", ("military",), "ASSAULT", "clash"),
        ("lawsuit", "lawsuit", "NOUN", ("libel",), "ACCUSE", "allege"),
        ("action", "action", "NOUN", ("legal",), "ACCUSE", "allege"),
        # handing out supplies or arms is aid
        ("distributed", "distribute", "VERB", ("tents",), "AID", None),
        ("gave", "give", "VERB", ("rifles",), "AID", None),
        ("outlawed", "outlaw", "VERB", ("party",), "COERCE", "restrict"),
        ("offered", "offer", "VERB", ("helicopters",), "AGREE", None),
        # opposition as an act is someone's, or to something
        ("opposition", "opposition", "NOUN", ("their",), "REJECT", None),
        ("opposition", "opposition", "NOUN", ("strong",), "REJECT", None),
        # cyber attacks are coercion (PLOVER COERCE mode cyber); forcing out is expelling
        ("attack", "attack", "NOUN", ("cyber",), "COERCE", "cyber"),
        ("warfare", "warfare", "NOUN", ("cyber",), "COERCE", "cyber"),
        ("cyberattack", "cyberattack", "NOUN", (), "COERCE", "cyber"),
        ("forced", "force", "VERB", ("out",), "COERCE", "expel"),
        ("consensus", "consensus", "NOUN", (), "AGREE", None),
        ("stormed", "storm", "VERB", ("base",), "ASSAULT", "clash"),
        # killings told with a blade or as executions
        ("hacked", "hack", "VERB", ("death",), "ASSAULT", "primitive"),
        ("hacked", "hack", "VERB", ("accounts",), "COERCE", "cyber"),
        ("executed", "execute", "VERB", ("prisoners",), "ASSAULT", "firearms"),
        # drills alone show force; drills with a partner are cooperation
        ("drills", "drill", "NOUN", ("naval",), "MOBILIZE", "troops"),
        ("drills", "drill", "NOUN", ("joint",), "COOPERATE", None),
        ("cut", "cut", "VERB", ("aid",), "SANCTION", "discontinue"),
        ("approved", "approve", "VERB", ("loan",), "AID", None),
        ("handed", "hand", "VERB", ("prisoners",), "RETREAT", "release"),
        ("voted", "vote", "VERB", ("down",), "REJECT", None),
        ("terminated", "terminate", "VERB", ("pact",), "SANCTION", "discontinue"),
        ("shut", "shut", "VERB", ("internet",), "COERCE", "restrict"),
        ("worked", "work", "VERB", ("with",), "COOPERATE", None),
        ("memorandum", "memorandum", "NOUN", (), "AGREE", None),
        ("bans", "ban", "NOUN", ("travel",), "SANCTION", "discontinue"),
        ("handed", "hand", "VERB", ("control",), "RETREAT", "withdraw"),
        ("beheaded", "behead", "VERB", ("men",), "ASSAULT", "primitive"),
        ("consultations", "consultation", "NOUN", ("with",), "CONSULT", None),
        ("banned", "ban", "VERB", ("imports",), "SANCTION", "discontinue"),
        ("banned", "ban", "VERB", ("rallies",), "COERCE", "restrict"),
        ("cut", "cut", "VERB", ("internet",), "COERCE", "restrict"),
        ("declared", "declare", "VERB", ("emergency",), "COERCE", "restrict"),
        ("recalled", "recall", "VERB", ("ambassador",), "SANCTION", "withdraw"),
        ("downgraded", "downgrade", "VERB", ("relations",), "SANCTION", "withdraw"),
        ("handed", "hand", "VERB", ("weapons",), "RETREAT", "disarm"),
        ("dropped", "drop", "VERB", ("demand",), "CONCEDE", None),
        ("revoked", "revoke", "VERB", ("decree",), "CONCEDE", None),
        ("extend", "extend", "VERB", ("truce",), "AGREE", None),
        ("entered", "enter", "VERB", ("town",), "ASSAULT", "overtake"),
        ("hurled", "hurl", "VERB", ("bombs",), "ASSAULT", "primitive"),
        ("strike", "strike", "NOUN", ("indefinite",), "PROTEST", "strike"),
        # seizing people is an abduction, seizing guns a disruption of weapons
        ("seized", "seize", "VERB", ("teachers",), "ASSAULT", "abduct"),
        ("rounded", "round", "VERB", ("up",), "COERCE", "arrest"),
        ("taken", "take", "VERB", ("custody",), "COERCE", "arrest"),
        ("traded", "trade", "VERB", ("fire",), "ASSAULT", "clash"),
        ("recruiting", "recruit", "VERB", ("teenagers",), "MOBILIZE", "troops"),
        ("disbanded", "disband", "VERB", (), "OTHER", "group-change"),
        ("handed", "hand", "VERB", ("camp",), "RETREAT", "withdraw"),
        ("released", "release", "VERB", ("chlorine",), "ASSAULT", "unconventional"),
        ("released", "release", "VERB", ("gas",), "OTHER", "man-made-disaster"),
        ("claimed", "claim", "VERB", ("attack",), "OTHER", "claim"),
        ("fired", "fire", "VERB", ("gas",), "ASSAULT", "crowd-control"),
        ("fired", "fire", "VERB", ("shots",), "ASSAULT", "firearms"),
        ("regret", "regret", "NOUN", (), "CONCEDE", None),
        ("closure", "closure", "NOUN", ("newspapers",), "COERCE", "restrict"),
        ("closed", "close", "VERB", ("station",), "COERCE", "restrict"),
        ("cut", "cut", "VERB", ("supplies",), "COERCE", "restrict"),
        ("called", "call", "VERB", ("up",), "MOBILIZE", "troops"),
        ("dispatched", "dispatch", "VERB", ("squadron",), "MOBILIZE", "troops"),
        ("ruled", "rule", "VERB", ("out",), "REJECT", None),
        ("pushed", "push", "VERB", ("for",), "REQUEST", None),
        ("lobbied", "lobby", "VERB", (), "REQUEST", None),
        ("let", "let", "VERB", ("free",), "RETREAT", "release"),
        ("withdrew", "withdraw", "VERB", ("staff",), "SANCTION", "withdraw"),
        ("withdrew", "withdraw", "VERB", ("troops",), "RETREAT", "withdraw"),
        # handing a suspect or files to another state is judicial cooperation
        ("handed", "hand", "VERB", ("over", "suspect"), "COOPERATE", None),
        ("handed", "hand", "VERB", ("over", "aid"), "AID", None),
        # pardons, acquittals and amnesties concede (PLOVER manual); letting inspectors or
        # aid workers in is a retreat that allows international involvement
        ("pardoned", "pardon", "VERB", (), "CONCEDE", None),
        ("amnesty", "amnesty", "NOUN", (), "CONCEDE", None),
        ("acquitted", "acquit", "VERB", (), "CONCEDE", None),
        ("allowed", "allow", "VERB", ("inspectors",), "RETREAT", "access"),
        ("allowed", "allow", "VERB", ("imports",), "CONCEDE", None),
        ("placed", "place", "VERB", ("footing",), "MOBILIZE", "troops"),
        ("dispatched", "dispatch", "VERB", ("cruiser",), "MOBILIZE", "troops"),
        ("chained", "chain", "VERB", ("themselves",), "PROTEST", "demo"),
        ("deliveries", "delivery", "NOUN", ("gas",), "COOPERATE", None),
        ("sent", "send", "VERB", ("warships",), "MOBILIZE", "troops"),
        ("sent", "send", "VERB", ("aid",), "AID", None),
        ("moved", "move", "VERB", ("artillery",), "MOBILIZE", "troops"),
    ],
)
def test_lexicon_match(word, lemma, pos, children, event_type, mode):
    entry = LEXICON.match(one_word(word, lemma, pos, children))
    assert entry is not None
    assert (entry.type, entry.mode) == (event_type, mode)


@pytest.mark.parametrize(("word", "lemma", "pos"),
                         [("table", "table", "NOUN"), ("said", "say", "VERB"),
                          ("quickly", "quickly", "ADV"), ("operation", "operation", "NOUN"),
                          ("action", "action", "NOUN"), ("opposition", "opposition", "NOUN")])
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
        # a shell that explodes is still shelling; a blast alone is a remote explosive
        ("ASSAULT", "clash", {"rebel"}, {"mortar", "explode"}, ("ASSAULT", "shelling")),
        ("ASSAULT", "clash", set(), {"ieds", "explode"}, ("ASSAULT", "explosives")),
        # an industrial accident with no perpetrator is a man-made disaster
        ("ASSAULT", "unconventional", {"boiler"}, {"boiler", "chemical", "explode"},
         ("OTHER", "man-made-disaster")),
        ("ASSAULT", None, {"regime"}, {"chemical", "factory"}, ("ASSAULT", "unconventional")),
        ("ASSAULT", "clash", {"rebel"}, {"rocket", "propelled", "grenade"},
         ("ASSAULT", "shelling")),
        ("ASSAULT", "explosives", set(), {"container", "explode"},
         ("OTHER", "man-made-disaster")),
        # an explosion that kills its bearer is a suicide attack; a shooter's suicide is not
        ("ASSAULT", "explosives", {"woman"}, {"blow", "herself", "market"},
         ("ASSAULT", "suicide-attack")),
        ("ASSAULT", "firearms", {"gunman"}, {"shoot", "himself"}, ("ASSAULT", "firearms")),
        # a petrol bomb is thrown fire, not an explosive device
        ("ASSAULT", None, {"youth"}, {"hurl", "petrol", "bomb"}, ("ASSAULT", "primitive")),
        # a missile fired as a test shows force
        ("ASSAULT", "shelling", {"army"}, {"test-fired", "missile"}, ("MOBILIZE", "troops")),
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
        # violence by the crowd makes a violent demonstration, even when police hit back
        ("ASSAULT", "firearms", {"tear", "protester", "throw"}, {"police"}, ("PROTEST", "riot")),
        ("COERCE", "arrest", {"arrest", "demonstration", "projectile"}, {"police"},
         ("PROTEST", "riot")),
        # lethal force against a protest
        ("PROTEST", "demo", {"protest", "kill"}, {"student"}, ("ASSAULT", "crowd-control")),
        # rioters setting fire: a violent demonstration, not property destruction
        ("ASSAULT", "destroy", {"rioter", "torch"}, {"rioter"}, ("PROTEST", "riot")),
        ("ASSAULT", "destroy", {"protest", "torch"}, {"militant"}, ("ASSAULT", "destroy")),
        ("PROTEST", "demo", {"demonstration", "suppress"}, {"police"},
         ("PROTEST", "intervention")),
        ("PROTEST", "demo", {"march", "slogan"}, {"student"}, ("PROTEST", "demo")),
        # a crowd's violence with no protest is mob violence; a gunman's is not
        ("ASSAULT", "firearms", {"kill", "thief"}, {"angry", "crowd"}, ("PROTEST", "mob")),
        ("ASSAULT", "destroy", {"burn", "house"}, {"villager"}, ("PROTEST", "mob")),
        ("ASSAULT", "firearms", {"kill", "thief"}, {"gunman"}, ("ASSAULT", "firearms")),
        # a blockade by a crowd is a protest; by the police, a restriction
        ("COERCE", "restrict", {"block", "road"}, {"farmer"}, ("PROTEST", "obstruct")),
        ("COERCE", "restrict", {"block", "road"}, {"police"}, ("COERCE", "restrict")),
        # a crowd that burns property at a protest riots
        ("ASSAULT", "destroy", {"set", "fire", "office", "rioting"}, {"youth"},
         ("PROTEST", "riot")),
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
    ("words", "outcome"),
    [({"protester", "hurl", "stone", "tear"}, ("PROTEST", "riot")),
     ({"police", "kill", "demonstrator"}, ("ASSAULT", "crowd-control")),
     ({"police", "disperse", "rally"}, ("PROTEST", "intervention")),
     ({"rioter", "kill", "arrest"}, ("PROTEST", "riot")),
     ({"kill", "arrest"}, ("ASSAULT", "crowd-control")),
     ({"march", "peacefully"}, None)],
)
def test_what_happened_at_a_protest(words, outcome):
    assert protest_outcome(words) == outcome


@pytest.mark.parametrize(
    ("words", "transfer"),
    [({"army", "enter", "town", "after", "rebel", "withdraw"}, True),
     ({"militant", "take", "town", "unopposed"}, True),
     ({"army", "recapture", "town", "after", "fighting"}, False)],
)
def test_territory_without_a_battle(words, transfer):
    assert territory_transfer(words) is transfer


@pytest.mark.parametrize(
    ("recipient_words", "mode"),
    [({"villager"}, "firearms"), ({"the", "army", "convoy"}, "clash"),
     ({"police", "station"}, "clash"), ({"building"}, None)],
)
def test_one_sided_or_two_sided(recipient_words, mode):
    assert violence_side(recipient_words) == mode


def parsed(rows, sent_starts=None):
    words, heads, deps, pos, lemmas = zip(*rows, strict=True)
    return Doc(NLP.vocab, words=list(words), heads=list(heads), deps=list(deps),
               pos=list(pos), lemmas=list(lemmas), sent_starts=sent_starts)


# "Students marched against violence": what a protest is about is not what happened at it.
AGAINST = [("Students", 1, "nsubj", "NOUN", "student"), ("marched", 1, "ROOT", "VERB", "march"),
           ("against", 1, "prep", "ADP", "against"), ("violence", 2, "pobj", "NOUN", "violence")]
# "Police detained activists before the rally": the arrest was not at the rally.
BEFORE = [("Police", 1, "nsubj", "NOUN", "police"), ("detained", 1, "ROOT", "VERB", "detain"),
          ("activists", 1, "dobj", "NOUN", "activist"), ("before", 1, "prep", "ADP", "before"),
          ("the", 5, "det", "DET", "the"), ("rally", 3, "pobj", "NOUN", "rally")]
# "Police detained activists at the rally": it was.
AT = [("Police", 1, "nsubj", "NOUN", "police"), ("detained", 1, "ROOT", "VERB", "detain"),
      ("activists", 1, "dobj", "NOUN", "activist"), ("at", 1, "prep", "ADP", "at"),
      ("the", 5, "det", "DET", "the"), ("rally", 3, "pobj", "NOUN", "rally")]


# "Women marched, a week after police killed two students": the killing was at another time.
WEEK_AFTER = [("Women", 1, "nsubj", "NOUN", "woman"), ("marched", 1, "ROOT", "VERB", "march"),
              (",", 1, "punct", "PUNCT", ","), ("a", 4, "det", "DET", "a"),
              ("week", 7, "npadvmod", "NOUN", "week"), ("after", 7, "mark", "SCONJ", "after"),
              ("police", 7, "nsubj", "NOUN", "police"), ("killed", 1, "advcl", "VERB", "kill"),
              ("students", 7, "dobj", "NOUN", "student")]
# "Women marched after police killed two students": no stretch of time sets it apart.
RIGHT_AFTER = [("Women", 1, "nsubj", "NOUN", "woman"), ("marched", 1, "ROOT", "VERB", "march"),
               ("after", 4, "mark", "SCONJ", "after"), ("police", 4, "nsubj", "NOUN", "police"),
               ("killed", 1, "advcl", "VERB", "kill"), ("students", 4, "dobj", "NOUN", "student")]


@pytest.mark.parametrize(
    ("rows", "word", "kept"),
    [(AGAINST, "violence", False), (AGAINST, "march", True), (BEFORE, "rally", False),
     (AT, "rally", True), (WEEK_AFTER, "kill", False), (WEEK_AFTER, "march", True),
     (RIGHT_AFTER, "kill", True)],
)
def test_framed_words(rows, word, kept):
    assert (word in framed_words(parsed(rows)[:])) is kept


@pytest.mark.parametrize(
    ("words", "word", "kept"),
    [(["anti", "-", "aircraft", "guns"], "aircraft", False),
     (["anti", "-", "aircraft", "guns"], "gun", True),
     (["an", "aircraft", "bombed", "Gao"], "aircraft", True)],
)
def test_anti_negates_the_next_word(words, word, kept):
    doc = Doc(NLP.vocab, words=words, lemmas=[w.lower().rstrip("s") if w == "guns" else w.lower()
                                              for w in words])
    assert (word in sentence_words(doc[:])) is kept


def test_a_word_split_at_its_hyphen_is_a_word_again():
    # "a sit-in" is a protest word; "sit" and "in" alone are not
    doc = Doc(NLP.vocab, words=["a", "sit", "-", "in", "began"],
              spaces=[True, False, False, True, False])
    assert "sit-in" in sentence_words(doc[:])
    spaced = Doc(NLP.vocab, words=["sit", "-", "in"], spaces=[True, True, False])
    assert "sit-in" not in sentence_words(spaced[:])


@pytest.mark.parametrize(("words", "kept"), [
    (["police", "fired", "tear", "gas"], True),
    (["fans", "tore", "out", "seats"], False),
])
def test_tear_counts_only_before_gas(words, kept):
    doc = Doc(NLP.vocab, words=words, lemmas=[w if w != "tore" else "tear" for w in words])
    assert ("tear" in sentence_words(doc[:])) is kept


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


# "a rapper who backed the protest movement": a movement is no protest happening
MOVEMENT = doc_of(["backed", "the", "protest", "movement"], [0, 3, 3, 0],
                  ["ROOT", "det", "compound", "dobj"], ["back", "the", "protest", "movement"])


def test_a_protest_movement_is_no_protest():
    assert "protest" not in framed_words(MOVEMENT[:])


# "Police rounded up dozens, though no protests were reported": a denied protest is none
NO_PROTESTS = Doc(NLP.vocab, words=["no", "protests", "were", "reported"], heads=[1, 3, 3, 3],
                  deps=["det", "nsubjpass", "auxpass", "ROOT"],
                  lemmas=["no", "protest", "be", "report"], pos=["DET", "NOUN", "AUX", "VERB"])


def test_a_denied_protest_is_none():
    assert "protest" not in framed_words(NO_PROTESTS[:])


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


@pytest.mark.parametrize(
    ("probs", "refined"),
    [
        # a weapon is told by a word, never guessed from the story's topic
        ({"ASSAULT:suicide-attack": 0.7, "ASSAULT:clash": 0.2}, None),
        ({"ASSAULT:unconventional": 0.5, "ASSAULT:drone": 0.3}, None),
        # the guess may still say how, where no weapon is meant
        ({"ASSAULT:suicide-attack": 0.3, "ASSAULT:clash": 0.5}, "clash"),
    ],
)
def test_the_classifier_never_guesses_a_weapon(probs, refined):
    from dateline.events.cues import named_weapon_modes
    from dateline.events.detect import Candidate, _refine

    assert {"suicide-attack", "unconventional", "drone", "grenade"} <= named_weapon_modes()
    token = one_word("attacked", "attack", "VERB")
    cand = Candidate(trigger=token, type="ASSAULT", mode=None, cameo=None, contexts=[],
                     modality="asserted")
    _refine(cand, probs)
    assert cand.mode == refined


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
    doc = parsed(rows, sent_starts=[i in (0, 3) for i in range(len(rows))])
    assert antecedent_words(doc[index]) == words


def _called(words, heads, deps, pos, ents):
    doc = Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=[w.lower() if w != "called" else "call" for w in words], ents=ents)
    return doc[1]


def test_a_preposition_that_only_dates_the_act_completes_no_trigger():
    # "Officials called the minister on Monday" is no "call on"; "Officials called on the
    # minister" is a request
    dated = _called(["Officials", "called", "the", "minister", "on", "Monday"],
                    [1, 1, 3, 1, 1, 4], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
                    ["O", "O", "O", "O", "O", "B-DATE"])
    assert all(e.type != "REQUEST" for e in LEXICON.matches(dated))
    asked = _called(["Officials", "called", "on", "the", "minister"],
                    [1, 1, 1, 4, 2], ["nsubj", "ROOT", "prep", "det", "pobj"],
                    ["NOUN", "VERB", "ADP", "DET", "NOUN"], ["O"] * 5)
    assert any(e.type == "REQUEST" for e in LEXICON.matches(asked))
