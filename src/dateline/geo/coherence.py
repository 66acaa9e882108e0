"""Which readings of an article's names lie together.

A reader of "a rollover near Brandon injured an Albany driver" in a paper that also names
Douglas County takes the Brandon, the Albany and the Douglas County that are neighbours, even
though bigger places share each name. ``support`` scores every reading of every name by how
many of the article's *other* names have a reading nearby, whatever those names are currently
read as: the neighbours pull each other up together, which a choice made one name at a time
cannot do. A name with many readings (Washington, Springfield) lends less support than a rare
one, since one of its readings is near almost anything.

It is a setting (``resolve(..., coherence=True, support_weight=...)``, the places component's
``coherence`` weight). At full weight (2.0) it lifts US local news on the gold toponyms of the
geoparsing sets (LGL: accuracy within 161 km 0.896 -> 0.902) but costs international news
(GeoWebNews: 0.847 -> 0.837), where two unrelated names more often have small namesakes that
happen to lie together; the component's light default (0.25) only tips near-ties between
neighbours, which helps the first and, measured, costs the second nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from dateline.geo.gazetteer import ALTERNATE, Candidate

EARTH_RADIUS_KM = 6371.0
# Readings this close (km) are neighbours; half as much support up to the second distance.
NEAR_KM = 60.0
FAR_KM = 160.0
LOCAL_LEVEL = 3  # counties, towns and landmarks; wider places are placed by other rules
MAX_SUPPORT = 1.5
LEND_MARGIN = 3.0
LENDER_MAX_POPULATION = 300_000  # a metropolis lends nothing: every name has a reading near one
RARITY_EXPONENT = 0.5  # a name with n local readings lends 1 / n ** RARITY_EXPONENT
BLOCK = 512  # rows of the distance matrix computed at once (bounds memory)


def support(readings: Sequence[Sequence[Candidate]],
            priors: Sequence[Sequence[float]] | None = None) -> list[list[float]]:
    """For each name (a list of candidate readings), the support of each reading: the sum, over
    the other names, of 1/sqrt(number of that name's local readings) where one of them lies
    within ``NEAR_KM`` (half that within ``FAR_KM``), at most ``MAX_SUPPORT``. Readings wider
    than a county, and names that are first of all a country or a division, get 0. With
    ``priors`` (a score per reading), only readings within ``LEND_MARGIN`` of their name's best
    lend support: "London" and "Paris" do not make each other towns in Ontario."""
    out = [[0.0] * len(candidates) for candidates in readings]
    rows: list[tuple[int, int]] = []
    lends: list[bool] = []
    coordinates: list[tuple[float, float]] = []
    for g, candidates in enumerate(readings):
        if any(c.entry.level < LOCAL_LEVEL and c.match < ALTERNATE for c in candidates):
            continue  # "California", "Lebanon", "Moscow": a wider place first, not a town
        best = max(priors[g]) if priors is not None and priors[g] else 0.0
        for n, candidate in enumerate(candidates):
            if candidate.entry.level >= LOCAL_LEVEL:
                rows.append((g, n))
                lends.append((priors is None or priors[g][n] >= best - LEND_MARGIN)
                             and candidate.entry.population < LENDER_MAX_POPULATION)
                coordinates.append((candidate.entry.lat, candidate.entry.lon))
    names = sorted({g for g, _ in rows})
    if len(names) < 2:
        return out
    points = np.radians(np.array(coordinates))
    group = np.array([g for g, _ in rows])
    lender = np.array(lends)
    weights = {g: float(np.count_nonzero(group == g)) ** -RARITY_EXPONENT for g in names}
    for lo in range(0, len(rows), BLOCK):
        distance = _distances(points[lo:lo + BLOCK], points)
        closeness = np.where(distance <= NEAR_KM, 1.0, np.where(distance <= FAR_KM, 0.5, 0.0))
        total = np.zeros(len(distance))
        for g in names:
            columns = (group == g) & lender
            if not columns.any():
                continue
            best = closeness[:, columns].max(axis=1) * weights[g]
            best[group[lo:lo + BLOCK] == g] = 0.0
            total += best
        for i in np.nonzero(total)[0]:
            h, n = rows[lo + i]
            out[h][n] = min(float(total[i]), MAX_SUPPORT)
    return out


def _distances(rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """Great-circle distances (km) from each row point to each column point ((lat, lon) in
    radians)."""
    lat1, lon1 = rows[:, 0][:, None], rows[:, 1][:, None]
    lat2, lon2 = columns[:, 0][None, :], columns[:, 1][None, :]
    a = (np.sin((lat2 - lat1) / 2) ** 2
         + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
