"""How much time the timex component adds to the pipeline, per article.

Runs the English model alone and the model plus ``dateline_timex`` over the same real articles
(the VOA stories of the shared benchmarks by default), best of ``--repeat`` runs each, and prints
seconds per article and the overhead in percent.

    python bench/timex_overhead.py [--corpus PATH.jsonl] [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from dateline.nlp.pipeline import add_components, default_model_path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared/benchmarks/corpora/voa" \
    / "voa_stories.jsonl"


def read_articles(path: Path, limit: int | None) -> list[tuple[str, str | None]]:
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            dct = (record.get("published") or "")[:10] or None
            articles.append((record["text"], dct))
            if limit and len(articles) >= limit:
                break
    return articles


def run(nlp, articles, with_timex: bool) -> float:
    docs = []
    for text, dct in articles:
        doc = nlp.make_doc(text)
        doc._.dct = dct
        docs.append(doc)
    disable = [] if with_timex else ["dateline_timex"]
    started = time.perf_counter()
    with nlp.select_pipes(disable=disable):
        for _ in nlp.pipe(docs, batch_size=16):
            pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import spacy

    nlp = add_components(spacy.load(default_model_path()), ("dateline_timex",))
    articles = read_articles(args.corpus, args.limit)
    run(nlp, articles[:5], True)  # warm up
    base = min(run(nlp, articles, False) for _ in range(args.repeat))
    full = min(run(nlp, articles, True) for _ in range(args.repeat))
    timex_only = 0.0
    component = nlp.get_pipe("dateline_timex")
    parsed = list(nlp.pipe((nlp.make_doc(t) for t, _ in articles), batch_size=16))
    for doc, (_, dct) in zip(parsed, articles, strict=True):
        doc._.dct = dct
    started = time.perf_counter()
    for doc in parsed:
        component(doc)
    timex_only = time.perf_counter() - started
    n = len(articles)
    print(f"articles: {n} ({sum(len(t) for t, _ in articles)} characters)")
    print(f"model alone:          {base / n * 1000:8.1f} ms/article")
    print(f"model + timex:        {full / n * 1000:8.1f} ms/article")
    print(f"timex component only: {timex_only / n * 1000:8.1f} ms/article")
    print(f"overhead: {100 * (full - base) / base:.1f}% (component alone: "
          f"{100 * timex_only / base:.1f}% of the model's time)")


if __name__ == "__main__":
    main()
