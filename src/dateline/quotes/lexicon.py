"""The word lists of quote attribution, loaded once from ``dateline.resources``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from dateline.resources import load_table, load_yaml

CUE_TABLE = "cue_verbs.csv"
SOURCE_TABLE = "sources_types.csv"
RULES = "quote_rules.yaml"


@dataclass(frozen=True, slots=True)
class CueVerb:
    lemma: str
    kind: str  # speech | belief | evidence
    confidence: float


@dataclass(frozen=True)
class QuoteLexicon:
    cues: dict[str, CueVerb] = field(default_factory=dict)
    phrase_cues: tuple[tuple[str, ...], ...] = ()
    source_words: dict[str, str] = field(default_factory=dict)
    anonymity_markers: tuple[str, ...] = ()
    non_statement_verbs: frozenset[str] = frozenset()
    pronouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    label_source_types: dict[str, str] = field(default_factory=dict)

    def cue(self, lemma: str) -> CueVerb | None:
        return self.cues.get(lemma.lower())


@cache
def load_lexicon() -> QuoteLexicon:
    """The default lexicon from the packaged resources (cached per process)."""
    cues = {
        row["lemma"].lower(): CueVerb(row["lemma"].lower(), row["kind"], float(row["confidence"]))
        for row in load_table(CUE_TABLE)
    }
    sources = {row["word"].lower(): row["source_type"] for row in load_table(SOURCE_TABLE)}
    rules = load_yaml(RULES)
    return QuoteLexicon(
        cues=cues,
        phrase_cues=tuple(tuple(w.lower() for w in p) for p in rules["phrase_cues"]),
        source_words=sources,
        anonymity_markers=tuple(m.lower() for m in rules["anonymity_markers"]),
        non_statement_verbs=frozenset(v.lower() for v in rules["non_statement_verbs"]),
        pronouns={k.lower(): tuple(v) for k, v in rules["pronouns"].items()},
        label_source_types=dict(rules["label_source_types"]),
    )
