"""Who acts and on whom, on real news sentences: the main event's actor and recipient against
the source and target spans of ConfliBERT's CAMEO NER file.

    python bench/cameo_ner_actors.py

``conflibert_cameo/cameo_ner/train.txt`` marks, token by token, the source (S), target (T) and
reciprocal (R: both sides) actors of each sentence. For the main event
(:func:`dateline.events.main.main_event`) this prints, per half (by sentence index parity, as
``events_halves.py``) and for all:

- ``actor_span``: sentences with a source whose actor overlaps a source (or reciprocal) span;
- ``recipient_span``: the same for targets and the recipient;
- ``actor_country``: sentences whose source span dateline codes with a country, where the
  actor's country is one of those. The gold here is dateline's own coding of the gold span, so
  this measures the choice of the actor (and the context's guess), not the dictionary.

The even half serves to read errors; the odd half is the estimate.
"""

from __future__ import annotations

import json
from pathlib import Path

from dateline.actors.coding import code_span
from dateline.events.main import main_event
from dateline.nlp.pipeline import load_pipeline

REPO = Path(__file__).resolve().parents[1]
NER = REPO.parent / "shared" / "benchmarks" / "events" / "conflibert_cameo" / "cameo_ner"

Span = tuple[int, int]


def read_sentences(path: Path) -> list[tuple[str, list[Span], list[Span]]]:
    """(text, source spans, target spans) per sentence of a token-per-line BIO file; the
    tokens are joined by single spaces and reciprocal spans count on both sides."""
    blocks, tokens = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            word, _, tag = line.rpartition(" ")
            tokens.append((word, tag))
        elif tokens:
            blocks.append(tokens)
            tokens = []
    if tokens:
        blocks.append(tokens)
    sentences = []
    for block in blocks:
        text, spans, current = "", {"S": [], "T": [], "R": []}, None
        for word, tag in block:
            start = len(text) + (1 if text else 0)
            text = f"{text} {word}" if text else word
            kind = tag[2:]
            if tag.startswith("B-") and kind in spans:
                current = [kind, start, len(text)]
                spans[kind].append(current)
            elif tag.startswith("I-") and current is not None and current[0] == kind:
                current[2] = len(text)
            else:
                current = None
        both = [(s, e) for _, s, e in spans["R"]]
        sentences.append((text, [(s, e) for _, s, e in spans["S"]] + both,
                          [(s, e) for _, s, e in spans["T"]] + both))
    return sentences


def _overlaps(participant, spans: list[Span]) -> bool:
    return participant is not None and any(
        participant.start < end and start < participant.end for start, end in spans)


def main() -> None:
    sentences = read_sentences(NER / "train.txt")
    nlp = load_pipeline()
    counts = {half: dict.fromkeys(("sources", "actor_span", "targets", "recipient_span",
                                   "coded_sources", "actor_country"), 0)
              for half in ("even", "odd")}
    for i, (doc, (_, sources, targets)) in enumerate(
            zip(nlp.pipe(s[0] for s in sentences), sentences, strict=True)):
        tally = counts["even" if i % 2 == 0 else "odd"]
        event = main_event(doc)
        actor = event.actor if event else None
        recipient = event.recipient if event else None
        if sources:
            tally["sources"] += 1
            tally["actor_span"] += _overlaps(actor, sources)
        if targets:
            tally["targets"] += 1
            tally["recipient_span"] += _overlaps(recipient, targets)
        gold = set()
        for start, end in sources:
            span = doc.char_span(start, end, alignment_mode="expand")
            country = code_span(doc, span).country if span is not None else None
            if country:
                gold.add(country)
        if gold:
            tally["coded_sources"] += 1
            tally["actor_country"] += bool(actor and actor.country in gold)
    total = {key: counts["even"][key] + counts["odd"][key] for key in counts["even"]}
    for half, tally in (*counts.items(), ("all", total)):
        print(json.dumps({
            "half": half, "sentences_with_source": tally["sources"],
            "actor_span": round(tally["actor_span"] / max(tally["sources"], 1), 4),
            "recipient_span": round(tally["recipient_span"] / max(tally["targets"], 1), 4),
            "actor_country": round(tally["actor_country"] / max(tally["coded_sources"], 1), 4),
        }))


if __name__ == "__main__":
    main()
