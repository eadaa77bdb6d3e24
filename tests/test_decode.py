"""Encoding detection of fetched pages: declarations, BOMs, lies and truncation."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from crawlers.decode import DecodeError, decode_html, header_charset, normalize_encoding_name

VIETNAMESE = "Thi hành án dân sự tỉnh Đắk Lắk cưỡng chế kê biên tài sản của người phải thi hành án"
PAGE = f"<html><head><title>Tin</title></head><body><p>{VIETNAMESE}</p></body></html>"
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes: precomposed letters plus combining tone marks, as Word wrote them."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def test_plain_utf8_without_any_declaration() -> None:
    text, encoding = decode_html(PAGE.encode("utf-8"))
    assert encoding == "utf-8"
    assert VIETNAMESE in text


def test_header_says_latin1_but_bytes_are_utf8() -> None:
    text, encoding = decode_html(PAGE.encode("utf-8"), header_charset="ISO-8859-1")
    assert encoding == "utf-8"
    assert VIETNAMESE in text


def test_meta_says_windows1252_but_bytes_are_utf8() -> None:
    body = PAGE.replace("<head>", '<head><meta charset="windows-1252">').encode("utf-8")
    text, encoding = decode_html(body)
    assert encoding == "utf-8"
    assert VIETNAMESE in text


def test_registry_declared_encoding_wins_over_meta() -> None:
    body = PAGE.replace("<head>", '<head><meta charset="utf-8">')
    text, encoding = decode_html(to_cp1258(body), declared_encoding="windows-1258")
    assert encoding == "cp1258"
    assert VIETNAMESE in nfc(text)


def test_cp1258_from_meta_http_equiv() -> None:
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
    body = to_cp1258(PAGE.replace("<head>", "<head>" + meta))
    text, encoding = decode_html(body)
    assert encoding == "cp1258"
    assert VIETNAMESE in nfc(text)


def test_cp1258_under_a_western_header_label() -> None:
    text, encoding = decode_html(to_cp1258(PAGE), header_charset="iso-8859-1")
    assert encoding == "cp1258"
    assert VIETNAMESE in nfc(text)


def test_utf8_label_on_cp1258_bytes_falls_back_to_detection() -> None:
    text, encoding = decode_html(to_cp1258(PAGE * 3), header_charset="utf-8")
    assert encoding != "utf-8"
    assert "\ufffd" not in text


def test_undeclared_cp1258_never_crashes() -> None:
    text, encoding = decode_html(to_cp1258(PAGE))
    assert encoding
    assert "Thi h" in text


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_byte_order_mark_decides_and_is_removed(bom: bytes, codec: str) -> None:
    body = bom + PAGE.encode(codec)
    text, encoding = decode_html(body, header_charset="iso-8859-1" if codec != "utf-8" else None)
    assert encoding == codec
    assert text.startswith("<html>")
    assert VIETNAMESE in text


def test_truncated_multibyte_sequence_at_the_end() -> None:
    body = PAGE.encode("utf-8") + "Đ".encode()[:1]
    text, encoding = decode_html(body, header_charset="utf-8")
    assert encoding == "utf-8"
    assert VIETNAMESE in text
    assert text.endswith("\ufffd")


def test_truncated_utf8_without_declaration_is_still_utf8() -> None:
    body = PAGE.encode("utf-8")[: -len("</p></body></html>") - 1]  # cuts "án" inside the "á"
    text, encoding = decode_html(body)
    assert encoding == "utf-8"
    assert VIETNAMESE[:40] in text


def test_unknown_labels_are_ignored() -> None:
    text, encoding = decode_html(
        PAGE.encode("utf-8"), header_charset="x-nonsense", declared_encoding=""
    )
    assert encoding == "utf-8"
    assert VIETNAMESE in text


def test_empty_body_is_an_error() -> None:
    with pytest.raises(DecodeError):
        decode_html(b"")


def test_binary_garbage_decodes_with_replacement() -> None:
    text, _ = decode_html(bytes(range(256)) * 4)
    assert isinstance(text, str)


def test_encoding_names() -> None:
    assert normalize_encoding_name("UTF8") == "utf-8"
    assert normalize_encoding_name("windows-1258") == "cp1258"
    assert normalize_encoding_name("bogus") is None
    assert normalize_encoding_name(None) is None


@pytest.mark.parametrize(
    ("content_type", "charset"),
    [
        ("text/html; charset=UTF-8", "UTF-8"),
        ('text/html;charset="windows-1258"', "windows-1258"),
        ("text/html; Charset = utf-8", "utf-8"),
        ("text/html; boundary=x; charset='cp1258'", "cp1258"),
        ("text/html", None),
        ("text/html; charset=", None),
        ("", None),
        (None, None),
    ],
)
def test_header_charset(content_type: str | None, charset: str | None) -> None:
    assert header_charset(content_type) == charset
