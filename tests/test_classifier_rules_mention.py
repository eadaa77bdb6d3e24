"""Rule (p): a long story that names civil enforcement in one sentence outside its opening is
not relevant, both ways, with and without diacritics; and what keeps a story for the text model."""

from __future__ import annotations

from classifier.rules import passing_mention
from classifier.rules.mention import MIN_BODY
from tests.rules_text import ONCE, RAILWAY, RAILWAY_TITLE, both


def test_one_sentence_outside_the_opening_is_a_mention_in_passing():
    assert len(RAILWAY) >= MIN_BODY
    for title, text in both(RAILWAY_TITLE, RAILWAY + ONCE):
        found = passing_mention(title, text)
        assert found is not None, title
        assert found.code == "passing_mention" and found.label == "not_relevant"
        assert found.mention == "thi hanh an"
        assert found.reason.startswith("quy tắc: bài chỉ nhắc đến công tác thi hành án một lần")


def test_a_story_naming_enforcement_in_its_opening_twice_or_in_a_brief_is_kept():
    cases = [
        # in the headline
        ("Cơ quan thi hành án dân sự nhận quyết định bắt giữ tàu biển", RAILWAY + ONCE),
        # in the first sentences
        (RAILWAY_TITLE, ONCE.strip() + " " + RAILWAY),
        # in two sentences
        (RAILWAY_TITLE, RAILWAY + ONCE + " Chấp hành viên sẽ kê biên tàu nếu chủ tàu không nộp."),
        # a brief: one sentence may be the story
        (RAILWAY_TITLE, "Doanh nghiệp kinh doanh vận tải được bình đẳng tiếp cận hạ tầng." + ONCE),
        # no mention at all: the text model decides
        (RAILWAY_TITLE, RAILWAY),
    ]
    for title, text in cases:
        for t, x in both(title, text):
            assert passing_mention(t, x) is None, (t, x[-120:])
