"""Revision 50, both ways, on the words of the held-out sets 133 and 134's stories it was mended
from after their scoring on revision 49 (and of 134 after set 131's), and on the look-alikes it
must leave alone."""

from __future__ import annotations

from classifier.provinces import find_province
from classifier.rules import criminal_story, officer_misconduct
from tests.rules_text import both, codes

FAILING = "enforcement_complaint"


def test_ended_without_diacritics_is_not_slow():
    title = "Người phải thi hành án qua đời, khoản nợ theo bản án xử lý thế nào?"
    for told, failing in (
        ("Vậy việc thi hành án có bị chấm dứt không và ai phải trả khoản tiền này?", False),
        ("Việc thi hành án bị chậm trễ suốt 3 năm.", True),
    ):
        for t, x in both(title, told):
            assert (FAILING in codes(t, x)) is failing, x


PORTRAIT_TITLE = "Nữ chấp hành viên và những vụ việc khó nhằn ở vùng đất Chí Linh"
PORTRAIT_OPENING = (
    "Gần 15 năm gắn bó với nghề, chị Phạm Thị Thu Hằng, chấp hành viên tại Phòng Thi hành án "
    "dân sự khu vực 4, đã trực tiếp giải quyết hàng nghìn việc. Chị là chiến sĩ thi đua nhiều "
    "năm liền. Đơn vị đánh giá cao sự tận tụy của chị. "
)
HARDSHIP = (
    "Doanh nghiệp liên tục gửi đơn khiếu nại việc kê biên, đề nghị hoãn, nên hồ sơ cứ dừng lại, "
    "chị kể."
)


def test_a_portraits_body_tells_the_hardship_overcome():
    for t, x in both(PORTRAIT_TITLE, PORTRAIT_OPENING + HARDSHIP):
        assert FAILING not in codes(t, x), x
        assert "results_report" in codes(t, x), x
    # (an opening with no results nor praise: the body's complaint stands)
    plain_opening = (
        "Chị Phạm Thị Thu Hằng là chấp hành viên tại Phòng Thi hành án dân sự khu vực 4. "
        "Chị thụ lý vụ việc từ năm 2023. Vụ việc liên quan đến một doanh nghiệp. "
    )
    for t, x in both("Vụ kê biên nhà xưởng ở Chí Linh", plain_opening + HARDSHIP):
        assert FAILING in codes(t, x), x


def test_where_to_turn_and_kinds_of_news_are_no_complaint():
    title = "Thi hành án dân sự tỉnh Gia Lai chính thức hoạt động theo mô hình mới"
    opening = (
        "Thi hành án dân sự tỉnh Gia Lai tổ chức hội nghị công bố các quyết định về tổ chức bộ "
        "máy. Đơn vị có 12 phòng chuyên môn. Trụ sở đặt tại phường Quy Nhơn. "
    )
    turn = (
        "Người dân có yêu cầu thi hành án, khiếu nại, tố cáo có thể liên hệ trực tiếp tại trụ sở "
        "Thi hành án dân sự tỉnh hoặc Phòng Thi hành án dân sự khu vực nơi cư trú."
    )
    for t, x in both(title, opening + turn):
        assert FAILING not in codes(t, x), x
    kinds = (
        "Cục Quản lý THADS hướng dẫn tiếp nhận, xử lý thông tin báo chí",
        "Các đơn vị cập nhật hằng ngày các tin, bài phản ánh về việc thi hành án, khiếu nại, tố "
        "cáo hoặc hoạt động của chấp hành viên, công chức trong đơn vị.",
    )
    for t, x in both(*kinds):
        assert FAILING not in codes(t, x), x
        assert officer_misconduct(t, x) is None, x
    # (a complaint made to the office, an officer denounced: still)
    for told in (
        "Người dân đã nhiều lần khiếu nại, tố cáo lên Thi hành án dân sự tỉnh về việc chậm giao "
        "đất.",
        "Bà L. khiếu nại quyết định kê biên và quyết định của chấp hành viên.",
    ):
        for t, x in both(title, opening + told):
            assert {FAILING, "officer_misconduct"} & set(codes(t, x)), x
    for t, x in both("Người dân tố cáo hành vi của chấp hành viên", "Chấp hành viên bị tố cáo."):
        assert officer_misconduct(t, x) is not None, x


def test_not_paid_in_full_and_the_press_waiting_for_the_office():
    for t, x in both(
        "Gia đình nạn nhân vụ tai nạn ở Kon Tum 4 năm chưa nhận đủ tiền bồi thường",
        "Bản án buộc bị cáo bồi thường 380 triệu đồng.",
    ):
        assert FAILING in codes(t, x), t
    opening = (
        "Bản án buộc ông S. bồi thường 380 triệu đồng. Gia đình đã làm đơn yêu cầu thi hành án. "
        "Hồ sơ được chuyển về Phòng Thi hành án dân sự khu vực. "
    )
    asked = (
        "Phóng viên đã liên hệ Thi hành án dân sự tỉnh Quảng Ngãi để tìm hiểu vụ việc và sẽ thông "
        "tin khi có phản hồi."
    )
    for t, x in both("Vụ bồi thường ở Đắk Hà", opening + asked):
        assert "press_follow_up" in codes(t, x), x
    # (the office itself informing, not the press waiting for it)
    for t, x in both(
        "Vụ bồi thường ở Đắk Hà",
        opening + "Thi hành án dân sự tỉnh Quảng Ngãi sẽ thông tin kết quả cho gia đình.",
    ):
        assert "press_follow_up" not in codes(t, x), x


def test_a_case_told_enforced_in_full_by_the_office_named():
    lead = (
        "Một vụ việc từng khiến đương sự gửi đơn khắp nơi vì chậm thi hành suốt 10 năm đã được "
        "Chi cục THADS huyện Lệ Thủy (Quảng Bình) thi hành xong nhờ một chấp hành viên trẻ. "
        "Hồ sơ được giao cho anh năm 2023. Anh đã vận động người phải thi hành án. "
    )
    later = "Bà Lý nhiều lần gửi đơn phản ánh việc chậm thi hành án tới Cục THADS tỉnh."
    for t, x in both("Chấp hành viên gỡ vụ việc tồn đọng 10 năm ở Lệ Thủy", lead + later):
        assert FAILING not in codes(t, x), x
    still = lead.replace("đã được", "đã được tòa tuyên nhưng chưa được").replace(
        " nhờ một chấp hành viên trẻ", ""
    )
    for t, x in both("Vụ việc tồn đọng 10 năm ở Lệ Thủy", still + later):
        assert FAILING in codes(t, x), x


def test_a_dialogue_held_to_settle_complaints():
    lead = (
        "Thi hành án dân sự tỉnh Tây Ninh vừa tổ chức đối thoại với 4 công dân có đơn khiếu nại "
        "liên quan việc kê biên, định giá tài sản để thi hành án."
    )
    title = "Thi hành án dân sự tỉnh Tây Ninh tổ chức đối thoại giải quyết khiếu nại của công dân"
    for t, x in both(title, lead):
        assert FAILING not in codes(t, x), x
    # (a critical word of its own in the headline)
    for t, x in both(title + ": người dân bức xúc", lead):
        assert FAILING in codes(t, x), x


def test_coercion_by_the_criminal_body_is_no_civil_work():
    story = (
        "Cưỡng chế thi hành án đối với pháp nhân thương mại gây ô nhiễm môi trường",
        "Cơ quan thi hành án hình sự Công an tỉnh Thái Nguyên tổ chức cưỡng chế thi hành án đối "
        "với một công ty sản xuất giấy bị tòa tuyên đình chỉ hoạt động có thời hạn 2 năm.",
    )
    for t, x in both(*story):
        assert criminal_story(t, "", x) is not None, x
    # (civil enforcement's own work named beside it)
    for t, x in both(story[0], story[1] + " Chấp hành viên đã kê biên tài sản của công ty."):
        assert criminal_story(t, "", x) is None, x


def test_a_lawyers_bar_is_not_the_place_of_the_story():
    title = "Người phải thi hành án qua đời, khoản nợ theo bản án xử lý thế nào?"
    for t, x in both(
        title, "Trả lời bạn đọc, luật sư Nguyễn Hoàng Anh (Đoàn Luật sư TP.HCM) cho biết ..."
    ):
        assert find_province(t, x) is None, x
    for t, x in both(title, "Trả lời bạn đọc ở TP.HCM, luật sư Nguyễn Hoàng Anh cho biết ..."):
        match = find_province(t, x)
        assert match is not None and match.province == "Thành phố Hồ Chí Minh", x
