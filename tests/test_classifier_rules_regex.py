"""The rules' pattern compiler: runs of alternatives that open with \\b are grouped behind one
\\b, which must find exactly what the pattern as written finds."""

from __future__ import annotations

import re

import pytest

from classifier.rules.plain import _alternatives, _compile
from classifier.rules.stance import _RESULTS

TEXTS = [
    "",
    "thi hanh xong 1.895 viec . thu hoi hon 16.000 ty dong",
    ". giao dat cho nguoi duoc thi hanh an sau 11 nam cho doi",
    "giao nha sau 5 nam . chua thi hanh xong vu an",
    "ab abc xab . a b c . abd x ab",
    "cuong che thanh cong tai xa an phu | [x] (y) \\b",
]


@pytest.mark.parametrize(
    "pattern,parts",
    [
        (r"\ba|\bb", [r"\ba", r"\bb"]),
        (r"\b(?:a|b)|c", [r"\b(?:a|b)", "c"]),
        (r"[|(]x|y", ["[|(]x", "y"]),
        (r"[]|]x|y", ["[]|]x", "y"]),
        (r"[^]|]x|y", ["[^]|]x", "y"]),
        (r"\|x|\(y|z", [r"\|x", r"\(y", "z"]),
        (r"(?P<n>a|b)|(?<!c )d", ["(?P<n>a|b)", "(?<!c )d"]),
    ],
)
def test_alternatives_are_split_at_the_top_level_only(pattern, parts):
    assert _alternatives(pattern) == parts


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bab|\ba|x|\babc|\bab(?P<tail> x)?",  # order decides among matches at one position
        r"(?:^|\. )giao (?:dat|nha)|\bgiao dat|\bthu hoi|\. a b|\bcuong che (?:[^ .]+ )?thanh",
        r"\b(?<!xa )an phu\b|\ba\b|\bb c\b",
        r"\bab|\bx",  # every alternative opens with \b
        r"\bx|a\w*|\bab",  # "abc" by the second, not "ab" by the third: runs keep their place
        r"x|y|\ba",  # a run of one
        r"[|]|\b(?:a|b) c|\\b",  # a class and an escaped backslash are no alternative nor \b
    ],
)
def test_grouping_finds_what_the_pattern_finds(pattern):
    grouped, plain = _compile(pattern), re.compile(pattern)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in grouped.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]


def test_runs_are_grouped():
    """Three runs of \\b alternatives around two others: five alternatives remain, in order."""
    grouped = _compile(r"\ba|\bb|x|\bc|\bd|\be|(?:^|\. )f|\bg")
    assert grouped.pattern == r"\b(?:a|b)|x|\b(?:c|d|e)|(?:^|\. )f|\bg"
    assert len(_alternatives(_RESULTS.pattern)) < 10  # (the results' 62 alternatives)
