"""Rule signal (a) of :mod:`classifier.rules`: a THADS agency or officer named as carrying out
criminal enforcement (a death sentence, a prison term, detention, a wanted notice, amnesty),
which makes a relevant article ``inaccurate``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from classifier.rules.plain import _THADS_AGENCY, Signal, _plain

# (a) A THADS agency or officer named as carrying out criminal enforcement.
_AGENCY = _THADS_AGENCY

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
    "di chap hanh an phat tu",  # "đưa 12 người bị kết án đi chấp hành án phạt tù"
    "truy na",  # a wanted notice ("ra quyết định truy nã"): the police's
    # a prison term postponed, suspended or cut, or a release before the term: the court's
    # ("Phòng Thi hành án dân sự khu vực cho nữ bị án ... hoãn chấp hành án phạt tù")
    "hoan chap hanh an phat tu",
    "tam dinh chi chap hanh an phat tu",
    "giam thoi han chap hanh an phat tu",
    "tha tu truoc thoi han",
)
# ... and acts told with words between: a prison term passed ("phạt 18 tháng tù"), prisoners
# managed ("quản lý, giáo dục hơn 400 phạm nhân").
_CRIMINAL_ACT_SPANS = (
    r"(?:tuyen )?phat (?:[^ .][^ ]* ){0,2}?\d+ (?:thang|nam) tu",
    r"quan ly (?:[^ .][^ ]* ){0,4}?pham nhan",
    # ... prisoners put up for amnesty ("lập danh sách đề nghị đặc xá cho 27 phạm nhân"): the
    # prison's proposal (the word "đề nghị" inside the act is no request to another body)
    r"de nghi dac xa (?:cho )?(?:\d+ |cac |nhung )?pham nhan",
    # ... prisons run ("trực tiếp quản lý hai trại giam trên địa bàn")
    r"quan ly (?:cac |hai |ba |\d+ )?(?:trai giam|trai tam giam|nha tam giu)",
    # ... a convict managed while he serves his term ("đơn vị đang trực tiếp quản lý H. trong thời
    # gian chấp hành án phạt tù")
    r"quan ly (?:[^ .][^ ]* ){0,4}?trong thoi gian chap hanh an phat tu",
    # ... or counted ("tiếp nhận, quản lý 428 người chấp hành án phạt tù")
    r"quan ly (?:[^ .][^ ]* ){0,3}?nguoi (?:dang )?chap hanh an phat tu",
    # ... a death sentence carried out, counted or in part ("tổ chức thi hành 3 bản án tử hình",
    # "thi hành cả phần hình phạt tử hình")
    r"thi hanh (?:\d+ |cac |nhieu )?(?:ban )?an tu hinh",
    # ... or a prison term carried out ("đã thi hành xong phần hình phạt tù đối với bị án")
    r"thi hanh (?:xong )?(?:ca )?(?:phan )?hinh phat tu(?: hinh)?",
    # ... a person detained ("ra quyết định tạm giữ ông Ng. 3 tháng", "tạm giữ 3 tháng", "đưa
    # vào nhà tạm giữ"), not property ("tạm giữ tài sản, giấy tờ" is THADS's own measure)
    r"tam giu (?:ong|ba|anh|chi|nguoi|doi tuong|con no|nguoi phai thi hanh an)\b",
    r"tam giu (?:trong thoi han )?(?:\d+|mot|hai|ba|bay|muoi) (?:thang|ngay|gio)\b",
    r"(?:dua|giam|giu) (?:[^ .][^ ]* ){0,3}?(?:vao|tai|o) nha tam giu",
    # ... escorting convicts ("áp giải ... đến trại giam"), not "bám ấp, giải quyết" folded
    r"ap giai(?! (?:quyet|thich|thuong|tri|phap|toa|nhiet))",
    # ... detention, not a prison's name nor "quan tâm giám sát" folded ("trại tạm giam",
    # "quan tam giam sat")
    r"(?<!trai )(?<!nha )(?<!quan )tam giam",
)
# (every act holds one of these: the cheap first test before the pattern's scan)
_CRIMINAL_ACT_WORDS = (
    *_CRIMINAL_ACTS,
    "thang tu",
    "nam tu",
    "pham nhan",
    "chap hanh an phat tu",
    "tu hinh",
    "tam giam",
    "ap giai",
    "hinh phat tu",
    "tam giu",
    "trai giam",
)
_CRIMINAL_ACT = "(?:" + "|".join(_CRIMINAL_ACTS + _CRIMINAL_ACT_SPANS) + ")"

# The act follows the agency within one clause (no sentence end, at most 18 syllables apart; at
# most 40 when the act is the agency's second task: "..., đồng thời tổ chức thi hành 3 bản án tử
# hình").
_AGENCY_NAMED = re.compile(rf"\b{_AGENCY}\b")
_ACT = re.compile(rf" (?:{_CRIMINAL_ACT})\b")
_CLAUSE_END = re.compile(r"[!?;:]|\.(?!\d)")  # (not "1.200")
_GAP, _LONG_GAP = 18, 40
_ALSO = re.compile(r"\bdong thoi(?: [^ ]+){0,2}$")
_REPORTED = re.compile(r"\b(?:cho biet|thong tin|bao cao|theo)\b")
# ... and a coordination told for the act's sake is the agency doing it ("phối hợp với trại tạm
# giam để tổ chức thi hành án tử hình").
_FOR_THE_ACT = re.compile(r"\bde(?: to chuc| tien hanh| thuc hien)?$")
_ASKS = re.compile(r"\b(?:de nghi|yeu cau)\b")
# (not a bare "chưa": "vẫn chưa tổ chức thi hành án tử hình" blames the agency for a task it is
# said to have; "chưa bao giờ", "chưa từng" deny it)
_NEGATION = re.compile(
    r"\b(?:khong|chua (?:bao gio|tung|he)|chang|khong phai|khong co tham quyen|thay vi)\b"
)
_CORRECT_AGENCY = re.compile(
    r"\b(?:cong an|canh sat|trai giam|co quan thi hanh an hinh su|phoi hop|de nghi|yeu cau"
    r"|toa an|tand|hoi dong xet xu|hdxx)\b"  # (the court passing the sentence)
)


# "đơn vị" (the unit) in a story whose headline names civil enforcement is that office ("Thi
# hành án dân sự Nghệ An: Năm 2026 nhiều dấu ấn nổi bật ... năm qua đơn vị còn trực tiếp tổ
# chức thi hành 3 bản án tử hình").
_UNIT = re.compile(r"\bdon vi\b")
_CIVIL_HEADLINE = re.compile(r"\b(?:thi hanh an dan su|thads)\b")


def _agencies(plain: str) -> Iterator[re.Match[str]]:
    yield from _AGENCY_NAMED.finditer(plain)
    if _CIVIL_HEADLINE.search(" . ".join(plain.split(" . ", 2)[:2])):
        yield from _UNIT.finditer(plain)


def _criminal_enforcement(plain: str) -> Signal | None:
    if not any(act in plain for act in _CRIMINAL_ACT_WORDS):  # (the regex needs one)
        return None
    for agency in _agencies(plain):
        end = _CLAUSE_END.search(plain, agency.end())
        clause = plain[agency.end() : end.start() if end else len(plain)]
        for act in _ACT.finditer(clause):
            gap = clause[: act.start()]
            if _attributed(gap, act.group(0)):
                return Signal(
                    "criminal_enforcement",
                    "quy tắc: bài viết gán việc thi hành án hình sự hoặc quyền tố tụng hình sự "
                    "(tử hình, phạt tù, giam giữ, truy nã, đặc xá) cho cơ quan thi hành án dân sự",
                    agency.group(0) + clause[: act.end()],
                )
    return None


# ... nor the act one its work bears on ("việc phối hợp thu tiền phạt, án phí ... với cơ quan
# thi hành án dân sự ở một số nơi còn chậm, ảnh hưởng đến việc xét giảm án, đặc xá"): the act is
# others', affected by the agency's work, not done by it.
_AFFECTS = re.compile(
    r"\b(?:anh huong (?:den|toi)|tac dong (?:den|toi)|lam cham|lam co so|la dieu kien)\b"
)


_BESIDE = re.compile(r"(?:^|\s)(?:va|hoac|voi|khac voi|so voi)(?: co quan)?\s*$")


# Acts THADS has no part in at all, not even in coordination.
_GRAVE = re.compile(r"\b(?:tu hinh|tiem thuoc doc)\b")
_COOPERATION = re.compile(r"\bphoi hop\b")
# ... the agency told working with another body on it, the act right after that body ("Thi hành
# án dân sự tỉnh đã phối hợp với Công an tỉnh [để] tổ chức thi hành 2 bản án tử hình"): the agency
# is still a doer (THADS has no part in it at all). Not another task with them ("phối hợp với
# trại tạm giam thu án phí của người bị kết án tử hình trước khi thi hành án tử hình").
_PARTNERED = re.compile(r"\bphoi hop voi(?: [^ ]+){1,5}? (?:de )?(?:to chuc|tien hanh|thuc hien)$")


def _attributed(gap: str, act: str) -> bool:
    """Whether the words between the agency and a criminal act make the agency its doer."""
    words = gap.split()
    if len(words) > _LONG_GAP or (len(words) > _GAP and not _ALSO.search(gap)):
        return False
    if len(words) > _GAP and _REPORTED.search(gap):
        return False  # (the agency reporting what others did: "... cho biết, ...")
    if _NEGATION.search(gap) or _AFFECTS.search(gap):
        return False
    if act.strip() == "thi hanh an hinh su" and _BESIDE.search(gap):
        return False  # (the two systems named side by side: "Thi hành án dân sự và thi hành án
        # hình sự: Cơ quan nào làm gì?", "cơ quan thi hành án dân sự và cơ quan thi hành án hình
        # sự")
    partner = _PARTNERED.search(gap) if _GRAVE.search(act) else None
    if (
        partner is not None
        and not _CORRECT_AGENCY.search(gap, 0, partner.start())
        and not _REPORTED.search(gap, 0, partner.start())
        and not _ASKS.search(gap)
    ):
        return "bi" not in words[-4:]  # (the agency the subject of "phối hợp với" the others)
    # (a death sentence is no work of THADS even with others: "đơn vị đã phối hợp tổ chức thi
    # hành 3 bản án tử hình"; another body named, but as the agency's partner, or asked still
    # makes it theirs)
    told = _COOPERATION.sub(" ", gap) if _GRAVE.search(act) else gap
    if _CORRECT_AGENCY.search(told) and " chu tri" not in gap:
        # (working with the police or a prison; but "chủ trì, phối hợp": presiding, and a
        # coordination for the act's own sake, asked of no one)
        if not (_FOR_THE_ACT.search(gap) and not _ASKS.search(gap)):
            return False
        if re.search(r"\b(?:cong an|canh sat|toa an|tand|hoi dong xet xu|hdxx)\b", gap):
            return False
    # "chấp hành viên bị khởi tố, bắt tạm giam": the officer suffers it ((c))
    return "bi" not in words[-4:]


def criminal_enforcement_by_thads(
    title: str, text: str, lead: str | None = None, *, stripped: str | None = None
) -> Signal | None:
    """Signal (a): the civil enforcement agency named as executing a criminal sentence.
    ``stripped``: the article's folded diacritic-free text when already at hand."""
    if stripped is not None and not any(act in stripped for act in _CRIMINAL_ACT_WORDS):
        return None  # (the act is needed: skip the sentence split)
    return _criminal_enforcement(_plain(title, text, lead, stripped))
