"""Shared scoring arithmetic for the eval tasks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def macro_f1(gold: Sequence[Hashable], pred: Sequence[Hashable],
             labels: Iterable[Hashable] | None = None) -> float:
    """Unweighted mean of per-label F1 over ``labels`` (default: labels seen in gold)."""
    labels = list(labels) if labels is not None else sorted(set(gold), key=str)
    if not labels:
        return 0.0
    tp: Counter = Counter()
    n_pred: Counter = Counter(pred)
    n_gold: Counter = Counter(gold)
    for g, p in zip(gold, pred, strict=True):
        if g == p:
            tp[g] += 1
    return sum(prf(tp[lab], n_pred[lab], n_gold[lab])[2] for lab in labels) / len(labels)


def accuracy(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> float:
    if not gold:
        return 0.0
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)


def select(rows: list, limit: int | None = None, parity: int | None = None) -> list:
    """The records to score: every other one by index ``parity`` (0 = even half, kept for
    error analysis; 1 = odd half, the honest estimate), then the first ``limit``."""
    if parity is not None:
        rows = rows[parity::2]
    return rows[:limit] if limit else rows
