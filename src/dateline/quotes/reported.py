"""Reported speech on the dependency parse: "X said (that) ...", "X told Reuters ...",
"according to X, ...", "X says it will fight on unless ...", and non-statements.

A cue is a verb whose lemma is in ``cue_verbs.csv`` and that governs a clausal complement
(``ccomp``); the complement is the content. Without one:

- a cue hung on the clause it attributes ("Prices, officials said, will rise"; "..., said
  Smith") attributes that clause (*parenthetical*);
- stance and framing cues ("criticized the plan", "called for talks", "refused to comment"),
  and speech cues other than ``CLAUSE_ONLY_CUES``, take their object or infinitive, with
  their own subject only.

"according to X" attributes the clause it modifies, minus the phrase itself. Belief cues with
a first- or second-person subject are asides, not sources. Cues inside a quotation are the
speaker's own words and are not attributions of the article.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.quotes.lexicon import QuoteLexicon, load_lexicon
from dateline.quotes.speakers import according_to_object, cue_extent, subject_of

COMPLEMENT_DEPS = frozenset({"ccomp"})
# Cue kinds whose content may also be an object or infinitive ("criticized the plan",
# "refused to comment", "called for a ceasefire"), when no clause follows.
OBJECT_CUE_KINDS = frozenset({"stance", "frame"})
OBJECT_DEPS = frozenset({"dobj", "xcomp", "oprd"})
OBJECT_PREPOSITIONS = frozenset({"for", "about", "against", "on", "of"})
# Speech cues whose object is not a statement ("said nothing", "told reporters").
CLAUSE_ONLY_CUES = frozenset({"say", "tell", "add", "write", "ask", "answer", "reply", "respond",
                              "post", "text", "email", "comment", "put", "read"})
PARENTHETICAL_DEPS = frozenset({"parataxis", "advcl", "ccomp", "conj"})
FIRST_SECOND_PERSON = frozenset({"i", "we", "you"})
CUE_POS = frozenset({"VERB"})


@dataclass(slots=True)
class Reported:
    """A cue, its speaker's head token and the content it governs (character offsets)."""

    cue_start: int
    cue_end: int
    cue_token: Token
    speaker_head: Token | None
    start: int
    end: int
    confidence: float
    kind: str  # speech | belief | evidence | stance | according | parenthetical


def find_reported(doc: Doc, lexicon: QuoteLexicon,
                  quoted: list[tuple[int, int]]) -> list[Reported]:
    """Every reported statement in ``doc``; ``quoted`` are the content ranges of quotations."""
    found: list[Reported] = []
    quoted = sorted(quoted)
    for token in doc:
        if _inside(token.idx, quoted):
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and \
                doc[token.i + 1].lower_ == "to":
            item = _according_to(doc, token)
        elif token.pos_ in CUE_POS and lexicon.cue(token.lemma_) is not None:
            item = _verb_cue(token, lexicon)
        else:
            item = None
        if item is not None:
            found.append(item)
    return found


def find_non_statements(doc: Doc, lexicon: QuoteLexicon | None = None) -> list[Span]:
    """Clauses that report an absence of statement ("The ministry has not commented")."""
    lexicon = lexicon or load_lexicon()
    found = []
    for token in doc:
        if token.lemma_.lower() not in lexicon.non_statement_verbs or token.pos_ != "VERB":
            continue
        negated = any(c.dep_ == "neg" for c in token.children)
        declined = token.dep_ == "xcomp" and token.head.lemma_ in ("decline", "refuse")
        has_content = any(c.dep_ in COMPLEMENT_DEPS for c in token.children)
        if (negated or declined) and not has_content:
            head = token.head if declined else token
            subject = subject_of(head)
            if subject is not None:
                found.append(doc[min(subject.left_edge.i, token.i): token.i + 1])
    return found


def _verb_cue(token: Token, lexicon: QuoteLexicon) -> Reported | None:
    cue = lexicon.cue(token.lemma_)
    if cue is None:
        return None
    complements = [c for c in token.children if c.dep_ in COMPLEMENT_DEPS]
    if cue.kind == "belief" and any(c.dep_ == "nsubj" and c.lower_ in FIRST_SECOND_PERSON
                                    for c in token.children):
        return None  # "I think ...": an aside of the writer or interviewee, not a source
    if not complements and (cue.kind in OBJECT_CUE_KINDS or (
            cue.kind == "speech" and cue.lemma not in CLAUSE_ONLY_CUES)):
        return _object_cue(token, lexicon, cue.confidence)
    if not complements:
        return _parenthetical(token, cue.confidence) if cue.kind in ("speech", "belief") \
            else None
    if any(c.dep_ == "neg" for c in token.children) and cue.kind == "speech":
        confidence = cue.confidence * 0.6  # "did not say that ...": still an attribution
    else:
        confidence = cue.confidence
    comp = complements[0]
    left, right = _within_paragraph(token, comp.left_edge.i, comp.right_edge.i)
    if not left <= comp.i <= right:
        return None  # the parser joined paragraphs: the complement is not this cue's
    right = _before_next_cue(token.doc, comp, left, right, lexicon)
    start, end = _trimmed(token.doc, left, right)
    if end <= start:
        return None
    speaker = subject_of(token, is_cue=lambda t: t.pos_ in CUE_POS and
                         lexicon.cue(t.lemma_) is not None)
    return Reported(*cue_extent(token), token, speaker,
                    start, end, confidence, cue.kind)


def _parenthetical(token: Token, confidence: float) -> Reported | None:
    """'Prices, officials said, will rise' / 'Prices will rise, said Smith': the cue sits inside
    or after the clause it attributes and the parser hung it on that clause's verb."""
    head = token.head
    if token.dep_ not in PARENTHETICAL_DEPS or head.i == token.i or \
            head.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lower_ in ("that", "this", "it"):
        return None  # "That said, ..." is an idiom, not a source
    doc = token.doc
    cue_left, cue_right = token.left_edge.i, token.right_edge.i
    left, right = _within_paragraph(head, head.left_edge.i, head.right_edge.i)
    if cue_left <= left:
        left = cue_right + 1
    if cue_right >= right:
        right = cue_left - 1
    start, end = _trimmed(doc, left, right)
    if end - start < 10:
        return None
    return Reported(*cue_extent(token), token, subjects[0], start, end, confidence * 0.9,
                    "parenthetical")


def _object_cue(token: Token, lexicon: QuoteLexicon, confidence: float) -> Reported | None:
    """'X criticized Y for Z', 'X wants to ...', 'X called for ...': content is the object."""
    parts = [c for c in token.children if c.i > token.i and (
        c.dep_ in OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ in OBJECT_PREPOSITIONS))]
    if not parts:
        return None
    left = min(p.left_edge.i for p in parts)
    right = max(p.right_edge.i for p in parts)
    left, right = _within_paragraph(token, left, right)
    start, end = _trimmed(token.doc, left, right)
    if end <= start:
        return None
    speaker = subject_of(token, depth=0)  # an object cue keeps to its own subject ...
    if speaker is None and token.dep_ == "conj":  # ... or that of the verb it coordinates with
        speaker = subject_of(token.head, depth=0)
    if speaker is None:
        return None
    return Reported(*cue_extent(token), token, speaker, start, end,
                    confidence, "stance")


def _according_to(doc: Doc, token: Token) -> Reported | None:
    source = according_to_object(token)
    if source is None:
        return None
    phrase_left = token.i
    phrase_right = max(source.right_edge.i, token.i + 1)
    sentence = token.sent
    if phrase_left - sentence.start <= 1:  # "According to X, <content>."
        left, right = phrase_right + 1, sentence.end - 1
    else:  # "<content>, according to X."
        left, right = sentence.start, phrase_left - 1
    if right < left:
        return None
    start, end = _trimmed(doc, left, right)
    if end <= start:
        return None
    cue_end = doc[token.i + 1].idx + len(doc[token.i + 1].text)
    return Reported(token.idx, cue_end, token, source, start, end, 0.85, "according")


def _before_next_cue(doc: Doc, comp: Token, left: int, right: int,
                     lexicon: QuoteLexicon) -> int:
    """Cut a complement before a coordinated cue of its own ('... that X, and added: "Y"')."""
    for token in doc[comp.i + 1 : right + 1]:
        if token.dep_ == "conj" and token.pos_ in CUE_POS and lexicon.cue(token.lemma_) and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            cut = token.left_edge.i - 1
            while cut > left and (doc[cut].is_punct or doc[cut].dep_ == "cc"):
                cut -= 1
            return max(left, cut)
    return right


def _within_paragraph(cue: Token, left: int, right: int) -> tuple[int, int]:
    """Clip the token range left..right to the cue's paragraph (no token holding a newline)."""
    doc = cue.doc
    for i in range(cue.i - 1, left - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            left = i + 1
            break
    for i in range(cue.i, right + 1):
        if "\n" in doc[i].text:
            right = i - 1
            break
        if "\n" in doc[i].whitespace_:
            right = i
            break
    return left, right


def _trimmed(doc: Doc, left: int, right: int) -> tuple[int, int]:
    """Character range of tokens left..right without edge punctuation (quote marks kept)."""
    while left <= right and (doc[left].is_space or (doc[left].is_punct and
                                                    not doc[left].is_quote)):
        left += 1
    while right >= left and (doc[right].is_space or (doc[right].is_punct and
                                                     not doc[right].is_quote)):
        right -= 1
    if right < left:
        return 0, 0
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _inside(char: int, ranges: list[tuple[int, int]]) -> bool:
    """True if ``char`` falls in one of ``ranges`` (sorted, not overlapping)."""
    i = bisect.bisect_right(ranges, (char, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= char < ranges[i][1]
