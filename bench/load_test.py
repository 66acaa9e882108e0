"""A bounded load test of ``dateline serve`` on loopback.

    python bench/load_test.py [--clients 50] [--seconds 60] [--db STORE] [--json]

Builds a store from examples/ (unless --db is given), starts ``dateline serve`` on 127.0.0.1
on a free port, runs N concurrent keep-alive clients for the given time against the API's
read routes, then stops the server. Prints requests, errors (any status other than 200, or a
failed connection), throughput and latency percentiles. Exit status 1 if there was an error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_store(folder: Path) -> Path:
    db = folder / "store.db"
    subprocess.run([sys.executable, "-m", "dateline.cli", "process", str(REPO / "examples"),
                    "--db", str(db), "--quiet"], check=True)
    return db


def wait_until_up(base: str, proc: subprocess.Popen, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"dateline serve exited with {proc.returncode}")
        try:
            if httpx.get(base + "/api/facets", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("dateline serve did not answer in time")


def routes(base: str) -> list[str]:
    """The read routes, with real ids from the store."""
    events = httpx.get(base + "/api/events", params={"limit": 20}, timeout=10).json()
    articles = httpx.get(base + "/api/articles", params={"limit": 20}, timeout=10).json()
    urls = ["/api/facets", "/api/events?limit=50", "/api/events?type=ASSAULT",
            "/api/events?date_from=2024-01-01&date_to=2026-12-31", "/api/articles?limit=20",
            "/api/quotes?limit=20", "/api/actors", "/api/timeline", "/api/map",
            "/api/clusters", "/api/articles?q=police", "/api/quotes?q=said"]
    for item in _rows(articles)[:5]:
        urls.append(f"/api/articles/{item['id']}")
    for item in _rows(events)[:5]:
        key = item.get("key") or f"{item.get('article_id')}:{item.get('id')}"
        urls.append(f"/api/events/{key}")
    return urls


def _rows(payload: dict) -> list[dict]:
    for key in ("items", "events", "articles", "rows", "results"):
        if isinstance(payload.get(key), list):
            return payload[key]
    return []


async def client(base: str, urls: list[str], stop_at: float, latencies: list[float],
                 errors: list[str], seed: int) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        while time.monotonic() < stop_at:
            url = rng.choice(urls)
            started = time.perf_counter()
            try:
                response = await http.get(url)
                await response.aread()
                if response.status_code != 200:
                    errors.append(f"{response.status_code} {url}")
                    continue
            except httpx.HTTPError as exc:
                errors.append(f"{type(exc).__name__} {url}")
                continue
            latencies.append(time.perf_counter() - started)


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=1000, method="inclusive")[int(q * 10) - 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--db", help="an existing store (default: build one from examples/)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="dateline-load-"))
    db = Path(args.db) if args.db else build_store(work)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "dateline.cli", "serve", "--db", str(db),
                               "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    try:
        wait_until_up(base, server)
        urls = routes(base)
        latencies: list[float] = []
        errors: list[str] = []
        stop_at = time.monotonic() + args.seconds
        started = time.perf_counter()

        async def all_clients() -> None:
            await asyncio.gather(*(client(base, urls, stop_at, latencies, errors, seed)
                                   for seed in range(args.clients)))

        asyncio.run(all_clients())
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    result = {
        "clients": args.clients, "seconds": round(elapsed, 1), "routes": len(urls),
        "requests": len(latencies) + len(errors), "errors": len(errors),
        "throughput_rps": round((len(latencies) + len(errors)) / elapsed, 1),
        "p50_ms": round(1000 * percentile(latencies, 50), 1),
        "p95_ms": round(1000 * percentile(latencies, 95), 1),
        "p99_ms": round(1000 * percentile(latencies, 99), 1),
        "max_ms": round(1000 * max(latencies), 1),
    }
    print(f"dateline serve on {base}: {args.clients} clients for {elapsed:.1f} s over "
          f"{len(urls)} routes")
    print(f"requests {result['requests']}, errors {result['errors']}, "
          f"{result['throughput_rps']} req/s; latency p50 {result['p50_ms']} ms, "
          f"p95 {result['p95_ms']} ms, p99 {result['p99_ms']} ms, max {result['max_ms']} ms")
    for error in sorted(set(errors))[:10]:
        print(f"  error: {error}")
    if args.json:
        print(json.dumps(result))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
