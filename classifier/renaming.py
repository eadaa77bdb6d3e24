"""The 2025 agency names in place of the old ones, in every document the text models see.

The real labelled stories date from 2004-2018 and name the THADS agencies of their time; the
stories the product reads name the agencies created on 2025-07-01 (``shared/domain/NOTES.md``):

==============================================  ==============================================
old name (years in use)                         2025 name
==============================================  ==============================================
Tổng cục THADS (2009-2025); Cục Thi hành án     Cục Quản lý thi hành án dân sự
dân sự of the ministry (before 2009)
Cục THADS tỉnh X (2009-2025); Phòng Thi hành    Thi hành án dân sự tỉnh X
án tỉnh X (before 2009)
Chi cục THADS huyện X (2009-2025); Đội Thi      Phòng Thi hành án dân sự khu vực X
hành án huyện X (before 2009)
Tổng cục trưởng / Chi cục trưởng                Cục trưởng / Trưởng phòng
==============================================  ==============================================

A name says which agency acted, not whether the story is about THADS or how it treats it. Left
as they were, the old names taught the models the stance of the few 2004-2018 stories that carry
them, and the 2025 names the stance of the few written examples: told with the 2025 names, 9 of
the 28 relevant real stories that name an agency changed assessment (out-of-fold, 5-fold CV).
So training, evaluation and classification all give the models each document with the 2025
names (:func:`rename_agencies`); the stance of a story no longer depends on which era named
its agency. The rule signals still read the text as published: an abolished name in a story
published after 2025-07-01 is their business (``classifier.rules``).

Matching is on whole words, in any case, with or without diacritics ("Chi cuc THADS").
"""

from __future__ import annotations

import re

from classifier.textprep import _STRIP

__all__ = ["rename_agencies"]


def _loose(phrase: str) -> str:
    """A regex for ``phrase`` (lower case) that also matches it without its diacritics."""
    out = []
    for ch in phrase:
        base = _STRIP.get(ord(ch), ch)
        if ch == " ":
            out.append(r"\s+")
        elif base != ch:
            out.append(f"[{ch}{base}]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _any(*phrases: str) -> str:
    return "(?:" + "|".join(_loose(p) for p in phrases) + ")"


# "Thi hành án" of an agency name; THADS and THA are already written out (``textprep.compose``).
_THA = "(?>" + _any("thi hành án dân sự", "thi hành án") + r")\b"
_DISTRICT = _any("huyện", "quận", "thị xã", "thành phố") + r"\b"
_PROVINCE = "(" + _any("tỉnh", "thành phố") + r"\b|tp\b\.?)"

# One alternation, longest forms first; each branch is a named group with its 2025 form
# (``\1``-style references are to the province word the name keeps).
_BRANCHES: tuple[tuple[str, str, str], ...] = (
    ("deputy_director_general", _any("phó tổng cục trưởng") + r"\b", "Phó Cục trưởng"),
    ("director_general", _any("tổng cục trưởng") + r"\b", "Cục trưởng"),
    ("deputy_district_head", _any("phó chi cục trưởng") + r"\b", "Phó Trưởng phòng"),
    ("district_head", _any("chi cục trưởng") + r"\b", "Trưởng phòng"),
    ("general_department", _any("tổng cục") + r"\s+" + _THA, "Cục Quản lý thi hành án dân sự"),
    (
        "district",
        _any("chi cục", "đội") + r"\s+" + _THA + rf"(?:\s+{_DISTRICT})?",
        "Phòng Thi hành án dân sự khu vực",
    ),
    ("province", _any("cục", "phòng") + r"\s+" + _THA + r"\s+" + _PROVINCE, ""),
    ("department", _any("cục") + r"\s+" + _THA, "Cục Quản lý thi hành án dân sự"),
    (
        "province_office",
        _any("phòng") + r"\s+" + _THA + r"(?!\s+" + _any("khu vực") + ")",
        "Thi hành án dân sự tỉnh",
    ),
)
_NAME = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern, _ in _BRANCHES) + ")",
    re.IGNORECASE,
)
_NEW = {name: new for name, _, new in _BRANCHES}
# Every old name holds "hành án" or "cục trưởng" (with or without diacritics, in some case):
# documents without one are returned untouched after a few substring tests.
_HINTS = ("ành án", "ÀNH ÁN", "ành Án", "anh an", "ANH AN", "anh An", "ục trưởng", "uc truong")


def _new_name(m: re.Match[str]) -> str:
    name = m.lastgroup or ""
    if name == "province":
        unit = m.group(m.re.groupindex[name] + 1)  # the province word, as written
        new = "Thi hành án dân sự " + unit
    else:
        new = _NEW[name]
    # Text typed without diacritics gets the new name without them too.
    return new.translate(_STRIP) if m.group(0).isascii() else new


def rename_agencies(doc: str) -> str:
    """``doc`` with every old THADS agency name (and its head's title) in its 2025 form; the
    same object when it holds none."""
    if not any(h in doc for h in _HINTS):
        return doc
    return _NAME.sub(_new_name, doc)
