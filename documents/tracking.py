"""The tracking sheet (biểu theo dõi) of cases as XLSX, one row per case (NOTES.md §5).

A title and the update date on top, a frozen header with an auto-filter, real date cells
(dd/mm/yyyy; the report deadline with its hour), wrapped text, article URLs as hyperlinks, and
every scraped value stored as inert text (see :mod:`documents.xlsx_layout`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from classifier.result import LABEL_NAMES_VI
from documents.fmt import clean, ddmmyyyy
from documents.inputs import HANDLING_NAMES_VI, CaseRecord
from documents.xlsx_layout import (
    header_row,
    put,
    put_date,
    put_link,
    title_rows,
    workbook_bytes,
)
from workflow.states import TERMINAL_STATES, state_name

__all__ = ["COLUMNS", "TITLE", "fill_tracking_sheet", "status_text", "tracking_sheet_xlsx"]

TITLE = "BIỂU THEO DÕI XỬ LÝ THÔNG TIN BÁO CHÍ VỀ CÔNG TÁC THI HÀNH ÁN DÂN SỰ"
HEADER_ROW = 3
# (header, width in characters, kind): kind is "text", "date", "datetime", "link" or "number".
COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("STT", 6, "number"),
    ("Mã vụ việc", 14, "text"),
    ("Ngày phát hiện", 13, "date"),
    ("Tiêu đề tin bài", 45, "text"),
    ("Cơ quan báo chí", 20, "text"),
    ("Đường dẫn", 38, "link"),
    ("Ngày đăng", 13, "date"),
    ("Địa phương", 16, "text"),
    ("Nội dung phản ánh", 45, "text"),
    ("Đánh giá", 18, "text"),
    ("Số công văn gửi địa phương", 18, "text"),
    ("Ngày công văn gửi địa phương", 14, "date"),
    ("Hạn báo cáo", 17, "datetime"),
    ("Ngày địa phương báo cáo", 14, "date"),
    ("Kết quả xác minh", 40, "text"),
    ("Hình thức xử lý", 18, "text"),
    ("Số văn bản đề nghị cải chính", 18, "text"),
    ("Ngày văn bản đề nghị cải chính", 14, "date"),
    ("Ngày báo cải chính", 14, "date"),
    ("Trạng thái", 24, "text"),
    ("Ghi chú", 30, "text"),
)


def status_text(case: CaseRecord, as_of: datetime) -> str:
    """The current state in Vietnamese, with "quá hạn" and the deadline when it has passed."""
    text = state_name(case.state)
    due = case.current_due
    if case.state not in TERMINAL_STATES and due is not None and due < as_of:
        text += f" – quá hạn (hạn {ddmmyyyy(due)})"
    return text


def _row(case: CaseRecord, number: int, as_of: datetime) -> list[object]:
    articles = case.articles
    several = len(articles) > 1

    def joined(values: Sequence[str]) -> str:
        if not several:
            return values[0] if values else ""
        return "\n".join(f"{i}. {v}" for i, v in enumerate(values, start=1))

    return [
        number,
        case.code,
        case.opened_at,
        joined([clean(a.title) for a in articles]),
        joined([clean(a.outlet) for a in articles]),
        [a.url for a in articles],
        articles[0].published_at if articles else None,
        case.province or "",
        case.claims,
        LABEL_NAMES_VI.get(case.assessment or "", ""),
        case.local_letter_number,
        case.local_letter_date,
        case.report_due,
        case.local_report_date,
        case.verification_result,
        ", ".join(HANDLING_NAMES_VI[h] for h in case.handling),
        case.correction_letter_number,
        case.correction_letter_date,
        case.correction_published_date,
        status_text(case, as_of),
        case.note,
    ]


def fill_tracking_sheet(
    ws: Worksheet,
    cases: Sequence[CaseRecord],
    *,
    as_of: datetime,
    title: str = TITLE,
    subtitle: str | None = None,
) -> None:
    """Write the tracking sheet into ``ws``: title rows, header on row 3 (frozen with the first two
    columns), one row per case in the order given, auto-filter over the table. Statuses say
    "quá hạn" when the current state's deadline is before ``as_of``."""
    headers = [h for h, _, _ in COLUMNS]
    subtitle = subtitle or f"Cập nhật đến ngày {ddmmyyyy(as_of)}"
    title_rows(ws, title, subtitle, len(COLUMNS))
    header_row(ws, HEADER_ROW, headers, [w for _, w, _ in COLUMNS])
    for index, case in enumerate(cases, start=1):
        r = HEADER_ROW + index
        for c, ((_, _, kind), value) in enumerate(
            zip(COLUMNS, _row(case, index, as_of), strict=True), start=1
        ):
            cell = ws.cell(row=r, column=c)
            if kind == "number":
                put(cell, None)
                cell.value = value
            elif kind in ("date", "datetime"):
                put_date(cell, value, with_time=kind == "datetime")  # type: ignore[arg-type]
            elif kind == "link":
                put_link(cell, value)  # type: ignore[arg-type]
            else:
                put(cell, value)
    last_row = HEADER_ROW + max(1, len(cases))
    ws.freeze_panes = f"C{HEADER_ROW + 1}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{last_row}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def tracking_sheet_xlsx(
    cases: Sequence[CaseRecord], *, as_of: datetime, title: str = TITLE
) -> bytes:
    """The tracking sheet as XLSX bytes (one sheet, "Biểu theo dõi")."""
    if as_of.tzinfo is None:
        raise ValueError("as_of must be timezone-aware")
    wb = Workbook()
    ws = wb.active
    ws.title = "Biểu theo dõi"
    fill_tracking_sheet(ws, cases, as_of=as_of, title=title)
    return workbook_bytes(wb)
