"""Reports: the monthly and quarterly figures (``workflow.figures``) with server-rendered SVG
charts, the periodic report (DOCX) and its annex (XLSX), and the tracking sheet (XLSX)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import Blueprint, abort, current_app, g, render_template, request

from classifier.result import LABEL_NAMES_VI
from documents.inputs import Letterhead
from documents.report import report_annex_xlsx
from documents.report import report_docx as docx_of_report
from documents.tracking import tracking_sheet_xlsx
from storage.models import LOCAL_TZ
from web.access import role
from web.cases import attachment_response, calendar
from web.charts import bar_chart
from workflow.figures import Figures, Period, PeriodError, compute_figures
from workflow.records import case_records, item_records
from workflow.states import TERMINAL_STATES, state_name

bp = Blueprint("reports", __name__)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TOP = 10
LABEL_CLASSES = {
    "positive": "positive",
    "neutral": "",
    "needs_correction": "amber",
    "inaccurate": "warn",
}


def _now() -> datetime:
    return datetime.now(LOCAL_TZ)


def _choices(now: datetime) -> list[Period]:
    """The last twelve months and the last four quarters, newest first."""
    months, quarters = [], []
    index = now.year * 12 + now.month - 1
    for back in range(12):
        y, m = divmod(index - back, 12)
        months.append(Period.month(y, m + 1))
    q_index = now.year * 4 + (now.month - 1) // 3
    for back in range(4):
        y, q = divmod(q_index - back, 4)
        quarters.append(Period.quarter(y, q + 1))
    return months + quarters


def _period(raw: str | None, now: datetime) -> tuple[Period, str | None]:
    if not raw:
        return Period.month(now.year, now.month), None
    try:
        return Period.parse(raw), None
    except PeriodError as exc:
        return Period.month(now.year, now.month), f"{exc} Đang hiển thị tháng này."


def _data(period: Period, now: datetime) -> tuple[Figures, list, list]:
    settings = current_app.extensions["diemtin"].settings
    items = item_records(g.db, period.start, period.end)
    cases = case_records(g.db, settings, calendar())
    return compute_figures(period, items, cases, as_of=now), items, cases


def _charts(f: Figures) -> list[tuple[str, Any]]:
    """(caption, SVG) of each chart."""
    open_states = [s for s in f.states if s.state not in TERMINAL_STATES and s.open_at_end]
    specs = [
        (
            "Tin, bài liên quan theo đánh giá",
            [(LABEL_NAMES_VI[k], n) for k, n in f.items_by_label],
            [LABEL_CLASSES[k] for k, _ in f.items_by_label],
        ),
        (f"Tin, bài theo cơ quan báo chí (tối đa {TOP})", f.items_by_outlet[:TOP], []),
        (f"Tin, bài theo địa phương (tối đa {TOP})", f.items_by_province[:TOP], []),
        (
            "Vụ việc đang xử lý cuối kỳ theo bước (đỏ: có vụ quá hạn)",
            [(state_name(s.state), s.open_at_end) for s in open_states],
            ["warn" if s.overdue_at_end else "" for s in open_states],
        ),
    ]
    return [(title, bar_chart(title, rows, classes=classes)) for title, rows, classes in specs]


@bp.route("/reports")
@role("viewer")
def index() -> Any:
    now = _now()
    period, error = _period(request.args.get("period"), now)
    figures, _items, _cases = _data(period, now)
    return render_template(
        "reports.html",
        period=period,
        choices=_choices(now),
        error=error,
        f=figures,
        charts=_charts(figures),
        state_name=state_name,
    )


def _parsed(period: str) -> Period:
    try:
        return Period.parse(period)
    except PeriodError:
        abort(404)


@bp.route("/reports/<period>/report.docx")
@role("viewer")
def report_docx(period: str) -> Any:
    chosen, now = _parsed(period), _now()
    settings = current_app.extensions["diemtin"].settings
    figures, _items, _cases = _data(chosen, now)
    docx = docx_of_report(figures, Letterhead.from_settings(settings), day=now.date())
    return attachment_response(docx, f"bao-cao-{chosen}.docx", DOCX)


@bp.route("/reports/<period>/annex.xlsx")
@role("viewer")
def report_annex(period: str) -> Any:
    chosen, now = _parsed(period), _now()
    figures, _items, cases = _data(chosen, now)
    return attachment_response(report_annex_xlsx(figures, cases), f"phu-luc-{chosen}.xlsx", XLSX)


@bp.route("/reports/tracking-sheet.xlsx")
@role("viewer")
def tracking_sheet() -> Any:
    now = _now()
    settings = current_app.extensions["diemtin"].settings
    cases = case_records(g.db, settings, calendar())
    content = tracking_sheet_xlsx(cases, as_of=now)
    return attachment_response(content, f"bieu-theo-doi-{now:%Y-%m-%d}.xlsx", XLSX)
