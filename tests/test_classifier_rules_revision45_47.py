"""Revisions 45 to 47, both ways. 45 on the words of the held-out sets 126 and 127's stories it
was mended from after their scoring on revision 44, and on the look-alikes it must leave alone: a
court and an office listed as places; administrative bodies late in a monitoring report; a rate
of money beside the cases finished; the agency said moved under the court. 46: the procedure of a
complaint told as a rule. 47: bailiff offices counted in words."""

from __future__ import annotations

from classifier.rules import contradicting_figures, misstated_law, officer_misconduct
from tests.rules_text import both, codes


def test_a_court_and_an_office_listed_as_places_are_no_charge():
    title = "Thời hiệu yêu cầu thi hành án dân sự là bao lâu?"
    text = (
        "Đơn nộp tại cơ quan thi hành án dân sự có thẩm quyền, thông thường là nơi tòa án sơ thẩm "
        "đã xét xử, hoặc Cục Thi hành án dân sự cấp tỉnh."
    )
    for t, x in both(title, text):
        assert officer_misconduct(t, x) is None, x
    for t, x in both("Khởi tố chấp hành viên Thi hành án dân sự tỉnh", "Ông A bị khởi tố."):
        assert officer_misconduct(t, x) is not None, t


def test_administrative_bodies_late_are_not_the_office_s_failing():
    title = "Theo dõi thi hành án hành chính: Tỷ lệ thi hành xong tăng"
    lead = "Năm 2025, các cơ quan thi hành án dân sự đã theo dõi hơn 1.900 bản án hành chính."
    body = (
        " Số bản án đã thi hành xong tăng. Nguyên nhân chủ yếu là bản án có tính chất phức tạp. "
        "Bộ kiến nghị công khai danh sách cơ quan chậm thi hành án trên Cổng thông tin của Bộ."
    )
    for t, x in both(title, lead + body):
        assert "enforcement_complaint" not in codes(t, x), x
    # (the same sentence in a story of a civil judgment: the office named late stands)
    title = "Vụ tranh chấp đất ở xã Hòa Tiến"
    lead = "Bà A thắng kiện từ năm 2019 và đã nộp đơn yêu cầu thi hành án."
    body = (
        " Gia đình bà đã nhiều lần đến trụ sở. Bà cho biết cơ quan thi hành án chậm thi hành án, "
        "đến nay chưa kê biên tài sản."
    )
    for t, x in both(title, lead + body):
        assert "enforcement_complaint" in codes(t, x), x


def test_a_rate_of_money_is_not_read_as_a_rate_of_the_cases():
    title = "6 tháng thi hành xong hơn 68% về việc"
    for text in (
        "Tổng số có điều kiện thi hành là 7.192 việc. Đã thi hành xong 4.912 việc, với số tiền "
        "hơn 412 tỷ đồng, đạt 41,2% về tiền.",
        "Tổng số có điều kiện thi hành là 7.192 việc. Đã thi hành xong 4.912 việc, với số tiền "
        "hơn 412 tỷ đồng, đạt 41,2%.",
    ):
        for t, x in both(title, text):
            assert contradicting_figures(t, x) is None, x
    for text in (
        "Trong tổng số 4.000 việc có điều kiện, đã thi hành xong 3.200 việc, đạt tỷ lệ 92%.",
        "Trong tổng số 4.000 việc có điều kiện, đã thi hành xong 3.200 việc, đạt 92% về việc.",
    ):
        for t, x in both(title, text):
            assert contradicting_figures(t, x) is not None, x


def test_the_agency_said_moved_under_the_court_is_misstated():
    title = "Từ 1/7, hệ thống thi hành án dân sự thay đổi ra sao?"
    text = (
        "Theo đó, hệ thống thi hành án dân sự chính thức được chuyển từ Bộ Tư pháp về trực thuộc "
        "Tòa án nhân dân tối cao."
    )
    for t, x in both(title, text):
        assert misstated_law(t, x) is not None, x
    for text in (
        "Có ý kiến cho rằng thi hành án dân sự có nên chuyển về Tòa án hay không.",
        "Năm 1993, thi hành án dân sự đã được chuyển từ Tòa án sang Chính phủ quản lý.",
    ):
        for t, x in both(title, text):
            assert misstated_law(t, x) is None, x


def test_the_procedure_of_a_complaint_told_as_a_rule_is_no_complaint():
    """(Revision 46.)"""
    for title, text in (
        (
            "Thủ tục khiếu nại quyết định của chấp hành viên",
            "Người được thi hành án có quyền khiếu nại quyết định của chấp hành viên.",
        ),
        (
            "Hỏi đáp pháp luật",
            "Theo quy định, khiếu nại lần đầu được gửi đến Thủ trưởng cơ quan thi hành án dân sự "
            "nơi chấp hành viên công tác.",
        ),
    ):
        for t, x in both(title, text):
            assert "enforcement_complaint" not in codes(t, x), (t, x)
    for title, text in (
        (
            "Bà A làm thủ tục khiếu nại quyết định của chấp hành viên",
            "Sau 5 năm chờ đợi, bà vẫn chưa nhận được tiền.",
        ),
        ("Dân bức xúc", "Bà A khiếu nại quyết định kê biên của chấp hành viên."),
    ):
        for t, x in both(title, text):
            assert "enforcement_complaint" in codes(t, x), (t, x)


def test_bailiff_offices_counted_in_words_are_routine():
    """(Revision 47.)"""
    lead = "Sở Tư pháp vừa cấp giấy đăng ký hoạt động cho Văn phòng Thừa phát lại Phú Xuân."
    for title in (
        "Huế có thêm một văn phòng thừa phát lại",
        "Huế có thêm 2 văn phòng thừa phát lại",
    ):
        for t, x in both(title, lead):
            assert "routine_step" in codes(t, x), t
    for t, x in both("Huế có thêm nhiều khiếu nại về văn phòng thừa phát lại", lead):
        assert "routine_step" not in codes(t, x), t
