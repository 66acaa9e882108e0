"""dateline.eval.timex: the TimeML reader and the TempEval-3 scores, on a hand-written file."""

from __future__ import annotations

from pathlib import Path

import pytest

import dateline.nlp.timex  # noqa: F401  (registers the factory)
from dateline.eval.timex import Tally, evaluate, read_tml
from dateline.records import Timex

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-11-20" temporalFunction="false" \
functionInDocument="CREATION_TIME">20251120</TIMEX3></DCT>
<TEXT>
Ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> \
<TIMEX3 tid="t1" type="DATE" value="2025-11-19">late Wednesday</TIMEX3> &amp; agreed to \
talk for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> in \
<TIMEX3 tid="t3" type="DATE" value="2025-12">December</TIMEX3>. \
A vote came <TIMEX3 tid="t4" type="DATE" value="PAST_REF">recently</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def tml_dir(tmp_path: Path) -> Path:
    sub = tmp_path / "part"
    sub.mkdir()
    (sub / "test1.tml").write_text(TML, encoding="utf-8")
    return tmp_path


def test_reader_strips_tags_and_keeps_offsets(tml_dir: Path) -> None:
    doc = read_tml(tml_dir / "part" / "test1.tml")
    assert doc.dct == "2025-11-20"
    assert [t.text for t in doc.timexes] == ["late Wednesday", "three days", "December",
                                             "recently"]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)
    assert "&amp;" not in doc.text and " & agreed" in doc.text
    assert "20251120" not in doc.text  # the DCT is outside TEXT and not scored


def test_tally_counts_strict_relaxed_and_values() -> None:
    from dateline.eval.timex import GoldTimex

    gold = [GoldTimex(0, 14, "late Wednesday", "DATE", "2025-11-19"),
            GoldTimex(20, 30, "three days", "DURATION", "P3D")]
    pred = [Timex("T1", "Wednesday", 5, 14, "DATE", "2025-11-19"),
            Timex("T2", "three days", 20, 30, "DURATION", "P2D"),
            Timex("T3", "now", 40, 43, "DATE", "PRESENT_REF")]
    tally = Tally()
    tally.add(gold, pred)
    scores = tally.scores()
    assert (scores["n_strict"], scores["n_relaxed"], scores["n_value_correct"]) == (1, 2, 1)
    assert scores["extent_f1_strict"] == pytest.approx(0.4)
    assert scores["extent_f1_relaxed"] == pytest.approx(0.8)
    assert scores["type_accuracy"] == 1.0
    assert scores["value_accuracy"] == 0.5
    assert scores["value_f1"] == pytest.approx(0.4)


def test_evaluate_recurses_and_reports_required_keys(tml_dir: Path, timex_only) -> None:
    result = evaluate(tml_dir, nlp=timex_only)
    for key in ("extent_f1_strict", "extent_f1_relaxed", "type_accuracy", "value_accuracy",
                "value_f1"):
        assert 0.0 <= result[key] <= 1.0
    assert result["documents"] == 1 and result["n_gold"] == 4
    assert result["n_strict"] == 4 and result["n_value_correct"] >= 3


def test_tbaq_sample_scores(benchmarks: Path, timex_only) -> None:
    """A few TimeBank documents (the full run is the CLI's job): the scorer works on the data."""
    result = evaluate(benchmarks / "timex" / "tbaq" / "TimeBank", nlp=timex_only, limit=5)
    assert result["documents"] == 5 and result["n_gold"] > 0
    assert result["extent_f1_relaxed"] > 0.6


@pytest.mark.parametrize(("pipes", "found"), [
    (None, True),  # the model's pipes and the timex component
    (("dateline_timex",), True),
    (("tok2vec", "tagger", "parser", "dateline_timex"), True),  # names the blank model lacks
    ((), False),  # nothing runs: no timexes
])
def test_annotate_runs_only_the_pipes_named(tml_dir: Path, timex_only, pipes, found) -> None:
    from dateline.eval.timex import annotate

    docs = [read_tml(tml_dir / "part" / "test1.tml")]
    texts = [t.text for t in annotate(timex_only, docs, pipes)[0]]
    assert texts == (["late Wednesday", "three days", "December", "recently"] if found else [])
