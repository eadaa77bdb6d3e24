"""Revision 42, both ways, on the words of the held-out sets 120 to 122's stories it was mended
from after their scoring on revision 41, and on the look-alikes it must leave alone: the office
admitting its case late; a judgment "treo" for years told before it; an auction buyer with the
lot named between still kept out; the agency working with the police on a death sentence; an
auction of public property; the bottlenecks a law removes; a note on the law; a bank seizing its
collateral itself."""

from __future__ import annotations

from classifier.rules import (
    bank_sale,
    confiscated_sale,
    criminal_enforcement_by_thads,
    enforcement_complaint,
    legal_explainer,
    signals,
)
from tests.rules_text import AFTER, both

# A neutral opening: the story's failing is told further on, in the body.
_OPENING = (
    "Thôn Đông Phan nằm ở vùng đồng chiêm trũng, nay thuộc TP Hải Phòng. "
    "Nhà thờ họ Phạm được dựng từ đời cụ tổ, đến nay đã hơn 150 năm. "
    "Năm 2019, TAND tỉnh Hải Dương xử phúc thẩm, xác định con ngõ là lối đi chung. "
)


def _complaint_codes(title: str, text: str) -> list[str]:
    return [
        s.code
        for s in signals(title, text, None, AFTER)
        if s.code in ("enforcement_complaint", "thads_complaint")
    ]


def test_the_office_admitting_its_case_late_is_a_complaint():
    for said in (
        "Trao đổi với Lao Động, lãnh đạo Phòng Thi hành án dân sự khu vực 9 – Hải Phòng thừa "
        "nhận vụ việc kéo dài.",
        "Trao đổi với Tiền Phong, một Phó Trưởng Thi hành án dân sự tỉnh Nghệ An xác nhận việc "
        'giao tài sản cho người mua trúng đấu giá trong vụ việc trên "có chậm".',
    ):
        for t, x in both("Lối đi chung của dòng họ", _OPENING + said):
            assert "enforcement_complaint" in _complaint_codes(t, x), x
    for said in (
        # (denied)
        "Lãnh đạo Phòng Thi hành án dân sự khu vực 9 không thừa nhận vụ việc kéo dài.",
        # (the debtor's delay confirmed)
        "Chấp hành viên Thi hành án dân sự tỉnh Nghệ An xác nhận người phải thi hành án cố tình "
        "kéo dài.",
        # (nobody's admission)
        "Vụ việc kéo dài nhiều năm qua nhiều đời chủ tịch xã.",
    ):
        for t, x in both("Lối đi chung của dòng họ", _OPENING + said):
            assert _complaint_codes(t, x) == [], x


def test_years_told_before_a_judgment_treo_and_a_buyer_kept_out_are_critical_headlines():
    for title in (
        "Lối đi chung bị bịt, dòng họ Phạm 7 năm 'treo' bản án",
        "Mua trúng lô đất đấu giá ở Vinh, hai năm vẫn 'đứng ngoài cổng'",
    ):
        for t, _ in both(title, ""):
            assert enforcement_complaint(t, "") is not None, t
    for title in (
        "Bị cáo 7 năm tù treo vì đánh bạc",
        "Trung tâm dịch vụ đấu giá tài sản tỉnh vẫn chưa có trụ sở mới",
    ):
        for t, _ in both(title, ""):
            assert enforcement_complaint(t, "") is None, t


def test_the_agency_working_with_the_police_on_a_death_sentence_does_it():
    for text in (
        "Năm qua, Thi hành án dân sự tỉnh đã phối hợp với Công an tỉnh tổ chức thi hành 2 bản án "
        "tử hình theo đúng quy trình.",
        # (revision 11 had read this one as the police's)
        "Thi hành án dân sự tỉnh phối hợp với Công an tỉnh để tổ chức thi hành án tử hình.",
    ):
        for t, x in both("Thi hành án dân sự Hà Tĩnh vượt chỉ tiêu", text):
            assert criminal_enforcement_by_thads(t, x) is not None, x
    for text in (
        # (the police working with others: the agency only tells it)
        "Thi hành án dân sự tỉnh cho biết Công an tỉnh đã phối hợp với Tòa án tổ chức thi hành "
        "2 bản án tử hình.",
        # (asked of the police)
        "Thi hành án dân sự tỉnh đề nghị, phối hợp với Công an tỉnh tổ chức thi hành 2 bản án tử "
        "hình.",
        # (a prison term with the police: not the grave acts)
        "Thi hành án dân sự tỉnh đã phối hợp với Công an tỉnh đưa 12 người đi chấp hành án phạt "
        "tù.",
    ):
        for t, x in both("Thi hành án dân sự Hà Tĩnh vượt chỉ tiêu", text):
            assert criminal_enforcement_by_thads(t, x) is None, x


def test_an_auction_of_public_property_is_not_enforcement():
    text = (
        "Sở Tài chính tỉnh Ninh Bình vừa phê duyệt phương án bán đấu giá 6 cơ sở nhà, đất dôi dư "
        "sau sắp xếp đơn vị hành chính."
    )
    for title in (
        "Đấu giá 6 trụ sở dôi dư sau sắp xếp ở khu vực Hà Nam cũ",
        "Bán đấu giá tài sản công tại thị xã Duy Tiên",
        "Đấu giá biển số xe ô tô đợt 5",
    ):
        for t, x in both(title, text):
            assert confiscated_sale(t, x) is not None, t
    for title, body in (
        (
            "Đấu giá 6 trụ sở dôi dư sau sắp xếp ở khu vực Hà Nam cũ",
            "Chi cục Thi hành án dân sự huyện thông báo kê biên tài sản.",
        ),
        ("Bán đấu giá trụ sở công ty để thi hành án", text),
    ):
        for t, x in both(title, body):
            assert confiscated_sale(t, x) is None, t


def test_the_bottlenecks_a_law_removes_are_no_complaint():
    lead = (
        "Luật Thi hành án dân sự (sửa đổi) vừa được Quốc hội thông qua được kỳ vọng tháo gỡ nhiều "
        "điểm nghẽn trong công tác thi hành án kéo dài nhiều năm."
    )
    for t, x in both("Luật Thi hành án dân sự (sửa đổi) được thông qua", lead):
        assert enforcement_complaint(t, x) is None, x
    lead = "Người dân phản ánh việc thi hành án kéo dài nhiều năm tại phường Xuân Khánh."
    for t, x in both("Luật Thi hành án dân sự (sửa đổi) được thông qua", lead):
        assert enforcement_complaint(t, x) is not None, x


def test_a_note_on_the_law_is_an_explainer():
    for t, _ in both("Sở Tư pháp Hà Nội lưu ý về giá trị pháp lý của vi bằng thừa phát lại", ""):
        assert legal_explainer(t) is not None, t
    for t, _ in both("Sở Tư pháp Hà Nội xử lý văn phòng thừa phát lại lập vi bằng sai", ""):
        assert legal_explainer(t) is None, t


def test_a_bank_seizing_its_collateral_itself_is_not_enforcement():
    title = "Ngân hàng thu giữ căn nhà thế chấp của khách nợ xấu ở Cần Thơ, gia đình bức xúc"
    lead = (
        "Không qua tòa án, một ngân hàng đã thu giữ căn nhà thế chấp ở quận Ninh Kiều và ủy quyền "
        "cho công ty đấu giá rao bán để thu hồi khoản nợ gần 5 tỉ đồng."
    )
    for t, x in both(title, lead):
        assert bank_sale(t, x) is not None, t
    for body in (
        "Theo bản án của tòa án, ngân hàng được quyền xử lý tài sản.",
        "Tòa án đã tuyên buộc khách hàng trả nợ, ngân hàng thu giữ căn nhà.",
    ):
        for t, x in both(title, body):
            assert bank_sale(t, x) is None, x
