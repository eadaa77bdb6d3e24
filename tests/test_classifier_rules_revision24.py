"""Revision 24, both ways, each on the words of a blind set's story it was mended from (sets 72
and 73) and on the look-alike it must leave alone: the law named before "miễn, giảm"; an
office's "nói gì?"; none of it collected still; officers said the court's; letters unanswered;
another round of payments; a property sold at last."""

from __future__ import annotations

from classifier.rules import (
    authority_reply,
    enforcement_complaint,
    misstated_law,
    results_report,
)
from tests.rules_text import both, codes


def test_the_law_named_before_an_exemption_is_no_office_forgiving_a_debt():
    law = (
        "Pháp luật thi hành án dân sự có cơ chế xét miễn, giảm nghĩa vụ thi hành án đối với các "
        "khoản thu, nộp ngân sách nhà nước như án phí, tiền phạt."
    )
    for t, x in both("Không có tài sản, có được miễn tiền án phí?", law):
        assert misstated_law(t, x) is None, x
    office = (
        "Theo bài viết, chấp hành viên có quyền quyết định miễn toàn bộ khoản nợ cho người nghèo."
    )
    for t, x in both("Tin", office):
        assert misstated_law(t, x) is not None, x


def test_officers_said_the_court_s_staff_are_a_misstatement():
    court = (
        "Theo quy định, chấp hành viên là chức danh thuộc Tòa án nhân dân, được Chánh án phân công "
        "tổ chức thi hành những bản án do tòa đã tuyên."
    )
    for t, x in both("Cưỡng chế giao đất cho người mua trúng đấu giá", court):
        assert misstated_law(t, x) is not None, x
    ministry = (
        "Chấp hành viên là công chức thuộc cơ quan thi hành án dân sự, do Bộ trưởng bổ nhiệm."
    )
    for t, x in both("Tin", ministry):
        assert misstated_law(t, x) is None, x


def test_an_office_asked_what_it_says_answers():
    title = "Vụ kê biên nhà đất ở Thái Bình cũ: Cơ quan thi hành án nói gì?"
    for t, _ in both(title, ""):
        assert authority_reply(t) is not None, t
    for t, _ in both("Người dân nói gì về vụ kê biên nhà đất ở Thái Bình cũ?", ""):
        assert authority_reply(t) is None, t


def test_none_of_it_still_collected_is_a_complaint_but_not_a_portrait_s_old_case():
    still = (
        "Ba hộ dân cho biết bản án buộc công ty bồi thường từ năm 2020 nhưng đến nay Thi hành án "
        "dân sự TP Đà Nẵng vẫn chưa thu được đồng nào."
    )
    for t, x in both("6 năm thắng kiện, người dân vẫn chờ thi hành án", still):
        assert enforcement_complaint(t, x) is not None, x
    old = (
        "Có vụ hồ sơ đã qua tay ba chấp hành viên mà chưa thu được đồng nào. Nhận vụ việc cuối "
        "năm 2024, chị đi lại 14 lần và thu đủ tiền cho 11 hộ ngư dân."
    )
    for t, x in both("Nữ chấp hành viên 18 năm gỡ án ở vùng biển", old):
        assert "enforcement_complaint" not in codes(t, x), x


def test_letters_left_unanswered_are_a_complaint_whatever_the_record():
    text = "Con số thu hồi kỷ lục của ngành thi hành án dân sự năm 2025 là đáng ghi nhận."
    for t, x in both("Kỷ lục 150.000 tỷ đồng và những lá đơn chưa có hồi âm", text):
        assert enforcement_complaint(t, x) is not None, t
    for t, x in both("Kỷ lục 150.000 tỷ đồng và những lá đơn đã có hồi âm", text):
        assert enforcement_complaint(t, x) is None, t


def test_another_round_of_payments_and_a_property_sold_at_last_are_results():
    paid = "Thi hành án dân sự TP.HCM tiếp tục chi trả tiền theo bản án."
    for t, x in both("Thêm đợt chi trả cho người bị hại trong vụ Vạn Thịnh Phát", paid):
        assert results_report(t, x) is not None, t
    for t, x in both("Lịch đợt chi trả cho người bị hại sẽ được thông báo sau", paid):
        assert results_report(t, x) is None, t
    sold = "Thi hành án dân sự thành phố Cần Thơ cho biết lô đất gán nợ ngân hàng nay có chủ mới."
    for t, x in both("Lô đất ở Sóc Trăng cũ đã có người mua sau 9 lần đấu giá", sold):
        assert results_report(t, x) is not None, t
    for t, x in both("Lô đất ở Sóc Trăng cũ 9 lần đấu giá vẫn chưa có người mua", sold):
        assert results_report(t, x) is None, t
