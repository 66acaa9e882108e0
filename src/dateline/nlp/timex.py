"""Time expressions: every date, time, duration and frequency, normalized against the dct.

The grammar and the normalizer live in ``dateline.time``; this component runs them over a Doc,
reads the tense of each expression's clause from the parse, chains relative expressions
("two days later") from the last date the text mentioned, and sets ``doc._.timexes``.

What it reads from the model: the Penn tags, the dependency parse (the tense; without a parse
the tense comes from the tags of the nearest verb) and, where present, the entity labels (to keep
numbers that are not years out). The coarse POS and the lemmas are not read, so a temporal
tagger needs only tok2vec, tagger and parser (``dateline.eval.timex.TEMPORAL_TAGGER_PIPES``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dateline.nlp.extensions import ensure_extensions
from dateline.records import Timex
from dateline.time.calendar import parse_value
from dateline.time.grammar import Grammar, Word
from dateline.time.lexicon import load_lexicon
from dateline.time.normalize import Context, Normal, normalize
from dateline.time.sem import Sem
from dateline.time.tense import expression_tense


@Language.factory(
    "dateline_timex",
    assigns=["doc._.timexes"],
    requires=["doc._.dct"],
    default_config={"lexicon": "timex.yaml"},
)
def make_timex(nlp: Language, name: str, lexicon: str) -> TimexAnnotator:
    return TimexAnnotator(nlp, name, lexicon=lexicon)


class TimexAnnotator:
    """Finds temporal expressions with a token grammar and resolves them to TIMEX3 values."""

    def __init__(self, nlp: Language, name: str = "dateline_timex", *,
                 lexicon: str = "timex.yaml") -> None:
        ensure_extensions()
        self.name = name
        self.lexicon_name = lexicon
        self.grammar: Grammar | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        self.grammar = Grammar(load_lexicon(self.lexicon_name))

    def __call__(self, doc: Doc) -> Doc:
        if self.grammar is None:
            self.initialize()
        doc._.timexes = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[Timex]:
        words = [Word(t.text, t.tag_, t.ent_type_) for t in doc]
        timexes: list[Timex] = []
        anchor: str | None = None  # the last date mentioned: "two days later" counts from it
        quarter: str | None = None  # the last quarter mentioned: "a year ago" compares to it
        year: str | None = None  # the last year or decade mentioned: "the early months" of it
        for match in self.grammar.find(words):
            span = doc[match.start:match.end]
            tense = expression_tense(span)
            normal = normalize(match.sem, Context.of(doc._.dct, tense, anchor, quarter, year))
            timexes.append(_timex(len(timexes) + 1, span, normal))
            if normal.type in ("DATE", "TIME") and parse_value(normal.value) and \
                    not _comparison(match.sem):
                anchor = normal.value
                if normal.precision == "quarter":
                    quarter = normal.value
                if normal.precision in ("year", "decade", "century"):
                    year = normal.value
        return timexes


def _comparison(sem: Sem) -> bool:
    """A year-ago comparison ("a year earlier", "the year-ago quarter") does not move the
    anchor: the next comparison in the text is made with the same reference period."""
    return sem.year_ago or (sem.kind == "offset" and sem.unit is not None
                            and sem.unit.name == "year")


def _timex(number: int, span: Span, normal: Normal) -> Timex:
    return Timex(
        id=f"T{number}",
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        type=normal.type,
        value=normal.value,
        precision=normal.precision,
        mod=normal.mod,
        confidence=0.8 if "X" not in normal.value else 0.6,
    )
