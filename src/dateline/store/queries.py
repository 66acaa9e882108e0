"""Read-side queries over a store, shared by the HTTP API, the web explorer and the exports.

Every function takes an open connection (read-only is enough) and returns plain JSON-ready
data. SQL is parameterized; filter values are validated by the caller (the API) and bound
here, never formatted into the SQL text.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

MAX_LIMIT = 500

EVENT_COLUMNS = """
e.article_id, e.id, e.article_id || ':' || e.id AS key, e.type, e.mode, e.contexts, e.modality,
e.trigger, e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end,
e.actor_text, e.actor_entity, e.actor_country, e.actor_sector,
e.recipient_text, e.recipient_entity, e.recipient_country, e.recipient_sector,
e.date, e.date_precision, e.place_id, e.place_precision,
e.killed, e.injured, e.missing, e.arrested, e.displaced, e.released,
e.cameo, e.acled, e.source_quote, e.confidence, x.day_start, x.day_end,
p.name AS place_name, p.country AS place_country, p.admin1 AS place_admin1,
p.lat AS lat, p.lon AS lon, p.feature AS place_feature,
a.dct AS article_dct, a.title AS article_title, a.source AS article_source,
a.url AS article_url, m.cluster_id AS cluster_id
"""

# Filters apply to event_index x (narrow, indexed); the rest is read for the page only.
EVENT_FROM = """
FROM event_index x
CROSS JOIN events e ON e.article_id = x.article_id AND e.id = x.event_id
JOIN articles a ON a.id = e.article_id
LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place_id
LEFT JOIN event_cluster_members m ON m.article_id = e.article_id AND m.event_id = e.id
"""


@dataclass(slots=True)
class EventFilter:
    """The explorer's shared filters. ``None`` means "any"."""

    type: str | None = None
    mode: str | None = None
    modality: str | None = None
    actor_country: str | None = None
    actor_sector: str | None = None
    recipient_country: str | None = None
    recipient_sector: str | None = None
    country: str | None = None  # either side, or the place's country (alpha-2 or alpha-3)
    date_from: str | None = None  # ISO date, inclusive; compared with the event's first day
    date_to: str | None = None  # ISO date, inclusive; compared with the event's last day
    place: str | None = None  # place name, case-insensitive
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    q: str | None = None  # full-text search in the article text
    article_id: str | None = None
    cluster_id: str | None = None

    def as_params(self) -> dict[str, Any]:
        """The filters that are set, for links and echoing back."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None:
                out[f.name] = ",".join(map(str, value)) if f.name == "bbox" else value
        return out


def fts_query(text: str) -> str | None:
    """A user's search words as an FTS5 query of quoted terms (all must occur); operators and
    punctuation in the input are data, not syntax."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    if not words:
        return None
    return " ".join(f'"{w}"' for w in words[:20])


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause of a filter over ``event_index x`` (no other table needed)."""
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (("x.type", f.type), ("x.mode", f.mode), ("x.modality", f.modality),
                          ("x.actor_country", f.actor_country),
                          ("x.actor_sector", f.actor_sector),
                          ("x.recipient_country", f.recipient_country),
                          ("x.recipient_sector", f.recipient_sector),
                          ("x.article_id", f.article_id)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if f.cluster_id:
        clauses.append("(x.article_id, x.event_id) IN (SELECT article_id, event_id "
                       "FROM event_cluster_members WHERE cluster_id = ?)")
        params.append(f.cluster_id)
    if f.country:
        from dateline.export.countries import country_row

        row = country_row(f.country)  # events code alpha-3, places alpha-2: match either
        alpha3, alpha2 = (row["iso3"], row["iso2"]) if row else (f.country, f.country)
        clauses.append("(x.actor_country = ? OR x.recipient_country = ? "
                       "OR x.place_country = ?)")
        params += [alpha3, alpha3, alpha2]
    # An event is in a date range when all the days its date may mean are: "2025-W41" is in
    # October 2025 but not in the range 2025-10-12..2025-10-12.
    # An event is in a date range when all the days its date may mean are: "2025-W41" is in
    # October 2025 but not in the range 2025-10-12..2025-10-12. (day_start <= date_to is
    # implied; it lets the (..., day_start) indexes bound the scan.)
    if f.date_from:
        clauses.append("x.day_start >= ?")
        params.append(f.date_from)
    if f.date_to:
        clauses.append("x.day_start <= ? AND x.day_end <= ?")
        params += [f.date_to, f.date_to]
    if f.place:
        clauses.append("x.place_name = ? COLLATE NOCASE")
        params.append(f.place)
    if f.bbox:
        min_lon, min_lat, max_lon, max_lat = f.bbox
        clauses.append("x.lat BETWEEN ? AND ? AND x.lon BETWEEN ? AND ?")
        params += [min_lat, max_lat, min_lon, max_lon]
    if f.q and (match := fts_query(f.q)):
        clauses.append("x.article_id IN (SELECT article_id FROM articles_fts "
                       "WHERE articles_fts MATCH ?)")
        params.append(match)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _count_from(f: EventFilter) -> str:
    """The FROM of counts and aggregates: the index table alone."""
    return "FROM event_index x"


def _rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, tuple(row), strict=True)) for row in cursor]


def _event_item(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    row["contexts"] = json.loads(row["contexts"]) if row.get("contexts") else []
    return row


def count_events(conn: sqlite3.Connection, f: EventFilter) -> int:
    where, params = _where(f)
    return conn.execute(f"SELECT COUNT(*) {_count_from(f)} {where}", params).fetchone()[0]


def list_events(conn: sqlite3.Connection, f: EventFilter, limit: int = 50,
                offset: int = 0) -> dict[str, Any]:
    """A page of events, latest first (by the first day their date may mean), with the total
    that match. The page's keys are chosen on the narrow index table first; only those rows
    are joined to the rest."""
    where, params = _where(f)
    limit = max(1, min(limit, MAX_LIMIT))
    page = (f"(SELECT x.* FROM event_index x {where} "
            "ORDER BY x.day_start DESC, x.article_id, x.event_id LIMIT ? OFFSET ?) x")
    cur = conn.execute(
        f"SELECT {EVENT_COLUMNS} {EVENT_FROM.replace('event_index x', page, 1)} "
        "ORDER BY x.day_start DESC, x.article_id, x.event_id",
        [*params, limit, max(0, offset)])
    items = [_event_item(r) for r in _rows(cur)]
    total = offset + len(items) if len(items) < limit and (items or not offset) \
        else count_events(conn, f)
    return {"total": total, "limit": limit, "offset": offset,
            "filters": f.as_params(), "items": items}


def iter_events(conn: sqlite3.Connection, f: EventFilter,
                batch: int = 1000) -> Iterator[dict[str, Any]]:
    """Every matching event with its place, article and cluster, in date order (exports)."""
    where, params = _where(f)
    cur = conn.execute(
        f"SELECT {EVENT_COLUMNS}, a.processed_at AS processed_at, "
        "substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence, "
        "c.n_sources AS cluster_sources, c.killed_best AS cluster_killed_best "
        f"{EVENT_FROM} LEFT JOIN event_clusters c ON c.id = m.cluster_id {where} "
        "ORDER BY x.day_start, x.article_id, x.event_id", params)
    names = [d[0] for d in cur.description]
    while rows := cur.fetchmany(batch):
        for row in rows:
            yield _event_item(dict(zip(names, tuple(row), strict=True)))


def split_key(key: str) -> tuple[str, str] | None:
    """An event key ``article_id:event_id`` as its two parts."""
    article_id, sep, event_id = key.rpartition(":")
    return (article_id, event_id) if sep and article_id and event_id else None


def get_event(conn: sqlite3.Connection, key: str) -> dict[str, Any] | None:
    """One event with its evidence spans, the quotes it rests on, and its cluster's sources."""
    parts = split_key(key)
    if parts is None:
        return None
    cur = conn.execute(f"SELECT {EVENT_COLUMNS} {EVENT_FROM} "
                       "WHERE x.article_id = ? AND x.event_id = ?", parts)
    rows = _rows(cur)
    if not rows:
        return None
    event = _event_item(rows[0])
    article_id = parts[0]
    text = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    event["sentence"] = text[event["sentence_start"]:event["sentence_end"]]
    event["evidence"] = _event_evidence(conn, event)
    event["quotes"] = _rows(conn.execute(
        "SELECT article_id, id, text, start, \"end\", kind, cue, speaker, speaker_canonical, "
        "source_type, event FROM quotes WHERE article_id = ? AND (id = ? OR event = ? OR "
        "(start < ? AND \"end\" > ?)) ORDER BY start",
        (article_id, event["source_quote"], event["id"], event["sentence_end"],
         event["sentence_start"])))
    event["cluster"] = get_cluster(conn, event["cluster_id"]) if event["cluster_id"] else None
    return event


def _event_evidence(conn: sqlite3.Connection, event: dict[str, Any]) -> list[dict[str, Any]]:
    """The character spans each field of the event came from."""
    aid = event["article_id"]
    spans = [{"field": "trigger", "start": event["trigger_start"], "end": event["trigger_end"],
              "text": event["trigger"]}]
    for side in ("actor", "recipient"):
        entity = event[f"{side}_entity"]
        if entity:
            row = conn.execute("SELECT start, \"end\", text FROM entities "
                               "WHERE article_id = ? AND id = ?", (aid, entity)).fetchone()
            if row:
                spans.append({"field": side, "start": row[0], "end": row[1], "text": row[2]})
    if event["place_id"]:
        row = conn.execute("SELECT start, \"end\", text FROM places WHERE article_id = ? AND "
                           "id = ?", (aid, event["place_id"])).fetchone()
        if row:
            spans.append({"field": "place", "start": row[0], "end": row[1], "text": row[2]})
    document = conn.execute("SELECT document FROM articles WHERE id = ?", (aid,)).fetchone()
    for item in json.loads(document[0]).get("events", []):
        if item.get("id") == event["id"] and (item.get("date") or {}).get("timex"):
            row = conn.execute("SELECT start, \"end\", text FROM timexes WHERE article_id = ? "
                               "AND id = ?", (aid, item["date"]["timex"])).fetchone()
            if row:
                spans.append({"field": "date", "start": row[0], "end": row[1], "text": row[2]})
    return spans


def get_cluster(conn: sqlite3.Connection, cluster_id: str) -> dict[str, Any] | None:
    rows = _rows(conn.execute("SELECT * FROM event_clusters WHERE id = ?", (cluster_id,)))
    if not rows:
        return None
    cluster = rows[0]
    cluster["counts"] = json.loads(cluster["counts"])
    cluster["sources"] = _rows(conn.execute(
        "SELECT m.article_id, m.event_id, m.article_id || ':' || m.event_id AS key, "
        "m.duplicate_of, a.title, a.source, a.url, a.dct, e.trigger, e.killed, e.injured "
        "FROM event_cluster_members m JOIN articles a ON a.id = m.article_id "
        "JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id "
        "WHERE m.cluster_id = ? ORDER BY a.dct, m.article_id", (cluster_id,)))
    return cluster


def list_clusters(conn: sqlite3.Connection, type: str | None = None, min_sources: int = 1,
                  limit: int = 50, offset: int = 0) -> dict[str, Any]:
    where, params = "WHERE n_sources >= ?", [min_sources]
    if type:
        where += " AND type = ?"
        params.append(type)
    total = conn.execute(f"SELECT COUNT(*) FROM event_clusters {where}", params).fetchone()[0]
    items = _rows(conn.execute(
        f"SELECT * FROM event_clusters {where} ORDER BY date_start DESC, id LIMIT ? OFFSET ?",
        [*params, max(1, min(limit, MAX_LIMIT)), max(0, offset)]))
    for item in items:
        item["counts"] = json.loads(item["counts"])
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def list_articles(conn: sqlite3.Connection, q: str | None = None, source: str | None = None,
                  date_from: str | None = None, date_to: str | None = None,
                  limit: int = 50, offset: int = 0) -> dict[str, Any]:
    clauses, params = [], []
    if q and (match := fts_query(q)):
        clauses.append("a.id IN (SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(match)
    if source:
        clauses.append("a.source = ?")
        params.append(source)
    if date_from:
        clauses.append("a.dct >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("a.dct <= ?")
        params.append(date_to)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    total = conn.execute(f"SELECT COUNT(*) FROM articles a {where}", params).fetchone()[0]
    items = _rows(conn.execute(
        "SELECT a.id, a.dct, a.title, a.url, a.source, substr(a.text, 1, 240) AS snippet, "
        "(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS n_events, "
        "(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS n_quotes "
        f"FROM articles a {where} ORDER BY a.dct DESC, a.id LIMIT ? OFFSET ?",
        [*params, max(1, min(limit, MAX_LIMIT)), max(0, offset)]))
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def get_article(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """The whole output record of an article, plus a flat list of its evidence spans."""
    row = conn.execute("SELECT document, processed_at FROM articles WHERE id = ?",
                       (article_id,)).fetchone()
    if row is None:
        return None
    document = json.loads(row[0])
    document["processed_at"] = row[1]
    document["spans"] = article_spans(document)
    dup = conn.execute("SELECT duplicate_of, similarity FROM article_duplicates "
                       "WHERE article_id = ?", (article_id,)).fetchone()
    document["duplicate_of"] = {"article_id": dup[0], "similarity": dup[1]} if dup else None
    return document


def article_spans(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every evidence span of a document record: kind, item id, offsets and a label."""
    spans: list[dict[str, Any]] = []
    for e in document.get("entities", []):
        spans.append({"kind": "entity", "id": e["id"], "start": e["start"], "end": e["end"],
                      "label": e.get("label")})
    for t in document.get("timexes", []):
        spans.append({"kind": "timex", "id": t["id"], "start": t["start"], "end": t["end"],
                      "label": t.get("value")})
    for p in document.get("places", []):
        spans.append({"kind": "place", "id": p["id"], "start": p["start"], "end": p["end"],
                      "label": p.get("name")})
    for q in document.get("quotes", []):
        spans.append({"kind": "quote", "id": q["id"], "start": q["start"], "end": q["end"],
                      "label": (q.get("speaker") or {}).get("canonical")
                      or (q.get("speaker") or {}).get("text")})
    for v in document.get("events", []):
        trigger = v.get("trigger") or {}
        if "start" in trigger:
            spans.append({"kind": "trigger", "id": v["id"], "start": trigger["start"],
                          "end": trigger["end"], "label": v.get("type")})
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    return spans


def list_quotes(conn: sqlite3.Connection, speaker: str | None = None, q: str | None = None,
                limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Quotes, newest article first, by speaker and words; with the most quoted speakers."""
    clauses, params = [], []
    if speaker:
        clauses.append("coalesce(qt.speaker_canonical, qt.speaker) = ? COLLATE NOCASE")
        params.append(speaker)
    if q and (match := fts_query(q)):
        clauses.append("(qt.article_id, qt.id) IN (SELECT article_id, quote_id FROM quotes_fts "
                       "WHERE quotes_fts MATCH ?)")
        params.append(match)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    # Unfiltered, walk articles newest first (index on dct); filtered, start from the quotes.
    source = ("articles a CROSS JOIN quotes qt ON qt.article_id = a.id" if not clauses
              else "quotes qt JOIN articles a ON a.id = qt.article_id")
    total = conn.execute(f"SELECT COUNT(*) FROM quotes qt {where}", params).fetchone()[0]
    items = _rows(conn.execute(
        "SELECT qt.article_id, qt.id, qt.text, qt.start, qt.\"end\", qt.kind, qt.cue, "
        "qt.speaker, qt.speaker_canonical, qt.source_type, qt.event, a.dct, a.title, a.source "
        f"FROM {source} {where} "
        "ORDER BY a.dct DESC, qt.article_id, qt.start LIMIT ? OFFSET ?",
        [*params, max(1, min(limit, MAX_LIMIT)), max(0, offset)]))
    return {"total": total, "limit": limit, "offset": offset, "speakers": speakers(conn),
            "items": items}


def speakers(conn: sqlite3.Connection, limit: int = 100) -> list[dict[str, Any]]:
    """The most quoted speakers (canonical name where known)."""
    return _rows(conn.execute(
        "SELECT coalesce(speaker_canonical, speaker) AS speaker, COUNT(*) AS n FROM quotes "
        "WHERE coalesce(speaker_canonical, speaker) IS NOT NULL GROUP BY 1 "
        "ORDER BY n DESC, speaker LIMIT ?", (limit,)))


def list_actors(conn: sqlite3.Connection, f: EventFilter, limit: int = 100) -> dict[str, Any]:
    """Actors and recipients of the matching events, with counts, and the network of who
    acted on whom by event type."""
    where, params = _where(f)
    source = _count_from(f)
    limit = max(1, min(limit, MAX_LIMIT))
    actors = _rows(conn.execute(
        "SELECT name, country, sector, SUM(as_actor) AS as_actor, "
        "SUM(as_recipient) AS as_recipient, SUM(as_actor + as_recipient) AS n FROM ("
        "SELECT coalesce(x.actor_text, x.actor_country) AS name, x.actor_country AS country, "
        f"x.actor_sector AS sector, 1 AS as_actor, 0 AS as_recipient {source} {where} "
        "UNION ALL SELECT coalesce(x.recipient_text, x.recipient_country), x.recipient_country, "
        f"x.recipient_sector, 0, 1 {source} {where}) WHERE name IS NOT NULL "
        "GROUP BY name, country, sector ORDER BY n DESC, name LIMIT ?",
        [*params, *params, limit]))
    edges = _rows(conn.execute(
        "SELECT coalesce(x.actor_text, x.actor_country) AS source, "
        "coalesce(x.recipient_text, x.recipient_country) AS target, x.type, COUNT(*) AS n "
        f"{source} {where}{' AND' if where else ' WHERE'} "
        "coalesce(x.actor_text, x.actor_country) IS NOT NULL AND "
        "coalesce(x.recipient_text, x.recipient_country) IS NOT NULL "
        "GROUP BY 1, 2, 3 ORDER BY n DESC LIMIT ?", [*params, limit * 3]))
    return {"filters": f.as_params(), "actors": actors, "edges": edges}


def timeline(conn: sqlite3.Connection, f: EventFilter) -> dict[str, Any]:
    """Event counts per day and type (events dated to a day only)."""
    where, params = _where(f)
    cond = "length(x.date) = 10"
    where = f"{where} AND {cond}" if where else f" WHERE {cond}"
    rows = conn.execute(
        f"SELECT x.date AS day, x.type, COUNT(*) AS n {_count_from(f)} {where} "
        "GROUP BY x.date, x.type ORDER BY x.date, x.type", params).fetchall()
    return {"filters": f.as_params(),
            "items": [{"day": r[0], "type": r[1], "n": r[2]} for r in rows]}


def map_points(conn: sqlite3.Connection, f: EventFilter, limit: int = 5000) -> dict[str, Any]:
    """Located events grouped by place: one point per coordinate with counts by type."""
    where, params = _where(f)
    cond = "x.lat IS NOT NULL"
    where = f"{where} AND {cond}" if where else f" WHERE {cond}"
    rows = _rows(conn.execute(
        "SELECT x.place_name AS name, x.place_country AS country, round(x.lat, 3) AS lat, "
        "round(x.lon, 3) AS lon, x.type AS type, COUNT(*) AS n, "
        f"MIN(x.article_id || ':' || x.event_id) AS example {_count_from(f)} {where} "
        "GROUP BY 1, 2, 3, 4, 5 ORDER BY n DESC LIMIT ?", [*params, limit]))
    return {"filters": f.as_params(), "items": rows}


def facets(conn: sqlite3.Connection) -> dict[str, Any]:
    """Values the filter controls offer: types, modes, modalities, countries, sectors."""
    def values(sql: str) -> list[Any]:
        return [r[0] for r in conn.execute(sql) if r[0] is not None]

    return {
        "types": values("SELECT DISTINCT type FROM event_index ORDER BY 1"),
        "modes": values("SELECT DISTINCT mode FROM event_index ORDER BY 1"),
        "modalities": values("SELECT DISTINCT modality FROM event_index ORDER BY 1"),
        "countries": values("SELECT DISTINCT actor_country FROM event_index UNION "
                            "SELECT DISTINCT recipient_country FROM event_index ORDER BY 1"),
        "sectors": values("SELECT DISTINCT actor_sector FROM event_index UNION "
                          "SELECT DISTINCT recipient_sector FROM event_index ORDER BY 1"),
        "dates": list(conn.execute("SELECT MIN(date), MAX(date) FROM event_index "
                                   "WHERE length(date) = 10").fetchone()),
        "articles": conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
        "events": conn.execute("SELECT COUNT(*) FROM event_index").fetchone()[0],
        "clusters": conn.execute("SELECT COUNT(*) FROM event_clusters").fetchone()[0],
    }
