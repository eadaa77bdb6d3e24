"""Revisions 20 and 21, both ways, each on the words of a blind set's story it was mended from
and on the look-alike it must leave alone: (a) an office "still not" carrying out a death
sentence; (c) a kind of case and a court named; (f) a party crying out, money still hanging, a
property still awaited, a headline telling success; (g) a property back, a backlog closed; (j) a
briefing, a training, a plan, judgments monitored; (e) a notice after its office; (k) official
information; and (21) an answer denied ("không trả lời") is no answer, an explanation is one."""

from __future__ import annotations

from classifier.rules import (
    authority_reply,
    criminal_enforcement_by_thads,
    formal_notice,
    officer_misconduct,
    results_report,
    routine_step,
    signals,
)
from tests.rules_text import AFTER, both, codes


def test_an_office_still_not_carrying_out_a_death_sentence_is_given_the_task():
    text = (
        "Hơn 2 năm kể từ khi bản án có hiệu lực, Thi hành án dân sự tỉnh Điện Biên vẫn chưa tổ "
        "chức thi hành án tử hình đối với Vàng A S."
    )
    for t, x in both("Vì sao chưa thi hành án tử hình kẻ buôn ma túy?", text):
        assert criminal_enforcement_by_thads(t, x) is not None, x
        assert "criminal_enforcement" in codes(t, x), x
    never = "Cơ quan thi hành án dân sự chưa bao giờ thi hành án tử hình; việc này do công an làm."
    for t, x in both("Hỏi đáp pháp luật", never):
        assert criminal_enforcement_by_thads(t, x) is None, x


def test_a_kind_of_case_or_a_court_named_is_no_misconduct():
    results = (
        "Hệ thống thi hành án dân sự đã thi hành xong 1.247 việc liên quan đến án tham nhũng, thu "
        "hơn 8.600 tỷ đồng."
    )
    for t, x in both("Thu hồi tài sản trong 6 tháng", results):
        assert officer_misconduct(t, x) is None, x
    court = (
        "Trở ngại khách quan có thể do lỗi của cơ quan xét xử, cơ quan thi hành án; thời gian đó "
        "không tính vào thời hiệu."
    )
    for t, x in both("Thời hiệu yêu cầu thi hành án", court):
        assert officer_misconduct(t, x) is None, x
    # ... but an officer named before his act, and an officer tried, still are
    for title in (
        "Chấp hành viên ở Nghệ An bị bắt vì nhận hối lộ",
        "Xét xử chấp hành viên nhận hối lộ",
    ):
        for t, x in both(title, ""):
            assert officer_misconduct(t, x) is not None, t
    taken = "Chấp hành viên Nguyễn Văn A chiếm đoạt tiền thi hành án của đương sự."
    for t, x in both("Tin", taken):
        assert officer_misconduct(t, x) is not None, x


def test_a_party_crying_out_or_money_still_hanging_is_a_complaint():
    frozen = (
        "Công ty cho rằng việc cơ quan thi hành án phong tỏa tài khoản của công ty, trong khi "
        "người phải thi hành án chỉ là một cổ đông, khiến công nhân chậm nhận lương."
    )
    title = "Bắc Giang: Doanh nghiệp kêu bị phong tỏa tài khoản trả lương vì nợ của cổ đông"
    for t, x in both(title, frozen):
        assert "enforcement_complaint" in codes(t, x), t
    hanging = "Hàng chục tỷ đồng tiền phạt, bồi thường trong án tham nhũng ở Bắc Kạn vẫn 'treo'"
    for t, x in both(hanging, "Nhiều khoản tiền chưa thu được."):
        assert "enforcement_complaint" in codes(t, x), t
    # ... not a suspended sentence, nor a complaint told of the past
    for t, x in both("Bị cáo vẫn hưởng án treo", "Bị cáo phải nộp án phí tại cơ quan thi hành án."):
        assert "enforcement_complaint" not in codes(t, x), t


def test_a_property_awaited_is_no_property_back():
    text = (
        "Bản án buộc doanh nghiệp trả đất từ năm 2018 nhưng đến nay cơ quan thi hành án vẫn chưa "
        "bàn giao."
    )
    title = "Sau 8 năm vẫn chờ nhận lại đất, gia đình bà S. gửi đơn kêu cứu"
    for t, x in both(title, text):
        assert "enforcement_complaint" in codes(t, x), t
        assert results_report(t, x) is None, t
    back = "Sau 8 năm, gia đình bà S. đã được cơ quan thi hành án bàn giao lại 1.500 m2 đất."
    for t, x in both("Phú Quốc: Gia đình nhận lại đất sau 8 năm chờ thi hành án", back):
        found = results_report(t, x)
        assert found is not None and found.label == "positive", t


def test_a_headline_telling_success_leaves_its_lead_s_past_complaints():
    lead = (
        "Sau 8 năm người phải thi hành án liên tục gửi đơn khiếu nại và chống đối thi hành án, Thi "
        "hành án dân sự tỉnh Phú Thọ đã tổ chức cưỡng chế, giao đất cho người được thi hành án."
    )
    for t, x in both("Cưỡng chế thành công vụ việc kéo dài 8 năm ở khu vực Hòa Bình", lead):
        assert "enforcement_complaint" not in codes(t, x), t
    # ... but a headline with no success keeps them, and so does coercion despite a complaint
    for t, x in both("Cưỡng chế giao đất ở khu vực Hòa Bình", lead):
        assert "enforcement_complaint" in codes(t, x), t
    despite = "Dù người dân đang khiếu nại, cơ quan thi hành án vẫn cưỡng chế giao đất."
    for t, x in both("Cưỡng chế chưa thành công ở Phú Thọ", despite):
        assert "enforcement_complaint" in codes(t, x), t


def test_a_backlog_told_closed_after_it_is_a_result():
    text = (
        "Kiên trì đối thoại, chấp hành viên Thi hành án dân sự tỉnh Lào Cai đã thuyết phục ông S. "
        "tự nguyện giao 800 m2 đất cho hàng xóm theo bản án."
    )
    for t, x in both("Vụ việc tồn đọng 11 năm khép lại bằng cái bắt tay", text):
        assert results_report(t, x) is not None, t
    for t, x in both("Vụ việc tồn đọng 11 năm chưa được giải quyết", text):
        assert results_report(t, x) is None, t


def test_a_briefing_a_training_a_plan_and_a_monitoring_are_routine():
    briefing = (
        "Thi hành án dân sự thành phố Huế tổ chức giao ban; trong quý, toàn thành phố đã thi hành "
        "xong 2.788 việc."
    )
    for t, x in both("Giao ban công tác thi hành án dân sự quý II", briefing):
        assert [s.code for s in signals(t, x, None, AFTER)] == ["routine_step"], t
    for title in (
        "Bồi dưỡng kỹ năng xác minh điều kiện thi hành án cho chấp hành viên",
        "Sơn La ban hành kế hoạch kiểm tra công tác thi hành án dân sự năm 2026",
        "Lâm Đồng theo dõi thi hành 57 bản án, quyết định hành chính",
    ):
        for t, x in both(title, "Đơn vị đã triển khai theo kế hoạch."):
            found = routine_step(t, x)
            assert found is not None and found.label == "neutral", t
    # ... not a monitoring that finds the office at fault
    faulted = "Đoàn giám sát chỉ ra nhiều sai sót của chấp hành viên."
    for t, x in both("Lâm Đồng theo dõi thi hành 57 bản án, quyết định hành chính", faulted):
        assert routine_step(t, x) is None, t


def test_a_notice_after_its_office_and_official_information_are_neutral():
    title = "Thi hành án dân sự thành phố Hải Phòng thông báo về việc nhận tiền thi hành án"
    for t, x in both(title, "Đề nghị các đương sự có tên dưới đây đến trụ sở để nhận tiền."):
        found = formal_notice(t, x)
        assert found is not None and found.label == "neutral", t
    results = "Thi hành án dân sự thành phố Hải Phòng thông báo kết quả 6 tháng đầu năm"
    for t, x in both(results, "Đơn vị đã thi hành xong 3.000 việc."):
        assert formal_notice(t, x) is None, t
    official = "Vụ cưỡng chế giao nhà ở phường Hà Tu: Cơ quan thi hành án thông tin chính thức"
    for t, _ in both(official, ""):
        assert authority_reply(t) is not None, t
    for t, _ in both("Vụ cưỡng chế giao nhà ở phường Hà Tu: người dân bức xúc", ""):
        assert authority_reply(t) is None, t


def test_an_answer_denied_is_a_complaint_and_an_explanation_is_an_answer():
    for title in (
        "Đơn gửi 2 năm, cơ quan thi hành án không trả lời",
        "Thi hành án dân sự tỉnh Cà Mau chưa phản hồi đơn của bà A",
    ):
        for t, x in both(title, "Bà A cho biết đã gửi đơn nhiều lần."):
            assert authority_reply(t) is None, t
            assert "enforcement_complaint" in codes(t, x), t
    explained = (
        "Gia đình người phải thi hành án cho rằng tài sản bị bán rẻ, cơ quan thi hành án giải thích"
    )
    for t, x in both(explained, "Giá khởi điểm được xác định theo chứng thư thẩm định giá."):
        assert [s.code for s in signals(t, x, None, AFTER)] == ["authority_reply"], t
    for t, _ in both("Thi hành án dân sự tỉnh Cà Mau phản hồi đơn của bà A", ""):
        assert authority_reply(t) is not None, t
