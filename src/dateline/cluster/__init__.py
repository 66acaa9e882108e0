"""Across articles: near-duplicate detection and event clustering over a store.

``update_clusters(conn)`` recomputes the tables ``article_duplicates``, ``event_clusters`` and
``event_cluster_members`` from the events in the store. It is idempotent and cluster ids are
stable (a hash of the earliest member event's key). Each article's mentions of one incident
are gathered first (``group_incidents``), then incidents are linked across articles.
"""

from dateline.cluster.build import cluster_id, group_reports, merge_counts, update_clusters
from dateline.cluster.compat import (
    Report,
    date_interval,
    places_relation,
    same_event,
    same_incident,
)
from dateline.cluster.incidents import Incident, group_incidents, incidents_match
from dateline.cluster.minhash import MinHasher, find_duplicates
from dateline.cluster.story import StoryIndex, read_story_index

__all__ = ["Incident", "MinHasher", "Report", "StoryIndex", "cluster_id", "date_interval",
           "find_duplicates", "group_incidents", "group_reports", "incidents_match",
           "merge_counts", "places_relation", "read_story_index", "same_event",
           "same_incident", "update_clusters"]
