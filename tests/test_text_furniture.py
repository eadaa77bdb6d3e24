"""Page furniture left in extracted text: related-stories lists, tag lines, copyright lines."""

from __future__ import annotations

from text.furniture import drop_furniture

STORY = (
    "Sáng 5/11, UBND xã Long Phước tổ chức cưỡng chế thu hồi đất đối với 7 hộ dân.\n"
    "Lực lượng chức năng tại buổi cưỡng chế. Ảnh: PV\n"
    "Bà Hường cho biết gia đình vẫn sẽ gửi đơn khiếu nại về giá bồi thường."
)


def test_a_related_list_goes_with_its_headlines_and_the_story_stays():
    text = (
        STORY + "\nXem thêm:\n"
        "Thi hành án dân sự tỉnh Đồng Nai kê biên 3 lô đất của doanh nghiệp nợ ngân hàng\n"
        "Người phải thi hành án dân sự có được xét đặc xá?\n"
        "Từ khóa: cưỡng chế, thu hồi đất, Long Phước\n"
        "© Báo Đồng Nai điện tử"
    )
    assert drop_furniture(text) == STORY


def test_a_related_line_inline_is_dropped_alone():
    text = (
        "Đoạn thứ nhất của bài viết, kể lại sự việc.\n"
        "XEM THÊM: Chấp hành viên bị tố 'làm ngơ' cho người phải thi hành án tẩu tán tài sản\n"
        "Đoạn thứ hai của bài viết, kể tiếp sự việc."
    )
    assert drop_furniture(text) == (
        "Đoạn thứ nhất của bài viết, kể lại sự việc.\nĐoạn thứ hai của bài viết, kể tiếp sự việc."
    )
    # (the list's headings in other words and without diacritics)
    for heading in ("Tin liên quan", "Đọc thêm >>", "Có thể bạn quan tâm:", "Doc them:"):
        text = f"Đoạn đầu của bài.\n{heading}\nMột tiêu đề bài khác\nĐoạn cuối của bài viết."
        assert drop_furniture(text) == "Đoạn đầu của bài.\nĐoạn cuối của bài viết.", heading


def test_a_list_ends_at_the_next_paragraph():
    text = (
        "Đoạn đầu.\nĐọc thêm\nTiêu đề liên quan thứ nhất\n"
        "Phần còn lại của bài viết tiếp tục với một đoạn văn đầy đủ, kết thúc bằng dấu chấm."
    )
    assert drop_furniture(text) == (
        "Đoạn đầu.\n"
        "Phần còn lại của bài viết tiếp tục với một đoạn văn đầy đủ, kết thúc bằng dấu chấm."
    )


def test_the_story_s_own_words_are_kept():
    for text in (
        STORY,
        "Người dân có thể xem thêm thông tin trên cổng thông tin của Bộ Tư pháp.",
        "Xem thêm các quy định tại Điều 71 Luật Thi hành án dân sự.",  # (a sentence, kept)
        "Tin liên quan đến vụ việc được đăng tải từ năm 2024.",
        "",
    ):
        assert drop_furniture(text) == text, text
    # (text without any of it comes back as the same object: no copy per article)
    assert drop_furniture(STORY) is STORY
