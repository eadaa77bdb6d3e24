"""Revision 57, both ways, on the words of the held-out sets 145 to 147's stories it was mended
from after their scoring on revision 56, and on the look-alikes it must leave alone."""

from __future__ import annotations

import numpy as np

from classifier.models import assessments
from classifier.models import supported as _supported
from classifier.rules import Signal, justice_fields
from tests.rules_text import both, codes

FAILING = "enforcement_complaint"
DEFUNCT = "defunct_agency"
RESULTS = "results_report"
ROUTINE = "routine_step"


def test_an_assembly_before_a_colon_is_no_reader_asking():
    lead = "Đại biểu Nguyễn Thị Nguyệt trao đổi về những bản án dân sự chậm được thi hành."
    title = "Đại biểu Quốc hội: 'Có bản án nằm trên giấy gần chục năm, người dân hỏi công lý ở đâu'"
    for t, x in both(title, lead):
        assert FAILING in codes(t, x), t
    for t, x in both("Bạn đọc hỏi: Có bản án nằm trên giấy gần chục năm thì phải làm gì?", lead):
        assert FAILING not in codes(t, x), t


def test_a_decision_to_enforce_and_the_monitoring_s_urging_are_routine():
    lead = (
        "Thi hành án dân sự thành phố Huế đã ra quyết định thi hành án chủ động đối với phần dân "
        "sự của bản án, buộc 4 bị án liên đới bồi thường gần 8 tỷ đồng."
    )
    for title in (
        "Ra quyết định thi hành khoản bồi thường gần 8 tỷ đồng trong vụ sai phạm đấu thầu",
        "Đôn đốc thi hành bản án hành chính về bồi thường giải phóng mặt bằng tại Khánh Hòa",
    ):
        for t, x in both(title, lead):
            assert ROUTINE in codes(t, x), t
    # (a fault of the office's in the opening is no routine)
    late = lead.replace("đã ra quyết định", "chậm trễ ra quyết định")
    for t, x in both("Ra quyết định thi hành khoản bồi thường gần 8 tỷ đồng", late):
        assert ROUTINE not in codes(t, x), x


def test_a_family_turned_out_of_its_home():
    lead = "Căn nhà của gia đình ông Sang ở phường Tuy Hòa, tỉnh Đắk Lắk bị cưỡng chế giao."
    title = "Gia đình 6 người bị đưa ra khỏi nhà giữa mùa mưa lũ vì khoản nợ 180 triệu"
    for t, x in both(title, lead):
        assert FAILING in codes(t, x), t
    for t, x in both("Cưỡng chế đưa người chiếm giữ trái phép ra khỏi nhà để giao cho chủ", lead):
        assert FAILING not in codes(t, x), t


PERSUADED = (
    "Chấp hành viên phân tích: nếu kê biên, tài sản bán qua đấu giá thường thấp hơn giá thị "
    "trường, cả hai bên đều thiệt. Ngày 4/3/2026, bà Th. đã nộp đủ 2,3 tỷ đồng."
)


def test_a_debtor_persuaded_in_the_headline():
    title = "Đắk Lắk: Vận động thành công người phải thi hành án tự nguyện trả 2,3 tỷ đồng"
    opening = "Phòng Thi hành án dân sự khu vực 5 đã kiên trì thuyết phục bà Th. trả nợ."
    text = f"{opening}\n{PERSUADED}"
    for t, x in both(title, text):
        assert FAILING not in codes(t, x), t
    # (a cheap sale told, not supposed: the case's complaint, past under a headline of success,
    # a complaint under any other; revision 58 reads "nếu ... sẽ thấp hơn" as an argument)
    told = (
        f"{opening}\nBà Th. cho rằng căn nhà bị định giá thấp hơn giá thị trường. Ngày 4/3/2026, "
        "bà Th. đã nộp đủ 2,3 tỷ đồng."
    )
    for t, x in both(title, told):
        assert FAILING not in codes(t, x), t
    failed = "Đắk Lắk: Người phải thi hành án chây ì, nhà đất sắp bị đấu giá"
    for t, x in both(failed, told.replace("đã kiên trì thuyết phục", "đã làm việc với")):
        assert FAILING in codes(t, x), t


def test_a_day_with_a_bailiff_is_a_portrait():
    lead = "Chấp hành viên Phòng Thi hành án dân sự khu vực 3 đi ghe đến từng nhà để xác minh."
    for t, x in both("Một ngày theo chân chấp hành viên vùng sông nước Cà Mau", lead):
        assert RESULTS in codes(t, x), t
    for t, x in both("Một ngày theo chân người dân đi đòi tiền thi hành án ở Cà Mau", lead):
        assert RESULTS not in codes(t, x), t


def test_a_correction_quotes_the_old_name_it_corrects():
    title = "Cải chính thông tin trong bài viết 'Quảng Ninh: Kê biên khách sạn 7 tầng'"
    quoted = (
        "Thứ nhất, bài viết nêu 'Chi cục Thi hành án dân sự TP Hạ Long tổ chức kê biên'. Thông "
        "tin chính xác là: việc kê biên do Thi hành án dân sự tỉnh Quảng Ninh tổ chức."
    )
    for t, x in both(title, quoted):
        assert DEFUNCT not in codes(t, x), x
    live = "Chi cục Thi hành án dân sự TP Hạ Long tổ chức kê biên khách sạn 7 tầng."
    for t, x in both("Quảng Ninh: Kê biên khách sạn 7 tầng", live):
        assert DEFUNCT in codes(t, x), x


REVIEW = (
    "Thi hành án dân sự TP Hà Nội: 6 tháng thu hơn 9.400 tỷ đồng",
    "Sáu tháng đầu năm công tác 2026, Thi hành án dân sự TP Hà Nội thi hành xong 18.362 việc, thu "
    "hơn 9.400 tỷ đồng, đều cao hơn cùng kỳ. Việc tiếp nhận yêu cầu trực tuyến giúp người dân "
    "giảm nhiều thời gian đi lại.",
)
SHORTCOMINGS = (
    "Tuy nhiên, hội nghị cũng chỉ ra không ít tồn tại. Số việc có điều kiện chưa thi hành xong "
    "còn hơn 12.000 việc. Một số chấp hành viên còn chậm xác minh định kỳ."
)


def test_a_review_s_shortcomings_two_sentences_on():
    for t, x in both(REVIEW[0], f"{REVIEW[1]}\n{SHORTCOMINGS}"):
        assert FAILING not in codes(t, x), x
    # (no shortcomings told before it: a failing)
    bare = SHORTCOMINGS.replace("Tuy nhiên, hội nghị cũng chỉ ra không ít tồn tại. ", "")
    for t, x in both(REVIEW[0], f"{REVIEW[1]}\nBạn đọc phản ánh: {bare}"):
        assert FAILING in codes(t, x), x


def test_a_failing_told_improving():
    title = "Chính phủ báo cáo Quốc hội: Thi hành án dân sự năm 2025 vượt cả hai chỉ tiêu"
    body = (
        "Năm 2025, hệ thống thi hành án dân sự thi hành xong 576.884 việc. Công tác theo dõi được "
        "chú trọng. Nhiều vụ việc thi hành án kéo dài nhiều năm {} trong năm qua."
    )
    for t, x in both(title, body.format("đã có chuyển biến")):
        assert FAILING not in codes(t, x), x
    for t, x in both(title, body.format("vẫn chưa có chuyển biến")):
        assert FAILING in codes(t, x), x


def test_the_justice_sector_s_other_fields():
    title = "Sở Tư pháp Đồng Tháp tổng kết năm 2025: Hoàn thành chuyển giao thẩm quyền cho cấp xã"
    body = (
        "Năm 2025, ngành Tư pháp tỉnh Đồng Tháp hoàn thành các nhiệm vụ. Nhiều thủ tục hộ tịch, "
        "chứng thực được chuyển giao cho UBND cấp xã.\n"
        "Hoạt động công chứng, đấu giá tài sản tiếp tục được quản lý chặt chẽ.\n"
        "Sở cũng phối hợp với Thi hành án dân sự tỉnh trong một số hoạt động liên ngành."
    )
    for t, x in both(title, body):
        assert justice_fields(t, x) is not None, x
    # (enforcement in its opening, or told twice: the story may be civil enforcement's)
    for text in (
        "Sở Tư pháp và Thi hành án dân sự tỉnh ký quy chế phối hợp.\n" + body,
        body + "\nThi hành án dân sự tỉnh thi hành xong 9.000 việc.",
    ):
        for t, x in both(title, text):
            assert justice_fields(t, x) is None, x


def test_the_text_model_s_inaccurate_needs_a_rule_s_reason():
    scores = {"positive": 0.27, "neutral": 0.25, "needs_correction": 0.19, "inaccurate": 0.29}
    assert _supported("inaccurate", scores, []) == "positive"
    defunct = Signal("defunct_agency", "...", "chi cuc thads", "inaccurate")
    assert _supported("inaccurate", scores, [defunct]) == "inaccurate"
    assert _supported("neutral", scores, []) == "neutral"
    # (the evaluation decides as the deployed classifier does)
    q = np.array([[0.27, 0.25, 0.19, 0.29], [0.1, 0.1, 0.5, 0.3]])
    assert assessments(q, np.array([0, 1]), [[], []]) == ["positive", "needs_correction"]
    assert assessments(q, np.array([0, 1]), [[defunct], []]) == ["inaccurate", "needs_correction"]
