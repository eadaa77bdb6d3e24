"""Revision 28, both ways, each on the words of a blind set's story it was mended from (sets 78 to
84) and on the look-alike it must leave alone: initials of two letters; old names told of the
months before the restructuring or of the bodies before a merger; a procuracy's finding of
violations; stages and fields of work that are no act; a prison term or a detention given to
the office; a debt said turned into prison; complaints of a price, of a judgment in force for
years, of harm to neighbours, of one not named in the judgment, of assets lying idle, of a family
left homeless; a headline's failing before "nói gì?"; a part of a series; new bailiff offices."""

from __future__ import annotations

from datetime import datetime

from classifier.rules import (
    authority_reply,
    criminal_enforcement_by_thads,
    defunct_agency_names,
    enforcement_complaint,
    legal_explainer,
    misstated_law,
    officer_misconduct,
    routine_step,
)
from classifier.rules.plain import _plain
from tests.rules_text import AFTER, both, codes

LATE_2025 = datetime(2025, 11, 12, 9, 0)


def test_an_initial_of_two_letters_is_no_sentence_end():
    told = "Tòa buộc gia đình ông A Kh. trả lại đất cho ông A Th. và bồi thường."
    plain = _plain("Tin", told, None)
    assert plain.count(" . ") == 1, plain  # (the headline's end only)
    # ("gì" is a syllable: "làm gì." ends its sentence)
    assert _plain("Tin", "Không biết làm gì. Ông về.", None).count(" . ") == 2


def test_an_old_name_told_in_a_story_of_those_years_after_an_initial():
    story = (
        "Bản án phúc thẩm năm 2019 của TAND tỉnh Kon Tum tuyên buộc gia đình ông A Kh. trả lại "
        "đất cho ông A Th. và thanh toán giá trị cây trồng. Từ đó, hồ sơ nằm ở Chi cục Thi hành "
        "án dân sự huyện Đắk Hà, qua tay ba chấp hành viên nhưng chưa thể thi hành."
    )
    for t, x in both("Hóa giải vụ tranh chấp đất rẫy kéo dài 10 năm", story):
        assert defunct_agency_names(t, x, None, LATE_2025) is None, x
    live = "Chi cục Thi hành án dân sự huyện Đắk Hà đang tổ chức cưỡng chế giao đất."
    for t, x in both("Tin", live):
        assert defunct_agency_names(t, x, None, LATE_2025) is not None, x


def test_an_old_name_told_of_a_month_before_the_restructuring():
    paid = (
        "Tháng 5/2025, bà H. đã nộp đủ số tiền trên vào tài khoản của Chi cục Thi hành án dân sự "
        "TP Sóc Trăng."
    )
    for t, x in both("Người được thi hành án đã nhận đủ tiền", paid):
        assert defunct_agency_names(t, x, None, LATE_2025) is None, x
    # (a document's number is no date: "Thông tư 03/2025/TT-BTP")
    numbered = (
        "Theo Thông tư 03/2025/TT-BTP, Chi cục Thi hành án dân sự TP Sóc Trăng tổ chức tiếp "
        "công dân."
    )
    later = "Tháng 9/2025, bà H. nộp tiền vào tài khoản của Chi cục THADS TP Sóc Trăng."
    for text in (numbered, later):
        for t, x in both("Tin", text):
            assert defunct_agency_names(t, x, None, LATE_2025) is not None, x


def test_an_old_name_told_of_the_body_before_a_merger():
    merged = (
        "Ngay sau khi thụ lý, Cục Thi hành án dân sự tỉnh Ninh Thuận (trước khi hợp nhất) đã xác "
        "định đây là vụ việc trọng điểm."
    )
    placed = (
        "Chi cục Thi hành án dân sự huyện Cần Giuộc (Long An cũ) thụ lý vụ việc và ra quyết định "
        "thi hành án."
    )
    for text in (merged, placed):
        for t, x in both("Thu hồi hơn 45 tỷ đồng trong vụ án tham nhũng", text):
            assert defunct_agency_names(t, x, None, LATE_2025) is None, x
    live = "Cục Thi hành án dân sự tỉnh Ninh Thuận đã xác định đây là vụ việc trọng điểm."
    for t, x in both("Tin", live):
        assert defunct_agency_names(t, x, None, LATE_2025) is not None, x


def test_a_procuracy_s_finding_of_violations_in_the_headline_needs_an_answer():
    for title in (
        "VKSND tỉnh Yên Bái kiến nghị khắc phục vi phạm trong thi hành án dân sự",
        "VKSND kiến nghị khắc phục vi phạm trong xác minh điều kiện thi hành án",
        "Thanh tra phát hiện nhiều sai phạm tại Thi hành án dân sự tỉnh Cà Mau",
    ):
        for t, _ in both(title, ""):
            found = officer_misconduct(t, "")
            assert found is not None and found.label == "needs_correction", t
    for title in (
        "Kiểm sát thi hành án dân sự: không phát hiện vi phạm",
        "VKSND kiến nghị khắc phục vi phạm trong thi hành án hình sự tại trại tạm giam",
        "VKSND tỉnh Yên Bái trực tiếp kiểm sát tại Phòng Thi hành án dân sự khu vực 3",
    ):
        for t, _ in both(title, ""):
            assert officer_misconduct(t, "") is None, t


def test_stages_and_fields_of_work_are_no_act():
    for text in (
        "Hai cơ quan ký kết quy chế phối hợp trong công tác xét xử và thi hành án dân sự.",
        "Ngay từ giai đoạn điều tra, truy tố, xét xử, cơ quan thi hành án đã nắm tình hình tài "
        "sản bị kê biên.",
    ):
        for t, x in both("Tin", text):
            assert officer_misconduct(t, x) is None, x
    # (a text with diacritics that never writes "vòi tiền" has "với tiền" only; typed without
    # them, "voi tien" is read as "vòi tiền")
    newspaper = "Phó Cục trưởng Cục Quản lý THADS chia sẻ với Tiền Phong về kết quả năm."
    assert officer_misconduct("Tin", newspaper) is None
    for text in (
        "Cơ quan điều tra khởi tố chấp hành viên Nguyễn Văn A về tội nhận hối lộ.",
        "Người dân tố chấp hành viên vòi tiền để đẩy nhanh việc kê biên.",
    ):
        for t, x in both("Tin", text):
            assert officer_misconduct(t, x) is not None, x


def test_a_prison_term_or_a_detention_given_to_the_office():
    for text in (
        "Phòng Thi hành án dân sự khu vực 8 vừa chi trả hơn 12 tỷ đồng cho 37 bị hại, đồng thời "
        "đã thi hành xong phần hình phạt tù đối với bị án.",
        "Ông Ng. đã bị cơ quan thi hành án dân sự ra quyết định tạm giữ 3 tháng để răn đe.",
        "Phòng THADS khu vực đã ra quyết định tạm giữ ông Ng. tại nhà tạm giữ.",
    ):
        for t, x in both("Tin", text):
            assert criminal_enforcement_by_thads(t, x) is not None, x
    for text in (
        "Chấp hành viên ra quyết định tạm giữ tài sản, giấy tờ của người phải thi hành án.",
        "Phòng Thi hành án dân sự khu vực 2 tạm giữ chiếc ô tô của ông Ng. trong 3 tháng.",
    ):
        for t, x in both("Tin", text):
            assert criminal_enforcement_by_thads(t, x) is None, x


def test_a_debt_said_turned_into_a_prison_term_misstates_the_law():
    turned = (
        "Nếu hết thời hạn mà ông Đ. không trả khoản nợ 200 triệu đồng theo bản án dân sự, khoản "
        "nợ sẽ được chuyển đổi sang hình phạt tù theo quy định của Luật Thi hành án dân sự."
    )
    for t, x in both("Chây ì trả nợ, người đàn ông có thể bị chuyển sang phạt tù", turned):
        assert misstated_law(t, x) is not None, x
    for text in (
        "Khoản nợ dân sự không thể chuyển sang hình phạt tù.",
        "Người cố tình không chấp hành bản án có thể bị truy cứu trách nhiệm hình sự.",
    ):
        for t, x in both("Tin", text):
            assert misstated_law(t, x) is None, x


def test_complaints_of_a_price_a_judgment_in_force_harm_and_one_not_named():
    cases = (
        ("Đương sự khiếu nại giá khởi điểm tài sản kê biên thấp hơn nửa giá thị trường", ""),
        (
            "Cẩm Phả: Lối đi chung",
            "Bản án buộc tháo dỡ tường rào mở lối đi chung có hiệu lực từ năm 2021, nhưng đến nay "
            "vẫn chưa được thi hành.",
        ),
        ("Bốn năm chờ thi hành bản án mở lối đi, người dân bức xúc", ""),
        ("Cưỡng chế phá dỡ ở Long Điền: Hàng xóm nói nhà mình bị 'vạ lây'", ""),
        ("Bị cưỡng chế giao nhà dù không có tên trong bản án?", ""),
        ("Tài sản tham nhũng đã kê biên, vì sao vẫn 'nằm im' nhiều năm?", ""),
        ("Gia đình 5 người dựng lán tạm bên đường sau vụ cưỡng chế thi hành án", ""),
        ("Thắng kiện 8 năm, tiền vẫn 'nằm trên giấy'", ""),
    )
    for title, text in cases:
        for t, x in both(title, text):
            found = enforcement_complaint(t, x)
            assert found is not None and found.label == "needs_correction", t
    alike = (
        ("Giá khởi điểm tài sản kê biên được công bố trên cổng thông tin", ""),
        ("Bản án có hiệu lực từ năm 2021 đã được thi hành xong", ""),
        ("Người dân bị vạ lây vì khói bụi từ công trường", ""),
        ("Bị cưỡng chế giao nhà vì không tự nguyện thi hành bản án", ""),
        ("Đừng để bản án 'treo' vì người phải thi hành án chây ì", ""),
    )
    for title, text in alike:
        for t, x in both(title, text):
            assert enforcement_complaint(t, x) is None, t


def test_a_headlined_failing_before_what_the_office_says_is_no_reply():
    for title in (
        "Vụ thắng kiện 6 năm chưa được thi hành ở Kon Tum cũ: Cơ quan thi hành án nói gì?",
        "Thắng kiện 8 năm, tiền vẫn 'nằm trên giấy' - Bài 2: Chấp hành viên nói gì?",
    ):
        for t, _ in both(title, ""):
            assert "authority_reply" not in codes(t, ""), t
            assert "enforcement_complaint" in codes(t, ""), t
    for t, _ in both("Vụ kê biên nhà đất ở Thái Bình cũ: Cơ quan thi hành án nói gì?", ""):
        assert authority_reply(t) is not None, t
        assert "authority_reply" in codes(t, ""), t


def test_a_part_of_a_series_is_no_explainer():
    title = "Bài 2: Chứng thư thẩm định giá 'quá hạn', người phải thi hành án có bị thiệt?"
    for t, _ in both(title, ""):
        assert legal_explainer(t) is None, t
    for t, _ in both("Chứng thư thẩm định giá hết hạn, người phải thi hành án có bị thiệt?", ""):
        assert legal_explainer(t) is not None, t


def test_new_bailiff_offices_counted_are_routine():
    for title in (
        "Hà Nội có thêm 2 Văn phòng Thừa phát lại",
        "Thành lập thêm 3 Văn phòng Thừa phát lại",
    ):
        for t, _ in both(title, ""):
            assert routine_step(t, "") is not None, t
    for t, _ in both("Văn phòng Thừa phát lại bị tố lập vi bằng sai", ""):
        assert routine_step(t, "") is None, t
        assert "routine_step" not in codes(t, "")
    assert AFTER.year == 2026
