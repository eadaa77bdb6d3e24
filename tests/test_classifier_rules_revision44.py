"""Revision 44, both ways, on the words of the held-out set 125's stories it was mended from
after its scoring on revision 43, and on the look-alikes it must leave alone: complaints and
denunciations in civil enforcement as a field; a house seized told not the debtor's, or seized
by the office to pay its seller's debt."""

from __future__ import annotations

from classifier.rules import complaint_about_thads, officer_misconduct
from tests.rules_text import both, codes


def test_complaints_in_civil_enforcement_as_a_field_are_no_complaint():
    for title, text in (
        (
            "Hội thảo góp ý dự thảo Nghị định hướng dẫn Luật Thi hành án dân sự",
            "Phiên thứ ba bàn về khiếu nại, tố cáo trong thi hành án dân sự, bao gồm cách tính "
            "thời hiệu.",
        ),
        (
            "Lịch tiếp công dân tháng 3/2026",
            "Công dân có khiếu nại, tố cáo, kiến nghị liên quan đến thi hành án dân sự mang theo "
            "giấy tờ tùy thân.",
        ),
    ):
        for t, x in both(title, text):
            assert officer_misconduct(t, x) is None, x
            assert "enforcement_complaint" not in codes(t, x), x
    for title, text in (
        ("Người dân tố cáo chấp hành viên nhận hối lộ", "Bà A tố cáo chấp hành viên nhận tiền."),
        ("Bà A khiếu nại Chi cục Thi hành án dân sự huyện", "Bà A khiếu nại việc kê biên nhà."),
    ):
        for t, x in both(title, text):
            assert complaint_about_thads(t, x) is not None, x


def test_a_house_seized_told_not_the_debtor_s_or_for_its_seller_s_debt_is_disputed():
    for title, lead in (
        ("Gia đình ở Phú Quốc nói căn nhà bị kê biên không thuộc người mắc nợ", ""),
        (
            "Gia đình ở Phú Quốc kêu khó",
            "Bà M. cho biết căn nhà bà mua năm 2018 bị cơ quan thi hành án kê biên để trả nợ thay "
            "người bán.",
        ),
    ):
        for t, x in both(title, lead):
            assert "enforcement_complaint" in codes(t, x), (t, x)
    for title, lead in (
        ("Căn nhà bị kê biên thuộc người mắc nợ đã được bán đấu giá", ""),
        ("Gia đình ở Phú Quốc", "Người bán đã trả nợ thay cho người mua."),
    ):
        for t, x in both(title, lead):
            assert "enforcement_complaint" not in codes(t, x), (t, x)
