"""Revision 22, both ways, each on the words of a blind set's story it was mended from (sets 70
and 71) and on the look-alike it must leave alone: a citizens' reception; none such told before
an officer's fault; a woman named "Thu" is no "chỉ thu"; a house back after years and a payment
told done; "bản án" is no sale; a reader asking what papers or whether a stay may be asked; a
convict managed, the court told before the office and the Cục told the police's."""

from __future__ import annotations

from classifier.rules import (
    criminal_enforcement_by_thads,
    enforcement_complaint,
    legal_explainer,
    misstated_law,
    officer_misconduct,
    results_report,
)
from tests.rules_text import both, codes


def test_a_citizens_reception_hears_complaints_it_does_not_report_them():
    text = (
        "Lãnh đạo Thi hành án dân sự thành phố Hà Nội đã tiếp 14 lượt công dân đến phản ánh, kiến "
        "nghị liên quan đến các vụ việc thi hành án."
    )
    for t, x in both("Thi hành án dân sự TP Hà Nội tiếp công dân định kỳ tháng 4", text):
        assert codes(t, x) == ["routine_step"], t
    critical = "Tiếp công dân, lãnh đạo Thi hành án dân sự tỉnh bị chất vấn vì chậm trễ"
    for t, x in both(critical, "Nhiều người dân bức xúc phản ánh cơ quan thi hành án chậm trễ."):
        assert "enforcement_complaint" in codes(t, x), t


def test_none_such_told_before_an_officer_s_fault_is_no_allegation():
    none = "Trong năm, không có vụ việc nào phải bồi thường nhà nước do sai sót của chấp hành viên."
    for t, x in both("Lào Cai vượt chỉ tiêu", none):
        assert officer_misconduct(t, x) is None, x
    found = "Thanh tra phát hiện nhiều sai sót của chấp hành viên trong vụ việc."
    for t, x in both("Lào Cai", found):
        assert officer_misconduct(t, x) is not None, x


def test_a_woman_named_thu_is_no_shortfall_but_only_collecting_is():
    text = (
        "Chấp hành viên Nguyễn Thị Thu Hà vừa được tặng bằng khen. Năm 2025, chị Thu Hà đã thi "
        "hành xong 97% số việc có điều kiện."
    )
    for t, x in both("Chấp hành viên Hà Tĩnh được Bộ trưởng Bộ Tư pháp tặng bằng khen", text):
        assert results_report(t, x) is not None, t
    short = "Đơn vị được tặng bằng khen nhưng năm 2025 chỉ thu được 30% số tiền phải thi hành."
    for t, x in both("Hà Tĩnh được tặng bằng khen", short):
        assert results_report(t, x) is None, x


def test_a_house_back_after_years_and_a_payment_told_done_are_results():
    house = "Thi hành án dân sự thành phố Đà Nẵng đã bàn giao ngôi nhà cho bà cụ theo bản án."
    for t, x in both("Bà cụ ở Hội An nhận lại ngôi nhà sau 15 năm chờ đợi", house):
        assert enforcement_complaint(t, x) is None, t
        assert results_report(t, x) is not None, t
    for t, x in both("Bà cụ ở Hội An 15 năm chờ đợi nhận lại ngôi nhà", house):
        assert enforcement_complaint(t, x) is not None, t
    paid = "Sau phản ánh của Báo, Thi hành án dân sự tỉnh Cao Bằng đã chi trả đủ số tiền cho ông B."
    title = "Vụ chậm chi trả tiền bồi thường ở Cao Bằng: Đã hoàn tất chi trả sau phản ánh của Báo"
    for t, x in both(title, paid):
        assert enforcement_complaint(t, x) is None, t
    for t, x in both(
        "Vụ chậm chi trả tiền bồi thường ở Cao Bằng", "Ông B. chưa nhận tiền thi hành án."
    ):
        assert enforcement_complaint(t, x) is not None, t


def test_a_judgment_paid_by_phone_is_no_cheap_sale():
    phone = (
        "Người dân có thể nộp tiền theo bản án dân sự chỉ bằng điện thoại, không phải đến trụ sở "
        "Thi hành án dân sự tỉnh Bắc Ninh."
    )
    for t, x in both("Nộp tiền thi hành án bằng mã QR", phone):
        assert enforcement_complaint(t, x) is None, x
    cheap = "Cơ quan thi hành án bán ngôi nhà chỉ bằng một phần ba giá thị trường."
    for t, x in both("Người dân bức xúc", cheap):
        assert enforcement_complaint(t, x) is not None, x


def test_a_reader_asking_what_papers_or_whether_a_stay_may_be_asked_is_an_explainer():
    for title in (
        "Ủy quyền cho người thân nhận tiền thi hành án cần những giấy tờ gì?",
        "Đang khiếu nại quyết định thi hành án, có được đề nghị tạm dừng cưỡng chế?",
        "Người phải thi hành án qua đời, khoản nợ theo bản án có “mất”?",
    ):
        for t, _ in both(title, ""):
            assert legal_explainer(t) is not None, t
    asked = "Tôi đang khiếu nại quyết định kê biên của chấp hành viên."
    title = "Đang khiếu nại quyết định thi hành án, có được đề nghị tạm dừng cưỡng chế?"
    for t, x in both(title, asked):
        assert "enforcement_complaint" not in codes(t, x), t
    for t, _ in both("Đang khiếu nại, chấp hành viên vẫn cưỡng chế", asked):
        assert legal_explainer(t) is None, t


def test_a_convict_managed_and_the_agency_placed_under_the_court_or_police_are_inaccurate():
    managed = (
        "Bên cạnh thi hành án dân sự, Thi hành án dân sự tỉnh cũng tiếp nhận, quản lý 428 người "
        "chấp hành án phạt tù tại các nhà tạm giữ."
    )
    for t, x in both("Thái Nguyên", managed):
        assert criminal_enforcement_by_thads(t, x) is not None, x
    fees = "Thi hành án dân sự tỉnh thu án phí của 428 người chấp hành án phạt tù."
    for t, x in both("Thái Nguyên", fees):
        assert criminal_enforcement_by_thads(t, x) is None, x
    court = (
        "Là đơn vị trực thuộc Tòa án nhân dân tỉnh, Thi hành án dân sự tỉnh Điện Biên có nhiệm "
        "vụ tổ chức thi hành các bản án dân sự."
    )
    police = (
        "Thi hành án dân sự tỉnh Đồng Tháp - cơ quan trực thuộc Cục Quản lý thi hành án dân sự, "
        "Bộ Công an - cho biết việc cưỡng chế được ấn định sau khi thu hoạch."
    )
    for text in (court, police):
        for t, x in both("Tin", text):
            assert misstated_law(t, x) is not None, x
    listed = (
        "Đại diện Cục Quản lý thi hành án dân sự, Bộ Công an và Viện kiểm sát nhân dân tối cao "
        "cùng dự hội nghị; Tòa án nhân dân tỉnh và Thi hành án dân sự tỉnh cùng báo cáo."
    )
    for t, x in both("Hội nghị phối hợp", listed):
        assert misstated_law(t, x) is None, x
