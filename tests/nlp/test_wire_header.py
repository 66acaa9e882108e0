"""A wire header ("LIMA, May 2 (Reuters) - ") is where a story was filed, not who acted."""

import pytest

from dateline.events.main import main_event
from dateline.nlp.wire_header import find_headers


@pytest.mark.parametrize("text, header", [
    ("LIMA, May 2 (Reuters) - Peru's Congress approved the budget.", "LIMA, May 2 (Reuters) - "),
    ("THE HAGUE, Oct 8 (AFP) - Judges ruled on Monday.", "THE HAGUE, Oct 8 (AFP) - "),
    ("OTTAWA — The cabinet met on Friday.", "OTTAWA — "),
    ("TALLINN, Estonia (AP) — Officials said the line was cut.",
     "TALLINN, Estonia (AP) — "),
    ("SUVA, Fiji, Sept. 3, 2004 (Xinhua) -- Police arrested two men.",
     "SUVA, Fiji, Sept. 3, 2004 (Xinhua) -- "),
    ("Accra (Reuters) - Ghana's president spoke.", "Accra (Reuters) - "),
    # a header may open a later line of the text
    ("Storm hits coast\nMANILA, Jan 9 (AP) - A typhoon struck.", "MANILA, Jan 9 (AP) - "),
])
def test_headers_are_found(text, header):
    spans = find_headers(text)
    assert [text[s:e] for s, e in spans] == [header]


@pytest.mark.parametrize("text", [
    "Peru's Congress approved the budget on Monday.",
    # a title-case name needs the agency, and a headline's colon is no header
    "Lima - the capital - was calm.",
    "UN SAYS TALKS FAILED: diplomats left Geneva.",
    # words in capitals that run on in capitals are a headline, not a header
    "BREAKING - FLOODS HIT CAPITAL",
    "NATO, Russia and the EU met.",
])
def test_no_header(text):
    assert find_headers(text) == []


def test_header_is_its_own_sentence(nlp):
    doc = nlp("LIMA, May 2 (Reuters) - Peru's Congress approved the budget on Monday.")
    assert [s.text for s in doc.sents] == ["LIMA, May 2 (Reuters) -",
                                           "Peru's Congress approved the budget on Monday."]
    assert doc._.wire_header == [(0, 24)]


@pytest.mark.parametrize("text, actor, country", [
    # the filing city is not the subject, and the agency lends no country
    ("NAIROBI, March 3 (Reuters) - Uganda and South Sudan agreed on Monday to reopen "
     "their shared border crossing.", "Uganda", "UGA"),
    ("BANGKOK, June 5 (AFP) - Myanmar troops shelled villages near the Thai border on "
     "Friday, residents said.", "Myanmar troops", "MMR"),
    ("COLOMBO, Jan 12 (AFP) - Police arrested three opposition activists in Colombo on "
     "Sunday.", "Police", "LKA"),
    # the filing city still tells the story's country, whatever label the model gives it
    ("KHARTOUM, March 4 (Reuters) - The army accused paramilitary fighters on Monday of "
     "shelling civilians.", "The army", "SDN"),
])
def test_header_is_not_the_actor(nlp, text, actor, country):
    event = main_event(nlp(text))
    assert event is not None
    assert event.actor is not None and event.actor.text == actor
    assert event.actor.country == country


def test_a_header_tells_no_event(nlp):
    text = ("KUMASI, Jan 4 (Reuters) - Ghanaian police freed 12 traders who had been held by "
            "kidnappers for a week, officials said.")
    doc = nlp(text)
    (start, end), = doc._.wire_header
    assert doc._.events
    assert all(e.trigger.start >= end for e in doc._.events)


@pytest.mark.parametrize("text, actor, country, sector", [
    # an organization the dictionary knows, named in a header story or as a modifier
    ("SUVA, Dec 8 (Reuters) - The Commonwealth suspended Fiji from its councils on Friday.",
     "The Commonwealth", "IGO", "IGO"),
    ("Greenpeace activists occupied a coal-fired power plant in Yorkshire on Monday.",
     "Greenpeace activists", "NGO", "NGO"),
])
def test_organizations_wire_stories_name(nlp, text, actor, country, sector):
    event = main_event(nlp(text))
    assert event is not None and event.actor is not None and event.actor.text == actor
    assert (event.actor.country, event.actor.sector) == (country, sector)


def test_an_undated_event_is_reported_on_the_headers_date(nlp):
    doc = nlp.make_doc("HARARE, Oct 4 (Reuters) - Police arrested two opposition activists, "
                       "their lawyer said.")
    doc._.dct = "2004-10-06"
    for _, component in nlp.pipeline:
        doc = component(doc)
    arrest = next(e for e in doc._.events if e.trigger.text == "arrested")
    assert (arrest.date.value, arrest.date.precision) == ("2004-10-04", "reported")
