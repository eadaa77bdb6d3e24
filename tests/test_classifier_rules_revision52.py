"""Revision 52, both ways, on the words of the held-out set 138's story it was mended from after
its scoring on revision 51: (b) an abolished office named as the stage of a case it handled is
history; the same name in the present is still a wrong claim after the restructuring."""

from __future__ import annotations

from tests.rules_text import both, codes

TITLE = "Vụ thắng kiện 5 năm chưa nhận được tiền ở Long An cũ: Người dân đã nhận đủ 1,2 tỷ đồng"


def test_an_old_office_named_as_the_stage_of_a_case_is_history():
    stage = (
        "Theo văn bản, lãnh đạo Thi hành án dân sự tỉnh đã chỉ đạo rà soát toàn bộ hồ sơ, từ giai "
        "đoạn Chi cục Thi hành án dân sự huyện Đức Hòa thụ lý đến khi chuyển về Phòng Thi hành án "
        "dân sự khu vực."
    )
    for t, x in both(TITLE, stage):
        assert "defunct_agency" not in codes(t, x), x
    # (the period now, not a past stage: the abolished office told as acting)
    for t, x in both(
        TITLE,
        "Trong giai đoạn hiện nay, Chi cục Thi hành án dân sự huyện Đức Hòa tiếp tục rà soát hồ "
        "sơ.",
    ):
        assert "defunct_agency" in codes(t, x), x
