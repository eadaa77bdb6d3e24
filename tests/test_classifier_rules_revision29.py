"""Revision 29, both ways, each on the words of a blind set's story it was mended from (sets 85 and
86, held out until revision 28 was committed) and on the look-alike it must leave alone: "thi
hành" before a dropped comma is no harassment; old names told as replaced or reorganised further
on; a judgment with its year before "buộc"; a headline's critical question makes the article
relevant; an office finding no means while the debtor trades; years chasing a judgment's money."""

from __future__ import annotations

from datetime import datetime

from classifier.rules import (
    complaint_about_thads,
    defunct_agency_names,
    enforcement_complaint,
    officer_misconduct,
)
from tests.rules_text import both

JULY_2025 = datetime(2025, 7, 1, 9, 0)


def test_thi_hanh_before_a_dropped_comma_is_no_harassment():
    handed = (
        "Các hồ sơ đang thi hành dở dang được bàn giao nguyên trạng, chấp hành viên tiếp tục tổ "
        "chức thi hành, đương sự không phải làm lại thủ tục."
    )
    for t, x in both("Từ hôm nay, không còn Chi cục Thi hành án dân sự cấp huyện", handed):
        assert officer_misconduct(t, x) is None, x
    harassing = "Người dân tố chấp hành viên hành đương sự, bắt đi lại nhiều lần."
    assert officer_misconduct("Tin", harassing) is not None


def test_old_names_told_as_replaced_or_reorganised_further_on():
    for text in (
        "Cục có 7 đơn vị chuyên môn, thay thế Tổng cục Thi hành án dân sự.",
        "Từ ngày 1/7/2025, khi Chi cục Thi hành án dân sự TP Móng Cái cùng một số Chi cục khác "
        "được sắp xếp thành Phòng Thi hành án dân sự khu vực, chị tiếp tục công tác.",
    ):
        for t, x in both("Tin", text):
            assert defunct_agency_names(t, x, None, JULY_2025) is None, x
    for text in (
        "Tổng cục Thi hành án dân sự vừa ban hành kế hoạch năm.",
        "Chi cục Thi hành án dân sự TP Móng Cái cùng một số Chi cục khác tổ chức cưỡng chế.",
    ):
        for t, x in both("Tin", text):
            assert defunct_agency_names(t, x, None, JULY_2025) is not None, x


def test_a_judgment_with_its_year_and_a_headlined_question_make_a_complaint_relevant():
    lead = (
        "Bản án năm 2014 buộc trả lại 600 m2 đất cho gia đình bà Vũ Thị Nhàn (xã Hải Hậu) đến "
        "nay vẫn chưa được thi hành, dù gia đình đã gửi hàng chục lá đơn."
    )
    title = "12 năm cầm bản án, gia đình ở Hải Hậu vẫn chưa lấy lại được đất"
    for t, x in both(title, lead):
        assert complaint_about_thads(t, x, x) is not None, t
    # (no civil judgment, no office named: a family dispute)
    for t, x in both(title, "Gia đình bà Nhàn và gia đình ông Tâm tranh chấp 600 m2 đất."):
        assert complaint_about_thads(t, x, x) is None, t


def test_an_office_finding_no_means_while_the_debtor_trades_and_years_chasing_money():
    told = (
        "Bà Huệ cho biết Chi cục THADS huyện Can Lộc nhiều năm chỉ trả lời chưa có điều kiện "
        "thi hành, trong khi người này vẫn kinh doanh xe tải."
    )
    for t, x in both("Cụ bà ở Hà Tĩnh và khoản tiền 400 triệu đồng", told):
        assert enforcement_complaint(t, x) is not None, x
    for t, _ in both("Cụ bà 80 tuổi ở Hà Tĩnh 9 năm đi đòi tiền theo bản án", ""):
        assert enforcement_complaint(t, "") is not None, t
    for text in (
        "Người phải thi hành án chưa có điều kiện thi hành, hiện đang điều trị bệnh dài ngày.",
        "Chấp hành viên đã xác minh người này chưa có điều kiện thi hành án.",
    ):
        for t, x in both("Tin", text):
            assert enforcement_complaint(t, x) is None, x
    for t, _ in both("Cụ bà 80 tuổi ở Hà Tĩnh 9 năm đi đòi tiền cho con", ""):
        assert enforcement_complaint(t, "") is None, t
