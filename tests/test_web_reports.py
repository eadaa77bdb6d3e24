"""The reports page: figures of a month or quarter from the stored items and cases, SVG charts
(escaped, no script), the periodic report (DOCX), its annex and the tracking sheet (XLSX)."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from tests.support.web import make_app, sign_in
from tests.support.workflow import NOW, add_people, classify, store
from web.charts import bar_chart
from workflow.calendar import WorkCalendar
from workflow.cases import advance, open_case
from workflow.figures import Period
from workflow.records import case_records, item_records

pytestmark = pytest.mark.postgres


@pytest.fixture
def world(tmp_path: Path, engine: Engine):
    """November 2026: three relevant items (one relabelled), one irrelevant, two cases (one
    closed, one left overdue in triage); an October item outside the month."""
    with Session(engine) as session:
        add_people(session)
        a = store(session, outlet="baophapluat", topic="kê biên sai", published=NOW)
        b = store(session, outlet="vnexpress", topic="thu hồi nợ", published=NOW)
        c = store(session, outlet="tuoitre", topic="<b>thi hành</b> án", published=NOW)
        d = store(session, outlet="tuoitre", topic="giá vàng", published=NOW)
        old = store(
            session, outlet="tuoitre", topic="tháng trước", published=NOW - timedelta(days=40)
        )
        classify(session, a, label="inaccurate", province="Tỉnh Tây Ninh")
        classify(session, b, label="positive", province="Thành phố Hà Nội")
        classify(session, c, label="neutral", province=None)
        classify(session, d, label=None)
        classify(session, old, label="neutral")
        first = open_case(session, a, by="lan", now=NOW)
        for step, who in (("triaged", "lan"), ("drafting", "lan"), ("wg_review", "lan")):
            advance(session, first, step, by=who, now=NOW + timedelta(hours=1))
        advance(session, first, "published_reply", by="hung", now=NOW + timedelta(days=1))
        advance(
            session,
            first,
            "closed",
            by="hung",
            note="Đã đăng",
            outcome="reply_published",
            now=NOW + timedelta(days=2),
        )
        second = open_case(session, b, by="lan", now=NOW + timedelta(days=3))
        advance(session, second, "triaged", by="lan", now=NOW + timedelta(days=3))
    app = make_app(tmp_path, engine)
    client = app.test_client()
    sign_in(client, app, "xem")
    return app, client


def test_records_from_the_database(world, engine: Engine) -> None:
    app, _client = world
    settings = app.extensions["diemtin"].settings
    november = Period.month(2026, 11)
    with Session(engine) as session:
        items = item_records(session, november.start, november.end)
        cases = case_records(session, settings, WorkCalendar.from_settings(settings))
    assert sorted((i.outlet, i.relevant, i.label) for i in items) == [
        ("baophapluat", True, "inaccurate"),
        ("tuoitre", False, None),
        ("tuoitre", True, "neutral"),
        ("vnexpress", True, "positive"),
    ]
    assert [c.state for c in cases] == ["closed", "triaged"]
    closed = cases[0]
    assert [e.to_state for e in closed.events_sorted] == [
        "detected",
        "triaged",
        "drafting",
        "wg_review",
        "published_reply",
        "closed",
    ]
    assert closed.events_sorted[0].due_at is not None  # the deadline of detection
    assert closed.events_sorted[-1].due_at is None  # closed: no deadline
    assert closed.assessment == "inaccurate" and closed.articles[0].outlet == "baophapluat"


def test_reports_page_figures_and_charts(world) -> None:
    _app, client = world
    page = client.get("/reports?period=2026-11").get_data(as_text=True)
    assert "Báo cáo tháng 11/2026" in page
    assert re.search(r"Tin, bài đã theo dõi trong kỳ</td><td class=\"num\">4<", page)
    assert re.search(r"Liên quan đến thi hành án dân sự</td><td class=\"num\">3<", page)
    assert re.search(r"Mở trong kỳ</td><td class=\"num\">2<", page)
    assert re.search(r"Kết thúc trong kỳ</td><td class=\"num\">1<", page)
    assert page.count("<svg ") == 4 and "<script" not in page.split("</head>")[1]
    assert "Sai sự thật" in page and "baophapluat" in page
    assert "<b>thi" not in page
    assert "Quá hạn tại thời điểm tính" in page
    quarter = client.get("/reports?period=2026-Q4").get_data(as_text=True)
    assert "Báo cáo quý IV/2026" in quarter
    assert re.search(r"Tin, bài đã theo dõi trong kỳ</td><td class=\"num\">5<", quarter)
    bad = client.get("/reports?period=2026-13").get_data(as_text=True)
    assert "Tháng 13 không hợp lệ" in bad and "Đang hiển thị tháng này" in bad


def test_report_and_tracking_sheet_downloads(world) -> None:
    _app, client = world
    docx = client.get("/reports/2026-11/report.docx")
    assert docx.status_code == 200
    assert docx.headers["Content-Disposition"].startswith("attachment;")
    text = "\n".join(p.text for p in Document(io.BytesIO(docx.data)).paragraphs)
    assert "tháng 11/2026" in text
    annex = load_workbook(io.BytesIO(client.get("/reports/2026-11/annex.xlsx").data))
    assert "Theo đánh giá" in annex.sheetnames
    sheet = load_workbook(io.BytesIO(client.get("/reports/tracking-sheet.xlsx").data)).active
    codes = [row[1] for row in sheet.iter_rows(min_row=4, values_only=True) if row[1]]
    assert codes == ["VV-2026-0001", "VV-2026-0002"]
    assert client.get("/reports/2026-14/report.docx").status_code == 404


def test_bar_chart_escapes_labels() -> None:
    svg = str(bar_chart("Tiêu đề <x>", [('<script>alert("x")</script>', 3), ("Hà Nội", 1)]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert svg.startswith("<svg ") and 'aria-label="Tiêu đề &lt;x&gt;"' in svg
    assert "Chưa có số liệu" in str(bar_chart("Trống", []))
