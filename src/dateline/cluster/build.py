"""(Re)compute event clusters for a store: read reports, group them, write the cluster tables."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from dateline.cluster.compat import DATE_SLACK, Report, date_interval, undated_interval
from dateline.cluster.incidents import Incident, StoryTest, group_incidents, incidents_match
from dateline.cluster.minhash import find_duplicates
from dateline.cluster.story import read_story_index
from dateline.time.governing import VAGUE

COUNT_KINDS = ("killed", "injured", "missing", "arrested", "displaced", "released")


@dataclass
class Cluster:
    seq: int
    incidents: list[Incident] = field(default_factory=list)

    def accepts(self, incident: Incident, story: StoryTest | None) -> bool:
        """Complete link: the incident must match every member incident (no chaining)."""
        return all(incidents_match(incident, m, story) for m in self.incidents)

    @property
    def members(self) -> list[Report]:
        return [r for i in self.incidents for r in i.members]


def cluster_id(article_id: str, event_id: str) -> str:
    """Stable id of a cluster: a hash of its earliest member event's key."""
    return "C" + hashlib.sha1(f"{article_id}/{event_id}".encode()).hexdigest()[:16]


MAX_INDEXED_DAYS = 62  # longer (or no) date intervals go to a list every incident checks


def _days(incident: Incident, slack: int = 0) -> range | None:
    interval = incident.interval()
    if interval is None:
        return None
    first, last = interval[0].toordinal() - slack, interval[1].toordinal() + slack
    return range(first, last + 1) if last - first < MAX_INDEXED_DAYS else None


class _Block:
    """The clusters of one type family and modality, indexed by the days their incidents may
    fall on, so that an incident is compared only with clusters it could join."""

    def __init__(self) -> None:
        self.by_day: dict[int, list[Cluster]] = {}
        self.coarse: list[Cluster] = []
        self.all: list[Cluster] = []

    def candidates(self, incident: Incident) -> list[Cluster]:
        days = _days(incident, slack=DATE_SLACK.days)
        if days is None:
            return self.all
        found = {c.seq: c for c in self.coarse}
        for day in days:
            for c in self.by_day.get(day, ()):
                found[c.seq] = c
        return [found[k] for k in sorted(found)]

    def add(self, cluster: Cluster, incident: Incident) -> None:
        if len(cluster.incidents) == 1:
            self.all.append(cluster)
        days = _days(incident)
        if days is None:
            if cluster not in self.coarse:
                self.coarse.append(cluster)
            return
        for day in days:
            bucket = self.by_day.setdefault(day, [])
            if not bucket or bucket[-1] is not cluster:
                bucket.append(cluster)


def group_reports(reports: Sequence[Report], story: StoryTest | None = None
                  ) -> list[list[Report]]:
    """Group reports of the same real event. ``reports`` come in canonical order (earliest
    article first, each article's in text order). Each article's mentions of one incident are
    gathered first (dateline.cluster.incidents); each incident then joins the first cluster
    (in creation order) whose incidents all match it, or starts a new one. ``story(a, b)``
    says whether articles a and b tell the same story (see dateline.cluster.story)."""
    blocks: dict[tuple[str, str], _Block] = {}
    clusters: list[Cluster] = []
    for incident in group_incidents(reports):
        lead = incident.lead
        block = blocks.setdefault((lead.family, lead.modality_class), _Block())
        chosen = next((c for c in block.candidates(incident) if c.accepts(incident, story)),
                      None)
        if chosen is None:
            chosen = Cluster(len(clusters))
            clusters.append(chosen)
        chosen.incidents.append(incident)
        block.add(chosen, incident)
    return [c.members for c in clusters]


def merge_counts(values: Iterable[int | None]) -> dict[str, int] | None:
    """Conflicting figures as low / best (the median report) / high."""
    known = sorted(v for v in values if v is not None)
    if not known:
        return None
    return {"low": known[0], "best": known[(len(known) - 1) // 2], "high": known[-1]}


_REPORTS_SQL = """
SELECT e.article_id, e.id, e.type, e.modality, e.actor_country, e.recipient_country,
       e.date, e.date_precision, a.dct, p.country, p.lat, p.lon, p.feature, p.name,
       e.actor_text, e.recipient_text, p.admin1
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place_id
ORDER BY coalesce(a.dct, '9999'), e.article_id, e.trigger_start, e.id
"""


def read_reports(conn: sqlite3.Connection) -> list[Report]:
    reports = []
    for row in conn.execute(_REPORTS_SQL):
        (aid, eid, etype, modality, actor, recipient, value, precision, dct, country, lat, lon,
         feature, name, actor_text, recipient_text, admin1) = tuple(row)
        own = date_interval(value, precision)
        # undated: the days before its article, unless its text says it was at another,
        # vague time ("recent attacks", "days later")
        interval = own or (None if precision == VAGUE else undated_interval(dct))
        reports.append(Report(
            aid, eid, etype, modality, actor, recipient,
            interval[0] if interval else None, interval[1] if interval else None,
            country, lat, lon, feature, name, actor_text, recipient_text, admin1,
            precision if own or precision == VAGUE else "reported",
        ))
    return reports


def update_clusters(conn: sqlite3.Connection, threshold: float = 0.7) -> dict[str, int]:
    """Recompute near-duplicate articles and event clusters of a store, in one transaction.

    Idempotent: the same store gives the same tables and the same cluster ids. Returns counts:
    events, clusters, multi_source (clusters with two or more independent sources) and
    duplicates (syndicated articles).
    """
    articles = conn.execute(
        "SELECT id, text FROM articles ORDER BY coalesce(dct, '9999'), id").fetchall()
    duplicates = find_duplicates(((r[0], r[1]) for r in articles), threshold=threshold)
    reports = read_reports(conn)
    stories = read_story_index(conn)
    groups = group_reports(reports, stories.same_story)
    counts = _event_counts(conn)
    with conn:
        conn.execute("DELETE FROM event_cluster_members")
        conn.execute("DELETE FROM event_clusters")
        conn.execute("DELETE FROM article_duplicates")
        conn.executemany(
            "INSERT INTO article_duplicates (article_id, duplicate_of, similarity) "
            "VALUES (?, ?, ?)",
            [(aid, orig, sim) for aid, (orig, sim) in duplicates.items()])
        multi = 0
        for members in groups:
            row, member_rows = _cluster_rows(conn, members, duplicates, counts)
            multi += row["n_sources"] > 1
            names = ", ".join(row)
            conn.execute(f"INSERT INTO event_clusters ({names}) VALUES "
                         f"({', '.join('?' * len(row))})", tuple(row.values()))
            conn.executemany(
                "INSERT INTO event_cluster_members (article_id, event_id, cluster_id, "
                "duplicate_of) VALUES (?, ?, ?, ?)", member_rows)
    return {"events": len(reports), "clusters": len(groups), "multi_source": multi,
            "duplicates": len(duplicates)}


def _event_counts(conn: sqlite3.Connection) -> dict[tuple[str, str], dict]:
    rows = conn.execute(
        "SELECT article_id, id, actor_text, actor_sector, recipient_text, recipient_sector, "
        "mode, date_precision, " + ", ".join(COUNT_KINDS) + " FROM events")
    names = [d[0] for d in rows.description]
    return {(r[0], r[1]): dict(zip(names, tuple(r), strict=True)) for r in rows}


def _cluster_rows(conn: sqlite3.Connection, members: list[Report],
                  duplicates: dict[str, tuple[str, float]],
                  details: dict[tuple[str, str], dict]) -> tuple[dict, list[tuple]]:
    first = members[0]
    cid = cluster_id(first.article_id, first.event_id)
    info = [details[(m.article_id, m.event_id)] for m in members]
    actor_side = side(_first(i["actor_sector"] for i in info))
    own_losses = [actor_side is not None and side(i["recipient_sector"]) == actor_side
                  for i in info]
    theirs = [(m, i) for m, i, own in zip(members, info, own_losses, strict=True) if not own]
    ours = [(m, i) for m, i, own in zip(members, info, own_losses, strict=True) if own]
    merged = {kind: merge_counts(_source_figures(*_unzip(theirs), duplicates, kind))
              for kind in COUNT_KINDS}
    merged[ACTOR_SIDE_KILLED] = merge_counts(_source_figures(*_unzip(ours), duplicates,
                                                             "killed"))
    starts = [m.date_start for m in members if m.date_start]
    ends = [m.date_end for m in members if m.date_end]
    precise = min(members, key=lambda m: ((m.date_end - m.date_start).days
                                          if m.date_start and m.date_end else 10 ** 6))
    placed = next((m for m in members if m.lat is not None), None)
    row = {
        "id": cid, "type": first.type,
        "mode": _first(i["mode"] for i in info),
        "date_start": max(starts).isoformat() if starts else None,
        "date_end": min(ends).isoformat() if ends else None,
        "date_precision": details[(precise.article_id, precise.event_id)]["date_precision"],
        "actor_text": _first(i["actor_text"] for i in info),
        "actor_country": _first(m.actor_country for m in members),
        "actor_sector": _first(i["actor_sector"] for i in info),
        "recipient_text": _first(i["recipient_text"] for i in info),
        "recipient_country": _first(m.recipient_country for m in members),
        "recipient_sector": _first(i["recipient_sector"] for i in info),
        "place_name": placed.place_name if placed else _first(m.place_name for m in members),
        "country": placed.country if placed else _first(m.country for m in members),
        "lat": placed.lat if placed else None,
        "lon": placed.lon if placed else None,
        "n_events": len(members),
        "n_articles": len({m.article_id for m in members}),
        "n_sources": len({duplicates.get(m.article_id, (m.article_id,))[0] for m in members}),
        "counts": json.dumps({k: v for k, v in merged.items() if v}),
        "first_article_id": first.article_id, "first_event_id": first.event_id,
    }
    for kind in ("killed", "injured"):
        figures = merged[kind] or {}
        for level in ("low", "best", "high"):
            row[f"{kind}_{level}"] = figures.get(level)
    if row["date_start"] and row["date_end"] and row["date_start"] > row["date_end"]:
        row["date_start"], row["date_end"] = row["date_end"], row["date_start"]
    member_rows = [(m.article_id, m.event_id, cid,
                    duplicates[m.article_id][0] if m.article_id in duplicates else None)
                   for m in members]
    return row, member_rows


def _source_figures(members: list[Report], info: list[dict],
                    duplicates: dict[str, tuple[str, float]], kind: str) -> list[int]:
    """One figure per independent article: the first it gives in the text (the lead's toll;
    later mentions are often parts of it, "21 passengers and four soldiers"). Syndicated
    copies are not counted again."""
    figures: dict[str, int] = {}
    for member, details in zip(members, info, strict=True):
        if member.article_id in duplicates or details[kind] is None:
            continue
        figures.setdefault(member.article_id, details[kind])
    return list(figures.values())


# Sectors that fight on one side: a cluster's casualties among its own actor's side ("the
# army killed 30 militants" in a cluster of militants' attack on a train) are not its
# victims' toll; they are kept apart, under ACTOR_SIDE_KILLED.
SIDES = {"REB": "armed group", "UAF": "armed group", "INS": "armed group",
         "MIL": "state forces", "COP": "state forces", "SPY": "state forces"}
ACTOR_SIDE_KILLED = "killed_actor_side"


def side(sector: str | None) -> str | None:
    """The side an armed sector fights on (armed groups, state forces); None for others."""
    return SIDES.get(sector[:3]) if sector else None


def _unzip(pairs: list[tuple[Report, dict]]) -> tuple[list[Report], list[dict]]:
    return [m for m, _ in pairs], [i for _, i in pairs]


def _first(values: Iterable):  # type: ignore[no-untyped-def]
    return next((v for v in values if v is not None), None)
