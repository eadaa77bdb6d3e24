"""Rule signals where the text model is a weak cue (labelling guide, "inaccurate").

(a) :func:`criminal_enforcement_by_thads` — a THADS agency or officer named as the one carrying
    out a death sentence, a prison term (or postponing, suspending or cutting one), detention or
    amnesty (that is criminal enforcement, done by the police, the prisons and the courts, never
    by THADS); not when it suffers the act ("chấp hành
    viên bị bắt tạm giam": (c)), nor when it works with the police or a prison, unless it
    presides ("chủ trì, phối hợp ...") or works with a prison for the act's own sake ("phối hợp
    với trại tạm giam để tổ chức thi hành ..."). Every act of the clause after the agency is
    read, including a second task told up to 40 syllables on ("..., đồng thời tổ chức thi hành
    án tử hình"). It also makes the article relevant: such a story is about THADS, falsely,
    though the text model reads a criminal one.
(b) :func:`defunct_agency_names` — an agency name abolished on 2025-07-01 (Tổng cục THADS,
    Cục THADS tỉnh X, Chi cục THADS huyện Y) used as a live agency in a story published after;
    not when told as history, before the name ("nguyên", "trước đây", "Trước ngày 1/7/2025, chị
    là chấp hành viên của ..."), after it ("... quận Lê Chân cũ, nay do ...", "từ các Chi cục
    ... cũ sang các Phòng ..."), in a list whose last name is so told, in a handover of files,
    or in a story whose sentence before tells a year before the restructuring. The abolished
    structure told as kept ("63 cơ quan thi hành án dân sự cấp tỉnh ... tiếp tục được giữ
    nguyên") is such a name too.
(c) :func:`officer_misconduct` — alleged wrongdoing of a THADS officer, office or bailiff
    (thừa phát lại: bribery, corruption, neglect, complicity, harassment, an accusation ("bị
    tố"), arrest, prosecution, discipline) told in one clause: the labelling guide's "alleged
    wrongdoing or corruption of officers", which the authority must verify and answer whether
    or not it turns out true; or a headline telling a procuracy's or an inspection's finding of
    violations in civil enforcement ("VKSND kiến nghị khắc phục vi phạm trong thi hành án dân
    sự").

(d) :func:`thads_headline` — the headline names a THADS office or officer (not a criminal
    enforcement body): the article is relevant even when the text model, which learned from
    2004-2018 stories where "thi hành án" carries most of the weight, scores it low (a short
    "Người dân tố chấp hành viên kê biên sai tài sản"). 25 of the 26 corpus examples whose
    headline does so are relevant.

(e) :func:`formal_notice` — the article is a formal notice (an auction of enforcement assets, a
    notice to a party, an appointment: "Bổ nhiệm Phó Cục trưởng ...", an office's addresses and
    reception schedule, a price cut of an auction): the labelling guide's
    "announcements", ``neutral`` whatever the text model says, unless (a), (b), (c) or (f)
    fired. Law newspapers carry such notices every day (the auction law has them published in
    the press), and the 2004-2018 corpus, where auctions of enforcement assets appear in stories
    of disputed auctions, has one example (written): the text model alone calls a plain auction
    notice ``needs_correction``.

(f) :func:`enforcement_complaint` — the opening of the article (headline, lead, first sentences)
    reports what the labelling guide lists as needing an answer: wrongful enforcement ("cưỡng chế
    nhầm", "kê biên trái luật", "bán đấu giá rẻ bất thường"), a judgment left unenforced for years
    ("bản án 5 năm chưa được thi hành", "chậm thi hành án"), a step not taken in time ("không được
    xác minh, kê biên kịp thời"), enforcement pressed on despite a pending appeal, complaint or
    payment ("Dù Viện kiểm sát đã kháng nghị, cơ quan thi hành án vẫn cưỡng chế", or told the other
    way round: "Vẫn cưỡng chế ... dù ... giám đốc thẩm"), a reader's letter headlined as one ("Thư
    bạn đọc: ..."), a party not paid or never notified ("vẫn chưa nhận được đồng nào", "không hề
    nhận được thông báo cưỡng chế", "vẫn trắng tay"), a sale said to be too cheap ("bị bán rẻ",
    "thấp hơn gần một nửa"), a valuation far below the market ("chỉ được định giá khoảng 40% giá
    thị trường") or opposed, a demand to annul it, a seizure beyond the debt, a party's request left
    unanswered ("... nhưng không được xem xét"), a reader's letter of complaint to the newspaper
    ("Theo đơn của bà L. gửi Báo ..."), or a complaint against an officer or office ("khiếu nại chấp
    hành viên", "kêu trời vì bị kê biên"). ``needs_correction`` as (c). The 2004-2018 corpus tells
    these stories in other words (its critical stories are long investigations); the text model
    alone called "Cưỡng chế nhầm nhà, người dân bức xúc" ``neutral``. Not when the opening tells the
    authority settling it ("đã giải quyết các vụ chậm thi hành án"), the debtor's delay ("người phải
    thi hành án chây ì, không thi hành"), or a denial ("không sai quy định"). Also a headline that
    asks who answers for a failing or why it lasts ("Ai chịu trách nhiệm khi tài sản kê biên bị thất
    thoát?", "... trách nhiệm thuộc về ai?", "Vì sao bản án chưa được thi hành?") or tells a party
    waiting in vain ("... vẫn mỏi mòn chờ"), or asks for a failing to be cleared up ("Đề nghị làm
    rõ việc trả lại đơn ..."): the text model alone called such questions ``neutral``. A party
    kept waiting by the debtor ("... chưa nhận được tài sản vì gia đình ông Đ. không chịu bàn
    giao") is no failing of the office, and "Làm gì khi ...?" is a how-to question.
    After the opening, (f) reads the body a sentence at a time (``action._late_complaint``; a
    complaint filed, "gửi đơn khiếu nại", counts there too), unless the failing is told as
    settled ("Khiếu nại này sau đó đã được giải quyết"), as past ("bà từng khiếu nại") or as
    the authority answering ("Trả lời câu hỏi của phóng viên ..."), and not under a guide,
    law-news or notice headline, nor after an opening that tells the case closed ("Người dân
    đã nhận đủ ...", "kết thúc êm thấm": in the opening too, a complaint told with its closing
    is none); and, on the same conditions, the press's own follow-up anywhere in the article
    (``press_follow_up``): the newspaper asks the authority to clarify or answer ("Báo Lao Động
    đề nghị Thi hành án dân sự tỉnh Phú Thọ ... làm rõ"), promises to keep reporting ("Dân trí
    sẽ tiếp tục thông tin về vụ việc") or had no answer; not a directive of the agency's
    superiors. Many critical stories of today's press tell the stance only after a neutral
    opening (a dateline, the judgment, the parties). (c), or (f) in the opening of an article
    that names a THADS office or officer, or civil enforcement by its acts or the civil judgment
    it enforces ("cưỡng chế thi hành án", "bản án tranh chấp đất"), also makes the article
    relevant (:func:`complaint_about_thads`). A headline telling the case settled ("Dứt điểm vụ
    việc kéo dài 9 năm, gia đình ... nhận lại nhà"), a public apology made or compensation
    paid, makes the complaints of its opening past. The body of an institutional event (a
    training, a conference, a signing, a review of the year) tells failings in general, not a
    complaint: (f) does not read it after the opening.

(g) :func:`results_report` — the opening reports what the labelling guide calls ``positive``:
    results achieved ("thi hành xong 1.895 việc", "vượt chỉ tiêu", "thu hồi 27.000 tỷ đồng", "cao
    nhất từ trước đến nay", "kỷ lục"), successful enforcement ("cưỡng chế thành công", "vụ cưỡng chế
    điển hình", a debtor persuaded into compliance: "vận động, thuyết phục ... tự nguyện bàn giao"),
    good examples and praise ("gương sáng", "bằng khen", "trả lại ... cho người chuyển nhầm"; "vượt
    khó", "tận tụy", "bám cơ sở", which only a fault or a complaint in the opening undoes, not the
    hardship a portrait tells), reforms ("biên lai điện tử", "chuyển đổi số") — the positive
    headline patterns of the domain notes (NOTES.md 3.1 "Performance", 3.4 a) — with no critical
    word in the opening (delay, backlog, complaint, wrongdoing, difficulty, "chỉ thu được"). The
    2004-2018 corpus has almost no positive story of this kind (its results stories are written
    examples); the text model alone called "Cơ quan thi hành án thu hồi 27.000 tỉ đồng từ các vụ án
    tham nhũng, kinh tế" ``needs_correction`` (corruption vocabulary) and most of the others
    ``neutral``. The same results phrase in the headline ("thi hành xong 1.895 việc") also makes (d)
    fire.

(h) :func:`legal_explainer` — the headline is a legal explainer: a guide ("Hướng dẫn nộp tiền
    thi hành án ...", "Thủ tục ...", "...: những lưu ý"), a reader's question ("Hỏi đáp", "...
    xử lý thế nào?", "... là bao lâu?", "... có được ... không?"), the new points of a rule —
    the labelling guide's "legal explanations", ``neutral``, when no critical word is in the
    headline ("vì sao", "ai chịu trách nhiệm", "oan" ...). The text model trained on 2004-2018
    stories, where such questions are rare, called a plain how-to about paying enforcement
    money ``needs_correction``.

(i) :func:`debtor_at_fault` — the headline tells the debtor evading or resisting enforcement
    ("Tẩu tán tài sản để trốn tránh nghĩa vụ thi hành án", "Chống đối khi bị cưỡng chế, người
    phải thi hành án bị khởi tố"), the opening an act against the debtor (prosecution, a
    search, a transfer annulled, coercion, seizure), and nothing in the opening faults the
    agency ("bất lực", "tiếp tay", a complaint, a delay): the story of a party breaking the
    law that enforcement acts on, ``neutral``. The text model, whose 2004-2006 stories naming
    an enforcement officer are mostly critical, called such a story ``needs_correction``.

(j) :func:`routine_step` — the headline names a THADS office or officer doing a routine step
    of its work that harms no one ("Chấp hành viên xác minh điều kiện thi hành án ...",
    "... chủ trì buổi làm việc giữa các đương sự", "Thi hành án dân sự tỉnh X triển khai nhiệm
    vụ ..."), or opens with such a step, no one named ("Hoãn thi hành án vì ...", "Bàn giao
    tài sản cho người mua trúng đấu giá"), a training or a briefing after the place ("Thái
    Nguyên tập huấn nghiệp vụ ..."), or a delegation's working visit ("Đoàn công tác Cục
    Quản lý THADS làm việc tại ..."); not coercion, a seizure or a sale, not a step years
    late ("... sau 10 năm"), and the opening holds no critical word (a meeting's or a working
    session's agenda, "khó khăn, vướng mắc", is none): the labelling guide's
    "routine reports", ``neutral``. The text model called such feed items
    ``needs_correction`` for the officer's name alone.

(k) :func:`authority_reply` — the headline names a THADS office or officer answering ("Thi
    hành án dân sự TP.HCM phản hồi bài viết ...", "... trả lời bạn đọc", "... thông tin về vụ
    việc"), with no critical word in it: the authority's own answer, ``neutral``. Its opening
    quotes the complaint it answers, so (f) does not read it; (c) still does (an allegation of
    misconduct needs verifying whoever reports it). The Ministry answering for the system ("Bộ
    Tư pháp trả lời kiến nghị cử tri ...") is such a reply; a request that the office clear
    something up ("Đề nghị THADS TP Hà Nội làm rõ ...") is none, it is (f). The partner
    newspaper publishes such replies under the cooperation regulation; each would otherwise
    open a new case.

(l) :func:`law_news` — the headline tells a law or a policy being made or taking effect ("Dự
    thảo Luật ...", "Đề xuất chấp hành viên được quyền ...", "Quốc hội thông qua ...", "Từ
    1/7/2026, ..."), with no critical word in it: the labelling guide's THADS "law and policy"
    reported as information, ``neutral``. The text model called such items naming the officer
    ``needs_correction``. On the corpus it fires on two relevant examples ("Từ 1/7, người được
    thi hành án phải trả chi phí" in two outlets), both labelled ``neutral``. A headline ending
    with the date a model takes effect ("... vận hành mô hình mới từ 1/7") is such news too.

(m) :func:`sports_sanction` — "thi hành án treo giò", "cấm thi đấu" among sports words, with no
    THADS office or officer named: a player serving a suspension (the domain notes' sports false
    positives), not relevant whatever the text model says. The phrase "phải thi hành án" weighs
    so much for relevance that the text model called such a feed item relevant.

(n) :func:`contradicting_figures` — results whose own figures contradict each other: a rate
    above 100% of what was to be enforced ("đạt tỷ lệ 108,4% so với tổng số việc phải thi
    hành", "số việc thi hành xong vượt tổng số việc phải thi hành"), or a rate that the figures
    the story states do not give ("trong tổng số 4.000 việc ..., đã thi hành xong 3.200 việc,
    đạt tỷ lệ 92%"): the labelling guide's "figures that contradict", ``inaccurate``, where the
    story carries both figures (:mod:`classifier.rules.figures`). The text model and (g) read
    such a story as results achieved, ``positive``.

(o) :func:`routine_coercion` — the headline reports a coercion ("Cưỡng chế giao căn nhà ở
    phường Đống Đa cho người được thi hành án", "Hà Nội: Cưỡng chế thi hành án đối với ...",
    "Thi hành án dân sự tỉnh X tổ chức cưỡng chế ...") with no word of success ("thành công",
    "dứt điểm", "trả lại": (g) speaks), of years taken or of a fault, and the opening holds no
    critical word: the labelling guide's "routine report of an enforcement action". The text
    model reads coercion as success and called such stories ``positive``; (o) makes that
    ``neutral`` and leaves any other label of the model alone (a critical story it read stays
    critical).

(p) :func:`passing_mention` — a body of 1,500 characters or more whose headline, lead and first
    sentences do not name civil enforcement's work, and whose other sentences name it in one
    sentence only: the labelling guide's story that "mentions enforcement only in passing", not
    relevant whatever the text model says (:mod:`classifier.rules.mention`). The text model made
    a 6,000-character story on railway law relevant for one sentence naming "cơ quan thi hành án
    dân sự"; on the labelled corpus the rule fires on 107 articles, none of them relevant. In a
    story headlined as criminal enforcement (a death sentence, an amnesty, prisoners, a
    fugitive) only civil enforcement's own words count ("thi hành án" there is the criminal
    one), and none at all is a mention in passing too, unless (a) gives THADS the act.

(q) :func:`against_official_results` — a year's national results stated far from the official
    ones ("Năm 2025, toàn hệ thống ... chỉ thi hành xong ..., đạt 5,66%" where the Government
    reported 56,62%; corruption recoveries of "hơn 2.700 tỷ đồng" where it reported over 27.000
    tỷ; the year's money done, "chỉ thu được khoảng 15.000 tỷ đồng", where it reported 150.060
    tỷ): the labelling guide's "figures that contradict official ones", ``inaccurate``. The
    official figures are data (``classifier/data/official_results.json``, one entry per
    enforcement year, 2025 so far); a year not listed, a province, an office, a partial period
    or a target is not checked (:mod:`classifier.rules.official`); the national system taken
    from the sentence before only where that sentence tells no province ("toàn tỉnh", "trên
    địa bàn ...").

(r) :func:`misstated_law` — the law of civil enforcement stated wrongly on its face, where the law
    settles it in a word: a time limit to request enforcement other than five years ("trong
    thời hạn 1 năm kể từ ngày bản án ... có hiệu lực, người được thi hành án có quyền yêu cầu
    ..."), the agency placed under the court ("Phòng Thi hành án dân sự khu vực 1 thuộc Tòa án
    nhân dân tỉnh ...", run by its chief judge, its officers appointed by one) or under the police
    ("... do Bộ Công an quản lý"), a chief judge signing a coercion decision, a commune's
    chairman deciding a postponement or the coercion of a civil judgment, a pension taken whole
    or above 30%, the enforcement fee put on the debtor or above 3%, a bailiff said a civil
    servant, the agency or its officer annulling or retrying a judgment ("ban hành quyết định
    hủy bản án phúc thẩm") or forgiving a debt or compensation, mortgaged property or the only
    home said never to be seized, any property said seizable, a judgment said to expire, a
    voluntary period other than ten days, a bank debt said exempted: the labelling guide's
    "states the law wrongly", ``inaccurate``; not denied, told of before 1993, or of a
    complaint's, a lawsuit's or a criminal judgment's limit (:mod:`classifier.rules.law`). The
    text model read such explainers as ``neutral``.

(s) :func:`court_ruling` — the headline reports a court's ruling or a trial ("Tòa buộc doanh
    nghiệp ... trả ngân hàng hơn 90 tỷ đồng", "Xử phúc thẩm vụ ly hôn ...", "Tuyên án vụ ...")
    and names no work of civil enforcement nor a party still waiting, and neither (a) nor an
    allegation against THADS fires: the labelling guide's trial that "mentions enforcement only
    in passing", not relevant whatever the text model says (:mod:`classifier.rules.mention`). A
    feed item's lead saying a bank "có quyền yêu cầu cơ quan thi hành án dân sự" made the text
    model take it; on the labelled corpus the rule fires on 28 articles, none of them relevant.

(t) :func:`thads_lead` — a feed item (headline and lead) whose headline or lead names a THADS
    office or officer, a "thừa hành viên", or civil enforcement by what only it does ("kê biên để
    bảo đảm thi hành khoản tiền ...", "xác minh điều kiện thi hành án", a party of civil
    enforcement, a judgment ordering a payment), outside a story of criminal enforcement: the
    article is relevant, as (d) makes it for a headline. The text model, trained on long
    stories, scored such items near 0; on the labelled corpus's feed-length rows (its
    headline-and-lead items and the feed form of its full articles) the rule fires on 42, 40 of
    them relevant.

(u) :func:`bank_sale` — the headline tells a bank selling a debt or its collateral itself
    ("Ngân hàng rao bán khoản nợ hơn 600 tỷ đồng của doanh nghiệp bất động sản") and the opening
    names no enforcement (no "thi hành án", seizure, coercion, judgment or court): the bank's own
    sale under the loan contract, not relevant whatever the text model says
    (:mod:`classifier.rules.mention`). Three blind sets had such a story; the text model took
    each.

(v) :func:`confiscated_sale` — the headline tells an auction of goods confiscated for an
    administrative violation ("Bán đấu giá gần 30 m³ gỗ tang vật tịch thu"), or of public
    property ("Đấu giá 6 trụ sở dôi dư sau sắp xếp"), and the opening names no enforcement: the
    confiscating authority's or the State's sale, not relevant whatever the text model says
    (:mod:`classifier.rules.mention`).

(w) :func:`criminal_story` — the criminal enforcement body is named ("Cơ quan Thi hành án hình
    sự Công an TP.HCM tổ chức thi hành hình phạt ... đối với một công ty") and no word of civil
    enforcement's own work anywhere, nor THADS given the criminal act (a): a story of criminal
    enforcement, not relevant whatever the text model says (:mod:`classifier.rules.mention`).

(x) :func:`officer_at_work` — a bailiff of civil enforcement (chấp hành viên, thẩm tra viên, thư
    ký thi hành án) named twice, not as an impostor, an act of enforcement and the judgment or the
    parties it serves ("Chấp hành viên đọc quyết định cưỡng chế buộc giao nhà ...", "người thắng
    kiện từ năm 2018"): the article is relevant though it names no agency. The text model scored
    such a story 0.09; on the labelled corpus the rule fires on 4 articles, all relevant, and
    among the 15,542 real and corpus texts on none that the classifier had judged not relevant.

(y) :func:`auction_trade` — the headline tells the auction trade, its organisations, auctioneers,
    inspection, licences or law ("Thanh tra hoạt động đấu giá tài sản: phát hiện nhiều sai phạm
    về niêm yết"), and the opening names no enforcement: a field of the Ministry of Justice
    beside civil enforcement, not relevant whatever the text model says
    (:mod:`classifier.rules.mention`).

(z) :func:`justice_fields` — the headline tells the justice sector's other fields (a Department
    of Justice's year, notaries, civil status, judicial records, legal aid) and the article names
    enforcement in one sentence at most, outside its opening ("Sở Tư pháp Đồng Tháp tổng kết năm
    2025 ..."): the text model reads the sector's vocabulary as civil enforcement's; not relevant
    (:mod:`classifier.rules.mention`).

(a), (b), (n), (q) and (r) make a relevant article ``inaccurate``; (c) and (f) (with
``press_follow_up``) make it ``needs_correction`` unless another signal says ``inaccurate`` (the
text model's "inaccurate" alone gives no concrete reason, which the guide asks of it); (e)
and (k) make it ``neutral`` when none of them fired, (g) ``positive`` when none of (a), (b), (c),
(e), (f), (k) did, (i), (h), (l), then (j), ``neutral`` when none of the others did, and (o)
turns the text model's ``positive`` ``neutral`` when none of the others did
(:func:`decide`).

Sentences. (f) and (g) read the opening (headline and first sentences), and no rule's clause
runs across a sentence end. An initial ("ông T.", "bà Nguyễn Thị H.", "Công ty M." — how the
press names the people of a complaint) and "TP.", "TX.", "TS." ... are not sentence ends, and a
paragraph break after a full stop is not a sentence of the opening.

Matching runs on diacritic-free folded syllables, so text typed without diacritics works too. A
text typed with diacritics that never writes "nhầm" or "ngâm" uses "nham", "ngam" in another
sense ("nhằm", in order to; "ngầm"): no rule reads them there.

Modules: the signals that make an article need action are one module each:
:mod:`classifier.rules.criminal` (a), :mod:`classifier.rules.defunct` (b),
:mod:`classifier.rules.misconduct` (c), :mod:`classifier.rules.complaint` (f),
:mod:`classifier.rules.figures` (n), :mod:`classifier.rules.official` (q) and
:mod:`classifier.rules.law` (r);
:mod:`classifier.rules.mention` holds (p), (s) and (u); :mod:`classifier.rules.stance` holds (d),
(e), (g)-(m) and (o);
:mod:`classifier.rules.plain` is the text they read. This module settles a decision
(:func:`signals`, :func:`decide`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from classifier.rules.complaint import (
    _critical_question,
    _enforcement_complaint,
    _institutional_event,
    _late_complaint,
    complaint_about_thads,
    enforcement_complaint,
    names_civil_enforcement,
)
from classifier.rules.criminal import _criminal_enforcement, criminal_enforcement_by_thads
from classifier.rules.defunct import _defunct_agency, defunct_agency_names
from classifier.rules.figures import _contradicting_figures
from classifier.rules.law import _misstated_law, misstated_law
from classifier.rules.mention import (
    auction_trade,
    bank_sale,
    confiscated_sale,
    court_ruling,
    criminal_story,
    justice_fields,
    officer_at_work,
    passing_mention,
)
from classifier.rules.misconduct import _cleared, _officer_misconduct, officer_misconduct
from classifier.rules.official import _against_official, against_official_results
from classifier.rules.plain import (
    NOT_POSITIVE,
    RESTRUCTURED_AT,
    Signal,
    _opening,
    _plain,
    _published_after,
)
from classifier.rules.stance import (
    _debtor_at_fault,
    _formal_notice,
    _how_to_remedy,
    _interview,
    _law_news,
    _legal_explainer,
    _monitoring,
    _portrait,
    _reception,
    _reply,
    _results_report,
    _routine_coercion,
    _routine_step,
    _working_session,
    authority_reply,
    debtor_at_fault,
    formal_notice,
    law_news,
    legal_explainer,
    results_report,
    routine_coercion,
    routine_step,
    sports_sanction,
    thads_headline,
    thads_lead,
)

__all__ = [
    "NOT_POSITIVE",
    "RESTRUCTURED_AT",
    "Signal",
    "against_official_results",
    "auction_trade",
    "authority_reply",
    "bank_sale",
    "confiscated_sale",
    "complaint_about_thads",
    "contradicting_figures",
    "court_ruling",
    "criminal_enforcement_by_thads",
    "criminal_story",
    "officer_at_work",
    "justice_fields",
    "debtor_at_fault",
    "decide",
    "defunct_agency_names",
    "enforcement_complaint",
    "formal_notice",
    "law_news",
    "legal_explainer",
    "misstated_law",
    "names_civil_enforcement",
    "officer_misconduct",
    "passing_mention",
    "results_report",
    "routine_coercion",
    "routine_step",
    "signals",
    "sports_sanction",
    "thads_headline",
    "thads_lead",
]


def signals(
    title: str,
    text: str,
    lead: str | None = None,
    published_at: datetime | None = None,
    *,
    stripped: str | None = None,
) -> list[Signal]:
    """Every rule signal that fires for one article. ``stripped``: the article's folded
    diacritic-free text (``TextBatch.stripped_text``) when already at hand."""
    plain = _plain(title, text, lead, stripped)
    plain_title = _plain(title, "", None)
    opening = _opening(plain)  # what (f) and (g) read
    when = _published_after(published_at)
    misconduct = _officer_misconduct(plain)
    reply = _reply(plain_title)
    if reply is not None and reply.mention == "noi gi" and _failing_headlined(plain_title):
        # ("Vụ thắng kiện 6 năm chưa được thi hành ...: Cơ quan thi hành án nói gì?": the failing
        # the headline tells stands; the office's side is heard, the case is not answered)
        reply = None
    notice = _formal_notice(plain_title, plain)
    complaint = None
    if (
        misconduct is None
        and reply is None
        and _how_to_remedy(plain_title) is None
        and not _reception(plain_title)
    ):
        # (nor a how-to question on a remedy: the failing it names is the reader's case; nor a
        # citizens' reception: the complaints it hears)
        # (one signal for one story: the misconduct; a reply quotes the complaint it answers)
        complaint = _enforcement_complaint(opening) or _critical_question(plain_title, opening)
        if (
            complaint is None
            and notice is None
            and not _explains(plain_title)
            and not _institutional_event(plain_title)
        ):
            # (a notice, a guide, a law tell the complaint procedure, an institutional event
            # failings in general: not a complaint)
            # (a portrait's body tells the hardship overcome: "Doanh nghiệp liên tục gửi đơn
            # khiếu nại, ... nên hồ sơ cứ dừng lại", chị kể)
            # (nor an interview's with a head of civil enforcement: the complaints its questions
            # put to him are his to answer)
            complaint = _late_complaint(
                plain, opening, hardship=_portrait(opening) or _interview(opening)
            )
    if complaint is not None and "to cao" in complaint.mention and _cleared(plain):
        complaint = None  # (the denunciation it tells was concluded unfounded: (c) too)
    found = [
        _criminal_enforcement(plain),
        _contradicting_figures(plain),
        _against_official(plain),
        _misstated_law(plain),
        # A story of alleged misconduct names the officer's post when the acts took place
        # ("Phó Chi cục trưởng Chi cục THADS huyện X bị khởi tố"): an old agency name there is
        # not a false statement.
        None if when is None or misconduct else _defunct_agency(plain, when),
        misconduct,
        complaint,
        notice,
        reply,
    ]
    found = [s for s in found if s is not None]
    if found:
        return found
    # (g), then (i), (h), (l), (j), only where no other signal decides the label: a reason
    # shown is a reason that counted; (j)'s working session or visit before (g).
    alone = (
        _monitoring(plain_title, opening)
        or _working_session(plain_title, opening)
        or _results_report(opening)
        or _debtor_at_fault(plain_title, opening)
        or _legal_explainer(plain_title)
        or _law_news(plain_title)
        or _routine_step(plain_title, opening)
        or _routine_coercion(plain_title, opening)
    )
    return [] if alone is None else [alone]


def _failing_headlined(plain_title: str) -> bool:
    """Whether the headline itself tells a failing of enforcement (f)."""
    return (
        _enforcement_complaint(plain_title) is not None
        or _critical_question(plain_title, plain_title) is not None
    )


def contradicting_figures(title: str, text: str, lead: str | None = None) -> Signal | None:
    """Signal (n): results whose own figures contradict each other."""
    return _contradicting_figures(_plain(title, text, lead))


def _explains(plain_title: str) -> bool:
    """Whether the headline is a legal explainer (h) or law news (l)."""
    return _legal_explainer(plain_title) is not None or _law_news(plain_title) is not None


def decide(model_label: str, found: Sequence[Signal]) -> str:
    """The assessment of a relevant article given the text model's label and the signals that
    fired: ``inaccurate`` when an (a), (b), (n), (q) or (r) signal fired; ``needs_correction``
    when (c) or (f) fired (the text model's own "inaccurate" gives no concrete reason);
    ``neutral`` when (e), (h), (i), (j), (k) or (l) did and none of those; ``positive`` when
    only (g) did;
    ``neutral`` for the model's ``positive`` when only (o) did; else the model's label."""
    labels = {s.label for s in found}
    if "inaccurate" in labels:
        return "inaccurate"
    if "needs_correction" in labels:
        # (the text model's "inaccurate" gives no concrete reason, which the guide asks of it:
        # an allegation or a complaint with no rule of (a), (b), (n), (q), (r) needs an answer)
        return "needs_correction"
    if "neutral" in labels:
        return "neutral"
    if "positive" in labels:
        return "positive"
    if NOT_POSITIVE in labels and model_label == "positive":
        return "neutral"
    return model_label
