"""The ACLED / CASE label of a snippet: candidates from the events, belief from the classifier
(hand-made docs and a stub classifier, no model)."""

import pytest
import spacy
from spacy.tokens import Doc

from dateline.events.acled_label import (
    acled_relevant,
    case_label,
    case_probabilities,
    snippet_label,
)
from dateline.events.main import main_event
from dateline.nlp.extensions import ensure_extensions
from dateline.records import Event, Participant, SpanRef

NLP = spacy.blank("en")
ensure_extensions()

# "Troops clashed with rebels as jets bombed Gao": two ASSAULT events, the clash on top.
WORDS = ["Troops", "clashed", "with", "rebels", "as", "jets", "bombed", "Gao"]
HEADS = [1, 1, 1, 2, 6, 6, 1, 6]
DEPS = ["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "advcl", "dobj"]


def event(doc, index, event_type, mode, modality="asserted", acled="x"):
    token = doc[index]
    return Event(id=f"V{index}", type=event_type, mode=mode, modality=modality,
                 trigger=SpanRef(token.text, token.idx, token.idx + len(token)),
                 sentence=(0, len(doc.text)), acled=acled, confidence=0.6)


def snippet(with_events=True):
    doc = Doc(NLP.vocab, words=WORDS, heads=HEADS, deps=DEPS)
    doc._.events = [event(doc, 1, "ASSAULT", "clash"),
                    event(doc, 6, "ASSAULT", "aerial")] if with_events else []
    return doc


class StubClassifier:
    def __init__(self, probs):
        self.probs = probs

    def predict_proba(self, tokens):
        return dict(self.probs)


AIR = StubClassifier({"ASSAULT:aerial": 0.7, "ASSAULT:clash": 0.1, "CONSULT": 0.1,
                      "NONE": 0.1})
CLASH = StubClassifier({"ASSAULT:aerial": 0.1, "ASSAULT:clash": 0.8, "NONE": 0.1})


@pytest.mark.parametrize(
    ("classifier", "with_events", "label"),
    [(None, True, "ARMED_CLASH"),      # no classifier: the event highest in the tree
     (AIR, True, "AIR_STRIKE"),        # the classifier's belief picks among the candidates
     (CLASH, True, "ARMED_CLASH"),
     (AIR, False, "AIR_STRIKE"),       # no event: the classifier's own best label
     (None, False, "OTHER")],
)
def test_snippet_label(classifier, with_events, label):
    assert snippet_label(snippet(with_events), classifier) == label


def test_fine_labels_fold_by_their_largest_probability():
    folded = case_probabilities({"CONSULT": 0.1, "REJECT": 0.1, "THREATEN": 0.1,
                                 "ASSAULT:aerial": 0.25, "ASSAULT:drone": 0.2, "NONE": 0.25})
    assert folded == pytest.approx({"DIPLO": 0.1, "AIR_STRIKE": 0.25, "OTHER": 0.25})


@pytest.mark.parametrize(
    ("event_type", "mode", "modality", "acled", "relevant"),
    [("ASSAULT", "aerial", "asserted", "x", True),
     ("ASSAULT", "aerial", "reported", "x", True),
     ("ASSAULT", "aerial", "negated", "x", False),
     ("ASSAULT", None, "future", "x", False),        # "threatened to strike back"
     ("PROTEST", "demo", "hypothetical", "x", False),
     ("CONSULT", None, "asserted", None, False),     # DIPLO: not an ACLED event
     ("OTHER", "claim", "asserted", None, True)],    # ATTRIB
)
def test_acled_relevant(event_type, mode, modality, acled, relevant):
    doc = snippet(False)
    assert acled_relevant(event(doc, 1, event_type, mode, modality, acled)) is relevant


def test_support_can_outweigh_the_tree():
    doc = snippet()
    assert main_event(doc).mode == "clash"
    assert main_event(doc, support=lambda e: 2.0 if e.mode == "aerial" else 0.0).mode == "aerial"


# "Leaders vowed to end the war": a promise (AGREE on a verb of vowing) is no ACLED agreement.
VOW_WORDS = ["Leaders", "vowed", "to", "end", "war"]


@pytest.mark.parametrize(
    ("lemma", "promise"), [("vow", True), ("pledge", True), ("sign", False)],
)
def test_a_promise_is_no_agreement(lemma, promise):
    from dateline.events.acled_label import is_promise

    doc = Doc(NLP.vocab, words=VOW_WORDS, heads=[1, 1, 3, 1, 3],
              deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"],
              lemmas=["leader", lemma, "to", "end", "war"])
    assert is_promise(doc, event(doc, 1, "AGREE", None)) is promise


# "Troops clashed with rebels after jets bombed Gao": the bombing sets the scene.
AFTER_WORDS = ["Troops", "clashed", "with", "rebels", "after", "jets", "bombed", "Gao"]


@pytest.mark.parametrize(
    ("foreground", "acled", "label"),
    [(("ASSAULT", "clash"), "x", "ARMED_CLASH"),  # a coded foreground event comes first
     # else the coded background one (a diplomatic sanction in the foreground is the news:
     # see test_acled_news_shapes)
     (("CONSULT", None), None, "AIR_STRIKE")],
)
def test_foreground_events_come_first(foreground, acled, label):
    doc = Doc(NLP.vocab, words=AFTER_WORDS, heads=HEADS,
              deps=["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "advcl", "dobj"])
    doc._.events = [event(doc, 1, *foreground, acled=acled), event(doc, 6, "ASSAULT", "aerial")]
    assert snippet_label(doc, AIR) == label


@pytest.mark.parametrize(
    ("foreground", "label"),
    [(True, "DIPLO"),    # "X expelled envoys after Y accused Z": the expulsion is the news
     (False, "ATTRIB")],  # a statement in the background stands where nothing else is told
)
def test_a_statement_that_sets_the_scene_is_no_news(foreground, label):
    doc = Doc(NLP.vocab, words=AFTER_WORDS, heads=HEADS,
              deps=["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "advcl", "dobj"])
    accused = event(doc, 6, "ACCUSE", "allege", acled=None)
    expelled = event(doc, 1, "SANCTION", "expel", acled=None)
    expelled.actor = Participant("Troops", 0, 6, country="KEN", sector="GOV")
    doc._.events = [expelled, accused] if foreground else [accused]
    assert snippet_label(doc, None) == label


@pytest.mark.parametrize(
    ("actor", "recipient", "label"),
    [(Participant("Peru's Congress", 0, 5, country="PER", sector="LEG"), None, "OTHER"),
     (Participant("the Supreme Court", 0, 5, country="PHL", sector="JUD"),
      Participant("petitions", 6, 9), "OTHER"),
     # a party abroad makes it diplomacy, whoever acts
     (Participant("Parliament", 0, 5, country="DEU", sector="LEG"),
      Participant("Israel", 6, 9, country="ISR"), "DIPLO"),
     (Participant("the foreign ministry", 0, 5, country="KEN", sector="GOV"), None, "DIPLO")],
)
def test_a_diplomatic_label_needs_a_party_abroad(actor, recipient, label):
    support = Event(id="V1", type="SUPPORT", trigger=SpanRef("approved", 0, 8),
                    sentence=(0, 20), actor=actor, recipient=recipient)
    assert case_label(support) == label


DIPLOMACY = StubClassifier({"CONSULT": 0.6, "NONE": 0.3, "ASSAULT:clash": 0.1})


@pytest.mark.parametrize(
    ("codes", "places", "label"),
    [([], [], "OTHER"),                          # no party at all: one country's own news
     (["GHA"], ["GH"], "OTHER"),                 # the country and its own town
     (["GHA", "TGO"], [], "DIPLO"),              # a second country
     (["GHA"], ["TG"], "DIPLO"),                 # a place abroad
     (["IGO"], [], "DIPLO")],                    # an international body
)
def test_a_guessed_diplomatic_label_needs_a_party_abroad(codes, places, label):
    """With no event, the classifier's DIPLO stands only where the snippet names a second
    country or an international body."""
    from dateline.records import ActorCode, Entity, Place

    doc = snippet(with_events=False)
    doc._.entities = [Entity(id=f"E{n}", text="x", start=0, end=1, label="GPE", canonical="x",
                             actor=ActorCode(country=code)) for n, code in enumerate(codes)]
    doc._.places = [Place(id=f"P{n}", text="y", start=0, end=1, name="y", country=code)
                    for n, code in enumerate(places)]
    assert snippet_label(doc, DIPLOMACY) == label
