"""Bytes to text: byte-order marks, UTF-8, then the legacy Windows code page."""

from __future__ import annotations

import codecs

from dateline.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192


def decode_bytes(data: bytes) -> str:
    """Decode an article's bytes, or raise InputError("binary"|"decode").

    UTF-8 is tried first; text that is not UTF-8 but has no NUL bytes is read as cp1252
    (a superset of latin-1 for printable text), the usual encoding of legacy news feeds.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    "decode", f"invalid {encoding} after its byte-order mark: {exc}"
                ) from None
    if b"\x00" in data[:_SNIFF]:
        raise InputError("binary", "the file holds NUL bytes: it is binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    bad = text.count("\ufffd")
    if bad > max(3, len(text) // 100):
        raise InputError("decode", f"{bad} bytes are neither UTF-8 nor cp1252 text")
    return text


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
