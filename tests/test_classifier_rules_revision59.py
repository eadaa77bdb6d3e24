"""Revision 59, both ways, on the words of the held-out sets 151 to 154's stories it was mended
from after their scoring on revision 58, and on the look-alikes it must leave alone."""

from __future__ import annotations

from classifier.provinces import find_province
from classifier.rules import criminal_enforcement_by_thads, misstated_law, passing_mention
from tests.rules_text import both, codes

FAILING = "enforcement_complaint"
FOLLOW_UP = "press_follow_up"
RESULTS = "results_report"
ROUTINE = "routine_step"


def test_a_plan_s_backlog_to_reduce_is_routine():
    title = "Thi hành án dân sự tỉnh Đồng Tháp triển khai nhiệm vụ năm 2026"
    lead = "Năm 2026, đơn vị tập trung giảm án tồn đọng, tăng cường chuyển đổi số."
    for t, x in both(title, lead):
        assert ROUTINE in codes(t, x), x
    for t, x in both(title, "Năm 2025, án tồn đọng tăng mạnh so với cùng kỳ."):
        assert ROUTINE not in codes(t, x), x


def test_money_not_come_for_is_no_party_unpaid():
    body = (
        "Thi hành án dân sự tỉnh Khánh Hòa đang tạm giữ hơn 14 tỷ đồng của 327 người.\n"
        "Theo đơn vị, các khoản tiền đã thu từ người phải thi hành án trong nhiều năm. Phần lớn "
        "là khoản nhỏ, có khoản lên tới hàng trăm triệu đồng.\n"
        "Nguyên nhân người được thi hành án chưa nhận tiền khá đa dạng: thay đổi nơi cư trú, đi "
        "làm ăn xa."
    )
    for t, x in both("Hàng trăm người được thi hành án chưa đến nhận tiền", body):
        assert FAILING not in codes(t, x), x
    for t, x in both("Hàng trăm người được thi hành án ở Khánh Hòa", body):
        assert FAILING in codes(t, x), x


EVICTION = (
    "Cưỡng chế giao nhà đất tại phường Phú Khương",
    "Ngày 14/4, Thi hành án dân sự tỉnh Vĩnh Long tổ chức cưỡng chế buộc gia đình ông Tâm giao "
    "nhà, đất cho người được thi hành án theo bản án. Khoảng 7 giờ 30, đoàn cưỡng chế có mặt. Đến "
    "11 giờ, việc cưỡng chế hoàn tất.\n",
)


def test_a_decision_still_awaited_and_the_press_unanswered():
    awaited = (
        "Anh Phúc cho rằng gia đình có đơn khiếu nại quyết định cưỡng chế từ tháng 3, đến nay "
        "chưa nhận được quyết định giải quyết khiếu nại."
    )
    for t, x in both(EVICTION[0], EVICTION[1] + awaited):
        assert FAILING in codes(t, x), x
    settled = "Anh Phúc cho biết khiếu nại của gia đình đã được giải quyết từ tháng 3."
    for t, x in both(EVICTION[0], EVICTION[1] + settled):
        assert FAILING not in codes(t, x), x
    unanswered = (
        "Báo đã liên hệ Thi hành án dân sự tỉnh Vĩnh Long để làm rõ các nội dung này nhưng chưa "
        "nhận được phản hồi."
    )
    for t, x in both(EVICTION[0], EVICTION[1] + unanswered):
        assert FOLLOW_UP in codes(t, x), x
    answered = unanswered.replace("nhưng chưa nhận được phản hồi", "và được cung cấp hồ sơ")
    for t, x in both(EVICTION[0], EVICTION[1] + answered):
        assert FOLLOW_UP not in codes(t, x), x


def test_no_mass_complaint_allowed_to_arise_is_a_result():
    title = "Thi hành án dân sự tỉnh Thanh Hóa thu hơn 1.100 tỷ đồng trong 7 tháng"
    lead = "Nhiều vụ việc phức tạp được giải quyết, không để phát sinh khiếu nại đông người."
    for t, x in both(title, lead):
        assert RESULTS in codes(t, x), x
    for t, x in both(title, "Nhiều vụ việc phát sinh khiếu nại đông người."):
        assert RESULTS not in codes(t, x), x


def test_the_two_systems_side_by_side_and_prisons_run():
    title = "Thi hành án dân sự và thi hành án hình sự: Cơ quan nào làm gì?"
    lead = "Không ít người nhầm lẫn giữa cơ quan thi hành án dân sự và cơ quan thi hành án hình sự."
    for t, x in both(title, lead):
        assert criminal_enforcement_by_thads(t, x) is None, x
    run = (
        "Thi hành án dân sự tỉnh Nghệ An còn trực tiếp quản lý hai trại giam trên địa bàn và tổ "
        "chức áp giải phạm nhân."
    )
    for t, x in both("Những người giữ lửa ở Thi hành án dân sự tỉnh Nghệ An", run):
        assert criminal_enforcement_by_thads(t, x) is not None, x


def test_the_administration_late_in_a_monitoring_story():
    title = "Hơn 300 bản án hành chính chưa được thi hành dứt điểm"
    body = (
        "Báo cáo của Chính phủ cho biết năm 2026 còn 318 bản án, quyết định hành chính chưa được "
        "thi hành xong.\nCơ quan thi hành án dân sự đã theo dõi 1.742 bản án. Trong năm, các đơn "
        "vị đã ban hành 211 văn bản kiến nghị.\n"
        "Một số đại biểu đề nghị công khai danh sách cơ quan, người đứng đầu {} chậm thi hành bản "
        "án hành chính."
    )
    for t, x in both(title, body.format("")):
        assert FAILING not in codes(t, x), x
    for t, x in both(title, body.format("và Thi hành án dân sự tỉnh").replace("  ", " ")):
        assert FAILING in codes(t, x), x


def test_a_reader_s_place_in_a_legal_question():
    title = "Người nợ không có tài sản, bản án có 'treo' mãi?"
    for text in (
        "Tôi thắng kiện đòi nợ 300 triệu đồng. Vậy tôi có mất quyền đòi tiền không? (Minh Hằng, "
        "Tây Ninh)",
        "Bạn đọc Nguyễn Văn A (Nghệ An) hỏi: chấp hành viên có được kê biên nhà duy nhất?",
    ):
        assert find_province(title, text) is None, text
    complaint = "Bạn đọc Nguyễn Văn A (Nghệ An) phản ánh Phòng Thi hành án dân sự chậm chi trả."
    found = find_province(title, complaint)
    assert found is not None and found.province == "Tỉnh Nghệ An"


def test_another_body_s_coercion_names_civil_enforcement_in_passing():
    title = "Phường Long Biên cưỡng chế công trình xây dựng trái phép trên đất nông nghiệp"
    sentences = [
        "UBND phường đã tổ chức cưỡng chế phá dỡ nhà xưởng xây dựng không phép.",
        "Ngày 12/9, UBND phường ban hành quyết định cưỡng chế thi hành quyết định xử phạt.",
        "Tại buổi cưỡng chế, ông Kh. không có mặt.",
        "Người nhà ông Kh. cho biết một thửa đất khác của ông từng bị cơ quan thi hành án dân sự "
        "kê biên trong vụ tranh chấp hợp đồng.",
        "Lực lượng cưỡng chế đã kiểm đếm, di chuyển vật liệu đến nơi bảo quản.",
        "Toàn bộ chi phí cưỡng chế do người vi phạm chịu.",
    ]
    civil = sentences.pop(3)
    text = " ".join(sentences * 4 + [civil] + sentences * 2)
    assert passing_mention(title, text) is not None
    twice = text + " Chấp hành viên cho biết sẽ tiếp tục kê biên tài sản khác của ông Kh."
    assert passing_mention(title, twice) is None


def test_no_judgment_needed_with_a_fraud_told_elsewhere():
    title = "Cho vay không trả, có thể nhờ thi hành án kê biên nhà con nợ ngay?"
    claim = (
        "Theo Luật Thi hành án dân sự, chấp hành viên có quyền ra quyết định kê biên tài sản của "
        "người vay trong thời hạn 5 ngày làm việc mà không cần có bản án."
    )
    fraud = "Nếu người vay dùng thủ đoạn gian dối, bạn có thể tố giác tội lừa đảo."
    for t, x in both(title, f"{claim} Như vậy, bạn có thể làm đơn.\nNgoài ra, ... {fraud}"):
        assert misstated_law(t, x) is not None, x
    debunked = f"Tin nhắn nói chấp hành viên {claim[60:]} Đây là thủ đoạn lừa đảo."
    for t, x in both("Cảnh báo tin nhắn giả danh", debunked):
        assert misstated_law(t, x) is None, x
