"""Unicode normalisation of Vietnamese text: cleaning for storage and folding for matching.

Scraped text arrives in NFC, NFD or with legacy combining sequences, with invisible characters
and with two conventions for tone-mark placement ("hoà" / "hòa"). ``clean_text`` makes it fit to
store and show; ``fold`` and ``syllables`` make two spellings of one word compare equal.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "clean_text",
    "fold",
    "nfc",
    "strip_diacritics",
    "syllables",
    "unify_tone_marks",
    "is_invisible",
    "TONED_AE",
    "TONED_Y",
]

# Vietnamese tone marks as combining characters (grave, acute, tilde, hook above, dot below).
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")

_LINE_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]")
_LITERAL_NBSP = re.compile(r"&(?:nbsp|#160|#xa0);", re.IGNORECASE)
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_ANY_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")

# The toned vowels that take the tone mark in the new style of oa / oe (a, e) and uy (y), each
# group in the order of the combining marks grave, acute, hook above, tilde, dot below.
TONED_AE = "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ"
TONED_Y = "ỳýỷỹỵỲÝỶỸỴ"
# oa / oe / uy closing a syllable, tone on the second vowel (new style): the syllable is the
# first vowel plus a toned a/e/y that is not followed by another letter. "qu" + y is excluded: there
# the u belongs to the consonant and "quý" is correct in both styles.
_NEW_STYLE_TONE = re.compile(
    rf"(?<![^\W\d_])([^\W\d_]*?)([oO])([{TONED_AE}])(?![^\W\d_])"
    rf"|(?<![^\W\d_])([^\W\d_]*?)([uU])([{TONED_Y}])(?![^\W\d_])"
)


def nfc(s: str) -> str:
    """``s`` in Unicode Normalization Form C (composed)."""
    return unicodedata.normalize("NFC", s)


def is_invisible(ch: str) -> bool:
    """Characters removed from stored text: format chars (zero-width, soft hyphen, BOM, bidi
    controls), C0/C1 controls other than tab and newline, and lone surrogates."""
    if ch in "\n\t":
        return False
    return unicodedata.category(ch) in {"Cf", "Cc", "Cs"}


def _drop_invisible(s: str) -> str:
    return "".join(ch for ch in s if not is_invisible(ch))


def _spaces_to_ascii(s: str) -> str:
    """Non-breaking and other Unicode spaces (and tabs) become a plain space; newlines stay."""
    s = _LITERAL_NBSP.sub(" ", s)
    return "".join(" " if ch != "\n" and (ch.isspace() or ch == "\t") else ch for ch in s)


def clean_text(s: str, *, paragraphs: bool = True) -> str:
    """Text fit to store and show.

    Removes zero-width characters, soft hyphens, BOMs, bidi and other control characters (they
    are removed *before* composing, so a zero-width space between a vowel and its combining tone
    mark does not keep them apart), turns non-breaking and other Unicode spaces into plain
    spaces, composes to NFC and collapses runs of spaces and tabs.

    With ``paragraphs=True`` (default) the result is one paragraph per line: each line is
    stripped, empty lines are dropped and lines are joined with a single ``\\n``. With
    ``paragraphs=False`` all whitespace, newlines included, collapses to single spaces (titles).
    """
    s = _LINE_BREAKS.sub("\n", s)
    s = nfc(_spaces_to_ascii(_drop_invisible(s)))
    if not paragraphs:
        return _ANY_SPACE.sub(" ", s).strip()
    lines = (_HORIZONTAL_SPACE.sub(" ", line).strip() for line in s.split("\n"))
    return "\n".join(line for line in lines if line)


def _move_tone(onset: str, first: str, second: str) -> str:
    """ "o" + "à" -> "ò" + "a", keeping the case of both letters."""
    decomposed = unicodedata.normalize("NFD", second)
    base, marks = decomposed[0], decomposed[1:]
    if len(marks) != 1 or marks not in TONE_MARKS:
        return onset + first + second
    return onset + nfc(first + marks) + base


def _replace_tone(match: re.Match[str]) -> str:
    if match.group(2) is not None:
        return _move_tone(match.group(1), match.group(2), match.group(3))
    onset = match.group(4)
    if onset[-1:] in ("q", "Q"):
        return match.group(0)
    return _move_tone(onset, match.group(5), match.group(6))


def unify_tone_marks(s: str) -> str:
    """Old-style tone placement for open oa/oe/uy syllables, for matching.

    "hoà" → "hòa", "khoẻ" → "khỏe", "thuý" → "thúy", "uỷ" → "ủy", "Thanh Hoá" → "Thanh Hóa".
    Syllables with a final consonant or a third vowel ("hoàng", "ngoài", "khuya") and "qu" + y
    ("quý") are written the same way in both styles and are left alone. Expects NFC input
    (use :func:`fold` for raw text); case is kept.
    """
    return _NEW_STYLE_TONE.sub(_replace_tone, s)


def fold(s: str) -> str:
    """Matching key of ``s``: invisible characters dropped, NFC, tone marks unified, casefolded.

    Diacritics are kept ("ma" and "mà" are different words); see :func:`strip_diacritics`.
    """
    return unify_tone_marks(nfc(_drop_invisible(s))).casefold()


def strip_diacritics(s: str) -> str:
    """``s`` without any diacritic; đ/Đ become d/D. "Thi hành án dân sự" → "Thi hanh an dan su"."""
    decomposed = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return nfc("".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn"))


def syllables(s: str) -> list[str]:
    """Syllable tokens (``\\w+``) of ``fold(s)``; being NFC, an NFD word is never split apart."""
    return _WORD.findall(fold(s))
