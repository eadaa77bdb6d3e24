"""Revision 34, both ways, on the words of blind sets 99 and 100's stories it was mended from
after their scoring and on the look-alikes it must leave alone: a payment told slow after it; a
seized property told another's than the debtor's; a bank selling any asset to recover its debt."""

from __future__ import annotations

import pytest

from classifier.rules import bank_sale, enforcement_complaint
from tests.rules_text import both


@pytest.mark.parametrize(
    "title,lead,quiet",
    [
        (  # a payment told slow after it
            "Trái chủ vụ Vạn Thịnh Phát sốt ruột chờ nhận tiền",
            "Nhiều trái chủ cho rằng việc chi trả tiền khắc phục hậu quả diễn ra chậm, thông tin "
            "không rõ ràng.",
            (
                "Việc chi trả tiền cho các trái chủ không bị chậm, đúng tiến độ.",
                "Việc chi trả được thực hiện chậm nhất trong 10 ngày kể từ ngày thu được tiền.",
                "Việc chi trả tiền khắc phục hậu quả diễn ra nhanh chóng, đúng quy định.",
            ),
        ),
        (  # a seized property told another's than the debtor's
            "Hàng chục người dân chặn xe lực lượng cưỡng chế thi hành án",
            "Buổi cưỡng chế phải tạm dừng khi người dân cho rằng diện tích bị cưỡng chế là đất "
            "nghĩa trang dòng họ chứ không phải đất của người phải thi hành án.",
            (
                "Buổi cưỡng chế diễn ra an toàn; diện tích bị cưỡng chế là đất của người phải thi "
                "hành án theo bản án.",
            ),
        ),
    ],
    ids=["payment-slow", "another-s-property"],
)
def test_a_complaint_is_read_and_its_look_alikes_are_not(title, lead, quiet):
    for t, lead_ in both(title, lead):
        assert enforcement_complaint(t, "", lead_) is not None, lead_
    for other in quiet:
        for t, lead_ in both(title, other):
            assert enforcement_complaint(t, "", lead_) is None, lead_


def test_a_bank_selling_any_asset_to_recover_its_debt_is_not_civil_enforcement():
    lead = "Ngân hàng thông báo bán đấu giá tài sản bảo đảm là khách sạn 9 tầng tại tỉnh Hưng Yên."
    for t, lead_ in both("Ngân hàng rao bán khách sạn 9 tầng ở Thái Bình cũ để thu hồi nợ", lead):
        assert bank_sale(t, "", lead_) is not None, t
    enforced = "Chấp hành viên đã kê biên khách sạn để thi hành bản án buộc doanh nghiệp trả nợ."
    for t, lead_ in both(
        "Ngân hàng rao bán khách sạn 9 tầng ở Thái Bình cũ để thu hồi nợ", enforced
    ):
        assert bank_sale(t, "", lead_) is None, lead_
    for t, lead_ in both("Ngân hàng hỗ trợ doanh nghiệp du lịch thu hồi nợ đọng", lead):
        assert bank_sale(t, "", lead_) is None, t
