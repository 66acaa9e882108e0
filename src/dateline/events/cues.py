"""Refine an event's mode from cue words of its sentence (``event_cues.yaml``).

"A suicide bomber blew himself up" is ASSAULT suicide-attack even though the trigger is
"blew up"; "the earthquake killed 12" is OTHER natural-disaster, not ASSAULT.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from dateline.resources import load_yaml

CUES = "event_cues.yaml"


@dataclass(frozen=True, slots=True)
class CueRule:
    types: frozenset[str]
    modes: frozenset[str | None]
    cues: frozenset[str]
    to_mode: str
    to_type: str | None = None
    no_actor: bool = False


def load_rules(name: str = CUES) -> list[CueRule]:
    rules = []
    for row in load_yaml(name)["rules"]:
        rules.append(CueRule(types=frozenset(row["types"]), modes=frozenset(row["modes"]),
                             cues=frozenset(c.lower() for c in row["cues"]),
                             to_mode=row["to_mode"], to_type=row.get("to_type"),
                             no_actor=bool(row.get("no_actor", False))))
    return rules


@cache
def named_weapon_modes(name: str = CUES) -> frozenset[str]:
    """Modes of an assault that only a weapon the sentence names gives (a drone, a grenade, a
    suicide vest, shells ...): the modes the cue rules set on an assault without re-typing
    it. The sentence classifier guesses them from a story's topic ("attacked a checkpoint"
    reads like a suicide bombing), so it never chooses them."""
    return frozenset(rule.to_mode for rule in load_rules(name)
                     if rule.types == {"ASSAULT"} and rule.to_type is None)


def sentence_words(sent: Span) -> set[str]:
    """Lemmas and forms of the sentence, without the word that "anti-" negates: an
    anti-aircraft gun is no aircraft, an anti-tank mine no tank."""
    negated = _no_cue(sent)
    kept = [t for t in sent if t.i not in negated]
    return {t.lemma_.lower() for t in kept} | {t.lower_ for t in kept} | _hyphenated(kept)


def _no_cue(sent: Span) -> set[int]:
    """Indices of words that tell nothing of their cue sense here: after "anti-", a unit's
    modifier ("riot police"), another sense by its particle, a word not before the one it
    needs."""
    return (_after_anti(sent) | _modifier_only(sent) | _other_sense(sent) | _not_before(sent)
            | _craft_as_target(sent))


def _hyphenated(tokens: list[Token]) -> set[str]:
    """Words the tokenizer split at a hyphen, joined again: "sit-in", "petrol-bomb"."""
    found = set()
    for left, mid, right in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if (mid.text == "-" and not left.whitespace_ and not mid.whitespace_
                and mid.i == left.i + 1 and right.i == mid.i + 1):
            found.add(f"{left.lower_}-{right.lower_}")
    return found


def _after_anti(sent: Span) -> set[int]:
    """Indices of the words right after "anti" or "anti -" in the sentence (one pass)."""
    negated: set[int] = set()
    previous = before_previous = ""
    for token in sent:
        if previous == "anti" or (previous == "-" and before_previous == "anti"):
            negated.add(token.i)
        before_previous, previous = previous, token.lower_
    return negated


@cache
def _words(section: str, key: str, name: str = CUES) -> frozenset[str]:
    """The word list ``section.key`` of ``event_cues.yaml`` as a set, built once: the
    per-token tests below run on every word of every sentence."""
    return frozenset((load_yaml(name).get(section) or {}).get(key) or ())


def no_request_words(kind: str, name: str = CUES) -> frozenset[str]:
    """Verbs of asking or wishing that may ask no one for anything (``no_request``)."""
    return _words("no_request", kind, name)


def warning_words(kind: str, name: str = CUES) -> frozenset[str]:
    """Words that tell a warning is a threat (``warning``)."""
    return _words("warning", kind, name)


def danger_words(kind: str, name: str = CUES) -> frozenset[str]:
    """Nouns of threat that may name a danger, and verbs that make a threat (``danger``)."""
    return _words("danger", kind, name)


def other_sense_words(kind: str, name: str = CUES) -> frozenset[str]:
    """Verbs whose naming, impact or reception sense tells no act (``other_senses``)."""
    return _words("other_senses", kind, name)


def bombs_from_the_air(actor_words: set[str], state: bool = False, name: str = CUES) -> bool:
    """A bombing by these words' party is an air strike: a ``state`` or its armed forces,
    not a non-state group (``bombing_forces``)."""
    return bool(state or actor_words & _list("bombing_forces", name)) and not (
        actor_words & _list("non_state", name))


def harming_strikes(sent: Span, name: str = CUES) -> list[Token]:
    """Bare strikes of the sentence that harm someone or something (``strike_harm``):
    "killed in strikes", "strikes on the town killed nine", "a strike on a fuel depot"."""
    table = _word_table("strike_harm", name)
    words, harming = table["words"], table["harming"]
    found = []
    for token in sent:
        if token.lower_ not in words or token.pos_ != "NOUN":
            continue
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in ("in", "by"):
            harms = head.head.lemma_.lower() in harming
        elif token.dep_ in ("nsubj", "agent"):
            harms = head.lemma_.lower() in harming
        else:
            harms = any(c.dep_ == "prep" and c.lower_ in ("on", "against") and not any(
                g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in token.children)
        if harms:
            found.append(token)
    return found


def air_raid_words(name: str = CUES) -> frozenset[str]:
    """Words that make a raid an air raid, before it or among who carried it out: the
    aircraft, and the words of an air raid."""
    return _list("air_raid_words", name) | other_sense_words("aircraft", name)


@cache
def _list(key: str, name: str = CUES) -> frozenset[str]:
    """A top-level word list of ``event_cues.yaml`` as a set, built once."""
    return frozenset(load_yaml(name).get(key) or ())


@cache
def _word_table(section: str, name: str = CUES) -> dict[str, frozenset[str]]:
    """A section of ``event_cues.yaml`` that maps a word to words, as sets, built once."""
    return {word: frozenset(words or ())
            for word, words in (load_yaml(name).get(section) or {}).items()}


def _prep_objects(token: Token) -> list[Token]:
    """The objects of a word's prepositions ("fight against corruption" -> corruption)."""
    return [g for c in token.children if c.dep_ == "prep" for g in c.children
            if g.dep_ == "pobj"]


def _not_before(sent: Span) -> set[int]:
    """Indices of cue words not followed by the word they need (``only_before``)."""
    table = _word_table("only_before")
    found = set()
    for token in sent:
        needed = table.get(token.lemma_.lower())
        if needed is None:
            continue
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if after is None or after.lower_ not in needed:
            found.add(token.i)
    return found


def _other_sense(sent: Span) -> set[int]:
    """Indices of cue verbs whose particle gives them another sense: "fighting broke out"
    begins, it breaks nothing up (``event_cues.yaml``, ``other_sense``)."""
    pairs = _word_table("other_sense")
    return {t.i for t in sent if pairs.get(t.lemma_.lower()) and any(
        c.dep_ == "prt" and c.lower_ in pairs[t.lemma_.lower()] for c in t.children)}


@cache
def _aircraft_cues(name: str = CUES) -> frozenset[str]:
    """The cue words of the air and drone rules: the aircraft that make an assault aerial."""
    return frozenset(word for rule in load_rules(name) if rule.to_mode in ("aerial", "drone")
                     for word in rule.cues)


def _craft_as_target(sent: Span) -> set[int]:
    """Indices of aircraft that the act strikes or that only name something else: "set fire
    to a helicopter", "burned a warplane", "torched a drone hangar", "shot dead a helicopter
    pilot" tell no air strike. An aircraft launched, sent or flown ("launched drones at the
    city"), one that acts ("jets bombed"), one by or with which the act is done, and one
    that names the attack ("a drone strike") still does (``aircraft_as_target``)."""
    table = _word_table("aircraft_as_target")
    craft, used_by, attacks = _aircraft_cues(), table["used_by"], table["attack_heads"]
    found = set()
    for token in sent:
        if token.lower_ not in craft and token.lemma_.lower() not in craft:
            continue
        head = token.head
        if token.dep_ == "dobj" and head.lemma_.lower() not in used_by or (
                token.dep_ == "nsubjpass") or (
                token.dep_ == "pobj" and head.lower_ in ("to", "at", "on", "into")) or (
                token.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN"
                and head.lemma_.lower() not in attacks and head.lower_ not in attacks):
            found.add(token.i)
    return found


def _modifier_only(sent: Span) -> set[int]:
    """Indices of cue words that only name a unit or its gear ("riot police", "riot gear"):
    no riot happened (``event_cues.yaml``, ``modifier_only``)."""
    pairs = _word_table("modifier_only")
    found = set()
    for token in sent:
        heads = pairs.get(token.lemma_.lower())
        if not heads or token.i + 1 >= sent.end:
            continue
        # the word right after it (headlines parse badly), or its head noun
        after = token.doc[token.i + 1]
        if after.lemma_.lower() in heads or (token.dep_ in ("compound", "amod", "nmod")
                                              and token.head.lemma_.lower() in heads):
            found.add(token.i)
    return found


# Heads whose complements say what a protest is about, or put it at another time or in a
# reason: "marched against violence", "arrested for organising a protest", "held before the
# rally", "denounced the attacks".
FRAMING_HEADS = frozenset({"against", "over", "for", "before", "about", "denounce", "decry",
                           "condemn", "protest", "oppose", "organise", "organize", "plan",
                           "stage", "incite", "call", "relate", "charge", "participate",
                           "demand", "connection", "accuse"})
FRAMED_DEPS = frozenset({"pobj", "dobj", "pcomp", "ccomp", "xcomp", "prep"})


def framed_words(sent: Span) -> set[str]:
    """:func:`sentence_words` without the words under a framing head: what a protest is about
    is not what happened at it ("a rally against violence" is no violent demonstration)."""
    skip: set[int] = set()
    for tok in sent:
        if tok.lemma_.lower() in FRAMING_HEADS or tok.lower_ in FRAMING_HEADS:
            for child in tok.children:
                if child.dep_ in FRAMED_DEPS:
                    skip.update(t.i for t in child.subtree)
    skip |= _no_cue(sent) | _at_another_time(sent) | _denied(sent)
    kept = [t for t in sent if t.i not in skip]
    return {t.lemma_.lower() for t in kept} | {t.lower_ for t in kept} | _hyphenated(kept)


# Units of a stretch of time that puts a clause at another time: "a week after", "days after".
TIME_UNITS = frozenset({"hour", "day", "week", "month", "year"})


def _denied(sent: Span) -> set[int]:
    """Indices of the words of a noun phrase that "no" denies: "though no protests were
    reported", "no arrests were made"."""
    skip: set[int] = set()
    for tok in sent:
        if tok.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            skip.update(t.i for t in tok.subtree)
    return skip


def _at_another_time(sent: Span) -> set[int]:
    """Indices of the words of a clause set apart by a stretch of time ("a week after two
    students were found dead", "days after police shot a protester"): what happened then is
    not what happened at the protest the sentence tells."""
    skip: set[int] = set()
    for tok in sent:
        if (tok.lower_ in ("after", "before") and tok.i > sent.start
                and tok.doc[tok.i - 1].lemma_.lower() in TIME_UNITS):
            clause = tok.head if tok.dep_ == "mark" else tok
            skip.update(t.i for t in clause.subtree)
    return skip


def apply_cues(event_type: str, mode: str | None, actor_words: set[str], words: set[str],
               rules: list[CueRule]) -> tuple[str, str | None]:
    """The (type, mode) after the first rule that applies, or the input unchanged.

    ``actor_words``: lemmas of the event's actor (empty if none). A rule marked ``no_actor``
    applies only when there is no actor, or the actor is itself one of the rule's cues
    ("a tsunami killed 200": the tsunami is the cause, not a perpetrator)."""
    for rule in rules:
        if event_type not in rule.types or mode not in rule.modes:
            continue
        if rule.no_actor and actor_words and not actor_words & rule.cues:
            continue
        if words & rule.cues:
            return rule.to_type or event_type, rule.to_mode
    return event_type, mode


def territory_mode(actor_words: set[str], name: str = CUES) -> str | None:
    """ "regain" when the actor is state forces, "overtake" when it is not, None if unknown."""
    data = load_yaml(name)
    if actor_words & set(data["non_state"]):
        return "overtake"
    if actor_words & set(data["state_forces"]):
        return "regain"
    return None


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def antecedent_words(pronoun: Token) -> set[str]:
    """Lemmas of the nearest noun subject before a pronoun, in its sentence or the one before
    ("The army pushed north. They retook the town." -> army), with the subject's modifiers;
    empty when there is none."""
    doc = pronoun.doc
    start = pronoun.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for token in reversed(doc[start:pronoun.i]):
        if token.dep_ in SUBJECT_DEPS and token.pos_ in ("NOUN", "PROPN"):
            return {t.lemma_.lower() for t in token.subtree if t.i < pronoun.i}
    return set()


# Events that may be told at a protest, by (type, mode): what the protest did or suffered.
PROTEST_FAMILY = frozenset({
    ("PROTEST", None), ("PROTEST", "demo"), ("PROTEST", "strike"), ("PROTEST", "intervention"),
    ("PROTEST", "riot"), ("PROTEST", "obstruct"), ("ASSAULT", None), ("ASSAULT", "clash"),
    ("ASSAULT", "firearms"),
    ("ASSAULT", "beat"), ("ASSAULT", "primitive"), ("ASSAULT", "crowd-control"),
    ("COERCE", "arrest"),
})


# How a crowd's violence may first be typed before it is told as mob violence.
CROWD_VIOLENCE_MODES = frozenset({None, "clash", "firearms", "beat", "primitive", "destroy"})


def protest_outcome(words: set[str], name: str = CUES) -> tuple[str, str] | None:
    """What happened at a protest, from the words of its sentence (``protest_outcomes``):
    violence by the crowd, else lethal force against it, else an intervention; None if none."""
    outcomes = load_yaml(name)["protest_outcomes"]
    if words & set(outcomes["riot"]):
        return "PROTEST", "riot"
    if words & set(outcomes["lethal"]):
        return "ASSAULT", "crowd-control"
    if words & set(outcomes["intervention"]):
        return "PROTEST", "intervention"
    return None


# Modes of violence a criminal may use; an air strike or shelling is never a robbery.
CRIME_VIOLENCE_MODES = frozenset({None, "clash", "firearms", "beat", "primitive", "grenade",
                                  "explosives", "abduct", "destroy", "targeted"})


def crime_violence(event_type: str, mode: str | None, words: set[str],
                   actor_words: set[str] | None, name: str = CUES) -> bool:
    """Violence that is organised crime (``crime_actors``, ``crime_scenes``): by a gang or
    robbers, or told in a robbery by no state force or armed group (``state_forces``,
    ``non_state``)."""
    if event_type != "ASSAULT" or mode not in CRIME_VIOLENCE_MODES:
        return False
    criminals = _list("crime_actors", name)
    actor_words = actor_words or set()
    if actor_words & criminals:
        return True
    political = (_list("state_forces", name) | _list("non_state", name)) - criminals
    return bool(words & _list("crime_scenes", name)) and not actor_words & political


def protest_violence(event_type: str, mode: str | None, words: set[str],
                     actor_words: set[str] | None, name: str = CUES) -> tuple[str, str | None]:
    """Re-type violence and arrests that happen at a protest (see ``event_cues.yaml``)."""
    crowd = bool(actor_words and actor_words & _list("crowd_words", name))
    if event_type == "COERCE" and mode == "restrict" and crowd:
        # "farmers blocked the highway": a blockade, a protest; what happened at it decides
        # as at any protest ("police used water cannon to clear students blocking the road")
        return protest_outcome(words, name) or ("PROTEST", "obstruct")
    if event_type == "ASSAULT" and mode == "overtake" and crowd:
        return "PROTEST", "demo"  # "supporters occupied the shopping district": a sit-in
    if not words & _list("protest_words", name):
        if (event_type == "ASSAULT" and mode in CROWD_VIOLENCE_MODES and actor_words
                and actor_words & _list("mob_actors", name)):
            return "PROTEST", "mob"  # a crowd's violence with no protest: mob violence
        return event_type, mode
    if (event_type, mode) in PROTEST_FAMILY or (
            event_type == "ASSAULT" and mode == "destroy" and crowd):
        outcome = protest_outcome(words, name)
        if outcome is not None:
            return outcome
    if event_type == "COERCE" and mode == "arrest":
        return "PROTEST", "intervention"
    if event_type == "ASSAULT" and mode in CROWD_VIOLENCE_MODES:
        if crowd:
            return "PROTEST", "riot"  # a crowd's violence or destruction at a protest
        if actor_words and mode != "destroy" and territory_mode(actor_words) != "overtake":
            # (rebels who fire on a rally attack it; they control no crowd)
            return "ASSAULT", "crowd-control"
    return event_type, mode


def territory_transfer(words: set[str], name: str = CUES) -> bool:
    """Territory that changed hands after a withdrawal, a handover or a deal, without a battle
    (``transfer_words``): ACLED's non-violent transfer of territory."""
    return bool(words & set(load_yaml(name)["transfer_words"]))


def violence_side(recipient_words: set[str], name: str = CUES) -> str | None:
    """ "firearms" (one-sided, ACLED Attack) when the recipient is civilians, "clash" (ACLED
    Armed clash) when it is an armed group or post, None when the recipient says neither."""
    data = load_yaml(name)
    if recipient_words & set(data["armed_words"]):
        return "clash"
    if recipient_words & set(data["civilian_words"]):
        return "firearms"
    return None


def is_state_protest(actor: Span | None, name: str = CUES) -> bool:
    """A protest by a state, which protests in words ("Pakistan summoned the envoy to protest";
    ``event_cues.yaml``, ``state_protesters``)."""
    if actor is None:
        return False
    root = actor.root
    return root.ent_type_ == "GPE" or root.lemma_.lower() in _list("state_protesters", name)


def is_conditional_threat(event_type: str, modality: str, token: Token,
                          name: str = CUES) -> bool:
    """A future act of force or pressure on a condition ("will strike unless ..."): a threat
    (see ``event_cues.yaml``, ``conditional_threat``)."""
    data = load_yaml(name).get("conditional_threat") or {}
    if modality not in ("future", "hypothetical") or event_type not in data.get("types", ()):
        return False
    markers = set(data.get("markers", ()))
    clause = token if token.pos_ in ("VERB", "AUX") else token.head
    clauses = [clause]
    while clause.dep_ == "xcomp" and clause.head is not clause:  # "would keep fighting unless"
        clause = clause.head
        clauses.append(clause)
    return any(child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in markers
                                             for m in child.children)
               for node in clauses for child in node.children)


def is_dismissal(token: Token, name: str = CUES) -> bool:
    """A firing from a post, not a shooting: "fired two cabinet ministers" (see
    ``event_cues.yaml``, ``dismissal``)."""
    if token.lemma_.lower() not in _words("dismissal", "verbs", name):
        return False
    objects = _words("dismissal", "objects", name)
    return any(
        child.dep_ in ("dobj", "nsubjpass")
        and (child.lemma_.lower() in objects or child.ent_type_ == "PERSON")
        for child in token.children
    )


def is_sport_result(token: Token, name: str = CUES) -> bool:
    """A win in a game, not an assault: "beat Ghana 3-1" (``event_cues.yaml``,
    ``sport_result``)."""
    if token.lemma_.lower() not in _words("sport_result", "verbs", name):
        return False
    words = _words("sport_result", "words", name)
    return any(SCORE.match(t.text) or t.lemma_.lower() in words or t.lower_ in words
               for t in token.sent)


SCORE = re.compile(r"^\d{1,3}[-\u2013:]\d{1,3}$")


def is_received_with(token: Token, name: str = CUES) -> bool:
    """ "Were met with gunfire": received, not a meeting (``event_cues.yaml``,
    ``received_with``)."""
    return (token.lemma_.lower() in _list("received_with", name)
            and any(c.dep_ == "auxpass" for c in token.children)
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children))


def satisfies(token: Token, name: str = CUES) -> str | None:
    """Meeting a need, not a meeting (``event_cues.yaml``, ``satisfaction``): "need" for
    "meet the deadline" (no event), "demand" for "met their demands" (a concession)."""
    if token.lemma_.lower() not in _words("satisfaction", "verbs", name):
        return None
    objects = {c.lemma_.lower() for c in token.children if c.dep_ in ("dobj", "nsubjpass")}
    if objects & _words("satisfaction", "conceded", name):
        return "demand"
    return "need" if objects & _words("satisfaction", "objects", name) else None


def is_newsroom(token: Token, name: str = CUES) -> bool:
    """Newsroom phrasing, no event: "a request for comment", "contributed to this report"
    (``event_cues.yaml``, ``newsroom``)."""
    table = _word_table("newsroom", name)

    def phrasing(word: Token) -> bool:
        words = table.get(word.lemma_.lower())
        if not words:
            return False
        near = [c for c in word.children if c.dep_ in ("dobj", "xcomp", "pobj")]
        near += _prep_objects(word)
        return any(t.lemma_.lower() in words for t in near)

    return phrasing(token) or (token.dep_ in ("xcomp", "dobj") and token.head.i != token.i
                               and phrasing(token.head))


def begins_a_title(token: Token, name: str = CUES) -> bool:
    """The word begins a title that is a post, not an act: "the charge d'affaires"
    (``event_cues.yaml``, ``title_phrases``)."""
    first = token.lower_
    for phrase in _list("title_phrases", name):
        if not phrase.startswith(first):
            continue  # (cheap: only a phrase's first word looks further)
        following = token.doc[token.i:token.i + len(phrase.split()) + 2].text
        if following.lower().replace("\u2019", "'").startswith(phrase):
            return True
    return False


def is_bare_act_noun(token: Token, name: str = CUES) -> bool:
    """A noun that tells an act only when someone's or aimed, told bare: "no signal support"
    (``event_cues.yaml``, ``owned_acts``)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _words("owned_acts", "nouns", name):
        return False
    deps, preps = _words("owned_acts", "deps", name), _words("owned_acts", "preps", name)
    for child in token.children:
        if child.dep_ in deps or (child.dep_ == "prep" and child.lower_ in preps):
            return False
        if child.dep_ == "compound" and (child.pos_ == "PROPN" or child.ent_type_):
            return False  # "U.S. support"
    if token.dep_ == "dobj":  # "won support from France": the aim hangs on the verb
        return not any(c.dep_ == "prep" and c.lower_ in preps for c in token.head.children)
    return True


def stops_protest(token: Token, name: str = CUES) -> bool:
    """A verb of stopping with a protest as its object, or that object: "ended their strike",
    "called off the protest" (``event_cues.yaml``, ``stopped_protest``)."""
    verbs = _words("stopped_protest", "verbs", name)
    objects = _words("stopped_protest", "objects", name)

    def stopping(verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        return lemma in verbs or (lemma == "call" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))

    if token.pos_ in ("VERB", "AUX"):
        return stopping(token) and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in objects
            for c in token.children)
    return (token.lemma_.lower() in objects and token.dep_ in ("dobj", "nsubjpass")
            and stopping(token.head))


def vowed_acts(token: Token, continuing: set[str]) -> list[Token]:
    """What a verb of vowing vows: its clausal complements, followed through verbs of going on
    ("vowed to keep fighting" -> fighting), and its object nouns ("vowed revenge")."""
    acts: list[Token] = []
    frontier = [c for c in token.children if c.dep_ in ("xcomp", "ccomp", "dobj")]
    while frontier:
        node = frontier.pop()
        acts.append(node)
        if node.lemma_.lower() in continuing:
            frontier.extend(c for c in node.children if c.dep_ in ("xcomp", "dobj", "prt"))
    return acts


def vow_type(token: Token, hostile: Callable[[Token], bool], name: str = CUES) -> str | None:
    """ "THREATEN" for a vow whose vowed act harms someone, "AGREE" for a vow of anything else
    ("vowed to end the war"), None when ``token`` is no verb of vowing (``event_cues.yaml``,
    ``vow``). ``hostile(act)`` tells whether the lexicon types the act as a hostile one."""
    data = load_yaml(name).get("vow") or {}
    if token.pos_ != "VERB" or token.lemma_.lower() not in data.get("verbs", ()):
        return None
    harmful = set(data.get("harmful_acts", ()))
    harmless = harmless_targets(name)
    for act in vowed_acts(token, set(data.get("continuing", ()))):
        # what the act targets: its object, else the object of its preposition ("against")
        targets = {c.lemma_.lower() for c in act.children if c.dep_ == "dobj"} or {
            g.lemma_.lower() for g in _prep_objects(act)}
        if targets and targets <= harmless:
            continue  # "vowed to fight corruption": the act harms no one
        if act.lemma_.lower() in harmful or act.lower_ in harmful or hostile(act):
            return "THREATEN"
    return "AGREE"


def harmless_targets(name: str = CUES) -> frozenset[str]:
    """What one fights or crushes without harming anyone: corruption, a fire, a virus
    (``vow.harmless_targets``)."""
    return _words("vow", "harmless_targets", name)


def vow_verbs(name: str = CUES) -> frozenset[str]:
    """Lemmas of the verbs of vowing (``vow.verbs``)."""
    return _words("vow", "verbs", name)


def hostile_types(name: str = CUES) -> frozenset[str]:
    """The event types whose vowing is a threat (``vow.hostile_types``)."""
    return _words("vow", "hostile_types", name)


def is_consequence_verb(token: Token, name: str = CUES) -> bool:
    """ "will lead to further gains", "resulted in delays": a verb that links two happenings
    and tells none of its own (``event_cues.yaml``, ``consequence_verbs``)."""
    return token.lemma_.lower() in set(load_yaml(name).get("consequence_verbs", ()))
