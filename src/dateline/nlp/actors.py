"""Actors component: named entities, grouped by alias within the article, coded country +
sector + role from the actor dictionary (resources as data)."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from dateline.actors.aliases import Cluster, Mention, cluster_mentions
from dateline.actors.coding import code_named, code_person, country_mentions
from dateline.actors.dictionary import ActorDictionary
from dateline.nlp.extensions import ensure_extensions
from dateline.records import ActorCode, Entity

# Named entities only: dates and numbers belong to the time and counting components.
NAMED_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
     "LANGUAGE"}
)


@Language.factory("dateline_actors", assigns=["doc._.entities"], requires=["doc.ents"])
def make_actors(nlp: Language, name: str) -> ActorAnnotator:
    return ActorAnnotator(nlp, name)


class ActorAnnotator:
    def __init__(self, nlp: Language, name: str) -> None:
        ensure_extensions()
        self.name = name
        self.nlp = nlp
        self.dictionary: ActorDictionary | None = None
        self.known_organizations: PhraseMatcher | None = None
        self.epithets: PhraseMatcher | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        self.dictionary = ActorDictionary.load()
        self.known_organizations = organization_matcher(nlp or self.nlp, self.dictionary)
        self.epithets = epithet_matcher(nlp or self.nlp, self.dictionary)

    def __call__(self, doc: Doc) -> Doc:
        if self.dictionary is None:
            self.initialize()
        doc._.entities = self.entities(doc)
        return doc

    def entities(self, doc: Doc) -> list[Entity]:
        assert self.dictionary is not None
        mentions = named_mentions(doc, self.dictionary)
        mentions += missed_names(doc, self.known_organizations, mentions)
        mentions += missed_names(doc, self.epithets, mentions, label="GPE")
        clusters = cluster_mentions(mentions, self.dictionary)
        countries = country_mentions(doc, self.dictionary)
        clusters.sort(key=lambda c: c.mentions[0].span.start)
        return [self.entity(f"E{n}", c, countries) for n, c in enumerate(clusters, 1)]

    def entity(self, ident: str, cluster: Cluster, countries: list) -> Entity:
        assert self.dictionary is not None
        head = cluster.head.span
        actor: ActorCode | None = None
        confidence = -1.0
        for mention in sorted(cluster.mentions, key=lambda m: m.span is not head):
            if cluster.label == "PERSON":
                code, conf = code_person(mention.span, self.dictionary, countries)
            else:
                code, conf = code_named(mention.span, cluster.label, self.dictionary)
            if code is not None and (code.country or code.sector) and conf > confidence:
                actor, confidence = code, conf
        return Entity(
            id=ident,
            text=head.text,
            start=head.start_char,
            end=head.end_char,
            label=cluster.label,
            canonical=cluster.canonical,
            mentions=[(m.span.start_char, m.span.end_char) for m in cluster.mentions],
            actor=actor,
            confidence=round(max(0.3, confidence), 2) if actor else 0.5,
        )


def named_mentions(doc: Doc, dictionary: ActorDictionary) -> list[Mention]:
    """spaCy's named entities, with two repairs: a name right after a person's title is a
    person ("commander Oleksandr Syrskyi" tagged ORG), and a word that only completes a title
    ("State" in "Secretary of State") is not an entity."""
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in NAMED_LABELS:
            continue
        span = _strip_possessive(ent)
        if span is None:
            continue
        if _completes_title(span, dictionary):
            continue
        if span[0].lower_ in ("pro", "anti"):
            continue  # "pro-Ukrainian" is a stance, not a group
        label = ent.label_
        if label != "PERSON" and _is_titled_name(span, dictionary):
            label = "PERSON"
        if label != "PERSON" and dictionary.person(span.text) and len(span) > 1:
            label = "PERSON"
        mentions.append(Mention(span, label))
    return mentions


def organization_matcher(nlp: Language, dictionary: ActorDictionary) -> PhraseMatcher:
    """A matcher of the dictionary's organization names as written: of two words or more, or
    an acronym of three capitals or more ("ECOWAS"); not a word that may be a common one
    ("Amnesty was granted")."""
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    patterns = [nlp.make_doc(name) for name in dict.fromkeys(dictionary.organization_names)]
    matcher.add("ORG", [p for p in patterns if len(p) > 1 or _acronym(p.text)])
    return matcher


def epithet_matcher(nlp: Language, dictionary: ActorDictionary) -> PhraseMatcher:
    """A matcher of the epithets that stand for one state ("the Islamic republic", "the
    Jewish state"), in any case."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("GPE", [nlp.make_doc(epithet) for epithet in dictionary.epithets])
    return matcher


def _acronym(word: str) -> bool:
    return len(word) >= 3 and word.isalpha() and word.isupper()


def missed_names(doc: Doc, matcher: PhraseMatcher | None, mentions: list[Mention],
                 label: str = "ORG") -> list[Mention]:
    """Known organizations the model did not tag ("Doctors Without Borders opened ..."),
    where no other name overlaps them; the longest match wins. With another ``label``, the
    same for other names the dictionary knows (a state's epithet, "GPE")."""
    if matcher is None:
        return []
    taken = [(m.span.start, m.span.end) for m in mentions]
    taken += [(e.start, e.end) for e in doc.ents if e.label_ in NAMED_LABELS]
    found: list[Mention] = []
    for _, start, end in sorted(matcher(doc), key=lambda m: (m[1], m[1] - m[2])):
        if any(start < e and s < end for s, e in taken):
            continue
        found.append(Mention(doc[start:end], label))
        taken.append((start, end))
    return found


def _strip_possessive(span: Span) -> Span | None:
    end = span.end
    while end > span.start and span.doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    start = span.start
    if span.doc[start].lower_ == "the" and end - start > 1:
        start += 1
    return span.doc[start:end] if end > start else None


def _completes_title(span: Span, dictionary: ActorDictionary) -> bool:
    if len(span) > 2 or span.start < 2:
        return False
    doc = span.doc
    for size in (1, 2):
        if span.start - size - 1 < 0:
            continue
        words = [t.text.casefold() for t in doc[span.start - size - 1:span.end]]
        if " ".join(words) in dictionary.titles:
            return True
    return False


def _is_titled_name(span: Span, dictionary: ActorDictionary) -> bool:
    """A two- or three-word capitalised name right after a person's title word."""
    if not 2 <= len(span) <= 3 or span.start == 0:
        return False
    if not all(t.is_title and t.is_alpha or "-" in t.text for t in span):
        return False
    if dictionary.country_of_word(span.text) or dictionary.organization(span.text):
        return False
    previous = span.doc[span.start - 1].text.casefold()
    return dictionary.titles.get(previous) is not None
