"""Across articles: near-duplicate detection and event clustering over a store.

``update_clusters(conn)`` recomputes the tables ``article_duplicates``, ``event_clusters`` and
``event_cluster_members`` from the events in the store. It is idempotent and cluster ids are
stable (a hash of the earliest member event's key).
"""

from dateline.cluster.build import cluster_id, group_reports, merge_counts, update_clusters
from dateline.cluster.compat import Report, date_interval, same_event
from dateline.cluster.minhash import MinHasher, find_duplicates

__all__ = ["MinHasher", "Report", "cluster_id", "date_interval", "find_duplicates",
           "group_reports", "merge_counts", "same_event", "update_clusters"]
