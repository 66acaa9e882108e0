"""Senses and ranks of event words as news uses them: a petition thrown out, forgiveness
asked, a district occupied by a crowd, a purchase, what someone is accused of, a relative
clause that describes a party. Sentences written for these tests (full model)."""

from __future__ import annotations

import pytest

from dateline.events.main import main_event


def _types(nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: e.type for e in nlp(text)._.events}


def _main_type_and_mode(nlp, text: str) -> tuple[str, str | None] | None:
    event = main_event(nlp(text))
    return None if event is None else (event.type, event.mode)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Kenya's Supreme Court threw out the opposition's petition.", "threw", "REJECT"),
        ("The president asked the nation for forgiveness.", "asked", "CONCEDE"),
        # a crowd that occupies a district protests; rebels who occupy a town take it
        ("Thousands of supporters of the former premier occupied the main shopping district, "
         "demanding new elections.", "occupied", "PROTEST"),
        ("Rebels occupied the town after a week of fighting.", "occupied", "ASSAULT"),
        # what someone is accused of is no protest the arrest was made at
        ("Police arrested the opposition leader, accusing him of breaking rules on rallies.",
         "arrested", "COERCE"),
    ],
)
def test_sense(nlp, text: str, trigger: str, type_: str) -> None:
    assert _types(nlp, text).get(trigger) == type_


def test_a_purchase_is_no_event(nlp) -> None:
    assert "bought" not in _types(nlp, "The army bought six attack helicopters.")


def test_a_relative_clause_that_describes_a_party_is_not_the_news(nlp) -> None:
    doc = nlp("The militants, who have attacked the army for years, said they were ready to "
              "accept a ceasefire.")
    event = main_event(doc)
    assert event is not None and event.type == "AGREE"


@pytest.mark.parametrize(
    ("text", "trigger", "assault"),
    [
        ("Washington imposed tariffs targeting Canadian products.", "targeting", False),
        ("The law targeted gaming addictions in particular.", "targeted", False),
        ("Exporters were hit by the new sanctions.", "hit", False),
        ("Gunmen targeted a police convoy near the border.", "targeted", True),
        ("An air strike hit a market.", "hit", True),
    ],
)
def test_a_blow_a_policy_deals_strikes_no_one(nlp, text, trigger, assault) -> None:
    assert (_types(nlp, text).get(trigger) == "ASSAULT") is assault


def test_what_follows_ahead_of_sets_the_scene(nlp) -> None:
    from dateline.events.main import in_background

    doc = nlp("Troops deployed across the capital ahead of mass protests planned for Friday.")
    protests = next(t for t in doc if t.text == "protests")
    deployed = next(t for t in doc if t.text == "deployed")
    assert in_background(protests) and not in_background(deployed)


def test_a_protest_law_is_no_protest(nlp) -> None:
    text = "Egyptian police arrested a prominent activist under the new protest law."
    assert _types(nlp, text).get("arrested") == "COERCE"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # verbs that tell no act of their own give the sentence classifier nothing to stand on
        ("The hostages included two aid workers from Norway.", "included"),
        ("The dead numbered at least forty, the governor said.", "numbered"),
        ("Reports of drone raids near the border are becoming more frequent.", "becoming"),
    ],
)
def test_a_verb_of_being_is_no_event(nlp, text: str, verb: str) -> None:
    assert verb not in _types(nlp, text)


def test_a_crime_committed_is_no_commitment(nlp) -> None:
    # the trigger's own infinitive marker is not the "to" that "commit to" needs
    assert "committed" not in _types(
        nlp, "The two men face trial for crimes they are alleged to have committed in Mosul.")
    assert _types(nlp, "The junta committed to holding elections within a year.").get(
        "committed") == "AGREE"


@pytest.mark.parametrize(
    ("text", "type_", "mode"),
    [
        # a raid named for its aircraft is an air strike; one by police is a raid
        ("A bombing raid on the fuel depot started a fire that burned for two days.",
         "ASSAULT", "aerial"),
        ("Coalition helicopters carried out a raid on the island overnight.", "ASSAULT", "aerial"),
        ("Police raided a house in the suburb and seized two rifles.", "COERCE", None),
    ],
)
def test_an_air_raid_is_a_strike(nlp, text: str, type_: str, mode: str | None) -> None:
    raids = [e for e in nlp(text)._.events if e.trigger.text.lower().startswith("raid")]
    assert raids and raids[0].type == type_
    if mode:
        assert raids[0].mode == mode


def test_people_killed_when_an_air_raid_struck_died_in_an_air_strike(nlp) -> None:
    text = "Three people were killed after a bombing raid struck a farmhouse near the river."
    assert _main_type_and_mode(nlp, text) == ("ASSAULT", "aerial")


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # a state's forces bomb from the air; a non-state group plants or throws the bomb
        ("Government forces bombed villages along the border overnight.", "aerial"),
        ("Turkey bombed Kurdish positions in the mountains on Sunday.", "aerial"),
        ("Nine fishermen were killed in a coalition bombing near the port.", "aerial"),
        ("Insurgents bombed a bus depot in the provincial capital.", "explosives"),
        ("A bombing outside a bank in the old town wounded six people.", "explosives"),
    ],
)
def test_who_bombs_tells_an_air_strike_from_a_bomb(nlp, text: str, mode: str) -> None:
    assert _main_type_and_mode(nlp, text) == ("ASSAULT", mode)


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # an aircraft the act strikes, or one that names something else, is no weapon
        ("Militants set fire to a helicopter parked at the airfield.", "destroy"),
        ("Gunmen shot dead a helicopter pilot outside his home.", "firearms"),
        # one that is launched, acts or names the attack still is
        ("The army launched drones at the rebel camp overnight.", "drone"),
        ("A drone strike killed four fighters near the border.", "drone"),
    ],
)
def test_an_aircraft_struck_is_no_air_strike(nlp, text: str, mode: str) -> None:
    assert _main_type_and_mode(nlp, text) == ("ASSAULT", mode)


@pytest.mark.parametrize(
    ("text", "type_", "mode"),
    [
        # a band of an armed movement is that movement; a band of robbers is a criminal gang
        ("The headman was abducted at night by a gang of around forty Maoists.",
         "ASSAULT", "abduct"),
        ("A gang of robbers shot dead a shopkeeper in Kano.", "OTHER", "crime"),
    ],
)
def test_a_band_is_who_its_members_are(nlp, text: str, type_: str, mode: str) -> None:
    assert _main_type_and_mode(nlp, text) == (type_, mode)


def test_arms_found_are_no_attack(nlp) -> None:
    events = nlp("Police recovered a rifle and two hand grenades from the suspects.")._.events
    assert [e.type for e in events] == ["COERCE"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # a roadside eatery is no roadside bomb
        ("A driver was shot dead by two gunmen when he stopped at a roadside tea stall.",
         "firearms"),
        ("A roadside bomb killed three soldiers on patrol.", "explosives"),
        # rebels who fire on a rally attack it; only state forces control a crowd
        ("Suspected rebels opened fire on an election rally, wounding two party workers.",
         "firearms"),
        # a militant killed in a search of an industrial area died in no accident
        ("A militant was killed during a search operation in the factory area of the city.",
         "clash"),
        ("A truck driver was killed when unidentified assailants opened fire on a convoy of fuel "
         "containers.", "firearms"),
    ],
)
def test_what_the_words_around_a_killing_do_not_say(nlp, text: str, mode: str) -> None:
    assert _main_type_and_mode(nlp, text) == ("ASSAULT", mode)


@pytest.mark.parametrize(
    ("text", "type_", "mode"),
    [
        # a bare strike that kills is an air strike; a walkout is not
        ("At least twelve civilians were killed in strikes on the town on Sunday.",
         "ASSAULT", "aerial"),
        ("Strikes on the rebel-held district killed nine people overnight.", "ASSAULT", "aerial"),
        ("Dock workers went on strike on Monday over unpaid wages.", "PROTEST", "strike"),
    ],
)
def test_a_strike_that_kills_is_an_air_strike(nlp, text: str, type_: str, mode: str) -> None:
    assert _main_type_and_mode(nlp, text) == (type_, mode)
