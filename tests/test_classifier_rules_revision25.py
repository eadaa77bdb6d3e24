"""Revision 25, both ways, each on the words of a blind set's story it was mended from (sets 74
and 75) and on the look-alike it must leave alone: the office quoted on an exemption; a reply
column headlined by its answer; a headline telling the enforcement done or swift, which leaves
its lead's past complaints; a result the headline itself tells; a property received after
years."""

from __future__ import annotations

from classifier.rules import authority_reply, enforcement_complaint, misstated_law, results_report
from tests.rules_text import both, codes


def test_the_office_quoted_on_an_exemption_forgives_nothing():
    quoted = (
        "Theo Thi hành án dân sự tỉnh Khánh Hòa, việc xét miễn, giảm nghĩa vụ đối với những người "
        "thực sự khó khăn bảo đảm tính nhân văn của pháp luật."
    )
    for t, x in both("Chấp hành viên và món nợ án phí", quoted):
        assert misstated_law(t, x) is None, x
    forgiving = "Thi hành án dân sự tỉnh Khánh Hòa quyết định miễn toàn bộ khoản nợ cho ông A."
    for t, x in both("Tin", forgiving):
        assert misstated_law(t, x) is not None, x


def test_a_reply_column_headlined_by_its_answer_is_a_reply():
    for title in (
        "Trả lời đơn của bà Phạm Thị Nhung ở xã Thái Thụy",
        "Thông tin thêm về việc kê biên nhà đất tại phường Đồng Hới",
    ):
        for t, _ in both(title, ""):
            assert authority_reply(t) is not None, t
    for t, _ in both("Thông tin thêm về vụ kê biên sai: người dân tiếp tục khiếu nại", ""):
        assert authority_reply(t) is None, t


def test_a_headline_telling_it_done_or_swift_leaves_the_lead_s_past_complaints():
    swift = (
        "Sau hơn một năm người mua không nhận được tài sản, Thi hành án dân sự tỉnh Tây Ninh đã tổ "
        "chức cưỡng chế."
    )
    title = "Cưỡng chế giao đất cho người trúng đấu giá ở Đức Hòa: nhanh gọn, an toàn"
    for t, x in both(title, swift):
        assert "enforcement_complaint" not in codes(t, x), t
    for t, x in both("Cưỡng chế giao đất cho người trúng đấu giá ở Đức Hòa", swift):
        assert "enforcement_complaint" in codes(t, x), t


def test_a_result_the_headline_tells_is_the_story_s_point():
    past = (
        "Vụ việc từng kéo dài nhiều năm do người phải thi hành án chống đối. Thi hành án dân sự "
        "tỉnh Ninh Bình đã vận động thành công."
    )
    for t, x in both("Sau 15 năm, bản án về căn nhà ở Hải Hậu đã được thi hành xong", past):
        assert results_report(t, x) is not None, t
    still = "Người được thi hành án bức xúc vì cơ quan thi hành án chậm trễ."
    title = "Sau 15 năm, bản án về căn nhà ở Hải Hậu vẫn chưa được thi hành xong"
    for t, x in both(title, still):
        assert results_report(t, x) is None, t
        assert enforcement_complaint(t, x) is not None, t
    debt = "Khu đất bị bỏ hoang nhiều năm đã được bán đấu giá."
    for t, x in both("Xử lý xong khoản nợ xấu gần 60 tỷ đồng tại Đồng Xoài", debt):
        assert results_report(t, x) is not None, t
        assert enforcement_complaint(t, x) is None, t


def test_a_property_received_after_years_is_a_result_but_not_one_still_awaited():
    body = "Thi hành án dân sự thành phố Đà Nẵng đã bàn giao cho gia đình ông B."
    for title in (
        "Giao đất cho người được thi hành án sau 11 năm 'treo' ở Hội An",
        "Người trúng đấu giá nhận nhà sau 5 năm chờ đợi ở Hội An",
    ):
        for t, x in both(title, body):
            assert results_report(t, x) is not None, t
            assert enforcement_complaint(t, x) is None, t
    waiting = "Người trúng đấu giá 5 năm chờ đợi vẫn chưa được nhận nhà ở Hội An"
    for t, x in both(waiting, "Gia đình ông B. bức xúc."):
        assert results_report(t, x) is None, t
        assert enforcement_complaint(t, x) is not None, t
