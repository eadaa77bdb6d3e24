"""Revision 39, both ways, on the words of the held-out sets 114 and 115's stories it was mended
from after their scoring on revision 38, and on the look-alikes it must leave alone: the Cục
keeping watch; a judgment paid and an account still frozen; old names told of mid-2025, with
their successor, or two sentences after a date; letters counted; administrative judgments
counted and an elected body's oversight; "dân vận khéo"; an auction of confiscated goods."""

from __future__ import annotations

from datetime import datetime

from classifier.rules import (
    complaint_about_thads,
    confiscated_sale,
    defunct_agency_names,
    officer_misconduct,
    results_report,
    routine_step,
    signals,
)
from tests.rules_text import AFTER, both, codes


def test_the_cuc_keeping_watch_is_no_press_follow_up():
    title = "Phó Cục trưởng: Không để tài sản thu hồi trong các đại án ngủ yên"
    lead = "Năm 2026, hệ thống thi hành án dân sự thu hồi số tiền lớn."
    body = "Đoạn một. Cục sẽ tiếp tục theo dõi sát từng vụ việc lớn, kịp thời hướng dẫn nghiệp vụ."
    for t, x in both(title, lead + "\n\n" + body):
        assert "press_follow_up" not in codes(t, x), t
    paper = body.replace("Cục sẽ tiếp tục", "Tiền Phong sẽ tiếp tục")
    for t, x in both(title, lead + "\n\n" + paper):
        assert "press_follow_up" in codes(t, x), t


def test_a_judgment_paid_and_an_account_still_frozen_names_civil_enforcement():
    title = "Đã thi hành xong án, doanh nghiệp ở Bắc Giang vẫn bị phong tỏa tài khoản"
    lead = (
        "Một doanh nghiệp phản ánh đã nộp đủ hơn 3 tỉ đồng theo bản án từ tháng 6 nhưng đến nay "
        "tài khoản vẫn bị phong tỏa."
    )
    for t, x in both(title, lead):
        assert complaint_about_thads(t, "", x) is not None, t
    # (an account frozen by a bank, no judgment paid)
    for t, x in both("Doanh nghiệp vẫn bị ngân hàng phong tỏa tài khoản", "Công ty nợ thuế."):
        assert complaint_about_thads(t, "", x) is None, t


def test_old_names_of_mid_2025_with_their_successor_or_after_a_date_are_history():
    when = datetime(2026, 8, 20, 9)
    for text in (
        "Từ giữa năm 2025, ông đã gửi 6 lá đơn đến Cục Thi hành án dân sự tỉnh Long An, nhưng "
        "không được trả lời.",
        "Ông đã gửi 6 lá đơn đến Cục Thi hành án dân sự tỉnh Long An, rồi Thi hành án dân sự "
        "tỉnh Tây Ninh.",
        "Năm 2016, tôi kiện ra tòa. Tòa án huyện xử buộc họ trả tiền.\n\nTôi làm đơn gửi Chi cục "
        "Thi hành án dân sự huyện Kiến Xương.",
    ):
        for t, x in both("Trúng đấu giá nhà 2 năm vẫn chưa được giao", text):
            assert defunct_agency_names(t, x, None, when) is None, x
    for text in (
        "Ông đã gửi 6 lá đơn đến Cục Thi hành án dân sự tỉnh Long An, nhưng không được trả lời.",
        "Năm 2016, tôi kiện ra tòa. Tòa án huyện xử buộc họ trả tiền. Bà Lan cho biết thêm. "
        "Hiện Chi cục Thi hành án dân sự huyện Kiến Xương đang thụ lý.",
    ):
        for t, x in both("Trúng đấu giá nhà 2 năm vẫn chưa được giao", text):
            assert defunct_agency_names(t, x, None, when) is not None, x


def test_letters_counted_are_no_denunciation():
    counted = (
        "Trong quý IV, Thi hành án dân sự tỉnh tiếp nhận 29 đơn khiếu nại, tố cáo, kiến nghị "
        "liên quan đến thi hành án dân sự; đã giải quyết 21 đơn."
    )
    for t, x in both("Theo dõi thi hành án hành chính ở Tuyên Quang", counted):
        assert officer_misconduct(t, "", x) is None, x
    made = "Bà Lan gửi đơn tố cáo chấp hành viên nhận tiền của đương sự."
    for t, x in both("Theo dõi thi hành án hành chính ở Tuyên Quang", made):
        assert officer_misconduct(t, "", x) is not None, x


def test_administrative_judgments_counted_and_an_elected_body_s_oversight_are_routine():
    text = "Đoàn đã làm việc với Thi hành án dân sự về kết quả thi hành án năm 2026."
    for title in (
        "Quảng Ngãi: Còn 7 bản án hành chính chưa được thi hành xong",
        "Ủy ban Pháp luật và Tư pháp giám sát công tác thi hành án dân sự tại TP Cần Thơ",
    ):
        for t, x in both(title, text):
            assert [s.code for s in signals(t, x, None, AFTER)] == ["routine_step"], t
    for t, x in both("Quảng Ngãi: Còn 7 bản án dân sự chưa được thi hành xong", text):
        assert routine_step(t, x) is None, t


def test_dan_van_kheo_is_praise():
    lead = "Chấp hành viên đã kiên trì đến từng nhà, thuyết phục các bên thỏa thuận."
    for t, x in both('"Dân vận khéo" trong thi hành án dân sự', lead):
        assert results_report(t, x) is not None, t
    for t, x in both("Công tác dân vận trong thi hành án dân sự", lead):
        assert results_report(t, x) is None, t


def test_an_auction_of_confiscated_goods_is_not_civil_enforcement():
    for title, lead in (
        ("Bán đấu giá gần 30 m³ gỗ tang vật tịch thu", "Hạt Kiểm lâm thông báo bán đấu giá gỗ."),
        ("Đấu giá lô hàng lậu bị tịch thu", "Cục Quản lý thị trường tổ chức bán đấu giá."),
    ):
        for t, x in both(title, lead):
            assert confiscated_sale(t, "", x) is not None, t
    judgment = "Thi hành án dân sự tỉnh tổ chức bán tài sản tịch thu theo bản án hình sự."
    for t, x in both("Bán đấu giá tài sản bị tịch thu sung công quỹ", judgment):
        assert confiscated_sale(t, "", x) is None, t
