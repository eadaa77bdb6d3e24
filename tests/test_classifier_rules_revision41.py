"""Revision 41, both ways, on the words of the held-out sets 118 and 119's stories it was mended
from after their scoring on revision 40, and on the look-alikes it must leave alone: an auction
notice telling where; a paper's correction quoting the critical headline it corrects; old names
told "before that", handed on after the change, or dated with "vào" in their sentence."""

from __future__ import annotations

from datetime import datetime

from classifier.rules import authority_reply, defunct_agency_names, formal_notice
from tests.rules_text import both


def test_an_auction_notice_telling_where_is_a_notice():
    title = "Bán đấu giá quyền sử dụng đất để thi hành án tại phường Rạch Giá"
    for t, _ in both(title, ""):
        assert formal_notice(t, "") is not None, t
    for t, _ in both("Bán đấu giá đất để thi hành án tại phường Rạch Giá bị khiếu nại", ""):
        assert formal_notice(t, "") is None, t


def test_a_correction_quoting_the_headline_it_corrects_is_the_answer():
    title = (
        'Đính chính thông tin trong bài "Cà Mau: Đương sự tố bị làm khó khi nhận tiền thi hành án"'
    )
    for t, _ in both(title, ""):
        assert authority_reply(t) is not None, t
    for t, _ in both("Cà Mau: Đương sự tố bị làm khó khi nhận tiền thi hành án", ""):
        assert authority_reply(t) is None, t


def test_old_names_before_that_handed_on_or_dated_with_vao_are_history():
    when = datetime(2025, 10, 22, 9)
    for text in (
        "Trước đó, hồ sơ được Cục Thi hành án dân sự tỉnh Bến Tre thụ lý.",
        "Hồ sơ được Cục Thi hành án dân sự tỉnh Bến Tre thụ lý, sau ngày 1/7/2025 được chuyển "
        "giao cho Thi hành án dân sự tỉnh Vĩnh Long.",
        "Tài sản này được Chi cục Thi hành án dân sự huyện Đông Anh kê biên để thi hành bản án "
        "tranh chấp hợp đồng vay tài sản, sau đó đưa ra bán đấu giá vào tháng 6/2024.",
    ):
        for t, x in both("Kê biên đất để thi hành án cho ngân hàng", text):
            assert defunct_agency_names(t, x, None, when) is None, x
    for text in (
        "Hồ sơ được Cục Thi hành án dân sự tỉnh Bến Tre thụ lý.",
        "Tài sản này được Chi cục Thi hành án dân sự huyện Đông Anh kê biên, sẽ đưa ra bán đấu "
        "giá vào tháng 12/2025.",
    ):
        for t, x in both("Kê biên đất để thi hành án cho ngân hàng", text):
            assert defunct_agency_names(t, x, None, when) is not None, x
