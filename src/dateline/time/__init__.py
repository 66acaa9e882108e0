"""Temporal expressions: find them in tokens and normalize them to TIMEX3 against the dct.

The grammar (``grammar.find_timexes``) and the normalizer (``normalize.normalize``) are plain
functions over words, so they are testable without spaCy; ``dateline.nlp.timex`` wraps them
in a spaCy component, and ``governing.governing_date`` dates an event mention.
"""

from dateline.time.normalize import Context, Normal, normalize, normalize_phrase

__all__ = ["Context", "Normal", "normalize", "normalize_phrase"]
