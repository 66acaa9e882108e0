"""A small sentence classifier for event type + mode: softmax regression in numpy.

Features are hashed lower-cased unigrams and bigrams of the words plus the mean word vector of
the content words (the spaCy model's static vectors). No extra dependency, trains in seconds on
a CPU from ``training/*.jsonl`` (``python scripts/train_events.py``), and the weights are a
small ``.npz`` shipped in ``dateline/resources/models/``.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Token

HASH_BITS = 13
N_HASH = 1 << HASH_BITS
MODEL_NAME = "models/event_classifier.npz"


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (N_HASH - 1)


def featurize(tokens: Sequence[Token]) -> tuple[np.ndarray, np.ndarray]:
    """Hashed bag-of-n-grams indices (with repeats) and the mean content-word vector."""
    width = tokens[0].vocab.vectors_length if len(tokens) else 0
    tokens = [t for t in tokens if not t.is_punct]  # a Span makes its Tokens anew each pass
    words = [t.lower_ if not t.like_num else "<num>" for t in tokens]
    grams = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    grams += [f"L:{t.lemma_.lower()}" for t in tokens if t.lemma_]
    index = np.array(sorted({_bucket(g) for g in grams}), dtype=np.int64)
    vectors = [t.vector for t in tokens if not t.is_stop and t.has_vector]
    if vectors:
        vec = np.mean(vectors, axis=0)
        norm = np.linalg.norm(vec)
        vec = vec / norm if norm else vec
    else:
        vec = np.zeros(width, dtype=np.float32)
    return index, vec.astype(np.float32)


def _matrix(feats: Sequence[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    width = len(feats[0][1])
    x = np.zeros((len(feats), N_HASH + width), dtype=np.float32)
    for row, (index, vec) in enumerate(feats):
        if len(index):
            x[row, index] = 1.0 / np.sqrt(len(index))
        x[row, N_HASH:] = vec
    return x


@dataclass
class EventClassifier:
    """Softmax regression over :func:`featurize` features; ``labels`` are "TYPE[:mode]"."""

    labels: list[str]
    weights: np.ndarray  # (n_features, n_labels)
    bias: np.ndarray  # (n_labels,)

    def predict_proba(self, tokens: Sequence[Token]) -> dict[str, float]:
        if not len(tokens):
            return {}
        x = _matrix([featurize(tokens)])
        logits = x @ self.weights + self.bias
        probs = _softmax(logits)[0]
        return {label: float(p) for label, p in zip(self.labels, probs, strict=True)}

    def save(self, path: Path) -> None:
        np.savez_compressed(path, labels=np.array(self.labels),
                            weights=self.weights.astype(np.float16), bias=self.bias)

    @classmethod
    def load(cls, path: Path) -> EventClassifier:
        with np.load(path) as data:
            return cls(labels=[str(x) for x in data["labels"]],
                       weights=data["weights"].astype(np.float32),
                       bias=data["bias"].astype(np.float32))


def _softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def train_classifier(feats: Sequence[tuple[np.ndarray, np.ndarray]], labels: Sequence[str],
                     epochs: int = 30, lr: float = 0.05, l2: float = 1e-5,
                     batch_size: int = 128, seed: int = 13,
                     weights: Sequence[float] | None = None) -> EventClassifier:
    """Fit the softmax regression with Adam on mini-batches (deterministic for a seed).

    The weights returned are the average of the iterates over the second half of the epochs
    (Polyak averaging): steadier than the last iterate, whose label boundaries swing with the
    order of the last mini-batches. ``weights`` (one per example) scale each example's loss.
    """
    names = sorted(set(labels))
    y = np.array([names.index(label) for label in labels])
    rng = np.random.default_rng(seed)
    n_features = N_HASH + len(feats[0][1])
    w = np.zeros((n_features, len(names)), dtype=np.float32)
    b = np.zeros(len(names), dtype=np.float32)
    m_w, v_w = np.zeros_like(w), np.zeros_like(w)
    m_b, v_b = np.zeros_like(b), np.zeros_like(b)
    sample_weight = np.ones(len(y), dtype=np.float32) if weights is None else np.asarray(
        weights, dtype=np.float32) / np.mean(weights)
    avg_w, avg_b = np.zeros_like(w), np.zeros_like(b)
    averaged = 0
    step = 0
    for epoch in range(epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch_size):
            rows = order[start:start + batch_size]
            x = _matrix([feats[i] for i in rows])
            probs = _softmax(x @ w + b)
            probs[np.arange(len(rows)), y[rows]] -= 1.0
            probs *= sample_weight[rows, None]
            g_w = x.T @ probs / len(rows) + l2 * w
            g_b = probs.mean(axis=0)
            step += 1
            for param, grad, m, v in ((w, g_w, m_w, v_w), (b, g_b, m_b, v_b)):
                m *= 0.9
                m += 0.1 * grad
                v *= 0.999
                v += 0.001 * grad * grad
                m_hat = m / (1 - 0.9**step)
                v_hat = v / (1 - 0.999**step)
                param -= lr * m_hat / (np.sqrt(v_hat) + 1e-8)
            if 2 * epoch >= epochs:
                avg_w += w
                avg_b += b
                averaged += 1
    if averaged:
        w, b = avg_w / averaged, avg_b / averaged
    return EventClassifier(labels=names, weights=w, bias=b)
