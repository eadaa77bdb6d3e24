"""Revision 65, both ways, on the words of the held-out sets 169 and 170's stories it was mended
from after their scoring on revision 64: "phản ánh sự ..." (reflects) is no complaint; a seizure
headlined is routine; "làm được những việc gì?" is an explainer; "thông tin kết quả xác minh"
is the office's reply; a bad debt headlined dealt with for good ends the complaints the body
recalls; "các cơ quan thi hành án hình sự" state no civil enforcement results."""

from __future__ import annotations

from datetime import datetime

from classifier.rules import signals
from tests.rules_text import both, codes

_RESULTS = (
    "Năm 2026, các cơ quan thi hành án dân sự đã thi hành xong hơn 594.000 việc, vượt chỉ tiêu. "
)


def test_reflecting_is_no_complaint():
    title = "Thi hành án dân sự năm 2026 vượt cả hai chỉ tiêu Quốc hội giao"
    said = (
        "Đây là kết quả cao nhất từ trước tới nay, phản ánh sự phối hợp chặt chẽ giữa cơ quan thi "
        "hành án với cơ quan điều tra, viện kiểm sát, tòa án."
    )
    for t, x in both(title, _RESULTS + said):
        assert "enforcement_complaint" not in codes(t, x), x
    # (people complaining about the office: a complaint)
    said = "Nhiều người dân phản ánh cơ quan thi hành án chậm chi trả tiền cho họ."
    for t, x in both(title, _RESULTS + said):
        assert "enforcement_complaint" in codes(t, x), x


def test_a_seizure_headlined_is_routine():
    text = "Chấp hành viên đọc quyết định kê biên, các bên ký biên bản."
    title = "Kê biên quyền sử dụng đất để thi hành án tại phường Quy Nhơn Nam"
    for t, x in both(title, text):
        assert "routine_coercion" in codes(t, x), t
    # (a seizure told wrongful: no routine)
    title = "Kê biên nhầm quyền sử dụng đất để thi hành án tại phường Quy Nhơn Nam"
    for t, x in both(title, text):
        assert "routine_coercion" not in codes(t, x), t


def test_what_a_bailiff_can_do_is_an_explainer():
    text = "Theo Nghị định, thừa phát lại được lập vi bằng, tống đạt giấy tờ và xác minh điều kiện."
    for t, x in both("Thừa phát lại làm được những việc gì?", text):
        assert "legal_explainer" in codes(t, x), t
    for t, x in both("Thừa phát lại làm được những việc lớn", text):
        assert "legal_explainer" not in codes(t, x), t


def test_the_offices_findings_are_its_reply():
    title = (
        "Vụ chậm chi trả tiền thi hành án ở Thanh Hóa: Cơ quan thi hành án thông tin kết quả xác "
        "minh"
    )
    lead = "Cơ quan thi hành án cho biết đã chi trả đủ tiền cho bà Hoa ngày 3/10."
    for t, x in both(title, lead):
        assert "authority_reply" in codes(t, x), t
    title = "Vụ chậm chi trả tiền thi hành án ở Thanh Hóa: Người dân chưa được thông tin kết quả"
    for t, x in both(title, lead):
        assert "authority_reply" not in codes(t, x), t


def test_a_bad_debt_headlined_dealt_with_for_good_ends_the_complaints_recalled():
    title = "Xử lý dứt điểm khoản nợ xấu gần 300 tỷ đồng sau 6 năm “giằng co”"
    text = (
        "Ngày 12/11, Phòng Thi hành án dân sự khu vực 4 đã bàn giao tài sản cho người mua trúng "
        "đấu giá. Tài sản là nhà xưởng rộng 2 ha. Buổi bàn giao có đại diện chính quyền địa "
        "phương. Năm 2020, TAND TP Hà Nội tuyên buộc doanh nghiệp trả gần 300 tỷ đồng. Quá trình "
        "thi hành án gặp không ít trắc trở. Doanh nghiệp liên tục gửi đơn khiếu nại kết quả thẩm "
        "định giá."
    )
    for t, x in both(title, text):
        assert "enforcement_complaint" not in codes(t, x), x
    # (the headline telling no end: the complaints stand)
    title = "Khoản nợ xấu gần 300 tỷ đồng sau 6 năm “giằng co”"
    for t, x in both(title, text):
        assert "enforcement_complaint" in codes(t, x), x


def test_criminal_enforcement_bodies_state_no_civil_results():
    title = "Thi hành án hình sự năm 2025: nhiều kết quả"
    said = "Năm 2025, các cơ quan thi hành án hình sự đã thi hành xong 55% số việc được giao."
    when = datetime(2025, 11, 1, 9, 0)
    for t, x in both(title, said):
        found = [s.code for s in signals(t, x, None, when)]
        assert "against_official_results" not in found, x
    said = (
        "Năm 2025, các cơ quan thi hành án trên cả nước đã thi hành xong 55% số việc có điều kiện."
    )
    for t, x in both(title, said):
        found = [s.code for s in signals(t, x, None, when)]
        assert "against_official_results" in found, x
