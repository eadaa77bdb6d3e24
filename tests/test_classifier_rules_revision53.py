"""Revision 53, both ways, on the words of the held-out set 140's stories it was mended from after
its scoring on revision 52, and on the look-alikes it must leave alone."""

from __future__ import annotations

from classifier.rules import officer_misconduct
from tests.rules_text import both, codes

FAILING = "enforcement_complaint"
MISCONDUCT = "officer_misconduct"


def test_the_law_in_force_is_no_harassment():
    for t, x in both(
        "Cơ quan thi hành án chậm thi hành, người dân khiếu nại thế nào?",
        "Theo Luật Thi hành án dân sự hiện hành, đương sự có quyền khiếu nại quyết định.",
    ):
        assert officer_misconduct(t, x) is None, x
    for t, x in both("Chấp hành viên hành dân", "Chấp hành viên hành đương sự suốt 3 năm."):
        assert officer_misconduct(t, x) is not None, x


CLEARED = (
    "Kết quả giải quyết tố cáo đối với chấp hành viên ở Quảng Ninh",
    "Thi hành án dân sự tỉnh Quảng Ninh đã ban hành kết luận nội dung tố cáo, xác định việc một "
    "người dân tố cáo chấp hành viên 'thiên vị', 'gây khó khăn' là không đúng. Kết luận xác "
    "định các nội dung tố cáo là không đúng.",
)


def test_a_denunciation_concluded_unfounded_is_no_allegation():
    for t, x in both(*CLEARED):
        assert not {FAILING, MISCONDUCT} & set(codes(t, x)), x
    # (disputed after the conclusion, or the accusation itself told "là sai": it stands)
    for t, x in both(CLEARED[0], CLEARED[1] + " Bà Thanh không đồng ý và tiếp tục tố cáo."):
        assert {FAILING, MISCONDUCT} & set(codes(t, x)), x
    for t, x in both(
        "Người dân tố cáo chấp hành viên",
        "Bà Thanh tố cáo quyết định kê biên của chấp hành viên là sai, gây khó khăn cho gia đình.",
    ):
        assert {FAILING, MISCONDUCT} & set(codes(t, x)), x


def test_beyond_the_judgment_and_seized_property_vanished():
    for title in (
        "Phá cả phần nhà không thuộc bản án khi cưỡng chế thi hành án",
        "Tài sản đã kê biên 'bốc hơi', người được thi hành án kêu cứu",
    ):
        for t, x in both(title, "Gia đình bà M. ở phường Bảo Lộc, tỉnh Lâm Đồng."):
            assert FAILING in codes(t, x), t
    for title in (
        "Phá dỡ phần nhà theo bản án khi cưỡng chế thi hành án",
        "Tài sản đã kê biên được bàn giao cho người trúng đấu giá",
    ):
        for t, x in both(title, "Gia đình bà M. ở phường Bảo Lộc, tỉnh Lâm Đồng."):
            assert FAILING not in codes(t, x), t


def test_responsibility_asked_of_an_officer():
    title = "Người được thi hành án đề nghị xem xét trách nhiệm chấp hành viên"
    for t, x in both(title, "Bà L. ở xã Gio Linh gửi đơn."):
        assert officer_misconduct(t, x) is not None, t
    for t, x in both(
        "Cục Quản lý THADS chỉ đạo siết chặt kỷ cương",
        "Nếu để xảy ra sai sót, Cục sẽ xem xét trách nhiệm chấp hành viên.",
    ):
        assert officer_misconduct(t, x) is None, x


def test_a_payouts_instructions_to_those_not_yet_paid():
    title = "Thi hành án dân sự TP Đà Nẵng trả tiền cho hơn 300 bị hại vụ lừa đảo đầu tư"
    opening = (
        "Thi hành án dân sự TP Đà Nẵng chi trả đợt 1 hơn 46 tỷ đồng cho 312 bị hại. Buổi chi trả "
        "diễn ra tại trụ sở. Đơn vị đang xử lý các tài sản còn lại. "
    )
    for told, failing in (
        (
            "Các bị hại chưa nhận tiền đợt này cần bổ sung giấy tờ để được chi trả trong các đợt "
            "tiếp theo.",
            False,
        ),
        ("Nhiều bị hại vẫn chưa nhận tiền dù bản án đã có hiệu lực 3 năm.", True),
        ("Nhiều bị hại vẫn chưa nhận tiền, không biết bao giờ sẽ được chi trả.", True),
    ):
        for t, x in both(
            "Vụ lừa đảo đầu tư ở Đà Nẵng", opening.replace("chi trả đợt 1", "xử lý") + told
        ):
            assert (FAILING in codes(t, x)) is failing, x
    for t, x in both(title, opening):
        assert FAILING not in codes(t, x), x


def test_the_aspects_of_a_procedure_headline_an_explainer():
    lead = "Chấp hành viên ra quyết định kê biên, đương sự khiếu nại quyết định của chấp hành viên."
    for t, x in both(
        "Khiếu nại quyết định của chấp hành viên: thời hiệu, thẩm quyền và thủ tục", lead
    ):
        assert FAILING not in codes(t, x), t
    for t, x in both("Bà L. khiếu nại quyết định của chấp hành viên", lead):
        assert FAILING in codes(t, x), t
