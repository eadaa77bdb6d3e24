"""Rule signal (r) of :mod:`classifier.rules`: the law of civil enforcement stated wrongly on its
face — the labelling guide's "states the law wrongly" — where the statement is one the law settles
in a word:

- the time limit to request enforcement ("thời hiệu yêu cầu thi hành án") told as another span than
  five years ("trong thời hạn 1 năm kể từ ngày bản án ... có hiệu lực, người được thi hành án có
  quyền yêu cầu ..."); the Law on Civil Judgment Enforcement sets five years (Article 30), its
  exceptions (obstacles, periodic obligations) count from the same five;
- the civil enforcement agency placed under the court ("Phòng Thi hành án dân sự khu vực 1 thuộc
  Tòa án nhân dân tỉnh Cao Bằng", "cơ quan thi hành án dân sự là đơn vị trực thuộc hệ thống Tòa
  án", "... chịu sự quản lý trực tiếp của Chánh án", "Chấp hành viên do Chánh án ... bổ nhiệm") or
  under the police ("... do Bộ Công an quản lý"): it belongs to the Ministry of Justice's system;
- a court's chief judge signing or holding the power of a coercion decision ("Chánh án TAND tỉnh
  ... đã ký quyết định cưỡng chế kê biên", "quyết định cưỡng chế ... thuộc thẩm quyền của Chánh
  án"): the head of the enforcement agency or the enforcement officer decides coercion;
- THADS files said handed to the communes' People's Committees;
- other rules told wrongly (:data:`_OTHER_POWERS`): a commune's chairman deciding a postponement,
  a pension or a salary taken whole (at most 30% a month), the enforcement fee put on the debtor or
  above 3% (the party paid pays it, on what it receives), a bailiff said a civil servant;
- the enforcement agency or officer annulling, amending or retrying a judgment
  (:data:`_JUDGES_CASE`: "Chi cục THADS ... ban hành quyết định hủy bản án phúc thẩm", "... tự tổ
  chức xử lại"): only a court does, the agency may ask it to explain the judgment or to review
  it; or forgiving a debt (:data:`_FORGIVES`: "chấp hành viên quyết định miễn toàn bộ khoản nợ"):
  a debt to a person is never forgiven, and a court exempts what is owed to the State;
- mortgaged property said never to be seized (:data:`_NEVER_SEIZED`: it may be, where it is worth
  more than the debt it secures);
- enforcement said to need no judgment (:data:`_NO_JUDGMENT`: "yêu cầu kê biên tài sản mà không
  cần khởi kiện ra tòa"), unless the article tells the claim false;
- a civil debt said turned into a prison term (:data:`_DEBT_TO_PRISON`: "khoản nợ sẽ được chuyển
  đổi sang hình phạt tù"; no debt becomes a sentence, a court tries an offence of its own).

Not when the sentence denies it ("không phải", "không thuộc"), tells the past (before 1993 the
agency was the courts'), or speaks of criminal enforcement, a complaint or a lawsuit (their time
limits and deciders are others). The text model reads such explainers as ``neutral`` and such
stories by their stance; their claim is ``inaccurate`` whatever the stance.

The text is :func:`classifier.rules.plain._plain`'s.
"""

from __future__ import annotations

import re

from classifier.rules.plain import _THADS_AGENCY, Signal, _plain

# (1) The time limit to request enforcement, told with a span of years.
_TIME_LIMIT = re.compile(r"\bthoi (?:hieu|han)\b")
_REQUEST = re.compile(r"\byeu cau(?: [^ .][^ ]*){0,6}? thi hanh (?:an|ban an)\b")
_SPAN = re.compile(
    r"\b(?:thoi han|thoi hieu|la|trong|trong vong|vong|chi co|chi|qua|sau)"
    r"(?: (?:la|chi|toi da|khong qua))? (?P<n>\d{1,2}|mot|hai|ba|bon|sau|bay|tam|chin|muoi)"
    r" nam\b(?! \d)"
)
_FIVE_YEARS = re.compile(r"\b(?:0?5|nam) nam\b(?! \d)")
# Sentences whose time limit is another one: a complaint, a lawsuit, an appeal, a criminal
# judgment's; or whose span is not the limit at all (a debt's age, a prison term).
_OTHER_LIMIT = re.compile(
    r"\b(?:khieu nai|to cao|khoi kien|khang cao|khang nghi|giam doc tham|tai tham|hinh su"
    r"|phat tu|hinh phat|tu hinh|xoa an tich)\b"
)

# (2) The civil enforcement agency placed under the court.
_AGENCY = (
    r"(?:co quan thi hanh an dan su|thi hanh an dan su (?:tinh|thanh pho|tp|khu vuc|cap tinh)"
    r"|phong thi hanh an dan su|cuc quan ly thi hanh an dan su)"
)
# ... its name and place, then the court ("... khu vực 1 thuộc Tòa án", "... là bộ phận của Tòa
# án", "... là đơn vị trực thuộc hệ thống Tòa án")
_UNDER_COURT = re.compile(
    rf"\b{_AGENCY}(?: [^ .][^ ]*){{0,4}}? (?:(?:la )?(?:don vi|bo phan|co quan)"
    r" (?:truc thuoc|thuoc|cua)|truc thuoc|thuoc|nam trong)(?: he thong)? (?:toa an|tand)\b"
    # ... told before it ("Là đơn vị trực thuộc Tòa án nhân dân tỉnh, Thi hành án dân sự tỉnh
    # Điện Biên ...")
    r"|\b(?:don vi|bo phan|co quan) (?:truc thuoc|thuoc) (?:he thong )?(?:toa an|tand)"
    rf"(?: [^ .][^ ]*){{0,4}}? {_AGENCY}"
    # ... or run by its chief judge ("... chịu sự quản lý trực tiếp của Chánh án Tòa án nhân dân
    # khu vực"), its officers appointed by one ("Chấp hành viên do Chánh án ... bổ nhiệm")
    rf"|\b{_AGENCY}(?: [^ .][^ ]*){{0,8}}? (?:chiu su )?(?:quan ly|chi dao|dieu hanh)"
    r"(?: truc tiep)? cua (?:chanh an|toa an|tand)\b"
    r"|\b(?:chap hanh vien|tham tra vien) do chanh an(?: [^ .][^ ]*){0,6}? bo nhiem\b"
    # ... or said the court's staff ("chấp hành viên là chức danh thuộc Tòa án nhân dân, được
    # Chánh án phân công")
    r"|\b(?:chap hanh vien|tham tra vien) la (?:mot )?(?:chuc danh|can bo|cong chuc|nguoi)"
    r"(?: [^ .][^ ]*){0,3}? (?:thuoc|cua) (?:toa an|tand)\b"
    r"|\b(?:chap hanh vien|tham tra vien)(?: [^ .][^ ]*){0,3}? (?:duoc|do) chanh an"
    r"(?: [^ .][^ ]*){0,4}? phan cong\b"
    # ... or said moved under the court as done ("hệ thống thi hành án dân sự chính thức được
    # chuyển từ Bộ Tư pháp về trực thuộc Tòa án nhân dân tối cao"; not a debate, "có nên chuyển
    # thi hành án dân sự về Tòa án")
    r"|\bthi hanh an dan su(?: [^ .][^ ]*){0,4}? (?:chinh thuc|da) (?:duoc )?"
    r"(?:chuyen|chuyen giao|giao)(?: tu bo tu phap)? (?:sang|ve|cho)(?: truc thuoc| thuoc)?"
    r" (?:he thong )?(?:toa an|tand)\b"
    # ... or under the police ("Từ tháng 7/2026, thi hành án dân sự chính thức do Bộ Công an quản
    # lý")
    r"|\bthi hanh an dan su(?: [^ .][^ ]*){0,4}? (?:do|thuoc"
    r"|(?:chuyen|chuyen giao|giao)(?: tu bo tu phap)? (?:sang|ve|cho)) bo cong an\b"
    # ... the Cục named as the police's ("cơ quan trực thuộc Cục Quản lý thi hành án dân sự, Bộ
    # Công an"; not a list of bodies: "Cục Quản lý thi hành án dân sự, Bộ Công an và ...")
    r"|\b(?:truc thuoc cuc quan ly thi hanh an dan su|cuc quan ly thi hanh an dan su"
    r" (?:thuoc|truc thuoc|cua)) bo cong an\b"
    # ... or a province's ("Thi hành án dân sự tỉnh Quảng Ninh, đơn vị trực thuộc Công an tỉnh")
    r"|\bthi hanh an dan su(?: [^ .][^ ]*){0,5}? (?:la )?(?:don vi |co quan )?(?:truc thuoc|thuoc)"
    r" cong an (?:tinh|thanh pho|tp)\b"
    # ... or its offices placed under the communes ("các Chi cục cấp huyện được chuyển thành Phòng
    # Thi hành án dân sự trực thuộc UBND cấp xã": the Phòng belong to the provincial office)
    r"|\bphong thi hanh an dan su(?: [^ .][^ ]*){0,3}? (?:truc thuoc|thuoc)"
    r" (?:uy ban nhan dan|ubnd)\b"
    # ... or the provincial office under the province's ("Thi hành án dân sự tỉnh chuyển về trực
    # thuộc UBND tỉnh từ 1/7")
    r"|\bthi hanh an dan su (?:tinh|thanh pho|tp)(?: [^ .][^ ]*){0,4}? (?:chuyen ve |la )?"
    r"(?:truc thuoc|thuoc) (?:uy ban nhan dan|ubnd)\b"
    # ... or its files handed to the communes ("... hồ sơ thi hành án đang thụ lý được chuyển về
    # Ủy ban nhân dân các xã, phường tiếp tục giải quyết")
    r"|\bho so thi hanh an(?: dan su)?(?: [^ .][^ ]*){0,6}? (?:chuyen ve|giao cho|ban giao cho)"
    r" (?:uy ban nhan dan|ubnd)\b"
)
# ... or a judgment said to expire ("bản án ... chỉ có giá trị thi hành trong thời hạn 12 tháng":
# a judgment does not; the time limit is to request enforcement, five years).
_EXPIRES = re.compile(
    r"\b(?:ban an|quyet dinh)(?: [^ .][^ ]*){0,6}? chi co (?:gia tri|hieu luc) thi hanh trong"
    r"(?: thoi han)? (?:\d+|mot|hai|ba) (?:thang|nam)\b"
)
# (3) A court's chief judge deciding coercion.
_JUDGE_COERCES = re.compile(
    r"\bchanh an(?: [^ .][^ ]*){0,8}? (?:da )?(?:ky|ban hanh|ra|quyet dinh)(?: cac)? quyet dinh"
    r" cuong che\b"
    r"|\bquyet dinh cuong che(?: [^ .][^ ]*){0,10}? (?:thuoc tham quyen cua|do|phai duoc)"
    r" chanh an\b"
    # ... or a commune's chairman deciding the coercion of a civil judgment ("Chủ tịch UBND xã ...
    # vừa ký quyết định cưỡng chế thi hành bản án dân sự"; not a coercion of his own, of land
    # recovery or of a building violation)
    r"|\bchu tich (?:uy ban nhan dan|ubnd)(?: [^ .][^ ]*){0,6}? (?:da |vua |se )?(?:ky|ban hanh"
    r"|ra) (?:cac )?quyet dinh (?:cuong che thi hanh (?:ban an|an dan su|ban an dan su)"
    # ... or the decision to enforce ("do Chủ tịch UBND xã ký quyết định thi hành án")
    r"|thi hanh an(?! hanh chinh))\b"
    # ... or the decision to enforce a civil judgment ("theo Luật Thi hành án dân sự, người có
    # thẩm quyền ra quyết định thi hành án là Chánh án tòa án": the head of the enforcement
    # agency; a chief judge decides a criminal judgment's)
    r"|\b(?:tham quyen|quyen) ra quyet dinh thi hanh an(?: dan su)?(?: [^ .][^ ]*){0,3}?"
    r" (?:la|thuoc(?: ve)?) (?:chanh an|toa an|tand)\b"
    # ... told the other way round ("quyết định thi hành án dân sự trên địa bàn tỉnh ... do Chủ
    # tịch UBND xã ban hành")
    r"|\bquyet dinh (?:cuong che )?thi hanh an(?: dan su)?(?: [^ .][^ ]*){0,8}? do chu tich"
    r" (?:uy ban nhan dan|ubnd)(?: [^ .][^ ]*){0,3}? (?:ban hanh|ky|ra)\b"
    r"|\btham quyen (?:ra |ban hanh )?(?:quyet dinh )?cuong che thi hanh an(?: dan su)?"
    r" thuoc (?:ve )?chu tich (?:uy ban nhan dan|ubnd)\b"
)
# (4) Who decides a postponement ("... nộp đơn để Chủ tịch UBND xã quyết định" hoãn thi hành án:
# the head of the enforcement agency does), what may be taken from a pension or a salary ("lương
# hưu có thể bị trừ sạch", "khấu trừ toàn bộ tiền lương": at most 30% a month), who pays the
# enforcement fee and how much (the party paid, 3% of what it receives: not the debtor, not 10%),
# what a bailiff is ("thừa phát lại là công chức nhà nước": a professional appointed by the
# Minister of Justice, in a self-financed office).
_OTHER_POWERS = re.compile(
    r"\b(?:hoan|tam dinh chi|dinh chi) thi hanh an(?: [^ .][^ ]*){0,10}? chu tich"
    r" (?:uy ban nhan dan|ubnd)(?: [^ .][^ ]*){0,4}? quyet dinh\b"
    r"|\b(?:luong|luong huu|tien luong|thu nhap)(?: [^ .][^ ]*){0,4}? (?:bi |co the bi )?"
    r"(?:tru|khau tru) (?:sach|het|toan bo|100 ?%)"
    r"|\b(?:tru|khau tru) (?:sach|het|toan bo|100 ?%)(?: [^ .][^ ]*){0,2}?"
    r" (?:luong|luong huu|tien luong)\b"
    # ... or more than 30% of it ("khấu trừ tối đa 70% tiền lương hưu hằng tháng")
    r"|\b(?:tru|khau tru)(?: toi da| toi| den| len toi)? (?:3[1-9]|[4-9]\d|100)(?:,\d+)? ?%"
    r"(?: [^ .][^ ]*){0,2}? (?:luong|luong huu|tien luong|tro cap)\b"
    # ("Mức khấu trừ cao nhất đối với tiền lương, tiền công là 70% ...")
    r"|\b(?:tru|khau tru)(?: [^ .][^ ]*){0,5}? (?:luong|luong huu|tien luong|tro cap)"
    r"(?: [^ .][^ ]*){0,4}? (?:la|toi da|den|toi|muc) (?:3[1-9]|[4-9]\d|100)(?:,\d+)? ?%"
    r"|\bnguoi phai thi hanh an(?: [^ .][^ ]*){0,4}? (?:nop|chiu|tra)(?: them)?"
    r"(?: [^ .][^ ]*){0,2}? (?<!chi )phi thi hanh an\b"
    r"|\b(?<!chi )phi thi hanh an(?: [^ .][^ ]*){0,3}? do nguoi phai thi hanh an (?:nop|chiu|tra)\b"
    r"|\b(?<!chi )phi thi hanh an(?: [^ .][^ ]*){0,10}? (?:la |bang |muc )?(?:[4-9]|[1-9]\d) ?%"
    r"|\bthua phat lai(?: [^ .][^ ]*){0,4}? la (?:cong chuc|vien chuc|can bo)"
    r" (?:nha nuoc|cua|thuoc)\b"
)
# (5) The enforcement agency or officer annulling, amending or retrying a judgment ("Chi cục THADS
# huyện Lương Sơn đã ban hành quyết định hủy bản án phúc thẩm ..., đồng thời tự tổ chức xử lại"):
# only a court does; the agency enforces the judgment as it stands and may only ask the court to
# explain it or a review ("đề nghị Tòa án ... hủy": not the claim).
# (or "cơ quan thi hành án" alone, in a civil story: "cơ quan thi hành án 'tuyên hủy' bản án")
_ENFORCER = rf"(?:{_THADS_AGENCY}|co quan thi hanh an(?! hinh))"
_JUDGES_CASE = re.compile(
    rf"\b{_ENFORCER}"
    # (words between, none asking, awaiting or naming the court, a procuracy or a review)
    r"(?: (?!(?:de|kien) nghi\b|yeu cau\b|toa\b|tand\b|vien\b|vks\b|chanh\b|tham phan\b"
    r"|cho\b|khi\b|neu\b|giam doc\b|tai tham\b|khang nghi\b)"
    r"[^ .][^ ]*){0,12}?"
    r" (?:(?:ra |ban hanh )?quyet dinh (?:huy|sua)(?: bo)? (?:ban an|an|quyet dinh cua toa)"
    r"|(?:tu )?(?:to chuc )?(?:xu lai|xet xu lai|mo phien toa)"
    r"|(?:tuyen )?huy (?:ban an|an) (?:so tham|phuc tham)"
    # ("Cơ quan thi hành án 'tuyên hủy' bản án, chia lại thửa đất")
    r"|tuyen huy (?:ban an|an)|(?:co quyen|duoc quyen) huy (?:ban an|an))\b"
)
# ... or forgiving a debt ("Pháp luật cho phép chấp hành viên quyết định miễn toàn bộ khoản nợ
# ..."): a debt to a person is never forgiven by enforcement, and what is owed to the State is
# exempted or reduced by a court, on the agency's proposal ("lập hồ sơ đề nghị xét miễn, giảm").
_FORGIVES = re.compile(
    # (not the law named after it: "Pháp luật thi hành án dân sự có cơ chế xét miễn, giảm nghĩa
    # vụ thi hành án đối với ... án phí", which is right)
    # ... nor the office quoted on the procedure ("Theo Thi hành án dân sự tỉnh Khánh Hòa, việc
    # xét miễn, giảm nghĩa vụ ...")
    # ("Pháp luật về thi hành án dân sự có cơ chế ...")
    rf"\b(?<!luat )(?<!luat ve )(?<!theo ){_ENFORCER}"
    r"(?: (?!(?:de|kien) nghi\b|lap\b|toa\b|tand\b|vien\b|khong\b|phoi hop\b|phien\b|viec\b)"
    r"[^ .][^ ]*){0,6}?"
    r" (?:(?:duoc|co quyen|quyet dinh|tu|co the) )*(?:xoa|mien|giam)(?: giam)?"
    r"(?: toan bo| mot phan)?"
    # ... or compensation owed to a person ("miễn khoản bồi thường 300 triệu đồng cho người
    # nghèo"; not the enforcement fee, "miễn, giảm phí thi hành án", which its head may)
    # ... or court fees or fines cut ("chấp hành viên có quyền ... giảm án phí"): a court's
    # ... or the duty to enforce itself ("Trưởng Thi hành án dân sự tỉnh ... đã ký quyết định
    # miễn nghĩa vụ thi hành án": a court exempts or reduces it, on the agency's proposal)
    r"(?: cac)?(?: khoan)? (?:no|boi thuong|tien boi thuong|an phi|tien phat|nghia vu)\b"
    # ... or their amount set ("chấp hành viên có quyền tự quyết định mức án phí phải nộp")
    rf"|\b{_ENFORCER}(?: [^ .][^ ]*){{0,3}}? (?:co quyen |duoc )?(?:tu )?quyet dinh"
    r" (?:muc )?(?:an phi|tien phat)\b"
)
# ... or a voluntary period other than ten days ("người phải thi hành án có 30 ngày kể từ ngày
# nhận được ... quyết định thi hành án để tự nguyện thi hành").
_VOLUNTARY = re.compile(
    # (the period given for it, "để tự nguyện": not "chỉ trong 5 ngày, ông A đã tự nguyện thi
    # hành", a story of it)
    r"\b(?:co|trong(?: thoi han)?|la) (?!10 )\d+ ngay(?: [^ .][^ ]*){0,18}? de tu nguyen"
    r" thi hanh\b"
    r"|\bthoi han tu nguyen thi hanh(?: an)?(?: [^ .][^ ]*){0,3}? (?:la )?(?!10 )\d+ ngay\b"
)
# ... or a bank's debt said to be exempted ("khoản nợ vay ngân hàng sẽ được Tòa án xem xét miễn
# toàn bộ nghĩa vụ thi hành án": only what is owed to the State may be).
_BANK_DEBT_FORGIVEN = re.compile(
    r"\bno (?:vay )?ngan hang(?: [^ .][^ ]*){0,8}? (?:duoc|se duoc)(?: [^ .][^ ]*){0,4}?"
    r" (?:mien|xoa)(?: giam)?(?: toan bo| mot phan)?(?: nghia vu| no)\b"
)
# (6) Mortgaged property said never to be seized ("tài sản đang thế chấp ... tuyệt đối không được
# kê biên": it may be, where it is worth more than the secured debt). Its own "không" is the claim:
# only a denial before it undoes it.
_NEVER_SEIZED = re.compile(
    r"\bthe chap(?: [^ .][^ ]*){0,6}? tuyet doi khong (?:duoc|the) (?:bi )?ke bien\b"
    # ... or the only home ("nhà ở là nơi ở duy nhất ... thuộc nhóm tài sản tuyệt đối không được
    # kê biên": it may be, where the debtor has nothing else)
    r"|\b(?:nha o|can nha|nha|noi o)(?: la noi o)? duy nhat(?: [^ .][^ ]*){0,16}? tuyet doi khong"
    r" (?:duoc|the) (?:bi )?ke bien\b"
    r"|\btuyet doi khong (?:duoc|the) (?:bi )?ke bien(?: [^ .][^ ]*){0,4}? the chap\b"
)
# ... and the other way round, any property said seizable ("được quyền kê biên bất kỳ tài sản nào",
# "kể cả lương thực ..., thuốc chữa bệnh, đồ dùng thờ cúng ... cũng đều có thể bị kê biên"): the
# law lists what may not be.
_ANY_SEIZED = re.compile(
    r"\bke bien (?:bat ky|moi|toan bo moi) (?:loai )?tai san(?: nao)?\b"
    r"|\bke ca (?:so )?(?:luong thuc|thuoc chua benh|thuoc|do dung tho cung|cong cu lao dong)"
    r"(?: [^ .][^ ]*){0,24}? (?:deu )?(?:co the )?bi ke bien\b"
)
# A denial or the past in the words before the claim.
_DENIED = re.compile(
    r"\b(?:khong|chu khong|khong phai|khong con|chua bao gio|truoc day|truoc kia"
    r"|truoc nam 1993|nam 19\d\d|tung)\b"
)
_CRIMINAL = re.compile(r"\b(?:hinh su|phat tu|tu hinh|tam giam)\b")
# A debtor's failing told as the claim's condition is no denial of it ("Trường hợp chủ thẻ không
# có tài sản, cơ quan thi hành án sẽ khấu trừ ... tối đa 50% thu nhập").
_CONDITION = re.compile(
    r"\bkhong (?:co (?:tai san|dieu kien|thu nhap)|tu nguyen|chiu|tra|nop|thi hanh|chap hanh)\b"
)


def _without_conditions(sentence: str) -> str:
    """``sentence`` with its conditions (:data:`_CONDITION`) blanked, positions kept."""
    return _CONDITION.sub(lambda c: "_" * len(c.group()), sentence)


# (7) Enforcement said to need no judgment ("ngân hàng được quyền gửi hồ sơ trực tiếp đến cơ quan
# thi hành án dân sự ... để yêu cầu kê biên tài sản mà không cần khởi kiện ra tòa"): civil
# enforcement enforces a judgment or a decision; not where the article tells such a claim false.
_NO_JUDGMENT = re.compile(
    # ("kê biên tài sản của người vay trong thời hạn 5 ngày làm việc mà không cần có bản án")
    r"\b(?:ke bien|cuong che|thi hanh an|khau tru|phong toa)(?: [^ .][^ ]*){0,12}?"
    r" (?:ma )?khong can"
    r" (?:phai )?(?:khoi kien|ra toa|ban an|co ban an|quyet dinh cua toa(?: an)?|xet xu)\b"
)
_DEBUNKED = re.compile(
    r"\b(?:sai su that|thong tin sai|tin don|bia dat|khong co co so|khong co quy dinh|khong dung"
    r" (?:su that|quy dinh)|gia mao|lua dao)\b"
)
# (8) A civil debt said converted into a prison term ("khoản nợ sẽ được chuyển đổi sang hình phạt
# tù theo quy định của Luật Thi hành án dân sự"): no debt becomes a sentence; a debtor who hides
# assets may be prosecuted for an offence of his own (Penal Code, "tội không chấp hành án"),
# which a court tries.
_DEBT_TO_PRISON = re.compile(
    r"\b(?:khoan no|so no|mon no|nghia vu (?:tra no|thi hanh an|dan su)|so tien(?: phai tra)?)"
    r"(?: [^ .][^ ]*){0,10}? (?P<verb>(?:se )?(?:bi |duoc )?(?:chuyen|doi|quy doi)(?: doi)?"
    r" (?:sang|thanh) (?:hinh phat tu|phat tu|an tu|ngay tu))\b"
)


def _time_limit(sentence: str) -> str | None:
    if not (_TIME_LIMIT.search(sentence) and _REQUEST.search(sentence)):
        return None
    if _OTHER_LIMIT.search(sentence) or _FIVE_YEARS.search(sentence):
        return None
    m = _SPAN.search(sentence)
    return m.group(0) if m else None


# Each claim's pattern, and words one of which every match of it holds (a cheap first test: a
# pattern scanned over every article costs more than all the rest of (r)).
_COURT_WORDS = ("toa an", "tand", "chanh an")
_GATED = (
    (_UNDER_COURT, (*_COURT_WORDS, "cong an", "uy ban nhan dan", "ubnd")),
    (_JUDGE_COERCES, (*_COURT_WORDS, "chu tich")),
    (
        _OTHER_POWERS,
        ("chu tich", "phi thi hanh an", "thua phat lai", "tru sach", "tru het", "tru toan bo", "%"),
    ),
    (_JUDGES_CASE, ("huy ban an", "huy an", "sua ban an", "xu lai", "mo phien toa")),
    (
        _FORGIVES,
        ("mien", "xoa no", "giam no", "giam khoan", "giam toan bo", "giam mot phan", "giam cac")
        + ("giam an phi", "giam tien phat", "giam boi thuong", "muc an phi", "quyet dinh an phi")
        + ("quyet dinh tien phat",),
    ),
    (_NEVER_SEIZED, ("tuyet doi",)),
    (_EXPIRES, ("gia tri thi hanh", "hieu luc thi hanh")),
    (_ANY_SEIZED, ("ke bien bat ky", "ke bien moi", "ke bien toan bo moi", "ke ca")),
    (_VOLUNTARY, ("tu nguyen thi hanh",)),
    (_BANK_DEBT_FORGIVEN, ("ngan hang",)),
)
# ... the claims a denial anywhere before their end undoes; the others, a denial before them.
_CLAIMS_TO_END = frozenset((_UNDER_COURT, _OTHER_POWERS, _VOLUNTARY, _BANK_DEBT_FORGIVEN))
# ... and those only a denial right before undoes (their own words admit no "không")
# ("Từ ngày 1/7/2025, khi không còn cấp huyện, quyết định thi hành án ... do Chủ tịch UBND xã
# ban hành")
_DENIED_RIGHT_BEFORE = frozenset((_JUDGE_COERCES, _JUDGES_CASE, _FORGIVES, _ANY_SEIZED))


def _misstated_rule(sentence: str, claims: tuple[re.Pattern[str], ...]) -> str | None:
    """The first of ``claims`` the sentence states, not denied."""
    if _CRIMINAL.search(sentence):
        return None
    for pattern in claims:
        m = pattern.search(sentence)
        if m is None:
            continue
        if pattern in _DENIED_RIGHT_BEFORE:
            # (only a denial right before or in it: "khi người phải thi hành án không tự nguyện,
            # ...", "khi bản án không thể thi hành, ..." are none)
            denied = _DENIED.search(" ".join(sentence[: m.start()].split()[-3:]) + " " + m.group(0))
        else:
            told = _without_conditions(sentence)
            denied = _DENIED.search(told, 0, m.end() if pattern in _CLAIMS_TO_END else m.start())
        if not denied:
            return m.group(0)
    return None


def _misstated_law(plain: str) -> Signal | None:
    claims = tuple(p for p, words in _GATED if any(w in plain for w in words))
    limit = "thoi h" in plain
    if " tu" in plain and (m := _DEBT_TO_PRISON.search(plain)):
        # (denied right before the conversion: "không thể chuyển sang phạt tù"; a debt "không
        # trả" before it is the claim's condition)
        before = " ".join(plain[: m.start("verb")].split()[-3:])
        if not _DENIED.search(f"{before} {m.group('verb')}"):
            return Signal(
                "misstated_law",
                "quy tắc: bài viết nêu sai rằng khoản nợ thi hành án dân sự được chuyển đổi "
                "thành hình phạt tù (không có quy định chuyển đổi nào như vậy)",
                m.group(0),
            )
    if "khong can" in plain:
        sentences = plain.split(" . ")
        for n, sentence in enumerate(sentences):
            m = _NO_JUDGMENT.search(sentence)
            # (the claim debunked beside it, in its sentence or the next or the one before: a
            # scam's notice told as one, not an unrelated fraud elsewhere in the story)
            if m and _DEBUNKED.search(" . ".join(sentences[max(0, n - 1) : n + 2])):
                continue
            if m and not _DENIED.search(_without_conditions(sentence), 0, m.start()):
                return Signal(
                    "misstated_law",
                    "quy tắc: bài viết nêu sai rằng có thể thi hành án, kê biên tài sản mà không "
                    "cần bản án, quyết định của Tòa án",
                    m.group(0),
                )
    if not (claims or limit):
        return None
    # (no claim anywhere: no sentence holds one, as no pattern crosses a sentence end)
    claims = tuple(p for p in claims if p.search(plain))
    if not (claims or (limit and _TIME_LIMIT.search(plain))):
        return None
    for sentence in plain.split(" . "):
        if mention := _time_limit(sentence):
            return Signal(
                "misstated_law",
                "quy tắc: bài viết nêu sai thời hiệu yêu cầu thi hành án (luật quy định 05 năm "
                "kể từ ngày bản án, quyết định có hiệu lực pháp luật)",
                mention,
            )
        if mention := _misstated_rule(sentence, claims):
            return Signal(
                "misstated_law",
                "quy tắc: bài viết nêu sai quy định về tổ chức, thẩm quyền hoặc biện pháp thi hành "
                "án dân sự (cơ quan thi hành án dân sự thuộc hệ thống của Bộ Tư pháp; quyết định "
                "cưỡng chế, hoãn thi hành án do cơ quan thi hành án ban hành; chỉ Tòa án xét xử, "
                "hủy, sửa bản án và xét miễn, giảm nghĩa vụ thi hành án; khấu trừ lương tối đa "
                "30%; phí thi hành án do người được thi hành án nộp)",
                mention,
            )
    return None


def misstated_law(title: str, text: str, lead: str | None = None) -> Signal | None:
    """Signal (r): the time limit to request enforcement, whom the agency answers to, who decides
    coercion or a postponement, what a pension bears, who pays the fee, what a bailiff is, who
    annuls or retries a judgment, who forgives a debt or whether mortgaged property may be
    seized, stated wrongly."""
    return _misstated_law(_plain(title, text, lead))
