"""Rule signal (b) of :mod:`classifier.rules`: an agency name abolished on 2025-07-01 (Tổng cục,
Cục THADS tỉnh, Chi cục THADS) used as live in a story published after it, which makes a
relevant article ``inaccurate``; the name told as history (the body of the time, a career, a
merger) is not."""

from __future__ import annotations

import re
from datetime import datetime

from classifier.rules.plain import Signal, _plain, _published_after, _sentence_start

# A year before the restructuring (the history sentence's, the sentence before's, after the name),
# or a month of 2025 before it ("Tháng 5/2025, bà H. đã nộp đủ số tiền vào tài khoản của Chi cục
# ...", "ngày 12/3/2025"; not a document's number: "Thông tư 03/2025/TT-BTP").
_YEAR_BEFORE = (
    r"(?:19\d\d|20(?:0\d|1\d|2[0-4])"
    r"|(?:thang )?0?[1-6] (?:nam )?2025(?! (?:tt|nd|qd|nq|ttlt|ct|qh|ubtvqh|l)\b)"
    # ("từ giữa năm 2025, ông đã gửi 6 lá đơn đến Cục ...")
    r"|(?:dau|giua) nam 2025)"
)

# (b) An agency name abolished on 2025-07-01 (not told as history: "nguyên", "trước đây").
_DEFUNCT = re.compile(
    r"\b(?P<name>tong cuc (?:thi hanh an dan su|thads)"
    r"|chi cuc (?:thi hanh an dan su|thads)"
    r"|(?<!chi )cuc (?:thi hanh an dan su|thads) (?:tinh|thanh pho|tp)\b)"
)
_HISTORICAL = re.compile(
    r"\b(?:nguyen|truoc day|truoc kia|truoc la|truoc do|tung la|cu|tu thoi|thoi con|vao thoi"
    # ... or the offices a case went through ("vụ việc lần lượt đi qua Chi cục ..., Cục ... và
    # nay là Thi hành án dân sự tỉnh Lâm Đồng")
    r"|lan luot|di qua|qua tay"
    # ... or as what the new body replaces ("Cục có 7 đơn vị chuyên môn, thay thế Tổng cục THADS")
    r"|thay the|thay cho|ke thua"
    # ... or years ago, or while one still worked there ("Nhiều năm trước, khi còn công tác tại
    # Chi cục ..."), or told as gone ("Nay không còn Chi cục ...", "sau khi bỏ Chi cục ...")
    r"|nam truoc|khi con|khong con|(?:sau khi|khi|viec) (?:bo|xoa bo|bai bo|giai the)"
    r"|(?:trong )?nam 20(?:0\d|1\d|2[0-4])"
    r"|truoc ngay 1 7 2025|truoc (?:khi )?sap xep|truoc (?:khi )?sap nhap)\b"
    # ... or counted as the system was ("từ 63 Cục THADS tỉnh và hàng trăm Chi cục, nay còn 34
    # ...")
    r"|\btu (?:hon |gan )?(?:\d[\d.]*|hang tram|hang chuc) $"
    # ... or the stage of a case it handled, right before it ("rà soát toàn bộ hồ sơ từ giai đoạn
    # Chi cục Thi hành án dân sự huyện Đức Hòa thụ lý"; not "giai đoạn hiện nay, Chi cục ...")
    r"|\bgiai doan $"
    # ... or quoted as the error a correction corrects ("Thứ nhất, bài viết nêu 'Chi cục Thi hành
    # án dân sự TP Hạ Long tổ chức kê biên'. Thông tin chính xác là ...")
    r"|\b(?:bai viet|bai bao|tin bai) (?:da )?(?:neu|ghi|viet|dua tin) $"
)
# "cử" (sends) and "cụ thể" fold to "cu" as "cũ" does: not before the people sent or "thể".
_NOT_SENT = (
    r"(?! (?:can bo|chap hanh vien|tham tra vien|thu ky|cong chuc|doan|nguoi|lanh dao|dai dien"
    r"|to cong tac|the)\b)"
)
# ... or after the name (matched where the name ends): "Chi cục THADS quận Lê Chân cũ, nay do
# Thi hành án dân sự TP Hải Phòng ...", "... huyện X cũ.", "... ở tỉnh Bình Định cũ, nay ..."
# (not "huyện Củ Chi": "cũ" must end the sentence or precede "nay").
# ... or earlier in its sentence: a career told ("Ông từng giữ các chức vụ Chi cục trưởng Chi cục
# THADS huyện X, ... Cục THADS tỉnh Y"), a date before the restructuring ("Tháng 6/2019, Chi cục
# THADS huyện Chợ Mới tổ chức giao tài sản ..."), a merger or a handover.
_HISTORY_SENTENCE = re.compile(
    r"\b(?:tung|truoc day|truoc kia|truoc (?:khi )?(?:sap xep|sap nhap|hop nhat)"
    # ("Trước khi bộ máy được sắp xếp lại từ ngày 1/7/2025, chị công tác tại Chi cục ...")
    r"|truoc khi(?: [^ .][^ ]*){1,3}? (?:duoc )?(?:sap xep|sap nhap|hop nhat|to chuc lai)"
    # ... or after it, of the bodies it ended ("Một năm sau sắp xếp, hồ sơ của các Chi cục THADS
    # ... đã được tập trung về ...")
    r"|sau (?:khi )?(?:sap xep|sap nhap|hop nhat)"
    rf"|{_YEAR_BEFORE}"
    # ... or before the day ("Trước ngày 1/7/2025, chị là chấp hành viên của Chi cục ...")
    r"|truoc (?:ngay )?0?1 0?7(?: nam)? 2025|truoc thang 0?7(?: nam)? 2025"
    # the predecessors merged or handed over ("trên cơ sở hợp nhất Cục THADS tỉnh X và Cục THADS
    # tỉnh Y", "hồ sơ chuyển từ Chi cục THADS huyện Z về ...")
    r"|hop nhat|tren co so|chuyen tu|chuyen giao tu|ban giao tu"
    # ... or formed from them ("Thi hành án dân sự tỉnh Đồng Tháp (hình thành từ Cục THADS tỉnh
    # Tiền Giang và Cục THADS tỉnh Đồng Tháp)")
    r"|hinh thanh tu|thanh lap tu"
    # ... or the reorganisation told from it ("việc sắp xếp từ mô hình Cục THADS thành phố với 30
    # Chi cục sang mô hình Thi hành án dân sự thành phố ...")
    r"|(?:sap xep|sap nhap|to chuc lai|chuyen doi|kien toan)(?: lai)?(?: bo may)? tu"
    # ("tiếp nhận, chuyển giao hồ sơ từ các Chi cục THADS cấp huyện sang Phòng ...", "chuyển
    # giao hồ sơ, tài sản, tài khoản từ các Chi cục ...")
    r"|(?:chuyen giao|ban giao|tiep nhan)(?: [^ .][^ ]*){1,8}? tu)\b"
)
# A story of those years, the sentence before telling a year before the restructuring
# ("Tháng 11/2019, bà M. nộp đơn yêu cầu thi hành án. Chi cục THADS huyện Đức Hòa ra quyết định
# thi hành án."; "Bà H. cho biết năm 2019 TAND TP Châu Đốc xử ... Sau khi bản án có hiệu lực, bà
# làm đơn yêu cầu Chi cục THADS TP Châu Đốc thi hành án."), the name's own sentence not telling
# now or next ("hiện", "nay", "đang", "sẽ", "vừa").
_DATED_BEFORE = re.compile(rf"\b{_YEAR_BEFORE}\b")
_NOW = re.compile(r"\b(?:hien|nay|dang|se|vua)\b")
_OPENS_DATED = re.compile(
    rf"(?:(?:ngay|thang|nam|dau nam|cuoi nam|giua nam|vao|tu|den) )*(?:\d{{1,2}} ){{0,2}}"
    rf"{_YEAR_BEFORE}\b"
)
_NAME_AND_PLACE = re.compile(r"(?: [^ .][^ ]*){0,8}")
# A career told in the sentence before ("... từng giữ các chức vụ Chi cục trưởng Chi cục THADS TP
# Hòa Bình; Phó Trưởng phòng Nghiệp vụ, Cục THADS tỉnh Hòa Bình").
_CAREER = re.compile(r"\b(?:tung (?:giu|dam nhiem|cong tac|lam)|kinh qua|qua cac chuc vu)\b")
# After the name: "nay ..." or "trước đây", a long place name between ("các vụ việc do Chi cục
# THADS thị xã Điện Bàn, huyện Duy Xuyên (tỉnh Quảng Nam cũ) thụ lý trước đây").
_HISTORICAL_AFTER = re.compile(
    r"(?: [^ .][^ ]*){0,24}? (?:(?:cu )?nay(?: nhiem vu| viec nay| ho so)? (?:la|do|thuoc|da"
    r"|duoc|sap nhap)|truoc day"
    # ... or before the restructuring ("... thụ lý trước ngày 1/7/2025")
    r"|truoc (?:ngay )?1 7 2025|truoc (?:khi )?(?:sap xep|sap nhap|hop nhat))\b"
    # ... or told as abolished ("các Chi cục THADS cấp huyện chấm dứt hoạt động", "khi các Chi
    # cục ... không còn", "Cục THADS tỉnh X được tổ chức lại thành ...")
    r"|(?: [^ .][^ ]*){0,4}? (?:khong con|cham dut hoat dong|giai the|duoc to chuc lai"
    r"|duoc sap xep|sap xep thanh|ket thuc hoat dong)\b"
    # ... or, further on, told reorganised ("khi Chi cục THADS TP Móng Cái cùng một số Chi cục
    # khác được sắp xếp thành Phòng ...")
    r"|(?: [^ .][^ ]*){0,10}? (?:duoc sap xep thanh|sap xep thanh|duoc to chuc lai thanh"
    r"|hop nhat thanh|sap nhap (?:vao|thanh)|(?:duoc )?(?:chuyen|doi ten|doi) thanh)\b"
    # ... a list of them ending its sentence so ("Mô hình Tổng cục THADS, Cục THADS tỉnh và Chi
    # cục THADS cấp huyện không còn.")
    r"|(?: [^ .][^ ]*){0,32}? (?:khong con|cham dut hoat dong|giai the|ket thuc hoat dong)"
    r"(?: nua)?(?= \.|$)"
    r"|(?: [^ .][^ ]*){0,6}? cu(?: \.|$| nay\b)"
    # ... or "cũ" right after the place it is named for ("Chi cục THADS huyện Thạch Hà cũ đã ra
    # quyết định ...", "... TP Thủ Dầu Một, tỉnh Bình Dương cũ": the body of that time; not
    # "huyện Củ Chi")
    # (or right after the name's own place: "Cục THADS tỉnh Bạc Liêu cũ ra quyết định ...")
    rf"|(?: [^ .][^ ]*){{1,3}}? cu\b(?! chi\b){_NOT_SENT}"
    # (or right after the name, before what follows it: "từ các Chi cục THADS cũ sang các Phòng
    # ...", not "Chi cục THADS cử cán bộ ...")
    r"| cu(?= (?:sang|ve|va|nay|truoc|da|duoc)\b| \.|$)"
    r"|(?: [^ .][^ ]*){0,8}? (?:huyen|quan|thi xa|thanh pho|tp|tinh)(?: [^ .][^ ]*){0,4}?"
    rf" cu\b(?! chi\b){_NOT_SENT}"
    # ... or told at that time ("Chi cục THADS huyện Mỏ Cày Nam khi đó ra quyết định ...", "...
    # thụ lý từ năm 2020", "làm việc tại Chi cục ... trước khi về Phòng THADS khu vực 2")
    # ... or the abolished level itself ("các Chi cục THADS cấp huyện")
    r"| cap huyen\b"
    # ... or its successor told next ("gửi 6 lá đơn đến Cục THADS tỉnh Long An, rồi Thi hành án
    # dân sự tỉnh Tây Ninh")
    r"|(?: [^ .][^ ]*){0,4}? (?:roi|sau do|sau nay|nay la|sau la)(?: (?:den|len|sang|toi|gui))?"
    r" (?:co quan )?thi hanh an dan su (?:tinh|thanh pho|tp)\b"
    r"|(?: [^ .][^ ]*){0,14}? (?:khi do|luc do|khi ay|luc ay|thoi diem do|thoi do"
    r"|(?:cung|cuoi|dau|giua) nam(?: do| ay)?|nam do|nam ay|truoc khi (?:ve|chuyen|duoc)"
    # ... or next in a story of those years ("Chi cục THADS huyện Đức Hòa sau đó ra quyết định")
    r"|sau do|ngay sau do|tiep do"
    # ... or handed on after the change ("... thụ lý, sau ngày 1/7/2025 được chuyển giao ...")
    r"|sau (?:ngay )?0?1 0?7(?: nam)? 2025"
    rf"|nam {_YEAR_BEFORE})\b"
    # ... or when it acted, dated further on in its sentence ("... kê biên để thi hành bản án
    # ..., sau đó đưa ra bán đấu giá vào tháng 6/2024")
    r"|(?: [^ .][^ ]*){0,24}? vao (?:(?:ngay|thang) (?:\d{1,2} ){1,2}|(?:cuoi |dau |giua )?nam )?"
    rf"{_YEAR_BEFORE}\b"
)
_DEFUNCT_NAMES = {
    "tong cuc": "Tổng cục Thi hành án dân sự",
    "chi cuc": "Chi cục Thi hành án dân sự",
    "cuc": "Cục Thi hành án dân sự tỉnh/thành phố",
}


# A list of names ("Chi cục THADS TP Đồng Xoài và Chi cục THADS huyện Bù Đăng (cũ) thụ lý từ
# năm 2019"): what tells the last one history tells the list's.
# (counted too: "Cục THADS tỉnh cùng 27 Chi cục THADS cấp huyện chấm dứt hoạt động")
_AND_NEXT = re.compile(
    r"(?: [^ .][^ ]*){0,6}? (?:va|cung|hoac)(?: cac| (?:hon |gan )?\d+)? (?=(?:tong |chi )?cuc )"
)


def _sentence_before(plain: str, start: int) -> int:
    """Where the sentence before the one starting at ``start`` starts (past a paragraph's empty
    one); ``start`` itself at the text's first sentence."""
    if start <= 1:
        return start
    previous = _sentence_start(plain, start - 2)
    while previous > 1 and not plain[previous:start].strip(" ."):
        previous = _sentence_start(plain, previous - 2)
    return previous


def _historical(plain: str, m: re.Match[str]) -> bool:
    """Whether the defunct name ``m`` is told as history (the body of that time)."""
    start = _sentence_start(plain, m.start())
    before = plain[max(start, m.start() - 40) : m.start()]
    if _HISTORICAL.search(before) or _HISTORICAL_AFTER.match(plain, m.end()):
        return True
    if _HISTORY_SENTENCE.search(plain, start, m.start()):
        return True
    end = plain.find(" . ", m.end())  # (where its sentence ends, -1 in the last one)
    if start > 1:
        previous = _sentence_before(plain, start)
        if _CAREER.search(plain, previous, start):
            return True  # (a career's list goes on past a ";", a sentence end of _plain)
        # (its own sentence up to a few words after the name: "... tại Chi cục THADS huyện Đức
        # Hòa, đồng thời cung cấp thông tin bà L. đang đứng tên ..." tells the debtor now)
        own_end = len(plain) if end < 0 else end
        own = plain[start : min(own_end, _NAME_AND_PLACE.match(plain, m.end()).end())]
        # (the sentence before, or the one before it: "Năm 2016, tôi kiện ra tòa. Tòa án huyện
        # xử buộc họ trả ... Tôi làm đơn gửi Chi cục ...")
        earlier = _sentence_before(plain, previous)
        if _DATED_BEFORE.search(plain, earlier, start) and not _NOW.search(own):
            return True  # (the next step of a story told with its date)
    # ... or the sentence after it opens with such a date ("Đây là tài sản bị Chi cục THADS TP
    # Phan Rang – Tháp Chàm kê biên ... Tháng 8/2024, ông Q. trúng đấu giá ...")
    if end >= 0 and _OPENS_DATED.match(plain, end + 3) and not _NOW.search(plain, start, end):
        return True
    listed = _AND_NEXT.match(plain, m.end())
    following = _DEFUNCT.match(plain, listed.end()) if listed else None
    return following is not None and _historical(plain, following)


# ... or the abolished structure told as kept ("hệ thống gồm ... 63 cơ quan thi hành án dân sự
# cấp tỉnh và hơn 700 chi cục ..., tiếp tục được giữ nguyên sau đợt sắp xếp"): 34 provincial
# offices and their Phòng since 2025-07-01.
_OLD_STRUCTURE = re.compile(
    r"\b63 (?:cuc|co quan)(?: thi hanh an dan su| thads)?(?: cap tinh| tinh thanh pho)?\b"
)
_KEPT = re.compile(r"\b(?:hien nay|hien co|giu nguyen|van giu|tiep tuc duoc giu|van la)\b")


def _old_structure(plain: str) -> re.Match[str] | None:
    for m in _OLD_STRUCTURE.finditer(plain):
        start = _sentence_start(plain, m.start())
        end = plain.find(" . ", m.end())
        sentence = plain[start : len(plain) if end < 0 else end]
        if _KEPT.search(sentence) and not _HISTORY_SENTENCE.search(sentence):
            return m
    return None


def _defunct_agency(plain: str, when: datetime) -> Signal | None:
    if "cuc thi hanh an dan su" not in plain and "cuc thads" not in plain:  # needed by _DEFUNCT
        if "63 " in plain and (m := _old_structure(plain)):
            return _signal(_DEFUNCT_NAMES["cuc"], when, m.group(0))
        return None
    for m in _DEFUNCT.finditer(plain):
        if _historical(plain, m):
            continue
        kind = m.group("name").split(" thi hanh")[0].split(" thads")[0]
        return _signal(_DEFUNCT_NAMES.get(kind, _DEFUNCT_NAMES["cuc"]), when, m.group(0))
    if "63 " in plain and (m := _old_structure(plain)):
        return _signal(_DEFUNCT_NAMES["cuc"], when, m.group(0))
    return None


def _signal(name: str, when: datetime, mention: str) -> Signal:
    return Signal(
        "defunct_agency",
        f'quy tắc: dùng tên cơ quan không còn tồn tại từ 01/07/2025 ("{name}") '
        f"trong bài đăng ngày {when:%d/%m/%Y}",
        mention,
    )


def defunct_agency_names(
    title: str, text: str, lead: str | None = None, published_at: datetime | None = None
) -> Signal | None:
    """Signal (b): an agency name abolished on 2025-07-01 used in a story published after it.
    Unknown publication date: no signal. Naive datetimes are taken as Vietnam time."""
    when = _published_after(published_at)
    return None if when is None else _defunct_agency(_plain(title, text, lead), when)
