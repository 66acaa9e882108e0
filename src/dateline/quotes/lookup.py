"""Which quote a token belongs to: the link from events to the statement they rest on."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.nlp.extensions import items


def quote_for_token(doc: Doc, token: Token) -> str | None:
    """The id of the quote whose content span covers ``token``, else None.

    Where quotes nest ("X said he told them ..."), the innermost (shortest) one wins.
    """
    best = None
    for quote in items(doc, "quotes"):
        if quote.start <= token.idx < quote.end and (
            best is None or quote.end - quote.start < best.end - best.start
        ):
            best = quote
    return best.id if best is not None else None
