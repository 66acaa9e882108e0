"""Actor coding: which country and sector a name or phrase stands for, and in what role.

Rules for a person, in order (the first that gives a country wins; confidence falls):
1. a country word in the person's title or apposition ("French Foreign Minister", "Kremlin
   spokesman", "Ukraine's top military commander");
2. the dictionary of known people (a bare surname several known people share counts when they
   share a country: "the Bush administration");
3. a country named earlier in the same sentence ("A Dutch trade mission, headed by ...");
4. a country named in the three sentences before;
5. the country the article mentions most.
The sector comes from the title ("spokesman" GOV, "commander" MIL), else the known person.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc, Span, Token

from dateline.actors.dictionary import IGO_CODES, ActorDictionary, KnownActor, normalize_name
from dateline.actors.lookup import entity_at, surname_entity
from dateline.actors.pronouns import antecedent, named_again
from dateline.nlp.extensions import items
from dateline.nlp.wire_header import in_wire_header
from dateline.records import ActorCode, Entity, Participant, Place
from dateline.resources import load_table

# Tokens that may stand inside a title before a name: "the Army's Chief of Staff".
_TITLE_POS = {"PROPN", "NOUN", "ADJ"}
_TITLE_JOINERS = {"of", "'s", "’s", "-", "and"}
COUNTRY_LABELS = {"GPE", "NORP", "ORG", "LOC", "FAC"}


def title_window(span: Span) -> Span | None:
    """The run of title words just before a name ("U.S. Secretary of State"), if any."""
    doc = span.doc
    sent_start = span.sent.start if doc.has_annotation("SENT_START") else 0
    i = span.start
    while i > sent_start:
        tok = doc[i - 1]
        if tok.pos_ in _TITLE_POS or (tok.lower_ in _TITLE_JOINERS and i - 1 > sent_start):
            if tok.ent_type_ == "PERSON":
                break
            i -= 1
            continue
        break
    # A common noun that is no title word does not belong to the title: "the position
    # President Vladimir Putin laid out" -> "President".
    title_words = ActorDictionary.load().title_words
    while i < span.start and (
        doc[i].lower_ in _TITLE_JOINERS
        or (doc[i].pos_ == "NOUN" and doc[i].is_lower and doc[i].lower_ not in title_words)
    ):
        i += 1
    return doc[i:span.start] if i < span.start else None


def apposition(span: Span) -> Span | None:
    """An appositive describing the name: "Dmitry Peskov, the Kremlin spokesman, said"."""
    for tok in span:
        for child in tok.children:
            if child.dep_ == "appos" and not (span.start <= child.i < span.end):
                words = [t for t in child.subtree if t.i >= span.end]
                if words:
                    return span.doc[words[0].i:words[-1].i + 1]
    return None


def code_words(words: Iterable[Token],
               dictionary: ActorDictionary) -> tuple[str | None, str | None]:
    """(country, sector) named by a run of words: country words and sector terms."""
    tokens = list(words)
    country = None
    for k, tok in enumerate(tokens):
        if _negated_affiliation(tokens, k):
            continue  # "pro-Ukrainian predecessor" says nothing of the person's country
        country = dictionary.country_of_word(tok.text)
        if country:
            break
    if country is None:
        for size in (3, 2):
            for j in range(len(tokens) - size + 1):
                phrase = " ".join(t.text for t in tokens[j:j + size])
                country = dictionary.country_of_word(phrase)
                if country:
                    break
            if country:
                break
    sector = None
    for words in ([t.text for t in tokens], [t.lemma_ or t.text for t in tokens]):
        # words first, then lemmas: "leaders" is a "leader", "commanders" a "commander"
        for table in (dictionary.titles, dictionary.groups, dictionary.org_words):
            found = dictionary.find_terms(words, table)
            if found:
                # The last title word is the head of the phrase: "Army Secretary" -> secretary.
                longest = max(found, key=lambda f: (f[1] - f[0], f[1]))
                return country, former_sector(tokens[:longest[1]], table[longest[2]],
                                              dictionary)
    return country, sector


# Sectors of state offices: held no longer, they are ELI ("former prime minister").
STATE_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "COP"})


def former_sector(words: list[Token], sector: str, dictionary: ActorDictionary) -> str:
    """ELI (PLOVER: former, exiled or ousted officials) for a state office whose title says
    it is held no longer ("Former Socialist prime minister", "ousted president")."""
    if sector in STATE_SECTORS:
        for tok in words:
            if tok.lower_ in dictionary.former_words:
                return dictionary.former_words[tok.lower_]
    return sector


def _negated_affiliation(tokens: list[Token], k: int) -> bool:
    """A country word after "pro-" or "anti-" names a sympathy, not an affiliation."""
    before = [t.lower_ for t in tokens[max(0, k - 2):k]]
    return bool(before) and (before[-1] in ("pro", "anti") or before[-2:] in (["pro", "-"],
                                                                            ["anti", "-"]))


def country_mentions(doc: Doc, dictionary: ActorDictionary) -> list[tuple[int, str]]:
    """(token index, ISO3) of every entity that names a country, in text order; not a country
    word that only names a border ("blocked roads near the Ukrainian border"), nor the agency
    of a wire header ("KABUL (AFP) - ": the city counts, the French agency does not), nor a
    news agency or outlet anywhere ("..., Reuters reported": a British agency reports the
    world)."""
    found = []
    for ent in doc.ents:
        org = dictionary.organization(ent.text)
        if org is not None and (in_wire_header(ent) or org.sector in NEWS_SECTORS):
            continue  # the agency, not the city the model may also tag ORG
        if ent.label_ in COUNTRY_LABELS and not _names_a_border(ent):
            iso3 = dictionary.country_of_word(ent.text)
            if iso3 is None and ent.label_ == "ORG" and len(ent) > 1:
                # "Kenya Anti-Corruption Commission": a national body names its country first
                first = next((t for t in ent if not t.is_stop), ent[0])
                iso3 = dictionary.country_of_word(first.text)
            if iso3 and iso3 in dictionary.countries:
                found.append((ent.start, iso3))
    return found


BORDER_WORDS = frozenset({"border", "frontier", "boundary"})
# Sectors of news agencies and outlets (organizations.csv).
NEWS_SECTORS = frozenset({"JRN", "MED"})


def _names_a_border(ent: Span) -> bool:
    """ "the Ukrainian border" (often the far side of it); not "Macedonia's border with
    Bulgaria", which places what lies along it in Macedonia."""
    root = ent.root
    return root.dep_ in ("amod", "compound") and root.head.lemma_.lower() in BORDER_WORDS


def code_person(span: Span, dictionary: ActorDictionary,
                countries: list[tuple[int, str]] | None = None) -> tuple[ActorCode, float]:
    """Code a PERSON mention; returns the code and a confidence. A known organization the
    model took for a person ("Al-Shabaab", "Hezbollah") is coded as that organization."""
    doc = span.doc
    org = dictionary.organization(span.text)
    if org and not dictionary.person(span.text):
        return ActorCode(org.country, org.sector, None), 0.9
    title, described = title_window(span), apposition(span)
    role_span = title or described
    country = sector = None
    confidence = 0.3
    if role_span is not None:
        country, sector = code_words(role_span, dictionary)
        if country is None and title is not None and described is not None:
            # "General X, head of Niger's ruling council": the title gives the rank, the
            # appositive the country
            country, described_sector = code_words(described, dictionary)
            sector = sector or described_sector
        if country:
            confidence = 0.9
    known = dictionary.person(span.text)
    if known:
        if country is None and known.country:
            country, confidence = known.country, 0.85
        sector = sector or known.sector
    elif country is None and len(span) == 1:
        # "the Bush administration": two known Bushes, one country
        shared = dictionary.surname_country(span.text)
        if shared:
            country, confidence = shared, 0.6
    if country is None and title is not None:
        country = _same_title_country(title, span, dictionary)  # "... by a Greek foreign
        confidence = 0.7 if country else confidence             # minister"
    if country is None:
        countries = countries if countries is not None else country_mentions(doc, dictionary)
        # a country word in the person's own sentence that says whose someone else is names
        # the other party ("met her Turkish counterpart"); elsewhere it still tells where the
        # story is ("Nepal's main opposition party" two lines on)
        sent = span.sent
        countries = [(i, c) for i, c in countries
                     if not (sent.start <= i < sent.end
                             and _qualifies_someone_else(doc[i], span, dictionary))]
        country, confidence = _context_country(span, countries)
    role = role_span.text if role_span is not None else (known.role if known else None)
    return ActorCode(country=country, sector=sector, role=role), confidence


def _same_title_country(title: Span, span: Span, dictionary: ActorDictionary) -> str | None:
    """The country word of another mention of the same title: "Foreign Minister X held talks
    ..., the first such visit by a Greek foreign minister" makes X Greek; so does "the Greek
    leader" for a president or prime minister (a later mention naming no one else)."""
    words = [t.lower_ for t in title if t.is_alpha]
    if not words:
        return None
    head_word = title[-1].lemma_.lower()
    leader = head_word in HEAD_OF_GOVERNMENT_WORDS and (
        head_word != "minister" or "prime" in words)
    doc = span.doc
    for token in doc:
        if span.start <= token.i < span.end or token.dep_ not in ("amod", "compound", "poss"):
            continue
        head = token.head
        if head.i in range(title.start, title.end):
            continue
        if head.lemma_.lower() == head_word:
            before = [t.lower_ for t in doc[max(head.i - len(words) + 1, 0):head.i + 1]]
            same = before == words or (len(words) > 1 and before[-2:] == words[-2:])
        else:
            # "the Hungarian leader" (and no name after it: then it titles someone else)
            same = (leader and head.lemma_.lower() == "leader"
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
                    and not (head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN"))
        if same:
            country = dictionary.country_of_word(token.text)
            if country:
                return country
    return None


# Titles of a head of state or government, whom a later "the Hungarian leader" names.
HEAD_OF_GOVERNMENT_WORDS = frozenset({"president", "premier", "chancellor", "minister", "king",
                                      "emir", "sultan", "leader"})


def _qualifies_someone_else(token: Token, span: Span, dictionary: ActorDictionary) -> bool:
    """A country word that says whose another person is ("her Turkish counterpart",
    "Croatia's ambassador") tells nothing of the person coded."""
    head = token.head
    if token.dep_ not in ("amod", "poss", "compound") or span.start <= head.i < span.end:
        return False
    return (head.lower_ in dictionary.title_words or head.lemma_.lower() in COUNTERPART_WORDS
            or head.ent_type_ == "PERSON")  # "Ethiopian Prime Minister Dawit Gebremariam"


COUNTERPART_WORDS = frozenset({"counterpart", "ambassador", "envoy", "diplomat", "official",
                               "leader", "delegation"})


def country_besides(span: Span, excluded: str) -> str | None:
    """The country the context gives ``span`` (rules 3-5 above) when ``excluded`` is not it:
    the foreign minister who "asked Germany for air defences" is not German."""
    dictionary = ActorDictionary.load()
    countries = [(i, c) for i, c in country_mentions(span.doc, dictionary) if c != excluded]
    return _context_country(span, countries)[0]


def _context_country(span: Span, countries: list[tuple[int, str]]) -> tuple[str | None, float]:
    doc = span.doc
    sent = span.sent
    before = [(i, c) for i, c in countries if sent.start <= i < span.start]
    if before:
        return before[-1][1], 0.5
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    index = next((k for k, s in enumerate(sents) if s.start == sent.start), 0)
    window_start = sents[max(0, index - 3)].start
    recent = [(i, c) for i, c in countries if window_start <= i < sent.start]
    if recent:
        return recent[-1][1], 0.4
    if countries:
        return Counter(c for _, c in countries).most_common(1)[0][0], 0.3
    return None, 0.0


def code_named(span: Span, label: str,
               dictionary: ActorDictionary) -> tuple[ActorCode | None, float]:
    """Code a non-person named entity (GPE, NORP, ORG, FAC, LOC)."""
    text = span.text
    org = dictionary.organization(text)
    if org:
        return ActorCode(org.country, org.sector, None), 0.9
    seat = dictionary.seat_country(text)
    country = dictionary.country_of_name(text)
    if country:
        return ActorCode(country, None, None), 0.9
    if seat:
        return ActorCode(seat, "GOV", None), 0.8
    if label == "NORP":
        demonym = dictionary.country_of_word(text)
        return (ActorCode(demonym, None, None), 0.8) if demonym else (None, 0.0)
    if label == "ORG":
        words = list(span)
        window = title_window(span)
        if window is not None:
            words = list(window) + words
        country, sector = code_words(words, dictionary)
        if country:
            return ActorCode(country, sector, None), 0.6
        if sector:
            # "Parliament fired two ministers": the country is the one the context names.
            context, confidence = _context_country(span, country_mentions(span.doc, dictionary))
            return ActorCode(context, sector, None), min(0.5, confidence) or 0.3
    return None, 0.0


def code_span(doc: Doc, span: Span, guess: bool = True) -> Participant:
    """Code any phrase as an event participant ("Russian troops", "the Kremlin", "Peskov").

    The phrase's head decides: a head inside an entity takes that entity's code; otherwise
    country words among its modifiers and a sector noun as its head ("Ukraine's armed forces"
    -> UKR MIL, "Ukrainian civilians" -> UKR CVL). Without a country word: a known person
    named in it ("the Assad regime"), an entity or resolved place attached to its head ("rebels
    in Chad", "militias backed by X", "a court in Istanbul"), the antecedent of a possessive
    ("his country"), and for people or sector nouns the context's country (unless ``guess``
    is False: then such a phrase keeps no country).
    """
    dictionary = ActorDictionary.load()
    head = span.root
    entity = (entity_at(doc, head.idx, head.idx + len(head.text)) or surname_entity(doc, head)
              or named_again(doc, head))
    ethnic = any(t.lower_ == "ethnic" for t in span)
    if entity is not None and entity.actor is not None and not (ethnic and entity.label == "NORP"):
        words_country, sector = code_words(span, dictionary)
        sector = entity.actor.sector or (sector if entity.label != "PERSON" else None)
        if sector is None and people_at_large(span, dictionary):
            sector = "CVL"
        country = entity.actor.country
        if country is None or entity.confidence <= CONTEXT_GUESS:
            # the phrase's own words outweigh a guess from the context ("Quebec Premier X"
            # in a story that also names Mexico)
            country = _phrase_country(doc, span, entity, words_country) or country
        return Participant(span.text, span.start_char, span.end_char, entity=entity.id,
                           country=country, sector=_organization_sector(country, sector))
    country, sector = code_words(span, dictionary)
    known = known_person(span, dictionary) if country is None else None
    if known is not None:
        # a known name the tagger missed ("Trump urges ...") or one that modifies the head
        # ("the Assad regime"): the person's country; the person's sector only for the name
        person, words = known
        country = person.country
        if words.start <= head.i < words.end:
            sector = sector or person.sector
    modifier_entity = None
    # the modifier nearest the head classifies it: "Osama bin Laden's al-Qaeda network"
    nearest = sorted(span, key=lambda t: (abs(t.i - head.i), t.i))
    for tok in nearest:
        found = entity_at(doc, tok.idx, tok.idx + len(tok.text))
        if found is not None and found.actor is not None and found.actor.country:
            modifier_entity = found
            country = country or found.actor.country
            if found.actor.sector in ("IGO", "NGO") and sector in (None, "CVL"):
                # "a United Nations appeal", "Greenpeace activists": the organization's own
                # sector, not that of its people at large
                sector = found.actor.sector
            break
    kin = None
    if country is not None and ethnic:
        # "ethnic Albanians in Macedonia": a minority is coded by where it lives, not by the
        # country its name points to
        kin, country = country, None
    attached = None
    if country is None:
        attached = attached_entity(doc, span)
        if attached is not None and attached.actor.country != kin:
            country = attached.actor.country
    if country is None:
        owner = owner_entity(doc, span)  # "his country", "their army": the owner's country
        if owner is not None and owner.actor is not None and owner.actor.country:
            country, attached = owner.actor.country, attached or owner
    if country is None:
        place = place_at(doc, span)  # "the town of Juba": the gazetteer knows its country
        if place is not None:
            country = iso3_of(place.country)
    if country is None:
        country = attached_place(doc, span)  # "a court in Istanbul"
    if country is None and (sector is not None or _names_people(span)):
        country = clause_place(doc, span)  # "villagers were killed in airstrikes near Kharkiv"
    regional = any(t.lower_ in REGIONAL_WORDS for t in span)
    if country is None and guess and not regional and (sector is not None or kin is not None
                                                       or _names_people(span)):
        # "opposition leaders agreed ...", "Yoruba leaders": the context's country, but not
        # one that only names who carried out an attack ("killed in Russian airstrikes")
        country, _ = _context_country(span, _context_countries(doc, dictionary, kin))
        country = country or kin
    if sector is None and people_at_large(span, dictionary):
        sector = "CVL"
    linked = entity or modifier_entity or attached
    return Participant(span.text, span.start_char, span.end_char,
                       entity=linked.id if linked else None, country=country,
                       sector=_organization_sector(country, sector))


# How sure a guess from the context is: an earlier word of the sentence, a recent sentence,
# the story at large (``_context_country``).
STORY_WIDE_GUESS = 0.3


def guessed_from_the_story(doc: Doc, span: Span) -> bool:
    """Whether a phrase coded only from the context ("gunmen", "protesters") took its country
    from the story at large, no country being named before it in its sentence or the ones
    just before."""
    if code_span(doc, span, guess=False).country is not None:
        return False
    countries = _context_countries(doc, ActorDictionary.load())
    return _context_country(span, countries)[1] <= STORY_WIDE_GUESS


def _context_countries(doc: Doc, dictionary: ActorDictionary,
                       kin: str | None = None) -> list[tuple[int, str]]:
    """The countries a phrase may take from its context: every country mention but one that
    only names who carried out an attack ("killed in Russian airstrikes") or a private
    person's nationality ("released a Japanese citizen"), and but ``kin``, the country an
    ethnic group's name points to."""
    skipped = attacker_mentions(doc) | foreigner_mentions(doc)
    return [(i, c) for i, c in country_mentions(doc, dictionary)
            if c != kin and i not in skipped]


def _organization_sector(country: str | None, sector: str | None) -> str | None:
    """Whoever acts for an intergovernmental organization acts as that organization: "the UN
    special envoy", "an EU delegation" are IGO, not a government or a trade union."""
    return "IGO" if country in IGO_CODES else sector


# The highest confidence code_person gives a country read from the context, not the name.
CONTEXT_GUESS = 0.5


def _phrase_country(doc: Doc, span: Span, entity: Entity, words_country: str | None
                    ) -> str | None:
    """The country the rest of a phrase gives an entity of no known country: a country word
    ("Kenyan lawmaker X"), another coded entity or a resolved place inside the phrase ("Tamil
    Nadu Chief Minister X"). Never the context's: a person's nationality is not guessed."""
    if words_country is not None:
        return words_country
    for tok in span:
        found = entity_at(doc, tok.idx, tok.idx + len(tok.text))
        if (found is not None and found is not entity and found.actor is not None
                and found.actor.country):
            return found.actor.country
    place = place_at(doc, span)
    return iso3_of(place.country) if place is not None else None


# Nouns of an attack or a weapon: a country word modifying one names the attacker, never the
# nationality of the people hurt ("Russian airstrikes", "Israel's shelling").
ATTACK_NOUNS = frozenset({"airstrike", "strike", "raid", "attack", "shelling", "bombing",
                          "bombardment", "offensive", "assault", "fire", "gunfire", "barrage",
                          "incursion", "invasion", "ambush", "operation", "crackdown", "blast",
                          "explosion", "air", "warplane", "jet", "helicopter", "tank", "artillery",
                          "missile", "rocket", "shell", "bomb", "drone", "mortar", "grenade",
                          "munition", "projectile", "sniper", "gunship"})
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def attacker_mentions(doc: Doc) -> set[int]:
    """Start indices of the entities that only modify an attack or weapon noun."""
    return modifier_mentions(doc, ATTACK_NOUNS)


def modifier_mentions(doc: Doc, nouns: frozenset[str]) -> set[int]:
    """Start indices of the entities that only modify one of ``nouns``."""
    found = set()
    for ent in doc.ents:
        root = ent.root
        head = root.head
        if (root.dep_ in MODIFIER_DEPS and head.i != root.i and head.pos_ == "NOUN"
                and head.lemma_.lower() in nouns):
            found.add(ent.start)
    return found


# Private people: a country word modifying one gives a person's nationality, which news names
# where it differs from the story's ("rebels freed a Japanese citizen", "gunmen kidnapped two
# French engineers in Niger"); it says nothing of the country of the groups around them.
INDIVIDUAL_NOUNS = frozenset({
    "citizen", "national", "tourist", "hostage", "engineer", "journalist", "reporter",
    "photographer", "volunteer", "missionary", "doctor", "physician", "nurse", "businessman",
    "businesswoman", "student", "teacher", "priest", "nun", "man", "woman", "boy", "girl",
    "child", "couple", "backpacker", "sailor", "fisherman", "contractor", "employee",
    "expatriate", "traveler", "traveller", "climber", "trekker", "passenger", "pilgrim",
    "worker", "academic", "researcher", "scientist", "professor", "visitor"})


def foreigner_mentions(doc: Doc) -> set[int]:
    """Start indices of the country words that only give a private person's nationality."""
    return modifier_mentions(doc, INDIVIDUAL_NOUNS)


# Where a phrase takes the place of its clause's event: it is hurt or acted on there.
VICTIM_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})
PLACING_PREPS = frozenset({"in", "near", "at", "across", "outside", "around", "throughout",
                           "inside"})
# Intransitive casualty verbs whose subject is hurt: "twelve people died in ...".
SUFFERING_VERBS = frozenset({"die", "perish", "drown", "starve", "flee", "suffer"})


def clause_place(doc: Doc, span: Span) -> str | None:
    """ISO3 of the place where the clause of a hurt or acted-on phrase happened: the place
    attached to its verb ("civilians were killed in Odesa") or to the attack noun it was hurt
    in ("killed in airstrikes near Kharkiv", "died in shelling of Gaza")."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SUFFERING_VERBS:
        verb = root.head
    elif root.dep_ in VICTIM_DEPS:
        verb = root.head.head if root.dep_ == "pobj" else root.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    places = [p for p in items(doc, "places") if p.country]
    direct, through = [], []
    for child in verb.children:
        if child.dep_ != "prep":
            continue
        obj = next((g for g in child.children if g.dep_ == "pobj"), None)
        if obj is None or (span.start <= obj.i < span.end):
            continue
        if child.lower_ in PLACING_PREPS:
            direct.append(obj)
        if obj.pos_ == "NOUN" and obj.lemma_.lower() in ATTACK_NOUNS:
            through.extend(g for p in obj.children if p.dep_ == "prep"
                           and p.lower_ in PLACING_PREPS | {"of", "on"}
                           for g in p.children if g.dep_ == "pobj")
    for obj in direct + through:
        for tok in obj.subtree:
            place = _place_holding(tok, places)
            if place is not None:
                return iso3_of(place.country)
            entity = entity_at(doc, tok.idx, tok.idx + len(tok.text))
            if (entity is not None and entity.label in ("GPE", "LOC") and entity.actor
                    and entity.actor.country):
                return entity.actor.country
    return None


# Words that count a crowd: "thousands of Kurds", "a group of Albanians".
COUNTING_WORDS = frozenset({"thousand", "hundred", "dozen", "million", "group", "crowd",
                            "number", "some", "many", "scores"})


def people_at_large(span: Span, dictionary: ActorDictionary) -> bool:
    """A people named in the plural with no organization of its own is civilian (PLOVER CVL):
    an ethnic group ("Iraqi Kurds", "ethnic Albanians") or a counted crowd of a nation
    ("thousands of Palestinians"); a bare nation ("the Americans said") may stand for its
    state and stays uncoded."""
    root = span.root
    if root.tag_ not in ("NNS", "NNPS") or root.ent_type_ != "NORP":
        return False
    if any(t.lower_ == "ethnic" for t in span) or dictionary.country_of_word(root.text) is None:
        return True
    if any(t.like_num or t.ent_type_ == "CARDINAL" for t in span):
        return True
    counter = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    return counter is not None and (counter.like_num or counter.lemma_.lower() in COUNTING_WORDS)


def _proper_runs(span: Span) -> list[Span]:
    """Runs of proper nouns inside the span ("Prime Minister Frances Fitzgerald" gives
    "Prime Minister Frances Fitzgerald"; the longest known tail is looked up)."""
    runs, start = [], None
    for tok in span:
        if tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper():
            start = tok.i if start is None else start
        elif start is not None:
            runs.append(span.doc[start:tok.i])
            start = None
    if start is not None:
        runs.append(span.doc[start:span.end])
    return runs


def known_person(span: Span, dictionary: ActorDictionary) -> tuple[KnownActor, Span] | None:
    """A known person named inside the span by full name, alias or unambiguous surname, and
    the words that name them; each run of proper nouns is tried from its longest tail
    ("President Bashar al-Assad" -> "Bashar al-Assad")."""
    for run in _proper_runs(span):
        for i in range(run.start, run.end):
            words = span.doc[i:run.end]
            if all(t.pos_ == "PROPN" for t in words):
                found = dictionary.person(words.text)
            elif len(words) == len(span):
                # a name the tagger took for a noun ("Trump urges"), alone in the phrase:
                # explicit names only ("Wine businesses" are no Bobi Wine)
                found = dictionary.people.get(normalize_name(words.text))
            else:
                found = None
            if found is not None:
                return found, words
    return None


OWNER_PRONOUNS = frozenset({"his", "her", "its", "their", "our"})


def owner_entity(doc: Doc, span: Span) -> Entity | None:
    """The entity a possessive pronoun on the head stands for: "his country" -> Putin."""
    owner = next((c for c in span.root.children
                  if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
    if owner is None:
        return None
    subject = {"his": "he", "her": "she", "its": "it", "their": "they", "our": "we"}
    # the antecedent is looked up as the matching subject pronoun would be
    return antecedent(doc, owner, pronoun=subject[owner.lower_])


# Adjectives of regions and blocs: "European countries" are no people of one country.
REGIONAL_WORDS = frozenset({"european", "african", "arab", "asian", "western", "eastern",
                            "latin", "nordic", "balkan", "gulf", "muslim", "christian",
                            "international", "foreign", "global"})


def _names_people(span: Span) -> bool:
    """A phrase about a people or a named group ("Yoruba elders", "the Kurds")."""
    if span.root.pos_ == "PRON" or any(t.lower_ in REGIONAL_WORDS for t in span):
        return False
    return span.root.ent_type_ in ("NORP", "ORG") or any(t.ent_type_ == "NORP" for t in span)


# Prepositions that attach a place or owner to a participant phrase: "rebels in Ivory Coast",
# "calls by Belarus's rulers", "a visit to Haiti", "refugees from Syria".
ATTACHING_PREPS = frozenset({"in", "of", "from", "by", "to", "with", "on", "against", "into"})


def attached_entity(doc: Doc, span: Span) -> Entity | None:
    """The first country-coded entity in a prepositional phrase attached to the span's head
    (the head's full subtree, outside the span), nearest the head first."""
    head = span.root
    found = []
    for child in _attachments(head):
        for tok in child.subtree:
            if span.start <= tok.i < span.end:
                continue
            entity = entity_at(doc, tok.idx, tok.idx + len(tok.text))
            if entity is not None and entity.actor is not None and entity.actor.country:
                found.append((tok.i, entity))
                break
    return min(found, key=lambda pair: abs(pair[0] - head.i))[1] if found else None


# What is fired or dropped by someone: "missiles fired by X" are X's.
WEAPON_NOUNS = frozenset({"missile", "rocket", "shell", "bomb", "drone", "mortar", "grenade",
                          "munition", "projectile", "artillery"})


def _attachments(head: Token) -> list[Token]:
    """Prepositions attached to the head, directly or, for a head that names who acts, through
    a participle: "rebels in X", "militias backed by X"."""
    from dateline.events.participants import actor_like

    found = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ATTACHING_PREPS:
            found.append(child)
        elif child.dep_ == "acl" and child.tag_ == "VBN" and (
                actor_like(head) or head.lemma_.lower() in WEAPON_NOUNS):
            # only for who acts or what is fired: "sanctions imposed on China" are not China's
            found.extend(g for g in child.children if g.dep_ == "agent" or (
                g.dep_ == "prep" and g.lower_ in ATTACHING_PREPS))
    return found


def attached_place(doc: Doc, span: Span) -> str | None:
    """ISO3 of the first resolved place in a phrase attached to the span's head ("a court
    in Istanbul", "officials from Kansas"), nearest the head first."""
    places = [p for p in items(doc, "places") if p.country]
    if not places:
        return None
    for child in _attachments(span.root):
        sub = [t for t in child.subtree if not (span.start <= t.i < span.end)]
        for tok in sub:
            place = _place_holding(tok, places)
            if place is not None:
                return iso3_of(place.country)
    return None


def _place_holding(token: Token, places: list[Place]) -> Place | None:
    """The first of ``places`` whose span holds the token."""
    return next((p for p in places if p.start <= token.idx < p.end), None)


@cache
def _iso3_by_iso2() -> dict[str, str]:
    return {row["iso2"].upper(): row["iso3"] for row in load_table("countries.csv")
            if row.get("iso2") and row.get("iso3")}


def iso3_of(iso2: str | None) -> str | None:
    """ISO alpha-3 of an alpha-2 code (places carry alpha-2), or None."""
    return _iso3_by_iso2().get(iso2.upper()) if iso2 else None


def place_at(doc: Doc, span: Span) -> Place | None:
    """The resolved place (dateline_places output) inside the span, if one has a country."""
    for place in items(doc, "places"):
        if span.start_char <= place.start and place.end <= span.end_char and place.country:
            return place
    return None

