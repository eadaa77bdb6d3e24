"""Revision 38, both ways, on the words of set 113's stories it was mended from after its scoring
on revision 37, and on the look-alikes it must leave alone: a citizen accusing a file left to
soak; a failing a reform prevents; what is new in a law; a paper's correction; a habitual
"whenever"; what a creditor may do; a bank named by its brand selling a debt."""

from __future__ import annotations

from classifier.rules import authority_reply, bank_sale, enforcement_complaint, legal_explainer
from tests.rules_text import both, codes


def test_a_file_accused_of_soaking_is_a_complaint():
    for title in (
        'Người dân Bạc Liêu cũ tố hồ sơ thi hành án bị "ngâm" 3 năm',
        "Đơn yêu cầu thi hành án bị ngâm suốt hai năm",
    ):
        for t, _ in both(title, ""):
            assert enforcement_complaint(t, "", None) is not None, t
    for t, _ in both("Người dân Bạc Liêu cũ ngắm hoa trong ngày hội", ""):
        assert enforcement_complaint(t, "", None) is None, t


def test_a_failing_a_reform_prevents_is_no_complaint():
    title = "Tập trung xử lý tài sản kê biên"
    prevented = (
        "Luật mới cho phép bán ngay tài sản, hạn chế tình trạng tài sản bị hư hỏng khi chờ đấu giá."
    )
    told = "Người dân phản ánh tài sản kê biên bị hư hỏng khi chờ đấu giá."
    for t, lead in both(title, prevented):
        assert enforcement_complaint(t, "", lead) is None, lead
    for t, lead in both(title, told):
        assert enforcement_complaint(t, "", lead) is not None, lead


def test_what_is_new_and_what_a_creditor_may_do_are_explainers():
    for title in (
        "Luật Thi hành án dân sự (sửa đổi) vừa được thông qua có gì mới?",
        "Người phải thi hành án không có tài sản, chủ nợ làm gì?",
    ):
        for t, _ in both(title, ""):
            assert legal_explainer(t) is not None, t
    # (the office asked what it does is no explainer)
    for t, _ in both("Tài sản bị tẩu tán, cơ quan thi hành án làm gì?", ""):
        assert legal_explainer(t) is None, t


def test_a_paper_s_correction_is_the_office_s_answer():
    for t, _ in both("Đính chính thông tin về vụ cưỡng chế nhà ở Hội An", ""):
        assert authority_reply(t) is not None, t
    for t, _ in both("Người dân đề nghị làm rõ vụ cưỡng chế nhà ở Hội An", ""):
        assert authority_reply(t) is None, t


def test_whenever_a_paper_reports_is_no_report():
    title = "Thu hồi tài sản trong các đại án: Kết quả chưa từng có của năm 2025"
    habit = (
        "Mỗi khi có bài phản ánh, Cục yêu cầu cơ quan thi hành án địa phương kiểm tra hồ sơ, "
        "báo cáo bằng văn bản."
    )
    case = "Bà Lan phản ánh cơ quan thi hành án địa phương không trả lời đơn."
    for t, lead in both(title, habit):
        assert "enforcement_complaint" not in codes(t, lead), lead
    for t, lead in both(title, case):
        assert "enforcement_complaint" in codes(t, lead), lead


def test_a_bank_named_by_its_brand_selling_a_debt_is_no_enforcement():
    lead = (
        "Agribank chi nhánh Khánh Hòa thông báo bán đấu giá khoản nợ hơn 300 tỷ đồng của một "
        "công ty thủy sản."
    )
    for t, x in both(
        "Agribank rao bán khoản nợ hơn 300 tỷ đồng của doanh nghiệp ở Khánh Hòa", lead
    ):
        assert bank_sale(t, "", x) is not None, t
    seized = "Thi hành án dân sự tỉnh Khánh Hòa đã kê biên nhà máy theo bản án."
    for t, x in both(
        "Agribank rao bán khoản nợ hơn 300 tỷ đồng của doanh nghiệp ở Khánh Hòa", seized
    ):
        assert bank_sale(t, "", x) is None, t
