"""The trained classifier end to end (the session's ``trained_model``), feedback and load."""

from __future__ import annotations

import copy
import json
import re
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from classifier.api import (
    DECISION_REVISION,
    RULE_LABEL_SCORE,
    ArtifactError,
    FeedbackExample,
    _only_inside_phrases,
    _piece_like,
    _with_rule,
    load,
    load_or_train,
    merge_feedback,
    train,
)
from classifier.models import Thresholds, corpus_rows
from classifier.result import LABEL_NAMES_VI, LABELS
from tests.rules_text import ONCE, RAILWAY, RAILWAY_TITLE
from text.normalize import strip_diacritics

SEIZURE = (
    "Người dân khiếu nại chấp hành viên kê biên sai tài sản",
    "Bà N. phản ánh chấp hành viên Thi hành án dân sự TP Hồ Chí Minh đã kê biên, cưỡng chế "
    "căn nhà của gia đình bà để thi hành án cho một khoản nợ ngân hàng, dù căn nhà không phải "
    "tài sản của người phải thi hành án. Đơn khiếu nại gửi cơ quan thi hành án dân sự nhiều "
    "tháng nay chưa được trả lời, việc thi hành án bị kéo dài.",
)
FOOTBALL = (
    "Đội tuyển Việt Nam thắng 3-0 trên sân Mỹ Đình",
    "Tối qua, đội tuyển Việt Nam đã có chiến thắng thuyết phục 3-0 trước đối thủ trong trận "
    "đấu thuộc vòng loại. Huấn luyện viên khen ngợi tinh thần thi đấu của các cầu thủ trẻ.",
)
EXECUTION = (
    "Thi hành án dân sự tỉnh Nghệ An tổ chức tiêm thuốc độc cho tử tù",
    "Sáng 14/11, Thi hành án dân sự tỉnh Nghệ An đã tổ chức thi hành án tử hình bằng hình "
    "thức tiêm thuốc độc đối với tử tù Lương Văn T., người bị tuyên án về tội giết người. "
    "Cơ quan thi hành án dân sự cho biết quy trình thi hành án được thực hiện đúng luật.",
)


@pytest.fixture(scope="module")
def clf(trained_model):
    return load(trained_model)


def test_metadata_and_version(clf, trained_model):
    meta = clf.metadata
    for key in ("version", "sklearn_version", "data_hash", "trained_at", "metrics", "n_examples"):
        assert key in meta
    assert meta["n_examples"] == len(corpus_rows()) and meta["n_feedback"] == 0
    assert meta["n_lead_views"] == sum(r["length"] == "full" for r in corpus_rows())
    # the artifact's version (trained when, on which data), then the decision code's revision
    assert meta["version"].endswith(meta["data_hash"][:8])
    assert clf.version == f"{meta['version']}+r{DECISION_REVISION}"
    assert meta["metrics"]["chosen"] in meta["metrics"]["candidates"]
    assert trained_model.stat().st_size < 50_000_000


def test_relevant_article_with_reasons(clf):
    c = clf.classify(title=SEIZURE[0], text=SEIZURE[1])
    assert c.relevant and c.relevance_score >= clf.thresholds.short  # a feed-length text
    assert c.label in LABELS and c.action_needed == (c.label in ("needs_correction", "inaccurate"))
    assert abs(sum(c.label_scores.values()) - 1) < 1e-6 and set(c.label_scores) == set(LABELS)
    assert c.reasons[0].startswith("từ khóa: ") and c.model_version == clf.version
    assert c.province == "Thành phố Hồ Chí Minh" or c.province is None


def test_accented_article_is_explained_in_accented_terms(clf):
    c = clf.classify(title=SEIZURE[0], text=SEIZURE[1])
    terms = [t for reason in c.reasons for t in re.findall(r'"([^"]+)"', reason)]
    assert terms, c.reasons
    # no diacritic-free feature ("ke bien") and no short single syllable ("to") shown to users
    assert all(not t.isascii() or "thads" in t for t in terms), terms
    assert all(" " in t or len(t) > 3 for t in terms), terms


def test_diacritic_free_article_is_still_relevant(clf):
    c = clf.classify(title=strip_diacritics(SEIZURE[0]), text=strip_diacritics(SEIZURE[1]))
    assert c.relevant


def test_unrelated_article(clf):
    c = clf.classify(title=FOOTBALL[0], text=FOOTBALL[1])
    assert not c.relevant and c.label is None and c.label_scores == {}
    assert c.relevance_score < 0.1


def test_rule_pushes_relevant_article_to_inaccurate(clf):
    c = clf.classify(title=EXECUTION[0], text=EXECUTION[1], published_at=datetime(2025, 11, 14))
    assert c.relevant
    assert c.label == "inaccurate" and c.action_needed
    assert any(r.startswith("quy tắc:") for r in c.reasons)
    # no terms shown for another label the text model preferred
    others = [LABEL_NAMES_VI[k] for k in LABELS if k != "inaccurate"]
    assert not [r for r in c.reasons if r.split(":")[0] in others]
    # The label the rule decided is reported with the rule's confidence, scores sum to one.
    assert c.label_scores["inaccurate"] >= RULE_LABEL_SCORE
    assert max(c.label_scores, key=c.label_scores.get) == "inaccurate"
    assert sum(c.label_scores.values()) == pytest.approx(1.0)


def test_pieces_of_lexicon_phrases_are_found_in_context():
    pieces = ["ke bien", "chuc thi", "an toan", "bong da", "hanh an", "su sang"]
    assert [_piece_like(k) for k in pieces] == [False, True, True, False, True, True]
    assert _only_inside_phrases("chuc thi", " to chuc thi hanh an dan su ")
    assert _only_inside_phrases("hanh an", " thi hanh an ")
    assert _only_inside_phrases("dan su", " cuc quan ly thi hanh an dan su ")
    # a word of its own somewhere in the document: shown
    assert not _only_inside_phrases("dan su", " thi hanh an dan su . vu an dan su ")
    assert not _only_inside_phrases("an toan", " an toan lao dong ")
    assert not _only_inside_phrases("chuc thi", " khong co ")  # absent: nothing to hide
    assert _only_inside_phrases("an toan", " thi hanh an toan bo ")  # "thi hành án toàn bộ"
    # a long document: 20,000 occurrences of the piece, each inside one of 40,000 phrases
    long = " " + "thi hanh an dan su to chuc thi hanh an " * 20_000
    assert _only_inside_phrases("chuc thi", long)
    assert not _only_inside_phrases("chuc thi", long + "to chuc thi dua ")


def test_explanations_show_terms_not_pieces_of_them(clf):
    """ "tổ chức thi hành án" holds the bigram "chức thi", "thi hành án dân sự sáng nay" the
    bigram "sự sáng": features of the model, but not words a reader recognises."""
    title = "Kỷ niệm 80 năm Ngày truyền thống ngành Thi hành án dân sự"
    text = (
        "Sáng 19/7, Thi hành án dân sự tỉnh Gia Lai long trọng tổ chức Lễ kỷ niệm 80 năm Ngày "
        "truyền thống ngành Thi hành án dân sự. Qua 80 năm xây dựng và trưởng thành, đội ngũ cán "
        "bộ thi hành án đã không ngừng lớn mạnh, hoàn thành xuất sắc nhiệm vụ, góp phần bảo đảm "
        "hiệu lực của bản án. Nhiều tập thể, cá nhân được tặng Bằng khen của Bộ trưởng Bộ Tư pháp."
    )
    c = clf.classify(title=title, text=text)
    shown = {t for r in c.reasons for t in re.findall(r'"([^"]+)"', r)}
    assert "thi hành án dân sự" in shown
    assert not shown & {"chức thi", "sự sáng", "hành án", "dân sự", "án dân"}


def test_criminal_terms_are_shown_only_where_a_text_with_diacritics_says_them(clf):
    """The lexicon reads "phạm nhân" in "đồng phạm nhận" and "phạt tù" in "xuất phát từ"
    (matching without diacritics): not a reason to show for a text that has diacritics."""
    title = "Tòa tuyên án vụ lừa đảo chiếm đoạt 300 tỷ đồng"
    text = (
        "Xuất phát từ lòng tham, bị cáo lập công ty ma để huy động vốn. Các đồng phạm nhận mức "
        "án từ 5 đến 20 năm tù. Hội đồng xét xử buộc các bị cáo bồi thường cho nhà đầu tư."
    )
    shown = " ".join(clf.classify(title=title, text=text).reasons)
    assert '"phạm nhân"' not in shown
    prison = clf.classify(
        title="Trại giam tổ chức cho phạm nhân học nghề",
        text="Hơn 500 phạm nhân tại trại giam được học nghề trước khi mãn hạn tù.",
    )
    assert not prison.relevant and '"phạm nhân"' in prison.reasons[0]
    # typed without diacritics, "pham nhan" may be either: shown
    bare = clf.classify(title=strip_diacritics(title), text=strip_diacritics(text))
    assert not bare.relevant and '"phạm nhân"' in " ".join(bare.reasons)


def test_criminal_enforcement_said_to_be_done_by_thads_is_relevant_and_inaccurate(clf):
    """The text model reads a death-sentence story as criminal news; rule (a) says it is about
    THADS, falsely: the labelling guide's first example of "inaccurate"."""
    title = "Sơn La: Thi hành án tử hình đối với đối tượng mua bán ma túy"
    text = (
        "Sáng 12/11, Thi hành án dân sự tỉnh Sơn La chủ trì, phối hợp với các cơ quan tư pháp tổ "
        "chức thi hành án tử hình bằng hình thức tiêm thuốc độc đối với tử tù L.V.P."
    )
    strict = copy.copy(clf)
    strict.thresholds = Thresholds(full=1.01, short=1.01)  # the text model alone: not relevant
    c = strict.classify(title=title, text=text, published_at=datetime(2026, 11, 12))
    assert c.relevant and c.label == "inaccurate" and c.relevance_score >= 0.9
    police = strict.classify(
        title=title, text="Công an tỉnh tổ chức thi hành án tử hình đối với tử tù L.V.P."
    )
    assert not police.relevant


def test_an_allegation_against_thads_is_relevant_whatever_the_model_says(clf):
    """A feed item telling an officer's wrongful seizure, in few words: the text model, whose
    relevant examples are mostly long stories, may score it low; rule (f) in an opening that names
    the officer says it is about THADS, and needs action."""
    title = "Cuộc sống của cụ bà 80 tuổi sau khi nhận quyết định kê biên"
    text = "Bà S. cho rằng chấp hành viên đã kê biên nhầm nhà đất của bà vì trùng tên."
    strict = copy.copy(clf)
    strict.thresholds = Thresholds(full=1.01, short=1.01)  # the text model alone: not relevant
    for t, x in ((title, text), (strip_diacritics(title), strip_diacritics(text))):
        c = strict.classify(title=t, text=x)
        assert c.relevant and c.label == "needs_correction" and c.action_needed
        assert c.relevance_score >= 0.9
    other = strict.classify(
        title="Cưỡng chế nhầm nhà dân khi giải phóng mặt bằng",
        text="UBND xã đã cưỡng chế nhầm ngôi nhà của ông T. khi thi công dự án đường.",
    )
    assert not other.relevant  # (no THADS office or officer named: the model decides)
    # ... but civil enforcement named by its act, or the civil judgment enforced, is THADS's work
    for t in (
        "Nghệ An: Dân phản ánh cưỡng chế thi hành án 'quá tay', tháo dỡ cả công trình",
        "Bạn đọc đơn thư: Đề nghị làm rõ việc chậm thi hành bản án tranh chấp đất",
    ):
        for t2 in (t, strip_diacritics(t)):
            c = strict.classify(title=t2, text="")
            assert c.relevant and c.action_needed, t2


def test_a_sports_ban_is_not_relevant_whatever_the_model_says(clf):
    title = "Tiền đạo V-League phải thi hành án treo giò 3 trận"
    text = "Ban Kỷ luật VFF công bố quyết định cấm thi đấu 3 trận đối với tiền đạo Trần Văn D."
    keen = copy.copy(clf)
    keen.thresholds = Thresholds(full=0.0, short=0.0)  # the text model alone: relevant
    for t, x in ((title, text), (strip_diacritics(title), strip_diacritics(text))):
        c = keen.classify(title=t, text=x)
        assert not c.relevant and c.label is None and c.relevance_score <= 0.1
        assert "án kỷ luật thể thao" in c.reasons[0]
    thads = keen.classify(title="Cầu thủ bị kê biên nhà", text="Chấp hành viên kê biên nhà.")
    assert thads.relevant  # (no sports ban: the veto does not apply)


def test_auction_notice_is_neutral_not_an_action_item(clf):
    """A plain auction notice of enforcement assets (the law has them published in the press):
    relevant, and an announcement, not a story the authority must answer."""
    title = "Thông báo bán đấu giá tài sản"
    text = (
        "Thi hành án dân sự tỉnh Đồng Nai thông báo bán đấu giá tài sản để thi hành án: quyền sử "
        "dụng đất diện tích 250 m2 tại xã Tân Phú. Giá khởi điểm: 1,5 tỷ đồng. Tiền đặt trước: "
        "300 triệu đồng. Thời gian xem tài sản: ngày 10 và 11/11/2026 tại nơi có tài sản. Người "
        "có nhu cầu liên hệ Công ty đấu giá hợp danh Đông Nam để đăng ký tham gia đấu giá."
    )
    c = clf.classify(title=title, text=text, published_at=datetime(2026, 11, 5))
    assert c.relevant and c.label == "neutral" and not c.action_needed
    assert any(r.startswith("quy tắc: bài là thông báo chính thức") for r in c.reasons)
    assert max(c.label_scores, key=c.label_scores.get) == "neutral"
    assert c.province == "Tỉnh Đồng Nai"


def test_wrongful_enforcement_story_needs_action(clf):
    """A complaint in today's words ("cưỡng chế nhầm", "bức xúc"): the text model alone, which
    learned critical stories from 2004-2006 investigations, calls it neutral; rule (f) does not."""
    title = "Cưỡng chế nhầm nhà, người dân bức xúc"
    text = (
        "Gia đình ông Lê Văn T. ở xã Phước An, tỉnh Đắk Lắk bức xúc vì bị cưỡng chế thi hành án "
        "đối với căn nhà không liên quan đến khoản nợ của người phải thi hành án. Theo ông T., "
        "căn nhà đã được ông mua hợp pháp từ năm 2018, nhưng chấp hành viên vẫn kê biên và tổ "
        "chức cưỡng chế. Ông đã gửi đơn khiếu nại đến cơ quan thi hành án dân sự."
    )
    c = clf.classify(title=title, text=text, published_at=datetime(2026, 11, 1))
    assert c.relevant and c.label == "needs_correction" and c.action_needed
    assert any(r.startswith("quy tắc: bài viết phản ánh thi hành án sai") for r in c.reasons)
    assert c.label_scores["needs_correction"] >= RULE_LABEL_SCORE
    assert c.province == "Tỉnh Đắk Lắk"


def test_results_story_is_positive_not_an_action_item(clf):
    """Billions recovered from corruption cases, told in the corruption vocabulary the text model
    learned from 2004-2006 critical stories: rule (g) makes it positive; its headline alone, with
    results in figures and no agency named, makes it relevant."""
    title = "Thi hành xong 1.895 việc, thu gần 16.000 tỷ đồng từ án tham nhũng, kinh tế"
    text = (
        "Trong 11 tháng năm 2026, các cơ quan thi hành án dân sự đã thi hành xong 1.895 việc, "
        "thu gần 16.000 tỷ đồng trong các vụ án tham nhũng, kinh tế, cao nhất từ trước đến nay. "
        "Nhiều khoản tiền lớn trong các vụ án Vạn Thịnh Phát, SCB đã được hoàn trả cho bị hại."
    )
    c = clf.classify(title=title, text=text, published_at=datetime(2026, 11, 20))
    assert c.relevant and c.label == "positive" and not c.action_needed
    assert any(r.startswith("quy tắc: bài viết nêu kết quả") for r in c.reasons)
    assert c.label_scores["positive"] >= RULE_LABEL_SCORE
    blind = copy.copy(clf)
    blind.thresholds = Thresholds(full=1.01, short=1.01)
    headline = blind.classify(title=title, text="Cục Quản lý cho biết.")
    assert headline.relevant and any("kết quả thi hành án" in r for r in headline.reasons)


def test_a_routine_coercion_is_neutral_where_the_model_says_positive(clf):
    """The text model reads an orderly coercion as success; rule (o) makes it the guide's
    routine report, with its reason, and its scores follow; a critical coercion story is left
    to the other rules."""
    title = "Thi hành án dân sự tỉnh Gia Lai tổ chức cưỡng chế giao nhà đất tại phường Pleiku"
    text = (
        "Ngày 12/5, Thi hành án dân sự tỉnh Gia Lai tổ chức cưỡng chế giao nhà đất cho người mua "
        "trúng đấu giá. Cuộc cưỡng chế diễn ra an toàn, đúng pháp luật, được người dân đồng tình. "
        "Lãnh đạo Thi hành án dân sự tỉnh đánh giá cao sự phối hợp của các lực lượng."
    )
    c = clf.classify(title=title, text=text, published_at=datetime(2026, 5, 12))
    assert c.relevant and c.label == "neutral" and not c.action_needed
    assert any(r.startswith("quy tắc: bài viết tường thuật một cuộc cưỡng chế") for r in c.reasons)
    assert max(c.label_scores, key=c.label_scores.get) == "neutral"
    critical = text + " Tuy nhiên, gia đình bà H. bức xúc vì bị kê biên nhầm tài sản."
    c = clf.classify(title=title + ", người dân bức xúc", text=critical)
    assert c.action_needed
    assert not any("tường thuật một cuộc cưỡng chế" in r for r in c.reasons)


def test_a_long_story_naming_enforcement_once_in_passing_is_not_relevant(clf):
    """The text model makes a long story on railway law relevant for one sentence naming "cơ
    quan thi hành án dân sự"; rule (p) vetoes it, with its reason. Named in the opening, the
    same story is the text model's to decide."""
    c = clf.classify(title=RAILWAY_TITLE, text=RAILWAY + ONCE)
    assert not c.relevant and c.label is None and not c.action_needed
    assert c.reasons[0].startswith("quy tắc: bài chỉ nhắc đến công tác thi hành án một lần")
    assert c.relevance_score <= 1.0 - RULE_LABEL_SCORE
    opening = clf.classify(title=RAILWAY_TITLE, text=ONCE.strip() + " " + RAILWAY)
    assert not any("nhắc qua" in r for r in opening.reasons)


def test_a_court_s_ruling_headlined_without_enforcement_is_not_relevant(clf):
    """A feed item on a trial whose lead says enforcement may follow: the text model takes it
    for its "cơ quan thi hành án dân sự"; rule (s) vetoes it, with its reason."""
    clf = copy.copy(clf)
    clf.thresholds = Thresholds(full=0.0, short=0.0)  # (the text model takes everything)
    lead = (
        "TAND tỉnh Cà Mau tuyên buộc công ty trả ngân hàng hơn 90 tỷ đồng; nếu không tự nguyện "
        "trả, ngân hàng có quyền yêu cầu cơ quan thi hành án dân sự thi hành."
    )
    c = clf.classify(title="Tòa buộc doanh nghiệp trả ngân hàng hơn 90 tỷ đồng", text=lead)
    assert not c.relevant and c.label is None and not c.action_needed
    assert c.reasons[0].startswith("quy tắc: tiêu đề đưa tin phán quyết, phiên tòa")
    kept = clf.classify(title="Tòa tuyên hủy kết quả đấu giá tài sản thi hành án", text=lead)
    assert kept.relevant


def test_a_feed_item_whose_lead_names_an_officer_is_relevant(clf):
    """A feed item the text model alone would not take (thresholds out of its reach here): its
    lead names an officer (rule (t)); a full story is not read so."""
    clf = copy.copy(clf)
    clf.thresholds = Thresholds(full=1.01, short=1.01)
    title = "“Không ngờ có ngày hai anh em lại ngồi chung một bàn”"
    lead = (
        "Ba năm không nhìn mặt nhau vì mảnh đất thừa kế, hai anh em ở xã Long Hồ đã tự thỏa thuận "
        "chia đất ngay tại buổi làm việc do chấp hành viên tổ chức."
    )
    c = clf.classify(title=title, text=lead, lead=lead)
    assert c.relevant and c.relevance_score >= RULE_LABEL_SCORE
    assert "quy tắc: tin ngắn (tiêu đề và sapo) nêu cơ quan, cán bộ" in " ".join(c.reasons)
    long = clf.classify(title=title, text=(lead + " ") * 20)
    assert not long.relevant


def test_headline_naming_an_officer_decides_relevance(clf):
    """A story the text model alone would not take (thresholds out of its reach here): the
    headline names an officer."""
    clf = copy.copy(clf)
    clf.thresholds = Thresholds(full=1.01, short=1.01)
    title = "Người dân tố chấp hành viên kê biên sai tài sản"
    text = (
        "Bà Nguyễn Thị H. ở Cần Thơ phản ánh chấp hành viên đã kê biên căn nhà không phải của "
        "người phải thi hành án. Đơn khiếu nại gửi nhiều tháng chưa được giải quyết."
    )
    c = clf.classify(title=title, text=text)
    assert c.relevant and c.relevance_score >= RULE_LABEL_SCORE
    assert "quy tắc: tiêu đề nêu cơ quan hoặc cán bộ thi hành án dân sự" in c.reasons
    assert c.label is not None and c.province == "Thành phố Cần Thơ"
    police = clf.classify(title="Công an kê biên tài sản của cựu giám đốc sở", text=text)
    assert "quy tắc: tiêu đề nêu cơ quan hoặc cán bộ thi hành án dân sự" not in police.reasons


def test_feed_items_are_judged_at_the_feed_threshold(clf):
    """A headline + lead is judged at the feed-length threshold, a full body at the other."""
    body = " ".join([SEIZURE[1]] * 3)  # the same words, full-body length
    only_short = copy.copy(clf)
    only_short.thresholds = Thresholds(full=1.01, short=0.0)
    assert only_short.classify(title=FOOTBALL[0], text=FOOTBALL[1]).relevant
    # (the same body without its complaint: an allegation against THADS decides relevance
    # whatever the threshold)
    routine = " ".join(
        [
            "Chấp hành viên Thi hành án dân sự TP Hồ Chí Minh làm việc với các đương sự về khoản "
            "nợ ngân hàng, thông báo tiến độ và hướng dẫn thủ tục nộp tiền thi hành án."
        ]
        * 3
    )
    assert not only_short.classify(title=FOOTBALL[0], text=routine).relevant
    only_full = copy.copy(clf)
    only_full.thresholds = Thresholds(full=0.0, short=1.01)
    assert not only_full.classify(title=FOOTBALL[0], text=FOOTBALL[1]).relevant
    assert only_full.classify(title=FOOTBALL[0], text=body).relevant


def test_critical_feed_items_need_action(clf):
    """Headline + lead of critical stories: trained on the feed form of full articles, the model
    finds them although few real feed items are labelled."""
    items = [
        (
            "Bán đấu giá tài sản thi hành án với giá rẻ bất thường?",
            "Căn nhà của bà N. bị bán đấu giá chỉ bằng một phần ba giá thị trường, gia đình cho "
            "rằng quá trình thẩm định giá có nhiều khuất tất và đề nghị làm rõ trách nhiệm.",
        ),
        (
            "Bản án có hiệu lực 7 năm vẫn chưa được thi hành",
            "Dù bản án đã có hiệu lực từ năm 2019, đến nay cơ quan thi hành án vẫn chưa tổ chức "
            "thi hành, khiến người được thi hành án bức xúc gửi đơn kêu cứu khắp nơi.",
        ),
    ]
    for title, lead in items:
        c = clf.classify(title=title, text=lead)
        assert c.relevant and c.action_needed, (title, c)


def test_rule_label_scores_keep_the_model_proportions():
    scores = {"positive": 0.5, "neutral": 0.3, "needs_correction": 0.15, "inaccurate": 0.05}
    out = _with_rule(scores, "inaccurate")
    assert out["inaccurate"] == RULE_LABEL_SCORE
    assert out["positive"] == pytest.approx(0.1 * 0.5 / 0.95)
    assert out["neutral"] / out["needs_correction"] == pytest.approx(2.0)
    assert sum(out.values()) == pytest.approx(1.0)
    high = {"positive": 0.02, "neutral": 0.01, "needs_correction": 0.01, "inaccurate": 0.96}
    assert _with_rule(high, "inaccurate") == pytest.approx(high)  # never lowered


def test_an_article_of_punctuation_only_is_not_relevant(clf):
    for title, text in (("....", ". . . ."), ("!!!", "")):
        c = clf.classify(title=title, text=text)
        assert c.relevant is False and c.label is None and c.reasons == ()


def test_classify_many_matches_classify(clf):
    items = [
        {"title": t, "text": x, "lead": None, "url": "https://x.vn/a"}
        for t, x in (SEIZURE, FOOTBALL, EXECUTION)
    ]
    assert clf.classify_many(items) == [clf.classify(**i) for i in items]
    assert clf.classify_many([]) == []
    with pytest.raises(ValueError, match="'text' must be a string"):
        clf.classify_many([{"title": "a", "text": None}])


def test_load_or_train_loads_an_existing_file(trained_model):
    assert load_or_train(trained_model).version == load(trained_model).version


def test_loaded_foreign_file_is_refused(tmp_path):
    bad = tmp_path / "classifier.joblib"
    bad.write_text(json.dumps({"not": "a model"}))
    with pytest.raises(ArtifactError):
        load(bad)


def _feedback(row, **change):
    fields = dict(
        id=row["id"],
        title=row["title"],
        lead=row["lead"] or None,
        text=row["text"],
        relevant=True,
        label="needs_correction",
        province=None,
        labelled_by="chuyên viên A",
        labelled_at=datetime(2026, 1, 5, 8, 0),
    )
    fields.update(change)
    return FeedbackExample(**fields)


def test_merge_feedback_overrides_and_adds():
    rows = corpus_rows()
    negative = next(r for r in rows if not r["relevant"] and r["origin"] == "vntc")
    new = _feedback(negative, id="article:new-1", title="Bài mới")
    merged, overridden = merge_feedback(rows, [_feedback(negative), new])
    assert overridden == 1 and len(merged) == len(rows) + 1
    changed = next(r for r in merged if r["id"] == negative["id"])
    assert changed["relevant"] and changed["label"] == "needs_correction"
    assert changed["origin"] == "feedback"
    with pytest.raises(ValueError, match="unknown label"):
        _feedback(negative, label="bad")
    with pytest.raises(ValueError, match="needs relevant=True"):
        _feedback(negative, relevant=False)


@pytest.mark.slow
def test_feedback_changes_what_train_learns(tmp_path, small_corpus):
    """The same corpus trained with and without one relabel: only the relabel differs."""
    rows = corpus_rows(small_corpus)
    # A rule negative with no THADS vocabulary, relabelled by a person as relevant.
    target = next(r for r in rows if r["labelled_by"].startswith("rule") and r["origin"] == "vntc")
    plain = train(tmp_path / "plain.bin", corpus=small_corpus, n_jobs=2)
    before = plain.classify(title=target["title"], text=target["text"]).relevance_score
    out = tmp_path / "m.bin"
    retrained = train(out, [_feedback(target)], corpus=small_corpus, n_jobs=2)
    assert plain.metadata["n_feedback"] == 0
    assert retrained.metadata["n_feedback"] == 1
    assert retrained.metadata["n_feedback_overrides"] == 1
    assert retrained.metadata["feedback_ids"] == [target["id"]]
    assert retrained.metadata["data_hash"] != plain.metadata["data_hash"]
    after = load(out).classify(title=target["title"], text=target["text"]).relevance_score
    assert after > before
    shutil.copy(out, tmp_path / "copy.bin")
    assert load(Path(tmp_path / "copy.bin")).version == retrained.version
