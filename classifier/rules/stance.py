"""The rule signals that settle another assessment, or relevance (:mod:`classifier.rules`): (d)
a headline naming THADS makes an article relevant; (e) a formal notice, (h) a legal explainer,
(i) the debtor at fault, (j) a routine step, (k) the authority's reply and (l) law news make it
``neutral``; (g) a results report makes it ``positive``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from classifier.rules.plain import (
    _IMPERSONATED,
    _SPAN,
    _WRONG,
    NOT_POSITIVE,
    Signal,
    _compile,
    _opening,
    _plain,
    _sentence_start,
)

# (h) A legal explainer: the headline opens as a guide or a reader's question, or ends with a
# question on the law ("... xử lý thế nào?", "... là bao lâu?", "... có được ... không?"). Not "vì
# sao", "tại sao", "ai chịu trách nhiệm" (critical, :data:`_CRITICAL_HEADLINE`), nor "bao nhiêu",
# "ở đâu", "đi đâu" (the money of a critical story: "Tiền thi hành án đi đâu?").
_EXPLAINER_TITLE = _compile(
    r"^(?:huong dan|hoi dap|giai dap|tu van|ban doc hoi|luat su tu van|quy dinh moi ve"
    r"|nhung diem moi|thu tuc|quy trinh|quy dinh ve|(?:nhung )?noi dung (?:chinh|moi|co ban))\b"
    # ... or asks what is new ("Luật Thi hành án dân sự (sửa đổi) vừa được thông qua có gì mới?")
    r"|\bco gi moi(?: \.)?$"
    # ... or ends naming the procedure ("...: thủ tục và chi phí"), or asks the time allowed
    # ("... có bao nhiêu ngày để tự nguyện thi hành?")
    r"|\b(?:thu tuc|quy trinh)(?: va (?:chi phi|ho so|le phi|thoi han))?(?: \.)?$"
    r"|\bco bao nhieu (?:ngay|thang|nam)\b"
    r"|\b(?:nhung luu y|can luu y|luu y khi|dieu(?: [^ .][^ ]*){0,3}? can biet)\b"
    # ("Sở Tư pháp Hà Nội lưu ý về giá trị pháp lý của vi bằng thừa phát lại")
    r"|\bluu y (?:ve|nguoi dan|nguoi mua)\b"
    # ("Ủy quyền cho người thân nhận tiền thi hành án cần những giấy tờ gì?")
    r"|\bcan (?:nhung )?(?:giay to|ho so|thu tuc|dieu kien) gi\b"
    # ... or whether one will get it ("Người nợ không có tài sản, thắng kiện có đòi được tiền?")
    r"|\bco (?:doi|lay|nhan|thu)(?: lai)? duoc (?:tien|tai san|nha|dat|no)(?: khong)?(?: \.|$)"
    # ... or whether one may ("Đang khiếu nại quyết định thi hành án, có được đề nghị tạm dừng
    # cưỡng chế?")
    r"|\bco (?:duoc|quyen) (?:de nghi|yeu cau|nop|xin|tam dung|hoan|uy quyen)(?: [^ .][^ ]*){0,8}"
    r" \.$"
    # ("Người phải thi hành án qua đời, khoản nợ theo bản án xử lý ra sao?"; not a follow-up:
    # "Vụ cưỡng chế ... giờ ra sao?")
    # ... or what measure or step ("... không tự nguyện trả nợ sẽ bị áp dụng biện pháp gì?")
    r"|\b(?:bien phap|thu tuc|hinh thuc|che tai) gi(?: \.)?$"
    r"|\b(?:the nao|(?<!gio )(?<!nay )(?<!hien )ra sao|bao lau|la gi|gom nhung gi|can nhung gi"
    r"|phai lam gi|(?:co )?duoc khong"
    # ("Thừa phát lại làm được những việc gì?")
    r"|lam duoc (?:nhung )?(?:viec )?gi"
    r"|co (?:duoc|quyen)(?: [^ .][^ ]*){1,10}? khong)(?: \.)?$"
    # ... or a reader's question on a step, words after it ("Nộp đơn yêu cầu thi hành án ở đâu
    # sau khi bỏ Chi cục Thi hành án?", "Người thua kiện không trả nợ, tôi cần làm gì để được thi
    # hành án?"; not "..., cơ quan thi hành án ở đâu?", which asks where the office was)
    r"|\b(?:nop|gui|lam|dang ky|nhan|lien he)(?: [^ .][^ ]*){0,8}? o dau(?: [^ .][^ ]*){0,10} \.$"
    r"|\b(?:can|phai|nen) lam gi(?: [^ .][^ ]*){0,10} \.$"
    r"|^co the(?: [^ .][^ ]*){1,12} \.$"  # ("Có thể thuê thừa phát lại xác minh ...?")
    # ... or how to ("Thắng kiện đòi nợ, làm thế nào để yêu cầu thi hành án?")
    r"|\blam (?:the nao|sao) de\b"
    # ... or who or what one is ("Thừa hành viên là ai, làm gì trong thi hành án dân sự?"; not
    # "... trách nhiệm là ai?")
    r"|\b(?<!nhiem )la ai(?: [^ .][^ ]*){0,10} \.$"
    # ... or whether one loses or suffers a step ("Nhà chung bị kê biên vì chồng nợ riêng, vợ có
    # mất phần?", "Nhà đang thế chấp có bị kê biên không?")
    # ("Tài sản chung của vợ chồng có bị kê biên khi chỉ một người phải thi hành án?")
    r"|\bco (?:bi|mat)(?: [^ .][^ ]*){0,10}(?: khong)? \.$"
    # ... or whether one must pay ("Bố mất, con có phải trả khoản nợ 600 triệu?")
    r"|\bco phai (?:tra|chiu|nop|boi thuong|thi hanh|ban)(?: [^ .][^ ]*){0,6}(?: khong)? \.$"
)

# (l) News of a law or a policy being made or taking effect: the headline opens with the step
# ("Dự thảo ...", "Đề xuất ...", "Quốc hội thông qua ...", "Từ 1/7/2026, ...") or names a draft.
_LAW_NEWS_TITLE = _compile(
    r"^(?:du thao|de xuat|sua doi|bo sung|lay y kien|tham tra|quoc hoi thong qua|thong qua"
    r"|ban hanh|trinh quoc hoi|tu (?:ngay )?\d{1,2} \d{1,2}(?: \d{4})?\b)"
    r"|\bdu thao (?:luat|nghi dinh|thong tu)\b"
    r"|\bluat thi hanh an dan su(?: sua doi)? (?:co hieu luc|duoc thong qua)"
    # ... or ends with the date it takes effect ("Hệ thống thi hành án dân sự vận hành mô hình mới
    # từ 1/7")
    r"|\b(?:van hanh|ap dung|co hieu luc|thuc hien|hoat dong)(?: [^ .][^ ]*){0,4}?"
    r" tu (?:ngay )?\d{1,2} \d{1,2}(?: \d{4})?$"
)

# (e) A formal notice: its headline is one ("Thông báo ...", "X thông báo bán đấu giá ..."), or
# its body carries the fields of an auction notice.
_NOTICE_TITLE = re.compile(
    r"(?:^|\. )(?:thong bao|lich tiep cong dan)\b"
    # ... after the office that gives it ("Thi hành án dân sự thành phố Hải Phòng thông báo về việc
    # nhận tiền thi hành án"; not its results, "... thông báo kết quả ...")
    r"|(?:^|\. )(?:co quan |phong )?thi hanh an dan su(?: [^ .][^ ]*){0,6}? thong bao"
    r"(?! (?:ket qua|thanh tich))\b"
    # (not one a party says it never had: "... nói không hề được thông báo đấu giá")
    r"|\b(?<!duoc )thong bao (?:ve viec )?(?:ban |to chuc )?dau gia\b"
    # ... or opens with an auction's round ("Bán đấu giá lần thứ ba vườn dừa ..."), or looks for
    # the parties owed money ("... tìm người nhận các khoản tiền tồn đọng")
    r"|^(?:ban )?dau gia lan thu\b"
    # ... or announces one for enforcement ("Bán đấu giá thửa đất 156 m2 tại phường Thủy Nguyên
    # để thi hành án")
    # (after a dateline too: "Gia Lai: Bán đấu giá quyền sử dụng đất ... để thi hành án")
    r"|^(?:[^ .][^ ]*(?: [^ .][^ ]*){0,2} \. )?(?:to chuc )?ban dau gia(?: [^ .][^ ]*){1,12}?"
    # (and where: "Bán đấu giá quyền sử dụng đất để thi hành án tại phường Rạch Giá")
    r" de (?:bao dam )?thi hanh an(?: (?:tai|o) [^.]*)?$"
    r"|\btim (?:nguoi|chu|duong su)(?: [^ .][^ ]*){0,6}? nhan (?:tien|cac khoan|khoan|tai san)\b"
)

# ... or a personnel announcement: the headline (after a dateline) opens with the appointment.
_PERSONNEL_TITLE = re.compile(
    r"(?:^|\. )(?:(?:trao|cong bo) (?:cac )?quyet dinh )?(?:bo nhiem|dieu dong|luan chuyen)\b"
    # ... told after the office ("Thi hành án dân sự tỉnh Hà Tĩnh điều động, luân chuyển 14 chấp
    # hành viên")
    r"|(?:^|\. )(?:co quan |cuc quan ly |phong )?(?:thi hanh an dan su|thads)(?: [^ .][^ ]*){0,5}?"
    r" (?:bo nhiem|dieu dong|luan chuyen)\b"
    # ... an office's new head ("Sơn La có tân Phó Trưởng Thi hành án dân sự tỉnh"), or an
    # organisational announcement ("Lào Cai công bố địa bàn phụ trách của các Phòng ...")
    r"|\bco (?:tan|them) (?:pho )?(?:truong|cuc truong|giam doc|chanh van phong)\b"
    # ... or a decision on the office's organisation ("Công bố quyết định về tổ chức bộ máy ...")
    r"|(?:^|\. )(?:[^ .][^ ]* ){0,3}?cong bo (?:cac )?quyet dinh (?:ve )?(?:to chuc bo may"
    r"|thanh lap|sap xep (?:to chuc|bo may)|kien toan"
    # ("Lâm Đồng công bố quyết định bổ nhiệm Phó Trưởng ...", "Công bố quyết định về công tác
    # cán bộ của Thi hành án dân sự tỉnh Phú Thọ")
    r"|bo nhiem|dieu dong|luan chuyen|cong tac can bo|nhan su)\b"
    r"|(?:^|\. )(?:[^ .][^ ]* ){0,8}?cong bo (?:cac )?(?:dia ban|danh sach|dia chi"
    r"|lich tiep cong dan|so dien thoai|duong day nong)\b"
    # ... or an office moving ("Phòng Thi hành án dân sự khu vực 3 chuyển trụ sở về ...")
    r"|\b(?:chuyen|doi|thay doi) (?:tru so|dia diem lam viec|dia chi)\b"
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
    "thong bao giam gia",  # ("... vừa thông báo giảm giá lần thứ ba đối với tài sản ...")
)
NOTICE_MIN_FIELDS = 3

# A headline that complains is a story about a notice, not the notice ("Thông báo đấu giá
# 'lén lút', người dân kêu cứu"): the critical headline words of the THADS press.
_CRITICAL_HEADLINE = re.compile(
    rf"\b(?:{_WRONG}|keu cuu|buc xuc|lam kho|cham tre|chay i|ngam|khieu nai|to cao|mo am|lut"
    r"|lap lo|uan khuc|dau hieu|vi pham|tai sao|vi sao|ai chiu|bat nhat|thieu minh bach"
    r"|hu(?:y|i) ket qua)\b"
)

# (d) A THADS office or officer named in the headline (abbreviations already written out).
_HEADLINE_THADS = re.compile(
    r"\b(?:thi hanh an dan su|chap hanh vien|tham tra vien thi hanh an|thu ky thi hanh an"
    # (not the city: "Trung vệ Hải Phòng thi hành án treo giò")
    r"|thua phat lai|(?:tong cuc|chi cuc|cuc|(?<!hai )phong|doi|co quan|can bo) thi hanh an"
    r"(?! hinh su| tu hinh| phat tu)"
    # the parties of civil enforcement, or a handover to an auction's buyer ("Cưỡng chế giao biệt
    # thự cho người trúng đấu giá ở TP HCM")
    r"|nguoi (?:duoc|phai) thi hanh an(?! hinh su| tu hinh| phat tu| treo gio)"
    r"|(?:cuong che|ban giao|giao)(?: [^ .][^ ]*){0,6}? cho nguoi (?:mua )?trung dau gia"
    # the bailiff's record ("Mua nhà bằng vi bằng ...", "Vi bằng ghi nhận ..."; not "thú vị bằng")
    r"|(?:lap|bang|qua) vi bang|(?:^|\. )vi bang)\b"
)

# A police warning of a fraud told by how the sale was recorded ("Công an cảnh báo chiêu bán đất
# nền qua vi bằng"): the story is the fraud (not "Thừa phát lại lập vi bằng giúp lừa đảo": the
# bailiff named acting).
_SCAM_WARNING = re.compile(r"\b(?:cong an|canh bao|lua dao|chieu|thu doan)\b")

# ... or reports enforcement results in numbers ("Thi hành xong 1.895 việc, thu gần 16.000 tỷ
# đồng"): "thi hành xong" followed by a figure is the THADS statistics' phrase (a served
# sentence is "chấp hành xong"; "thi hành xong bản án", "... án treo giò" have no figure).
_NUMBER = r"(?:(?:hon|gan|tren|khoang|toi|den|xap xi) )?(?:\d[\d.,]*|hang (?:chuc|tram|nghin|ngan))"
_DONE_FIGURE = rf"thi hanh xong (?:{_NUMBER}|ve viec|ve tien)"
_HEADLINE_RESULTS = re.compile(rf"\b{_DONE_FIGURE}")

# (m) A sports ban: "thi hành án treo giò" is a player serving a suspension (the domain notes'
# sports false positives), among the words of football and other sports.
# ... or a card's ban ("phải thi hành án phạt sau chiếc thẻ đỏ trực tiếp"; not "như thế đó")
_SPORTS_BAN = re.compile(
    r"\b(?:an treo gio|treo gio|cam thi dau|(?:chiec|nhan|phat|bi|an) the (?:do|vang)"
    r"|the (?:do|vang) (?:truc tiep|thu))\b"
)
_SPORTS = re.compile(
    r"\b(?:cau thu|tien dao|trung ve|hau ve|thu mon|tien ve|hlv|huan luyen vien|doi bong|cau lac bo"
    r"|clb|v league|vff|giai dau|tran dau|san co|bong da|van dong vien)\b"
)

# (g) Results achieved, successful enforcement, good examples, praise, reforms in the opening
# (the domain notes' positive headline patterns). No "tuyên dương": without diacritics it is
# also "tuyến đường" (a route).
_MONEY = r"(?:ty|ti|nghin ty|ngan ty|nghin ti|ngan ti) dong"
# What a backlog cleared names ("thi hành xong vụ việc tồn đọng", "tháo gỡ vướng mắc"; not "thi
# hành xong nhiều việc, án tồn đọng vẫn lớn": commas are gone from the plain text).
_CLEARED = (
    r"(?: (?:cac|nhieu|mot so|hang chuc|hang tram|\d[\d.]*))?"
    # (the kind of case named: "37 việc thi hành án tín dụng, ngân hàng tồn đọng")
    r"(?: (?:vu viec|viec|vu|ban an|ho so)(?: thi hanh an)?"
    r"(?: (?!(?:van|con|nhung|chua|khong)\b)[^ .][^ ]*){0,4}?)?"
    # (not "tồn đọng vẫn lớn", "tồn đọng nhiều"; but "tồn đọng nhiều năm" is cleared too)
    r" (?:ton dong|vuong mac|kho khan|keo dai|trong diem|phuc tap)"
    r"(?! (?:van|con|lon|nhieu(?! nam))\b)"
)
_CLEARING = (
    # ("'gỡ' vụ việc tồn đọng hơn 10 năm")
    r"thi hanh xong|giai quyet dut diem|xu ly dut diem|khep lai|cham dut|ket thuc|go"
    # ... or opening the headline ("Dứt điểm vụ việc tồn đọng 15 năm ở phường Tuy Hòa")
    r"|(?:(?<=\. )|(?<!.))dut diem"
    r"|xu ly xong|giai quyet xong"
)
_VICTIMS = (
    r"(?:bi hai|nguoi bi hai|trai chu|nha dau tu|nguoi lao dong|cong nhan|khach hang"
    r"|nguoi duoc thi hanh an)\b"
)
# A case told done at last, whose opening recalls the delay it ends: a judgment done ("Sau 15
# năm, bản án về căn nhà ở Hải Hậu đã được thi hành xong"; not "chưa được thi hành xong"), a bad
# debt dealt with ("Xử lý xong khoản nợ xấu gần 60 tỷ đồng"), a handover after years ("Giao đất
# cho người được thi hành án sau 11 năm 'treo'", "Người trúng đấu giá nhận nhà sau 5 năm chờ
# đợi"; not "chưa giao ... sau 11 năm"). Told in the headline, it is the story's point.
_DONE_AT_LAST = (
    r"\b(?:ban an|quyet dinh|vu viec|vu an)(?: [^ .][^ ]*){0,8}? da duoc thi hanh xong\b"
    rf"|\b(?:xu ly|thu hoi|thi hanh) xong (?:cac )?(?:khoan )?no(?: xau)?(?: [^ .][^ ]*){{0,3}}?"
    rf" {_NUMBER} {_MONEY}"
    # ("Long An: Cưỡng chế giao nền đất cho 87 người mua sau gần 10 năm chờ đợi")
    rf"|(?:^|\. )(?:cuong che )?(?:ban )?giao (?:dat|nha|tai san|nen dat|lo dat|thua dat|can ho"
    rf"|mat bang)(?: [^ .][^ ]*){{0,8}}? sau {_SPAN}"
    rf"|\b(?<!chua )(?<!khong )nhan (?:nha|dat|tai san|du tien)(?: [^ .][^ ]*){{0,3}}? sau {_SPAN}"
    # (told the other way round: "Sau 8 năm đằng đẵng, người được thi hành án ở Nghệ An đã nhận đủ
    # tiền")
    rf"|(?:^|\. )(?:sau|cho|cho doi) {_SPAN}(?: [^ .][^ ]*){{0,10}}? (?<!chua )(?<!khong )"
    r"(?:da |moi )?"
    r"(?:nhan (?:du|lai)|duoc (?:tra|chi tra|thi hanh xong))\b"
)
_DONE_AT_LAST_RE = _compile(_DONE_AT_LAST)
_RESULTS = _compile(
    rf"\b{_DONE_FIGURE}|\bthi hanh duoc {_NUMBER} (?:viec|{_MONEY})"
    r"|\bdat ty le (?:(?:hon|gan|tren) )?\d[\d.,]* ?%"
    r"|\b(?:dat va |hoan thanh va )?vuot (?:muc |cac )?chi tieu"
    r"|\bhoan thanh (?:xuat sac |toan dien )?(?:cac |toan bo )?chi tieu"
    # "cao nhất từ trước đến nay", "kỷ lục" of results, not of a case's size ("đại án kỷ lục")
    r"|\b(?:ket qua|thu hoi|thi hanh|ty le)(?: [^ .][^ ]*){0,15}? cao nhat tu truoc (?:den|toi) nay"
    r"|\b(?:thu|thu hoi|thi hanh|dat|cao) (?:[^ .][^ ]* ){0,2}?ky luc\b"
    rf"|\bthu (?:hoi |ve )?(?:duoc )?(?:toan bo |dut diem |xong |du |tron |them )?{_NUMBER}"
    rf" {_MONEY}"
    # ... the property back to the one owed it ("Gia đình nhận lại đất sau 8 năm"; not "chưa được
    # nhận lại", "chờ nhận lại")
    # (or got back at last: "... mới nhận lại được mảnh đất")
    r"|\b(?<!chua )(?<!chua duoc )(?<!khong )(?<!cho )(?<!cho doi )(?<!mong )nhan lai(?: duoc)?"
    r" (?:nha|dat|can nha|ngoi nha|manh dat|thua dat|khu dat|tai san|quyen su dung dat|tien)\b"
    # (or the money: "Hơn 2.000 nạn nhân vụ lừa đảo ... bắt đầu được nhận lại tiền")
    # ... a case done at last (:data:`_DONE_AT_LAST`)
    rf"|{_DONE_AT_LAST}"
    # ... one case done in full ("Thi hành xong vụ án tín dụng 42 tỷ đồng", "thi hành xong toàn
    # bộ khoản tiền hơn 126 tỷ đồng"; not "chưa thi hành xong vụ án")
    r"|\b(?<!chua )(?<!khong )thi hanh xong (?:mot )?(?:vu an|vu viec|toan bo (?:khoan|so) tien)\b"
    # (or the whole sum, "thi hành xong toàn bộ hơn 62 tỷ đồng"; all of it recovered, "Thu hồi
    # 100% tiền, tài sản trong vụ án ...")
    rf"|\b(?<!chua )(?<!khong )thi hanh xong (?:toan bo|du) {_NUMBER} {_MONEY}"
    r"|\b(?<!chua )(?<!khong )thu hoi (?:duoc )?100 ?%"
    # ... a long case settled ("Vụ thi hành án 12 năm ... đã được giải quyết dứt điểm")
    r"|\b(?<!chua )(?<!khong )da (?:duoc )?(?:giai quyet|xu ly) dut diem\b"
    # ... money paid out, people paying of their own will ("Chi trả hơn 38 tỷ đồng cho người được
    # thi hành án", "Hơn 300 người dân vùng cao tự nguyện thi hành án")
    rf"|\bchi tra (?:them |duoc |xong |du )?{_NUMBER} {_MONEY}"
    # ... or paid into the State budget ("Nộp ngân sách hơn 400 tỷ đồng thu hồi từ vụ án ..."; not
    # "chưa nộp", "phải nộp": an obligation)
    rf"|\b(?<!chua )(?<!khong )(?<!phai )(?<!buoc )(?<!se )nop (?:vao )?ngan sach(?: nha nuoc)?"
    rf" {_NUMBER} {_MONEY}"
    rf"|\b{_NUMBER} (?:nguoi|ho|duong su|viec)(?: [^ .][^ ]*){{0,4}}? tu nguyen (?:thi hanh|nop)\b"
    r"|\bcuong che (?:[^ .][^ ]* ){0,3}?(?:thanh cong|dien hinh)\b|\bdau gia thanh cong\b"
    # ... the agency's own lawsuit won ("cơ quan thi hành án khởi kiện thành công"; not a party's
    # against it)
    r"|\b(?:co quan thi hanh an|thi hanh an dan su|chap hanh vien)(?: [^ .][^ ]*){0,4}?"
    r" khoi kien (?:[^ .][^ ]* ){0,3}?thanh cong\b"
    r"|\bguong (?:sang|dien hinh|mat tieu bieu|nguoi tot)|\bdien hinh tien tien"
    # ... or a leader's praise ("... là điểm sáng của toàn hệ thống")
    r"|\bla (?:mot )?diem sang\b"
    # ... or a debtor abroad persuaded to pay ("tự nguyện chuyển trả 1,8 tỷ đồng")
    rf"|\btu nguyen (?:chuyen tra|tra|nop|thi hanh)(?: [^ .][^ ]*){{0,4}}? {_NUMBER} {_MONEY}"
    r"|\b(?:khen thuong|bang khen|bieu duong|ton vinh|huan chuong|co thi dua|chien si thi dua"
    r"|ky niem chuong|danh hieu (?:tap the|lao dong|anh hung))\b"
    # a debtor persuaded into compliance ("vận động, thuyết phục ... tự nguyện bàn giao"), not
    # one who was not ("... nhưng ông K. vẫn không tự nguyện thi hành")
    r"|\bvan dong thanh cong\b|\b(?:van dong|thuyet phuc)"
    r"(?: (?!(?:khong|chua|chang|nhung|song)\b)[^ .][^ ]*){0,12}? tu nguyen"
    r" (?:thi hanh|chap hanh|ban giao|giao|tra|nop|thuc hien|di doi|don|thao do|thoa thuan)\b"
    # a good deed ("trả lại 50 triệu đồng cho người chuyển nhầm", "nghĩa cử đẹp")
    r"|\btra lai(?: [^ .][^ ]*){0,10}? (?:chuyen nham|chuyen khoan nham|nop nham|danh roi)\b"
    r"|\b(?:nghia cu|viec lam|hanh dong) (?:cao )?dep\b"
    # ... officers paying for a poor debtor ("Chấp hành viên góp tiền giúp cụ ông nghèo trả nợ")
    r"|\b(?:gop tien|quyen gop|bo tien tui)(?: [^ .][^ ]*){0,4}? (?:giup|ho tro)\b"
    # a reform launched or advancing, not a how-to ("hướng dẫn sử dụng biên lai điện tử")
    r"|\b(?:ra mat|khai truong|dua vao|chinh thuc|hoan thanh|day manh|thanh cong|buoc tien"
    r"|dot pha|trien khai|ap dung)(?: [^ .][^ ]*){0,6}? (?:bien lai dien tu|chuyen doi so"
    r"|co so du lieu|tra cuu truc tuyen|dich vu cong truc tuyen|(?:tai khoan |kenh )?zalo"
    # ("đưa vào vận hành chính thức hệ thống tra cứu thông tin thi hành án trực tuyến")
    r"|(?:he thong|phan mem|ung dung) (?:tra cuu|nop don|thanh toan)(?: [^ .][^ ]*){0,5}?"
    r" truc tuyen)\b"
    # ... or piloted ("Hải Phòng thí điểm nộp đơn yêu cầu thi hành án trực tuyến")
    r"|\bthi diem(?: [^ .][^ ]*){0,8}? (?:truc tuyen|dien tu|so hoa|ma qr)\b"
    # ... or easing people's business ("Biên lai điện tử giúp người dân nộp tiền thuận tiện
    # hơn")
    r"|\bgiup(?: [^ .][^ ]*){0,10}? (?:thuan tien|thuan loi|de dang|nhanh chong|tiet kiem)\b"
    # ... paying or looking up made quick or open ("giúp người dân nộp tiền nhanh, minh bạch")
    r"|\bgiup(?: [^ .][^ ]*){0,4}? (?:nop tien|tra cuu|thanh toan|nop don)(?: [^ .][^ ]*){0,3}?"
    r" (?:nhanh|minh bach)\b"
    r"|\bbot (?:duoc )?(?:canh |nhung )?(?:giay to|thu tuc|di lai|phien ha|chi phi|chuyen di"
    r"|cho doi|xep hang)\b"
    # ... a handover gone smoothly ("Cưỡng chế giao nhà êm thấm sau 5 năm")
    r"|\b(?:cuong che|giao nha|giao dat|ban giao)(?: [^ .][^ ]*){0,4}? em tham\b"
    # ... or sparing a queue ("người dân Thủ đô không còn phải xếp hàng")
    r"|\bkhong con phai (?:xep hang|di lai|cho doi|den tru so|di xa|chay)\b"
    # ... time cut, people's praise ("rút ngắn thời gian ra quyết định thi hành án", "người dân
    # đánh giá cao")
    r"|\brut ngan (?:dang ke )?(?:thoi gian|thoi han)\b"
    r"|\b(?:nguoi dan|du luan|duong su|cu tri|nhan dan)(?: [^ .][^ ]*){0,2}? danh gia cao\b"
    # ... targets met early ("về đích sớm hai tháng"), backlog cases settled ("Hơn 2.300 việc tồn
    # đọng được giải quyết"), thanks to officers ("Cảm ơn những chấp hành viên đã giúp ...")
    r"|\bve dich (?:som|truoc (?:thoi han|ke hoach|\d+|hai|ba|mot))\b"
    rf"|\b{_NUMBER} (?:viec|vu viec|ho so) ton dong (?:da )?duoc (?:giai quyet|xu ly)\b"
    # ... or complainants thanking after their complaints were settled ("..., đương sự rút đơn
    # và gửi lời cảm ơn")
    r"|\bgui (?:loi |thu )cam on\b"
    r"|\b(?:cam on|tri an|biet on)(?: [^ .][^ ]*){0,3}?"
    r" (?:chap hanh vien|can bo thi hanh an|co quan thi hanh an|thi hanh an dan su)\b"
    # all of a kind done ("100% bản án hành chính ... được thi hành xong")
    r"|\b100 ?%(?: [^ .][^ ]*){0,8}? (?:duoc )?(?:thi hanh xong|chap hanh xong|giai quyet xong)\b"
    r"|\b(?:dat|hoan thanh|thi hanh xong) 100 ?%"
    # victims paid ("hoàn tất chi trả hơn 900 tỷ đồng cho bị hại", "chi trả đợt 3 cho hơn
    # 35.000 trái chủ")
    r"|\b(?:hoan tat|hoan thanh) (?:viec )?chi tra\b"
    # ... backlog cases counted and done ("gần 300 việc tồn đọng nhiều năm ... đã được thi hành
    # xong")
    rf"|\b{_NUMBER} (?:viec|vu viec|ho so)(?: [^ .][^ ]*){{0,10}}? (?:da )?duoc (?:thi hanh xong"
    r"|giai quyet (?:xong|dut diem))\b"
    rf"|\b(?<!chua )(?<!cham )(?:chi tra|hoan tra|tra lai)(?: [^ .][^ ]*){{0,12}}?"
    rf" cho {_NUMBER} {_VICTIMS}"
    # ... a round of payments ("Chi trả đợt 3 cho trái chủ ..."; not "thông báo lịch chi trả")
    rf"|\b(?<!lich )(?<!thong bao )chi tra dot (?:\d+|hai|ba|bon|nam|sau|cuoi)"
    rf" cho (?:cac )?{_VICTIMS}"
    # ... told the other way round ("Thêm đợt chi trả cho người bị hại trong vụ Vạn Thịnh Phát")
    rf"|\b(?<!lich )(?<!thong bao )(?:them |tiep )?dot chi tra(?: moi| tiep theo| thu [^ .]+)?"
    rf" cho (?:cac )?{_VICTIMS}"
    # ... or a property sold at last ("Lô đất ... đã có người mua sau 9 lần đấu giá")
    r"|\b(?<!chua )(?<!khong )da (?:co nguoi mua|ban duoc|ban dau gia thanh cong)\b"
    # ... or an amount paid to them ("Chi trả thêm hơn 1.300 tỷ đồng cho trái chủ", "Trả lại hơn
    # 180 tỷ đồng cho bị hại")
    rf"|\b(?<!chua )(?<!cham )(?:chi tra|hoan tra|tra lai)(?: [^ .][^ ]*){{0,3}}?"
    rf" {_NUMBER} {_MONEY} cho (?:cac )?{_VICTIMS}"
    rf"|\b{_NUMBER} {_MONEY} (?:da )?duoc (?:chi tra|hoan tra) cho (?:cac )?{_VICTIMS}"
    # ... told first in a headline ("Hà Nội: Trả hơn 120 tỷ đồng cho bị hại ...")
    rf"|(?:^|\. )tra {_NUMBER} {_MONEY} cho (?:cac )?(?:{_NUMBER} )?{_VICTIMS}"
    # ... an officer refusing a bribe ("Chấp hành viên từ chối 'phong bì' 200 triệu đồng")
    r"|\btu choi(?: nhan)? (?:phong bi|hoi lo|qua bieu|tien (?:boi duong|cam on))\b"
    # ... or the victims receiving it ("Hơn 2.100 bị hại vụ Phúc An Land bắt đầu nhận lại tiền")
    r"|\b(?:bi hai|trai chu|nha dau tu|nguoi lao dong|cong nhan)(?: [^ .][^ ]*){0,5}?"
    r" (?:bat dau |da )?nhan (?:lai |du |duoc )?(?:tien|so tien|khoan tien)\b"
    # ... or a case closed ("Người dân đã nhận đủ 1,2 tỷ đồng", "đã chi trả toàn bộ số tiền")
    r"|\b(?<!chua )(?<!khong )(?:da nhan du|nhan du so tien|da chi tra toan bo)\b"
    r"|\b(?:ket thuc em tham|khep lai em tham|kien tri van dong)\b"
    # a dispute settled by an officer ("Chấp hành viên hòa giải thành khoản nợ 11 năm"), a
    # clear improvement ("chuyển biến rõ nét")
    r"|\bhoa giai thanh(?: cong)?\b|\bchuyen bien (?:ro net|tich cuc|manh me)\b"
    # ... or the parties brought to agree ("giúp hai bên thỏa thuận xong khoản nợ 3 tỷ đồng")
    r"|\b(?<!chua )(?<!khong )thoa thuan (?:xong|thanh cong)\b"
    # a backlog cleared ("Thi hành xong vụ việc tồn đọng 8 năm")
    rf"|\b(?:{_CLEARING})" + _CLEARED + r"\b"
)
# A plan launched ("Phát động phong trào thi đua năm 2027 ...", "Triển khai nhiệm vụ công tác
# năm 2027"): its opening tells last year's results and the targets, but the story is the plan.
_PLAN_TITLE = re.compile(
    # (after the office, "Thi hành án dân sự thành phố triển khai nhiệm vụ năm 2027")
    r"(?:[^ .][^ ]* ){0,8}?(?:phat dong (?:phong trao )?thi dua|ban hanh ke hoach|giao chi tieu"
    r"|trien khai (?:nhiem vu|ke hoach|cong tac) (?:cong tac )?nam)\b"
)

# The fault of the criminal case whose assets are recovered, not the agency's ("thu hồi gần 40 tỷ
# đồng ... trong vụ án sai phạm đất đai", "vụ án vi phạm quy định về quản lý đất đai", "Ban Chỉ
# đạo phòng, chống tham nhũng, lãng phí, tiêu cực").
_CASE_FAULT = re.compile(
    # ("... trong một vụ án tham nhũng liên quan đến việc giao đất, cho thuê đất sai quy định":
    # tried first, the longer span)
    r"\bvu an(?: [^ .][^ ]*){0,14}? sai (?:quy dinh|pham)\b"
    r"|\b(?:vu an|vu(?! viec)|toi)(?: [^ .][^ ]*){0,3}? (?:vi pham|sai pham|tham nhung)\b"
    r"|\bphong chong(?: [^ .][^ ]*){0,4}? tieu cuc\b"
)
# A shortfall told as overcome is no critical word ("hầu như không còn sai sót", "nhiều việc tồn
# đọng ... được giải quyết dứt điểm", "thi hành xong vụ việc tồn đọng").
_OVERCOME = _compile(
    r"\b(?:khong con|het|giam)(?: [^ .][^ ]*){0,2}? (?:sai sot|ton dong|vuong mac|kho khan"
    r"|cham thi hanh|cham tre)\b"
    # ("không để phát sinh khiếu nại đông người")
    r"|\bkhong (?:phat sinh|co|xay ra|de xay ra|de phat sinh)(?: [^ .][^ ]*){0,3}?"
    r" (?:khieu nai|to cao|sai sot"
    r"|sai pham|vi pham)\b"
    r"|\bton dong(?: [^ .][^ ]*){0,60}? (?:duoc )?(?:giai quyet|xu ly) (?:dut diem|xong"
    r"|nhanh hon)\b"
    r"|\bton dong(?: [^ .][^ ]*){0,12}? (?:da )?duoc thi hanh xong\b"
    # ... or told closed after it ("Vụ việc tồn đọng 11 năm khép lại bằng cái bắt tay")
    r"|\bton dong(?: [^ .][^ ]*){0,4}? (?:da )?(?:duoc )?(?:khep lai|giai quyet dut diem"
    r"|xu ly dut diem)\b"
    r"|\bton dong (?:da )?duoc (?:giai quyet|xu ly)\b"
    # ... or told closed before it ("khép lại vụ việc tồn đọng từ năm 2017"), a result drawn from
    # it ("Thu hơn 50 tỷ đồng cho ngân hàng từ vụ án tín dụng tồn đọng nhiều năm")
    r"|\b(?:khep lai|giai quyet dut diem|xu ly dut diem|thi hanh xong|ket thuc)"
    r"(?: [^ .][^ ]*){0,3}? ton dong\b"
    # ... or what was recovered ("giúp ngân hàng thu hồi khoản nợ xấu hơn 40 tỷ đồng tồn đọng từ
    # năm 2021")
    r"|\b(?<!chua )(?<!khong )(?:thu hoi|xu ly xong|giai quyet xong)(?: [^ .][^ ]*){0,8}?"
    r" ton dong\b"
    rf"|\b(?:thu|thu hoi|thi hanh xong) (?:duoc )?{_NUMBER} {_MONEY}(?: [^ .][^ ]*){{0,6}}? tu"
    r" (?:vu an|vu viec|cac vu|khoan no)(?: [^ .][^ ]*){0,4}? ton dong\b"
    # ... and complaints settled ("Ba vụ khiếu nại kéo dài được gỡ", "đương sự rút đơn")
    r"|\bkhieu nai(?: [^ .][^ ]*){0,3}? (?:duoc go|da duoc giai quyet|duoc giai quyet dut diem)\b"
    r"|\brut (?:het )?don\b"
    # ... and a creditor's debt outstanding, not a backlog ("khoản nợ xấu tồn đọng từ năm 2019"),
    # or one the case used to be ("từng được xem là một trong những vụ án tồn đọng ...")
    r"|\bno (?:xau )?ton dong\b|\btung(?: [^ .][^ ]*){0,8}? ton dong\b"
    # ... or complained of once ("khép lại vụ việc ... từng nhiều lần bị khiếu nại vượt cấp")
    r"|\btung (?:bi |nhieu lan |nhieu lan bi )(?:khieu nai|to cao)\b"
    # (one case too, told as overcome: "thi hành xong một vụ việc tồn đọng gần 15 năm")
    rf"|\b(?:{_CLEARING}|thao go)(?: mot)?" + _CLEARED + r"\b"
    # ... and a debtor's circumstances, which a charity story tells ("thấy hoàn cảnh chị L. quá
    # khó khăn, ... đã cùng nhau đóng góp")
    r"|\bhoan canh(?: [^ .][^ ]*){0,14}? kho khan\b"
    # ... and a risk averted ("có nguy cơ phát sinh khiếu nại đông người")
    r"|\bnguy co(?: phat sinh| xay ra| dan den)?(?: [^ .][^ ]*){0,2}?"
    r" (?:khieu nai|to cao|diem nong)\b"
    # ... and a failing told gone ("không còn tình trạng cơ quan hành chính chây ì kéo dài")
    r"|\bkhong con tinh trang(?: [^ .][^ ]*){0,8}"
    # ... and the debtor's years of delay that a success ends ("cưỡng chế thành công ... sau 6
    # năm chây ì")
    r"|\bsau(?: [^ .][^ ]*){0,3}? chay i\b"
    # ... and old amounts paid out ("chi trả hơn 12 tỷ đồng cho 1.300 người ..., nhiều khoản tồn
    # đọng từ các năm trước")
    r"|\b(?:chi tra|tra)(?: [^ .][^ ]*){0,14}? (?:khoan|vu viec|viec) ton dong\b"
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
    # (not "mô hình mới" before the system's name: "vận hành theo mô hình mới thi hành án dân
    # sự ...", nor money in and out, "khoản thu, chi thi hành án": a comma lost)
    # (a share or an amount only: not a woman named, "chị Thu Hà", "chị Đạt")
    r"|that bai|(?<!thu )(?:chi|moi) (?:thu (?:duoc|ve|hoi|hoach|\d)|thi hanh(?! an dan su)"
    r"|dat (?:duoc|\d|ty le|khoang|hon|gan|tren|muc))|thap nhat|giam manh"
    r"|sut giam"
    r"|(?:chua|khong) (?:hoan thanh|dat|vuot|(?:duoc )?(?:ban )?giao)|kho giao)\b"
)

# Praise of people at work ("vượt khó", "tận tụy", "bám cơ sở", not "chưa hết mình"): a
# portrait of an officer tells the hardship overcome ("địa bàn rộng, đi lại khó khăn"), so
# only a fault, a complaint or a prosecution in the opening undoes it.
_PRAISE = re.compile(
    r"\b(?<!chua )(?<!khong )(?<!thieu )(?:vuot kho|tan tuy|tam huyet|het long|het minh"
    # ("bám ấp", "bám bản": staying with the villages)
    r"|bam co so|bam ap|bam ban|bam lang|bam dia ban|bam xom|tan tam|guong mau|vinh danh|lang tham"
    r"|miet mai|nhiet huyet|dan van kheo"
    r"|tan tinh|khong quan ngai|gan bo (?:voi )?(?:nghe|nganh)|vuot doc|vuot deo"
    # (not a bare "cầu thị": "yêu cầu thi hành án" reads "cau thi")
    r"|cach lam (?:hay|cau thi|sang tao|hieu qua)|tinh than cau thi)\b"
    # ... or the portrait column's headline ("Chuyện nghề Thi hành án: Nữ chấp hành viên ..."), or
    # a portrait's ("Người chấp hành viên 'gỡ' những vụ chia thừa kế", "Những người 'gõ cửa' thi
    # hành án trên cao nguyên đá"; not a party: "Người phải thi hành án ...", "Người dân ...")
    r"|^chuyen nghe\b"
    # ("Một ngày theo chân chấp hành viên vùng sông nước Cà Mau")
    r"|^(?:mot ngay )?theo chan (?:cac |nhung |nu )?(?:chap hanh vien|can bo thi hanh an"
    r"|thua phat lai)\b"
    r"|^(?:nhung )?(?:nguoi|nu)(?! (?:duoc|phai|bi|dan|mua)\b)(?: [^ .][^ ]*){0,3}?"
    r" (?:chap hanh vien|thi hanh an|thua phat lai)\b"
)
_NOT_PRAISED = re.compile(
    r"\b(?:keu cuu|buc xuc|lam kho|cham tre|khieu nai|to cao|khuat tat|vi pham|sai pham|sai sot"
    r"|trai (?:phap )?luat|bat thuong|tieu cuc|nhung nhieu|ky luat|khoi to|bi bat|hoi lo)\b"
)


def _portrait(opening: str) -> bool:
    """Whether the opening is a portrait's: praise of people at work (:data:`_PRAISE`) and no
    fault, complaint or prosecution (:data:`_NOT_PRAISED`)."""
    return _PRAISE.search(opening) is not None and _NOT_PRAISED.search(opening) is None


# An interview with a head of civil enforcement ("Phóng viên có cuộc trao đổi với ông Đỗ Mạnh
# Hùng, Trưởng Thi hành án dân sự TP Hà Nội"): the complaints its questions put to him ("Người
# dân vẫn phản ánh tình trạng khó liên hệ với chấp hành viên. Hà Nội có giải pháp gì?") are for
# him to answer, and his own account of shortcomings is the office's, not the press's claim.
_INTERVIEW = re.compile(
    r"\b(?:trao doi|phong van|tro chuyen) (?:voi|cua) (?:ong |ba )?(?:[^ .][^ ]* ){0,5}?"
    r"(?:truong|pho truong|cuc truong|pho cuc truong|lanh dao)(?: [^ .][^ ]*){0,2}?"
    r" (?:thi hanh an dan su|thads|cuc quan ly thi hanh an)\b"
)


def _interview(opening: str) -> bool:
    """Whether the opening tells an interview with a head of civil enforcement
    (:data:`_INTERVIEW`) and names no fault, complaint or prosecution (:data:`_NOT_PRAISED`)."""
    return _INTERVIEW.search(opening) is not None and _NOT_PRAISED.search(opening) is None


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
    # ("Chuyển nhượng đất cho con để né nghĩa vụ trả nợ, giao dịch bị tuyên vô hiệu")
    r"\b(?:tau tan|tron tranh|tron (?:nghia vu )?thi hanh an|ne (?:tranh )?nghia vu|bo tron"
    r"|chong doi|chong lai"
    r"|chong nguoi thi hanh cong vu|chay i|khong chap hanh (?:ban )?an|cat giau|hanh hung"
    # ("Khởi tố người phải thi hành án bán tài sản đã bị kê biên", "vi phạm niêm phong")
    r"|ban tai san (?:da )?(?:bi )?ke bien|vi pham (?:viec )?niem phong)\b"
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

# A small count, in figures or words ("27", "một", "hai").
_FEW = r"(?:\d+|mot|hai|ba|bon)"

# (j) A routine step: the headline (after a dateline) names a THADS office or officer doing a
# step of its ordinary work that harms no one ("Chấp hành viên xác minh điều kiện thi hành án
# ...", "Thi hành án dân sự tỉnh X triển khai nhiệm vụ ..."), not coercion, a seizure or a sale
# (where disputes are), and the opening holds no critical word.
_ROUTINE_TITLE = re.compile(
    # (its head named first: "Cục trưởng Cục Quản lý ... làm việc tại Điện Biên")
    r"(?:^|\. )(?:(?:pho )?(?:cuc truong|truong|giam doc|lanh dao) )?"
    r"(?:chap hanh vien|tham tra vien|thu ky thi hanh an|can bo thi hanh an"
    r"|co quan thi hanh an(?: dan su)?|(?:cuc quan ly |cuc |chi cuc |phong )?thi hanh an dan su"
    r"|cuc quan ly thads"
    # (counted: "Hơn 2.000 công chức thi hành án được tập huấn ...")
    r"|(?:hon |gan )?\d[\d.]* (?:cong chuc|can bo|chap hanh vien)(?: thi hanh an)?)"
    r"(?: [^ .][^ ]*){0,6}? (?:da |dang |duoc |tien hanh |chu dong |kip thoi )?"
    r"(?P<step>xac minh|tong dat|chu tri|lam viec|doi thoai|tiep cong dan|tiep nhan|huong dan"
    r"|thu ly|phoi hop|trien khai|tap huan|kiem tra|ra soat|chi tra|tra tien|ky ket|so ket"
    r"|tong ket|giao ban|ban giao|giao (?:tai san|nha|dat)|trao doi kinh nghiem|hoi thao|toa dam"
    r"|boi duong|quan triet|ban hanh ke hoach"
    # ("Cục Quản lý THADS và Báo Pháp luật Việt Nam ký Quy chế phối hợp ...")
    r"|ky (?:ket )?(?:quy che|chuong trinh|ke hoach|thoa thuan))\b"
    # ... or opens with the signing ("Ký kết quy chế phối hợp giữa Thi hành án dân sự và ...")
    # (or with the partner named first: "TAND tỉnh Đồng Tháp và Thi hành án dân sự tỉnh ký kết
    # quy chế phối hợp")
    r"|\b(?P<signed>ky ket (?:quy che|chuong trinh|ke hoach|thoa thuan))\b"
    # ... or, with no one named, a headline that opens with a step of the procedure ("Hoãn thi
    # hành án vì ...", "Bàn giao tài sản cho người mua trúng đấu giá")
    r"|(?:^|\. )(?:to chuc |tien hanh )?(?P<bare>(?:hoan|tam dinh chi|dinh chi|uy thac) thi hanh an"
    # ("Ra quyết định thi hành khoản bồi thường gần 8 tỷ đồng trong vụ sai phạm đấu thầu ...")
    r"|ra quyet dinh thi hanh(?: an)?"
    r"|xac minh dieu kien thi hanh an|ban giao|giao (?:tai san|nha|dat|quyen su dung dat)"
    r"|chi tra tien|tiep cong dan|tap huan|boi duong (?:nghiep vu|ky nang|kien thuc)|giao ban"
    r"|phat dong (?:phong trao )?thi dua"
    # ("Tiêu hủy vật chứng tại Phòng Thi hành án dân sự khu vực 3")
    r"|tieu huy (?:vat chung|tang vat)"
    r"|giao chi tieu|quan triet|trien khai (?:luat|nghi dinh|thong tu)|ban hanh ke hoach"
    # ("Theo dõi thi hành 23 bản án, quyết định hành chính", "Số liệu thống kê ... tháng 10",
    # "Làm việc về công tác theo dõi thi hành án hành chính tại Hà Tĩnh")
    r"|theo doi (?:viec )?thi hanh|so lieu thong ke|lam viec (?:ve|voi|tai)"
    # ("Đôn đốc thi hành bản án hành chính về bồi thường giải phóng mặt bằng tại Khánh Hòa")
    r"|don doc (?:viec )?thi hanh"
    # ("Đồng Tháp: Số liệu thi hành án dân sự 6 tháng ...")
    r"|so lieu thi hanh an"
    r"|kiem tra cong tac|so ket|tong ket)"
    # ... or, after the place, a training or a briefing ("Thái Nguyên tập huấn nghiệp vụ theo dõi
    # thi hành án hành chính")
    r"|(?:^|\. )(?:[^ .][^ ]* ){1,3}?(?P<event>tap huan|boi duong (?:nghiep vu|ky nang|kien thuc)"
    # ("Sơn La ban hành kế hoạch kiểm tra công tác ...", "Lâm Đồng theo dõi thi hành 57 bản án,
    # quyết định hành chính")
    r"|quan triet|ban hanh ke hoach|theo doi (?:viec )?thi hanh"
    # ("Nghệ An công bố số liệu thi hành án dân sự năm công tác 2025")
    r"|cong bo so lieu"
    r"|trien khai (?:luat|nghi dinh|thong tu))"
    # ... or a delegation's visit ("Đoàn công tác Cục Quản lý THADS làm việc tại Thi hành án dân
    # sự tỉnh Lai Châu", "Đoàn giám sát HĐND tỉnh làm việc với ...")
    r"|(?:^|\. )doan (?:cong tac|kiem tra|giam sat|khao sat|lien nganh)(?: [^ .][^ ]*){0,10}?"
    r" (?P<visit>lam viec|kiem tra|giam sat|khao sat)"
    # ... or, anywhere in it, a step of the agency's administration or of planning ("UBND tỉnh cho
    # phép thành lập Văn phòng Thừa phát lại ...", "Bộ Tư pháp tổ chức kỳ thi tuyển chấp hành
    # viên", "Họp liên ngành bàn phương án cưỡng chế ...")
    rf"|\b(?P<any>(?:cho phep )?thanh lap(?: them)?(?: {_FEW})? van phong thua phat lai"
    # (or counted: "TP.HCM có 27 văn phòng thừa phát lại sau hợp nhất", "Huế có thêm một văn
    # phòng thừa phát lại")
    rf"|co(?: them)?(?: {_FEW})? van phong thua phat lai"
    r"|thi (?:tuyen|nang ngach)(?: [^ .][^ ]*){0,2}? (?:chap hanh vien|tham tra vien|thu ky)"
    r"|hop lien nganh|ban phuong an|tuyen(?: dung)?(?: \d[\d.]*)? (?:cong chuc|vien chuc)"
    # ... the union's or the party cell's activities ("Công đoàn Thi hành án dân sự tỉnh Hưng Yên
    # tổ chức các hoạt động nhân Ngày Quốc tế Phụ nữ")
    r"|(?:cong doan|chi bo|dang bo|doan thanh nien|chi doan)(?: co so)?(?: [^ .][^ ]*){0,8}?"
    r" (?:to chuc|phat dong|ky niem|gap mat|dai hoi)"
    # ("Lai Châu triển khai nhiệm vụ thi hành án dân sự năm 2027")
    r"|trien khai nhiem vu(?: cong tac)? thi hanh an dan su"
    # ... files reviewed ("Hà Nội rà soát hơn 21.000 việc chưa có điều kiện thi hành án"), a
    # procuracy's inspection ("Viện kiểm sát tỉnh ... trực tiếp kiểm sát tại Phòng ...")
    r"|ra soat (?:hon |gan )?(?:\d[\d.]* )?(?:viec|ho so|vu viec)|truc tiep kiem sat"
    r"|kiem sat truc tiep)"
    r"\b"
)
# A routine coercion: the headline opens with coercion, by an office or an unnamed one
# ("Cưỡng chế giao căn nhà ở phường Đống Đa cho người được thi hành án", "Hà Nội: Cưỡng chế thi
# hành án đối với ...", "Thi hành án dân sự tỉnh X tổ chức cưỡng chế ..."), with no word of
# success ((g) speaks: "cưỡng chế thành công"), of years taken or of a fault: the guide's
# "routine report of an enforcement action". The text model reads coercion as success: this
# makes its ``positive`` neutral and leaves any other label alone (NOT_POSITIVE).
_COERCION_TITLE = re.compile(
    r"(?:^|\. )(?:(?:chap hanh vien|co quan thi hanh an(?: dan su)?|(?:phong )?thi hanh an dan su"
    r"|huy dong)(?: [^ .][^ ]*){0,8}? )?(?:sap |se )?(?:to chuc |tien hanh |thuc hien )?"
    # (or a seizure to enforce: "Kê biên quyền sử dụng đất để thi hành án tại phường Quy Nhơn Nam")
    r"(?:cuong che\b(?! (?:thue|no thue|hanh chinh|thu hoi dat))"
    r"|ke bien\b(?=(?: [^ .][^ ]*){0,8}? (?:de |dam bao )?thi hanh an))"
)
_NOT_ROUTINE_COERCION = re.compile(
    r"\b(?:thanh cong|dut diem|tra lai|ket thuc|khep lai|dien hinh|vuot|an toan tuyet doi"
    r"|nghiem|quyet liet|em tham|dong tinh|nhanh gon)\b"
)
_COERCION = re.compile(r"\b(?:cuong che|ke bien|phong toa|ban dau gia)\b")
# A headline that counts the years it took is a story of delay, not of a routine step.
_YEARS_TAKEN = re.compile(rf"\b(?:sau|suot|hon|gan|mat|ca) {_SPAN}\b|\bnhieu nam\b")

# (k) The authority's reply: the headline names a THADS office or officer answering ("Thi hành
# án dân sự TP.HCM phản hồi bài viết ...", "... trả lời bạn đọc", "... làm rõ ..."), with no
# critical word in it. The opening of such a story quotes the complaint it answers.
_REPLY_TITLE = re.compile(
    # (not replying as a quality: "Thông tin nhanh hơn, phản hồi kịp thời hơn")
    # ("Vụ kê biên nhà đất ở Thái Bình cũ: Cơ quan thi hành án nói gì?")
    r"\b(?:(?:phan hoi|tra loi)(?! (?:kip thoi|nhanh|som)\b)|len tieng|cung cap thong tin|noi gi"
    # ("Thi hành án dân sự TP Cần Thơ thông tin vụ nhà đất bị phản ánh ...")
    # (or its findings: "Vụ chậm chi trả ...: Cơ quan thi hành án thông tin kết quả xác minh";
    # not its year's results, "thông tin kết quả năm 2026")
    r"|thong tin (?:ve|lien quan|phan hoi|vu(?: viec)?|viec|chinh thuc"
    r"|ket qua (?:xac minh|kiem tra|ra soat|giai quyet))"
    r"|thong tin(?= \.|$)|lam ro"
    r"|giai trinh|giai thich)\b"
)
# ... or a reply column headlined by the answer itself ("Trả lời đơn của bà Phạm Thị Nhung ở xã
# Thái Thụy", "Thông tin thêm về việc kê biên nhà đất tại phường Đồng Hới"): the paper prints
# the office's answer to a letter it forwarded.
_REPLY_COLUMN = re.compile(
    r"(?:[^ .][^ ]* ){0,3}?(?:tra loi (?:don|thu|ban doc)|thong tin them ve)\b"
    # ... or the paper's own correction, opening the headline ("Đính chính thông tin về vụ cưỡng
    # chế nhà ở Hội An"): it prints what the office's documents showed
    r"|(?:dinh chinh|cai chinh)(?: thong tin)?\b"
)
# ... not an answer denied or late ("cơ quan thi hành án không trả lời", "chưa phản hồi",
# "chậm giải trình"): the failing to answer is the complaint.
_UNANSWERED = re.compile(r"\b(?:khong|chua|chang|cham|khong he|chua he|van chua) $")
# ... not where people are told complaining about the office ("Người dân phản ánh chấp hành viên
# 'lờ' thông tin về tài sản ...").
_COMPLAINER = re.compile(
    r"\b(?:nguoi dan|dan|ban doc|doanh nghiep|gia dinh|cong dan|nguoi mua|nguoi trung dau gia)"
    r" (?:phan anh|to|keu|buc xuc|khieu nai)\b"
)


def _formal_notice(plain_title: str, plain: str) -> Signal | None:
    if _CRITICAL_HEADLINE.search(plain_title):
        return None
    m = _PERSONNEL_TITLE.search(plain_title)
    if m is not None:
        return Signal(
            "formal_notice",
            "quy tắc: bài là thông báo nhân sự, tổ chức (bổ nhiệm, điều động, địa bàn, trụ sở, "
            "lịch tiếp công dân), không mang quan điểm đánh giá",
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


# A how-to question on a remedy ("..., khiếu nại ở đâu và trong bao lâu?", "Bị kê biên nhầm tài
# sản ..., yêu cầu Nhà nước bồi thường thế nào?"): an explainer whatever failing it names, since
# the failing is the reader's case the explainer answers, not one it reports.
_HOW_TO_REMEDY = _compile(
    r"\b(?:khieu nai|to cao|khoi kien|yeu cau(?: nha nuoc)? boi thuong|doi boi thuong)"
    r"(?: [^ .][^ ]*){0,3}? (?:o dau|the nao|nhu the nao|ra sao|trong bao lau|bao lau)\b"
    # ... or what to do if it happens ("Làm gì khi cơ quan thi hành án chậm trễ ...", "Người
    # được thi hành án cần làm gì khi ..."; not "Bị kê biên oan, người dân phải làm gì?", which
    # tells it happened)
    r"|(?:^|\. )(?:phai |can |nen )?lam gi khi\b|\b(?:can|phai|nen) lam gi khi\b"
    # ... or what a party owed may do ("Người phải thi hành án không có tài sản, chủ nợ làm gì?")
    r"|\b(?:chu no|nguoi duoc thi hanh an|nguoi thang kien|ben thang kien|nguoi cho vay"
    r"|nguoi (?:mua|trung dau gia)) (?:phai |can |nen |se |co the )?lam gi(?: \.)?$"
    # ... or whether one may ask a stay while complaining ("Đang khiếu nại quyết định thi hành
    # án, có được đề nghị tạm dừng cưỡng chế?")
    r"|\bco (?:duoc|quyen) (?:de nghi|yeu cau) (?:tam dung|tam dinh chi|hoan)\b"
    # ... or the aspects of its procedure listed ("Khiếu nại quyết định của chấp hành viên: thời
    # hiệu, thẩm quyền và thủ tục")
    r"|\b(?:thoi hieu|tham quyen|thu tuc|trinh tu) (?:va )?(?:thoi hieu|tham quyen|thu tuc"
    r"|trinh tu|ho so)\b"
)


# A citizens' reception headlined as such ("Thi hành án dân sự TP Hà Nội tiếp công dân định kỳ
# tháng 4"): the petitions and complaints its opening counts are what a reception hears, not
# complaints the story reports; unless the headline itself is critical.
# ... or a dialogue with them ("Lạng Sơn: Đối thoại với người dân về vụ việc thi hành án ...").
_RECEPTION_TITLE = re.compile(
    r"\btiep (?:cong dan|dan)(?: dinh ky)?\b"
    r"|\bdoi thoai voi (?:nguoi dan|cong dan|duong su|nguoi khieu nai|cac ho dan|ho dan)\b"
    # ("Thi hành án dân sự tỉnh Tây Ninh tổ chức đối thoại giải quyết khiếu nại của công dân")
    r"|\bdoi thoai (?:de )?giai quyet (?:khieu nai|don thu|don|kien nghi)\b"
)


def _reception(plain_title: str) -> bool:
    # (the complaints a dialogue is held on are no critical word of the headline)
    return bool(_RECEPTION_TITLE.search(plain_title)) and not _CRITICAL_HEADLINE.search(
        _RECEPTION_TITLE.sub(" ", plain_title)
    )


def _how_to_remedy(plain_title: str) -> re.Match[str] | None:
    return _HOW_TO_REMEDY.search(plain_title)


# A part of a series ("Bài 2: ...", "Kỳ 3: ...", "Bài cuối: ..."): the press's investigations
# run in parts; a question such a part asks is the investigation's, not a reader's.
_SERIES_PART = re.compile(r"^(?:bai|ky|phan) (?:\d+|cuoi|mot|hai|ba|bon|nam)\b")


def _legal_explainer(plain_title: str) -> Signal | None:
    if _SERIES_PART.match(plain_title):
        return None
    # (a how-to question on a remedy is one whatever critical word it holds)
    m = _how_to_remedy(plain_title)
    if m is None and not _CRITICAL_HEADLINE.search(plain_title):
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


# Words every match of (d) holds (a cheap first test on the article's folded text).
_HEADLINE_WORDS = ("thi hanh", "chap hanh vien", "thua phat lai", "vi bang", "trung dau gia")


# (t) A feed item's lead naming what only civil enforcement does: a THADS office or officer (as a
# headline names one), a bailiff of the new law ("thừa hành viên"), a seizure to enforce ("kê
# biên để bảo đảm thi hành khoản tiền ..."), the verification of the conditions to enforce, a
# coercion to enforce, a party of civil enforcement, a judgment ordering a payment.
_LEAD_THADS = re.compile(
    r"\b(?:thua hanh vien|ke bien (?:de )?(?:bao dam |dam bao )?thi hanh(?! an hinh su)"
    # (what is seized named between, the debt after: "kê biên hai thửa đất của ông D. ... để bảo
    # đảm thi hành khoản nợ 3,2 tỷ đồng theo bản án"; a police seizure secures "thi hành án")
    r"|ke bien(?: [^ .][^ ]*){1,20}? (?:de )?(?:bao dam |dam bao )?thi hanh (?:khoan|nghia vu)"
    # ... or the seized property auctioned ("bán đấu giá 14 bất động sản đã kê biên của các bị
    # án")
    r"|dau gia(?: [^ .][^ ]*){0,6}? (?:da )?(?:bi )?ke bien"
    r"|xac minh dieu kien thi hanh an|cuong che thi hanh an(?! hinh su)"
    r"|nguoi (?:duoc|phai) thi hanh an(?! hinh su| tu hinh| phat tu| treo gio)|ban an buoc)\b"
)


# ... outside a story of criminal enforcement, where "cơ quan thi hành án" is the police's or the
# prison's.
_CRIMINAL_STORY = re.compile(
    r"\b(?:thi hanh an hinh su|tu hinh|tu tu|tiem thuoc doc|phat tu|trai giam|trai tam giam"
    r"|pham nhan|dac xa|truy na)\b"
)


def _named(plain: str, matches: Iterable[re.Match[str]]) -> re.Match[str] | None:
    """The first of ``matches`` (of THADS named in ``plain``) that is not a fraud told by how a
    sale was recorded ("Công an cảnh báo chiêu bán đất nền qua vi bằng": not the bailiff's work)
    nor an impostor ("Bắt đối tượng tự xưng 'cán bộ thi hành án' lừa đảo")."""
    scam = _SCAM_WARNING.search(plain) is not None
    return next(
        (
            m
            for m in matches
            if not (scam and m.group(0).endswith(" vi bang"))
            and not _IMPERSONATED.search(plain, max(0, m.start() - 16), max(0, m.start() - 1))
        ),
        None,
    )


# (every match of (t) holds one of these: the cheap first test before the article's folding)
_LEAD_WORDS = (*_HEADLINE_WORDS, "thua hanh vien", "ban an buoc", "ke bien")


def thads_lead(
    title: str, text: str, lead: str | None = None, *, stripped: str | None = None
) -> Signal | None:
    """Signal (t): a feed item (headline and lead, the caller's to tell) whose headline or lead
    names a THADS office or officer, or civil enforcement by what only it does, outside a
    criminal enforcement story ("Cơ quan thi hành án hình sự Công an tỉnh ... cưỡng chế thi
    hành án đối với pháp nhân"): relevant. The text model, trained on long stories, scored
    such items near 0 ("... hai anh em đã tự thỏa thuận chia đất ngay tại buổi làm việc do chấp
    hành viên tổ chức"). ``stripped``: the article's folded diacritic-free text when already at
    hand."""
    if stripped is not None and not any(w in stripped for w in _LEAD_WORDS):
        return None
    plain = _plain(title, text, lead, stripped)
    if _CRIMINAL_STORY.search(plain):
        return None  # ("cơ quan thi hành án đã thực hiện tiêm thuốc độc đối với tử tù ...")
    m = _named(plain, (*_HEADLINE_THADS.finditer(plain), *_LEAD_THADS.finditer(plain)))
    if m is None:
        return None
    return Signal(
        "thads_lead",
        "quy tắc: tin ngắn (tiêu đề và sapo) nêu cơ quan, cán bộ hoặc công việc thi hành án dân sự",
        m.group(0),
        "relevant",
    )


def thads_headline(title: str, *, stripped: str | None = None) -> Signal | None:
    """Signal (d): the headline names a THADS office or officer, or reports enforcement results
    in figures ("thi hành xong 1.895 việc"). ``stripped``: the article's folded diacritic-free
    text when already at hand (the headline is part of it)."""
    if stripped is not None and not any(w in stripped for w in _HEADLINE_WORDS):
        return None  # (none of its words anywhere: skip the headline's own folding)
    plain = _plain(title, "", None)
    if (m := _named(plain, _HEADLINE_THADS.finditer(plain))) is not None:
        reason = "quy tắc: tiêu đề nêu cơ quan hoặc cán bộ thi hành án dân sự"
    elif (m := _HEADLINE_RESULTS.search(plain)) is not None:
        reason = "quy tắc: tiêu đề nêu kết quả thi hành án (số việc, số tiền thi hành xong)"
    else:
        return None
    return Signal("thads_headline", reason, m.group(0), "relevant")


def _sports_sanction(plain: str) -> Signal | None:
    m = _SPORTS_BAN.search(plain)
    if m is None or not _SPORTS.search(plain) or _HEADLINE_THADS.search(plain):
        return None
    return Signal(
        "sports_sanction",
        'quy tắc: "thi hành án" ở đây là án kỷ luật thể thao (treo giò, cấm thi đấu), không phải '
        "thi hành án dân sự",
        m.group(0),
        "not_relevant",
    )


_SPORTS_BAN_WORDS = ("treo gio", "cam thi dau", "the do", "the vang")


def sports_sanction(
    title: str, text: str, lead: str | None = None, *, stripped: str | None = None
) -> Signal | None:
    """Signal (m): a sports ban ("thi hành án treo giò", "cấm thi đấu") among sports words, with
    no THADS office or officer named anywhere: not relevant, whatever the text model says.
    ``stripped``: the article's folded diacritic-free text when already at hand."""
    if stripped is not None and not any(w in stripped for w in _SPORTS_BAN_WORDS):
        return None  # (the ban is needed: skip the sentence split)
    return _sports_sanction(_plain(title, text, lead, stripped))


def _aimed_at(opening: str, start: int) -> bool:
    """Whether the result found at ``start`` is a target: an aim in the three words before
    ("để" right before)."""
    return _AIM.search(" ".join(opening[max(0, start - 40) : start].split()[-3:])) is not None


def _results_report(opening: str) -> Signal | None:
    if _PLAN_TITLE.match(opening):
        return None  # (a plan's opening tells last year's results and this year's targets)
    headline = opening.split(" . ", 1)[0]
    if _law_news(headline):
        return None  # (a law passed tells the reforms it brings: its aims, not results)
    m = _DONE_AT_LAST_RE.search(headline)
    if m is None or _NOT_RESULTS.search(headline):
        # (a case done at last, told in the headline, is the story's point: "Sau 15 năm, bản án
        # về căn nhà ở Hải Hậu đã được thi hành xong"; the years of delay the lead recalls are
        # past. Any other result counts where the opening holds no critical word.)
        m = next((m for m in _RESULTS.finditer(opening) if not _aimed_at(opening, m.start())), None)
        if m is None or _NOT_RESULTS.search(_OVERCOME.sub(" ", _CASE_FAULT.sub(" ", opening))):
            # (a portrait tells the hardship overcome: only a fault or a complaint undoes praise)
            m = _PRAISE.search(opening)
            if m is None or _NOT_PRAISED.search(opening):
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


# A field of work an inspection covers is no complaint ("kiểm tra công tác ..., tiếp công dân và
# giải quyết khiếu nại, tố cáo").
_COMPLAINTS_WORK = re.compile(
    # (and the department named so: "Ban Kiểm tra, giải quyết khiếu nại, tố cáo")
    r"\b(?:tiep cong dan(?: va)?|cong tac|va|kiem tra) giai quyet (?:don thu )?khieu nai"
    r"(?: to cao)?\b"
)


# A meeting's agenda ("hội nghị tập trung trao đổi về ... khó khăn trong xử lý tài sản"): the
# difficulties a review or a working session discusses are no complaint.
_MEETING_STEPS = frozenset(
    ("giao ban", "so ket", "tong ket", "lam viec", "kiem tra", "giam sat", "khao sat", "hoi thao")
    + ("toa dam", "trao doi kinh nghiem")
)
_AGENDA = re.compile(r"\b(?:kho khan|vuong mac|han che|ton tai|bat cap)\b")


def _routine_step(plain_title: str, opening: str) -> Signal | None:
    m = _ROUTINE_TITLE.search(plain_title)
    if m is None:
        return None
    # (a case's fault is the convicts', not a critical word: "... trong vụ sai phạm đấu thầu";
    # nor a shortfall to overcome: "năm 2026 tập trung giảm án tồn đọng")
    opening = _OVERCOME.sub(" ", _CASE_FAULT.sub(" ", _COMPLAINTS_WORK.sub(" ", opening)))
    if m.group("step") in _MEETING_STEPS or m.group("visit"):
        opening = _AGENDA.sub(" ", opening)
    if _NOT_RESULTS.search(opening) or _AGENCY_FAULTED.search(opening):
        return None
    step = next(g for g in ("step", "bare", "event", "visit", "any", "signed") if m.group(g))
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


# (j)'s steps of a working session or a delegation's visit ("Cục Quản lý ... làm việc với Thi
# hành án dân sự tỉnh Gia Lai", "Đoàn công tác ... làm việc tại ..."): the results such a story
# quotes are the session's agenda, so (j) speaks before (g); so are a briefing's ("Giao ban công
# tác thi hành án dân sự quý II").
_SESSION_STEPS = frozenset(("lam viec", "kiem tra", "giam sat", "khao sat", "giao ban"))


# (j)'s monitoring of administrative judgments, headlined ("Theo dõi thi hành án hành chính năm
# 2026: Còn 117 bản án chưa thi hành xong", "Hơn 1.200 bản án hành chính được theo dõi thi hành
# ..."): the Ministry's oversight of other bodies' compliance, told in figures; the judgments
# not yet complied with are its count, not a failing of civil enforcement. Before (g), as a
# working session's results are its agenda.
_MONITORING_TITLE = re.compile(
    r"\btheo doi(?: viec)? thi hanh(?: [^ .][^ ]*){0,6}? hanh chinh\b"
    r"|\bhanh chinh(?: [^ .][^ ]*){0,3}? (?:duoc )?theo doi(?: viec)? thi hanh\b"
    # ... or counted ("Quảng Ngãi: Còn 7 bản án hành chính chưa được thi hành xong")
    r"|\b(?:ban an|quyet dinh)(?: [^ .][^ ]*){0,2}? hanh chinh(?: [^ .][^ ]*){0,2}?"
    r" (?:chua|da) (?:duoc )?thi hanh\b"
    # ... or an elected body's oversight of enforcement ("Ủy ban Pháp luật và Tư pháp giám sát
    # công tác thi hành án dân sự tại TP Cần Thơ")
    r"|\b(?:uy ban|hdnd|hoi dong nhan dan|doan giam sat|quoc hoi|doan dai bieu)"
    r"(?: [^ .][^ ]*){0,8}? giam sat(?: [^ .][^ ]*){0,4}? thi hanh an\b"
)


def _monitoring(plain_title: str, opening: str) -> Signal | None:
    m = _MONITORING_TITLE.search(plain_title)
    if m is None or _CRITICAL_HEADLINE.search(plain_title) or _AGENCY_FAULTED.search(opening):
        return None
    return Signal(
        "routine_step",
        "quy tắc: bài viết đưa tin một hoạt động nghiệp vụ thường xuyên của cơ quan thi hành án, "
        "không mang quan điểm đánh giá",
        m.group(0),
        "neutral",
    )


def _working_session(plain_title: str, opening: str) -> Signal | None:
    found = _routine_step(plain_title, opening)
    return found if found is not None and found.mention in _SESSION_STEPS else None


def _routine_coercion(plain_title: str, opening: str) -> Signal | None:
    m = _COERCION_TITLE.search(plain_title)
    if m is None or _NOT_ROUTINE_COERCION.search(plain_title) or _YEARS_TAKEN.search(plain_title):
        return None
    if _CRITICAL_HEADLINE.search(plain_title):
        return None  # ("Cưỡng chế ... công trình vi phạm": a fault told, if not the agency's)
    # (the debtor's failing is why coercion is told: "... không bàn giao nhà như cam kết")
    if _AGENCY_FAULTED.search(opening) or _WRONGFUL_WORD.search(opening):
        return None
    return Signal(
        "routine_coercion",
        "quy tắc: bài viết tường thuật một cuộc cưỡng chế thi hành án, không nêu thành tích hay "
        "sai sót: tin trung tính",
        m.group(0).removeprefix(". "),
        NOT_POSITIVE,
    )


def routine_coercion(title: str, text: str, lead: str | None = None) -> Signal | None:
    """Signal (o): the headline reports a coercion with no word of success, of years taken or
    of a fault, and the opening holds no critical word: the text model's ``positive`` becomes
    ``neutral``."""
    return _routine_coercion(_plain(title, "", None), _opening(_plain(title, text, lead)))


# ... the Ministry answering for the system ("Bộ Tư pháp trả lời kiến nghị cử tri ... về thi hành
# án"), not someone asking the office to answer ("Đề nghị THADS TP Hà Nội làm rõ ...").
_MINISTRY = re.compile(r"\b(?:bo tu phap|bo truong bo tu phap)\b")
_ASKED = re.compile(r"(?:^|\. )(?:bao [^ .]+ )?(?:de nghi|yeu cau|kien nghi)\b")


# A paper's correction quoting the headline it corrects ("Đính chính thông tin trong bài 'Cà Mau:
# Đương sự tố bị làm khó ...'"): the critical words are the corrected story's.
_CORRECTION = re.compile(r"(?:dinh chinh|cai chinh)(?: thong tin)?\b")


def _reply(plain_title: str) -> Signal | None:
    if _CRITICAL_HEADLINE.search(plain_title) and not _CORRECTION.match(plain_title):
        return None
    mention = _reply_mention(plain_title)
    if mention is None:
        return None
    return Signal(
        "authority_reply",
        "quy tắc: bài viết đăng phản hồi, trả lời của cơ quan thi hành án dân sự, không mang "
        "quan điểm đánh giá",
        mention,
        "neutral",
    )


def _reply_mention(plain_title: str) -> str | None:
    """The words of an uncritical headline that tell the authority's answer, if any."""
    column = _REPLY_COLUMN.match(plain_title)
    if column is not None:
        return column.group(0).strip()
    m = next(
        (
            m
            for m in _REPLY_TITLE.finditer(plain_title)
            if not _UNANSWERED.search(plain_title, 0, m.start())
        ),
        None,
    )
    if m is None:
        return None
    if not (
        _HEADLINE_THADS.search(plain_title, 0, m.start())
        or _MINISTRY.search(plain_title, 0, m.start())
    ):
        return None  # (the authority answers: it is named before its answer)
    if _ASKED.search(plain_title, 0, m.start()):
        return None
    # (the complaint told before the headline's colon is what the office answers: "Vụ bạn đọc
    # phản ánh chậm nhận tiền ...: Thi hành án dân sự tỉnh Vĩnh Long thông tin")
    if _COMPLAINER.search(plain_title, _sentence_start(plain_title, m.start()), m.start()):
        return None
    return m.group(0)


def authority_reply(title: str) -> Signal | None:
    """Signal (k): the headline names a THADS office or officer answering a complaint or an
    article, with no critical word in it."""
    return _reply(_plain(title, "", None))


def routine_step(title: str, text: str, lead: str | None = None) -> Signal | None:
    """Signal (j): the headline names a THADS office or officer doing a routine step of its
    work (verification, service of papers, a working session, payment ...), with no critical
    word in the opening."""
    return _routine_step(_plain(title, "", None), _opening(_plain(title, text, lead)))
