"""documents.report: the periodic report (DOCX) and its XLSX annex for the hand-built casebook of
``tests/support/casebook.py``; the expected numbers are the hand-worked ones of
``tests/test_workflow_figures.py``."""

from __future__ import annotations

import io
from datetime import date

import docx
import openpyxl
import pytest
from docx.enum.text import WD_COLOR_INDEX
from matplotlib import font_manager
from matplotlib.font_manager import FontProperties
from matplotlib.ft2font import FT2Font

import config
from classifier.result import LABEL_NAMES_VI
from documents.charts import CHART_FONT, bar_chart_png
from documents.docx_layout import PLACEHOLDER_PREFIX
from documents.inputs import Letterhead
from documents.report import ANNEX_SHEETS, PeriodicReport, build_report
from tests.support.casebook import cases, items, t
from workflow.figures import Period
from workflow.states import STATE_NAMES_VI

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def letterhead() -> Letterhead:
    return Letterhead.from_settings(config.load(environ={}, signer_name="Trần Văn Bình"))


@pytest.fixture(scope="module")
def november(letterhead: Letterhead) -> PeriodicReport:
    return build_report(
        Period.parse("2026-11"), items(), cases(), letterhead, day=date(2026, 12, 2)
    )


def texts(report: PeriodicReport) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(report.docx)).paragraphs]


def table_rows(report: PeriodicReport, caption: str) -> list[list[str]]:
    doc = docx.Document(io.BytesIO(report.docx))
    captions = [p.text for p in doc.paragraphs if p.text.startswith("Bảng ")]
    table = doc.tables[1 + captions.index(caption)]  # tables[0] is the header
    return [[c.text for c in row.cells] for row in table.rows]


def test_header_and_title(november: PeriodicReport) -> None:
    doc = docx.Document(io.BytesIO(november.docx))
    number_cell = doc.tables[0].rows[1].cells[0]
    assert [p.text for p in number_cell.paragraphs] == ["Số: …/BC-CQLTHADS"]  # no V/v
    assert doc.tables[0].rows[1].cells[1].paragraphs[0].text == "Hà Nội, ngày 02 tháng 12 năm 2026"
    lines = texts(november)
    i = lines.index("BÁO CÁO")
    assert lines[i + 1] == (
        "Kết quả theo dõi, xử lý thông tin báo chí về công tác thi hành án dân sự tháng 11/2026"
    )


def test_sections_in_order(november: PeriodicReport) -> None:
    lines = texts(november)
    headings = [
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "II. KẾT QUẢ",
        "1. Kết quả theo dõi thông tin báo chí",
        "2. Kết quả xử lý vụ việc",
        "III. HẠN CHẾ, NGUYÊN NHÂN",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP",
    ]
    positions = [lines.index(h) for h in headings]
    assert positions == sorted(positions)


def test_section_i_and_case_figures(november: PeriodicReport) -> None:
    lines = texts(november)
    assert (
        "Trong tháng 11/2026 (từ ngày 01/11/2026 đến ngày 30/11/2026), hệ thống theo dõi đã ghi "
        "nhận 7 tin, bài; trong đó 6 tin, bài liên quan đến công tác thi hành án dân sự trên 3 cơ "
        "quan báo chí, 2 tin, bài cần phản hồi, đính chính hoặc có dấu hiệu sai sự thật."
    ) in lines
    assert (
        "Đầu kỳ có 2 vụ việc đang xử lý chuyển sang; trong kỳ mở mới 4 vụ việc, kết thúc 2 vụ "
        "việc, 1 vụ việc không cần xử lý; cuối kỳ còn 3 vụ việc đang xử lý, chuyển sang kỳ sau."
    ) in lines
    assert any(line.endswith("tính theo ngày lịch): 15,5 ngày.") for line in lines)
    assert (
        "Trong kỳ đã đề nghị cơ quan báo chí cải chính thông tin đối với 2 vụ việc; 1 vụ việc đã "
        "được cơ quan báo chí cải chính; 1 vụ việc đang chờ cơ quan báo chí cải chính."
    ) in lines


def test_item_tables(november: PeriodicReport) -> None:
    assert table_rows(november, "Bảng 1. Tin, bài theo đánh giá") == [
        ["STT", "Đánh giá", "Số tin, bài", "Tỷ lệ (%)"],
        ["1", "Tích cực", "2", "33,3"],
        ["2", "Trung tính", "2", "33,3"],
        ["3", "Cần phản hồi, đính chính", "1", "16,7"],
        ["4", "Sai sự thật", "1", "16,7"],
        ["", "Tổng cộng", "6", "100,0"],
    ]
    assert table_rows(november, "Bảng 2. Tin, bài theo cơ quan báo chí")[1:] == [
        ["1", "Báo Dân trí", "3", "50,0"],
        ["2", "VnExpress", "2", "33,3"],
        ["3", "Tuổi Trẻ", "1", "16,7"],
    ]
    assert table_rows(november, "Bảng 3. Tin, bài theo địa phương")[1] == [
        "1",
        "Hà Nội",
        "3",
        "50,0",
    ]


def test_state_table(november: PeriodicReport) -> None:
    rows = table_rows(november, "Bảng 4. Vụ việc theo bước xử lý")
    by_state = {row[1]: row[2:] for row in rows[1:]}
    assert by_state["Địa phương đang xác minh"] == ["1", "0", "1", "1", "1"]
    assert by_state["Tổ công tác đang xem xét"] == ["3", "2", "1", "0", "0"]
    assert by_state["Đã sàng lọc"] == ["4", "3", "0", "1", "1"]
    assert "Đã kết thúc" not in by_state  # terminal states have no deadline columns
    assert len(rows) == 1 + 11


def test_sections_iii_and_iv(november: PeriodicReport) -> None:
    lines = texts(november)
    assert "- Còn 1 vụ việc quá hạn ở bước “Đã sàng lọc” tính đến hết ngày 30/11/2026 (F)." in lines
    assert (
        "- Còn 1 vụ việc quá hạn ở bước “Địa phương đang xác minh” tính đến hết ngày "
        "30/11/2026 (B)."
    ) in lines
    assert "- 1 lượt hoàn thành bước “Đang soạn phản hồi” chậm so với thời hạn." in lines
    assert "- 1 vụ việc đã đề nghị cải chính nhưng cơ quan báo chí chưa phản hồi (E)." in lines
    assert (
        "- Tiếp tục theo dõi, đôn đốc xử lý dứt điểm 3 vụ việc chuyển sang kỳ sau (B, E, F)."
    ) in lines
    assert (
        "- Đôn đốc Thi hành án dân sự tỉnh Nghệ An báo cáo kết quả xác minh đối với các vụ việc "
        "quá hạn (B)."
    ) in lines


def test_placeholders_are_marked(november: PeriodicReport) -> None:
    doc = docx.Document(io.BytesIO(november.docx))
    marked = [p for p in doc.paragraphs if p.text.startswith(PLACEHOLDER_PREFIX)]
    assert len(marked) == 3  # sections I, III and IV
    for p in marked:
        assert all(r.font.highlight_color == WD_COLOR_INDEX.YELLOW for r in p.runs)


def test_charts_are_embedded_png(november: PeriodicReport) -> None:
    doc = docx.Document(io.BytesIO(november.docx))
    assert len(doc.inline_shapes) == 3  # assessments, outlets, states
    images = [p.blob for p in doc.part.related_parts.values() if p.content_type == "image/png"]
    assert len(images) == 3 and all(blob.startswith(PNG) for blob in images)


def test_closing_of_a_report(november: PeriodicReport) -> None:
    doc = docx.Document(io.BytesIO(november.docx))
    recipients = [p.text for p in doc.tables[-1].rows[0].cells[0].paragraphs]
    assert recipients[:2] == ["Nơi nhận:", "- Lãnh đạo Bộ Tư pháp (để báo cáo);"]
    assert "- Như trên;" not in recipients
    assert recipients[-1] == "- Lưu: VT, VP."
    signature = [p.text for p in doc.tables[-1].rows[0].cells[1].paragraphs if p.text]
    assert signature == ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Trần Văn Bình"]


def test_quarter_report_and_as_of(letterhead: Letterhead) -> None:
    report = build_report(
        Period.parse("2026-Q4"),
        items(),
        cases(),
        letterhead,
        day=date(2026, 11, 29),
        as_of=t(11, 29, 12),
        number=45,
    )
    lines = texts(report)
    assert (
        "Kết quả theo dõi, xử lý thông tin báo chí về công tác thi hành án dân sự quý IV/2026"
    ) in lines
    assert "Số liệu về vụ việc tính đến ngày 29/11/2026." in lines
    doc = docx.Document(io.BytesIO(report.docx))
    assert doc.tables[0].rows[1].cells[0].paragraphs[0].text == "Số: 45/BC-CQLTHADS"


def test_empty_period(letterhead: Letterhead) -> None:
    report = build_report(
        Period.parse("2025-01"), items(), cases(), letterhead, day=date(2025, 2, 3)
    )
    lines = texts(report)
    assert "- Trong kỳ không có vụ việc nào quá hạn xử lý." in lines
    assert "Trong kỳ không có vụ việc nào kết thúc sau khi xử lý." in lines
    assert len(docx.Document(io.BytesIO(report.docx)).inline_shapes) == 0
    annex = openpyxl.load_workbook(io.BytesIO(report.annex_xlsx))
    assert annex["Danh sách vụ việc"].max_row == 3  # title, subtitle, header


# --- annex ----------------------------------------------------------------------------------------
def test_annex(november: PeriodicReport) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(november.annex_xlsx))
    assert wb.sheetnames == list(ANNEX_SHEETS)
    labels = wb["Theo đánh giá"]
    assert labels["A1"].value == "TIN, BÀI THEO ĐÁNH GIÁ – THÁNG 11/2026"
    assert (
        labels["A2"].value == "Phụ lục báo cáo tháng 11/2026 – số liệu tính đến hết ngày 30/11/2026"
    )
    assert [[c.value for c in row] for row in labels.iter_rows(min_row=4)] == [
        [1, LABEL_NAMES_VI["positive"], 2, 33.3],
        [2, LABEL_NAMES_VI["neutral"], 2, 33.3],
        [3, LABEL_NAMES_VI["needs_correction"], 1, 16.7],
        [4, LABEL_NAMES_VI["inaccurate"], 1, 16.7],
    ]
    assert labels.freeze_panes == "A4" and labels.auto_filter.ref == "A3:D7"
    outlets = [
        [c.value for c in row][1:3] for row in wb["Theo cơ quan báo chí"].iter_rows(min_row=4)
    ]
    assert outlets == [["Báo Dân trí", 3], ["VnExpress", 2], ["Tuổi Trẻ", 1]]
    provinces = [r[1].value for r in wb["Theo địa phương"].iter_rows(min_row=4)]
    assert provinces == ["Hà Nội", "Chưa xác định", "Nghệ An", "TP Hồ Chí Minh"]
    states = {
        r[1].value: [c.value for c in r[2:]]
        for r in wb["Vụ việc theo trạng thái"].iter_rows(min_row=4)
    }
    assert states[STATE_NAMES_VI["local_verifying"]] == [1, 0, 1, 1, 1]
    assert states[STATE_NAMES_VI["closed"]] == [2, 0, 0, 0, 0]
    case_list = wb["Danh sách vụ việc"]
    # handled in November: every case but D (dismissed in October), oldest first
    assert [r[1].value for r in case_list.iter_rows(min_row=4)] == ["A", "E", "B", "C", "G", "F"]
    assert case_list["A2"].value == "Số liệu tính đến hết ngày 30/11/2026"
    assert case_list.freeze_panes == "C4"


# --- chart font -----------------------------------------------------------------------------------
def test_chart_font_has_vietnamese_glyphs() -> None:
    path = font_manager.findfont(FontProperties(family=CHART_FONT), fallback_to_default=False)
    font = FT2Font(path)
    labels = "".join(LABEL_NAMES_VI.values()) + "".join(STATE_NAMES_VI.values())
    labels += "ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    missing = sorted(
        {ch for ch in labels if not ch.isspace() and font.get_char_index(ord(ch)) == 0}
    )
    assert missing == []
    # rendering Vietnamese labels raises no "missing glyph" warning (warnings are errors here)
    assert bar_chart_png(["Địa phương đang xác minh"], [3], "Vụ việc – quý IV/2026").startswith(PNG)
