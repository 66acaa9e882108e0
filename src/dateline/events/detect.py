"""Event detection per clause: lexicon triggers over the parse, typed and refined.

Every verb or noun the trigger lexicon knows evokes a candidate; light verbs defer to their
object ("imposed sanctions", "held talks"); a noun that is an argument of a verb trigger of the
same type is the same event ("an airstrike killed 26" is one event, mode aerial). The
sentence classifier refines a missing mode within the lexicon's type and proposes an event
for a sentence where the lexicon found none.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from dateline.actors.dictionary import ActorDictionary
from dateline.events.classifier import EventClassifier
from dateline.events.counts import Number, sentence_counts
from dateline.events.cues import (
    CueRule,
    air_raid_words,
    antecedent_words,
    apply_cues,
    begins_a_title,
    bombs_from_the_air,
    crime_violence,
    framed_words,
    harming_strikes,
    hostile_types,
    is_bare_act_noun,
    is_conditional_threat,
    is_consequence_verb,
    is_dismissal,
    is_newsroom,
    is_received_with,
    is_sport_result,
    is_state_protest,
    named_weapon_modes,
    protest_violence,
    satisfies,
    sentence_words,
    stops_protest,
    territory_mode,
    territory_transfer,
    violence_side,
    vow_type,
)
from dateline.events.lexicon import Entry, Lexicon
from dateline.events.modality import modality
from dateline.events.no_act import in_question, tells_no_act
from dateline.events.participants import (
    actor_span,
    anchor,
    condition_recipient,
    names_people,
    phrase,
    recipient_span,
)
from dateline.geo.locate import sector_words

# Stopping one's protest eases dissent (CAMEO 082, PLOVER CONCEDE): ``cues.stops_protest``.
STOPPED_PROTEST = Entry(lemma="", pos="VERB", type="CONCEDE", mode=None, cameo="082",
                        context="democracy")
# Acceding to demands (CAMEO 083, PLOVER CONCEDE): ``cues.satisfies``.
ACCEDED = Entry(lemma="", pos="VERB", type="CONCEDE", mode=None, cameo="083",
                context="political_institutions")
# Verbs that only carry their object's event ("launch an attack", "impose sanctions").
LIGHT_VERBS = frozenset({
    "hold", "launch", "carry", "conduct", "impose", "stage", "make", "issue", "give", "reach",
    "announce", "mount", "begin", "start", "continue", "open", "have", "take", "join", "call",
    "lead", "organize", "organise", "express", "voice", "sign", "seal", "strike", "unleash",
    "wage", "resume", "step", "end", "commit", "perpetrate",
    # more of the same act: "tightened sanctions", "intensified attacks"
    "tighten", "toughen", "broaden", "widen", "expand", "intensify", "escalate",
})
# Nouns that name an event only as the subject/object of a same-type verb: merged into it.
MERGE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "agent", "npadvmod"})
# "X said Y must do Z": a reported obligation is X's demand on Y (PLOVER REQUEST).
DEONTIC_AUX = frozenset({"must", "should"})
DECLARING_VERBS = frozenset({"say", "declare", "announce", "insist", "reiterate", "conclude",
                             "state", "tell", "issue", "stress", "repeat", "write",
                             "signal", "indicate", "inform", "warn", "argue", "maintain"})
# Verbs whose complement is reported speech rather than an event of their own.
SPEECH_VERBS = frozenset({"say", "tell", "report", "add", "state", "note", "write", "announce",
                          "confirm", "explain", "reiterate"})


# sectors.csv kind whose words name forces and their arms ("troops", "jets", "helicopters").
FORCE_KINDS = frozenset({"group"})

STRONG_CLASSIFIER = 0.6
# A disaster the classifier guesses in a sentence that names an attack's weapon is the
# attack's harm told again ("26 dead from airstrikes that destroyed an apartment block"),
# not an accident; a bare "killing" may still be a fire's or a landslide's.
DISASTER_MODES = frozenset({"natural-disaster", "man-made-disaster"})
# Verbs that tell no act of their own, or none of ours (a purchase): a sentence the
# classifier guesses an event for must rest on another word ("bought six attack helicopters",
# "the hostages included two aid workers", "the dead numbered forty").
BARE_VERBS = frozenset({"be", "have", "buy", "purchase", "include", "contain", "comprise",
                        "number", "total", "become", "remain", "seem", "appear"})
# Modes the classifier may refine: none yet, or a generic fight ("fighting", "clashes").
REFINABLE_MODES = frozenset({None, "clash"})
# Types a verb of vowing may evoke; which one, the vowed act decides (``_type_vow``).
VOW_TYPES = frozenset({"THREATEN", "AGREE"})
# "X was responsible for the bombing", "Y is suspected to be behind the attack": attribution
# of an attack (ACLED/CASE "ATTRIB"), told by an adjective or a preposition, not a verb.
ATTRIBUTION_WORDS = frozenset({"responsible", "behind"})
# Territory verbs that, as a participle describing a place, tell a state, not an event
# ("areas occupied by rebels", "the district controlled by the army").
TERRITORY_MODES = frozenset({"overtake", "regain"})


@dataclass
class Candidate:
    trigger: Token
    type: str
    mode: str | None
    cameo: str | None
    contexts: list[str]
    modality: str
    actor: Span | None = None
    recipient: Span | None = None
    counts: dict[str, Number] = field(default_factory=dict)
    confidence: float = 0.6
    inferred_actor: bool = False
    absorbed: list[Token] = field(default_factory=list)

    @property
    def sentence(self) -> Span:
        return self.trigger.sent


def _candidate(token: Token, entry: Entry, confidence: float) -> Candidate:
    return Candidate(
        trigger=token, type=entry.type, mode=entry.mode, cameo=entry.cameo,
        contexts=[entry.context] if entry.context else [], modality=modality(token),
        actor=actor_span(token), recipient=recipient_span(token), confidence=confidence,
    )


def _is_light_use(token: Token, lexicon: Lexicon) -> bool:
    """A light verb whose direct object is itself a trigger: the object carries the event."""
    if token.lemma_.lower() not in LIGHT_VERBS:
        return False
    return any(c.dep_ in ("dobj", "attr") and (lexicon.match(c) or any(
        g.dep_ == "compound" and lexicon.match(g) for g in c.children)) for c in token.children)


def sentence_candidates(sent: Span, lexicon: Lexicon,
                        classifier: EventClassifier | None = None,
                        min_classifier: float = 0.5,
                        cue_rules: list[CueRule] | None = None) -> list[Candidate]:
    """Candidates of one sentence, merged and refined, in text order."""
    found: dict[int, Candidate] = {}
    probs = classifier.predict_proba(sent) if classifier is not None else {}
    dismissal = False
    # types and modes whose word here tells no act ("the threat of a storm")
    refused: set[tuple[str, str | None]] = set()
    for token in sent:
        if is_newsroom(token) or begins_a_title(token):
            continue  # "did not respond to a request for comment", "the charge d'affaires"
        met = satisfies(token)
        if met is not None:
            # "met their demands" accedes to them; "meet the deadline" is no event
            if met == "demand":
                found[token.i] = _candidate(token, ACCEDED, 0.6)
            continue
        if stops_protest(token):
            # "ended their strike": the stopping verb tells the concession, its object no
            # protest of its own
            if token.pos_ in ("VERB", "AUX"):
                found[token.i] = _candidate(token, STOPPED_PROTEST, 0.6)
            continue
        if is_received_with(token):
            continue  # "were met with gunfire": received, no meeting
        entry = _choose(lexicon.matches(token), probs)
        if entry is not None and (is_dismissal(token) or is_sport_result(token)):
            # "fired two ministers", "beat Ghana 3-1": a dismissal or a game won is no event
            # of ours, and the sentence is accounted for, so the classifier does not guess
            # another one for it
            dismissal = True
            continue
        if entry is None or _is_light_use(token, lexicon):
            continue
        if token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS:
            continue
        if _is_territory_state(token, entry):
            # territory held, not taken; told by the sentence's own verb, it accounts for the
            # sentence, so the classifier does not guess an event for it
            dismissal = dismissal or token.dep_ == "ROOT"
            continue
        if (_is_state_adjective(token) or _names_a_kind_of_person(token)
                or is_bare_act_noun(token) or _names_a_kind_of_act(token, lexicon)):
            continue
        if tells_no_act(token, lexicon, entry.type):
            refused.add((entry.type, entry.mode))  # nor may the classifier guess it back
            continue
        found[token.i] = _candidate(token, entry, 0.6 if token.pos_ == "VERB" else 0.5)
    _add_demands(sent, found)
    _add_attributions(sent, found, lexicon)
    # a noun trigger under a light verb takes the verb's arguments and modality
    for cand in found.values():
        noun = anchor(cand.trigger)
        head = noun.head
        if cand.trigger.pos_ == "NOUN" and noun.dep_ in ("dobj", "attr") and (
                head.lemma_.lower() in LIGHT_VERBS):
            cand.actor = cand.actor or actor_span(head)
            cand.recipient = cand.recipient or recipient_span(head, exclude=noun)
            cand.modality = modality(head)
        _air_raid(cand)  # before the merges: "killed after a bombing raid struck a house"
    _merge_arguments(found)
    _merge_consequences(found)
    for cand in found.values():
        if cand.type == "THREATEN" and cand.recipient is None:
            # "threatened to close the strait if Washington pressed ahead": no one named by
            # the threatened act, so whom the condition names
            target = condition_recipient(anchor(cand.trigger))
            cand.recipient = phrase(target) if target is not None else None
    words = sentence_words(sent) if cue_rules else set()
    framed = framed_words(sent) if cue_rules else set()
    for cand in found.values():
        _refine(cand, probs)
        _apply_sentence_cues(cand, words, framed, cue_rules)
        if is_conditional_threat(cand.type, cand.modality, cand.trigger):
            cand.type, cand.mode, cand.cameo = "THREATEN", None, None
        if cand.type in VOW_TYPES:
            _type_vow(cand, lexicon)
        _type_refusal(cand)
    _taken_without_a_fight(found)
    _attach_counts(sent, found)
    out = sorted(found.values(), key=lambda c: c.trigger.i)
    if probs and not dismissal and not in_question(sent.root):
        # the classifier proposes a sentence-level event the lexicon missed: always when the
        # lexicon found nothing, otherwise only a confident one of a type not found yet
        extra = _from_classifier(sent, probs, min_classifier if not out else STRONG_CLASSIFIER)
        types = {c.type for c in out}
        armed = any(c.type == "ASSAULT" and c.mode in named_weapon_modes() for c in out)
        # (not on a light verb whose object the lexicon typed: "launched a cyber attack")
        extra = [c for c in extra if c.type not in types and (c.type, c.mode) not in refused
                 and c.trigger.i not in found
                 and not _is_light_use(c.trigger, lexicon)
                 and not tells_no_act(c.trigger, lexicon, c.type)
                 and not (c.mode in DISASTER_MODES and armed)]
        if extra and cue_rules:
            words, framed = sentence_words(sent), framed_words(sent)
            for cand in extra:
                _apply_sentence_cues(cand, words, framed, cue_rules)
        out += extra
    return out


def _apply_sentence_cues(cand: Candidate, words: set[str], framed: set[str],
                         cue_rules: list[CueRule] | None) -> None:
    """Refine type and mode from the sentence's cue words, the recipient and the actor."""
    if cue_rules:
        actor_words = {t.lemma_.lower() for t in cand.actor} if cand.actor else set()
        rules = cue_rules
        if territory_mode(words) == "overtake":
            # a sentence that names militants or assailants tells of no accident, whatever
            # factory or industrial area the place is named for
            rules = [rule for rule in cue_rules if rule.to_mode not in DISASTER_MODES]
        new_type, new_mode = apply_cues(cand.type, cand.mode, actor_words,
                                        framed if cand.type == "PROTEST" else words, rules)
        if (new_type, new_mode) != (cand.type, cand.mode):
            cand.type, cand.mode, cand.cameo = new_type, new_mode, None
        new = protest_violence(cand.type, cand.mode, framed, actor_words or None)
        if new != (cand.type, cand.mode):
            cand.type, cand.mode, cand.cameo = new[0], new[1], None
        if crime_violence(cand.type, cand.mode, words, _who(cand.actor) or actor_words):
            cand.type, cand.mode, cand.cameo = "OTHER", "crime", None
    if cand.type == "PROTEST" and cand.mode in (None, "demo") and is_state_protest(cand.actor):
        cand.type, cand.mode, cand.cameo = "ACCUSE", "disapprove", None  # a protest in words
    if cand.type == "PROTEST" and stops_protest(anchor(cand.trigger)):
        # a classifier guess on "called off the strike": the same concession the lexicon
        # loop of ``sentence_candidates`` tells
        cand.type, cand.mode = STOPPED_PROTEST.type, STOPPED_PROTEST.mode
        cand.cameo = STOPPED_PROTEST.cameo
    if cand.type == "ASSAULT" and cand.mode in (None, "clash", "firearms") and (
            cand.recipient is not None):
        side = violence_side({t.lemma_.lower() for t in cand.recipient})
        if side and side != cand.mode:
            cand.mode, cand.cameo = side, None
    if cand.mode in TERRITORY_MODES and cand.actor is not None:
        cand.mode = _side_of(cand.actor) or cand.mode
    if cand.mode in TERRITORY_MODES and cue_rules and territory_transfer(words):
        cand.type, cand.mode, cand.cameo = "RETREAT", "withdraw", None
    _seized_people(cand)
    _air_raid(cand)
    _bombed_by_a_state(cand)
    _struck(cand)


# Sectors of groups that fight the state or stand outside it (organizations.csv).
NON_STATE_SECTORS = frozenset({"REB", "UAF", "PRM", "CRM"})


def _side_of(actor: Span) -> str | None:
    """"regain" for state forces, "overtake" for anyone else, None if the actor says neither
    (``territory_mode``). A known rebel, militia or criminal group is no state force whatever
    its words say: the Arakan Army takes territory, it does not regain it. "They" is who
    they are ("they retook the town")."""
    dictionary = ActorDictionary.load()
    if any((org := dictionary.organization(ent.text)) is not None
           and org.sector in NON_STATE_SECTORS
           for ent in actor.doc.ents if actor.start <= ent.start < actor.end):
        return "overtake"
    actor_words = {t.lemma_.lower() for t in actor}
    if actor.root.pos_ == "PRON":
        actor_words |= antecedent_words(actor.root)
    return territory_mode(actor_words)


# Verbs of seizing that, with people for object, take them: an abduction, or by state forces
# an arrest ("Al-Shabaab fighters seized two nurses from a clinic").
SEIZING_VERBS = frozenset({"seize", "snatch", "grab", "capture"})


# Nouns of a band of people, whose "of" phrase says who they are: "a gang of Maoists".
BAND_NOUNS = frozenset({"gang", "group", "band", "bunch", "squad", "team"})


def _who(actor: Span | None) -> set[str]:
    """Lemmas of who the actor is, where its head is only a band of them ("a gang of around
    40 Maoists" are Maoists, not a criminal gang); empty otherwise."""
    if actor is None or actor.root.lemma_.lower() not in BAND_NOUNS:
        return set()
    members = [g for c in actor.root.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return {t.lemma_.lower() for m in members for t in m.subtree} | {
        t.lower_ for m in members for t in m.subtree}


def _seized_people(cand: Candidate) -> None:
    """People seized are taken: an arrest by state forces, else an abduction."""
    trigger = cand.trigger
    if trigger.lemma_.lower() not in SEIZING_VERBS or (cand.type, cand.mode) not in (
            ("ASSAULT", "overtake"), ("ASSAULT", "regain"), ("COERCE", "seize")):
        return
    taken = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if not taken or not all(names_people(t) and t.ent_type_ not in ("GPE", "LOC", "FAC")
                            for t in taken):
        return
    if cand.actor is not None and _side_of(cand.actor) == "regain":
        cand.type, cand.mode = "COERCE", "arrest"
    else:
        cand.type, cand.mode = "ASSAULT", "abduct"
    cand.cameo = None


def _air_raid(cand: Candidate) -> None:
    """A raid carried out by aircraft ("coalition aircraft carried out raids on rebel
    positions") or named for them ("a bombing raid struck a house") is an air strike, not a
    police raid."""
    raid = anchor(cand.trigger)
    if cand.type != "COERCE" or raid.lemma_.lower() != "raid":
        return
    words = {t.lemma_.lower() for t in raid.children if t.dep_ in ("compound", "amod", "nmod")}
    if cand.actor:
        words |= {t.lemma_.lower() for t in cand.actor}
    if words & air_raid_words():
        cand.type, cand.mode, cand.cameo = "ASSAULT", "aerial", None


def _struck(cand: Candidate) -> None:
    """An assault of no named weapon that a bare strike tells or causes is an air strike:
    "killed in strikes on Sunday", "strikes on the town killed nine" (``harming_strikes``)."""
    if cand.type != "ASSAULT" or cand.mode not in (None, "clash", "firearms"):
        return
    trigger = anchor(cand.trigger)
    told = {trigger.i, *(t.i for t in cand.absorbed)}
    if any(t.i in told or t.head.i in told or t.head.head.i in told
           for t in harming_strikes(trigger.sent)):
        cand.mode, cand.cameo = "aerial", None


# Lemmas of a bare bombing, which the bomber tells from an air strike (_bombed_by_a_state).
BOMBING_LEMMAS = frozenset({"bomb", "bombing"})


def _bombed_by_a_state(cand: Candidate) -> None:
    """ "Russian forces bombed the town", "a coalition bombing", "Turkey bombed": a state
    bombs from the air. "Militants bombed a police station" keeps its explosives, as does
    any bomb the words describe ("a car bomb", "a suicide bombing": other lexicon rows)."""
    if cand.type != "ASSAULT" or cand.mode != "explosives":
        return
    bombings = [t for t in (anchor(cand.trigger), *cand.absorbed)
                if t.lemma_.lower() in BOMBING_LEMMAS]
    if not bombings:
        return
    # the bombing's own modifiers and its "by" phrase: "a coalition bombing", "bombings by
    # the coalition", "were killed in a coalition bombing"
    words = {g.lemma_.lower() for t in bombings for c in t.children
             for g in ([c] if c.dep_ in ("compound", "amod", "poss") else
                       c.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" else ())}
    state = False
    if cand.actor is not None:
        words |= {t.lemma_.lower() for t in cand.actor}
        state = cand.actor.root.ent_type_ == "GPE"  # "the US has bombed", "Turkey bombed"
    if bombs_from_the_air(words, state):
        cand.mode, cand.cameo = "aerial", None


def _taken_without_a_fight(found: dict[int, Candidate]) -> None:
    """Territory taken in a sentence that denies the fighting ("occupied the post without
    firing a shot", "no shots were fired") changed hands without a battle."""
    if not any(c.type == "ASSAULT" and c.mode not in TERRITORY_MODES
               and c.modality == "negated" for c in found.values()):
        return
    for cand in found.values():
        if cand.mode in TERRITORY_MODES and cand.modality != "negated":
            cand.type, cand.mode, cand.cameo = "RETREAT", "withdraw", None


def _type_vow(cand: Candidate, lexicon: Lexicon) -> None:
    """A vow is a threat only when the vowed act harms someone ("vowed to retaliate"); a vow to
    end a war or to rebuild schools is a promise (AGREE)."""
    hostile = hostile_types()
    vowed = vow_type(cand.trigger, lambda act: any(e.type in hostile
                                                    for e in lexicon.matches(act)))
    if vowed is not None and vowed != cand.type:
        cand.type, cand.mode, cand.cameo = vowed, None, None


# Acts of give and take whose refusal is a rejection: "will not cooperate with the court",
# "does not allow aid agencies in", "not participating in the hearings" (PLOVER REJECT).
REFUSABLE_TYPES = frozenset({"COOPERATE", "CONCEDE"})


def _type_refusal(cand: Candidate) -> None:
    """A verb of cooperation or concession told negated by an actor is that actor's refusal,
    an asserted REJECT; not a passive ("was not allowed to leave": a restriction on someone)."""
    verb = cand.trigger
    if (cand.modality != "negated" or cand.type not in REFUSABLE_TYPES
            or verb.pos_ not in ("VERB", "AUX") or cand.actor is None
            or not any(c.dep_ == "neg" for c in verb.children)  # not "without sharing"
            or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)):
        return
    cand.type, cand.mode, cand.cameo, cand.modality = "REJECT", None, None, "asserted"


def _add_demands(sent: Span, found: dict[int, Candidate]) -> None:
    for token in sent:
        if token.dep_ != "ccomp" or token.head.lemma_.lower() not in DECLARING_VERBS:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in DEONTIC_AUX for c in token.children):
            continue
        head = token.head
        if head.i in found:
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        found[head.i] = Candidate(
            trigger=head, type="REQUEST", mode=None, cameo="100", contexts=[],
            modality=modality(head), actor=actor_span(head),
            recipient=phrase(subject) if subject is not None and subject.pos_ != "PRON" else None,
            confidence=0.55)


def _is_territory_state(token: Token, entry: Entry) -> bool:
    """Territory held, not taken: "areas occupied by rebels", "the militants had controlled
    the town for two years"."""
    if entry.type != "ASSAULT" or entry.mode not in TERRITORY_MODES:
        return False
    if token.tag_ == "VBN" and token.dep_ in ("acl", "amod"):
        return True
    return token.lemma_.lower() in HOLDING_VERBS and any(
        (c.dep_ == "aux" and c.lower_ == "had")
        or (c.dep_ == "prep" and c.lower_ in ("for", "since")) for c in token.children)


# Territory verbs that also tell a state: "had controlled the town for years".
HOLDING_VERBS = frozenset({"control", "occupy"})


def _is_state_adjective(token: Token) -> bool:
    """A past participle before its noun names a state, not an event: "the banned group",
    "the besieged city" (the ban and the siege are told elsewhere, if at all)."""
    return token.tag_ == "VBN" and token.dep_ == "amod" and token.i < token.head.i


def _names_a_kind_of_person(token: Token) -> bool:
    """A noun before a word for people, a force or its arms says which ones, not what
    happened: "aid workers", "opposition lawmakers", "attack helicopters", "the meeting's
    chairman"."""
    if token.dep_ not in ("compound", "poss") or token.pos_ != "NOUN" or token.i > token.head.i:
        return False
    head = token.head
    return names_people(head) or head.lower_ in sector_words(FORCE_KINDS)


def _names_a_kind_of_act(token: Token, lexicon: Lexicon) -> bool:
    """A noun before a noun that tells an act says which kind, and the head tells the act:
    "travel bans" are bans, not travel; "ceasefire talks" are talks."""
    return (token.dep_ == "compound" and token.pos_ == "NOUN" and token.head.pos_ == "NOUN"
            and token.i < token.head.i and lexicon.match(token.head) is not None)


def _attributed(token: Token) -> Token | None:
    """The thing "responsible for" or "behind" which someone is said to be."""
    if token.lower_ == "behind":
        return next((c for c in token.children if c.dep_ == "pobj"), None)
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _add_attributions(sent: Span, found: dict[int, Candidate], lexicon: Lexicon) -> None:
    """An attack attributed to someone ("X is responsible for the attack") is a claim."""
    for token in sent:
        if token.lower_ not in ATTRIBUTION_WORDS or token.i in found:
            continue
        target = _attributed(token)
        if target is None or not any(e.type == "ASSAULT" for e in lexicon.matches(target)):
            continue
        head = token.head if token.head.lemma_.lower() == "be" else token
        found[token.i] = Candidate(
            trigger=token, type="OTHER", mode="claim", cameo="015", contexts=[],
            modality=modality(head), actor=actor_span(head), confidence=0.55)


def _type_mass(probs: dict[str, float], event_type: str) -> float:
    return sum(p for label, p in probs.items() if label.split(":")[0] == event_type)


def _choose(entries: list[Entry], probs: dict[str, float]) -> Entry | None:
    """Among a word's senses ("strike": attack or walkout), the one the sentence supports."""
    if len(entries) <= 1 or not probs:
        return entries[0] if entries else None
    return max(entries, key=lambda e: _type_mass(probs, e.type))


def _merge_consequences(found: dict[int, Candidate]) -> None:
    """ "struck X, killing 26", "airstrikes that destroyed X": a same-type verb in an
    adverbial, conjoined or relative clause of a trigger tells the same event; its counts and
    arguments go to the governing trigger."""
    for i in sorted(found, reverse=True):
        cand = found.get(i)
        if cand is None or cand.trigger.dep_ not in ("advcl", "conj", "xcomp", "acl", "relcl"):
            continue
        head = found.get(cand.trigger.head.i)
        if head is None or head.type != cand.type or head is cand:
            continue
        if cand.trigger.dep_ == "acl" and cand.trigger.tag_ not in ("VBG",):
            continue
        if (cand.modality == "negated") != (head.modality == "negated"):
            # "took the village, and no shots were fired": what did not happen stays apart
            continue
        if (head.mode is None or head.mode in ("clash",) and cand.mode) and cand.mode != "destroy":
            # (burning a house while killing its people does not make the killing a
            # destruction of property)
            head.mode, head.cameo = cand.mode or head.mode, cand.cameo or head.cameo
        for name, number in cand.counts.items():
            head.counts.setdefault(name, number)
        head.recipient = head.recipient or cand.recipient
        if (head.actor is None and cand.actor is not None and cand.trigger.dep_ == "advcl"
                and cand.actor.root.pos_ != "PRON"):
            # "three soldiers were killed when militants attacked their post": the militants
            # (not "he" of "was killed when he attacked", who is the one killed)
            head.actor = cand.actor
        head.absorbed.extend([cand.trigger, *cand.absorbed])
        del found[i]


def _merge_arguments(found: dict[int, Candidate]) -> None:
    """Fold a noun trigger into the verb trigger it is an argument of, when types agree."""
    for i in sorted(found):
        cand = found.get(i)
        if cand is None or cand.trigger.pos_ != "NOUN":
            continue
        head = cand.trigger.head
        if cand.trigger.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        verb = found.get(head.i)
        if verb is None and cand.trigger.dep_ == "nsubj":
            # "an operation rescued 190 passengers and killed 30": the subject of a verb that
            # tells no event does what the conjoined verb tells
            verb = next((found[c.i] for c in head.children
                         if c.dep_ == "conj" and c.i in found and found[c.i].type == cand.type),
                        None)
        if verb is None or verb is cand or cand.trigger.dep_ not in MERGE_DEPS:
            continue
        if verb.type != cand.type:
            continue
        # the noun is usually the more specific ("airstrike" vs "kill")
        if cand.mode and not verb.mode or verb.mode in (None, "clash") and cand.mode:
            verb.mode, verb.cameo = cand.mode, cand.cameo or verb.cameo
        verb.contexts = sorted(set(verb.contexts) | set(cand.contexts))
        if verb.actor is not None and verb.actor.root == cand.trigger:
            verb.actor = cand.actor  # "the strike killed 9": the strike is not its own actor
        elif verb.actor is None:
            verb.actor = cand.actor
        verb.recipient = verb.recipient or cand.recipient
        verb.absorbed.append(cand.trigger)
        del found[i]


def _refine(cand: Candidate, probs: dict[str, float]) -> None:
    """Fill a missing or generic mode from the classifier, within the lexicon's type. A mode
    the lexicon took from a specific word ("shot" firearms, "burned" destroy) stands: the
    sentence classifier is too weak to overrule it."""
    if not probs:
        return
    same = {label: p for label, p in probs.items() if label.split(":")[0] == cand.type}
    agreement = sum(same.values())
    cand.confidence = round(min(0.95, cand.confidence * 0.7 + 0.4 * agreement), 3)
    guessable = {label: p for label, p in same.items()
                 if label.partition(":")[2] not in named_weapon_modes()}
    if cand.mode in REFINABLE_MODES and guessable:
        best = max(guessable, key=guessable.get)
        _, _, mode = best.partition(":")
        if mode and guessable[best] >= 0.4:
            cand.mode = mode


def _from_classifier(sent: Span, probs: dict[str, float], threshold: float) -> list[Candidate]:
    label = max(probs, key=probs.get)
    if label == "NONE" or probs[label] < threshold:
        return []
    event_type, _, mode = label.partition(":")
    root = sent.root
    if root.lemma_.lower() in SPEECH_VERBS:
        # "X says its forces will ...": what was said is the event, not the saying
        root = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if root is None:
            return []
    if is_consequence_verb(root):
        return []  # "X will lead to further gains" tells no event of its own
    if root.lemma_.lower() in BARE_VERBS or root.pos_ not in ("VERB", "NOUN"):
        return []  # "It was so untimely", "This is new": a guess needs an act to stand on
    return [Candidate(trigger=root, type=event_type, mode=mode or None, cameo=None, contexts=[],
                      modality=modality(root), actor=actor_span(root),
                      recipient=recipient_span(root), confidence=round(0.5 * probs[label], 3))]


def _attach_counts(sent: Span, found: dict[int, Candidate]) -> None:
    """Give each count to the candidate whose trigger decided it, else the nearest violent one."""
    if not found:
        return
    for name, number, word in sentence_counts(sent):
        owner = found.get(word.i)
        if owner is None:
            for cand in found.values():
                if word in cand.absorbed:
                    owner = cand
        if owner is None:
            node = word
            for _ in range(6):
                if node.i in found:
                    owner = found[node.i]
                    break
                if node.head.i == node.i:
                    break
                node = node.head
        if owner is None:
            violent = [c for c in found.values() if c.type in ("ASSAULT", "OTHER", "COERCE",
                                                               "RETREAT")]
            pool = violent or list(found.values())
            owner = min(pool, key=lambda c: abs(c.trigger.i - word.i))
        if owner.type == "RETREAT" and name == "killed":
            name = "released"  # "returned 1,000 bodies": remains handed back, not deaths
        owner.counts.setdefault(name, number)
