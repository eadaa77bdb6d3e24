"""Vietnamese sentence splitting and the extractive summary of digest items."""

from __future__ import annotations

import pytest

from digest.summary import MAX_CHARS, strip_source_tag, summarize
from text.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thi hành án dân sự TP.HCM cưỡng chế. Ông An nói.",
            ["Thi hành án dân sự TP.HCM cưỡng chế.", "Ông An nói."],
        ),
        (
            "Theo Th.S Nguyễn Văn B, số tiền là 1.000.000 đồng. Vụ việc kéo dài.",
            ["Theo Th.S Nguyễn Văn B, số tiền là 1.000.000 đồng.", "Vụ việc kéo dài."],
        ),
        (
            "Ông Nguyễn V. An, ThS. Trần Bình và PGS. TS. Lê Cường dự họp. Họ đồng ý.",
            ["Ông Nguyễn V. An, ThS. Trần Bình và PGS. TS. Lê Cường dự họp.", "Họ đồng ý."],
        ),
        (
            "Tại TP. Hồ Chí Minh, đã thu 2.500 tỷ đồng! Ai chịu trách nhiệm? Chưa rõ…",
            ["Tại TP. Hồ Chí Minh, đã thu 2.500 tỷ đồng!", "Ai chịu trách nhiệm?", "Chưa rõ…"],
        ),
        (
            'Ông nói: "Chúng tôi sẽ làm." Sau đó ông rời đi.',
            ['Ông nói: "Chúng tôi sẽ làm."', "Sau đó ông rời đi."],
        ),
        (
            "Các cơ quan như UBND, công an v.v. đã phối hợp. Xem baophapluat.vn để biết thêm.",
            [
                "Các cơ quan như UBND, công an v.v. đã phối hợp.",
                "Xem baophapluat.vn để biết thêm.",
            ],
        ),
        (
            "Chấp hành viên đã giao nhà của ông A. Bà H. cho biết sẽ khiếu nại. "
            "Anh Nguyễn V. An đồng ý.",
            [
                "Chấp hành viên đã giao nhà của ông A.",
                "Bà H. cho biết sẽ khiếu nại.",
                "Anh Nguyễn V. An đồng ý.",
            ],
        ),
        ("Đoạn một không dấu chấm\nĐoạn hai.", ["Đoạn một không dấu chấm", "Đoạn hai."]),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_outlet_tags_are_stripped_from_the_lead() -> None:
    assert strip_source_tag("(Chinhphu.vn) - Khám xét nhà riêng.") == "Khám xét nhà riêng."
    assert strip_source_tag("(PLVN) – Sáng nay.") == "Sáng nay."
    assert strip_source_tag("TPO - TAND huyện Cai Lậy tuyên án.") == "TAND huyện Cai Lậy tuyên án."
    assert strip_source_tag("Hà Nội có mưa - trời lạnh.") == "Hà Nội có mưa - trời lạnh."


BODY = (
    "Sáng 12/3, đoàn cưỡng chế có mặt từ sớm. "
    "Chấp hành viên Thi hành án dân sự tỉnh Tây Ninh đã kê biên căn nhà trị giá 3 tỷ đồng. "
    "Thời tiết hôm ấy nắng đẹp. "
    "Người dân phản ánh việc thi hành án chậm trễ suốt 5 năm, gây thiệt hại 200 triệu đồng. "
    "Buổi chiều mọi người ra về."
)


def test_summary_is_the_lead_plus_key_sentences_in_order() -> None:
    summary = summarize(
        "Chậm trễ thi hành án ở Tây Ninh", "(PLVN) - Bạn đọc phản ánh vụ việc ở Tây Ninh.", BODY
    )
    sentences = split_sentences(summary)
    assert sentences[0] == "Bạn đọc phản ánh vụ việc ở Tây Ninh."
    assert len(sentences) == 3
    assert "kê biên căn nhà" in sentences[1]
    assert "chậm trễ suốt 5 năm" in sentences[2]
    assert "nắng đẹp" not in summary and "ra về" not in summary


def test_summary_without_lead_starts_with_the_body() -> None:
    summary = summarize("Chậm trễ thi hành án", None, BODY)
    sentences = split_sentences(summary)
    assert sentences[0] == "Sáng 12/3, đoàn cưỡng chế có mặt từ sớm."
    assert 2 <= len(sentences) <= 3


def test_summary_skips_a_body_that_repeats_the_lead() -> None:
    lead = "Chấp hành viên Thi hành án dân sự tỉnh Tây Ninh đã kê biên căn nhà trị giá 3 tỷ đồng."
    summary = summarize("Kê biên", lead, BODY)
    assert summary.count("kê biên căn nhà") == 1
    assert len(split_sentences(summary)) == 3


def test_summary_is_bounded_and_cut_at_sentences() -> None:
    long_sentence = "Chấp hành viên " + "kê biên tài sản của người phải thi hành án " * 30 + "."
    summary = summarize("Kê biên", None, long_sentence + " " + BODY)
    assert len(summary) <= MAX_CHARS + 1
    assert summary.endswith("…") or summary.endswith(".")


def test_empty_article_has_no_summary() -> None:
    assert summarize("Tiêu đề", None, "") == ""


def test_thads_terms_are_found_with_their_diacritics() -> None:
    body = (
        "Trời mưa to cả ngày hôm qua ở khu vực này. "
        "Người dân đứng xem rất đông trong buổi sáng ấy. "
        "Chấp hành viên đã kê biên tài sản của người phải thi hành án."
    )
    summary = summarize("Một buổi sáng", None, body, max_sentences=2)
    assert summary == (
        "Trời mưa to cả ngày hôm qua ở khu vực này. "
        "Chấp hành viên đã kê biên tài sản của người phải thi hành án."
    )
