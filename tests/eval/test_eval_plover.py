"""``dateline eval plover``: reader, label mapping, and a run on the shared dev set."""

import json

import pytest

from dateline.eval import evaluate
from dateline.eval.plover import gold_type, plover_type
from dateline.records import Event, SpanRef


@pytest.mark.parametrize(("v05", "today"), [("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"),
                                            ("FIGHT", "ASSAULT"), ("INVESTIGATE", "ACCUSE"),
                                            ("AGREE", "AGREE")])
def test_v05_labels(v05, today):
    assert gold_type(v05) == today


def _event(event_type, modality):
    return Event(id="V1", type=event_type, trigger=SpanRef("x", 0, 1), sentence=(0, 1),
                 modality=modality)


@pytest.mark.parametrize(
    ("event_type", "modality", "plover"),
    [("CONSULT", "future", "AGREE"), ("AID", "hypothetical", "AGREE"),
     ("ASSAULT", "future", "THREATEN"), ("ASSAULT", "asserted", "ASSAULT"),
     ("REJECT", "future", "REJECT"), ("CONSULT", "negated", "REJECT"),
     ("ASSAULT", "negated", "ASSAULT")],
)
def test_intentions_follow_plover(event_type, modality, plover):
    assert plover_type(_event(event_type, modality)) == plover


def test_small_written_file(nlp, tmp_path):
    records = [
        {"event": "FIGHT", "text": "Malian troops attacked a rebel base near Kidal.",
         "source": [{"actorText": "Malian troops", "code": "MLI", "sector": "MIL"}],
         "target": ""},
        {"event": "DEMAND", "text": "Peru urged Chile to release the fishermen.",
         "source": {"actorText": "Peru", "code": "PER"},
         "target": [{"actorText": "Chile", "code": "CHL"}]},
    ]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    result = evaluate("plover", path, nlp=nlp)
    assert result["records"] == 2
    assert result["type_accuracy"] == 1.0
    assert result["actor_records"] == 2 and result["recipient_records"] == 1
    # both types right and both actors coded right: the diagnostics agree with the headline
    assert result["actor_country_accuracy"] == 1.0
    assert result["actor_country_accuracy_typed"] == 1.0
    assert result["actor_coded_rate"] == 1.0


def test_dev_set_runs(nlp, benchmarks):
    path = benchmarks / "events" / "plover_gsr" / "PLOVER_GSR_CAMEO.dev.json"
    result = evaluate("plover", path, nlp=nlp, limit=20)
    for key in ("type_accuracy", "type_macro_f1", "actor_country_accuracy",
                "recipient_country_accuracy"):
        assert 0.0 <= result[key] <= 1.0
    assert result["records"] == 20


@pytest.mark.parametrize(
    ("sector", "predicted", "codes", "match"),
    [("IGO", "UNO", {"IGO"}, True), ("NGO", "NGO", {"NGO"}, True), (None, "ITA", {"ITL"}, True),
     (None, "JPN", {"JAP"}, True), (None, "FRA", {"ITL"}, False)],
)
def test_country_match_conventions(sector, predicted, codes, match):
    from dateline.eval.plover import country_match
    from dateline.records import Participant

    assert country_match(Participant("x", 0, 1, country=predicted, sector=sector), codes) is match


def test_parity_splits_the_file(nlp, tmp_path):
    from dateline.eval.plover import evaluate as evaluate_plover

    records = [{"event": "FIGHT", "text": f"Malian troops attacked a base near Gao {n}.",
                "source": [], "target": ""} for n in range(5)]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    assert evaluate_plover(path, nlp=nlp, parity=0)["records"] == 3
    assert evaluate_plover(path, nlp=nlp, parity=1)["records"] == 2


@pytest.mark.parametrize(("code", "primary"), [("CVLkur", "CVL"), ("GOV", "GOV"), ("REBalb", "REB"),
                                               ("***", None), ("", None), (None, None)])
def test_primary_sector(code, primary):
    from dateline.eval.plover import primary_sector

    assert primary_sector(code) == primary
