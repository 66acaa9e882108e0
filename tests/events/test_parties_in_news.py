"""Who acts and on whom, in shapes news sentences take: warnings by a side of its own acts,
a name the model took for a person, a doer named after a participle, a misparsed predicate
after a relative clause, people a state acts on at home. Sentences written for these tests
(full model)."""

from __future__ import annotations

import pytest


def _event(nlp, text: str, trigger: str):
    found = [e for e in nlp(text)._.events if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # the side a warning announces an act of, named by a noun or by its capital
        ("Kenya's army chief warned that the military would step in if the unrest continued.",
         "KEN", None),
        ("The spokeswoman for Chile's foreign ministry warned that Santiago would take "
         "retaliatory steps if Peru closed the border.", "CHL", "PER"),
        ("Iran's foreign minister warned that Tehran would respond firmly if Israel struck "
         "its nuclear sites.", "IRN", "ISR"),
    ],
)
def test_a_warning_of_the_warners_own_act_is_a_threat(nlp, text, actor, recipient) -> None:
    event = _event(nlp, text, "warned")
    assert event.type == "THREATEN"
    assert event.actor is not None and event.actor.country == actor
    if recipient:
        assert event.recipient is not None and event.recipient.country == recipient


def test_a_warning_on_a_condition_is_a_threat(nlp) -> None:
    text = "The armed group warned of more bloodshed in Uganda unless Kampala withdrew its troops."
    assert _event(nlp, text, "warned").type == "THREATEN"


def test_a_forecast_is_no_threat(nlp) -> None:
    text = "Economists warned that the economy would shrink if the tariffs remain in place."
    assert "THREATEN" not in {e.type for e in nlp(text)._.events}


def test_someone_wanted_by_police_is_asked_for_nothing(nlp) -> None:
    text = "Kenyan authorities handed a man wanted for the killings over to Uganda's police."
    assert "wanted" not in {e.trigger.text for e in nlp(text)._.events}


def test_a_known_group_the_model_takes_for_a_person_keeps_its_country(nlp) -> None:
    event = _event(nlp, "Al-Shabaab gunmen stormed a hotel in Nairobi, Kenyan officials said.",
                   "stormed")
    assert event.actor is not None and event.actor.country == "SOM"


def test_the_doer_of_an_act_noun_is_named_after_its_participle(nlp) -> None:
    event = _event(nlp, "Thousands of prisoners will walk free under an amnesty announced by "
                        "Kenya's President Uhuru Kenyatta.", "amnesty")
    assert event.actor is not None and event.actor.country == "KEN"


def test_a_reaction_to_an_act_names_no_doer(nlp) -> None:
    event = _event(nlp, "The raid condemned by the United Nations killed nine villagers.",
                   "raid")
    assert event.actor is None or event.actor.country != "UNO"


def test_a_predicate_after_a_relative_clause_keeps_its_subject(nlp) -> None:
    event = _event(nlp, "The Kenyan Teachers Association, which led months of strikes, called "
                        "on the government to raise pay.", "called")
    assert event.actor is not None and event.actor.country == "KEN"


@pytest.mark.parametrize(
    ("text", "trigger", "country", "inferred"),
    [
        # unarmed people of no country whom a state body acts on are its own
        ("Turkish police detained dozens of academics who had signed a petition.",
         "detained", "TUR", True),
        ("Nigeria's police chief threatened to arrest the organisers of the marches.",
         "threatened", "NGA", True),
        # a party named by its relation to the state is not its own
        ("President Zelenskyy called on Western partners to speed up deliveries of air "
         "defence systems.", "called", None, False),
        # a named person keeps what the text says of them
        ("Egyptian authorities released Al Jazeera journalist Mahmoud Hussein.",
         "released", "QAT", False),
    ],
)
def test_people_a_state_acts_on_at_home_are_its_own(nlp, text, trigger, country,
                                                    inferred) -> None:
    recipient = _event(nlp, text, trigger).recipient
    assert recipient is not None and recipient.country == country
    assert recipient.inferred is inferred or country is None


def test_an_expulsion_over_allegations_is_diplomacy(nlp) -> None:
    from dateline.events.acled_label import snippet_label

    doc = nlp("The Kenyan government expelled two Ugandan diplomats over spying allegations.")
    assert snippet_label(doc) == "DIPLO"


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # what the warner may do on a condition the warned must meet
        ("The Commission warned Budapest that it could withhold funds unless Hungary changed "
         "the law.", True),
        # what may happen unless something is done threatens no one
        ("Doctors warned that the outbreak could spread unless vaccines arrive soon.", False),
    ],
)
def test_a_warning_of_what_the_warner_may_do_on_a_condition(nlp, text, threat) -> None:
    assert ("THREATEN" in {e.type for e in nlp(text)._.events}) is threat


def test_duties_slapped_on_goods_are_a_sanction(nlp) -> None:
    event = _event(nlp, "Beijing slapped heavy duties on Canadian canola.", "slapped")
    assert event.type == "SANCTION"
    assert event.recipient is not None and event.recipient.country == "CAN"


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a state's actor named by no country of its own is of the side that reports it
        ("Troops have pulled out of the last positions they held in southern Lebanon, the "
         "Israeli army said in a statement.", "pulled", "ISR"),
        ("The government is ready to sign a final border deal with Asmara, Ethiopia's foreign "
         "ministry said.", "deal", "ETH"),
        # an actor that names its own country keeps it
        ("Russian troops shelled Kharkiv overnight, Ukraine's military said.", "shelled",
         "RUS"),
        # unnamed gunmen are of where they strike, whoever reports them
        ("Gunmen killed five villagers in Niger, French officials said.", "killed", "NER"),
    ],
)
def test_an_actor_named_by_role_is_of_its_reporters_side(nlp, text, trigger, country) -> None:
    actor = _event(nlp, text, trigger).actor
    assert actor is not None and actor.country == country


def test_a_news_agency_names_no_country_of_the_story(nlp) -> None:
    actor = _event(nlp, "Troops killed ten people in the village, Reuters reported.",
                   "killed").actor
    assert actor is not None and actor.country != "GBR"


def test_negotiators_reported_by_a_side_are_of_it(nlp) -> None:
    actor = _event(nlp, "Negotiators flatly rejected the proposal during the talks in Vienna, "
                        "according to a senior Iranian official.", "rejected").actor
    assert actor is not None and actor.country == "IRN"


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Pyongyang threatened to retaliate if Seoul resumed the loudspeaker broadcasts.",
         "threatened", "KOR"),
        # whom the threatened act names comes first
        ("Bosnian Serb units threatened to shell British forces in the town if western forces "
         "launched any attack.", "threatened", "GBR"),
        ("The president of Venezuela warned that his troops would be sent to the border if "
         "Colombian paramilitaries crossed it again.", "warned", "COL"),
    ],
)
def test_a_threat_is_aimed_at_whom_its_condition_names(nlp, text, trigger, recipient) -> None:
    event = _event(nlp, text, trigger)
    assert event.recipient is not None and event.recipient.country == recipient


def test_pressing_ahead_asks_no_one(nlp) -> None:
    text = "The government pressed ahead with the new sanctions on Monday."
    assert "REQUEST" not in {e.type for e in nlp(text)._.events}
