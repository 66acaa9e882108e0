"""``dateline eval quotes DIR``: attribution scores on PolNeAR (brat standoff).

``DIR`` holds ``text/<name>.txt`` and ``attributions/<name>_<annotator>.ann``. An article
annotated by several annotators is scored against each annotation, each weighted 1/n, so the
figures are the mean over annotators.

Units are attribution relations (content, cue, source). dateline quotes that share a cue and a
speaker ("'A,' he said. 'B.'") form one predicted relation, as in PolNeAR. Spans compare by
their envelope (first start, last end). Scores:

- content overlap P/R/F1: one-to-one matching of relations whose contents overlap (largest
  overlap first); content exact: equal after trimming spaces, quotation marks and edge
  punctuation (``,.;:``), which PolNeAR and dateline place differently;
- the same over the direct subset: relations whose content sits inside quotation marks
  (one rule, ``is_direct``, applied to gold and predictions alike);
- source exact/overlap F1 and cue exact/overlap F1 over matched relations (a predicted
  relation with a speaker or cue that matched nothing counts as a false positive);
- direct speaker accuracy: share of matched direct relations with a gold source whose
  predicted speaker overlaps it.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from dateline.eval.metrics import overlaps, prf

OPEN_MARKS = ('"', "“", "``", "''", "«", "„")
CLOSE_MARKS = ('"', "”", "''", "»")
TRIM = set(" \t\n\u00a0\"“”'‘’`«»,.;:")
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Relation:
    content: Span
    source: Span | None = None
    cue: Span | None = None


def read_brat(path: Path) -> list[Relation]:
    """The attribution relations of one PolNeAR ``.ann`` file."""
    spans: dict[str, Span] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _, _, offsets = fields[1].partition(" ")
            try:
                frags = [tuple(int(x) for x in f.split()) for f in offsets.split(";")]
            except ValueError:
                continue
            # fragments may be listed out of text order ("1064 1105;959 1047")
            spans[fields[0]] = (min(f[0] for f in frags), max(f[-1] for f in frags))
        elif line.startswith("E") and len(fields) >= 2:
            roles = {}
            for arg in fields[1].split():
                role, _, target = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789"), target)
            events.append(roles)
    relations = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        relations.append(Relation(content, spans.get(roles.get("Source", "")),
                                  spans.get(roles.get("Cue", ""))))
    return relations


def predicted_relations(quotes: list) -> list[Relation]:
    """dateline quotes grouped into relations: one per (cue, speaker), else one per quote."""
    groups: dict[Any, list] = defaultdict(list)
    for quote in quotes:
        key = (quote.cue.start, quote.cue.end, quote.speaker.start if quote.speaker else None) \
            if quote.cue is not None else ("quote", quote.id)
        groups[key].append(quote)
    relations = []
    for members in groups.values():
        first = members[0]
        relations.append(Relation(
            (min(q.start for q in members), max(q.end for q in members)),
            (first.speaker.start, first.speaker.end) if first.speaker else None,
            (first.cue.start, first.cue.end) if first.cue else None,
        ))
    return relations


def is_direct(text: str, span: Span) -> bool:
    """True if the span's content sits inside quotation marks (marks in or just outside it)."""
    start, end = span
    inner = text[start:end].strip()
    if not inner:
        return False
    before = text[max(0, start - 2) : start]
    opens = inner.startswith(OPEN_MARKS) or before.endswith(OPEN_MARKS)
    tail = inner.rstrip(" ,.;:!?")
    after = text[end : end + 3].lstrip(",.;:!? ")
    closes = tail.endswith(CLOSE_MARKS) or inner.endswith(CLOSE_MARKS) or \
        after.startswith(CLOSE_MARKS)
    return opens and closes


def trimmed(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def match_overlap(gold: list[Relation], pred: list[Relation]) -> list[tuple[int, int]]:
    """One-to-one (gold, pred) index pairs whose contents overlap, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if overlaps(g.content, p.content):
                size = min(g.content[1], p.content[1]) - max(g.content[0], p.content[0])
                pairs.append((size, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gi, pi))
    return matched


def match_exact(text: str, gold: list[Relation], pred: list[Relation]) -> int:
    remaining = defaultdict(int)
    for g in gold:
        remaining[trimmed(text, g.content)] += 1
    hits = 0
    for p in pred:
        key = trimmed(text, p.content)
        if remaining[key] > 0:
            remaining[key] -= 1
            hits += 1
    return hits


class Tally:
    """Weighted counts behind every score (weights are 1/annotators per article)."""

    def __init__(self) -> None:
        self.c: dict[str, float] = defaultdict(float)

    def add(self, text: str, gold: list[Relation], pred: list[Relation], weight: float) -> None:
        c = self.c
        for prefix, g_set, p_set in (
            ("all", gold, pred),
            ("direct", [g for g in gold if is_direct(text, g.content)],
             [p for p in pred if is_direct(text, p.content)]),
        ):
            matched = match_overlap(g_set, p_set)
            c[f"{prefix}_gold"] += weight * len(g_set)
            c[f"{prefix}_pred"] += weight * len(p_set)
            c[f"{prefix}_overlap_tp"] += weight * len(matched)
            c[f"{prefix}_exact_tp"] += weight * match_exact(text, g_set, p_set)
            if prefix == "direct":
                for gi, pi in matched:
                    g, p = g_set[gi], p_set[pi]
                    if g.source is not None:
                        c["direct_speaker_n"] += weight
                        if p.source is not None and overlaps(g.source, p.source):
                            c["direct_speaker_ok"] += weight
                continue
            for role in ("source", "cue"):
                c[f"{role}_gold"] += weight * sum(getattr(g, role) is not None for g in g_set)
                c[f"{role}_pred"] += weight * sum(getattr(p, role) is not None for p in p_set)
                for gi, pi in matched:
                    gs, ps = getattr(g_set[gi], role), getattr(p_set[pi], role)
                    if gs is None or ps is None:
                        continue
                    if trimmed(text, gs) == trimmed(text, ps):
                        c[f"{role}_exact_tp"] += weight
                    if overlaps(gs, ps):
                        c[f"{role}_overlap_tp"] += weight

    def scores(self) -> dict[str, float]:
        c = self.c
        out: dict[str, float] = {}
        for prefix in ("all", "direct"):
            for mode in ("overlap", "exact"):
                p, r, f = prf(c[f"{prefix}_{mode}_tp"], c[f"{prefix}_pred"], c[f"{prefix}_gold"])
                out[f"{prefix}_{mode}_precision"] = round(p, 4)
                out[f"{prefix}_{mode}_recall"] = round(r, 4)
                out[f"{prefix}_{mode}_f1"] = round(f, 4)
        for role in ("source", "cue"):
            for mode in ("exact", "overlap"):
                p, r, f = prf(c[f"{role}_{mode}_tp"], c[f"{role}_pred"], c[f"{role}_gold"])
                out[f"{role}_{mode}_f1"] = round(f, 4)
        out["cue_f1"] = out["cue_exact_f1"]
        n = c["direct_speaker_n"]
        out["direct_speaker_accuracy"] = round(c["direct_speaker_ok"] / n, 4) if n else 0.0
        out["direct_speaker_n"] = round(n, 2)
        for key in ("all_gold", "all_pred", "direct_gold", "direct_pred"):
            out[f"n_{key}"] = round(c[key], 2)
        return out


def articles(path: Path, limit: int | None = None) -> Iterator[tuple[str, str, list[Path]]]:
    """(name, text, annotation files) for each article of a PolNeAR split directory."""
    text_dir, ann_dir = path / "text", path / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(f"{path} has no text/ and attributions/ folders (PolNeAR layout)")
    count = 0
    for text_path in sorted(text_dir.glob("*.txt")):
        anns = sorted(ann_dir.glob(f"{text_path.stem}_*.ann"))
        anns = [a for a in anns if a.stem.rsplit("_", 1)[0] == text_path.stem]
        if not anns:
            continue
        yield text_path.stem, text_path.read_text(encoding="utf-8"), anns
        count += 1
        if limit is not None and count >= limit:
            return


def evaluate(path: Path, nlp: Language | None = None, limit: int | None = None
             ) -> dict[str, Any]:
    """Score the pipeline's quotes on a PolNeAR split directory."""
    from dateline.nlp.pipeline import load_pipeline

    if nlp is None:
        nlp = load_pipeline()
    items = list(articles(Path(path), limit))
    tally = Tally()
    started = time.perf_counter()
    docs = nlp.pipe((text for _, text, _ in items), batch_size=16)
    for (_, text, anns), doc in zip(items, docs, strict=True):
        pred = predicted_relations(doc._.quotes or [])
        for ann in anns:
            tally.add(text, read_brat(ann), pred, 1.0 / len(anns))
    return {
        **tally.scores(),
        "n_articles": len(items),
        "n_annotations": sum(len(a) for _, _, a in items),
        "seconds": round(time.perf_counter() - started, 1),
    }
