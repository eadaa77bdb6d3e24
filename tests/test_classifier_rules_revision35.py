"""Revision 35, both ways, on the words of the held-out sets 101 and 102's stories it was mended
from after their scoring and on the look-alikes it must leave alone: a card's ban and a city's
name before "thi hành án"; a case ended well; a letter of thanks; more recovered."""

from __future__ import annotations

from classifier.rules import enforcement_complaint, results_report, sports_sanction, thads_headline
from tests.rules_text import both

RED_CARD = (
    "CLB SHB Đà Nẵng sẽ vắng tiền vệ trụ cột ở hai trận tới do cầu thủ này phải thi hành án phạt "
    "sau chiếc thẻ đỏ trực tiếp ở vòng 9 V-League."
)


def test_a_card_s_ban_is_a_sports_ban():
    title = "SHB Đà Nẵng chờ tiền vệ trụ cột thi hành xong án phạt thẻ đỏ"
    for t, lead in both(title, RED_CARD):
        assert sports_sanction(t, "", lead) is not None, t
    quiet = "Đội bóng thi đấu như thế đó suốt mùa giải; cầu thủ nói cụ thể đó là nỗ lực chung."
    for t, lead in both("Đội bóng và câu chuyện thi hành án của một cầu thủ", quiet):
        assert sports_sanction(t, "", lead) is None, lead


def test_a_city_s_name_is_no_office():
    for t, _ in both("Trung vệ Hải Phòng thi hành án treo giò ở trận gặp Nam Định", ""):
        assert thads_headline(t) is None, t
        assert sports_sanction(t, "", "Ban kỷ luật VFF giữ nguyên án treo giò của trung vệ.")
    for t, _ in both("Phòng Thi hành án dân sự khu vực 3 – Hải Phòng tổ chức cưỡng chế", ""):
        assert thads_headline(t) is not None, t


def test_a_case_ended_well_and_a_letter_of_thanks_are_no_complaints():
    for title, lead in (
        (
            "Cần Thơ: Hồi kết có hậu cho vụ việc thi hành án kéo dài 12 năm",
            "Nhờ sự kiên trì vận động của chấp hành viên, vụ việc đã được thi hành xong.",
        ),
        (
            "Thư bạn đọc: Cảm ơn những cán bộ thi hành án đã giúp mẹ con tôi",
            "Chị Yến đã nhận đủ tiền cấp dưỡng. Chị viết thư gửi Báo Quảng Ngãi để bày tỏ lòng "
            "biết ơn.",
        ),
    ):
        for t, lead_ in both(title, lead):
            assert enforcement_complaint(t, "", lead_) is None, t
    for title, lead in (
        ("Cần Thơ: Vụ việc thi hành án kéo dài 12 năm", "Người dân bức xúc vì chưa được thi hành."),
        ("Bạn đọc phản ánh", "Ông Tư viết thư gửi Báo Quảng Ngãi phản ánh việc chậm thi hành án."),
    ):
        for t, lead_ in both(title, lead):
            assert enforcement_complaint(t, "", lead_) is not None, t


def test_more_recovered_is_a_result():
    for t, _ in both("Lâm Đồng: Thu hồi thêm hơn 28 tỷ đồng trong vụ án sai phạm đất đai", ""):
        assert results_report(t, "") is not None, t
    for t, _ in both("Lâm Đồng: Phấn đấu thu hồi thêm hơn 28 tỷ đồng trong năm 2026", ""):
        assert results_report(t, "") is None, t
