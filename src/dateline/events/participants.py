"""Actor and recipient of a trigger, read off the dependency parse.

Verbs: subject (active) or ``by`` agent (passive) is the actor; direct object, passive
subject or the object of on/against/with/at/to/into is the recipient. Nouns: "X's attack",
"attack by X" give the actor, "attack on Y" the recipient. A trigger without a subject of its
own takes its governing verb's ("X threatened to attack Y", "X struck Y and killed Z").

Classes of harder cases, each a small documented rule below: a noun that names its doer
("suicide bombers"), an actor among a noun's modifiers ("Syrian government shelling"), a
passive without agent done by the subject of the clause that tells how ("... were killed as
rebels shelled the town") or of the attack noun it happened in ("killed in Russian
airstrikes"), forces moved as the actor of their own deployment, a state's act named by a noun
("put under investigation in Italy"), the owner of a plan ("its ability to strike"), and the
people an attack noun hurt as its recipient ("nine dead from airstrikes").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from dateline.events.cues import warning_words
from dateline.events.lexicon import is_sum
from dateline.events.modality import REPORTING_HEADS
from dateline.geo.locate import sector_words
from dateline.nlp.extensions import items

SUBJECT_DEPS = frozenset({"nsubj"})
# Dependency labels inside a noun phrase that do not belong to the participant's name.
CUT_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "prep", "case"})
KEEP_PREPS = frozenset({"of"})
NOT_PARTICIPANTS = frozenset({"PRON"})
NUMERIC_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


PAIR_HYPHENS = frozenset({"-", "–", "—"})


def phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``, without relative clauses, appositions or lists."""
    left, right = token.i, token.i
    stack = [token]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.dep_ in CUT_DEPS and not (child.dep_ == "prep" and child.lower_ in KEEP_PREPS
                                               and not _tells_an_act(child)):
                continue
            if node.i == token.i and _other_side(token, child):
                continue  # "U.S.-Ukraine talks": Ukraine's phrase is Ukraine alone
            left, right = min(left, child.i), max(right, child.i)
            stack.append(child)
    doc: Doc = token.doc
    for i in range(token.i - 1, left - 1, -1):  # never across a line break (headings)
        if doc[i].is_space and "\n" in doc[i].text:
            left = i + 1
            break
    for i in range(token.i + 1, right + 1):
        if doc[i].is_space and "\n" in doc[i].text:
            right = i - 1
            break
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left:right + 1]


def _tells_an_act(prep: Token) -> bool:
    """ "of attacking its banks": an "of" that tells an act, not whose or which one."""
    return any(c.dep_ == "pcomp" or c.tag_ == "VBG" for c in prep.children)


def _other_side(token: Token, child: Token) -> bool:
    """``child`` lies across the hyphen of a pair ending in ``token`` ("U.S." or "-"); not
    across a hyphened title ("the UN Secretary-General")."""
    hyphen = token.i - 1
    return (child.i <= hyphen and hyphen >= 1 and token.doc[hyphen].text in PAIR_HYPHENS
            and token.head.i > token.i and not _one_name(token.doc[hyphen - 1], token)
            and f"{token.doc[hyphen - 1].lower_}-{token.lower_}" not in _hyphened_titles())


@cache
def _hyphened_titles() -> frozenset[str]:
    return frozenset(word for word in sector_words(frozenset({"title"})) if "-" in word)


PARTITIVES = frozenset({"thousand", "hundred", "dozen", "score", "million", "group", "number",
                        "crowd", "member", "some", "many", "most", "all", "majority", "part",
                        "half", "one", "band", "unit"})


def partitive_head(token: Token) -> Token:
    """ "thousands of Iraqi Kurds" -> Kurds; "a group of gunmen" -> gunmen."""
    if token.like_num or token.lemma_.lower() in PARTITIVES or token.ent_type_ == "CARDINAL":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = _pobj(child)
                if obj is not None:
                    return obj
    return token


# Verbs that react to, judge or tell of an act they take as object: their subject did not do
# it ("condemned the arrest", "denied the charges", "revoked his house arrest").
REACTION_VERBS = frozenset({
    "condemn", "denounce", "deny", "reject", "welcome", "praise", "criticize", "criticise",
    "decry", "deplore", "dismiss", "investigate", "probe", "report", "confirm", "witness",
    "survive", "fear", "mourn", "blame", "protest", "hail", "applaud", "slam", "question",
    "oppose", "revoke", "overturn", "annul", "document", "describe", "discuss", "debate",
    "monitor", "recall", "remember", "commemorate", "mark", "justify", "defend", "regret",
    "lament", "challenge", "appeal", "contest", "dispute"})
# "agreed to a ceasefire", "remained on alert": the noun's actor is the verb's subject; not
# "killed in an attack", "dead from airstrikes" (cause or place, another actor).
INHERITING_PREPS = frozenset({"to", "on", "into", "for"})


def _usable(token: Token | None) -> bool:
    return (token is not None and token.pos_ not in NOT_PARTICIPANTS
            and (token.ent_type_ not in NUMERIC_ENTS or token.lower_ in CROWD_COUNTS))


def _pobj(prep: Token) -> Token | None:
    """The object of a preposition ("to" -> "the army" in "to the army")."""
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


# Verbs whose "by" names who did an act they describe ("an amnesty announced by X"), unlike
# verbs of reacting to it ("an attack condemned by the UN").
DOING_VERBS = frozenset({"announce", "order", "declare", "impose", "launch", "carry", "conduct",
                         "stage", "grant", "sign", "broker", "organise", "organize", "claim",
                         "lead", "issue", "mount", "perpetrate", "commit", "hold", "initiate",
                         "approve", "pass", "introduce", "decree", "plan", "offer", "extend"})


def _doer(token: Token) -> Token | None:
    """The "by" noun of an act noun, where the parser may hang it on the noun's "of" noun:
    "the expulsion of four diplomats by Moscow"."""
    by = _prep_object(token, frozenset({"by"}))
    if by is None:
        undergoer = _prep_object(token, frozenset({"of"}))
        by = _prep_object(undergoer, frozenset({"by"})) if undergoer is not None else None
    if by is None:
        # "an amnesty announced by the president", "sanctions imposed by the EU"
        told = next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and c.lemma_.lower() in DOING_VERBS), None)
        agent = next((c for c in told.children if c.dep_ == "agent"), None) if told else None
        by = _pobj(agent) if agent is not None else None
    return by


def _undergoer(token: Token, actor: Token | None) -> Token | None:
    """The "of" noun of an act noun told with its doer: "the expulsion of four diplomats by
    Moscow", "Russia's arrest of two guards" were done to the diplomats and the guards; the
    person who owns an act done to them: "Mhlanga's arrest"."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None and _usable(owner) and _undergoes(token, owner):
        return owner
    undergoer = _prep_object(token, frozenset({"of"}))
    if (undergoer is not None and token.lemma_.lower() in UNDERGONE_NOUNS
            and (actor is None or undergoer.i != actor.i) and _usable(undergoer)
            and names_people(undergoer)):
        return undergoer  # "the arrest of the editor": done to the editor, whoever did it
    if undergoer is None or actor is None or undergoer.i == actor.i:
        return None
    by = _doer(token)
    told = (by is not None and by.i == actor.i) or (owner is not None and owner.i == actor.i)
    return undergoer if told and _usable(undergoer) else None  # or "Russia's arrest of X"


# Verbs an act noun is undergone with: "came under attack", "was under fire", "remained under
# shelling".
UNDERGOING_VERBS = frozenset({"come", "be", "remain", "fall"})
FROM = frozenset({"from"})


def _undergone(noun: Token) -> Token | None:
    """The verb whose subject undergoes the act noun: "came" in "the base came under attack"."""
    prep = noun.head
    if (noun.dep_ == "pobj" and prep.lower_ == "under" and prep.head.i != prep.i
            and prep.head.lemma_.lower() in UNDERGOING_VERBS):
        return prep.head
    return None


def _prep_object(token: Token, preps: frozenset[str]) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            found = _pobj(child)
            if found is not None:
                return found
    return None


# Acts only a state's authorities perform: a passive one without an agent, done "in" a
# country, is that country's (PLOVER and ICEWS code the state as the actor).
STATE_ACTIONS = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "charge", "indict",
                           "deport", "expel", "convict", "extradite", "execute", "ban",
                           "prosecute", "try"})

# "X laid out its position at a summit with Y": who acts at a meeting takes part in it.
MEETING_NOUNS = frozenset({"summit", "meeting", "talk", "talks", "conference", "negotiation",
                           "negotiations", "visit", "session"})
MEETING_PREPS = frozenset({"at", "during"})

# "youths threw stones during demonstrations": who acts at a gathering takes part in it.
GATHERING_NOUNS = frozenset({"demonstration", "protest", "rally", "march", "strike", "sit-in",
                             "riot", "vigil"})
# A state's acts named by nouns: "placed under arrest in Iran", "an investigation in Italy".
STATE_ACTION_NOUNS = frozenset({"arrest", "detention", "investigation", "custody", "trial",
                                "probe", "deportation", "expulsion", "extradition"})


def _state_place(noun: Token) -> Token | None:
    """The country in which a state action noun is done, when no one else is named as its
    doer: "in Italy" on the noun or on a passive (or subjectless) verb governing it."""
    place = _prep_object(noun, frozenset({"in"}))
    if place is None and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
        if verb.pos_ in ("VERB", "AUX") and not any(c.dep_ == "nsubj" for c in verb.children):
            place = _prep_object(verb, frozenset({"in"}))
    return place if place is not None and place.ent_type_ == "GPE" else None


def _puts_under_state_action(verb: Token) -> bool:
    """A verb that puts someone under a state action noun: "taken into custody", "placed
    under arrest", "put on trial"."""
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in
                                        STATE_ACTION_NOUNS for g in c.children)
               for c in verb.children)


# "X issued a statement calling for ...": the statement's issuer is the caller.
STATEMENT_NOUNS = frozenset({"statement", "declaration", "resolution", "letter", "report",
                             "communique", "motion", "message", "appeal", "decree", "note"})
# Adjectival passives whose subject is the one who acts: "X is opposed to", "X is prepared to".
STATIVE_PASSIVES = frozenset({"oppose", "commit", "prepare", "determine", "resolve", "engage",
                              "involve", "dedicate", "poise", "set"})


# Passives of moving one's own forces: the forces moved act ("peacekeepers were deployed",
# "guerrillas have been demobilized"; PLOVER codes them as the source of MOBILIZE / RETREAT).
FORCE_PASSIVES = frozenset({"deploy", "redeploy", "demobilize", "demobilise", "mobilize",
                            "mobilise", "station", "dispatch", "withdraw", "disarm"})


# Verbs of moving one's own forces, active: "sent troops to X", "withdrew peacekeepers from X".
FORCE_MOVING_VERBS = FORCE_PASSIVES | {"send", "pull", "move", "strengthen", "reinforce",
                                       "contribute", "intensify", "mass", "amass", "redeploy"}
# Verbs of handing people over to another authority: the authority receives, not the people
# ("extradited two suspects to the United States").
HANDING_VERBS = frozenset({"extradite", "hand"})
# Collective nouns for a force, with FORCE_NOUNS.
FORCE_COLLECTIVES = frozenset({"troop", "soldier", "force", "army", "military", "navy", "police",
                               "militia", "fighter", "peacekeeper", "marine"})


def _names_force(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in FORCE_NOUNS or lemma in FORCE_COLLECTIVES


# Armed units named as people: "the first contingent of peacekeepers arrived".
ARMED_UNITS = frozenset({"peacekeeper", "contingent", "battalion", "brigade", "regiment",
                         "platoon", "squad", "detachment"})
# Who can be deployed or withdrawn as a force (beyond the actor nouns): "peacekeepers".
FORCE_NOUNS = ARMED_UNITS | {"guerrilla", "unit", "division", "marine", "personnel", "warship",
                             "ship", "aircraft", "jet", "fighter", "reservist"}


def _acting_subject(token: Token) -> Token | None:
    """The subject of a passive that names who acts ("X is opposed to", "troops were
    deployed"), without a ``by`` agent; not "the bill was withdrawn": a bill is no force."""
    lemma = token.lemma_.lower()
    if lemma not in STATIVE_PASSIVES and lemma not in FORCE_PASSIVES:
        return None
    if any(c.dep_ == "agent" for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    subject = partitive_head(subject) if subject is not None else None
    if subject is None or not (_usable(subject) or subject.pos_ == "PRON"):
        return None
    if lemma in FORCE_PASSIVES and not (subject.pos_ == "PRON" or actor_like(subject)
                                        or subject.lemma_.lower() in FORCE_NOUNS):
        return None
    return subject


# Names the parser may read as an adverb of place or time when they open a sentence.
SUBJECT_NAME_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _name_read_as_adverb(verb: Token) -> Token | None:
    """A name that opens the sentence before its verb, parsed as an adverbial ("Washington
    tightened sanctions": "Washington" as npadvmod): the verb's subject."""
    for child in verb.children:
        if (child.dep_ == "npadvmod" and child.i < verb.i and child.ent_type_ in SUBJECT_NAME_ENTS
                and phrase(child).start == verb.sent.start):
            return child
    return None


def _governor(token: Token) -> Token | None:
    """The verb whose subject a subjectless trigger inherits."""
    if token.dep_ == "acl" and token.head.lemma_.lower() in STATEMENT_NOUNS:
        noun = token.head
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            return noun.head
    if token.dep_ in ("xcomp", "conj", "advcl", "acl", "acomp") and token.head.i != token.i:
        return token.head
    if token.dep_ in ("dobj", "pobj", "nsubj", "attr") and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    if token.dep_ in ("pobj", "pcomp") and token.head.dep_ == "prep":
        return token.head.head  # "responded by firing", "the possibility of providing"
    return None


def resolve_pronoun(token: Token) -> Token | None:
    """A subject pronoun in a reported clause stands for the reporting verb's subject:
    "Syria says it is willing to ..." -> Syria; "X is confident it will ..." -> X. Other
    pronouns are left unresolved."""
    if token.tag_ in ("WDT", "WP"):
        # "an invasion which Russia launched", "Russia, which ...", "protesters, some of whom"
        node = token.head
        for _ in range(3):
            if node.dep_ == "relcl":
                return node.head
            if node.head.i == node.i:
                break
            node = node.head
        return None
    if token.pos_ != "PRON" or token.lower_ not in ("it", "they", "he", "she", "we"):
        return None
    clause = token.head
    if clause.dep_ in ("ccomp", "xcomp", "advcl") and clause.head.i != clause.i:
        governor = clause.head
        subject = _clause_subject(governor)
        if ((subject is None or subject.pos_ == "PRON") and governor.pos_ == "ADJ"
                and governor.head.i != governor.i):
            # "X is confident it will ...", "X made it clear it would ...": whoever holds
            # the adjective
            subject = _clause_subject(governor.head)
        if subject is not None and subject.pos_ != "PRON":
            return partitive_head(subject)
    return None


def _clause_subject(verb: Token) -> Token | None:
    """A verb's subject; a conjoined verb shares its first conjunct's: "Russia occupies a
    fifth of Ukraine and says it will fight on" -> Russia."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _reported_clause(verb: Token) -> Token | None:
    """The clause a reporting verb reports, when a participle hangs on the reporting verb
    rather than on the clause it continues ("X stormed a hotel, police said, taking ...")."""
    if verb.lemma_.lower() not in REPORTING_HEADS:
        return None
    if verb.dep_ == "parataxis" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")),
                None)


def _inherited_actor(token: Token) -> Token | None:
    """The actor a noun trigger takes from the verb that governs it: "X launched an attack",
    "X agreed to a ceasefire", "X is responsible for killings", "X spoke at a summit"."""
    measure = _measure(token)
    if measure is not None:
        return _inherited_actor(measure)  # "X wrapped up two weeks of talks": X's talks
    gov = _governor(token)
    accused = _accused(token, gov)
    if accused is not None:  # "two men were charged with smuggling": the men
        return accused
    if gov is not None and gov.pos_ == "ADJ" and gov.dep_ in ("acomp", "amod"):
        gov = gov.head  # "X is responsible for killings": the adjective's subject
    if (gov is not None and token.dep_ == "pobj" and is_sum(gov)
            and gov.dep_ == "dobj" and gov.head.pos_ in ("VERB", "AUX")):
        return actor_token(gov.head)  # "X pledged $50 million in aid": X's aid
    if gov is None or gov.pos_ not in ("VERB", "AUX"):
        return None
    if token.dep_ == "dobj" and gov.lemma_.lower() in REACTION_VERBS:
        return None  # "condemned the arrest", "rejected the charges": someone else's act
    if token.dep_ in ("dobj", "attr") or (
            token.dep_ == "pobj" and token.head.lower_ in INHERITING_PREPS):
        return actor_token(gov)
    if (token.dep_ == "pobj" and token.head.lower_ == "in"
            and gov.lemma_.lower() not in CASUALTY_WORDS
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in gov.children)):
        return actor_token(gov)  # "X pledged $5 million in aid", "X took part in talks"
    if (token.dep_ == "pobj" and token.lemma_.lower() in STATE_ACTION_NOUNS
            and any(c.dep_ == "dobj" for c in gov.children)):
        return actor_token(gov)  # "police placed X under arrest": who put X under it
    if (token.dep_ == "pobj" and token.head.lower_ in MEETING_PREPS
            and token.lemma_.lower() in MEETING_NOUNS | GATHERING_NOUNS):
        return actor_token(gov)  # "X spoke at a summit with Y": X took part in it
    return None


# Nouns that only count or time an act: "two weeks of talks", "a new round of strikes".
MEASURE_NOUNS = frozenset({"round", "series", "wave", "spate", "string", "bout", "day", "week",
                           "month", "year", "hour", "night", "cycle", "session"})


def _measure(token: Token) -> Token | None:
    """The noun that counts or times ``token`` ("weeks" in "two weeks of discussions")."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    noun = token.head.head
    if noun.pos_ == "NOUN" and (noun.lemma_.lower() in MEASURE_NOUNS
                                or noun.ent_type_ in ("DATE", "TIME")):
        return noun
    return None


def anchor(token: Token) -> Token:
    """The word that carries a trigger's arguments: "a mediation effort" -> effort."""
    if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    return token


def actor_token(token: Token) -> Token | None:
    found = _actor_token(anchor(token))
    if found is not None and found.lemma_.lower() in MEETING_NOUNS:
        return None  # "the Quebec talks follow talks in X": a meeting is no one's actor
    if found is not None and (found.pos_ == "PRON" or found.tag_ in ("WDT", "WP")):
        # unresolved pronouns stay: the actor coder may link them through coreference
        return resolve_pronoun(found) or found
    return found


def pair_parties(token: Token) -> tuple[Token, Token] | None:
    """The two sides a noun names as a hyphenated pair in front of it: "U.S.-Ukraine talks",
    "the Israel-Hamas ceasefire", "Chile-Peru border clashes" -> (first, second); or after it:
    "talks between the minister and Spanish officials", "fighting between X and Y"."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    between = _between_parties(token)
    if between is not None:
        return between
    doc = token.doc
    stack = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i]
    while stack:
        second = stack.pop()
        stack.extend(c for c in second.children if c.dep_ in ("compound", "amod", "nmod"))
        if second.i < 2 or doc[second.i - 1].text not in PAIR_HYPHENS:
            continue
        first = doc[second.i - 2]
        if (first.head.i in (second.i, token.i) and actor_like(first) and actor_like(second)
                and not _one_name(first, second)):
            return first, second
    return None


# Nouns of a third party's act between two sides: the sides are whom it reaches, not who acts.
MEDIATING_WORDS = frozenset({"mediation", "mediator", "mediate", "intermediary", "arbitration"})


def _mediates(noun: Token) -> bool:
    """ "a mediation effort between India and Pakistan": whoever launched it mediates."""
    return noun.lemma_.lower() in MEDIATING_WORDS or any(
        c.dep_ == "compound" and c.lemma_.lower() in MEDIATING_WORDS for c in noun.children)


def _between_parties(token: Token) -> tuple[Token, Token] | None:
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    first = _pobj(prep) if prep is not None else None
    if first is None:
        return None
    second = next((c for c in first.children if c.dep_ == "conj"), None)
    if second is None or not (actor_like(first) and actor_like(second)):
        return None
    return partitive_head(first), partitive_head(second)


# Nouns of acts done to a person: "Mhlanga's arrest", "the journalist's killing" name who
# suffered it; "Russia's arrest of two spies" names who did it.
UNDERGONE_NOUNS = STATE_ACTION_NOUNS | frozenset({
    "release", "killing", "murder", "assassination", "execution", "abduction", "kidnapping",
    "disappearance", "death", "torture", "conviction", "sentencing", "indictment", "removal",
    "ouster", "dismissal", "impeachment", "resignation", "imprisonment", "jailing"})
PERSON_ENTS = frozenset({"PERSON"})


def _undergoes(noun: Token, owner: Token) -> bool:
    """The owner of an act noun is whom it was done to: a person's arrest, killing, release
    (unless an "of" object names someone else: "the militia's abduction of two aid workers")."""
    if noun.lemma_.lower() not in UNDERGONE_NOUNS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return owner.ent_type_ in PERSON_ENTS or (owner.pos_ == "PRON" and owner.lower_ in (
        "his", "her", "their")) or names_people(owner)


def _one_name(first: Token, second: Token) -> bool:
    """ "Guinea-Bissau", "Ivano-Frankivsk": one entity or place across the hyphen."""
    if second.ent_iob_ == "I" and first.ent_type_:
        return True
    start, end = first.idx, second.idx + len(second)
    return any(p.start <= start and end <= p.end for p in items(first.doc, "places"))


def _described(token: Token, tag: str) -> Token | None:
    """The noun a participle trigger describes: "the visiting president" (VBG: who acts),
    "the banned group", "militias backed by Iran" (VBN: who it was done to)."""
    if token.tag_ == tag and (token.dep_ == "amod" or _reduced_passive(token)) and (
            token.head.pos_ in ("NOUN", "PROPN")):
        noun = partitive_head(token.head)
        return noun if _usable(noun) else None
    return None


def _actor_token(token: Token) -> Token | None:
    if token.dep_ == "amod" and token.tag_ in ("VBG", "VBN"):
        return _described(token, "VBG")
    if token.pos_ == "NOUN":
        pair = pair_parties(token) if not _mediates(token) else None
        if pair is not None:
            return pair[0]
        for child in token.children:
            if child.dep_ == "poss" and _usable(child) and not _undergoes(token, child):
                return child
        by = _doer(token)
        if _usable(by):
            return by
        if (undergone := _undergone(token)) is not None:
            # "the convoy came under fire from militiamen": the militiamen, not the convoy
            source = (_prep_object(token, FROM) or _prep_object(undergone, FROM))
            return source if _usable(source) else None
        if token.lemma_.lower() in AGENT_NOUNS:
            return token  # "British suicide bombers killed ...": the bombers are who act
        modifier = _modifier_actor(token)  # "Russian airstrikes", "Taliban attack"
        if modifier is not None and (_venue_of_meeting(token, modifier)
                                     or _names_where(modifier)):
            modifier = None  # "the Geneva talks", "a Kabul bombing": where, not who
        if modifier is not None and modifier.ent_type_ in MODIFIER_ENTS:
            return modifier
        if token.lemma_.lower() in STATE_ACTION_NOUNS:
            place = _state_place(token)  # "put under investigation in Italy"
            if place is not None:
                return place
        told = _told_by(token)  # "the invasion Russia launched in 2022"
        if told is not None:
            return told
        # a bare sector noun ("troop withdrawal", "army shelling") says less than the
        # governing verb's subject ("American troops began the troop withdrawal")
        return _inherited_actor(token) or modifier
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or (
        _reduced_passive(token))
    acting = _acting_subject(token)
    if acting is not None:
        return acting
    if passive:
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if _usable(pobj):
                return pobj
        elif (stray := _stray_agent(token)) is not None:
            return stray
        elif token.lemma_.lower() in STATE_ACTIONS or _puts_under_state_action(token):
            # "was arrested in Lebanon", "were expelled from Iran": only that state's
            # authorities arrest there or expel from there
            place = _prep_object(token, frozenset({"in", "from"}))
            if place is not None and place.ent_type_ == "GPE":
                return place
        else:
            return _cause_actor(token)
        return None
    subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        subject = _name_read_as_adverb(token)
    if subject is not None:
        subject = partitive_head(subject)
        return subject if _usable(subject) or subject.pos_ == "PRON" else None
    gov = _governor(token)
    accused = _accused(token, gov)
    if accused is not None:  # "accused a Chinese plane of violating its airspace": the plane
        return accused
    if token.dep_ == "xcomp" and gov is not None:  # "forced Ukraine to surrender": Ukraine
        controller = next((c for c in gov.children if c.dep_ in ("dobj", "dative")), None)
        if controller is not None and _usable(controller):
            return controller
    if (token.dep_ == "acl" and token.tag_ == "VBD" and gov is not None
            and gov.pos_ == "PROPN" and gov.i < token.i):
        # a finite verb hung on a name is the name's predicate, misparsed after a relative
        # clause: "The Teachers Association, which led the strikes, called on ..."
        return gov if actor_like(gov) and _usable(gov) else None
    if token.dep_ == "acl" and gov is not None and gov.pos_ == "NOUN":
        # "its ability to strike", "Iran's decision to withdraw": the owner of the plan
        owner = next((c for c in gov.children if c.dep_ == "poss"), None)
        if owner is not None and (_usable(owner) or owner.pos_ == "PRON"):
            return owner
        if token.tag_ in ("VBN", "VBD") and any(c.dep_ == "dobj" for c in token.children):
            # a participle with an object is the noun's predicate, misparsed in a headline
            # style: "The air force carried out strikes"
            return gov if actor_like(gov) and _usable(gov) else None
        if token.tag_ == "VBG" and gov.lemma_.lower() not in STATEMENT_NOUNS:
            # "protesters chanting slogans": the people; "air strikes killing 17": who
            # carried out the strikes, not the strikes
            return gov if actor_like(gov) and _usable(gov) else _actor_token(gov)
    if gov is not None and gov.i != token.i and gov.pos_ in ("VERB", "AUX", "ADJ"):
        raised = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
        if token.dep_ == "xcomp" and raised is not None:  # "X is expected to meet Y"
            return raised if _usable(raised) else None
        if token.dep_ == "acl" and token.head.lemma_.lower() not in STATEMENT_NOUNS:
            return None  # "an attack killing 17": the attack is not its own actor
        if (gov.dep_ == "acl" and gov.tag_ == "VBN" and gov.lemma_.lower() in SUSPICION_VERBS
                and _usable(gov.head)):
            return gov.head  # "a man suspected of carrying out the attack": the man
        reported = (_reported_clause(gov) if token.dep_ == "advcl"
                    and token.lemma_.lower() not in REPORTING_HEADS else None)
        if (reported is not None and reported.i < gov.i < token.i
                and not any(c.dep_ == "mark" for c in token.children)):
            # "Rebels overran a base, officials said, killing 17 soldiers": the rebels killed
            return actor_token(reported)
        return actor_token(gov)
    return None


# Verbs of carrying out an act named by their object: "the attack militants carried out".
CARRYING_VERBS = frozenset({"launch", "carry", "stage", "mount", "conduct", "commit", "wage",
                            "order", "perpetrate", "unleash", "begin", "start", "lead"})


def _told_by(noun: Token) -> Token | None:
    """The subject of a relative clause that carries out the noun's act ("the invasion which
    Russia launched")."""
    for clause in noun.children:
        if clause.dep_ == "relcl" and clause.lemma_.lower() in CARRYING_VERBS:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and _usable(subject):
                return partitive_head(subject)
    return None


# Verbs that judge someone for an act told by "of / for / with" + gerund: the one judged did it.
JUDGING_VERBS = frozenset({"accuse", "suspect", "blame", "charge", "convict", "arrest", "detain",
                           "sentence", "prosecute", "indict", "praise", "thank", "criticize",
                           "criticise", "condemn", "fine", "punish", "sanction", "credit",
                           "congratulate", "commend", "investigate", "jail", "try"})


def _accused(token: Token, gov: Token | None) -> Token | None:
    """Whom a judging verb judges for the act ``token`` tells: its object, or the subject of
    its passive ("was accused of attacking")."""
    if (gov is None or token.dep_ not in ("pcomp", "pobj") or token.head.dep_ != "prep"
            or token.head.lower_ not in ("of", "for", "with")):
        return None
    if gov.pos_ in ("NOUN", "PROPN") and gov.dep_ in ("dobj", "nsubjpass") and (
            gov.head.lemma_.lower() in JUDGING_VERBS):
        return partitive_head(gov) if _usable(gov) else None  # the parse hung "of" on them
    if gov.lemma_.lower() not in JUDGING_VERBS:
        return None
    judged = next((c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return partitive_head(judged) if judged is not None and _usable(judged) else None


def _stray_agent(token: Token) -> Token | None:
    """The doer of a passive act whose "by" phrase the parse hung on a later word: "were
    ordered to leave the Netherlands by the Dutch government" (on "leave"), "were handed
    over to Indian authorities by Nepal police" (on "authorities"). Only people or a named
    actor count: "by road", "by Friday" name no one."""
    near = [c for c in token.children if c.dep_ == "xcomp"]
    near += [g for c in token.children if c.dep_ == "prep" for g in c.children
             if g.dep_ == "pobj"]
    for node in near:
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                pobj = _pobj(prep)
                if pobj is not None and actor_like(pobj) and _usable(pobj):
                    return pobj
    return None


# Participles that say whom a deed is laid on: "a man suspected of planting the bomb".
SUSPICION_VERBS = frozenset({"suspect", "accuse", "charge", "convict", "blame", "allege"})
# Nouns that name the one who acts: "a suicide bomber killed 15", "gunmen stormed".
AGENT_NOUNS = frozenset({"bomber", "gunman", "attacker", "assailant", "sniper", "hijacker",
                         "kidnapper", "raider", "shooter", "militant", "insurgent", "rebel",
                         "guerrilla", "protester", "demonstrator", "rioter", "striker"})
MODIFIER_ENTS = frozenset({"NORP", "GPE", "ORG"})
# Modifier nouns that name a collective actor: "army shelling", "government forces' raid".
MODIFIER_NOUNS = frozenset({"government", "army", "military", "rebel", "police", "militia",
                            "regime", "insurgent", "militant", "guerrilla", "opposition",
                            "navy", "troop", "security"})


def _modifier_actor(token: Token) -> Token | None:
    """An actor named among a noun's modifiers, nearest first, through compound chains:
    "Russian airstrikes" -> Russian; "a Taliban suicide bomber" -> Taliban; "Syrian
    government shelling" -> government (whose phrase is "Syrian government")."""
    stack = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
    while stack:
        child = stack.pop()
        if child.i > token.i:
            continue
        if child.ent_type_ in MODIFIER_ENTS or (child.lemma_.lower() in MODIFIER_NOUNS
                                                 and child.pos_ in ("NOUN", "ADJ")):
            return child
        stack.extend(c for c in child.children if c.dep_ in ("amod", "compound", "nmod"))
    return None


def _venue_of_meeting(noun: Token, modifier: Token) -> bool:
    return noun.lemma_.lower() in MEETING_NOUNS and modifier.ent_type_ in ("GPE", "LOC", "FAC")


# A place below the country before an event noun says where it happened, not who did it:
# "the Hebron shooting attack", "a Kabul bombing" (but "a U.S. strike" names who struck).
WHERE_FEATURES = frozenset({"city", "admin", "region", "landmark"})


def _names_where(modifier: Token) -> bool:
    if modifier.ent_type_ == "FAC":
        return True
    if modifier.ent_type_ not in ("GPE", "LOC"):
        return False
    start = modifier.idx
    for place in items(modifier.doc, "places"):
        if place.start <= start < place.end:
            return place.feature in WHERE_FEATURES
    return False


# "23 people were killed as government forces launched airstrikes": a passive act without an
# agent is done by the subject of the clause that tells how it happened, or by who carried out
# the attack it happened in ("killed in Israeli air raids", "killed in an attack by rebels").
CAUSE_MARKERS = frozenset({"as", "when", "after", "while"})
CAUSE_PREPS = frozenset({"in", "during", "by"})


def _cause_actor(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CAUSE_MARKERS
                                         for c in child.children):
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in child.children):
                continue
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                subject = partitive_head(subject)
                if _usable(subject) and (actor_like(subject) or subject.ent_type_):
                    return subject
                if subject.pos_ == "NOUN":
                    found = _own_actor(subject)
                    if found is not None:
                        return found
    noun = _prep_object(token, CAUSE_PREPS)
    if noun is not None and noun.pos_ == "NOUN":
        return _own_actor(noun)
    return None


def _named_owner(noun: Token) -> Token | None:
    """Whose a thing is, by name ("the union's demands", "the attack by rebels"); not an
    adjective ("Ukrainian cities" stay the cities) nor "its", "their"."""
    for child in noun.children:
        if child.dep_ == "poss" and _usable(child) and actor_like(child):
            return child
    by = _prep_object(noun, frozenset({"by"}))
    return by if _usable(by) and actor_like(by) else None


def _own_actor(noun: Token) -> Token | None:
    """Who a noun itself names as its doer: "Israel's raid", "raid by Y", "Russian shelling"."""
    for child in noun.children:
        if child.dep_ == "poss" and _usable(child):
            return child
    by = _prep_object(noun, frozenset({"by"}))
    if _usable(by):
        return by
    return _modifier_actor(noun)


ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
ACTOR_NOUNS = frozenset({
    "government", "army", "troop", "force", "soldier", "police", "rebel", "militant",
    "fighter", "civilian", "protester", "demonstrator", "official", "minister", "president",
    "leader", "people", "resident", "villager", "student", "worker", "journalist", "refugee",
    "migrant", "prisoner", "hostage", "party", "opposition", "militia", "militiaman",
    "insurgent", "gunman",
    "authority", "administration", "regime", "parliament", "court", "ally", "neighbor",
    "neighbour", "activist", "farmer", "child", "woman", "man", "officer", "diplomat",
    "terrorist", "separatist", "jihadist", "extremist", "hijacker", "kidnapper", "attacker",
    "assailant", "guerrilla", "passenger", "tourist", "pilgrim", "patient", "family",
    "victim", "community", "household", "citizen", "detainee", "inmate", "survivor", "crew",
    "group", "delegation", "lawmaker", "legislator", "senator", "crowd", "mob", "youth",
    "alliance", "coalition", "bloc", "chairman", "chairwoman", "chair", "host", "organizer",
    "organiser", "participant", "delegate", "member", "local", "voter", "doctor", "medic",
    "teacher", "pupil", "employee", "union", "country", "nation", "side",
    "negotiator", "envoy", "mediator", "emissary", "spokesman", "spokeswoman", "spokesperson",
    "paramilitary",
    # bodies that act as one: "the movement urged", "the agency said it would", "law
    # enforcement charged him"
    "movement", "organization", "organisation", "agency", "committee", "council",
    "commission", "federation", "association", "institute", "foundation", "ministry",
    "department", "company", "firm", "enforcement", "embassy", "consulate",
    # armed and criminal groups news names by what they do: "bandits attacked a village",
    # "the cell planned to carry out attacks"
    "bandit", "hacker", "mercenary", "smuggler", "trafficker", "pirate", "gang", "criminal",
    "robber", "thief", "looter", "poacher", "raider", "rioter", "cell",
    # people named by age, role or trade: "arrested two suspects", "detained three teenagers"
    "suspect", "teenager", "boy", "girl", "supporter", "follower", "shopper", "motorist",
    "pedestrian", "traveller", "traveler", "settler", "dissident", "blogger",
    "reporter", "fisherman", "herder", "trader", "driver", "engineer", "nurse", "lawyer",
    "cleric", "priest", "pastor", "imam", "monk",
}) | ARMED_UNITS
# Where a recipient may be found, in order of preference when several are actor-like.
RECIPIENT_SLOTS = ("dobj", "dative", "nsubjpass", "to", "with", "on", "against", "by", "at",
                   "outside", "into", "upon", "toward", "towards", "for", "from", "in")
LAST_RESORT = frozenset({"from", "in", "for"})


def actor_like(token: Token) -> bool:
    """A word that names who (a state, a group, people) rather than what."""
    return token.ent_type_ in ACTOR_ENTS or token.pos_ == "PROPN" or names_people(token)


# Counts that stand for people on their own (money is counted in millions, not these).
CROWD_COUNTS = frozenset({"thousands", "hundreds", "dozens", "scores"})
# sectors.csv kind whose words name people by their office: "spokesman", "governor". (Its
# "group" words also name arms, "jets", "missiles": what is used, not who.)
PERSON_KINDS = frozenset({"title"})


def names_people(token: Token) -> bool:
    """A common noun for people or a collective actor ("residents", "lawmakers", "group")."""
    lemma = token.lemma_.lower()
    if lemma in ACTOR_NOUNS or lemma in RELATIONAL_NOUNS:  # "met his regional rival"
        return True
    if token.lower_ in CROWD_COUNTS:  # "thousands marched", "killed dozens"
        return True
    words = sector_words(PERSON_KINDS)
    return token.lower_ in words or lemma in words or f"{lemma}s" in words


def _slots(token: Token) -> list[tuple[str, Token]]:
    found = []
    for child in token.children:
        if child.dep_ == "dative" and child.pos_ == "ADP":  # "gave rifles to the army"
            obj = _pobj(child)
            if obj is not None:
                found.append((child.lower_, partitive_head(obj)))
        elif child.dep_ in ("dobj", "dative", "nsubjpass", "obj"):
            found.append(("dobj" if child.dep_ == "obj" else child.dep_, partitive_head(child)))
            if child.dep_ in ("dobj", "obj"):
                found.extend(_object_slots(child))
        elif child.dep_ == "prep" and child.lower_ in RECIPIENT_SLOTS:
            obj = _pobj(child)
            if obj is not None:
                found.append((child.lower_, partitive_head(obj)))
        elif child.dep_ == "ccomp":  # "demanded that the government end ..."
            if token.lemma_.lower() in _threat_verbs():
                # "warned that it would respond if Peru closed the border": the threat is
                # aimed at whom the condition names, not at the warner's own side
                found.extend(("ccomp", partitive_head(subject))
                             for subject in _condition_subjects(child))
            subject = next((g for g in child.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                found.append(("ccomp", partitive_head(subject)))
    return found


def condition_recipient(token: Token) -> Token | None:
    """Where a threat's act names no one ("threatened to close the strait if Washington
    pressed ahead"), whom its condition names; "threatened to shell British forces if ..."
    is aimed at the forces, found before this."""
    if token.lemma_.lower() not in _threat_verbs():
        return None
    clauses = [token, *(c for c in token.children if c.dep_ == "xcomp")]
    return next((partitive_head(s) for clause in clauses for s in _condition_subjects(clause)
                 if actor_like(s)), None)


# The marks of the condition a threat sets.
CONDITION_MARKS = frozenset({"if", "unless"})


def is_condition(clause: Token, marks: frozenset[str] = CONDITION_MARKS) -> bool:
    """An adverbial clause marked "if" or "unless" (or one of ``marks``)."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks
                                          for m in clause.children)


@cache
def _threat_verbs() -> frozenset[str]:
    """Verbs of warning (event_cues.yaml ``warning.verbs``) and "threaten"."""
    return warning_words("verbs") | {"threaten"}


def _condition_subjects(clause: Token) -> list[Token]:
    """Subjects of the "if" or "unless" clauses of ``clause``."""
    return [g for c in clause.children if is_condition(c)
            for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]


# Prepositions under a verb's object that name whom the act concerns: "gave rifles to the
# army", "lifted a ban on X", "hosted a dinner for X", "denied charges by X" (the accuser),
# "welcomed the visit by X".
OBJECT_SLOT_PREPS = frozenset({"to", "on", "against", "for", "with", "by"})
OBJECT_SLOT = "object-"  # the slot name's prefix, before the preposition


def _object_slots(obj: Token) -> list[tuple[str, Token]]:
    found = []
    for child in obj.children:
        if child.dep_ == "prep" and child.lower_ in OBJECT_SLOT_PREPS:
            pobj = _pobj(child)
            if pobj is not None and (pobj.pos_ == "NOUN" or pobj.ent_type_ in ACTOR_ENTS):
                found.append((OBJECT_SLOT + child.lower_, partitive_head(pobj)))
    return found


def _reduced_passive(token: Token) -> bool:
    """A past participle after a noun, with its doer and no object, told of the noun:
    "militias backed by Iran", "the town captured by rebels"."""
    return (token.dep_ == "acl" and token.tag_ == "VBN" and token.head.i < token.i
            and token.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "agent" for c in token.children)
            and not any(c.dep_ == "dobj" for c in token.children))


def recipient_token(token: Token, exclude: Token | None = None) -> Token | None:
    """The recipient: the first actor-like object in slot order; else the direct object."""
    token = anchor(token)
    if token.tag_ == "VBN" and (token.dep_ == "amod" or _reduced_passive(token)):
        return _described(token, "VBN")
    pair = pair_parties(token)
    if pair is not None and (exclude is None or pair[1].i != exclude.i):
        return pair[1]  # "U.S.-Ukraine talks": the second side
    # the actor's own word is never its recipient: "tourists were detained in Egypt" has
    # Egypt as the actor (a state action) and the tourists as the recipient
    actor = actor_token(token)
    slots = [(slot, t) for slot, t in _slots(token)
             if _another_party(t, actor, exclude)
             and not (slot == "nsubjpass" and _acting_subject(token) is not None)]
    if token.pos_ == "NOUN":
        slots = [(slot, t) for slot, t in slots if slot in ("to", "on", "against", "at", "with",
                                                             "toward", "for", "from", "in",
                                                             "into")]
    if token.lemma_.lower() in FORCE_MOVING_VERBS:
        # "withdrew peacekeepers from X", "sent troops to X": the forces moved are the actor's
        slots = [(slot, t) for slot, t in slots if not (slot == "dobj" and _names_force(t))]
    if token.lemma_.lower() in HANDING_VERBS and any(
            slot in ("to", "dative") and actor_like(t) for slot, t in slots):
        slots = [(slot, t) for slot, t in slots if slot != "dobj"]
    if any(slot == "dobj" for slot, _ in slots):
        # "attacked an army camp in Kabul": with an object, "in" says where, not whom
        slots = [(slot, t) for slot, t in slots if slot != "in"]
    order = {slot: n for n, slot in enumerate((*RECIPIENT_SLOTS, "ccomp"))}
    slots.sort(key=lambda pair: order.get(pair[0].removeprefix(OBJECT_SLOT), 99))
    for slot, found in slots:
        if actor_like(found) and (slot.removeprefix(OBJECT_SLOT) not in LAST_RESORT
                                  or found.ent_type_ in ACTOR_ENTS):
            return found
    found = _purpose_recipient(token, actor, exclude)
    if found is not None:
        return found
    thing = next((t for slot, t in slots if slot == "dobj"), None)
    if token.pos_ in ("VERB", "AUX") and thing is not None and not actor_like(thing):
        # "returned the paintings to the museum", "gave money to developers": the thing
        # moves, whom it goes to receives it
        given = next((t for slot, t in slots
                      if slot in ("to", "dative", f"{OBJECT_SLOT}to")), None)
        if given is not None:
            return given
    if thing is None or _own_actor(thing) is None:
        # "lifted the ban on Cypriot ships": whom the thing acted on concerns (but "rejected
        # Israeli changes to the deal" is about whose changes)
        for slot, found in slots:
            if slot.startswith(OBJECT_SLOT):
                return found
    if thing is not None and not actor_like(thing):
        owner = _named_owner(thing)
        if owner is not None and (actor is None or owner.i != actor.i):
            return owner  # "rejected the union's demands", "seized Russia's assets": whose
    for slot, found in slots:
        if slot in ("dobj", "nsubjpass", "dative") or (
                (token.pos_ == "NOUN" or exclude is not None)
                and slot in ("on", "against", "to", "into")):
            return found
    if token.pos_ == "NOUN":
        if (undergone := _undergone(token)) is not None:
            subject = next((c for c in undergone.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and _usable(undergoer := partitive_head(subject)):
                return undergoer
        return (_undergoer(token, actor) or _casualties(token) or _held(token)
                or _verb_recipient(token, actor, exclude))
    if token.pos_ in ("VERB", "AUX"):
        # "threatened to cut links with Y", "offered to negotiate with Y": the recipient of
        # the intended act
        for child in token.children:
            if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
                return recipient_token(child, exclude)
    return None


# The slots of a governing act whose actor-like filler a purpose clause's act also reaches.
PURPOSE_SLOTS = frozenset({"dobj", "dative", "with", "to", f"{OBJECT_SLOT}with"})


def _purpose_recipient(verb: Token, actor: Token | None,
                       exclude: Token | None) -> Token | None:
    """Whom an act told in a purpose clause reaches when it names no one itself: the one its
    governing act reaches. "called his counterpart to discuss the war", "received the envoy
    to discuss trade", "held talks with the rebels to negotiate a truce"."""
    if (verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "xcomp")
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
            or verb.head.pos_ not in ("VERB", "AUX")):
        return None
    for slot, found in _slots(verb.head):
        if slot in PURPOSE_SLOTS and actor_like(found) and _another_party(found, actor, exclude):
            return found
    return None


def _another_party(token: Token, actor: Token | None, exclude: Token | None) -> bool:
    """A filler that may be the recipient: a usable word, not the actor's own belonging ("its
    troops"), not the actor itself nor the excluded word."""
    return (_usable(token) and not _own(token) and (actor is None or token.i != actor.i)
            and (exclude is None or token.i != exclude.i))


# Prepositions of a verb whose object is a noun trigger that name the noun's recipient.
VERB_RECIPIENT_PREPS = frozenset({"against", "on", "with", "to", "at", "toward", "towards"})


def _verb_recipient(noun: Token, actor: Token | None, exclude: Token | None) -> Token | None:
    """A noun trigger's recipient attached to the verb it is the object of: "filed a lawsuit
    against the minister", "held talks with the rebels" (only who, never when or where)."""
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    for child in noun.head.children:
        if child.dep_ != "prep" or child.lower_ not in VERB_RECIPIENT_PREPS or child.i < noun.i:
            continue
        obj = _pobj(child)
        if obj is None:
            continue
        obj = partitive_head(obj)
        if (_usable(obj) and actor_like(obj) and (actor is None or obj.i != actor.i)
                and (exclude is None or obj.i != exclude.i)):
            return obj
    return None


# "9 people were killed in airstrikes", "14 missing and 9 dead from shelling": the people
# an attack noun hurt are the subject of the casualty word it is the cause of.
CASUALTY_WORDS = frozenset({"kill", "die", "dead", "wound", "injure", "hurt", "missing",
                            "maim", "perish"})
CAUSE_OF_PREPS = frozenset({"from", "in", "by"})


def _casualties(noun: Token) -> Token | None:
    if noun.dep_ != "pobj" or noun.head.lower_ not in CAUSE_OF_PREPS:
        return None
    node = noun.head.head
    for _ in range(3):  # "26 dead" is a conjunct of "were missing", whose subject counts
        if node.lemma_.lower() in CASUALTY_WORDS or any(
                c.dep_ == "amod" and c.lemma_.lower() in CASUALTY_WORDS for c in node.children):
            break
        if node.dep_ not in ("conj", "amod") or node.head.i == node.i:
            return None
        node = node.head
    else:
        return None
    while node is not None:
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            subject = partitive_head(subject)
            return subject if _usable(subject) and actor_like(subject) else None
        node = node.head if node.dep_ == "conj" and node.head.i != node.i else None
    return None


def _held(noun: Token) -> Token | None:
    """Who a state action noun is done to: the one put under it ("X was put under
    investigation", "police placed X under arrest", "X was taken into custody")."""
    if (noun.lemma_.lower() not in STATE_ACTION_NOUNS or noun.dep_ != "pobj"
            or noun.head.dep_ != "prep"):
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    held = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
    return partitive_head(held) if held is not None and _usable(held) else None


OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})
# Nouns for another party in a relation to the possessor, not a thing the possessor owns.
RELATIONAL_NOUNS = frozenset({"counterpart", "ally", "rival", "opponent", "neighbor",
                              "neighbour", "host", "guest", "partner", "critic", "enemy",
                              "foe", "adversary", "successor", "predecessor"})


def _own(token: Token) -> bool:
    """ "withdrew its troops from Y", "opened its borders to Y": what the actor owns is not
    the recipient."""
    if token.lemma_.lower() in RELATIONAL_NOUNS:
        return False  # "called his counterpart": a counterpart is no one's belonging
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in token.children)


def actor_span(token: Token) -> Span | None:
    found = actor_token(token)
    return phrase(found) if found is not None else None


def recipient_span(token: Token, exclude: Token | None = None) -> Span | None:
    found = recipient_token(token, exclude)
    return phrase(found) if found is not None else None
