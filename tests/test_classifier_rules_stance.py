"""The stance rules (g), (j), (k) and the notices, both ways: results, reforms and settlements that
are positive; plans, trainings and notices that are routine; the authority's reply; and
results with a complaint still told, which are none of these."""

from __future__ import annotations

import pytest

from classifier.rules import (
    NOT_POSITIVE,
    authority_reply,
    decide,
    formal_notice,
    legal_explainer,
    results_report,
    routine_coercion,
    routine_step,
    signals,
    thads_headline,
    thads_lead,
)
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


def test_a_reply_quotes_the_complaint_it_answers():
    title = "Thi hành án dân sự tỉnh Khánh Hòa phản hồi về khoản án phí của ông C."
    late = "Ông C. gửi đơn khiếu nại đến Thi hành án dân sự tỉnh. Báo sẽ tiếp tục thông tin."
    assert codes(title, OPENING + late) == ["authority_reply"]


@pytest.mark.parametrize(
    "title,text",
    [
        (
            "Hải Phòng: Thi hành xong vụ việc tồn đọng 8 năm, bàn giao nhà xưởng",
            "Thi hành án dân sự thành phố đã bàn giao khu nhà xưởng cho doanh nghiệp.",
        ),
        (
            "Biên lai điện tử giúp người dân nộp tiền thi hành án thuận tiện hơn",
            "Thời gian thu nộp được rút ngắn và hầu như không còn sai sót như biên lai giấy.",
        ),
        (
            "Cà Mau: thu hơn 40 tỷ đồng tiền thi hành án trong 3 tháng",
            "Nhiều việc tồn đọng ở địa bàn tỉnh Bạc Liêu cũ được giải quyết dứt điểm.",
        ),
    ],
)
def test_a_backlog_cleared_or_a_reform_easing_business_is_positive(title, text):
    for t, x in both(title, text):
        found = results_report(t, x)
        assert found is not None and found.label == "positive", t


@pytest.mark.parametrize(
    "title,text",
    [
        ("Dù thi hành xong nhiều việc, án tồn đọng vẫn lớn", ""),
        ("Thu hơn 40 tỷ đồng nhưng còn nhiều việc tồn đọng", "Nhiều vụ việc còn sai sót."),
        ("Phần mềm mới giúp tra cứu hồ sơ thuận tiện", "Người dân vẫn bức xúc vì chậm trễ."),
        # (revision 8) payment not made, a long case not closed
        ("Trái chủ sốt ruột vì chưa chi trả cho trái chủ đợt tiếp theo", ""),
        ("Vụ việc kéo dài 11 năm vẫn chưa khép lại", ""),
    ],
)
def test_a_backlog_or_a_fault_still_told_is_not_a_results_report(title, text):
    for t, x in both(title, text):
        assert results_report(t, x) is None, t


def test_a_new_head_or_an_organisational_announcement_is_a_notice():
    for title in (
        "Sơn La có tân Phó Trưởng Thi hành án dân sự tỉnh",
        "Lào Cai công bố địa bàn phụ trách của các Phòng Thi hành án dân sự khu vực",
    ):
        for t, x in both(title, ""):
            found = formal_notice(t, x)
            assert found is not None and found.label == "neutral", t
    for title in (
        "Công bố kết luận kiểm tra tại Phòng Thi hành án dân sự khu vực 1",
        "Tân Phó Trưởng Thi hành án dân sự tỉnh bị tố nhận hối lộ",
    ):
        assert formal_notice(title, "") is None, title


@pytest.mark.parametrize(
    "title,text",
    [
        (
            "Phú Thọ: 100% bản án hành chính có hiệu lực được thi hành xong",
            "Không còn trường hợp chậm thi hành nhờ việc đôn đốc, phối hợp chặt chẽ.",
        ),
        (
            "Thi hành án dân sự TP Hà Nội hoàn tất chi trả hơn 900 tỷ đồng cho bị hại",
            "Số tiền được thu hồi từ việc xử lý tài sản trong vụ án.",
        ),
        (
            "Vụ Vạn Thịnh Phát: chi trả đợt 3 cho hơn 35.000 trái chủ",
            "Thi hành án dân sự TP.HCM tiếp tục chi trả tiền cho người bị hại.",
        ),
        (
            "Thi hành án dân sự tỉnh Hưng Yên sơ kết 6 tháng",
            "Đơn vị thu được hơn 420 tỷ đồng, kết quả cao nhất từ trước đến nay. Không phát sinh "
            "vụ việc khiếu nại đông người.",
        ),
    ],
)
def test_all_done_victims_paid_or_no_complaint_arising_is_positive(title, text):
    for t, x in both(title, text):
        found = results_report(t, x)
        assert found is not None and found.label == "positive", t


@pytest.mark.parametrize(
    "title,text",
    [
        ("Mới đạt 10% chỉ tiêu, còn nhiều việc chậm thi hành", "Tỷ lệ thấp nhất cả nước."),
        ("Chi trả cho bị hại", "Nhiều bị hại bức xúc vì chưa được chi trả, khiếu nại kéo dài."),
        ("Kết quả thi hành án", "Đơn vị thu hơn 400 tỷ đồng nhưng phát sinh nhiều khiếu nại."),
    ],
)
def test_results_with_a_complaint_arising_are_no_results_report(title, text):
    for t, x in both(title, text):
        assert results_report(t, x) is None, t


@pytest.mark.parametrize(
    "title,text",
    [
        ("Hơn 2.100 bị hại vụ Phúc An Land bắt đầu nhận lại tiền", "Đợt chi trả đầu tiên."),
        ("Chấp hành viên hòa giải thành khoản nợ 11 năm giữa hai anh em", "Sau 5 buổi làm việc."),
        ("Tây Ninh: Việc chấp hành bản án hành chính chuyển biến rõ nét", "Năm 2026."),
        (
            "Nữ chấp hành viên vùng cao",
            "Gần 10 năm gắn bó với nghề, chị M. đã quen với những cung đường đèo dốc.",
        ),
        # (revision 8) victims repaid, an online service, a long case closed
        ("Hoàn trả hơn 40 tỷ đồng cho gần 900 bị hại vụ huy động vốn trái phép", ""),
        ("TP.HCM: Chi trả thêm hơn 1.300 tỷ đồng cho trái chủ trong vụ Vạn Thịnh Phát", ""),
        ("Khép lại vụ việc kéo dài 11 năm: Giao nhà cho người được thi hành án", ""),
        (
            "Kiên trì dân vận, gỡ nút thắt vụ thi hành án",
            "Các bên đã thỏa thuận, kết thúc vụ tranh chấp đất đai kéo dài từ năm 2017.",
        ),
        (
            "Người dân Đà Nẵng tra cứu tiến độ thi hành án qua điện thoại",
            "Thi hành án dân sự TP Đà Nẵng đưa vào vận hành hệ thống tra cứu trực tuyến.",
        ),
    ],
)
def test_victims_paid_a_dispute_settled_an_improvement_a_portrait_are_positive(title, text):
    for t, x in both(title, text):
        found = results_report(t, x)
        assert found is not None and found.label == "positive", t


def test_a_bailiff_s_record_in_the_headline_is_about_thads():
    from classifier.rules import thads_headline

    for title in (
        "Mua nhà bằng vi bằng có sang tên được không?",
        "Vi bằng ghi nhận mua bán nhà khi chủ nhà không có mặt?",
    ):
        for t, _ in both(title, ""):
            assert thads_headline(t) is not None, t
    assert thads_headline("Không gì thú vị bằng ở nhà") is None


def test_a_training_is_a_routine_step():
    from classifier.rules import routine_step

    title = "Tập huấn nghiệp vụ thống kê cho công chức thi hành án dân sự"
    for t, x in both(title, "Cục Quản lý thi hành án dân sự tổ chức lớp tập huấn."):
        assert routine_step(t, x) is not None


@pytest.mark.parametrize(
    "title,text",
    [
        (
            "Bien lai dien tu thi hanh an dan su: hon 6 thang trien khai, nguoi dan bot giay to",
            "",
        ),
        (
            "Quảng Ninh giải quyết dứt điểm vụ việc tồn đọng hơn 10 năm",
            "Chấp hành viên đã bàn giao thành công 300 m2 đất, khép lại vụ việc tồn đọng từ 2014.",
        ),
        ("Chuyện nghề: nữ chấp hành viên và những chuyến đi vượt dốc ở vùng cao", ""),
    ],
)
def test_a_reform_sparing_paperwork_a_backlog_closed_a_portrait_are_positive(title, text):
    for t, x in both(title, text):
        found = results_report(t, x)
        assert found is not None and found.label == "positive", t


def test_a_settlement_brought_about_and_a_backlog_of_an_enforcement_case_are_positive():
    for t, x in both(
        "Kiên trì thuyết phục, chấp hành viên giúp hai bên thỏa thuận xong khoản nợ 3 tỷ đồng", ""
    ):
        assert results_report(t, x) is not None
    for t, x in both("Giải quyết dứt điểm vụ thi hành án tồn đọng hơn 10 năm", ""):
        assert results_report(t, x) is not None
    for t, x in both("Hai bên vẫn chưa thỏa thuận xong khoản nợ 3 tỷ đồng", ""):
        assert results_report(t, x) is None


def test_a_police_warning_of_a_fraud_by_vi_bang_is_not_a_bailiff_s_story():
    for t, _ in both("Công an cảnh báo chiêu bán đất nền qua vi bằng ở Bình Dương cũ", ""):
        assert thads_headline(t) is None
    for title in (
        "Mua nhà bằng vi bằng: những rủi ro cần biết",
        "Thừa phát lại lập vi bằng giúp lừa đảo",
        "Lừa đảo mua bán đất qua vi bằng, thừa phát lại có liên đới?",
    ):
        for t, _ in both(title, ""):
            assert thads_headline(t) is not None, t


def test_people_complaining_in_the_headline_are_no_reply():
    for t, _ in both("Phú Thọ: Người dân phản ánh chấp hành viên 'lờ' thông tin về tài sản", ""):
        assert "authority_reply" not in codes(t, "")
    for t, _ in both(
        "Thi hành án dân sự tỉnh Tây Ninh thông tin vụ việc bạn đọc phản ánh chậm giao tài sản",
        "",
    ):
        assert codes(t, "") == ["authority_reply"], t


def test_a_plan_launched_is_no_results_report():
    title = "Phát động phong trào thi đua năm 2027 trong hệ thống Thi hành án dân sự"
    text = "Kế hoạch tập trung vượt các chỉ tiêu về việc, về tiền và đẩy mạnh chuyển đổi số."
    for t, x in both(title, text):
        assert results_report(t, x) is None
        assert codes(t, x) == ["routine_step"], t


def test_officers_paying_for_a_poor_debtor_and_a_conflict_resolved_are_positive():
    title = "Chấp hành viên góp tiền giúp cụ ông nghèo trả nợ"
    text = (
        "Cán bộ thi hành án đã cùng góp tiền giúp cụ ông trả khoản nợ còn lại, hóa giải mâu "
        "thuẫn kéo dài giữa hai gia đình. Suốt 6 năm, bà N. không nhận được tiền."
    )
    for t, x in both(title, text):
        assert codes(t, x) == ["results_report"], t


def test_a_reply_headlined_with_a_bare_thong_tin_is_a_reply():
    title = "Vụ kê biên nhà xưởng ở khu vực Mỏ Cày: Thi hành án dân sự tỉnh Vĩnh Long thông tin"
    for t, _ in both(title, ""):
        assert codes(t, "") == ["authority_reply"], t
    for t, _ in both("Thi hành án dân sự tỉnh Vĩnh Long thông tin kết quả năm 2026", ""):
        assert "authority_reply" not in codes(t, "")


@pytest.mark.parametrize(
    "title",
    [
        'Chấp hành viên từ chối "phong bì" 200 triệu đồng, lập biên bản báo cáo lãnh đạo',
        "Đại án Vạn Thịnh Phát: Thêm gần 4.200 tỷ đồng được chi trả cho người bị hại",
    ],
)
def test_a_bribe_refused_and_money_paid_to_victims_are_positive(title):
    for t, x in both(title, ""):
        assert results_report(t, x) is not None, t


@pytest.mark.parametrize(
    "title",
    [
        "Cưỡng chế giao căn nhà ở phường Đống Đa cho người được thi hành án",
        "Ninh Bình: Cưỡng chế kê biên quyền sử dụng đất để thi hành án tại xã Hải Thịnh",
        "Thi hành án dân sự tỉnh Gia Lai tổ chức cưỡng chế giao nhà đất tại phường Pleiku",
        "Huy động hơn 100 người cưỡng chế thi hành án tại phường An Khánh",
    ],
)
def test_a_routine_coercion_turns_the_model_s_positive_neutral(title):
    text = (
        "Ngày 12/5, cơ quan thi hành án phối hợp với công an phường tổ chức cưỡng chế. Trước đó, "
        "ông T. không bàn giao nhà như cam kết. Cuộc cưỡng chế diễn ra an toàn."
    )
    for t, x in both(title, text):
        found = routine_coercion(t, x)
        assert found is not None and found.label == NOT_POSITIVE, t
        assert codes(t, x) == ["routine_coercion"]
        assert decide("positive", [found]) == "neutral"
        # ... and leaves the model's other labels alone
        assert decide("needs_correction", [found]) == "needs_correction"
        assert decide("neutral", [found]) == "neutral"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # success told: (g) speaks
        ("Cưỡng chế thành công, trả lại đất cho người dân", "Thi hành án dân sự tỉnh An Giang."),
        # years taken
        ("Cưỡng chế giao nhà sau 7 năm chờ đợi", "Thi hành án dân sự tỉnh An Giang."),
        # a fault in the opening
        ("Cưỡng chế giao nhà, người dân bức xúc", "Gia đình cho rằng việc kê biên là sai."),
        (
            "Cưỡng chế giao đất ở xã Phú Lộc",
            "Gia đình bà H. đã gửi đơn khiếu nại nhưng chưa được trả lời.",
        ),
        # not the judgment's coercion
        ("Cưỡng chế thuế đối với doanh nghiệp nợ đọng", "Cục Thuế tỉnh ra quyết định."),
        ("Cưỡng chế thu hồi đất để làm đường cao tốc", "UBND huyện tổ chức cưỡng chế."),
        # coercion not in the headline
        ("Thi hành án dân sự tỉnh Gia Lai họp báo", "Đơn vị đã tổ chức 38 cuộc cưỡng chế."),
    ],
)
def test_coercion_with_success_years_a_fault_or_of_others_is_no_routine_coercion(title, text):
    for t, x in both(title, text):
        assert routine_coercion(t, x) is None, t


def test_a_delegation_s_working_visit_is_routine():
    title = "Đoàn công tác Cục Quản lý THADS làm việc tại Thi hành án dân sự tỉnh Lai Châu"
    text = "Ngày 4/5, đoàn công tác đã làm việc với Thi hành án dân sự tỉnh về kết quả 7 tháng."
    for t, x in both(title, text):
        found = routine_step(t, x)
        assert found is not None and found.mention == "lam viec", t
    # ... not where the opening holds a complaint
    critical = "Tại buổi làm việc, nhiều người dân bức xúc vì bản án chậm thi hành."
    for t, x in both(title, critical):
        assert routine_step(t, x) is None, t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the fault is the case's whose money is recovered
        (
            "Lâm Đồng: Thu hồi gần 40 tỷ đồng cho Nhà nước trong vụ án sai phạm đất đai",
            "Thi hành án dân sự tỉnh đã thu hồi gần 40 tỷ đồng trong vụ án vi phạm quy định về "
            "quản lý đất đai, thuộc diện Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực theo dõi.",
        ),
        # "toàn bộ" before the amount
        (
            "Tuyên Quang: Thu hồi toàn bộ hơn 12 tỷ đồng trong vụ án tham nhũng đất đai",
            "Thi hành án dân sự tỉnh đã thi hành xong sớm hơn 3 tháng so với kế hoạch.",
        ),
        # officers paying for a debtor in hardship: the hardship is the debtor's
        (
            "Điện Biên: Chấp hành viên góp tiền giúp người nghèo hoàn thành nghĩa vụ thi hành án",
            "Thấy hoàn cảnh chị L. ở xã Mường Chà quá khó khăn, không có khả năng nộp án phí, công "
            "chức Phòng Thi hành án dân sự khu vực 2 đã cùng nhau đóng góp.",
        ),
        # a pilot of an online service
        (
            "Hải Phòng thí điểm nộp đơn yêu cầu thi hành án trực tuyến, tra cứu hồ sơ bằng mã QR",
            "Thi hành án dân sự thành phố Hải Phòng triển khai thí điểm từ tháng 5.",
        ),
        # the portrait column
        (
            "Chuyện nghề Thi hành án: Nữ chấp hành viên ở cao nguyên đá",
            "Chị Hằng đã gắn bó 12 năm với các bản làng.",
        ),
    ],
)
def test_money_recovered_charity_a_pilot_and_a_portrait_are_positive(title, text):
    for t, x in both(title, text):
        found = results_report(t, x)
        assert found is not None and found.label == "positive", t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Thu hồi gần 40 tỷ đồng nhưng vẫn còn sai phạm trong thi hành án",
            "Đoàn kiểm tra chỉ ra sai phạm của chấp hành viên trong việc kê biên.",
        ),
        # a hardship told of the agency, not of a debtor
        (
            "Chấp hành viên góp tiền giúp người nghèo, nhưng vụ việc vẫn chưa được thi hành",
            "Đơn vị còn nhiều khó khăn, vướng mắc trong xác minh tài sản.",
        ),
    ],
)
def test_results_with_the_agency_at_fault_or_in_hardship_are_not(title, text):
    for t, x in both(title, text):
        assert results_report(t, x) is None, t


@pytest.mark.parametrize(
    "title",
    [
        "Nộp đơn yêu cầu thi hành án ở đâu sau khi bỏ Chi cục Thi hành án?",
        "Người được thi hành án nhận tiền ở đâu?",
    ],
)
def test_a_reader_s_question_headline_is_an_explainer(title):
    for t, _ in both(title, ""):
        found = legal_explainer(t)
        assert found is not None and found.label == "neutral", t
    # ... not a critical question
    critical = "Chi trả tiền thi hành án chậm trễ, người dân hỏi tiền ở đâu?"
    assert legal_explainer(critical) is None


def test_an_office_s_plan_for_the_new_year_is_no_results_report():
    title = "Thi hành án dân sự thành phố triển khai nhiệm vụ năm 2027"
    text = (
        "Năm công tác 2026, Thi hành án dân sự thành phố Đà Nẵng thi hành xong 84,6% số việc có "
        "điều kiện. Năm 2027 phấn đấu thi hành xong trên 85% về việc."
    )
    for t, x in both(title, text):
        assert results_report(t, x) is None, t
        assert codes(t, x) == ["routine_step"], t


def test_a_reform_sparing_long_trips_is_positive():
    title = "Nộp tiền thi hành án qua điện thoại, người dân bớt cảnh đi lại hàng trăm cây số"
    text = "Thi hành án dân sự tỉnh Quảng Ngãi triển khai thu chi qua tài khoản ngân hàng."
    for t, x in both(title, text):
        found = results_report(t, x)
        assert found is not None and found.label == "positive", t


@pytest.mark.parametrize(
    "title",
    [
        "Người thua kiện không chịu trả nợ, tôi cần làm gì để được thi hành án?",
        "Lập vi bằng khi giao dịch nhà đất: những điều người dân cần biết",
    ],
)
def test_a_how_to_question_or_what_to_know_is_an_explainer(title):
    for t, _ in both(title, ""):
        found = legal_explainer(t)
        assert found is not None and found.label == "neutral", t


def test_asking_where_the_office_was_is_no_explainer():
    title = (
        "Doanh nghiệp chuyển nhượng tài sản khi đang phải thi hành án, cơ quan thi hành án ở đâu?"
    )
    for t, _ in both(title, ""):
        assert legal_explainer(t) is None, t


@pytest.mark.parametrize(
    "title",
    [
        "Thi hành án dân sự tỉnh Lai Châu quán triệt Luật Thi hành án dân sự (sửa đổi)",
        "Sơn La: Triển khai Luật Thi hành án dân sự (sửa đổi) đến toàn thể công chức",
        "Cục Quản lý Thi hành án dân sự ban hành Kế hoạch kiểm tra công tác năm 2026",
    ],
)
def test_training_on_a_law_or_a_plan_issued_is_routine(title):
    text = "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến."
    for t, x in both(title, text):
        found = routine_step(t, x)
        assert found is not None and found.label == "neutral", t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a failing told gone
        (
            "Chuyển biến tích cực trong thi hành án hành chính",
            "Đến nay 51 bản án đã được thi hành xong, không còn tình trạng cơ quan hành chính chây "
            "ì kéo dài như trước.",
        ),
        # money paid out, people paying of their own will
        (
            "Cà Mau: Chi trả hơn 38 tỷ đồng cho người được thi hành án trước Tết",
            "Thi hành án dân sự tỉnh Cà Mau đã chi trả cho người được thi hành án.",
        ),
        (
            "Phú Thọ: Hơn 300 người dân vùng cao tự nguyện thi hành án",
            "Nhờ tuyên truyền bằng tiếng Mường, người phải thi hành án tự nguyện nộp án phí.",
        ),
    ],
)
def test_a_failing_told_gone_money_paid_out_and_willing_payers_are_positive(title, text):
    for t, x in both(title, text):
        found = results_report(t, x)
        assert found is not None and found.label == "positive", t


def test_a_coercion_announced_is_routine():
    title = "Sắp cưỡng chế giao nhà, đất tại phường Long Khánh"
    text = "Thi hành án dân sự tỉnh Đồng Nai thông báo lịch cưỡng chế giao nhà cho người mua."
    for t, x in both(title, text):
        assert routine_coercion(t, x) is not None, t


@pytest.mark.parametrize(
    "title",
    [
        "UBND tỉnh Quảng Trị cho phép thành lập Văn phòng Thừa phát lại Đồng Hới",
        "Bộ Tư pháp tổ chức kỳ thi tuyển chấp hành viên năm 2026 từ ngày 10/11",
        "Nghệ An: Họp liên ngành bàn phương án cưỡng chế giao nhà, đất tại phường Vinh Phú",
    ],
)
def test_a_bailiff_office_licensed_an_exam_and_a_planning_meeting_are_routine(title):
    text = "Theo kế hoạch, các đơn vị liên quan phối hợp thực hiện."
    for t, x in both(title, text):
        found = routine_step(t, x)
        assert found is not None and found.label == "neutral", t


def test_a_planning_meeting_with_a_complaint_is_no_routine():
    title = "Họp liên ngành bàn phương án cưỡng chế giao nhà, đất tại phường Vinh Phú"
    text = "Gia đình bà H. bức xúc vì cho rằng việc kê biên là sai."
    for t, x in both(title, text):
        assert routine_step(t, x) is None, t


def test_a_can_one_question_is_an_explainer():
    for t, _ in both("Có thể thuê thừa phát lại xác minh điều kiện thi hành án?", ""):
        found = legal_explainer(t)
        assert found is not None and found.label == "neutral", t


def test_a_long_backlog_settled_is_positive():
    title = "Giải quyết dứt điểm vụ việc thi hành án kéo dài 9 năm ở Cẩm Phả"
    text = (
        "Sau nhiều năm tồn đọng, vụ việc buộc Công ty TNHH Thương mại Hải Hà Minh trả hơn 14 tỷ "
        "đồng cho 26 hộ dân tại phường Cẩm Phả đã được Phòng Thi hành án dân sự khu vực 2 - Thi "
        "hành án dân sự tỉnh Quảng Ninh giải quyết dứt điểm."
    )
    for t, x in both(title, text):
        found = results_report(t, x)
        assert found is not None and found.label == "positive", t


@pytest.mark.parametrize(
    "title",
    [
        "Ngành thi hành án dân sự tuyển 426 công chức",
        "Kiểm tra công tác theo dõi thi hành án hành chính tại Sơn La",
    ],
)
def test_a_recruitment_and_an_inspection_are_routine(title):
    for t, x in both(title, "Thời gian nhận hồ sơ đến hết ngày 30/11."):
        found = routine_step(t, x)
        assert found is not None and found.label == "neutral", t


@pytest.mark.parametrize(
    "title",
    [
        "Cưỡng chế giao biệt thự cho người trúng đấu giá ở TP HCM",
        "Từ 1/7, người được thi hành án phải trả chi phí",
    ],
)
def test_an_auction_buyer_s_handover_or_a_party_of_enforcement_in_the_headline_is_about_thads(
    title,
):
    for t, _ in both(title, ""):
        found = thads_headline(t)
        assert found is not None and found.label == "relevant", t
    # ... not a convict's sentence
    assert thads_headline("Người phải thi hành án phạt tù bỏ trốn") is None


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a portrait's headline
        (
            "Người chấp hành viên “gỡ” những vụ chia thừa kế nhà vườn",
            "Hơn 15 năm làm nghề, anh Minh đã hòa giải nhiều vụ thi hành án chia thừa kế.",
        ),
        (
            "Những người “gõ cửa” thi hành án trên cao nguyên đá",
            "Các chấp hành viên Phòng Thi hành án dân sự khu vực 3 đi bộ hàng chục cây số.",
        ),
        # cases settled, a risk of complaints averted
        (
            "Phối hợp liên ngành, giải quyết dứt điểm 27 việc thi hành án trọng điểm",
            "Đầu năm, đơn vị xác định 31 việc phức tạp, có nguy cơ phát sinh khiếu nại đông người.",
        ),
    ],
)
def test_a_portrait_and_cases_settled_with_a_risk_averted_are_positive(title, text):
    for t, x in both(title, text):
        found = results_report(t, x)
        assert found is not None and found.label == "positive", t


@pytest.mark.parametrize(
    "title",
    ["Người phải thi hành án bỏ trốn khỏi địa phương", "Người dân tố chấp hành viên gây khó dễ"],
)
def test_a_party_of_enforcement_in_the_headline_is_no_portrait(title):
    for t, x in both(title, "Thi hành án dân sự tỉnh cho biết đang xác minh."):
        assert results_report(t, x) is None, t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # one case done in full
        (
            "Gia Lai: Thi hành xong vụ án tín dụng 42 tỷ đồng kéo dài từ năm 2019",
            "Sau ba lần đấu giá không thành, tổ hợp kho lạnh đã có người mua.",
        ),
        (
            "Thu hồi đủ 126 tỷ đồng trong vụ án sai phạm đất công ở Sóc Trăng cũ",
            "Thi hành án dân sự thành phố Cần Thơ vừa thi hành xong toàn bộ khoản tiền phải nộp.",
        ),
        # a long case settled, its obstacles dealt with
        (
            "Vụ thi hành án 12 năm ở Phan Thiết đã được giải quyết dứt điểm",
            "Khu đất đã được giao sau khi cơ quan thi hành án xử lý xong các vướng mắc về tài sản.",
        ),
        # a reform launched: a Zalo channel, an online lookup system
        (
            "Huế mở kênh Zalo giúp đương sự đặt lịch làm việc với cơ quan thi hành án",
            "Thi hành án dân sự thành phố Huế vừa đưa vào hoạt động tài khoản Zalo chính thức.",
        ),
        (
            "Đà Nẵng: Đương sự tra cứu tiến độ thi hành án ngay trên điện thoại",
            "Thi hành án dân sự thành phố vừa đưa vào vận hành chính thức hệ thống tra cứu thông "
            "tin thi hành án trực tuyến.",
        ),
        # a sale that recovers a bank's outstanding bad debt
        (
            "Resort ở Mũi Né được bán đấu giá thành công, thu 312 tỷ đồng trả nợ ngân hàng",
            "Người mua trả giá cao hơn giá khởi điểm, giúp ngân hàng thu hồi khoản nợ xấu tồn đọng "
            "từ năm 2019.",
        ),
    ],
)
def test_a_case_done_in_full_settled_a_digital_channel_or_a_debt_recovered_are_positive(
    title, text
):
    for t, x in both(title, text):
        found = results_report(t, x)
        assert found is not None and found.label == "positive", t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Chưa thi hành xong vụ án tín dụng 42 tỷ đồng", "Tài sản đã ba lần đấu giá không thành."),
        (
            "Vụ thi hành án 12 năm ở Phan Thiết chưa được giải quyết dứt điểm",
            "Người được thi hành án vẫn chờ.",
        ),
        # a backlog of the office's own, not a creditor's debt
        (
            "Thi hành án dân sự tỉnh mở kênh Zalo",
            "Số việc tồn đọng vẫn lớn, nhiều vụ kéo dài.",
        ),
    ],
)
def test_a_case_not_done_or_a_backlog_still_told_is_not_positive(title, text):
    for t, x in both(title, text):
        assert results_report(t, x) is None, t


def test_a_working_session_quoting_results_is_routine():
    title = "Cục Quản lý thi hành án dân sự làm việc với Thi hành án dân sự tỉnh Gia Lai"
    text = "Đến hết tháng 6, đơn vị đã thi hành xong 5.120 việc, thu hơn 1.200 tỷ đồng."
    for t, x in both(title, text):
        assert codes(t, x) == ["routine_step"], t
    # ... while the same results under a results headline are positive
    for t, x in both("Gia Lai thi hành xong 5.120 việc trong 9 tháng", text):
        assert codes(t, x) == ["results_report"], t


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Lai Châu triển khai nhiệm vụ thi hành án dân sự năm 2027", "routine_step"),
        ("Lịch tiếp công dân định kỳ của Thi hành án dân sự thành phố tháng 12", "formal_notice"),
        ("Thừa hành viên là ai, làm gì trong thi hành án dân sự?", "legal_explainer"),
    ],
)
def test_a_year_s_tasks_a_reception_schedule_and_who_one_is_are_neutral(title, code):
    for t, x in both(title, "Theo Thi hành án dân sự tỉnh, các nội dung được thông báo rộng rãi."):
        assert codes(t, x) == [code], t


def test_replying_as_a_quality_is_no_reply():
    title = "Phối hợp truyền thông thi hành án dân sự: Thông tin nhanh hơn, phản hồi kịp thời hơn"
    for t, _ in both(title, ""):
        assert authority_reply(t) is None, t
    assert authority_reply("Thi hành án dân sự TP.HCM phản hồi bài viết của bạn đọc") is not None


@pytest.mark.parametrize(
    "title",
    [
        "Vì sao một phòng thi hành án vùng cao về đích sớm hai tháng?",
        "Nộp tiền thi hành án qua ứng dụng, người dân Thủ đô không còn phải xếp hàng",
        "Nộp tiền thi hành án bằng điện thoại: người dân Bắc Ninh bớt những chuyến đi xa",
        "Hưng Yên: Hơn 2.300 việc tồn đọng được giải quyết sau đợt cao điểm",
        "Bạn đọc viết: Cảm ơn những chấp hành viên đã giúp mẹ con tôi nhận tiền cấp dưỡng",
    ],
)
def test_targets_met_early_a_queue_spared_a_backlog_settled_and_thanks_are_positive(title):
    for t, x in both(title, "Thi hành án dân sự tỉnh cho biết kết quả trên."):
        found = results_report(t, x)
        assert found is not None and found.label == "positive", t


@pytest.mark.parametrize(
    "title",
    [
        "Nhóm đua xe về đích trước, bị công an chặn bắt",
        "Còn 2.300 việc tồn đọng chưa được giải quyết",
    ],
)
def test_a_race_or_a_backlog_still_told_is_not_positive(title):
    for t, x in both(title, "Thi hành án dân sự tỉnh cho biết."):
        assert results_report(t, x) is None, t


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "“Không ngờ có ngày hai anh em lại ngồi chung một bàn”",
            "Hai anh em ở xã Long Hồ đã tự thỏa thuận chia đất ngay tại buổi làm việc do chấp hành "
            "viên tổ chức.",
        ),
        (
            "Thêm hai văn phòng thừa hành viên đi vào hoạt động tại Lâm Đồng",
            "Hai văn phòng chính thức hoạt động từ ngày 1/10.",
        ),
        (
            "Hà Tĩnh: Kê biên 3 thửa đất của nguyên giám đốc ban quản lý dự án",
            "Tài sản được kê biên để bảo đảm thi hành khoản tiền hơn 4,6 tỷ đồng.",
        ),
    ],
)
def test_a_feed_item_whose_lead_names_thads_is_about_thads(title, lead):
    for t, x in both(title, lead):
        found = thads_lead(t, x, x)
        assert found is not None and found.label == "relevant", t


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        # criminal enforcement's "cơ quan thi hành án"
        (
            "Thi hành án tử tù Nguyễn Văn A.",
            "Cơ quan thi hành án đã thực hiện tiêm thuốc độc đối với tử tù.",
        ),
        (
            "Công ty khai thác cát bị cưỡng chế",
            "Cơ quan thi hành án hình sự Công an tỉnh áp dụng biện pháp cưỡng chế thi hành án đối "
            "với pháp nhân thương mại.",
        ),
        # an impostor
        ("Bắt kẻ lừa đảo", "Đối tượng tự xưng là cán bộ thi hành án để chiếm đoạt tiền."),
    ],
)
def test_a_feed_item_of_criminal_enforcement_or_an_impostor_is_not(title, lead):
    for t, x in both(title, lead):
        assert thads_lead(t, x, x) is None, t


@pytest.mark.parametrize(
    ("title", "text", "code"),
    [
        # how-to questions on a remedy, whatever failing they name
        (
            "Không đồng ý với quyết định của chấp hành viên, khiếu nại ở đâu và trong bao lâu?",
            "Bạn đọc hỏi về quyền khiếu nại trong thi hành án dân sự.",
            "legal_explainer",
        ),
        (
            "Bị kê biên nhầm tài sản khi thi hành án, yêu cầu Nhà nước bồi thường thế nào?",
            "Người bị kê biên nhầm có quyền yêu cầu bồi thường.",
            "legal_explainer",
        ),
        # the procedure named last, the time allowed, a law's main points, a loss asked about
        (
            "Thuê thừa phát lại xác minh tài sản người phải thi hành án: thủ tục và chi phí",
            "Luật sư giải đáp.",
            "legal_explainer",
        ),
        (
            "Nhận quyết định thi hành án, người dân có bao nhiêu ngày để tự nguyện thi hành?",
            "Luật sư giải đáp.",
            "legal_explainer",
        ),
        (
            "Những nội dung chính của Luật Thi hành án dân sự (sửa đổi)",
            "Luật gồm 9 chương.",
            "legal_explainer",
        ),
        (
            "Nhà chung bị kê biên vì chồng nợ riêng, vợ có mất phần?",
            "Luật sư giải đáp.",
            "legal_explainer",
        ),
        # officers counted at a training; an office moving
        (
            "Hơn 2.000 công chức thi hành án được tập huấn quy định mới theo hình thức trực tuyến",
            "Cục Quản lý thi hành án dân sự tổ chức tập huấn.",
            "routine_step",
        ),
        (
            "Phòng Thi hành án dân sự khu vực 3 chuyển trụ sở về phường Đồng Hới",
            "Trụ sở mới bắt đầu tiếp công dân từ ngày 1/10.",
            "formal_notice",
        ),
    ],
)
def test_how_to_questions_the_procedure_a_training_and_a_move_are_neutral(title, text, code):
    for t, x in both(title, text):
        assert codes(t, x) == [code], t


def test_a_critical_question_or_a_complaint_reported_is_no_how_to():
    for t, x in both("Vì sao khiếu nại kéo dài mà không được giải quyết?", "Bà H. cho biết."):
        assert "legal_explainer" not in codes(t, x), t
    for t, x in both("Dân khiếu nại vì bị kê biên nhầm nhà", "Bà H. cho biết."):
        assert codes(t, x) == ["enforcement_complaint"], t


@pytest.mark.parametrize(
    "title",
    [
        "Ba vụ khiếu nại kéo dài được gỡ sau buổi đối thoại, đương sự rút đơn và gửi lời cảm ơn",
        "Thanh Hóa: Cưỡng chế giao nhà êm thấm sau 5 năm, người dân đồng tình",
        "Nộp tiền thi hành án bằng điện thoại: người dân Cần Thơ bớt cảnh chờ đợi",
        "Chủ động bồi thường sớm: cách làm cầu thị của Thi hành án dân sự Đà Nẵng",
    ],
)
def test_complaints_settled_a_smooth_handover_waiting_spared_a_receptive_practice_are_positive(
    title,
):
    for t, x in both(title, "Thi hành án dân sự thành phố cho biết kết quả trên."):
        found = results_report(t, x)
        assert found is not None and found.label == "positive", t


def test_a_request_to_enforce_is_no_receptive_practice():
    for t, x in both("Người dân nộp đơn yêu cầu thi hành án tại Đà Nẵng", "Đơn đã được nhận."):
        assert results_report(t, x) is None, t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the criminal case named "vụ sai phạm": no fault of the agency's
        (
            "Đấu giá thành công khu nghỉ dưỡng ven biển Phú Quốc, thu hơn 2.100 tỷ đồng",
            "Thi hành án dân sự tỉnh An Giang đã nộp toàn bộ số tiền vào ngân sách theo bản án "
            "vụ sai phạm đất đai tại Phú Quốc.",
        ),
        ("Trả lại hơn 180 tỷ đồng cho bị hại vụ sàn tiền ảo", "Thi hành án dân sự tỉnh cho biết."),
        ("Chi trả đợt 3 cho trái chủ Kim Long Hải", "Thi hành án dân sự TP.HCM cho biết."),
    ],
)
def test_a_sale_in_a_case_of_wrongdoing_money_returned_and_a_payment_round_are_positive(
    title, text
):
    for t, x in both(title, text):
        found = results_report(t, x)
        assert found is not None and found.label == "positive", t


def test_a_payment_schedule_announced_or_an_agency_s_case_of_wrongdoing_is_not_positive():
    notice = "Thi hành án dân sự TP Hà Nội thông báo lịch chi trả đợt 1 cho bị hại vụ Thăng Long"
    for t, x in both(notice, "Người nhận mang theo căn cước."):
        assert results_report(t, x) is None, t
    faulted = "Đấu giá thành công lô đất, nhưng vụ việc sai phạm của chấp hành viên chưa xử lý"
    for t, x in both(faulted, "Người dân phản ánh."):
        assert results_report(t, x) is None, t


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Bố mất, con có phải trả khoản nợ 600 triệu?", "legal_explainer"),
        ("Hà Nội rà soát hơn 21.000 việc chưa có điều kiện thi hành án", "routine_step"),
        (
            "Viện kiểm sát tỉnh trực tiếp kiểm sát tại Phòng Thi hành án dân sự khu vực 4",
            "routine_step",
        ),
        ("Sơ kết một năm vận hành mô hình tổ chức thi hành án dân sự mới", "routine_step"),
    ],
)
def test_whether_one_must_pay_files_reviewed_an_inspection_and_a_review_meeting_are_neutral(
    title, code
):
    for t, x in both(title, "Thi hành án dân sự tỉnh cho biết các nội dung trên."):
        assert codes(t, x) == [code], t


def test_a_review_meeting_reporting_results_is_positive():
    title = "Sơ kết 6 tháng: thi hành xong 5.120 việc, vượt chỉ tiêu"
    for t, x in both(title, "Thi hành án dân sự tỉnh cho biết."):
        assert codes(t, x) == ["results_report"], t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a reform launched, told with the system's name after "mô hình mới" (a comma lost)
        (
            "Biên lai điện tử giúp người dân nộp tiền nhanh, minh bạch",
            "Sau hai tháng vận hành theo mô hình mới Thi hành án dân sự tỉnh Gia Lai đã triển "
            "khai biên lai điện tử tại tất cả các Phòng Thi hành án dân sự khu vực.",
        ),
        (
            "Tin thi hành án",
            "Thi hành án dân sự tỉnh Gia Lai áp dụng biên lai điện tử tại các Phòng khu vực.",
        ),
    ],
)
def test_a_reform_applied_or_making_payment_quick_is_positive(title, text):
    for t, x in both(title, text):
        assert results_report(t, x) is not None, t


def test_only_just_enforcing_a_share_is_still_no_results_report():
    text = (
        "Sau hai tháng vận hành theo mô hình mới, Thi hành án dân sự tỉnh Gia Lai triển khai biên "
        "lai điện tử, nhưng mới thi hành xong 12% số việc."
    )
    for t, x in both("Tin thi hành án", text):
        assert results_report(t, x) is None


@pytest.mark.parametrize(
    "title",
    [
        "Thái Nguyên tập huấn nghiệp vụ theo dõi thi hành án hành chính",
        "Lâm Đồng quán triệt Luật Thi hành án dân sự sửa đổi",
    ],
)
def test_a_training_or_briefing_after_the_place_is_routine(title):
    text = (
        "Thi hành án dân sự tỉnh tổ chức hội nghị cho cán bộ các Phòng Thi hành án dân sự khu vực."
    )
    for t, x in both(title, text):
        assert routine_step(t, x) is not None, t
    # ... not a step years late nor with a fault
    for t, x in both(title, text + " Nhiều chấp hành viên bị khiếu nại vì chậm trễ."):
        assert routine_step(t, x) is None, t


def test_a_model_taking_effect_on_a_date_is_law_news():
    for t, x in both("Hệ thống thi hành án dân sự vận hành mô hình mới từ 1/7", "Từ 1/7/2025, ..."):
        assert "law_news" in codes(t, x)
    # ... not a date in the middle of a critical headline
    for t, x in both("Vì sao từ 1/7 vẫn chưa thi hành án xong?", "Nhiều người bức xúc."):
        assert "law_news" not in codes(t, x)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a backlog case untangled by persuasion
        (
            "Chấp hành viên kiên trì đối thoại, 'gỡ' vụ việc tồn đọng hơn 10 năm",
            "Chấp hành viên đã thuyết phục người phải thi hành án tự nguyện bàn giao thửa đất.",
        ),
        # time cut, people's praise, backlog files settled faster
        (
            "Thi hành án dân sự Đồng Tháp giải quyết hồ sơ nhanh hơn",
            "Đơn vị đã rút ngắn thời gian ra quyết định thi hành án, giúp nhiều hồ sơ tồn đọng "
            "được giải quyết nhanh hơn, người dân đánh giá cao.",
        ),
        # e-receipts for money in and out ("thu, chi": no "chỉ thi hành")
        (
            "Thi hành án dân sự TP Đà Nẵng đẩy mạnh chuyển đổi số",
            "Đơn vị đã áp dụng biên lai điện tử cho 100% khoản thu, chi thi hành án.",
        ),
    ],
)
def test_a_backlog_untangled_time_cut_or_e_receipts_for_money_in_and_out_are_positive(title, text):
    for t, x in both(title, text):
        assert results_report(t, x) is not None, t


def test_backlog_files_still_slow_or_only_a_share_paid_out_are_not_positive():
    for text in (
        "Nhiều hồ sơ tồn đọng vẫn chưa được giải quyết, người dân bức xúc.",
        "Đơn vị mới chi thi hành án được 20% số tiền phải trả.",
    ):
        for t, x in both("Thi hành án dân sự TP Đà Nẵng đẩy mạnh chuyển đổi số", text):
            assert results_report(t, x) is None, x


_DEPUTY_ACCUSED = "Chấp hành viên bị tố nhận hối lộ, Thi hành án dân sự tỉnh có thêm Phó Trưởng"


def test_a_new_deputy_is_a_notice():
    for t, x in both("Cục Quản lý thi hành án dân sự có thêm Phó Cục trưởng", ""):
        found = formal_notice(t, x)
        assert found is not None and found.label == "neutral"
    # ... but an allegation in it outranks the notice
    assert decide("neutral", signals(_DEPUTY_ACCUSED, "", None, AFTER)) == ("needs_correction")


@pytest.mark.parametrize(
    "title",
    [
        "Quảng Trị: Theo dõi thi hành 23 bản án, quyết định hành chính",
        "Cục Quản lý THADS và Báo Pháp luật Việt Nam ký Quy chế phối hợp truyền thông",
        "VKSND tỉnh Thanh Hóa kiểm sát trực tiếp công tác thi hành án dân sự",
    ],
)
def test_following_judgments_signing_a_regulation_or_a_procuracy_s_check_is_routine(title):
    for t, x in both(title, "Hoạt động diễn ra theo kế hoạch."):
        assert routine_step(t, x) is not None, t


def test_an_inspection_of_complaint_handling_is_routine_but_not_a_complaint_itself():
    title = "Đoàn kiểm tra Cục Quản lý THADS làm việc tại Thi hành án dân sự tỉnh Thái Nguyên"
    text = (
        "Đoàn kiểm tra công tác nghiệp vụ, tài chính, tiếp công dân và giải quyết khiếu nại, tố "
        "cáo năm 2025."
    )
    for t, x in both(title, text):
        assert routine_step(t, x) is not None, t
    for t, x in both(title, "Nhiều người dân khiếu nại chấp hành viên chậm trễ."):
        assert routine_step(t, x) is None, t


def test_an_office_s_addresses_and_a_price_cut_notice_are_notices():
    for t, x in both(
        "Thi hành án dân sự TP Huế công bố địa chỉ, lịch tiếp công dân các Phòng THADS khu vực", ""
    ):
        assert formal_notice(t, x) is not None, t
    text = (
        "Thi hành án dân sự tỉnh Lâm Đồng vừa thông báo giảm giá lần thứ ba đối với tài sản đấu "
        "giá. Giá khởi điểm là hơn 10 tỷ đồng; người có nhu cầu có thể xem tài sản đến 10/6."
    )
    for t, x in both("Tài sản chưa có người mua sau 3 lần đấu giá", text):
        assert formal_notice(t, x) is not None, t


def test_the_agency_s_lawsuit_won_is_positive_but_a_law_passed_is_not_a_result():
    for t, x in both(
        "Phát hiện con nợ tẩu tán tài sản, cơ quan thi hành án khởi kiện thành công",
        "Tòa án tuyên hợp đồng tặng cho vô hiệu.",
    ):
        assert decide("neutral", signals(t, x, None, AFTER)) == "positive", t
    for t, x in both(
        "Người dân khởi kiện thành công cơ quan thi hành án", "Tòa buộc bồi thường 200 triệu."
    ):
        assert results_report(t, x) is None, t
    for t, x in both(
        "Quốc hội thông qua Luật Thi hành án dân sự (sửa đổi)",
        "Luật thể chế hóa mô hình tổ chức mới và đẩy mạnh chuyển đổi số trong thi hành án.",
    ):
        assert results_report(t, x) is None, t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Phó Trưởng Thi hành án dân sự tỉnh Cà Mau được công nhận Chiến sĩ thi đua toàn quốc",
            "Ông K. nhận danh hiệu do Thủ tướng tặng.",
        ),
        (
            "Đấu giá thành công khu đất trong vụ án tham nhũng",
            "Khu đất được kê biên trong một vụ án tham nhũng liên quan đến việc giao đất sai quy "
            "định; Thi hành án dân sự tỉnh đã đấu giá thành công, thu về hơn 210 tỷ đồng.",
        ),
        (
            "Hà Nội: Trả hơn 120 tỷ đồng cho bị hại trong vụ lừa bán dự án 'ma'",
            "Thi hành án dân sự TP Hà Nội vừa tổ chức chi trả đợt 2 với tổng số tiền hơn 120 tỷ "
            "đồng cho hơn 900 bị hại.",
        ),
        (
            "Chấp hành viên miền Tây bám ấp, giải quyết án tồn đọng",
            "Nhờ vậy, gần 300 việc tồn đọng nhiều năm đã được thi hành xong chỉ trong hai tháng.",
        ),
    ],
)
def test_an_emulation_title_a_sale_in_a_corruption_case_victims_paid_and_a_backlog_done(
    title, text
):
    for t, x in both(title, text):
        assert results_report(t, x) is not None, t


_AGENDA_TEXT = "Hội nghị trao đổi về khó khăn, vướng mắc trong xử lý tài sản."
_PLAIN_TEXT = "Hoạt động diễn ra theo kế hoạch."
_PROSECUTED = "Cơ quan công an đã khởi tố vụ án theo hồ sơ do cơ quan thi hành án chuyển đến."


@pytest.mark.parametrize(
    ("title", "text", "code"),
    [
        (
            "Cục Quản lý Thi hành án dân sự giao ban công tác với các địa phương",
            _AGENDA_TEXT,
            "routine_step",
        ),
        (
            "Cục trưởng Cục Quản lý Thi hành án dân sự làm việc tại Điện Biên",
            _AGENDA_TEXT,
            "routine_step",
        ),
        (
            "Công đoàn Thi hành án dân sự tỉnh Hưng Yên tổ chức gặp mặt nhân ngày 8/3",
            _PLAIN_TEXT,
            "routine_step",
        ),
        (
            "Số liệu thống kê thi hành án dân sự tháng 10 năm công tác 2027",
            _PLAIN_TEXT,
            "routine_step",
        ),
        ("Cai Be: To chuc giao dat vuon cho nguoi trung dau gia", _PLAIN_TEXT, "routine_step"),
        (
            "Thi hành án dân sự tỉnh Hà Tĩnh điều động, luân chuyển 14 chấp hành viên",
            _PLAIN_TEXT,
            "formal_notice",
        ),
        (
            "Công bố quyết định về tổ chức bộ máy Thi hành án dân sự tỉnh Sơn La",
            _PLAIN_TEXT,
            "formal_notice",
        ),
        ("Bán đấu giá lần thứ ba vườn dừa ở Mỏ Cày Nam", _PLAIN_TEXT, "formal_notice"),
        (
            "Thi hành án dân sự HCM tìm người nhận các khoản tiền tồn đọng",
            _PLAIN_TEXT,
            "formal_notice",
        ),
        (
            "Bộ Tư pháp trả lời kiến nghị cử tri Gia Lai về thi hành án tín dụng",
            _PLAIN_TEXT,
            "authority_reply",
        ),
        (
            "Khởi tố người phải thi hành án bán tài sản đã bị kê biên",
            _PROSECUTED,
            "debtor_at_fault",
        ),
    ],
)
def test_meetings_statistics_personnel_notices_replies_and_a_debtor_prosecuted(title, text, code):
    for t, x in both(title, text):
        assert code in codes(t, x), t
    # ... the meetings' agenda is no complaint, but a complaint told is
    if title.startswith("Cục"):
        for t, x in both(title, "Nhiều người dân khiếu nại chấp hành viên chậm trễ."):
            assert "routine_step" not in codes(t, x), t


def test_a_request_to_clear_up_is_no_reply_and_a_launch_with_appointments_stays_positive():
    for t, _x in both("Đề nghị THADS TP Hà Nội làm rõ việc chậm chi trả tiền cho 14 hộ dân", ""):
        assert authority_reply(t) is None, t
    title = (
        "Bộ Tư pháp công bố các quyết định về công tác tổ chức cán bộ và ra mắt hệ thống biên lai "
        "điện tử thi hành án dân sự"
    )
    assert "formal_notice" not in codes(title, "")
    assert "results_report" in codes(title, "")


def test_a_coercion_ending_years_of_a_debtor_s_delay_is_positive():
    text = (
        "Thi hành án dân sự TP.HCM vừa cưỡng chế thành công, bàn giao khu đất cho người được thi "
        "hành án sau 6 năm chây ì."
    )
    for t, x in both("Cưỡng chế thành công, trả lại khu đất 2.000 m2", text):
        assert results_report(t, x) is not None, t
    # ... not one where the debtor still delays
    for t, x in both("Tin thi hành án", "Doanh nghiệp vẫn chây ì, chưa thi hành."):
        assert results_report(t, x) is None, t


def test_the_office_answering_what_a_reader_reported_is_a_reply():
    title = (
        "Vụ bạn đọc phản ánh chậm nhận tiền thi hành án ở Bến Tre cũ: Thi hành án dân sự tỉnh "
        "Vĩnh Long thông tin"
    )
    for t, _x in both(title, ""):
        assert authority_reply(t) is not None, t
    # ... but people complaining of the office in the same clause is no reply
    for t, _x in both("Người dân phản ánh chấp hành viên 'lờ' thông tin về tài sản", ""):
        assert authority_reply(t) is None, t


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Son La: Thong bao tim nguoi duoc thi hanh an den nhan tien", "formal_notice"),
        ("Thắng kiện đòi nợ, làm thế nào để yêu cầu thi hành án?", "legal_explainer"),
        ("Làm việc về công tác theo dõi thi hành án hành chính tại Hà Tĩnh", "routine_step"),
        ("Bắc Ninh có thêm Văn phòng Thừa phát lại tại khu vực Bắc Giang cũ", "routine_step"),
    ],
)
def test_a_notice_after_a_dateline_a_how_to_a_working_session_and_a_new_bailiff_office(title, code):
    for t, x in both(title, "Hoạt động diễn ra theo kế hoạch."):
        assert code in codes(t, x), t


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Đồng Tháp: Số liệu thi hành án dân sự 6 tháng năm công tác 2026", "routine_step"),
        ("Sau sắp xếp, người dân liên hệ cơ quan thi hành án dân sự ở đâu?", "legal_explainer"),
    ],
)
def test_figures_released_and_where_to_turn_are_routine_or_explainers(title, code):
    for t, x in both(title, "Theo báo cáo, đơn vị đang giải quyết hồ sơ theo quy định."):
        assert code in codes(t, x), t


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Người phải thi hành án định cư ở Úc tự nguyện chuyển trả 1,8 tỷ đồng",
            "Sau gần một năm chấp hành viên kiên trì liên lạc, người phải thi hành án đã tự nguyện "
            "chuyển trả toàn bộ khoản tiền 1,8 tỷ đồng.",
        ),
        (
            "Trước Tết, hơn 1.300 người dân Nghệ An nhận lại tiền thi hành án",
            "Thi hành án dân sự tỉnh Nghệ An đồng loạt chi trả hơn 12 tỷ đồng cho 1.300 người được "
            "thi hành án, nhiều khoản tồn đọng từ các năm trước.",
        ),
        (
            "Bộ trưởng: 'Thi hành án dân sự Hà Nội là điểm sáng của toàn hệ thống'",
            "Bộ trưởng ghi nhận đơn vị đã nhanh chóng ổn định bộ máy.",
        ),
        (
            "Giải quyết dứt điểm 120 việc thi hành án tín dụng tồn đọng",
            "Thi hành án dân sự tỉnh đã giải quyết dứt điểm 120 việc tồn đọng nhiều năm.",
        ),
    ],
)
def test_a_debtor_abroad_paying_old_amounts_paid_a_minister_s_praise_and_a_backlog_cleared(
    title, text
):
    for t, x in both(title, text):
        assert results_report(t, x) is not None, t


def test_a_signing_with_the_procuracy_is_routine():
    text = (
        "Hai đơn vị ký kết quy chế phối hợp trong công tác thi hành án dân sự, phối hợp tổ chức "
        "cưỡng chế và giải quyết khiếu nại."
    )
    for t, x in both("Ký kết quy chế phối hợp giữa Thi hành án dân sự và Viện kiểm sát", text):
        assert routine_step(t, x) is not None, t
