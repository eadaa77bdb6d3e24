"""Rule signals where the text model is a weak cue (labelling guide, "inaccurate").

(a) :func:`criminal_enforcement_by_thads` — a THADS agency or officer named as the one carrying
    out a death sentence, a prison term, detention or amnesty (that is criminal enforcement, done
    by the police and prison system, never by THADS).
(b) :func:`defunct_agency_names` — an agency name abolished on 2025-07-01 (Tổng cục THADS,
    Cục THADS tỉnh X, Chi cục THADS huyện Y) used as a live agency in a story published after.
(c) :func:`officer_misconduct` — alleged wrongdoing of a THADS officer or office (bribery,
    corruption, neglect, complicity, harassment, arrest, prosecution, discipline of the
    officer) told in one clause: the labelling
    guide's "alleged wrongdoing or corruption of officers", which the authority must verify and
    answer whether or not it turns out true.

(d) :func:`thads_headline` — the headline names a THADS office or officer (not a criminal
    enforcement body): the article is relevant even when the text model, which learned from
    2004-2018 stories where "thi hành án" carries most of the weight, scores it low (a short
    "Người dân tố chấp hành viên kê biên sai tài sản"). 25 of the 26 corpus examples whose
    headline does so are relevant.

(e) :func:`formal_notice` — the article is a formal notice (an auction of enforcement assets, a
    notice to a party, an appointment: "Bổ nhiệm Phó Cục trưởng ..."): the labelling guide's
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
    payment ("Dù Viện kiểm sát đã kháng nghị, cơ quan thi hành án vẫn cưỡng chế"), a party not paid
    ("vẫn chưa nhận được đồng nào"), a reader's letter of complaint to the newspaper ("Theo đơn của
    bà L. gửi Báo ..."), or a complaint against an officer or office ("khiếu nại chấp hành viên",
    "kêu trời vì bị kê biên"). ``needs_correction`` as (c). The 2004-2018 corpus tells these stories
    in other words (its critical stories are long investigations); the text model alone called
    "Cưỡng chế nhầm nhà, người dân bức xúc" ``neutral``. Not when the opening tells the authority
    settling it ("đã giải quyết các vụ chậm thi hành án"), the debtor's delay ("người phải thi hành
    án chây ì, không thi hành"), or a denial ("không sai quy định"). Also a headline that asks who
    answers for a failing or why it lasts ("Ai chịu trách nhiệm khi tài sản kê biên bị thất thoát?",
    "... trách nhiệm thuộc về ai?", "Vì sao bản án chưa được thi hành?") or tells a party waiting in
    vain ("... vẫn mỏi mòn chờ"): the text model alone called such questions ``neutral``.

(g) :func:`results_report` — the opening reports what the labelling guide calls ``positive``:
    results achieved ("thi hành xong 1.895 việc", "vượt chỉ tiêu", "thu hồi 27.000 tỷ đồng",
    "cao nhất từ trước đến nay", "kỷ lục"), successful enforcement ("cưỡng chế thành công",
    "vụ cưỡng chế điển hình", a debtor persuaded into compliance: "vận động, thuyết phục ...
    tự nguyện bàn giao"), good examples and praise ("gương sáng", "bằng khen", "trả lại ... cho
    người chuyển nhầm"), reforms ("biên lai điện tử", "chuyển đổi số") — the positive headline
    patterns of the domain notes
    (NOTES.md 3.1 "Performance", 3.4 a) — with no critical word in the opening (delay, backlog,
    complaint, wrongdoing, difficulty, "chỉ thu được"). The 2004-2018 corpus has almost no
    positive story of this kind (its results stories are written examples); the text model
    alone called "Cơ quan thi hành án thu hồi 27.000 tỉ đồng từ các vụ án tham nhũng, kinh tế"
    ``needs_correction`` (corruption vocabulary) and most of the others ``neutral``. The same
    results phrase in the headline ("thi hành xong 1.895 việc") also makes (d) fire.

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
    tài sản cho người mua trúng đấu giá"); not coercion, a seizure or a sale, not a step years
    late ("... sau 10 năm"), and the opening holds no critical word: the labelling guide's
    "routine reports", ``neutral``. The text model called such feed items
    ``needs_correction`` for the officer's name alone.

(k) :func:`authority_reply` — the headline names a THADS office or officer answering ("Thi
    hành án dân sự TP.HCM phản hồi bài viết ...", "... trả lời bạn đọc", "... thông tin về vụ
    việc"), with no critical word in it: the authority's own answer, ``neutral``. Its opening
    quotes the complaint it answers, so (f) does not read it; (c) still does (an allegation of
    misconduct needs verifying whoever reports it). The partner newspaper publishes such
    replies under the cooperation regulation; each would otherwise open a new case.

(l) :func:`law_news` — the headline tells a law or a policy being made or taking effect ("Dự
    thảo Luật ...", "Đề xuất chấp hành viên được quyền ...", "Quốc hội thông qua ...", "Từ
    1/7/2026, ..."), with no critical word in it: the labelling guide's THADS "law and policy"
    reported as information, ``neutral``. The text model called such items naming the officer
    ``needs_correction``. On the corpus it fires on two relevant examples ("Từ 1/7, người được
    thi hành án phải trả chi phí" in two outlets), both labelled ``neutral``.

(a) and (b) make a relevant article ``inaccurate``; (c) and (f) make it ``needs_correction``
unless the text model or another signal already says ``inaccurate``; (e) and (k) make it
``neutral`` when none of them fired, (g) ``positive`` when none of (a), (b), (c), (e), (f), (k)
did, (i), (h), (l), then (j), ``neutral`` when none of the others did (:func:`decide`).

Sentences. (f) and (g) read the opening (headline and first sentences), and no rule's clause
runs across a sentence end. An initial ("ông T.", "bà Nguyễn Thị H.", "Công ty M." — how the
press names the people of a complaint) and "TP.", "TX.", "TS." ... are not sentence ends.

Matching runs on diacritic-free folded syllables, so text typed without diacritics works too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from classifier.result import ACTION_LABELS
from classifier.textprep import compose, fast_fold, strip_folded
from text.dates import VN_TZ

__all__ = [
    "RESTRUCTURED_AT",
    "Signal",
    "authority_reply",
    "criminal_enforcement_by_thads",
    "debtor_at_fault",
    "decide",
    "defunct_agency_names",
    "enforcement_complaint",
    "formal_notice",
    "law_news",
    "legal_explainer",
    "officer_misconduct",
    "results_report",
    "routine_step",
    "signals",
    "thads_headline",
]

RESTRUCTURED_AT = datetime(2025, 7, 1, tzinfo=VN_TZ)


@dataclass(frozen=True)
class Signal:
    code: str  # "criminal_enforcement" | "defunct_agency" | "officer_misconduct" |
    # "enforcement_complaint" | "thads_headline" | "formal_notice" | "results_report" |
    # "legal_explainer" | "debtor_at_fault" | "routine_step" | "authority_reply" | "law_news"
    reason: str  # Vietnamese, shown to users
    mention: str  # the matched words (diacritic-free, folded)
    label: str = "inaccurate"  # the assessment the signal decides ("relevant": relevance only)


# (f) Wrongful enforcement, an unenforced judgment, a complaint against THADS, in the opening.
_OPENING_SENTENCES = 4  # the headline, then the lead or the first sentences
_THADS_BODY = (
    r"(?:chap hanh vien|tham tra vien|co quan thi hanh an(?! hinh su)|thi hanh an dan su|thads"
    r"|(?:chi cuc|cuc|phong|doi) thi hanh an(?! hinh su))"
)
_ENFORCEMENT_ACT = (
    r"(?:cuong che|ke bien|phong toa|ban dau gia|dau gia|thi hanh an|giao tai san|tam giu tai san"
    r"|xu ly tai san)"
)
_WRONG = (
    r"(?:nham|sai(?! gon| sot nho)|trai luat|trai phap luat|trai quy dinh"
    r"|khong dung (?:quy dinh|phap luat|luat|doi tuong)|qua tay|beo|re bat thuong|bat thuong"
    r"|khong binh thuong|vo ly|khuat tat|ap dat|oan)"
)
_SPAN = (
    r"(?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|nhieu|hang chuc|may|(?:gan|hon|suot) \d+)"
    r" (?:nam|thang)"
)
_WRONGFUL = re.compile(rf"\b{_ENFORCEMENT_ACT}(?P<gap>(?: [^ .]+){{0,3}}?) {_WRONG}\b")
_UNENFORCED = re.compile(
    rf"\b(?:{_SPAN}|ban an|quyet dinh|thang kien)(?P<gap>(?: [^ .]+){{0,8}}?)"
    r" (?:van )?(?:chua|khong) (?:duoc |the )?thi hanh(?: an| xong)?\b"
    r"|\bcham (?:tre )?(?:trong (?:viec )?)?(?:to chuc )?thi hanh an\b"
)
_COMPLAINT = re.compile(
    r"\b(?:khieu nai|to cao|keu cuu|keu troi|keu than|buc xuc|keu oan|don cau cuu|phan anh)"
    rf"(?P<gap>(?: [^ .]+){{0,10}}?) (?:{_THADS_BODY}|viec (?:ke bien|cuong che|thi hanh an)"
    r"|bi (?:ke bien|cuong che))\b"
)
_COMPLAINT_WORDS = (
    "thi hanh",
    "ke bien",
    "cuong che",
    "dau gia",
    "phong toa",
    "tai san",
    "chap hanh vien",
    "tham tra vien",
    "thads",
)
# ... or a step of enforcement not taken in time ("không được xác minh, kê biên kịp thời"),
# or enforcement pressed on despite a pending appeal, complaint or payment ("Dù Viện kiểm sát
# đã kháng nghị, cơ quan thi hành án vẫn cưỡng chế"): disputed enforcement.
_NOT_IN_TIME = re.compile(
    r"\b(?:khong|chua|thieu) (?:duoc )?(?P<gap>(?:(?:xac minh|ke bien|cuong che|phong toa|xu ly"
    r"|thi hanh|to chuc thi hanh an|giai quyet|ban giao|chi tra)(?: [^ .]+){0,3}? )?)kip thoi\b"
)
_DESPITE = re.compile(
    r"\b(?:du|mac du|bat chap)\b(?P<gap>(?: [^ .]+){1,15}?) (?:van|cu|tiep tuc)"
    r" (?:tien hanh |to chuc )?(?:cuong che|ke bien|ban dau gia)\b"
)
# ... or a party not paid or not handed what the judgment gave ("vẫn chưa nhận được đồng
# nào"), or a reader's letter of complaint to the newspaper ("Theo đơn của bà L. gửi Báo ...").
_NOT_RECEIVED = re.compile(
    r"\b(?:van )?(?:chua|khong) (?:duoc )?nhan(?P<gap>) (?:duoc )?(?:dong nao|tien|tai san|nha"
    r"|dat|khoan)\b"
)
_LETTER = re.compile(
    r"\b(?:don|thu)(?P<gap>(?: (?!cam on|chuc mung)[^ .]+){0,6}?) gui (?:den |toi )?"
    r"(?:bao|toa soan)\b"
)
_PENDING = re.compile(
    r"\b(?:khang nghi|khieu nai|kien nghi|giam doc tham|tai tham|tranh chap|chua co hieu luc"
    r"|dang (?:duoc )?(?:giai quyet|xem xet|thu ly)|da nop|da tra|da thi hanh xong|tam dung|hoan)\b"
)
# Before or inside the match: not a report of a failing (a denial, a rule, the authority
# settling it, statistics going down).
_NOT_REPORTED = re.compile(
    r"\b(?:khong|chua|khong co|khong de|neu|truong hop|doi voi|quyen|huong dan|tiep nhan"
    r"|giai quyet|xu ly|khac phuc|chan chinh|chi dao|dut diem|giam|han che|phong ngua|ngan chan"
    r"|tranh)\b"
)
# The debtor's delay, not the agency's.
_DEBTOR_DELAY = re.compile(
    r"\b(?:nguoi phai thi hanh an|doanh nghiep|cong ty|con no|duong su|co tinh|chay i|tron)\b"
)
# ... or the headline asks who answers for a failing, or why or until when it lasts ("Ai chịu
# trách nhiệm khi tài sản kê biên bị thất thoát?", "... trách nhiệm thuộc về ai?", "Vì sao bản án
# chưa được thi hành?", "Đến bao giờ ...?"), or tells a party waiting in vain ("mỏi mòn chờ"):
# the critical questions of the THADS press. Not "vì sao" without a failing ("Vì sao Đồng Nai
# vẫn dẫn đầu?").
# ... but not a reader's question on the law ("Hỏi: Tài sản kê biên bị mất thì ai chịu trách
# nhiệm?", "Bạn đọc N. hỏi: ..."), a legal explanation.
_READERS_QUESTION = re.compile(
    r"\b(?:hoi|tra loi)(?: \.|$)|(?:^|\. )(?:hoi dap|giai dap|tu van)(?: \.|$)"
    r"|\b(?:hoi dap|giai dap|ban doc hoi|xin hoi|cho (?:toi|em|chau) hoi|toi muon hoi"
    r"|(?:xin|nho) luat su|luat su tu van|tu van phap luat)\b"
)
_CRITICAL_QUESTION = re.compile(
    r"\bai (?:se |phai )?(?:chiu trach nhiem|boi thuong|den bu)\b"
    r"|\btrach nhiem (?:thuoc (?:ve )?|la cua |cua )?ai\b|\bloi (?:tai|cua|thuoc ve) ai\b"
    r"|\b(?:vi sao|tai sao)(?: [^ .]+){0,10}? (?:chua|khong|mai|cham|keo dai)\b"
    r"|(?:^|\. )(?:den )?bao gio\b|\bden bao gio moi\b"
    r"|\b(?:moi mon|mon moi|dai co|vo vong) cho\b|\bcho (?:doi )?(?:moi mon|mon moi)\b"
)


# (h) A legal explainer: the headline opens as a guide or a reader's question, or ends with a
# question on the law ("... xử lý thế nào?", "... là bao lâu?", "... có được ... không?"). Not "vì
# sao", "tại sao", "ai chịu trách nhiệm" (critical, :data:`_CRITICAL_HEADLINE`), nor "bao nhiêu",
# "ở đâu", "đi đâu" (the money of a critical story: "Tiền thi hành án đi đâu?").
_EXPLAINER_TITLE = re.compile(
    r"^(?:huong dan|hoi dap|giai dap|tu van|ban doc hoi|luat su tu van|quy dinh moi ve"
    r"|nhung diem moi|thu tuc|quy trinh|quy dinh ve)\b"
    r"|\b(?:nhung luu y|can luu y|luu y khi|nhung dieu can biet|dieu can biet)\b"
    r"|\b(?:the nao|bao lau|la gi|gom nhung gi|can nhung gi|phai lam gi|(?:co )?duoc khong"
    r"|co (?:duoc|quyen)(?: [^ .]+){1,10}? khong)(?: \.)?$"
)

# (l) News of a law or a policy being made or taking effect: the headline opens with the step
# ("Dự thảo ...", "Đề xuất ...", "Quốc hội thông qua ...", "Từ 1/7/2026, ...") or names a draft.
_LAW_NEWS_TITLE = re.compile(
    r"^(?:du thao|de xuat|sua doi|bo sung|lay y kien|tham tra|quoc hoi thong qua|thong qua"
    r"|ban hanh|trinh quoc hoi|tu (?:ngay )?\d{1,2} \d{1,2}(?: \d{4})?\b)"
    r"|\bdu thao (?:luat|nghi dinh|thong tu)\b"
    r"|\bluat thi hanh an dan su(?: sua doi)? (?:co hieu luc|duoc thong qua)"
)

# (e) A formal notice: its headline is one ("Thông báo ...", "X thông báo bán đấu giá ..."), or
# its body carries the fields of an auction notice.
_NOTICE_TITLE = re.compile(r"^thong bao\b|\bthong bao (?:ve viec )?(?:ban |to chuc )?dau gia\b")
# ... or a personnel announcement: the headline (after a dateline) opens with the appointment.
_PERSONNEL_TITLE = re.compile(
    r"(?:^|\. )(?:(?:trao|cong bo) (?:cac )?quyet dinh )?(?:bo nhiem|dieu dong|luan chuyen)\b"
)
_NOTICE_FIELDS = (
    "gia khoi diem",
    "tien dat truoc",
    "buoc gia",
    "xem tai san",
    "ho so tham gia dau gia",
    "phieu tra gia",
    "dang ky tham gia dau gia",
    "to chuc cuoc dau gia",
    "hinh thuc dau gia",
    "phuong thuc dau gia",
)
NOTICE_MIN_FIELDS = 3
# A headline that complains is a story about a notice, not the notice ("Thông báo đấu giá
# 'lén lút', người dân kêu cứu"): the critical headline words of the THADS press.
_CRITICAL_HEADLINE = re.compile(
    rf"\b(?:{_WRONG}|keu cuu|buc xuc|lam kho|cham tre|chay i|ngam|khieu nai|to cao|mo am|lut"
    r"|lap lo|uan khuc|dau hieu|vi pham|tai sao|vi sao|ai chiu|bat nhat|thieu minh bach"
    r"|hu(?:y|i) ket qua)\b"
)


_AGENCY = (
    r"(?:(?:co quan |tong cuc |chi cuc |cuc |phong )?thi hanh an dan su"
    r"|(?:co quan |tong cuc |chi cuc |cuc |phong )?thads|chap hanh vien)"
)
# Acts of criminal enforcement (verbs and what they act on; bare nouns such as "trại giam" are
# not enough: THADS legitimately works *with* prisons to collect court fees from inmates).
_CRIMINAL_ACTS = (
    "thi hanh an tu hinh",
    "tiem thuoc doc",
    "xu ban",
    "tra tu do",
    "dac xa",
    "dua vao trai giam",
    "quan ly pham nhan",
    "giam giu",
    "tam giu nguoi",
    "bat va tam giu",
    "bat tam giam",
    "bat giam",
    "ra lenh bat",
    "thi hanh an phat tu",
    "thi hanh an hinh su",
)
_CRIMINAL_ACT = "(?:" + "|".join(_CRIMINAL_ACTS) + ")"
# The act follows the agency within one clause (no sentence end, at most ~14 syllables apart).
_ATTRIBUTION = re.compile(
    rf"\b{_AGENCY}\b(?P<gap>(?: [^ .!?;:]+){{0,14}}?) (?P<act>{_CRIMINAL_ACT})\b"
)
_NEGATION = re.compile(r"\b(?:khong|chua|chang|khong phai|khong co tham quyen|thay vi)\b")
_CORRECT_AGENCY = re.compile(
    r"\b(?:cong an|trai giam|co quan thi hanh an hinh su|phoi hop|de nghi|yeu cau)\b"
)

_DEFUNCT = re.compile(
    r"\b(?P<name>tong cuc (?:thi hanh an dan su|thads)"
    r"|chi cuc (?:thi hanh an dan su|thads)"
    r"|(?<!chi )cuc (?:thi hanh an dan su|thads) (?:tinh|thanh pho|tp)\b)"
)
_HISTORICAL = re.compile(
    r"\b(?:nguyen|truoc day|truoc kia|truoc la|tung la|cu|trong nam 20(?:0\d|1\d|2[0-4])"
    r"|truoc ngay 1 7 2025|truoc khi sap xep|truoc khi sap nhap)\b"
)
_DEFUNCT_NAMES = {
    "tong cuc": "Tổng cục Thi hành án dân sự",
    "chi cuc": "Chi cục Thi hành án dân sự",
    "cuc": "Cục Thi hành án dân sự tỉnh/thành phố",
}


# (c) A THADS officer or office (named without "hình sự") and an act of wrongdoing *done by* or
# *alleged against* it, in one clause. Verbs that THADS itself does to others (khởi tố, bắt, kỷ
# luật ... of a debtor who resists) count only in the passive ("bị") after the officer, or as
# the headline form "Khởi tố chấp hành viên ..." right before it. Without diacritics "bắt"
# (arrest) is also "bất" (bất ngờ, bất động sản): bare "bat" never counts.
_OFFICER = (
    r"(?:chap hanh vien|tham tra vien|thu ky thi hanh an|can bo thi hanh an"
    r"|(?:truong |pho )?(?:tong cuc |chi cuc |cuc |phong |doi )"
    r"(?:thi hanh an(?! hinh su)(?: dan su)?|thads)"
    r"|(?:truong |pho truong )?co quan thi hanh an(?! hinh su)|thi hanh an dan su|thads)"
)
_WRONGDOING = (
    r"(?:nhan hoi lo|doi hoi lo|dua hoi lo|hoi lo|nhung nhieu|tham o|chiem doat|tham nhung"
    r"|lam dung chuc vu|loi dung chuc vu|lam trai|co y lam trai|sai pham|tieu cuc|khuat tat"
    r"|thieu trach nhiem|tac trach|bat qua tang|danh bac|xoi bac|lua dao|gay kho khan"
    r"|voi tien|voi vinh|an chan|lam kho|bo mac|bo lot|tha noi|buong long|lam ngo|tiep tay"
    r"|lam luat|gay phien ha"
    r"|bi (?:bat(?! (?:ngo|on|dong|luc|hop|kha|tien|binh|ky|can))|bat giam|tam giam"
    r"|khoi to|truy to|xet xu|dieu tra|ky luat|xu ly ky luat"
    r"|cach chuc|dinh chi|tam dinh chi|to cao|ket an|tuyen phat|phat tu|canh cao|khien trach"
    r"|buoc thoi viec))"
)
_BEFORE_OFFICER = (
    r"(?:khoi to|bat giam|bat tam giam|bat qua tang|ky luat|cach chuc|dinh chi cong tac"
    r"|tam dinh chi cong tac|to cao|truy to|xet xu|xu phat|canh cao|khien trach"
    r"|(?:sai pham|sai sot|khuat tat|tieu cuc) cua)"
)
# ... and the headline verb "tố" (accuses) right before the officer ("Người dân tố chấp hành
# viên ..."): without diacritics "to" is also "to" (big) and "tổ" (team), so no word between.
_MISCONDUCT = re.compile(
    rf"\b{_OFFICER}\b(?P<gap>(?: [^ .]+){{0,10}}?) (?P<act>{_WRONGDOING})\b"
    rf"|\b(?P<act2>{_BEFORE_OFFICER})(?P<gap2>(?: [^ .]+){{0,5}}?) {_OFFICER}\b"
    rf"|\b(?P<act3>to) {_OFFICER}\b"
)
# "phòng, chống tham nhũng", "không có sai phạm", "khắc phục sai phạm" of inspections, "nếu để
# xảy ra sai phạm" of a directive: not an allegation against an officer.
_NOT_ALLEGED = re.compile(
    r"\b(?:khong|chua|chang|khong co|khong phat hien|phong chong|phong ngua|chong|ngan chan"
    r"|khac phuc|de phong|tranh|neu|xay ra)\b"
)
# Between the officer and the act: another party the act belongs to, or THADS acting on it.
_OTHER_PARTY = re.compile(
    r"\b(?:nguoi dan|duong su|doi tuong|nguoi phai thi hanh an|bi cao|bi can|cong ty|doanh nghiep"
    r"|ke bien|cuong che|thu hoi|phoi hop|vu an|de nghi|yeu cau|canh bao|gia danh|mao danh"
    r"|gia mao|phat hien|to giac)\b"
)

# (d) A THADS office or officer named in the headline (abbreviations already written out).
_HEADLINE_THADS = re.compile(
    r"\b(?:thi hanh an dan su|chap hanh vien|tham tra vien thi hanh an|thu ky thi hanh an"
    r"|thua phat lai|(?:tong cuc|chi cuc|cuc|phong|doi|co quan|can bo) thi hanh an"
    r"(?! hinh su| tu hinh| phat tu))\b"
)
# ... or reports enforcement results in numbers ("Thi hành xong 1.895 việc, thu gần 16.000 tỷ
# đồng"): "thi hành xong" followed by a figure is the THADS statistics' phrase (a served
# sentence is "chấp hành xong"; "thi hành xong bản án", "... án treo giò" have no figure).
_NUMBER = r"(?:(?:hon|gan|tren|khoang|toi|den|xap xi) )?(?:\d[\d.,]*|hang (?:chuc|tram|nghin|ngan))"
_DONE_FIGURE = rf"thi hanh xong (?:{_NUMBER}|ve viec|ve tien)"
_HEADLINE_RESULTS = re.compile(rf"\b{_DONE_FIGURE}")

# (g) Results achieved, successful enforcement, good examples, praise, reforms in the opening
# (the domain notes' positive headline patterns). No "tuyên dương": without diacritics it is
# also "tuyến đường" (a route).
_MONEY = r"(?:ty|ti|nghin ty|ngan ty|nghin ti|ngan ti) dong"
_RESULTS = re.compile(
    rf"\b{_DONE_FIGURE}|\bthi hanh duoc {_NUMBER} (?:viec|{_MONEY})"
    r"|\bdat ty le (?:(?:hon|gan|tren) )?\d[\d.,]* ?%"
    r"|\b(?:dat va |hoan thanh va )?vuot (?:muc |cac )?chi tieu"
    r"|\bhoan thanh (?:xuat sac |toan dien )?(?:cac |toan bo )?chi tieu"
    # "cao nhất từ trước đến nay", "kỷ lục" of results, not of a case's size ("đại án kỷ lục")
    r"|\b(?:ket qua|thu hoi|thi hanh|ty le)(?: [^ .]+){0,15}? cao nhat tu truoc (?:den|toi) nay"
    r"|\b(?:thu|thu hoi|thi hanh|dat|cao) (?:[^ .]+ ){0,2}?ky luc\b"
    rf"|\bthu (?:hoi |ve )?(?:duoc )?{_NUMBER} {_MONEY}"
    r"|\bcuong che (?:[^ .]+ ){0,3}?(?:thanh cong|dien hinh)\b|\bdau gia thanh cong\b"
    r"|\bguong (?:sang|dien hinh|mat tieu bieu|nguoi tot)|\bdien hinh tien tien"
    r"|\b(?:khen thuong|bang khen|bieu duong|ton vinh|huan chuong|co thi dua)\b"
    # a debtor persuaded into compliance ("vận động, thuyết phục ... tự nguyện bàn giao"), not
    # one who was not ("... nhưng ông K. vẫn không tự nguyện thi hành")
    r"|\bvan dong thanh cong\b|\b(?:van dong|thuyet phuc)"
    r"(?: (?!(?:khong|chua|chang|nhung|song)\b)[^ .]+){0,12}? tu nguyen"
    r" (?:thi hanh|chap hanh|ban giao|giao|tra|nop|thuc hien|di doi|don|thao do)\b"
    # a good deed ("trả lại 50 triệu đồng cho người chuyển nhầm", "nghĩa cử đẹp")
    r"|\btra lai(?: [^ .]+){0,10}? (?:chuyen nham|chuyen khoan nham|nop nham|danh roi)\b"
    r"|\b(?:nghia cu|viec lam|hanh dong) (?:cao )?dep\b"
    # a reform launched or advancing, not a how-to ("hướng dẫn sử dụng biên lai điện tử")
    r"|\b(?:ra mat|khai truong|dua vao|chinh thuc|hoan thanh|day manh|thanh cong|buoc tien"
    r"|dot pha)(?: [^ .]+){0,6}? (?:bien lai dien tu|chuyen doi so|co so du lieu)\b"
)
# Critical words in the opening: a story about a shortfall, a backlog, a complaint or a
# difficulty that quotes results is not a results report. Only words that keep their sense
# without diacritics: not "nham" (nhầm, but also nhằm "in order to"), "cham" (chậm, chăm,
# chấm), "lut", "ngam", bare "sai".
_NOT_RESULTS = re.compile(
    r"\b(?:keu cuu|buc xuc|lam kho|cham tre|cham thi hanh|con cham|chay i|khieu nai|to cao"
    r"|khuat tat|vi pham|sai pham|sai sot|sai quy dinh|trai (?:phap )?luat|bat thuong"
    r"|thieu minh bach|hu(?:y|i) ket qua|tieu cuc|ton dong|ton tai|chua (?:duoc )?thi hanh"
    r"|khong (?:duoc )?thi hanh|kho khan|vuong mac|han che|yeu kem|bat cap|nhung nhieu"
    r"|that bai|(?:chi|moi) (?:thu|thi hanh|dat)|thap nhat|giam manh|sut giam"
    r"|(?:chua|khong) (?:hoan thanh|dat|vuot|(?:duoc )?(?:ban )?giao)|kho giao)\b"
)

# Before a result: a target or a plan, not a result achieved ("phấn đấu thi hành xong 85%",
# "mục tiêu vượt chỉ tiêu", "để hoàn thành chỉ tiêu").
_AIM = re.compile(
    r"\b(?:phan dau|muc tieu|quyet tam|nham|de ra|du kien|ke hoach|yeu cau|chi tieu)\b|\bde$"
)

# (i) The debtor at fault: the headline tells a party evading or resisting enforcement
# ("Tẩu tán tài sản để trốn tránh nghĩa vụ thi hành án", "Chống đối khi bị cưỡng chế, ..."), the
# opening an act against it (prosecution, a search, a sale annulled, coercion), and nothing in
# the opening faults the agency ("cơ quan thi hành án bất lực", "tiếp tay tẩu tán", a complaint).
_DEBTOR_FAULT = re.compile(
    r"\b(?:tau tan|tron tranh|tron (?:nghia vu )?thi hanh an|bo tron|chong doi|chong lai"
    r"|chong nguoi thi hanh cong vu|chay i|khong chap hanh (?:ban )?an|cat giau|hanh hung)\b"
)
_AGAINST_DEBTOR = re.compile(
    r"\b(?:khoi to|bat giu|bi bat|truy tim|truy na|xu phat|bi phat|phat tu|vo hieu|huy (?:bo )?"
    r"(?:hop dong|giao dich|viec chuyen nhuong)|cuong che|ke bien|phong toa|xu ly hinh su"
    r"|dieu tra|tam giu)\b"
)
_WRONGFUL_WORD = re.compile(rf"\b{_WRONG}\b")
_AGENCY_FAULTED = re.compile(
    r"\b(?:keu cuu|buc xuc|lam kho|cham tre|khieu nai|to cao|khuat tat|sai pham|sai sot"
    r"|trai (?:phap )?luat|bat thuong|thieu minh bach|tieu cuc|nhung nhieu|tiep tay|lam ngo"
    r"|tha long|bo tay|bat luc|buong long|thieu trach nhiem|tac trach|moi mon|mon moi|vo vong"
    r"|ngam|bao che|dung tung|thong dong)\b"
)

# (j) A routine step: the headline (after a dateline) names a THADS office or officer doing a
# step of its ordinary work that harms no one ("Chấp hành viên xác minh điều kiện thi hành án
# ...", "Thi hành án dân sự tỉnh X triển khai nhiệm vụ ..."), not coercion, a seizure or a sale
# (where disputes are), and the opening holds no critical word.
_ROUTINE_TITLE = re.compile(
    r"(?:^|\. )(?:chap hanh vien|tham tra vien|thu ky thi hanh an|can bo thi hanh an"
    r"|co quan thi hanh an(?: dan su)?|(?:cuc quan ly |cuc |chi cuc |phong )?thi hanh an dan su)"
    r"(?: [^ .]+){0,6}? (?:da |dang |tien hanh |chu dong |kip thoi )?"
    r"(?P<step>xac minh|tong dat|chu tri|lam viec|doi thoai|tiep cong dan|tiep nhan|huong dan"
    r"|thu ly|phoi hop|trien khai|tap huan|kiem tra|ra soat|chi tra|tra tien|ky ket|so ket"
    r"|tong ket|giao ban|ban giao|giao (?:tai san|nha|dat)|trao doi kinh nghiem|hoi thao|toa dam"
    r"|boi duong)\b"
    # ... or, with no one named, a headline that opens with a step of the procedure ("Hoãn thi
    # hành án vì ...", "Bàn giao tài sản cho người mua trúng đấu giá")
    r"|(?:^|\. )(?P<bare>(?:hoan|tam dinh chi|dinh chi|uy thac) thi hanh an"
    r"|xac minh dieu kien thi hanh an|ban giao|giao (?:tai san|nha|dat|quyen su dung dat)"
    r"|chi tra tien|tiep cong dan)\b"
)
_COERCION = re.compile(r"\b(?:cuong che|ke bien|phong toa|ban dau gia)\b")
# (k) The authority's reply: the headline names a THADS office or officer answering ("Thi hành
# án dân sự TP.HCM phản hồi bài viết ...", "... trả lời bạn đọc", "... làm rõ ..."), with no
# critical word in it. The opening of such a story quotes the complaint it answers.
_REPLY_TITLE = re.compile(
    r"\b(?:phan hoi|tra loi|len tieng|thong tin (?:ve|lien quan|phan hoi)|lam ro|giai trinh)\b"
)
# A headline that counts the years it took is a story of delay, not of a routine step.
_YEARS_TAKEN = re.compile(rf"\b(?:sau|suot|hon|gan|mat|ca) {_SPAN}\b|\bnhieu nam\b")

_SENTENCE_END = re.compile(r"[.!?;:]+(?=\s|$)|\n")
# A one-letter word with a full stop is an initial ("ông T.", "bà Nguyễn Thị H."), the way the
# press anonymises people, and "TP.", "TX.", "TS.", "ThS.", "LS." ... abbreviate a city, a town,
# a title: none is a sentence end, so the stop goes before the sentences are split.
# (Checked at each full stop on the few characters before it: a regex over the whole text
# costs more than the rest of the sentence split.)
_INITIAL = re.compile(r"(?:^|\W)(?:[^\W\d_]|tp|tx|tt|ts|ths|gs|pgs|ls|bs)$")
_INITIAL_SPAN = 4  # the longest abbreviation and the character before it
_SLASH_DASH = re.compile(r"[/\-]")
_QUOTES = "\"'()[],“”‘’…«»"


def _plain(title: str, text: str, lead: str | None, stripped: str | None = None) -> str:
    """Diacritic-free folded syllables separated by single spaces, sentence ends as " . ".
    ``stripped``: the article's folded diacritic-free text when already at hand
    (``TextBatch.stripped_text``)."""
    if stripped is None:
        stripped = strip_folded(fast_fold(compose(title, lead, text)))
    last = len(stripped) - 1

    def end(m: re.Match[str]) -> str:
        """A sentence end, unless a single full stop after an initial, before a space."""
        at = m.start()
        if m.group() == "." and (at == last or stripped[at + 1] in " \t"):
            # (no abbreviation is _INITIAL_SPAN long: "^" matches only at the text's start)
            if _INITIAL.search(stripped[max(0, at - _INITIAL_SPAN) : at]) is not None:
                return " "
        return " . "

    plain = _SLASH_DASH.sub(" ", _SENTENCE_END.sub(end, stripped))
    out = []
    for raw in plain.split():
        t = raw if raw == "." else raw.strip(_QUOTES)
        if t:
            out.append(t)
    return " ".join(out)


def _criminal_enforcement(plain: str) -> Signal | None:
    if not any(act in plain for act in _CRIMINAL_ACTS):  # the regex needs one: skip its scan
        return None
    for m in _ATTRIBUTION.finditer(plain):
        gap = m.group("gap")
        if "." in gap.split() or _NEGATION.search(gap) or _CORRECT_AGENCY.search(gap):
            continue
        return Signal(
            "criminal_enforcement",
            "quy tắc: bài viết gán việc thi hành án hình sự (tử hình, phạt tù, giam giữ, đặc xá) "
            "cho cơ quan thi hành án dân sự",
            m.group(0),
        )
    return None


def _unasked(words: str) -> str:
    """``words`` without the question "có hay không" ("Có hay không sai sót của chấp hành
    viên?"): it puts an allegation, it denies nothing."""
    return words.replace("co hay khong", "") if "hay khong" in words else words


def _officer_misconduct(plain: str) -> Signal | None:
    for m in _MISCONDUCT.finditer(plain):
        gap = m.group("gap") if m.group("act") else (m.group("gap2") or "")
        act = m.group("act") or m.group("act2") or m.group("act3")
        before = plain[max(0, m.start() - 20) : m.start()].split()[-3:]
        if (
            "." in gap.split()
            or _NOT_ALLEGED.search(_unasked(gap))
            or _OTHER_PARTY.search(gap)
            or _NOT_ALLEGED.search(_unasked(" ".join(before)))
        ):
            continue
        if act in ("tham nhung", "tieu cuc") and before and before[-1] in ("chong", "ngua"):
            continue
        return Signal(
            "officer_misconduct",
            "quy tắc: bài viết nêu cáo buộc sai phạm của chấp hành viên, cán bộ hoặc cơ quan "
            "thi hành án dân sự (cần xác minh, phản hồi)",
            m.group(0),
            "needs_correction",
        )
    return None


def officer_misconduct(title: str, text: str, lead: str | None = None) -> Signal | None:
    """Signal (c): alleged wrongdoing of a THADS officer or office in one clause."""
    return _officer_misconduct(_plain(title, text, lead))


def _opening(plain: str) -> str:
    return " . ".join(plain.split(" . ", _OPENING_SENTENCES)[:_OPENING_SENTENCES])


def _enforcement_complaint(opening: str) -> Signal | None:
    if not any(word in opening for word in _COMPLAINT_WORDS):
        return None  # every pattern needs one of them
    for pattern in (
        _WRONGFUL,
        _UNENFORCED,
        _COMPLAINT,
        _NOT_IN_TIME,
        _DESPITE,
        _NOT_RECEIVED,
        _LETTER,
    ):
        for m in pattern.finditer(opening):
            gap = m.group("gap") or ""  # (no sentence end: the gaps match no ".")
            if pattern is _DESPITE:
                if not _PENDING.search(gap):
                    continue  # despite the weather, a resisting debtor ...: not disputed
                gap = ""  # (the pending appeal is the point, not a denial)
            window = opening[max(0, m.start() - 60) : m.start()]
            # (a negation in the complaint's own sentence: the sentence before negates nothing
            # of it; the debtor's delay may be told in the sentence before)
            before = " ".join(window.rsplit(" . ", 1)[-1].split()[-8:])
            if _NOT_REPORTED.search(_unasked(gap)) or _NOT_REPORTED.search(_unasked(before)):
                continue
            wide = " ".join(window.split()[-8:])
            if pattern is _UNENFORCED and _DEBTOR_DELAY.search(wide + " " + gap):
                continue
            return Signal(
                "enforcement_complaint",
                "quy tắc: bài viết phản ánh thi hành án sai, chậm trễ hoặc khiếu nại cơ quan, "
                "cán bộ thi hành án dân sự (cần xác minh, phản hồi)",
                m.group(0),
                "needs_correction",
            )
    return None


def _critical_question(plain_title: str, opening: str) -> Signal | None:
    m = _CRITICAL_QUESTION.search(plain_title)
    if m is None or _READERS_QUESTION.search(opening):
        return None
    return Signal(
        "enforcement_complaint",
        "quy tắc: tiêu đề chất vấn trách nhiệm hoặc nêu sự chờ đợi, chậm trễ trong thi hành án "
        "(cần xác minh, phản hồi)",
        m.group(0).removeprefix(". "),
        "needs_correction",
    )


def enforcement_complaint(title: str, text: str, lead: str | None = None) -> Signal | None:
    """Signal (f): wrongful enforcement, an unenforced judgment or a complaint against THADS
    reported in the headline, the lead or the first sentences; or a headline that asks who
    answers for a failing or tells a party waiting in vain."""
    opening = _opening(_plain(title, text, lead))
    return _enforcement_complaint(opening) or _critical_question(_plain(title, "", None), opening)


def _formal_notice(plain_title: str, plain: str) -> Signal | None:
    if _CRITICAL_HEADLINE.search(plain_title):
        return None
    m = _PERSONNEL_TITLE.search(plain_title)
    if m is not None:
        return Signal(
            "formal_notice",
            "quy tắc: bài là thông báo nhân sự (bổ nhiệm, điều động), không mang quan điểm "
            "đánh giá",
            m.group(0).removeprefix(". "),
            "neutral",
        )
    m = _NOTICE_TITLE.search(plain_title)
    if m is not None:
        mention = m.group(0)
    elif "dau gia" in plain:
        fields = [f for f in _NOTICE_FIELDS if f in plain]
        if len(fields) < NOTICE_MIN_FIELDS:
            return None
        mention = ", ".join(fields)
    else:
        return None
    return Signal(
        "formal_notice",
        "quy tắc: bài là thông báo chính thức (đấu giá tài sản, thủ tục thi hành án), "
        "không mang quan điểm đánh giá",
        mention,
        "neutral",
    )


def _legal_explainer(plain_title: str) -> Signal | None:
    if _CRITICAL_HEADLINE.search(plain_title):
        return None
    m = _EXPLAINER_TITLE.search(plain_title)
    if m is None:
        return None
    return Signal(
        "legal_explainer",
        "quy tắc: bài hỏi đáp, hướng dẫn hoặc giải thích pháp luật, không mang quan điểm đánh giá",
        m.group(0).removesuffix(" ."),
        "neutral",
    )


def _law_news(plain_title: str) -> Signal | None:
    if _CRITICAL_HEADLINE.search(plain_title):
        return None
    m = _LAW_NEWS_TITLE.search(plain_title)
    if m is None:
        return None
    return Signal(
        "law_news",
        "quy tắc: bài viết đưa tin về văn bản pháp luật, chính sách (dự thảo, đề xuất, quy định "
        "mới), không mang quan điểm đánh giá",
        m.group(0),
        "neutral",
    )


def law_news(title: str) -> Signal | None:
    """Signal (l): the headline tells a law or a policy being made or taking effect ("Dự
    thảo ...", "Đề xuất ...", "Quốc hội thông qua ...", "Từ 1/7/2026, ..."), with no critical
    word in it."""
    return _law_news(_plain(title, "", None))


def legal_explainer(title: str) -> Signal | None:
    """Signal (h): the headline is a legal explainer — a guide, a reader's question answered,
    the new points of a rule ("Hướng dẫn ...", "Hỏi đáp ...", "... xử lý thế nào?", "... là
    bao lâu?") — with no critical word in it."""
    return _legal_explainer(_plain(title, "", None))


def formal_notice(title: str, text: str, lead: str | None = None) -> Signal | None:
    """Signal (e): the article is a formal notice (headline "Thông báo ...", or the body carries
    at least :data:`NOTICE_MIN_FIELDS` fields of an auction notice)."""
    return _formal_notice(_plain(title, "", None), _plain(title, text, lead))


def thads_headline(title: str) -> Signal | None:
    """Signal (d): the headline names a THADS office or officer, or reports enforcement results
    in figures ("thi hành xong 1.895 việc")."""
    plain = _plain(title, "", None)
    m = _HEADLINE_THADS.search(plain)
    if m is not None:
        reason = "quy tắc: tiêu đề nêu cơ quan hoặc cán bộ thi hành án dân sự"
    elif (m := _HEADLINE_RESULTS.search(plain)) is not None:
        reason = "quy tắc: tiêu đề nêu kết quả thi hành án (số việc, số tiền thi hành xong)"
    else:
        return None
    return Signal("thads_headline", reason, m.group(0), "relevant")


def _aimed_at(opening: str, start: int) -> bool:
    """Whether the result found at ``start`` is a target: an aim in the three words before
    ("để" right before)."""
    return _AIM.search(" ".join(opening[max(0, start - 40) : start].split()[-3:])) is not None


def _results_report(opening: str) -> Signal | None:
    m = next((m for m in _RESULTS.finditer(opening) if not _aimed_at(opening, m.start())), None)
    if m is None or _NOT_RESULTS.search(opening):
        return None
    return Signal(
        "results_report",
        "quy tắc: bài viết nêu kết quả, thành tích hoặc điển hình tích cực của công tác thi hành "
        "án dân sự",
        m.group(0),
        "positive",
    )


def results_report(title: str, text: str, lead: str | None = None) -> Signal | None:
    """Signal (g): the headline, the lead or the first sentences report results achieved,
    successful enforcement, good examples, praise or a reform, with no critical word."""
    return _results_report(_opening(_plain(title, text, lead)))


def _debtor_at_fault(plain_title: str, opening: str) -> Signal | None:
    m = _DEBTOR_FAULT.search(plain_title)
    if m is None or _AGENCY_FAULTED.search(opening):
        return None
    act = _AGAINST_DEBTOR.search(opening)
    if act is None:
        return None
    return Signal(
        "debtor_at_fault",
        "quy tắc: bài viết nêu vi phạm của người phải thi hành án và biện pháp xử lý, không phản "
        "ánh sai sót của cơ quan thi hành án",
        f"{m.group(0)} … {act.group(0)}",
        "neutral",
    )


def debtor_at_fault(title: str, text: str, lead: str | None = None) -> Signal | None:
    """Signal (i): the headline tells a debtor evading or resisting enforcement, the opening an
    act against it, and nothing in the opening faults the agency."""
    return _debtor_at_fault(_plain(title, "", None), _opening(_plain(title, text, lead)))


def _routine_step(plain_title: str, opening: str) -> Signal | None:
    m = _ROUTINE_TITLE.search(plain_title)
    if m is None or _NOT_RESULTS.search(opening) or _AGENCY_FAULTED.search(opening):
        return None
    step = "step" if m.group("step") else "bare"
    if _YEARS_TAKEN.search(plain_title) or _COERCION.search(plain_title, 0, m.start(step)):
        return None  # (a handover by coercion is coercion: "cưỡng chế giao tài sản")
    if _WRONGFUL_WORD.search(opening):
        return None
    return Signal(
        "routine_step",
        "quy tắc: bài viết đưa tin một hoạt động nghiệp vụ thường xuyên của cơ quan thi hành án, "
        "không mang quan điểm đánh giá",
        m.group(step),
        "neutral",
    )


def _reply(plain_title: str) -> Signal | None:
    m = _REPLY_TITLE.search(plain_title)
    if m is None or _CRITICAL_HEADLINE.search(plain_title):
        return None
    if not _HEADLINE_THADS.search(plain_title, 0, m.start()):
        return None  # (the authority answers: it is named before its answer)
    return Signal(
        "authority_reply",
        "quy tắc: bài viết đăng phản hồi, trả lời của cơ quan thi hành án dân sự, không mang "
        "quan điểm đánh giá",
        m.group(0),
        "neutral",
    )


def authority_reply(title: str) -> Signal | None:
    """Signal (k): the headline names a THADS office or officer answering a complaint or an
    article, with no critical word in it."""
    return _reply(_plain(title, "", None))


def routine_step(title: str, text: str, lead: str | None = None) -> Signal | None:
    """Signal (j): the headline names a THADS office or officer doing a routine step of its
    work (verification, service of papers, a working session, payment ...), with no critical
    word in the opening."""
    return _routine_step(_plain(title, "", None), _opening(_plain(title, text, lead)))


def criminal_enforcement_by_thads(title: str, text: str, lead: str | None = None) -> Signal | None:
    """Signal (a): the civil enforcement agency named as executing a criminal sentence."""
    return _criminal_enforcement(_plain(title, text, lead))


def _published_after(published_at: datetime | None) -> datetime | None:
    """The publication time in Vietnam time when it is after the restructuring, else None."""
    if published_at is None:
        return None
    when = published_at if published_at.tzinfo else published_at.replace(tzinfo=VN_TZ)
    return when if when >= RESTRUCTURED_AT else None


def _defunct_agency(plain: str, when: datetime) -> Signal | None:
    if "cuc thi hanh an dan su" not in plain and "cuc thads" not in plain:  # needed by _DEFUNCT
        return None
    for m in _DEFUNCT.finditer(plain):
        before = plain[max(0, m.start() - 40) : m.start()]
        if _HISTORICAL.search(before):
            continue
        kind = m.group("name").split(" thi hanh")[0].split(" thads")[0]
        name = _DEFUNCT_NAMES.get(kind, _DEFUNCT_NAMES["cuc"])
        return Signal(
            "defunct_agency",
            f'quy tắc: dùng tên cơ quan không còn tồn tại từ 01/07/2025 ("{name}") '
            f"trong bài đăng ngày {when:%d/%m/%Y}",
            m.group(0),
        )
    return None


def defunct_agency_names(
    title: str, text: str, lead: str | None = None, published_at: datetime | None = None
) -> Signal | None:
    """Signal (b): an agency name abolished on 2025-07-01 used in a story published after it.
    Unknown publication date: no signal. Naive datetimes are taken as Vietnam time."""
    when = _published_after(published_at)
    return None if when is None else _defunct_agency(_plain(title, text, lead), when)


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
    complaint = None
    if misconduct is None and reply is None:
        # (one signal for one story: the misconduct; a reply quotes the complaint it answers)
        complaint = _enforcement_complaint(opening) or _critical_question(plain_title, opening)
    found = [
        _criminal_enforcement(plain),
        # A story of alleged misconduct names the officer's post when the acts took place
        # ("Phó Chi cục trưởng Chi cục THADS huyện X bị khởi tố"): an old agency name there is
        # not a false statement.
        None if when is None or misconduct else _defunct_agency(plain, when),
        misconduct,
        complaint,
        _formal_notice(plain_title, plain),
        reply,
    ]
    found = [s for s in found if s is not None]
    if found:
        return found
    # (g), then (i), (h), (l), (j), only where no other signal decides the label: a reason
    # shown is a reason that counted.
    alone = (
        _results_report(opening)
        or _debtor_at_fault(plain_title, opening)
        or _legal_explainer(plain_title)
        or _law_news(plain_title)
        or _routine_step(plain_title, opening)
    )
    return [] if alone is None else [alone]


def decide(model_label: str, found: Sequence[Signal]) -> str:
    """The assessment of a relevant article given the text model's label and the signals that
    fired: ``inaccurate`` when an (a)/(b) signal fired; ``needs_correction`` when (c) or (f)
    fired and the model said neither action label (else the model's label); ``neutral`` when
    (e), (h), (i), (j), (k) or (l) did and none of those; ``positive`` when only (g) did; else the
    model's label."""
    labels = {s.label for s in found}
    if "inaccurate" in labels:
        return "inaccurate"
    if "needs_correction" in labels:
        return model_label if model_label in ACTION_LABELS else "needs_correction"
    if "neutral" in labels:
        return "neutral"
    if "positive" in labels:
        return "positive"
    return model_label
