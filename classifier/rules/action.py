"""The rule signals that make a relevant article need action (:mod:`classifier.rules`): (a)
criminal enforcement attributed to THADS and (b) agency names abolished on 2025-07-01 make it
``inaccurate``; (c) alleged misconduct of an officer and (f) an enforcement complaint in the
opening make it ``needs_correction``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from classifier.rules.plain import (
    _IMPERSONATED,
    _SPAN,
    _WRONG,
    Signal,
    _opening,
    _plain,
    _published_after,
    _unasked,
)

# (f) Wrongful enforcement, an unenforced judgment, a complaint against THADS, in the opening.
_THADS_BODY = (
    r"(?:chap hanh vien|tham tra vien|co quan thi hanh an(?! hinh su)|thi hanh an dan su|thads"
    r"|(?:chi cuc|cuc|phong|doi) thi hanh an(?! hinh su))"
)
_ENFORCEMENT_ACT = (
    r"(?:cuong che|ke bien|phong toa|ban dau gia|dau gia|thi hanh an|giao tai san|tam giu tai san"
    r"|xu ly tai san)"
)
_WRONGFUL = re.compile(
    rf"\b{_ENFORCEMENT_ACT}(?P<gap>(?: [^ .][^ ]*){{0,3}}?) {_WRONG}\b"
    # ... or the wrong named first ("Bất thường vụ bán đấu giá ...", "Khuất tất trong cưỡng chế")
    r"|\b(?:bat thuong|khuat tat|mo am|uan khuc)"
    rf"(?: (?:o|trong|tai|quanh|cua|vu|viec|cuoc|phien|mot)){{0,3}} {_ENFORCEMENT_ACT}\b(?P<gap2>)"
)
_UNENFORCED = re.compile(
    rf"\b(?:{_SPAN}|ban an|quyet dinh|thang kien)(?P<gap>(?: [^ .][^ ]*){{0,8}}?)"
    r" (?:van )?(?:chua|khong) (?:duoc |the )?thi hanh(?: an| xong)?\b"
    # (not "lãi chậm thi hành án", the interest a late debtor owes)
    r"|(?<!lai )\bcham (?:tre )?(?:trong (?:viec )?)?(?:to chuc )?thi hanh (?:ban )?an\b"
)
_COMPLAINT = re.compile(
    r"\b(?:khieu nai|to cao|keu cuu|keu troi|keu than|buc xuc|keu oan|don cau cuu|phan anh)"
    rf"(?P<gap>(?: [^ .][^ ]*){{0,10}}?) (?:{_THADS_BODY}|viec (?:ke bien|cuong che|thi hanh an)"
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
    "an phi",
)

# ... or a step of enforcement not taken in time ("không được xác minh, kê biên kịp thời"),
# or enforcement pressed on despite a pending appeal, complaint or payment ("Dù Viện kiểm sát
# đã kháng nghị, cơ quan thi hành án vẫn cưỡng chế"): disputed enforcement.
_NOT_IN_TIME = re.compile(
    r"\b(?:khong|chua|thieu) (?:duoc )?(?P<gap>(?:(?:xac minh|ke bien|cuong che|phong toa|xu ly"
    r"|thi hanh|to chuc thi hanh an|giai quyet|ban giao|chi tra)(?: [^ .][^ ]*){0,3}? )?)kip thoi\b"
)
_DESPITE = re.compile(
    r"\b(?:du|mac du|bat chap)\b(?P<gap>(?: [^ .][^ ]*){1,15}?) (?:van|cu|tiep tuc)"
    r" (?:tien hanh |to chuc )?(?:cuong che|ke bien|ban dau gia)\b"
    # ... told the other way round ("Vẫn cưỡng chế giao nhà dù đương sự đã gửi đơn ...")
    r"|\b(?:van|cu|tiep tuc) (?:tien hanh |to chuc )?(?:cuong che|ke bien|ban dau gia)"
    r"(?: [^ .][^ ]*){0,8}? (?:du|mac du|bat chap)\b(?P<gap2>(?: [^ .][^ ]*){1,15})"
)
# ... or coercion after the party paid ("Đã nộp án phí, vẫn bị ra quyết định khấu trừ lương").
_PAID_YET = re.compile(
    r"\b(?:da nop|da tra|da thanh toan|da thi hanh xong|da nop du|da tra du)"
    r"(?P<gap>(?: [^ .][^ ]*){0,10}?) (?:nhung )?(?:van|lai) bi (?:ra quyet dinh )?"
    r"(?:cuong che|ke bien|khau tru|phong toa|tam giu|tru tien|thu tien)\b"
)
# ... or a third party's property seized for another's debt ("Mua đất hợp pháp, bất ngờ bị kê
# biên để thi hành án cho người khác").
_THIRD_PARTY = re.compile(
    r"\bbi (?:ke bien|cuong che|phong toa|tam giu)(?: de)?(?: thi hanh an)?"
    r" (?:cho|thay cho|vi no cua) (?:nguoi khac|nguoi khong lien quan)\b(?P<gap>)"  # (not
    # "bị kê biên, giao cho người khác giữ": a keeper)
)
# ... or a reader's complaint, headlined as one ("Thư bạn đọc: ...", "Bạn đọc phản ánh: ...").
_READER_TITLE = re.compile(
    r"(?:^|\. )(?:(?:thu|don thu) ban doc|ban doc (?:phan anh|viet|keu cuu|to|don thu|gui don))"
    r"\b(?P<gap>)"
)

# ... or a party not paid or not handed what the judgment gave ("vẫn chưa nhận được đồng
# nào"), or a reader's letter of complaint to the newspaper ("Theo đơn của bà L. gửi Báo ...").
_NOT_RECEIVED = re.compile(
    # (not "không nhận giấy báo": a refusal to take it)
    r"\b(?:(?:van )?(?:chua (?:he )?(?:duoc )?nhan(?: lai)?(?: duoc)?"
    r"|khong (?:he )?(?:duoc nhan|nhan duoc))"
    r" (?:(?:phan|so|khoan|bat ky) )?"
    r"(?:dong nao|tien|tai san|nha|dat|khoan|thong bao|quyet dinh|van ban|giay bao|luong"
    r"|tien luong|boi thuong|tien boi thuong)"
    r"|(?:van )?chua (?:duoc )?nhan(?: duoc)?(?= \.|$)|van trang tay"
    # ... or an auction buyer or a winning party still not handed the property
    r"|van chua (?:duoc )?(?:ban )?giao(?: lai)? (?:tai san|nha|dat|quyen su dung)"
    # ... or never notified ("chị không được thông báo đầy đủ về giá bán")
    r"|(?:khong|chua) (?:he )?duoc (?:thong bao|tong dat)"
    r" (?:day du|kip thoi|truoc|ve (?:gia|thoi diem|viec))"
    r")\b(?P<gap>)"
)
# ... or an enforcement sale said to be too cheap ("bị bán rẻ", "giá chỉ bằng một nửa", "thấp
# hơn gần một nửa"), a demand to annul it, a seizure beyond the debt ("kê biên ... vượt quá
# nghĩa vụ"), a party's request left unanswered ("đơn xin hoãn ... nhưng không được xem xét").
_CHEAP_SALE = re.compile(
    r"\b(?:bi ban re|ban re|re nhu cho|gia beo|(?:ban|gia)(?: [^ .][^ ]*){0,4}?"
    r" (?:chi bang|thap hon (?:gan |hon )?(?:mot nua|nhieu|mot phan)))\b(?P<gap>)"
)
_ANNUL_DEMANDED = re.compile(
    r"\b(?:de nghi|yeu cau|doi) huy (?:bo )?(?:ket qua (?:ban )?dau gia|quyet dinh (?:cuong che"
    r"|ke bien|thi hanh an))\b(?P<gap>)"
)
_EXCESSIVE = re.compile(
    r"\b(?:ke bien|phong toa|cuong che)(?P<gap>(?: [^ .][^ ]*){0,20}?)"
    r" vuot (?:qua (?:nghia vu|gia tri|so tien|muc)|nghia vu|gia tri)\b"  # (not "vượt mức")
    # ... or many times it ("phong tỏa tài khoản gấp 10 lần số tiền phải thi hành")
    r"|\b(?:ke bien|phong toa|cuong che)(?P<gap2>(?: [^ .][^ ]*){0,8}?)"
    r" gap (?:\d+|hai|ba|bon|nam|muoi|nhieu|hang chuc) lan\b"
)
_IGNORED = re.compile(
    r"\b(?:don(?! vi)|de nghi|yeu cau|kien nghi)\b(?P<gap>(?: [^ .][^ ]*){0,12}?)"
    r" (?:nhung )?(?:khong|chua) (?:he )?(?:duoc )?(?:xem xet|giai quyet|tra loi|phan hoi)\b"
)
_LETTER = re.compile(
    r"\b(?:don|thu)(?P<gap>(?: (?!cam on|chuc mung)[^ .][^ ]*){0,6}?) gui (?:den |toi )?"
    r"(?:bao(?! cao)|toa soan)\b"  # (not "gửi báo cáo", a report)
)
# ... or a complaint filed ("Ông S. đã gửi đơn khiếu nại ...", "làm đơn tố cáo").
_FILED = re.compile(
    r"\b(?:gui|nop|lam|viet) (?:[^ .][^ ]* ){0,2}?don"
    r" (?:khieu nai|to cao|keu cuu|cau cuu)\b(?P<gap>)"
)
_PENDING = re.compile(
    r"\b(?:khang nghi|khieu nai|kien nghi|giam doc tham|tai tham|tranh chap|chua co hieu luc"
    r"|dang (?:duoc )?(?:giai quyet|xem xet|thu ly)|da nop|da tra|da thi hanh xong|tam dung|hoan)\b"
)

# ... or seized property left idle for years ("tài sản kê biên vẫn 'đắp chiếu'", "bỏ hoang").
_IDLE = re.compile(
    r"\b(?:ke bien|tai san)(?P<gap>(?: [^ .][^ ]*){0,12}?) (?:van |bi |de )?"
    r"(?:dap chieu|bo hoang|muc nat|hu hong|hoang phe|(?:de|bi) muc)\b"
)

# A sale by a party (a transfer, a gift), not an enforcement sale (no auction told), in the
# claim's sentences.
_PRIVATE_SALE = re.compile(r"\b(?:chuyen nhuong|tang cho|ban cho nguoi than)\b")


# An administrative judgment named ("bản án, quyết định hành chính", "thi hành án hành chính";
# not "đơn vị hành chính").
_ADMINISTRATIVE = re.compile(
    r"\b(?:ban an|quyet dinh|thi hanh an)(?: [^ .][^ ]*){0,2}? hanh chinh\b"
)


def _administrative_count(text: str, m: re.Match[str], gap: str) -> bool:
    """Whether the unenforced judgments of ``m`` are administrative ones counted ("6 bản án hành
    chính chưa được thi hành xong", "Theo dõi thi hành án hành chính: Còn 214 bản án ..."): the
    monitoring's statistics, whose failing is the administrative body's (it enforces them), not
    one party's story ("5 năm thắng kiện, bản án hành chính vẫn nằm trên giấy")."""
    before = text[max(0, m.start() - 12) : m.start()].split()[-1:]
    if not before or not (before[0][0].isdigit() or before[0] in ("cac", "nhung")):
        return False
    return gap.split()[:2] == ["hanh", "chinh"] or bool(_ADMINISTRATIVE.search(text, 0, m.start()))


def _private_sale(told: str) -> bool:
    return "dau gia" not in told and _PRIVATE_SALE.search(told) is not None


_WORDED_CLAIMS = (_CHEAP_SALE, _ANNUL_DEMANDED, _EXCESSIVE, _IGNORED, _IDLE)
_DENIED = re.compile(r"\b(?:khong|chua|chang|neu|truong hop|tranh|de)$")
# Before or inside the match: not a report of a failing (a denial, a rule, the authority
# settling it, statistics going down).
_NOT_REPORTED = re.compile(
    r"\b(?:khong|chua|khong co|khong de|neu|truong hop|doi voi|quyen(?! su dung| so huu)"
    r"|huong dan|tiep nhan"
    r"|giai quyet|xu ly|khac phuc|chan chinh|chi dao|dut diem|giam|han che|phong ngua|ngan chan"
    r"|tranh)\b"
)

# (f), later in the body: the stance of many critical stories shows only after a neutral
# opening (a dateline, the judgment, the parties: "Vụ giao đất theo bản án ở phường X"). There the
# same patterns count unless the failing is told as settled, closed (_CLOSED, whose negation guard
# keeps "vẫn chưa được giải quyết dứt điểm" a failing) or past ("Khiếu nại này sau đó đã được
# giải quyết", "bà từng khiếu nại ..."), in its sentence or the next.
# (statistics going down: "số đơn phản ánh chậm thi hành án giảm 35%"; a complaint handled:
# "khiếu nại được Thi hành án dân sự tỉnh giải quyết")
_SETTLED_MORE = (
    r"|\bgiam (?:\d|manh|ro|dang ke|hon|con|so voi)"
    r"|(?<!chua )(?<!khong )\bduoc(?: [^ .][^ ]*){0,6}? (?:giai quyet|khac phuc)\b"
    r"(?! (?:chua|khong)\b)"
)
_SETTLED = re.compile(
    r"\b(?:da|nay da|sau do da|cuoi cung da|moi) (?:duoc )?(?:giai quyet|khac phuc|nhan du"
    r"|nhan lai|nhan duoc|nhan toan bo|chi tra|ban giao|thi hanh xong|thu hoi|hoan tra)\b"
    r"|\b(?:cam on|xuc dong|vui mung)\b" + _SETTLED_MORE
)
# ... or the authority's answer to it ("Trả lời câu hỏi của phóng viên về vụ việc ... phản ánh
# chậm ..., đại diện Thi hành án dân sự cho biết ...").
_ANSWERED = re.compile(r"\b(?:tra loi (?:cau hoi|phong vien|bao|bao chi)|giai dap|tiep thu)\b")
# A case told as closed ("Người dân đã nhận đủ 1,2 tỷ đồng", "kết thúc êm thấm", "vụ việc ... đã
# khép lại", "hòa giải thành"): a complaint told with it, in the opening (its sentence or the
# next) or anywhere after an opening that tells it, is the story's past.
_CLOSED = re.compile(
    r"\b(?:da nhan du|nhan du (?:so )?tien|nhan lai du|da nhan toan bo|da khep lai|khep lai"
    r"|em tham|giai quyet dut diem|da duoc giai quyet|hoa giai thanh|thoa thuan xong"
    # (not "chi trả dù ...": "dù" reads "du" too)
    r"|ket thuc co hau|chi tra (?:toan bo|du so tien|du \d)"
    # ... or the property back, a long case settled ("gia đình ... nhận lại nhà", "Dứt điểm vụ
    # việc kéo dài 9 năm", "hóa giải mâu thuẫn kéo dài giữa hai gia đình")
    r"|nhan lai (?:nha|dat|tai san|quyen su dung)|(?:^|\. )dut diem|hoa giai mau thuan)\b"
)
# ... not denied, nor a demand or a hope ("chưa được giải quyết dứt điểm", "đề nghị ... sớm giải
# quyết dứt điểm", "tưởng đã khép lại"): the words right before (checked in code: as
# look-behinds, they were tried at every position of the text).
_NOT_CLOSED = re.compile(
    r"(?:^| )(?:chua|khong|chua duoc|khong duoc|de nghi|yeu cau|kien nghi|can|som|mong|de|phai"
    r"|nham|tuong|tuong da) $"
)


def _closed(text: str) -> bool:
    """Whether ``text`` tells a case closed (:data:`_CLOSED`, not :data:`_NOT_CLOSED`)."""
    return any(
        _NOT_CLOSED.search(text[max(0, m.start() - 16) : m.start()]) is None
        for m in _CLOSED.finditer(text)
    )


_PAST = re.compile(r"\b(?:tung|truoc day|truoc kia|da co thoi diem|co thoi diem|co luc)\b")

# ... and the press's own follow-up, which closes the critical stories of every outlet: it asks
# the authority to verify and answer ("Báo Lao Động đề nghị Thi hành án dân sự tỉnh Phú Thọ sớm
# giải quyết khiếu nại, làm rõ ..."), promises to keep reporting ("Dân trí sẽ tiếp tục thông tin
# về vụ việc"), or has had no answer ("phóng viên chưa nhận được phản hồi").
_FOLLOW_UP = re.compile(
    rf"\b(?:de nghi|kien nghi)(?: [^ .][^ ]*){{0,3}}? (?:{_THADS_BODY}|co quan chuc nang"
    r"|co quan co tham quyen)"
    r"(?P<gap>(?: [^ .][^ ]*){0,25}?) (?:som )?(?:lam ro|vao cuoc|xem xet trach nhiem"
    r"|xac minh lai|kiem tra lai|tra loi (?:cong dan|ban doc|bao|nguoi dan|don)"
    r"|thong tin (?:ket qua )?(?:den|toi|cho) (?:ban doc|bao|toa soan))\b"
    r"|\b(?:se )?tiep tuc (?:theo doi(?: va)?(?: thong tin)?|thong tin|dua tin)"
    r"(?: [^ .][^ ]*){0,3}? (?:vu viec|su viec|noi dung nay|ket qua)\b"
    r"|\b(?:se )?tiep tuc thong tin(?: \.|$)"
    # ... or has asked it for information ("Tuổi Trẻ đã liên hệ Thi hành án dân sự TP.HCM đề
    # nghị cung cấp thông tin")
    rf"|\b(?:lien he|lien lac)(?: voi)? (?:{_THADS_BODY})(?: [^ .][^ ]*){{0,8}}? de nghi"
    r" (?:cung cap thong tin|tra loi|lam ro|phan hoi)\b"
    r"|\b(?:phong vien|bao|toa soan|chung toi) (?:van )?chua nhan duoc"
    r" (?:bat ky |mot )?(?:van ban |cau |su )?(?:phan hoi|tra loi|hoi am)\b"
)
# (every match holds one of these: a cheap first test)
_FOLLOW_UP_WORDS = ("de nghi", "kien nghi", "tiep tuc", "chua nhan duoc")
# (a directive of the agency's own superiors asks its offices to clarify and settle: "Cục
# Quản lý THADS đề nghị Thi hành án dân sự các tỉnh làm rõ nguyên nhân, giải quyết dứt điểm")
_DIRECTIVE = re.compile(
    rf"(?:^|\. )(?:[^ .][^ ]* ){{0,3}}?(?:{_THADS_BODY}|cuc quan ly|bo tu phap|bo truong|thu truong"
    r"|lanh dao bo|ubnd|uy ban nhan dan|chu tich|hoi nghi|doan kiem tra|thanh tra)\b"
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
_CRITICAL_QUESTION = re.compile(
    r"\bai (?:se |phai )?(?:chiu trach nhiem|boi thuong|den bu)\b"
    r"|\btrach nhiem (?:thuoc (?:ve )?|la cua |cua )?ai\b|\bloi (?:tai|cua|thuoc ve) ai\b"
    r"|\b(?:vi sao|tai sao)(?: [^ .][^ ]*){0,10}? (?:chua|khong|mai|cham|keo dai)\b"
    r"|(?:^|\. )(?:den )?bao gio\b|\bden bao gio moi\b"
    r"|\b(?:moi mon|mon moi|dai co|vo vong)(?: [^ .][^ ]*){0,4}? cho\b"
    rf"|\b(?:vi sao|tai sao)(?: [^ .][^ ]*){{0,10}}? suot {_SPAN}\b"
    r"|\bcho (?:doi )?(?:moi mon|mon moi)\b"
)
# ... but not where the opening is a reader's question on the law ("Hỏi: Tài sản kê biên bị mất
# thì ai chịu trách nhiệm?", "Bạn đọc N. hỏi: ..."), a legal explanation.
_READERS_QUESTION = re.compile(
    r"\b(?:hoi|tra loi)(?: \.|$)|(?:^|\. )(?:hoi dap|giai dap|tu van)(?: \.|$)"
    r"|\b(?:hoi dap|giai dap|ban doc hoi|xin hoi|cho (?:toi|em|chau) hoi|toi muon hoi"
    r"|(?:xin|nho) luat su|luat su tu van|tu van phap luat)\b"
)

# (a) A THADS agency or officer named as carrying out criminal enforcement.
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
    "tam giam",
    "bat giam",
    "ra lenh bat",
    "thi hanh an phat tu",
    "thi hanh an hinh su",
    "ap giai",  # escorting convicts ("áp giải ... đến trại giam")
    "di chap hanh an phat tu",  # "đưa 12 người bị kết án đi chấp hành án phạt tù"
    "truy na",  # a wanted notice ("ra quyết định truy nã"): the police's
)
# ... and acts told with words between: a prison term passed ("phạt 18 tháng tù"), prisoners
# managed ("quản lý, giáo dục hơn 400 phạm nhân").
_CRIMINAL_ACT_SPANS = (
    r"(?:tuyen )?phat (?:[^ .][^ ]* ){0,2}?\d+ (?:thang|nam) tu",
    r"quan ly (?:[^ .][^ ]* ){0,4}?pham nhan",
)
# (every act holds one of these: the cheap first test before the pattern's scan)
_CRIMINAL_ACT_WORDS = (*_CRIMINAL_ACTS, "thang tu", "nam tu", "pham nhan")
_CRIMINAL_ACT = "(?:" + "|".join(_CRIMINAL_ACTS + _CRIMINAL_ACT_SPANS) + ")"

# The act follows the agency within one clause (no sentence end, at most 18 syllables apart).
_ATTRIBUTION = re.compile(
    rf"\b{_AGENCY}\b(?P<gap>(?: [^ .!?;:]+){{0,18}}?) (?P<act>{_CRIMINAL_ACT})\b"
)
_NEGATION = re.compile(r"\b(?:khong|chua|chang|khong phai|khong co tham quyen|thay vi)\b")
_CORRECT_AGENCY = re.compile(
    r"\b(?:cong an|trai giam|co quan thi hanh an hinh su|phoi hop|de nghi|yeu cau"
    r"|toa an|tand|hoi dong xet xu|hdxx)\b"  # (the court passing the sentence)
)

# (b) An agency name abolished on 2025-07-01 (not told as history: "nguyên", "trước đây").
_DEFUNCT = re.compile(
    r"\b(?P<name>tong cuc (?:thi hanh an dan su|thads)"
    r"|chi cuc (?:thi hanh an dan su|thads)"
    r"|(?<!chi )cuc (?:thi hanh an dan su|thads) (?:tinh|thanh pho|tp)\b)"
)
_HISTORICAL = re.compile(
    r"\b(?:nguyen|truoc day|truoc kia|truoc la|tung la|cu|tu thoi|thoi con|vao thoi"
    r"|(?:trong )?nam 20(?:0\d|1\d|2[0-4])"
    r"|truoc ngay 1 7 2025|truoc khi sap xep|truoc khi sap nhap)\b"
)
# ... or after the name (matched where the name ends): "Chi cục THADS quận Lê Chân cũ, nay do
# Thi hành án dân sự TP Hải Phòng ...", "... huyện X cũ.", "... ở tỉnh Bình Định cũ, nay ..."
# (not "huyện Củ Chi": "cũ" must end the sentence or precede "nay").
# ... or earlier in its sentence: a career told ("Ông từng giữ các chức vụ Chi cục trưởng Chi cục
# THADS huyện X, ... Cục THADS tỉnh Y"), a date before the restructuring ("Tháng 6/2019, Chi cục
# THADS huyện Chợ Mới tổ chức giao tài sản ..."), a merger or a handover.
_HISTORY_SENTENCE = re.compile(
    r"\b(?:tung|truoc day|truoc kia|truoc khi (?:sap xep|sap nhap|hop nhat)"
    r"|(?:nam |thang \d{1,2} )?(?:19\d\d|20(?:0\d|1\d|2[0-4]))"
    # the predecessors merged or handed over ("trên cơ sở hợp nhất Cục THADS tỉnh X và Cục THADS
    # tỉnh Y", "hồ sơ chuyển từ Chi cục THADS huyện Z về ...")
    r"|hop nhat|tren co so|chuyen tu|chuyen giao tu|ban giao tu"
    # ("tiếp nhận, chuyển giao hồ sơ từ các Chi cục THADS cấp huyện sang Phòng ...")
    r"|(?:chuyen giao|ban giao|tiep nhan)(?: [^ .][^ ]*){1,3}? tu)\b"
)
_HISTORICAL_AFTER = re.compile(
    r"(?: [^ .][^ ]*){0,8}? (?:(?:cu )?nay (?:la|do|thuoc|da|duoc|sap nhap)|truoc day)\b"
    # ... or told as abolished ("các Chi cục THADS cấp huyện chấm dứt hoạt động", "khi các Chi
    # cục ... không còn", "Cục THADS tỉnh X được tổ chức lại thành ...")
    r"|(?: [^ .][^ ]*){0,4}? (?:khong con|cham dut hoat dong|giai the|duoc to chuc lai"
    r"|duoc sap xep|sap xep thanh|ket thuc hoat dong)\b"
    r"|(?: [^ .][^ ]*){0,6}? cu(?: \.|$| nay\b)"
    # ... or "cũ" right after the place it is named for ("Chi cục THADS huyện Thạch Hà cũ đã ra
    # quyết định ...", "... TP Thủ Dầu Một, tỉnh Bình Dương cũ": the body of that time; not
    # "huyện Củ Chi")
    r"|(?: [^ .][^ ]*){0,5}? (?:huyen|quan|thi xa|thanh pho|tp|tinh)(?: [^ .][^ ]*){1,3}?"
    r" cu\b(?! chi\b)"
    # ... or told at that time ("Chi cục THADS huyện Mỏ Cày Nam khi đó ra quyết định ...", "...
    # thụ lý từ năm 2020", "làm việc tại Chi cục ... trước khi về Phòng THADS khu vực 2")
    # ... or the abolished level itself ("các Chi cục THADS cấp huyện")
    r"| cap huyen\b"
    r"|(?: [^ .][^ ]*){0,8}? (?:khi do|luc do|khi ay|luc ay|thoi diem do|thoi do"
    r"|(?:cung|cuoi|dau|giua) nam(?: do| ay)?|nam do|nam ay|truoc khi (?:ve|chuyen|duoc)"
    r"|nam (?:19\d\d|20(?:0\d|1\d|2[0-4])))\b"
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
    r"|(?:van phong )?thua phat lai"
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
    r"|cach chuc|dinh chi|tam dinh chi|to cao|to|ket an|tuyen phat|phat tu|canh cao|khien trach"
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
    rf"\b{_OFFICER}\b(?P<gap>(?: [^ .][^ ]*){{0,10}}?) (?P<act>{_WRONGDOING})\b"
    rf"|\b(?P<act2>{_BEFORE_OFFICER})(?P<gap2>(?: [^ .][^ ]*){{0,5}}?) {_OFFICER}\b"
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
    r"|gia mao|phat hien|to giac|\d+ nguoi|nhung nguoi|cac nguoi)\b"
)


# Before "tố cáo": the procedure that handles denunciations, not one made.
_PROCEDURE = re.compile(
    r"\b(?:giai quyet|tiep nhan|thu ly|quy trinh|thu tuc|cong tac|phap luat ve|luat)"
    r"(?: khieu nai)? to cao$"
)

# A person named right before a passive act is the one who suffers it.
_PERSON = frozenset(("nguoi", "ong", "ba", "anh", "chi", "em", "ho", "tu", "pham"))


def _criminal_enforcement(plain: str) -> Signal | None:
    if not any(act in plain for act in _CRIMINAL_ACT_WORDS):  # (the regex needs one)
        return None
    for m in _ATTRIBUTION.finditer(plain):
        gap = m.group("gap")
        if "." in gap.split() or _NEGATION.search(gap):
            continue
        if _CORRECT_AGENCY.search(gap) and " chu tri" not in gap:
            continue  # (working with the police or a prison; but "chủ trì, phối hợp": presiding)
        if gap.split()[-1:] == ["bi"]:
            continue  # "chấp hành viên bị bắt tạm giam": the officer suffers it ((c) speaks)
        return Signal(
            "criminal_enforcement",
            "quy tắc: bài viết gán việc thi hành án hình sự hoặc quyền tố tụng hình sự (tử hình, "
            "phạt tù, giam giữ, truy nã, đặc xá) cho cơ quan thi hành án dân sự",
            m.group(0),
        )
    return None


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
            or _IMPERSONATED.search(" ".join(before))
        ):
            continue
        if act in ("tham nhung", "tieu cuc") and before and before[-1] in ("chong", "ngua"):
            continue
        if m.group("act2") == "to cao" and _PROCEDURE.search(
            plain, max(0, m.start() - 40), m.end("act2")
        ):
            continue  # "tiếp nhận, giải quyết khiếu nại, tố cáo trong thi hành án dân sự"
        if act.startswith("bi ") and gap.split()[-1:] and gap.split()[-1] in _PERSON:
            continue  # "áp giải người bị kết án": the person suffers it, not the officer
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


# (f)'s patterns in the order they are tried, each with words it needs (one of each group): a
# body of 3,000 characters costs each pattern 60-140 µs to scan, a word test under 1 µs.
def _words(*parts: tuple[str, ...]) -> tuple[str, ...]:
    """Every joining of one choice from each of ``parts``."""
    out = [""]
    for choices in parts:
        out = [f"{head}{c}" for head in out for c in choices]
    return tuple(out)


_PATTERNS: tuple[tuple[re.Pattern[str], tuple[tuple[str, ...], ...]], ...] = (
    (
        _WRONGFUL,
        (
            (
                "nham",
                "sai",
                "trai ",
                "khong dung",
                "qua tay",
                "beo",
                "bat thuong",
                "mo am",
                "uan khuc",
            )
            + ("binh thuong", "vo ly", "khuat tat", "ap dat", " oan"),
        ),
    ),
    (
        _UNENFORCED,
        (_words(("chua ", "khong "), ("", "duoc ", "the "), ("thi hanh",)) + ("cham",),),
    ),
    (_COMPLAINT, (("khieu nai", "to cao", "keu ", "buc xuc", "don cau cuu", "phan anh"),)),
    (_NOT_IN_TIME, (("kip thoi",),)),
    (
        _DESPITE,
        (
            ("du", "bat chap"),
            _words(
                ("van ", "cu ", "tiep tuc "),
                ("", "tien hanh ", "to chuc "),
                ("cuong che", "ke bien", "ban dau gia"),
            ),
        ),
    ),
    (
        _NOT_RECEIVED,
        (
            ("chua nhan", "chua he", "duoc nhan", "nhan duoc", "nhan lai", "trang tay")
            + ("chua duoc giao", "chua giao", "chua duoc ban giao", "chua ban giao")
            + ("duoc thong bao", "duoc tong dat"),
        ),
    ),
    (_LETTER, (_words(("gui ",), ("", "den ", "toi "), ("bao", "toa soan")),)),
    (_FILED, (_words(("don ",), ("khieu nai", "to cao", "keu cuu", "cau cuu")),)),
    (_READER_TITLE, (("ban doc",),)),
    (_CHEAP_SALE, (("ban re", "re nhu", "chi bang", "thap hon", "gia beo"),)),
    (_ANNUL_DEMANDED, (_words(("huy ",), ("", "bo "), ("ket qua", "quyet dinh")),)),
    (_EXCESSIVE, (("vuot", " lan"),)),
    (_THIRD_PARTY, (("nguoi khac", "nguoi khong lien quan"),)),
    (
        _PAID_YET,
        (("van bi", "lai bi"),),
    ),
    (
        _IGNORED,
        (
            _words(
                ("khong ", "chua "),
                ("", "he "),
                ("", "duoc "),
                ("xem xet", "giai quyet", "tra loi", "phan hoi"),
            ),
        ),
    ),
    (_IDLE, (("dap chieu", "bo hoang", "muc nat", "hu hong", "hoang phe", "de muc", "bi muc"),)),
)


def _complaints(text: str) -> Iterator[re.Match[str]]:
    """The matches of (f)'s patterns in ``text`` that report a failing, pattern by pattern.
    No pattern crosses a sentence end, and each is judged within its own sentence."""
    if not any(word in text for word in _COMPLAINT_WORDS):
        return  # every pattern needs one of them
    for pattern, needed in _PATTERNS:
        if not all(any(w in text for w in words) for words in needed):
            continue  # (a cheap first test: a word the pattern needs is absent)
        for m in pattern.finditer(text):
            gap = m.group("gap") or ""  # (no sentence end: the gaps match no ".")
            if pattern is _DESPITE:
                if not _PENDING.search(gap or m.group("gap2") or ""):
                    continue  # despite the weather, a resisting debtor ...: not disputed
                gap = ""  # (the pending appeal is the point, not a denial)
            if pattern is _READER_TITLE and "cam on" in text:
                continue  # a reader's thanks
            window = text[max(0, m.start() - 60) : m.start()]
            # (a negation in the complaint's own sentence: the sentence before negates nothing
            # of it; the debtor's delay may be told in the sentence before)
            before = " ".join(window.rsplit(" . ", 1)[-1].split()[-8:])
            if pattern in _WORDED_CLAIMS:
                # (a claim in its own words: only a negation or a condition right before it
                # undoes it, not "giảm giá" or "giải quyết" told beside it)
                if _DENIED.search(" ".join(before.split()[-3:])):
                    continue
            elif _NOT_REPORTED.search(_unasked(gap)) or _NOT_REPORTED.search(_unasked(before)):
                continue
            wide = " ".join(window.split()[-8:])
            if pattern is _UNENFORCED and _DEBTOR_DELAY.search(wide + " " + gap):
                continue
            if pattern is _UNENFORCED and _administrative_count(text, m, gap):
                continue
            if pattern is _CHEAP_SALE and _private_sale(_told(text, m)):
                continue  # (the debtor's sale to a relative "thấp hơn nhiều": not enforcement's)
            yield m


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence of ``text`` holding position ``at`` starts (at its ". " when it is not
    the first)."""
    return text.rfind(" . ", 0, at) + 1


def _told(text: str, m: re.Match[str]) -> str:
    """The sentence of ``text`` that holds ``m`` and the next one."""
    return _told_between(text, m.start(), m.end())


def _told_between(text: str, first: int, last: int) -> str:
    """The sentences of ``text`` that hold positions ``first`` to ``last``, and the next one."""
    start = _sentence_start(text, first)
    end = text.find(" . ", last)
    if end >= 0:
        end = text.find(" . ", end + 3)
    return text[start : end if end >= 0 else len(text)]


def _enforcement_complaint(opening: str) -> Signal | None:
    if _closed(_told_between(opening, 0, 0)):  # (the headline, and the sentence after it)
        return None  # ("Giải quyết dứt điểm vụ ... tồn đọng 10 năm": its complaints are past)
    m = next((m for m in _complaints(opening) if not _closed(_told(opening, m))), None)
    if m is None:
        return None
    return Signal(
        "enforcement_complaint",
        "quy tắc: bài viết phản ánh thi hành án sai, chậm trễ hoặc khiếu nại cơ quan, "
        "cán bộ thi hành án dân sự (cần xác minh, phản hồi)",
        m.group(0),
        "needs_correction",
    )


def _later(plain: str, opening: str) -> str:
    """The sentences of ``plain`` after its opening (:func:`classifier.rules.plain._opening`)."""
    kept = [p for p in (piece.strip(" .") for piece in plain.split(" . ")) if p]
    first = opening.count(" . ") + 1 if opening else 0
    return " . ".join(kept[first:])


def _late_complaint(plain: str, opening: str) -> Signal | None:
    body = _later(plain, opening)
    if not body:
        return None
    if _closed(opening):
        return None  # (the story of a case closed tells its complaints as past)
    for m in _complaints(body):
        # (its sentence, and the next one, may tell it settled)
        told = _told(body, m)
        before = body[_sentence_start(body, m.start()) : m.start()]
        if (
            _SETTLED.search(told)
            or _closed(told)
            or _PAST.search(before)
            or _ANSWERED.search(before)
        ):
            continue
        return Signal(
            "enforcement_complaint",
            "quy tắc: nội dung bài viết phản ánh thi hành án sai, chậm trễ hoặc khiếu nại cơ "
            "quan, cán bộ thi hành án dân sự (cần xác minh, phản hồi)",
            m.group(0),
            "needs_correction",
        )
    if not any(w in plain for w in _FOLLOW_UP_WORDS):
        return None
    for m in _FOLLOW_UP.finditer(plain):
        sentence = plain[_sentence_start(plain, m.start()) : m.start()].removeprefix(". ")
        if m.group("gap") is not None and _DIRECTIVE.search(sentence):
            continue
        return Signal(
            "press_follow_up",
            "quy tắc: báo đề nghị cơ quan thi hành án làm rõ, trả lời, hoặc cho biết sẽ tiếp tục "
            "theo dõi vụ việc (cần xác minh, phản hồi)",
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


# THADS named, or its work named by an act only civil enforcement does ("cưỡng chế thi hành án",
# "cưỡng chế giao đất theo bản án"), or the civil judgment it enforces ("bản án tranh chấp đất").
# (A match of the last three holds one of _CIVIL_ENFORCEMENT_WORDS: see names_civil_enforcement.)
_CIVIL_ENFORCEMENT_WORDS = (
    "cuong che thi hanh an",
    "cuong che giao",
    "cuong che ban giao",
    "cuong che tra lai",
    "ban an dan su",
    "ban an tranh chap",
    "ban an ly hon",
    "ban an kinh doanh",
)


def names_civil_enforcement(stripped: str) -> bool:
    """Whether the folded diacritic-free text may name civil enforcement by its acts or the
    civil judgment it enforces (a cheap first test for callers that have not seen a THADS office
    named: :func:`complaint_about_thads` decides)."""
    return ("cuong che" in stripped or "ban an" in stripped) and any(
        w in stripped for w in _CIVIL_ENFORCEMENT_WORDS
    )


_THADS_NAMED = re.compile(
    rf"\b(?:{_THADS_BODY}|cuong che thi hanh an(?! hinh su)"
    r"|cuong che (?:giao|ban giao|tra lai)(?: [^ .][^ ]*){0,4}? theo ban an"
    r"|ban an (?:dan su|tranh chap|ly hon|kinh doanh thuong mai))\b"
)


def complaint_about_thads(
    title: str, text: str, lead: str | None = None, *, stripped: str | None = None
) -> Signal | None:
    """Whether (c) fires, or (f) in the opening of an article that names a THADS office or
    officer: an allegation against THADS, which makes the article relevant (code
    ``thads_complaint``).
    ``stripped``: the article's folded diacritic-free text when already at hand."""
    plain = _plain(title, text, lead, stripped)
    found = _officer_misconduct(plain)
    if found is None:
        if _THADS_NAMED.search(plain) is None:
            return None
        found = _enforcement_complaint(_opening(plain))
        if found is None:
            return None
    return Signal(
        "thads_complaint",
        "quy tắc: bài viết nêu khiếu nại, cáo buộc đối với cơ quan hoặc cán bộ thi hành án dân sự",
        found.mention,
        "relevant",
    )


def criminal_enforcement_by_thads(
    title: str, text: str, lead: str | None = None, *, stripped: str | None = None
) -> Signal | None:
    """Signal (a): the civil enforcement agency named as executing a criminal sentence.
    ``stripped``: the article's folded diacritic-free text when already at hand."""
    if stripped is not None and not any(act in stripped for act in _CRIMINAL_ACT_WORDS):
        return None  # (the act is needed: skip the sentence split)
    return _criminal_enforcement(_plain(title, text, lead, stripped))


def _defunct_agency(plain: str, when: datetime) -> Signal | None:
    if "cuc thi hanh an dan su" not in plain and "cuc thads" not in plain:  # needed by _DEFUNCT
        return None
    for m in _DEFUNCT.finditer(plain):
        before = plain[max(0, m.start() - 40) : m.start()]
        if _HISTORICAL.search(before) or _HISTORICAL_AFTER.match(plain, m.end()):
            continue
        if _HISTORY_SENTENCE.search(plain, _sentence_start(plain, m.start()), m.start()):
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
