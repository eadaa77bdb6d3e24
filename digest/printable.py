"""The digest as a DOCX for printing, from the same context as the e-mail.

A4 portrait on the administrative page of ``documents.docx_layout`` (Times New Roman, the
ND 30/2020 margins): the issuing unit and the heading, the window, the two count tables, the
sections in the e-mail's order and the appendix table of every item.

Made for paper and for the screen: the article's link and its page in the web app are printed in
full and are hyperlinks too (http(s) URLs only; anything else is labelled "not a web link"). Text
sizes come from three paragraph styles rather than per-run formatting, and python-docx escapes all
text, so a busy day (hundreds of items) still builds in well under a second per hundred items.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.rel import Relationships
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

from digest.context import CaseRef, Count, DigestContext, DigestItem
from documents.docx_layout import (
    TEXT_WIDTH_MM,
    add_heading,
    add_text,
    new_document,
    shade,
    to_bytes,
    upper_vi,
)
from text.urls import is_http_url

BODY, ITEM, CELL = "Digest Body", "Digest Item", "Digest Cell"
STYLE_IDS = {BODY: "DigestBody", ITEM: "DigestItem", CELL: "DigestCell"}
HEADER_FILL = "ECEFF1"
LEFT = WD_ALIGN_PARAGRAPH.LEFT
APPENDIX_COLUMNS = (
    ("STT", 10),
    ("Tiêu đề", 52),
    ("Cơ quan báo chí", 24),
    ("Thời gian", 20),
    ("Địa phương", 22),
    ("Đánh giá", 17),
    ("Đề xuất / Trạng thái", TEXT_WIDTH_MM - 10 - 52 - 24 - 20 - 22 - 17),
)


def _styles(doc: DocxDocument) -> None:
    for name, size, bold, before, indent in (
        (BODY, 11, False, 0, 6),
        (ITEM, 12, True, 8, 0),
        (CELL, 10, False, 0, 0),
    ):
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        assert style.style_id == STYLE_IDS[name]
        style.base_style = doc.styles["Normal"]
        style.font.size = Pt(size)
        style.font.bold = bold
        fmt = style.paragraph_format
        fmt.alignment = LEFT
        fmt.space_before = Pt(before)
        fmt.space_after = Pt(0)
        fmt.left_indent = Mm(indent)
    doc.styles[ITEM].paragraph_format.keep_with_next = True


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
Runs = Sequence[tuple[str, bool, bool]]  # (text, bold, italic)


def _fill(p: BaseOxmlElement, style: str, runs: Runs) -> None:
    """Give the ``w:p`` element ``p`` a paragraph style and runs, written as XML at once.

    python-docx's element API checks the schema order of every child it inserts; on a digest of
    hundreds of items that is most of the build. Text is one line (the context has no tabs or
    breaks) and python-docx would store it the same way."""
    ppr = p.find(f"{W}pPr")
    if ppr is None:
        ppr = etree.SubElement(p, f"{W}pPr")
        p.insert(0, ppr)
    etree.SubElement(ppr, f"{W}pStyle").set(f"{W}val", STYLE_IDS[style])
    for text, bold, italic in runs:
        _run(p, text, bold=bold, italic=italic)


def _run(
    parent: BaseOxmlElement,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    link: bool = False,
) -> None:
    """A ``w:r`` of ``text`` appended to ``parent`` (a paragraph or a hyperlink); ``link``: blue
    and underlined."""
    r = etree.SubElement(parent, f"{W}r")
    if bold or italic or link:
        rpr = etree.SubElement(r, f"{W}rPr")
        if bold:
            etree.SubElement(rpr, f"{W}b")
        if italic:
            etree.SubElement(rpr, f"{W}i")
        if link:
            etree.SubElement(rpr, f"{W}color").set(f"{W}val", "0563C1")
            etree.SubElement(rpr, f"{W}u").set(f"{W}val", "single")
    t = etree.SubElement(r, f"{W}t")
    t.text = text
    t.set(XML_SPACE, "preserve")


def _paragraph(doc: DocxDocument, style: str, runs: Runs) -> Paragraph:
    """A paragraph appended to the body. (``Document.add_paragraph`` looks for the body's final
    sectPr on every call; :func:`build_docx` keeps the sectPr aside while it writes.)"""
    p = etree.SubElement(doc.element.body, f"{W}p")
    _fill(p, style, runs)
    return Paragraph(p, doc._body)


def _para(doc: DocxDocument, text: str, style: str = BODY, *, italic: bool = False) -> Paragraph:
    return _paragraph(doc, style, [(text, False, italic)])


def _bold(doc: DocxDocument, text: str) -> Paragraph:
    return _paragraph(doc, BODY, [(text, True, False)])


def _line(doc: DocxDocument, label: str, value: str) -> None:
    _paragraph(doc, BODY, [(f"{label}: ", True, False), (value, False, False)])


R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


class _Links:
    """The document's external hyperlink relationships, one per URL. (python-docx's
    ``Part.relate_to`` scans every relationship for each new link: quadratic on a busy day.)"""

    def __init__(self, rels: Relationships) -> None:
        self.rels = rels
        self.ids: dict[str, str] = {
            r.target_ref: r.rId
            for r in rels.values()
            if r.is_external and r.reltype == RELATIONSHIP_TYPE.HYPERLINK
        }
        numbers = [int(k[3:]) for k in rels if k.startswith("rId") and k[3:].isdigit()]
        self.next = max(numbers, default=0) + 1

    def r_id(self, url: str) -> str:
        if url not in self.ids:
            r_id = f"rId{self.next}"
            self.next += 1
            self.rels.add_relationship(RELATIONSHIP_TYPE.HYPERLINK, url, r_id, is_external=True)
            self.ids[url] = r_id
        return self.ids[url]


def _link_line(doc: DocxDocument, links: _Links, label: str, url: str) -> None:
    """``label: url`` with the URL as a hyperlink (blue, underlined) when it is http(s)."""
    p = _paragraph(doc, BODY, [(f"{label}: ", True, False)])
    if not is_http_url(url):
        _run(p._p, url)
        return
    link = etree.SubElement(p._p, f"{W}hyperlink")
    link.set(R_ID, links.r_id(url))
    _run(link, url, link=True)


def _table(
    doc: DocxDocument, headers: Sequence[tuple[str, float]], rows: Sequence[Sequence[str]]
) -> Table:
    # Through the body: Document.add_table reads the (here detached) section for its width.
    table = doc._body.add_table(1 + len(rows), len(headers), Mm(TEXT_WIDTH_MM))
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    for column, (_name, width) in zip(table.columns, headers, strict=True):
        column.width = Mm(width)
    # Rows and cells straight from the XML: Table.rows[i].cells recomputes the whole grid.
    for r, (tr, values) in enumerate(
        zip(table._tbl.tr_lst, [[name for name, _ in headers], *rows], strict=True)
    ):
        for tc, value in zip(tr.tc_lst, values, strict=True):
            _fill(tc.p_lst[0], CELL, [(value, r == 0, False)])
            if r == 0:
                shade(_Cell(tc, table), HEADER_FILL)
    return table


def _counts(doc: DocxDocument, title: str, counts: Sequence[Count], empty: str) -> None:
    _bold(doc, title).paragraph_format.space_before = Pt(6)
    if not counts:
        _para(doc, empty, italic=True)
        return
    _table(doc, (("", 120), ("Số lượng", 30)), [(c.name, str(c.count)) for c in counts])


def case_text(case: CaseRef) -> str:
    text = f"{case.code} — {case.state_name} ({case.severity_name})"
    if case.deadline:
        text += f", hạn {case.deadline}"
    if case.overdue:
        text += " — QUÁ HẠN"
    if case.closed:
        text += f", kết thúc {case.closed}"
    return text


def _item(doc: DocxDocument, links: _Links, item: DigestItem) -> None:
    _para(doc, f"{item.number}. {item.title}", ITEM)
    meta = f"{item.outlet} · {item.published}"
    if item.author:
        meta += f" · {item.author}"
    if item.republished_count:
        meta += f" · {item.republished_count} cơ quan báo chí khác đăng lại: " + ", ".join(
            item.republished_by
        )
    _line(doc, "Nguồn", meta)
    if item.link:
        _link_line(doc, links, "Liên kết", item.link)
    else:
        _line(doc, "Địa chỉ gốc (không phải liên kết web)", item.url)
    if item.summary:
        _line(doc, "Tóm tắt", item.summary)
    place = item.province or "Chưa xác định"
    _line(doc, "Địa phương", f"{place} — {item.office}" if item.office else place)
    assessment = f"{item.label_name} (độ tin cậy {item.confidence})"
    if item.reasons:
        assessment += "; lý do: " + "; ".join(item.reasons)
    _line(doc, "Đánh giá", assessment)
    _line(doc, "Đề xuất", item.action)
    _line(doc, "Vụ việc", case_text(item.case) if item.case else "chưa mở")
    _link_line(doc, links, "Trên hệ thống", item.web_url)


def _items(
    doc: DocxDocument, links: _Links, title: str, items: Sequence[DigestItem], empty: str
) -> None:
    add_heading(doc, title)
    if not items:
        _para(doc, empty, italic=True)
    for item in items:
        _item(doc, links, item)


def _workflow(doc: DocxDocument, d: DigestContext) -> None:
    add_heading(doc, "IV. THEO DÕI XỬ LÝ (QUY TRÌNH CẢI CHÍNH)")
    wf = d.workflow
    _para(doc, f"Đang xử lý: {wf.open_count} vụ việc, trong đó {wf.overdue_count} vụ quá hạn.")
    for group in wf.by_state:
        _bold(doc, f"{group.state_name} ({len(group.cases)})").paragraph_format.space_before = Pt(4)
        _table(
            doc,
            (("Mã", 28), ("Vụ việc", 72), ("Mở lúc", 28), ("Hạn", TEXT_WIDTH_MM - 128)),
            [
                (
                    f"{c.code} ({c.severity_name})",
                    c.title + (f" — {c.province}" if c.province else ""),
                    c.opened,
                    (c.deadline or "Không có hạn") + (" — QUÁ HẠN" if c.overdue else ""),
                )
                for c in group.cases
            ],
        )
    if not wf.by_state:
        _para(doc, "Không có vụ việc đang xử lý.", italic=True)
    closed = _bold(doc, f"Vụ việc đã kết thúc từ kỳ điểm tin trước ({len(wf.closed)})")
    closed.paragraph_format.space_before = Pt(6)
    for case in wf.closed:
        _para(doc, f"• {case_text(case)} — {case.title}")
    if not wf.closed:
        _para(doc, "Không có vụ việc kết thúc trong kỳ.", italic=True)


def build_docx(d: DigestContext) -> bytes:
    """The printable digest as DOCX bytes."""
    doc = new_document()
    _styles(doc)
    body = doc.element.body
    section_properties = body.sectPr
    body.remove(section_properties)  # back at the very end below: it must be the last child
    add_text(doc, upper_vi(d.issuing_unit), size=13, bold=True)
    add_text(doc, d.heading, size=15, bold=True, space_before=6)
    add_text(
        doc,
        f"Thời gian tổng hợp: từ {d.window_start} đến {d.window_end} · Lập lúc {d.generated_at}",
        size=11,
        italic=True,
        space_after=6,
    )
    _counts(
        doc,
        f"Theo đánh giá ({d.item_count} tin, {d.article_count} bài)",
        d.by_assessment,
        "Không có tin trong kỳ.",
    )
    if d.unclassified_count:
        _para(doc, f"{d.unclassified_count} bài trong kỳ chưa được phân loại.", italic=True)
    _counts(doc, "Theo cơ quan báo chí (số bài)", d.by_outlet, "Không có bài liên quan.")
    links = _Links(doc.part.rels)
    _items(
        doc,
        links,
        "I. TIN CẦN XỬ LÝ (sai sự thật, cần phản hồi, đính chính)",
        d.action_items,
        "Không có tin cần xử lý trong kỳ.",
    )
    _items(doc, links, "II. TIN TÍCH CỰC", d.positive_items, "Không có tin tích cực trong kỳ.")
    _items(doc, links, "III. TIN TRUNG TÍNH", d.neutral_items, "Không có tin trung tính trong kỳ.")
    _workflow(doc, d)
    if d.related_enabled:
        add_heading(doc, "V. THÔNG TIN LIÊN QUAN (không thuộc lĩnh vực THADS)")
        for r in d.related_items:
            where = r.link or "không phải liên kết web"
            _para(doc, f"• {r.title} ({r.outlet}, {r.published}): {where}")
        if not d.related_items:
            _para(doc, "Không có thông tin liên quan trong kỳ.", italic=True)
    add_heading(doc, "PHỤ LỤC: DANH SÁCH TIN BÀI TRONG KỲ")
    _table(
        doc,
        APPENDIX_COLUMNS,
        [
            (
                str(i.number),
                i.title,
                i.outlet + (f" (+{i.republished_count})" if i.republished_count else ""),
                i.published,
                i.province or "—",
                i.label_name,
                i.action + (f"; {i.case.code}: {i.case.state_name}" if i.case else ""),
            )
            for i in d.appendix
        ],
    )
    if not d.appendix:
        _para(doc, "Không có tin bài liên quan đến THADS trong kỳ.", italic=True)
    p = _para(
        doc,
        f"{d.issuing_unit} · Điểm tin được lập tự động bởi hệ thống Điểm tin THADS; đánh giá của "
        "hệ thống cần được cán bộ xác nhận trước khi xử lý.",
        italic=True,
    )
    p.paragraph_format.space_before = Pt(12)
    body.append(section_properties)
    return to_bytes(doc)
