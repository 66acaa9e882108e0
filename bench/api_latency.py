"""API latency on a large store: p50/p95 of filtered event queries, and the page's first render.

Generates a store of synthetic records (N events over N/4 articles; invented sentences from
templates, random types, countries, places and dates), clusters it, serves it with uvicorn
on loopback, and times a fixed mix of filtered /api/events queries (plus timeline, map,
actors, one event's detail). With Chromium + chromedriver + selenium installed it also times
the explorer's first render (navigation start to the events view being drawn).

    python bench/api_latency.py [--events 100000] [--requests 400] [--db PATH] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import tempfile
import threading
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

from dateline.records import (
    Counts,
    Document,
    Entity,
    Event,
    EventDate,
    EventPlace,
    Participant,
    Place,
    Quote,
    SpanRef,
    Speaker,
)

TYPES = ["ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "THREATEN", "ACCUSE", "REJECT",
         "REQUEST", "CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID", "CONCEDE", "RETREAT"]
VERBS = {"ASSAULT": "attacked", "COERCE": "detained", "PROTEST": "protested against",
         "MOBILIZE": "deployed troops near", "SANCTION": "sanctioned", "THREATEN": "threatened",
         "ACCUSE": "accused", "REJECT": "rejected demands from", "REQUEST": "called on",
         "CONSULT": "met", "AGREE": "agreed with", "COOPERATE": "worked with",
         "SUPPORT": "praised", "AID": "sent aid to", "CONCEDE": "gave way to",
         "RETREAT": "withdrew from"}
PLACES = [("Lviv", "UA", "UKR", 49.84, 24.03), ("Kharkiv", "UA", "UKR", 49.99, 36.23),
          ("Nairobi", "KE", "KEN", -1.29, 36.82), ("Mombasa", "KE", "KEN", -4.04, 39.67),
          ("Khartoum", "SD", "SDN", 15.5, 32.56), ("Goma", "CD", "COD", -1.68, 29.23),
          ("Istanbul", "TR", "TUR", 41.01, 28.98), ("Ankara", "TR", "TUR", 39.93, 32.86),
          ("Lagos", "NG", "NGA", 6.52, 3.38), ("Abuja", "NG", "NGA", 9.06, 7.49),
          ("Caracas", "VE", "VEN", 10.49, -66.88), ("Lima", "PE", "PER", -12.05, -77.04),
          ("Dhaka", "BD", "BGD", 23.81, 90.41), ("Manila", "PH", "PHL", 14.6, 120.98),
          ("Tbilisi", "GE", "GEO", 41.72, 44.78), ("Beirut", "LB", "LBN", 33.89, 35.5),
          ("Sanaa", "YE", "YEM", 15.37, 44.19), ("Bamako", "ML", "MLI", 12.64, -8.0),
          ("Yangon", "MM", "MMR", 16.87, 96.2), ("Port-au-Prince", "HT", "HTI", 18.59, -72.31)]
SECTORS = ["GOV", "MIL", "COP", "REB", "CVL", "OPP", "BUS", "MED", "IGO"]
GROUPS = {"GOV": "the government", "MIL": "soldiers", "COP": "police", "REB": "rebels",
          "CVL": "residents", "OPP": "opposition supporters", "BUS": "traders",
          "MED": "journalists", "IGO": "UN officials"}
SPEAKERS = ["a police spokesman", "the interior minister", "a local official", "a witness",
            "two people familiar with the matter", "the army"]
START = date(2024, 1, 1)


def synthetic_document(n: int, rng: random.Random, events_per_article: int = 4) -> Document:
    dct = START + timedelta(days=rng.randrange(730))
    sentences, events, entities, places, quotes = [], [], [], [], []
    offset = 0
    for k in range(events_per_article):
        kind = rng.choice(TYPES)
        name, iso2, iso3, lat, lon = rng.choice(PLACES)
        other = rng.choice(PLACES)
        sa, sr = rng.choice(SECTORS), rng.choice(SECTORS)
        actor, recipient = GROUPS[sa].capitalize(), GROUPS[sr]
        day = dct - timedelta(days=rng.randrange(3))
        speaker = rng.choice(SPEAKERS)
        sentence = (f"{actor} {VERBS[kind]} {recipient} in {name} on {day:%B} {day.day}, "
                    f"{speaker} said.")
        s0 = offset
        a0 = s0
        t0 = a0 + len(actor) + 1
        r0 = t0 + len(VERBS[kind]) + 1
        p0 = r0 + len(recipient) + 4
        e_actor, e_recip = f"E{2 * k + 1}", f"E{2 * k + 2}"
        entities += [Entity(e_actor, actor, a0, a0 + len(actor), "NORP", actor),
                     Entity(e_recip, recipient, r0, r0 + len(recipient), "NORP", recipient)]
        places.append(Place(f"P{k + 1}", name, p0, p0 + len(name), name, iso2, None,
                            lat + rng.uniform(-0.05, 0.05), lon + rng.uniform(-0.05, 0.05),
                            None, "city"))
        killed = rng.choice([None, None, None, 0, 1, 2, 5, 12]) if kind == "ASSAULT" else None
        events.append(Event(
            f"V{k + 1}", kind, SpanRef(VERBS[kind], t0, t0 + len(VERBS[kind])),
            (s0, s0 + len(sentence)), mode=None,
            modality=rng.choice(["asserted"] * 8 + ["reported", "negated"]),
            actor=Participant(actor, a0, a0 + len(actor), e_actor, iso3, sa),
            recipient=Participant(recipient, r0, r0 + len(recipient), e_recip,
                                  other[2] if rng.random() < 0.3 else iso3, sr),
            date=EventDate(day.isoformat(), "day"), place=EventPlace(f"P{k + 1}", 1),
            counts=Counts(killed=killed)))
        cue = sentence.rindex(" said")
        quotes.append(Quote(f"Q{k + 1}", sentence[:cue - len(speaker) - 2], s0,
                            s0 + cue - len(speaker) - 2, "indirect",
                            SpanRef("said", s0 + cue + 1, s0 + cue + 5),
                            Speaker(speaker, s0 + cue - len(speaker), s0 + cue),
                            "anonymous" if "people" in speaker else "named"))
        sentences.append(sentence)
        offset += len(sentence) + 1
    text = " ".join(sentences)
    return Document(id=f"syn{n:07d}", text=text, dct=dct.isoformat(), title=f"Report {n}",
                    source=rng.choice(["Wire A", "Wire B", "Daily C", "Radio D"]),
                    entities=entities, places=places, quotes=quotes, events=events)


def build_store(path: Path, n_events: int, seed: int = 1) -> dict:
    from dateline.cluster import update_clusters
    from dateline.store.sqlite import SqliteStore, connect

    rng = random.Random(seed)
    started = time.perf_counter()
    with SqliteStore(path) as store:
        batch = []
        for n in range(n_events // 4):
            batch.append(synthetic_document(n, rng))
            if len(batch) == 1000:
                store.write(batch)
                batch = []
        store.write(batch)
    written = time.perf_counter() - started
    conn = connect(path)
    started = time.perf_counter()
    summary = update_clusters(conn)
    clustered = time.perf_counter() - started
    conn.close()
    return {"write_s": round(written, 1), "cluster_s": round(clustered, 1), **summary}


QUERIES = [
    "/api/events?limit=50",
    "/api/events?type=ASSAULT&limit=50",
    "/api/events?type=PROTEST&actor_country=KEN&limit=50",
    "/api/events?actor_country=UKR&date_from=2024-06-01&date_to=2024-06-30",
    "/api/events?recipient_sector=CVL&type=ASSAULT&offset=200",
    "/api/events?bbox=20,40,40,55&limit=100",
    "/api/events?place=Nairobi&type=COERCE",
    "/api/events?q=journalists&type=COERCE",
    "/api/events?modality=negated&date_from=2025-01-01",
    "/api/events?country=SDN&actor_sector=REB&limit=500",
    "/api/events?mode=aerial",
    "/api/events?date_from=2025-03-01&date_to=2025-03-07&limit=200",
]
OTHER = ["/api/timeline", "/api/timeline?type=ASSAULT", "/api/map?type=PROTEST",
         "/api/actors?country=TUR", "/api/quotes?q=witness", "/api/events/syn0000042:V1",
         "/api/facets"]


def timed_get(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        assert response.status == 200, url
    return (time.perf_counter() - started) * 1000


def percentiles(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {"n": len(ordered), "p50_ms": round(statistics.median(ordered), 1),
            "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 1),
            "max_ms": round(ordered[-1], 1)}


def first_render(base: str, runs: int = 3) -> dict | None:
    """Navigation start to the events view drawn (body[data-ready=events]), in Chromium."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.support.ui import WebDriverWait
    except ImportError:
        return None
    binary, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if not binary or not driver_path:
        return None
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,900"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    times = []
    try:
        for _ in range(runs):
            driver.get("about:blank")
            driver.get(base + "/")
            WebDriverWait(driver, 30).until(
                lambda d: d.execute_script("return document.body.dataset.ready") == "events")
            times.append(driver.execute_script("return performance.now()"))
    finally:
        driver.quit()
    return {"runs_ms": [round(t) for t in times], "max_ms": round(max(times))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=400, help="filtered event queries")
    parser.add_argument("--db", help="reuse (or create) the store here")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    import uvicorn

    from dateline.api.app import create_app

    tmp = None
    if args.db:
        path = Path(args.db)
    else:
        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / "bench.db"
    result: dict = {"events": args.events}
    if not path.exists():
        result["build"] = build_store(path, args.events)
    server = uvicorn.Server(uvicorn.Config(create_app(path), host="127.0.0.1", port=0,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    try:
        for url in QUERIES + OTHER:  # warm-up: page cache and each worker's connection
            timed_get(base + url)
        samples = [timed_get(base + QUERIES[i % len(QUERIES)]) for i in range(args.requests)]
        per_query = {q: percentiles([timed_get(base + q) for _ in range(5)]) for q in OTHER}
        result["filtered_events"] = percentiles(samples)
        result["other_endpoints"] = per_query
        result["first_render"] = first_render(base)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        if tmp:
            tmp.cleanup()
    if args.json:
        print(json.dumps(result))
    else:
        print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
