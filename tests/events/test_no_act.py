"""Words the trigger lexicon knows that tell no act where they stand (events.no_act).
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _types(nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: e.type for e in nlp(text)._.events}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what a request asks for has not happened: the request is the event
        ("Rights groups on Tuesday called for the immediate release of the two reporters.",
         "release"),
        ("The envoy urged both parties to return to talks in Doha next week.", "talks"),
        ("The council urged the rival factions to agree on an election date.", "agree"),
        # a question asserts nothing; a question asked or a wish for oneself asks no one
        ("Will the army attack the port before the rains come?", "attack"),
        ("Asked by reporters whether sanctions were planned, the minister declined to say.",
         "Asked"),
        ("Most of the displaced families do not want to return to the camp, aid workers said.",
         "want"),
        # a participle standing for people names them
        ("Ambulances took the injured to the district hospital in Mardan.", "injured"),
        # a crowd that disperses on its own suffers no intervention
        ("The marchers dispersed peacefully in the evening after handing in a petition.",
         "dispersed"),
    ],
)
def test_no_act(nlp, text, trigger) -> None:
    assert trigger not in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Rights groups on Tuesday called for the immediate release of the two reporters.",
         "called", "REQUEST"),
        ("Ghana asked Togo to extradite the two suspects on Monday.", "asked", "REQUEST"),
        ("Ghana asked Togo for the extradition of the two suspects on Monday.", "asked",
         "REQUEST"),
        ("Iran wants Washington to lift all sanctions first, its foreign minister said.", "wants",
         "REQUEST"),
        ("Police said the wounded officers were taken to hospital after the attack.", "attack",
         "ASSAULT"),
        # a refusal to cooperate or to allow is a rejection, told by whoever refuses
        ("The governor will not cooperate with the inquiry, his lawyer said.", "cooperate",
         "REJECT"),
        ("The army does not allow aid convoys to enter the district.", "allow", "REJECT"),
        ("Riot police dispersed the marchers with batons in the evening.", "dispersed",
         "PROTEST"),
        ("The marchers were dispersed by riot police in the evening.", "dispersed",
         "PROTEST"),
        ("Thousands demonstrated in Tbilisi against the law.", "demonstrated", "PROTEST"),
        ("An air strike hit a school in Idlib on Monday.", "hit", "ASSAULT"),
        # a retaliation is what it is done with
        ("The prime minister retaliated by announcing increased tariffs on U.S. exports.",
         "retaliated", "SANCTION"),
        ("Israel retaliated with air strikes on Gaza.", "retaliated", "ASSAULT"),
        ("Supporters rallied outside the court on Monday.", "rallied", "PROTEST"),
        ("A delegation from Qatar arrived in Kabul on Monday.", "arrived", "CONSULT"),
        ("The president insisted that the army withdraw from the city.", "insisted",
         "REQUEST"),
        ("Moscow insists Kyiv must give up the region.", "insists", "REQUEST"),
        ("He dismissed concerns about the president's threat to impose tariffs.", "threat",
         "THREATEN"),
        ("North Korea issued a threat against Seoul on Monday.", "threat", "THREATEN"),
        ("The commission is allocating 95 million euros in humanitarian support to Yemen.",
         "allocating", "AID"),
        # a warning given to someone, or of a harm, still threatens
        ("Seoul issued a stern warning to Pyongyang on Monday.", "warning", "THREATEN"),
        ("The general's warning of retaliation alarmed diplomats.", "warning", "THREATEN"),
        # a vehicle that crashes is an accident
        ("A minibus crashed into a river near Kisumu, killing eleven.", "crashed", "OTHER"),
        # an official who sets out to travel abroad visits
        ("The foreign minister plans to travel to Hanoi next week.", "travel", "CONSULT"),
        # captives returned to their side are released
        ("The rebels returned nine captured soldiers to the army.", "returned", "RETREAT"),
        # aircraft that fly strikes, or drones launched, still attack
        ("Air force jets flew bombing sorties over the valley.", "flew", "ASSAULT"),
        ("The army launched forty drones at the port overnight.", "drones", "ASSAULT"),
        ("Militants took over the town of Qalat on Friday.", "took", "ASSAULT"),
        # fighting people is still an assault
        ("Soldiers battled insurgents for control of the bridge.", "battled", "ASSAULT"),
        # a charge with batons is a use of force, a charge with a crime an accusation
        ("Riot police charged the marchers with batons near the stadium.", "charged",
         "ASSAULT"),
        ("Prosecutors charged two marchers with rioting.", "charged", "ACCUSE"),
        # easing a restriction concedes it
        ("The junta eased the curfew in the capital on Friday.", "eased", "CONCEDE"),
        ("Leaders of the bloc met at a summit conference in Abuja.", "met", "CONSULT"),
        # money given by its currency is aid
        ("Norway was the biggest donor, giving 12 million dollars to aid agencies in Yemen.",
         "giving", "AID"),
        # a case filed against a party accuses it; boats delivered to a navy are aid
        ("Peru filed a case against Chile at the world court in The Hague.", "filed",
         "ACCUSE"),
        ("The government delivered four patrol boats to the coast guard of Ghana.",
         "delivered", "AID"),
        # paying out money is aid, whatever it is counted in
        ("The bank disbursed a second tranche of the loan to Zambia in May.", "disbursed",
         "AID"),
    ],
)
def test_still_an_act(nlp, text, trigger, type_) -> None:
    assert _types(nlp, text).get(trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # naming someone is no phone call; a storm's impact no criticism; a reception no meeting
        ("The prime minister calls President Ruto a close friend of his country.", "calls",
         "CONSULT"),
        ("The storm slammed into the northern coast on Sunday night.", "slammed", "ACCUSE"),
        ("The plan met with opposition from several coastal states.", "met", "CONSULT"),
        # two sides trading insults trade no prisoners
        ("The two leaders exchanged insults at the summit.", "exchanged", "RETREAT"),
        # showing a thing is no protest
        ("The drills would demonstrate the navy's readiness to any adversary.", "demonstrate",
         "PROTEST"),
        ("The president rallied support for the bill in the senate.", "rallied", "PROTEST"),
        # an arrival of a thing or of private people is no visit
        ("The first shipment of vaccines arrived in Manila on Sunday.", "arrived", "CONSULT"),
        ("Travelers arriving from Spain must quarantine for ten days.", "arriving", "CONSULT"),
        # a threat that names a danger is no one's threat, nor may the classifier guess one
        ("The threat of the storm is almost over, officials said.", "threat", "THREATEN"),
        ("Washington says the missile system poses a threat to NATO defences.", "threat",
         "THREATEN"),
        ("Algeria is facing an increasing threat.", "facing", "THREATEN"),
        # a price is no charge
        ("The utility is charging 25% more for electricity sent abroad.", "charging",
         "ACCUSE"),
        ("Bilateral trade between the two countries hit $1.1 billion last year.", "hit",
         "ASSAULT"),
        ("Food prices hit a record in March.", "hit", "ASSAULT"),
        ("It must demonstrate that it can assist its neighbours.", "demonstrate", "PROTEST"),
        # insisting on a fact asks nothing
        ("China insists it is committed to peace.", "insists", "REQUEST"),
        ("The minister insisted he was innocent.", "insisted", "REQUEST"),
        # a news conference is told to the press: no meeting of parties
        ("The finance minister told a news conference the deficit would narrow.", "conference",
         "CONSULT"),
        ("The spokesman told a press briefing in Geneva that talks were going well.",
         "briefing", "CONSULT"),
        # fighting a fire or a disease hurts no one
        ("Firefighters battled the blaze for six hours.", "battled", "ASSAULT"),
        ("Health workers are fighting an outbreak of cholera in the camps.", "fighting",
         "ASSAULT"),
        # an aircraft flying or seen strikes no one; an office taken over is no ground taken
        ("A police helicopter hovered over the march for an hour.", "hovered", "ASSAULT"),
        ("Drones circled above the harbour as the ship docked.", "Drones", "ASSAULT"),
        ("Farmers spotted a drone above the airfield on Sunday.", "drone", "ASSAULT"),
        ("She took over as head of the central bank in March.", "took", "ASSAULT"),
        # a warning with no warner, no one warned and no harm threatens no one
        ("That warning was echoed by economists across the region.", "warning", "THREATEN"),
        ("Forecasters kept the flood warning in place for a second day.", "warning",
         "THREATEN"),
        # a price that crashes hurts no one
        ("Exporters are still reeling from the currency crash of last spring.", "crash",
         "OTHER"),
        ("Share prices crashed in Lagos after the announcement.", "crashed", "OTHER"),
        # a prisoner returned to a cell is not set free
        ("The fugitive was caught on Friday and returned to prison.", "returned", "RETREAT"),
        # people who travel make no visit
        ("Airports were busy with people who rarely travel.", "travel", "CONSULT"),
        ("Tourists just want to travel again, hotel owners say.", "travel", "CONSULT"),
        # a document released is no one set free
        ("A survey released on Tuesday found that most voters were undecided.", "released",
         "RETREAT"),
        # easing a crisis or a burden concedes nothing
        ("The central bank cut rates to ease the pressure on households.", "ease", "CONCEDE"),
    ],
)
def test_another_sense_is_not_that_event(nlp, text, trigger, type_) -> None:
    assert _types(nlp, text).get(trigger) != type_


@pytest.mark.parametrize(
    ("text", "trigger", "present"),
    [
        # a noun that only classifies a thing names no act
        ("The men were moved to a detention center outside Tripoli.", "detention", False),
        ("Critics said the law breaches the country's treaty obligations.", "treaty", False),
        # unless its head orders or carries out the act
        ("A court issued an arrest warrant for the former minister on Monday.", "arrest", True),
        ("Qatar launched a mediation effort between the two rival factions.", "mediation",
         True),
        # to provide or deliver is to aid only with something given
        ("The ministry was unable to provide further details on Tuesday.", "provide", False),
        ("The United Nations provided food and tents to families in Kassala.", "provided",
         True),
        ("Japan provided $40 million in aid to the flood victims.", "provided", True),
    ],
)
def test_act_nouns_and_giving(nlp, text, trigger, present) -> None:
    assert (trigger in _types(nlp, text)) is present


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Iran warned it would retaliate against any attack on its ships.", True),
        ("Turkey warned Greece of severe consequences if the drilling went ahead.", True),
        ("The army chief warned that the attackers will not be spared.", True),
        # an analyst's warning of what may happen threatens no one
        ("Economists warn that inflation could rise further next year.", False),
        ("Doctors warned against travel to the flooded districts.", False),
    ],
)
def test_a_warning_is_a_threat_only_of_ones_own_action(nlp, text, threat) -> None:
    assert ("THREATEN" in _types(nlp, text).values()) is threat
