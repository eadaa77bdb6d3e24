"""Revision 56, both ways, on the words of the held-out sets 141 to 144's stories it was mended
from after their scoring on revision 54, and on the look-alikes it must leave alone."""

from __future__ import annotations

from classifier.rules import auction_trade, criminal_enforcement_by_thads
from tests.rules_text import both, codes

FAILING = "enforcement_complaint"
DEFUNCT = "defunct_agency"
RESULTS = "results_report"


def test_an_act_the_agency_s_work_bears_on_is_not_its_act():
    title = "Hơn 14.000 người chấp hành xong án phạt tù được hỗ trợ tái hòa nhập cộng đồng"
    affected = (
        "Báo cáo chỉ ra việc phối hợp thu tiền phạt, án phí, bồi thường của phạm nhân với cơ quan "
        "thi hành án dân sự ở một số nơi còn chậm, ảnh hưởng đến việc xét giảm án, đặc xá."
    )
    for t, x in both(title, affected):
        assert criminal_enforcement_by_thads(t, x) is None, x
    for t, x in both(title, "Cơ quan thi hành án dân sự ở một số nơi đã tổ chức đặc xá."):
        assert criminal_enforcement_by_thads(t, x) is not None, x


def test_the_reorganisation_told_from_the_old_offices():
    title = "Trưởng Thi hành án dân sự TP Hà Nội: Bộ máy mới vận hành thông suốt"
    for t, x in both(
        title,
        "Việc sắp xếp từ mô hình Cục THADS thành phố với 30 Chi cục sang mô hình Thi hành án dân "
        "sự thành phố và các Phòng Thi hành án dân sự khu vực đã tác động thế nào?",
    ):
        assert DEFUNCT not in codes(t, x), x
    for t, x in both(title, "Cục THADS thành phố đã ban hành kế hoạch sắp xếp các phòng."):
        assert DEFUNCT in codes(t, x), x


INTERVIEW = (
    "Trưởng Thi hành án dân sự TP Hà Nội: Bộ máy mới vận hành thông suốt",
    "Sau hơn 6 tháng vận hành theo mô hình mới, đơn vị đã thi hành xong hơn 9.600 việc. Phóng "
    "viên có cuộc trao đổi với ông Đỗ Mạnh Hùng, Trưởng Thi hành án dân sự TP Hà Nội.",
)
QUESTION = (
    "- Người dân vẫn phản ánh tình trạng khó liên hệ với chấp hành viên. Hà Nội có giải pháp gì?\n"
    "- Chúng tôi đã công khai số điện thoại đường dây nóng của từng phòng khu vực."
)


def test_an_interview_s_questions_put_complaints_to_the_head_to_answer():
    for t, x in both(INTERVIEW[0], f"{INTERVIEW[1]}\n{QUESTION}"):
        assert FAILING not in codes(t, x), x
    # (not an interview with the head: the complaint is the story's)
    opening = INTERVIEW[1].replace("Phóng viên có cuộc trao đổi với", "Phóng viên đã liên hệ")
    for t, x in both(INTERVIEW[0], f"{opening}\n{QUESTION}"):
        assert FAILING in codes(t, x), x


def test_the_auction_trade_is_not_civil_enforcement():
    title = "Thanh tra hoạt động đấu giá tài sản: phát hiện nhiều sai phạm về niêm yết, thông báo"
    lead = (
        "Sở Tư pháp TP.HCM vừa công bố kết luận thanh tra đối với 18 tổ chức hành nghề đấu giá "
        "tài sản trên địa bàn; 6 tổ chức bị xử phạt tổng cộng 410 triệu đồng."
    )
    for t, x in both(title, lead):
        assert auction_trade(t, "", x) is not None, x
    # (the auction of seized property, told in the opening, is civil enforcement's)
    seized = lead.replace("trên địa bàn", "bán tài sản thi hành án đã kê biên")
    for t, x in both(title, seized):
        assert auction_trade(t, "", x) is None, x


def test_results_told_as_the_whole_sum_or_all_of_it():
    for title, lead in (
        (
            "Thu hồi 100% tiền, tài sản trong vụ án sai phạm đấu thầu tại Ban quản lý dự án",
            "Thi hành án dân sự tỉnh Quảng Ninh đã thi hành xong toàn bộ hơn 62 tỷ đồng phải thu "
            "hồi trong vụ án, chỉ sau 7 tháng kể từ khi bản án có hiệu lực.",
        ),
        (
            "Chấp hành viên 14 năm 'bám' xóm ấp ở Cần Giuộc",
            "Hơn 14 năm làm chấp hành viên, chị Duyên đã giải quyết hàng nghìn việc.",
        ),
    ):
        for t, x in both(title, lead):
            assert RESULTS in codes(t, x), t
    for t, x in both(
        "Vụ án sai phạm đấu thầu tại Ban quản lý dự án",
        "Thi hành án dân sự tỉnh Quảng Ninh chưa thi hành xong toàn bộ hơn 62 tỷ đồng phải thu "
        "hồi; chưa thu hồi 100% tiền.",
    ):
        assert RESULTS not in codes(t, x), x


def test_a_case_headlined_done_after_its_office():
    story = (
        "Ngày 24/7, Phòng Thi hành án dân sự khu vực 6 chi trả 620 triệu đồng cho bà Lan. Năm "
        "2021, tòa xử buộc ông Thiện trả tiền, nhưng ông nhiều lần trì hoãn. Đây là vụ việc thi "
        "hành án kéo dài gần 4 năm."
    )
    done = "Thi hành án dân sự tỉnh Thái Nguyên giải quyết xong vụ việc đầu tiên sau sắp xếp"
    for t, x in both(done, story):
        assert FAILING not in codes(t, x), x
    not_done = "Thi hành án dân sự tỉnh Thái Nguyên chưa giải quyết xong vụ việc sau sắp xếp"
    for t, x in both(not_done, story):
        assert FAILING in codes(t, x), x


def test_judgments_remaining_in_the_monitoring_s_headline():
    lead = "Cơ quan thi hành án dân sự đã theo dõi hơn 1.400 bản án, quyết định hành chính."
    for t, x in both("Theo dõi thi hành án hành chính: Vẫn còn bản án chưa được thi hành", lead):
        assert FAILING not in codes(t, x), x
    # (one party's judgment is its story)
    for t, x in both("5 năm thắng kiện, bản án hành chính vẫn chưa được thi hành", lead):
        assert FAILING in codes(t, x), x
