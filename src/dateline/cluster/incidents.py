"""Within an article, and then across articles: reports of one incident become one group.

An article names its main incident several times, each mention a separate event record with
its own trigger, partial actors, a date at some precision and a place at some level ("militants
attacked a train in the province on Tuesday ... the attack ... 21 passengers were killed near
the town"). ``group_incidents`` first gathers those mentions into incidents, one article at a
time, around the first mention of each (``compat.same_incident``). Incidents of different
articles are then linked when any pair of their mentions could be the same event
(``compat.same_event``) and nothing rules the pair of incidents out: their most precise dates
must agree, and neither their lead mentions' places nor all their places may be far apart
(for articles that tell one story, towns of one province are not far apart).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from dateline.cluster.compat import (
    Report,
    dates_compatible,
    places_relation,
    same_event,
    same_incident,
    same_province,
)

StoryTest = Callable[[str, str], bool]


@dataclass
class Incident:
    """The mentions (reports) of one incident in one article, in text order."""

    members: list[Report] = field(default_factory=list)

    @property
    def lead(self) -> Report:
        return self.members[0]

    @property
    def article_id(self) -> str:
        return self.lead.article_id

    @property
    def dated(self) -> Report:
        """The member with the most precise date (the lead when none is dated)."""
        dated = [m for m in self.members if m.date_start is not None]
        if not dated:
            return self.lead
        return min(dated, key=lambda m: (m.date_end - m.date_start).days)  # type: ignore[operator]

    def interval(self) -> tuple[date, date] | None:
        best = self.dated
        if best.date_start is None or best.date_end is None:
            return None
        return best.date_start, best.date_end

    def accepts(self, report: Report) -> bool:
        """A later mention joins when it can tell the lead's incident and its date agrees
        with every mention so far."""
        return (same_incident(self.lead, report)
                and all(dates_compatible(m, report) for m in self.members))


def group_incidents(reports: Sequence[Report]) -> list[Incident]:
    """Reports (grouped by article, each article's in text order) gathered into incidents;
    articles and incidents keep their order."""
    incidents: list[Incident] = []
    current: list[Incident] = []
    article = None
    for report in reports:
        if report.article_id != article:
            incidents.extend(current)
            current, article = [], report.article_id
        chosen = next((i for i in current if i.accepts(report)), None)
        if chosen is None:
            chosen = Incident()
            current.append(chosen)
        chosen.members.append(report)
    incidents.extend(current)
    return incidents


def incidents_match(x: Incident, y: Incident, story: StoryTest | None = None) -> bool:
    """Could incidents ``x`` and ``y`` (of two articles) be one real event?"""
    if not dates_compatible(x.dated, y.dated):
        return False
    told_alike = story is not None and story(x.article_id, y.article_id)

    def far(a: Report, b: Report) -> bool:
        return places_relation(a, b) == "far" and not (told_alike and same_province(a, b))

    if far(x.lead, y.lead):
        return False  # the lead mention carries the article's main place
    if all(far(a, b) for a in x.members for b in y.members):
        return False
    return any(same_event(a, b, told_alike) for a in x.members for b in y.members)
