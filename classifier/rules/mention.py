"""Rule signal (p) of :mod:`classifier.rules`: a full article that names civil enforcement in one
sentence only, outside its opening — the labelling guide's story that "mentions enforcement only in
passing" (a trial whose judgment a THADS office will enforce, a bill that lists the offices among
others, a business story on a debt sold) — which is not relevant whatever the text model says.

The text model weighs the words "cơ quan thi hành án dân sự" so much that one such sentence in a
6,000-character story on railway law made it relevant. A story about THADS names its work in the
headline or the opening, or in more than one sentence: on the labelled corpus the rule fires on
107 articles, none of them relevant, and on none of the relevant ones.
"""

from __future__ import annotations

import re

from classifier.rules.plain import Signal, _opening, _plain

# Words of civil enforcement's work, broad on purpose (a second sentence holding any of them, or
# the opening holding one, keeps the article for the text model to decide): the agency and its
# officers, its acts, the judgment enforced, court fees; "hành án" of any kind, criminal too.
_VOCABULARY = re.compile(
    r"\b(?:thi hanh an|hanh an|thads|chap hanh vien|tham tra vien"
    r"|thua phat lai|ke bien|cuong che|phong toa|dau gia|an phi|thi hanh ban an"
    r"|thi hanh quyet dinh)\b"
)
# A body shorter than this is a feed item or a brief, where one sentence is the story.
MIN_BODY = 1500


def _passing_mention(plain: str) -> Signal | None:
    if _VOCABULARY.search(_opening(plain)):
        return None
    told = [m for s in plain.split(" . ") if (m := _VOCABULARY.search(s)) is not None]
    if len(told) != 1:
        return None
    return Signal(
        "passing_mention",
        "quy tắc: bài chỉ nhắc đến công tác thi hành án một lần, ngoài phần mở đầu (nhắc qua), "
        "không phải bài về thi hành án dân sự",
        told[0].group(0),
        "not_relevant",
    )


def passing_mention(
    title: str, text: str, lead: str | None = None, *, stripped: str | None = None
) -> Signal | None:
    """Signal (p): a body of at least :data:`MIN_BODY` characters whose headline, lead and
    first sentences do not name civil enforcement's work and whose other sentences name it in
    one sentence only: not relevant. ``stripped``: the article's folded diacritic-free text
    when already at hand."""
    if len(text) < MIN_BODY:
        return None
    return _passing_mention(_plain(title, text, lead, stripped))
