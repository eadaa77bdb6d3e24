"""Revision 30, both ways, each on the words of a blind set's story it was mended from (sets 87 to
92) and on the look-alike it must leave alone: old names told before the reorganisation or as
turned into the new body; a province's rate is no national one; payments told done; an owner's
claim, a "why" headline, a case stuck, a sale for only so much, tents after a coercion; what may
happen, an asset dealt with, the office's answer, what must not be, years of waiting told past;
a backlog closed; an auction announced; a dialogue with citizens; a story of criminal
enforcement that names civil enforcement in one sentence."""

from __future__ import annotations

from datetime import datetime

from classifier.rules import (
    against_official_results,
    defunct_agency_names,
    enforcement_complaint,
    formal_notice,
    passing_mention,
    results_report,
    signals,
)
from tests.rules_text import AFTER, both, codes

MARCH_2026 = datetime(2026, 3, 20, 9, 0)


def test_old_names_told_before_the_reorganisation_or_as_turned_into_the_new_body():
    for text in (
        "Trước khi bộ máy được sắp xếp lại từ ngày 1/7/2025, chị công tác nhiều năm tại Chi cục "
        "Thi hành án dân sự huyện Cao Lộc.",
        "Từ ngày 1/7, Cục Thi hành án dân sự tỉnh chuyển thành Thi hành án dân sự tỉnh Thanh Hóa.",
    ):
        for t, x in both("Nữ chấp hành viên nơi cửa khẩu", text):
            assert defunct_agency_names(t, x, None, MARCH_2026) is None, x
    live = "Chị đang công tác tại Chi cục Thi hành án dân sự huyện Cao Lộc."
    for t, x in both("Tin", live):
        assert defunct_agency_names(t, x, None, MARCH_2026) is not None, x


def test_a_province_s_rate_after_a_sentence_on_the_province_is_no_national_one():
    local = (
        "Theo báo cáo, trong năm công tác 2025, tổng số việc phải thi hành trên địa bàn tỉnh là "
        "24.863 việc. Các cơ quan thi hành án dân sự đã thi hành xong 16.917 việc, đạt tỷ lệ "
        "86,74%."
    )
    for t, x in both("Thi hành án dân sự Thanh Hóa vượt chỉ tiêu", local):
        assert against_official_results(t, x) is None, x
    national = (
        "Theo báo cáo, trong năm công tác 2025, các cơ quan thi hành án dân sự trong cả nước đã "
        "thi hành xong nhiều việc. Các cơ quan thi hành án dân sự đạt tỷ lệ 20,5% về việc."
    )
    for t, x in both("Tin", national):
        assert against_official_results(t, x) is not None, x


def test_payments_told_done_after_the_headline_s_colon_close_the_complaint():
    for title in (
        "Bạn đọc chưa nhận được tiền thi hành án: Đã được chi trả",
        "Vụ người dân chưa nhận được tiền thi hành án: Dứt điểm sau phản ánh",
    ):
        for t, _ in both(title, ""):
            assert enforcement_complaint(t, "") is None, t
    for t, _ in both("Bạn đọc chưa nhận được tiền thi hành án", ""):
        assert enforcement_complaint(t, "") is not None, t


def test_an_owner_s_claim_a_why_a_case_stuck_a_cheap_sale_and_tents():
    for title in (
        "'Căn nhà bị kê biên là của tôi, không phải của con nợ'",
        "Sao đã thu tiền mà chưa chi trả cho người được thi hành án?",
        "Tài sản bảo đảm 'mắc kẹt' ở khâu thi hành án, ngân hàng sốt ruột",
        "Căn nhà 3 tỉ bị bán đấu giá chỉ hơn 900 triệu?",
        "Cưỡng chế giữa mùa lũ, gia đình có người bệnh phải dựng lều tạm",
    ):
        for t, _ in both(title, ""):
            found = enforcement_complaint(t, "")
            assert found is not None and found.label == "needs_correction", t
    for title in (
        "Căn nhà bị kê biên là của con nợ, không phải của người thân",
        "Sao Việt tham dự hội nghị về thi hành án",
        "Tổng kết thi hành án dân sự năm 2025",
        "Công tác thi hành án dân sự năm 2025 đạt nhiều kết quả",
        "Căn nhà bị bán đấu giá thành công sau ba phiên",
        "Dựng lều tạm cho lực lượng tham gia cưỡng chế",
    ):
        for t, _ in both(title, ""):
            assert enforcement_complaint(t, "") is None, t


def test_what_may_happen_an_asset_dealt_with_and_the_office_s_answer_are_no_failing():
    for text in (
        "Chỉ khi khách hàng không hợp tác, ngân hàng mới phải khởi kiện, sau đó yêu cầu thi hành "
        "án và quá trình này có thể kéo dài nhiều năm.",
        "Đại diện ngân hàng được thi hành án cho biết khoản nợ này đã kéo dài nhiều năm, việc xử "
        "lý xong tài sản giúp ngân hàng thu hồi phần lớn nợ gốc.",
        "Đến thời điểm cưỡng chế, cơ quan thi hành án không nhận được văn bản nào như vậy.",
    ):
        for t, x in both("Tin về thi hành án", f"Mở đầu. Đoạn hai. Đoạn ba. Đoạn bốn. {text}"):
            assert "enforcement_complaint" not in codes(t, x), x
    for text in (
        "Việc thi hành án kéo dài nhiều năm khiến người dân bức xúc.",
        "Bà L. cho biết gia đình không nhận được văn bản nào về việc cưỡng chế.",
    ):
        for t, x in both("Tin về thi hành án", f"Mở đầu. Đoạn hai. Đoạn ba. Đoạn bốn. {text}"):
            assert "enforcement_complaint" in codes(t, x), x


def test_what_must_not_be_and_years_of_waiting_told_past():
    for title in (
        "Thu hồi tài sản trong các đại án: 'Không để tài sản nằm im chờ thời gian'",
        "Long An: Cưỡng chế giao nền đất cho 87 người mua sau gần 10 năm chờ đợi",
    ):
        for t, _ in both(title, ""):
            assert enforcement_complaint(t, "") is None, t
    for title in (
        "Tài sản kê biên nằm im nhiều năm",
        "Gần 10 năm chờ đợi nhận nền đất, 87 người mua kêu cứu",
    ):
        for t, _ in both(title, ""):
            assert enforcement_complaint(t, "") is not None, t
    for t, _ in both("Long An: Cưỡng chế giao nền đất cho 87 người mua sau gần 10 năm chờ đợi", ""):
        assert results_report(t, "") is not None, t


def test_a_backlog_closed_and_a_result_drawn_from_one_are_results():
    lead = (
        "Thi hành án dân sự tỉnh Cà Mau vừa bán đấu giá thành công 12 tài sản, thu hơn 50 tỷ "
        "đồng trả cho ngân hàng, khép lại vụ việc tồn đọng từ năm 2017."
    )
    title = "Thu hơn 50 tỷ đồng cho ngân hàng từ vụ án tín dụng tồn đọng nhiều năm"
    for t, x in both(title, lead):
        assert results_report(t, x) is not None, t
    for t, x in both("Vụ án tín dụng tồn đọng nhiều năm chưa được xử lý", lead):
        assert results_report(t, x) is None, t


def test_an_auction_announced_for_enforcement_is_a_notice():
    for title in (
        "Bán đấu giá thửa đất 156 m2 tại phường Thủy Nguyên để thi hành án",
        "Bán đấu giá khu đất của cựu giám đốc sở để thi hành án",
    ):
        for t, _ in both(title, ""):
            assert formal_notice(t, "") is not None, t
    for t, _ in both("Bán đấu giá thửa đất để thi hành án: người dân kêu cứu", ""):
        assert formal_notice(t, "") is None, t


def test_a_dialogue_with_citizens_hears_complaints():
    opening = "Đoàn công tác đã đối thoại với bà L., người khiếu nại việc kê biên nhà đất."
    title = "Lạng Sơn: Đối thoại với người dân về vụ việc thi hành án tại Đồng Đăng"
    for t, x in both(title, opening):
        assert "enforcement_complaint" not in codes(t, x), t
    for t, x in both("Lạng Sơn: Vụ việc thi hành án tại Đồng Đăng", opening):
        assert "enforcement_complaint" in codes(t, x), t


EXECUTION = " ".join(
    [
        "Hội đồng thi hành án tử hình tỉnh đã thi hành án tử hình bằng hình thức tiêm thuốc độc.",
        "Trước khi thi hành án, Hội đồng kiểm tra căn cước của người bị thi hành án.",
        "Việc thi hành án diễn ra đúng quy trình, bảo đảm nghiêm minh và nhân đạo.",
    ]
    * 7
)


def test_a_story_of_criminal_enforcement_naming_civil_enforcement_once_is_no_thads_story():
    once = EXECUTION + " Phần bồi thường còn lại do cơ quan thi hành án dân sự tổ chức thi hành."
    title = "Thi hành án tử hình kẻ sát hại 2 người ở Quảng Bình"
    for t, x in both(title, once):
        assert passing_mention(t, x) is not None, t
    # ... unless it gives THADS the act (rule (a))
    given = EXECUTION + " Thi hành án dân sự tỉnh đã tổ chức thi hành án tử hình đối với Tú."
    for t, x in both(title, given):
        assert passing_mention(t, x) is None, t
        assert "criminal_enforcement" in [s.code for s in signals(t, x, None, AFTER)], t
