"""Rule (r): the law of civil enforcement stated wrongly on its face (the time limit to request
enforcement, the agency placed under the court, a chief judge deciding coercion), both ways, with
and without diacritics."""

from __future__ import annotations

from datetime import datetime

import pytest

from classifier.rules import decide, misstated_law, signals
from text.normalize import strip_diacritics

WHEN = datetime(2026, 9, 2, 8, 0)


def both(title: str, text: str) -> list[tuple[str, str]]:
    return [(title, text), (strip_diacritics(title), strip_diacritics(text))]


@pytest.mark.parametrize(
    ("title", "text", "mention"),
    [
        # the time limit told as one year, the request after the span
        (
            "Thắng kiện nhưng chưa làm đơn yêu cầu thi hành án, có bị mất quyền đòi nợ?",
            "Về thời hiệu, trong thời hạn 1 năm kể từ ngày bản án, quyết định có hiệu lực pháp "
            "luật, người được thi hành án có quyền yêu cầu cơ quan thi hành án dân sự ra quyết "
            "định thi hành án.",
            "thoi han 1 nam",
        ),
        # ... as three years, the request first
        (
            "Hỏi đáp thi hành án",
            "Thời hiệu yêu cầu thi hành án là 03 năm, quá thời hạn này đương sự mất quyền yêu cầu.",
            "la 03 nam",
        ),
        # the agency under the court
        (
            "Cao Bằng: Cưỡng chế kê biên kho hàng của doanh nghiệp",
            "Sau khi có đơn yêu cầu, Phòng Thi hành án dân sự khu vực 1 thuộc Tòa án nhân dân tỉnh "
            "Cao Bằng đã ra quyết định thi hành án.",
            "phong thi hanh an dan su khu vuc 1 thuoc toa an",
        ),
        (
            "Gia đình ở Chư Sê vẫn chưa được giao nhà",
            "Cần biết rằng cơ quan thi hành án dân sự là đơn vị trực thuộc hệ thống Tòa án nhân "
            "dân.",
            "co quan thi hanh an dan su la don vi truc thuoc he thong toa an",
        ),
        # a chief judge deciding coercion
        (
            "Gia Lai: Chánh án ký quyết định cưỡng chế, gia đình vẫn bị 'treo' nhà",
            "Bản án có hiệu lực nhưng đến nay gia đình ông vẫn chưa vào ở được.",
            "chanh an ky quyet dinh cuong che",
        ),
        (
            "Kê biên kho hàng",
            "Theo luật, quyết định cưỡng chế kê biên tài sản thuộc thẩm quyền của Chánh án Tòa án "
            "nhân dân cấp tỉnh.",
            "quyet dinh cuong che ke bien tai san thuoc tham quyen cua chanh an",
        ),
        # the agency run by a chief judge, its officers appointed by one, the Cục under the court
        (
            "Tăng cường phối hợp giữa xét xử và thi hành án",
            "Các Phòng Thi hành án dân sự khu vực chịu sự quản lý trực tiếp của Chánh án Tòa án "
            "nhân dân khu vực.",
            "phong thi hanh an dan su khu vuc chiu su quan ly truc tiep cua chanh an",
        ),
        (
            "Tăng cường phối hợp giữa xét xử và thi hành án",
            "Chấp hành viên do Chánh án Tòa án nhân dân tối cao bổ nhiệm.",
            "chap hanh vien do chanh an toa an nhan dan toi cao bo nhiem",
        ),
        (
            "Mô hình mới",
            "Cục Quản lý thi hành án dân sự chuyển về trực thuộc Tòa án nhân dân tối cao.",
            "cuc quan ly thi hanh an dan su chuyen ve truc thuoc toa an",
        ),
        # ... or under the police
        (
            "Từ tháng 7/2026, thi hành án dân sự chính thức do Bộ Công an quản lý",
            "Chấp hành viên sẽ được phong cấp hàm.",
            "thi hanh an dan su chinh thuc do bo cong an",
        ),
        (
            "Luật mới",
            "Toàn bộ hệ thống thi hành án dân sự được chuyển từ Bộ Tư pháp sang Bộ Công an.",
            "thi hanh an dan su duoc chuyen tu bo tu phap sang bo cong an",
        ),
        # ... or handing its files to the communes
        (
            "Hải Phòng không còn cơ quan thi hành án dân sự",
            "Toàn bộ hơn 20.000 hồ sơ thi hành án đang thụ lý được chuyển về Ủy ban nhân dân các "
            "xã, phường tiếp tục giải quyết.",
            "ho so thi hanh an dang thu ly duoc chuyen ve uy ban nhan dan",
        ),
        # who postpones, what a pension bears, who pays the fee and how much, what a bailiff is
        (
            "Muốn hoãn thi hành án dân sự, người dân nộp đơn để Chủ tịch UBND xã quyết định",
            "Luật sư giải đáp.",
            "hoan thi hanh an dan su nguoi dan nop don de chu tich ubnd xa quyet dinh",
        ),
        (
            "Nợ thi hành án, lương hưu có thể bị trừ sạch?",
            "Theo luật sư, lương hưu có thể bị trừ sạch để thi hành án.",
            "luong huu co the bi tru sach",
        ),
        (
            "Hoàn tất thi hành khoản bồi thường",
            "Người phải thi hành án còn phải nộp thêm phí thi hành án 10% vào ngân sách.",
            "nguoi phai thi hanh an con phai nop them phi thi hanh an",
        ),
        (
            "Thừa phát lại là ai?",
            "Theo quy định hiện hành, thừa phát lại là công chức thuộc biên chế của cơ quan thi "
            "hành án dân sự.",
            "thua phat lai la cong chuc thuoc",
        ),
        # mortgaged property said never to be seized
        (
            "Kê biên kho hàng đang thế chấp ngân hàng",
            "Theo luật, tài sản đang thế chấp tại tổ chức tín dụng tuyệt đối không được kê biên "
            "để thi hành nghĩa vụ khác.",
            "the chap tai to chuc tin dung tuyet doi khong duoc ke bien",
        ),
    ],
)
def test_the_law_stated_wrongly_is_inaccurate(title, text, mention):
    for t, body in both(title, text):
        found = misstated_law(t, body)
        assert found is not None and found.mention == mention
        assert found.label == "inaccurate"
        every = signals(t, body, None, WHEN)
        assert "misstated_law" in {s.code for s in every}
        assert decide("neutral", every) == "inaccurate"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the law as it is: five years
        (
            "Thời hiệu yêu cầu thi hành án là bao lâu?",
            "Trong thời hạn 05 năm kể từ ngày bản án có hiệu lực pháp luật, người được thi hành án "
            "có quyền yêu cầu cơ quan thi hành án dân sự ra quyết định thi hành án.",
        ),
        # a periodic obligation: each period has the same five years
        (
            "Hỏi đáp",
            "Đối với nghĩa vụ theo định kỳ, thời hiệu 5 năm áp dụng cho từng định kỳ; ông có thể "
            "yêu cầu thi hành án khoản cấp dưỡng của 2 năm gần đây.",
        ),
        # another time limit: a complaint, a lawsuit, a criminal judgment
        (
            "Hỏi đáp",
            "Thời hiệu khiếu nại quyết định của chấp hành viên là 30 ngày; thời hiệu khởi kiện là "
            "1 năm, sau đó mới yêu cầu thi hành án.",
        ),
        (
            "Hỏi đáp",
            "Thời hiệu thi hành bản án hình sự là 10 năm đối với tội nghiêm trọng, theo yêu cầu "
            "thi hành án của tòa.",
        ),
        # a span that is not the limit: a debt's age
        (
            "Bốn năm cầm bản án",
            "Sau 3 năm chờ đợi, bà đã yêu cầu thi hành án và được cơ quan thi hành án thụ lý.",
        ),
        # the agency denied to be the court's, or told as it was before 1993
        (
            "Thi hành án dân sự thuộc cơ quan nào?",
            "Cơ quan thi hành án dân sự không thuộc Tòa án nhân dân mà thuộc Bộ Tư pháp.",
        ),
        (
            "Lịch sử ngành",
            "Trước năm 1993, cơ quan thi hành án dân sự thuộc Tòa án nhân dân các cấp.",
        ),
        # a dispute the court settles, the court's judgment an officer enforces
        (
            "Tranh chấp tài sản kê biên",
            "Chấp hành viên hướng dẫn đương sự khởi kiện vì tranh chấp thuộc Tòa án giải quyết; "
            "bản án của Tòa án nhân dân tỉnh được thi hành.",
        ),
        # a chief judge's decision in criminal enforcement, or one that is not coercion
        (
            "Thi hành án phạt tù",
            "Chánh án Tòa án nhân dân tỉnh ra quyết định thi hành án phạt tù và quyết định cưỡng "
            "chế áp giải bị án.",
        ),
        (
            "Chánh án không ký quyết định cưỡng chế",
            "Chánh án không ký quyết định cưỡng chế thi hành án dân sự; việc này do thủ trưởng cơ "
            "quan thi hành án quyết định.",
        ),
        # the law as it is: 30% of a salary, the costs of coercion on the debtor, a 3% fee, a
        # bailiff no civil servant
        (
            "Khấu trừ lương",
            "Mức khấu trừ không quá 30% tiền lương; chi phí cưỡng chế do người phải thi hành án "
            "chịu; phí thi hành án là 3% số tiền thực nhận. Thừa phát lại không phải là công "
            "chức.",
        ),
        # mortgaged property seized where it is worth more than the debt it secures
        (
            "Kê biên tài sản thế chấp",
            "Tài sản đang thế chấp vẫn có thể bị kê biên nếu giá trị lớn hơn nghĩa vụ được bảo "
            "đảm; không phải tuyệt đối không được kê biên tài sản thế chấp.",
        ),
        # other files handed to the communes
        (
            "Giải phóng mặt bằng",
            "Hồ sơ bồi thường, giải phóng mặt bằng được chuyển về Ủy ban nhân dân xã giải quyết.",
        ),
        # working with the police; criminal enforcement is the police's
        (
            "Phối hợp cưỡng chế",
            "Thi hành án dân sự tỉnh phối hợp với Bộ Công an bảo vệ cưỡng chế.",
        ),
        (
            "Luật Thi hành án hình sự",
            "Thi hành án hình sự do Bộ Công an quản lý; thi hành án dân sự thuộc Bộ Tư pháp.",
        ),
    ],
)
def test_the_law_stated_rightly_or_another_law_is_no_signal(title, text):
    for t, body in both(title, text):
        assert misstated_law(t, body) is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Tháng 3/2026, Chi cục Thi hành án dân sự huyện Kim Bôi đã ban hành quyết định hủy bản "
            "án phúc thẩm nói trên vì cho rằng bản án có sai sót.",
            "chi cuc thi hanh an dan su huyen kim boi da ban hanh quyet dinh huy ban an",
        ),
        (
            "Chấp hành viên còn tự tổ chức xử lại vụ tranh chấp, chia đôi thửa đất cho hai bên.",
            "chap hanh vien con tu to chuc xu lai",
        ),
    ],
)
def test_the_enforcement_agency_annulling_or_retrying_a_judgment_is_inaccurate(text, mention):
    for t, body in both("Gia đình bị mất đất", text):
        found = misstated_law(t, body)
        assert found is not None and found.mention == mention
        assert decide("needs_correction", signals(t, body, None, WHEN)) == "inaccurate"


@pytest.mark.parametrize(
    "text",
    [
        # asking the court, awaiting a review, or the court doing it
        "Thi hành án dân sự tỉnh Phú Thọ đã có văn bản đề nghị Tòa án nhân dân cấp cao xem xét "
        "hủy bản án phúc thẩm.",
        "Chi cục THADS hoãn thi hành án để chờ giám đốc thẩm xét xử lại vụ án.",
        "Chấp hành viên cho biết sau khi Tòa án tuyên hủy bản án sơ thẩm, việc thi hành án được "
        "đình chỉ.",
        # denied
        "Cơ quan thi hành án dân sự không có quyền hủy bản án, chỉ có thể kiến nghị xem xét lại.",
    ],
)
def test_the_agency_asking_awaiting_or_denying_an_annulment_is_no_signal(text):
    for t, body in both("Hỏi đáp thi hành án", text):
        assert misstated_law(t, body) is None, body


def test_an_officer_forgiving_a_debt_is_inaccurate_but_a_court_exemption_proposed_is_not():
    for text in (
        "Pháp luật cho phép chấp hành viên quyết định miễn toàn bộ khoản nợ mà người phải thi "
        "hành án thuộc hộ nghèo phải trả cho cá nhân khác.",
        "Chấp hành viên được miễn nợ cho người phải thi hành án thuộc hộ nghèo.",
    ):
        for t, body in both("Miễn nợ cho hộ nghèo", text):
            found = misstated_law(t, body)
            assert found is not None, body
            assert decide("positive", signals(t, body, None, WHEN)) == "inaccurate"
    for text in (
        "Thi hành án dân sự tỉnh đã lập hồ sơ đề nghị Tòa án xét miễn, giảm khoản nợ án phí.",
        "Chấp hành viên không có quyền miễn nợ cho người phải thi hành án.",
        "Chấp hành viên được miễn nhiệm theo quy định.",
    ):
        for t, body in both("Miễn, giảm nghĩa vụ thi hành án", text):
            assert misstated_law(t, body) is None, body


@pytest.mark.parametrize(
    "text",
    [
        # a pension taken above 30%
        "Theo Luật Thi hành án dân sự, cơ quan thi hành án được khấu trừ tối đa 70% tiền lương "
        "hưu hằng tháng của người phải thi hành án.",
        # a commune's chairman deciding the coercion of a civil judgment
        "Chủ tịch UBND xã Tam Dương vừa ký quyết định cưỡng chế thi hành bản án dân sự buộc ông "
        "N. trả đất.",
        "Theo quy định, thẩm quyền quyết định cưỡng chế thi hành án dân sự thuộc Chủ tịch UBND "
        "cấp xã.",
        # the fee put on the debtor, told the other way round, at 5%
        "Phí thi hành án chính thức do người phải thi hành án chịu, với mức 5% số tiền phải thi "
        "hành.",
        # the only home said never to be seized
        "Nhà ở là nơi ở duy nhất của người phải thi hành án và gia đình thuộc nhóm tài sản tuyệt "
        "đối không được kê biên.",
        # compensation owed to a person forgiven by the agency
        "Thi hành án dân sự tỉnh Lai Châu miễn khoản bồi thường 300 triệu đồng cho người nghèo.",
    ],
)
def test_a_pension_taken_beyond_30_a_commune_coercing_the_fee_or_the_only_home_misstated(text):
    for t, body in both("Hỏi đáp thi hành án", text):
        assert misstated_law(t, body) is not None, body


@pytest.mark.parametrize(
    "text",
    [
        "Mức khấu trừ tiền lương hưu tối đa là 30% mỗi tháng.",
        "Chủ tịch UBND xã ký quyết định cưỡng chế công trình xây dựng trái phép.",
        "Phí thi hành án do người được thi hành án nộp, mức 3% số tiền thực nhận.",
        "Nhà ở là nơi ở duy nhất chỉ bị kê biên khi người phải thi hành án không còn tài sản khác.",
        "Thủ trưởng cơ quan thi hành án quyết định miễn, giảm phí thi hành án cho người nghèo.",
    ],
)
def test_the_same_rules_stated_rightly_are_no_signal(text):
    for t, body in both("Hỏi đáp thi hành án", text):
        assert misstated_law(t, body) is None, body


@pytest.mark.parametrize(
    "text",
    [
        "Mức khấu trừ cao nhất đối với tiền lương, tiền công là 70% tổng số tiền được nhận.",
        "Khi người phải thi hành án không tự nguyện, chấp hành viên được quyền kê biên bất kỳ tài "
        "sản nào của người đó.",
        "Kể cả lương thực đáp ứng nhu cầu thiết yếu của gia đình, thuốc chữa bệnh hay công cụ lao "
        "động cũng đều có thể bị kê biên.",
        "Theo Luật Thi hành án dân sự, người có thẩm quyền ra quyết định thi hành án là Chánh án "
        "tòa án đã xét xử sơ thẩm.",
        "Chấp hành viên có quyền tự quyết định mức án phí phải nộp.",
        "Luật quy định bản án, quyết định dân sự chỉ có giá trị thi hành trong thời hạn 12 tháng.",
        "Các Chi cục cấp huyện được chuyển thành Phòng Thi hành án dân sự trực thuộc UBND cấp xã.",
        "Từ nay, Chủ tịch UBND xã ký quyết định thi hành án và quản lý tiền, tài sản thi hành án.",
    ],
)
def test_deductions_any_property_who_decides_fees_and_expiry_misstated_are_inaccurate(text):
    for t, body in both("Hỏi đáp thi hành án", text):
        assert misstated_law(t, body) is not None, body


@pytest.mark.parametrize(
    "text",
    [
        "Mức khấu trừ tiền lương tối đa là 30% tổng số tiền được nhận hằng tháng.",
        "Chấp hành viên không được kê biên bất kỳ tài sản nào thuộc diện không được kê biên.",
        "Cơ quan thi hành án đã kê biên toàn bộ tài sản của ông A gồm nhà và đất.",
        "Thủ trưởng cơ quan thi hành án dân sự có thẩm quyền ra quyết định thi hành án.",
        "Chánh án Tòa án ra quyết định thi hành án hình sự đối với bị án.",
        "Chấp hành viên không có quyền tự quyết định mức án phí.",
        "Phòng Thi hành án dân sự khu vực 2 trực thuộc Thi hành án dân sự tỉnh.",
        "Chủ tịch UBND xã ký quyết định thi hành án hành chính.",
    ],
)
def test_the_same_rules_stated_rightly_or_of_other_matters_are_no_signal(text):
    for t, body in both("Hỏi đáp thi hành án", text):
        assert misstated_law(t, body) is None, body


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 25/10, Thi hành án dân sự tỉnh Quảng Ninh, đơn vị trực thuộc Công an tỉnh, đã cưỡng "
        "chế giao nhà.",
        "Tại đây, cơ quan thi hành án tuyên hủy bản án phúc thẩm nói trên và chia lại thửa đất.",
        "Theo chấp hành viên, khi bản án không thể thi hành, cơ quan thi hành án có quyền hủy bản "
        "án và quyết định lại.",
    ],
)
def test_the_agency_under_the_police_or_annulling_a_judgment_is_inaccurate(text):
    for t, body in both("Tin thi hành án", text):
        assert misstated_law(t, body) is not None, body


def test_the_agency_working_with_the_police_or_awaiting_an_annulment_is_no_signal():
    for text in (
        "Thi hành án dân sự tỉnh Quảng Ninh phối hợp với Công an tỉnh bảo vệ cưỡng chế.",
        "Cơ quan thi hành án đề nghị tòa án xem xét hủy bản án phúc thẩm.",
    ):
        for t, body in both("Tin thi hành án", text):
            assert misstated_law(t, body) is None, body


@pytest.mark.parametrize(
    "text",
    [
        "Theo Điều 45, người phải thi hành án có 30 ngày kể từ ngày nhận được quyết định thi hành "
        "án để tự nguyện thi hành.",
        "Trưởng Thi hành án dân sự tỉnh Lai Châu đã ký quyết định miễn nghĩa vụ thi hành án cho "
        "14 trường hợp.",
        "Từ 1/7, Thi hành án dân sự tỉnh chuyển về trực thuộc UBND tỉnh.",
    ],
)
def test_a_voluntary_period_an_exemption_by_the_office_or_the_office_under_the_province(text):
    for t, body in both("Hỏi đáp thi hành án", text):
        assert misstated_law(t, body) is not None, body


@pytest.mark.parametrize(
    "text",
    [
        "Người phải thi hành án có 10 ngày kể từ ngày nhận được quyết định để tự nguyện thi hành.",
        # a story of it, not the period the law gives
        "Chỉ trong 5 ngày sau khi được vận động, ông A đã tự nguyện thi hành xong.",
        "Thi hành án dân sự tỉnh phối hợp với Tòa án tổ chức phiên xét miễn, giảm nghĩa vụ thi "
        "hành án.",
        "Thi hành án dân sự tỉnh báo cáo UBND tỉnh kết quả công tác năm.",
    ],
)
def test_the_ten_days_a_court_s_exemption_or_a_report_to_the_province_are_no_signal(text):
    for t, body in both("Hỏi đáp thi hành án", text):
        assert misstated_law(t, body) is None, body


def test_a_bank_debt_exempted_or_a_commune_deciding_enforcement_told_after_a_change():
    for text in (
        "Khoản nợ vay ngân hàng sẽ được Tòa án xem xét miễn toàn bộ nghĩa vụ thi hành án.",
        "Từ ngày 1/7/2025, khi không còn cấp huyện, quyết định thi hành án dân sự trên địa bàn "
        "tỉnh do Chủ tịch UBND xã ban hành.",
    ):
        for t, body in both("Hỏi đáp", text):
            assert misstated_law(t, body) is not None, body
    for text in (
        "Khoản nợ vay ngân hàng không được miễn, giảm nghĩa vụ thi hành án.",
        "Quyết định thi hành án do Thủ trưởng cơ quan thi hành án dân sự ban hành.",
    ):
        for t, body in both("Hỏi đáp", text):
            assert misstated_law(t, body) is None, body
