"""Within-article alias resolution: mentions that name the same actor become one entity.

Rules (documented, deterministic):
- a person mention that is a part of an earlier or later full name ("Peskov", "Zelenskyy's")
  joins that name (the most recent one before it, else the first one after it);
- a person the dictionary knows under several spellings joins under its canonical name;
- a country named several ways ("U.S.", "United States") is one entity per country;
- an organization the dictionary knows ("EU", "European Union") is one entity;
- any other name joins mentions with the same text, ignoring case, "the" and possessives.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from dateline.actors.dictionary import ActorDictionary, normalize_name


@dataclass(slots=True)
class Mention:
    span: Span
    label: str


@dataclass(slots=True)
class Cluster:
    key: str
    label: str
    canonical: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def head(self) -> Mention:
        """The mention that shows the canonical form, else the first one."""
        for mention in self.mentions:
            if normalize_name(mention.span.text) == normalize_name(self.canonical):
                return mention
        longest = max(self.mentions, key=lambda m: len(name_words(m.span)))
        return longest


def name_words(span: Span) -> list[str]:
    return [t.text for t in span if t.text not in ("'s", "’s", "'", "’")]


def cluster_mentions(mentions: list[Mention], dictionary: ActorDictionary) -> list[Cluster]:
    clusters: dict[str, Cluster] = {}
    order: list[str] = []

    def add(key: str, mention: Mention, canonical: str) -> None:
        if key not in clusters:
            clusters[key] = Cluster(key, mention.label, canonical)
            order.append(key)
        cluster = clusters[key]
        cluster.mentions.append(mention)
        if len(canonical.split()) > len(cluster.canonical.split()):
            cluster.canonical = canonical

    full_names: list[tuple[int, list[str], str]] = []  # (position, words, key)
    for mention in mentions:
        if mention.label == "PERSON":
            words = name_words(mention.span)
            if len(words) >= 2:
                known = dictionary.person(mention.span.text)
                canonical = known.name if known else " ".join(words)
                full_names.append((mention.span.start, words, "PERSON:" + canonical.casefold()))

    for mention in mentions:
        span, label = mention.span, mention.label
        if label != "PERSON" and _is_surname_of(span, full_names, dictionary):
            # "Stubb said" tagged ORG after "President Alexander Stubb": the person again.
            label = mention.label = "PERSON"
        if label == "PERSON":
            words = name_words(span)
            known = dictionary.person(span.text)
            if len(words) >= 2:
                canonical = known.name if known else " ".join(words)
                add("PERSON:" + canonical.casefold(), mention, canonical)
                continue
            key = _partial_name_key(span.start, words, full_names)
            if key:
                add(key, mention, clusters[key].canonical if key in clusters else words[0])
            elif known:
                add("PERSON:" + known.name.casefold(), mention, known.name)
            else:
                add("PERSON:" + normalize_name(span.text), mention, " ".join(words))
            continue
        country = dictionary.country_of_name(span.text)
        if label == "GPE" and country:
            name = dictionary.countries[country].name if country in dictionary.countries \
                else span.text
            add("COUNTRY:" + country, mention, name)
            continue
        org = dictionary.organization(span.text)
        if org and label in ("ORG", "GPE", "FAC", "NORP"):
            add("ORG:" + org.name.casefold(), mention, org.name)
            continue
        words = name_words(span)
        text = " ".join(words)
        if text.lower().startswith("the "):
            text = text[4:]
        add(f"{label}:{normalize_name(span.text)}", mention, text)
    return [clusters[k] for k in order]


def _partial_name_key(position: int, words: list[str],
                      full_names: list[tuple[int, list[str], str]]) -> str | None:
    """Key of the full name this short mention is part of (before it, else after it)."""
    if not words:
        return None
    target = [w.casefold() for w in words]
    matches = [
        (pos, key) for pos, full, key in full_names
        if _contains(full, target)
    ]
    if not matches:
        return None
    before = [m for m in matches if m[0] < position]
    return (before[-1] if before else matches[0])[1]


def _is_surname_of(span: Span, full_names: list[tuple[int, list[str], str]],
                   dictionary: ActorDictionary) -> bool:
    words = name_words(span)
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    if dictionary.country_of_word(span.text) or dictionary.organization(span.text):
        return False
    return any(full[-1].casefold() == words[0].casefold() for _, full, _ in full_names)


def _contains(full: list[str], part: list[str]) -> bool:
    lowered = [w.casefold() for w in full]
    n = len(part)
    return any(lowered[i:i + n] == part for i in range(len(lowered) - n + 1))
