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
from dateline.geo.recognize import Mention, NameFilters, find_in_context, find_mentions
from dateline.geo.resolve import Resolution, fits_context, resolve
from dateline.geo.roles import LOCATION, RoleRules, place_role
from dateline.nlp.extensions import ensure_extensions, items
from dateline.records import Place


@Language.factory(
    "dateline_places",
    assigns=["doc._.places"],
    requires=["doc.ents", "doc._.entities"],
    default_config={"cache_dir": None, "gazetteer_matching": True, "roles": True},
)
def make_places(nlp: Language, name: str, cache_dir: str | None, gazetteer_matching: bool,
                roles: bool) -> PlaceAnnotator:
    return PlaceAnnotator(nlp, name, cache_dir=cache_dir, gazetteer_matching=gazetteer_matching,
                          roles=roles)


class PlaceAnnotator:
    """Recognize toponyms, resolve them in the article's context, and decide their role.

    Settings: ``cache_dir`` (where the gazetteer index lives; default $DATELINE_CACHE or
    ~/.cache/dateline), ``gazetteer_matching`` (also take names the model missed),
    ``roles`` (tell metonymic actors from locations).
    """

    def __init__(self, nlp: Language, name: str = "dateline_places", *,
                 cache_dir: str | None = None, gazetteer_matching: bool = True,
                 roles: bool = True) -> None:
        ensure_extensions()
        self.name = name
        self.cache_dir = cache_dir
        self.gazetteer_matching = gazetteer_matching
        self.roles = roles
        self.gazetteer: Gazetteer | None = None
        self.role_rules: RoleRules | None = None
        self.filters: NameFilters | None = None
        self.anchoring: Anchoring | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Open the gazetteer (building its index on first use) and load the role rules."""
        self.gazetteer = open_gazetteer(Path(self.cache_dir) if self.cache_dir else None)
        self.role_rules = RoleRules.load()
        self.filters = NameFilters.load()
        self.anchoring = Anchoring.load()

    def __call__(self, doc: Doc) -> Doc:
        if self.gazetteer is None or self.role_rules is None:
            self.initialize()
        assert self.gazetteer is not None and self.role_rules is not None
        hints = self._hint_countries(doc)
        mentions = find_mentions(doc, self.gazetteer if self.gazetteer_matching else None,
                                 self.filters)
        resolutions = resolve(mentions, self.gazetteer, doc.text, hints, self.anchoring)
        if self.gazetteer_matching:
            # Second reading: names inside organizations or left untagged that fit the places
            # already found ("Fargo police" in a story about Moorhead).
            more = find_in_context(doc, self.gazetteer, mentions, fits_context(resolutions),
                                   self.filters)
            if more:
                mentions = sorted([*mentions, *more], key=lambda m: m.start)
                resolutions = resolve(mentions, self.gazetteer, doc.text, hints, self.anchoring)
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
        for start, end in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            token_start, token_end = (span.start, span.end) if span is not None else (0, 0)
            mentions.append(Mention(start, end, token_start, token_end, doc.text[start:end],
                                    "given"))
        resolutions = resolve(mentions, self.gazetteer, doc.text, self._hint_countries(doc),
                              self.anchoring)
        return [self._place(doc, n, r, roles=False) for n, r in enumerate(resolutions, start=1)]

    def _hint_countries(self, doc: Doc) -> list[str]:
        assert self.gazetteer is not None
        hints = []
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
