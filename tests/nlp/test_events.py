"""Events through the full pipeline (session ``nlp`` fixture), on text written for dateline."""

import pytest

from dateline.events.main import main_event
from dateline.records import Event

ARTICLE = (
    "Sudanese paramilitaries shelled the city of El Fasher on Tuesday, killing at least 14 "
    "civilians, and nine people are missing. "
    "The shelling destroyed a market. "
    "The Kenyan foreign minister met the African Union envoy in Nairobi. "
    "He is expected to visit Khartoum next week. "
    "Britain imposed sanctions on two Sudanese gold companies. "
    "The army did not attack the camp."
)


@pytest.fixture(scope="module")
def events(nlp) -> list[Event]:
    return nlp(ARTICLE)._.events


def by_trigger(events: list[Event], word: str) -> Event:
    return next(e for e in events if e.trigger.text == word)


@pytest.mark.parametrize(
    ("trigger", "event_type", "mode", "modality"),
    [
        ("shelled", "ASSAULT", "shelling", "asserted"),
        ("met", "CONSULT", None, "asserted"),
        ("visit", "CONSULT", "visit", "future"),
        ("sanctions", "SANCTION", "discontinue", "asserted"),
        ("attack", "ASSAULT", None, "negated"),
    ],
)
def test_event_type_mode_modality(events, trigger, event_type, mode, modality):
    event = by_trigger(events, trigger)
    assert (event.type, event.modality) == (event_type, modality)
    if mode is not None:
        assert event.mode == mode


def test_counts_go_to_the_attack(events):
    event = by_trigger(events, "shelled")
    assert (event.counts.killed, event.counts.missing) == (14, 9)


def test_the_shelling_told_twice_is_one_event(events):
    assert sum(e.type == "ASSAULT" and e.modality == "asserted" for e in events) == 1


def test_contract_fields(events):
    assert [e.id for e in events] == [f"V{n}" for n in range(1, len(events) + 1)]
    for event in events:
        assert ARTICLE[event.trigger.start:event.trigger.end] == event.trigger.text
        start, end = event.sentence
        assert start <= event.trigger.start < event.trigger.end <= end
        assert 0.0 <= event.confidence <= 1.0


def test_actor_and_recipient(events):
    event = by_trigger(events, "shelled")
    assert event.actor.text == "Sudanese paramilitaries"
    assert event.recipient.text == "the city of El Fasher"
    assert event.acled == "Explosions/Remote violence|Shelling/artillery/missile attack"
    assert event.cameo == "194"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Protesters marched through Lima to demand the release of the jailed mayor.", "PROTEST"),
        ("The junta expelled the French ambassador on Monday.", "SANCTION"),
        ("Police arrested twelve students in Dhaka.", "COERCE"),
        ("The rebels rejected the government's offer of talks.", "REJECT"),
        ("Iran threatened to close the strait.", "THREATEN"),
        ("The opposition accused the president of rigging the vote.", "ACCUSE"),
    ],
)
def test_main_event(nlp, text, event_type):
    assert main_event(nlp(text)).type == event_type


def test_a_relative_clause_tells_the_same_attack_and_the_actor_is_inferred(nlp):
    doc = nlp("Militants have been shelling towns in the north for weeks. "
              "Officials said five people died in airstrikes that destroyed a school.")
    strikes = [e for e in doc._.events if e.trigger.text == "airstrikes"]
    assert len(strikes) == 1
    assert strikes[0].mode == "aerial"
    assert strikes[0].recipient.text == "five people"
    assert strikes[0].actor.inferred and strikes[0].actor.text == "Militants"
    assert not any(e.trigger.text == "destroyed" for e in doc._.events)


def test_the_place_stands_in_for_a_missing_recipient(nlp):
    event = main_event(nlp("Nigerian troops strengthened their positions in Maiduguri on Sunday."))
    assert (event.recipient.text, event.recipient.country) == ("Maiduguri", "NGA")
    assert event.recipient.inferred


def test_a_pronoun_actor_is_the_nearest_person_before_it(nlp):
    doc = nlp("Ecuador's president Daniel Noboa met Colombian officials on Monday. "
              "Later he imposed tariffs on Colombia's exporters.")
    noboa = next(e for e in doc._.entities if e.canonical == "Daniel Noboa")
    event = next(e for e in doc._.events if e.trigger.text == "imposed")
    assert (event.actor.text, event.actor.entity, event.actor.country) == ("he", noboa.id, "ECU")


def test_two_conjoined_actors_of_an_agreement_are_actor_and_recipient(nlp):
    event = main_event(nlp("Chile and Argentina agreed to reopen the border crossing."))
    assert (event.actor.country, event.recipient.country) == ("CHL", "ARG")


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # named only by its sector, the actor is of the country where it acts
    ("Tension rose in Kandahar on Monday. Gunmen attacked a police checkpoint.", "attacked",
     "AFG"),
    # an international body belongs to no country, wherever it acts
    ("Floods hit Sindh on Monday. The Red Cross delivered medicine to the victims.",
     "delivered", "NGO"),
])
def test_a_sector_only_actor_takes_the_event_places_country(nlp, text, trigger, country):
    event = next(e for e in nlp(text)._.events if e.trigger.text == trigger)
    assert event.actor is not None and event.actor.country == country


def test_a_sector_only_recipient_takes_the_event_places_country(nlp):
    doc = nlp("Protests spread in Lagos on Monday. Police there arrested twelve students.")
    event = by_trigger(doc._.events, "arrested")
    assert event.recipient is not None and event.recipient.text == "twelve students"
    assert event.recipient.country == "NGA"


def test_whose_thing_is_rejected_receives_the_rejection(nlp):
    event = main_event(nlp("The mayor of Toronto rejected the union's demands on Tuesday."))
    assert event.type == "REJECT"
    assert event.recipient.text == "the union"


def test_a_place_in_a_persons_title_outweighs_a_country_named_elsewhere(nlp):
    event = main_event(nlp("Quebec Premier Louise Tremblay met Mexican officials in Montreal."))
    assert (event.actor.country, event.recipient.country) == ("CAN", "MEX")


def test_an_act_noun_told_with_its_doer_takes_the_doer_as_actor(nlp):
    event = main_event(nlp("The expulsion of three Dutch diplomats by Minsk on Friday was a "
                           "reprisal, the ministry said."))
    assert event.type == "SANCTION"
    assert event.actor.text == "Minsk" and event.recipient.text == "three Dutch diplomats"


@pytest.mark.parametrize(("text", "country"), [
    # the title gives the rank, the appositive the country
    ("Angered by French criticism, General Amadou Sow, head of Mali's ruling council, "
     "threatened on Sunday to expel the ambassador.", "MLI"),
    # another mention of the same title says whose minister she is
    ("Foreign Minister Ana Lindqvist met her Danish counterpart in Copenhagen, the first "
     "visit by a Swedish foreign minister in a decade.", "SWE"),
    # a later "the <country> leader" names the same president
    ("President Tomas Varga praised Poland on Monday for its help. The Slovak leader spoke "
     "in Bratislava.", "SVK"),
    # the story's only country, though it says whose party the opposition is, two lines on
    ("Prime Minister Rabi Thapa on Friday rejected calls to step down over a bribery case. "
     "Nepal's main opposition party has boycotted parliament for a week.", "NPL"),
])
def test_a_persons_country_comes_from_what_the_text_says_of_that_person(nlp, text, country):
    event = main_event(nlp(text))
    assert event.actor is not None and event.actor.country == country


def test_whoever_acts_for_an_intergovernmental_body_is_coded_igo(nlp):
    event = main_event(nlp("The UN special envoy met rebel commanders in Juba on Sunday."))
    assert (event.actor.country, event.actor.sector) == ("UNO", "IGO")


@pytest.mark.parametrize(("text", "label"), [
    ("Gunmen hacked to death nine farmers near the border, officials said.", "ATTACK"),
    ("A woman wearing an explosives vest blew herself up at a market, killing six.",
     "SUIC_BOMB"),
    ("An angry crowd beat two suspected thieves to death in the village, police said.",
     "MOB_VIOL"),
    ("The two factions signed a memorandum of understanding on disarmament.", "AGREEMENT"),
    # a killing told with the burning of a house is still a killing
    ("Gunmen killed a villager and set fire to his house on Friday, police said.", "ATTACK"),
    ("Police fired live bullets at a sit-in by farmers on Monday, killing one man.",
     "FORCE_AGAINST_PROTEST"),
    # a participle that tells why the news happened is not the news
    ("Ecuador expelled two Peruvian diplomats on Tuesday, the foreign ministry said, accusing "
     "them of spying on its navy.", "DIPLO"),
    # a protest that did not happen is none: the round-up is the news
    ("Security forces rounded up dozens of young men in Tanta after calls for rallies spread "
     "online, though no protests took place.", "ARREST"),
])
def test_acled_labels_of_written_snippets(nlp, text, label):
    from dateline.events.acled_label import snippet_label

    assert snippet_label(nlp(text), nlp.get_pipe("dateline_events").classifier) == label


@pytest.mark.parametrize(("text", "event_type", "mode"), [
    # protests that broke out were not broken up
    ("Protests broke out in the capital on Friday.", "PROTEST", "demo"),
    ("Police broke up the protest with tear gas.", "PROTEST", "intervention"),
    # a state protests in words
    ("The government protested the court's ruling on Monday.", "ACCUSE", "disapprove"),
    ("Thousands of Kenyans protested in Nairobi against the tax bill.", "PROTEST", "demo"),
])
def test_what_a_protest_was(nlp, text, event_type, mode):
    event = main_event(nlp(text))
    assert (event.type, event.mode) == (event_type, mode)


@pytest.mark.parametrize("text", [
    "Rebels occupied the town hall on Friday without firing a shot, residents said.",
    "Militia fighters took over the village on Saturday, and no shots were fired.",
])
def test_territory_taken_without_a_fight_changes_hands_without_a_battle(nlp, text):
    events = [e for e in nlp(text)._.events if e.modality != "negated"]
    assert any((e.type, e.mode) == ("RETREAT", "withdraw") for e in events)
    assert not any(e.mode in ("overtake", "regain") for e in events)


@pytest.mark.parametrize("text", [
    "The militants had controlled the town for more than two years.",
])
def test_territory_held_is_no_taking(nlp, text):
    assert not [e for e in nlp(text)._.events if e.mode in ("overtake", "regain")]


def test_passengers_held_hostage_in_a_province_took_no_territory(nlp):
    doc = nlp("Passengers of a train held hostage in the restive Balochistan province spoke on "
              "Wednesday as the military completed a rescue operation.")
    assert not [e for e in doc._.events if e.mode in ("overtake", "regain")]


def test_a_town_entered_is_taken(nlp):
    event = main_event(nlp("Government troops entered the city on Monday after heavy fighting."))
    assert (event.type, event.mode) == ("ASSAULT", "regain")


def test_where_words_are_spoken_does_not_make_the_speakers_country(nlp):
    # a sector-only actor takes the place's country for material acts only
    doc = nlp("Officials met rebel commanders in Geneva on Monday.")
    event = by_trigger(doc._.events, "met")
    assert event.actor is not None and event.actor.country is None
    doc = nlp("Gunmen attacked a checkpoint in Kandahar on Monday.")
    assert by_trigger(doc._.events, "attacked").actor.country == "AFG"


@pytest.mark.parametrize(("text", "recipient"), [
    # what a mobilization moves is no recipient: where it is sent is
    ("China sent dozens of warplanes near Taiwan on Monday, officials in Taipei said.",
     "TWN"),
    ("Azerbaijan moved artillery close to the border with Armenia on Thursday.", "ARM"),
])
def test_a_mobilization_is_against_where_it_goes(nlp, text, recipient):
    event = main_event(nlp(text))
    assert event is not None and event.type == "MOBILIZE"
    assert event.recipient is not None and event.recipient.country == recipient


def test_the_subject_is_not_what_the_act_takes(nlp):
    # "seize" with people is an abduction only when the people are what is seized
    def seized(text):
        return next(e.type for e in nlp(text)._.events if e.trigger.text == "seized")

    assert seized("Gunmen seized three teachers from a school in Katsina.") == "ASSAULT"
    assert seized("Striking teachers seized the ministry building in Lagos.") != "ASSAULT"
