"""The layout of administrative documents of Nghị định 30/2020/NĐ-CP, Phụ lục I, in python-docx.

A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman, body 14 pt.
The header is a borderless two-column table: left the cơ quan chủ quản (capitals, 13 pt) and the
issuing body (bold capitals, 13 pt) over a short rule, then the số/ký hiệu and, for a công văn,
the trích yếu "V/v …" (12 pt); right the quốc hiệu (bold capitals, 12 pt), the tiêu ngữ (bold,
14 pt) over a rule as long as it, then the italic place and date line (14 pt). Body paragraphs are
justified with a first-line indent. The closing is a second borderless table: "Nơi nhận:" (bold
italic 12 pt) and its list (11 pt) on the left, the signature block on the right.

All text is cleaned (:func:`documents.fmt.clean`) before it becomes a run; python-docx escapes it.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from documents.fmt import clean, date_line
from documents.inputs import Letterhead
from text.urls import is_http_url

FONT = "Times New Roman"
BODY_PT = 14
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
MARGIN_TOP_MM, MARGIN_BOTTOM_MM, MARGIN_LEFT_MM, MARGIN_RIGHT_MM = 20, 20, 30, 15
TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM  # 165
HEADER_LEFT_MM, HEADER_RIGHT_MM = 62, TEXT_WIDTH_MM - 62
FIRST_LINE_INDENT_MM = 12.7
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
PLACEHOLDER_PREFIX = "[Văn phòng bổ sung"

Container = DocxDocument | _Cell

__all__ = [
    "FONT",
    "PLACEHOLDER_PREFIX",
    "QUOC_HIEU",
    "TIEU_NGU",
    "add_body",
    "add_closing",
    "add_header",
    "add_heading",
    "add_hyperlink",
    "add_kinh_gui",
    "add_placeholder",
    "add_text",
    "add_title",
    "fixed_table",
    "highlight_runs",
    "new_document",
    "shade",
    "signature_lines",
    "to_bytes",
    "upper_vi",
]


def upper_vi(text: str) -> str:
    """Capitals of Vietnamese text (``str.upper`` keeps NFC: "ự" → "Ự")."""
    return clean(text).upper()


def new_document() -> DocxDocument:
    """An empty A4 document with the ND 30 margins and Times New Roman 14 pt as Normal style."""
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(MARGIN_TOP_MM), Mm(MARGIN_BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(MARGIN_LEFT_MM), Mm(MARGIN_RIGHT_MM)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    for name in ("Table Grid",):  # tables of the report use the same font
        doc.styles[name].font.name = FONT
    return doc


def to_bytes(doc: DocxDocument) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# --- paragraphs -----------------------------------------------------------------------------------
def add_text(
    where: Container,
    text: str = "",
    *,
    size: float = BODY_PT,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = WD_ALIGN_PARAGRAPH.CENTER,
    space_after: float = 0,
    space_before: float = 0,
    first_line_indent: bool = False,
    paragraph: Paragraph | None = None,
) -> Paragraph:
    """A paragraph with one run of cleaned ``text`` (or that run appended to ``paragraph``)."""
    p = paragraph if paragraph is not None else where.add_paragraph()
    if paragraph is None:
        fmt = p.paragraph_format
        fmt.alignment = align
        fmt.space_after = Pt(space_after)
        fmt.space_before = Pt(space_before)
        if first_line_indent:
            fmt.first_line_indent = Mm(FIRST_LINE_INDENT_MM)
    cleaned = clean(text)
    if cleaned:
        # keep one space at the edges: fragments of one sentence go in as several runs
        cleaned = (
            (" " if text[:1].isspace() else "") + cleaned + (" " if text[-1:].isspace() else "")
        )
        run = p.add_run(cleaned)
        run.font.size = Pt(size)
        run.bold = bold
        run.italic = italic
    return p


def add_body(
    doc: Container, text: str, *, bold_prefix: str = "", italic: bool = False
) -> Paragraph:
    """A body paragraph: justified, first-line indent, 6 pt after, 14 pt; ``bold_prefix`` (e.g. a
    numbered heading word) goes in front in bold."""
    p = add_text(doc, "", align=WD_ALIGN_PARAGRAPH.JUSTIFY, space_after=6, first_line_indent=True)
    p.paragraph_format.line_spacing = 1.15
    if bold_prefix:
        add_text(doc, bold_prefix, bold=True, paragraph=p)
    add_text(doc, text, italic=italic, paragraph=p)
    return p


def add_heading(doc: Container, text: str) -> Paragraph:
    """A section heading of the body ("I. ĐẶC ĐIỂM TÌNH HÌNH"): bold, justified, indented."""
    p = add_text(
        doc, text, bold=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, space_before=6, space_after=6
    )
    p.paragraph_format.first_line_indent = Mm(FIRST_LINE_INDENT_MM)
    p.paragraph_format.keep_with_next = True
    return p


def add_placeholder(doc: Container, what: str) -> Paragraph:
    """A paragraph the office must complete, marked and highlighted so it cannot be missed."""
    p = add_body(doc, f"{PLACEHOLDER_PREFIX}: {what}]", italic=True)
    highlight_runs(p)
    return p


def add_hyperlink(
    paragraph: Paragraph, url: str, text: str | None = None, *, size: float = BODY_PT
) -> None:
    """Append ``url`` to ``paragraph``: a clickable link for an http(s) URL, plain text for
    anything else (a javascript: or file: URL never becomes a link)."""
    url = clean(url)
    label = clean(text) if text else url
    if not is_http_url(url):
        run = paragraph.add_run(label)
        run.font.size = Pt(size)
        return
    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    size_el = OxmlElement("w:sz")
    size_el.set(qn("w:val"), str(int(size * 2)))
    rpr.extend([color, size_el, underline])
    t = OxmlElement("w:t")
    t.text = label
    t.set(qn("xml:space"), "preserve")
    run.extend([rpr, t])
    link.append(run)
    paragraph._p.append(link)


def _add_rule(where: Container, width_mm: float, column_mm: float) -> Paragraph:
    """A horizontal rule of ``width_mm`` centred in a column: an empty 1 pt paragraph with a bottom
    border, narrowed by its indents."""
    p = where.add_paragraph()
    fmt = p.paragraph_format
    side = max(0.0, (column_mm - width_mm) / 2)
    fmt.left_indent, fmt.right_indent = Mm(side), Mm(side)
    fmt.space_before, fmt.space_after = Pt(0), Pt(4)
    fmt.line_spacing = Pt(1)
    ppr = p._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    border.append(bottom)
    # CT_PPr children are ordered: pBdr comes before shd, tabs, spacing, ind and jc.
    ppr.insert_element_before(
        border, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:rPr"
    )
    return p


def fixed_table(where: Container, widths_mm: Sequence[float], rows: int = 1) -> Table:
    """A centred table with fixed column widths (cell widths for Word, grid widths for others)."""
    table = where.add_table(rows=rows, cols=len(widths_mm))
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    return table


def _first_paragraph(cell: _Cell, text: str, **kwargs: object) -> Paragraph:
    """Fill the empty paragraph every new cell has, then behave like :func:`add_text`."""
    p = cell.paragraphs[0]
    fmt = p.paragraph_format
    fmt.alignment = kwargs.pop("align", WD_ALIGN_PARAGRAPH.CENTER)
    fmt.space_after = Pt(0)
    add_text(cell, text, paragraph=p, **kwargs)  # type: ignore[arg-type]
    return p


# --- header, title, kính gửi, closing -----------------------------------------------------------
def add_header(
    doc: DocxDocument,
    letterhead: Letterhead,
    *,
    number: str,
    day: date,
    subject: str | None = None,
) -> None:
    """The two-column header: bodies, số/ký hiệu and trích yếu on the left; quốc hiệu, tiêu ngữ
    and the place/date line on the right. ``subject`` is the whole trích yếu ("V/v …") of a
    công văn; None for documents that carry their name as a title (báo cáo)."""
    table = fixed_table(doc, (HEADER_LEFT_MM, HEADER_RIGHT_MM), rows=2)
    left, right = table.rows[0].cells
    _first_paragraph(left, upper_vi(letterhead.parent_body), size=13)
    add_text(left, upper_vi(letterhead.issuing_body), size=13, bold=True)
    _add_rule(left, 25, HEADER_LEFT_MM)
    _first_paragraph(right, QUOC_HIEU, size=12, bold=True)
    add_text(right, TIEU_NGU, size=14, bold=True)
    _add_rule(right, 62, HEADER_RIGHT_MM)

    left2, right2 = table.rows[1].cells
    _first_paragraph(left2, f"Số: {clean(number)}", size=13)
    if subject:
        add_text(left2, clean(subject), size=12, space_before=2)
    _first_paragraph(right2, date_line(letterhead.place, day), size=14, italic=True)
    add_text(doc, "", space_after=6)


def add_title(doc: DocxDocument, name: str, subtitle: str) -> None:
    """The name of a typed document ("BÁO CÁO", bold 14 pt) and its trích yếu (bold 14 pt) over a
    short rule."""
    add_text(doc, upper_vi(name), bold=True, space_before=6)
    add_text(doc, subtitle, bold=True)
    _add_rule(doc, 40, TEXT_WIDTH_MM)


def add_kinh_gui(doc: DocxDocument, addressees: Sequence[str]) -> None:
    """ "Kính gửi: X." centred for one addressee; "Kính gửi:" then "- X;" lines for several."""
    names = [clean(a) for a in addressees if clean(a)]
    if len(names) == 1:
        add_text(doc, f"Kính gửi: {names[0]}.", space_after=6, space_before=6)
        return
    add_text(doc, "Kính gửi:", space_before=6)
    for i, name in enumerate(names):
        end = "." if i == len(names) - 1 else ";"
        p = add_text(doc, f"- {name}{end}", align=WD_ALIGN_PARAGRAPH.LEFT)
        p.paragraph_format.left_indent = Mm(55)
    add_text(doc, "", space_after=6)


def signature_lines(letterhead: Letterhead) -> list[str]:
    """The quyền hạn/chức vụ lines of the signature block, in capitals: ["KT. CỤC TRƯỞNG",
    "PHÓ CỤC TRƯỞNG"], or just ["CỤC TRƯỞNG"] when the head signs."""
    if letterhead.signer_authority:
        return [
            f"{letterhead.signer_authority} {upper_vi(letterhead.signer_head_title)}",
            upper_vi(letterhead.signer_title),
        ]
    return [upper_vi(letterhead.signer_title)]


def add_closing(
    doc: DocxDocument,
    letterhead: Letterhead,
    recipients: Iterable[str],
    *,
    as_above: bool = True,
) -> None:
    """Nơi nhận (left) beside the signature block (right). ``as_above`` starts the list with
    "- Như trên;" (documents with a kính gửi); the list ends with "- Lưu: VT, …."."""
    add_text(doc, "", space_after=6)
    table = fixed_table(doc, (TEXT_WIDTH_MM / 2, TEXT_WIDTH_MM / 2))
    left, right = table.rows[0].cells
    _first_paragraph(
        left, "Nơi nhận:", size=12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT
    )
    lines = ["Như trên"] if as_above else []
    lines += [clean(r) for r in recipients if clean(r)]
    for line in lines:
        add_text(left, f"- {line};", size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    add_text(
        left, f"- Lưu: {clean(letterhead.archive_units)}.", size=11, align=WD_ALIGN_PARAGRAPH.LEFT
    )

    titles = signature_lines(letterhead)
    _first_paragraph(right, titles[0], size=14, bold=True)
    for title in titles[1:]:
        add_text(right, title, size=14, bold=True)
    for _ in range(4):  # room for the signature and the seal
        add_text(right, "")
    add_text(right, letterhead.signer_name, size=14, bold=True)


def highlight_runs(paragraph: Paragraph, color: WD_COLOR_INDEX = WD_COLOR_INDEX.YELLOW) -> None:
    for run in paragraph.runs:
        run.font.highlight_color = color


def shade(cell: _Cell, rgb: str) -> None:
    """Background colour of a table cell (header rows of the report's tables)."""
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), rgb)
    tcpr.append(shd)
