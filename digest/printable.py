"""The digest as a DOCX for printing, from the same context as the e-mail.

A4 portrait with the administrative layout of ``documents.docx_layout`` (Times New Roman, the
ND 30/2020 margins): the issuing unit and the heading, the window, the two count tables, the
sections in the e-mail's order and the appendix table of every item. python-docx escapes text;
links are clickable only for http(s) URLs (``documents.docx_layout.add_hyperlink``).
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm

from digest.context import CaseRef, Count, DigestContext, DigestItem
from documents.docx_layout import (
    TEXT_WIDTH_MM,
    add_heading,
    add_hyperlink,
    add_text,
    new_document,
    shade,
    to_bytes,
    upper_vi,
)

SMALL = 11
TABLE_PT = 10
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


def _table(doc: DocxDocument, headers: Sequence[tuple[str, float]], rows: Sequence[Sequence[str]]):  # noqa: ANN202
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    for cell, (name, width) in zip(table.rows[0].cells, headers, strict=True):
        cell.width = Mm(width)
        add_text(cell, name, size=TABLE_PT, bold=True, align=LEFT, paragraph=cell.paragraphs[0])
        shade(cell, HEADER_FILL)
    for values in rows:
        cells = table.add_row().cells
        for cell, value, (_name, width) in zip(cells, values, headers, strict=True):
            cell.width = Mm(width)
            add_text(cell, value, size=TABLE_PT, align=LEFT, paragraph=cell.paragraphs[0])
    return table


def _counts(doc: DocxDocument, title: str, counts: Sequence[Count], empty: str) -> None:
    add_text(doc, title, size=SMALL, bold=True, align=LEFT, space_before=6, space_after=2)
    if not counts:
        add_text(doc, empty, size=SMALL, italic=True, align=LEFT)
        return
    _table(doc, (("", 120), ("Số lượng", 30)), [(c.name, str(c.count)) for c in counts])


def _case_text(case: CaseRef) -> str:
    text = f"{case.code} — {case.state_name} ({case.severity_name})"
    if case.deadline:
        text += f", hạn {case.deadline}"
    if case.overdue:
        text += " — QUÁ HẠN"
    if case.closed:
        text += f", kết thúc {case.closed}"
    return text


def _line(doc: DocxDocument, label: str, value: str) -> None:
    p = add_text(doc, "", size=SMALL, align=LEFT)
    p.paragraph_format.left_indent = Mm(6)
    add_text(doc, f"{label}: ", size=SMALL, bold=True, paragraph=p)
    add_text(doc, value, size=SMALL, paragraph=p)


def _item(doc: DocxDocument, item: DigestItem) -> None:
    p = add_text(doc, f"{item.number}. ", size=12, bold=True, align=LEFT, space_before=8)
    p.paragraph_format.keep_with_next = True
    if item.link:
        add_hyperlink(p, item.link, item.title, size=12)
    else:
        add_text(doc, item.title, size=12, bold=True, paragraph=p)
    meta = f"{item.outlet} · {item.published}"
    if item.author:
        meta += f" · {item.author}"
    if item.republished_count:
        meta += f" · {item.republished_count} cơ quan báo chí khác đăng lại: " + ", ".join(
            item.republished_by
        )
    _line(doc, "Nguồn", meta)
    if not item.link:
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
    _line(doc, "Vụ việc", _case_text(item.case) if item.case else "chưa mở")
    p = add_text(doc, "", size=SMALL, align=LEFT)
    p.paragraph_format.left_indent = Mm(6)
    add_hyperlink(p, item.web_url, "Xem và xử lý trên hệ thống", size=SMALL)


def _items(doc: DocxDocument, title: str, items: Sequence[DigestItem], empty: str) -> None:
    add_heading(doc, title)
    if not items:
        add_text(doc, empty, size=SMALL, italic=True, align=LEFT)
    for item in items:
        _item(doc, item)


def build_docx(d: DigestContext) -> bytes:
    """The printable digest as DOCX bytes."""
    doc = new_document()
    add_text(doc, upper_vi(d.issuing_unit), size=13, bold=True)
    add_text(doc, d.heading, size=15, bold=True, space_before=6)
    add_text(
        doc,
        f"Thời gian tổng hợp: từ {d.window_start} đến {d.window_end} · Lập lúc {d.generated_at}",
        size=SMALL,
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
        add_text(
            doc,
            f"{d.unclassified_count} bài trong kỳ chưa được phân loại.",
            size=SMALL,
            italic=True,
            align=LEFT,
        )
    _counts(doc, "Theo cơ quan báo chí (số bài)", d.by_outlet, "Không có bài liên quan trong kỳ.")
    _items(
        doc,
        "I. TIN CẦN XỬ LÝ (sai sự thật, cần phản hồi, đính chính)",
        d.action_items,
        "Không có tin cần xử lý trong kỳ.",
    )
    _items(doc, "II. TIN TÍCH CỰC", d.positive_items, "Không có tin tích cực trong kỳ.")
    _items(doc, "III. TIN TRUNG TÍNH", d.neutral_items, "Không có tin trung tính trong kỳ.")
    add_heading(doc, "IV. THEO DÕI XỬ LÝ (QUY TRÌNH CẢI CHÍNH)")
    wf = d.workflow
    add_text(
        doc,
        f"Đang xử lý: {wf.open_count} vụ việc, trong đó {wf.overdue_count} vụ quá hạn.",
        size=SMALL,
        align=LEFT,
        space_after=4,
    )
    for group in wf.by_state:
        add_text(
            doc,
            f"{group.state_name} ({len(group.cases)})",
            size=SMALL,
            bold=True,
            align=LEFT,
            space_before=4,
        )
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
        add_text(doc, "Không có vụ việc đang xử lý.", size=SMALL, italic=True, align=LEFT)
    add_text(
        doc,
        f"Vụ việc đã kết thúc từ kỳ điểm tin trước ({len(wf.closed)})",
        size=SMALL,
        bold=True,
        align=LEFT,
        space_before=6,
    )
    for case in wf.closed:
        add_text(doc, f"• {_case_text(case)} — {case.title}", size=SMALL, align=LEFT)
    if not wf.closed:
        add_text(doc, "Không có vụ việc kết thúc trong kỳ.", size=SMALL, italic=True, align=LEFT)
    if d.related_enabled:
        add_heading(doc, "V. THÔNG TIN LIÊN QUAN (không thuộc lĩnh vực THADS)")
        for r in d.related_items:
            p = add_text(doc, "• ", size=SMALL, align=LEFT)
            if r.link:
                add_hyperlink(p, r.link, r.title, size=SMALL)
            else:
                add_text(doc, r.title, size=SMALL, paragraph=p)
            add_text(doc, f" ({r.outlet}, {r.published})", size=SMALL, paragraph=p)
        if not d.related_items:
            add_text(doc, "Không có thông tin liên quan trong kỳ.", size=SMALL, italic=True)
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
        add_text(doc, "Không có tin bài liên quan đến THADS trong kỳ.", size=SMALL, italic=True)
    add_text(
        doc,
        f"{d.issuing_unit} · Điểm tin được lập tự động bởi hệ thống Điểm tin THADS; đánh giá của "
        "hệ thống cần được cán bộ xác nhận trước khi xử lý.",
        size=9,
        italic=True,
        align=LEFT,
        space_before=12,
    )
    return to_bytes(doc)
