"""The three documents of a case, as DOCX bytes: the công văn to the local office, the correction
request to the outlet and the draft reply article for baophapluat.vn.

Usage::

    letterhead = Letterhead.from_settings(settings)
    data = official_letter_docx(OfficialLetter(...), letterhead)
    data = correction_request_docx(CorrectionRequest(...), letterhead, load_regimes(settings))
    data = draft_reply_docx(compose_draft_reply(verification, articles, day=today))
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import RGBColor

from documents.docx_layout import (
    add_body,
    add_closing,
    add_header,
    add_hyperlink,
    add_kinh_gui,
    add_text,
    new_document,
    to_bytes,
)
from documents.fmt import clean, clip, ddmmyyyy, deadline_phrase
from documents.inputs import (
    ArticleRef,
    CorrectionRequest,
    DraftReply,
    Letterhead,
    OfficialLetter,
    VerificationResult,
)
from documents.legal import LegalRegime, regime_for

__all__ = [
    "LETTER_SUBJECT",
    "compose_draft_reply",
    "correction_regimes",
    "correction_request_docx",
    "draft_reply_docx",
    "official_letter_docx",
    "standard_requests",
]

LETTER_SUBJECT = "xử lý thông tin báo chí phản ánh"
CORRECTION_SUBJECT = "đề nghị cải chính thông tin trên báo chí"
SUBJECT_LIMIT = 160
LEGAL_INTRO = (
    "Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ quy định chi tiết việc phát "
    "ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước và Quy chế phối "
    "hợp truyền thông trong lĩnh vực thi hành án dân sự, thi hành án hành chính giữa Cục Quản lý "
    "Thi hành án dân sự và Báo Pháp luật Việt Nam"
)


def _v_v(subject: str, default: str) -> str:
    text = clean(subject) or default
    if text.lower().startswith("v/v"):
        text = text[3:].strip()
    return "V/v " + clip(text, SUBJECT_LIMIT)


def _article_paragraph(doc: DocxDocument, article: ArticleRef, lead: str) -> None:
    """ "<lead> bài viết “Title” đăng trên Outlet ngày dd/mm/yyyy, chuyên mục …, tác giả …,
    đường dẫn: <link>." as one justified body paragraph."""
    parts = [f"{lead}Bài viết “{clean(article.title)}” đăng trên {clean(article.outlet)}"]
    if article.published_at is not None:
        parts.append(f" ngày {ddmmyyyy(article.published_at)}")
    if clean(article.section):
        parts.append(f", chuyên mục “{clean(article.section)}”")
    if clean(article.author):
        parts.append(f", tác giả {clean(article.author)}")
    p = add_body(doc, "".join(parts) + ", đường dẫn: ")
    add_hyperlink(p, article.url)
    add_text(doc, ".", paragraph=p)


def _articles(doc: DocxDocument, articles: Sequence[ArticleRef], *, summaries: bool) -> None:
    for i, article in enumerate(articles, start=1):
        lead = f"{i}. " if len(articles) > 1 else ""
        _article_paragraph(doc, article, lead)
        if summaries and clean(article.summary):
            add_body(doc, clean(article.summary), bold_prefix="Tóm tắt nội dung: ")


def _report_ref(v: VerificationResult) -> str:
    """ " tại Báo cáo số 12/BC-THADS ngày 28/11/2026" (empty without a report number)."""
    if not clean(v.report_number):
        return ""
    when = f" ngày {ddmmyyyy(v.report_date)}" if v.report_date is not None else ""
    return f" tại Báo cáo số {clean(v.report_number)}{when}"


def _numbered(doc: DocxDocument, items: Sequence[str]) -> None:
    for i, item in enumerate(items, start=1):
        add_body(doc, f"{i}. {clean(item)}")


def _focal(doc: DocxDocument, own: str, letterhead: Letterhead) -> None:
    contact = clean(own) or clean(letterhead.focal_contact)
    if contact:
        add_body(doc, f"Thông tin chi tiết xin liên hệ: {contact}.")


# --- công văn to the local office -----------------------------------------------------------------
def standard_requests(
    issuing_body: str, deadline: date | datetime | None = None
) -> tuple[str, ...]:
    """What the local office is asked to do (NOTES.md §5): check and verify, report in writing with
    documents by the deadline, propose how to handle the story."""
    when = deadline_phrase(deadline) if deadline is not None else "trong thời gian sớm nhất"
    return (
        "Kiểm tra hồ sơ thi hành án, xác minh, làm rõ các nội dung báo chí phản ánh nêu trên.",
        "Báo cáo bằng văn bản kết quả xác minh, kèm theo tài liệu có liên quan, gửi "
        f"{clean(issuing_body)} {when}.",
        "Đề xuất hình thức xử lý (phản hồi thông tin, đề nghị cơ quan báo chí cải chính); "
        "trường hợp nội dung phản ánh là đúng, báo cáo biện pháp khắc phục tồn tại, hạn chế.",
    )


def official_letter_docx(letter: OfficialLetter, letterhead: Letterhead) -> bytes:
    """The công văn "V/v xử lý thông tin báo chí phản ánh …" to the local office."""
    doc = new_document()
    outlet = clean(letter.articles[0].outlet)
    subject = _v_v(letter.subject, f"{LETTER_SUBJECT} trên {outlet}" if outlet else LETTER_SUBJECT)
    add_header(
        doc, letterhead, number=letterhead.number(letter.number), day=letter.date, subject=subject
    )
    add_kinh_gui(doc, letter.addressees)
    issuer = clean(letterhead.issuing_body)
    case = f" (vụ việc mã {clean(letter.case_code)})" if clean(letter.case_code) else ""
    add_body(
        doc,
        f"{LEGAL_INTRO}, {issuer} nhận được thông tin báo chí phản ánh liên quan đến công tác "
        f"thi hành án dân sự tại địa phương{case}, cụ thể như sau:",
    )
    _articles(doc, letter.articles, summaries=True)
    claims = [clean(c) for c in letter.claims if clean(c)]
    if claims:
        add_body(doc, "", bold_prefix="Nội dung phản ánh:")
        for claim in claims:
            add_body(doc, f"- {claim}")
    who = "Quý cơ quan" if len(letter.addressees) == 1 else "các cơ quan"
    add_body(
        doc,
        f"Để có cơ sở xử lý, trả lời báo chí theo quy định, {issuer} đề nghị {who} "
        "thực hiện các nội dung sau:",
    )
    _numbered(doc, letter.requests or standard_requests(issuer, letter.deadline))
    if letter.requests and letter.deadline is not None:
        add_body(doc, f"Thời hạn báo cáo: {deadline_phrase(letter.deadline)}.")
    _focal(doc, letter.focal_contact, letterhead)
    add_body(doc, f"{issuer} đề nghị {who} khẩn trương thực hiện./.")
    add_closing(doc, letterhead, (*letterhead.letter_recipients, *letter.extra_recipients))
    return to_bytes(doc)


# --- correction request to the outlet -------------------------------------------------------------
def correction_regimes(
    request: CorrectionRequest, regimes: Sequence[LegalRegime]
) -> list[tuple[LegalRegime, list[int]]]:
    """The regimes that apply to the request's articles, oldest first, each with the 1-based
    numbers of its articles. An article without a publication date counts at the letter's date."""
    chosen: dict[str, tuple[LegalRegime, list[int]]] = {}
    for i, article in enumerate(request.articles, start=1):
        regime = regime_for(article.published_at or request.date, tuple(regimes))
        chosen.setdefault(regime.key, (regime, []))[1].append(i)
    return sorted(chosen.values(), key=lambda pair: pair[0].start)


def _citation(pairs: list[tuple[LegalRegime, list[int]]]) -> str:
    """One citation, or each regime's with the numbers of its articles."""
    if len(pairs) == 1:
        return pairs[0][0].citation
    return "; ".join(
        f"{regime.citation} (đối với bài viết số {', '.join(str(n) for n in numbers)})"
        for regime, numbers in pairs
    )


def correction_request_docx(
    request: CorrectionRequest, letterhead: Letterhead, regimes: Sequence[LegalRegime]
) -> bytes:
    """The công văn asking the outlet to correct, citing the legal basis in force when each article
    was published (Luật Báo chí 2016 Điều 42 before 2026-07-01, the 2025 law after)."""
    doc = new_document()
    subject = _v_v(request.subject, CORRECTION_SUBJECT)
    add_header(
        doc, letterhead, number=letterhead.number(request.number), day=request.date, subject=subject
    )
    addressee = clean(request.addressee) or f"Ban Biên tập {clean(request.articles[0].outlet)}"
    add_kinh_gui(doc, [addressee])
    issuer = clean(letterhead.issuing_body)
    several = len(request.articles) > 1
    add_body(doc, f"{issuer} nhận được thông tin phản ánh trên báo chí như sau:")
    _articles(doc, request.articles, summaries=False)
    v = request.verification
    source = f" của {clean(v.office)}{_report_ref(v)}" if v is not None else ""
    what = "các bài viết" if several else "bài viết"
    add_body(
        doc,
        f"Qua kiểm tra, xác minh{source}, {issuer} nhận thấy {what} có nội dung thông tin chưa "
        "chính xác, cụ thể như sau:",
    )
    for i, point in enumerate(request.points, start=1):
        add_body(
            doc, f"“{clean(point.false_content)}”.", bold_prefix=f"{i}. Nội dung bài viết nêu: "
        )
        add_body(doc, f"{clean(point.correct_content)}", bold_prefix="Thông tin chính xác: ")
    pairs = correction_regimes(request, regimes)
    add_body(
        doc,
        f"Căn cứ {_citation(pairs)}, {issuer} đề nghị Quý Báo:",
    )
    requests = list(request.requests or pairs[-1][0].requests)
    when = f" {deadline_phrase(request.deadline)}" if request.deadline is not None else ""
    requests.append(f"Thông báo kết quả xử lý cho {issuer}{when}.")
    _numbered(doc, requests)
    _focal(doc, request.focal_contact, letterhead)
    add_body(doc, "Trân trọng cảm ơn sự phối hợp của Quý Báo./.")
    add_closing(doc, letterhead, (*letterhead.letter_recipients, *request.extra_recipients))
    return to_bytes(doc)


# --- draft reply article --------------------------------------------------------------------------
def compose_draft_reply(
    verification: VerificationResult,
    articles: Sequence[ArticleRef],
    *,
    day: date,
    byline: str = "",
    case_code: str = "",
) -> DraftReply:
    """A first draft of the reply article from the local office's verification result: headline,
    sapo naming the article replied to, one paragraph per finding, then the conclusion."""
    if not articles:
        raise ValueError("a reply needs the article it replies to")
    office = clean(verification.office)
    first = articles[0]
    title = clean(first.title)
    when = f" ngày {ddmmyyyy(first.published_at)}" if first.published_at else ""
    ref = _report_ref(verification)
    headline = f"{office} thông tin về vụ việc báo chí phản ánh"
    sapo = (
        f"(PLVN) - Liên quan đến bài viết “{clip(title, 200)}” đăng trên {clean(first.outlet)}"
        f"{when}, {office} đã kiểm tra, xác minh và có thông tin chính thức về các nội dung phản "
        "ánh."
    )
    paragraphs = [f"Theo {office}{ref}, kết quả kiểm tra, xác minh như sau:"]
    paragraphs += [clean(f, paragraphs=True) for f in verification.findings if clean(f)]
    if clean(verification.conclusion):
        paragraphs.append(clean(verification.conclusion, paragraphs=True))
    return DraftReply(
        headline=headline,
        sapo=sapo,
        paragraphs=tuple(paragraphs),
        articles=tuple(articles),
        date=day,
        byline=byline,
        case_code=case_code,
    )


def draft_reply_docx(draft: DraftReply) -> bytes:
    """The draft reply as DOCX: a red "DỰ THẢO" banner, headline, bold sapo, body, byline, and the
    articles replied to (with links) for the editors."""
    doc = new_document()
    banner = add_text(doc, "DỰ THẢO BÀI PHẢN HỒI – BAOPHAPLUAT.VN", size=12, bold=True)
    banner.runs[0].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    meta = f"Ngày soạn: {ddmmyyyy(draft.date)}"
    if clean(draft.case_code):
        meta += f" – Vụ việc: {clean(draft.case_code)}"
    add_text(doc, meta, size=12, italic=True, space_after=12)
    add_text(doc, draft.headline, size=16, bold=True, space_after=12)
    add_body(doc, "", bold_prefix=clean(draft.sapo))
    for paragraph in draft.paragraphs:
        for line in clean(paragraph, paragraphs=True).split("\n"):
            if line:
                add_body(doc, line)
    if clean(draft.byline):
        add_text(doc, draft.byline, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=12)
    add_text(
        doc,
        "Bài viết được phản hồi:",
        size=12,
        bold=True,
        italic=True,
        align=WD_ALIGN_PARAGRAPH.LEFT,
        space_before=12,
    )
    for article in draft.articles:
        when = f", {ddmmyyyy(article.published_at)}" if article.published_at else ""
        p = add_text(
            doc,
            f"- “{clean(article.title)}” ({clean(article.outlet)}{when}): ",
            size=12,
            align=WD_ALIGN_PARAGRAPH.LEFT,
        )
        add_hyperlink(p, article.url, size=12)
    return to_bytes(doc)
