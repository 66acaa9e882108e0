"""``dateline eval cameo``: reader, quad mapping, and a run on the shared train file."""

import pytest

from dateline.eval import evaluate
from dateline.eval.cameo import quad, read_rows
from dateline.records import Event, SpanRef


def test_read_rows(tmp_path):
    path = tmp_path / "quad.tsv"
    path.write_text("Troops shelled a town.\t4\nA tab\tinside\t0\n\n", encoding="utf-8")
    assert read_rows(path) == [("Troops shelled a town.", 4), ("A tab\tinside", 0)]


@pytest.mark.parametrize(
    ("event_type", "cameo", "modality", "expected"),
    [("CONSULT", "040", "asserted", 1), ("AID", "070", "asserted", 2),
     ("AID", "070", "future", 1), ("ACCUSE", "111", "asserted", 3),
     ("ASSAULT", "195", "asserted", 4), ("ASSAULT", "190", "hypothetical", 3),
     ("SANCTION", "163", "asserted", 3), ("AGREE", "030", "negated", 3),
     ("REQUEST", "020", "asserted", 0), ("REQUEST", "100", "asserted", 3),
     ("OTHER", None, "asserted", 0)],
)
def test_quad(event_type, cameo, modality, expected):
    event = Event(id="V1", type=event_type, trigger=SpanRef("x", 0, 1), sentence=(0, 1),
                  cameo=cameo, modality=modality)
    assert quad(event) == expected


def test_no_event_is_quad_zero():
    assert quad(None) == 0


def test_train_file_runs(nlp, benchmarks):
    path = benchmarks / "events" / "conflibert_cameo" / "cameo_class" / "train.tsv"
    result = evaluate("cameo", path, nlp=nlp, limit=30)
    assert result["records"] == 30
    assert 0.0 <= result["macro_f1"] <= result["accuracy"] + 1.0
