"""Rule signal (f) of :mod:`classifier.rules`: wrongful enforcement, an unenforced judgment or a
complaint against THADS told in the opening (or later, not told as settled), or a headline
asking who answers for a failing, which makes a relevant article ``needs_correction``; and
whether an allegation against THADS ((c) or (f)) makes an article relevant."""

from __future__ import annotations

import re
from collections.abc import Iterator

from classifier.rules.misconduct import _FIELD, _officer_misconduct
from classifier.rules.plain import (
    _SPAN,
    _WRONG,
    Signal,
    _compile,
    _opening,
    _plain,
    _sentence_start,
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
    # (not the criminal case named by its fault: "Thi hành án vụ sai phạm tại Công ty ...")
    rf"\b{_ENFORCEMENT_ACT}(?P<gap>(?: [^ .][^ ]*){{0,3}}?) (?<!\bvu )(?<!\bvu an ){_WRONG}\b"
    # ... or the wrong named first ("Bất thường vụ bán đấu giá ...", "Khuất tất trong cưỡng chế")
    r"|\b(?:bat thuong|khuat tat|mo am|uan khuc|lum xum|nghi van)"
    # (... with the act suspected: "Nghi vấn thông đồng trong phiên đấu giá tài sản thi hành án")
    r"(?: (?:thong dong|dan xep|gian lan|tieu cuc|dim gia|sai pham))?"
    rf"(?: (?:o|trong|tai|quanh|cua|vu|viec|cuoc|phien|mot)){{0,3}} {_ENFORCEMENT_ACT}\b(?P<gap2>)"
    # ... or a measure taken on someone for a name alike ("bị phong tỏa tài khoản ... vì trùng tên
    # người phải thi hành án")
    r"|\bbi (?:phong toa|ke bien|cuong che|tam giu)(?: [^ .][^ ]*){0,8}? (?:vi|do) trung ten\b"
    # ... or others harmed by it ("Cưỡng chế phá dỡ ở Long Điền: Hàng xóm nói nhà mình bị 'vạ
    # lây'")
    r"|\bbi va lay\b(?P<gap3>)"
    # ... or an officer's conduct at it ("Clip cán bộ thi hành án lớn tiếng với cụ bà 80 tuổi
    # trong buổi cưỡng chế gây tranh cãi"), an act that stirs a dispute
    r"|\b(?:can bo|chap hanh vien|thua hanh vien)(?: thi hanh an)?(?: [^ .][^ ]*){0,2}?"
    r" (?:lon tieng|quat thao|to tieng|noi nang thieu chuan muc|giat giay to)\b(?P<gap5>)"
    rf"|\b{_ENFORCEMENT_ACT}(?: [^ .][^ ]*){{0,6}}? gay (?:tranh cai|phan no|buc xuc)\b(?P<gap6>)"
    # ... or the seized property vanished ("Tài sản đã kê biên 'bốc hơi'"; not "bị mất", which a
    # reader's question supposes: "Tài sản kê biên bị mất thì sao?")
    r"|\btai san (?:da )?(?:bi )?ke bien(?: [^ .][^ ]*){0,4}? (?:boc hoi|that lac|bien mat)\b"
    r"(?P<gap4>)"
    r"|\b(?:cuong che|pha do|thao do)(?: [^ .][^ ]*){0,16}? (?:hang xom|ho (?:dan )?(?:ke ben"
    r"|ben canh|lien ke))(?: [^ .][^ ]*){0,4}? bi (?:hu hong|nut|dap pha|pha do|sap)\b"
)
_UNENFORCED = re.compile(
    rf"\b(?:{_SPAN}|ban an|quyet dinh|thang kien)(?P<gap>(?: [^ .][^ ]*){{0,8}}?)"
    r" (?:van )?(?:chua|khong) (?:duoc |the )?thi hanh(?: an| xong)?\b"
    # ... or the agency still not doing it ("chấp hành viên ... vẫn chưa tổ chức thi hành")
    r"|\bvan chua to chuc (?:thi hanh|cuong che)\b"
    # ... or in force since a year and still not enforced ("Bản án ... có hiệu lực từ năm 2021,
    # nhưng đến nay vẫn chưa được thi hành")
    r"|\bco hieu luc(?: phap luat)? (?:tu )?(?:nam |thang )?(?:\d+ )*\d{4}(?: [^ .][^ ]*){0,6}?"
    r" (?:van )?chua (?:duoc )?thi hanh\b"
    # (not "lãi chậm thi hành án", "lãi suất chậm thi hành án": the interest a late debtor owes)
    r"|\b(?<!lai )(?<!lai suat )cham (?:tre )?(?:trong (?:viec )?)?(?:to chuc )?"
    r"thi hanh (?:ban )?an\b"
    # ... or lasting years ("việc xử lý tài sản bảo đảm qua cơ quan thi hành án vẫn kéo dài nhiều
    # năm")
    # (not what may happen: "... yêu cầu thi hành án và quá trình này có thể kéo dài nhiều năm")
    rf"|\b(?:thi hanh an|xu ly tai san|ban dau gia)(?: [^ .][^ ]*){{0,6}}?"
    r" (?<!co the )(?<!se )(?:van )?keo dai"
    rf" (?:nhieu nam|hang nam|{_SPAN})\b"
    # ... told the other way round ("thi hành án chậm trễ"), or a payment or a handover late
    # ("chậm chi trả tiền cho 14 hộ dân")
    r"|\bthi hanh (?:ban )?an(?: dan su)? (?:bi )?cham tre\b"
    r"|\b(?<!lai )cham (?:tre )?(?:duoc )?(?:chi tra|hoan tra|tra tien|ban giao|giao tai san"
    r"|giao nha|giao dat|ke bien|xac minh|phong toa"
    # ... or the party late getting it ("Người dân Cẩm Phả phản ánh chậm nhận tiền thi hành án")
    r"|nhan (?:lai )?(?:tien|tai san)(?: thi hanh an)?)\b"
    # ... or told slow after it ("việc chi trả tiền khắc phục hậu quả diễn ra chậm"; not "chậm
    # nhất", a deadline, nor "còn chậm", the shortcoming a results report owns; nor "chấm dứt",
    # ended, which reads "cham" without diacritics: "việc thi hành án có bị chấm dứt không")
    r"|\b(?:chi tra|hoan tra|tra tien|thi hanh an|thi hanh ban an|ban giao|giao tai san"
    r"|xu ly tai san)(?: [^ .][^ ]*){0,6}? (?<!khong )(?<!chua )(?:dien ra|qua|bi|van|rat)"
    r" cham(?: tre)?\b(?! nhat\b| dut\b)"
)
# ... or the office admitting its case late ("lãnh đạo Phòng Thi hành án dân sự khu vực 9 thừa
# nhận vụ việc kéo dài", "một Phó Trưởng Thi hành án dân sự tỉnh xác nhận việc giao tài sản ...
# 'có chậm'"): the admission the story draws from it.
_ADMITTED = re.compile(
    rf"\b{_THADS_BODY}(?: [^ .][^ ]*){{0,6}}? (?<!khong )(?<!chua )(?:thua nhan|xac nhan)"
    r"(?P<gap>(?: [^ .][^ ]*){0,14}?) (?:co )?(?:cham(?: tre)?|keo dai)\b"
)
# ... or a debtor's assets known and left alone ("có tài sản nhưng không bị xử lý").
_NOT_DEALT = re.compile(
    r"\bco tai san(?: [^ .][^ ]*){0,4}? nhung (?:van )?(?:khong|chua) (?:he )?(?:bi |duoc )?"
    r"(?:xu ly|ke bien|cuong che|thi hanh|phong toa)\b(?P<gap>)"
    # ... told the other way round: the office finds no means while the debtor still trades
    # ("... chỉ trả lời 'chưa có điều kiện thi hành', trong khi người này vẫn kinh doanh xe tải")
    r"|\bchua co dieu kien thi hanh(?: an)?(?: [^ .][^ ]*){0,3}? (?:trong khi|nhung|du|ma)"
    r"(?: [^ .][^ ]*){0,3}? (?:van|dang) (?:kinh doanh|buon ban|xay|mua|co|so huu|di lai"
    r"|song|lam an)\b(?P<gap2>)"
)
_COMPLAINT = re.compile(
    r"\b(?:khieu nai|to cao|keu cuu|keu troi|keu than|buc xuc|keu oan|don cau cuu|phan anh"
    # (not "reflects": "Đây là kết quả cao nhất ..., phản ánh sự phối hợp chặt chẽ giữa cơ quan
    # thi hành án với ...")
    r"(?! (?:su|ro|dung|ket qua|no luc|hieu qua|tinh than|quyet tam|thanh qua)\b))"
    rf"(?P<gap>(?: [^ .][^ ]*){{0,10}}?) (?:{_THADS_BODY}"
    r"|ho so (?:yeu cau )?thi hanh an(?! hinh su)|viec (?:ke bien|cuong che|thi hanh an"
    # ("Ngân hàng khiếu nại việc đưa resort đang thế chấp ra đấu giá")
    r"|ban dau gia|dau gia|dua(?: [^ .][^ ]*){0,5}? ra (?:ban )?dau gia)"
    # ("Đương sự khiếu nại giá khởi điểm tài sản kê biên ...", "khiếu nại kết quả định giá")
    r"|gia khoi diem|ket qua (?:tham )?dinh gia|ket qua (?:ban )?dau gia"
    r"|quyet dinh (?:cuong che|ke bien|thi hanh an)"
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
    "ban an",  # ("Bản án buộc công ty bồi thường ... nhưng bà chưa nhận được đồng nào")
    "thang kien",
    # (a payment or a handover late: "chậm chi trả tiền cho 14 hộ dân", "việc chi trả ... diễn
    # ra chậm")
    "chi tra",
    "hoan tra",
    "tra tien",
    "ban giao",
    "giao nha",
    "giao dat",
)

# ... or a step of enforcement not taken in time ("không được xác minh, kê biên kịp thời"),
# or enforcement pressed on despite a pending appeal, complaint or payment ("Dù Viện kiểm sát
# đã kháng nghị, cơ quan thi hành án vẫn cưỡng chế"): disputed enforcement.
_NOT_IN_TIME = _compile(
    r"\b(?:khong|chua|thieu) (?:duoc )?(?P<gap>(?:(?:xac minh|ke bien|cuong che|phong toa|xu ly"
    r"|thi hanh|to chuc thi hanh an|giai quyet|ban giao|chi tra)(?: [^ .][^ ]*){0,3}? )?)kip thoi\b"
    # ... or not with care ("không xác minh kỹ nguồn gốc tài sản")
    r"|\b(?:khong|chua|thieu) (?:duoc )?(?:xac minh|kiem tra)(?: ro)? (?:ky(?: luong| cang)?"
    r"|day du|chinh xac)\b(?P<gap2>)"
)
_DESPITE = re.compile(
    r"\b(?:du|mac du|bat chap)\b(?P<gap>(?: [^ .][^ ]*){1,15}?) (?:van|cu|tiep tuc)"
    r" (?:tien hanh |to chuc )?(?:cuong che|ke bien|ban dau gia)\b"
    # ... told the other way round ("Vẫn cưỡng chế giao nhà dù đương sự đã gửi đơn ...")
    r"|\b(?:van|cu|tiep tuc) (?:tien hanh |to chuc )?(?:cuong che|ke bien|ban dau gia)"
    r"(?: [^ .][^ ]*){0,8}? (?:du|mac du|bat chap)\b(?P<gap2>(?: [^ .][^ ]*){1,15})"
)
# ... or told as pressed on while the party awaits a review ("Cưỡng chế giao nhà khi gia đình
# đang chờ giám đốc thẩm"): the same dispute as _DESPITE.
_PRESSED_ON = re.compile(
    r"\b(?:cuong che|ke bien|ban dau gia)(?: [^ .][^ ]*){0,8}? (?:khi|trong khi|luc)"
    r"(?: [^ .][^ ]*){0,4}? (?:dang|van dang|con dang)(?P<gap>(?: [^ .][^ ]*){1,8})"
)
# ... or coercion after the party paid ("Đã nộp án phí, vẫn bị ra quyết định khấu trừ lương").
_PAID_YET = re.compile(
    r"\b(?:da nop|da tra|da thanh toan|da thi hanh xong|da nop du|da tra du|tra xong|nop xong"
    # (or told a coercion is coming: "vẫn nhận thông báo cưỡng chế khấu trừ tài khoản")
    r"|tra het)(?P<gap>(?: [^ .][^ ]*){0,10}?) (?:nhung )?(?:van|lai) (?:bi|nhan(?: duoc)?)"
    r"(?: (?:thong bao|quyet dinh|giay bao)(?: [^ .][^ ]*){0,6}?)? (?:ra quyet dinh )?(?:se )?"
    r"(?:cuong che|ke bien|khau tru|phong toa|tam giu|tru tien|thu tien"
    # ... or left frozen ("Đã nộp đủ tiền thi hành án, người dân vẫn bị 'treo' sổ đỏ")
    r"|treo|tam dung (?:dang ky|giao dich|chuyen dich)|chan (?:giao dich|dang ky))\b"
    # ... or still stuck ("Đã nộp đủ tiền thi hành án, doanh nghiệp vẫn mắc kẹt vì ...")
    r"|\b(?:da nop|da tra|da thanh toan|da nop du|da tra du|tra xong|nop xong|tra het)"
    r"(?P<gap2>(?: [^ .][^ ]*){0,16}?) (?:nhung )?(?:van|lai) (?:bi )?(?:mac ket|treo)\b"
    # ... or a seizure not lifted ("tài sản chưa được giải tỏa kê biên")
    r"|\b(?:chua|khong) (?:duoc )?(?:giai toa|go bo|huy bo|cham dut) (?:viec |bien phap )?"
    r"(?:ke bien|phong toa|tam dung)\b(?P<gap3>)"
)
# ... or a third party's property seized for another's debt ("Mua đất hợp pháp, bất ngờ bị kê
# biên để thi hành án cho người khác").
_THIRD_PARTY = re.compile(
    r"\bbi (?:ke bien|cuong che|phong toa|tam giu)(?: de)?(?: thi hanh an)?"
    r" (?:cho|thay cho|vi no cua) (?:nguoi khac|nguoi khong lien quan|chu cu)\b(?P<gap>)"  # (not
    # "bị kê biên, giao cho người khác giữ": a keeper)
    # ... or seized and sold though it was another's ("Kê biên, bán đấu giá cả phần đất của người
    # khác, cơ quan thi hành án phải bồi thường 1,7 tỷ")
    r"|\bke bien(?: [^ .][^ ]*){0,6}? (?:dat|tai san|nha|can ho)(?: [^ .][^ ]*){0,2}?"
    r" (?:cua|thuoc) (?:nguoi khac|nguoi khong lien quan)\b(?P<gap2>)"
    # ... or a relative's for one's debt ("Con nợ tiền, nhà của bố mẹ bị kê biên")
    r"|\b(?:nha|dat|tai san|xe|can ho) cua (?:bo me|cha me|ong ba|nguoi than|hang xom)"
    r" bi (?:ke bien|cuong che|phong toa)\b(?P<gap3>)"
    # ... or seized for its seller's debt ("Căn nhà mua từ 5 năm trước bị kê biên vì người bán
    # còn nợ")
    r"|\bbi (?:ke bien|cuong che|phong toa)(?: [^ .][^ ]*){0,3}? (?:vi|do|de tra no cho)"
    r" (?:nguoi ban|chu cu|chu nha cu|nguoi chuyen nhuong)\b"
    # (the office named between: "bị cơ quan thi hành án kê biên để trả nợ thay người bán")
    r"|\bbi(?: [^ .][^ ]*){1,5}? ke bien(?: [^ .][^ ]*){0,3}? (?:de )?tra no (?:thay|cho)"
    r" (?:nguoi ban|chu cu|chu nha cu|nguoi chuyen nhuong)\b"
    # ... or told not the debtor's ("Gia đình ... nói căn nhà bị kê biên không thuộc người mắc nợ")
    r"|\bbi (?:ke bien|cuong che|phong toa)(?: [^ .][^ ]*){0,3}? khong (?:thuoc|phai cua)(?: ve)?"
    r" (?:nguoi mac no|nguoi no|con no|nguoi phai thi hanh an|nguoi vay)\b"
    # ... or claimed by its owner ("'Căn nhà bị kê biên là của tôi, không phải của con nợ'")
    r"|\bbi (?:ke bien|cuong che|phong toa)(?: [^ .][^ ]*){0,3}? (?:la cua toi|khong phai"
    r" (?:cua|la) (?:con no|nguoi phai thi hanh an|nguoi no))\b"
    # ... or told another's than the debtor's ("cho rằng diện tích bị cưỡng chế là đất nghĩa
    # trang dòng họ chứ không phải đất của người phải thi hành án")
    r"|\bbi (?:ke bien|cuong che|phong toa)(?: [^ .][^ ]*){0,8}? (?:chu )?khong phai (?:la )?"
    r"(?:dat|nha|tai san|can nha|can ho|manh dat|thua dat|nha dat) (?:cua|thuoc)"
    r" (?:con no|nguoi phai thi hanh an|nguoi no|nguoi vay)\b"
    # ... or one not named in the judgment ("Bị cưỡng chế giao nhà dù không có tên trong bản
    # án?")
    r"|\bbi (?:cuong che|ke bien|phong toa)(?: [^ .][^ ]*){0,6}? (?:du|mac du|trong khi)"
    r" (?:khong|chang) (?:he )?(?:co ten|lien quan|phai la (?:nguoi phai thi hanh an|con no))\b"
)
# ... or a reader's complaint, headlined as one ("Thư bạn đọc: ...", "Bạn đọc phản ánh: ...").
_READER_TITLE = re.compile(
    r"(?:^|\. )(?:(?:thu|don thu) ban doc|ban doc (?:phan anh|viet|keu cuu|to|don thu|gui don"
    # ("Bạn đọc đề nghị làm rõ việc chậm giao tài sản ...")
    r"|(?:de nghi|yeu cau) (?:lam ro|xem xet|giai quyet|kiem tra)))"
    r"\b(?P<gap>)"
)

# ... or a party not paid or not handed what the judgment gave ("vẫn chưa nhận được đồng
# nào"), or a reader's letter of complaint to the newspaper ("Theo đơn của bà L. gửi Báo ...").
_NOT_RECEIVED = re.compile(
    # (not "không nhận giấy báo": a refusal to take it)
    # ("... 4 năm chưa nhận đủ tiền bồi thường")
    r"\b(?:(?:van )?(?:chua (?:he |ai )?(?:duoc )?nhan(?: lai)?(?: duoc)?(?: du)?"
    r"|khong (?:he )?(?:duoc nhan|nhan duoc))"
    r" (?:(?:phan|so|khoan|bat ky) )?"
    r"(?:dong nao|tien|tai san|nha|dat|khoan|thong bao|quyet dinh|van ban|giay bao|luong"
    r"|tien luong|boi thuong|tien boi thuong)"
    r"|(?:van )?chua (?:duoc )?nhan(?: duoc)?(?= \.|$)|van (?:trang tay|tay trang)"
    # ... or none of it collected for them ("... Thi hành án dân sự TP Đà Nẵng vẫn chưa thu được
    # đồng nào")
    # (still: not a portrait's case of old, "qua tay ba chấp hành viên mà chưa thu được đồng nào")
    r"|van chua (?:thu|doi|lay) (?:duoc|lai)(?: [^ .][^ ]*){0,2}? dong nao"
    # ... or not paid out ("chưa được chi trả số tiền bị cáo đã nộp khắc phục", "vẫn chưa được
    # cơ quan thi hành án dân sự chi trả")
    r"|(?:van )?chua (?:he )?(?:duoc )?(?:chi tra|hoan tra|tra lai)(?: (?:so|khoan|phan))? tien"
    r"|(?:van )?chua (?:he )?duoc (?:co quan |phong |chi cuc |cuc )?(?:thi hanh an dan su|thads"
    r"|thi hanh an)(?: [^ .][^ ]*){0,5}? (?:chi tra|hoan tra|tra lai|tra tien)"
    # (or the office the subject: "... nhưng đến nay Chi cục THADS TP Cẩm Phả vẫn chưa chi trả")
    r"|(?:thi hanh an dan su|thads|co quan thi hanh an)(?: [^ .][^ ]*){0,5}? van chua"
    r" (?:chi tra|hoan tra|tra tien)"
    # ... or an auction buyer or a winning party still not handed the property (by the office
    # named between: "vẫn chưa được Thi hành án dân sự TP Cần Thơ bàn giao lô đất")
    r"|van chua (?:duoc )?(?:(?:co quan |phong |chi cuc |cuc )?(?:thi hanh an dan su|thads)"
    r"(?: [^ .][^ ]*){0,5}? )?(?:ban )?giao(?: lai)?"
    r" (?:tai san|nha|dat|quyen su dung|lo dat|thua dat|can ho|mat bang)"
    # ... or never notified ("chị không được thông báo đầy đủ về giá bán")
    r"|(?:khong|chua) (?:he )?duoc (?:thong bao|tong dat)"
    r" (?:day du|kip thoi|truoc|ve (?:gia|thoi diem|viec)|(?:ve )?(?:viec )?(?:ban )?dau gia"
    r"|(?:ve )?(?:viec )?(?:cuong che|ke bien))"
    r")\b(?P<gap>)"
)
# ... or an enforcement sale said to be too cheap ("bị bán rẻ", "giá chỉ bằng một nửa", "thấp
# hơn gần một nửa"), a demand to annul it, a seizure beyond the debt ("kê biên ... vượt quá
# nghĩa vụ"), a party's request left unanswered ("đơn xin hoãn ... nhưng không được xem xét").
_CHEAP_SALE = re.compile(
    # (not "bản án": "nộp tiền theo bản án dân sự chỉ bằng điện thoại")
    r"\b(?:bi ban re|ban re|re nhu cho|gia beo|(?:ban(?! an\b)|gia)(?: [^ .][^ ]*){0,4}?"
    r" (?:chi bang|thap hon (?:gan |hon )?(?:mot nua|nhieu|mot phan))"
    # ... or valued far below the market ("chỉ được định giá khoảng 40% giá thị trường", "định
    # giá quá thấp"), the valuation opposed ("phản đối kết quả định giá")
    # (a share under 70%)
    r"|(?:chi|khoang|chua (?:toi|den|bang)) (?:duoc )?(?:khoang )?(?:[1-6]\d|\d)(?:,\d+)? ?%"
    r" gia (?:thi truong|thuc te)"
    r"|dinh gia (?:qua |rat )?thap\b|thap hon (?:nhieu so voi )?gia thi truong"
    # ("giá khởi điểm ... thấp hơn nửa giá thị trường")
    r"|thap hon (?:gan |hon )?(?:mot )?nua gia (?:thi truong|thuc te|giao dich)"
    r"|phan doi(?: [^ .][^ ]*){0,2}? (?:ket qua )?(?:tham )?dinh gia"
    # ... or gone to an acquaintance after falling in price ("Lô đất ... 'rớt giá' sáu lần rồi về
    # tay người quen?")
    r"|ve tay nguoi (?:quen|nha|than)"
    # ... or sold for only so much ("Căn nhà 3 tỉ bị bán đấu giá chỉ hơn 900 triệu?")
    r"|bi ban(?: dau gia)?(?: voi gia| gia)? chi (?:con |hon |co |khoang |bang )?\d[\d.,]*"
    r" (?:trieu|ty|ti))\b(?P<gap>)"
)
_ANNUL_DEMANDED = re.compile(
    r"\b(?:de nghi|yeu cau|doi) huy (?:bo )?(?:ket qua (?:ban )?dau gia|quyet dinh (?:cuong che"
    r"|ke bien|thi hanh an))\b(?P<gap>)"
)
_EXCESSIVE = re.compile(
    # ("cơ quan thi hành án xử lý tài sản không tương xứng với nghĩa vụ")
    r"\b(?:ke bien|phong toa|cuong che|xu ly tai san)(?P<gap5>(?: [^ .][^ ]*){0,6}?)"
    r" khong tuong xung\b|"
    r"\b(?:ke bien|phong toa|cuong che)(?P<gap>(?: [^ .][^ ]*){0,20}?)"
    r" vuot (?:qua (?:nghia vu|gia tri|so tien|muc)|nghia vu|gia tri)\b"  # (not "vượt mức")
    # ... or many times it ("phong tỏa tài khoản gấp 10 lần số tiền phải thi hành")
    r"|\b(?:ke bien|phong toa|cuong che)(?P<gap2>(?: [^ .][^ ]*){0,8}?)"
    r" gap (?:\d+|hai|ba|bon|nam|muoi|nhieu|hang chuc) lan\b"
    # ... or a small debt set against what was seized ("Nợ 320 triệu đồng, người phụ nữ ... bị
    # kê biên cả lô đất trị giá gần 3 tỷ")
    r"|\bno (?:hon |gan |chua den |chi )?\d[\d.,]* (?:trieu|ty|ti) dong"
    r"(?P<gap3>(?: [^ .][^ ]*){0,8}?)"
    r" bi (?:ke bien|phong toa|cuong che)(?: [^ .][^ ]*){0,8}? (?:tri gia|gia tri)\b"
    # ... or the whole of something ("Nợ 80 triệu đồng, cả vườn xoài sắp thu hoạch bị kê biên")
    r"|\bno (?:hon |gan |chua den |chi )?\d[\d.,]* (?:trieu|ty|ti) dong"
    r"(?P<gap4>(?: [^ .][^ ]*){0,2}?) ca(?: [^ .][^ ]*){1,6}? bi (?:ke bien|phong toa|cuong che)\b"
    # ... or beyond what the judgment names ("Phá cả phần nhà không thuộc bản án khi cưỡng chế",
    # "kê biên cả tài sản không thuộc quyết định thi hành án")
    r"|\b(?:pha|pha do|thao do|ke bien|cuong che|phong toa|giao)(?P<gap6>(?: [^ .][^ ]*){0,6}?)"
    r" khong (?:thuoc|nam trong|co trong) (?:ban an|quyet dinh)\b"
    # ... or outside the boundary handed over ("lực lượng thi hành án đã phá dỡ cả phần chuồng
    # trại, bể nước nằm ngoài ranh giới phải giao"), or damage done ("tố cưỡng chế thi hành án làm
    # hư hỏng tài sản")
    r"|\b(?:pha|pha do|thao do|ke bien|cuong che)(?P<gap7>(?: [^ .][^ ]*){0,10}?)"
    r" (?:nam )?ngoai (?:ranh gioi|phan dat|dien tich|pham vi)(?: phai| bi| duoc| ghi)?\b"
    r"|\bcuong che(?P<gap8>(?: [^ .][^ ]*){0,6}?) lam hu hong\b"
)
_IGNORED = re.compile(
    r"\b(?:don(?! vi)|de nghi|yeu cau|kien nghi)\b(?P<gap>(?: [^ .][^ ]*){0,12}?)"
    r" (?:nhung )?(?:khong|chua) (?:he )?(?:duoc )?(?:xem xet|giai quyet|tra loi|phan hoi)\b"
    # ... told the other way round ("Thi hành án dân sự tỉnh chưa phản hồi đơn của bà A")
    r"|\b(?:khong|chua) (?:he )?(?:xem xet|giai quyet|tra loi|phan hoi)"
    r" (?:don|de nghi|yeu cau|kien nghi)\b"
)
_LETTER = re.compile(
    # (not letters handled or counted in general: "tiếp nhận, xử lý đơn thư bạn đọc gửi đến báo")
    r"(?<!xu ly )(?<!tiep nhan )(?<!giai quyet )(?<!phan loai )(?<!cac )(?<!nhung )(?<!so )"
    r"(?<!\d )(?<!don )"  # (nor "thư" of "đơn thư" on its own)
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

# ... or the agency taking no step ("cơ quan thi hành án chưa áp dụng biện pháp cưỡng chế nào"), a
# file not even verified ("thụ lý từ năm 2023 nhưng đến nay chưa được xác minh điều kiện thi hành
# án").
_INACTIVE = re.compile(
    rf"\b{_THADS_BODY}(?: [^ .][^ ]*){{0,4}}? (?:van )?(?:chua|khong) (?:he )?(?:kip )?"
    r"(?:ap dung|thuc hien|tien hanh) (?:bat ky |mot )?bien phap\b(?P<gap>)"
    rf"|\b(?:den nay|nhung)(?: {_THADS_BODY})? (?:van )?chua (?:he )?(?:duoc )?"
    r"(?:xac minh|ke bien|cuong che|to chuc thi hanh|khau tru|phong toa)\b(?P<gap2>)"
)

# A sale by a party (a transfer, a gift), not an enforcement sale (no auction told), in the
# claim's sentences.
_PRIVATE_SALE = re.compile(r"\b(?:chuyen nhuong|tang cho|ban cho nguoi than)\b")
# The office as the one not receiving ("Đến thời điểm cưỡng chế, cơ quan thi hành án không nhận
# được văn bản nào như vậy").
_OFFICE_SUBJECT = re.compile(rf"\b{_THADS_BODY}(?: [^ .][^ ]*){{0,3}}$")
_PAPER = re.compile(r"\b(?:van ban|thong bao|quyet dinh|giay bao|tong dat)\b")
# An act of enforcement others may suffer from ("Cưỡng chế phá dỡ ở Long Điền: Hàng xóm nói nhà
# mình bị 'vạ lây'").
_ENFORCED_BEFORE = re.compile(r"\b(?:cuong che|ke bien|pha do|thao do|phong toa)\b")


# An administrative judgment named ("bản án, quyết định hành chính", "thi hành án hành chính";
# not "đơn vị hành chính").
_ADMINISTRATIVE = re.compile(
    r"\b(?:ban an|quyet dinh|thi hanh an)(?: [^ .][^ ]*){0,2}? hanh chinh\b"
)


def _counted(text: str, m: re.Match[str]) -> bool:
    """Whether the judgments of ``m`` are counted ("6 bản án ...", "các bản án ...", "vẫn còn bản
    án ...", "số bản án ...")."""
    before = text[max(0, m.start() - 12) : m.start()].split()[-1:]
    return bool(before) and (before[0][0].isdigit() or before[0] in ("cac", "nhung", "con", "so"))


def _agency_late(text: str, m: re.Match[str]) -> bool:
    """Whether the one late in ``m`` is a bare "cơ quan" ("danh sách cơ quan chậm thi hành án"),
    the head of one or a people's committee ("cơ quan, người đứng đầu chậm thi hành bản án hành
    chính"): in a story of administrative judgments, the administrative body that must comply."""
    return _ADMINISTRATION_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None


_ADMINISTRATION_BEFORE = re.compile(
    r" (?:co quan|nguoi dung dau|(?:chu tich )?(?:ubnd|uy ban nhan dan)"
    r"(?: (?:tinh|thanh pho|xa|phuong|cap [^ .]+))?) $"
)


def _administrative_count(text: str, m: re.Match[str], gap: str) -> bool:
    """Whether the unenforced judgments of ``m`` are administrative ones counted ("6 bản án hành
    chính chưa được thi hành xong", "Theo dõi thi hành án hành chính: Còn 214 bản án ..."): the
    monitoring's statistics, whose failing is the administrative body's (it enforces them), not
    one party's story ("5 năm thắng kiện, bản án hành chính vẫn nằm trên giấy")."""
    if not _counted(text, m):
        return False
    return gap.split()[:2] == ["hanh", "chinh"] or bool(_ADMINISTRATIVE.search(text, 0, m.start()))


def _private_sale(told: str) -> bool:
    return "dau gia" not in told and _PRIVATE_SALE.search(told) is not None


# A failing named as the situation a measure prevents, earlier in the sentence.
_PREVENTED = re.compile(
    r"\b(?:han che|giam|giam thieu|ngan chan|ngan ngua|phong ngua|khac phuc|tranh|chan chinh)"
    r" (?:duoc )?tinh trang\b"
    # ... or the bottlenecks a law or a reform removes ("Luật ... được kỳ vọng tháo gỡ nhiều điểm
    # nghẽn trong công tác thi hành án kéo dài nhiều năm")
    r"|\b(?:thao go|go|khoi thong|giai toa)(?: [^ .][^ ]*){0,2}? (?:diem nghen|nut that|vuong mac"
    r"|ach tac|bat cap)\b"
)
_WORDED_CLAIMS = (_CHEAP_SALE, _ANNUL_DEMANDED, _EXCESSIVE, _IGNORED, _IDLE)
_DENIED = re.compile(r"\b(?:khong|chua|chang|neu|truong hop|tranh|de)$")
# ... and a cheap sale told as what would or usually happens, the argument for paying of one's
# own will ("nếu để kê biên, tài sản bán đấu giá sẽ thấp hơn giá thị trường", "tài sản bán qua
# đấu giá thường thấp hơn giá thị trường"), is none.
_SUPPOSED = re.compile(r"\b(?:neu|gia su|thuong)\b")
# Before or inside the match: not a report of a failing (a denial, a rule, the authority
# settling it, statistics going down).
_NOT_REPORTED = re.compile(
    r"\b(?:khong|chua|khong co|khong de|neu|truong hop|doi voi|quyen(?! su dung| so huu)"
    r"|huong dan|tiep nhan"
    # (whenever one is: "Mỗi khi có bài phản ánh, Cục yêu cầu cơ quan thi hành án ...")
    r"|moi khi|moi lan"
    r"|giai quyet|xu ly|khac phuc|chan chinh|chi dao|dut diem|giam|han che|phong ngua|ngan chan"
    r"|tranh)\b"
)
# Right before a complaint: the procedure or the rule it follows, told as such ("Thủ tục khiếu
# nại quyết định của chấp hành viên", "Theo quy định, khiếu nại lần đầu được gửi đến Thủ trưởng
# cơ quan thi hành án"), not one made ("bà làm thủ tục khiếu nại ...").
_PROCEDURE_BEFORE = re.compile(
    r"\b(?:theo quy dinh(?: cua phap luat| phap luat)?|(?<!lam )thu tuc|trinh tu|thoi hieu"
    # (... or the press's reports as a kind, in a guidance on handling them: "cập nhật hằng ngày
    # các tin, bài phản ánh về việc thi hành án")
    r"|thoi han|quy trinh|tin bai)$"
)
# ... or where to turn, right after it ("Người dân có yêu cầu thi hành án, khiếu nại, tố cáo có
# thể liên hệ trực tiếp tại trụ sở Thi hành án dân sự tỉnh"): a notice's, no complaint made.
_WHERE_TO_TURN = re.compile(r" (?:co the|nen|hay|vui long) (?:lien he|gui|nop|den)\b")
# After a party not yet paid, in its sentence: how and when it will be ("Các bị hại chưa nhận tiền
# đợt này cần bổ sung giấy tờ theo hướng dẫn để được chi trả trong các đợt tiếp theo"), a payout's
# notice, not a complaint.
_TO_BE_PAID = re.compile(
    r"\b(?:can bo sung (?:giay to|ho so|tai lieu)"
    r"|(?:trong|o|vao) (?:cac )?dot (?:chi tra )?(?:tiep theo|sau|toi))\b"
)
# ... or listed beside the office's work as kinds of news ("các tin, bài phản ánh về ... khiếu
# nại, tố cáo hoặc hoạt động của chấp hành viên").
_KIND_LISTED = re.compile(r" (?:va|hoac) (?:hoat dong|cong tac|nhiem vu) cua$")

# Money the office holds for parties who have not come for it ("Hàng trăm người được thi hành án
# chưa đến nhận tiền", "đã thông báo nhiều lần nhưng không có người nhận"): a notice, in whose
# body "người được thi hành án chưa nhận tiền" is the parties' own doing, not a party unpaid.
_UNCLAIMED = re.compile(
    r"\b(?:chua|khong) (?:den|toi|lien he|lam thu tuc) nhan\b|\b(?:khong|chua) co nguoi nhan\b"
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
    # (not a decision still awaited: "chưa nhận được quyết định giải quyết khiếu nại")
    r"|\b(?<!chua )(?<!khong )(?<!chua nhan )(?<!khong nhan )duoc(?: [^ .][^ ]*){0,6}?"
    r" (?:giai quyet|khac phuc)\b"
    r"(?! (?:chua|khong)\b)"
)
_SETTLED = re.compile(
    r"\b(?:da|nay da|sau do da|cuoi cung da|moi) (?:duoc )?(?:giai quyet|khac phuc|nhan du"
    r"|nhan lai|nhan duoc|nhan toan bo|chi tra|ban giao|thi hanh xong|thu hoi|hoan tra)\b"
    r"|\b(?:cam on|xuc dong|vui mung)\b"
    # ("Đại diện ngân hàng cho biết khoản nợ này đã kéo dài nhiều năm, việc xử lý xong tài sản
    # giúp ngân hàng thu hồi ...")
    r"|\b(?<!chua )(?<!khong )xu ly xong (?:tai san|khoan no|vu viec|ho so)\b" + _SETTLED_MORE
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
    r"|(?:ket thuc|hoi ket|cai ket|ket cuc) co hau|chi tra (?:toan bo|du so tien|du \d|day du)"
    r"|(?:da )?ve tay (?:nguoi dan|ong|ba)"
    # ... or the property back, a long case settled ("gia đình ... nhận lại nhà", "Dứt điểm vụ
    # việc kéo dài 9 năm", "hóa giải mâu thuẫn kéo dài giữa hai gia đình")
    r"|nhan lai (?:nha|dat|ngoi nha|can nha|manh dat|thua dat|khu dat|tai san|quyen su dung)"
    r"|(?:^|(?<=\. ))dut diem|hoa giai mau thuan"
    # ... or the payment told done ("Vụ chậm chi trả ...: Đã hoàn tất chi trả sau phản ánh"), a
    # property received after years ("Người trúng đấu giá nhận nhà sau 5 năm chờ đợi")
    r"|hoan tat (?:viec )?chi tra|nhan (?:nha|dat|can nha|tai san) sau"
    # ("Bạn đọc chưa nhận được tiền thi hành án: Đã được chi trả")
    r"|(?:^|(?<=\. ))da (?:duoc )?chi tra(?: xong| day du| du)?(?= \.|$)"
    # ... or the parties agreeing, the enforcement ended ("Các bên đã thỏa thuận, kết thúc thi
    # hành án")
    r"|(?:cac|hai) ben (?:da )?thoa thuan|(?:quyet dinh )?ket thuc (?:viec )?thi hanh an"
    # ... or enforced in full by the office named between ("Một vụ việc từng khiến đương sự gửi
    # đơn khắp nơi vì chậm thi hành suốt 10 năm đã được Chi cục THADS huyện Lệ Thủy (Quảng Bình)
    # thi hành xong"; not "đã được tòa tuyên nhưng chưa thi hành xong")
    r"|da duoc(?: (?!(?:chua|khong|nhung|van)\b)[^ .][^ ]*){1,12}? thi hanh xong"
    # ... or the dispute ended ("..., kết thúc vụ tranh chấp kéo dài 7 năm giữa hai anh em"), or
    # a court dismissing the lawsuit against the office's act ("TAND tỉnh ... bác yêu cầu khởi
    # kiện của bà ... đề nghị hủy quyết định cưỡng chế"): the claims it tells were rejected
    r"|ket thuc (?:vu|cuoc) (?:tranh chap|kien tung|khieu nai)|ket thuc vu viec"
    # ... or the knot untied at last ("Chỉ đến khi chị Hà nhận hồ sơ, 'nút thắt' mới được gỡ")
    r"|nut that (?:(?:moi|da|cuoi cung|cung) )*(?:duoc )?(?:go|thao go|coi|thao)"
    r"|bac (?:toan bo )?(?:cac )?(?:yeu cau|don) khoi kien)\b"
)
# ... or the State's liability discharged: a public apology, compensation paid ("tổ chức xin
# lỗi, cải chính công khai", "chi trả tiền bồi thường cho ông ..."), unless its sentence tells
# it asked for, not yet done or late ("yêu cầu ... xin lỗi công khai", "chậm chi trả").
_DISCHARGED = re.compile(
    # ("tổ chức buổi phục hồi danh dự, xin lỗi công khai ...", "Xin lỗi công khai người bị thiệt
    # hại trong hoạt động thi hành án dân sự")
    r"\b(?:to chuc (?:buoi |le )?(?:xin loi|phuc hoi danh du)"
    r"|xin loi(?: va)?(?: cai chinh)? cong khai|chi tra (?:tien )?boi thuong)\b"
)
_UNDISCHARGED = re.compile(
    r"\b(?:yeu cau|de nghi|kien nghi|doi|chua|khong|cham|mong|buoc|phai|se)\b"
)
# ... not denied, nor a demand or a hope ("chưa được giải quyết dứt điểm", "đề nghị ... sớm giải
# quyết dứt điểm", "tưởng đã khép lại", "chờ nhận lại đất"): the words right before (checked in
# code: as look-behinds, they were tried at every position of the text).
_NOT_CLOSED = re.compile(
    r"(?:^| )(?:chua|khong|chua duoc|khong duoc|de nghi|yeu cau|kien nghi|can|som|mong|de|phai"
    # ... or still awaited ("Sau 8 năm vẫn chờ nhận lại đất")
    r"|nham|tuong|tuong da|cho|mong cho|cho doi) $"
)


# ... or a headline telling the enforcement succeeded ("Cưỡng chế thành công vụ việc kéo dài 8
# năm ở khu vực Hòa Bình"; not "... chưa thành công"): the years of complaints and resistance
# its lead tells are what the success ended. Only in the headline: in a sentence of the story
# "vẫn cưỡng chế thành công dù đang khiếu nại" is a dispute.
_SUCCEEDED = _compile(
    # (or persuaded: "Vận động thành công người phải thi hành án tự nguyện trả 2,3 tỷ đồng")
    r"\b(?:cuong che|thi hanh an|ban giao|giao (?:nha|dat|tai san)|dau gia|van dong|thuyet phuc)"
    r"(?: [^ .][^ ]*){0,3}? (?<!chua )(?<!khong )thanh cong\b"
    # ... or swiftly ("Cưỡng chế giao đất cho người trúng đấu giá ở Đức Hòa: nhanh gọn, an toàn"),
    # or done ("Xử lý xong khoản nợ xấu gần 60 tỷ đồng tại Đồng Xoài", "bản án ... đã được thi
    # hành xong")
    r"|\bcuong che(?: [^ ]+){0,12}? (?:nhanh gon|em tham)\b"  # (across a colon: " . ")
    r"|(?:^|\. )(?:xu ly|thi hanh|giai quyet) (?:xong|dut diem)\b"
    # ("Vụ thi hành án 'đắp chiếu' 12 năm được giải quyết xong nhờ chấp hành viên kiên trì")
    r"|\b(?<!chua )duoc (?:thi hanh|giai quyet|xu ly) xong\b"
    # (after its subject: "Thi hành án dân sự tỉnh Thái Nguyên giải quyết xong vụ việc đầu tiên
    # sau sắp xếp"; not "chưa giải quyết xong vụ việc")
    r"|\b(?<!chua )(?<!khong )(?<!chua duoc )(?:xu ly|thi hanh|giai quyet) xong"
    r" (?:mot |\d+ )?(?:vu viec|vu an|ho so)\b"
    # ... or money recovered ("Thi hành án dân sự TP Huế thu hồi hơn 300 tỷ đồng nợ xấu cho ngân
    # hàng"; not "Chậm thu hồi ...", "Khó thu hồi ...")
    r"|\b(?<!cham )(?<!chua )(?<!khong )(?<!kho )(?<!de )thu hoi (?:duoc )?"
    r"(?:hon |gan |tren |ve )?\d[\d.,]* (?:trieu|ty|ti|nghin ty) dong\b"
    # ... or the money back at last ("Hơn 3.000 người góp vốn nuôi heo được nhận lại tiền", "Chờ 9
    # năm, ... mới nhận đủ tiền"; not "chưa được nhận lại"), or an office turned round ("Từ
    # 'điểm trũng' án tồn đọng đến đơn vị dẫn đầu")
    r"|\b(?<!chua )(?<!khong )(?:duoc|da|moi) nhan (?:lai|du)(?: duoc)? (?:tien|nha|dat|tai san)\b"
    r"|(?:^|\. )tu(?: [^ .][^ ]*){1,8}? (?:den|thanh) (?:(?:don vi|dia phuong|noi) )?"
    r"(?:dan dau|dung dau|diem sang|dien hinh)\b"
)


def _headline_succeeded(opening: str) -> bool:
    """Whether the headline (the opening's first sentence, and a short second one: the tail after
    a colon, "...: nhanh gọn, an toàn") tells the enforcement succeeded or done. A dateline of a
    few words before a colon ("Tây Ninh: Cưỡng chế thành công ...") counts with what follows."""
    pieces = opening.split(" . ", 3)
    if len(pieces) > 2 and len(pieces[0].split()) <= _DATELINE_WORDS:
        pieces = [pieces[0] + " . " + pieces[1], *pieces[2:]]
    head = pieces[0]
    if len(pieces) > 1 and len(pieces[1].split()) <= 6:
        head += " . " + pieces[1]
    return _SUCCEEDED.search(head) is not None


_DATELINE_WORDS = 3  # ("tay ninh", "tp hcm", "ba ria vung tau")


def _closed(text: str) -> bool:
    """Whether ``text`` tells a case closed (:data:`_CLOSED`, not :data:`_NOT_CLOSED`)."""
    return any(
        _NOT_CLOSED.search(text[max(0, m.start() - 16) : m.start()]) is None
        for m in _CLOSED.finditer(text)
    ) or any(
        _UNDISCHARGED.search(text, _sentence_start(text, m.start()), m.start()) is None
        for m in _DISCHARGED.finditer(text)
    )


# A report's own shortcomings, in the sentence or the one before ("Về hạn chế, báo cáo thừa nhận
# số án tồn ... vẫn cao. Một số đơn khiếu nại liên quan đến kết quả định giá ... còn kéo dài."):
# the failings a year's review lists, not one party's case.
_SHORTCOMINGS = re.compile(
    r"\b(?:(?:ve|nhung|mot so|cac|khong it) (?:han che|ton tai)|han che ton tai|ton tai han che"
    r"|(?:bao cao|hoi nghi) (?:cung )?(?:thua nhan|chi ra))\b"
)
# ... or a failing told improving, in its own sentence ("tình trạng chậm thi hành bản án hành
# chính có chuyển biến"): a year's review, not one party's case.
_IMPROVING = re.compile(
    r"\b(?<!chua )(?<!khong )(?:co chuyen bien|chuyen bien tich cuc|duoc khac phuc|da khac phuc"
    r"|giam (?:dang ke|ro ret))\b"
)
_PAST = re.compile(
    r"\b(?:tung|truoc day|truoc kia|da co thoi diem|co thoi diem|co luc"
    # ("Khi đó, một người dân ... gửi đơn khiếu nại ...": a story of those days)
    r"|khi do|luc do|khi ay|luc ay|hoi do)\b"
)

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
    # ... or has asked it and will report its answer ("Phóng viên đã liên hệ Thi hành án dân sự
    # tỉnh Quảng Ngãi để tìm hiểu vụ việc và sẽ thông tin khi có phản hồi")
    rf"|\b(?:lien he|lien lac)(?: voi)? (?:{_THADS_BODY})(?: [^ .][^ ]*){{0,10}}?"
    r" se (?:tiep tuc )?thong tin\b"
    # ... or has asked it and had no answer ("Thanh Niên đã liên hệ THADS tỉnh Vĩnh Long để làm
    # rõ các nội dung này nhưng chưa nhận được phản hồi")
    rf"|\b(?:lien he|lien lac)(?: voi)? (?:{_THADS_BODY})(?: [^ .][^ ]*){{0,12}}?"
    r" (?:nhung|song) (?:van )?chua (?:nhan duoc|co) (?:phan hoi|tra loi|hoi am)\b"
)
# ... not the office itself keeping watch on its case, named right before ("đơn vị tiếp tục theo
# dõi sát vụ việc", "Thi hành án dân sự TP Hải Phòng sẽ tiếp tục theo dõi ...")
_OWN_WATCH = re.compile(
    rf"\b(?:don vi|co quan|ngan hang|cuc|cuc quan ly|bo tu phap|{_THADS_BODY})"
    r"(?: [^ .][^ ]*){0,4}? (?:van |dang |da )?$"
)
# (every match holds one of these: a cheap first test)
_FOLLOW_UP_WORDS = ("de nghi", "kien nghi", "tiep tuc", "chua nhan duoc", "se thong tin")
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
# ... or told right after it as the debtor's doing ("... chưa nhận được tài sản vì gia đình ông Đ.
# không chịu bàn giao").
_DEBTOR_CAUSE = re.compile(
    r"(?: [^ .][^ ]*){0,6}? (?:vi|do|boi) (?:gia dinh |phia )?(?:nguoi phai thi hanh an|con no"
    r"|ben (?:vay|thua kien|phai tra)|ong|ba|anh|chi|gia dinh|doanh nghiep|cong ty|bi don)"
    r"(?: [^ .][^ ]*){0,4}? (?:khong chiu|chay i|khong hop tac|chong doi|tron tranh|co tinh"
    r"|khong tu nguyen|khong chap hanh|bo tron|tau tan)\b"
)

# ... or the headline asks who answers for a failing, or why or until when it lasts ("Ai chịu
# trách nhiệm khi tài sản kê biên bị thất thoát?", "... trách nhiệm thuộc về ai?", "Vì sao bản án
# chưa được thi hành?", "Đến bao giờ ...?"), or tells a party waiting in vain ("mỏi mòn chờ"):
# the critical questions of the THADS press. Not "vì sao" without a failing ("Vì sao Đồng Nai
# vẫn dẫn đầu?").
# A family left without a home ("ngủ nhờ", "màn trời chiếu đất", "dựng lán tạm").
_HOMELESS = (
    r"(?:ngu nho|o nho|man troi chieu dat|vo gia cu|khong noi nuong than|dung (?:lan|leu)"
    r"|(?:lan|leu) tam)"
)
_CRITICAL_QUESTION = _compile(
    r"\bai (?:se |phai )?(?:chiu trach nhiem|boi thuong|den bu)\b"
    r"|\btrach nhiem (?:thuoc (?:ve )?|la cua |cua )?ai\b|\bloi (?:tai|cua|thuoc ve) ai\b"
    r"|\b(?:vi sao|tai sao)(?: [^ .][^ ]*){0,10}? (?:chua|khong|mai|cham|keo dai)\b"
    r"|(?:^|\. )(?:den )?bao gio\b|\bden bao gio moi\b"
    # ... or a recovery far short ("Sau 5 năm, thu hồi chưa được 10% tài sản"), a coercion the
    # family cries out at ("Cưỡng chế giao nhà khi chủ hộ đang điều trị ung thư, gia đình bức xúc")
    r"|\b(?:thu hoi|thu|thi hanh) (?:chua (?:duoc|den|toi|bang)|chi (?:duoc|dat)|khong den)"
    r" (?:khoang |gan |hon )?\d+(?:,\d+)? ?%"
    r"|\b(?:cuong che|ke bien|dau gia|thi hanh an)(?: [^ .][^ ]*){0,12}? (?:nguoi dan|gia dinh"
    r"|ho dan|ba con|duong su) (?:buc xuc|keu cuu|keu troi)\b"
    # ("Sao đã thu tiền mà chưa chi trả cho người được thi hành án?")
    r"|(?:^|\. )sao (?:da|lai|van|chua|khong|cu|mai)\b(?: [^ .][^ ]*){0,10}? (?:chua|khong|mai)\b"
    # ... or stuck at enforcement ("Tài sản bảo đảm 'mắc kẹt' ở khâu thi hành án")
    # (not "tổng kết", "công tác thi hành án": "kết", "tác" fold as "kẹt", "tắc")
    r"|\bmac ket(?: o| tai| trong)?(?: khau)? thi hanh an\b|\bket (?:o|tai) khau thi hanh an\b"
    r"|\b(?:moi mon|mon moi|dai co|vo vong)(?: [^ .][^ ]*){0,4}? cho\b"
    rf"|\b(?:vi sao|tai sao)(?: [^ .][^ ]*){{0,10}}? suot {_SPAN}\b"
    r"|\bcho (?:doi )?(?:moi mon|mon moi)\b"
    # ... or letters left unanswered ("Kỷ lục 150.000 tỷ đồng và những lá đơn chưa có hồi âm")
    r"|\bdon(?: [^ .][^ ]*){0,6}? (?:van )?(?:chua|khong) (?:he )?(?:co|nhan duoc) (?:hoi am"
    r"|tra loi|phan hoi)\b"
    # ... or years without getting what the judgment gave ("12 năm chưa đòi được tiền lương"), a
    # judgment left hanging ("cầm bản án 'treo'"; not a suspended sentence, "hưởng án treo")
    rf"|\b{_SPAN} (?:van )?chua (?:doi|nhan|lay) (?:duoc|lai)\b|\bban an treo\b"
    # ... or years told, then what is still not had ("Bốn năm cầm bản án, bà cụ ... vẫn chưa lấy
    # lại được mảnh vườn", "..., ba năm vẫn chưa được nhận bàn giao")
    rf"|\b{_SPAN}(?: [^ .][^ ]*){{0,10}}? van chua (?:duoc )?(?:doi|nhan|lay|giao|ban giao|tra"
    r"|thi hanh|thu hoi|vao o)\b"
    # ... or worn out by postponements ("Ngân hàng mỏi mòn vì việc thi hành án năm lần bị hoãn"),
    # crying out over it ("Ngân hàng kêu khó vì tài sản ... đấu giá mười lần không bán được")
    r"|\b(?:moi mon|met moi|kiet suc) vi\b|\b(?:\d+|hai|ba|bon|nam|sau|nhieu) lan bi hoan\b"
    r"|\bkeu (?:kho|troi|cuu)(?: [^ .][^ ]*){0,3}? vi\b"
    # ... or crying for help, a case lying still ("Hồ sơ thi hành án 'nằm im' ba năm, người dân
    # ... kêu cứu"), money owed hanging for years ("Án phí, tiền phạt 'treo' nhiều năm")
    r"|\b(?:thi hanh an|ke bien|cuong che|ban an|dau gia|an phi)(?: [^ .][^ ]*){0,12}? keu cuu\b"
    r"|\bkeu cuu(?: [^ .][^ ]*){0,8}? (?:thi hanh an|ke bien|cuong che|ban an|dau gia|an phi)\b"
    # (not what must not be: "Không để tài sản nằm im chờ thời gian")
    r"|\b(?<!khong de )(?<!dung de )(?:ho so|ban an|vu viec|viec thi hanh an|don|tai san)"
    r"(?: [^ .][^ ]*){0,4}? nam im\b"
    r"|\b(?:vi sao|tai sao)(?: [^ .][^ ]*){0,10}? van (?:nam im|dap chieu|treo|bo hoang)\b"
    r"|\b(?:an phi|tien phat|khoan (?:no|tien)|ban an|quyet dinh|viec thi hanh an|ho so)"
    rf"(?: [^ .][^ ]*){{0,4}}? treo (?:suot )?{_SPAN}\b"
    # ... or years told before it ("Lối đi chung bị bịt, dòng họ Phạm 7 năm 'treo' bản án")
    rf"|\b{_SPAN} (?:van )?treo (?:ban an|quyet dinh|khoan tien|tien)\b"
    # ... or still hanging ("Hàng chục tỷ đồng tiền phạt, bồi thường trong án tham nhũng ... vẫn
    # 'treo'"; not "vẫn hưởng án treo")
    r"|\b(?:an phi|tien phat|boi thuong|khoan (?:no|tien)|ban an|quyet dinh|viec thi hanh an"
    r"|ho so|tai san)(?: [^ .][^ ]*){0,10}? van treo\b"
    # ... or a party crying out at a step done to it ("Doanh nghiệp kêu bị phong tỏa tài khoản trả
    # lương vì nợ của cổ đông")
    r"|\bkeu (?:bi|la bi) (?:phong toa|ke bien|cuong che|khau tru|tam giu|ban re|ban dau gia)\b"
    # ... or a judgment shelved ("Vì sao bản án ... vẫn 'đắp chiếu'?", "Không thể để người thắng
    # kiện 'ôm' bản án trên giấy")
    r"|\b(?:ban an|quyet dinh|vu viec|vu an|thi hanh an)(?: [^ .][^ ]*){0,8}? (?:van )?dap chieu\b"
    r"|\bban an (?:nam )?tren giay\b"
    r"|\b(?:tien|khoan tien|quyen loi)(?: [^ .][^ ]*){0,2}? van (?:nam )?tren giay\b"
    # (not told done: "... đã lấy lại", "... mới nhận lại được mảnh đất")
    r"|\bcam ban an\b(?!(?: [^ .][^ ]*){0,10}? (?:da|moi) (?:lay|nhan|duoc|doi))"
    # ... or a buyer still kept out ("Trúng đấu giá từ năm 2024, người mua vẫn đứng ngoài cổng"),
    # money lying in the office's account ("Tiền bồi thường ... 'nằm' trong tài khoản thi hành
    # án hơn một năm")
    # (the lot named between: "Mua trúng lô đất đấu giá ở Vinh, hai năm vẫn 'đứng ngoài cổng'")
    r"|\btrung (?:(?:lo|thua|can|khu|manh|nen) (?:dat|nha|ho) )?dau gia(?: [^ .][^ ]*){0,10}?"
    r" van (?:chua|dung ngoai|cho|khong)\b"
    # ... or years waiting to be paid ("Cụ bà ... hơn 10 năm chờ nhận tiền thi hành án")
    # (not told ended: "Bảy năm chờ đợi khép lại trong một buổi sáng")
    # (not after them: "Cưỡng chế giao nền đất cho 87 người mua sau gần 10 năm chờ đợi")
    rf"|\b(?<!sau )(?<!sau gan )(?<!sau hon )(?<!sau suot ){_SPAN}"
    r" (?:mon moi |moi mon )?cho (?:nhan|doi|duoc nhan|duoc tra"
    # ... or to have it enforced ("Bốn năm chờ thi hành bản án mở lối đi")
    r"|(?:duoc )?thi hanh(?: an)?"
    # ... or for a judgment to be enforced ("3 năm chờ bản án hành chính được thi hành")
    r"|(?:ban an|quyet dinh)(?: [^ .][^ ]*){0,4}? (?:duoc )?thi hanh)\b"
    r"(?!(?: [^ .][^ ]*){0,6}? (?:khep lai|ket thuc|cham dut|da nhan|da duoc))"
    # ... or the only home lost ("Cụ bà 78 tuổi mất căn nhà duy nhất vì khoản nợ ...")
    # ... or the agency accused in the headline ("Tố thi hành án 'ngâm' đơn ..."), victims
    # demanding disclosure ("Bị hại ... đòi công khai số tiền đã thu hồi"), residents fearing to
    # lose their homes ("... lo mất nhà vì tòa nhà bị kê biên")
    r"|(?:^|\. )to (?:co quan )?thi hanh an\b|\bdoi cong khai\b"
    r"|\blo mat (?:nha|dat|can ho|tai san)(?: [^ .][^ ]*){0,6}? (?:ke bien|cuong che|dau gia)\b"
    # ("Cụ bà 82 tuổi có nguy cơ mất nhà vì khoản nợ hơn 90 triệu đồng")
    r"|\b(?:nguy co|co the|sap|lo) mat (?:nha|can nha|ngoi nha|nha o|dat|nha dat|tai san)"
    r"(?: [^ .][^ ]*){0,3}? vi (?:khoan |mon )?no\b"
    r"|\b(?:mat|bi ke bien|bi ban|bi cuong che|bi thu)(?: [^ .][^ ]*){0,3}?"
    r" (?:nha|tai san|xe may|dat|nguon song) duy nhat\b"
    # ... or a family turned out of its home ("Gia đình 6 người bị đưa ra khỏi nhà giữa mùa mưa
    # lũ vì khoản nợ 180 triệu")
    r"|\bbi (?:dua|duoi|day|khieng) ra khoi (?:nha|can nha|ngoi nha|noi o|cho o)\b"
    r"|\bnam (?:im )?(?:trong|o) tai khoan(?: tam giu)?(?: cua)?(?: co quan)? thi hanh an\b"
    # ... or postponed again and again ("Một vụ việc, ba lần hoãn cưỡng chế"), waiting for one's
    # turn ("bao giờ đến lượt mình"), seizing even the whole ("Kê biên cả nhà thờ họ ...?"), an
    # asset found late ("5 năm sau mới biết là tài sản bị kê biên"), a debtor "without assets"
    # who still builds ("'không có tài sản' vẫn khánh thành nhà ba tầng?"), hardship of an
    # eviction ("năm đứa trẻ phải ngủ nhờ nhà hàng xóm")
    r"|\b(?:\d+|hai|ba|bon|nam|sau|nhieu) lan hoan (?:cuong che|thi hanh)\b"
    r"|\bbao gio (?:moi )?(?:den luot|duoc nhan|duoc tra|nhan duoc)\b"
    r"|(?:^|\. )(?:bi )?(?:ke bien|cuong che|phong toa) ca\b"
    r"|\b(?:bi )?(?:ke bien|cuong che|phong toa|ban) ca (?:can |ngoi |mieng |thua )?(?:nha|dat"
    r"|vuon|tai khoan)\b"
    # ... someone asking for it to be cleared up ("Đề nghị làm rõ việc trả lại đơn yêu cầu thi
    # hành án ...", "Đề nghị THADS TP Hà Nội làm rõ việc chậm chi trả ...")
    r"|(?:^|\. )(?:de nghi|yeu cau|kien nghi)(?: [^ .][^ ]*){0,10}? (?:lam ro|xem xet lai)\b"
    # ... the agency helpless or looking away ("cơ quan thi hành án 'bó tay'?")
    rf"|\b{_THADS_BODY}(?: [^ .][^ ]*){{0,3}}? (?:bo tay|bat luc|lam ngo|tha long|buong long)\b"
    r"|\bmoi biet(?: [^ .][^ ]*){0,4}? bi (?:ke bien|phong toa|cuong che)\b"
    r"|\bkhong co (?:tai san|dieu kien)(?: [^ .][^ ]*){0,6}? van\b"
    rf"|\b(?:cuong che|ke bien|giao nha|thi hanh an)(?: [^ .][^ ]*){{0,14}}? (?:{_HOMELESS}"
    r"|ra duong(?! loi)|thieu tinh nguoi|khieng ra|bi khieng|don tet o dau|mat cho o)\b"
    # (told the other way round: "Gia đình 5 người dựng lán tạm bên đường sau vụ cưỡng chế")
    rf"|\b{_HOMELESS}"
    r"(?: [^ .][^ ]*){0,8}? (?:sau|vi) (?:vu |cuoc |khi )?(?:bi )?(?:cuong che|giao nha)\b"
    # ... or winners left holding a judgment ("Đừng để người thắng kiện chỉ 'ôm' bản án")
    r"|\b(?:dung|khong the|khong) de(?: [^ .][^ ]*){0,6}? (?:om|cam) (?:ban an|quyet dinh)\b"
    # ... or waiting years ("Mẹ đơn thân 2 năm đợi tiền cấp dưỡng nuôi con"), the people
    # accusing the office ("người dân tố thi hành án chậm kê biên"), an eviction just before Tết
    # (not "5 năm đòi tiền ...": "đòi" folds as "đợi" does)
    rf"|\b{_SPAN} doi (?:tien cap duong|nhan tien|duoc nhan|duoc tra)\b"
    # ... or chasing the money a judgment gave ("Cụ bà ... 9 năm đi đòi tiền theo bản án")
    rf"|\b{_SPAN} (?:di )?doi (?:tien|no|dat|nha)(?: [^ .][^ ]*){{0,3}}?"
    r" theo (?:ban an|quyet dinh)\b"
    r"|\b(?:nguoi dan|dan|ban doc|doanh nghiep) to (?:co quan )?thi hanh an\b"
    # ... with the place between, or the file accused ("Người dân Bạc Liêu cũ tố hồ sơ thi hành
    # án bị 'ngâm' 3 năm"), a file or a letter left to soak
    r"|\b(?:nguoi dan|ban doc|doanh nghiep|gia dinh)(?: [^ .][^ ]*){0,4}? to (?:co quan |ho so )?"
    r"(?:thi hanh an|chap hanh vien)\b"
    r"|\b(?:ho so|don|vu viec)(?: [^ .][^ ]*){0,6}? bi ngam\b"
    r"|\bbi cuong che(?: [^ .][^ ]*){0,6}? (?:giap tet|sat tet"
    r"|(?:khi )?chi con(?: [^ .][^ ]*){0,3}? (?:nua )?la tet)\b"
)
# ... but not where the opening is a reader's question on the law ("Hỏi: Tài sản kê biên bị mất
# thì ai chịu trách nhiệm?", "Bạn đọc N. hỏi: ..."), a legal explanation.
_READERS_QUESTION = re.compile(
    # (not "thu hồi", "phản hồi" ending a sentence: "... đòi công khai số tiền đã thu hồi")
    # (nor an answer not had: "... nhưng chưa được trả lời.")
    # (nor asking at the office: "... đã nhiều lần làm đơn và lên trụ sở hỏi.")
    # (nor an assembly named before a colon: "Đại biểu Quốc hội: ...", "Hiệp hội:", "xã hội:")
    r"\b(?<!thu )(?<!phan )(?<!duoc )(?<!chua )(?<!khong )(?<!tru so )(?<!lan )(?<!quoc )"
    r"(?<!dai )(?<!xa )(?<!hiep )(?:hoi|tra loi)"
    r"(?: \.|$)"
    r"|(?:^|\. )(?:hoi dap|giai dap|tu van)(?: \.|$)"
    r"|\b(?:hoi dap|giai dap|ban doc hoi|xin hoi|cho (?:toi|em|chau) hoi|toi muon hoi"
    r"|(?:xin|nho) luat su|luat su tu van|tu van phap luat)\b"
)


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
            + ("binh thuong", "vo ly", "khuat tat", "ap dat", " oan", "lum xum", "nghi van")
            + ("trung ten", "va lay", "hang xom", "ke ben", "ben canh", "lien ke")
            + ("boc hoi", "that lac", "bien mat")
            + ("lon tieng", "quat thao", "to tieng", "thieu chuan muc", "giat giay to")
            + ("gay tranh cai", "gay phan no", "gay buc xuc"),
        ),
    ),
    (
        _UNENFORCED,
        (
            _words(("chua ", "khong "), ("", "duoc ", "the "), ("thi hanh",))
            + ("cham", "van chua to chuc", "keo dai")
        ),
    ),
    (_ADMITTED, (("thua nhan", "xac nhan"), ("cham", "keo dai"))),
    (_COMPLAINT, (("khieu nai", "to cao", "keu ", "buc xuc", "don cau cuu", "phan anh"),)),
    (_NOT_IN_TIME, (("kip thoi", "xac minh", "kiem tra"),)),
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
    (_PRESSED_ON, (("khi", "luc"), ("dang",), ("cuong che", "ke bien", "dau gia"))),
    (
        _NOT_DEALT,
        (
            ("co tai san", "chua co dieu kien thi hanh"),
            ("nhung khong", "nhung chua", "nhung van", " van ", " dang "),
        ),
    ),
    (
        _NOT_RECEIVED,
        (
            ("chua nhan", "chua he", "chua ai", "duoc nhan", "nhan duoc", "nhan lai", "trang tay")
            + ("tay trang",)
            + ("chua duoc giao", "chua giao", "chua duoc ban giao", "chua ban giao")
            + ("duoc thong bao", "duoc tong dat")
            + ("chua duoc chi tra", "chua chi tra", "chua duoc hoan tra", "chua duoc tra lai")
            + ("chua hoan tra", "chua tra tien")
            # (the office named between: "vẫn chưa được Thi hành án dân sự ... bàn giao")
            + ("chua duoc co quan", "chua duoc thi hanh an", "chua duoc thads", "chua duoc phong")
            + ("chua duoc chi cuc", "chua duoc cuc")
            + ("dong nao",),
        ),
    ),
    (_LETTER, (_words(("gui ",), ("", "den ", "toi "), ("bao", "toa soan")),)),
    (_FILED, (_words(("don ",), ("khieu nai", "to cao", "keu cuu", "cau cuu")),)),
    (_READER_TITLE, (("ban doc",),)),
    (
        _CHEAP_SALE,
        (
            (
                "ban re",
                "re nhu",
                "chi bang",
                "thap hon",
                "gia beo",
                "ve tay nguoi",
                "gia thi truong",
            )
            + ("gia thuc te", "dinh gia", "bi ban"),
        ),
    ),
    (_ANNUL_DEMANDED, (_words(("huy ",), ("", "bo "), ("ket qua", "quyet dinh")),)),
    (
        _EXCESSIVE,
        (
            ("vuot", " lan", "tri gia", "gia tri", " bi ke bien", " bi phong toa", " bi cuong che")
            + ("tuong xung", "khong thuoc", "khong nam trong", "khong co trong")
            + ("ngoai ranh gioi", "ngoai phan dat", "ngoai dien tich", "ngoai pham vi")
            + ("lam hu hong",),
        ),
    ),
    (
        _THIRD_PARTY,
        (
            (
                "nguoi khac",
                "nguoi khong lien quan",
                "bo me",
                "cha me",
                "ong ba",
                "nguoi than",
                "chu cu",
                "co ten",
                "lien quan",
                "phai la",
                "cua toi",
                "phai cua",
                "nguoi ban",
                "chuyen nhuong",
                "khong phai",
                "khong thuoc",
            ),
        ),
    ),
    (
        _PAID_YET,
        (
            ("van bi", "lai bi", "van nhan", "lai nhan", "van mac ket", "lai mac ket", "van treo")
            + ("giai toa", "go bo", "huy bo", "cham dut"),
        ),
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
    (
        _INACTIVE,
        (
            ("chua", "khong"),
            ("bien phap", "xac minh", "ke bien", "cuong che", "to chuc thi hanh", "khau tru")
            + ("phong toa",),
        ),
    ),
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
            if pattern is _DESPITE or pattern is _PRESSED_ON:
                if not _PENDING.search(gap or m.group("gap2") or ""):
                    continue  # despite the weather, a resisting debtor ...: not disputed
                gap = ""  # (the pending appeal is the point, not a denial)
            if pattern in (_READER_TITLE, _LETTER) and ("cam on" in text or "biet on" in text):
                continue  # a reader's thanks ("Chị viết thư gửi Báo ... để bày tỏ lòng biết ơn")
            if m.group(0) == "bi va lay" and not _ENFORCED_BEFORE.search(
                text, max(0, m.start() - 150), m.start()
            ):
                continue  # (harmed by what? an act of enforcement told just before)
            window = text[max(0, m.start() - 60) : m.start()]
            # (a negation in the complaint's own sentence: the sentence before negates nothing
            # of it; the debtor's delay may be told in the sentence before)
            before = " ".join(window.rsplit(" . ", 1)[-1].split()[-8:])
            if pattern in _WORDED_CLAIMS:
                # (a claim in its own words: only a negation or a condition right before it
                # undoes it, not "giảm giá" or "giải quyết" told beside it)
                if _DENIED.search(" ".join(before.split()[-3:])):
                    continue
                if pattern is _CHEAP_SALE and _SUPPOSED.search(window.rsplit(" . ", 1)[-1]):
                    continue
            elif pattern is _ADMITTED:
                # (the office's own words, not denied: "trao đổi với" before it, "giải quyết"
                # within it deny nothing; the debtor's delay confirmed is not the office's)
                if _DEBTOR_DELAY.search(gap):
                    continue
            elif _NOT_REPORTED.search(_unasked(gap)) or _NOT_REPORTED.search(_unasked(before)):
                continue
            if pattern is _COMPLAINT and (
                _PROCEDURE_BEFORE.search(before)
                or _WHERE_TO_TURN.match(gap)
                or _KIND_LISTED.search(gap)
            ):
                continue  # ("Thủ tục khiếu nại quyết định của chấp hành viên"): the procedure
            # (or inside it: "... tài sản, hạn chế tình trạng tài sản bị hư hỏng")
            if _PREVENTED.search(text, _sentence_start(text, m.start()), m.end()):
                continue  # ("hạn chế tình trạng đương sự khiếu nại vì ...": what a reform spares)
            wide = " ".join(window.split()[-8:])
            if pattern is _UNENFORCED and _DEBTOR_DELAY.search(wide + " " + gap):
                continue
            if pattern in (_UNENFORCED, _NOT_RECEIVED) and _DEBTOR_CAUSE.match(text, m.end()):
                continue
            if pattern is _NOT_RECEIVED:
                end = text.find(" . ", m.end())  # (the rest of its sentence)
                if _TO_BE_PAID.search(text, m.end(), len(text) if end < 0 else end):
                    continue  # ("... chưa nhận tiền đợt này cần bổ sung giấy tờ để được chi trả")
            if (
                pattern is _NOT_RECEIVED
                and _PAPER.search(m.group(0))
                and _OFFICE_SUBJECT.search(before)
            ):
                continue  # ("cơ quan thi hành án không nhận được văn bản nào": the office's answer)
            if pattern is _UNENFORCED and _administrative_count(text, m, gap):
                continue
            if pattern is _COMPLAINT and _FIELD.search(m.group(0)):
                continue  # ("Khiếu nại trong thi hành án dân sự: thời hiệu, ..."): a field
            if pattern is _CHEAP_SALE and _private_sale(_told(text, m)):
                continue  # (the debtor's sale to a relative "thấp hơn nhiều": not enforcement's)
            yield m


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
    if _headline_succeeded(opening):
        return None  # (the headline tells it done: the complaints its lead tells are past)
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


# An institutional event in the headline (a training, a conference, a signing, a review of the
# year's work: "Tập huấn kỹ năng thông tin cho báo chí", "Ký kết quy chế phối hợp ..."): its body
# names failings in general ("chậm thi hành án", "đơn thư bạn đọc"), as work to do, not one
# party's case, so the body is not read for (f); its opening still is.
_EVENT_TITLE = re.compile(
    r"\b(?:tap huan|hoi nghi|hoi thao|toa dam|ky ket|le ky|so ket|tong ket|giao ban|quan triet"
    r"|boi duong nghiep vu|khai giang|be giang"
    # ... an inspection's visit, or a guidance the agency issues ("Cục Quản lý THADS kiểm tra
    # công tác tại Tuyên Quang", "Cục ... hướng dẫn tiếp nhận, giải quyết hồ sơ chuyển giao"):
    # the shortcomings and the rules its body lists are general
    r"|kiem tra cong tac|huong dan(?! sai| nham| khong dung)"
    r"|ban hanh (?:cong van|van ban|huong dan|ke hoach|chi thi))\b"
)


def _institutional_event(plain_title: str) -> bool:
    return _EVENT_TITLE.search(plain_title) is not None


def _late_complaint(plain: str, opening: str, *, hardship: bool = False) -> Signal | None:
    """(f) in the body, or the press's follow-up anywhere. ``hardship``: the opening is a
    portrait's, whose body tells the hardship overcome, not complaints (its follow-up counts)."""
    body = _later(plain, opening)
    if not body:
        return None
    if _closed(opening) or _headline_succeeded(opening):
        return None  # (the story of a case closed or done tells its complaints as past)
    administrative = _ADMINISTRATIVE.search(opening) is not None
    for m in () if hardship else _complaints(body):
        if m.re is _READER_TITLE:
            continue  # (a headline's form: in the body, "đơn thư bạn đọc" are letters in general)
        if m.re is _NOT_RECEIVED and _UNCLAIMED.search(opening):
            continue  # (money not come for, the opening tells: the parties', not a failing)
        if m.re is _UNENFORCED and administrative and (_counted(body, m) or _agency_late(body, m)):
            continue  # (the monitoring's statistics the opening tells: "6 bản án chưa thi hành";
            # the administrative bodies late: "công khai danh sách cơ quan chậm thi hành án")
        # (its sentence, and the next one, may tell it settled)
        told = _told(body, m)
        start = _sentence_start(body, m.start())
        before = body[start : m.start()]
        # (the sentence before, or the one before it: "Tuy nhiên, hội nghị cũng chỉ ra không ít
        # tồn tại. Số việc ... còn hơn 12.000 việc. Một số chấp hành viên còn chậm xác minh ...")
        previous = _sentence_start(body, max(0, start - 2))
        if _SHORTCOMINGS.search(body, _sentence_start(body, max(0, previous - 2)), m.start()):
            continue  # (a report's shortcomings: "Về hạn chế, báo cáo thừa nhận ...")
        end = body.find(" . ", m.end())
        if _IMPROVING.search(body, m.end(), end if end >= 0 else len(body)):
            continue
        if (
            _SETTLED.search(told)
            or _closed(told)
            or _PAST.search(before)
            # (an admission made in the answer is still the failing admitted)
            or (_ANSWERED.search(before) and m.re is not _ADMITTED)
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
        if m.group(0).startswith(("tiep tuc", "se tiep tuc")) and _OWN_WATCH.search(sentence):
            continue  # (the office keeping watch: "Sau sáp nhập, đơn vị tiếp tục theo dõi sát ...")
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
    if _DEBTOR_CAUSE.match(plain_title, m.end()):
        return None  # ("Đừng để bản án 'treo' vì người phải thi hành án chây ì": the debtor's)
    if _closed(_told_between(opening, 0, 0)) or _headline_succeeded(opening):
        return None  # ("Khoản tiền 'treo' 6 năm đã về tay người dân": the failing told ended)
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
# "cưỡng chế giao đất theo bản án", "kê biên để thi hành"), or the civil judgment it enforces
# ("bản án tranh chấp đất", "bản án buộc ... bồi thường", a lawsuit won and not paid, a debt
# seized for). (A match of any alternative of _THADS_NAMED but the first, a THADS body, holds one
# of _CIVIL_ENFORCEMENT_WORDS: see names_civil_enforcement.)
_CIVIL_ENFORCEMENT_WORDS = (
    "cuong che thi hanh an",
    "cuong che giao",
    "cuong che ban giao",
    "cuong che tra lai",
    "ban an dan su",
    "ban an tranh chap",
    "ban an ly hon",
    "ban an kinh doanh",
    "ke bien de thi hanh",
    "ke bien thi hanh",
    "ban an buoc",
    "buoc tra",
    "buoc boi thuong",
    "buoc thanh toan",
    "buoc hoan tra",
    "buoc giao",
    "thang kien",
    " bi ke bien",
    " bi cuong che",
    "ho so thi hanh an",
    "ho so yeu cau thi hanh an",
    "thi hanh khoan",
    "thi hanh nghia vu",
    "so tien phai thi hanh",
    "thi hanh xong an",
    "theo ban an",
)


def names_civil_enforcement(stripped: str) -> bool:
    """Whether the folded diacritic-free text may name civil enforcement by its acts or the
    civil judgment it enforces (a cheap first test for callers that have not seen a THADS office
    named: :func:`complaint_about_thads` decides)."""
    first = ("cuong che", "ban an", "ke bien", "thang kien", "ho so thi hanh", "ho so yeu cau")
    first += ("phong toa",)
    return any(w in stripped for w in first) and any(
        w in stripped for w in _CIVIL_ENFORCEMENT_WORDS
    )


_THADS_NAMED = re.compile(
    rf"\b(?:{_THADS_BODY}|cuong che thi hanh an(?! hinh su)"
    r"|cuong che (?:giao|ban giao|tra lai)(?: [^ .][^ ]*){0,4}? theo ban an"
    r"|ban an (?:dan su|tranh chap|ly hon|kinh doanh thuong mai)"
    # ... a seizure to enforce ("bị kê biên để thi hành khoản 38 triệu đồng án phí"), a judgment
    # ordering a payment ("Bản án buộc công ty vận tải bồi thường hơn 600 triệu đồng")
    r"|ke bien (?:de )?thi hanh(?! an hinh su)"
    # (its number, year or court between: "Bản án năm 2014 buộc trả lại 600 m2 đất")
    r"|ban an(?: [^ .][^ ]*){0,12}? buoc(?: [^ .][^ ]*){0,6}? (?:boi thuong|tra|thanh toan"
    r"|hoan tra|giao)"
    # ... a lawsuit won, then not paid ("Thắng kiện từ năm 2021, cụ bà ... vẫn chưa nhận được
    # tiền"), a debt seized for ("Nợ 80 triệu đồng, cả vườn xoài ... bị kê biên")
    r"|thang kien(?: [^ .][^ ]*){0,12}? (?:van )?chua (?:ai )?(?:duoc )?nhan"
    r"|no (?:hon |gan )?\d[\d.,]* (?:trieu|ty|ti) dong(?: [^ .][^ ]*){0,8}?"
    r" bi (?:ke bien|cuong che)"
    # ... a party's enforcement file ("hồ sơ thi hành án của họ bị kéo dài nhiều năm"), an
    # account frozen for a sum to enforce ("phong tỏa toàn bộ tài khoản ... để bảo đảm thi hành
    # khoản nghĩa vụ", "vượt quá số tiền phải thi hành")
    r"|ho so (?:yeu cau )?thi hanh an(?! hinh su)"
    r"|(?:ke bien|phong toa)(?: [^ .][^ ]*){0,8}? (?:de (?:bao dam |dam bao )?thi hanh"
    r" (?:khoan|nghia vu)|so tien phai thi hanh(?! an hinh su))"
    # ... or a judgment paid and the account still frozen ("Đã thi hành xong án, doanh nghiệp
    # ... vẫn bị phong tỏa tài khoản", "đã nộp đủ ... theo bản án ... vẫn bị phong tỏa")
    r"|(?:da thi hanh xong an|nop du(?: [^ .][^ ]*){0,6}? theo ban an)"
    r"(?: [^ .][^ ]*){0,14}? van bi (?:phong toa|ke bien))\b"
)


def complaint_about_thads(
    title: str, text: str, lead: str | None = None, *, stripped: str | None = None
) -> Signal | None:
    """Whether (c) fires, or (f) in the opening (or its critical question in the headline) of an
    article that names a THADS office or officer: an allegation against THADS, which makes the
    article relevant (code ``thads_complaint``).
    ``stripped``: the article's folded diacritic-free text when already at hand."""
    plain = _plain(title, text, lead, stripped)
    found = _officer_misconduct(plain)
    if found is None:
        if _THADS_NAMED.search(plain) is None:
            return None
        opening = _opening(plain)
        found = _enforcement_complaint(opening)
        if found is None:
            # (or the headline's critical question: "12 năm cầm bản án, gia đình ... vẫn chưa
            # lấy lại được đất", a civil judgment named)
            found = _critical_question(_plain(title, "", None), opening)
        if found is None:
            return None
    return Signal(
        "thads_complaint",
        "quy tắc: bài viết nêu khiếu nại, cáo buộc đối với cơ quan hoặc cán bộ thi hành án dân sự",
        found.mention,
        "relevant",
    )
