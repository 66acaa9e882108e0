"""Near-duplicate article detection: MinHash signatures over word shingles, banded LSH.

Syndicated copies of a wire story (light edits, a different headline, a trimmed last
paragraph) have nearly the same set of word 5-grams; their estimated Jaccard similarity is
high. Hashes are deterministic (BLAKE2b), so signatures do not depend on the process.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)
_PRIME = np.uint64((1 << 61) - 1)


class MinHasher:
    """Signatures of ``num_perm`` hash functions over ``shingle``-word shingles."""

    def __init__(self, num_perm: int = 64, shingle: int = 5, seed: int = 7) -> None:
        self.num_perm = num_perm
        self.shingle = shingle
        rng = np.random.default_rng(seed)
        self._a = rng.integers(1, (1 << 61) - 1, size=num_perm, dtype=np.uint64)
        self._b = rng.integers(0, (1 << 61) - 1, size=num_perm, dtype=np.uint64)

    def shingles(self, text: str) -> set[str]:
        words = [w.lower() for w in _WORD.findall(text)]
        n = self.shingle
        if len(words) < n:
            return {" ".join(words)} if words else set()
        return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}

    def signature(self, text: str) -> np.ndarray:
        grams = self.shingles(text)
        if not grams:
            return np.full(self.num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
        hashes = np.fromiter(
            (int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "little")
             >> 3 for g in grams),
            dtype=np.uint64, count=len(grams),
        )
        # (a*h + b) mod p, with wrap-around multiplication: a universal-enough hash family.
        mixed = (np.outer(hashes, self._a) + self._b) % _PRIME
        return mixed.min(axis=0)


def similarity(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity: the share of equal signature slots."""
    return float(np.mean(sig_a == sig_b))


def find_duplicates(
    articles: Iterable[tuple[str, str]],
    threshold: float = 0.7,
    hasher: MinHasher | None = None,
    bands: int = 16,
) -> dict[str, tuple[str, float]]:
    """Map each near-duplicate article id to (the earliest article it repeats, similarity).

    ``articles`` are (id, text) in canonical order (earliest first); the first of a group of
    copies is the original and is not in the result.
    """
    hasher = hasher or MinHasher()
    rows = hasher.num_perm // bands
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    ids: list[str] = []
    sigs: list[np.ndarray] = []
    result: dict[str, tuple[str, float]] = {}
    for ident, text in articles:
        sig = hasher.signature(text)
        index = len(ids)
        ids.append(ident)
        sigs.append(sig)
        best: tuple[float, int] | None = None
        keys = [(b, sig[b * rows:(b + 1) * rows].tobytes()) for b in range(bands)]
        seen: set[int] = set()
        for key in keys:
            for other in buckets.get(key, ()):
                if other in seen:
                    continue
                seen.add(other)
                sim = similarity(sig, sigs[other])
                if sim >= threshold and (best is None or sim > best[0]):
                    best = (sim, other)
        if best is not None:
            original = ids[best[1]]
            original = result.get(original, (original, 0.0))[0]
            result[ident] = (original, round(best[0], 4))
        for key in keys:
            buckets[key].append(index)
    return result
