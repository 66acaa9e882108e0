"""scripts/train_events.py: the CASE-level balance of example weights."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_events.py"


@pytest.fixture(scope="module")
def train_events():
    spec = importlib.util.spec_from_file_location("train_events", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("label", "group"), [("CONSULT", "DIPLO"), ("REJECT", "DIPLO"),
                                              ("ASSAULT:shelling", "ART_MISS_ATTACK"),
                                              ("NONE", "OTHER")])
def test_case_group(train_events, label, group):
    assert train_events.case_group(label) == group


@pytest.mark.parametrize(("power", "expected"), [(0.0, [1.0, 1.0, 1.0, 1.0]),
                                                 (0.5, [0.5, 0.5, 0.5, 1.0]),
                                                 (1.0, [0.25, 0.25, 0.25, 1.0])])
def test_balance_weights(train_events, power, expected):
    labels = ["CONSULT", "REJECT", "AID", "ASSAULT:shelling"]
    extra = ["SUPPORT"]  # four DIPLO labels in all, one shelling label
    weights = train_events.balance_weights(labels + extra, power)[:4]
    assert weights == pytest.approx(expected)
