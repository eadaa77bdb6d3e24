"""Rule (b), an abolished agency name, both ways: the name told as history (a career, a date
before the restructuring, a merger or handover, the body of the time, the abolished level) and
the name told as acting now."""

from __future__ import annotations

import pytest

from classifier.rules import (
    defunct_agency_names,
)
from tests.rules_text import AFTER, both


def test_a_defunct_name_in_a_career_or_a_dated_past_sentence_is_history():
    career = (
        "Ngày 12/1/2026, Thi hành án dân sự tỉnh Hà Tĩnh công bố quyết định bổ nhiệm ông H. "
        "giữ chức Trưởng Thi hành án dân sự tỉnh. Ông từng giữ các chức vụ Chi cục trưởng Chi cục "
        "Thi hành án dân sự huyện Can Lộc, Phó Cục trưởng Cục Thi hành án dân sự tỉnh Hà Tĩnh."
    )
    dated = "Tháng 6/2019, Chi cục Thi hành án dân sự huyện Chợ Mới tổ chức giao tài sản."
    live = "Ngày 3/3/2026, Chi cục Thi hành án dân sự huyện Chợ Mới tổ chức giao tài sản."
    for title, text in both("Tin thi hành án", career) + both("Tin thi hành án", dated):
        assert defunct_agency_names(title, text, None, AFTER) is None, text
    for title, text in both("Tin thi hành án", live):
        assert defunct_agency_names(title, text, None, AFTER) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Từ ngày 1/7/2025, khi các Chi cục Thi hành án dân sự cấp huyện không còn, nhiều người "
        "băn khoăn không biết nộp án phí ở đâu.",
        "Theo các quyết định được công bố, Cục Thi hành án dân sự tỉnh Thanh Hóa được tổ chức "
        "lại thành Thi hành án dân sự tỉnh Thanh Hóa.",
        "Các Chi cục Thi hành án dân sự cấp huyện chấm dứt hoạt động.",
    ],
)
def test_a_defunct_name_told_as_abolished_is_history(text):
    for t, x in both("Tin thi hành án", text):
        assert defunct_agency_names(t, x, None, AFTER) is None, x


def test_a_defunct_name_merged_or_handed_over_is_history():
    for text in (
        "Thi hành án dân sự tỉnh Đắk Lắk được tổ chức trên cơ sở hợp nhất Cục Thi hành án dân sự "
        "tỉnh Đắk Lắk và Cục Thi hành án dân sự tỉnh Phú Yên.",
        "Hồ sơ được chuyển từ Chi cục Thi hành án dân sự huyện Can Lộc về Phòng Thi hành án dân "
        "sự khu vực.",
    ):
        for t, x in both("Tin thi hành án", text):
            assert defunct_agency_names(t, x, None, AFTER) is None, x


def test_an_old_office_named_with_its_former_place_is_history():
    for text in (
        "Chi cục Thi hành án dân sự huyện Thạch Hà cũ đã ra quyết định thi hành án.",
        "Chi cục THADS TP Biên Hòa cũ thụ lý vụ việc theo đơn của bà H.",
    ):
        for t, x in both("Tin thi hành án", text):
            assert defunct_agency_names(t, x, None, AFTER) is None, x
    for text in (
        "Chi cục THADS huyện Củ Chi vừa ra quyết định thi hành án.",
        "Chi cục THADS huyện Thạch Hà vừa ra quyết định thi hành án.",
    ):
        for t, x in both("Tin thi hành án", text):
            assert defunct_agency_names(t, x, None, AFTER) is not None, x


@pytest.mark.parametrize(
    "text",
    [
        # an old office told at the time of the events
        "Chi cục Thi hành án dân sự huyện Mỏ Cày Nam khi đó ra quyết định thi hành án.",
        "Hồ sơ được Cục Thi hành án dân sự tỉnh Vĩnh Phúc thụ lý từ năm 2020, nay do Thi hành án "
        "dân sự tỉnh Phú Thọ tổ chức thi hành.",
        "Phiên đấu giá do Chi cục Thi hành án dân sự TP Thủ Dầu Một, tỉnh Bình Dương cũ phối hợp "
        "tổ chức.",
        "Chị làm việc tại Chi cục Thi hành án dân sự huyện Phong Thổ trước khi về Phòng Thi hành "
        "án dân sự khu vực 2.",
    ],
)
def test_an_old_office_told_at_the_time_of_the_events_is_history(text):
    for t, x in both("Tin thi hành án", text):
        assert defunct_agency_names(t, x, None, AFTER) is None, x


def test_an_old_office_told_as_acting_now_is_still_defunct():
    for text in (
        "Chi cục Thi hành án dân sự huyện Mỏ Cày Nam vừa ra quyết định thi hành án.",
        "Năm 2026, Chi cục Thi hành án dân sự huyện Mỏ Cày Nam thụ lý 300 việc.",
    ):
        for t, x in both("Tin thi hành án", text):
            assert defunct_agency_names(t, x, None, AFTER) is not None, x


def test_an_old_office_told_in_the_year_of_the_events_is_history():
    for text in (
        "Bà L. làm đơn yêu cầu và được Chi cục Thi hành án dân sự huyện Vũ Thư thụ lý cùng năm.",
        "Vụ việc được Chi cục Thi hành án dân sự TP Kon Tum thụ lý cuối năm đó.",
    ):
        for t, x in both("Tin thi hành án", text):
            assert defunct_agency_names(t, x, None, AFTER) is None, x


def test_the_abolished_level_and_files_handed_over_from_it_are_history():
    text = (
        "Việc tiếp nhận, chuyển giao hồ sơ từ các Chi cục Thi hành án dân sự cấp huyện sang Phòng "
        "Thi hành án dân sự khu vực còn chậm."
    )
    for t, x in both("Tin thi hành án", text):
        assert defunct_agency_names(t, x, None, AFTER) is None, x


@pytest.mark.parametrize(
    "text",
    [
        # years ago, while one still worked there
        "Nhiều năm trước, khi còn công tác tại Chi cục THADS huyện Đắk Glong, chị đã học tiếng "
        "M'Nông để trò chuyện với bà con.",
        # told as gone
        "Nay không còn Chi cục Thi hành án dân sự huyện, tôi phải nộp đơn ở đâu?",
        "Nộp đơn yêu cầu thi hành án ở đâu sau khi bỏ Chi cục Thi hành án dân sự?",
        # a career's list, past a ";"
        "Ông từng giữ các chức vụ Chi cục trưởng Chi cục Thi hành án dân sự TP Hòa Bình; Phó "
        "Trưởng phòng Nghiệp vụ, Cục Thi hành án dân sự tỉnh Hòa Bình.",
        # a long place name before "trước đây" and before "cũ"
        "Đề nghị 37 người trong các vụ việc do Chi cục THADS thị xã Điện Bàn, huyện Duy Xuyên "
        "(tỉnh Quảng Nam cũ) thụ lý trước đây đến nhận tiền.",
    ],
)
def test_a_defunct_name_told_years_ago_gone_or_in_a_career_is_history(text):
    for _, body in both("Thi hành án dân sự", text):
        assert defunct_agency_names("Tin", body, None, AFTER) is None, body


@pytest.mark.parametrize(
    "text",
    [
        # an office told as acting now, after a sentence that is no career
        "Ông được bầu làm Bí thư chi bộ; Cục Thi hành án dân sự tỉnh Hòa Bình vừa tổ chức hội "
        "nghị.",
        # "bộ" (ministry) is no "bỏ"
        "Theo báo cáo gửi Bộ, Chi cục Thi hành án dân sự huyện Đắk Glong đã thụ lý 300 việc.",
    ],
)
def test_a_defunct_name_told_as_acting_now_is_still_defunct(text):
    for _, body in both("Thi hành án dân sự", text):
        assert defunct_agency_names("Tin", body, None, AFTER) is not None, body


def test_the_old_agencies_listed_as_gone_are_history():
    text = (
        "Mô hình Tổng cục Thi hành án dân sự, Cục Thi hành án dân sự tỉnh và Chi cục Thi hành án "
        "dân sự cấp huyện không còn."
    )
    for _, body in both("Thi hành án dân sự", text):
        assert defunct_agency_names("Tin", body, None, AFTER) is None, body
    # ... not a debtor who has nothing left, told with an old office acting now
    live = "Chi cục Thi hành án dân sự huyện Đắk Glong xác minh ông A. không còn tài sản nào khác."
    for _, body in both("Thi hành án dân sự", live):
        assert defunct_agency_names("Tin", body, None, AFTER) is not None, body


@pytest.mark.parametrize(
    "text",
    [
        # the next step of a story of those years
        "Tháng 11/2019, bà M. nộp đơn yêu cầu thi hành án. Chi cục Thi hành án dân sự huyện Đức "
        "Hòa ra quyết định thi hành án.",
        "Bà M. nộp đơn yêu cầu thi hành án. Chi cục Thi hành án dân sự huyện Đức Hòa sau đó ra "
        "quyết định thi hành án.",
    ],
)
def test_an_old_office_in_the_next_step_of_a_dated_story_is_history(text):
    for _, body in both("Thi hành án dân sự", text):
        assert defunct_agency_names("Tin", body, None, AFTER) is None, body


def test_an_old_office_told_acting_now_after_a_dated_sentence_is_still_defunct():
    text = (
        "Tháng 11/2019, bà M. nộp đơn yêu cầu thi hành án. Chi cục Thi hành án dân sự huyện Đức "
        "Hòa hiện vẫn chưa trả lời."
    )
    for _, body in both("Thi hành án dân sự", text):
        assert defunct_agency_names("Tin", body, None, AFTER) is not None, body


@pytest.mark.parametrize(
    "text",
    [
        # a year before the restructuring told in the sentence before, not at its start
        "Bà H. cho biết năm 2019 TAND TP Châu Đốc xử buộc bà M. trả nợ. Sau khi bản án có hiệu "
        "lực, bà làm đơn yêu cầu Chi cục Thi hành án dân sự TP Châu Đốc thi hành án.",
        # the offices a case went through
        "Suốt hơn 10 năm, vụ việc lần lượt đi qua Chi cục Thi hành án dân sự thị xã Gia Nghĩa, "
        "Chi cục Thi hành án dân sự TP Gia Nghĩa, Cục Thi hành án dân sự tỉnh Đắk Nông và nay là "
        "Thi hành án dân sự tỉnh Lâm Đồng.",
        # files of the old offices before the restructuring
        "Đối với những hồ sơ đã được các Chi cục Thi hành án dân sự huyện cũ thụ lý trước ngày "
        "1/7/2025, toàn bộ hồ sơ đã được chuyển giao.",
        # "cũ" right after the name's own place
        "Vụ việc được Cục Thi hành án dân sự tỉnh Bạc Liêu cũ ra quyết định thi hành án.",
    ],
)
def test_an_old_office_in_a_story_of_those_years_or_a_case_s_path_is_history(text):
    for _, body in both("Thi hành án dân sự", text):
        assert defunct_agency_names("Tin", body, None, AFTER) is None, body


def test_an_old_office_to_act_next_after_a_dated_sentence_is_still_defunct():
    text = (
        "Bản án có hiệu lực từ năm 2019. Chi cục Thi hành án dân sự huyện Đức Hòa sẽ tổ chức "
        "cưỡng chế vào tuần tới."
    )
    for _, body in both("Thi hành án dân sự", text):
        assert defunct_agency_names("Tin", body, None, AFTER) is not None, body


def test_an_old_office_whose_task_another_now_does_is_history():
    text = (
        "Bà Hòa làm đơn yêu cầu thi hành án gửi Chi cục Thi hành án dân sự huyện Cẩm Xuyên, nay "
        "nhiệm vụ do Phòng Thi hành án dân sự khu vực thuộc Thi hành án dân sự tỉnh Hà Tĩnh đảm "
        "nhận."
    )
    for _, body in both("Thi hành án dân sự", text):
        assert defunct_agency_names("Tin", body, None, AFTER) is None, body


@pytest.mark.parametrize(
    "text",
    [
        # the old offices after the restructuring ended them: their files
        "Một năm sau sắp xếp, hơn 62.000 hồ sơ của các Chi cục Thi hành án dân sự thuộc ba tỉnh "
        "đã được tập trung về các điểm lưu trữ.",
        # the system counted as it was
        "Từ 63 Cục Thi hành án dân sự tỉnh và hàng trăm Chi cục cấp huyện, nay còn 34 cơ quan Thi "
        "hành án dân sự cấp tỉnh.",
    ],
)
def test_old_offices_after_the_restructuring_or_counted_as_the_system_was_are_history(text):
    for _, body in both("Thi hành án dân sự", text):
        assert defunct_agency_names("Tin", body, None, AFTER) is None, body


def test_an_old_office_counted_as_acting_now_is_still_defunct():
    text = "Hiện 12 Chi cục Thi hành án dân sự của tỉnh đang thụ lý hơn 3.000 việc."
    for _, body in both("Thi hành án dân sự", text):
        assert defunct_agency_names("Tin", body, None, AFTER) is not None, body


@pytest.mark.parametrize(
    "text",
    [
        # a handover told with its list of what moved, the old offices named "cũ"
        "Đơn vị đã hoàn thành việc chuyển giao hồ sơ, tài sản, tài khoản từ các Chi cục Thi hành "
        "án dân sự cũ sang các Phòng Thi hành án dân sự khu vực.",
        # a career dated before the day, far before the name
        "Trước ngày 1/7/2025, anh là thẩm tra viên của Chi cục Thi hành án dân sự thị xã Sông Cầu.",
        # a list whose last name is told as the old one
        "Cử tri nêu nhiều vụ việc được Chi cục THADS TP Tam Kỳ và Chi cục THADS huyện Núi Thành "
        "(cũ) thụ lý từ năm 2019 đến nay chưa xong.",
        # a reader's letter: the year told before a paragraph break
        "Năm 2021, tòa tuyên bị cáo phải bồi thường cho tôi 200 triệu đồng.\n\n"
        "Tôi đã làm đơn yêu cầu thi hành án tại Chi cục Thi hành án dân sự huyện Hương Trà.",
    ],
)
def test_a_defunct_name_in_a_handover_list_career_or_letter_of_those_years_is_history(text):
    for t, x in both("Tin thi hành án", text):
        assert defunct_agency_names(t, x, None, AFTER) is None, x


@pytest.mark.parametrize(
    "text",
    [
        # "cử" folds to "cu": the office sending someone now is live
        "Chi cục Thi hành án dân sự huyện Núi Thành cử chấp hành viên xuống xã xác minh.",
        # a list of live names
        "Chi cục THADS TP Tam Kỳ và Chi cục THADS huyện Núi Thành đang thụ lý 300 việc.",
        # a paragraph break, and no year before it
        "Gia đình tôi rất khó khăn.\n\nTôi đã làm đơn yêu cầu thi hành án tại Chi cục Thi hành án "
        "dân sự huyện Hương Trà.",
    ],
)
def test_a_defunct_name_sent_listed_or_written_to_now_is_still_defunct(text):
    for t, x in both("Tin thi hành án", text):
        assert defunct_agency_names(t, x, None, AFTER) is not None, x


def test_a_list_of_old_offices_told_ended_and_a_debtor_owning_now_are_history():
    ended = (
        "Theo thông báo, từ ngày 1/7/2025, Cục Thi hành án dân sự tỉnh Tiền Giang, Cục Thi hành án "
        "dân sự tỉnh Đồng Tháp và các Chi cục Thi hành án dân sự cấp huyện của hai tỉnh trước đây "
        "đã kết thúc hoạt động."
    )
    dated = (
        "Năm 2021, TAND huyện Đức Hòa xử buộc bà L. trả nợ. Ông T. nộp đơn yêu cầu thi hành án "
        "tại Chi cục THADS huyện Đức Hòa, đồng thời cung cấp thông tin bà L. đang đứng tên một "
        "căn nhà."
    )
    for text in (ended, dated):
        for t, x in both("Tin thi hành án", text):
            assert defunct_agency_names(t, x, None, AFTER) is None, x
    live = "Năm 2021, tòa xử. Chi cục THADS huyện Đức Hòa đang thụ lý hồ sơ."
    for t, x in both("Tin thi hành án", live):
        assert defunct_agency_names(t, x, None, AFTER) is not None, x


def test_the_old_structure_told_as_kept_is_defunct_but_told_as_before_is_history():
    kept = (
        "Hiện nay, hệ thống gồm Cục Quản lý Thi hành án dân sự, 63 cơ quan thi hành án dân sự cấp "
        "tỉnh và hơn 700 chi cục, tiếp tục được giữ nguyên."
    )
    for t, x in both("Hệ thống thi hành án dân sự vận hành thế nào?", kept):
        assert defunct_agency_names(t, x, None, AFTER) is not None, x
    for text in (
        "Trước sắp xếp, hệ thống có 63 Cục THADS tỉnh, nay còn 34.",
        "Từ 63 cơ quan thi hành án dân sự cấp tỉnh, nay hệ thống có 34 cơ quan.",
    ):
        for t, x in both("Tin thi hành án", text):
            assert defunct_agency_names(t, x, None, AFTER) is None, x
