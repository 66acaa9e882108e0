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
        # predecessor states and regions code as the state that holds them today
        ("the Soviet Union", "RUS"), ("Soviet", "RUS"), ("Yugoslavia", "SRB"),
        ("Yugoslav", "SRB"), ("East German", "DEU"), ("Czechoslovakia", "CZE"),
        ("Chechen", "RUS"), ("Tibetan", "CHN"), ("Darfur", "SDN"), ("Abkhazia", "GEO"),
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
        ("the PLO", "PSE", "GOV"), ("IRA", "GBR", "REB"), ("Mossad", "ISR", "SPY"),
        ("the Kosovo Liberation Army", "XKX", "REB"), ("State Department", "USA", "GOV"),
        ("UNITA", "AGO", "REB"), ("the Common Market", "EUR", "IGO"), ("IRNA", "IRN", "JRN"),
        ("ICTY", "UNO", "JUD"), ("Revolutionary Guards", "IRN", "MIL"),
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
        # leaders of the 1990s and 2000s, when much coded news was written
        ("Yeltsin", "Boris Yeltsin", "RUS"), ("Yasser Arafat", "Yasser Arafat", "PSE"),
        ("Slobodan Milosevic", "Slobodan Milošević", "SRB"), ("Kofi Annan", "Kofi Annan", "UNO"),
        ("Obasanjo", "Olusegun Obasanjo", "NGA"), ("Saddam Hussein", "Saddam Hussein", "IRQ"),
        ("Qaddafi", "Muammar Gaddafi", "LBY"), ("Jiang Zemin", "Jiang Zemin", "CHN"),
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


@pytest.mark.parametrize(
    ("surname", "country"),
    [("Bush", "USA"),  # two presidents, one country
     ("Hussein", None),  # Saddam Hussein and King Hussein: two countries
     ("Nobody", None)],
)
def test_a_shared_surname_names_a_country_only_when_all_share_it(
        d: ActorDictionary, surname: str, country: str | None) -> None:
    assert d.person(surname) is None
    assert d.surname_country(surname) == country


def test_unknown_words_name_no_country(d: ActorDictionary) -> None:
    assert d.country_of_word("Tuesday") is None
    assert d.person("Nobody Inparticular") is None


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        # a name in capitals names its country only in capitals
        ("CAR", "CAF"), ("car", None), ("Car", None), ("US", "USA"), ("us", None),
        ("US's", "USA"), ("U.S.", "USA"), ("UAE's", "ARE"),
        # a name of letters and case names it in any case
        ("Chad", "TCD"), ("chad", "TCD"),
        # an epithet that stands for one state
        ("Islamic Republic", "IRN"), ("the Jewish state", "ISR"),
    ],
)
def test_names_in_capitals_and_epithets(d: ActorDictionary, word: str, iso3: str | None) -> None:
    assert d.country_of_word(word) == iso3


@pytest.mark.parametrize("word", ["Gang", "Yi", "Qiang", "Un", "Yeol"])
def test_a_given_name_after_the_family_name_names_no_one(d: ActorDictionary, word: str) -> None:
    # "Qin Gang", "Wang Yi", "Kim Jong Un": the family name comes first, so the last word of
    # the name is no surname ("Gang members killed three people")
    assert d.person(word) is None
    assert d.surname_country(word) is None


def test_a_family_name_listed_as_an_alias_still_names_its_person(d: ActorDictionary) -> None:
    found = d.person("Xi")
    assert found is not None and found.country == "CHN"


def test_a_mothers_surname_names_no_one(d: ActorDictionary) -> None:
    # "Xavier Espot Zamora" goes by Espot: a journalist named Zamora is someone else
    assert d.person("Zamora") is None


@pytest.mark.parametrize(("words", "sector"), [("organized crime group", "CRM"),
                                                ("Sinaloa Cartel", "CRM"), ("Adani Group", "BUS")])
def test_criminal_groups_are_no_businesses(d: ActorDictionary, words: str, sector: str) -> None:
    found = d.find_terms(words.split(), d.org_words)
    longest = max(found, key=lambda f: (f[1] - f[0], f[1]))
    assert d.org_words[longest[2]] == sector
