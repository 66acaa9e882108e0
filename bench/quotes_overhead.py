"""How much time the quotes component adds to the pipeline, per article.

Parses real articles (the VOA stories of the shared benchmarks by default) with the English
model, then times ``dateline_quotes`` alone on the parsed Docs; prints seconds per article for
both and the overhead in percent of the model's time (an upper bound of the share of the full
pipeline, which has more components). Best of ``--repeat`` runs each.

    python bench/quotes_overhead.py [--corpus PATH.jsonl] [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared/benchmarks/corpora/voa" \
    / "voa_stories.jsonl"


def read_texts(path: Path, limit: int | None) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from dateline.nlp.pipeline import load_pipeline

    nlp = load_pipeline(components=("dateline_quotes",))
    quotes = nlp.get_pipe("dateline_quotes")
    texts = read_texts(args.corpus, args.limit)
    model_best = quotes_best = float("inf")
    n_quotes = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        with nlp.select_pipes(disable=["dateline_quotes"]):
            docs = list(nlp.pipe(texts, batch_size=16))
        model_best = min(model_best, time.perf_counter() - started)
        started = time.perf_counter()
        for doc in docs:
            quotes(doc)
        quotes_best = min(quotes_best, time.perf_counter() - started)
        n_quotes = sum(len(doc._.quotes) for doc in docs)
    n = len(texts)
    print(f"articles: {n}, characters: {sum(map(len, texts))}, quotes found: {n_quotes}")
    print(f"model:  {model_best / n * 1000:.1f} ms/article")
    print(f"quotes: {quotes_best / n * 1000:.2f} ms/article")
    print(f"overhead: {100 * quotes_best / model_best:.1f}% of the model's time")


if __name__ == "__main__":
    main()
