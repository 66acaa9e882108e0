"""``dateline eval timex DIR``: TempEval-3 scores on TimeML ``.tml`` files.

Every ``*.tml`` under DIR (recursively) is read: the text inside ``<TEXT>`` with its tags
stripped, the gold TIMEX3s inside it with character offsets into that text, and the document
creation time (the TIMEX3 with ``functionInDocument="CREATION_TIME"``), which is given to the
pipeline as ``dct`` and is not scored. Scoring follows TempEval-3: extent precision, recall and
F1, strict (same span) and relaxed (overlapping spans, matched one to one); type and value
accuracy over the relaxed matches, and type and value F1 (a match counts only if the attribute
is right too).
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from dateline.eval.metrics import overlaps, prf
from dateline.records import Timex

TAG_RE = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
ATTR_RE = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TmlDocument:
    name: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)


def read_tml(path: Path) -> TmlDocument:
    """One TimeML file: its TEXT with tags stripped, the gold TIMEX3s in it, and the dct."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct = None
    for m in TAG_RE.finditer(raw):
        if m[2] == "TIMEX3" and not m[1]:
            attrs = dict(ATTR_RE.findall(m[3]))
            if attrs.get("functionInDocument") == "CREATION_TIME":
                dct = _iso_day(attrs.get("value", ""))
                break
    body_start = raw.find("<TEXT>")
    body_end = raw.find("</TEXT>")
    if body_start >= 0 and body_end > body_start:
        body = raw[body_start + len("<TEXT>"):body_end]
    else:
        body = raw
    pieces: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    position = 0
    for m in TAG_RE.finditer(body):
        piece = html.unescape(body[position:m.start()])
        pieces.append(piece)
        length += len(piece)
        position = m.end()
        if m[2] != "TIMEX3" or m[4]:
            continue
        if not m[1]:
            open_timexes.append((length, dict(ATTR_RE.findall(m[3]))))
        elif open_timexes:
            start, attrs = open_timexes.pop()
            if attrs.get("functionInDocument") == "CREATION_TIME":
                continue
            timexes.append(GoldTimex(start, length, "", attrs.get("type", ""),
                                     attrs.get("value", "")))
    pieces.append(html.unescape(body[position:]))
    text = "".join(pieces)
    timexes = [GoldTimex(t.start, t.end, text[t.start:t.end], t.type, t.value) for t in timexes]
    return TmlDocument(path.stem, text, dct, sorted(timexes, key=lambda t: (t.start, t.end)))


def _iso_day(value: str) -> str | None:
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value)
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def read_corpus(path: Path, limit: int | None = None) -> list[TmlDocument]:
    files = [path] if path.is_file() else sorted(path.rglob("*.tml"))
    return [read_tml(f) for f in files[:limit] if f.is_file()]


@dataclass
class Tally:
    n_gold: int = 0
    n_pred: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, gold: list[GoldTimex], pred: list[Timex]) -> None:
        self.n_gold += len(gold)
        self.n_pred += len(pred)
        for g, p in match_relaxed(gold, pred):
            self.relaxed += 1
            self.strict += (g.start, g.end) == (p.start, p.end)
            self.type_ok += g.type == p.type
            self.value_ok += g.value == p.value

    def scores(self) -> dict[str, Any]:
        sp, sr, sf = prf(self.strict, self.n_pred, self.n_gold)
        rp, rr, rf = prf(self.relaxed, self.n_pred, self.n_gold)
        tp, tr, tf = prf(self.type_ok, self.n_pred, self.n_gold)
        vp, vr, vf = prf(self.value_ok, self.n_pred, self.n_gold)
        matched = self.relaxed or 1
        return {
            "extent_f1_strict": round(sf, 4), "extent_p_strict": round(sp, 4),
            "extent_r_strict": round(sr, 4),
            "extent_f1_relaxed": round(rf, 4), "extent_p_relaxed": round(rp, 4),
            "extent_r_relaxed": round(rr, 4),
            "type_accuracy": round(self.type_ok / matched, 4), "type_f1": round(tf, 4),
            "value_accuracy": round(self.value_ok / matched, 4), "value_f1": round(vf, 4),
            "value_p": round(vp, 4), "value_r": round(vr, 4),
            "n_gold": self.n_gold, "n_pred": self.n_pred, "n_strict": self.strict,
            "n_relaxed": self.relaxed, "n_type_correct": self.type_ok,
            "n_value_correct": self.value_ok,
        }


def match_relaxed(gold: list[GoldTimex], pred: Iterable[Timex]) -> Iterator[tuple[GoldTimex,
                                                                                 Timex]]:
    """Pairs of overlapping gold and predicted expressions, each used once, exact spans first."""
    pred = list(pred)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for exact in (True, False):
        for gi, g in enumerate(gold):
            if gi in used_gold:
                continue
            for pi, p in enumerate(pred):
                if pi in used_pred:
                    continue
                hit = (g.start, g.end) == (p.start, p.end) if exact else \
                    overlaps((g.start, g.end), (p.start, p.end))
                if hit:
                    used_gold.add(gi)
                    used_pred.add(pi)
                    pairs.append((g, p))
                    break
    return iter(pairs)


def timex_pipeline(nlp: Language | None = None) -> Language:
    """The pipeline the evaluation runs: the given one, or the model plus dateline_timex."""
    if nlp is not None:
        return nlp
    from dateline.nlp.pipeline import load_pipeline

    return load_pipeline(components=("dateline_timex",))


# The pipes a temporal tagger needs: the tagger (Penn tags) and the parser (the tense of the
# clause), which share tok2vec, and the timex component. The entity recognizer is optional: the
# grammar uses its labels when they are there to keep numbers that are not years out.
TEMPORAL_TAGGER_PIPES: tuple[str, ...] = ("tok2vec", "tagger", "parser", "dateline_timex")
# Faster still: without the parser the tense is read from the Penn tags of the nearest verb
# (``dateline.time.tense.nearby_tense``), a little less accurately.
TAGS_ONLY_PIPES: tuple[str, ...] = ("tok2vec", "tagger", "dateline_timex")


def annotate(nlp: Language, docs: list[TmlDocument],
             pipes: Sequence[str] | None = None) -> list[list[Timex]]:
    """dateline's timexes for each document.

    ``pipes`` names the pipes to run; None runs the whole model and the timex component, but
    none of dateline's other components.
    """
    if pipes is None:
        others = [n for n in nlp.pipe_names
                  if n.startswith("dateline_") and n != "dateline_timex"]
    else:
        others = [n for n in nlp.pipe_names if n not in pipes]
    inputs = []
    for document in docs:
        doc = nlp.make_doc(document.text)
        doc._.dct = document.dct
        inputs.append(doc)
    with nlp.select_pipes(disable=others):
        return [list(doc._.timexes or []) for doc in nlp.pipe(inputs, batch_size=16)]


def evaluate(path: Path, nlp: Language | None = None, limit: int | None = None) -> dict[str, Any]:
    path = Path(path)
    docs = read_corpus(path, limit)
    nlp = timex_pipeline(nlp)
    started = time.perf_counter()
    predictions = annotate(nlp, docs)
    seconds = time.perf_counter() - started
    tally = Tally()
    for document, pred in zip(docs, predictions, strict=True):
        tally.add(document.timexes, pred)
    return {**tally.scores(), "documents": len(docs),
            "docs_per_second": round(len(docs) / seconds, 2) if seconds else None}
