"""The PolNeAR quote evaluation: brat reading, the direct-quote rule, matching and scores."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval.quotes import (
    Relation,
    Tally,
    evaluate,
    is_direct,
    predicted_relations,
    read_brat,
    trimmed,
)
from dateline.records import Quote, SpanRef, Speaker

TEXT = '"We will stay," Lena Varga said. "Until the end."\n\nOfficials said the road was shut.'
ANN = (
    "T1\tSource 16 26\tLena Varga\n"
    "T2\tCue 27 31\tsaid\n"
    "T3\tContent 0 15;33 49\t\"We will stay,\" \"Until the end.\"\n"
    "T4\tAttribution 27 31\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tCue 61 65\tsaid\n"
    "T6\tContent 66 82\tthe road was shut\n"
    "T7\tAttribution 61 65\tsaid\n"
    "E2\tAttribution-no-source:T7 Content:T6 Cue:T5\n"
)


@pytest.fixture(scope="module")
def quotes_nlp():
    from dateline.nlp.pipeline import load_pipeline

    return load_pipeline(components=("dateline_quotes",))


def test_read_brat(tmp_path: Path) -> None:
    path = tmp_path / "a_x1.ann"
    path.write_text(ANN, encoding="utf-8")
    assert read_brat(path) == [
        Relation((0, 49), (16, 26), (27, 31)),
        Relation((66, 82), None, (61, 65)),
    ]


@pytest.mark.parametrize(("span", "direct"), [
    ((0, 49), True),  # marks included
    ((1, 13), True),  # marks just outside
    ((66, 82), False),
    ((52, 82), False),
])
def test_is_direct(span: tuple[int, int], direct: bool) -> None:
    assert is_direct(TEXT, span) is direct


@pytest.mark.parametrize(("span", "expected"), [((0, 15), (1, 13)), ((33, 49), (34, 47))])
def test_trimmed(span: tuple[int, int], expected: tuple[int, int]) -> None:
    assert trimmed(TEXT, span) == expected


def _quote(qid: str, start: int, end: int, cue: tuple[int, int] | None,
           speaker: tuple[int, int] | None) -> Quote:
    return Quote(qid, TEXT[start:end], start, end, "direct",
                 SpanRef(TEXT[cue[0]:cue[1]], *cue) if cue else None,
                 Speaker(TEXT[speaker[0]:speaker[1]], *speaker) if speaker else None)


def test_quotes_sharing_a_cue_form_one_relation() -> None:
    quotes = [_quote("Q1", 1, 13, (27, 31), (16, 26)), _quote("Q2", 34, 48, (27, 31), (16, 26)),
              _quote("Q3", 66, 82, (61, 65), (51, 60))]
    assert predicted_relations(quotes) == [
        Relation((1, 48), (16, 26), (27, 31)), Relation((66, 82), (51, 60), (61, 65))]


def test_perfect_prediction_scores_one() -> None:
    gold = [Relation((0, 49), (16, 26), (27, 31))]
    tally = Tally()
    tally.add(TEXT, gold, [Relation((1, 48), (16, 26), (27, 31))], 1.0)
    scores = tally.scores()
    for key in ("direct_overlap_f1", "direct_exact_f1", "all_overlap_f1", "source_exact_f1",
                "cue_f1", "direct_speaker_accuracy"):
        assert scores[key] == 1.0, key


def test_two_annotators_are_averaged() -> None:
    pred = [Relation((66, 82), None, (61, 65))]
    tally = Tally()
    tally.add(TEXT, [Relation((66, 82), None, (61, 65))], pred, 0.5)  # agrees
    tally.add(TEXT, [Relation((0, 15), None, (27, 31))], pred, 0.5)  # disagrees
    scores = tally.scores()
    assert scores["all_overlap_precision"] == 0.5 and scores["all_overlap_recall"] == 0.5


def test_evaluate_on_a_tiny_polnear_folder(tmp_path: Path, quotes_nlp) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "a_x1.ann").write_text(ANN, encoding="utf-8")
    result = evaluate(tmp_path, nlp=quotes_nlp)
    assert result["n_articles"] == 1
    assert result["direct_overlap_f1"] == 1.0
    assert result["direct_speaker_accuracy"] == 1.0


def test_evaluate_on_polnear_dev_sample(benchmarks: Path, quotes_nlp) -> None:
    result = evaluate(benchmarks / "quotes" / "polnear" / "dev", nlp=quotes_nlp, limit=2)
    assert result["n_articles"] == 2
    for key in ("direct_overlap_f1", "direct_speaker_accuracy", "all_overlap_f1",
                "source_exact_f1", "cue_f1"):
        assert 0.0 <= result[key] <= 1.0


def test_missing_layout_is_an_error(tmp_path: Path, quotes_nlp) -> None:
    with pytest.raises(FileNotFoundError, match="PolNeAR layout"):
        evaluate(tmp_path, nlp=quotes_nlp)


def test_fragments_out_of_order_give_the_envelope(tmp_path: Path) -> None:
    path = tmp_path / "b_x1.ann"
    path.write_text("T1\tContent 33 49;0 15\t...\nE1\tAttribution:T9 Content:T1\n",
                    encoding="utf-8")
    assert read_brat(path) == [Relation((0, 49), None, None)]
