"""text.normalize: cleaning for storage, tone-mark unification and folding for matching."""

from __future__ import annotations

import unicodedata

import pytest

from text.normalize import clean_text, fold, nfc, strip_diacritics, syllables, unify_tone_marks


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def is_nfc(s: str) -> bool:
    return unicodedata.is_normalized("NFC", s)


# --- nfc ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["Hòa", "Thi hành án dân sự", "Đắk Lắk", "Nguyễn Thắng Lợi", "ủy"])
def test_nfc_composes_decomposed_input(word: str) -> None:
    decomposed = nfd(word)
    assert decomposed != word
    assert nfc(decomposed) == word


def test_nfc_composes_legacy_combining_sequence() -> None:
    # "Hòa" typed as o + combining grave (Windows-1258 style input), "ố" as ô + combining acute.
    assert nfc("Ho\u0300a") == "Hòa"
    assert nfc("ngươ\u0300i tô\u0301") == "người tố"


# --- clean_text -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Xin\u00a0chào", "Xin chào"),  # no-break space
        ("Xin\u202fchào\u2009bạn", "Xin chào bạn"),  # narrow no-break and thin spaces
        ("Xin &nbsp; chào", "Xin chào"),  # stray entity left by a double-decoding feed
        ("Xin&NBSP;chào", "Xin chào"),
        ("thi\u200bhành\u200c án\u200d", "thihành án"),  # zero-width space / non-joiner / joiner
        ("\ufeffBản tin", "Bản tin"),  # BOM
        ("thi hành\u00ad án", "thi hành án"),  # soft hyphen
        ("a\x00b\x07c\x1bd\x7fe\x9ff", "abcdef"),  # C0/C1 controls
        ("\u202eabc\u202c \u200fdef", "abc def"),  # bidi overrides and marks
        ("a \t  b\t\tc", "a b c"),
        ("  a  ", "a"),
    ],
)
def test_clean_text_removes_invisible_and_collapses_spaces(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Đoạn một.\n\n\n  Đoạn hai.  \n", "Đoạn một.\nĐoạn hai."),
        ("Một\r\nHai\rBa", "Một\nHai\nBa"),
        ("Một\u2028Hai\u2029Ba", "Một\nHai\nBa"),
        ("  \n \t \n", ""),
        ("Một \u00a0\n\u200b\nHai", "Một\nHai"),  # a line of only invisible characters is empty
    ],
)
def test_clean_text_keeps_paragraphs_as_lines(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_clean_text_flat_for_titles() -> None:
    assert (
        clean_text(" Thi hành án\n\n dân sự \t tỉnh ", paragraphs=False)
        == "Thi hành án dân sự tỉnh"
    )


def test_clean_text_composes_nfd_and_legacy_sequences() -> None:
    out = clean_text(nfd("Chi cục Thi hành án dân sự huyện Phú Hòa"))
    assert out == "Chi cục Thi hành án dân sự huyện Phú Hòa"
    assert is_nfc(out)


def test_clean_text_composes_across_a_zero_width_char() -> None:
    # A zero-width space between vowel and tone mark must not keep them apart.
    assert clean_text("Ho\u200b\u0300a") == "Hòa"


def test_clean_text_keeps_tone_style_as_written() -> None:
    # Storage keeps the outlet's spelling; only matching unifies tone placement.
    assert clean_text("Khánh Hoà") == "Khánh Hoà"


def test_clean_text_drops_lone_surrogates() -> None:
    out = clean_text("abc\ud800def")
    assert out == "abcdef"
    out.encode("utf-8")


def test_clean_text_empty() -> None:
    assert clean_text("") == ""


# --- unify_tone_marks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("new_style", "old_style"),
    [
        ("hoà", "hòa"),
        ("thuý", "thúy"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("uỷ", "ủy"),
        ("Uỷ ban", "Ủy ban"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("khoẻ", "khỏe"),
        ("hoạ sĩ", "họa sĩ"),
        ("xoã", "xõa"),
        ("hoả hoạn", "hỏa hoạn"),
        ("loè loẹt", "lòe loẹt"),
        ("tuỳ", "tùy"),
        ("luỹ", "lũy"),
        ("Thuỵ", "Thụy"),
        ("oà khóc", "òa khóc"),
        ("HOÀ", "HÒA"),
        ("THANH HOÁ", "THANH HÓA"),
        ("Hoà Bình, Thanh Hoá; Khánh Hoà.", "Hòa Bình, Thanh Hóa; Khánh Hòa."),
        ("xoá2 hoà_bình", "xóa2 hòa_bình"),  # digits and "_" end a syllable
    ],
)
def test_unify_tone_marks_moves_tone_to_first_vowel(new_style: str, old_style: str) -> None:
    assert unify_tone_marks(new_style) == old_style
    assert unify_tone_marks(old_style) == old_style  # idempotent on the target form


@pytest.mark.parametrize(
    "word",
    [
        "quý", "Quỳnh", "quỳ", "quỹ",  # qu + y: the u belongs to the consonant
        "hoàng", "toán", "hoặc", "hoạch", "huých", "thuyết", "hoàn toàn",  # final consonant
        "ngoài", "ngoáy", "khuya", "khuỷu",  # three-vowel syllables: same in both styles
        "hoa", "thuy", "tu", "ma", "",  # no tone
    ],
)  # fmt: skip
def test_unify_tone_marks_leaves_other_syllables(word: str) -> None:
    assert unify_tone_marks(word) == word


# --- fold / strip_diacritics / syllables --------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Khánh Hoà", "khánh hòa"),
        (nfd("Khánh Hoà"), "KHÁNH HÒA"),
        ("Uỷ ban nhân dân", "ỦY BAN NHÂN DÂN"),
        ("Thanh\u200bHoá", "thanhhóa"),
        ("THI HÀNH ÁN", nfd("thi hành án")),
    ],
)
def test_fold_makes_spellings_equal(a: str, b: str) -> None:
    assert fold(a) == fold(b)
    assert is_nfc(fold(a))


def test_fold_keeps_diacritics() -> None:
    assert fold("ma") != fold("mà")
    assert fold("Đắk Lắk") == "đắk lắk"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Thi hành án dân sự", "Thi hanh an dan su"),
        ("ĐẮK LẮK", "DAK LAK"),
        ("Đồng Tháp, Cà Mau", "Dong Thap, Ca Mau"),
        ("người ưu tiên ơn", "nguoi uu tien on"),
        (nfd("Khánh Hòa"), "Khanh Hoa"),
        ("Hoà Thuỵ", "Hoa Thuy"),
        ("abc 123", "abc 123"),
    ],
)
def test_strip_diacritics(raw: str, expected: str) -> None:
    assert strip_diacritics(raw) == expected


def test_syllables_of_nfd_text_are_whole_words() -> None:
    assert syllables(nfd("Thi hành án Khánh Hoà")) == ["thi", "hành", "án", "khánh", "hòa"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "THADS TP.HCM: thu hồi 27.000 tỉ",
            ["thads", "tp", "hcm", "thu", "hồi", "27", "000", "tỉ"],
        ),
        ("(PLVN) - Cục Quản lý", ["plvn", "cục", "quản", "lý"]),
        ("Uỷ\u00a0ban", ["ủy", "ban"]),
        ("", []),
    ],
)
def test_syllables(raw: str, expected: list[str]) -> None:
    assert syllables(raw) == expected
