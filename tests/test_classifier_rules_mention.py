"""Rules (p) and (s): a long story that names civil enforcement in one sentence outside its opening,
or a court's ruling headlined with no work of civil enforcement, is not relevant, both ways, with
and without diacritics; and what keeps a story for the text model."""

from __future__ import annotations

import pytest

from classifier.rules import court_ruling, passing_mention
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


COURT_LEAD = (
    "TAND tỉnh Cà Mau tuyên buộc công ty trả ngân hàng hơn 90 tỷ đồng; nếu công ty không tự "
    "nguyện trả, ngân hàng có quyền yêu cầu cơ quan thi hành án dân sự thi hành."
)


@pytest.mark.parametrize(
    "title",
    [
        "Tòa buộc doanh nghiệp chế biến tôm trả ngân hàng hơn 90 tỷ đồng",
        "Cà Mau: TAND tỉnh tuyên công ty phải trả nợ ngân hàng",
        "Xử phúc thẩm vụ ly hôn chia tài sản 40 tỷ đồng",
        "Xét xử tranh chấp thừa kế 2.000 m² đất rẫy",
        "Tuyên án vụ lừa bán 'đất nền ảo' ven TP.HCM",
    ],
)
def test_a_court_s_ruling_headlined_without_enforcement_is_not_relevant(title):
    for t, x in both(title, COURT_LEAD):
        found = court_ruling(t, x, x)
        assert found is not None, t
        assert found.code == "court_ruling" and found.label == "not_relevant"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the headline names enforcement's work, or a party still waiting
        ("Tòa tuyên hủy kết quả đấu giá tài sản thi hành án", COURT_LEAD),
        ("Đất đã được tòa tuyên trả, gia đình vẫn chờ hơn hai năm", COURT_LEAD),
        ("Xét xử chấp hành viên nhận hối lộ", COURT_LEAD),
        # not a court: "Xử lý", "Xu hướng"
        ("Xử lý tài sản bảo đảm qua thi hành án", COURT_LEAD),
        ("Xu hướng sử dụng đèn LED trong nội thất", COURT_LEAD),
        # a complaint against THADS in the opening
        (
            "Tòa tuyên trả nhà cho bà H.",
            "Bản án có hiệu lực từ năm 2021 nhưng chấp hành viên Phòng Thi hành án dân sự khu vực "
            "2 vẫn chưa tổ chức thi hành, bà H. đã gửi đơn khiếu nại.",
        ),
    ],
)
def test_a_court_headline_naming_enforcement_or_with_a_complaint_is_kept(title, text):
    for t, x in both(title, text):
        assert court_ruling(t, x, x) is None, t
