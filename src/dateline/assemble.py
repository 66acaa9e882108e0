"""Turn an annotated spaCy Doc and its Article into the output record (one place)."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp.extensions import items
from dateline.records import Article, Document


def build_document(doc: Doc, article: Article) -> Document:
    warnings = []
    if article.meta.get("warning"):
        warnings.append(article.meta["warning"])
    meta = {k: v for k, v in article.meta.items() if k != "warning"}
    return Document(
        id=article.id,
        text=article.text,
        dct=article.dct,
        title=article.title,
        url=article.url,
        source=article.source,
        meta=meta,
        entities=items(doc, "entities"),
        timexes=items(doc, "timexes"),
        places=items(doc, "places"),
        quotes=items(doc, "quotes"),
        events=items(doc, "events"),
        stances=items(doc, "stances"),
        warnings=warnings,
    )
