"""Rule signal (c) of :mod:`classifier.rules`: alleged wrongdoing of a THADS officer or office
in one clause, which makes a relevant article ``needs_correction``."""

from __future__ import annotations

import re

from classifier.rules.plain import _IMPERSONATED, Signal, _plain, _unasked

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
    # (not "làm kho", a store: "... sử dụng làm kho vật chứng")
    r"|voi tien|voi vinh|an chan|lam kho(?! (?:vat chung|chua|hang|luu tru|bai|tang vat))"
    r"|bo mac|bo lot|tha noi|buong long|lam ngo|tiep tay"
    # ("chấp hành viên 'bắt tay' người phải thi hành án để tẩu tán tài sản")
    r"|bat tay (?:voi )?(?:nguoi phai thi hanh an|con no|duong su|doanh nghiep)"
    # ("hành" alone, harassing; not the end of "thi hành", "tiến hành" ... before a comma dropped:
    # "chấp hành viên tiếp tục tổ chức thi hành, đương sự không phải làm lại thủ tục")
    r"|lam luat|gay phien ha|gay kho de|hach sach"
    # (nor "hiện hành": "Luật Thi hành án dân sự hiện hành, đương sự có quyền ...")
    r"|(?<!thi )(?<!chap )(?<!thuc )(?<!dieu )(?<!ban )(?<!tien )(?<!van )(?<!phat )(?<!hien )"
    r"hanh (?:ho so|nguoi dan|doanh nghiep|duong su)"
    r"|bi (?:bat(?! (?:ngo|on|dong|luc|hop|kha|tien|binh|ky|can))|bat giam|tam giam"
    r"|khoi to|truy to|xet xu|dieu tra|ky luat|xu ly ky luat"
    r"|cach chuc|dinh chi|tam dinh chi|to cao|to|ket an|tuyen phat|phat tu|canh cao|khien trach"
    r"|buoc thoi viec))"
)
_BEFORE_OFFICER = (
    r"(?:khoi to|bat giam|bat tam giam|bat qua tang|ky luat|cach chuc|dinh chi cong tac"
    r"|tam dinh chi cong tac|to cao|truy to|xet xu|xu phat|canh cao|khien trach"
    # ("người được thi hành án đề nghị xem xét trách nhiệm chấp hành viên")
    # (not what will be if it happens: "Nếu để xảy ra sai sót, Cục sẽ xem xét trách nhiệm ...")
    r"|(?<!se )(?:xem xet|xu ly) trach nhiem(?: cua)?"
    # ("Kiểm tra chỉ ra hàng loạt sai sót tại cơ quan thi hành án ...")
    r"|(?:sai pham|sai sot|vi pham|khuat tat|tieu cuc) (?:cua|tai))"
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
    r"|khac phuc|de phong|tranh|neu|xay ra|han che)\b"
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
    # (counted: "tiếp nhận 29 đơn khiếu nại, tố cáo, kiến nghị")
    r"(?: (?:hon |gan )?(?:\d[\d.]*|cac|nhung) (?:don|luot|vu viec|truong hop)(?: thu)?)?"
    r"(?: khieu nai)? to cao$"
)

# Before the match in its sentence: none such told ("Trong năm, không có vụ việc nào phải bồi
# thường nhà nước do sai sót của chấp hành viên").
_NONE = re.compile(
    r"\bkhong (?:co|de xay ra|xay ra|phat sinh)(?: [^ .][^ ]*){0,4}? nao(?: [^ .][^ ]*){0,10} ?$"
)

# Complaints and denunciations of civil enforcement as a field, its generic name right after
# "in", "related to" ("khiếu nại, tố cáo trong thi hành án dân sự", "tố cáo, kiến nghị liên quan
# đến thi hành án dân sự"), not one made against an office or an officer; for "tố cáo" also after
# "about" ("bàn về khiếu nại, tố cáo ..." is ruled out by the procedure before it otherwise).
_FIELD_AFTER = r"(?:trong|trong (?:linh vuc|hoat dong|cong tac)|lien quan den)"
_FIELD = re.compile(rf" {_FIELD_AFTER} thi hanh an dan su$")
_FIELD_OR_ABOUT = re.compile(rf" (?:{_FIELD_AFTER}|ve) thi hanh an dan su$")

# Right before an act: the case it names the kind of ("các vụ án tham nhũng", "liên quan đến án
# lừa đảo"), not a place ("chấp hành viên ở Nghệ An bị bắt").
_CASE_KIND = re.compile(r"\b(?:vu|cac|nhung|den|ve|trong|cua) an$")

# Right before the headline form "Khởi tố chấp hành viên": the time of a charge
# told of someone else, after which an officer acts.
_WHEN_OF = re.compile(r"\b(?:thoi diem|truoc|sau|khi|giai doan) $")
# A person named right before a passive act is the one who suffers it.
# Between an act told before the officer and the officer: a handover, not the act done to it
# ("sau khi xét xử, tài sản được chuyển giao cho cơ quan thi hành án").
_HANDED_OVER = re.compile(r"\b(?:cho|chuyen giao|duoc|sau khi)\b")
# Right before "to" + an officer: a team's ("của tổ chấp hành viên"), not an accusation.
_TEAM = frozenset(("ca", "cac", "mot", "nhung", "cua", "truong", "pho", "lap", "va", "voi", "moi"))
_PERSON = frozenset(("nguoi", "ong", "ba", "anh", "chi", "em", "ho", "tu", "pham"))


# ... or, in the headline, an inspecting body's finding of violations in civil enforcement ("VKSND
# tỉnh Yên Bái kiến nghị khắc phục vi phạm trong thi hành án dân sự", "Thanh tra phát hiện nhiều
# sai phạm tại ..."): a failing of the office told by those who check it, which it must answer
# (not "không phát hiện vi phạm", nor a criminal enforcement body's).
_FINDING = re.compile(
    r"\b(?:kien nghi|yeu cau)(?: [^ .][^ ]*){0,4}? (?:khac phuc|chan chinh|xu ly)"
    r"(?: (?:cac|nhieu|nhung|hang loat|\d+))? (?:vi pham|sai pham|sai sot|thieu sot)\b"
    r"|\b(?<!khong )(?:phat hien|chi ra)(?: (?:cac|nhieu|nhung|hang loat|\d+))?"
    r"(?: (?:ho so|viec|vu viec))? (?:vi pham|sai pham|sai sot)\b"
)
_CIVIL_ENFORCEMENT = re.compile(
    r"\b(?:thi hanh an dan su|thads|chap hanh vien|xac minh dieu kien thi hanh an"
    r"|co quan thi hanh an(?! hinh su))\b"
)
_CRIMINAL_SIDE = re.compile(r"\b(?:hinh su|tam giu|tam giam|trai giam|tu hinh|phat tu)\b")


def _inspection_finding(plain: str) -> Signal | None:
    end = plain.find(" . ")
    title = plain if end < 0 else plain[:end]
    m = _FINDING.search(title)
    if m is None or not _CIVIL_ENFORCEMENT.search(title) or _CRIMINAL_SIDE.search(title):
        return None
    return Signal(
        "officer_misconduct",
        "quy tắc: cơ quan kiểm sát, thanh tra, kiểm tra chỉ ra vi phạm trong hoạt động thi hành án "
        "dân sự (cần xác minh, phản hồi)",
        m.group(0),
        "needs_correction",
    )


# A denunciation concluded unfounded ("kết luận nội dung tố cáo, xác định các nội dung tố cáo là
# không đúng", "tố cáo không có cơ sở"), and not disputed after: the officer cleared, no
# allegation standing. (Not "tố cáo quyết định của chấp hành viên là sai": the accusation itself.)
_UNFOUNDED = re.compile(
    r"\b(?:noi dung|cac noi dung) to cao (?:deu )?(?:la )?(?:khong dung|sai|khong co co so)\b"
    r"|\bto cao (?:la )?khong co co so\b"
)
_STILL_DISPUTED = re.compile(
    r"\b(?:khong dong y|tiep tuc (?:to cao|khieu nai)|khieu nai ket luan)\b"
)


def _cleared(plain: str) -> bool:
    """Whether the story tells a denunciation concluded unfounded, and no one disputing it."""
    return _UNFOUNDED.search(plain) is not None and _STILL_DISPUTED.search(plain) is None


# ... or an impostor's list before ("thủ đoạn giả danh cơ quan tiến hành tố tụng, cơ quan thi
# hành án để chiếm đoạt tài sản"): the crime is the impostors', not the office's.
_IMPOSTORS = re.compile(r"\b(?:tu xung|gia danh|mao danh|gia lam|gia mao)\b")


def _words_before(plain: str, start: int, n: int) -> list[str]:
    """The ``n`` words of ``plain`` before ``start``, within its sentence."""
    return plain[max(0, start - 12 * n) : start].rsplit(" . ", 1)[-1].split()[-n:]


def _officer_misconduct(plain: str) -> Signal | None:
    found = _inspection_finding(plain)
    if found is not None:
        return found
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
            or _IMPOSTORS.search(" ".join(_words_before(plain, m.start(), 8)))
        ):
            continue
        if act in ("tham nhung", "tieu cuc") and before and before[-1] in ("chong", "ngua"):
            continue
        if _NONE.search(plain, max(0, m.start() - 80), m.start()):
            continue  # "không có vụ việc nào phải bồi thường do sai sót của chấp hành viên"
        if m.group("act2") and _WHEN_OF.search(plain, max(0, m.start() - 20), m.start()):
            continue  # ("trước thời điểm khởi tố, chấp hành viên phải ...": a time, no charge)
        if m.group("act2") == "to cao" and _PROCEDURE.search(
            plain, max(0, m.start() - 40), m.end("act2")
        ):
            continue  # "tiếp nhận, giải quyết khiếu nại, tố cáo trong thi hành án dân sự"
        if m.group("act2") == "to cao" and _FIELD_OR_ABOUT.search(m.group(0)):
            continue  # "bàn về khiếu nại, tố cáo trong thi hành án dân sự": the field, no one's
        if m.group("act2") == "ky luat" and plain.startswith(" thi hanh an", m.end("act2")):
            continue  # "đọc kỹ Luật Thi hành án dân sự": without diacritics "kỹ" is "kỷ"
        if m.group("act2") and _HANDED_OVER.search(gap):
            continue  # "sau khi xét xử, tài sản được chuyển giao cho cơ quan thi hành án"
        if m.group("act") and not act.startswith("bi ") and _CASE_KIND.search(gap):
            continue  # "thi hành xong 1.247 việc liên quan đến án tham nhũng": a kind of case
        if m.group("act2") and before[-2:] in (["co", "quan"], ["hoi", "dong"]):
            continue  # "do lỗi của cơ quan xét xử, cơ quan thi hành án": a court, named
        if m.group("act2") and before and before[-1] == "giua":
            continue  # "phối hợp giữa xét xử và thi hành án dân sự": two stages, no act
        if m.group("act2") and gap.split()[:1] in (["va"], ["hoac"]) and gap.split()[-1] == "cua":
            continue  # "các tin, bài phản ánh về ... khiếu nại, tố cáo hoặc hoạt động của chấp
            # hành viên": the officer's is the list's last item, the act another
        if m.group("act2") and gap.split() in (["va"], ["hoac"]):
            continue  # "trong công tác xét xử và thi hành án dân sự": two fields of work; "nơi
            # tòa án sơ thẩm đã xét xử, hoặc Cục Thi hành án dân sự": two places, listed
        if m.group("act2") and before[-2:] == ["dieu", "tra"] and before[-3:-2] != ["quan"]:
            continue  # "từ giai đoạn điều tra, truy tố, xét xử, cơ quan thi hành án đã ...": the
            # procedure's stages listed (not "Cơ quan điều tra khởi tố chấp hành viên")
        if m.group("act3") and before and before[-1] in _TEAM:
            continue  # "cả tổ chấp hành viên": without diacritics "tố" is also "tổ" (a team)
        if m.group("act3") and before and before[-1] == "o":
            continue  # "Đối với chiếc ô tô, chấp hành viên ...": a car, its comma lost
        if act.startswith("bi ") and gap.split()[-1:] and gap.split()[-1] in _PERSON:
            continue  # "áp giải người bị kết án": the person suffers it, not the officer
        if _cleared(plain):  # (read only once an allegation is found: two scans of the story)
            return None  # (the denunciation the story tells was found unfounded)
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
