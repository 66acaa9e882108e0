"""Events: PLOVER-coded who-did-what-to-whom, one records.Event per event told in the article.

Detection and typing live in :mod:`dateline.events`; this component runs them over the parsed
Doc and sets ``doc._.events``. Settings in ``__init__``, the lexicon and the classifier
loaded in ``initialize()``.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from dateline.events.build import build_events
from dateline.events.classifier import MODEL_NAME, EventClassifier
from dateline.events.cues import CueRule, load_rules
from dateline.events.lexicon import LEXICON, Lexicon
from dateline.nlp.extensions import ensure_extensions
from dateline.resources import RESOURCE_DIR


@Language.factory(
    "dateline_events",
    assigns=["doc._.events"],
    requires=["token.dep", "token.lemma", "doc._.entities"],
    default_config={"lexicon": LEXICON, "classifier": MODEL_NAME, "use_classifier": True,
                    "min_classifier": 0.4},
)
def make_events(nlp: Language, name: str, lexicon: str, classifier: str, use_classifier: bool,
                min_classifier: float) -> EventAnnotator:
    return EventAnnotator(nlp, name, lexicon=lexicon, classifier=classifier,
                          use_classifier=use_classifier, min_classifier=min_classifier)


class EventAnnotator:
    def __init__(self, nlp: Language, name: str, *, lexicon: str = LEXICON,
                 classifier: str = MODEL_NAME, use_classifier: bool = True,
                 min_classifier: float = 0.4) -> None:
        ensure_extensions()
        self.name = name
        self.lexicon_name = lexicon
        self.classifier_name = classifier
        self.use_classifier = use_classifier
        self.min_classifier = min_classifier
        self.lexicon: Lexicon | None = None
        self.classifier: EventClassifier | None = None
        self.cue_rules: list[CueRule] = []

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        self.lexicon = Lexicon.from_resource(self.lexicon_name)
        self.cue_rules = load_rules()
        path = Path(RESOURCE_DIR) / self.classifier_name
        self.classifier = (EventClassifier.load(path)
                           if self.use_classifier and path.is_file() else None)

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            self.initialize()
        events = build_events(doc, self.lexicon, self.classifier, self.min_classifier,
                              self.cue_rules)
        doc._.events = events
        return doc
