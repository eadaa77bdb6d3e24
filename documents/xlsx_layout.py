"""Cells and tables of the XLSX documents (openpyxl): safe text, real dates, styled headers.

Text from the press is untrusted. A value that starts with "=", "+", "-" or "@" (or a tab or a
carriage return) would be read as a formula by openpyxl or by a spreadsheet when someone edits the
cell, so :func:`put` stores it as a plain string *and* sets the cell's quote prefix (Excel's "'")
so it stays text. Control characters that XML forbids are dropped, text is NFC, and cells are
clipped to Excel's limit. Only http(s) URLs become hyperlinks.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from documents.fmt import clean, clip
from text.dates import VN_TZ
from text.urls import is_http_url

__all__ = [
    "DATE_FORMAT",
    "DATETIME_FORMAT",
    "FORMULA_TRIGGERS",
    "MAX_CELL_CHARS",
    "header_row",
    "put",
    "put_date",
    "put_link",
    "title_rows",
    "workbook_bytes",
    "write_table",
]

DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
MAX_CELL_CHARS = 32_000  # Excel refuses more than 32,767 characters in a cell
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
FONT_NAME = "Times New Roman"
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
BODY_FONT = Font(name=FONT_NAME, size=11)


def put(cell: Cell, value: object) -> Cell:
    """Store text safely: cleaned, clipped, never a formula (see the module docstring)."""
    text = clip(clean(value, paragraphs=True), MAX_CELL_CHARS) if value is not None else ""
    cell.value = text or None
    if text:
        cell.data_type = "s"
        if text.startswith(FORMULA_TRIGGERS):
            cell.quotePrefix = True
    cell.alignment = WRAP_TOP
    cell.border = BORDER
    cell.font = BODY_FONT
    return cell


def put_date(cell: Cell, value: date | datetime | None, *, with_time: bool = False) -> Cell:
    """A real date cell (dd/mm/yyyy; with ``with_time`` also hh:mm), in local time; empty for
    None. Excel has no time zones: aware datetimes are converted to Vietnam time first."""
    if isinstance(value, datetime):
        local = value.astimezone(VN_TZ).replace(tzinfo=None)
        cell.value = local if with_time else local.date()
    else:
        cell.value = value
    cell.number_format = DATETIME_FORMAT if with_time else DATE_FORMAT
    cell.alignment = Alignment(vertical="top")
    cell.border = BORDER
    cell.font = BODY_FONT
    return cell


def put_link(cell: Cell, urls: Sequence[str]) -> Cell:
    """The URLs one per line; the cell links to the first one when it is http(s)."""
    cleaned = [clean(u) for u in urls if clean(u)]
    put(cell, "\n".join(cleaned))
    if cleaned and is_http_url(cleaned[0]):
        cell.hyperlink = cleaned[0]
        cell.font = Font(name=FONT_NAME, color="0563C1", underline="single")
    return cell


def title_rows(ws: Worksheet, title: str, subtitle: str, width: int) -> None:
    """Row 1: the bold title, row 2: the italic subtitle, both merged across ``width`` columns."""
    last = get_column_letter(width)
    for row, text, font in (
        (1, title, Font(name=FONT_NAME, bold=True, size=14)),
        (2, subtitle, Font(name=FONT_NAME, italic=True, size=12)),
    ):
        cell = ws.cell(row=row, column=1)
        put(cell, text)
        cell.border = Border()
        cell.font = font
        cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.merge_cells(f"A{row}:{last}{row}")
    ws.row_dimensions[1].height = 24


def header_row(ws: Worksheet, row: int, headers: Sequence[str], widths: Sequence[float]) -> None:
    for col, (header, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = put(ws.cell(row=row, column=col), header)
        cell.font = Font(name=FONT_NAME, bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.row_dimensions[row].height = 45


def write_table(
    ws: Worksheet,
    title: str,
    subtitle: str,
    headers: Sequence[str],
    widths: Sequence[float],
    rows: Sequence[Sequence[object]],
) -> None:
    """A titled table of text and numbers with a frozen header (row 3) and an auto-filter."""
    title_rows(ws, title, subtitle, len(headers))
    header_row(ws, 3, headers, widths)
    for r, values in enumerate(rows, start=4):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, int | float) and not isinstance(value, bool):
                cell.value = value
                cell.border = BORDER
                cell.font = BODY_FONT
            else:
                put(cell, value)
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:{get_column_letter(len(headers))}{max(3, 3 + len(rows))}"
    ws.print_title_rows = "3:3"


def workbook_bytes(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
