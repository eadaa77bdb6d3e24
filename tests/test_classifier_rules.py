"""Rule signals on real-looking sentences, both ways."""

from __future__ import annotations

from datetime import datetime

import pytest

from classifier.rules import (
    authority_reply,
    criminal_enforcement_by_thads,
    debtor_at_fault,
    decide,
    defunct_agency_names,
    enforcement_complaint,
    formal_notice,
    law_news,
    legal_explainer,
    officer_misconduct,
    results_report,
    routine_step,
    signals,
    sports_sanction,
    thads_headline,
)
from text.normalize import strip_diacritics

AFTER = datetime(2025, 12, 3, 9, 0)
BEFORE = datetime(2024, 5, 10, 9, 0)


@pytest.mark.parametrize(
    "title,text",
    [
        (
            "Nghệ An: Thi hành án dân sự tỉnh tổ chức tiêm thuốc độc cho tử tù",
            "Sáng 14/11, Thi hành án dân sự tỉnh Nghệ An đã tổ chức thi hành án tử hình.",
        ),
        (
            "Đà Nẵng",
            "Cơ quan thi hành án dân sự thành phố trả tự do cho 120 phạm nhân được đặc xá.",
        ),
        ("Đồng Nai", "Theo bài viết, chấp hành viên có quyền bắt và tạm giữ người chây ì 30 ngày."),
    ],
)
def test_criminal_enforcement_attributed_to_thads_fires(title, text):
    assert criminal_enforcement_by_thads(title, text) is not None
    assert criminal_enforcement_by_thads(strip_diacritics(title), strip_diacritics(text))


@pytest.mark.parametrize(
    "text",
    [
        "Trại giam Xuân Lộc tổ chức công bố quyết định đặc xá cho 200 phạm nhân.",
        "Bị cáo lĩnh án tử hình. Cơ quan thi hành án dân sự sẽ thu án phí và tiền bồi thường.",
        "Chấp hành viên không có thẩm quyền tạm giữ người phải thi hành án.",
        "Công an tỉnh đã thi hành án tử hình bằng tiêm thuốc độc đối với tử tù Nguyễn Văn A.",
        "Cục THADS phối hợp với trại giam để thu tiền án phí từ phạm nhân.",
    ],
)
def test_ordinary_prison_and_thads_stories_do_not_fire(text):
    assert criminal_enforcement_by_thads("Tin pháp luật", text) is None


def test_defunct_names_fire_only_after_restructuring():
    text = "Chi cục Thi hành án dân sự huyện Bảo Thắng ra quyết định cưỡng chế giao nhà."
    sig = defunct_agency_names("Lào Cai", text, published_at=AFTER)
    assert (
        sig is not None
        and "Chi cục Thi hành án dân sự" in sig.reason
        and "03/12/2025" in sig.reason
    )
    assert defunct_agency_names("Lào Cai", text, published_at=BEFORE) is None
    assert defunct_agency_names("Lào Cai", text, published_at=None) is None
    tong = "Tổng cục THADS ban hành chỉ thị năm công tác 2026."
    assert defunct_agency_names("", tong, published_at=AFTER) is not None
    cuc = "Cuc thi hanh an dan su tinh Lam Dong to chuc cuong che."
    assert defunct_agency_names("", cuc, published_at=AFTER) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Cục Quản lý Thi hành án dân sự tổng kết năm công tác 2025.",
        "Thi hành án dân sự tỉnh Lâm Đồng tổ chức cưỡng chế giao nhà.",
        "Ông A, nguyên Chi cục trưởng Chi cục THADS huyện X, bị truy tố.",
        "Phòng Thi hành án dân sự khu vực 3 (trước đây là Chi cục THADS huyện Y) tiếp nhận hồ sơ.",
    ],
)
def test_current_names_and_historical_mentions_do_not_fire(text):
    assert defunct_agency_names("", text, published_at=AFTER) is None


def test_signals_collects_both():
    text = "Chi cục Thi hành án dân sự huyện Z đã tổ chức thi hành án tử hình đối với tử tù B."
    codes = {s.code for s in signals("Tin", text, None, AFTER)}
    assert codes == {"criminal_enforcement", "defunct_agency"}


@pytest.mark.parametrize(
    "title,text",
    [
        ("Khởi tố chấp hành viên Chi cục THADS huyện Củ Chi về tội nhận hối lộ", ""),
        ("Đồng Nai", "Phó phòng thi hành án tỉnh Đồng Nai bị tố cáo đòi hối lộ 50 triệu đồng."),
        ("Bắt quả tang nữ chấp hành viên trong xới bạc", ""),
        (
            "Tin vắn",
            "Sở Tư pháp đình chỉ công tác 15 ngày đối với phó trưởng cơ quan thi hành án tỉnh.",
        ),
        ("Hà Nội", "Chấp hành viên Thi hành án dân sự thành phố Hà Nội bị bắt vì vòi tiền."),
        ("Tố chấp hành viên gây khó khăn, đòi tiền bồi dưỡng mới giao nhà", ""),
        ("Người dân tố chấp hành viên 'làm khó' suốt 4 năm", ""),
        ("Lâm Đồng", "CHV Nguyễn Văn A bị kỷ luật cảnh cáo vì làm trái quy định."),
        # revision 5: "tố" right before the officer, wrongdoing "of" the officer, a question
        ('Hà Nội: Người dân tố cơ quan thi hành án "ngâm" hồ sơ', ""),
        ("Thanh tra phát hiện nhiều sai sót của chấp hành viên", ""),
        ("Vụ cưỡng chế ở TP. Thủ Đức: Có hay không sai phạm của chấp hành viên?", ""),
        # revision 6: neglect, complicity, harassment
        ("Thi hành án kiểu 'đánh trống bỏ dùi'", "Cơ quan thi hành án bỏ mặc vụ việc 3 năm."),
        ("Chấp hành viên bị tố 'làm luật' với người phải thi hành án", ""),
        ("Người dân phản ánh cán bộ thi hành án gây phiền hà", ""),
        ("Tẩu tán tài sản", "Chấp hành viên bị tố tiếp tay cho việc tẩu tán tài sản."),
    ],
)
def test_officer_misconduct_fires(title, text):
    found = officer_misconduct(title, text)
    assert found is not None and found.label == "needs_correction"
    assert found.reason.startswith("quy tắc:")
    assert officer_misconduct(strip_diacritics(title), strip_diacritics(text)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Chi cục THADS triển khai công tác phòng, chống tham nhũng năm 2024.",
        "Thi hành án dân sự tỉnh Gia Lai đề nghị khởi tố người chống đối việc cưỡng chế.",
        "Chấp hành viên tiến hành cưỡng chế, đối tượng chống đối bị bắt.",
        "Đoàn kiểm tra tại Chi cục THADS không phát hiện sai phạm.",
        "Chi cục THADS quận 1 kê biên tài sản của bị cáo tham ô để thi hành án.",
        "Chấp hành viên bị bất ngờ khi người phải thi hành án tự nguyện nộp tiền.",
        "Cơ quan thi hành án hình sự bị tố cáo ngược đãi phạm nhân.",
        "Cơ quan thi hành án dân sự kê biên bất động sản khiến công ty bức xúc.",
        "Tòa án đình chỉ thi hành án vụ tranh chấp đất đai.",
        "Thi hành án dân sự tỉnh Nghệ An cảnh báo thủ đoạn lừa đảo giả danh chấp hành viên.",
        "Cơ quan thi hành án dân sự phát hiện đối tượng giả mạo giấy tờ để lừa đảo.",
        "Không để cán bộ thi hành án gây phiền hà cho người dân.",
        "Cán bộ thi hành án không được tiếp tay cho việc tẩu tán tài sản.",
    ],
)
def test_officer_misconduct_needs_an_allegation_against_the_officer(text):
    assert officer_misconduct("Tin pháp luật", text) is None
    assert officer_misconduct("Tin phap luat", strip_diacritics(text)) is None


def test_decide_inaccurate_first_then_misconduct_whatever_the_model_says():
    crime = signals("", "Chấp hành viên có quyền bắt và tạm giữ người chây ì.")
    misconduct = signals("", "Chấp hành viên Chi cục THADS huyện X bị bắt vì nhận hối lộ.")
    assert [s.label for s in misconduct] == ["needs_correction"]
    assert decide("neutral", []) == "neutral"
    assert decide("positive", misconduct) == "needs_correction"
    assert decide("neutral", misconduct) == "needs_correction"
    # (the text model's "inaccurate" alone gives no concrete reason: an allegation needs an answer)
    assert decide("inaccurate", misconduct) == "needs_correction"
    assert decide("neutral", crime) == "inaccurate"
    assert decide("needs_correction", list(crime) + list(misconduct)) == "inaccurate"


@pytest.mark.parametrize(
    "title,fires",
    [
        ("Người dân tố chấp hành viên kê biên sai tài sản", True),
        ("Chi cục THADS huyện Củ Chi cưỡng chế giao nhà", True),
        ("Phòng Thi hành án dân sự khu vực 3 tiếp nhận hồ sơ", True),
        ("Thi hanh an dan su tinh Gia Lai to chuc cuong che", True),
        ("Thừa phát lại tống đạt văn bản", True),
        ("Thi hành án tử hình tử tù Nguyễn Văn A", False),
        ("Cơ quan thi hành án hình sự Công an tỉnh tiếp nhận phạm nhân", False),
        ("Công an kê biên tài sản của cựu giám đốc sở", False),
        ("Bị cáo được THA BỔNG", False),
    ],
)
def test_headline_naming_a_thads_office_or_officer(title, fires):
    found = thads_headline(title)
    assert (found is not None) is fires
    if found:
        assert found.label == "relevant" and found.reason.startswith("quy tắc:")
        assert decide("neutral", [found]) == "neutral"  # relevance only, never the assessment


def test_old_agency_name_in_a_misconduct_story_is_not_inaccurate():
    """A prosecution names the post the officer held when the acts took place."""
    text = "Khởi tố Phó Chi cục trưởng Chi cục THADS huyện Củ Chi về tội nhận hối lộ."
    found = signals("Tin", text, None, AFTER)
    assert [s.code for s in found] == ["officer_misconduct"]
    assert decide("neutral", found) == "needs_correction"
    routine = "Chi cục THADS huyện Củ Chi tổ chức cưỡng chế giao nhà."
    assert [s.code for s in signals("Tin", routine, None, AFTER)] == ["defunct_agency"]


AUCTION_NOTICE = (
    "Phòng Thi hành án dân sự khu vực 3 - Đồng Nai thông báo bán đấu giá tài sản để thi hành án: "
    "quyền sử dụng đất 250 m2 tại xã Tân Phú. Giá khởi điểm: 1,5 tỷ đồng. Tiền đặt trước: 300 "
    "triệu đồng. Thời gian xem tài sản: ngày 10 và 11/11/2026. Hình thức đấu giá: trực tiếp bằng "
    "lời nói tại cuộc đấu giá."
)


@pytest.mark.parametrize(
    "title,text",
    [
        ("Thông báo bán đấu giá tài sản", "Tài sản: xe ô tô biển số 51A-123.45."),
        ("Thông báo về việc thực hiện quyền yêu cầu thi hành án", "Ông Nguyễn Văn A ..."),
        ("Thi hành án dân sự tỉnh Đắk Lắk thông báo bán đấu giá quyền sử dụng đất", "..."),
        ("Quyền sử dụng đất tại xã Tân Phú, tỉnh Đồng Nai", AUCTION_NOTICE),
        ("Quyen su dung dat tai xa Tan Phu", strip_diacritics(AUCTION_NOTICE)),
    ],
)
def test_formal_notice_fires(title, text):
    found = formal_notice(title, text)
    assert found is not None and found.label == "neutral"
    assert found.reason.startswith("quy tắc: bài là thông báo chính thức")


@pytest.mark.parametrize(
    "title,text",
    [
        # stories about auctions and notices, not notices
        ("Thông báo đấu giá 'lén lút', người dân kêu cứu", AUCTION_NOTICE),
        ("Bán đấu giá tài sản thi hành án rẻ bất thường", "Giá khởi điểm chỉ bằng một nửa."),
        ("Mua tài sản thi hành án: Rước họa vào thân?", "Người mua trúng đấu giá chưa nhận nhà."),
        # two fields only: a share issue, not an auction notice
        (
            "Công ty phát hành thêm cổ phiếu",
            "Bán đấu giá cổ phần, giá khởi điểm 20.000 đồng, "
            "nộp hồ sơ và tiền đặt trước trước ngày 5/6.",
        ),
    ],
)
def test_stories_about_auctions_are_not_notices(title, text):
    assert formal_notice(title, text) is None


@pytest.mark.parametrize(
    "title,fires",
    [
        ("Bổ nhiệm Phó Cục trưởng Cục Quản lý thi hành án dân sự", True),
        ("Hà Nội: Trao quyết định bổ nhiệm Thủ trưởng Thi hành án dân sự thành phố", True),
        ("Điều động, bổ nhiệm lãnh đạo Thi hành án dân sự tỉnh Gia Lai", True),
        ("Bo nhiem Pho Cuc truong Cuc Quan ly thi hanh an dan su", True),
        ("Bổ nhiệm sai quy định, chấp hành viên bị kỷ luật", False),  # critical
        ("Chấp hành viên vừa được bổ nhiệm đã nhận hối lộ", False),  # not opening the headline
    ],
)
def test_personnel_announcement_is_a_notice(title, fires):
    found = formal_notice(title, "Bộ trưởng Bộ Tư pháp trao quyết định.")
    assert (found is not None) is fires
    if found:
        assert found.label == "neutral"
        assert found.reason.startswith("quy tắc: bài là thông báo nhân sự")


def test_a_notice_is_neutral_unless_a_stronger_signal_fires():
    notice = signals("Thông báo bán đấu giá tài sản", AUCTION_NOTICE)
    assert [s.code for s in notice] == ["formal_notice"]
    for model_label in ("positive", "neutral", "needs_correction", "inaccurate"):
        assert decide(model_label, notice) == "neutral"
    misconduct = signals(
        "Thông báo kết luận vụ chấp hành viên nhận hối lộ",
        "Chấp hành viên Nguyễn Văn B bị bắt vì nhận hối lộ của người phải thi hành án.",
    )
    assert [s.code for s in misconduct] == ["officer_misconduct", "formal_notice"]
    assert decide("neutral", misconduct) == "needs_correction"
    assert decide("inaccurate", misconduct) == "needs_correction"


@pytest.mark.parametrize(
    "title,text",
    [
        ("Cưỡng chế nhầm nhà, người dân bức xúc", "Gia đình ông T. đã gửi đơn đến nhiều nơi."),
        ("Bản án có hiệu lực 5 năm, người dân vẫn chưa được thi hành án", ""),
        ("Người dân khiếu nại chấp hành viên kê biên tài sản của người khác", ""),
        ("Kê biên tài sản trái luật, doanh nghiệp kêu cứu", ""),
        ("Tài sản bị bán đấu giá rẻ bất thường", "Căn nhà 3 tỷ đồng được bán 800 triệu đồng."),
        ("Ngan hang thang kien 3 nam van chua duoc thi hanh an", ""),
        ("Tây Ninh", "Bà Lan phản ánh cơ quan thi hành án chậm thi hành án suốt nhiều năm."),
        ("Đồng Tháp: một vụ phong tỏa tài sản không bình thường", ""),
        ("Vì sao hàng nghìn bản án có hiệu lực vẫn không thể thi hành?", ""),
        # a seizure or coercion suffered (revision 4)
        ("Người mua nhà kêu cứu vì căn nhà bị kê biên", ""),
        ("Bức xúc vì bị cưỡng chế giao đất khi đang khiếu nại", ""),
        # revision 5: "oan"; initials and "TP." take no sentence of the opening; a negation in
        # the sentence before is not the complaint's
        ("Bị cưỡng chế oan, gia đình ông T. gửi đơn khắp nơi", ""),
        (
            "Chuyện ở TP. Thủ Đức",
            "Ông Nguyễn Văn T. và bà Lê Thị H. ở phường Linh Xuân. Công ty M. là người phải thi "
            "hành án. Ông T. đã nhiều lần khiếu nại chấp hành viên nhưng chưa được giải quyết.",
        ),
        (
            "Gia đình ông T. gửi đơn khắp nơi",
            "Căn nhà không liên quan đến khoản nợ. Ông T. đã khiếu nại đến Thi hành án dân sự "
            "tỉnh nhưng chưa được giải quyết thỏa đáng.",
        ),
        # revision 6: "kêu trời", a step not taken in time, enforcement pressed on despite an
        # appeal
        ("Người dân 'kêu trời' vì bị kê biên nhà thay cho con nợ", ""),
        (
            "Dấu hiệu 'bỏ lọt' tài sản trong vụ thi hành án nghìn tỷ",
            "Nhiều tài sản của người phải thi hành án không được xác minh, kê biên kịp thời.",
        ),
        (
            "Cưỡng chế trong khi vụ việc đang được xem xét giám đốc thẩm",
            "Dù Viện kiểm sát đã có văn bản kháng nghị, cơ quan thi hành án vẫn tổ chức cưỡng "
            "chế giao nhà.",
        ),
        # a party not paid; a reader's letter of complaint to the newspaper
        ("Bản án có hiệu lực 4 năm, người được thi hành án vẫn chưa nhận được tiền", ""),
        (
            "Bạn đọc phản ánh",
            "Theo đơn của ông K. gửi Báo Pháp luật Việt Nam, Phòng Thi hành án dân sự khu vực 2 "
            "chưa giải quyết.",
        ),
        # a sale said to be too cheap, a demand to annul it, a seizure beyond the debt, a
        # request left unanswered, a notice never received, a party still empty-handed
        (
            "Đấu giá lần thứ bảy lô đất của Công ty H.G.",
            "Thi hành án dân sự tỉnh Đồng Nai giảm giá khởi điểm hơn 40%. Các chủ nợ phản đối, "
            "cho rằng việc giảm giá liên tục khiến tài sản bị bán rẻ.",
        ),
        (
            "Khách sạn ven biển có chủ mới",
            "Khách sạn là tài sản kê biên để thi hành án, được đấu giá với mức giá thấp hơn gần "
            "một nửa giá khởi điểm ban đầu. Nhiều chủ nợ đề nghị hủy kết quả đấu giá.",
        ),
        (
            "Doanh nghiệp lên tiếng về việc nhà máy bị kê biên",
            "Công ty cho rằng việc kê biên toàn bộ nhà máy để bảo đảm khoản nợ 15 tỷ đồng là "
            "vượt quá nghĩa vụ phải thi hành.",
        ),
        (
            "Cưỡng chế giao nhà khi chủ nhà đang nằm viện",
            "Người thân đã nộp đơn xin hoãn cưỡng chế thi hành án nhưng không được xem xét.",
        ),
        (
            "Cưỡng chế giao nhà tại phường Tuy Hòa",
            "Gia đình ông T. cho rằng họ không hề nhận được thông báo cưỡng chế thi hành án.",
        ),
        ("Tiền đã nộp đủ, người được thi hành án vẫn chưa được nhận!", ""),
        ("Hà Nội: Ôm bản án 6 năm, người thắng kiện vẫn trắng tay", "Thi hành án chậm."),
    ],
)
def test_enforcement_complaint_fires(title, text):
    for t, x in ((title, text), (strip_diacritics(title), strip_diacritics(text))):
        found = enforcement_complaint(t, x)
        assert found is not None and found.label == "needs_correction"
        assert found.reason.startswith("quy tắc: bài viết phản ánh thi hành án sai")


@pytest.mark.parametrize(
    "title,text",
    [
        # the authority settling it, statistics, rules and denials
        ("THADS tỉnh Hà Tĩnh giải quyết dứt điểm 15 vụ kéo dài nhiều năm chưa được thi hành", ""),
        ("Cục Quản lý THADS chỉ đạo xử lý nghiêm các trường hợp chậm trễ thi hành án", ""),
        ("Thi hành án dân sự khẳng định việc cưỡng chế không sai quy định", ""),
        ("Năm 2026, số việc chưa được thi hành giảm mạnh", "Tỷ lệ thi hành xong đạt 85%."),
        (
            "Hội nghị tiếp công dân, giải quyết khiếu nại, tố cáo trong thi hành án dân sự",
            "Năm qua, các cơ quan thi hành án dân sự đã giải quyết 120 đơn khiếu nại, tố cáo.",
        ),
        (
            "Người dân có quyền khiếu nại quyết định của chấp hành viên",
            "Đương sự có quyền khiếu nại quyết định, hành vi của chấp hành viên.",
        ),
        ("Giảm án tồn đọng", "Các đơn vị đã khắc phục tình trạng chậm thi hành án."),
        ("Không có khiếu nại nào về tài sản bị kê biên", "Việc kê biên diễn ra đúng luật."),
        ("Tài sản bị kê biên được bán đấu giá", "Người dân phấn khởi nhận lại tiền."),
        # the debtor's delay
        ("Cưỡng chế thành công", "Nhiều năm qua ông A chây ì, không thi hành án."),
        ("Đấu giá thành công nhưng 3 năm chưa giao được nhà cho người mua", ""),
        ("Khó giao tài sản cho người trúng đấu giá", "Dù đấu giá thành công, nhà vẫn bị chiếm."),
        ("Doanh nghiệp chây ì, 3 năm không thi hành án", "Công ty X cố tình trốn tránh."),
        ("Kiên quyết cưỡng chế", "Công ty X cố tình trốn tránh. Bản án 3 năm chưa được thi hành."),
        # results
        ("Bán đấu giá thành công khu đất vàng", "Giá bán cao hơn giá khởi điểm 20%."),
        # enforcement pressed on despite the weather or a resisting debtor, not an appeal; a
        # directive or a duty to act in time (revision 6)
        (
            "Cưỡng chế giao đất giữa trời mưa",
            "Dù trời mưa lớn, lực lượng vẫn tiến hành cưỡng chế, bàn giao đất.",
        ),
        (
            "Kiên quyết cưỡng chế",
            "Dù đã được vận động nhiều lần, ông A vẫn không tự nguyện nên cơ quan thi hành án "
            "vẫn phải cưỡng chế.",
        ),
        ("Chỉ đạo thi hành án", "Cục trưởng yêu cầu nếu không kịp thời xử lý sẽ bị kỷ luật."),
        ("Tăng cường xác minh", "Chấp hành viên phải xác minh kịp thời điều kiện thi hành án."),
        # "nhằm" (in order to) is not "nhầm" (mistaken) in a text with diacritics; a refusal
        # to take a notice is not a notice never received (revision 6)
        (
            "Lấy ý kiến dự thảo Thông tư về biểu mẫu",
            "Bộ Tư pháp lấy ý kiến dự thảo Thông tư về thi hành án dân sự, nhằm thay thế các mẫu "
            "giấy tờ hiện hành.",
        ),
        ("Bị phạt tiền khi trì hoãn thi hành án", "Người không nhận giấy báo sẽ bị phạt tiền."),
        ("Đấu giá thành công", "Tài sản thi hành án không bị bán rẻ, giá trúng cao hơn 20%."),
        # a plan exceeded, an office with work left: not a seizure beyond the debt, nor a
        # request left unanswered
        ("Kê biên, xử lý tài sản vượt mức kế hoạch", "Thi hành án dân sự tỉnh X báo cáo."),
        ("Tổng kết", "Đơn vị thi hành án dân sự chưa giải quyết xong 20 việc do vướng mắc."),
        # a report sent up, not a letter to the newspaper
        ("Thống kê thi hành án", "Cục thu thập số liệu thi hành án, gửi báo cáo Bộ Tư pháp."),
        # a rule on not being paid; a letter of thanks
        (
            "Quyền của người được thi hành án",
            "Nếu chưa nhận được tiền, người được thi hành án có quyền khiếu nại.",
        ),
        (
            "Người dân gửi thư cảm ơn chấp hành viên",
            "Bà H. đã gửi thư cảm ơn gửi Báo Pháp luật Việt Nam vì được chấp hành viên giúp đỡ.",
        ),
        # only the opening counts: a complaint told in the fifth sentence is background
        (
            "Thi hành án dân sự tỉnh Gia Lai vượt chỉ tiêu",
            "Năm 2026 đạt 86%. Thu 900 tỷ đồng. Nhiều cá nhân được khen. Theo ông H., năm "
            "2019 từng có người dân khiếu nại chấp hành viên.",
        ),
    ],
)
def test_enforcement_complaint_needs_a_reported_failing(title, text):
    assert enforcement_complaint(title, text) is None


def test_complaint_decides_like_misconduct_and_outranks_a_notice():
    found = signals("Cưỡng chế nhầm nhà, người dân bức xúc", "Ông T. gửi đơn kêu cứu.")
    assert [s.code for s in found] == ["enforcement_complaint"]
    assert decide("neutral", found) == "needs_correction"
    assert decide("positive", found) == "needs_correction"
    assert decide("inaccurate", found) == "needs_correction"
    notice = signals("Thông báo cưỡng chế", "Kê biên tài sản trái luật của ông A.")
    assert [s.code for s in notice] == ["enforcement_complaint", "formal_notice"]
    assert decide("neutral", notice) == "needs_correction"
    # misconduct told in the same opening: one signal, the misconduct
    both = signals("Chấp hành viên bị bắt vì nhận hối lộ", "Người dân khiếu nại chấp hành viên.")
    assert [s.code for s in both] == ["officer_misconduct"]


@pytest.mark.parametrize(
    "title,text",
    [
        (
            "Ai chịu trách nhiệm khi tài sản kê biên bị thất thoát?",
            "Tài sản đã bị Phòng Thi hành án dân sự khu vực 5 kê biên nay đã bị tháo dỡ, bán đi.",
        ),
        ("Thi hành án 'treo' hơn 10 năm: trách nhiệm thuộc về ai?", ""),
        ("Vì sao hồ sơ thi hành án của bà H. mãi chưa được giải quyết?", ""),
        ("Đến bao giờ người mua trúng đấu giá mới nhận được nhà?", ""),
        ("Bản án có hiệu lực 5 năm, người được thi hành án vẫn mỏi mòn chờ", ""),
        ("Mòn mỏi hơn 10 năm chờ thi hành bản án chia thừa kế", ""),
    ],
)
def test_critical_question_headline_fires(title, text):
    """Revision 6: a headline asking who answers for a failing, or why or until when it
    lasts, or telling a party waiting in vain, needs an answer."""
    for t, x in ((title, text), (strip_diacritics(title), strip_diacritics(text))):
        found = enforcement_complaint(t, x)
        assert found is not None and found.label == "needs_correction"
        assert found.reason.startswith("quy tắc: tiêu đề chất vấn trách nhiệm")
        assert signals(t, x) == [found]
        assert decide("neutral", [found]) == "needs_correction"


@pytest.mark.parametrize(
    "title,text",
    [
        # "vì sao" without a failing
        ("Vì sao Thi hành án dân sự tỉnh Đồng Nai luôn dẫn đầu về thu hồi tài sản?", ""),
        # a reader's question on the law
        (
            "Tài sản kê biên bị mất thì ai chịu trách nhiệm?",
            "Hỏi: Tài sản của tôi bị kê biên, giao cho người khác giữ nay bị mất. Trả lời: Theo "
            "quy định của Luật Thi hành án dân sự, người được giao bảo quản phải bồi thường.",
        ),
        (
            "Tài sản kê biên bị mất thì ai chịu trách nhiệm?",
            "Bạn đọc Nguyễn Văn A. hỏi: tài sản bị kê biên bị mất thì ai phải bồi thường?",
        ),
        # waiting, but not in vain
        ("Người dân chờ nhận tiền thi hành án trước Tết", "Chấp hành viên đã chi trả xong."),
    ],
)
def test_critical_question_needs_a_failing_and_is_no_readers_question(title, text):
    for t, x in ((title, text), (strip_diacritics(title), strip_diacritics(text))):
        assert enforcement_complaint(t, x) is None


@pytest.mark.parametrize(
    "title,text",
    [
        ("Thi hành xong 1.895 việc, thu gần 16.000 tỷ đồng từ án tham nhũng, kinh tế", ""),
        ("Cơ quan thi hành án thu hồi 27.000 tỉ đồng", "Kết quả cao nhất từ trước đến nay."),
        (
            "Thi hành án dân sự tỉnh Quảng Ninh vượt chỉ tiêu về việc và về tiền",
            "Năm công tác 2026, cơ quan đạt tỷ lệ 86,5% về việc, nhằm bảo đảm quyền lợi của dân.",
        ),
        ("Tây Ninh", "Năm 2026, các cơ quan thi hành án đã thi hành được hơn 3.000 việc."),
        ("An Giang: Cưỡng chế thành công, trả lại đất cho người dân", ""),
        ("Đấu giá thành công khu nghỉ dưỡng để thi hành án", "Giá trúng cao hơn khởi điểm 12%."),
        ("Gương sáng chấp hành viên vùng cao", "Anh nhiều năm được tặng bằng khen."),
        ("Ra mắt hệ thống biên lai điện tử thi hành án dân sự", ""),
        ("Đẩy mạnh chuyển đổi số trong thi hành án dân sự", "Cục Quản lý THADS cho biết."),
        ("Năm 2025 thu kỷ lục 150.000 tỷ đồng", "Cục Quản lý thi hành án dân sự cho biết."),
        # a debtor persuaded into compliance, a good deed (revision 6)
        (
            "Bàn giao nhà đất thi hành án",
            "Sau khi được chấp hành viên vận động, thuyết phục, gia đình ông N. đã tự nguyện "
            "dọn đồ, bàn giao nhà đất cho người mua trúng đấu giá.",
        ),
        ("Vận động thành công người phải thi hành án trả nợ 2 tỷ đồng", ""),
        ("Chấp hành viên trả lại 50 triệu đồng cho người dân chuyển nhầm", ""),
        # praise of an officer's work, the hardship overcome told beside it
        (
            "Chấp hành viên vượt khó đưa bản án vào cuộc sống",
            "Dù địa bàn rộng, đi lại khó khăn, các chấp hành viên vẫn bám cơ sở.",
        ),
    ],
)
def test_results_report_fires(title, text):
    for t, x in ((title, text), (strip_diacritics(title), strip_diacritics(text))):
        found = results_report(t, x)
        assert found is not None and found.label == "positive"
        assert found.reason.startswith("quy tắc: bài viết nêu kết quả")
        assert signals(t, x) == [found]
        assert decide("needs_correction", [found]) == "positive"
        assert decide("neutral", [found]) == "positive"


@pytest.mark.parametrize(
    "title,text",
    [
        # a shortfall, a backlog, a difficulty told beside the figures
        ("Dù thi hành xong 70% số việc, án tồn đọng vẫn lớn", ""),
        ("Năm 2026 chỉ thu được 15.000 tỷ đồng", "Thấp nhất nhiều năm."),
        ("Khó khăn chưa từng có khi thu hồi 30.000 tỷ đồng tài sản tham nhũng", ""),
        ("Cưỡng chế thành công", "Nhiều năm qua ông A chây ì, không thi hành án."),
        ("Đấu giá thành công nhưng 3 năm chưa giao được nhà cho người mua", ""),
        ("Khó giao tài sản cho người trúng đấu giá", "Dù đấu giá thành công, nhà vẫn bị chiếm."),
        # "tuyên dương" is also "tuyến đường" without diacritics: not a pattern
        ("Cưỡng chế giao đất mở tuyến đường", "Phần đất nằm sát tuyến đường liên xã."),
        # no figure after "thi hành xong", or another sense
        ("Trung vệ thi hành xong án treo giò", "Anh sẵn sàng trở lại sau 3 trận."),
        ("Bị cáo đã thi hành xong bản án", ""),
        # a how-to about a reform is a procedure (neutral), not the reform
        ("Hướng dẫn sử dụng biên lai điện tử trong thi hành án dân sự", ""),
        # a record or a "highest ever" that is not a result; a target missed
        ("Đại án kỷ lục: kê biên thêm 300 tài sản", "Chấp hành viên đã kê biên nhà đất."),
        ("Vụ án có thiệt hại cao nhất từ trước đến nay", "Cơ quan thi hành án kê biên tài sản."),
        ("Thi hành án dân sự tỉnh X chưa hoàn thành chỉ tiêu về tiền", ""),
        # a target or a plan, not a result (revision 5)
        ("Triển khai nhiệm vụ năm 2027", "Đơn vị phấn đấu thi hành xong trên 85% về việc."),
        ("Triển khai nhiệm vụ năm 2027", "Ngành đặt mục tiêu vượt chỉ tiêu được giao."),
        ("Triển khai nhiệm vụ năm 2027", "Để hoàn thành chỉ tiêu, đơn vị rà soát hồ sơ."),
        # praise denied, or undone by a fault (revision 6)
        ("Đơn vị làm việc chưa hết mình", "Cơ quan thi hành án còn chậm trễ."),
        ("Chấp hành viên tận tụy bị tố nhận hối lộ", "Đơn vị đã nhận đơn tố cáo."),
        # persuaded, but not into compliance (revision 6)
        (
            "Cưỡng chế giao nhà sau nhiều lần vận động không thành",
            "Chấp hành viên đã nhiều lần vận động, thuyết phục nhưng ông H. vẫn không tự nguyện "
            "bàn giao nhà cho người mua trúng đấu giá.",
        ),
        # only the opening counts
        (
            "Hội nghị triển khai công tác thi hành án dân sự",
            "Hội nghị diễn ra sáng 5/1. Có 200 đại biểu dự. Nội dung gồm ba phần. Thứ trưởng "
            "phát biểu. Năm qua đã thi hành xong 80% số việc.",
        ),
    ],
)
def test_results_report_needs_results_and_no_critical_word(title, text):
    assert results_report(title, text) is None
    assert results_report(strip_diacritics(title), strip_diacritics(text)) is None


def test_results_report_decides_only_when_no_other_signal_fires():
    misconduct = signals(
        "Chấp hành viên từng nhận bằng khen bị bắt vì nhận hối lộ", "Anh ta đã nhận 200 triệu đồng."
    )
    assert [s.code for s in misconduct] == ["officer_misconduct"]
    assert decide("positive", misconduct) == "needs_correction"
    notice = signals("Thông báo kết quả thi hành xong 120 việc", "Giá khởi điểm 1 tỷ đồng.")
    assert [s.code for s in notice] == ["formal_notice"]
    assert decide("positive", notice) == "neutral"


@pytest.mark.parametrize(
    "title,fires",
    [
        ("Thi hành xong 1.895 việc, thu gần 16.000 tỷ đồng", True),
        ("Đã thi hành xong hơn 9.781 tỷ đồng từ án tham nhũng, kinh tế", True),
        ("Thi hanh xong hang nghin viec trong nam 2026", True),
        ("Trung vệ thi hành xong án treo giò", False),
        ("Phạm nhân chấp hành xong 5 năm tù được trở về", False),
    ],
)
def test_headline_reporting_enforcement_results_is_relevant(title, fires):
    found = thads_headline(title)
    assert (found is not None) is fires
    if found:
        assert found.label == "relevant" and "kết quả thi hành án" in found.reason


@pytest.mark.parametrize(
    "title",
    [
        "Hướng dẫn nộp tiền thi hành án qua tài khoản ngân hàng",
        "Hỏi đáp: Thời hiệu yêu cầu thi hành án",
        "Người phải thi hành án chết thì nghĩa vụ trả nợ xử lý thế nào?",
        "Thời hiệu yêu cầu thi hành án là bao lâu?",
        "Người được thi hành án có được yêu cầu kê biên tài sản không?",
        "Những điểm mới của Luật Thi hành án dân sự sửa đổi",
        "Thủ tục yêu cầu thi hành án dân sự",  # revision 6
        "Thừa phát lại lập vi bằng: những lưu ý",
        "Những điều cần biết khi mua tài sản thi hành án",
    ],
)
def test_legal_explainer_fires(title):
    for t in (title, strip_diacritics(title)):
        found = legal_explainer(t)
        assert found is not None and found.label == "neutral"
        assert found.reason.startswith("quy tắc: bài hỏi đáp")


@pytest.mark.parametrize(
    "title",
    [
        "Vì sao bản án 5 năm vẫn chưa được thi hành?",  # critical questions
        "Cưỡng chế nhầm nhà: ai chịu trách nhiệm thế nào?",
        "Tiền thi hành án đi đâu?",
        "Thu hồi được bao nhiêu tài sản tham nhũng?",
        "Chấp hành viên hướng dẫn người dân nộp đơn",  # not a guide's headline
        "Bị kê biên oan, người dân phải làm gì?",
    ],
)
def test_legal_explainer_needs_a_plain_question_or_guide(title):
    assert legal_explainer(title) is None


def test_legal_explainer_decides_only_when_no_other_signal_fires():
    guide = signals(
        "Hướng dẫn nộp tiền thi hành án", "Người nộp tiền gửi chứng từ cho chấp hành viên."
    )
    assert [s.code for s in guide] == ["legal_explainer"]
    assert decide("needs_correction", guide) == "neutral"
    complaint = signals(
        "Xử lý thế nào khi chấp hành viên nhận hối lộ?",
        "Bà H. tố cáo chấp hành viên nhận hối lộ 200 triệu đồng.",
    )
    assert [s.code for s in complaint] == ["officer_misconduct"]
    results = signals("Thi hành xong 5.000 việc: bí quyết là gì?", "Đơn vị vượt chỉ tiêu.")
    assert [s.code for s in results] == ["results_report"]


@pytest.mark.parametrize(
    "title,text",
    [
        (
            "Tẩu tán tài sản để trốn tránh nghĩa vụ thi hành án",
            "Biết sắp bị kê biên, vợ chồng bà H. đã chuyển nhượng toàn bộ nhà đất cho người thân. "
            "Chấp hành viên đã đề nghị Tòa án tuyên bố giao dịch vô hiệu.",
        ),
        (
            "Chống đối khi bị cưỡng chế, người phải thi hành án bị khởi tố",
            "Trong quá trình Phòng Thi hành án dân sự khu vực 4 - Gia Lai tổ chức cưỡng chế giao "
            "đất, ông P. đã dùng dao chống đối lực lượng làm nhiệm vụ.",
        ),
        (
            "Chây ì thi hành án, giám đốc doanh nghiệp bị khởi tố",
            "Dù được cơ quan thi hành án nhiều lần vận động, ông K. vẫn không trả nợ 3 tỷ đồng. "
            "Công an tỉnh Thanh Hóa đã khởi tố vụ án về tội không chấp hành án.",
        ),
        (
            "Truy tìm người phải thi hành án bỏ trốn",
            "Thi hành án dân sự tỉnh Đắk Lắk đề nghị công an truy tìm ông T., người phải thi hành "
            "án khoản nợ 5 tỷ đồng.",
        ),
    ],
)
def test_debtor_at_fault_fires(title, text):
    """Revision 6, rule (i): the debtor's evasion or resistance and an act against it."""
    for t, x in ((title, text), (strip_diacritics(title), strip_diacritics(text))):
        found = debtor_at_fault(t, x)
        assert found is not None and found.label == "neutral"
        assert found.reason.startswith("quy tắc: bài viết nêu vi phạm của người phải thi hành án")
        assert signals(t, x) == [found]
        assert decide("needs_correction", [found]) == "neutral"
        assert decide("positive", [found]) == "neutral"


@pytest.mark.parametrize(
    "title,text",
    [
        # the agency faulted
        (
            'Con nợ tẩu tán tài sản, cơ quan thi hành án "bó tay"?',
            "Đến khi chấp hành viên xác minh, ông Q. đã tẩu tán hết tài sản; cơ quan thi hành "
            "án cho biết bất lực vì không còn tài sản để kê biên.",
        ),
        (
            "Tẩu tán tài sản trước khi bị kê biên",
            "Người dân tố chấp hành viên tiếp tay cho việc tẩu tán, chậm trễ kê biên nhà đất.",
        ),
        # no act against the debtor
        (
            "Tẩu tán tài sản để trốn tránh nghĩa vụ thi hành án",
            "Nhiều người phải thi hành án chuyển nhượng tài sản cho người thân.",
        ),
        # the debtor's evasion is not the headline's story
        ("Cưỡng chế giao nhà cho người mua trúng đấu giá", "Ông A. chây ì, đã bị khởi tố."),
    ],
)
def test_debtor_at_fault_needs_an_act_against_the_debtor_and_no_fault_of_the_agency(title, text):
    for t, x in ((title, text), (strip_diacritics(title), strip_diacritics(text))):
        assert debtor_at_fault(t, x) is None


def test_debtor_at_fault_decides_only_when_no_other_signal_fires():
    results = signals(
        "Chống đối cưỡng chế, người phải thi hành án bị khởi tố",
        "Vụ cưỡng chế thành công, bàn giao 5.000 m2 đất cho người được thi hành án.",
    )
    assert [s.code for s in results] == ["results_report"]
    misconduct = signals(
        "Tẩu tán tài sản, chấp hành viên bị khởi tố",
        "Chấp hành viên bị khởi tố vì nhận hối lộ để ông A. bị kê biên chậm.",
    )
    assert [s.code for s in misconduct] == ["officer_misconduct"]


@pytest.mark.parametrize(
    "title,text",
    [
        (
            "Chấp hành viên xác minh điều kiện thi hành án tại nơi cư trú",
            "Chấp hành viên Phòng Thi hành án dân sự khu vực 1 - Hưng Yên đã xác minh điều kiện "
            "thi hành án của ông Đỗ Văn M. tại nơi cư trú.",
        ),
        (
            "Chấp hành viên chủ trì buổi làm việc giữa các đương sự",
            "Các đương sự được mời đến trụ sở để thỏa thuận về việc thi hành án.",
        ),
        (
            "Cao Bằng: Thi hành án dân sự tỉnh triển khai nhiệm vụ năm 2027",
            "Đơn vị phấn đấu thi hành xong trên 85% về việc.",
        ),
        # a headline opening with a step of the procedure, no one named
        ("Hoãn thi hành án vì người phải thi hành án ốm nặng", "Chấp hành viên ra quyết định."),
        ("Bàn giao tài sản cho người mua trúng đấu giá tại Cần Thơ", ""),
        ("Chi trả tiền cho người bị hại trong vụ án SCB", ""),
        ("Chấp hành viên trao đổi kinh nghiệm xử lý tài sản bảo đảm", ""),
    ],
)
def test_routine_step_fires(title, text):
    """Revision 6, rule (j): a THADS office or officer doing a routine step of its work."""
    for t, x in ((title, text), (strip_diacritics(title), strip_diacritics(text))):
        found = routine_step(t, x)
        assert found is not None and found.label == "neutral"
        assert found.reason.startswith("quy tắc: bài viết đưa tin một hoạt động nghiệp vụ")
        assert signals(t, x) == [found]
        assert decide("needs_correction", [found]) == "neutral"


@pytest.mark.parametrize(
    "title,text",
    [
        # a critical word in the opening
        (
            "Chấp hành viên xác minh tài sản khi chủ nhà vắng mặt",
            "Người dân phản ánh chấp hành viên tự ý vào nhà xác minh tài sản, gây bức xúc.",
        ),
        ("Chấp hành viên xác minh điều kiện thi hành án", "Việc xác minh sai đối tượng."),
        ("Chấp hành viên tiếp nhận đơn", "Vụ việc chậm trễ nhiều năm chưa được thi hành."),
        # coercion, a seizure, a sale: not routine steps
        ("Chấp hành viên kê biên nhà của người phải thi hành án", ""),
        ("Thi hành án dân sự tỉnh Gia Lai cưỡng chế giao đất", ""),
        # no THADS office or officer doing it
        ("Công an xã xác minh nơi cư trú của bị can", ""),
        # a handover by coercion; a handover years late
        ("Chấp hành viên Phòng Thi hành án dân sự khu vực 2 cưỡng chế giao nhà", ""),
        ("Bàn giao nhà cho người mua trúng đấu giá sau 10 năm", ""),
        ("Giao đất cho người được thi hành án sau nhiều năm chờ đợi", ""),
    ],
)
def test_routine_step_needs_a_thads_actor_a_harmless_step_and_no_critical_word(title, text):
    for t, x in ((title, text), (strip_diacritics(title), strip_diacritics(text))):
        assert routine_step(t, x) is None


REPLY = (
    "Thi hành án dân sự TP.HCM phản hồi bài viết của Báo Pháp luật Việt Nam",
    'Ngày 20/11, Báo đăng bài "Bản án có hiệu lực 4 năm, người được thi hành án vẫn chưa nhận '
    'được tiền". Thi hành án dân sự TP.HCM đã có văn bản phản hồi gửi Báo.',
)


@pytest.mark.parametrize(
    "title",
    [
        REPLY[0],
        "Phòng Thi hành án dân sự khu vực 2 - Hưng Yên trả lời bạn đọc",
        "Cục Quản lý thi hành án dân sự thông tin về vụ việc ở phường Tân Định",
    ],
)
def test_authority_reply_fires(title):
    """Revision 6, rule (k): the authority answering, named before its answer."""
    for t in (title, strip_diacritics(title)):
        found = authority_reply(t)
        assert found is not None and found.label == "neutral"
        assert found.reason.startswith("quy tắc: bài viết đăng phản hồi")


@pytest.mark.parametrize(
    "title",
    [
        "Cơ quan thi hành án lên tiếng vụ cưỡng chế nhầm nhà",  # the critical frame repeated
        "Bạn đọc phản hồi về thái độ của chấp hành viên",  # a reader, not the authority
        "Phản hồi chậm, người dân bức xúc với cơ quan thi hành án",
    ],
)
def test_authority_reply_needs_the_authority_answering_without_a_critical_word(title):
    assert authority_reply(title) is None


def test_a_reply_answers_the_complaint_it_quotes_but_not_an_allegation_of_misconduct():
    found = signals(*REPLY)
    assert [s.code for s in found] == ["authority_reply"]
    assert decide("needs_correction", found) == "neutral"
    misconduct = signals(
        "Thi hành án dân sự tỉnh X phản hồi vụ chấp hành viên bị tố nhận hối lộ",
        "Chấp hành viên Nguyễn Văn A. bị tố nhận hối lộ 50 triệu đồng.",
    )
    assert [s.code for s in misconduct] == ["officer_misconduct", "authority_reply"]
    assert decide("neutral", misconduct) == "needs_correction"


@pytest.mark.parametrize(
    "title",
    [
        "Đề xuất chấp hành viên được quyền xác minh tài khoản ngân hàng",
        "Dự thảo Luật Thi hành án dân sự sửa đổi: bổ sung quy định về thừa hành viên",
        "Từ 1/7/2026, chấp hành viên được tự ra quyết định thi hành án",
        "Quốc hội thông qua Luật Thi hành án dân sự (sửa đổi)",
        "Bộ Tư pháp lấy ý kiến về dự thảo Nghị định hướng dẫn Luật Thi hành án dân sự",
    ],
)
def test_law_news_fires(title):
    """Revision 6, rule (l): a law or a policy being made or taking effect."""
    for t in (title, strip_diacritics(title)):
        found = law_news(t)
        assert found is not None and found.label == "neutral"
        assert found.reason.startswith("quy tắc: bài viết đưa tin về văn bản pháp luật")
        assert signals(t, "") == [found]
        assert decide("needs_correction", [found]) == "neutral"


@pytest.mark.parametrize(
    "title",
    [
        "Đề xuất xử lý nghiêm chấp hành viên vi phạm",  # a critical word
        "Vì sao dự thảo Luật chậm trình Quốc hội?",
        "Người dân đề xuất được nhận tiền thi hành án qua ngân hàng",  # not opening the headline
        "Tư vấn luật thi hành án",
    ],
)
def test_law_news_needs_a_law_being_made_and_no_critical_word(title):
    assert law_news(title) is None


def test_an_officer_arrested_is_misconduct_not_criminal_enforcement_by_thads():
    """Revision 6: "chấp hành viên bị bắt tạm giam" — the officer suffers the act."""
    found = signals("Chấp hành viên Chi cục THADS huyện X bị bắt tạm giam vì nhận hối lộ", "")
    assert [s.code for s in found] == ["officer_misconduct"]
    presiding = (
        "Thi hành án dân sự tỉnh Sơn La chủ trì, phối hợp với các cơ quan tư pháp tổ chức thi hành "
        "án tử hình bằng hình thức tiêm thuốc độc."
    )
    assert criminal_enforcement_by_thads("Tin", presiding) is not None
    working_with = "Thi hành án dân sự phối hợp với trại giam thu án phí của phạm nhân đặc xá."
    assert criminal_enforcement_by_thads("Tin", working_with) is None
    said = "Chấp hành viên có quyền ra quyết định tạm giam người chây ì tối đa 30 ngày."
    assert criminal_enforcement_by_thads("Hỏi đáp", said) is not None
    assert criminal_enforcement_by_thads("Hỏi đáp", strip_diacritics(said)) is not None


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Vụ việc được thụ lý tại Chi cục Thi hành án dân sự quận Lê Chân cũ, nay do Thi hành "
            "án dân sự TP Hải Phòng giải quyết.",
            False,
        ),
        ("Hồ sơ do Chi cục THADS huyện X cũ.", False),
        ("Năm 2024 tôi nộp đơn tại một Chi cục Thi hành án dân sự ở tỉnh Bình Định.", False),
        (
            "Tôi nộp đơn tại Chi cục Thi hành án dân sự ở tỉnh Bình Định cũ, nay có phải nộp lại?",
            False,
        ),
        ("Chi cục Thi hành án dân sự huyện Củ Chi ra quyết định cưỡng chế.", True),
    ],
)
def test_a_defunct_name_told_as_history_after_it(text, fires):
    """Revision 6: "... quận Lê Chân cũ, nay do ..." is history, "huyện Củ Chi" is a name."""
    for t in (text, strip_diacritics(text)):
        assert (defunct_agency_names("", t, published_at=AFTER) is not None) is fires


@pytest.mark.parametrize(
    "title,text",
    [
        (
            "Vẫn cưỡng chế giao nhà dù đương sự đã gửi đơn đề nghị giám đốc thẩm",
            "Thi hành án dân sự tỉnh Vĩnh Long tổ chức cưỡng chế, gia đình ông T. phản đối.",
        ),
        (
            "Thư bạn đọc: Hồ sơ thi hành án nằm im 18 tháng",
            "Ông K. đã nộp đơn yêu cầu thi hành án từ tháng 5/2025.",
        ),
        (
            "Văn phòng thừa phát lại bị tố lập biên bản tống đạt khi người nhận đang nằm viện",
            "",
        ),
    ],
)
def test_disputed_coercion_told_backwards_a_readers_letter_a_bailiff_accused(title, text):
    """Revision 6."""
    for t, x in ((title, text), (strip_diacritics(title), strip_diacritics(text))):
        found = signals(t, x)
        assert found and found[0].label == "needs_correction", found


def test_a_readers_thanks_is_no_complaint():
    found = signals(
        "Thư bạn đọc: Cảm ơn chấp hành viên tận tình",
        "Bà H. gửi thư cảm ơn chấp hành viên đã giúp gia đình nhận tiền thi hành án.",
    )
    assert all(s.label != "needs_correction" for s in found)


def test_the_opening_counts_sentences_not_paragraph_breaks():
    """Revision 6: a paragraph break after a full stop is no sentence of the opening."""
    title = "Thắng kiện từ năm 2019, bà H. vẫn ôm bản án chờ tiền"
    text = (
        "(PLVN) - Hơn 7 năm kể từ ngày bản án có hiệu lực, bà H. vẫn chưa nhận được khoản tiền "
        "mà người vay phải trả.\n\nTheo hồ sơ, tòa án buộc ông Q. hoàn trả tiền.\n\nBà H. "
        "nộp đơn yêu cầu thi hành án ngay sau đó."
    )
    assert enforcement_complaint(title, text) is not None


@pytest.mark.parametrize(
    "title,text,fires",
    [
        (
            "Tiền đạo V-League phải thi hành án treo giò 3 trận",
            "Ban Kỷ luật VFF công bố quyết định cấm thi đấu 3 trận đối với tiền đạo D.",
            True,
        ),
        ("Trung vệ thi hành xong án treo giò", "Anh sẵn sàng trở lại sân cỏ.", True),
        # a THADS officer named: not a sports story only
        (
            "Cầu thủ bị kê biên nhà để thi hành án",
            "Chấp hành viên kê biên nhà của cựu cầu thủ D., người từng bị treo giò 3 trận.",
            False,
        ),
        # "treo giò" without sports words
        ("Dự án bị treo giò", "Thi hành án dân sự tỉnh X chưa thể bán đấu giá.", False),
    ],
)
def test_sports_sanction(title, text, fires):
    """Revision 6, rule (m): a player's suspension is not THADS work."""
    for t, x in ((title, text), (strip_diacritics(title), strip_diacritics(text))):
        found = sports_sanction(t, x)
        assert (found is not None) is fires
        if found:
            assert found.label == "not_relevant" and "án kỷ luật thể thao" in found.reason
