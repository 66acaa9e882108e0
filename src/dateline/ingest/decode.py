"""Bytes to text: byte-order marks, UTF-16 without a mark, UTF-8, then the legacy Windows
code page, line by line; then invisible formatting characters are removed."""

from __future__ import annotations

import codecs
import re

from dateline.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192
# cp1252 leaves five bytes undefined; they are read as latin-1 (C1 controls, removed later).
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")

# Invisible characters that carry no text: zero-width space, word joiner, a byte-order mark
# inside the text, soft hyphen, and the bidirectional controls (embeddings, overrides,
# isolates, marks). They split words and hide text ("Trojan source"), so they are removed.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
# Zero-width (non-)joiners shape Arabic, Persian and Indic scripts; next to ASCII they are noise.
_JOINER_NEAR_ASCII = re.compile("(?<=[\x00-\x7f])[\u200c\u200d]+|[\u200c\u200d]+(?=[\x00-\x7f])")
# C0 and C1 control characters other than tab and newline.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def decode_bytes(data: bytes) -> str:
    """Decode an article's bytes, or raise InputError("binary"|"decode").

    A byte-order mark wins; UTF-16 without a mark is recognised by its NUL bytes. Otherwise
    UTF-8 is tried, and the pieces that are not UTF-8 are read as cp1252 (a superset of
    latin-1 for printable text, the usual encoding of legacy feeds), so a file that mixes
    the two keeps both. Text with NUL bytes that is not UTF-16 is binary.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    "decode", f"invalid {encoding} after its byte-order mark: {exc}"
                ) from None
    head = data[:_SNIFF]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError("binary", "the file holds NUL bytes: it is binary, not text")
        return utf16
    text, bad = _utf8_then_cp1252(data)
    if bad > max(3, len(text) // 100):
        raise InputError("decode", f"{bad} bytes are neither UTF-8 nor cp1252 text")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a mark: NULs in (nearly) every other byte of mostly-ASCII text."""
    head = data[:_SNIFF]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) >= 0.6 * len(zeros):
            try:
                text = data[: len(data) - len(data) % 2].decode(encoding)
            except UnicodeDecodeError:
                return None
            if _CONTROL.sub("", text).strip() and sum(c.isprintable() or c.isspace()
                                                      for c in text) > 0.95 * len(text):
                return text
    return None


def _utf8_then_cp1252(data: bytes) -> tuple[str, int]:
    """Decode as UTF-8; bytes that are not valid UTF-8 are read as cp1252, line by line.

    A line with no valid multi-byte UTF-8 sequence is decoded as cp1252 at once; a line that
    mixes both keeps its UTF-8 and reads each stray byte as cp1252.
    """
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError:
        pass
    _register_fallback()
    lines = []
    for line in data.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            if _UTF8_MULTIBYTE.search(line):
                lines.append(line.decode("utf-8", errors=_FALLBACK))
            else:
                lines.append(line.decode("cp1252", errors="replace"))
    text = "\n".join(lines)
    return text, text.count("\ufffd")


_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_FALLBACK = "dateline-cp1252"


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chunk = exc.object[exc.start:exc.end]
    return "".join("\ufffd" if b in _CP1252_HOLES else bytes([b]).decode("cp1252")
                   for b in chunk), exc.end


def _register_fallback() -> None:
    try:
        codecs.lookup_error(_FALLBACK)
    except LookupError:
        codecs.register_error(_FALLBACK, _cp1252_bytes)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace(
        "\u2029", "\n\n")


def remove_invisible(text: str) -> str:
    """Remove zero-width, bidirectional-control and control characters (tab and newline stay).

    Offsets in the output refer to the text after this step, which is the text that is stored.
    """
    text = _INVISIBLE.sub("", text)
    text = _JOINER_NEAR_ASCII.sub("", text)
    return _CONTROL.sub("", text)


def clean_text(text: str) -> str:
    """The text every reader stores: one newline convention, no invisible characters."""
    return remove_invisible(normalize_newlines(text))
