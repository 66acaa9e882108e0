"""PLOVER type + mode -> CAMEO, ACLED and CASE 2021 labels, from ``plover_crosswalk.csv``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dateline.resources import load_table

CROSSWALK = "plover_crosswalk.csv"
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# The PLOVER manual's quad categories (table "Quad categories in PLOVER").
PLOVER_QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
# Quads by kind: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
# conflict.
VERBAL_QUADS = frozenset({1, 3})
MATERIAL_QUADS = frozenset({2, 4})
COOPERATION_QUADS = frozenset({1, 2})


@dataclass(frozen=True, slots=True)
class Crosswalk:
    cameo: str | None
    acled: str | None  # "event_type|sub_event_type"
    case2021: str | None


@cache
def _rows() -> dict[tuple[str, str], Crosswalk]:
    rows = {}
    for row in load_table(CROSSWALK):
        acled = (f"{row['acled_event_type']}|{row['acled_sub_event_type']}"
                 if row["acled_event_type"] else None)
        rows[(row["type"], row["mode"])] = Crosswalk(row["cameo"] or None, acled,
                                                    row["case2021"] or None)
    return rows


def crosswalk(event_type: str, mode: str | None = None) -> Crosswalk:
    """The row for (type, mode), else the type's own row, else an empty one."""
    rows = _rows()
    return rows.get((event_type, mode or "")) or rows.get((event_type, "")) or Crosswalk(
        None, None, None)


# A crowd's own violence: people of no armed group or state (PLOVER sector CVL) who attack
# with hands, sticks or guns are a mob, as ACLED codes them (Riots: Mob violence), not a side
# in a battle or an armed group attacking civilians.
CROWD_SECTORS = frozenset({"CVL"})
CROWD_MODES = frozenset({None, "clash", "firearms", "beat", "primitive"})


def event_crosswalk(event_type: str, mode: str | None = None, actor_sector: str | None = None,
                    actor_inferred: bool = False) -> Crosswalk:
    """:func:`crosswalk` for an event, given who acts: an ASSAULT by a crowd (a named crowd,
    not one the place stands in for) is mob violence."""
    if (event_type == "ASSAULT" and mode in CROWD_MODES and actor_sector in CROWD_SECTORS
            and not actor_inferred):
        return crosswalk("PROTEST", "mob")
    return crosswalk(event_type, mode)


def cameo_quad(code: str | None) -> int:
    """CAMEO quad class of a code by its root: 0 none, 1 verbal coop ... 4 material conflict."""
    if not code:
        return 0
    root = int(code[:2])
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    return 4 if 14 <= root <= 20 else 0
