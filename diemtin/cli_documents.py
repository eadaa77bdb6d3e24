"""`diemtin case letter`, `diemtin report` and `diemtin tracking-sheet`: the documents of the
correction workflow on the command line (DOCX and XLSX, opened in Word or Excel).

Registered by ``diemtin/cli.py``. The letters are built and stored by ``workflow.paperwork``, the
records and figures come from ``workflow.records`` and ``workflow.figures``: the same as the web
app's. Errors are Vietnamese and exit 2 (``UserError``).
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from diemtin.cli_workflow import CliError, _session, safe
from documents.fmt import ddmmyyyy_hhmm
from text.dates import VN_TZ

# CLI names of the documents (Vietnamese slugs, as the file names) → workflow.paperwork kinds.
LETTER_KINDS = {
    "cong-van": "official_letter",
    "de-nghi-cai-chinh": "correction_request",
    "du-thao": "draft_reply",
}
MAX_DEADLINE_DAYS = 60


def _kind(value: str) -> str:
    from workflow.paperwork import KINDS

    kind = LETTER_KINDS.get(value.strip().lower())
    if kind is None:
        listing = ", ".join(f"{name} ({KINDS[k]})" for name, k in LETTER_KINDS.items())
        raise CliError(f"Loại văn bản không hợp lệ: “{safe(value)}”. Các loại: {listing}.")
    return kind


def write_file(path: Path, content: bytes) -> Path:
    """Write ``content`` to ``path`` atomically, creating its folder; an operator error
    (Vietnamese) when it cannot."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(content)
        os.replace(tmp, path)
    except OSError as exc:
        raise CliError(f"Không ghi được tệp {path}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(OSError):  # e.g. no such folder: nothing was left behind
            tmp.unlink(missing_ok=True)
    return path


def _out_path(out: str | None, name: str) -> Path:
    if not out:
        return Path(name)
    path = Path(out)
    return path / name if path.is_dir() else path


@click.command("letter")
@click.argument("ref", metavar="VỤ_VIỆC")
@click.option(
    "--kind",
    "kind_name",
    required=True,
    metavar="cong-van|de-nghi-cai-chinh|du-thao",
    help="cong-van: công văn gửi cơ quan thi hành án địa phương; de-nghi-cai-chinh: công văn "
    "đề nghị cơ quan báo chí cải chính; du-thao: dự thảo bài phản hồi.",
)
@click.option("--by", "by", required=True, metavar="TÊN_ĐĂNG_NHẬP", help="Người lập văn bản.")
@click.option(
    "--number",
    type=click.IntRange(min=1, max=999_999),
    default=None,
    metavar="N",
    help="Số văn bản do văn thư cấp (bỏ trống: để “Số: …” cho văn thư điền).",
)
@click.option(
    "--deadline-days",
    type=click.IntRange(min=1, max=MAX_DEADLINE_DAYS),
    default=None,
    metavar="N",
    help="Hạn báo cáo (công văn) hoặc hạn trả lời (đề nghị cải chính): N ngày làm việc kể từ "
    "hôm nay. Mặc định của công văn: hạn bước «Địa phương đang xác minh».",
)
@click.option(
    "--point",
    "points",
    nargs=2,
    multiple=True,
    metavar="SAI ĐÚNG",
    help="Đề nghị cải chính: một cặp “nội dung bài viết nêu” – “thông tin chính xác” (lặp lại).",
)
@click.option(
    "--finding",
    "findings",
    multiple=True,
    metavar="NỘI_DUNG",
    help="Kết quả xác minh của địa phương, mỗi lần một ý (mặc định: ghi chú khi vụ việc rời "
    "bước «Địa phương đang xác minh»).",
)
@click.option(
    "--out",
    type=click.Path(),
    default=None,
    metavar="TỆP",
    help="Tệp DOCX (hoặc thư mục) để ghi; mặc định: tên văn bản trong thư mục hiện tại.",
)
def case_letter(
    ref: str,
    kind_name: str,
    by: str,
    number: int | None,
    deadline_days: int | None,
    points: tuple[tuple[str, str], ...],
    findings: tuple[str, ...],
    out: str | None,
) -> None:
    """Lập văn bản của vụ việc (DOCX), lưu cùng vụ việc và ghi vào diễn biến."""
    from documents.inputs import CorrectionPoint, VerificationResult
    from workflow import paperwork
    from workflow.calendar import WorkCalendar
    from workflow.cases import get_case
    from workflow.records import case_record
    from workflow.users import WorkflowError

    kind = _kind(kind_name)
    if points and kind != "correction_request":
        raise click.UsageError("--point chỉ dùng với --kind de-nghi-cai-chinh")
    if findings and kind == "official_letter":
        raise click.UsageError("--finding không dùng với --kind cong-van")
    if deadline_days is not None and kind == "draft_reply":
        raise click.UsageError("--deadline-days không dùng với --kind du-thao ")
    now = datetime.now(VN_TZ)
    with _session() as (session, settings):
        case = get_case(session, ref)
        calendar = WorkCalendar.from_settings(settings)
        verification = None
        if kind != "official_letter":
            recorded = paperwork.recorded_verification(
                case_record(session, case, settings, calendar)
            )
            verification = recorded
            if findings:
                if not case.office:
                    raise WorkflowError(
                        "Chưa xác định cơ quan thi hành án phụ trách: hãy phân công cơ quan "
                        "trước (diemtin case assign --office)."
                    )
                verification = VerificationResult(
                    office=case.office,
                    findings=tuple(f.strip() for f in findings if f.strip()),
                    report_date=recorded.report_date if recorded else None,
                )
        inputs = paperwork.LetterInputs(
            points=tuple(CorrectionPoint(a.strip(), b.strip()) for a, b in points),
            verification=verification,
            deadline=calendar.add_working_days(now, deadline_days) if deadline_days else None,
            number=number,
        )
        if any(not (p.false_content and p.correct_content) for p in inputs.points):
            raise CliError("Mỗi --point cần cả nội dung bài viết nêu và thông tin chính xác.")
        made = paperwork.generate(
            session, case, kind, inputs, by=by, settings=settings, calendar=calendar, now=now
        )
        code, doc_id = case.code, made.document.id
    try:
        path = write_file(_out_path(out, made.name), made.document.content)
    except click.ClickException as exc:
        raise CliError(
            f"{exc.format_message()} Văn bản đã được lưu cùng vụ việc {code} (tài liệu #{doc_id}); "
            f"lấy lại bằng `diemtin case evidence {code} --out THƯ_MỤC`."
        ) from None
    what = paperwork.KINDS[kind].lower()
    numbered = f" số {made.number}" if made.number else " (chưa có số: văn thư điền)"
    click.echo(
        f"Đã lập {what}{numbered} cho vụ việc {code}, lưu cùng vụ việc (tài liệu #{doc_id}): {path}"
    )


# --- report, tracking sheet -----------------------------------------------------------------------
def _period(month: str | None, quarter: str | None) -> Any:
    from workflow.figures import Period, PeriodError

    if bool(month) == bool(quarter):
        raise click.UsageError("cần đúng một trong hai: --month YYYY-MM hoặc --quarter YYYY-Qn")
    try:
        period = Period.parse(month or quarter or "")
    except PeriodError as exc:
        raise CliError(str(exc)) from None
    if (period.kind == "month") != bool(month):
        option = "--month YYYY-MM (ví dụ 2026-11)" if month else "--quarter YYYY-Qn (ví dụ 2026-Q4)"
        raise CliError(f"Kỳ báo cáo “{safe(month or quarter)}” không đúng dạng {option}.")
    return period


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".replace(".", ",")


@click.command("report")
@click.option("--month", default=None, metavar="YYYY-MM", help="Báo cáo tháng, ví dụ 2026-11.")
@click.option("--quarter", default=None, metavar="YYYY-Qn", help="Báo cáo quý, ví dụ 2026-Q4.")
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default=None,
    metavar="THƯ_MỤC",
    help="Thư mục ghi báo cáo (mặc định: <thư mục dữ liệu>/reports/<kỳ>/).",
)
def report(month: str | None, quarter: str | None, out: str | None) -> None:
    """Báo cáo định kỳ xử lý thông tin báo chí (DOCX) và phụ lục số liệu (XLSX)."""
    from classifier.result import LABEL_NAMES_VI
    from documents.inputs import Letterhead
    from documents.report import build_report
    from workflow.calendar import WorkCalendar
    from workflow.records import case_records, item_records

    period = _period(month, quarter)
    now = datetime.now(VN_TZ)
    with _session() as (session, settings):
        items = item_records(session, period.start, period.end)
        cases = case_records(session, settings, WorkCalendar.from_settings(settings))
        made = build_report(
            period, items, cases, Letterhead.from_settings(settings), day=now.date(), as_of=now
        )
    folder = Path(out) if out else Path(settings.data_dir) / "reports" / str(period)
    docx = write_file(folder / f"bao-cao-{period}.docx", made.docx)
    xlsx = write_file(folder / f"phu-luc-{period}.xlsx", made.annex_xlsx)
    f = made.figures
    labels = ", ".join(f"{n} {LABEL_NAMES_VI[k].lower()}" for k, n in f.items_by_label if n)
    echo = click.echo
    echo(f"Báo cáo {period} (số liệu đến {ddmmyyyy_hhmm(f.cutoff)}):")
    echo(f"  Tin, bài liên quan: {f.items_relevant}/{f.items_seen} tin theo dõi ({labels or '—'})")
    echo(f"  Cần xử lý: {f.items_action_needed}")
    echo(
        f"  Vụ việc: {f.cases_opened} mở mới, {f.cases_closed} kết thúc, {f.cases_dismissed} "
        f"không cần xử lý, {f.cases_open_at_end} đang xử lý cuối kỳ, {len(f.overdue)} quá hạn"
    )
    echo(f"  Thời gian xử lý trung vị: {_days(f.median_handling_days)} ngày")
    echo(
        f"  Đề nghị cải chính: {f.corrections_requested} đã gửi, {f.corrections_obtained} đã "
        f"được cải chính, {len(f.awaiting_correction)} đang chờ"
    )
    echo(f"  {docx}")
    echo(f"  {xlsx}")


@click.command("tracking-sheet")
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False),
    metavar="TỆP.xlsx",
    help="Tệp XLSX để ghi biểu theo dõi.",
)
def tracking_sheet(out: str) -> None:
    """Biểu theo dõi mọi vụ việc (XLSX): tin bài, công văn, hạn, kết quả xác minh, cải chính."""
    from documents.tracking import tracking_sheet_xlsx
    from workflow.calendar import WorkCalendar
    from workflow.records import case_records

    path = Path(out)
    if path.suffix.lower() != ".xlsx":
        raise CliError(f"Biểu theo dõi là tệp Excel: tên tệp phải có đuôi .xlsx (đang là {out}).")
    now = datetime.now(VN_TZ)
    with _session() as (session, settings):
        cases = case_records(session, settings, WorkCalendar.from_settings(settings))
    write_file(path, tracking_sheet_xlsx(cases, as_of=now))
    click.echo(
        f"Đã ghi biểu theo dõi ({len(cases)} vụ việc, cập nhật đến {ddmmyyyy_hhmm(now)}): {path}"
    )
