"""Revision 37, both ways, on the words of sets 106 to 112's stories it was mended from (112 after
its scoring on revision 36) and on the look-alikes it must leave alone: explainers asking "ra
sao?" or what measure; the monitoring of administrative judgments; personnel decisions after a
place; a case done at last headlined "Dứt điểm ..."; complaints of old and a report's admitted
shortcomings; a public apology; the unit of a civil-enforcement story given a death sentence;
an old name told of "that year"."""

from __future__ import annotations

from datetime import datetime

from classifier.rules import (
    criminal_enforcement_by_thads,
    defunct_agency_names,
    enforcement_complaint,
    formal_notice,
    legal_explainer,
    results_report,
)
from tests.rules_text import both, codes


def test_explainers_asking_how_or_what_measure():
    for title in (
        "Người phải thi hành án qua đời, khoản nợ theo bản án xử lý ra sao?",
        "Luật Thi hành án dân sự (sửa đổi): Thừa hành viên làm gì và chịu trách nhiệm ra sao?",
        "Người phải thi hành án không tự nguyện trả nợ sẽ bị áp dụng biện pháp gì?",
    ):
        for t, _ in both(title, ""):
            assert legal_explainer(t) is not None, t
    for title in (
        "Vụ cưỡng chế nhà bà Ba ở Cà Mau giờ ra sao?",
        "Biện pháp gì cũng không xong, bản án vẫn nằm trên giấy",
    ):
        for t, _ in both(title, ""):
            assert legal_explainer(t) is None, t


def test_monitoring_administrative_judgments_is_routine():
    text = (
        "Theo báo cáo, trong 6 tháng, cơ quan thi hành án dân sự theo dõi 1.226 bản án, quyết "
        "định hành chính; đã thi hành xong 1.012 bản án, còn 214 bản án chưa thi hành xong."
    )
    for title in (
        "Theo dõi thi hành án hành chính năm 2026: Còn 117 bản án chưa thi hành xong",
        "Hơn 1.200 bản án hành chính được theo dõi thi hành trong 6 tháng",
        "Bộ Tư pháp báo cáo kết quả theo dõi thi hành án hành chính năm 2025",
    ):
        for t, x in both(title, text):
            assert codes(t, x) == ["routine_step"], t
    # (a fault of the office in the opening is no routine)
    faulted = "Người dân bức xúc vì chấp hành viên tắc trách, để bản án chưa được thi hành."
    for t, x in both("Theo dõi thi hành án hành chính ở Bạc Liêu cũ", faulted):
        assert "routine_step" not in codes(t, x), t


def test_personnel_decisions_after_a_place_are_notices():
    for title in (
        "Lam Dong cong bo quyet dinh bo nhiem Pho Truong Thi hanh an dan su tinh",
        "Công bố quyết định về công tác cán bộ của Thi hành án dân sự tỉnh Phú Thọ",
    ):
        for t, _ in both(title, ""):
            assert formal_notice(t, "") is not None, t
    for t, _ in both("Lâm Đồng: Người dân phản ánh quyết định cưỡng chế sai", ""):
        assert formal_notice(t, "") is None, t


def test_a_case_done_at_last_and_complaints_of_old():
    for title, lead in (
        (
            "Dứt điểm vụ việc tồn đọng 15 năm ở phường Tuy Hòa",
            "Thi hành án dân sự tỉnh Đắk Lắk vừa cưỡng chế giao nhà, đất cho người mua trúng "
            "đấu giá.",
        ),
        (
            "Giải quyết dứt điểm vụ thi hành án tồn đọng 12 năm ở Sóc Trăng cũ",
            "Thi hành án dân sự TP Cần Thơ vừa giao xong 2.300 m² đất, khép lại vụ việc kéo dài "
            "từ năm 2014 từng nhiều lần bị khiếu nại vượt cấp.",
        ),
    ):
        for t, x in both(title, lead):
            assert results_report(t, x) is not None, t
    for t, x in both(
        "Chưa dứt điểm vụ việc tồn đọng 15 năm ở phường Tuy Hòa",
        "Người dân tiếp tục khiếu nại vì vụ việc vẫn bị khiếu nại nhiều lần.",
    ):
        assert results_report(t, x) is None, t


def test_a_report_s_admitted_shortcomings_are_general():
    title = "THADS TP.HCM thu hơn 61.000 tỉ đồng trong năm công tác 2026"
    lead = "Thi hành án dân sự TP.HCM thi hành xong gần 84.000 việc, thu hơn 61.000 tỉ đồng."
    body = (
        "Ngày 7/10, đơn vị tổ chức hội nghị tổng kết. Tỷ lệ về việc đạt 86,3%. Nhiều tài sản "
        "đã được bán đấu giá thành công.\n\nVề hạn chế, báo cáo thừa nhận số án tồn chuyển sang "
        "năm sau vẫn cao. Một số đơn khiếu nại liên quan đến kết quả định giá còn kéo dài."
    )
    for t, x in both(title, lead + "\n\n" + body):
        assert "enforcement_complaint" not in codes(t, x), t
    case = body.replace("Về hạn chế, báo cáo thừa nhận số án", "Theo bà Lan, số án")
    for t, x in both(title, lead + "\n\n" + case):
        assert "enforcement_complaint" in codes(t, x), t


def test_a_public_apology_discharges_the_office_s_fault():
    lead = (
        "Thi hành án dân sự tỉnh Tây Ninh vừa tổ chức buổi phục hồi danh dự, xin lỗi công khai "
        "một người dân do việc kê biên tài sản không đúng quy định từ năm 2019."
    )
    for title in (
        "Xin lỗi công khai người bị thiệt hại trong hoạt động thi hành án dân sự",
        "Tây Ninh: Phục hồi danh dự cho người bị kê biên sai",
    ):
        for t, x in both(title, lead):
            assert enforcement_complaint(t, "", x) is None, t
    asked = lead.replace("vừa tổ chức buổi phục hồi danh dự, xin lỗi", "được yêu cầu xin lỗi")
    for t, x in both("Kê biên sai ở Tây Ninh", asked):
        assert enforcement_complaint(t, "", x) is not None, t


def test_the_unit_of_a_civil_enforcement_story_given_a_death_sentence():
    text = (
        "Năm qua, bên cạnh nhiệm vụ chuyên môn về dân sự, đơn vị còn trực tiếp tổ chức thi hành "
        "3 bản án tử hình đối với các đối tượng phạm tội ma túy."
    )
    for t, x in both("Thi hành án dân sự Nghệ An: Năm 2026 nhiều dấu ấn nổi bật", text):
        assert criminal_enforcement_by_thads(t, x) is not None, t
    # (a police story's unit is the police's)
    for t, x in both("Công an tỉnh Nghệ An tổng kết năm 2026", text):
        assert criminal_enforcement_by_thads(t, x) is None, t


def test_an_old_name_told_of_that_year_is_history():
    when = datetime(2026, 10, 7, 9)
    text = (
        "Ông T. làm đơn yêu cầu thi hành án và Chi cục THADS huyện Chợ Lách đã ra quyết định "
        "thi hành án ngay trong năm đó."
    )
    for t, x in both("8 năm thắng kiện", text):
        assert defunct_agency_names(t, x, None, when) is None, t
    live = "Chi cục THADS huyện Chợ Lách đã ra quyết định thi hành án ngay trong tháng này."
    for t, x in both("8 năm thắng kiện", live):
        assert defunct_agency_names(t, x, None, when) is not None, t
