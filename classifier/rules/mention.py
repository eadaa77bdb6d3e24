"""Rule signal (p) of :mod:`classifier.rules`: a full article that names civil enforcement in one
sentence only, outside its opening — the labelling guide's story that "mentions enforcement only in
passing" (a trial whose judgment a THADS office will enforce, a bill that lists the offices among
others, a business story on a debt sold) — which is not relevant whatever the text model says.

The text model weighs the words "cơ quan thi hành án dân sự" so much that one such sentence in a
6,000-character story on railway law made it relevant. A story about THADS names its work in the
headline or the opening, or in more than one sentence: on the labelled corpus the rule fires on
107 articles, none of them relevant, and on none of the relevant ones.
"""

from __future__ import annotations

import re

from classifier.rules.complaint import complaint_about_thads
from classifier.rules.criminal import _criminal_enforcement, criminal_enforcement_by_thads
from classifier.rules.plain import _IMPERSONATED, Signal, _opening, _plain

# (s) A court's ruling or trial in the headline ("Tòa buộc doanh nghiệp ... trả ngân hàng hơn 90
# tỷ đồng", "Xử phúc thẩm vụ ly hôn ...", "Cà Mau: TAND tỉnh tuyên ..."), which names no work of
# civil enforcement: the labelling guide's trial that mentions enforcement only in passing.
_COURT_HEADLINE = re.compile(
    r"(?:^|\. )(?:(?:toa(?: an)?(?: nhan dan)?|tand|hoi dong xet xu|hdxx)(?: [^ .][^ ]*){0,4}?"
    r" (?:tuyen|buoc|xu|bac|chap nhan|phat|y an|tra ho so|hoan phien)"
    r"|xet xu|xu (?:phuc tham|so tham|giam doc tham|lai|kin|vu|ban|cac|nhom|bang|duong day|ke"
    r"|ong|ba|nguyen|cuu|cong ty|bi cao|can bo)|tuyen an"
    r"|phuc tham|so tham)\b"
)
_HEADLINE_ENFORCEMENT = re.compile(
    r"\b(?:thi hanh an(?! hinh su| tu hinh| phat tu| treo)|chap hanh vien|thads|thua phat lai"
    r"|cuong che|ke bien|dau gia|phong toa|van chua|van cho|chua duoc)\b"
)

# Words of civil enforcement's work, broad on purpose (a second sentence holding any of them, or
# the opening holding one, keeps the article for the text model to decide): the agency and its
# officers, its acts, the judgment enforced, court fees; "hành án" of any kind, criminal too.
_VOCABULARY = re.compile(
    r"\b(?:thi hanh an|hanh an|thads|chap hanh vien|tham tra vien"
    r"|thua phat lai|ke bien|cuong che|phong toa|dau gia|an phi|thi hanh ban an"
    r"|thi hanh quyet dinh)\b"
)
# A body shorter than this is a feed item or a brief, where one sentence is the story.
MIN_BODY = 1500


# A story of criminal enforcement (a death sentence carried out, prisoners, an amnesty, a
# fugitive), told in its headline: "thi hành án" there is the criminal one ("Hội đồng thi hành án
# tử hình", "người bị thi hành án", "việc thi hành án diễn ra đúng quy trình"), so only civil
# enforcement's own words count.
_CRIMINAL_HEADLINE = re.compile(
    # (not "tù nhân": without diacritics it is also "tư nhân", "tự nhận")
    r"\b(?:tu hinh|dac xa|tha tu truoc thoi han|trai giam|pham nhan|tron thi hanh an"
    r"|truy na|chap hanh an phat tu|an treo)\b"
)
# Civil enforcement's own work ...
_CIVIL_WORDS = (
    r"thi hanh an dan su|thads|chap hanh vien|tham tra vien|thua phat lai|ke bien|phong toa"
    r"|dau gia|an phi"
)
# ... and coercion, which (p) counts as its work too.
_CIVIL_VOCABULARY = re.compile(rf"\b(?:{_CIVIL_WORDS}|cuong che)\b")
# A story of another body's coercion or sale, told in its headline (a ward pulling down an
# unlicensed building, the tax office's enforcement, land recovered, public property auctioned):
# there "cưỡng chế" and "đấu giá" are that body's, so only civil enforcement's own names count.
_OTHER_FIELD_HEADLINE = re.compile(
    r"\b(?:no thue|cuong che thue|(?:xay dung|cong trinh) (?:trai phep|khong phep)"
    r"|vi pham trat tu xay dung|cuong che (?:thu hoi dat|pha do|thao do)|thu hoi dat"
    r"|tai san cong|(?:o to|xe|tru so|nha dat) (?:cong )?doi du)\b"
)
_OWN_NAMES = re.compile(
    r"\b(?:thi hanh an dan su|thads|chap hanh vien|tham tra vien|thua phat lai|ke bien|an phi"
    r"|tai san (?:de )?thi hanh an|co quan thi hanh an)\b"
)


def _passing_mention(plain: str) -> Signal | None:
    end = plain.find(" . ")
    headline = plain if end < 0 else plain[:end]
    criminal = _CRIMINAL_HEADLINE.search(headline) is not None
    other = not criminal and _OTHER_FIELD_HEADLINE.search(headline) is not None
    vocabulary = _CIVIL_VOCABULARY if criminal else _OWN_NAMES if other else _VOCABULARY
    if vocabulary.search(_opening(plain)):
        return None
    told = [m for s in plain.split(" . ") if (m := vocabulary.search(s)) is not None]
    # (a story of criminal enforcement or of another body's coercion or sale naming civil
    # enforcement nowhere is none of its either; unless it gives THADS the criminal act, rule (a))
    if len(told) > 1 or (not told and not (criminal or other)):
        return None
    if criminal and _criminal_enforcement(plain) is not None:
        return None
    return Signal(
        "passing_mention",
        "quy tắc: bài chỉ nhắc đến công tác thi hành án một lần, ngoài phần mở đầu (nhắc qua), "
        "không phải bài về thi hành án dân sự",
        told[0].group(0) if told else plain[:end].strip(),
        "not_relevant",
    )


def passing_mention(
    title: str, text: str, lead: str | None = None, *, stripped: str | None = None
) -> Signal | None:
    """Signal (p): a body of at least :data:`MIN_BODY` characters whose headline, lead and
    first sentences do not name civil enforcement's work and whose other sentences name it in
    one sentence only: not relevant. ``stripped``: the article's folded diacritic-free text
    when already at hand."""
    if len(text) < MIN_BODY:
        return None
    return _passing_mention(_plain(title, text, lead, stripped))


def court_ruling(
    title: str, text: str, lead: str | None = None, *, stripped: str | None = None
) -> Signal | None:
    """Signal (s): the headline reports a court's ruling or a trial and names no work of civil
    enforcement (nor a party still waiting), and no rule finds THADS acting or failing in the
    article: not relevant whatever the text model says. ``stripped``: the article's folded
    diacritic-free text when already at hand."""
    plain_title = _plain(title, "", None)
    if _COURT_HEADLINE.search(plain_title) is None or _HEADLINE_ENFORCEMENT.search(plain_title):
        return None
    if criminal_enforcement_by_thads(title, text, lead, stripped=stripped) or complaint_about_thads(
        title, text, lead, stripped=stripped
    ):
        return None
    return Signal(
        "court_ruling",
        "quy tắc: tiêu đề đưa tin phán quyết, phiên tòa; bài chỉ nhắc qua việc thi hành án, "
        "không phải bài về thi hành án dân sự",
        _COURT_HEADLINE.search(plain_title).group(0).removeprefix(". "),
        "not_relevant",
    )


# (u) A bank selling a debt or its collateral itself, headlined so ("Ngân hàng rao bán khoản nợ
# hơn 600 tỷ đồng của doanh nghiệp bất động sản", "Ngân hàng rao bán loạt nhà xưởng ... để thu
# hồi nợ xấu"): the bank's own sale under the loan contract, not civil enforcement, unless its
# opening names enforcement's bodies or acts. The text model, trained where bad-debt sales came
# with enforcement, took such stories.
# A bank, or one named by its brand ("Agribank rao bán khoản nợ hơn 300 tỷ đồng ...").
_BANK = (
    r"(?:ngan hang|agribank|vietcombank|vietinbank|bidv|techcombank|vpbank|mbbank|mb bank|acb"
    r"|sacombank|shb|hdbank|tpbank|vib|ocb|seabank|eximbank|msb|lpbank|abbank|pvcombank"
    r"|bac a bank|kienlongbank|saigonbank|oceanbank|gpbank|cbbank|nam a bank|pgbank|bvbank"
    r"|vietabank|baovietbank|ncb|scb)"
)
_BANK_SALE_HEADLINE = re.compile(
    rf"\b{_BANK}(?: [^ .][^ ]*){{0,3}}? (?:rao ban|chao ban|ban dau gia|ban|thanh ly|dau gia"
    # ... or seizing the collateral itself ("Ngân hàng thu giữ căn nhà thế chấp của khách nợ xấu")
    r"|thu giu)"
    r"(?: [^ .][^ ]*){0,3}? (?:khoan no|no xau|tai san bao dam|tai san the chap|nha xuong"
    r"|du an|toa nha|bat dong san|(?:can |ngoi )?nha(?: dat)? the chap|(?:xe|o to) the chap)\b"
    # ... or any asset, sold to recover the debt ("Ngân hàng rao bán khách sạn 9 tầng ở Thái Bình
    # cũ để thu hồi nợ")
    rf"|\b{_BANK}(?: [^ .][^ ]*){{0,3}}? (?:rao ban|chao ban|ban dau gia|thanh ly|dau gia)"
    r"(?: [^ .][^ ]*){1,10}? (?:de )?(?:thu hoi|xu ly) (?:khoan )?no\b"
)
_ENFORCEMENT_OPENING = re.compile(
    # (not the court told absent: "Không qua tòa án, một ngân hàng đã thu giữ ...")
    r"\b(?:thi hanh an|thads|chap hanh vien|ke bien|cuong che|ban an"
    r"|(?<!khong qua )(?<!khong thong qua )(?:toa an|tand))\b"
)


def _sale_headlined(
    pattern: re.Pattern[str], title: str, text: str, lead: str | None, stripped: str | None
) -> re.Match[str] | None:
    """The headline's match of a sale ``pattern`` (a bank's, a confiscating authority's), when
    the opening names no enforcement."""
    m = pattern.search(_plain(title, "", None))
    if m is None or _ENFORCEMENT_OPENING.search(_opening(_plain(title, text, lead, stripped))):
        return None
    return m


def bank_sale(
    title: str, text: str, lead: str | None = None, *, stripped: str | None = None
) -> Signal | None:
    """Signal (u): the headline tells a bank selling a debt or its collateral itself and the
    opening names no enforcement: not relevant. ``stripped``: the article's folded
    diacritic-free text when already at hand."""
    m = _sale_headlined(_BANK_SALE_HEADLINE, title, text, lead, stripped)
    if m is None:
        return None
    return Signal(
        "bank_sale",
        "quy tắc: tiêu đề đưa tin ngân hàng tự rao bán khoản nợ, tài sản bảo đảm; không phải bài "
        "về thi hành án dân sự",
        m.group(0),
        "not_relevant",
    )


# (v) Goods confiscated for an administrative violation put up for auction, headlined so ("Bán
# đấu giá gần 30 m³ gỗ tang vật tịch thu"): the authority that confiscated them sells them, not
# civil enforcement, unless the opening names enforcement's bodies or acts (a criminal
# judgment's confiscation, which civil enforcement carries out, names the judgment). So too
# public property the State sells ("Đấu giá 6 trụ sở dôi dư sau sắp xếp", "đấu giá biển số").
_CONFISCATED_SALE_HEADLINE = re.compile(
    r"\b(?:ban )?dau gia(?: [^ .][^ ]*){0,8}? (?:tang vat|hang tich thu|(?:bi )?tich thu"
    r"|vi pham hanh chinh|hang lau|hang gia"
    r"|(?:tru so|co so nha dat|nha dat|nha va dat|tai san) doi du|tai san cong"
    r"|bien so (?:xe|o to|dep))\b"
)


# (y) The auction trade in the headline: its organisations and auctioneers, their inspection,
# licences and law ("Thanh tra hoạt động đấu giá tài sản: phát hiện nhiều sai phạm về niêm yết",
# "Thu hồi thẻ hành nghề của 3 đấu giá viên"): a field of the Ministry of Justice beside civil
# enforcement, whose auctions it also holds; told with no enforcement in the opening it is not
# civil enforcement's story.
_AUCTION_TRADE_HEADLINE = re.compile(
    # (the firms as a noun: not "tổ chức đấu giá", holding an auction)
    r"\b(?:to chuc hanh nghe dau gia|(?:cac|nhung|nhieu|\d+) to chuc dau gia|dau gia vien"
    r"|(?:hanh )?nghe dau gia|luat dau gia tai san|hoat dong dau gia tai san"
    r"|(?:doanh nghiep|cong ty) dau gia(?: hop danh)?)\b"
)


# (z) The justice sector's other fields in the headline (a Department of Justice's year, notaries,
# civil status, judicial records, legal aid: "Sở Tư pháp Đồng Tháp tổng kết năm 2025: Hoàn thành
# chuyển giao nhiều thẩm quyền cho cấp xã") and enforcement named in one sentence at most, not in
# the opening ("Sở cũng phối hợp với Thi hành án dân sự tỉnh ... theo quy chế phối hợp"): the
# text model reads the sector's vocabulary ("tư pháp", "đấu giá tài sản") as civil enforcement's.
_JUSTICE_FIELDS_HEADLINE = re.compile(
    r"\b(?:so tu phap|nganh tu phap|phong tu phap|cong chung|chung thuc|ho tich|ly lich tu phap"
    r"|tro giup phap ly|giam dinh tu phap|pho bien(?: giao duc)? phap luat|hoa giai o co so)\b"
)
_ENFORCEMENT_WORD = re.compile(
    r"\b(?:thi hanh an|thads|chap hanh vien|tham tra vien|thua phat lai|ke bien|cuong che"
    r"|thi hanh (?:ban an|quyet dinh|xong|khoan|nghia vu)|(?:phai|duoc) thi hanh|thang kien)\b"
)


# (w) The criminal enforcement body named ("Cơ quan Thi hành án hình sự Công an TP.HCM tổ chức
# thi hành hình phạt đình chỉ hoạt động ... đối với một công ty"): a story of criminal
# enforcement, which the text model may take for civil in a feed item ("Thi hành án đối với pháp
# nhân thương mại ...").
_CRIMINAL_BODY = re.compile(r"\bthi hanh an hinh su\b")
# Civil enforcement's own work, for (w): not coercion, which the criminal body does too ("Cơ
# quan thi hành án hình sự Công an tỉnh ... tổ chức cưỡng chế thi hành án đối với một công ty
# ... bị tòa tuyên đình chỉ hoạt động").
_CIVIL_WORK = re.compile(rf"\b(?:{_CIVIL_WORDS})\b")


def criminal_story(
    title: str, text: str, lead: str | None = None, *, stripped: str | None = None
) -> Signal | None:
    """Signal (w): the criminal enforcement body named and no word of civil enforcement's own
    work anywhere (:data:`_CIVIL_WORK`), nor civil enforcement given the criminal act (rule
    (a)): not relevant. ``stripped``: the article's folded diacritic-free text when already at
    hand."""
    plain = _plain(title, text, lead, stripped)
    m = _CRIMINAL_BODY.search(plain)
    if m is None or _CIVIL_WORK.search(plain) or _criminal_enforcement(plain) is not None:
        return None
    return Signal(
        "criminal_story",
        "quy tắc: bài về thi hành án hình sự (cơ quan thi hành án hình sự), không nêu công việc "
        "của thi hành án dân sự",
        m.group(0),
        "not_relevant",
    )


def confiscated_sale(
    title: str, text: str, lead: str | None = None, *, stripped: str | None = None
) -> Signal | None:
    """Signal (v): the headline tells an auction of goods confiscated for an administrative
    violation, or of public property, and the opening names no enforcement: not relevant.
    ``stripped``: the article's folded diacritic-free text when already at hand."""
    m = _sale_headlined(_CONFISCATED_SALE_HEADLINE, title, text, lead, stripped)
    if m is None:
        return None
    return Signal(
        "confiscated_sale",
        "quy tắc: tiêu đề đưa tin bán đấu giá tang vật, hàng hóa bị tịch thu do vi phạm hành "
        "chính hoặc tài sản công; không phải bài về thi hành án dân sự",
        m.group(0),
        "not_relevant",
    )


def auction_trade(
    title: str, text: str, lead: str | None = None, *, stripped: str | None = None
) -> Signal | None:
    """Signal (y): the headline tells the auction trade (its organisations, auctioneers,
    inspection, licences, law) and the opening names no enforcement: not relevant.
    ``stripped``: the article's folded diacritic-free text when already at hand."""
    m = _sale_headlined(_AUCTION_TRADE_HEADLINE, title, text, lead, stripped)
    if m is None:
        return None
    return Signal(
        "auction_trade",
        "quy tắc: tiêu đề đưa tin về nghề đấu giá tài sản (tổ chức đấu giá, đấu giá viên, thanh "
        "tra, cấp phép); không phải bài về thi hành án dân sự",
        m.group(0),
        "not_relevant",
    )


def justice_fields(
    title: str, text: str, lead: str | None = None, *, stripped: str | None = None
) -> Signal | None:
    """Signal (z): the headline tells the justice sector's other fields (a Department of
    Justice, notaries, civil status, legal aid) and the article names enforcement in one
    sentence at most, outside its opening: not relevant. ``stripped``: the article's folded
    diacritic-free text when already at hand."""
    m = _JUSTICE_FIELDS_HEADLINE.search(_plain(title, "", None))
    if m is None:
        return None
    plain = _plain(title, text, lead, stripped)
    told = sum(1 for s in plain.split(" . ") if _ENFORCEMENT_WORD.search(s))
    if told > 1 or (told and _ENFORCEMENT_WORD.search(_opening(plain))):
        return None
    return Signal(
        "justice_fields",
        "quy tắc: tiêu đề đưa tin về lĩnh vực tư pháp khác (sở tư pháp, công chứng, hộ tịch, "
        "trợ giúp pháp lý), bài nhắc đến thi hành án nhiều nhất một lần; không phải bài về thi "
        "hành án dân sự",
        m.group(0),
        "not_relevant",
    )


# (x) An enforcement officer at work: an article that names a bailiff of civil enforcement (a
# "chấp hành viên", "thẩm tra viên thi hành án", "thư ký thi hành án": posts only civil
# enforcement has) at least twice, an act of enforcement and the judgment or the parties it
# serves ("Chấp hành viên đọc quyết định cưỡng chế buộc giao nhà ...", "bà Lan, người thắng kiện
# từ năm 2018"), not as an impostor: a story of civil enforcement, though it names no agency.
# The text model, whose relevant examples name the agencies, weighs "chấp hành viên" alone a
# little against relevance (its hard negatives: police seizures) and scored such a story 0.09.
_OFFICER = re.compile(r"\b(?:chap hanh vien|tham tra vien thi hanh an|thu ky thi hanh an)\b")
_OFFICER_WORDS = ("chap hanh vien", "tham tra vien", "thu ky thi hanh an")
_OFFICER_ACT = re.compile(
    r"\b(?:cuong che|ke bien|ban giao|giao (?:nha|dat|tai san)|xac minh dieu kien"
    r"|to chuc thi hanh|dau gia|phong toa)\b"
)
_JUDGMENT_SERVED = re.compile(
    r"\b(?:ban an|quyet dinh thi hanh an|thang kien|nguoi (?:phai|duoc) thi hanh an)\b"
)


def officer_at_work(
    title: str, text: str, lead: str | None = None, *, stripped: str | None = None
) -> Signal | None:
    """Signal (x): a bailiff of civil enforcement named twice, not as an impostor, an act of
    enforcement and the judgment it serves: relevant. ``stripped``: the article's folded
    diacritic-free text when already at hand."""
    if stripped is not None and sum(stripped.count(w) for w in _OFFICER_WORDS) < 2:
        return None  # (the cheap first test: most articles name no bailiff twice)
    plain = _plain(title, text, lead, stripped)
    named = [
        m
        for m in _OFFICER.finditer(plain)
        if not _IMPERSONATED.search(plain, max(0, m.start() - 16), max(0, m.start() - 1))
    ]
    if len(named) < 2 or not _OFFICER_ACT.search(plain) or not _JUDGMENT_SERVED.search(plain):
        return None
    return Signal(
        "officer_at_work",
        "quy tắc: bài viết kể chấp hành viên làm công việc thi hành án dân sự (kê biên, cưỡng "
        "chế, giao tài sản theo bản án)",
        named[0].group(0),
        "relevant",
    )
