"""The actor dictionary: one fact per row."""

import pytest

from dateline.actors.dictionary import ActorDictionary, normalize_name


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        ("Ukraine", "UKR"), ("Ukraine's", "UKR"), ("U.S.", "USA"), ("the United States", "USA"),
        ("Britain", "GBR"), ("French", "FRA"), ("Ukrainians", "UKR"), ("Kremlin", "RUS"),
        ("the White House", "USA"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Moscow", "RUS"),
        ("Washington", "USA"), ("Beijing", "CHN"), ("Iranian", "IRN"), ("Sudanese", "SDN"),
        ("Turkey", "TUR"), ("Türkiye", "TUR"), ("DRC", "COD"),
    ],
)
def test_country_of_word(d: ActorDictionary, word: str, iso3: str) -> None:
    assert d.country_of_word(word) == iso3


@pytest.mark.parametrize(
    ("name", "country", "sector"),
    [
        ("European Union", "EUR", "IGO"), ("EU", "EUR", "IGO"), ("NATO", "IGO", "IGO"),
        ("the United Nations", "UNO", "IGO"), ("Reuters", "GBR", "JRN"),
        ("Hamas", "PSE", "REB"), ("Rapid Support Forces", "SDN", "REB"),
    ],
)
def test_organizations(d: ActorDictionary, name: str, country: str, sector: str) -> None:
    org = d.organization(name)
    assert org is not None and (org.country, org.sector) == (country, sector)


@pytest.mark.parametrize(
    ("name", "canonical", "country"),
    [
        ("Zelensky", "Volodymyr Zelenskyy", "UKR"),
        ("Volodymyr Zelenskiy", "Volodymyr Zelenskyy", "UKR"),
        ("Peskov", "Dmitry Peskov", "RUS"),
        ("Emmanuel Macron", "Emmanuel Macron", "FRA"),
        ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "TUR"),
    ],
)
def test_known_people(d: ActorDictionary, name: str, canonical: str, country: str) -> None:
    person = d.person(name)
    assert person is not None
    assert normalize_name(person.name) in (normalize_name(canonical),
                                           normalize_name(canonical).replace("ğ", "g"))
    assert person.country == country


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        ("Foreign Minister", "GOV"), ("Kremlin spokesman", "GOV"),
        ("top military commander", "MIL"),
        ("Chief of Staff", "MIL"), ("Secretary of State", "GOV"), ("police chief", "COP"),
        ("opposition leader", "OPP"), ("Army Secretary", "MIL"),
    ],
)
def test_title_sectors(d: ActorDictionary, words: str, sector: str) -> None:
    found = d.find_terms(words.split(), d.titles)
    assert found, words
    longest = max(found, key=lambda f: (f[1] - f[0], f[1]))
    assert d.titles[longest[2]] == sector


def test_unknown_words_name_no_country(d: ActorDictionary) -> None:
    assert d.country_of_word("Tuesday") is None
    assert d.person("Nobody Inparticular") is None
