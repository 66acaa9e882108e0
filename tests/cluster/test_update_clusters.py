"""Near-duplicates, merged counts, and update_clusters over a store of hand-built records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.cluster import MinHasher, find_duplicates, merge_counts, update_clusters
from dateline.cluster.build import side
from dateline.cluster.gold import load_gold, pairwise_scores
from dateline.store.sqlite import SqliteStore, connect

GOLD_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "cluster_gold"
GOLD = GOLD_DIR / "articles.yaml"
INCIDENTS = GOLD_DIR / "incidents.yaml"
WIRE = ("Heavy rain flooded the lower districts of the port city overnight, forcing hundreds "
        "of families to leave their homes, the mayor said on Monday. Emergency teams used "
        "boats to reach people trapped on rooftops, and schools were closed until further "
        "notice while the river stayed above its banks.")


@pytest.mark.parametrize(("values", "expected"), [
    ([26], {"low": 26, "best": 26, "high": 26}),
    ([10, 15, 12], {"low": 10, "best": 12, "high": 15}),
    ([4, None, 5], {"low": 4, "best": 4, "high": 5}),
    ([None, None], None),
])
def test_merge_counts(values, expected) -> None:
    assert merge_counts(values) == expected


@pytest.mark.parametrize(("copy", "duplicate"), [
    (WIRE, True),
    (WIRE + " Reporting by the city desk.", True),
    ("UPDATE 1 - " + WIRE.replace("hundreds", "thousands"), True),
    (WIRE[: len(WIRE) // 2], False),  # half the story is another article
    ("Heavy rain flooded farms in the north on Tuesday, officials said.", False),
])
def test_near_duplicates(copy, duplicate) -> None:
    found = find_duplicates([("orig", WIRE), ("copy", copy)])
    assert ("copy" in found) is duplicate
    if duplicate:
        assert found["copy"][0] == "orig"


def test_signatures_do_not_depend_on_the_process() -> None:
    assert MinHasher().signature(WIRE)[:4].tolist() == MinHasher().signature(WIRE)[:4].tolist()


@pytest.fixture()
def gold_store(tmp_path):
    documents, gold = load_gold(GOLD, INCIDENTS)
    path = tmp_path / "gold.db"
    with SqliteStore(path) as store:
        store.write(documents)
    return path, documents, gold


def members(conn) -> dict:
    return {(r[0], r[1]): r[2] for r in conn.execute(
        "SELECT article_id, event_id, cluster_id FROM event_cluster_members")}


def cluster_of(found: dict, key: tuple[str, str]) -> set:
    """The (article, event) keys in the same cluster as ``key``."""
    return {k for k, v in found.items() if v == found[key]}


def test_gold_pairs_f1(gold_store) -> None:
    path, _, gold = gold_store
    conn = connect(path)
    summary = update_clusters(conn)
    assert summary["events"] == len(gold)
    assert pairwise_scores(members(conn), gold)["pair_f1"] >= 0.85


def test_update_is_idempotent_and_ids_are_stable(gold_store) -> None:
    path, documents, _ = gold_store
    conn = connect(path)
    first = update_clusters(conn)
    before = members(conn)
    assert update_clusters(conn) == first
    assert members(conn) == before
    # a later article reporting a known event joins its cluster; no id changes
    later = load_gold(GOLD)[0][2]  # g03: the Rivne strike
    later.id, later.dct = "g99", "2025-10-17"
    with SqliteStore(path) as store:
        store.write([later])
    update_clusters(conn)
    after = members(conn)
    assert {k: v for k, v in after.items() if k in before} == before
    assert after[("g99", "V1")] == before[("g01", "V1")]


def test_cluster_row_has_sources_and_merged_counts(gold_store) -> None:
    path, _, _ = gold_store
    conn = connect(path)
    update_clusters(conn)
    cid = members(conn)[("g01", "V1")]
    row = conn.execute("SELECT n_events, n_articles, n_sources, killed_low, killed_best, "
                       "killed_high, date_start, date_end, place_name FROM event_clusters "
                       "WHERE id = ?", (cid,)).fetchone()
    # g02 is a syndicated copy of g01: three articles, two independent sources; the copy's
    # figure is not counted twice (4 from g01, 5 from g03)
    assert tuple(row) == (3, 3, 2, 4, 4, 5, "2025-10-14", "2025-10-14", "Rivne")


def test_rising_toll_is_one_cluster_with_one_figure_per_article(gold_store) -> None:
    path, _, _ = gold_store
    conn = connect(path)
    update_clusters(conn)
    found = members(conn)
    cid = found[("g29", "V1")]
    # the town, its province, an undated mention and a later article's back-reference
    assert cluster_of(found, ("g29", "V1")) == {
        ("g29", "V1"), ("g29", "V2"), ("g30", "V1"), ("g31", "V1"), ("g32", "V2")}
    row = conn.execute("SELECT n_events, n_articles, killed_low, killed_best, killed_high, "
                       "injured_best FROM event_clusters WHERE id = ?", (cid,)).fetchone()
    assert tuple(row) == (5, 4, 12, 21, 24, 30)
    # told alike in the same province: a week later elsewhere, the same day in another town
    assert found[("g32", "V1")] != cid
    assert found[("g33", "V1")] != cid


def test_the_attackers_losses_are_kept_apart_from_the_victims_toll(gold_store) -> None:
    path, _, _ = gold_store
    conn = connect(path)
    update_clusters(conn)
    found = members(conn)
    cid = found[("g36", "V1")]
    assert cluster_of(found, ("g36", "V1")) == {
        ("g36", "V1"), ("g36", "V2"), ("g37", "V1"), ("g37", "V2")}
    row = conn.execute("SELECT killed_low, killed_best, killed_high, counts FROM "
                       "event_clusters WHERE id = ?", (cid,)).fetchone()
    assert tuple(row[:3]) == (9, 9, 11)
    assert json.loads(row[3])["killed_actor_side"] == {"low": 4, "best": 4, "high": 6}


@pytest.mark.parametrize(("sector", "expected"), [
    ("REB", "armed group"), ("UAF", "armed group"), ("MIL", "state forces"),
    ("COPmil", "state forces"), ("CVL", None), ("GOV", None), (None, None)])
def test_side(sector, expected) -> None:
    assert side(sector) == expected
