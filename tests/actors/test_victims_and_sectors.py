"""Victims are not given their attacker's country; PLOVER sectors of common actor phrases.
Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy

from dateline.actors.coding import attacker_mentions, code_span, former_sector
from dateline.actors.dictionary import ActorDictionary


@pytest.fixture(scope="module")
def actors_nlp():
    from dateline.nlp.pipeline import load_pipeline

    return load_pipeline(components=("dateline_actors",))


@pytest.mark.parametrize(
    ("text", "actor_country", "recipient_country"),
    [
        # the attack's adjective names the attacker only: the victims stay uncoded
        ("Five villagers were killed in Russian airstrikes on Tuesday.", "RUS", None),
        # a place attached to the attack noun or the verb is where the victims were
        ("Five villagers were killed in Russian airstrikes near Kharkiv on Tuesday.", "RUS",
         "UKR"),
        ("Russian missiles killed three civilians in Odesa overnight, officials said.", "RUS",
         "UKR"),
        ("Twelve people died in Israeli shelling of Gaza, health officials said.", "ISR", "PSE"),
    ],
)
def test_victims_take_the_place_not_the_attacker(nlp, text, actor_country,
                                                 recipient_country) -> None:
    from dateline.events.main import main_event

    event = main_event(nlp(text))
    assert event is not None and event.type == "ASSAULT"
    assert event.actor is not None and event.actor.country == actor_country
    assert event.recipient is not None and event.recipient.country == recipient_country


@pytest.mark.parametrize(
    ("text", "type_", "actor_country"),
    [
        # a material act with no doer is of the place where it happens, marked inferred
        ("A curfew was imposed in Kaduna on Sunday after the riots.", "COERCE", "NGA"),
        ("Four traders were shot dead in Tillaberi on Friday, residents said.", "ASSAULT",
         "NER"),
    ],
)
def test_a_material_act_with_no_doer_is_of_its_place(nlp, text, type_, actor_country) -> None:
    from dateline.events.main import main_event

    event = main_event(nlp(text))
    assert event is not None and event.type == type_
    assert event.actor is not None and event.actor.inferred
    assert event.actor.country == actor_country


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the parse hangs "by ..." on "leave" or on "officials": still the passive's doer
        ("Three foreign journalists were ordered to leave the country by the Ethiopian "
         "government on Tuesday.", "the Ethiopian government"),
        ("Four smuggling suspects were handed over to Kenyan officials by Ugandan police on "
         "Monday.", "Ugandan police"),
    ],
)
def test_a_passive_doer_hung_on_a_later_word(nlp, text, actor) -> None:
    from dateline.events.main import main_event

    event = main_event(nlp(text))
    assert event is not None and event.actor is not None and event.actor.text == actor


def test_what_is_done_is_no_actor_and_words_take_no_place(nlp) -> None:
    from dateline.events.main import main_event

    # a doer named by what it does is an actor, not a thing for the place to replace
    bomber = main_event(nlp("A suicide bomber detonated a vest at a checkpoint in Kunduz on "
                            "Monday, killing four guards."))
    assert bomber is not None and bomber.actor is not None
    assert bomber.actor.text == "A suicide bomber" and not bomber.actor.inferred
    assert bomber.actor.country == "AFG"  # an unnamed attacker is of the place, as in ACLED
    # "both sides" are who agree
    sides = main_event(nlp("Both sides agreed to a prisoner exchange in Istanbul on Monday."))
    assert sides is not None and sides.actor is not None and sides.actor.text == "Both sides"
    # "the cancellation" names what was agreed, not who agreed it
    agreed = main_event(nlp("The cancellation was agreed during talks in Lusaka on Friday."))
    assert agreed is not None and agreed.actor is None
    # where words are said tells nothing of who said them
    said = main_event(nlp("The plan was criticized at a meeting in Nairobi on Monday."))
    assert said is not None and said.type == "ACCUSE" and said.actor is None


@pytest.mark.parametrize(
    ("text", "actor_country", "recipient_country"),
    [
        # a minister the text does not place is not of the state she addresses
        ("Foreign Minister Ana Ilves asked Norway on Monday for more winter fuel, saying "
         "Estonia's reserves were running low.", "EST", "NOR"),
        ("Trade Minister Kofi Mensah arrived in Abuja on Friday for talks with Nigerian "
         "officials on tariffs, Ghana's trade ministry said.", "GHA", "NGA"),
        # a thing of the country is no state addressed: a protest at home stays at home
        ("Opposition leader Ruth Banda led hundreds of marchers through Lusaka on Saturday to "
         "protest the delay of Zambia's local elections.", "ZMB", "ZMB"),
    ],
)
def test_an_unplaced_person_is_not_of_the_state_addressed(nlp, text, actor_country,
                                                          recipient_country) -> None:
    from dateline.events.main import main_event

    event = main_event(nlp(text))
    assert event is not None and event.actor is not None and event.recipient is not None
    assert (event.actor.country, event.recipient.country) == (actor_country, recipient_country)


@pytest.mark.parametrize(
    ("text", "actor_country"),
    [
        # a court or prosecutor acts at home: the country of whom it charges
        ("Chief Prosecutor Ana Rusu charged Romania's former energy minister with bribery on "
         "Monday.", "ROU"),
        # "the Hungarian border" says where the road is, not whose farmers they are
        ("Farmers blocked roads near the Hungarian border on Tuesday to protest the Slovak "
         "government's grain policy.", "SVK"),
        # "Brussels" acting is the EU; a bare "Congo" is the Democratic Republic
        ("Brussels threatened on Wednesday to suspend Laos's trade preferences.", "EUR"),
        ("Government troops attacked a rebel camp in Congo on Sunday, the army said.", "COD"),
    ],
)
def test_actors_at_home_and_by_news_style(nlp, text, actor_country) -> None:
    from dateline.events.main import main_event

    event = main_event(nlp(text))
    assert event is not None and event.actor is not None
    assert event.actor.country == actor_country


def test_organizations_named_again_and_hyphened_titles(nlp) -> None:
    from dateline.events.main import main_event

    # "the bloc" names again the organization before it, an acronym the model missed
    doc = nlp("Leaders of the region suspended Mali from the trade bloc SADC on Friday. The bloc "
              "also froze the assets of the coup leaders.")
    froze = next(e for e in doc._.events if e.trigger.text == "froze")
    assert froze.actor is not None and froze.actor.country == "IGO"
    # an alliance of rebels is no intergovernmental organization
    rebels = main_event(nlp("An alliance of rebel groups in eastern Chad rejected the peace "
                            "plan on Sunday."))
    assert rebels is not None and rebels.actor is not None and rebels.actor.sector != "IGO"
    # "Secretary-General" is one title, not a pair of sides
    urged = main_event(nlp("The UN Secretary-General urged Myanmar's army on Monday to free "
                           "political prisoners."))
    assert urged is not None and urged.actor is not None
    assert urged.actor.text == "The UN Secretary-General" and urged.actor.sector == "IGO"


def test_known_organizations_and_paired_countries(nlp) -> None:
    from dateline.events.main import main_event

    # the model misses the charity's name; the dictionary knows it
    doc = nlp("Doctors Without Borders opened a cholera clinic in Beira on Tuesday.")
    charity = next(e for e in doc._.entities if e.text == "Doctors Without Borders")
    assert charity.actor is not None and charity.actor.country == "NGO"
    # "Indian and French warships": the second country is the partner
    drill = main_event(nlp("Indian and French warships began five days of joint exercises "
                           "off Goa on Monday."))
    assert drill is not None and drill.type == "COOPERATE"
    assert drill.actor is not None and drill.actor.country == "IND"
    assert drill.recipient is not None and drill.recipient.country == "FRA"


@pytest.mark.parametrize(
    ("text", "word", "attacker"),
    [
        ("Dozens died in Turkish air raids, Syrian officials said.", "Turkish", True),
        ("Dozens died in Turkish air raids, Syrian officials said.", "Syrian", False),
        ("Iranian drones hit the depot.", "Iranian", True),
        ("Iranian troops crossed the border.", "Iranian", False),
    ],
)
def test_attacker_mentions(actors_nlp, text, word, attacker) -> None:
    doc = actors_nlp(text)
    index = next(t.i for t in doc if t.text == word)
    assert (index in attacker_mentions(doc)) is attacker


@pytest.mark.parametrize(
    ("text", "phrase", "sector"),
    [
        # state military equipment is MIL (PLOVER: "all state-military personnel/equipment")
        ("Turkish warplanes bombed the hills.", "Turkish warplanes", "MIL"),
        ("Israeli helicopters fired on the camp.", "Israeli helicopters", "MIL"),
        ("Polish border guards stopped the convoy.", "Polish border guards", "COP"),
        ("Unknown gunmen attacked the market.", "Unknown gunmen", "UAF"),
        ("Rebel forces seized the airport.", "Rebel forces", "REB"),
        ("Smugglers abandoned the boat.", "Smugglers", "CRM"),
        ("Angry youths threw stones at the convoy.", "Angry youths", "CVL"),
        # a people at large is civilian: an ethnic group, a counted crowd of a nation
        ("Thousands of Kurds marched through the city.", "Kurds", "CVL"),
        ("Some 2,000 Armenians gathered outside the embassy.", "Some 2,000 Armenians", "CVL"),
        # a bare nation may stand for its state: no sector
        ("The Americans rejected the proposal.", "The Americans", None),
        # humanitarian and rights organizations named by what they are are NGO
        ("The charity flew blankets to the camp.", "The charity", "NGO"),
        ("Relief groups sent tents to the valley.", "Relief groups", "NGO"),
        ("Aid workers handed out flour.", "Aid workers", "NGO"),
        ("A rights group documented the arrests.", "A rights group", "NGO"),
        # a former office holder is ELI, whatever words stand between
        ("The former Labour defence minister criticized the plan.",
         "The former Labour defence minister", "ELI"),
    ],
)
def test_sectors(actors_nlp, text, phrase, sector) -> None:
    doc = actors_nlp(text)
    start = text.index(phrase)
    participant = code_span(doc, doc.char_span(start, start + len(phrase)))
    assert participant.sector == sector


@pytest.mark.parametrize(
    ("words", "sector", "expected"),
    [
        ("former prime minister", "GOV", "ELI"),
        ("ousted army chief", "MIL", "ELI"),
        ("ex - senator", "LEG", "ELI"),
        ("prime minister", "GOV", "GOV"),
        ("former chief executive", "BUS", "BUS"),  # not a state office
    ],
)
def test_former_sector(words, sector, expected) -> None:
    doc = spacy.blank("en")(words)
    assert former_sector(list(doc), sector, ActorDictionary.load()) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        # a person's arrest was done to them; "the arrest of the editor" too
        ("The journalist's arrest drew condemnation from rights groups on Monday.", "arrest",
         None, "The journalist"),
        ("Opposition leaders condemned the arrest of the editor in Harare.", "arrest", "Harare",
         "the editor"),
        # whom a verb of judging judges did the act it names
        ("Seoul accused North Korean hackers of attacking its banks last year.", "attacking",
         "North Korean hackers", None),
        ("Five men were charged with smuggling weapons into Gaza.", "smuggling", "Five men",
         "Gaza"),
        # "some of whom" are the protesters; "the offensive which the army launched"
        ("Police clashed with protesters, some of whom threw stones at officers in Dhaka.",
         "threw", "protesters", "officers"),
        ("Aid groups condemned the offensive which the army launched in March.", "offensive",
         "the army", None),
    ],
)
def test_who_did_it_to_whom(nlp, text, trigger, actor, recipient) -> None:
    event = next(e for e in nlp(text)._.events if e.trigger.text == trigger)
    assert (event.actor.text if event.actor else None) == actor
    assert (event.recipient.text if event.recipient else None) == recipient


def test_a_place_where_it_happens_is_of_its_country(nlp) -> None:
    # "Brussels" acting is the EU; "in Brussels" is in Belgium
    doc = nlp("European Union ministers meeting in Brussels on Thursday agreed new sanctions.")
    meeting = next(e for e in doc._.events if e.trigger.text == "meeting")
    assert meeting.recipient is not None and meeting.recipient.text == "Brussels"
    assert meeting.recipient.country == "BEL"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a body that acts as one is an actor, even one the dictionary cannot code
        ("The Qworbly movement has urged the state government to review the law.",
         "The Qworbly movement"),
        ("The committee rejected the proposal on Tuesday.", "The committee"),
    ],
)
def test_a_body_that_acts_as_one_is_an_actor(nlp, text, actor) -> None:
    from dateline.events.main import main_event

    event = main_event(nlp(text))
    assert event is not None and event.actor is not None
    assert event.actor.text == actor


@pytest.mark.parametrize(
    "text",
    [
        # a private person's nationality says nothing of the group that acts on them
        "Rebels freed five Chinese workers on Sunday.",
        "Gunmen kidnapped two French engineers on Tuesday.",
        # nor of the police who arrest them, who act where the people were
        "Police arrested three British tourists for smuggling.",
    ],
)
def test_a_foreigners_nationality_is_not_the_actors(nlp, text) -> None:
    from dateline.events.main import main_event

    event = main_event(nlp(text))
    assert event is not None and event.actor is not None and event.recipient is not None
    assert event.recipient.country is not None
    assert event.actor.country is None


@pytest.mark.parametrize(
    ("text", "actor_country"),
    [
        # an unnamed group is of the country where it acts, not of another nationality the
        # text names
        ("Masked gunmen kidnapped a Canadian aid worker near a refugee camp in eastern Chad "
         "on Monday.", "TCD"),
        ("Hundreds of students marched past the British embassy in Nairobi on Friday.", "KEN"),
        # a country of the actor's own words stays
        ("Kenyan police dispersed students outside the British embassy in Kampala.", "KEN"),
        # so does one named just before it: the troops are the army's, not the place's
        ("The Turkish army said troops shelled villages in northern Iraq overnight.", "TUR"),
        ("The Indian defence minister said troops would pull out of two posts in Bhutan.",
         "IND"),
    ],
)
def test_a_guessed_country_gives_way_to_the_place(nlp, text, actor_country) -> None:
    from dateline.events.main import main_event

    event = main_event(nlp(text))
    assert event is not None and event.actor is not None
    assert event.actor.country == actor_country


@pytest.mark.parametrize(
    ("text", "actor", "country", "sector"),
    [
        # an epithet that stands for one state, in any case
        ("The Islamic republic's navy seized a British tanker in the Gulf on Friday.",
         "The Islamic republic's navy", "IRN", "MIL"),
        ("The Jewish state recalled its ambassador from Ankara on Monday.", "The Jewish state",
         "ISR", None),
        # "the group", "the movement", "the party" name again the group named before
        ("Human Rights Watch accused the army of torture, and the group called for an inquiry.",
         "the group", "NGO", "NGO"),
        ("The Taliban said on Monday that the movement had captured a district in Ghazni.",
         "the movement", "AFG", "REB"),
    ],
)
def test_epithets_and_groups_named_again(nlp, text, actor, country, sector) -> None:
    events = [e for e in nlp(text)._.events if e.actor is not None and e.actor.text == actor]
    assert events
    assert (events[-1].actor.country, events[-1].actor.sector) == (country, sector)


def test_a_group_noun_names_no_state_again(nlp) -> None:
    # "the group" after a state is no name of that state
    doc = nlp("Kenya said on Monday that the group had attacked a police post in Mandera.")
    attack = next(e for e in doc._.events if e.trigger.text == "attacked")
    assert attack.actor is not None and attack.actor.entity is None
