"""Small generated articles for the reliability tests (written for the tests, not copied)."""

from __future__ import annotations

CITIES = ("Lagos", "Kharkiv", "Mosul", "Bogota", "Dhaka", "Goma", "Aleppo", "Quetta")
ACTS = ("Police arrested {n} protesters in {city} on Monday, officials said.",
        "An airstrike killed {n} people near {city} late on Tuesday, the ministry said.",
        "The governor of {city} met union leaders on Friday to discuss {n} demands.",
        "Rebels attacked a checkpoint outside {city}, wounding {n} soldiers, the army said.")


def article(i: int) -> str:
    """A distinct one-paragraph article with a dateline in the reference format."""
    city = CITIES[i % len(CITIES)]
    body = " ".join(act.format(n=i + k + 2, city=city) for k, act in enumerate(ACTS))
    return f"date 2025-03-{1 + i % 28:02d} Report number {i}. {body}\n"


def write_articles(folder, numbers) -> list:  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in numbers:
        path = folder / f"article_{i:04d}.txt"
        path.write_text(article(i), encoding="utf-8")
        paths.append(path)
    return paths
