"""The periodic report (monthly or quarterly) as DOCX, with its XLSX annex of statistics.

"BÁO CÁO Kết quả theo dõi, xử lý thông tin báo chí về công tác thi hành án dân sự tháng 11/2026"
(or "quý IV/2026"), in the I–IV structure of administrative reports (NOTES.md §5): I. Đặc điểm
tình hình, II. Kết quả (the figures as tables and charts), III. Hạn chế, nguyên nhân, IV. Phương
hướng, nhiệm vụ, giải pháp. Sections I, III and IV carry generated factual points and a highlighted
paragraph marked "[Văn phòng bổ sung: …]" for the office to complete.

Usage::

    report = build_report(Period.parse("2026-11"), items, cases, Letterhead.from_settings(s),
                          day=date.today(), as_of=now)
    Path("bao-cao.docx").write_bytes(report.docx)
    Path("phu-luc.xlsx").write_bytes(report.annex_xlsx)
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm
from openpyxl import Workbook

from classifier.result import LABEL_NAMES_VI
from documents.charts import bar_chart_png, grouped_bar_chart_png
from documents.docx_layout import (
    TEXT_WIDTH_MM,
    add_body,
    add_closing,
    add_header,
    add_heading,
    add_placeholder,
    add_text,
    add_title,
    fixed_table,
    new_document,
    shade,
    to_bytes,
)
from documents.fmt import clean, ddmmyyyy
from documents.inputs import CaseRecord, ItemRecord, Letterhead
from documents.tracking import fill_tracking_sheet
from documents.xlsx_layout import workbook_bytes, write_table
from workflow.figures import Figures, Period, StateFigures, compute_figures, state_at
from workflow.states import TERMINAL_STATES, state_name

__all__ = [
    "ANNEX_SHEETS",
    "PeriodicReport",
    "build_report",
    "cases_in_period",
    "report_annex_xlsx",
    "report_docx",
    "report_subtitle",
]

ANNEX_SHEETS = (
    "Theo đánh giá",
    "Theo cơ quan báo chí",
    "Theo địa phương",
    "Vụ việc theo trạng thái",
    "Danh sách vụ việc",
)
TOP_ROWS = 15  # outlets and provinces beyond this are summed in one row in the DOCX tables
OTHERS = "Khác"
STATE_COLUMNS = (
    "Chuyển đến trong kỳ",
    "Hoàn thành đúng hạn",
    "Hoàn thành quá hạn",
    "Đang xử lý cuối kỳ",
    "Trong đó quá hạn",
)
CODES_SHOWN = 10
STT_MM = 12  # width of the STT column of the DOCX tables


@dataclass(frozen=True)
class PeriodicReport:
    figures: Figures
    docx: bytes
    annex_xlsx: bytes


def report_subtitle(period: Period) -> str:
    return (
        "Kết quả theo dõi, xử lý thông tin báo chí về công tác thi hành án dân sự "
        f"{period.label_vi}"
    )


def cases_in_period(
    period: Period, cases: Sequence[CaseRecord], cutoff: datetime
) -> list[CaseRecord]:
    """The cases handled during the period: opened before its cut-off and not already ended
    before it began; oldest first."""
    chosen = [
        c
        for c in cases
        if c.opened_at < cutoff and state_at(c, period.start) not in TERMINAL_STATES
    ]
    return sorted(chosen, key=lambda c: (c.opened_at, c.code))


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",") if whole else "0"


def _codes(codes: Sequence[str]) -> str:
    shown = ", ".join(clean(c) for c in codes[:CODES_SHOWN])
    more = len(codes) - CODES_SHOWN
    return shown + (f" và {more} vụ việc khác" if more > 0 else "")


def _until(f: Figures) -> str:
    """ "đến hết ngày 30/11/2026" at the end of the period, "đến ngày 20/11/2026" before it."""
    if f.cutoff >= f.period.end:
        return f"đến hết ngày {ddmmyyyy(f.period.last_day)}"
    return f"đến ngày {ddmmyyyy(f.cutoff)}"


def _days(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _state_row(number: int, s: StateFigures) -> tuple[object, ...]:
    """A row of the per-state table (columns of :data:`STATE_COLUMNS`)."""
    return (
        number,
        state_name(s.state),
        s.entered,
        s.left_on_time,
        s.left_late,
        s.open_at_end,
        s.overdue_at_end,
    )


def _top(rows: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    if len(rows) <= TOP_ROWS:
        return list(rows)
    head = list(rows[: TOP_ROWS - 1])
    return [*head, (OTHERS, sum(n for _, n in rows[TOP_ROWS - 1 :]))]


# --- DOCX pieces ----------------------------------------------------------------------------------
def _table(
    doc: DocxDocument,
    caption: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    name_mm: float = 70,
) -> None:
    """A captioned grid table: bold shaded header, numbers right-aligned, 12 pt."""
    add_text(doc, caption, size=13, bold=True, italic=True, space_before=6, space_after=3)
    rest = (TEXT_WIDTH_MM - STT_MM - name_mm) / max(1, len(headers) - 2)
    table = fixed_table(doc, [STT_MM, name_mm] + [rest] * (len(headers) - 2), rows=1 + len(rows))
    table.style = doc.styles["Table Grid"]
    for r, values in enumerate([headers, *rows]):
        for c, value in enumerate(values):
            cell = table.rows[r].cells[c]
            p = cell.paragraphs[0]
            # header and STT centred, the name column left, the figures right
            p.paragraph_format.alignment = (
                WD_ALIGN_PARAGRAPH.CENTER
                if r == 0 or c == 0
                else (WD_ALIGN_PARAGRAPH.LEFT if c == 1 else WD_ALIGN_PARAGRAPH.RIGHT)
            )
            add_text(cell, str(value), size=12, bold=r == 0, paragraph=p)
            if r == 0:
                shade(cell, "D9E1F2")
    add_text(doc, "", space_after=6)


def _chart(doc: DocxDocument, png: bytes) -> None:
    doc.add_picture(io.BytesIO(png), width=Mm(TEXT_WIDTH_MM - 10))
    doc.paragraphs[-1].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _section_i(doc: DocxDocument, f: Figures) -> None:
    add_heading(doc, "I. ĐẶC ĐIỂM TÌNH HÌNH")
    p = f.period
    span = f"từ ngày {ddmmyyyy(p.first_day)} đến ngày {ddmmyyyy(p.last_day)}"
    add_body(
        doc,
        f"Trong {p.label_vi} ({span}), hệ thống theo dõi đã ghi nhận {f.items_seen} tin, bài; "
        f"trong đó {f.items_relevant} tin, bài liên quan đến công tác thi hành án dân sự trên "
        f"{len(f.items_by_outlet)} cơ quan báo chí, {f.items_action_needed} tin, bài cần phản hồi, "
        "đính chính hoặc có dấu hiệu sai sự thật.",
    )
    if f.cutoff < p.end:
        add_body(doc, f"Số liệu về vụ việc tính {_until(f)}.", italic=True)
    add_placeholder(
        doc, "đánh giá chung về tình hình thông tin báo chí trong kỳ, các vụ việc nổi bật"
    )


def _section_ii(doc: DocxDocument, f: Figures) -> None:
    add_heading(doc, "II. KẾT QUẢ")
    add_heading(doc, "1. Kết quả theo dõi thông tin báo chí")
    total = f.items_relevant
    rows = [
        (i, LABEL_NAMES_VI[label], n, _percent(n, total))
        for i, (label, n) in enumerate(f.items_by_label, start=1)
    ]
    rows.append(("", "Tổng cộng", total, _percent(total, total)))
    _table(
        doc, "Bảng 1. Tin, bài theo đánh giá", ("STT", "Đánh giá", "Số tin, bài", "Tỷ lệ (%)"), rows
    )
    if total:
        _chart(
            doc,
            bar_chart_png(
                [LABEL_NAMES_VI[label] for label, _ in f.items_by_label],
                [n for _, n in f.items_by_label],
                f"Tin, bài theo đánh giá – {f.period.label_vi}",
            ),
        )
    outlets = _top(f.items_by_outlet)
    _table(
        doc,
        "Bảng 2. Tin, bài theo cơ quan báo chí",
        ("STT", "Cơ quan báo chí", "Số tin, bài", "Tỷ lệ (%)"),
        [(i, name, n, _percent(n, total)) for i, (name, n) in enumerate(outlets, start=1)],
    )
    if outlets:
        _chart(
            doc,
            bar_chart_png(
                [name for name, _ in outlets],
                [n for _, n in outlets],
                "Tin, bài theo cơ quan báo chí",
                horizontal=True,
            ),
        )
    _table(
        doc,
        "Bảng 3. Tin, bài theo địa phương",
        ("STT", "Địa phương", "Số tin, bài", "Tỷ lệ (%)"),
        [
            (i, name, n, _percent(n, total))
            for i, (name, n) in enumerate(_top(f.items_by_province), start=1)
        ],
    )

    add_heading(doc, "2. Kết quả xử lý vụ việc")
    add_body(
        doc,
        f"Đầu kỳ có {f.cases_open_at_start} vụ việc đang xử lý chuyển sang; trong kỳ mở mới "
        f"{f.cases_opened} vụ việc, kết thúc {f.cases_closed} vụ việc, {f.cases_dismissed} vụ việc "
        f"không cần xử lý; cuối kỳ còn {f.cases_open_at_end} vụ việc đang xử lý, chuyển sang kỳ "
        "sau.",
    )
    if f.median_handling_days is None:
        add_body(doc, "Trong kỳ không có vụ việc nào kết thúc sau khi xử lý.")
    else:
        add_body(
            doc,
            "Thời gian xử lý trung vị của các vụ việc kết thúc trong kỳ (từ khi phát hiện đến khi "
            f"kết thúc, tính theo ngày lịch): {_days(f.median_handling_days)} ngày.",
        )
    add_body(
        doc,
        f"Trong kỳ đã đề nghị cơ quan báo chí cải chính thông tin đối với "
        f"{f.corrections_requested} vụ việc; {f.corrections_obtained} vụ việc đã được cơ quan báo "
        f"chí cải chính; {len(f.awaiting_correction)} vụ việc đang chờ cơ quan báo chí cải chính.",
    )
    working = [s for s in f.states if s.state not in TERMINAL_STATES]
    _table(
        doc,
        "Bảng 4. Vụ việc theo bước xử lý",
        ("STT", "Bước xử lý", *STATE_COLUMNS),
        [_state_row(i, s) for i, s in enumerate(working, start=1)],
        name_mm=48,
    )
    busy = [s for s in working if s.left_on_time or s.left_late or s.overdue_at_end]
    if busy:
        _chart(
            doc,
            grouped_bar_chart_png(
                [state_name(s.state) for s in busy],
                [
                    ("Hoàn thành đúng hạn", [s.left_on_time for s in busy]),
                    ("Hoàn thành quá hạn", [s.left_late for s in busy]),
                    ("Đang quá hạn cuối kỳ", [s.overdue_at_end for s in busy]),
                ],
                "Vụ việc theo bước xử lý và thời hạn",
            ),
        )


def _section_iii(doc: DocxDocument, f: Figures) -> None:
    add_heading(doc, "III. HẠN CHẾ, NGUYÊN NHÂN")
    points = []
    for s in f.states:
        if s.overdue_at_end:
            codes = [o.code for o in f.overdue if o.state == s.state]
            points.append(
                f"Còn {s.overdue_at_end} vụ việc quá hạn ở bước “{state_name(s.state)}” tính "
                f"{_until(f)} ({_codes(codes)})."
            )
    for s in f.states:
        if s.left_late:
            points.append(
                f"{s.left_late} lượt hoàn thành bước “{state_name(s.state)}” chậm so với thời hạn."
            )
    if f.awaiting_correction:
        points.append(
            f"{len(f.awaiting_correction)} vụ việc đã đề nghị cải chính nhưng cơ quan báo chí chưa "
            f"phản hồi ({_codes(f.awaiting_correction)})."
        )
    if not points:
        points.append("Trong kỳ không có vụ việc nào quá hạn xử lý.")
    for point in points:
        add_body(doc, f"- {point}")
    add_placeholder(doc, "phân tích hạn chế và nguyên nhân (khách quan, chủ quan)")


def _section_iv(doc: DocxDocument, f: Figures) -> None:
    add_heading(doc, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP")
    points = []
    if f.carried_forward:
        points.append(
            f"Tiếp tục theo dõi, đôn đốc xử lý dứt điểm {len(f.carried_forward)} vụ việc chuyển "
            f"sang kỳ sau ({_codes(f.carried_forward)})."
        )
    offices: dict[str, list[str]] = {}
    for o in f.overdue:
        if o.state in ("notified_local", "local_verifying"):
            offices.setdefault(clean(o.office) or "địa phương", []).append(o.code)
    for office, codes in sorted(offices.items()):
        points.append(
            f"Đôn đốc {office} báo cáo kết quả xác minh đối với các vụ việc quá hạn "
            f"({_codes(codes)})."
        )
    if f.awaiting_correction:
        points.append(
            "Theo dõi việc cải chính của cơ quan báo chí; kiến nghị cơ quan có thẩm quyền xem xét "
            "nếu cơ quan báo chí không cải chính theo quy định."
        )
    points.append(
        "Tiếp tục phối hợp với Báo Pháp luật Việt Nam theo dõi, phát hiện sớm và xử lý kịp thời "
        "thông tin báo chí phản ánh về công tác thi hành án dân sự."
    )
    for point in points:
        add_body(doc, f"- {point}")
    add_placeholder(doc, "nhiệm vụ, giải pháp trọng tâm của kỳ tới và đề xuất, kiến nghị")


def report_docx(
    figures: Figures, letterhead: Letterhead, *, day: date, number: int | str | None = None
) -> bytes:
    """The report as DOCX bytes."""
    doc = new_document()
    add_header(doc, letterhead, number=letterhead.number(number, kind="report"), day=day)
    add_title(doc, "Báo cáo", report_subtitle(figures.period))
    add_text(doc, "", space_after=6)
    _section_i(doc, figures)
    _section_ii(doc, figures)
    _section_iii(doc, figures)
    _section_iv(doc, figures)
    subtitle = report_subtitle(figures.period)
    add_body(
        doc,
        f"Trên đây là báo cáo {subtitle[:1].lower()}{subtitle[1:]} của "
        f"{clean(letterhead.issuing_body)}./.",
    )
    add_closing(doc, letterhead, letterhead.report_recipients, as_above=False)
    return to_bytes(doc)


# --- XLSX annex -----------------------------------------------------------------------------------
def report_annex_xlsx(figures: Figures, cases: Sequence[CaseRecord]) -> bytes:
    """The statistics annex: items by assessment, outlet and province, cases by state, and the
    list of the cases handled in the period (the tracking sheet's columns)."""
    label = figures.period.label_vi
    total = figures.items_relevant
    wb = Workbook()
    sheets = [wb.active, *(wb.create_sheet() for _ in ANNEX_SHEETS[1:])]
    for ws, name in zip(sheets, ANNEX_SHEETS, strict=True):
        ws.title = name
    subtitle = f"Phụ lục báo cáo {label} – số liệu tính {_until(figures)}"
    write_table(
        sheets[0],
        f"TIN, BÀI THEO ĐÁNH GIÁ – {label.upper()}",
        subtitle,
        ("STT", "Đánh giá", "Số tin, bài", "Tỷ lệ (%)"),
        (6, 30, 14, 12),
        [
            (i, LABEL_NAMES_VI[k], n, round(100 * n / total, 1) if total else 0)
            for i, (k, n) in enumerate(figures.items_by_label, start=1)
        ],
    )
    for ws, heading, column, rows in (
        (sheets[1], "TIN, BÀI THEO CƠ QUAN BÁO CHÍ", "Cơ quan báo chí", figures.items_by_outlet),
        (sheets[2], "TIN, BÀI THEO ĐỊA PHƯƠNG", "Địa phương", figures.items_by_province),
    ):
        write_table(
            ws,
            f"{heading} – {label.upper()}",
            subtitle,
            ("STT", column, "Số tin, bài", "Tỷ lệ (%)"),
            (6, 36, 14, 12),
            [
                (i, name, n, round(100 * n / total, 1) if total else 0)
                for i, (name, n) in enumerate(rows, start=1)
            ],
        )
    write_table(
        sheets[3],
        f"VỤ VIỆC THEO BƯỚC XỬ LÝ – {label.upper()}",
        subtitle,
        ("STT", "Bước xử lý", *STATE_COLUMNS),
        (6, 36, 14, 14, 14, 14, 14),
        [_state_row(i, s) for i, s in enumerate(figures.states, start=1)],
    )
    fill_tracking_sheet(
        sheets[4],
        cases_in_period(figures.period, cases, figures.cutoff),
        as_of=figures.cutoff,
        subtitle=f"Số liệu tính {_until(figures)}",
        title=f"DANH SÁCH VỤ VIỆC XỬ LÝ TRONG {label.upper()}",
    )
    return workbook_bytes(wb)


def build_report(
    period: Period,
    items: Sequence[ItemRecord],
    cases: Sequence[CaseRecord],
    letterhead: Letterhead,
    *,
    day: date,
    as_of: datetime | None = None,
    number: int | str | None = None,
) -> PeriodicReport:
    """Figures, DOCX and annex of one period. ``as_of`` (aware) cuts the case figures off at that
    moment when the report is made before the period ends."""
    figures = compute_figures(period, items, cases, as_of=as_of)
    return PeriodicReport(
        figures=figures,
        docx=report_docx(figures, letterhead, day=day, number=number),
        annex_xlsx=report_annex_xlsx(figures, cases),
    )
