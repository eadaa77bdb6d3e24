"""Rule (f), both ways: a complaint told in the opening or later in the body, the press's
follow-up, a case told as settled or closed; and an allegation against THADS that makes an
article relevant."""

from __future__ import annotations

import json

import pytest

from classifier.rules import (
    complaint_about_thads,
    results_report,
    signals,
)
from classifier.rules.complaint import _PATTERNS
from classifier.rules.plain import _plain
from tests.decisions import FOLDER
from tests.rules_text import AFTER, both, codes

# Four sentences of neutral opening (a dateline, the judgment, the parties): what a critical
# story of today's press often tells before its stance.
OPENING = (
    "Năm 2022, ông Lưu Văn C. (phường Nha Trang, tỉnh Khánh Hòa) là bị đơn trong một vụ tranh "
    "chấp hợp đồng góp vốn. Theo bản án, ông phải chịu hơn 18 triệu đồng án phí. Tháng 11/2022, "
    "ông nộp đủ số tiền này và được cấp biên lai. Đầu tháng 4/2026, ông nhận được quyết định "
    "phong tỏa tài khoản để thi hành khoản án phí nói trên.\n\n"
)
TITLE = "Khoản án phí của ông C. ở phường Nha Trang"


@pytest.mark.parametrize(
    "late",
    [
        "Ngày 15/4, ông C. gửi đơn khiếu nại đến Thi hành án dân sự tỉnh Khánh Hòa.",
        "Ông C. cho biết Thi hành án dân sự tỉnh vẫn cưỡng chế, tháo dỡ ngôi nhà của gia đình "
        "dù ông đang khiếu nại quyết định cưỡng chế.",
        "Sau hơn 19 tháng, người mua vẫn chưa được nhận nhà.",
        "Hơn hai năm sau, tài sản kê biên vẫn đắp chiếu, xuống cấp.",
        # a closing phrase denied is no settlement
        "Ông C. đã gửi đơn khiếu nại đến Thi hành án dân sự tỉnh Khánh Hòa nhưng đến nay vụ "
        "việc vẫn chưa được giải quyết dứt điểm.",
        "Ông C. nhiều lần khiếu nại lên Thi hành án dân sự tỉnh. Đến nay, vụ việc vẫn chưa được "
        "khép lại.",
    ],
)
def test_a_complaint_told_after_the_opening_needs_correction(late):
    for title, text in both(TITLE, OPENING + late):
        found = signals(title, text, None, AFTER)
        assert [s.code for s in found] == ["enforcement_complaint"], (title, late)
        assert found[0].label == "needs_correction"
        assert found[0].reason.startswith("quy tắc: nội dung bài viết phản ánh")
    assert codes(TITLE, OPENING) == []  # (the opening alone says nothing)


@pytest.mark.parametrize(
    "late",
    [
        # told as settled, in its sentence or the next
        "Năm 2023, ông C. gửi đơn khiếu nại đến Thi hành án dân sự tỉnh. Khiếu nại này sau đó "
        "đã được giải quyết.",
        "Ông đã có đơn khiếu nại, khiếu nại được Thi hành án dân sự tỉnh giải quyết vào tháng 5.",
        # told as past
        "Ông từng gửi đơn khiếu nại đến Thi hành án dân sự tỉnh.",
        # the authority answering a question on it
        "Trả lời câu hỏi của phóng viên về việc một hộ dân phản ánh chậm thi hành án, đại diện "
        "đơn vị cho biết hồ sơ đang được xử lý.",
        # statistics going down
        "Số đơn thư phản ánh về việc chậm thi hành án giảm 35% so với cùng kỳ.",
        # told as closed
        "Ông C. gửi đơn khiếu nại đến Thi hành án dân sự tỉnh. Đến tháng 6, vụ việc đã được "
        "giải quyết dứt điểm.",
        "Ông C. gửi đơn khiếu nại đến Thi hành án dân sự tỉnh. Vụ việc kết thúc êm thấm sau "
        "buổi đối thoại.",
    ],
)
def test_a_complaint_told_as_settled_past_or_answered_is_not_one(late):
    for title, text in both(TITLE, OPENING + late):
        assert codes(title, text) == [], late


def test_a_guide_or_a_notice_telling_the_complaint_procedure_is_not_a_complaint():
    late = "Ông C. đã gửi đơn khiếu nại đến Thi hành án dân sự tỉnh."
    guide = "Hướng dẫn nộp án phí khi bị phong tỏa tài khoản"
    assert codes(guide, OPENING + late) == ["legal_explainer"]
    notice = "Thông báo về việc thi hành khoản án phí"
    assert codes(notice, OPENING + late) == ["formal_notice"]
    assert codes(TITLE, OPENING + late) == ["enforcement_complaint"]


@pytest.mark.parametrize(
    "closing",
    [
        "Báo Lao Động đề nghị Thi hành án dân sự tỉnh Khánh Hòa sớm giải quyết khiếu nại, làm rõ "
        "căn cứ phong tỏa và thông tin kết quả đến bạn đọc.",
        "Dân trí sẽ tiếp tục thông tin về vụ việc.",
        "Người Lao Động sẽ tiếp tục theo dõi vụ việc.",
        "Đến thời điểm đăng bài, phóng viên chưa nhận được phản hồi chính thức.",
    ],
)
def test_the_press_follow_up_needs_correction(closing):
    for title, text in both(TITLE, OPENING + closing):
        found = signals(title, text, None, AFTER)
        assert [s.code for s in found] == ["press_follow_up"], closing
        assert found[0].label == "needs_correction"


@pytest.mark.parametrize(
    "closing",
    [
        # a directive of the agency's superiors, not the press
        "Cục Quản lý thi hành án dân sự đề nghị Thi hành án dân sự các tỉnh làm rõ nguyên nhân "
        "tồn đọng để có giải pháp.",
        # a party asking a court, not the authority
        "Công ty đã kiến nghị các cấp có thẩm quyền xem xét lại toàn bộ vụ án.",
        # the agency following up its own work
        "Thi hành án dân sự tỉnh sẽ tiếp tục theo dõi, đôn đốc người phải thi hành án.",
    ],
)
def test_a_directive_or_the_agency_s_own_follow_up_is_not_the_press_s(closing):
    for title, text in both(TITLE, OPENING + closing):
        assert codes(title, text) == [], closing


@pytest.mark.parametrize(
    "title,text",
    [
        (
            "Cuộc sống của cụ bà 80 tuổi ở Bắc Kạn cũ sau khi nhận quyết định kê biên",
            "Bà Hoàng Thị S. cho rằng chấp hành viên đã kê biên nhầm nhà đất của bà vì trùng tên "
            "với người phải thi hành án.",
        ),
        (
            "Gia đình phản ánh bị tháo dỡ nhà",
            "Gia đình ông U. cho biết Thi hành án dân sự tỉnh Cà Mau vẫn tổ chức cưỡng chế dù ông "
            "đang khiếu nại quyết định cưỡng chế.",
        ),
        (
            "Tin pháp luật trong ngày",
            "Một Phó Chi cục trưởng Chi cục Thi hành án dân sự bị khởi tố vì nhận hối lộ.",
        ),
    ],
)
def test_an_allegation_against_thads_makes_an_article_relevant(title, text):
    for t, x in both(title, text):
        found = complaint_about_thads(t, x)
        assert found is not None and found.code == "thads_complaint" and found.label == "relevant"


@pytest.mark.parametrize(
    "title,text",
    [
        # the wrongful act of another authority: land clearance
        (
            "Cưỡng chế nhầm nhà dân khi giải phóng mặt bằng",
            "UBND xã đã cưỡng chế nhầm ngôi nhà của ông T. khi thi công dự án đường.",
        ),
        # a critical question about the police
        ("Vì sao chưa khởi tố vụ đánh người?", "Công an huyện cho biết đang xác minh."),
        # a complaint after the opening: the text model decides relevance there
        (TITLE, OPENING + "Ông C. gửi đơn khiếu nại đến Thi hành án dân sự tỉnh Khánh Hòa."),
    ],
)
def test_other_complaints_do_not_make_an_article_relevant(title, text):
    for t, x in both(title, text):
        assert complaint_about_thads(t, x) is None, t


def test_an_auction_buyer_still_not_handed_the_property_needs_correction():
    title = "Trúng đấu giá gần 2 năm vẫn chưa được giao tài sản"
    for t, x in both(title, "Ông V. đã nộp đủ tiền mua căn nhà bị kê biên."):
        assert codes(t, x) == ["enforcement_complaint"]
    done = "Bàn giao tài sản cho người mua trúng đấu giá"
    assert codes(done, "Thi hành án dân sự tỉnh đã giao tài sản cho người mua.") != [
        "enforcement_complaint"
    ]


@pytest.mark.parametrize(
    "title,text",
    [
        # a follow-up telling the case closed, headlined with the complaint's own words
        (
            'Vụ "thắng kiện 5 năm chưa nhận tiền": Người dân đã nhận đủ 1,2 tỷ đồng',
            "Sau khi báo phản ánh, Thi hành án dân sự tỉnh Gia Lai đã chi trả toàn bộ số tiền.",
        ),
        # a complaint told later in a story whose opening tells the case closed
        (
            "Cưỡng chế giao nhà sau 8 năm: Kết thúc êm thấm nhờ kiên trì vận động",
            OPENING + "Năm 2019, gia đình gửi đơn khiếu nại đến cơ quan thi hành án.",
        ),
    ],
)
def test_a_case_told_as_closed_is_no_complaint(title, text):
    for t, x in both(title, text):
        assert "enforcement_complaint" not in codes(t, x), t
        found = results_report(t, x)
        assert found is not None and found.label == "positive", t


def test_a_case_not_yet_settled_is_still_a_complaint():
    title = "Thắng kiện 5 năm vẫn chưa nhận được tiền thi hành án"
    text = "Vụ việc đến nay vẫn chưa được giải quyết dứt điểm."
    for t, x in both(title, text):
        assert codes(t, x) == ["enforcement_complaint"]


@pytest.mark.parametrize(
    "title,text",
    [
        ('Bất thường vụ bán đấu giá lô đất mặt đường "giá bèo"', "Người dân phản ánh."),
        ("Vì sao tài sản kê biên để mục suốt 6 năm?", "Nhà xưởng xuống cấp."),
        ("Đã nộp án phí, vẫn bị ra quyết định khấu trừ lương", "Ông T. cho biết."),
        (
            "5 năm thắng kiện, bản án hành chính vẫn nằm trên giấy",
            "Ông B. thắng kiện buộc cấp giấy chứng nhận quyền sử dụng đất nhưng đến nay bản án "
            "vẫn chưa được thi hành.",
        ),
    ],
)
def test_more_complaints_in_the_opening(title, text):
    for t, x in both(title, text):
        assert codes(t, x) == ["enforcement_complaint"], t


@pytest.mark.parametrize(
    "title,text",
    [
        ("Mua đất hợp pháp, bất ngờ bị kê biên để thi hành án cho người khác", "Ông P. cho biết."),
        ("Hơn 3 năm chờ thi hành án, 47 công nhân vẫn chưa nhận được lương", "Công ty đã phá sản."),
    ],
)
def test_a_third_party_s_seizure_or_wages_unpaid_need_correction(title, text):
    for t, x in both(title, text):
        assert codes(t, x) == ["enforcement_complaint"], t


def test_an_allegation_in_the_opening_of_an_article_naming_thads_later_is_relevant():
    title = "Mua đất hợp pháp, bất ngờ bị kê biên để thi hành án cho người khác"
    text = "Ông P. đã mua thửa đất từ năm 2018. Ba năm sau, chấp hành viên thông báo kê biên."
    for t, x in both(title, text):
        assert complaint_about_thads(t, x) is not None
    # (a seizure "để thi hành án" names civil enforcement's work by itself)
    for t, x in both(title, "Ông P. đã mua thửa đất từ năm 2018."):
        assert complaint_about_thads(t, x) is not None
    unnamed = "Mua đất hợp pháp, bất ngờ bị kê biên nhầm"
    for t, x in both(unnamed, "Ông P. đã mua thửa đất từ năm 2018."):
        assert codes(t, x) == ["enforcement_complaint"]
        assert complaint_about_thads(t, x) is None  # (no THADS office, officer or work named)


def test_a_party_not_notified_told_late_needs_correction():
    late = "Theo bà, bà không được thông báo đầy đủ về giá bán và thời điểm đấu giá."
    for t, x in both(TITLE, OPENING + late):
        assert codes(t, x) == ["enforcement_complaint"], x


def test_the_press_having_asked_the_authority_needs_correction():
    late = (
        "Tuổi Trẻ đã liên hệ Thi hành án dân sự TP.HCM đề nghị cung cấp thông tin về việc tổ "
        "chức cưỡng chế."
    )
    for t, x in both(TITLE, OPENING + late):
        assert codes(t, x) == ["press_follow_up"], x


@pytest.mark.parametrize(
    "title,text",
    [
        # a headline telling the case closed: the complaints its opening tells are past
        (
            "Giải quyết dứt điểm vụ thi hành án tồn đọng hơn 10 năm ở Phan Thiết",
            "Thi hành án dân sự tỉnh Lâm Đồng vừa giao đất cho người được thi hành án. Do gia "
            "đình ông K. nhiều lần làm đơn khiếu nại, đề nghị giám đốc thẩm, việc thi hành án "
            "bị kéo dài.",
        ),
    ],
)
def test_a_complaint_under_a_headline_telling_the_case_closed_is_past(title, text):
    for t, x in both(title, text):
        assert "enforcement_complaint" not in codes(t, x), t


@pytest.mark.parametrize(
    "late",
    [
        # a demand or a hope to settle is no settlement
        "Ông C. gửi đơn khiếu nại đến Thi hành án dân sự tỉnh, đề nghị sớm giải quyết dứt điểm.",
        "Ông C. gửi đơn khiếu nại đến Thi hành án dân sự tỉnh. Vụ việc tưởng đã khép lại nhưng "
        "nay lại phát sinh.",
    ],
)
def test_a_demand_to_settle_is_no_settlement(late):
    for t, x in both(TITLE, OPENING + late):
        assert codes(t, x) == ["enforcement_complaint"], late


@pytest.mark.parametrize(
    "title,text",
    [
        # civil enforcement named by its act, or the civil judgment it enforces, with no office
        (
            "Nghệ An: Dân phản ánh cưỡng chế thi hành án 'quá tay', tháo dỡ cả công trình",
            "",
        ),
        (
            "Bạn đọc đơn thư: Đề nghị làm rõ việc chậm thi hành bản án tranh chấp đất",
            "Ông L. cho biết bản án tranh chấp đất có hiệu lực từ năm 2023.",
        ),
    ],
)
def test_a_complaint_about_civil_enforcement_with_no_office_named_is_relevant(title, text):
    for t, x in both(title, text):
        assert complaint_about_thads(t, x) is not None, t


def test_a_seizure_many_times_the_debt_needs_correction():
    for t, x in both(
        "Doanh nghiệp kêu bị phong tỏa tài khoản gấp 10 lần số tiền phải thi hành", ""
    ):
        assert codes(t, x) == ["enforcement_complaint"], t


def test_a_case_told_settled_in_the_headline_has_its_complaints_past():
    title = "Dứt điểm vụ việc kéo dài 9 năm, gia đình ở Kinh Môn nhận lại nhà"
    text = "Trước đó, gia đình bà nhiều lần gửi đơn khiếu nại vì việc thi hành án chậm trễ."
    for t, x in both(title, text):
        assert "enforcement_complaint" not in codes(t, x), t
    for t, x in both("Gia đình ở Kinh Môn vẫn chưa nhận lại nhà", text):
        assert "enforcement_complaint" in codes(t, x), t


def test_an_administrative_judgment_unenforced_is_no_complaint_against_thads():
    title = "Bắc Ninh: 6 bản án hành chính chưa được thi hành xong"
    for t, x in both(title, ""):
        assert "enforcement_complaint" not in codes(t, x)
    for t, x in both("Bắc Ninh: 6 bản án dân sự chưa được thi hành xong", ""):
        assert "enforcement_complaint" in codes(t, x)


def test_a_debtor_s_own_cheap_sale_is_no_complaint():
    title = "Bán nhà cho người thân để 'né' trả nợ, giám đốc bị khởi tố tội Không chấp hành án"
    text = (
        "Công an tỉnh vừa khởi tố bị can về tội Không chấp hành án. Ông Đ. đã chuyển nhượng căn "
        "nhà cho em trai với giá chuyển nhượng thấp hơn nhiều so với giá thị trường."
    )
    for t, x in both(title, text):
        assert codes(t, x) == ["debtor_at_fault"], t
    for sale in (
        "Căn nhà bị bán đấu giá với giá thấp hơn nhiều so với giá thị trường.",
        # (an auction told with a transfer: still the enforcement sale)
        "Căn nhà bị bán đấu giá với giá thấp hơn nhiều so với giá thị trường, rồi người mua "
        "chuyển nhượng lại ngay.",
    ):
        for t, x in both(TITLE, OPENING + sale):
            assert codes(t, x) == ["enforcement_complaint"], x


def test_administrative_judgments_told_before_are_no_complaint_against_thads():
    title = "Theo dõi thi hành án hành chính: Còn 214 bản án, quyết định chưa thi hành xong"
    text = "Các bản án chưa thi hành xong chủ yếu liên quan đến đất đai."
    for t, x in both(title, text):
        assert "enforcement_complaint" not in codes(t, x), t
    for t, x in both("Sau sắp xếp đơn vị hành chính, bản án 5 năm vẫn chưa được thi hành", ""):
        assert "enforcement_complaint" in codes(t, x), t


def test_a_figure_with_a_thousands_dot_does_not_end_a_rule_s_clause():
    # ("1.250": its full stop is no sentence end; "TP.HCM" likewise, see above)
    late = "Căn nhà bị bán với giá 1.250 triệu đồng, thấp hơn gần một nửa giá thị trường."
    for t, x in both(TITLE, OPENING + late):
        assert codes(t, x) == ["enforcement_complaint"], x


def test_the_interest_of_a_late_debtor_is_no_delay_of_the_office():
    text = "Bạn còn có thể phải chịu lãi chậm thi hành án nếu bản án có tuyên."
    for t, x in both(TITLE, OPENING + text):
        assert codes(t, x) == [], x
    for t, x in both(TITLE, OPENING + "Người dân phản ánh tình trạng chậm thi hành án kéo dài."):
        assert codes(t, x) == ["enforcement_complaint"], x


@pytest.mark.parametrize(
    "title",
    [
        '12 năm chưa đòi được tiền lương, 60 công nhân cầm bản án "treo"',
        "Cầm bản án treo suốt nhiều năm, người dân gửi đơn đến Báo",
        "5 năm vẫn chưa nhận được tiền bồi thường theo bản án",
    ],
)
def test_years_without_the_money_or_a_judgment_left_hanging_needs_correction(title):
    text = "Bản án buộc doanh nghiệp trả tiền lương cho 60 công nhân có hiệu lực từ năm 2014."
    for t, x in both(title, text):
        assert "enforcement_complaint" in codes(t, x), t


def test_a_suspended_sentence_is_no_judgment_left_hanging():
    title = "Bị cáo được hưởng án treo vì thành khẩn khai báo"
    text = "Tòa án tuyên phạt bị cáo 2 năm tù nhưng cho hưởng án treo."
    for t, x in both(title, text):
        assert "enforcement_complaint" not in codes(t, x), t


def test_a_complaint_of_those_days_or_one_a_reform_prevents_is_not_one():
    for late in [
        # a portrait's story of those days
        "Khi đó, một người dân gửi đơn khiếu nại vì cho rằng khoản tiền cấp dưỡng chậm được chi "
        "trả. Chị được giao kiểm tra lại hồ sơ.",
        # what a reform spares
        "Việc tống đạt qua thừa phát lại hạn chế tình trạng đương sự khiếu nại vì không nhận "
        "được thông báo.",
    ]:
        for t, x in both(TITLE, OPENING + late):
            assert "enforcement_complaint" not in codes(t, x), x[-80:]


def test_a_complaint_told_now_after_a_reform_sentence_still_is():
    late = (
        "Việc tống đạt qua thừa phát lại đã bắt đầu từ năm 2025. Bà H. cho biết đến nay vẫn không "
        "nhận được thông báo về giá bán tài sản."
    )
    for t, x in both(TITLE, OPENING + late):
        assert "enforcement_complaint" in codes(t, x), x[-80:]


def test_paid_in_full_yet_left_frozen_needs_correction():
    title = 'Đã nộp đủ tiền thi hành án, người dân vẫn bị "treo" sổ đỏ'
    text = "Ông B. đã nộp đủ hơn 520 triệu đồng từ tháng 12/2025 nhưng thửa đất vẫn bị tạm dừng."
    for t, x in both(title, text):
        assert "enforcement_complaint" in codes(t, x), t


@pytest.mark.parametrize(
    "title",
    [
        "Nợ 320 triệu đồng, người phụ nữ ở Quy Nhơn bị kê biên cả lô đất trị giá gần 3 tỷ",
        "Kê biên, bán đấu giá cả phần đất của người khác, cơ quan thi hành án phải bồi thường",
    ],
)
def test_a_seizure_set_against_a_small_debt_or_of_another_s_land_needs_correction(title):
    text = "Thi hành án dân sự tỉnh cho biết đang xem xét đơn của gia đình."
    for t, x in both(title, text):
        assert "enforcement_complaint" in codes(t, x), t


def test_a_debt_and_a_seizure_told_apart_or_the_debtor_s_own_land_are_none():
    for title in [
        "Nợ 320 triệu đồng, doanh nghiệp được gia hạn thanh toán",
        "Kê biên lô đất của người phải thi hành án tại phường An Khánh",
    ]:
        for t, x in both(title, "Thi hành án dân sự tỉnh Gia Lai thông báo."):
            assert "enforcement_complaint" not in codes(t, x), t


@pytest.mark.parametrize(
    "title",
    [
        # years told, then what is still not had
        "Bốn năm cầm bản án, bà cụ ở Lệ Thủy vẫn chưa lấy lại được mảnh vườn",
        "Trúng đấu giá đất thi hành án ở Bình Định cũ, ba năm vẫn chưa được nhận bàn giao",
        # worn out by postponements
        "Ngân hàng mỏi mòn vì việc thi hành án năm lần bị hoãn",
        # a scandal of an auction, a measure taken for a name alike
        "Lùm xùm phiên đấu giá lô đất thi hành án ở Buôn Ma Thuột",
        "Nhà đầu tư bị phong tỏa tài khoản chứng khoán 3 tuần vì trùng tên người phải thi hành án",
    ],
)
def test_years_still_without_postponements_a_scandal_or_a_name_alike_need_correction(title):
    for t, x in both(title, "Bản án có hiệu lực từ năm 2022."):
        assert codes(t, x) == ["enforcement_complaint"], t


@pytest.mark.parametrize(
    "title",
    [
        # the years told, then the case done
        "Bốn năm cầm bản án, bà cụ ở Lệ Thủy đã lấy lại được mảnh vườn",
        # the criminal case named by its fault
        "Thi hành án vụ sai phạm tại Công ty Năng lượng Bình Minh: 11 bị án phải nộp 1.100 tỷ đồng",
    ],
)
def test_years_then_the_case_done_or_a_criminal_case_s_fault_is_no_complaint(title):
    for t, x in both(title, "Thi hành án dân sự thành phố đã ra quyết định thi hành án."):
        assert "enforcement_complaint" not in codes(t, x), t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a judgment shelved, or left on paper
        ("Vì sao bản án buộc trả 2 tỷ đồng ở Lạng Sơn vẫn 'đắp chiếu'?", "Bản án có hiệu lực."),
        ("Không thể để người thắng kiện “ôm” bản án trên giấy", "Đại biểu phát biểu tại tổ."),
        # the agency still not doing it
        (
            "Nhà của bà H. ở phường Tân Định",
            "Bản án có hiệu lực từ năm 2021 nhưng chấp hành viên vẫn chưa tổ chức thi hành.",
        ),
        # crying out over it
        (
            "Ngân hàng kêu khó vì tài sản thi hành án đấu giá mười lần không bán được",
            "Nhiều ngân hàng phản ánh tại hội thảo.",
        ),
        # a party paid nothing by a judgment ordering a payment
        (
            "Ba năm chờ nhận tiền bồi thường, người mẹ ở Quảng Trị vẫn tay trắng",
            "Bản án buộc công ty vận tải bồi thường hơn 600 triệu đồng có hiệu lực từ năm 2023, "
            "nhưng đến nay bà M. chưa nhận được đồng nào.",
        ),
    ],
)
def test_a_judgment_shelved_an_outcry_or_a_party_left_empty_handed_needs_correction(title, text):
    for t, x in both(title, text):
        assert codes(t, x) == ["enforcement_complaint"], t
        # ... and is about THADS: the judgment's payment is enforcement's work
        if "Bản án buộc" in text:
            assert complaint_about_thads(t, x) is not None, t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a project shelved, not a judgment
        ("Cận cảnh siêu dự án 6 tỷ USD 'đắp chiếu'", "Dự án bỏ hoang nhiều năm."),
        # letters counted or handled in general, not one sent
        (
            "Phối hợp truyền thông thi hành án dân sự",
            "Cơ chế tiếp nhận và xử lý đơn thư bạn đọc gửi đến báo đã vận hành thông suốt. Trong "
            "số 57 đơn thư bạn đọc gửi đến báo, Cục đã chuyển xử lý toàn bộ.",
        ),
    ],
)
def test_a_project_shelved_or_letters_in_general_are_no_complaint(title, text):
    for t, x in both(title, text):
        assert "enforcement_complaint" not in codes(t, x), t


def test_a_seizure_to_enforce_court_fees_makes_a_complaint_about_thads():
    title = "Kê biên cả chiếc xe máy duy nhất của mẹ đơn thân?"
    lead = (
        "Người phụ nữ bán vé số ở Tam Kỳ bức xúc khi chiếc xe máy chị dùng để mưu sinh bị kê biên "
        "để thi hành khoản 38 triệu đồng án phí."
    )
    for t, x in both(title, lead):
        assert complaint_about_thads(t, x, x) is not None, t
    # ... not a seizure by the police for a criminal case
    police = "Công an kê biên tài sản của bị can, người dân bức xúc vì bị kê biên nhầm."
    for t, x in both("Kê biên tài sản bị can", police):
        assert complaint_about_thads(t, x) is None, t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Hơn 2.000 ngày cầm bản án", "26 công nhân thắng kiện đòi tiền lương từ năm 2020."),
        ("Can Tho: Mot vu viec, ba lan hoan cuong che", "Nguoi duoc thi hanh an cho biet."),
        (
            "“Chúng tôi chỉ muốn biết bao giờ đến lượt mình”",
            "Hàng trăm bị hại nói Thi hành án dân sự TP Hà Nội chưa thông tin lịch chi trả.",
        ),
        ("Kê biên cả nhà thờ họ để trả nợ cho một người?", "Dòng họ Phạm phản đối."),
        ("Mua đất có sổ hồng, 5 năm sau mới biết là tài sản bị kê biên", "Ông T. cho biết."),
        (
            "Người phải thi hành án “không có tài sản” vẫn khánh thành nhà ba tầng?",
            "Người dân đặt câu hỏi về kết quả xác minh điều kiện thi hành án.",
        ),
        ("Cưỡng chế giữa mùa mưa lũ, năm đứa trẻ phải ngủ nhờ nhà hàng xóm", "Bản án có hiệu lực."),
        (
            "Lô đất ở Tứ Kỳ 'rớt giá' sáu lần rồi về tay người quen?",
            "Tài sản kê biên để thi hành án.",
        ),
        (
            "Con nợ tiền, nhà của bố mẹ bị kê biên",
            "Ông bà H. cho biết căn nhà đứng tên hai ông bà.",
        ),
        (
            "Nợ 80 triệu đồng, cả vườn xoài sắp thu hoạch bị kê biên",
            "Người dân xã Mai Sơn cho rằng.",
        ),
        (
            "Thắng kiện từ năm 2021, cụ bà 80 tuổi ở Cao Bằng vẫn chưa nhận được tiền",
            "Bà M. được tòa tuyên nhận lại 270 triệu đồng từ người cháu.",
        ),
    ],
)
def test_framings_of_a_failing_in_the_headline_need_correction(title, text):
    for t, x in both(title, text):
        assert codes(t, x) == ["enforcement_complaint"], t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a won lawsuit, a debt seized for, a seizure to enforce: civil enforcement's work
        (
            "Thắng kiện từ năm 2021, cụ bà 80 tuổi ở Cao Bằng vẫn chưa nhận được tiền",
            "Bà M. được tòa tuyên nhận lại 270 triệu đồng từ người cháu.",
        ),
        (
            "Nợ 80 triệu đồng, cả vườn xoài sắp thu hoạch bị kê biên",
            "Người dân xã Mai Sơn cho rằng.",
        ),
    ],
)
def test_a_won_lawsuit_or_a_debt_seized_for_is_about_thads(title, text):
    for t, x in both(title, text):
        assert complaint_about_thads(t, x) is not None, t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a night's lodging in a theft story; a hearing postponed; a judgment held and paid
        ("'Game thủ' cuỗm tài sản tại trường học sau khi ngủ nhờ", "Công an đã bắt giữ đối tượng."),
        ("Hai lần hoãn phiên tòa xử vụ tranh chấp đất", "Tòa án nhân dân khu vực 3 cho biết."),
        ("Hai năm cầm bản án, bà H. đã nhận đủ tiền", "Thi hành án dân sự tỉnh đã chi trả."),
    ],
)
def test_the_same_words_without_a_failing_of_enforcement_are_no_complaint(title, text):
    for t, x in both(title, text):
        assert "enforcement_complaint" not in codes(t, x), t


@pytest.mark.parametrize(
    "title",
    [
        "Trúng đấu giá từ năm 2024, người mua vẫn đứng ngoài cổng căn nhà đã trả đủ tiền",
        "Tiền bồi thường cho mẹ nạn nhân “nằm” trong tài khoản thi hành án hơn một năm",
        "Cụ bà 78 tuổi mất căn nhà duy nhất vì khoản nợ chưa đến 60 triệu đồng",
    ],
)
def test_a_buyer_kept_out_money_lying_idle_and_an_only_home_lost_need_correction(title):
    for t, x in both(title, "Bản án có hiệu lực từ năm 2022."):
        assert codes(t, x) == ["enforcement_complaint"], t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Ngân hàng khiếu nại việc đưa resort đang thế chấp ra đấu giá", "Ngân hàng cho biết."),
        ("Tố thi hành án 'ngâm' đơn giải tỏa kê biên căn nhà đã mua hợp pháp", "Ông T. cho biết."),
        # a demand for disclosure; the headline ends "thu hồi", which is no reader's "Hỏi"
        ("Bị hại vụ Thiên Lộc đòi công khai số tiền đã thu hồi", "Hơn 200 bị hại gửi đơn."),
        (
            "Cư dân chung cư ở Kon Tum cũ lo mất nhà vì tòa nhà bị kê biên thi hành án",
            "Các hộ đã mua căn hộ từ năm 2019.",
        ),
    ],
)
def test_a_complaint_about_a_sale_the_agency_accused_disclosure_demanded_homes_feared(title, text):
    for t, x in both(title, text):
        assert codes(t, x) == ["enforcement_complaint"], t


def test_a_reader_s_question_still_ends_with_hoi():
    title = "Tài sản kê biên bị mất, ai chịu trách nhiệm?"
    for t, x in both(title, "Bạn đọc Nguyễn Văn A. hỏi: Tài sản kê biên bị mất thì sao?"):
        assert "enforcement_complaint" not in codes(t, x), t


def test_every_pattern_s_cheap_gate_passes_where_the_pattern_matches():
    """(f) tries a pattern only where one of its gate words is present (a cheap first test):
    on every probe's text, a pattern that matches must pass its gate, else a mend of the
    pattern misses silently."""
    texts = [
        json.loads(line)
        for line in (FOLDER / "probes.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    checked = 0
    for row in texts:
        for title, text in both(row["title"], row.get("text") or ""):
            plain = _plain(title, text, None)
            for pattern, needed in _PATTERNS:
                if pattern.search(plain):
                    checked += 1
                    assert all(any(w in plain for w in words) for words in needed), (
                        pattern.pattern[:60],
                        row["id"],
                    )
    assert checked > 50  # (the probes exercise the patterns)


@pytest.mark.parametrize(
    "title",
    [
        "Trả xong nợ có biên lai, người dân Bạc Liêu cũ vẫn bị kê biên nhà",
        "Cụ bà 80 tuổi ở Bến Tre hơn 10 năm chờ nhận tiền thi hành án",
    ],
)
def test_paid_and_still_seized_or_years_waiting_to_be_paid_need_correction(title):
    for t, x in both(title, "Bản án có hiệu lực từ năm 2015."):
        assert codes(t, x) == ["enforcement_complaint"], t


def test_years_waiting_told_ended_is_no_complaint():
    title = "Bảy năm chờ đợi khép lại trong một buổi sáng ở Quy Nhơn"
    for t, x in both(title, "Gia đình người phải thi hành án đã tự nguyện giao nhà."):
        assert "enforcement_complaint" not in codes(t, x), t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a case lying still, a party crying for help
        (
            'Hồ sơ thi hành án "nằm im" ba năm, người dân Bạc Liêu kêu cứu',
            "Gia đình ông T. cho biết đã nhiều lần đến cơ quan thi hành án nhưng chưa được trả "
            "lời.",
        ),
        # coercion pressed on while a review is awaited
        (
            "Cưỡng chế giao nhà khi gia đình đang chờ giám đốc thẩm",
            "Sáng 12/3, Phòng Thi hành án dân sự khu vực 2 tổ chức cưỡng chế giao nhà.",
        ),
        # years waiting for a judgment to be enforced
        ("3 năm chờ bản án hành chính được thi hành", "Bản án có hiệu lực từ năm 2023."),
        # money owed hanging for years
        ('Án phí, tiền phạt "treo" nhiều năm', "Người dân bức xúc."),
        # a debtor's assets known and left alone
        (
            "Cưỡng chế giao nhà cho người được thi hành án",
            "Người phải thi hành án có tài sản nhưng không bị xử lý.",
        ),
    ],
)
def test_a_case_left_lying_or_pressed_on_during_a_review_needs_correction(title, text):
    for t, x in both(title, text):
        assert "enforcement_complaint" in codes(t, x), t


# Four neutral sentences before the body's mention of failings in general.
_EVENT_OPENING = (
    "Sáng 5/10, tại Hà Nội, Cục Quản lý THADS phối hợp với Báo Pháp luật Việt Nam tổ chức sự "
    "kiện. Tham dự có hơn 100 phóng viên, biên tập viên. Phát biểu khai mạc, lãnh đạo Cục nhấn "
    "mạnh vai trò của báo chí. Chương trình kéo dài hai ngày. "
)


@pytest.mark.parametrize(
    ("title", "later"),
    [
        (
            "Tập huấn kỹ năng thông tin cho phóng viên viết về thi hành án dân sự",
            "Các đại biểu đã trao đổi về việc đưa tin về các vụ chậm thi hành án, khiếu nại "
            "kéo dài.",
        ),
        (
            "Ký kết quy chế phối hợp giữa Cục Quản lý THADS và Báo Pháp luật Việt Nam",
            "Theo quy chế, đơn thư bạn đọc gửi đến Báo phản ánh về thi hành án sẽ được chuyển "
            "đến cơ quan có thẩm quyền.",
        ),
    ],
)
def test_failings_named_in_general_at_an_institutional_event_are_no_complaint(title, later):
    for t, x in both(title, _EVENT_OPENING + later):
        assert codes(t, x) == [] or "enforcement_complaint" not in codes(t, x), t
        assert "press_follow_up" not in codes(t, x)
    # ... but the same sentence under a plain headline is read
    for t, x in both("Chuyện ở một phòng thi hành án", _EVENT_OPENING + later):
        assert "enforcement_complaint" in codes(t, x), t


def test_a_public_apology_or_compensation_paid_closes_the_case_it_tells():
    text = (
        "Sáng 20/10, Thi hành án dân sự tỉnh Quảng Trị tổ chức xin lỗi, cải chính công khai đối "
        "với ông Nguyễn Văn A. Trước đó, chấp hành viên đã kê biên tài sản không đúng quy định, "
        "gây thiệt hại cho ông A."
    )
    for t, x in both("Xin lỗi, cải chính công khai người bị thiệt hại", text):
        assert "enforcement_complaint" not in codes(t, x), x
    # ... not one demanded, nor one late
    for said in ("Ông A. yêu cầu", "Đã một năm, Thi hành án dân sự tỉnh vẫn chưa"):
        demanded = (
            f"{said} tổ chức xin lỗi, cải chính công khai vì chấp hành viên đã kê biên tài sản "
            "không đúng quy định."
        )
        for t, x in both("Người dân đòi xin lỗi công khai", demanded):
            assert "enforcement_complaint" in codes(t, x), x


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a valuation far below the market, or opposed
        (
            "Gia đình ở Điện Biên không đồng ý việc bán nhà",
            "Gia đình bà L. cho rằng căn nhà bị kê biên chỉ được định giá khoảng 35% giá thị "
            "trường và đề nghị tạm dừng bán đấu giá.",
        ),
        (
            "Người dân phản đối kết quả thẩm định giá tài sản kê biên",
            "Ông K. gửi đơn đến cơ quan thi hành án.",
        ),
        # a winning buyer still not handed the land by the office named between
        (
            "Trúng đấu giá đã lâu, chưa nhận được đất",
            "Ông Q. nộp đủ tiền từ tháng 9/2025 nhưng đến nay vẫn chưa được Thi hành án dân sự "
            "tỉnh Vĩnh Long bàn giao lô đất.",
        ),
        # a reader's request headlined as one
        ("Bạn đọc đề nghị làm rõ việc chậm giao tài sản", "Báo nhận được đơn của ông Q."),
    ],
)
def test_a_cheap_valuation_a_buyer_not_handed_the_land_or_a_reader_asking_needs_correction(
    title, text
):
    for t, x in both(title, text):
        assert "enforcement_complaint" in codes(t, x), t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a starting price near the market, a notice
        (
            "Bán đấu giá quyền sử dụng đất",
            "Giá khởi điểm bằng 95% giá thị trường theo chứng thư thẩm định giá.",
        ),
        # the land handed over
        (
            "Bàn giao lô đất cho người trúng đấu giá",
            "Thi hành án dân sự tỉnh Vĩnh Long đã bàn giao lô đất cho ông Q.",
        ),
        # a reader asking the law
        ("Bạn đọc hỏi về thời hạn giao tài sản trúng đấu giá", "Ông Q. hỏi: ..."),
    ],
)
def test_a_fair_price_a_handover_done_or_a_readers_question_is_no_complaint(title, text):
    for t, x in both(title, text):
        assert "enforcement_complaint" not in codes(t, x), t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a reader's file not even verified years on
        (
            "Tỉnh Hà Tĩnh: hồ sơ của gia đình tôi đi đâu?",
            "Bạn đọc phản ánh hồ sơ yêu cầu thi hành án của gia đình được thụ lý từ năm 2023 "
            "nhưng đến nay chưa được xác minh điều kiện thi hành án.",
        ),
        # the agency taking no step against a debtor who flaunts his wealth
        (
            "Người được thi hành án mòn mỏi",
            "Người phải thi hành án vẫn đi xe sang, nhưng cơ quan thi hành án chưa áp dụng biện "
            "pháp cưỡng chế nào.",
        ),
        # the agency helpless, in the headline
        ("Người phải thi hành án chây ì, cơ quan thi hành án 'bó tay'?", "Nhiều người bức xúc."),
        # a house seized for a small debt, a family put out in the rain
        ("Nợ 30 triệu đồng, bị kê biên cả căn nhà", "Gia đình ông T. ở xã Vĩnh Thạnh."),
        # (in the headline)
        ("Cưỡng chế giao nhà giữa mùa mưa, cả gia đình có trẻ nhỏ ra đường", "Gia đình ông T."),
    ],
)
def test_a_file_left_unverified_an_idle_or_helpless_agency_or_a_house_for_a_small_debt(title, text):
    for t, x in both(title, text):
        assert "enforcement_complaint" in codes(t, x), t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the step taken, or one to come
        (
            "Tin thi hành án",
            "Cơ quan thi hành án đã áp dụng biện pháp cưỡng chế đối với người phải thi hành án.",
        ),
        (
            "Tin thi hành án",
            "Nếu không tự nguyện, cơ quan thi hành án sẽ áp dụng biện pháp cưỡng chế.",
        ),
        # the file verified
        (
            "Tin thi hành án",
            "Hồ sơ yêu cầu thi hành án của gia đình bà H. đã được xác minh điều kiện thi hành án.",
        ),
    ],
)
def test_a_step_taken_or_to_come_is_no_complaint(title, text):
    for t, x in both(title, text):
        assert "enforcement_complaint" not in codes(t, x), x


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Người dân chờ mỏi mòn vì án tồn đọng",
            "Nhiều người dân phản ánh hồ sơ thi hành án của họ bị kéo dài nhiều năm.",
        ),
        (
            "Doanh nghiệp kêu cứu vì bị phong tỏa tài khoản vượt quá số tiền phải thi hành",
            "Doanh nghiệp bị phong tỏa toàn bộ tài khoản hơn 10 tỷ đồng để bảo đảm thi hành khoản "
            "nghĩa vụ chưa đến 2 tỷ đồng.",
        ),
    ],
)
def test_a_complaint_about_an_enforcement_file_or_a_frozen_account_is_about_thads(title, lead):
    for t, x in both(title, lead):
        assert complaint_about_thads(t, x, x) is not None, t
    # ... not an account frozen by investigators in a criminal case
    criminal = (
        "Cơ quan Cảnh sát điều tra phong tỏa tài khoản của bị can để bảo đảm thi hành án; bị hại "
        "bức xúc vì chưa nhận được tiền."
    )
    for t, x in both("Bắt giám đốc công ty lừa đảo", criminal):
        assert complaint_about_thads(t, x, x) is None, x


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # paid, and told a coercion is coming anyway
        (
            "Đã nộp đủ án phí, vẫn nhận thông báo cưỡng chế khấu trừ tài khoản",
            "Ông S. bức xúc vì đã nộp đủ 18 triệu đồng án phí từ năm 2024.",
        ),
        # victims not paid the money held
        (
            "Hàng trăm bị hại chờ nhận tiền khắc phục",
            "Hơn 300 bị hại phản ánh đã gần một năm nhưng chưa được chi trả số tiền bị cáo đã nộp "
            "khắc phục, dù Thi hành án dân sự TP Đà Nẵng đang quản lý hơn 40 tỷ đồng.",
        ),
    ],
)
def test_paid_and_told_of_coercion_or_victims_not_paid_out_need_correction(title, text):
    for t, x in both(title, text):
        assert "enforcement_complaint" in codes(t, x), t


def test_the_parties_agreeing_and_the_enforcement_ended_close_the_complaint():
    text = "Năm 2024, ông S. phản ánh việc chậm thi hành bản án về tranh chấp quyền sở hữu nhà."
    for t, x in both(
        "Vụ tranh chấp nhà ở Vĩnh Yên: Các bên đã thỏa thuận, kết thúc thi hành án", text
    ):
        assert "enforcement_complaint" not in codes(t, x), t
    # ... the same complaint under a headline that tells no ending is one
    for t, x in both("Vụ tranh chấp nhà ở Vĩnh Yên", text):
        assert "enforcement_complaint" in codes(t, x), t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the agency named between "đến nay" and the step not taken
        (
            "Nguoi dan buc xuc",
            "Ban an co hieu luc tu nam 2021 nhung den nay co quan thi hanh an van chua ke bien tai "
            "san du bi don dang so huu nhieu thua dat.",
        ),
        # enforcement late, told the other way round; a payment late
        ("Người dân bức xúc vì thi hành án chậm trễ ở Trà Vinh cũ", "Ông S. phản ánh."),
        (
            "Tin thi hành án",
            "Báo nhận được đơn của 14 hộ dân phản ánh việc chậm chi trả tiền thi hành án.",
        ),
        # someone asking for it to be cleared up
        ("Đề nghị làm rõ việc trả lại đơn yêu cầu thi hành án ở Lạng Sơn", "Bà N. phản ánh."),
    ],
)
def test_a_step_still_not_taken_a_late_payment_or_a_demand_to_clear_up_need_correction(title, text):
    for t, x in both(title, text):
        assert "enforcement_complaint" in codes(t, x), t


def test_a_buyer_kept_waiting_by_the_debtor_and_a_how_to_question_are_no_complaint():
    text = (
        "Người mua trúng đấu giá đã nộp đủ tiền nhưng hơn một năm chưa nhận được tài sản vì gia "
        "đình ông Đ. không chịu bàn giao."
    )
    for t, x in both("Thuyết phục thành công, đương sự tự nguyện bàn giao nhà", text):
        assert "enforcement_complaint" not in codes(t, x), t
    for t, x in both("Làm gì khi cơ quan thi hành án chậm trễ trong việc thi hành án?", ""):
        assert "enforcement_complaint" not in codes(t, x), t
    # ... but not had, with no cause told, is one
    for t, x in both("Người mua trúng đấu giá chờ mỏi mòn", text.split(" vì ")[0] + "."):
        assert "enforcement_complaint" in codes(t, x), t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Mua nhà, sang tên từ 2022, bất ngờ bị kê biên để trả nợ cho chủ cũ",
            "Bà Q. cho rằng cơ quan thi hành án không xác minh kỹ nguồn gốc tài sản.",
        ),
        (
            "Da nop an phi tu nam 2023, van bi thong bao cuong che, phong toa tai khoan",
            "Ong L. buc xuc.",
        ),
        (
            "Nợ xấu 'mắc' ở khâu xử lý tài sản bảo đảm",
            "Các ngân hàng cho biết việc xử lý tài sản bảo đảm qua cơ quan thi hành án vẫn kéo dài "
            "nhiều năm.",
        ),
    ],
)
def test_a_buyer_s_home_seized_for_the_seller_paid_and_still_pressed_or_years_of_delay(title, text):
    for t, x in both(title, text):
        assert "enforcement_complaint" in codes(t, x), t


def test_a_case_that_lasted_years_settled_is_no_complaint():
    for t, x in both(
        "Dứt điểm vụ thi hành án kéo dài 15 năm", "Thi hành án dân sự tỉnh đã thi hành xong."
    ):
        assert "enforcement_complaint" not in codes(t, x), t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # money held, asked after at the office ("lên trụ sở hỏi" is no reader's question)
        (
            "Tiền thi hành án 'nằm' trong tài khoản gần một năm, người dân kêu cứu",
            "Ông P. phản ánh số tiền đã nộp từ tháng 9/2024 nhưng đến nay ông vẫn chưa được cơ "
            "quan thi hành án dân sự chi trả, dù đã nhiều lần làm đơn và lên trụ sở hỏi.",
        ),
        ("Đừng để người thắng kiện chỉ 'ôm' bản án", "Nhiều người dân bức xúc."),
        (
            "Cưỡng chế giao nhà giữa mùa mưa lũ, cụ bà 80 tuổi phải khiêng ra khỏi nhà trên cáng",
            "Gia đình bà T. cho biết.",
        ),
    ],
)
def test_money_held_a_winner_left_holding_a_judgment_or_an_old_woman_carried_out(title, text):
    for t, x in both(title, text):
        assert "enforcement_complaint" in codes(t, x), t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Mẹ đơn thân 2 năm đợi tiền cấp dưỡng nuôi con", "Chị H. cho biết."),
        (
            "Tin thi hành án",
            "Chồng cũ có lương ổn định nhưng đến nay cơ quan thi hành án vẫn chưa khấu trừ lương.",
        ),
        ("Con nợ xuất cảnh, người dân tố thi hành án chậm kê biên", "Nhiều người phản ánh."),
        (
            "Tin thi hành án",
            "Dù đã báo trước, cơ quan thi hành án vẫn không kịp áp dụng biện pháp ngăn chặn.",
        ),
        (
            "Vợ chồng già bị cưỡng chế giao nhà khi chỉ còn ba tuần nữa là Tết",
            "Ông bà N. cho biết.",
        ),
        (
            "'Chỉ nợ 40 triệu mà bán cả căn nhà': cụ bà mất chỗ ở",
            "Gia đình cho rằng cơ quan thi hành án xử lý tài sản không tương xứng với nghĩa vụ.",
        ),
    ],
)
def test_waiting_years_a_step_not_taken_late_seizure_an_eviction_before_tet_or_a_house_sold(
    title, text
):
    for t, x in both(title, text):
        assert "enforcement_complaint" in codes(t, x), t


def test_a_follow_up_telling_the_money_paid_and_an_administrative_count_are_no_complaint():
    paid = (
        "Sau khi báo phản ánh việc ông D. nhiều năm chưa nhận được khoản tiền thi hành án, Thi "
        "hành án dân sự TP Đà Nẵng đã vào cuộc và chi trả đầy đủ cho ông."
    )
    for t, x in both("Sau phản ánh: Khoản tiền 'treo' 6 năm đã về tay người dân", paid):
        assert "enforcement_complaint" not in codes(t, x), t
    counted = (
        "Thi hành án dân sự tỉnh báo cáo kết quả theo dõi thi hành án hành chính năm 2025. Trong "
        "năm theo dõi 57 bản án. Có 39 bản án đã thi hành xong. Có 12 bản án đang thực hiện. Còn "
        "6 bản án chưa thi hành, chủ yếu liên quan đến bồi thường khi thu hồi đất."
    )
    for t, x in both("Quảng Ngãi: Theo dõi 57 bản án hành chính", counted):
        assert "enforcement_complaint" not in codes(t, x), t
