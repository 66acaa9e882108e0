"""``dateline eval ner FILE``: entity precision, recall and F1 on CoNLL-2003 files.

The gold tokens are kept (so spans compare exactly); the pipeline tags them; the mentions that
dateline emits as entities (spaCy's NER after the actors component's repairs) are mapped to
CoNLL's four types:

    PERSON -> PER;  GPE, LOC, FAC -> LOC;  ORG -> ORG;
    NORP, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE -> MISC

Scoring is conlleval's: an entity counts when its type and both boundaries match.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.actors.dictionary import ActorDictionary
from dateline.eval.metrics import prf
from dateline.nlp.actors import named_mentions

LABEL_MAP = {
    "PERSON": "PER",
    "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "ORG": "ORG",
    "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
    "LANGUAGE": "MISC",
}
TYPES = ("PER", "LOC", "ORG", "MISC")
NER_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")

Span3 = tuple[int, int, str]


def read_conll(path: Path) -> Iterator[tuple[list[list[str]], list[list[str]]]]:
    """Yield documents as (sentences of words, sentences of IOB tags)."""
    words: list[list[str]] = []
    tags: list[list[str]] = []
    sent_w: list[str] = []
    sent_t: list[str] = []

    def close_sentence() -> None:
        nonlocal sent_w, sent_t
        if sent_w:
            words.append(sent_w)
            tags.append(sent_t)
        sent_w, sent_t = [], []

    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                close_sentence()
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            if not line.strip():
                close_sentence()
                continue
            cols = line.split()
            sent_w.append(cols[0])
            sent_t.append(cols[-1])
    close_sentence()
    if words:
        yield words, tags


def iob_spans(tags: list[str]) -> set[Span3]:
    """Entity spans from IOB1 or IOB2 tags: (start, end, type)."""
    spans = set()
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        begins = prefix == "B" or (prefix == "I" and label != kind)
        if start is not None and (tag == "O" or begins):
            spans.add((start, i, kind))
            start, kind = None, None
        if tag != "O" and (start is None):
            start, kind = i, label
    return spans


def evaluate(path: Path, nlp: Language | None = None, limit: int | None = None) -> dict[str, Any]:
    if nlp is None:
        from dateline.nlp.pipeline import load_pipeline

        nlp = load_pipeline(components=("dateline_actors",))
    dictionary = ActorDictionary.load()
    tp: Counter = Counter()
    n_pred: Counter = Counter()
    n_gold: Counter = Counter()
    confusions: Counter = Counter()
    docs = 0
    pipes = [p for p in NER_PIPES if p in nlp.pipe_names]
    for sentences, sentence_tags in read_conll(path):
        if limit is not None and docs >= limit:
            break
        docs += 1
        flat_words = [w for s in sentences for w in s]
        flat_tags = [t for s in sentence_tags for t in s]
        sent_starts = [i == 0 for s in sentences for i in range(len(s))]
        doc = Doc(nlp.vocab, words=flat_words, sent_starts=sent_starts)
        with nlp.select_pipes(enable=pipes):
            doc = nlp(doc)
        gold = iob_spans(flat_tags)
        pred = {
            (m.span.start, m.span.end, LABEL_MAP[m.label])
            for m in named_mentions(doc, dictionary)
            if m.label in LABEL_MAP
        }
        for kind in TYPES:
            g = {s for s in gold if s[2] == kind}
            p = {s for s in pred if s[2] == kind}
            tp[kind] += len(g & p)
            n_gold[kind] += len(g)
            n_pred[kind] += len(p)
        gold_by_extent = {(s, e): k for s, e, k in gold}
        for s, e, k in pred - gold:
            confusions[f"{gold_by_extent.get((s, e), 'none')}->{k}"] += 1
        pred_extents = {(s, e) for s, e, _ in pred}
        for s, e, k in gold - pred:
            if (s, e) not in pred_extents:
                confusions[f"{k}->missed_or_boundary"] += 1
    total = prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    result: dict[str, Any] = {
        "documents": docs,
        "gold_entities": sum(n_gold.values()),
        "predicted_entities": sum(n_pred.values()),
        "precision": round(total[0], 4),
        "recall": round(total[1], 4),
        "f1": round(total[2], 4),
    }
    for kind in TYPES:
        p, r, f = prf(tp[kind], n_pred[kind], n_gold[kind])
        result[f"{kind}_precision"] = round(p, 4)
        result[f"{kind}_recall"] = round(r, 4)
        result[f"{kind}_f1"] = round(f, 4)
    result["top_errors"] = dict(confusions.most_common(8))
    result["label_map"] = LABEL_MAP
    return result
