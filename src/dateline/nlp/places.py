"""Places: toponyms recognized, resolved to coordinates offline, and told apart from actors.

``doc._.places`` is a list of ``records.Place`` in text order (ids P1, P2, ...). Each place
carries the gazetteer's name, country (ISO alpha-2), first-level division, coordinates,
GeoNames id and feature class, its role (``location``, or ``actor`` where the name stands for a
government acting: "Moscow played down") and a confidence.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from dateline.geo.anchor import Anchoring
from dateline.geo.gazetteer import Gazetteer, open_gazetteer
from dateline.geo.names import name_key
from dateline.geo.recognize import (
    Mention,
    NameFilters,
    find_in_context,
    find_mentions,
    names_division,
)
from dateline.geo.resolve import LIGHT_SUPPORT_WEIGHT, Resolution, fits_context, resolve
from dateline.geo.roles import LOCATION, RoleRules, place_role
from dateline.geo.setting import HomeCues
from dateline.nlp.extensions import ensure_extensions, items
from dateline.records import Place


@Language.factory(
    "dateline_places",
    assigns=["doc._.places"],
    requires=["doc.ents", "doc._.entities"],
    default_config={"cache_dir": None, "gazetteer_matching": True, "roles": True,
                    "home_cues": True, "coherence": LIGHT_SUPPORT_WEIGHT},
)
def make_places(nlp: Language, name: str, cache_dir: str | None, gazetteer_matching: bool,
                roles: bool, home_cues: bool, coherence: float) -> PlaceAnnotator:
    return PlaceAnnotator(nlp, name, cache_dir=cache_dir, gazetteer_matching=gazetteer_matching,
                          roles=roles, home_cues=home_cues, coherence=coherence)


class PlaceAnnotator:
    """Recognize toponyms, resolve them in the article's context, and decide their role.

    Settings: ``cache_dir`` (where the gazetteer index lives; default $DATELINE_CACHE or
    ~/.cache/dateline), ``gazetteer_matching`` (also take names the model missed),
    ``roles`` (tell metonymic actors from locations), ``home_cues`` (read the country an
    article is set in from its vocabulary: sheriffs and school boards, councillors and
    constables; resources/geo_home_cues.yaml), ``coherence`` (how much neighbouring readings of
    different names support each other, see ``dateline.geo.coherence``: 0 is off; the default,
    a light weight, helps local news and costs international news nothing on the geoparsing
    sets; the full weight, 2.0, helps local news more and costs international news).
    """

    def __init__(self, nlp: Language, name: str = "dateline_places", *,
                 cache_dir: str | None = None, gazetteer_matching: bool = True,
                 roles: bool = True, home_cues: bool = True,
                 coherence: float = LIGHT_SUPPORT_WEIGHT) -> None:
        ensure_extensions()
        self.name = name
        self.cache_dir = cache_dir
        self.gazetteer_matching = gazetteer_matching
        self.roles = roles
        self.home_cues = home_cues
        self.coherence = float(coherence)
        self.gazetteer: Gazetteer | None = None
        self.cues: HomeCues | None = None
        self.role_rules: RoleRules | None = None
        self.filters: NameFilters | None = None
        self.anchoring: Anchoring | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Open the gazetteer (building its index on first use) and load the role rules."""
        self.gazetteer = open_gazetteer(Path(self.cache_dir) if self.cache_dir else None)
        self.role_rules = RoleRules.load()
        self.filters = NameFilters.load()
        self.anchoring = Anchoring.load()
        self.cues = HomeCues.load() if self.home_cues else None

    def __call__(self, doc: Doc) -> Doc:
        if self.gazetteer is None or self.role_rules is None:
            self.initialize()
        assert self.gazetteer is not None and self.role_rules is not None
        hints = self._hint_countries(doc)
        text = doc.text  # built from the tokens on every access: once per article
        mentions = find_mentions(doc, self.gazetteer if self.gazetteer_matching else None,
                                 self.filters)
        resolutions = self._resolve(text, mentions, hints)
        if self.gazetteer_matching:
            # Second reading: names inside organizations or left untagged that fit the places
            # already found ("Fargo police" in a story about Moorhead).
            more = find_in_context(doc, self.gazetteer, mentions, fits_context(resolutions),
                                   self.filters)
            if more:
                mentions = sorted([*mentions, *more], key=lambda m: m.start)
                resolutions = self._resolve(text, mentions, hints)
        doc._.places = [
            self._place(doc, n, r) for n, r in enumerate(resolutions, start=1)
        ]
        return doc

    def resolve_spans(self, doc: Doc, spans: list[tuple[int, int]]) -> list[Place]:
        """Resolve given character spans (gold toponyms, say) in the context of ``doc``."""
        if self.gazetteer is None or self.role_rules is None:
            self.initialize()
        assert self.gazetteer is not None
        mentions = []
        text = doc.text
        for start, end in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            token_start, token_end = (span.start, span.end) if span is not None else (0, 0)
            division = span is not None and names_division(span)
            mentions.append(Mention(start, end, token_start, token_end, text[start:end],
                                    "given", division))
        resolutions = self._resolve(text, mentions, self._hint_countries(doc))
        return [self._place(doc, n, r, roles=False) for n, r in enumerate(resolutions, start=1)]

    def _resolve(self, text: str, mentions: list[Mention],
                 hints: list[str]) -> list[Resolution]:
        """Resolve ``mentions``; ``hints`` are the coded actors' countries, to which the setting
        the article's vocabulary tells is added (more readily where it names a single place)."""
        assert self.gazetteer is not None
        if self.cues is not None:
            lone = len({name_key(m.text) for m in mentions}) <= 1
            hints = self.cues.countries(text, lone=lone) + hints
        return resolve(mentions, self.gazetteer, text, hints, self.anchoring,
                       coherence=self.coherence > 0, support_weight=self.coherence)

    def _hint_countries(self, doc: Doc) -> list[str]:
        """Countries the article is about, from its coded actors."""
        assert self.gazetteer is not None
        hints: list[str] = []
        for entity in items(doc, "entities"):
            if entity.actor is not None and entity.actor.country:
                alpha2 = self.gazetteer.alpha2_of.get(entity.actor.country)
                if alpha2:
                    hints.append(alpha2)
        return hints

    def _place(self, doc: Doc, number: int, resolution: Resolution, roles: bool = True) -> Place:
        mention, entry = resolution.mention, resolution.entry
        role = LOCATION
        if roles and self.roles and self.role_rules is not None:
            span = doc[mention.token_start:mention.token_end]
            if len(span):
                role = place_role(span, self.role_rules)
        if entry is None:
            return Place(id=f"P{number}", text=mention.text, start=mention.start,
                         end=mention.end, name=mention.text, role=role,
                         confidence=resolution.confidence)
        return Place(
            id=f"P{number}", text=mention.text, start=mention.start, end=mention.end,
            name=entry.name, country=entry.country, admin1=entry.admin1,
            lat=round(entry.lat, 5), lon=round(entry.lon, 5), geonameid=entry.geonameid,
            feature=entry.feature, role=role, confidence=resolution.confidence,
        )
