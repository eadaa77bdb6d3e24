"""Revision 31, both ways, each on the words of a blind set's story it was mended from (sets 95 and
96) and on the look-alike it must leave alone: enforcement said to need no judgment; a debtor's
failing told as the condition of a claim is no denial of it; a house seized for its seller's
debt; a backlog recovered; whether a judgment's money can be had."""

from __future__ import annotations

from classifier.rules import enforcement_complaint, legal_explainer, misstated_law, results_report
from tests.rules_text import both

NO_JUDGMENT = (
    "Kể từ ngày 1/7/2026, ngân hàng được quyền gửi hồ sơ trực tiếp đến cơ quan thi hành án dân "
    "sự nơi chủ thẻ cư trú để yêu cầu kê biên tài sản mà không cần khởi kiện ra tòa như trước "
    "đây."
)


def test_enforcement_said_to_need_no_judgment_misstates_the_law():
    for t, x in both("Nợ thẻ tín dụng quá hạn có thể bị siết nhà?", NO_JUDGMENT):
        assert misstated_law(t, x) is not None, x
    debunked = NO_JUDGMENT + " Cục Quản lý Thi hành án dân sự khẳng định đây là thông tin sai."
    denied = "Ngân hàng không thể yêu cầu kê biên tài sản mà không cần khởi kiện ra tòa."
    for text in (debunked, denied):
        for t, x in both("Tin", text):
            assert misstated_law(t, x) is None, x


def test_a_debtor_s_failing_told_as_a_condition_is_no_denial():
    salary = (
        "Trường hợp chủ thẻ không có tài sản, cơ quan thi hành án sẽ khấu trừ trực tiếp vào "
        "lương hằng tháng, tối đa 50% thu nhập."
    )
    for t, x in both("Tin", salary):
        assert misstated_law(t, x) is not None, x
    denied = "Cơ quan thi hành án không khấu trừ vào lương hằng tháng tối đa 50% thu nhập."
    for t, x in both("Tin", denied):
        assert misstated_law(t, x) is None, x


def test_a_house_seized_for_its_seller_s_debt_is_a_complaint():
    for t, _ in both("Căn nhà mua từ 5 năm trước bị kê biên vì người bán còn nợ", ""):
        assert enforcement_complaint(t, "") is not None, t
    for t, _ in both("Căn nhà bị kê biên vì người phải thi hành án không trả nợ", ""):
        assert enforcement_complaint(t, "") is None, t


def test_a_backlog_recovered_is_a_result():
    lead = (
        "Thi hành án dân sự tỉnh Bắc Ninh vừa bàn giao nhà xưởng cho người mua trúng đấu giá, "
        "giúp ngân hàng thu hồi khoản nợ xấu hơn 40 tỷ đồng tồn đọng từ năm 2021."
    )
    for t, x in both("Bàn giao nhà xưởng, thu hồi hơn 40 tỷ đồng nợ xấu cho ngân hàng", lead):
        assert results_report(t, x) is not None, t
    still = "Khoản nợ xấu hơn 40 tỷ đồng chưa thu hồi, vẫn tồn đọng từ năm 2021."
    for t, x in both("Nợ xấu của ngân hàng", still):
        assert results_report(t, x) is None, t


def test_whether_a_judgment_s_money_can_be_had_is_an_explainer():
    for t, _ in both("Người nợ không có tài sản, thắng kiện có đòi được tiền?", ""):
        assert legal_explainer(t) is not None, t
    for t, _ in both("Thắng kiện 5 năm vẫn không đòi được tiền", ""):
        assert legal_explainer(t) is None, t
