"""``dateline eval TASK PATH``: score the pipeline on a gold set in its native layout.

Each task lives in its own module ``dateline.eval.<task>`` exposing

    evaluate(path: Path, nlp: Language | None = None, limit: int | None = None) -> dict

which returns a flat dict of figures (the keys DESIGN.md requires, plus counts). ``nlp`` is
a loaded dateline pipeline, or None to load the default one.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from spacy.language import Language

TASKS: dict[str, str] = {
    "ner": "CoNLL-2003 file (eng.testa ...): entity precision, recall, F1",
    "timex": "TimeML .tml directory: TempEval-3 extent, type and value scores",
    "geo": "lgl.xml / GWN.xml / GeoVirus.xml / TR-News.xml or the GeoWebNews dir",
    "quotes": "PolNeAR brat directory: attribution content, source and cue scores",
    "plover": "PLOVER GSR JSON: event type and actor country/sector accuracy",
    "cameo": "ConfliBERT quad-class TSV: accuracy and macro F1",
    "acled": "CASE 2021 task 2 TSV: ACLED subtype micro and macro F1",
}


def evaluate(task: str, path: str | Path, nlp: Language | None = None,
             limit: int | None = None) -> dict[str, Any]:
    if task not in TASKS:
        raise ValueError(f"unknown eval task {task!r}; choose one of: {', '.join(TASKS)}")
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no such file or directory: {path}")
    try:
        module = importlib.import_module(f"dateline.eval.{task}")
    except ModuleNotFoundError as exc:
        if exc.name == f"dateline.eval.{task}":
            raise NotImplementedError(f"the {task!r} evaluation is not implemented yet") from None
        raise
    result = module.evaluate(path, nlp=nlp, limit=limit)
    return {"task": task, "path": str(path), **result}
