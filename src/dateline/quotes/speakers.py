"""The speaker phrase of a cue: its subject, a passive agent, or the object of "according to".

The phrase keeps titles and appositions ("French Foreign Minister Jean-Noel Barrot", "Nick
Jones, a spokesman for the party"), because the user audits the words the article used; the
entity link and the canonical name come later (``extract``), from the phrase's head.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependents through which a cue without its own subject borrows its head's ("..., adding").
INHERIT_DEPS = frozenset({"advcl", "conj", "xcomp", "pcomp", "prep", "advmod"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
MAX_SPEAKER_TOKENS = 30
MAX_CUE_ANCESTORS = 8


def subject_of(cue: Token, depth: int = 3, is_cue: Callable[[Token], bool] | None = None
               ) -> Token | None:
    """The head token of the cue's speaker, or None if the parse gives none.

    A cue without a subject of its own ("..., adding that ...") borrows it from the verb it
    depends on; with ``is_cue``, from the nearest such verb that is itself a cue, if any.
    A subject in another paragraph than the cue (a parse across a line break) is refused.
    """
    head = _subject_of(cue, depth, is_cue)
    if head is None or not same_paragraph(cue, head):
        return None
    return head


def same_paragraph(a: Token, b: Token) -> bool:
    """True if no line break separates the two tokens."""
    lo, hi = sorted((a.i, b.i))
    return not any("\n" in t.text for t in a.doc[lo : hi + 1])


def _subject_of(cue: Token, depth: int, is_cue: Callable[[Token], bool] | None
                ) -> Token | None:
    if is_cue is not None and cue.dep_ in INHERIT_DEPS and not _own_subject(cue):
        ancestor = cue.head
        for _ in range(MAX_CUE_ANCESTORS):
            if is_cue(ancestor) and _own_subject(ancestor):
                return subject_of(ancestor, 0)
            if ancestor.head.i == ancestor.i:
                break
            ancestor = ancestor.head
    for child in cue.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in RELATIVE_PRONOUNS and cue.dep_ == "relcl":
                return cue.head
            return child
    for child in cue.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    for child in cue.children:  # '"...," Marek notes' parsed with "Marek" as a compound
        if child.dep_ == "compound" and child.i < cue.i and child.pos_ in ("PROPN", "PRON"):
            return child
    if cue.dep_ == "relcl" and cue.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return cue.head  # "the minister, speaking ..." / "officials who said"
    if depth > 0 and cue.dep_ in INHERIT_DEPS and cue.head.i != cue.i:
        return subject_of(cue.head, depth - 1)
    return None


def _own_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS or c.dep_ == "agent" for c in token.children)


CUE_LEFT_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def cue_extent(cue: Token) -> tuple[int, int]:
    """Character span of the cue verb with its adjacent auxiliaries, negation, adverbs and
    particle: "has not commented", "also said", "pointed out"."""
    doc = cue.doc
    left = cue.i
    while left > 0 and doc[left - 1].head.i == cue.i and doc[left - 1].dep_ in CUE_LEFT_DEPS:
        left -= 1
    right = cue.i
    if right + 1 < len(doc) and doc[right + 1].head.i == cue.i and doc[right + 1].dep_ == "prt":
        right += 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def according_to_object(cue: Token) -> Token | None:
    """The object of "according to X" when ``cue`` is "according"."""
    for child in cue.children:
        if child.lower_ == "to":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if cue.i + 2 < len(cue.doc) and cue.doc[cue.i + 1].lower_ == "to":
        return cue.doc[cue.i + 2]
    return None


def speaker_span(doc: Doc, head: Token, blocked: list[tuple[int, int]] | None = None,
                 stop: Token | None = None) -> Span:
    """The noun phrase around ``head``: its subtree, minus quotations and the cue's side.

    ``blocked`` are character ranges (quotations) the phrase may not enter; ``stop`` is the cue:
    the phrase stays on the side of the cue where the head is.
    """
    left, right = _contiguous_subtree(head)
    for i in range(head.i - 1, left - 1, -1):
        if "\n" in doc[i].text:
            left = i + 1
            break
    for i in range(head.i + 1, right + 1):
        if "\n" in doc[i].text:
            right = i - 1
            break
    if stop is not None:
        if stop.i > head.i:
            right = min(right, stop.i - 1)
        elif stop.i < head.i:
            left = max(left, stop.i + 1)
    for start, end in blocked or ():
        for i in range(left, right + 1):
            if start <= doc[i].idx < end:
                if i < head.i:
                    left = i + 1
                elif i > head.i:
                    right = i - 1
                    break
    while right + 1 < len(doc) and doc[right + 1].pos_ == "PROPN" and \
            doc[right].pos_ == "PROPN" and not _in(doc[right + 1].idx, blocked):
        right += 1  # a name the parser split ("asked Maria | Lopez")
    if right - left + 1 > MAX_SPEAKER_TOKENS:
        left, right = _compact(doc, head, left, right)
    while left < head.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > head.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left : right + 1]


def _contiguous_subtree(head: Token) -> tuple[int, int]:
    """The run of the head's subtree around it (a non-projective parse can leave gaps)."""
    members = {t.i for t in head.subtree}
    left = right = head.i
    while left - 1 in members:
        left -= 1
    while right + 1 in members:
        right += 1
    return left, right


def _in(char: int, ranges: list[tuple[int, int]] | None) -> bool:
    return any(start <= char < end for start, end in ranges or ())


def _compact(doc: Doc, head: Token, left: int, right: int) -> tuple[int, int]:
    """A shorter phrase for an over-long subtree: the head's own words up to a comma."""
    lo = head.i
    while lo > left and not doc[lo - 1].is_punct and doc[lo - 1].dep_ not in ("relcl", "acl"):
        lo -= 1
    hi = head.i
    while hi < right and not doc[hi + 1].is_punct:
        hi += 1
    return lo, hi


def name_of(span: Span, head: Token, ents: tuple[Span, ...] | None = None) -> str | None:
    """A proper-name reading of the speaker phrase: the named entity or proper nouns at its head.

    ``ents`` are the Doc's entities, when the caller has them at hand (``doc.ents`` is rebuilt
    on every access).
    """
    for ent in ents if ents is not None else span.doc.ents:
        if ent.start <= head.i < ent.end and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
            return ent.text
    if head.pos_ != "PROPN":
        return None
    lo = hi = head.i
    while lo - 1 >= span.start and span.doc[lo - 1].pos_ == "PROPN" and \
            span.doc[lo - 1].dep_ == "compound":
        lo -= 1
    while hi + 1 < span.end and span.doc[hi + 1].pos_ == "PROPN":
        hi += 1
    return span.doc[lo : hi + 1].text
