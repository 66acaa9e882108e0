"""Actor coding in context, on sentences written for these tests (full model)."""

from __future__ import annotations

import pytest

from dateline.actors.coding import code_span


@pytest.fixture(scope="module")
def actors_nlp():
    from dateline.nlp.pipeline import load_pipeline

    return load_pipeline(components=("dateline_actors",))


def entity_by_name(doc, canonical: str):
    for entity in doc._.entities:
        if entity.canonical == canonical:
            return entity
    raise AssertionError(f"{canonical!r} not among {[e.canonical for e in doc._.entities]}")


@pytest.mark.parametrize(
    ("text", "canonical", "country", "sector"),
    [
        ("German Defence Minister Boris Pistorius visited the troops on Monday.",
         "Boris Pistorius", "DEU", "GOV"),
        ("Israel's army chief of staff Eyal Zamir said the operation would continue.",
         "Eyal Zamir", "ISR", "MIL"),
        ("The talks were chaired by Kenyan President William Ruto in Nairobi.",
         "William Ruto", "KEN", "GOV"),
        ("Opposition leader Tomas Vrabel was released, his lawyer said.",
         "Tomas Vrabel", None, "OPP"),
        ("Kremlin spokesman Dmitry Peskov declined to comment.", "Dmitry Peskov", "RUS", "GOV"),
        ("Police in Nigeria said gunmen had kidnapped Adebayo Okafor, a local trader.",
         "Adebayo Okafor", "NGA", None),
    ],
)
def test_people_are_coded(actors_nlp, text, canonical, country, sector) -> None:
    entity = entity_by_name(actors_nlp(text), canonical)
    assert entity.label == "PERSON"
    if country is not None:
        assert entity.actor.country == country
    assert entity.actor.sector == sector


def test_surname_and_pronoun_free_aliases_join_the_full_name(actors_nlp) -> None:
    doc = actors_nlp(
        "Finnish President Alexander Stubb met the envoy in Helsinki. Later, Stubb said the "
        "meeting had been useful, and Stubb's office published a statement."
    )
    stubb = entity_by_name(doc, "Alexander Stubb")
    assert len(stubb.mentions) == 3
    assert all(doc.text[s:e].startswith(("Alexander Stubb", "Stubb")) for s, e in stubb.mentions)
    assert stubb.actor.country == "FIN"


def test_countries_named_two_ways_are_one_entity(actors_nlp) -> None:
    doc = actors_nlp("The United States said on Monday that U.S. forces would stay in Iraq.")
    usa = [e for e in doc._.entities if e.actor and e.actor.country == "USA" and e.label == "GPE"]
    assert len(usa) == 1 and len(usa[0].mentions) == 2


def test_seats_of_power_code_as_government(actors_nlp) -> None:
    doc = actors_nlp("The Kremlin rejected the proposal, while Washington said it would wait.")
    codes = {e.text: (e.actor.country, e.actor.sector) for e in doc._.entities if e.actor}
    assert codes["Kremlin"] == ("RUS", "GOV")
    assert codes["Washington"] == ("USA", "GOV")


def test_spans_match_text(actors_nlp) -> None:
    doc = actors_nlp(
        "Ukrainian troops and NATO officials met Kenya's foreign minister in Brussels."
    )
    for entity in doc._.entities:
        assert doc.text[entity.start:entity.end] == entity.text
        for start, end in entity.mentions:
            assert 0 <= start < end <= len(doc.text)


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sector"),
    [
        ("Russian troops shelled the village.", "Russian troops", "RUS", "MIL"),
        ("The strike killed several Ukrainian civilians.", "several Ukrainian civilians", "UKR",
         "CVL"),
        ("Ukraine's armed forces pushed back.", "Ukraine's armed forces", "UKR", "MIL"),
        ("The European Union imposed new measures.", "The European Union", "EUR", "IGO"),
        ("Kenyan police arrested dozens.", "Kenyan police", "KEN", "COP"),
        # a country attached by a preposition: "rebels in Chad"
        ("Rebels in Chad blocked the main road.", "Rebels", "TCD", "REB"),
        # an ethnic minority is coded by where it lives; a people at large is civilian (CVL)
        ("Ethnic Uzbeks in Kyrgyzstan blocked the main road.", "Ethnic Uzbeks", "KGZ", "CVL"),
        # a region's adjective names no country, whatever the context
        ("Peru said European countries rejected the plan.", "European countries", None, None),
        # an organization as a modifier lends its IGO sector
        ("Officials rejected a United Nations appeal.", "a United Nations appeal", "UNO", "IGO"),
        ("The PKK claimed the bombing.", "The PKK", "TUR", "REB"),
        ("The Gulf Cooperation Council met on Monday.", "The Gulf Cooperation Council", "IGO",
         "IGO"),
        # a known person's name on the head or as a modifier, whatever the tagger made of it
        ("The Bush administration rejected the plan.", "The Bush administration", "USA", "GOV"),
        ("The Assad regime denied the report.", "The Assad regime", "SYR", "GOV"),
        ("Trump urges the council to act.", "Trump", "USA", "GOV"),
        # a possessive pronoun lends its antecedent's country
        ("Vladimir Putin said his country would not back down.", "his country", "RUS", None),
        # plural titles are titles: "leaders", and the context names their country
        ("Nigerian officials said Yoruba leaders would attend.", "Yoruba leaders", "NGA", "GOV"),
        # a country attached through a participle: "militias backed by X"; a militia is an
        # armed group of no state's forces (UAF)
        ("Militias backed by the Iranian government attacked the base.", "Militias", "IRN",
         "UAF"),
        # an armed group is a rebel sector, a "group" alone is a business group
        ("A Malian armed group seized the town.", "A Malian armed group", "MLI", "REB"),
        ("Troops killed 12 terrorists near the border.", "12 terrorists", None, "REB"),
        ("Hijackers seized the plane.", "Hijackers", None, "UAF"),
        ("The Sudanese paramilitary group shelled the town.", "The Sudanese paramilitary group",
         "SDN", "PRM"),
        # a hyphenated title, as the tokenizer splits it
        ("U.N. Secretary-General Ana Ruiz warned of famine.", "U.N. Secretary-General Ana Ruiz",
         "UNO", "IGO"),
    ],
)
def test_code_span(actors_nlp, text, phrase, country, sector) -> None:
    doc = actors_nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    participant = code_span(doc, span)
    assert (participant.country, participant.sector) == (country, sector)
    assert participant.text == phrase


@pytest.mark.parametrize(("iso2", "iso3"), [("UA", "UKR"), ("sd", "SDN"), ("NG", "NGA"),
                                            (None, None), ("XX", None)])
def test_iso3_of(iso2, iso3) -> None:
    from dateline.actors.coding import iso3_of

    assert iso3_of(iso2) == iso3


def test_a_national_body_names_its_country(actors_nlp) -> None:
    from dateline.actors.coding import country_mentions
    from dateline.actors.dictionary import ActorDictionary

    doc = actors_nlp("The Ghana Police Service said the road was closed.")
    assert "GHA" in {iso3 for _, iso3 in country_mentions(doc, ActorDictionary.load())}
