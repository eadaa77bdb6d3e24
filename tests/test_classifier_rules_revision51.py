"""Revision 51, both ways, on the words of the held-out set 136's stories it was mended from
after its scoring on revision 50, and on the look-alikes it must leave alone: (x) a bailiff at
work in a story that names no agency; (t) a seizure with what is seized named before the debt,
and seized property auctioned."""

from __future__ import annotations

from pathlib import Path

from classifier.api import load
from classifier.rules import officer_at_work, thads_lead
from tests.rules_text import both

HANDOVER = (
    "Sau 7 năm mòn mỏi, cụ bà 68 tuổi nhận lại căn nhà theo bản án",
    "Bà Lan, người thắng kiện từ năm 2018, chưa một ngày được ở trong ngôi nhà của mình. Phía "
    "anh Khải liên tục gửi đơn xin gia hạn, có lần khóa cửa vắng nhà khi chấp hành viên đến làm "
    "việc. Từ 7h, chấp hành viên đọc quyết định cưỡng chế buộc giao nhà, sau đó vận động gia "
    "đình anh Khải tự nguyện chuyển đồ đạc. Đến 11h, chìa khóa căn nhà được trao cho bà Lan.",
)


def test_a_bailiff_at_work_makes_a_story_of_civil_enforcement():
    for t, x in both(*HANDOVER):
        assert officer_at_work(t, x) is not None, x
    for title, text in (
        # (named once only)
        (HANDOVER[0], HANDOVER[1].replace("khi chấp hành viên đến", "khi cán bộ đến")),
        # (no act of enforcement, no judgment: a school for the posts)
        (
            "Thành lập Học viện Tư pháp",
            "Học viện đào tạo thẩm phán, kiểm sát viên, chấp hành viên. Mỗi năm học viện đào tạo "
            "hàng nghìn chấp hành viên, luật sư.",
        ),
        # (impostors)
        (
            "Bắt đối tượng lừa đảo",
            "Đối tượng giả danh chấp hành viên, nói sẽ cưỡng chế nhà theo bản án. Hắn tự xưng là "
            "chấp hành viên để nhận tiền.",
        ),
    ):
        for t, x in both(title, text):
            assert officer_at_work(t, x) is None, x


def test_the_rescue_overrules_the_text_model(trained_model: Path):
    result = load(trained_model).classify(title=HANDOVER[0], text=HANDOVER[1] * 3)
    assert result.relevant
    assert any("chấp hành viên làm công việc thi hành án" in r for r in result.reasons)


def test_a_feed_items_seizure_or_auction_of_what_was_seized():
    for title, lead in (
        (
            "Kê biên hai thửa đất của người nợ 3,2 tỷ đồng theo bản án",
            "Tổ công tác kê biên hai thửa đất của ông Phan Văn Dũng ở khu vực Ninh Phước cũ (tỉnh "
            "Khánh Hòa) để bảo đảm thi hành khoản nợ 3,2 tỷ đồng.",
        ),
        (
            "Hoàn trả hơn 210 tỷ đồng cho người gửi tiền",
            "Số tiền thu được từ việc bán đấu giá 14 bất động sản đã kê biên của các bị án đã được "
            "chi trả cho 1.326 người gửi tiền.",
        ),
    ):
        for t, x in both(title, lead):
            assert thads_lead(t, "", x) is not None, x
    # (a police seizure during an investigation secures "thi hành án", and seizes to auction
    # nothing)
    for title, lead in (
        (
            "Phong tỏa tài sản của bị can",
            "Cơ quan CSĐT kê biên ba căn nhà của bị can Nguyễn Văn A. để bảo đảm cho việc điều "
            "tra.",
        ),
        (
            "Đấu giá biển số xe",
            "Hơn 300 biển số được đấu giá trực tuyến trong ngày.",
        ),
    ):
        for t, x in both(title, lead):
            assert thads_lead(t, "", x) is None, x
