"""The ACLED / CASE label of snippets in shapes news takes: a deed done over or in connection
with another, a controlled explosion, an outbreak, a broken-off
relation beside the clashes before it, crime's violence, a smell in the air. Snippets written
for these tests (full model)."""

from __future__ import annotations

import pytest

from dateline.events.acled_label import snippet_label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # what an arrest is made in connection with happened before it, not at it
        ("Police arrested nine suspects in connection with the burning of a bus during last "
         "month's riots.", "ARREST"),
        # a controlled explosion disposes of a bomb
        ("A bomb squad carried out a controlled explosion on a suspicious bag left near the "
         "station.", "DISR_WEAP"),
        # an outbreak that kills is a natural disaster
        ("Cholera has killed 30 people in the camps since March.", "NATURAL_DISASTER"),
        ("An outbreak of Ebola killed 12 people in the district.", "NATURAL_DISASTER"),
        ("A health worker fighting Ebola was shot dead in Beni.", "ATTACK"),
        # relations broken off after clashes: the break is the news
        ("Ecuador's president said he was breaking off relations with Peru after a week of "
         "border clashes.", "DIPLO"),
        # no state speaks in an appeal by a missing man's wife
        ("The wife of a radio presenter, who vanished after militiamen stopped his car at a "
         "checkpoint, appealed for news of him.", "OTHER"),
        # violence between supporters of candidates is mob violence
        ("Supporters of the two candidates clashed with machetes at the market, leaving three "
         "wounded.", "MOB_VIOL"),
        # organised crime's violence is crime, whatever its weapon
        ("Suspected cartel gunmen ambushed a police patrol in Jalisco, killing three officers.",
         "ORG_CRIME"),
        ("A grenade exploded during an attempted robbery at a shop, killing two people.",
         "ORG_CRIME"),
        ("Militants attacked a police post during a robbery at a bank in the town.",
         "ARMED_CLASH"),
        # a smell in the air is no air strike
        ("Officials said militants fired shells at army lines that left soldiers with blisters "
         "and a strange smell in the air.", "ART_MISS_ATTACK"),
        ("An air strike hit a market in the town.", "AIR_STRIKE"),
        # an envoy ordered out, a consulate ordered closed: diplomacy, whatever it is over
        ("Niger's military rulers on Friday ordered the French ambassador to leave the "
         "country within 48 hours, accusing Paris of acting against the country's interests.",
         "DIPLO"),
        ("The foreign ministry in Warsaw summoned the Russian envoy on Monday and ordered the "
         "closure of a Russian consulate.", "DIPLO"),
        # drones shot down are weapons disrupted
        ("Air defences shot down 28 of the 31 drones launched by Russia, the air force said.",
         "DISR_WEAP"),
        # barricades make a crowd's violence a violent demonstration
        ("Youths erected barricades, threw rocks at security forces and burned a police "
         "vehicle in Conakry.", "VIOL_DEMONSTR"),
        # people seized are abducted; a raid by aircraft is an air strike
        ("Al-Shabaab fighters seized two Kenyan nurses from a clinic near Afgooye on Sunday.",
         "ABDUCT_DISSAP"),
        ("Coalition aircraft carried out at least a dozen raids on Houthi positions overnight.",
         "AIR_STRIKE"),
        # a jet named by its model strikes from the air
        ("Iraqi F-16s bombarded an ISIS hideout in the Hamrin mountains, killing seven "
         "militants.", "AIR_STRIKE"),
        # a known rebel army takes ground, whatever its name says
        ("The Arakan Army seized a police outpost in Paletwa township on 4 January.",
         "NON_STATE_ACTOR_OVERTAKES_TER"),
        # brickbats thrown by demonstrators make a violent demonstration
        ("Demonstrators demanding the release of a leader attacked the police station with "
         "brickbats, injuring seven policemen.", "VIOL_DEMONSTR"),
        # a blockade cleared with water cannon is a protest with intervention
        ("Riot police used water cannon to clear students blocking the main road in front of "
         "the governorate building.", "PROTEST_WITH_INTER"),
        ("Farmers blocked the main highway for a third day.", "PEACE_PROTEST"),
        # a missile that slams into a block is an attack, not a crash
        ("A ballistic missile slammed into a residential area of Dnipro on Sunday.",
         "ART_MISS_ATTACK"),
    ],
)
def test_snippet_label(nlp, text: str, label: str) -> None:
    assert snippet_label(nlp(text)) == label
