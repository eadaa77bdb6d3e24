"""Turn the bytes of a fetched page into text, choosing the encoding as a careful browser would.

Order of trust: the encoding the outlet registry declares for the outlet → a byte-order mark → the
HTTP ``Content-Type`` charset → ``<meta charset>`` / ``http-equiv`` in the first bytes → valid UTF-8
→ charset_normalizer's guess → cp1258 / windows-1252. A declared single-byte encoding is overruled
when the bytes are valid UTF-8 containing multi-byte sequences: decoding them as Latin-1 would only
produce mojibake ("Ä\x90au bá»¥ng"), and Vietnamese outlets mislabel UTF-8 often.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

__all__ = ["DecodeError", "decode_html", "header_charset", "normalize_encoding_name"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.IGNORECASE
)
_HEAD_SCAN_BYTES = 4096
# In cp1258 the bytes CC, D2, DE, EC, F2 are the combining grave, hook, tilde, acute, dot below.
_CP1258_TONED_VOWEL = re.compile(
    rb"[aeiouyAEIOUY\xe2\xea\xf4\xe3\xf5\xfd\xc2\xca\xd4\xc3\xd5\xdd][\xcc\xd2\xde\xec\xf2]"
)
# Encodings whose label says "anything goes": a page labelled with one of them but holding valid
# multi-byte UTF-8 is almost certainly UTF-8 (the WHATWG spec maps all of these to windows-1252).
_SINGLE_BYTE = {"latin-1", "iso8859-1", "cp1252", "ascii", "cp1258", "iso8859-15"}


class DecodeError(ValueError):
    """The body cannot be decoded at all (only raised for empty input)."""


def header_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of an HTTP ``Content-Type`` value, unquoted, or None."""
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip("\"' "):
            return value.strip("\"' ")
    return None


def normalize_encoding_name(name: str | None) -> str | None:
    """Python's canonical codec name for a label such as ``UTF8`` or ``windows-1258``, else None."""
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    if label in {"x-user-defined", "none", ""}:
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _strict_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte sequence cut off by truncation at the very end still counts as UTF-8.
        return exc.reason == "unexpected end of data" and exc.start >= len(body) - 3
    return True


def _has_multibyte(body: bytes) -> bool:
    return any(b >= 0x80 for b in body)


def _looks_cp1258(body: bytes) -> bool:
    """Vowels followed by cp1258 combining tone marks: Vietnamese text under a Western label."""
    return len(_CP1258_TONED_VOWEL.findall(body[:200_000])) >= 3


def _mostly_invalid_utf8(body: bytes) -> bool:
    """More than a stray bad byte: the page is not really UTF-8 whatever its label says."""
    broken = body.decode("utf-8", errors="replace").count("\ufffd")
    return broken > 8 and broken * 200 > len(body)


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:_HEAD_SCAN_BYTES])
    if match is None:
        # Some pages put 200 kB of inline CSS before the meta tag: look a little further.
        match = _META_CHARSET.search(body[: _HEAD_SCAN_BYTES * 64])
    return normalize_encoding_name(match.group(1).decode("ascii", "ignore")) if match else None


def _choose(declared: str, body: bytes) -> str:
    """A declared encoding, unless the bytes are plainly UTF-8 and the declaration single-byte."""
    if declared in _SINGLE_BYTE and _has_multibyte(body) and _strict_utf8(body):
        return "utf-8"
    if declared in {"latin-1", "iso8859-1", "cp1252"} and _looks_cp1258(body):
        return "cp1258"
    if declared == "utf-8" and not _strict_utf8(body) and _mostly_invalid_utf8(body):
        return _guess(body)
    if declared in {"utf-16", "utf-32"}:
        # Without a BOM these labels are almost always wrong on an HTML page.
        return "utf-8" if _strict_utf8(body) else "cp1258"
    return declared


def _guess(body: bytes) -> str:
    if _strict_utf8(body):
        return "utf-8"
    best = charset_normalizer.from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        name = normalize_encoding_name(best.encoding)
        if name:
            return name
    return "cp1258"


def decode_html(
    body: bytes,
    *,
    header_charset: str | None = None,
    declared_encoding: str | None = None,
) -> tuple[str, str]:
    """Decode ``body`` and return ``(text, encoding used)``.

    ``declared_encoding`` comes from the outlet registry and wins over everything else (except the
    UTF-8 sanity check); ``header_charset`` is the charset of the HTTP ``Content-Type`` header.
    Undecodable bytes become U+FFFD; this never raises except for empty input.
    """
    if not body:
        raise DecodeError("empty body: nothing to decode")
    declared = normalize_encoding_name(declared_encoding)
    if declared:
        encoding = _choose(declared, body)
    else:
        for bom, name in _BOMS:
            if body.startswith(bom):
                return body[len(bom) :].decode(name, errors="replace"), name
        label = normalize_encoding_name(header_charset) or _meta_charset(body)
        encoding = _choose(label, body) if label else _guess(body)
    if encoding == "utf-8" and body.startswith(codecs.BOM_UTF8):
        body = body[len(codecs.BOM_UTF8) :]
    try:
        text = body.decode(encoding, errors="replace")
    except LookupError:  # pragma: no cover - normalize_encoding_name already checked the codec
        encoding = "utf-8"
        text = body.decode(encoding, errors="replace")
    return text, encoding
