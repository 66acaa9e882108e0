"""``dateline eval geo PATH``: toponym detection and resolution against geoparsing gold sets.

Layouts read (see ../shared/benchmarks/geo/PROVENANCE.md):
- LGL / TR-News XML: ``<article><text/><toponyms><toponym><start/><end/><phrase/>
  <gaztag geonameid><lat/><lon/>...``;
- GeoWebNews XML (GWN.xml): ``<toponym><extractedName/><type/><modifierType/><start/><end/>
  <latitude/><longitude/>``;
- GeoVirus XML: ``<locations><location><name/><start/><end/><lat/><lon/>``;
- the GeoWebNews brat directory: ``N.txt`` + ``N.ann`` (T lines with the type, ``#`` notes with a
  GeoNames id or "lat, lon", ``A`` lines with Modifier_Type). A note that is only a GeoNames id
  gets its coordinates from dateline's own gazetteer, which flatters the resolution figures:
  prefer GWN.xml (same articles, coordinates given) for resolution.

GeoWebNews annotates more than toponyms. Its gold toponyms here are the named places: types
Literal, Mixed, Coercion, Metonymic, Embedded_Literal, Embedded_Non_Lit, and Literal_Modifier /
Non_Literal_Modifier when the modifier is a noun ("Britain", not "British"); the common-noun
expressions ("city"), demonyms, languages, homonyms and non-toponyms are left out.

Figures (Gritta et al. 2019): detection P/R/F1 by one-to-one span overlap, counting every place
dateline emits (locations and actors); resolution over the detected gold toponyms that carry
coordinates: accuracy within 161 km, mean and median error, and the AUC of the log-error curve
(0 best, 1 worst; an unresolved toponym counts as the largest error). The same resolution figures
with the gold span given (``*_gold``) measure the resolver alone.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from dateline.eval.metrics import overlaps, prf
from dateline.geo.resolve import haversine_km

ACCURACY_KM = 161.0
MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the error of a missing answer
GWN_TOPONYM_TYPES = frozenset({
    "Literal", "Mixed", "Coercion", "Metonymic", "Embedded_Literal", "Embedded_Non_Lit",
})
GWN_MODIFIER_TYPES = frozenset({"Literal_Modifier", "Non_Literal_Modifier"})
COMPONENTS = ("dateline_places",)


@dataclass(slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def read_gold(path: Path, gazetteer_coordinates: Any = None) -> Iterator[GoldArticle]:
    """Articles of a gold set in any of the supported layouts."""
    if path.is_dir():
        yield from _read_brat(path, gazetteer_coordinates)
        return
    root = ET.parse(path).getroot()
    for n, article in enumerate(root.iter("article")):
        text = article.findtext("text") or ""
        doc_id = article.get("docid") or article.get("file") or str(n)
        toponyms: list[GoldToponym] = []
        for node in article.iter("toponym"):
            gold = _xml_toponym(node, text)
            if gold is not None:
                toponyms.append(gold)
        for node in article.iter("location"):
            gold = _geovirus_location(node, text)
            if gold is not None:
                toponyms.append(gold)
        yield GoldArticle(doc_id, text, toponyms)


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _span(node: ET.Element, text: str) -> tuple[int, int] | None:
    start, end = node.findtext("start"), node.findtext("end")
    if start is None or end is None:
        return None
    s, e = int(start), int(end)
    return (s, e) if 0 <= s < e <= len(text) else None


def _xml_toponym(node: ET.Element, text: str) -> GoldToponym | None:
    span = _span(node, text)
    if span is None:
        return None
    kind = node.findtext("type")
    if kind is not None:  # GeoWebNews
        modifier = node.findtext("modifierType") or ""
        if not _gwn_is_toponym(kind, modifier):
            return None
        return GoldToponym(*span, text[span[0]:span[1]], _float(node.findtext("latitude")),
                           _float(node.findtext("longitude")))
    gaztag = node.find("gaztag")
    lat = lon = None
    if gaztag is not None:
        lat, lon = _float(gaztag.findtext("lat")), _float(gaztag.findtext("lon"))
    return GoldToponym(*span, text[span[0]:span[1]], lat, lon)


def _geovirus_location(node: ET.Element, text: str) -> GoldToponym | None:
    span = _span(node, text)
    if span is None:
        return None
    span = _align(text, span, node.findtext("name") or "")
    return GoldToponym(*span, text[span[0]:span[1]], _float(node.findtext("lat")),
                       _float(node.findtext("lon")))


def _align(text: str, span: tuple[int, int], name: str, window: int = 10) -> tuple[int, int]:
    """Offsets of ``name`` nearest to ``span`` (GeoVirus offsets can be one off)."""
    if not name or text[span[0]:span[1]] == name:
        return span
    lo = max(span[0] - window, 0)
    hits = []
    at = text.find(name, lo, span[1] + window + len(name))
    while at != -1:
        hits.append(at)
        at = text.find(name, at + 1, span[1] + window + len(name))
    if not hits:
        return span
    best = min(hits, key=lambda h: abs(h - span[0]))
    return best, best + len(name)


def _gwn_is_toponym(kind: str, modifier: str) -> bool:
    if kind in GWN_TOPONYM_TYPES:
        return True
    return kind in GWN_MODIFIER_TYPES and modifier == "Noun"


def _read_brat(directory: Path, gazetteer_coordinates: Any) -> Iterator[GoldArticle]:
    def number(p: Path) -> tuple[int, str]:
        return (int(p.stem), p.stem) if p.stem.isdigit() else (1 << 30, p.stem)

    for txt in sorted(directory.glob("*.txt"), key=number):
        ann = txt.with_suffix(".ann")
        if not ann.is_file():
            continue
        text = txt.read_text(encoding="utf-8")
        spans: dict[str, tuple[str, int, int]] = {}
        notes: dict[str, str] = {}
        modifiers: dict[str, str] = {}
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 2:
                fields = parts[1].split()
                if len(fields) >= 3 and fields[1].isdigit() and fields[-1].isdigit():
                    spans[parts[0]] = (fields[0], int(fields[1]), int(fields[-1]))
            elif line.startswith("#") and len(parts) >= 3:
                notes[parts[1].split()[-1]] = parts[2].strip()
            elif line.startswith("A") and len(parts) >= 2:
                fields = parts[1].split()
                if fields[0] == "Modifier_Type" and len(fields) >= 3:
                    modifiers[fields[1]] = fields[2]
        toponyms = []
        for tid, (kind, start, end) in spans.items():
            if not _gwn_is_toponym(kind, modifiers.get(tid, "")):
                continue
            if not 0 <= start < end <= len(text):
                continue
            lat, lon = _note_coordinates(notes.get(tid), gazetteer_coordinates)
            toponyms.append(GoldToponym(start, end, text[start:end], lat, lon))
        toponyms.sort(key=lambda t: t.start)
        yield GoldArticle(txt.stem, text, toponyms)


def _note_coordinates(note: str | None, gazetteer_coordinates: Any) -> tuple[float | None, ...]:
    if not note:
        return None, None
    if "," in note:
        lat, _, lon = note.partition(",")
        return _float(lat.strip()), _float(lon.strip())
    if note.isdigit() and gazetteer_coordinates is not None:
        found = gazetteer_coordinates(int(note))
        if found is not None:
            return found
    return None, None


# ---------------------------------------------------------------------------------------------
# Scoring


def match_spans(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> dict[int, int]:
    """One-to-one overlap matching, gold index -> prediction index (greedy, in text order)."""
    matched: dict[int, int] = {}
    used: set[int] = set()
    for g, gspan in enumerate(gold):
        best = None
        for p, pspan in enumerate(pred):
            if p in used or not overlaps(gspan, pspan):
                continue
            if gspan == pspan:
                best = p
                break
            if best is None:
                best = p
        if best is not None:
            matched[g] = best
            used.add(best)
    return matched


def error_km(gold: GoldToponym, lat: float | None, lon: float | None) -> float:
    if lat is None or lon is None or gold.lat is None or gold.lon is None:
        return MAX_ERROR_KM
    return haversine_km(gold.lat, gold.lon, lat, lon)


def resolution_figures(errors: list[float], suffix: str = "") -> dict[str, float | int]:
    """Accuracy within 161 km, mean and median error, and the AUC of the log-error curve."""
    if not errors:
        return {f"acc_161km{suffix}": 0.0, f"mean_error_km{suffix}": 0.0,
                f"median_error_km{suffix}": 0.0, f"auc{suffix}": 0.0,
                f"n_resolved{suffix}": 0}
    logs = sorted(math.log(1 + e) for e in errors)
    top = math.log(1 + MAX_ERROR_KM)
    if len(logs) == 1:
        auc = logs[0] / top
    else:
        # trapezoid area under the sorted log-error curve on a [0, 1] axis, scaled to [0, 1]
        area = sum((a + b) / 2 for a, b in zip(logs, logs[1:], strict=False)) / (len(logs) - 1)
        auc = area / top
    return {
        f"acc_161km{suffix}": round(sum(e < ACCURACY_KM for e in errors) / len(errors), 4),
        f"mean_error_km{suffix}": round(statistics.fmean(errors), 1),
        f"median_error_km{suffix}": round(statistics.median(errors), 1),
        f"auc{suffix}": round(auc, 4),
        f"n_resolved{suffix}": len(errors),
    }


def evaluate(path: Path, nlp: Language | None = None, limit: int | None = None) -> dict:
    """Score toponym detection and resolution on a gold set (see the module docstring)."""
    from dateline.nlp.pipeline import add_components, load_pipeline

    if nlp is None:
        nlp = load_pipeline(components=COMPONENTS)
    elif "dateline_places" not in nlp.pipe_names:
        nlp = add_components(nlp, COMPONENTS)
    places = nlp.get_pipe("dateline_places")
    if places.gazetteer is None:
        places.initialize(nlp=nlp)
    gazetteer = places.gazetteer

    def coordinates(geonameid: int) -> tuple[float, float] | None:
        entry = gazetteer.get(geonameid)
        return (entry.lat, entry.lon) if entry is not None else None

    articles = []
    for article in read_gold(Path(path), coordinates):
        articles.append(article)
        if limit is not None and len(articles) >= limit:
            break

    tp = n_pred = n_gold = 0
    tp_lit = n_gold_lit = 0
    errors: list[float] = []
    errors_gold: list[float] = []
    docs = nlp.pipe((a.text for a in articles), batch_size=16)
    for article, doc in zip(articles, docs, strict=True):
        gold = article.toponyms
        predicted = doc._.places or []
        gold_spans = [(t.start, t.end) for t in gold]
        matched = match_spans(gold_spans, [(p.start, p.end) for p in predicted])
        tp += len(matched)
        n_pred += len(predicted)
        n_gold += len(gold)
        literal = [g for g, t in enumerate(gold) if not gazetteer.is_demonym(t.text)]
        n_gold_lit += len(literal)
        tp_lit += sum(1 for g in literal if g in matched)
        for g, p in matched.items():
            if gold[g].lat is not None:
                errors.append(error_km(gold[g], predicted[p].lat, predicted[p].lon))
        with_coordinates = [t for t in gold if t.lat is not None]
        given = places.resolve_spans(doc, [(t.start, t.end) for t in with_coordinates])
        for t, place in zip(with_coordinates, given, strict=True):
            errors_gold.append(error_km(t, place.lat, place.lon))

    precision, recall, f1 = prf(tp, n_pred, n_gold)
    _, recall_lit, f1_lit = prf(tp_lit, n_pred - (tp - tp_lit), n_gold_lit)
    return {
        "detection_precision": round(precision, 4),
        "detection_recall": round(recall, 4),
        "detection_f1": round(f1, 4),
        "detection_f1_no_demonyms": round(f1_lit, 4),
        **resolution_figures(errors),
        **resolution_figures(errors_gold, "_gold"),
        "n_articles": len(articles),
        "n_gold": n_gold,
        "n_pred": n_pred,
        "n_detected": tp,
    }
