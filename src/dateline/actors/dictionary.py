"""The actor dictionary: countries, demonyms, seats of power, organizations, known people and
sector words, built from the CSV resources. Loaded once per process (``ActorDictionary.load``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.resources import load_table, split_cell

# PLOVER codes international actors this way (PLOVER manual, "Country names").
INTERNATIONAL_CODES = {"EUR", "UNO", "IGO", "NGO", "ISM", "IMG", "MNC"}
# Those of them that stand for intergovernmental organizations (the UN, the EU, any IGO).
IGO_CODES = frozenset({"UNO", "EUR", "IGO"})
_ALIASES_OF_CODES = {"NATO": "IGO", "EU": "EUR", "UN": "UNO"}
# Countries whose people's names put the family name first ("Xi Jinping", "Yoon Suk Yeol").
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK"})
# Countries whose people carry a father's and a mother's surname, the father's first: the last
# word of "Xavier Espot Zamora" is no name he goes by (and the first of "Juan Manuel Santos"'s
# last two is no surname), so such names of three words or more give no bare surname.
TWO_SURNAMES = frozenset({"ESP", "AND", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB",
                          "DOM", "PRI", "COL", "VEN", "ECU", "PER", "BOL", "CHL", "ARG", "URY",
                          "PRY"})

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def _in_capitals(name: str) -> bool:
    """A name written in capitals, dots aside: "CAR", "U.S.", "UAE" (not "Chad")."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def normalize_name(text: str) -> str:
    """Lower-case key for name lookups: no leading 'the', no possessive, single spaces."""
    text = " ".join(text.split())
    text = _POSSESSIVE.sub("", text)
    text = _LEADING_THE.sub("", text)
    return text.casefold().strip(" ,")


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str


@dataclass(frozen=True, slots=True)
class KnownActor:
    """An organization or a person the dictionary knows by name."""

    name: str
    country: str | None
    sector: str | None
    role: str | None = None


class ActorDictionary:
    """Lookups from words to actor codes. Build it with ``ActorDictionary.load()``."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}  # iso3 -> Country
        self.country_names: dict[str, str] = {}  # name or alias -> iso3
        self.demonyms: dict[str, str] = {}  # "ukrainian" -> UKR
        self.seats: dict[str, str] = {}  # "kremlin", "washington" -> iso3 (government)
        self.organizations: dict[str, KnownActor] = {}
        self.organization_names: list[str] = []  # as written, for matching in a text
        self.epithets: list[str] = []  # "Islamic Republic", "Jewish state": matched in any case
        self.capital_names: set[str] = set()  # keys of names in capitals: "car" (CAR), "us" (US)
        self.people: dict[str, KnownActor] = {}  # full name or alias -> person
        self.surnames: dict[str, list[KnownActor]] = {}
        self.titles: dict[str, str] = {}  # "foreign minister" -> GOV
        self.groups: dict[str, str] = {}  # "troops" -> MIL
        self.org_words: dict[str, str] = {}  # "army" -> MIL
        self.former_words: dict[str, str] = {}  # "former" -> ELI (of a state office)
        self.max_term_words = 1
        self.title_words: set[str] = set()  # every word of every title term

    @classmethod
    @cache
    def load(cls) -> ActorDictionary:
        self = cls()
        for row in load_table("countries.csv"):
            iso3 = row["iso3"]
            self.countries[iso3] = Country(iso3, row["iso2"], row["name"])
            for name in [row["name"], *split_cell(row["aliases"])]:
                self.country_names.setdefault(normalize_name(name), iso3)
                if _in_capitals(name):
                    self.capital_names.add(normalize_name(name))
            for demonym in split_cell(row["demonyms"]):
                self.demonyms.setdefault(demonym.casefold(), iso3)
            for seat in [row["capital"], *split_cell(row["seats"])]:
                if seat:
                    self.seats.setdefault(normalize_name(seat), iso3)
        for row in load_table("country_epithets.csv"):
            self.country_names.setdefault(normalize_name(row["epithet"]), row["iso3"])
            self.epithets.append(row["epithet"])
        for row in load_table("organizations.csv"):
            actor = KnownActor(row["name"], _code(row["country"]), row["sector"] or None)
            for name in [row["name"], *split_cell(row["aliases"])]:
                self.organizations.setdefault(normalize_name(name), actor)
                self.organization_names.append(name)
        for row in load_table("known_people.csv"):
            person = KnownActor(row["name"], _code(row["country"]), row["sector"] or None,
                                row["role"] or None)
            # Aliases are explicit and unambiguous in the table, single words included
            # ("Zelensky", "Lula"); the last word of the full name is a surname candidate,
            # used only when one known person has it. Not where the family name comes first:
            # "Qin Gang" is no "Gang", and a bare "Kim" or "Li" names no one in particular.
            for name in [row["name"], *split_cell(row["aliases"])]:
                self.people.setdefault(normalize_name(name), person)
            words = normalize_name(row["name"]).split()
            if person.country in FAMILY_NAME_FIRST or (
                    person.country in TWO_SURNAMES and len(words) >= 3):
                continue
            surname = words[-1]
            self.surnames.setdefault(surname, []).append(person)
        tables = {"title": self.titles, "group": self.groups, "org": self.org_words}
        for row in load_table("sectors.csv"):
            if row["kind"] == "former":
                self.former_words[row["term"].casefold()] = row["sector"]
                continue
            term = row["term"].casefold()
            # "secretary-general" also as the tokenizer splits it: secretary - general
            for form in {term, term.replace("-", " - ")}:
                tables[row["kind"]][form] = row["sector"]
                self.max_term_words = max(self.max_term_words, len(form.split()))
            if row["kind"] == "title":
                self.title_words.update(row["term"].casefold().split())
        return self

    # -- countries -------------------------------------------------------------------------
    def country_of_name(self, text: str) -> str | None:
        """ISO3 of a country named by name or alias ("U.S.", "Ukraine's"), else None. A name
        in capitals ("CAR", "US") names the country only in capitals: "a car", "told us"."""
        key = normalize_name(text)
        for candidate in (key, key.rstrip(".")):
            if candidate in self.capital_names and not _in_capitals(_POSSESSIVE.sub("", text)):
                continue
            if candidate in self.country_names:
                return self.country_names[candidate]
        return None

    def country_of_word(self, text: str) -> str | None:
        """ISO3 of a country named, adjectived or stood for by a word or short phrase."""
        key = normalize_name(text)
        return (
            self.country_of_name(text)
            or self.demonyms.get(key)
            or self.seats.get(key)
            or (self.organizations[key].country if key in self.organizations else None)
        )

    def seat_country(self, text: str) -> str | None:
        return self.seats.get(normalize_name(text))

    def iso2(self, iso3: str | None) -> str | None:
        country = self.countries.get(iso3 or "")
        return country.iso2 if country else None

    # -- named actors ----------------------------------------------------------------------
    def organization(self, text: str) -> KnownActor | None:
        return self.organizations.get(normalize_name(text))

    def person(self, text: str) -> KnownActor | None:
        """A known person by full name or alias; a bare surname only if unambiguous."""
        key = normalize_name(text)
        if key in self.people:
            return self.people[key]
        candidates = self.surnames.get(key, [])
        names = {c.name for c in candidates}
        return candidates[0] if len(names) == 1 else None

    def surname_country(self, text: str) -> str | None:
        """The country every known person with this surname shares ("Bush": two presidents,
        one country), else None."""
        key = normalize_name(text).split()
        countries = {c.country for c in self.surnames.get(key[-1], [])} if key else set()
        return next(iter(countries)) if len(countries) == 1 else None

    # -- sectors ---------------------------------------------------------------------------
    def find_terms(self, words: list[str], table: dict[str, str]) -> list[tuple[int, int, str]]:
        """Longest-first matches of ``table`` terms in ``words``: (start, end, term)."""
        lowered = [w.casefold() for w in words]
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(lowered):
            for size in range(min(self.max_term_words, len(lowered) - i), 0, -1):
                term = " ".join(lowered[i:i + size])
                if term in table:
                    found.append((i, i + size, term))
                    i += size
                    break
            else:
                i += 1
        return found


def _code(value: str) -> str | None:
    value = (value or "").strip().upper()
    if not value:
        return None
    return _ALIASES_OF_CODES.get(value, value)
