"""Revision 32, both ways, on the words of the blind sets' stories it was mended from (sets 79,
89 and 94, where the text model took each) and on the look-alike it must leave alone: a bank
selling a debt or its collateral itself is no story of civil enforcement."""

from __future__ import annotations

from classifier.rules import bank_sale
from tests.rules_text import both


def test_a_bank_selling_its_debt_or_collateral_itself_is_not_relevant():
    cases = (
        (
            "Ngân hàng rao bán khoản nợ hơn 600 tỷ đồng của doanh nghiệp bất động sản",
            "Một ngân hàng TMCP thông báo bán đấu giá khoản nợ hơn 600 tỷ đồng, tài sản bảo đảm "
            "là dự án khu dân cư.",
        ),
        (
            "Ngân hàng rao bán loạt nhà xưởng ở Đồng Nai để thu hồi nợ xấu",
            "Nhiều ngân hàng đồng loạt rao bán nhà xưởng là tài sản bảo đảm của các khoản vay.",
        ),
    )
    for title, text in cases:
        for t, x in both(title, text):
            found = bank_sale(t, x)
            assert found is not None and found.label == "not_relevant", t
    # (its opening names enforcement: the sale is the enforcement's)
    seized = (
        "Khoản nợ đã được Tòa án tuyên buộc trả; tài sản bảo đảm đang bị cơ quan thi hành án kê "
        "biên."
    )
    for t, x in both("Ngân hàng rao bán khoản nợ hơn 600 tỷ đồng", seized):
        assert bank_sale(t, x) is None, t
    for t, x in both("Thi hành án bán đấu giá nhà xưởng để trả nợ ngân hàng", cases[1][1]):
        assert bank_sale(t, x) is None, t
