"""Sentence-level detection rules on hand-made parses (no model): attributions, territory
held (a state) versus taken (an event), and territory that changes hands without a battle."""

import pytest
import spacy
from spacy.tokens import Doc

from dateline.events.cues import load_rules
from dateline.events.detect import sentence_candidates
from dateline.events.lexicon import Lexicon

NLP = spacy.blank("en")
LEXICON = Lexicon.from_resource()
RULES = load_rules()


def parsed(rows):
    words, heads, deps, pos, tags, lemmas = zip(*rows, strict=True)
    return Doc(NLP.vocab, words=list(words), heads=list(heads), deps=list(deps),
               pos=list(pos), tags=list(tags), lemmas=list(lemmas))


# "Officials said rebels were responsible for the attack"
RESPONSIBLE = [("Officials", 1, "nsubj", "NOUN", "NNS", "official"),
               ("said", 1, "ROOT", "VERB", "VBD", "say"),
               ("rebels", 3, "nsubj", "NOUN", "NNS", "rebel"),
               ("were", 1, "ccomp", "AUX", "VBD", "be"),
               ("responsible", 3, "acomp", "ADJ", "JJ", "responsible"),
               ("for", 4, "prep", "ADP", "IN", "for"),
               ("the", 7, "det", "DET", "DT", "the"),
               ("attack", 5, "pobj", "NOUN", "NN", "attack")]
# "Rebels were behind the bombing"
BEHIND = [("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
          ("were", 1, "ROOT", "AUX", "VBD", "be"),
          ("behind", 1, "prep", "ADP", "IN", "behind"),
          ("the", 4, "det", "DET", "DT", "the"),
          ("bombing", 2, "pobj", "NOUN", "NN", "bombing")]
# "Officials were responsible for the budget": no attack, no attribution
BUDGET = [("Officials", 1, "nsubj", "NOUN", "NNS", "official"),
          ("were", 1, "ROOT", "AUX", "VBD", "be"),
          ("responsible", 1, "acomp", "ADJ", "JJ", "responsible"),
          ("for", 2, "prep", "ADP", "IN", "for"),
          ("the", 5, "det", "DET", "DT", "the"),
          ("budget", 3, "pobj", "NOUN", "NN", "budget")]
# "Jets bombed areas occupied by rebels": the occupation is a state, not an event
OCCUPIED = [("Jets", 1, "nsubj", "NOUN", "NNS", "jet"),
            ("bombed", 1, "ROOT", "VERB", "VBD", "bomb"),
            ("areas", 1, "dobj", "NOUN", "NNS", "area"),
            ("occupied", 2, "acl", "VERB", "VBN", "occupy"),
            ("by", 3, "agent", "ADP", "IN", "by"),
            ("rebels", 4, "pobj", "NOUN", "NNS", "rebel")]
# "Rebels occupied the town": an event
OCCUPY = [("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
          ("occupied", 1, "ROOT", "VERB", "VBD", "occupy"),
          ("the", 3, "det", "DET", "DT", "the"),
          ("town", 1, "dobj", "NOUN", "NN", "town")]
# "Troops took control of Gao after rebels withdrew"
HANDOVER = [("Troops", 1, "nsubj", "NOUN", "NNS", "troop"),
            ("took", 1, "ROOT", "VERB", "VBD", "take"),
            ("control", 1, "dobj", "NOUN", "NN", "control"),
            ("of", 2, "prep", "ADP", "IN", "of"),
            ("Gao", 3, "pobj", "PROPN", "NNP", "Gao"),
            ("after", 7, "mark", "SCONJ", "IN", "after"),
            ("rebels", 7, "nsubj", "NOUN", "NNS", "rebel"),
            ("withdrew", 1, "advcl", "VERB", "VBD", "withdraw")]

# "Protest leaders met the mayor": the protest only says which leaders
PROTEST_LEADERS = [("Protest", 1, "compound", "NOUN", "NN", "protest"),
                   ("leaders", 2, "nsubj", "NOUN", "NNS", "leader"),
                   ("met", 2, "ROOT", "VERB", "VBD", "meet"),
                   ("the", 4, "det", "DET", "DT", "the"),
                   ("mayor", 2, "dobj", "NOUN", "NN", "mayor")]
# "The EU imposed travel bans": the bans are the act, "travel" says which
TRAVEL_BANS = [("The", 2, "det", "DET", "DT", "the"),
               ("EU", 2, "nsubj", "PROPN", "NNP", "EU"),
               ("imposed", 2, "ROOT", "VERB", "VBD", "impose"),
               ("travel", 4, "compound", "NOUN", "NN", "travel"),
               ("bans", 2, "dobj", "NOUN", "NNS", "ban")]
# "The team beat Ghana 3-1 in the final" / "Guards beat the prisoners"
WON_FINAL = [("The", 1, "det", "DET", "DT", "the"),
             ("team", 2, "nsubj", "NOUN", "NN", "team"),
             ("beat", 2, "ROOT", "VERB", "VBD", "beat"),
             ("Ghana", 2, "dobj", "PROPN", "NNP", "Ghana"),
             ("3-1", 2, "npadvmod", "NUM", "CD", "3-1"),
             ("in", 2, "prep", "ADP", "IN", "in"),
             ("the", 7, "det", "DET", "DT", "the"),
             ("final", 5, "pobj", "NOUN", "NN", "final")]
BEAT_PRISONERS = [("Guards", 1, "nsubj", "NOUN", "NNS", "guard"),
                  ("beat", 1, "ROOT", "VERB", "VBD", "beat"),
                  ("the", 3, "det", "DET", "DT", "the"),
                  ("prisoners", 1, "dobj", "NOUN", "NNS", "prisoner")]
# "Kenya summoned the charge d'affaires": a post, not a charge
CHARGE_DAFFAIRES = [("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya"),
                    ("summoned", 1, "ROOT", "VERB", "VBD", "summon"),
                    ("the", 3, "det", "DET", "DT", "the"),
                    ("charge", 4, "compound", "NOUN", "NN", "charge"),
                    ("d'affaires", 1, "dobj", "NOUN", "NNS", "d'affaires")]
# "The marchers were met with gunfire": received, not a meeting
MET_WITH_GUNFIRE = [("The", 1, "det", "DET", "DT", "the"),
                    ("marchers", 3, "nsubjpass", "NOUN", "NNS", "marcher"),
                    ("were", 3, "auxpass", "AUX", "VBD", "be"),
                    ("met", 3, "ROOT", "VERB", "VBN", "meet"),
                    ("with", 3, "prep", "ADP", "IN", "with"),
                    ("gunfire", 4, "pobj", "NOUN", "NN", "gunfire")]
# "A protest spokesman spoke" (a title word of sectors.csv) / "A protest march began"
PROTEST_SPOKESMAN = [("A", 2, "det", "DET", "DT", "a"),
                     ("protest", 2, "compound", "NOUN", "NN", "protest"),
                     ("spokesman", 3, "nsubj", "NOUN", "NN", "spokesman"),
                     ("spoke", 3, "ROOT", "VERB", "VBD", "speak")]
PROTEST_MARCH = [("A", 2, "det", "DET", "DT", "a"),
                 ("protest", 2, "compound", "NOUN", "NN", "protest"),
                 ("march", 3, "nsubj", "NOUN", "NN", "march"),
                 ("began", 3, "ROOT", "VERB", "VBD", "begin")]

# "Attack helicopters struck the village": "attack" says which helicopters
ATTACK_HELICOPTERS = [("Attack", 1, "compound", "NOUN", "NN", "attack"),
                      ("helicopters", 2, "nsubj", "NOUN", "NNS", "helicopter"),
                      ("struck", 2, "ROOT", "VERB", "VBD", "strike"),
                      ("the", 4, "det", "DET", "DT", "the"),
                      ("village", 2, "dobj", "NOUN", "NN", "village")]

# "The meeting's chairman spoke": whose chairman, not a meeting told
MEETINGS_CHAIRMAN = [("The", 1, "det", "DET", "DT", "the"),
                     ("meeting", 3, "poss", "NOUN", "NN", "meeting"),
                     ("'s", 1, "case", "PART", "POS", "'s"),
                     ("chairman", 4, "nsubj", "NOUN", "NN", "chairman"),
                     ("spoke", 4, "ROOT", "VERB", "VBD", "speak")]

# "Officials met the demands": they accede to them; "... met the deadline": no event;
# "Officials met the envoy": a meeting
MET_DEMANDS = [("Officials", 1, "nsubj", "NOUN", "NNS", "official"),
               ("met", 1, "ROOT", "VERB", "VBD", "meet"),
               ("the", 3, "det", "DET", "DT", "the"),
               ("demands", 1, "dobj", "NOUN", "NNS", "demand")]
MET_DEADLINE = [*MET_DEMANDS[:3], ("deadline", 1, "dobj", "NOUN", "NN", "deadline")]
MET_ENVOY = [*MET_DEMANDS[:3], ("envoy", 1, "dobj", "NOUN", "NN", "envoy")]

# "Workers ended the strike" / "The union called off the protest": stopping a protest is a
# concession (CAMEO 082), not a protest
ENDED_STRIKE = [("Workers", 1, "nsubj", "NOUN", "NNS", "worker"),
                ("ended", 1, "ROOT", "VERB", "VBD", "end"),
                ("the", 3, "det", "DET", "DT", "the"),
                ("strike", 1, "dobj", "NOUN", "NN", "strike")]
CALLED_OFF = [("The", 1, "det", "DET", "DT", "the"),
              ("union", 2, "nsubj", "NOUN", "NN", "union"),
              ("called", 2, "ROOT", "VERB", "VBD", "call"),
              ("off", 2, "prt", "ADP", "RP", "off"),
              ("the", 5, "det", "DET", "DT", "the"),
              ("protest", 2, "dobj", "NOUN", "NN", "protest")]

# Newsroom phrasing: "They ignored a request for comment", "Reporters contributed to this report"
REQUEST_FOR_COMMENT = [("They", 1, "nsubj", "PRON", "PRP", "they"),
                       ("ignored", 1, "ROOT", "VERB", "VBD", "ignore"),
                       ("a", 3, "det", "DET", "DT", "a"),
                       ("request", 1, "dobj", "NOUN", "NN", "request"),
                       ("for", 3, "prep", "ADP", "IN", "for"),
                       ("comment", 4, "pobj", "NOUN", "NN", "comment")]
CONTRIBUTED = [("Reporters", 1, "nsubj", "NOUN", "NNS", "reporter"),
               ("contributed", 1, "ROOT", "VERB", "VBD", "contribute"),
               ("to", 1, "prep", "ADP", "IN", "to"),
               ("this", 4, "det", "DET", "DT", "this"),
               ("report", 2, "pobj", "NOUN", "NN", "report")]

# "Patients need care and support": a thing; "They voiced their support": an act
BARE_SUPPORT = [("Patients", 1, "nsubj", "NOUN", "NNS", "patient"),
                ("need", 1, "ROOT", "VERB", "VBP", "need"),
                ("care", 1, "dobj", "NOUN", "NN", "care"),
                ("and", 2, "cc", "CCONJ", "CC", "and"),
                ("support", 2, "conj", "NOUN", "NN", "support")]
THEIR_SUPPORT = [("They", 1, "nsubj", "PRON", "PRP", "they"),
                 ("voiced", 1, "ROOT", "VERB", "VBD", "voice"),
                 ("their", 3, "poss", "PRON", "PRP$", "their"),
                 ("support", 1, "dobj", "NOUN", "NN", "support")]


def found(rows):
    doc = parsed(rows)
    return {(doc[c.trigger.i].text, c.type, c.mode)
            for c in sentence_candidates(doc[:], LEXICON, cue_rules=RULES)}


@pytest.mark.parametrize(
    ("rows", "event", "present"),
    [(RESPONSIBLE, ("responsible", "OTHER", "claim"), True),
     (BEHIND, ("behind", "OTHER", "claim"), True),
     (BUDGET, ("responsible", "OTHER", "claim"), False),
     (OCCUPIED, ("occupied", "ASSAULT", "overtake"), False),
     (OCCUPY, ("occupied", "ASSAULT", "overtake"), True),
     (HANDOVER, ("took", "RETREAT", "withdraw"), True),
     (HANDOVER, ("took", "ASSAULT", "regain"), False),
     (PROTEST_LEADERS, ("Protest", "PROTEST", "demo"), False),
     (PROTEST_LEADERS, ("met", "CONSULT", None), True),
     (PROTEST_SPOKESMAN, ("protest", "PROTEST", "demo"), False),
     # the protest is told once, by the noun that heads the phrase
     (PROTEST_MARCH, ("march", "PROTEST", "demo"), True),
     (PROTEST_MARCH, ("protest", "PROTEST", "demo"), False),
     (TRAVEL_BANS, ("bans", "SANCTION", "discontinue"), True),
     (TRAVEL_BANS, ("travel", "CONSULT", "visit"), False),
     (WON_FINAL, ("beat", "ASSAULT", "beat"), False),
     (BEAT_PRISONERS, ("beat", "ASSAULT", "beat"), True),
     (CHARGE_DAFFAIRES, ("charge", "ACCUSE", "allege"), False),
     (MET_WITH_GUNFIRE, ("met", "CONSULT", None), False),
     (MET_WITH_GUNFIRE, ("gunfire", "ASSAULT", "firearms"), True),
     (ATTACK_HELICOPTERS, ("Attack", "ASSAULT", "aerial"), False),
     (MEETINGS_CHAIRMAN, ("meeting", "CONSULT", None), False),
     (MET_DEMANDS, ("met", "CONSULT", None), False),
     (MET_DEMANDS, ("met", "CONCEDE", None), True),
     (MET_DEADLINE, ("met", "CONSULT", None), False),
     (MET_ENVOY, ("met", "CONSULT", None), True),
     (ENDED_STRIKE, ("ended", "CONCEDE", None), True),
     (CALLED_OFF, ("called", "CONCEDE", None), True),
     (CALLED_OFF, ("called", "SANCTION", "withdraw"), False),
     (REQUEST_FOR_COMMENT, ("request", "REQUEST", None), False),
     (CONTRIBUTED, ("contributed", "AID", None), False),
     (BARE_SUPPORT, ("support", "SUPPORT", None), False),
     (THEIR_SUPPORT, ("support", "SUPPORT", None), True)],
)
def test_detection_rule(rows, event, present):
    assert (event in found(rows)) is present


class _Sure:
    """A stand-in classifier that is sure of one label whatever the sentence."""

    def __init__(self, label: str) -> None:
        self.label = label

    def predict_proba(self, sent) -> dict[str, float]:
        return {self.label: 0.95, "NONE": 0.05}


# "The army says soldiers painted walls": the saying is not the event
SAYS = [("The", 1, "det", "DET", "DT", "the"),
        ("army", 2, "nsubj", "NOUN", "NN", "army"),
        ("says", 2, "ROOT", "VERB", "VBZ", "say"),
        ("soldiers", 4, "nsubj", "NOUN", "NNS", "soldier"),
        ("painted", 2, "ccomp", "VERB", "VBD", "paint"),
        ("walls", 4, "dobj", "NOUN", "NNS", "wall")]
# "The army says so"
SAYS_SO = [("The", 1, "det", "DET", "DT", "the"),
           ("army", 2, "nsubj", "NOUN", "NN", "army"),
           ("says", 2, "ROOT", "VERB", "VBZ", "say"),
           ("so", 2, "advmod", "ADV", "RB", "so")]


# "No one is dead" / "Two were girls": a sentence resting on "be" or "have" gets no guess
NO_ONE = [("No", 1, "det", "DET", "DT", "no"),
          ("one", 2, "nsubj", "PRON", "NN", "one"),
          ("is", 2, "ROOT", "AUX", "VBZ", "be"),
          ("dead", 2, "acomp", "ADJ", "JJ", "dead")]
HAS_TIES = [("China", 1, "nsubj", "PROPN", "NNP", "China"),
            ("has", 1, "ROOT", "VERB", "VBZ", "have"),
            ("ties", 1, "dobj", "NOUN", "NNS", "tie")]
# "Workers painted the hotel": a content verb carries the guess
PAINTED = [("Workers", 1, "nsubj", "NOUN", "NNS", "worker"),
           ("painted", 1, "ROOT", "VERB", "VBD", "paint"),
           ("the", 3, "det", "DET", "DT", "the"),
           ("hotel", 1, "dobj", "NOUN", "NN", "hotel")]


@pytest.mark.parametrize(("rows", "trigger"),
                         [(SAYS, "painted"), (SAYS_SO, None), (NO_ONE, None), (HAS_TIES, None),
                          (PAINTED, "painted")])
def test_a_classifier_event_needs_a_word_of_its_own(rows, trigger) -> None:
    """Never on the saying ("X says Y painted ..."), nor on "be" or "have"."""
    found = sentence_candidates(parsed(rows)[:], LEXICON, _Sure("OTHER:group-change"),
                                cue_rules=RULES)
    triggers = [c.trigger.text for c in found if c.type == "OTHER"]
    assert triggers == ([trigger] if trigger else [])


# "Ten died in shelling that destroyed a block": the deaths are the attack's, no accident
SHELLING_DEATHS = [("Ten", 1, "nsubj", "NUM", "CD", "ten"),
                   ("died", 1, "ROOT", "VERB", "VBD", "die"),
                   ("in", 1, "prep", "ADP", "IN", "in"),
                   ("shelling", 2, "pobj", "NOUN", "NN", "shelling")]


@pytest.mark.parametrize(("label", "kept"), [("OTHER:man-made-disaster", False),
                                             ("OTHER:natural-disaster", False),
                                             ("OTHER:crime", True)])
def test_a_guessed_disaster_is_no_second_reading_of_an_attack(label, kept) -> None:
    found = sentence_candidates(parsed(SHELLING_DEATHS)[:], LEXICON, _Sure(label),
                                cue_rules=RULES)
    assert any(c.type == "ASSAULT" for c in found)
    assert any(c.type == "OTHER" for c in found) is kept


# "Hackers launched a cyber attack": the lexicon types the attack; a sure classifier's other
# type for the sentence does not make the light verb a second event
CYBER = [("Hackers", 1, "nsubj", "NOUN", "NNS", "hacker"),
         ("launched", 1, "ROOT", "VERB", "VBD", "launch"),
         ("a", 4, "det", "DET", "DT", "a"),
         ("cyber", 4, "compound", "NOUN", "NN", "cyber"),
         ("attack", 1, "dobj", "NOUN", "NN", "attack")]


def test_a_classifier_event_is_never_on_a_light_verb_whose_object_is_typed() -> None:
    found = sentence_candidates(parsed(CYBER)[:], LEXICON, _Sure("ASSAULT:drone"),
                                cue_rules=RULES)
    assert [(c.trigger.text, c.type, c.mode) for c in found] == [("attack", "COERCE", "cyber")]


# "The banned party marched": a past participle before its noun is a state, no event;
# "police banned the party" is one.
BANNED_PARTY = [("The", 2, "det", "DET", "DT", "the"),
                ("banned", 2, "amod", "VERB", "VBN", "ban"),
                ("party", 3, "nsubj", "NOUN", "NN", "party"),
                ("marched", 3, "ROOT", "VERB", "VBD", "march")]
POLICE_BANNED = [("Police", 1, "nsubj", "NOUN", "NNS", "police"),
                 ("banned", 1, "ROOT", "VERB", "VBD", "ban"),
                 ("the", 3, "det", "DET", "DT", "the"),
                 ("party", 1, "dobj", "NOUN", "NN", "party")]


@pytest.mark.parametrize(("rows", "index", "event"), [
    (BANNED_PARTY, 1, False), (POLICE_BANNED, 1, True)])
def test_a_participle_before_its_noun_is_a_state(rows, index, event):
    doc = parsed(rows)
    triggers = {c.trigger.i for c in sentence_candidates(doc[:], LEXICON, cue_rules=RULES)}
    assert (index in triggers) is event


# "A military operation rescued hostages and killed gunmen": the operation is what killed,
# one event, not a second one of its own
OPERATION = [("A", 2, "det", "DET", "DT", "a"),
             ("military", 2, "amod", "ADJ", "JJ", "military"),
             ("operation", 3, "nsubj", "NOUN", "NN", "operation"),
             ("rescued", 3, "ROOT", "VERB", "VBD", "rescue"),
             ("hostages", 3, "dobj", "NOUN", "NNS", "hostage"),
             ("and", 3, "cc", "CCONJ", "CC", "and"),
             ("killed", 3, "conj", "VERB", "VBD", "kill"),
             ("gunmen", 6, "dobj", "NOUN", "NNS", "gunman")]


def test_an_event_noun_subject_of_a_conjoined_deed_is_that_deed():
    triggers = {(t, kind) for t, kind, _ in found(OPERATION)}
    assert ("killed", "ASSAULT") in triggers
    assert ("operation", "ASSAULT") not in triggers


# "Canada will tighten sanctions on Minsk": a verb that only makes more of its object's act
# carries it, its modality included.
TIGHTEN = [("Canada", 2, "nsubj", "PROPN", "NNP", "Canada"),
           ("will", 2, "aux", "AUX", "MD", "will"),
           ("tighten", 2, "ROOT", "VERB", "VB", "tighten"),
           ("sanctions", 2, "dobj", "NOUN", "NNS", "sanction"),
           ("on", 3, "prep", "ADP", "IN", "on"),
           ("Minsk", 4, "pobj", "PROPN", "NNP", "Minsk")]


def test_a_verb_of_more_carries_its_objects_act() -> None:
    found = sentence_candidates(parsed(TIGHTEN)[:], LEXICON, None, cue_rules=RULES)
    assert [(c.trigger.text, c.type, c.modality) for c in found] == [
        ("sanctions", "SANCTION", "future")]
    assert found[0].actor is not None and found[0].actor.text == "Canada"
