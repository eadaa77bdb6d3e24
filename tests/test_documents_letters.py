"""documents.letters: the công văn, the correction request and the draft reply, opened back with
python-docx and checked field by field (ND 30/2020 layout, legal basis by date, hostile input)."""

from __future__ import annotations

import io
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

import config
from documents.docx_layout import FONT, QUOC_HIEU, TIEU_NGU
from documents.fmt import date_line
from documents.inputs import (
    ArticleRef,
    CorrectionPoint,
    CorrectionRequest,
    Letterhead,
    OfficialLetter,
    VerificationResult,
)
from documents.legal import LegalBasisError, load_regimes
from documents.letters import (
    compose_draft_reply,
    correction_request_docx,
    draft_reply_docx,
    official_letter_docx,
)
from text.dates import VN_TZ

TODAY = date(2026, 11, 29)
CITE_2016 = "Điều 42 Luật Báo chí số 103/2016/QH13"
CITE_2025 = "Luật Báo chí năm 2025 (các quy định về cải chính, xin lỗi trên báo chí)"


def settings(**overrides: object) -> config.Settings:
    base = {"signer_name": "Trần Văn Bình", "focal_contact": "bà Lê Thị Cúc, Văn phòng Cục"}
    return config.load(environ={}, **{**base, **overrides})


@pytest.fixture
def letterhead() -> Letterhead:
    return Letterhead.from_settings(settings())


def article(**changes: object) -> ArticleRef:
    values: dict[str, object] = {
        "title": "Thắng kiện 6 năm vẫn chưa được thi hành án",
        "outlet": "Báo Dân trí",
        "url": "https://dantri.com.vn/ban-doc/thang-kien-6-nam-20261127093000123.htm",
        "published_at": datetime(2026, 11, 27, 9, 30, tzinfo=VN_TZ),
        "summary": "Người dân phản ánh cơ quan thi hành án chậm tổ chức thi hành bản án.",
        "author": "Nguyễn An",
        "section": "Bạn đọc",
    }
    values.update(changes)
    return ArticleRef(**values)  # type: ignore[arg-type]


def open_docx(data: bytes) -> DocxDocument:
    return docx.Document(io.BytesIO(data))


def all_text(doc: DocxDocument) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def header_cells(doc: DocxDocument) -> list[list[str]]:
    return [[p.text for p in cell.paragraphs] for row in doc.tables[0].rows for cell in row.cells]


def run_of(doc: DocxDocument, text: str):  # noqa: ANN201 - a python-docx Run
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    for run in p.runs:
                        if run.text == text:
                            return run
    for p in doc.paragraphs:
        for run in p.runs:
            if run.text == text:
                return run
    raise AssertionError(f"no run {text!r}")


def letter(**changes: object) -> OfficialLetter:
    values: dict[str, object] = {
        "date": TODAY,
        "addressees": ("Thi hành án dân sự tỉnh Nghệ An",),
        "articles": (article(),),
        "claims": ("Chậm thi hành án kéo dài 6 năm", "Chấp hành viên gây khó khăn"),
        "deadline": datetime(2026, 12, 2, 17, 0, tzinfo=VN_TZ),
        "case_code": "VV-2026-0012",
    }
    values.update(changes)
    return OfficialLetter(**values)  # type: ignore[arg-type]


# --- date line ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 29), "Hà Nội, ngày 29 tháng 11 năm 2026"),
        (date(2027, 1, 5), "Hà Nội, ngày 05 tháng 01 năm 2027"),
        (date(2026, 2, 28), "Hà Nội, ngày 28 tháng 02 năm 2026"),
        (date(2026, 3, 9), "Hà Nội, ngày 09 tháng 3 năm 2026"),
        (date(2026, 12, 10), "Hà Nội, ngày 10 tháng 12 năm 2026"),
    ],
)
def test_date_line_follows_nd30(day: date, expected: str) -> None:
    assert date_line("Hà Nội", day) == expected


# --- công văn to the local office -----------------------------------------------------------------
def test_letter_header(letterhead: Letterhead) -> None:
    doc = open_docx(official_letter_docx(letter(), letterhead))
    left, right, left2, right2 = header_cells(doc)
    assert left[:2] == ["BỘ TƯ PHÁP", "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ"]
    assert right[:2] == [QUOC_HIEU, TIEU_NGU]
    assert left2[0] == "Số: …/CQLTHADS-VP"  # blank number for the văn thư
    assert left2[1] == "V/v xử lý thông tin báo chí phản ánh trên Báo Dân trí"
    assert right2[0] == "Hà Nội, ngày 29 tháng 11 năm 2026"
    assert run_of(doc, "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ").bold
    assert not run_of(doc, "BỘ TƯ PHÁP").bold
    assert run_of(doc, QUOC_HIEU).bold and run_of(doc, TIEU_NGU).bold
    assert run_of(doc, "Hà Nội, ngày 29 tháng 11 năm 2026").italic
    assert run_of(doc, TIEU_NGU).font.size.pt == 14
    # the short rules under the issuing body and the tiêu ngữ are paragraph bottom borders
    cells = doc.tables[0].rows[0].cells
    for cell in cells:
        borders = [p for p in cell.paragraphs if p._p.find(f".//{qn('w:bottom')}") is not None]
        assert len(borders) == 1


def test_letter_number_from_pattern() -> None:
    lh = Letterhead.from_settings(settings(drafting_unit_code="PCNV"))
    doc = open_docx(official_letter_docx(letter(number=1234), lh))
    assert header_cells(doc)[2][0] == "Số: 1234/CQLTHADS-PCNV"
    lh = Letterhead.from_settings(settings(letter_number_pattern="{so}/{loai}-{co_quan}"))
    assert lh.number(7) == "7/CV-CQLTHADS"
    assert lh.number(None, kind="report") == "…/BC-CQLTHADS"


def test_letter_body(letterhead: Letterhead) -> None:
    doc = open_docx(official_letter_docx(letter(), letterhead))
    texts = [p.text for p in doc.paragraphs]
    assert "Kính gửi: Thi hành án dân sự tỉnh Nghệ An." in texts
    body = all_text(doc)
    assert (
        "“Thắng kiện 6 năm vẫn chưa được thi hành án” đăng trên Báo Dân trí ngày 27/11/2026" in body
    )
    assert "chuyên mục “Bạn đọc”, tác giả Nguyễn An" in body
    assert "Tóm tắt nội dung: Người dân phản ánh" in body
    assert "- Chậm thi hành án kéo dài 6 năm" in texts
    assert "vụ việc mã VV-2026-0012" in body
    assert "chậm nhất 17 giờ 00 ngày 02/12/2026" in body
    assert "Thông tin chi tiết xin liên hệ: bà Lê Thị Cúc, Văn phòng Cục." in texts
    assert "Cục Quản lý Thi hành án dân sự đề nghị Quý cơ quan khẩn trương thực hiện./." in texts
    links = [h for p in doc.paragraphs for h in p.hyperlinks]
    assert [h.url for h in links] == [article().url]
    first = next(p for p in doc.paragraphs if p.text.startswith("Căn cứ Nghị định số 09/2017"))
    assert first.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert first.paragraph_format.first_line_indent.mm == pytest.approx(12.7, abs=0.1)


def test_letter_closing(letterhead: Letterhead) -> None:
    doc = open_docx(
        official_letter_docx(letter(extra_recipients=("Phó Cục trưởng Lê D",)), letterhead)
    )
    closing = doc.tables[-1].rows[0].cells
    recipients = [p.text for p in closing[0].paragraphs]
    assert recipients == [
        "Nơi nhận:",
        "- Như trên;",
        "- Cục trưởng (để báo cáo);",
        "- Báo Pháp luật Việt Nam (để phối hợp);",
        "- Phó Cục trưởng Lê D;",
        "- Lưu: VT, VP.",
    ]
    heading = run_of(doc, "Nơi nhận:")
    assert heading.bold and heading.italic and heading.font.size.pt == 12
    assert run_of(doc, "- Như trên;").font.size.pt == 11
    signature = [p.text for p in closing[1].paragraphs if p.text]
    assert signature == ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Trần Văn Bình"]
    assert run_of(doc, "KT. CỤC TRƯỞNG").bold and run_of(doc, "Trần Văn Bình").bold


def test_signature_without_authority() -> None:
    lh = Letterhead.from_settings(
        settings(signer_authority="", signer_title="Cục trưởng", signer_name="")
    )
    doc = open_docx(official_letter_docx(letter(), lh))
    signature = [p.text for p in doc.tables[-1].rows[0].cells[1].paragraphs if p.text]
    assert signature == ["CỤC TRƯỞNG"]


def test_page_setup_and_fonts(letterhead: Letterhead) -> None:
    doc = open_docx(official_letter_docx(letter(), letterhead))
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert 20 <= round(section.top_margin.mm) <= 25
    assert 20 <= round(section.bottom_margin.mm) <= 25
    assert 30 <= round(section.left_margin.mm) <= 35
    assert 15 <= round(section.right_margin.mm) <= 20
    normal = doc.styles["Normal"]
    assert normal.font.name == FONT and normal.font.size.pt == 14
    rfonts = normal.element.rPr.find(qn("w:rFonts"))
    assert rfonts.get(qn("w:eastAsia")) == FONT and rfonts.get(qn("w:cs")) == FONT
    runs = [r for p in doc.paragraphs for r in p.runs]
    runs += [
        r
        for t in doc.tables
        for row in t.rows
        for c in row.cells
        for p in c.paragraphs
        for r in p.runs
    ]
    assert runs
    for run in runs:
        assert run.font.name in (None, FONT)  # inherit Times New Roman
        assert run.font.size is None or 11 <= run.font.size.pt <= 16


def test_several_addressees(letterhead: Letterhead) -> None:
    doc = open_docx(
        official_letter_docx(
            letter(
                addressees=("Thi hành án dân sự tỉnh Nghệ An", "Thi hành án dân sự tỉnh Hà Tĩnh")
            ),
            letterhead,
        )
    )
    texts = [p.text for p in doc.paragraphs]
    i = texts.index("Kính gửi:")
    assert texts[i + 1 : i + 3] == [
        "- Thi hành án dân sự tỉnh Nghệ An;",
        "- Thi hành án dân sự tỉnh Hà Tĩnh.",
    ]


def test_letter_needs_addressee_and_article() -> None:
    with pytest.raises(ValueError, match="addressee"):
        letter(addressees=())
    with pytest.raises(ValueError, match="article"):
        letter(articles=())


# --- correction request and legal basis -----------------------------------------------------------
def request(*articles: ArticleRef, **changes: object) -> CorrectionRequest:
    values: dict[str, object] = {
        "date": TODAY,
        "articles": articles or (article(),),
        "points": (
            CorrectionPoint(
                "Cơ quan thi hành án không tổ chức thi hành bản án suốt 6 năm",
                "Cơ quan thi hành án đã kê biên, bán đấu giá tài sản và chi trả 1,2 tỷ đồng",
            ),
        ),
        "verification": VerificationResult(
            office="Thi hành án dân sự tỉnh Nghệ An",
            findings=("Đã kê biên tài sản ngày 12/3/2024.",),
            report_number="125/BC-THADS",
            report_date=date(2026, 11, 28),
        ),
        "deadline": date(2026, 12, 10),
    }
    values.update(changes)
    return CorrectionRequest(**values)  # type: ignore[arg-type]


def citation_paragraph(data: bytes) -> str:
    doc = open_docx(data)
    return next(p.text for p in doc.paragraphs if p.text.startswith("Căn cứ "))


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (datetime(2026, 6, 30, 23, 59, tzinfo=VN_TZ), CITE_2016),
        (datetime(2026, 7, 1, 0, 0, tzinfo=VN_TZ), CITE_2025),
        (datetime(2025, 3, 1, 8, 0, tzinfo=VN_TZ), CITE_2016),
        # 30/06 18:00 UTC is 01/07 01:00 in Vietnam: the 2025 law
        (datetime(2026, 6, 30, 18, 0, tzinfo=UTC), CITE_2025),
        (datetime(2026, 6, 30, 16, 59, tzinfo=UTC), CITE_2016),
    ],
)
def test_legal_basis_switches_on_2026_07_01(
    letterhead: Letterhead, published: datetime, expected: str
) -> None:
    regimes = load_regimes(settings())
    text = citation_paragraph(
        correction_request_docx(request(article(published_at=published)), letterhead, regimes)
    )
    assert expected in text
    other = CITE_2025 if expected == CITE_2016 else CITE_2016
    assert other not in text


def test_undated_article_counts_at_letter_date(letterhead: Letterhead) -> None:
    regimes = load_regimes(settings())
    data = correction_request_docx(request(article(published_at=None)), letterhead, regimes)
    assert CITE_2025 in citation_paragraph(data)  # the letter is dated 29/11/2026


def test_articles_under_both_laws_cite_both(letterhead: Letterhead) -> None:
    old = article(published_at=datetime(2026, 6, 20, tzinfo=VN_TZ), title="Bài cũ")
    new = article(published_at=datetime(2026, 7, 2, tzinfo=VN_TZ), title="Bài mới")
    text = citation_paragraph(
        correction_request_docx(request(new, old), letterhead, load_regimes(settings()))
    )
    assert f"{CITE_2016} về cải chính trên báo chí (đối với bài viết số 2)" in text
    assert f"{CITE_2025} (đối với bài viết số 1)" in text


def test_correction_request_fields(letterhead: Letterhead) -> None:
    data = correction_request_docx(
        request(article(published_at=datetime(2026, 5, 4, tzinfo=VN_TZ))),
        letterhead,
        load_regimes(settings()),
    )
    doc = open_docx(data)
    assert header_cells(doc)[2][1] == "V/v đề nghị cải chính thông tin trên báo chí"
    texts = [p.text for p in doc.paragraphs]
    assert "Kính gửi: Ban Biên tập Báo Dân trí." in texts
    body = all_text(doc)
    assert "của Thi hành án dân sự tỉnh Nghệ An tại Báo cáo số 125/BC-THADS ngày 28/11/2026" in body
    assert "1. Nội dung bài viết nêu: “Cơ quan thi hành án không tổ chức" in body
    assert "Thông tin chính xác: Cơ quan thi hành án đã kê biên" in body
    assert "tiêu đề “Thông tin cải chính, xin lỗi”" in body  # Điều 42 khoản 4 content
    assert (
        "Thông báo kết quả xử lý cho Cục Quản lý Thi hành án dân sự chậm nhất ngày 10/12/2026."
        in body
    )
    assert [h.url for p in doc.paragraphs for h in p.hyperlinks] == [article().url]
    assert doc.tables[-1].rows[0].cells[0].paragraphs[1].text == "- Như trên;"


def test_legal_basis_is_configurable(tmp_path: Path, letterhead: Letterhead) -> None:
    s = settings(press_law_2025_citation="Điều 99 Luật Báo chí số 1/2025/QH15")
    data = correction_request_docx(
        request(article(published_at=datetime(2026, 8, 1, tzinfo=VN_TZ))),
        letterhead,
        load_regimes(s),
    )
    assert "Căn cứ Điều 99 Luật Báo chí số 1/2025/QH15, " in citation_paragraph(data)
    table = tmp_path / "regimes.toml"
    table.write_text(
        '[[regime]]\nkey = "x"\nfrom = 2000-01-01\ncitation = "Luật X"\nrequests = ["Làm Y;"]\n',
        encoding="utf-8",
    )
    regimes = load_regimes(settings(legal_basis_file=str(table)))
    data = correction_request_docx(request(), letterhead, regimes)
    assert citation_paragraph(data).startswith("Căn cứ Luật X, ")
    assert "1. Làm Y;" in all_text(open_docx(data))


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (None, "Không tìm thấy"),
        ("[[regime]\n", "không hợp lệ"),
        ('[[regime]]\nkey = "x"\ncitation = "A"\n', "thiếu ngày bắt đầu"),
        ("[[regime]]\nfrom = 2020-01-01\n", "thiếu nội dung căn cứ"),
        ('[[regime]]\nfrom = 2020-01-01\ncitation_setting = "nope"\n', "không có thiết lập"),
        ('title = "rỗng"\n', "không có mục"),
    ],
)
def test_bad_legal_basis_file(tmp_path: Path, content: str | None, fragment: str) -> None:
    path = tmp_path / "regimes.toml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(LegalBasisError, match=fragment):
        load_regimes(settings(legal_basis_file=str(path)))


# --- draft reply ----------------------------------------------------------------------------------
def test_draft_reply() -> None:
    verification = VerificationResult(
        office="Thi hành án dân sự tỉnh Nghệ An",
        findings=("Ngày 12/3/2024, Chấp hành viên đã kê biên tài sản.", "Đã chi trả 1,2 tỷ đồng."),
        report_number="125/BC-THADS",
        report_date=date(2026, 11, 28),
        conclusion="Nội dung bài viết phản ánh là không chính xác.",
    )
    draft = compose_draft_reply(
        verification, [article()], day=TODAY, byline="Nhóm phóng viên", case_code="VV-1"
    )
    assert draft.headline == "Thi hành án dân sự tỉnh Nghệ An thông tin về vụ việc báo chí phản ánh"
    assert (
        "“Thắng kiện 6 năm vẫn chưa được thi hành án” đăng trên Báo Dân trí ngày 27/11/2026"
        in draft.sapo
    )
    assert draft.paragraphs == (
        "Theo Thi hành án dân sự tỉnh Nghệ An tại Báo cáo số 125/BC-THADS ngày 28/11/2026, kết "
        "quả kiểm tra, xác minh như sau:",
        "Ngày 12/3/2024, Chấp hành viên đã kê biên tài sản.",
        "Đã chi trả 1,2 tỷ đồng.",
        "Nội dung bài viết phản ánh là không chính xác.",
    )
    doc = open_docx(draft_reply_docx(draft))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "DỰ THẢO BÀI PHẢN HỒI – BAOPHAPLUAT.VN"
    assert "Ngày soạn: 29/11/2026 – Vụ việc: VV-1" in texts
    assert draft.headline in texts and draft.sapo in texts
    assert run_of(doc, draft.headline).bold and run_of(doc, draft.sapo).bold
    assert "Đã chi trả 1,2 tỷ đồng." in texts and "Nhóm phóng viên" in texts
    assert [h.url for p in doc.paragraphs for h in p.hyperlinks] == [article().url]
    with pytest.raises(ValueError):
        compose_draft_reply(verification, [], day=TODAY)


# --- hostile input --------------------------------------------------------------------------------
HOSTILE_TITLE = (
    "Tin\x00 giả\x07\x1b <w:p><w:r><w:t>chèn</w:t></w:r></w:p> &amp; <script>alert(1)</script>"
    "\u202e\u200b đảo chiều\ud800"
)


def test_hostile_text_cannot_break_the_document(letterhead: Letterhead) -> None:
    decomposed = unicodedata.normalize("NFD", "Thi hành án dân sự tỉnh Đắk Lắk")
    long_title = "Rất dài " * 2000
    bad = article(
        title=HOSTILE_TITLE, summary=decomposed + "\x0c trang mới", url="javascript:alert(1)"
    )
    long = article(title=long_title)
    data = official_letter_docx(letter(articles=(bad, long), claims=(HOSTILE_TITLE,)), letterhead)
    doc = open_docx(data)
    body = all_text(doc)
    assert "<w:p><w:r><w:t>chèn</w:t></w:r></w:p> &amp; <script>alert(1)</script>" in body
    for ch in ("\x00", "\x07", "\x1b", "\u202e", "\u200b", "\x0c"):
        assert ch not in body
    assert "Thi hành án dân sự tỉnh Đắk Lắk" in body  # composed to NFC
    assert unicodedata.is_normalized("NFC", body)
    assert "javascript:alert(1)" in body  # shown as text ...
    links = [h.url for p in doc.paragraphs for h in p.hyperlinks]
    assert links == [long.url]  # ... but never a link
    subject = header_cells(doc)[2][1]
    assert subject.startswith("V/v xử lý thông tin báo chí phản ánh")
    # the very long title is whole in the body and the trích yếu stays short
    assert long_title.strip() in body
    draft = compose_draft_reply(
        VerificationResult(office="THADS", findings=(HOSTILE_TITLE,)), [long], day=TODAY
    )
    assert len(draft.sapo) < 400
    open_docx(draft_reply_docx(draft))
    open_docx(
        correction_request_docx(
            request(bad, points=(CorrectionPoint(HOSTILE_TITLE, HOSTILE_TITLE),)),
            letterhead,
            load_regimes(settings()),
        )
    )


def test_long_subject_is_clipped(letterhead: Letterhead) -> None:
    doc = open_docx(official_letter_docx(letter(subject="xử lý " + "thông tin " * 60), letterhead))
    subject = header_cells(doc)[2][1]
    assert subject.startswith("V/v xử lý thông tin") and subject.endswith("…")
    assert len(subject) <= 165


# --- settings -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "value", "fragment"),
    [
        ("letter_number_pattern", "{so}/{nam}-X", "may only use"),
        ("report_number_pattern", "BC-{co_quan}", "must contain {so}"),
        ("signer_authority", "KT", "expected KT., TL."),
    ],
)
def test_bad_document_settings(name: str, value: str, fragment: str) -> None:
    with pytest.raises(config.ConfigError, match=fragment.replace(".", r"\.")):
        config.load(environ={}, **{name: value})
