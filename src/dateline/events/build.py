"""From a parsed Doc to ``list[records.Event]``: detect, merge, link, cross-walk."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.actors.coding import (
    CONTEXT_GUESS,
    INDIVIDUAL_NOUNS,
    code_span,
    country_besides,
    guessed_from_the_story,
    iso3_of,
)
from dateline.actors.dictionary import ActorDictionary
from dateline.actors.pronouns import antecedent
from dateline.events.classifier import EventClassifier
from dateline.events.crosswalk import (
    COOPERATION_QUADS,
    MATERIAL_QUADS,
    PLOVER_QUAD,
    crosswalk,
    event_crosswalk,
)
from dateline.events.cues import CueRule
from dateline.events.detect import Candidate, sentence_candidates
from dateline.events.lexicon import Lexicon
from dateline.events.links import code_participant, event_date, event_place, event_source
from dateline.events.merge import infer_actors, merge_candidates
from dateline.events.participants import AGENT_NOUNS, RELATIONAL_NOUNS, actor_like, phrase
from dateline.nlp.extensions import items
from dateline.nlp.wire_header import in_wire_header
from dateline.records import Counts, Entity, Event, EventPlace, Participant, SpanRef


def detect_candidates(doc: Doc, lexicon: Lexicon, classifier: EventClassifier | None = None,
                      min_classifier: float = 0.5,
                      cue_rules: list[CueRule] | None = None) -> list[Candidate]:
    candidates: list[Candidate] = []
    for sent in doc.sents:
        if in_wire_header(sent):
            continue  # "KATHMANDU, Oct 27 (Reuters) -" tells where, not what
        candidates.extend(sentence_candidates(sent, lexicon, classifier, min_classifier,
                                              cue_rules))
    candidates = merge_candidates(candidates)
    infer_actors(candidates)
    return candidates


def build_events(doc: Doc, lexicon: Lexicon, classifier: EventClassifier | None = None,
                 min_classifier: float = 0.5,
                 cue_rules: list[CueRule] | None = None) -> list[Event]:
    events = []
    found = detect_candidates(doc, lexicon, classifier, min_classifier, cue_rules)
    for n, cand in enumerate(found, 1):
        events.append(to_event(doc, cand, f"V{n}"))
    return events


def _participant(doc: Doc, span: Span | None, inferred: bool = False) -> Participant | None:
    if span is None:
        return None
    participant = code_participant(doc, span)
    if span.root.pos_ == "PRON" and participant.entity is None:
        entity = antecedent(doc, span.root)
        if entity is None:
            return None  # a pronoun nobody resolved says nothing about who
        participant.entity = entity.id
        if entity.actor is not None:
            participant.country = entity.actor.country
            participant.sector = entity.actor.sector
    participant.inferred = participant.inferred or inferred
    return _as_location(doc, participant)


def _as_location(doc: Doc, participant: Participant) -> Participant:
    """A participant that is a place the places component reads as a location, not as a
    government acting, is of that place's country: "meeting in Brussels" is in Belgium,
    while "Brussels threatened" is the EU."""
    for place in items(doc, "places"):
        if (place.start, place.end) == (participant.start, participant.end):
            country = iso3_of(place.country)
            if place.role == "location" and country and participant.country != country:
                participant.country, participant.sector = country, None
            break
    return participant


# Sectors of actors that belong to no one country ("U.N. agencies", "aid groups").
INTERNATIONAL_SECTORS = frozenset({"IGO", "NGO", "UNO", "MNC"})


def _actor(doc: Doc, cand: Candidate, place: EventPlace | None) -> Participant | None:
    """The actor the parse gives. One the text names only by its sector ("gunmen", "the
    police", "officials") is of the country where it acts, as ACLED and PLOVER code an
    unnamed group: the event place's country, when the place is known (so is a recipient).
    That holds for material acts only: where words are spoken says little of who spoke
    them ("the foreign minister arrived in Addis Ababa for talks"). A material act the text
    gives no doer at all ("a curfew was imposed in two districts", "three engineers were
    killed in Balochistan") is, as ACLED codes an unidentified group, of the place where it
    happens: the place stands in, marked inferred, as it does for a missing recipient."""
    actor = _participant(doc, cand.actor, cand.inferred_actor)
    if actor is not None and cand.actor is not None and _names_a_thing(actor, cand.actor.root):
        actor = None  # "the cancellation was agreed", "the filing asks": what, not who
    if not _material(cand):
        return actor
    if actor is None:
        where = _place(doc, place)
        return where if where is not None and where.country is not None else None
    # "a suicide bomber", "gunmen" with no sector of their own: an unnamed group too
    doer = cand.actor is not None and cand.actor.root.lemma_.lower() in AGENT_NOUNS
    return _placed(doc, actor, place, doer=doer, span=cand.actor)


# Modes of OTHER events that are deeds done somewhere, as material acts are: a robbery or a
# gang killing ("armed robbers killed a shopkeeper in Lagos").
MATERIAL_OTHER_MODES = frozenset({"crime"})


def _material(cand: Candidate) -> bool:
    """A material act (PLOVER's material quads), or a crime."""
    return PLOVER_QUAD.get(cand.type) in MATERIAL_QUADS or (
        cand.type == "OTHER" and cand.mode in MATERIAL_OTHER_MODES)


def _names_a_thing(participant: Participant, root: Token) -> bool:
    """A participant that names no one: no entity, country or sector, and a head word that
    is no name, people, doer ("a suicide bomber") or pronoun."""
    return (participant.entity is None and participant.country is None
            and participant.sector is None and root.pos_ != "PRON" and not actor_like(root)
            and root.lemma_.lower() not in AGENT_NOUNS)


# Sectors of groups that act abroad as often as at home: a guess of their country from the
# story stands against the event's place.
ARMED_OR_STATE = frozenset({"MIL", "REB", "GOV", "COP", "JUD", "LEG", "SPY", "PTY", "OPP",
                            "IGO", "NGO", "IMG"})


def _placed(doc: Doc, participant: Participant | None, place: EventPlace | None,
            doer: bool = False, span: Span | None = None) -> Participant | None:
    """A participant named only by its sector takes the event place's country; so does a
    ``doer`` named only by what it does ("a suicide bomber"), sector or none. Where the
    participant's ``span`` is given, a country that is only the story's guess gives way to
    the place too, for people and unnamed gunmen: "gunmen shot dead a French engineer in
    northern Niger" are of Niger. Armed and state groups keep the story's country: they act
    abroad ("the separatist group ... based in Afghanistan")."""
    if participant is None:
        return participant
    sector = participant.sector
    if (sector is None and not doer) or (sector is not None
                                         and sector[:3] in INTERNATIONAL_SECTORS):
        return participant
    # (the costlier test last: whether the country is only the story's guess)
    if participant.country is not None and (
            sector in ARMED_OR_STATE or not _guessed(doc, participant, span)):
        return participant
    where = _place(doc, place)
    if where is not None and where.country is not None:
        participant.country = where.country
    return participant


def _guessed(doc: Doc, participant: Participant, span: Span | None) -> bool:
    """Whether the participant's country came only from the story at large, not from its own
    words, an entity, a person or a place attached to it, nor from a country named just
    before it ("the Israeli army said troops shelled Gaza": the troops stay Israeli)."""
    return (span is not None and participant.entity is None
            and guessed_from_the_story(doc, span))


def _recipient(doc: Doc, cand: Candidate, place: EventPlace | None) -> Participant | None:
    """The recipient the parse gives; when it gives none, or only a thing with no country
    ("cut off electricity", "lifted the curfew"), the event's place stands in, marked
    inferred: PLOVER coders take the place where a one-sided act lands as its target. What a
    mobilization moves ("sent warplanes near Taiwan", "deployed troops to the border") is no
    recipient: where it is sent is."""
    recipient = _placed(doc, _participant(doc, cand.recipient), place,
                        doer=_private_people(cand))
    if cand.type == "MOBILIZE" and _moved(cand):
        recipient = None
    if recipient is not None and (recipient.country or actor_like(cand.recipient.root)):
        return recipient
    partner = _partner(cand)
    if partner is not None:
        return _participant(doc, phrase(partner))
    where = _place(doc, place)
    if where is None or where.country is None:
        return recipient
    return where


def _private_people(cand: Candidate) -> bool:
    """The recipient of a material act is people named by a common noun of no sector ("police
    arrested two suspects in Nairobi"): like an unnamed group, they are of where it happens.
    Not a party named by its relation to another ("any potential adversary")."""
    root = cand.recipient.root if cand.recipient is not None else None
    return (_material(cand) and root is not None
            and root.pos_ == "NOUN" and actor_like(root)
            and root.lemma_.lower() not in RELATIONAL_NOUNS)


def _moved(cand: Candidate) -> bool:
    """The recipient the parse gives is what the trigger's object names ("sent dozens of
    warplanes"): what is moved, not whom it is moved against."""
    if cand.recipient is None:
        return False
    root = cand.recipient.root
    return any(t.dep_ == "dobj" and t.head.i == cand.trigger.i
               for t in (root, *root.ancestors))


# Types whose actors act together: "X and Y agreed / met / clashed" -> actor X, recipient Y.
RECIPROCAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def _partner(cand: Candidate) -> Token | None:
    """The second of two conjoined actors of a reciprocal event ("Chile and Peru agreed"),
    or of two conjoined country words before one noun ("Egyptian and Saudi naval units")."""
    if cand.actor is None or not (cand.type in RECIPROCAL_TYPES or cand.mode == "clash"):
        return None
    root = cand.actor.root
    partner = next((c for c in root.children if c.dep_ == "conj"), None)
    if partner is None:
        first = next((c for c in root.children if c.dep_ == "amod" and c.ent_type_ == "NORP"),
                     None)
        partner = next((c for c in first.children if c.dep_ == "conj"
                        and c.ent_type_ in ("NORP", "LANGUAGE")),  # "French" read as a tongue
                       None) if first is not None else None
        return partner
    return partner if actor_like(partner) else None


# Sectors that act only at home: a judge or the police of a story share its country.
HOME_SECTORS = frozenset({"JUD", "COP"})


def _apart(doc: Doc, cand: Candidate, actor: Participant | None,
           recipient: Participant | None) -> Participant | None:
    """An actor whose country is only the context's guess is not of the state it addresses:
    a minister who "asked Germany for air defences", "arrived in Addis Ababa for talks" or
    held "talks with Spanish officials" is from elsewhere. Such an actor takes the context's
    next country, or none. The state must be the one addressed, not a subject the actor
    speaks of ("pledged that South Africa would host talks"), nor the owner of what the actor
    stands by ("defended Sweden's decision": an official stands by their own state's acts, and
    rather criticizes another's)."""
    if (actor is None or recipient is None or cand.actor is None or cand.recipient is None
            or actor.country is None or actor.country != recipient.country
            or actor.sector in HOME_SECTORS or cand.recipient.root.dep_ in SUBJECTS
            or (cand.recipient.root.dep_ == "poss"
                and PLOVER_QUAD.get(cand.type) in COOPERATION_QUADS)):
        return actor
    entities = {e.id: e for e in items(doc, "entities")}
    own = entities.get(actor.entity or "")
    state = entities.get(recipient.entity or "")
    if (own is None or own.label != "PERSON" or own.confidence > CONTEXT_GUESS
            or state is None or state.label not in ("GPE", "NORP") or state.actor is None
            or state.actor.country != recipient.country or state.confidence <= CONTEXT_GUESS
            or not (recipient.sector == "GOV" or _names(recipient.text, state))):
        return actor
    actor.country = country_besides(cand.actor, recipient.country)
    return actor


def _at_home(doc: Doc, actor: Participant | None, recipient: Participant | None,
             place: EventPlace | None, recipient_span: Span | None = None,
             ) -> Participant | None:
    """A court or police force the text does not place acts where the event happens, else in
    the country of whom it acts on ("Chief Prosecutor X charged Moldova's former governor"),
    unless that is only a private person's nationality: police who "arrested three British
    tourists" are of wherever the tourists were, not British."""
    if actor is None or actor.country is not None or actor.sector not in HOME_SECTORS:
        return actor
    where = _place(doc, place)
    foreigner = (recipient_span is not None
                 and recipient_span.root.lemma_.lower() in INDIVIDUAL_NOUNS)
    actor.country = (where.country if where is not None else None) or (
        recipient.country if recipient is not None and not foreigner else None)
    return actor


SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# Sectors of a state's own bodies and forces (None: a role the text does not place, such as
# "negotiators"); unnamed gunmen, rebels and people are of where they act, not of who reports.
STATE_SIDE = frozenset({None, "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI"})
# Entity labels that name a country in a speaker's phrase ("the Israeli army", "Ethiopia's
# foreign ministry", "the Saudi-led coalition"); an agency's own name (Reuters) says whose
# reporter, not whose side.
COUNTRY_NAMING = frozenset({"GPE", "NORP"})


def _of_its_reporters_side(doc: Doc, actor: Participant | None, span: Span | None,
                           source: str | None) -> Participant | None:
    """A state's actor named by no country of its own ("Troops", "The government", "The
    emir") in reported speech whose speaker's own words name a country ("..., the Israeli
    army said", "according to Tanzanian police") is of the speaker's country, as news tells
    its own side's acts: the story's other country ("pulled out of southern Lebanon") is where
    or against whom. Not in a direct quote, whose words may tell of anyone."""
    if actor is None or span is None or source is None or actor.sector not in STATE_SIDE:
        return actor
    quote = next((q for q in items(doc, "quotes") if q.id == source), None)
    if quote is None or quote.speaker is None or quote.kind == "direct":
        return actor  # a speaker's own words may tell of anyone
    speaker = quote.speaker
    dictionary = ActorDictionary.load()
    countries = [country for ent in doc.ents
                 if ent.label_ in COUNTRY_NAMING and speaker.start <= ent.start_char < speaker.end
                 and (country := dictionary.country_of_word(ent.text))]
    if not countries or countries[0] == actor.country:
        return actor
    entity = next((e for e in items(doc, "entities") if e.id == actor.entity), None)
    guessed = entity is not None and entity.confidence <= CONTEXT_GUESS  # a tagger's stray
    if code_span(doc, span, guess=False).country is not None and not guessed:
        return actor  # "Russian troops shelled Kharkiv, Ukraine's military said"
    actor.country = countries[0]
    return actor


# Sectors of a state's bodies at home (courts, police, ministers, lawmakers), and of armed people.
STATE_BODIES = frozenset({"GOV", "COP", "JUD", "LEG"})
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "SPY", "COP"})


# Words that make people someone else's: "Western partners", "foreign journalists".
ABROAD_WORDS = frozenset({"foreign", "western", "international", "overseas", "expatriate"})


def _under_own_state(actor: Participant | None, recipient: Participant | None,
                     span: Span | None) -> Participant | None:
    """Unarmed people of no country, named by no name, whom a state body acts on where the
    text gives no place ("Turkish police detained dozens of academics", "lawmakers stripped
    a deputy of his seat") are of that state, marked inferred, as PLOVER codes them; not a
    party named by its relation to it ("called on Western partners")."""
    if (actor is None or recipient is None or span is None or recipient.country is not None
            or recipient.entity is not None or actor.country is None or actor.inferred
            or actor.sector not in STATE_BODIES or recipient.sector in ARMED_SECTORS
            or (recipient.sector or "")[:3] in INTERNATIONAL_SECTORS
            or span.root.lemma_.lower() in RELATIONAL_NOUNS
            or any(t.lower_ in ABROAD_WORDS for t in span)):
        return recipient
    recipient.country, recipient.inferred = actor.country, True
    return recipient


def _names(text: str, entity: Entity) -> bool:
    """``text`` is a name of ``entity`` ("Germany", "the Netherlands")."""
    bare = text.removeprefix("the ").removeprefix("The ")
    return bare in {entity.text, entity.canonical}


def _place(doc: Doc, place: EventPlace | None) -> Participant | None:
    if place is None or place.place is None:
        return None
    for found in items(doc, "places"):
        if found.id == place.place:
            return Participant(found.text, found.start, found.end, country=iso3_of(found.country),
                               inferred=True)
    return None


def to_event(doc: Doc, cand: Candidate, event_id: str) -> Event:
    token = cand.trigger
    walk = crosswalk(cand.type, cand.mode)
    source = event_source(doc, token)
    modality = cand.modality
    if source and modality == "asserted":
        modality = "reported"
    counts = Counts(**{name: number.value for name, number in cand.counts.items()},
                    qualifiers={name: number.qualifier for name, number in cand.counts.items()
                                if number.qualifier})
    sent = token.sent
    place = event_place(doc, token)
    recipient = _recipient(doc, cand, place)
    actor = _at_home(doc, _apart(doc, cand, _actor(doc, cand, place), recipient), recipient,
                     place, cand.recipient)
    actor = _of_its_reporters_side(doc, actor, cand.actor, source)
    recipient = _under_own_state(actor, recipient, cand.recipient)
    acled = event_crosswalk(cand.type, cand.mode, actor.sector if actor else None,
                            bool(actor and actor.inferred)).acled
    return Event(
        id=event_id,
        type=cand.type,
        trigger=SpanRef(text=token.text, start=token.idx, end=token.idx + len(token.text)),
        sentence=(sent.start_char, sent.end_char),
        mode=cand.mode,
        contexts=list(cand.contexts),
        modality=modality,
        actor=actor,
        recipient=recipient,
        date=event_date(doc, token),
        place=place,
        counts=counts,
        cameo=(cand.cameo if cand.cameo and cand.mode is None else None) or walk.cameo,
        acled=acled,
        source=source,
        confidence=cand.confidence,
    )
