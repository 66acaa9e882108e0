"""Render a Document in the terminal: the text with every extracted span highlighted, then
one table per kind of item, so a person can see what was extracted and from where."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from dateline.records import Document

STYLES = {
    "PERSON": "bold cyan",
    "ORG": "bold magenta",
    "GPE": "bold green",
    "NORP": "green",
    "LOC": "green",
    "FAC": "green",
    "timex": "bold yellow",
    "place": "underline green",
    "quote": "italic",
    "trigger": "bold red",
}


def highlighted_text(doc: Document) -> Text:
    text = Text(doc.text)
    for quote in doc.quotes:
        text.stylize(STYLES["quote"], quote.start, quote.end)
    for entity in doc.entities:
        for start, end in entity.mentions:
            text.stylize(STYLES.get(entity.label, "bold"), start, end)
    for place in doc.places:
        text.stylize(STYLES["place"], place.start, place.end)
    for timex in doc.timexes:
        text.stylize(STYLES["timex"], timex.start, timex.end)
    for event in doc.events:
        text.stylize(STYLES["trigger"], event.trigger.start, event.trigger.end)
    return text


def render_document(doc: Document) -> Group:
    header = Text.assemble(("article ", "dim"), (doc.id, "bold"), ("  dct ", "dim"),
                           (doc.dct or "unknown", "bold yellow"))
    if doc.title:
        header.append(f"\n{doc.title}", style="bold")
    parts: list = [header, Text(""), highlighted_text(doc), Text("")]
    legend = Text("legend: ")
    for name, style in (("person", "bold cyan"), ("organization", "bold magenta"),
                        ("country/city", "bold green"), ("date/time", "bold yellow"),
                        ("place", "underline green"), ("quote", "italic"),
                        ("event trigger", "bold red")):
        legend.append(name, style=style)
        legend.append("  ")
    parts.append(legend)

    if doc.entities:
        table = Table(title="entities", show_lines=False)
        for col in ("id", "canonical", "label", "country", "sector", "role", "mentions", "conf"):
            table.add_column(col)
        for e in doc.entities:
            actor = e.actor
            table.add_row(e.id, e.canonical, e.label, actor.country if actor else "",
                          actor.sector if actor else "", (actor.role or "") if actor else "",
                          str(len(e.mentions)), f"{e.confidence:.2f}")
        parts.append(table)
    if doc.timexes:
        table = Table(title="time expressions")
        for col in ("id", "text", "type", "value", "precision", "mod"):
            table.add_column(col)
        for t in doc.timexes:
            table.add_row(t.id, t.text, t.type, t.value, t.precision or "", t.mod or "")
        parts.append(table)
    if doc.places:
        table = Table(title="places")
        for col in ("id", "text", "name", "country", "admin1", "lat", "lon", "role"):
            table.add_column(col)
        for p in doc.places:
            table.add_row(p.id, p.text, p.name, p.country or "", p.admin1 or "",
                          _num(p.lat), _num(p.lon), p.role)
        parts.append(table)
    if doc.quotes:
        table = Table(title="quotes and sources")
        for col in ("id", "kind", "speaker", "source", "text"):
            table.add_column(col)
        for q in doc.quotes:
            speaker = (q.speaker.canonical or q.speaker.text) if q.speaker else ""
            table.add_row(q.id, q.kind, speaker, q.source_type or "", _short(q.text))
        parts.append(table)
    if doc.events:
        table = Table(title="events")
        for col in ("id", "type", "mode", "modality", "actor", "recipient", "date", "trigger"):
            table.add_column(col)
        for v in doc.events:
            table.add_row(v.id, v.type, v.mode or "", v.modality, _who(v.actor),
                          _who(v.recipient), v.date.value if v.date and v.date.value else "",
                          v.trigger.text)
        parts.append(table)
    if doc.warnings:
        parts.append(Text("\n".join(doc.warnings), style="yellow"))
    return Group(*parts)


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def _short(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _who(p) -> str:  # type: ignore[no-untyped-def]
    if p is None:
        return ""
    code = " ".join(x for x in (p.country, p.sector) if x)
    return f"{p.text} ({code})" if code else p.text
