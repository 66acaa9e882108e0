"""All of a document's statements as ``records.Quote`` items, in text order.

1. ``marks.scan_quotes`` finds the quotations; ``reported.find_reported`` the cue clauses.
2. A cue clause whose content is a quotation (nothing but punctuation outside the marks) gives
   a *direct* quote per quotation; one that mixes quoted and own words gives a *mixed* one; one
   without quotation marks an *indirect* one.
3. Quotations no clause claimed take the speech cue next to them (``direct.cue_near``); one
   without a cue that opens a sentence continues the quotation of the same or the previous
   paragraph (same cue and speaker, lower confidence); the rest are dropped as scare quotes or
   titles (also any under ``MIN_STANDALONE_WORDS`` words, or in single marks).
4. Speakers are linked to ``doc._.entities`` (or spaCy entities) through their head word, with
   pronouns resolved by ``coref``; ``sources.source_type`` classifies them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.quotes.coref import Mention, mentions_of, resolve_pronoun, sentence_starts
from dateline.quotes.direct import cue_near
from dateline.quotes.lexicon import QuoteLexicon, load_lexicon
from dateline.quotes.marks import QuotedSpan, scan_quotes
from dateline.quotes.reported import Reported, find_reported
from dateline.quotes.sources import source_type
from dateline.quotes.speakers import cue_extent, name_of, speaker_span, subject_of
from dateline.records import Entity, Quote, SpanRef, Speaker

MIN_STANDALONE_WORDS = 4
_WORD = re.compile(r"\w+")
_PARAGRAPH_BREAK = re.compile(r"\n")


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    speaker_head: Token | None
    cue_token: Token | None
    confidence: float
    inherited: _Draft | None = None


def extract_quotes(doc: Doc, entities: list[Entity] | None = None,
                   lexicon: QuoteLexicon | None = None) -> list[Quote]:
    """The quotes and reported statements of ``doc`` (ids "Q1", ... in text order)."""
    lexicon = lexicon or load_lexicon()
    entities = entities or []
    text = doc.text  # a spaCy Doc rebuilds its text on every access
    quoted = scan_quotes(text)
    reported = find_reported(doc, lexicon, [(q.content_start, q.content_end) for q in quoted]) \
        if doc.has_annotation("DEP") else []  # without a parse: quotations and cues only
    drafts, claimed = _from_reported(doc, text, quoted, reported)
    drafts.extend(_from_quotations(doc, text, quoted, claimed, drafts, lexicon))
    drafts.sort(key=lambda d: (d.start, d.end))
    return _records(doc, text, drafts, quoted, entities, lexicon)


def _from_reported(doc: Doc, text: str, quoted: list[QuotedSpan],
                   reported: list[Reported]) -> tuple[list[_Draft], set[int]]:
    drafts: list[_Draft] = []
    claimed: set[int] = set()
    for r in reported:
        cue = (r.cue_start, r.cue_end)
        hits = [i for i, q in enumerate(quoted) if q.start < r.end and r.start < q.end]
        if hits and r.kind == "parenthetical":
            continue  # quotations find their own cue ('"A," he said, "B."')
        if not hits:
            drafts.append(_Draft(r.start, r.end, "indirect", cue, r.speaker_head, r.cue_token,
                                 r.confidence))
            continue
        if not _own_words(text, r.start, r.end, [quoted[i] for i in hits]):
            for i in hits:
                if i in claimed:
                    continue
                q = quoted[i]
                claimed.add(i)
                speaker = r.speaker_head if r.speaker_head is not None or r.kind == "according" \
                    else _subject(r.cue_token, q)
                drafts.append(_Draft(q.content_start, q.content_end, "direct", cue,
                                     speaker, r.cue_token,
                                     _closed_factor(q) * max(r.confidence, 0.85)))
            continue
        start = min([r.start] + [quoted[i].start for i in hits])
        end = max([r.end] + [quoted[i].end for i in hits])
        claimed.update(hits)
        confidence = r.confidence * min(_closed_factor(quoted[i]) for i in hits)
        drafts.append(_Draft(start, end, "mixed", cue, r.speaker_head, r.cue_token, confidence))
    return drafts, claimed


def _from_quotations(doc: Doc, text: str, quoted: list[QuotedSpan], claimed: set[int],
                     drafts: list[_Draft], lexicon: QuoteLexicon) -> list[_Draft]:
    paragraphs = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    added: list[_Draft] = []
    for i, q in enumerate(quoted):
        if i in claimed or q.content_end <= q.content_start:
            continue
        near = None if q.single else cue_near(doc, q, lexicon, quoted, text)
        speaker = _subject(near.cue, q) if near is not None else None
        if near is not None and speaker is not None:  # no speaker: "the so-called 'plan'"
            cue_span = cue_extent(near.cue)
            confidence = near.confidence * _closed_factor(q)
            if near.lead_in is None:
                added.append(_Draft(q.content_start, q.content_end, "direct", cue_span,
                                    speaker, near.cue, confidence))
            else:  # 'called the plan "a betrayal"': the quote completes the cue's clause
                added.append(_Draft(near.lead_in, q.end, "mixed", cue_span, speaker, near.cue,
                                    confidence * 0.9))
            continue
        words = len(_WORD.findall(text[q.content_start:q.content_end]))
        if q.single or words < MIN_STANDALONE_WORDS or not _opens_sentence(text, q):
            continue  # a title or scare quote, not a statement
        previous = _previous_statement(drafts + added, q.start)
        paragraph = bisect.bisect_right(paragraphs, q.start)
        gap = paragraph - bisect.bisect_right(paragraphs, previous.end) if previous else 99
        if previous is not None and previous.kind != "indirect" and gap <= 2:
            # gap counts line breaks: 0 same paragraph, 1-2 the next one (blank line or not)
            added.append(_Draft(q.content_start, q.content_end, "direct", previous.cue,
                                previous.speaker_head, previous.cue_token,
                                (0.8 if gap == 0 else 0.6) * _closed_factor(q),
                                inherited=previous))
    return added


def _subject(cue: Token, quote: QuotedSpan) -> Token | None:
    """The cue's subject; failing the parse, the nearest noun between quote and cue or after."""
    head = subject_of(cue)
    if head is not None and not quote.start <= head.idx < quote.end:
        return head
    doc = cue.doc
    if cue.idx >= quote.end:
        between = [t for t in doc[: cue.i] if t.idx >= quote.end]
        for token in reversed(between):  # '"...," Smith notes' with "notes" read as a noun
            if token.pos_ in ("PROPN", "NOUN", "PRON"):
                return token
    for token in doc[cue.i + 1 : cue.i + 6]:  # '"...," said Smith' parsed without a subject
        if token.pos_ in ("PROPN", "NOUN", "PRON"):
            return token
        if token.is_punct:
            break
    return None


def _opens_sentence(text: str, quote: QuotedSpan) -> bool:
    """True if the quote starts a paragraph or follows a sentence end ('... he said. "...')."""
    before = text[: quote.start].rstrip(" \t\u00a0")
    return not before or before[-1] in "\n.!?:"


def _previous_statement(drafts: list[_Draft], before: int) -> _Draft | None:
    earlier = [d for d in drafts if d.end <= before]
    return max(earlier, key=lambda d: d.end) if earlier else None


def _own_words(text: str, start: int, end: int, quotes: list[QuotedSpan]) -> bool:
    """True if the range has words of its own outside the quotations it overlaps."""
    pos = start
    rest = []
    for q in sorted(quotes, key=lambda q: q.start):
        if q.start > pos:
            rest.append(text[pos : q.start])
        pos = max(pos, q.end)
    if pos < end:
        rest.append(text[pos:end])
    return bool(_WORD.findall(" ".join(rest)))


def _closed_factor(q: QuotedSpan) -> float:
    return 1.0 if q.closed else 0.5


def _records(doc: Doc, text: str, drafts: list[_Draft], quoted: list[QuotedSpan],
             entities: list[Entity], lexicon: QuoteLexicon) -> list[Quote]:
    mentions = mentions_of(doc, entities)
    context = _Context(sentence_starts(doc), tuple(doc.ents))
    by_id = {e.id: e for e in entities}
    blocked = [(q.start, q.end) for q in quoted]
    speakers: list[Mention] = []
    quotes: list[Quote] = []
    for n, draft in enumerate(drafts, start=1):
        speaker, label, confidence = None, None, draft.confidence
        if draft.speaker_head is not None:
            speaker, label, factor = _speaker(doc, draft, blocked, mentions, speakers, lexicon,
                                              context)
            confidence *= factor
            if speaker.entity is not None and speaker.entity in by_id:
                _add_mention(by_id[speaker.entity], speaker.start, speaker.end)
            speakers.append(Mention(speaker.start, speaker.end, label or "", speaker.entity,
                                    speaker.canonical))
        else:
            confidence *= 0.7
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand") \
            if speaker else None
        kind_of_source = source_type(span, draft.speaker_head, label, lexicon) \
            if span is not None and draft.speaker_head is not None else None
        cue = SpanRef(text[draft.cue[0] : draft.cue[1]], *draft.cue) if draft.cue else None
        quotes.append(Quote(
            id=f"Q{n}", text=text[draft.start : draft.end], start=draft.start,
            end=draft.end, kind=draft.kind, cue=cue, speaker=speaker,
            source_type=kind_of_source, confidence=round(min(1.0, max(0.05, confidence)), 3),
        ))
    return quotes


@dataclass(frozen=True, slots=True)
class _Context:
    """Per-Doc facts computed once: sentence starts and named entities."""

    sentence_starts: list[int]
    ents: tuple[Span, ...]


def _speaker(doc: Doc, draft: _Draft, blocked: list[tuple[int, int]], mentions: list[Mention],
             speakers: list[Mention], lexicon: QuoteLexicon, context: _Context
             ) -> tuple[Speaker, str | None, float]:
    head = draft.speaker_head
    assert head is not None
    span = speaker_span(doc, head, blocked, draft.cue_token)
    start, end = span.start_char, span.end_char
    if head.pos_ == "PRON" and head.lower_ in lexicon.pronouns:
        target = resolve_pronoun(head, lexicon.pronouns[head.lower_], mentions, speakers,
                                 context.sentence_starts)
        factor = 0.6 if draft.inherited else 1.0
        if target is None:
            return Speaker(span.text, start, end, None, None), None, 0.7 * factor
        return (Speaker(span.text, start, end, target.entity, target.canonical), target.label,
                0.9 * factor)
    mention = _mention_at(mentions, head.idx)
    factor = 0.8 if draft.inherited else 1.0
    if mention is not None:
        return Speaker(span.text, start, end, mention.entity, mention.canonical), \
            mention.label, factor
    name = name_of(span, head, context.ents)
    alias = _surname_match(mentions, head)
    if alias is not None:  # "Syrskyi said" after "Oleksandr Syrskyi" was introduced
        return Speaker(span.text, start, end, alias.entity, alias.canonical), alias.label, \
            0.9 * factor
    label = "PERSON" if name and head.pos_ == "PROPN" and \
        head.lemma_.lower() not in lexicon.source_words else None
    return Speaker(span.text, start, end, None, name), label, factor


def _surname_match(mentions: list[Mention], head: Token) -> Mention | None:
    """The latest earlier PERSON entity whose name ends with the speaker's proper-noun head."""
    if head.pos_ != "PROPN":
        return None
    for mention in reversed(mentions):
        if mention.entity is None or mention.label != "PERSON" or mention.start >= head.idx:
            continue
        name = (mention.canonical or "").split()
        if len(name) > 1 and name[-1] == head.text:
            return mention
    return None


def _mention_at(mentions: list[Mention], char: int) -> Mention | None:
    for mention in mentions:
        if mention.start <= char < mention.end:
            return mention
    return None


def _add_mention(entity: Entity, start: int, end: int) -> None:
    if (start, end) not in entity.mentions and not any(
        s <= start and end <= e for s, e in entity.mentions
    ):
        entity.mentions.append((start, end))
