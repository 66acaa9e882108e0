"""The numpy event classifier: training, save/load, and the shipped model."""

from pathlib import Path

import pytest
import spacy

from dateline.events.classifier import MODEL_NAME, EventClassifier, featurize, train_classifier
from dateline.events.crosswalk import PLOVER_TYPES
from dateline.resources import RESOURCE_DIR

NLP = spacy.blank("en")
TRAIN = [
    ("rebels shelled the town", "ASSAULT:shelling"),
    ("artillery shelled the village", "ASSAULT:shelling"),
    ("the army shelled the city overnight", "ASSAULT:shelling"),
    ("the ministers met for talks", "CONSULT"),
    ("the leaders met in the capital", "CONSULT"),
    ("envoys met to hold talks", "CONSULT"),
]


@pytest.fixture(scope="module")
def tiny() -> EventClassifier:
    feats = [featurize(NLP(text)) for text, _ in TRAIN]
    return train_classifier(feats, [label for _, label in TRAIN], epochs=40)


@pytest.mark.parametrize(("text", "label"), [("militias shelled the port", "ASSAULT:shelling"),
                                              ("the presidents met", "CONSULT")])
def test_tiny_model_learns(tiny, text, label):
    probs = tiny.predict_proba(NLP(text))
    assert max(probs, key=probs.get) == label
    assert sum(probs.values()) == pytest.approx(1.0, abs=1e-4)


def test_save_and_load_round_trip(tiny, tmp_path: Path):
    path = tmp_path / "model.npz"
    tiny.save(path)
    loaded = EventClassifier.load(path)
    doc = NLP("rebels shelled the port")
    assert loaded.labels == tiny.labels
    a, b = tiny.predict_proba(doc), loaded.predict_proba(doc)
    assert all(abs(a[k] - b[k]) < 1e-2 for k in a)


def test_empty_text_has_no_prediction(tiny):
    assert tiny.predict_proba(NLP("")) == {}


def test_shipped_model_covers_every_plover_type():
    path = Path(RESOURCE_DIR) / MODEL_NAME
    model = EventClassifier.load(path)
    types = {label.split(":")[0] for label in model.labels}
    assert set(PLOVER_TYPES) <= types
    assert {"NONE", "OTHER"} <= types
    assert path.stat().st_size < 5_000_000


def test_same_seed_gives_same_weights():
    feats = [featurize(NLP(text)) for text, _ in TRAIN]
    labels = [label for _, label in TRAIN]
    a = train_classifier(feats, labels, epochs=6, seed=3)
    b = train_classifier(feats, labels, epochs=6, seed=3)
    assert (a.weights == b.weights).all() and (a.bias == b.bias).all()


@pytest.mark.parametrize(("heavy", "expected"), [("ASSAULT:shelling", "ASSAULT:shelling"),
                                                 ("CONSULT", "CONSULT")])
def test_example_weights_tip_an_ambiguous_text(heavy, expected):
    # the same text under both labels: the label whose examples weigh more wins
    rows = [("the town", "ASSAULT:shelling"), ("the town", "CONSULT")]
    feats = [featurize(NLP(text)) for text, _ in rows]
    weights = [5.0 if label == heavy else 1.0 for _, label in rows]
    model = train_classifier(feats, [label for _, label in rows], epochs=30, l2=0.0,
                             weights=weights)
    probs = model.predict_proba(NLP("the town"))
    assert max(probs, key=probs.get) == expected
