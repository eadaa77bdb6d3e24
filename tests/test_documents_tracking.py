"""documents.tracking: the biểu theo dõi opened back with openpyxl (headers, frozen pane, filter,
real dates, hyperlinks) and checked against formula injection and hostile text."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from documents.inputs import ArticleRef, CaseEventRecord, CaseRecord
from documents.tracking import COLUMNS, tracking_sheet_xlsx
from text.dates import VN_TZ

AS_OF = datetime(2026, 11, 29, 8, 0, tzinfo=VN_TZ)
HEADERS = [
    "STT",
    "Mã vụ việc",
    "Ngày phát hiện",
    "Tiêu đề tin bài",
    "Cơ quan báo chí",
    "Đường dẫn",
    "Ngày đăng",
    "Địa phương",
    "Nội dung phản ánh",
    "Đánh giá",
    "Số công văn gửi địa phương",
    "Ngày công văn gửi địa phương",
    "Hạn báo cáo",
    "Ngày địa phương báo cáo",
    "Kết quả xác minh",
    "Hình thức xử lý",
    "Số văn bản đề nghị cải chính",
    "Ngày văn bản đề nghị cải chính",
    "Ngày báo cải chính",
    "Trạng thái",
    "Ghi chú",
]


def t(day: int, hour: int = 9, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=VN_TZ)


def full_case() -> CaseRecord:
    return CaseRecord(
        code="VV-2026-0012",
        opened_at=t(20, 23),  # 20/11 23:00 local
        events=(
            CaseEventRecord(t(20, 23), None, "detected"),
            CaseEventRecord(t(21), "detected", "triaged", t(21, 17)),
            CaseEventRecord(t(22), "triaged", "notified_local", t(23, 17)),
            CaseEventRecord(t(23), "notified_local", "local_verifying", t(26, 17)),
        ),
        articles=(
            ArticleRef(
                "Thắng kiện 6 năm chưa được thi hành án",
                "Báo Dân trí",
                "https://dantri.com.vn/ban-doc/a-1.htm",
                t(19, 7),
            ),
            ArticleRef("Bản đăng lại", "baomoi.com", "https://baomoi.com/a-2.epi", t(19, 8)),
        ),
        province="Nghệ An",
        office="Thi hành án dân sự tỉnh Nghệ An",
        claims="Chậm thi hành án kéo dài",
        assessment="inaccurate",
        local_letter_number="812/CQLTHADS-VP",
        local_letter_date=date(2026, 11, 22),
        report_due=t(26, 17),
        local_report_date=None,
        verification_result="",
        handling=("reply", "correction"),
        correction_letter_number="",
        note="Theo dõi sát",
    )


def hostile_case(code: str, title: str, url: str = "https://x.vn/a") -> CaseRecord:
    return CaseRecord(
        code=code,
        opened_at=t(25),
        events=(CaseEventRecord(t(25), None, "detected"),),
        articles=(ArticleRef(title, "=cmd|' /C calc'!A0", url, t(25)),),
        claims="+1+1",
        note="@SUM(1,2)",
    )


def load(data: bytes):  # noqa: ANN201 - an openpyxl worksheet
    return openpyxl.load_workbook(io.BytesIO(data))["Biểu theo dõi"]


def test_layout() -> None:
    ws = load(tracking_sheet_xlsx([full_case()], as_of=AS_OF))
    assert ws["A1"].value == "BIỂU THEO DÕI XỬ LÝ THÔNG TIN BÁO CHÍ VỀ CÔNG TÁC THI HÀNH ÁN DÂN SỰ"
    assert ws["A2"].value == "Cập nhật đến ngày 29/11/2026"
    assert [c.value for c in ws[3]] == HEADERS
    assert [h for h, _, _ in COLUMNS] == HEADERS
    assert all(c.font.bold for c in ws[3])
    assert ws.freeze_panes == "C4"
    assert ws.auto_filter.ref == "A3:U4"
    assert "A1:U1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.column_dimensions["D"].width >= 40  # titles get room
    assert ws["D4"].alignment.wrap_text


def test_row_values_and_real_dates() -> None:
    ws = load(tracking_sheet_xlsx([full_case()], as_of=AS_OF))
    row = {h: c for h, c in zip(HEADERS, ws[4], strict=True)}
    assert row["STT"].value == 1
    assert row["Mã vụ việc"].value == "VV-2026-0012"
    # dates are date cells with the Vietnamese day-first format, in local time
    assert row["Ngày phát hiện"].value == datetime(2026, 11, 20)
    assert row["Ngày phát hiện"].number_format == "dd/mm/yyyy"
    assert row["Ngày phát hiện"].is_date
    assert row["Ngày đăng"].value == datetime(2026, 11, 19)
    assert row["Ngày công văn gửi địa phương"].value == datetime(2026, 11, 22)
    assert row["Hạn báo cáo"].value == datetime(2026, 11, 26, 17, 0)
    assert row["Hạn báo cáo"].number_format == "dd/mm/yyyy hh:mm"
    assert row["Ngày địa phương báo cáo"].value is None
    assert row["Tiêu đề tin bài"].value == (
        "1. Thắng kiện 6 năm chưa được thi hành án\n2. Bản đăng lại"
    )
    assert row["Cơ quan báo chí"].value == "1. Báo Dân trí\n2. baomoi.com"
    assert row["Đánh giá"].value == "Sai sự thật"
    assert row["Hình thức xử lý"].value == "Phản hồi, Cải chính"
    assert row["Trạng thái"].value == "Địa phương đang xác minh – quá hạn (hạn 26/11/2026)"
    assert row["Ghi chú"].value == "Theo dõi sát"
    link = row["Đường dẫn"]
    assert link.hyperlink.target == "https://dantri.com.vn/ban-doc/a-1.htm"
    assert link.value == "https://dantri.com.vn/ban-doc/a-1.htm\nhttps://baomoi.com/a-2.epi"


def test_status_is_not_overdue_before_the_deadline() -> None:
    ws = load(tracking_sheet_xlsx([full_case()], as_of=t(26, 12)))
    assert ws["T4"].value == "Địa phương đang xác minh"


@pytest.mark.parametrize("title", ["=1+1", "+SUM(A1:A2)", "-2+3", "@cmd", '=HYPERLINK("http://x")'])
def test_formula_injection_is_stored_as_text(title: str) -> None:
    data = tracking_sheet_xlsx([hostile_case("X", title)], as_of=AS_OF)
    ws = load(data)
    for cell in (ws["D4"], ws["E4"], ws["I4"], ws["U4"]):
        assert cell.data_type == "s"
        assert cell.quotePrefix
    assert ws["D4"].value == title
    assert ws["E4"].value == "=cmd|' /C calc'!A0"
    # nothing in the sheet's XML is a formula
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheet_xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml


def test_hostile_text_and_urls() -> None:
    cases = [
        hostile_case("A", "Tin\x00 giả\x07\x1b <b>đậm</b>\u202e", url="javascript:alert(1)"),
        hostile_case("B", "Dài " * 20_000),
    ]
    ws = load(tracking_sheet_xlsx(cases, as_of=AS_OF))
    assert ws["D4"].value == "Tin giả <b>đậm</b>"
    assert ws["F4"].value == "javascript:alert(1)"
    assert ws["F4"].hyperlink is None
    assert len(ws["D5"].value) <= 32_000 and ws["D5"].value.endswith("…")
    assert ws.auto_filter.ref == "A3:U5"


def test_empty_sheet_and_naive_as_of() -> None:
    ws = load(tracking_sheet_xlsx([], as_of=AS_OF))
    assert [c.value for c in ws[3]] == HEADERS
    assert ws.auto_filter.ref == "A3:U4"
    with pytest.raises(ValueError, match="timezone-aware"):
        tracking_sheet_xlsx([], as_of=datetime(2026, 11, 29))
