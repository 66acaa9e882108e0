"""The date an event mention happened: the one its clause gives, else the sentence's, else the
dct (precision "reported": the article only says it happened by then), unless the sentence
only says vaguely when ("recent attacks", "days later"): then the date is unknown."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.nlp.extensions import items
from dateline.records import EventDate, Timex

NON_DATE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
ELSEWHEN_VALUES = frozenset({"PAST_REF", "FUTURE_REF"})  # not now, and not a date
VAGUE = "vague"  # the precision of an event the text puts at another, unknown time


def governing_date(doc: Doc, token: Token) -> EventDate:
    """The date of the event whose trigger is ``token``.

    1. a date or time expression attached in the parse to the trigger or to the verb of its
       clause ("fired two ministers Wednesday"), nearest in the tree first;
    2. else the date expression nearest to the trigger in the same sentence;
    3. else, when the sentence places it only vaguely in the past or future ("recent
       attacks", "days later", "in the coming weeks"), or tells a habit ("routinely deny"),
       no date, with precision "vague": it is not the dct's news;
    4. else the date of the story's wire header ("LIMA, May 2 (Reuters) - "), else the
       document creation time, with precision "reported" (None if there is neither): the day
       it was reported, not a day the text gives the event.
    Durations, sets and vague references (PAST_REF) never date an event.
    """
    sentence = token.sent
    in_sentence = [t for t in items(doc, "timexes")
                   if sentence.start_char <= t.start and t.end <= sentence.end_char]
    dates = [t for t in in_sentence if _dates(t)]
    attached = _attached(doc, token, dates)
    if attached is not None:
        return _event_date(attached)
    dates = [t for t in dates if not _in_other_description(doc, t, token)]
    if dates:
        nearest = min(dates, key=lambda t: _char_distance(t, token))
        return _event_date(nearest)
    vague = next((t for t in in_sentence if t.value in ELSEWHEN_VALUES), None)
    if vague is not None:
        return EventDate(value=None, precision=VAGUE, timex=vague.id)
    if _habitual(token):
        return EventDate(value=None, precision=VAGUE, timex=None)
    filed = _header_date(doc)
    if filed is not None:
        return EventDate(value=filed.value, precision="reported", timex=filed.id)
    dct = getattr(doc._, "dct", None)
    return EventDate(value=dct, precision="reported" if dct else None, timex=None)


def _header_date(doc: Doc) -> Timex | None:
    """The date a wire header gives the story ("NAIROBI, Oct 4 (Reuters) - "), if any."""
    headers = items(doc, "wire_header")
    return next((t for t in items(doc, "timexes") if _dates(t)
                 and any(s <= t.start and t.end <= e for s, e in headers)), None)


# Adverbs that make a clause tell a habit, not an event: "the Taliban routinely deny ...".
HABITUAL_ADVERBS = frozenset({"routinely", "regularly", "often", "frequently", "usually",
                              "habitually", "typically", "customarily", "generally"})


def _habitual(token: Token) -> bool:
    """The trigger or the verbs governing it (two levels up) carry a habitual adverb."""
    node = token
    for _ in range(3):
        if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in node.children):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _dates(timex: Timex) -> bool:
    return timex.type in ("DATE", "TIME") and timex.value not in NON_DATE_VALUES


def _attached(doc: Doc, token: Token, timexes: list[Timex]) -> Timex | None:
    """The timex whose syntactic head is the trigger or one of the trigger's clause verbs."""
    clause = [token]
    current = token
    for _ in range(3):  # the trigger, its verb, the verb that governs a nominal trigger
        if current.head.i == current.i or current.dep_ in ("ccomp", "advcl", "relcl"):
            break
        current = current.head
        clause.append(current)
        if current.pos_ in ("VERB", "AUX"):
            break
    ranks = {t.i: rank for rank, t in enumerate(clause)}
    best: tuple[int, Timex] | None = None
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root.head
        if head.dep_ == "prep" and head.head.i != head.i:  # "on Wednesday" -> the verb
            head = head.head
        rank = ranks.get(head.i)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, timex)
    return best[1] if best else None


# Clauses that describe a noun: "Russia, which invaded in 2022, says it will fight on".
DESCRIBING_DEPS = frozenset({"relcl", "acl", "appos"})
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def _in_other_description(doc: Doc, timex: Timex, token: Token) -> bool:
    """The timex lies in a clause describing a named party or place, and the trigger lies
    outside it: that date is the party's past, not this event's. ("The strike, which began
    last week" describes the event itself and keeps its date.)"""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    while node.head.i != node.i:
        if node.dep_ in DESCRIBING_DEPS:
            described = node.head
            named = described.ent_type_ in NAMED or described.pos_ == "PROPN"
            return named and not (node.left_edge.i <= token.i <= node.right_edge.i)
        node = node.head
    return False


def _char_distance(timex: Timex, token: Token) -> int:
    if timex.end <= token.idx:
        return token.idx - timex.end
    return max(0, timex.start - (token.idx + len(token)))


def _event_date(timex: Timex) -> EventDate:
    return EventDate(value=timex.value, precision=timex.precision or "day", timex=timex.id)
