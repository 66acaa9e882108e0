"""The ACLED / CASE 2021 label of a short text (a news snippet of one to three sentences).

The lexicon proposes, the classifier chooses: the candidates are the snippet's events that
ACLED codes at all (:func:`acled_relevant`), ranked as :func:`dateline.events.main.main_event`
ranks them, plus the sentence classifier's belief in each candidate's label (the classifier
reads the whole snippet). With no event at all, the classifier's own best label stands, a
diplomatic one (DIPLO) only where the snippet names a party abroad.
A promise ("vowed to end the war") and an event of a background clause ("talks began despite
air strikes") are no candidates while a foreground event ACLED codes is there.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from dateline.actors.coding import iso3_of
from dateline.events.classifier import EventClassifier
from dateline.events.crosswalk import PLOVER_QUAD, VERBAL_QUADS, crosswalk, event_crosswalk
from dateline.events.cues import vow_verbs
from dateline.events.main import SCENE_MARKERS, in_background, main_event, trigger_root
from dateline.nlp.extensions import items
from dateline.records import Event

# Weight of the classifier's probability against main_event's score (0.5 per tree level).
SUPPORT_WEIGHT = 4.0
NO_EVENT = "OTHER"


def case_label(event: Event | None) -> str:
    """The CASE 2021 task 2 label of an event ("OTHER" for none or one outside the table).
    A diplomatic label needs a party abroad: what a parliament, court or opposition says or
    does at home ("Peru's Congress approved a bill") is other news."""
    if event is None:
        return NO_EVENT
    actor = event.actor
    label = event_crosswalk(event.type, event.mode, actor.sector if actor else None,
                            bool(actor and actor.inferred)).case2021 or NO_EVENT
    if label == "DIPLO" and _domestic(event):
        return NO_EVENT
    return label


# Sectors whose acts are domestic politics, not diplomacy.
DOMESTIC_SECTORS = frozenset({"LEG", "JUD", "OPP"})


def _domestic(event: Event) -> bool:
    actor, recipient = event.actor, event.recipient
    return (actor is not None and actor.sector in DOMESTIC_SECTORS
            and (recipient is None or recipient.country in (None, actor.country)))


# ACLED codes what happened: not what was denied, threatened, planned or supposed.
UNREAL = frozenset({"negated", "future", "hypothetical"})


def acled_relevant(event: Event) -> bool:
    """A real event with an ACLED crosswalk, or a CASE label outside DIPLO and OTHER."""
    label = crosswalk(event.type, event.mode).case2021
    return event.modality not in UNREAL and (event.acled is not None or label not in (
        None, "DIPLO", "OTHER"))


def is_promise(doc: Doc, event: Event) -> bool:
    """An AGREE told by a verb of vowing ("vowed to end the war", "pledged to rebuild"): a
    one-sided statement of intent, not the agreement between parties that ACLED codes."""
    if event.type != "AGREE":
        return False
    root = trigger_root(doc, event)
    return root is not None and root.lemma_.lower() in vow_verbs()


def in_background_clause(doc: Doc, event: Event) -> bool:
    """The event's trigger sets the scene ("talks began despite air strikes", "diplomats were
    expelled after a nerve agent attack"): see :func:`dateline.events.main.in_background`."""
    root = trigger_root(doc, event)
    return root is not None and in_background(root, SCENE_MARKERS)



def elaborates(doc: Doc, event: Event, events: list[Event]) -> bool:
    """The event is a verbal one told by a participle hung on another event's trigger, or on
    the verb that reports it, giving the other one's reason: "severed relations with Panama,
    accusing it of meddling", "cut ties, the minister said, accusing Panama of meddling".
    A deed told so is the news itself: "raided a village, killing 11 residents"."""
    if PLOVER_QUAD.get(event.type) not in VERBAL_QUADS:
        return False
    root = trigger_root(doc, event)
    if root is None:
        return False
    if root.dep_ != "advcl" or root.tag_ != "VBG" or any(c.dep_ == "mark" for c in root.children):
        return False
    heads = [root.head, *(c for c in root.head.children if c.dep_ == "ccomp")]
    if root.head.dep_ == "xcomp":  # "ordered the ambassador to leave, accusing Paris of ..."
        heads.append(root.head.head)
    return any(other is not event and other.trigger.start <= head.idx < other.trigger.end
               for head in heads for other in events)


def relevant_in(doc: Doc) -> Callable[[Event], bool]:
    """The events of ``doc`` that may be its ACLED label, best tier first: what ACLED codes
    (:func:`acled_relevant`, less promises and participles that only tell how or why another
    event happened) told in the foreground; else what it codes told in a background clause
    (the news is what happened, the scene it is set in comes second), unless a diplomatic
    sanction is told in the foreground; a statement there only where nothing is told in the
    foreground; else any event."""
    events = items(doc, "events")
    coded = [e for e in events if acled_relevant(e) and not is_promise(doc, e)
             and not elaborates(doc, e, events)]
    scene = {id(e) for e in events if in_background_clause(doc, e)}
    pool = [e for e in coded if id(e) not in scene]
    if not pool:
        # a diplomatic sanction told in the foreground ("broke off relations after a week of
        # clashes", "expelled diplomats over a poisoning") is the news, beside the deeds that
        # set its scene; a word of condemnation is not
        pool = [e for e in events if id(e) not in scene and e.modality not in UNREAL
                and e.type == "SANCTION" and case_label(e) == "DIPLO"]
    if not pool:
        # a statement that sets the scene ("recalled its envoy after X accused Y") is no
        # news beside a deed told in the foreground: only a deed does
        scene_only = len(scene) == len(events)
        pool = [e for e in coded
                if scene_only or PLOVER_QUAD.get(e.type) not in VERBAL_QUADS]
    ids = {id(e) for e in pool}
    return lambda event: id(event) in ids


def case_probabilities(probs: dict[str, float]) -> dict[str, float]:
    """Fold the classifier's "TYPE[:mode]" probabilities into CASE labels, keeping the largest
    (a sum would favour labels that many PLOVER types share, such as DIPLO)."""
    folded: dict[str, float] = {}
    for label, p in probs.items():
        event_type, _, mode = label.partition(":")
        case = NO_EVENT if event_type == "NONE" else (
            crosswalk(event_type, mode or None).case2021 or NO_EVENT)
        folded[case] = max(folded.get(case, 0.0), p)
    return folded


def snippet_label(doc: Doc, classifier: EventClassifier | None = None) -> str:
    """The CASE 2021 label of a snippet whose events the pipeline has set."""
    if classifier is None or not len(doc):
        event = main_event(doc, prefer=relevant_in(doc))
    else:
        belief = case_probabilities(classifier.predict_proba(doc[:]))
        event = main_event(doc, prefer=relevant_in(doc),
                           support=lambda e: SUPPORT_WEIGHT * belief.get(case_label(e), 0.0))
        if event is None:
            label = max(belief, key=belief.get)
            return NO_EVENT if label == "DIPLO" and not _abroad(doc) else label
    label = case_label(event)
    if label == "DIPLO" and not _of_a_country(event) and not _abroad(doc):
        return NO_EVENT  # "the wife of a missing man appealed for news": no state spoke
    return label


def _of_a_country(event: Event | None) -> bool:
    """The event names the country of its actor or its recipient."""
    return event is not None and any(party is not None and party.country
                                     for party in (event.actor, event.recipient))


# Actor codes that are parties abroad wherever they act: international bodies.
INTERNATIONAL_CODES = frozenset({"IGO", "UNO", "EUR", "NGO"})


def _abroad(doc: Doc) -> bool:
    """The snippet names a second country, or an international body: diplomacy needs a
    party abroad (see :func:`case_label`), and a snippet of one country's own politics
    ("the president dissolved parliament", "the central bank raised rates") has none."""
    countries: set[str] = set()
    for entity in items(doc, "entities"):
        code = entity.actor
        if code is None:
            continue
        if code.country in INTERNATIONAL_CODES or code.sector in INTERNATIONAL_CODES:
            return True
        if code.country:
            countries.add(code.country)
    countries |= {iso3_of(p.country) for p in items(doc, "places") if p.country}
    return len(countries - {None}) > 1
