"""The trigger lexicon (``event_lexicon.csv``): which words evoke which PLOVER event."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from dateline.resources import load_table, split_cell

LEXICON = "event_lexicon.csv"


@dataclass(frozen=True, slots=True)
class Entry:
    lemma: str
    pos: str  # VERB | NOUN
    type: str
    mode: str | None = None
    cameo: str | None = None
    context: str | None = None
    with_: tuple[str, ...] = ()  # one of these lemmas must be among the trigger's children


TIME_ENTS = frozenset({"DATE", "TIME"})


def is_sum(token: Token) -> bool:
    """A sum of money or a count: "$50 million", "1.2 billion euros", "5,000 tonnes"."""
    return token.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or token.like_num


def _counts_in(amount: Token, prep: Token) -> bool:
    """ "$400 million in aid": an object that is a sum, and what it is in."""
    return prep.lower_ == "in" and amount.dep_ == "dobj" and is_sum(amount)


def _dates(child: Token) -> bool:
    return child.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.ent_type_ in TIME_ENTS for g in child.children)


ACTIVE_SUBJECTS = frozenset({"nsubj", "csubj", "expl"})


def words_around(token: Token) -> set[str]:
    """Words that may complete a trigger: its children, objects of its prepositions ("took to
    the streets"), titles before its object's name ("called President X"), what an object
    counts ("five of the guards", "$400 million in aid"), the word before it, and the noun a
    participle describes ("a stash found")."""
    # a preposition that only dates the act is no part of it: "called X on Wednesday" is no
    # "call on"; the active subject is who acts, not what the act takes ("striking teachers
    # seized the ministry" is no abduction of teachers)
    # and the trigger's own infinitive marker is no preposition it takes: "crimes they are
    # alleged to have committed" is no "commit to"
    near = [c for c in token.children if not _dates(c) and c.dep_ not in ACTIVE_SUBJECTS
            and not (c.dep_ == "aux" and c.tag_ == "TO")]
    near += [g for c in token.children if c.dep_ in ("prep", "agent") for g in c.children]
    near += [g for c in token.children if c.dep_ == "dobj" and c.pos_ == "PROPN"
             for g in c.children if g.dep_ == "compound"]  # "called President X": a title
    near += [g for c in list(near) if c.dep_ in ("dobj", "nsubjpass", "pobj")  # "five of
             for p in c.children if p.dep_ == "prep" and (p.lower_ == "of"  # the guards"
                                                          or _counts_in(c, p))
             for g in p.children if g.dep_ == "pobj"]
    if token.dep_ in ("acl", "amod", "relcl"):
        near.append(token.head)
    around = {t.lemma_.lower() for t in near} | {t.lower_ for t in near}
    if token.i > 0 and not (token.doc[token.i - 1].dep_ in ACTIVE_SUBJECTS
                            and token.doc[token.i - 1].head.i == token.i):
        around.add(token.doc[token.i - 1].lower_)
    return around


class Lexicon:
    """Entries indexed by (lemma, pos); entries that need a child word are tried first."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.index: dict[tuple[str, str], list[Entry]] = {}
        for entry in entries:
            self.index.setdefault((entry.lemma, entry.pos), []).append(entry)
        for found in self.index.values():
            found.sort(key=lambda e: not e.with_)

    @classmethod
    def from_resource(cls, name: str = LEXICON) -> Lexicon:
        return cls(
            Entry(lemma=row["lemma"].lower(), pos=row["pos"], type=row["type"],
                  mode=row["mode"] or None, cameo=row["cameo"] or None,
                  context=row["context"] or None, with_=tuple(split_cell(row["with"])))
            for row in load_table(name)
        )

    def match(self, token: Token) -> Entry | None:
        """The entry a token evokes, given its lemma, coarse POS and children."""
        found = self.matches(token)
        return found[0] if found else None

    def matches(self, token: Token) -> list[Entry]:
        """Every entry a token may evoke, the ones that need a child word first."""
        pos = "VERB" if token.pos_ in ("VERB", "AUX") else token.pos_
        if pos not in ("VERB", "NOUN"):
            return []
        entries = self.index.get((token.lemma_.lower(), pos))
        if not entries and pos == "NOUN":
            entries = self.index.get((token.lower_, pos))
        if not entries:
            return []
        around = words_around(token)
        specific = [e for e in entries if e.with_ and around.intersection(e.with_)]
        return specific or [e for e in entries if not e.with_]
