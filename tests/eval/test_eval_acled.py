"""``dateline eval acled``: reader, label crosswalk, and a run on the shared dev set."""

import pytest

from dateline.eval import evaluate
from dateline.eval.acled import case_label, read_rows
from dateline.records import Event, SpanRef


def test_read_rows(tmp_path):
    path = tmp_path / "dev.tsv"
    path.write_text('id\tEventSnippet\tSubType\n1\tA "quoted" blast hit Gao.\tREM_EXPLOS\n',
                    encoding="utf-8")
    assert read_rows(path) == [('A "quoted" blast hit Gao.', "REM_EXPLOS")]


@pytest.mark.parametrize(
    ("event_type", "mode", "label"),
    [("ASSAULT", "aerial", "AIR_STRIKE"), ("PROTEST", "demo", "PEACE_PROTEST"),
     ("CONSULT", None, "DIPLO"), ("OTHER", "crime", "ORG_CRIME")],
)
def test_case_label(event_type, mode, label):
    event = Event(id="V1", type=event_type, trigger=SpanRef("x", 0, 1), sentence=(0, 1),
                  mode=mode)
    assert case_label(event) == label


def test_no_event_is_other():
    assert case_label(None) == "OTHER"


def test_dev_set_runs(nlp, benchmarks):
    path = benchmarks / "events" / "case2021_task2" / "dev.tsv"
    result = evaluate("acled", path, nlp=nlp, limit=25)
    assert result["records"] == 25
    assert 0.0 <= result["macro_f1"] <= 1.0 and 0.0 <= result["micro_f1"] <= 1.0
