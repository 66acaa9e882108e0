"""Words the trigger lexicon knows that tell no act where they stand.

- A question asserts nothing: "Does Beijing see Tokyo as a threat?" (a sentence that ends with
  a question mark).
- A question asked, a wish for oneself, or an insistence on a fact is no request: "asked
  whether the talks would resume", "they want to go home", "insists it is committed to peace"
  (``event_cues.yaml``, ``no_request``).
- What a request asks for is its content, not an event of its own: "called for his release",
  "urged the parties to return to talks", "demanded a ceasefire". PLOVER codes the REQUEST;
  the release, the talks and the ceasefire have not happened.
- A participle standing for people names them, not an act: "the injured were taken to
  hospital", "the detained".
- A noun that only classifies a thing names no act: "detention center", "treaty obligations",
  "a ceasefire proposal" (but "an arrest warrant" orders the act, "a mediation effort" carries
  it out).
- A warning of what may happen is no threat: "analysts warn that the crisis could spread"
  (``warning``); "warned it would retaliate" is one.
- A threat that names a danger is no one's threat: "the threat of the cyclone", "poses a
  threat to NATO" (``danger``); "Trump's threat to impose tariffs" is one.
- A verb in another sense: naming is no phone call ("calls President Xi a dear friend"; it may
  praise or accuse), an impact no criticism ("the cyclone slammed into the coast"), a
  reception no meeting ("the plan met with opposition"), showing no protest ("demonstrate
  resolve", "rallied support"), an arrival of things or private people no visit ("the first
  shipment of vaccines arrived", "travelers arriving from Spain"), a price no charge
  ("charging 25% more for electricity"), a figure reached no blow ("trade hit $1.1 billion")
  (``other_senses``).
- A crowd that disperses on its own suffers no intervention: "the farmers dispersed peacefully
  in the evening" (a verb of ``dispersing`` with no object, not passive).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.cues import (
    danger_words,
    harmless_targets,
    no_request_words,
    other_sense_words,
    warning_words,
)
from dateline.events.lexicon import Lexicon
from dateline.events.participants import actor_like, is_condition, partitive_head
from dateline.nlp.extensions import items

# How a request's content hangs on it: "urged X to talk", "demanded that X talk", "called for
# talks", "demanded a ceasefire".
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pobj"})
QUESTION_MARKERS = frozenset({"whether", "if"})
CLOSING = "\"'\u201d\u2019)] \n"


def in_question(token: Token) -> bool:
    """The token's sentence is a question."""
    return token.sent.text.rstrip(CLOSING).endswith("?")


def asks_nothing(token: Token) -> bool:
    """A verb of asking that asks a question, of wishing that wishes for oneself, or of
    insisting that states a fact."""
    lemma = token.lemma_.lower()
    children = list(token.children)
    if lemma in no_request_words("asking"):
        if any(c.dep_ == "xcomp" for c in children) or any(
                c.dep_ == "prep" and c.lower_ == "for" for c in children):
            return False
        clause = next((c for c in children if c.dep_ == "ccomp"), None)
        return clause is None or any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKERS
                                     for m in clause.children)
    if lemma in no_request_words("wishing"):
        wish = next((c for c in children if c.dep_ == "xcomp"), None)
        return (wish is not None and not any(c.dep_ in ("dobj", "dative") for c in children)
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in wish.children))
    if lemma in no_request_words("insisting"):
        clause = next((c for c in children if c.dep_ == "ccomp"), None)
        return clause is not None and not _demands(clause)
    return False


def _demands(clause: Token) -> bool:
    """A that-clause of what someone must do: a bare verb ("insisted that the army withdraw")
    or "should", "must"; not a statement ("insists it is committed to peace")."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    bare = clause.tag_ == "VB" or (clause.tag_ == "VBP" and subject is not None
                                   and subject.tag_ in ("NN", "NNP"))  # "the army withdraw"
    return bare or any(c.dep_ == "aux" and c.lower_ in ("should", "must")
                       for c in clause.children)


def is_requested(token: Token, lexicon: Lexicon, depth: int = 3) -> bool:
    """The token lies in what a request (a REQUEST trigger above it) asks for."""
    child, node = token, token.head
    for _ in range(depth):
        if node.i == child.i or child.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            return False
        entry = lexicon.match(node)
        if entry is not None and entry.type == "REQUEST":
            return child.dep_ in CONTENT_DEPS and not asks_nothing(node)
        child, node = node, node.head
    return False


def names_the_affected(token: Token) -> bool:
    """A participle or adjective with an article and no noun of its own: "the injured"."""
    return (token.pos_ in ("ADJ", "VERB") and token.tag_ in ("VBN", "JJ")
            and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
            and any(c.dep_ == "det" for c in token.children))


def in_other_sense(token: Token, event_type: str | None = None) -> bool:
    """A verb of naming with an object predicate (when read as a meeting or call), of impact
    with "into", of meeting with a reception, of protest that shows a thing ("demonstrate
    resolve", "rally support"); an arrival with no visitor, a charge that is a price, a hit
    that is a figure reached, a conference that is the press's, a fight against a fire or a
    disease, an aircraft flying or seen with no strike, an office taken over, a prisoner
    returned to a cell, a price that crashes, a blow a law or a tariff deals, arms found or
    held."""
    lemma = token.lemma_.lower()
    children = list(token.children)
    if (lemma in other_sense_words("policy_blows") and event_type == "ASSAULT"
            and _policy_strikes(token)):
        return True  # "tariffs targeting Canadian products"
    if lemma in other_sense_words("arriving"):
        return event_type == "CONSULT" and _no_visitor(token)
    if lemma in other_sense_words("pricing"):  # "charging 25% more", "charged them $10"
        return event_type == "ACCUSE" and any(
            t.ent_type_ in ("MONEY", "PERCENT")
            for c in children for t in (c, *c.children))
    if lemma in other_sense_words("reaching"):  # "trade hit $1.1 billion", "hit a record"
        return event_type == "ASSAULT" and any(
            c.dep_ == "dobj" and (c.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
                                  or c.lemma_.lower() in other_sense_words("marks"))
            for c in children)
    if lemma in other_sense_words("showing"):  # "demonstrate resolve", "demonstrate that"
        return event_type == "PROTEST" and any(c.dep_ in ("dobj", "ccomp") for c in children)
    if lemma in other_sense_words("flying"):  # "a helicopter hovered over the crowd"
        return event_type == "ASSAULT" and not _flies_strikes(children)
    if lemma in other_sense_words("aircraft") and token.pos_ == "NOUN":
        return event_type == "ASSAULT" and _aircraft_only_seen(token)
    if lemma in other_sense_words("taking") and _takes_a_post(children):
        return event_type == "ASSAULT"  # "took over as chairman"
    if lemma in other_sense_words("falling") and event_type == "OTHER":
        return _price_falls(token, children)  # "a currency crash", "stocks crashed"
    if lemma in other_sense_words("returning"):  # "was returned to his cell"
        return event_type == "RETREAT" and _confined(children)
    if lemma in other_sense_words("combating"):  # "battled blazes", "fight the virus"
        return event_type == "ASSAULT" and _fights_a_harm(children)
    if lemma in other_sense_words("briefing"):  # "told a news conference"
        return event_type == "CONSULT" and _of_the_press(children)
    if lemma in other_sense_words("naming"):
        return event_type == "CONSULT" and any(c.dep_ == "oprd" for c in children)
    if lemma in other_sense_words("pressing"):  # "if Washington pressed ahead"
        return event_type == "REQUEST" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in other_sense_words("onward")
            for c in children)
    if lemma in other_sense_words("seeking"):  # "a man wanted for the killings"
        return event_type == "REQUEST" and _describes_someone_sought(token)
    if lemma in other_sense_words("impact"):  # a car "slammed into a wall"; a missile did not
        return any(c.dep_ == "prep" and c.lower_ == "into" for c in children) and not any(
            c.dep_ == "nsubj" and c.lemma_.lower() in other_sense_words("munitions")
            for c in children)
    if lemma in other_sense_words("arms") and token.pos_ == "NOUN":
        return event_type == "ASSAULT" and _arms_held(token)
    if lemma in other_sense_words("reception"):
        received = other_sense_words("received")
        return any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in received for g in c.children)
            for c in children)
    return False


def _arms_held(noun: Token) -> bool:
    """Arms (or one of a list of them) found, seized, held or traded, or in a cache: "police
    recovered a rifle and two grenades", "a cache of explosives was unearthed"."""
    while noun.dep_ == "conj":
        noun = noun.head
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass"):
        return head.lemma_.lower() in other_sense_words("holding")
    return (noun.dep_ == "pobj" and head.lower_ == "of"
            and head.head.lemma_.lower() in other_sense_words("caches"))


def _flies_strikes(children: list[Token]) -> bool:
    """Aircraft that fly sorties, raids or strikes, not just fly: "flew bombing sorties"."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in other_sense_words("sorties")
               for c in children)


def _aircraft_only_seen(noun: Token) -> bool:
    """An aircraft noun that only flies or is seen: "drones circled above the city",
    "residents spotted a drone"."""
    verb = noun.head.lemma_.lower()
    return ((noun.dep_ == "nsubj" and verb in other_sense_words("flying"))
            or (noun.dep_ == "dobj" and verb in other_sense_words("sighting")))


def _takes_a_post(children: list[Token]) -> bool:
    """Taking over "as" an office: "took over as chairman"."""
    return any(c.dep_ == "prep" and c.lower_ in other_sense_words("taking_a_post")
               for c in children)


def _price_falls(token: Token, children: list[Token]) -> bool:
    """What crashes or collapses is a currency, a market or a price: its modifier (a noun)
    or its subject and the subject's modifiers (a verb)."""
    if token.pos_ == "NOUN":
        said = [c for c in children if c.dep_ in ("compound", "amod")]
    else:
        said = [c for c in children if c.dep_ == "nsubj"]
        said += [g for c in said for g in c.children if g.dep_ in ("compound", "amod")]
    return any(c.lemma_.lower() in other_sense_words("markets") for c in said)


def _confined(children: list[Token]) -> bool:
    """Sent back "to" or "into" a place of confinement: "returned to his cell"."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in other_sense_words("confinement")
        for g in c.children) for c in children)


def _fights_a_harm(children: list[Token]) -> bool:
    """All that is fought (the object, else what it is fought "against") is a harm that
    hurts no one when fought: a fire, a virus, corruption (``vow.harmless_targets``)."""
    targets = {c.lemma_.lower() for c in children if c.dep_ == "dobj"} or {
        g.lemma_.lower() for c in children if c.dep_ == "prep" and c.lower_ == "against"
        for g in c.children if g.dep_ == "pobj"}
    return bool(targets) and targets <= harmless_targets()


def _of_the_press(children: list[Token]) -> bool:
    """A conference or briefing of the news, the press or the media."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in other_sense_words("press")
               for c in children)


def _policy_strikes(token: Token) -> bool:
    """The one that targets or hits is a policy: its subject ("the law targeted gaming"), the
    noun it describes ("tariffs targeting Canada"), or its passive doer ("hit by sanctions")."""
    policies = other_sense_words("policies")
    doers = [c for c in token.children if c.dep_ in ("nsubj", "csubj")]
    doers += [g for c in token.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    if token.dep_ in ("acl", "relcl") and token.tag_ in ("VBG", "VBN", "VBD", "VBZ", "VBP"):
        doers.append(token.head)
    return any(d.lemma_.lower() in policies for d in doers)


def _describes_someone_sought(token: Token) -> bool:
    """A participle after a noun that says the police seek someone: "a suspect wanted for
    murder", "the most wanted fugitive"; no one is asked for anything."""
    return token.tag_ == "VBN" and token.dep_ in ("acl", "amod")


def _no_visitor(token: Token) -> bool:
    """What arrives is a thing ("the first shipment of vaccines arrived") or private people
    ("travelers arriving from Spain"): a visit is a party's."""
    who = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if who is None and token.dep_ in ("acl", "amod") and token.head.pos_ == "NOUN":
        who = token.head
    if who is not None and who.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
        who = token.head  # "people who travel": the people
    if who is None and token.dep_ == "xcomp":  # "people just want to travel"
        who = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if who is None or who.pos_ == "PRON":
        return False
    who = partitive_head(who)
    return not actor_like(who) or who.lemma_.lower() in other_sense_words("travellers")


# Heads a noun of an act may classify and still tell the act: they order it ("an arrest
# warrant") or carry it out ("a mediation effort", "a loan guarantee", "a condolence message").
ACT_CARRYING_HEADS = frozenset({"warrant", "order", "decree", "ruling", "verdict", "effort",
                                "operation", "campaign", "mission", "drive", "package",
                                "programme", "program", "guarantee", "initiative", "bid",
                                "process", "scheme", "exercise", "raid", "blitz", "message",
                                "letter", "note"})


def classifies_a_thing(token: Token, lexicon: Lexicon) -> bool:
    """A noun before a noun that names a thing (no act): "detention center"."""
    head = token.head
    return (token.dep_ == "compound" and token.pos_ == "NOUN" and token.i < head.i
            and head.pos_ == "NOUN" and lexicon.match(head) is None
            and head.lemma_.lower() not in ACT_CARRYING_HEADS)


def names_a_danger(token: Token, event_type: str | None = None) -> bool:
    """A noun of threat that names a danger, not somebody's threat: "the threat of the
    cyclone", "poses a threat to NATO", "facing a growing threat". A threat made is told by
    what it threatens to do ("Trump's threat to impose tariffs"), whose it is ("Trump's
    threat", "threats by Pyongyang"), whom it is against ("threats against allies"), or a
    verb of making it ("issued a threat", "renewed threats")."""
    if (event_type != "THREATEN" or token.pos_ != "NOUN"
            or token.lemma_.lower() not in danger_words("nouns")):
        return False
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to" and (
            doc[token.i + 2].pos_ == "VERB"):
        return False  # "a threat to impose tariffs", "threats to use force"
    for child in token.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("by", "against")):
            return False
    return not (token.dep_ == "dobj" and token.head.lemma_.lower() in danger_words("making"))


def empty_warning(token: Token, event_type: str | None = None) -> bool:
    """A verb of warning, read as a threat, that warns of no action of the warner's; a noun
    of warning with no warner, no one warned, no harm and no one issuing it ("that warning
    also resonates across Europe")."""
    if event_type != "THREATEN":
        return False
    harms = warning_words("harms")
    if token.pos_ == "NOUN" and token.lemma_.lower() in warning_words("nouns"):
        for child in token.children:
            if child.dep_ == "poss" or (child.dep_ == "prep" and (
                    child.lower_ in ("by", "to", "against") or (child.lower_ == "of" and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in harms
                        for g in child.children)))):
                return False
        return not (token.dep_ == "dobj" and token.head.lemma_.lower() in danger_words("making"))
    if token.lemma_.lower() not in warning_words("verbs"):
        return False
    warned = [g for c in token.children if c.dep_ == "dobj" for g in c.children]
    for child in [*token.children, *warned]:  # "warned Greece of consequences"
        if child.dep_ == "prep" and child.lower_ in ("of", "against") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in harms for g in child.children):
            return False
        if child.dep_ in ("ccomp", "xcomp") and _announces_action(child, token):
            return False
        if is_condition(child, UNLESS):
            return False  # "warned of more bloodshed unless Kampala withdrew its troops"
    return True


# A warning that names what the warned must do is a threat: "... unless Kampala withdrew".
UNLESS = frozenset({"unless"})


def _announces_action(clause: Token, warning: Token) -> bool:
    """ "it would retaliate", "attackers will not be spared", "the military would step in",
    "(Russia's foreign ministry warned that) Moscow would respond", "it could withhold funds
    unless ...": a future act of the warner's own side, or one it may take on a condition."""
    children = list(clause.children)
    if not (any(c.dep_ == "aux" and c.lower_ in warning_words("modals") for c in children)
            or (any(is_condition(c, UNLESS) for c in children)
                and any(c.dep_ == "aux" for c in children))):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in children) or any(
        c.dep_ == "nsubj" and (c.lower_ in warning_words("subjects")
                               or c.lemma_.lower() in warning_words("own_side")
                               or _same_country(c, warning)) for c in children)


def _same_country(subject: Token, warning: Token) -> bool:
    """The clause's subject names the country of a name in the warner's own phrase."""
    warners = [c for c in warning.children if c.dep_ == "nsubj"]
    if not warners:
        return False
    countries = {}
    for entity in items(subject.doc, "entities"):
        if entity.actor is not None and entity.actor.country:
            for start, _ in entity.mentions or [(entity.start, entity.end)]:
                countries[start] = entity.actor.country
    own = {countries.get(t.idx) for w in warners for t in w.subtree} - {None}
    return countries.get(subject.idx) in own


# Verbs that tell an intervention only when someone disperses someone else.
DISPERSING_VERBS = frozenset({"disperse", "scatter"})


def disperses_itself(token: Token) -> bool:
    """ "the marchers dispersed peacefully": no one broke the crowd up."""
    return (token.lemma_.lower() in DISPERSING_VERBS and token.pos_ == "VERB"
            and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent")
                        for c in token.children))


def tells_no_act(token: Token, lexicon: Lexicon, event_type: str | None = None) -> bool:
    """Any of the above, for ``token`` read as an event of ``event_type``."""
    return (in_question(token) or asks_nothing(token) or names_the_affected(token)
            or disperses_itself(token)
            or in_other_sense(token, event_type) or classifies_a_thing(token, lexicon)
            or empty_warning(token, event_type) or names_a_danger(token, event_type)
            or is_requested(token, lexicon))
