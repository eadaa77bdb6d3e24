"""`diemtin case letter`, `diemtin case advance --outcome`, `diemtin report` and
`diemtin tracking-sheet` as an operator runs them: a case taken from detection to a correction
obtained on the command line, its letters and the tracking sheet and report opened back with
python-docx / openpyxl and checked against the database; every bad input refused in Vietnamese
with nothing stored."""

from __future__ import annotations

import hashlib
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from diemtin.cli import main
from documents.tracking import COLUMNS, HEADER_ROW
from storage.models import Case, CaseDocument, CaseEvent
from tests.support.cli import workflow_database
from tests.support.workflow import classify, store
from text.dates import VN_TZ
from workflow.cases import open_case

FINDINGS = "Tài sản kê biên thuộc sở hữu của người phải thi hành án."


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A migrated SQLite database with the people of every role and one case opened today from
    an article about Tây Ninh."""
    engine = workflow_database(tmp_path, monkeypatch)
    with Session(engine) as session:
        now = datetime.now(VN_TZ)
        article = store(session, outlet="baophapluat", topic="kê biên nhầm nhà", published=now)
        classify(session, article, label="inaccurate", province="Tỉnh Tây Ninh")
        code = open_case(session, article, by="lan", now=now).code
    yield engine, code, tmp_path
    engine.dispose()


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def refused(result: Result, *fragments: str) -> None:
    assert result.exit_code == 2, result.output
    for fragment in fragments:
        assert fragment in result.output, result.output
    assert "Traceback" not in result.output


def _counts(engine: Engine) -> tuple[int, int]:
    with Session(engine) as s:
        return (
            s.scalar(select(func.count()).select_from(CaseDocument)) or 0,
            s.scalar(select(func.count()).select_from(CaseEvent)) or 0,
        )


def _docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _stored(engine: Engine, kind: str) -> CaseDocument:
    with Session(engine) as s:
        return s.scalars(
            select(CaseDocument).where(CaseDocument.kind == kind).order_by(CaseDocument.id.desc())
        ).first()


def _advance(code: str, target: str, by: str, *extra: str) -> Result:
    result = run("case", "advance", code, "--to", target, "--by", by, *extra)
    assert result.exit_code == 0, result.output
    return result


def test_bad_letters_are_refused_and_store_nothing(env) -> None:
    engine, code, tmp = env
    before = _counts(engine)
    for args, fragments in (
        (("VV-2026-9999", "--kind", "cong-van", "--by", "lan"), ["Không có vụ việc"]),
        ((code, "--kind", "cong-van", "--by", "ai"), ["Không có người dùng “ai”"]),
        ((code, "--kind", "cong-van", "--by", "xem"), ["người xem: chỉ được xem"]),
        ((code, "--kind", "thu-tinh", "--by", "lan"), ["Loại văn bản không hợp lệ", "cong-van ("]),
        (
            (code, "--kind", "du-thao", "--by", "lan"),
            ["đang ở trạng thái «Mới phát hiện»", "chỉ lập khi vụ việc ở"],
        ),
        (
            (code, "--kind", "de-nghi-cai-chinh", "--by", "lan"),
            ["Công văn đề nghị cải chính".lower(), "«Đang soạn phản hồi»"],
        ),
    ):
        refused(run("case", "letter", *args, "--out", str(tmp / "x.docx")), *fragments)
    usage = run("case", "letter", code, "--kind", "cong-van", "--by", "lan", "--point", "a", "b")
    assert usage.exit_code == 2 and "--point chỉ dùng với --kind de-nghi-cai-chinh" in usage.output
    assert _counts(engine) == before and not (tmp / "x.docx").exists()


def test_letters_outcome_tracking_sheet_and_report(env) -> None:
    engine, code, tmp = env
    made = run(
        "case", "letter", code, "--kind", "cong-van", "--by", "lan", "--number", "125",
        "--out", str(tmp / "out" / "cong-van.docx"),
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    assert f"số 125/CQLTHADS-VP cho vụ việc {code}" in made.output
    written = (tmp / "out" / "cong-van.docx").read_bytes()
    stored = _stored(engine, "official_letter")
    assert hashlib.sha256(written).hexdigest() == stored.sha256 == stored.sha256
    text = _docx_text(written)
    assert "Số: 125/CQLTHADS-VP" in text and "Kính gửi: Thi hành án dân sự tỉnh Tây Ninh" in text
    assert code in text

    blocked = tmp / "out" / "cong-van.docx" / "x.docx"  # under a file: cannot be written
    before = _counts(engine)
    refused(
        run("case", "letter", code, "--kind", "cong-van", "--by", "lan", "--out", str(blocked)),
        "Không ghi được tệp",
        f"Văn bản đã được lưu cùng vụ việc {code}",
        f"diemtin case evidence {code}",
    )
    assert _counts(engine)[0] == before[0] + 1  # stored all the same, nothing lost

    for target in ("triaged", "notified_local", "local_verifying"):
        _advance(code, target, "lan")
    _advance(code, "drafting", "lan", "--note", FINDINGS)
    _advance(code, "wg_review", "lan")
    _advance(code, "correction_requested", "hung")
    request = run(
        "case", "letter", code, "--kind", "de-nghi-cai-chinh", "--by", "lan", "--number", "130",
        "--deadline-days", "5", "--point", "Kê biên nhà của người khác", FINDINGS,
        "--out", str(tmp / "out"),
    )  # fmt: skip
    assert request.exit_code == 0, request.output
    stored = _stored(engine, "correction_request")
    assert (tmp / "out" / stored.filename).read_bytes() == stored.content
    text = _docx_text(stored.content)
    assert "Số: 130/CQLTHADS-VP" in text and "Kê biên nhà của người khác" in text
    assert "Luật Báo chí" in text
    draft = run("case", "letter", code, "--kind", "du-thao", "--by", "lan", "--out", str(tmp))
    assert draft.exit_code == 0, draft.output
    assert FINDINGS in _docx_text(_stored(engine, "draft_reply").content)  # recorded verification

    _advance(code, "outlet_responded", "lan", "--outcome", "corrected")
    before = _counts(engine)
    refused(
        run("case", "advance", code, "--to", "closed", "--by", "hung", "--note", "Xong"),
        "cần nêu kết quả xử lý (--outcome)",
        "corrected (Cơ quan báo chí đã cải chính)",
        "no_action (Không cần xử lý)",
    )
    closing = ("case", "advance", code, "--to", "closed", "--by", "hung", "--note", "x")
    refused(run(*closing, "--outcome", "ok"), "Kết quả xử lý không hợp lệ: 'ok'")
    assert _counts(engine) == before
    closed = _advance(
        code, "closed", "hung", "--note", "Báo đã cải chính", "--outcome", "corrected"
    )
    assert "Đã kết thúc (kết quả: Cơ quan báo chí đã cải chính)" in closed.output
    shown = run("case", "show", code)
    assert "Kết quả xử lý: Cơ quan báo chí đã cải chính" in shown.output

    sheet = run("tracking-sheet", "--out", str(tmp / "bieu.xlsx"))
    assert sheet.exit_code == 0 and "1 vụ việc" in sheet.output, sheet.output
    ws = load_workbook(tmp / "bieu.xlsx").active
    headers = [ws.cell(HEADER_ROW, i + 1).value for i in range(len(COLUMNS))]
    row = {h: ws.cell(HEADER_ROW + 1, i + 1).value for i, h in enumerate(headers)}
    with Session(engine) as s:
        case = s.scalars(select(Case)).one()
        moments = {
            e.to_state: e.at.astimezone(VN_TZ)
            for e in s.scalars(select(CaseEvent).where(CaseEvent.action == "advance"))
        }
        made_on = {
            d.kind: d.created_at.astimezone(VN_TZ).date() for d in s.scalars(select(CaseDocument))
        }
    assert row["Mã vụ việc"] == case.code == code
    assert row["Số công văn gửi địa phương"] == "125/CQLTHADS-VP"
    assert row["Ngày công văn gửi địa phương"].date() == made_on["official_letter"]
    assert row["Hạn báo cáo"] > moments["local_verifying"].replace(tzinfo=None)
    assert row["Ngày địa phương báo cáo"].date() == moments["drafting"].date()
    assert row["Kết quả xác minh"] == FINDINGS
    assert row["Hình thức xử lý"] == "Cải chính"
    assert row["Số văn bản đề nghị cải chính"] == "130/CQLTHADS-VP"
    assert row["Ngày văn bản đề nghị cải chính"].date() == made_on["correction_request"]
    assert row["Ngày báo cải chính"].date() == moments["outlet_responded"].date()
    assert (row["Trạng thái"], row["Ghi chú"]) == ("Đã kết thúc", "Báo đã cải chính")
    assert row["Địa phương"] == case.province == "Tỉnh Tây Ninh"

    month = f"{moments['closed']:%Y-%m}"
    report = run("report", "--month", month, "--out", str(tmp / "bao-cao"))
    assert report.exit_code == 0, report.output
    assert "Vụ việc: 1 mở mới, 1 kết thúc" in report.output
    assert "Đề nghị cải chính: 1 đã gửi, 1 đã được cải chính, 0 đang chờ" in report.output
    docx = _docx_text((tmp / "bao-cao" / f"bao-cao-{month}.docx").read_bytes())
    assert f"tháng {moments['closed']:%m/%Y}" in docx
    assert "1 vụ việc đã được cơ quan báo chí cải chính" in docx
    annex = load_workbook(tmp / "bao-cao" / f"phu-luc-{month}.xlsx")
    cells = [c.value for ws in annex.worksheets for r in ws.iter_rows() for c in r]
    assert code in cells


def test_bad_reports_and_sheets(env) -> None:
    _engine, _code, tmp = env
    refused(run("report", "--month", "2026-13"), "Tháng 13 không hợp lệ")
    refused(run("report", "--month", "2026-Q4"), "không đúng dạng --month YYYY-MM")
    refused(run("report", "--quarter", "2026-11"), "không đúng dạng --quarter YYYY-Qn")
    both = run("report", "--month", "2026-11", "--quarter", "2026-Q4")
    assert both.exit_code == 2 and "cần đúng một trong hai" in both.output
    refused(run("tracking-sheet", "--out", str(tmp / "bieu.csv")), "phải có đuôi .xlsx")
    assert not (tmp / "bieu.csv").exists()
    assert date.today().year >= 2026  # the relative dates above are real ones
