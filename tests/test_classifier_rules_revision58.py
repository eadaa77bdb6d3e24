"""Revision 58, both ways, on the words of the held-out sets 149 and 150's stories it was mended
from after their scoring on revision 57, and on the look-alikes it must leave alone."""

from __future__ import annotations

from classifier.provinces import find_province
from classifier.rules import officer_misconduct
from tests.rules_text import both, codes

FAILING = "enforcement_complaint"
RESULTS = "results_report"
DEBTOR = "debtor_at_fault"


def test_a_cheap_sale_told_as_what_would_happen_is_no_complaint():
    title = "Chấp hành viên Chi cục THADS Đức Hòa và những vụ việc khó"
    opening = "Hơn 12 năm làm nghề, chấp hành viên Huỳnh Thanh Phong đã thi hành hàng nghìn việc."
    supposed = (
        "Tôi ngồi phân tích cho anh ấy thấy nếu để kê biên, tài sản bán đấu giá sẽ thấp hơn giá "
        "thị trường, thiệt cho chính mình."
    )
    for t, x in both(title, f"{opening}\n{supposed}"):
        assert FAILING not in codes(t, x), x
    told = "Bà B. cho biết căn nhà bị bán đấu giá thấp hơn giá thị trường, gia đình thiệt hại."
    for t, x in both(title, f"{opening}\n{told}"):
        assert FAILING in codes(t, x), x


def test_received_in_full_after_years():
    # (the lead recalls the years of delay the headline tells ended)
    lead = "Vụ việc của bà Hoa từng bị phản ánh chậm thi hành án suốt nhiều năm."
    for t, x in both("Sau 8 năm đằng đẵng, người được thi hành án ở Nghệ An đã nhận đủ tiền", lead):
        assert RESULTS in codes(t, x), t
    for t, x in both("Sau 8 năm, người được thi hành án ở Nghệ An vẫn chưa nhận đủ tiền", lead):
        assert RESULTS not in codes(t, x), t


def test_a_debtor_dodging_the_obligation():
    lead = (
        "Tòa án tuyên hợp đồng chuyển nhượng đất giữa ông K. và con trai vô hiệu, Phòng Thi hành "
        "án dân sự khu vực 4 tiếp tục kê biên thửa đất để thi hành án."
    )
    for t, x in both(
        "Chuyển nhượng đất cho con để né nghĩa vụ trả nợ, giao dịch bị tuyên vô hiệu", lead
    ):
        assert DEBTOR in codes(t, x), t
    for t, x in both("Chuyển nhượng đất cho con, giao dịch bị tuyên vô hiệu", lead):
        assert DEBTOR not in codes(t, x), t


def test_a_car_before_the_officer_is_no_accusation():
    title = "Thu tiền bồi thường cho du khách trong vụ lừa đảo bán tour ở Hội An"
    car = "Đối với chiếc ô tô, chấp hành viên đã tiến hành thẩm định giá và sẽ đưa ra bán đấu giá."
    for t, x in both(title, car):
        assert officer_misconduct(t, x) is None, x
    for t, x in both("Người dân tố chấp hành viên gây khó dễ", "Bà M. ở phường Hội An."):
        assert officer_misconduct(t, x) is not None, t


def test_the_capital_abbreviated_and_a_district_named_after_its_office():
    for title, text, province in (
        (
            "THADS HN vượt tiến độ thu hồi tài sản quý I",
            "THADS HN thu hơn 3.100 tỷ đồng.",
            "Hà Nội",
        ),
        ("Chấp hành viên Chi cục THADS Đức Hòa", "Anh Phong gặp ông D. ở TP.HCM.", "Tây Ninh"),
        ("Kê biên đất ở huyện Đức Huệ (tỉnh Long An cũ)", "Chấp hành viên kê biên.", "Tây Ninh"),
    ):
        found = find_province(title, text)
        assert found is not None and found.province.endswith(province), title
    # (alone, not after an office or an agency: a person's initials, a person's name)
    for title, text in (
        ("Ông Trần HN bị bắt", "Ông HN cho biết đã nhận tiền."),
        ("Ông Đức Hòa phát biểu tại hội nghị", "Ông Đức Hòa cho biết."),
    ):
        assert find_province(title, text) is None, title
