"""Sentences of Vietnamese news text, for the digest's summaries and the correction watch's diffs.

:func:`split_sentences` cuts after ``.``, ``!``, ``?`` or ``…`` (and any closing quotes or
brackets) followed by a space and the start of a new sentence, except after an abbreviation
("TP.", "ThS.", "PGS.", "v.v."), a single initial inside a name ("Nguyễn V. An", but not the
shortened "ông A.") or inside a number ("1.000").
Dots with no space after them ("TP.HCM", "Th.S", "1.000.000", "baophapluat.vn") never cut.
Paragraph breaks always end a sentence.
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "FORMS_OF_ADDRESS", "split_sentences"]

# Lower-cased, without the final dot. "tp" covers "TP. Hồ Chí Minh", "ths" "ThS. Nguyễn…".
ABBREVIATIONS = frozenset(
    {
        "tp",
        "tx",
        "tt",
        "q",
        "p",
        "h",
        "x",
        "ths",
        "th.s",
        "ts",
        "pgs",
        "gs",
        "bs",
        "ks",
        "ls",
        "nxb",
        "v.v",
        "vv",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "no",
        "tr",
        "k/t",
        "q.cục",
    }
)

# Forms of address before a name shortened to its initial ("ông A.", "bà H.", "cháu T.").
FORMS_OF_ADDRESS = frozenset(
    {"ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "cháu", "bé"}
)

_CUT = re.compile(
    r"""(?P<end>[.!?…]+["'”’»)\]]*)\s+(?=["'“‘«(\[]?[0-9A-ZÀ-Ỹ\u00C0-\u1EF9])""",
    re.UNICODE,
)
_PREV_TOKEN = re.compile(r"(\S+)$")


def _protected(before: str, end: str) -> bool:
    """Whether the punctuation ``end`` after the text ``before`` does not close a sentence."""
    if not end.startswith("."):
        return False
    match = _PREV_TOKEN.search(before)
    if not match:
        return False
    token = match.group(1).lstrip("(\"'“‘«[")
    low = token.lower()
    if low in ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        # An initial inside a name ("Nguyễn V. An"), but a name the press shortens to one letter
        # after a form of address ends there: "... nhà ông A. Chấp hành viên ...".
        words = before[: match.start()].split()
        return not words or words[-1].lower() not in FORMS_OF_ADDRESS
    # A dotted abbreviation ("T.Ư", "Th.S", "U.S") but not a word ending a sentence.
    return bool(re.fullmatch(r"(?:\w{1,3}\.)+\w{1,3}", token)) and any(c.isupper() for c in token)


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` (paragraph breaks always end a sentence)."""
    sentences: list[str] = []
    for paragraph in re.split(r"\n+", text or ""):
        paragraph = " ".join(paragraph.split())
        if not paragraph:
            continue
        start = 0
        for match in _CUT.finditer(paragraph):
            end = match.group("end")
            if _protected(paragraph[start : match.start()], end):
                continue
            sentence = paragraph[start : match.start() + len(end)].strip()
            if sentence:
                sentences.append(sentence)
            start = match.end()
        rest = paragraph[start:].strip()
        if rest:
            sentences.append(rest)
    return sentences
