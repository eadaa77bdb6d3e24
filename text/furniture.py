"""Page furniture left in an article's extracted text: the related-stories list ("Xem thêm:",
"Đọc thêm", "Tin liên quan"), the tag line ("Từ khóa: ...") and the copyright line ("© Báo ...").

Outlets put these inside the article element, so an extractor keeps them as paragraphs: a
related headline about civil enforcement then makes a flood report look like one, and a critical
headline of another story turns a success story into a complaint. :func:`drop_furniture` removes
them line by line and keeps everything else (captions, bylines, the story's own paragraphs).
"""

from __future__ import annotations

import re

__all__ = ["drop_furniture"]

# A related-stories heading, alone on its line or before one linked headline
# ("Xem thêm:", "ĐỌC THÊM >>", "Tin liên quan", "Có thể bạn quan tâm", "Xem them: ...").
_RELATED = re.compile(
    r"^[\s>»•*\[(-]*(?:xem thêm|đọc thêm|xem tiếp|tin liên quan|bài liên quan|tin bài liên quan"
    r"|các tin liên quan|các bài liên quan|tin cùng chuyên mục|bài cùng chuyên mục|các tin khác"
    r"|tin khác|có thể bạn quan tâm|bạn có thể quan tâm|mời bạn đọc thêm|mời đọc thêm"
    r"|xem them|doc them|tin lien quan|bai lien quan)"
    r"(?P<rest>\s*(?:[:>»\])\-–—]+\s*)?)(?P<headline>.*)$",
    re.IGNORECASE,
)
# A line that reads as a headline, not as a paragraph: short, without a sentence's full stop.
_HEADLINE_CHARS = 200
# The tag line ("Từ khóa: thi hành án, cưỡng chế", "Tags: ...", "Chủ đề: ...").
_TAGS = re.compile(r"^\s*(?:từ khóa|từ khoá|tu khoa|tags?|chủ đề|chu de)\s*:", re.IGNORECASE)
# The copyright line ("© Báo Hà Tĩnh", "Copyright © 2026 ...", "Bản quyền thuộc về ...").
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b|bản quyền thuộc)", re.IGNORECASE)
# (a cheap first test of a line: any of the above starts with one of these, case aside)
_START = re.compile(
    r"[\s>»•*\[(-]*(?:xem|đọc|doc|tin|bài|bai|các|cac|có|co|bạn|ban|mời|moi|từ|tu|tag|chủ|chu"
    r"|©|\(c\)|bản)",
    re.IGNORECASE,
)


def _headline_like(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= _HEADLINE_CHARS and not s.endswith((".", "…", ":", ";"))


def drop_furniture(text: str) -> str:
    """``text`` without its related-stories lists, tag lines and copyright lines.

    A related heading alone on its line takes the headline-like lines after it (short, with no
    full stop) with it; a heading followed on its line by a headline is dropped as that one
    line. Text without any of them is returned as it is (the same object)."""
    if not text:
        return text
    lines = text.split("\n")
    if not any(_START.match(line) for line in lines):
        return text
    kept: list[str] = []
    dropped = False
    i = 0
    while i < len(lines):
        line = lines[i]
        m = _RELATED.match(line)
        if m is not None and (not m.group("headline").strip() or m.group("rest").strip()):
            dropped = True
            i += 1
            if not m.group("headline").strip():  # a list of headlines follows, up to a paragraph
                while i < len(lines) and (
                    not lines[i].strip() or _headline_like(lines[i]) or _TAGS.match(lines[i])
                ):
                    i += 1
            continue
        if _TAGS.match(line) or _COPYRIGHT.match(line):
            dropped = True
            i += 1
            continue
        kept.append(line)
        i += 1
    if not dropped:
        return text
    return "\n".join(kept).strip("\n")
