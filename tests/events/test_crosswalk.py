"""The PLOVER -> CAMEO / ACLED / CASE 2021 crosswalk table, one fact per row."""

import pytest

from dateline.events.crosswalk import (
    PLOVER_QUAD,
    PLOVER_TYPES,
    cameo_quad,
    crosswalk,
    event_crosswalk,
)


@pytest.mark.parametrize(
    ("event_type", "mode", "acled", "case2021"),
    [
        ("ASSAULT", "aerial", "Explosions/Remote violence|Air/drone strike", "AIR_STRIKE"),
        ("ASSAULT", "drone", "Explosions/Remote violence|Air/drone strike", "AIR_STRIKE"),
        ("ASSAULT", "shelling", "Explosions/Remote violence|Shelling/artillery/missile attack",
         "ART_MISS_ATTACK"),
        ("ASSAULT", "clash", "Battles|Armed clash", "ARMED_CLASH"),
        ("ASSAULT", "suicide-attack", "Explosions/Remote violence|Suicide bomb", "SUIC_BOMB"),
        ("ASSAULT", "crowd-control", "Protests|Excessive force against protesters",
         "FORCE_AGAINST_PROTEST"),
        ("PROTEST", "demo", "Protests|Peaceful protest", "PEACE_PROTEST"),
        ("PROTEST", "riot", "Riots|Violent demonstration", "VIOL_DEMONSTR"),
        ("COERCE", "arrest", "Strategic developments|Arrests", "ARREST"),
        ("AGREE", None, "Strategic developments|Agreement", "AGREEMENT"),
        ("RETREAT", "withdraw", "Strategic developments|Non-violent transfer of territory",
         "NON_VIOL_TERRIT_TRANSFER"),
        ("MOBILIZE", "base", "Strategic developments|Headquarters or base established",
         "HQ_ESTABLISHED"),
        ("MOBILIZE", "troops", "Strategic developments|Change to group/activity",
         "CHANGE_TO_GROUP_ACT"),
        ("CONSULT", "visit", None, "DIPLO"),
        ("OTHER", "natural-disaster", None, "NATURAL_DISASTER"),
    ],
)
def test_acled_and_case(event_type, mode, acled, case2021):
    row = crosswalk(event_type, mode)
    assert row.acled == acled
    assert row.case2021 == case2021


@pytest.mark.parametrize(
    ("event_type", "mode", "cameo"),
    [("CONSULT", "phone", "041"), ("CONSULT", "visit", "042"), ("ASSAULT", "aerial", "195"),
     ("COERCE", "arrest", "173"), ("SANCTION", "expel", "166"), ("THREATEN", None, "130"),
     ("ASSAULT", "no-such-mode", "190")],
)
def test_cameo_code(event_type, mode, cameo):
    assert crosswalk(event_type, mode).cameo == cameo


@pytest.mark.parametrize(
    ("code", "quad"),
    [("041", 1), ("057", 1), ("073", 2), ("0874", 2), ("111", 3), ("130", 3), ("141", 4),
     ("195", 4), (None, 0)],
)
def test_cameo_quad(code, quad):
    assert cameo_quad(code) == quad


@pytest.mark.parametrize("event_type", PLOVER_TYPES)
def test_every_plover_type_has_a_row_and_a_quad(event_type):
    assert crosswalk(event_type).cameo is not None
    assert PLOVER_QUAD[event_type] in (1, 2, 3, 4)


@pytest.mark.parametrize(
    ("mode", "sector", "inferred", "acled"),
    [
        # a named crowd that attacks with hands, sticks or guns is a mob
        (None, "CVL", False, "Riots|Mob violence"),
        ("firearms", "CVL", False, "Riots|Mob violence"),
        # an armed group, or a crowd only the place stands in for, is not
        ("firearms", "UAF", False, "Violence against civilians|Attack"),
        (None, "CVL", True, "Battles|Armed clash"),
        # a crowd does not fly air strikes
        ("aerial", "CVL", False, "Explosions/Remote violence|Air/drone strike"),
    ],
)
def test_a_crowds_attack_is_mob_violence(mode, sector, inferred, acled):
    assert event_crosswalk("ASSAULT", mode, sector, inferred).acled == acled
