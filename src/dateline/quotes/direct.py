"""Quotations tied to a cue: "'...,' he said", "'...,' said X", "X said: '...'".

A quotation that no reported-speech clause claimed looks for a speech cue next to it, in the
same sentence and paragraph: first after the closing mark (the usual news order), then before
the opening mark. A quotation with no cue of its own that follows a quotation of the previous
or the same paragraph continues it (same cue and speaker, lower confidence).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.quotes.lexicon import QuoteLexicon
from dateline.quotes.marks import QuotedSpan

WINDOW_TOKENS = 12
SENTENCE_END = frozenset({".", "!", "?"})


@dataclass(frozen=True, slots=True)
class NearCue:
    cue: Token
    confidence: float
    lead_in: int | None = None  # start of the cue's own words before the quote, if any


def cue_near(doc: Doc, quote: QuotedSpan, lexicon: QuoteLexicon,
             quoted: list[QuotedSpan], text: str | None = None) -> NearCue | None:
    """The speech cue governing ``quote``, or None.

    After the quote: a cue within the same sentence ('"...," Smith said'), unless the quote
    itself ended the sentence with a full stop. Before it: the nearest cue in the sentence; if
    words other than punctuation stand between cue and quote ('called the plan "a betrayal"'),
    ``lead_in`` says where the cue's clause starts. ``text`` is ``doc.text`` if at hand.
    """
    text = doc.text if text is None else text
    if not text[quote.content_start : quote.content_end].rstrip().endswith("."):
        for n, token in enumerate(_tokens_after(doc, quote, quoted, len(text))):
            if _is_speech_cue(token, lexicon, nominal=n < 4):
                return NearCue(token, 0.9)
    before = _tokens_before(doc, quote, quoted)
    framed = bool(before) and before[0].text in (":", ",")  # 'X said, "..."' / 'X said: "..."'
    for n, token in enumerate(before):
        if _is_speech_cue(token, lexicon):
            words = [t for t in before[:n] if not (t.is_punct or t.is_space)]
            if not words or framed:
                return NearCue(token, 0.85 if not words else 0.75)
            lead = min(t.i for t in words)
            return NearCue(token, 0.75, doc[lead].idx)
    before_text = text[max(0, quote.start - 200) : quote.start].rstrip()
    if before_text.endswith(":"):
        return _colon_frame(doc, quote.start - (quote.start - max(0, quote.start - 200)
                                                 - len(before_text)), lexicon)
    return None


def _colon_frame(doc: Doc, colon_end: int, lexicon: QuoteLexicon) -> NearCue | None:
    """'Dr. Ward stated:' closing the paragraph before a quotation, or any verb with a named
    or personal subject before the colon ('She then addressed the crowd: "..."')."""
    colon = doc.char_span(0, colon_end, alignment_mode="contract")
    if colon is None or len(colon) == 0:
        return None
    tokens: list[Token] = []
    for token in reversed(colon[max(0, len(colon) - 1 - WINDOW_TOKENS) : len(colon) - 1]):
        if token.text in SENTENCE_END or "\n" in token.text:
            break
        tokens.append(token)
    for token in tokens:
        if _is_speech_cue(token, lexicon):
            return NearCue(token, 0.8)
    for token in tokens:
        if token.pos_ == "VERB" and token.dep_ == "ROOT" and any(
            c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in ("he", "she", "they"))
            for c in token.children
        ):
            return NearCue(token, 0.5)
    return None


def _is_speech_cue(token: Token, lexicon: QuoteLexicon, nominal: bool = False) -> bool:
    """A cue verb that frames quotations; ``nominal`` also accepts a mis-tagged noun ("notes")."""
    cue = lexicon.cue(token.lemma_) or lexicon.cue(token.lower_.removesuffix("s"))
    if cue is None or cue.kind not in ("speech", "frame"):
        return False
    return token.pos_ in ("VERB", "AUX") or (nominal and token.pos_ == "NOUN")


def _tokens_after(doc: Doc, quote: QuotedSpan, quoted: list[QuotedSpan],
                  length: int) -> list[Token]:
    span = doc.char_span(quote.end, length, alignment_mode="expand")
    tokens: list[Token] = []
    if span is None:
        return tokens
    for token in span[:WINDOW_TOKENS]:
        if "\n" in token.text or any(q.start == token.idx for q in quoted):
            break
        tokens.append(token)
        if token.text in SENTENCE_END:
            break
    return tokens


def _tokens_before(doc: Doc, quote: QuotedSpan, quoted: list[QuotedSpan]) -> list[Token]:
    """Tokens before the opening mark, nearest first, within the sentence and paragraph."""
    span = doc.char_span(0, quote.start, alignment_mode="contract")
    tokens: list[Token] = []
    if span is None:
        return tokens
    for token in reversed(span[max(0, len(span) - WINDOW_TOKENS):]):
        if "\n" in token.text or token.text in SENTENCE_END or \
                any(q.end == token.idx + len(token.text) for q in quoted):
            break
        tokens.append(token)
    return tokens
