"""Revision 55, both ways, on the words of the held-out set 141's stories it was mended from after
its scoring on revision 54: the page furniture an extractor leaves in a body (a related-stories
list, a tag line, a copyright line) is not the story."""

from __future__ import annotations

from pathlib import Path

from classifier.api import load

MEETING = (
    "Bộ Tư pháp thẩm định dự thảo Nghị định hướng dẫn Luật Trợ giúp pháp lý",
    "(PLVN) - Ngày 3/3, Bộ Tư pháp tổ chức họp Hội đồng thẩm định dự thảo Nghị định quy định chi "
    "tiết một số điều của Luật Trợ giúp pháp lý (sửa đổi). Thứ trưởng Bộ Tư pháp chủ trì cuộc "
    "họp.\n"
    "Theo cơ quan soạn thảo, dự thảo Nghị định gồm 5 chương, 42 điều, tập trung hướng dẫn về người "
    "được trợ giúp pháp lý, hình thức trợ giúp, chế độ thù lao cho người thực hiện trợ giúp pháp "
    "lý và việc phân cấp cho chính quyền cấp xã.\n"
    "Quang cảnh cuộc họp thẩm định. Ảnh: Diệu Linh\n"
    "Nhiều ý kiến cho rằng mức thù lao cho luật sư tham gia vụ việc trợ giúp pháp lý hiện thấp, "
    "khiến khó thu hút luật sư giỏi. Dự thảo cần có quy định điều chỉnh theo mức lương cơ sở.",
)
RELATED = (
    "Xem thêm:\n"
    "Cục Quản lý THADS triển khai nhiệm vụ năm 2026\n"
    "Thi hành án dân sự TP Hà Nội thu hồi hơn 3.000 tỷ đồng trong các vụ án tham nhũng\n"
    "Chấp hành viên bị tố 'làm ngơ' cho người phải thi hành án tẩu tán tài sản\n"
    "Từ khóa: Bộ Tư pháp, trợ giúp pháp lý, thẩm định, nghị định\n"
    "© Báo Pháp luật Việt Nam - Cơ quan của Bộ Tư pháp"
)
RECEIPTS = (
    "Cà Mau: 100% khoản thu thi hành án dùng biên lai điện tử",
    "Từ tháng 7/2025, Thi hành án dân sự tỉnh Cà Mau triển khai biên lai thu tiền điện tử theo "
    "chỉ đạo của Bộ Tư pháp. Đến giữa tháng 12/2025, 100% khoản thu tại văn phòng và 10 Phòng Thi "
    "hành án dân sự khu vực đều được thực hiện bằng biên lai điện tử.\n"
    "Người phải thi hành án ở xa có thể chuyển khoản vào tài khoản của cơ quan thi hành án và nhận "
    "biên lai qua tin nhắn. Ông Trần Văn Tư cho biết đã nộp 45 triệu đồng án phí mà không phải đi "
    "gần 70 km như trước.\n"
    "Trong 6 tháng, đơn vị đã phát hành hơn 14.000 biên lai điện tử với tổng số tiền hơn 320 tỷ "
    "đồng, không để xảy ra sai sót. Thời gian chi trả tiền cho người được thi hành án được rút "
    "ngắn, trung bình còn 3 ngày làm việc.",
)
CRITICAL = "Người dân kêu cứu vì vụ thi hành án kéo dài 8 năm ở Đồng Tháp"


def test_related_headlines_do_not_make_a_story_of_civil_enforcement(trained_model: Path):
    clf = load(trained_model)
    result = clf.classify(title=MEETING[0], text=MEETING[1] + "\n" + RELATED)
    assert not result.relevant, result.reasons
    # (the same headlines as the story's own paragraphs are the story)
    told = MEETING[1] + "\n" + RELATED.replace("Xem thêm:\n", "").replace("\n", ". ")
    assert clf.classify(title=MEETING[0], text=told).relevant


def test_a_critical_related_headline_is_not_the_story_s_complaint(trained_model: Path):
    clf = load(trained_model)
    result = clf.classify(title=RECEIPTS[0], text=f"{RECEIPTS[1]}\nXem thêm:\n{CRITICAL}")
    assert result.relevant and not result.action_needed, result.reasons
    # (told in the story, the complaint is one)
    told = f"{RECEIPTS[1]}\nTuy vậy, người dân kêu cứu vì vụ thi hành án kéo dài 8 năm."
    assert clf.classify(title=RECEIPTS[0], text=told).action_needed
