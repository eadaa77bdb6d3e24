"""Rules (a) and (c), both ways: criminal enforcement attributed to THADS (a prison term, a
wanted notice, prisoners managed) and misconduct alleged against an officer, and what is neither
(the court's sentence, the denunciation procedure, an impostor, a person suffering the act)."""

from __future__ import annotations

import pytest

from classifier.rules import (
    complaint_about_thads,
    criminal_enforcement_by_thads,
    defunct_agency_names,
    officer_misconduct,
    signals,
    thads_headline,
)
from tests.rules_text import AFTER, both, codes


def test_escorting_convicts_is_criminal_enforcement_not_misconduct():
    title = "Phòng Thi hành án dân sự khu vực đưa 12 người bị kết án đi chấp hành án phạt tù"
    text = (
        "Tháng 5, một Phòng Thi hành án dân sự khu vực thuộc Thi hành án dân sự tỉnh Tuyên Quang "
        "đã tổ chức áp giải 12 người bị kết án phạt tù đang tại ngoại đến trại giam."
    )
    for t, x in both(title, text):
        assert [s.code for s in signals(t, x, None, AFTER)] == ["criminal_enforcement"], t
    police = "Công an tỉnh tổ chức áp giải 12 người bị kết án phạt tù đến trại giam."
    assert "criminal_enforcement" not in codes("Tin an ninh", police)


def test_a_passive_act_after_a_person_is_that_person_s():
    from classifier.rules import officer_misconduct

    for text in (
        "Chấp hành viên áp giải người bị kết án đến trại giam.",
        "Thi hành án dân sự tỉnh làm việc với ông Q., người bị khởi tố vì tẩu tán tài sản.",
    ):
        for t, x in both("Tin thi hành án", text):
            assert officer_misconduct(t, x) is None, x
    for t, x in both("Tin thi hành án", "Một chấp hành viên bị khởi tố vì nhận hối lộ."):
        assert officer_misconduct(t, x) is not None


@pytest.mark.parametrize(
    "text",
    [
        # a prison term passed, a wanted notice: powers of a court and of the police
        "Chấp hành viên Thi hành án dân sự TP Huế vừa ra quyết định phạt 18 tháng tù đối với ông "
        "N.V.H. vì cố tình không thi hành bản án trả nợ.",
        "Chấp hành viên tuyên phạt 18 tháng tù người chây ì không trả nợ.",
        "Thi hành án dân sự tỉnh An Giang vừa ra quyết định truy nã đối với ông T.V.B., người "
        "phải thi hành án bỏ trốn.",
    ],
)
def test_a_prison_term_or_a_wanted_notice_by_thads_is_inaccurate(text):
    for _, x in both("", text):
        found = criminal_enforcement_by_thads("", x)
        assert found is not None and found.label == "inaccurate", x
        assert "truy nã" in found.reason and "phạt tù" in found.reason


@pytest.mark.parametrize(
    "text",
    [
        # the court passes the sentence; THADS asks the police to issue the notice
        "Thi hành án dân sự tỉnh đang thi hành phần dân sự của bản án, theo đó TAND tỉnh tuyên "
        "phạt bị cáo 18 tháng tù.",
        "Thi hành án dân sự tỉnh An Giang đã đề nghị Công an tỉnh ra quyết định truy nã ông B.",
        # April, not a prison term
        "Thi hành án dân sự tỉnh Huế tổ chức hội nghị vào tháng tư hằng năm.",
    ],
)
def test_a_court_s_sentence_or_a_request_to_the_police_is_not(text):
    for _, x in both("", text):
        assert criminal_enforcement_by_thads("", x) is None, x


def test_the_procedure_for_denunciations_is_no_allegation():
    text = (
        "Học viên được hướng dẫn quy trình tiếp nhận, giải quyết khiếu nại, tố cáo trong thi "
        "hành án dân sự."
    )
    for t, x in both("Tập huấn Luật Thi hành án dân sự (sửa đổi)", text):
        assert officer_misconduct(t, x) is None
    for t, x in both("", "Người dân tố cáo chấp hành viên nhận hối lộ."):
        assert officer_misconduct(t, x) is not None


def test_a_city_written_tp_hcm_does_not_end_a_clause():
    # ("TP.HCM" has a full stop inside: the clause of the officer and the act runs across it)
    for t, x in both("", "Một chấp hành viên Thi hành án dân sự TP.HCM bị bắt vì nhận hối lộ."):
        assert officer_misconduct(t, x) is not None, x


def test_an_impostor_is_no_officer():
    for t, x in both(
        "Bắt đối tượng tự xưng 'cán bộ thi hành án' lừa đảo hơn 1,2 tỷ đồng",
        "Công an vừa bắt đối tượng tự xưng cán bộ thi hành án lừa đảo nhiều người dân.",
    ):
        assert thads_headline(t) is None, t
        assert officer_misconduct(t, x) is None, x
    for t, _ in both("Chấp hành viên lừa đảo bị bắt", ""):
        assert thads_headline(t) is not None
        assert officer_misconduct(t, "") is not None


def test_a_complaint_about_a_criminal_sentence_is_not_made_relevant():
    for t, x in both("Người nhà bị cáo phản ánh chậm thi hành bản án hình sự", ""):
        assert complaint_about_thads(t, x) is None


def test_thads_said_to_manage_prisoners_is_inaccurate():
    text = (
        "Cán bộ Thi hành án dân sự tỉnh Điện Biên còn trực tiếp quản lý, giáo dục hơn 400 phạm "
        "nhân đang chấp hành án phạt tù."
    )
    for t, x in both("", text):
        assert criminal_enforcement_by_thads(t, x) is not None, x
    works_with = (
        "Thi hành án dân sự tỉnh phối hợp với trại giam quản lý việc thu án phí của phạm nhân."
    )
    for t, x in both("", works_with):
        assert criminal_enforcement_by_thads(t, x) is None, x


def test_but_many_is_no_harassment_in_a_text_with_diacritics():
    text = (
        "Quyết định thi hành án được ban hành từ thời Chi cục Thi hành án dân sự huyện, nhưng "
        "nhiều lần làm việc, phía phải thi hành án vẫn không chấp hành."
    )
    assert officer_misconduct("", text) is None
    # (and the old office "từ thời ..." is history)
    assert defunct_agency_names("", text, None, AFTER) is None
    for t, x in both("", "Người dân tố chấp hành viên nhũng nhiễu, gây khó khăn."):
        assert officer_misconduct(t, x) is not None, x  # (without diacritics: it may be meant)


def test_an_officer_prosecuted_and_detained_suffers_it():
    text = (
        "Trần Văn Q., chấp hành viên Phòng Thi hành án dân sự khu vực thuộc Thi hành án dân sự "
        "tỉnh Nghệ An, bị khởi tố, bắt tạm giam để điều tra hành vi Nhận hối lộ."
    )
    for title, body in both("Chấp hành viên ở Nghệ An bị bắt vì nhận hối lộ", text):
        assert criminal_enforcement_by_thads(title, body) is None, body
        assert codes(title, body) == ["officer_misconduct"]
    # ... but the office acting: still (a)
    acting = "Thi hành án dân sự tỉnh Nghệ An đã bắt tạm giam ông Q. để thi hành án."
    for title, body in both("Tin", acting):
        assert criminal_enforcement_by_thads(title, body) is not None, body


def test_a_coordination_with_the_police_s_criminal_enforcement_is_not_criminal_enforcement():
    text = (
        "Giao Phòng Nghiệp vụ và Tổ chức thi hành án thuộc Thi hành án dân sự tỉnh và Phòng Cảnh "
        "sát thi hành án hình sự và hỗ trợ tư pháp Công an tỉnh làm đầu mối."
    )
    for title, body in both("Ký kết quy chế phối hợp trong công tác thi hành án dân sự", text):
        assert criminal_enforcement_by_thads(title, body) is None, body


def test_the_time_of_a_charge_before_an_officer_is_no_charge_of_the_officer():
    text = (
        "Nhiều tài sản đã được chuyển nhượng cho người thân trước thời điểm khởi tố, chấp hành "
        "viên phải phối hợp với cơ quan điều tra để làm rõ."
    )
    for title, body in both("Cà Mau: Thu hồi gần 128 tỷ đồng trong vụ án tham ô", text):
        assert officer_misconduct(title, body) is None, body
    # ... but the headline form still is one, and so is a suspension decided
    for text in [
        "Khởi tố chấp hành viên Thi hành án dân sự tỉnh Cà Mau.",
        "Sở ra quyết định đình chỉ công tác 15 ngày đối với phó trưởng cơ quan thi hành án.",
    ]:
        for title, body in both("Tin", text):
            assert officer_misconduct(title, body) is not None, body


@pytest.mark.parametrize(
    "title",
    [
        "Doanh nghiệp nói bị thư ký thi hành án 'hành' hồ sơ suốt 5 tháng",
        "Người dân phản ánh chấp hành viên hạch sách khi nhận đơn",
    ],
)
def test_an_officer_said_to_harass_needs_correction(title):
    for t, body in both(title, "Thi hành án dân sự tỉnh cho biết sẽ kiểm tra."):
        found = officer_misconduct(t, body)
        assert found is not None and found.label == "needs_correction", t


def test_a_team_of_officers_is_no_accusation():
    text = (
        "Đằng sau buổi sáng lặng lẽ ấy là gần hai tháng làm việc liên tục của tổ chấp hành viên "
        "Phòng Thi hành án dân sự khu vực 4."
    )
    for t, body in both("Nhà xưởng được bàn giao êm thấm", text):
        assert officer_misconduct(t, body) is None, body
    # ... while "tố" right after its subject still is one
    for t, body in both("Người dân tố chấp hành viên kê biên sai", ""):
        assert officer_misconduct(t, body) is not None, t


def test_an_inspection_finding_faults_at_an_office_is_an_allegation():
    title = "Kiểm tra chỉ ra hàng loạt sai sót tại cơ quan thi hành án ở Hải Dương cũ"
    for t, body in both(title, "Đoàn kiểm tra yêu cầu kiểm điểm trách nhiệm."):
        found = officer_misconduct(t, body)
        assert found is not None and found.label == "needs_correction", t
    limiting = "Giải pháp hạn chế sai sót tại cơ quan thi hành án"
    for t, body in both(limiting, "Đơn vị tập huấn nghiệp vụ cho chấp hành viên."):
        assert officer_misconduct(t, body) is None, t


def test_adjudication_and_enforcement_named_together_is_no_trial_of_an_officer():
    title = "Tăng cường phối hợp giữa xét xử và thi hành án dân sự"
    for t, body in both(title, "Hội nghị bàn cách chuyển giao bản án nhanh hơn."):
        assert officer_misconduct(t, body) is None, t
    for t, body in both("Xét xử chấp hành viên nhận hối lộ", ""):
        assert officer_misconduct(t, body) is not None, t


def test_reading_the_law_carefully_is_no_discipline():
    text = "Khi đọc kỹ Luật Thi hành án dân sự sửa đổi, tôi thấy nhiều điểm mới."
    for t, body in both("Góc nhìn", text):
        assert officer_misconduct(t, body) is None, body
    for t, body in both("Kỷ luật chấp hành viên làm mất hồ sơ", ""):
        assert officer_misconduct(t, body) is not None, t


def test_a_convict_managed_by_thads_while_he_serves_his_term_is_inaccurate():
    text = (
        "Theo Thi hành án dân sự tỉnh Đồng Nai, đơn vị đang trực tiếp quản lý Hảo trong thời gian "
        "chấp hành án phạt tù."
    )
    for t, body in both("Vương Đức Hảo mới nộp 12% số tiền phải trả", text):
        assert criminal_enforcement_by_thads(t, body) is not None, body


def test_assets_handed_over_after_the_trial_are_no_trial_of_the_agency():
    text = (
        "Tài sản đã bị kê biên trong giai đoạn điều tra, truy tố, xét xử được chuyển giao cho cơ "
        "quan thi hành án cùng với bản án."
    )
    for t, body in both("Tài sản bị kê biên được xử lý thế nào?", text):
        assert officer_misconduct(t, body) is None, body


@pytest.mark.parametrize(
    "text",
    [
        # a coordination told for the death sentence's sake
        "Thi hành án dân sự tỉnh Nghệ An đã phối hợp với trại tạm giam để tổ chức thi hành án tử "
        "hình đối với 2 bị án.",
        # the sentence carried out in part, or counted
        "Năm qua, Thi hành án dân sự tỉnh Điện Biên đã tổ chức thi hành cả phần hình phạt tử hình "
        "đối với bị án.",
        # ... as the agency's second task, after its results (and a figure's dot ends nothing)
        "Thi hành án dân sự tỉnh đã thi hành xong 1.200 việc, thu hơn 300 tỷ đồng cho ngân sách, "
        "đồng thời tổ chức thi hành 3 bản án tử hình và tiếp nhận, quản lý hơn 400 phạm nhân.",
    ],
)
def test_a_death_sentence_carried_out_by_thads_is_inaccurate(text):
    for t, x in both("", text):
        assert criminal_enforcement_by_thads(t, x) is not None, x


@pytest.mark.parametrize(
    "text",
    [
        # "quan tâm giám sát" folds to "quan tam giam sat"
        "Thi hành án dân sự tỉnh đã hoàn thành các nhiệm vụ được Chính phủ, Quốc hội quan tâm "
        "giám sát.",
        # a prison's name is no detention
        "Thi hành án dân sự tỉnh phối hợp với trại tạm giam thu án phí của phạm nhân.",
        # asked of the prison: theirs (done with the police, it is the agency's too: revision 42)
        "Thi hành án dân sự tỉnh đề nghị trại tạm giam để tổ chức thi hành án tử hình đúng luật.",
        # another task with the police, before the sentence is carried out
        "Thi hành án dân sự tỉnh phối hợp với trại tạm giam Công an tỉnh thu án phí của người bị "
        "kết án tử hình trước khi thi hành án tử hình.",
        # the agency reporting what the police did, in a long sentence
        "Cục THADS tỉnh cho biết, trong năm, các đơn vị trên địa bàn đã thi hành xong 1.200 việc, "
        "đồng thời Công an tỉnh tổ chức thi hành 3 bản án tử hình.",
        "Thi hành án dân sự tỉnh cho biết năm nay các cơ quan chức năng trên địa bàn tỉnh đã thi "
        "hành xong nhiều việc, thu nhiều tiền và đồng thời tổ chức thi hành 3 bản án tử hình.",
    ],
)
def test_a_detention_word_or_another_body_s_death_sentence_is_not(text):
    for t, x in both("", text):
        assert criminal_enforcement_by_thads(t, x) is None, x


def test_a_prison_term_postponed_by_thads_is_criminal_enforcement_but_not_by_the_court():
    text = (
        "Phòng Thi hành án dân sự khu vực 2 cho nữ bị án nuôi con nhỏ hoãn chấp hành án phạt tù "
        "12 tháng."
    )
    for t, x in both("Tin thi hành án", text):
        assert criminal_enforcement_by_thads(t, x) is not None, x
    court = (
        "Tòa án nhân dân khu vực 2 quyết định cho nữ bị án hoãn chấp hành án phạt tù; Thi hành án "
        "dân sự tỉnh tiếp tục thu khoản án phí của bà."
    )
    for t, x in both("Tin thi hành án", court):
        assert criminal_enforcement_by_thads(t, x) is None, x


def test_staying_with_the_villages_is_no_escort_of_convicts():
    title = "Chấp hành viên miền Tây bám ấp, giải quyết án tồn đọng"
    for t, x in both(title, "Các chấp hành viên lội ruộng đến từng nhà xác minh, vận động."):
        assert criminal_enforcement_by_thads(t, x) is None, t
    escort = "Chấp hành viên áp giải phạm nhân đến trại giam."
    for t, x in both("Tin", escort):
        assert criminal_enforcement_by_thads(t, x) is not None, x


def test_a_death_sentence_carried_out_in_coordination_by_thads_is_still_criminal_enforcement():
    text = (
        "Bên cạnh nhiệm vụ thi hành án dân sự, trong năm, đơn vị đã phối hợp tổ chức thi hành 3 "
        "bản án tử hình."
    )
    for t, x in both("Nghệ An: Thi hành án dân sự vượt cả hai chỉ tiêu", text):
        assert criminal_enforcement_by_thads(t, x) is not None, x
    # ... but fees collected with a prison, or the police carrying it out, are not
    for text in (
        "Thi hành án dân sự tỉnh phối hợp với trại giam thu án phí của phạm nhân.",
        "Thi hành án dân sự tỉnh cho biết Công an tỉnh đã phối hợp tổ chức thi hành án tử hình.",
    ):
        for t, x in both("Tin", text):
            assert criminal_enforcement_by_thads(t, x) is None, x


def test_a_deputy_saying_officers_shake_hands_with_debtors_is_misconduct():
    title = 'ĐBQH: Có tình trạng chấp hành viên "bắt tay" người phải thi hành án để tẩu tán tài sản'
    for t, x in both(title, "Đại biểu đề nghị thanh tra toàn diện."):
        assert officer_misconduct(t, x) is not None, t
