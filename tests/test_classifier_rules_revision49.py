"""Revision 49, both ways, on the words of the held-out sets 131 and 132's stories it was mended
from after their scoring on revision 48, and on the look-alikes it must leave alone: a dispute
told ended, a court dismissing a lawsuit against the office's act, money recovered in the
headline."""

from __future__ import annotations

from tests.rules_text import both, codes

DISPUTE_TITLE = "Vụ tranh chấp đất ở xã Đà Bắc"
DISPUTE_OPENING = (
    "Năm 2019, tòa án buộc ông T. trả lại 800 m2 đất vườn cho em trai. Hồ sơ được giao cho "
    "chấp hành viên Phòng Thi hành án dân sự khu vực 9. Gia đình nhiều lần đến cơ quan. "
)


def test_a_dispute_told_ended_is_no_failing():
    ended = (
        "Chấp hành viên đã vận động ông T. tự nguyện giao lại 800 m2 đất vườn cho người được thi "
        "hành án, kết thúc vụ tranh chấp kéo dài 7 năm giữa hai anh em ruột."
    )
    for t, x in both(DISPUTE_TITLE, DISPUTE_OPENING + ended):
        assert "enforcement_complaint" not in codes(t, x), x
    # (still hoped for, or no end told: the years of enforcement are the failing)
    for told in (
        "Việc thi hành án vụ tranh chấp đất vẫn kéo dài 7 năm, gia đình mong sớm kết thúc vụ "
        "tranh chấp.",
        "Việc thi hành án vụ tranh chấp đất vẫn kéo dài 7 năm giữa hai anh em ruột.",
    ):
        for t, x in both(DISPUTE_TITLE, DISPUTE_OPENING + told):
            assert "enforcement_complaint" in codes(t, x), x


def test_a_court_dismissing_the_lawsuit_against_the_office_is_no_complaint():
    claim = (
        "bà Bùi Thị Hoa đề nghị hủy quyết định cưỡng chế kê biên tài sản do Chi cục Thi hành án "
        "dân sự huyện Kiến Xương ban hành."
    )
    for title, lead in (
        (
            "Bác yêu cầu khởi kiện quyết định kê biên của cơ quan thi hành án dân sự",
            "TAND tỉnh Hưng Yên vừa xét xử vụ án hành chính sơ thẩm, bác yêu cầu khởi kiện của "
            + claim,
        ),
        (
            "Tòa bác đơn khởi kiện quyết định kê biên",
            "TAND tỉnh Hưng Yên đã bác toàn bộ yêu cầu khởi kiện của " + claim,
        ),
    ):
        for t, x in both(title, lead):
            assert "enforcement_complaint" not in codes(t, x), x
    # (the lawsuit brought, or the office asking the court to dismiss it: still disputed)
    for title, lead in (
        (
            "Khởi kiện quyết định kê biên của cơ quan thi hành án dân sự",
            "TAND tỉnh Hưng Yên vừa thụ lý vụ án hành chính, trong đó " + claim,
        ),
        (
            "Khởi kiện quyết định kê biên của cơ quan thi hành án dân sự",
            "Cơ quan thi hành án đề nghị bác yêu cầu khởi kiện, trong khi " + claim,
        ),
    ):
        for t, x in both(title, lead):
            assert "enforcement_complaint" in codes(t, x), x


RECOVERY_LEAD = (
    "Khách sạn ven sông Hương đã được bán đấu giá sau 9 lần. Việc xử lý gặp nhiều khó khăn do "
    "doanh nghiệp liên tục khiếu nại kết quả định giá."
)


def test_money_recovered_in_the_headline_tells_the_complaints_past():
    for title in (
        "Thi hành án dân sự TP Huế thu hồi hơn 300 tỷ đồng nợ xấu cho ngân hàng",
        "Thu hồi được 1.200 tỷ đồng cho Nhà nước trong vụ án tham nhũng",
    ):
        for t, x in both(title, RECOVERY_LEAD):
            assert "enforcement_complaint" not in codes(t, x), t
    # (slow, hard or not yet recovered: the complaints stand)
    for title in (
        "Chậm thu hồi hơn 300 tỷ đồng nợ xấu cho ngân hàng",
        "Khó thu hồi 300 tỷ đồng nợ xấu cho ngân hàng",
        "Vẫn chưa thu hồi 300 tỷ đồng nợ xấu cho ngân hàng",
    ):
        for t, x in both(title, RECOVERY_LEAD):
            assert "enforcement_complaint" in codes(t, x), t
