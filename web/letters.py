"""Documents of a case generated from the web: the form of the case page parsed into
``workflow.paperwork.LetterInputs`` (claims, deadline, false/correct pairs, the local office's
report, the letter number); building, storing and recording the document is
``workflow.paperwork.generate``.

The letter number is optional: left blank, "Số: …/…" stays for the văn thư, as ``documents``
does by default.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from sqlalchemy.orm import Session

from config import Settings
from documents.inputs import CorrectionPoint, VerificationResult
from storage.models import Case
from text.dates import parse_day
from workflow import paperwork
from workflow.calendar import WorkCalendar
from workflow.users import WorkflowError

POINTS = 3  # pairs of false / correct content on the correction-request form
MAX_FIELD = 4000
MAX_NUMBER = 999_999


def _date(raw: str, what: str) -> date | None:
    if not raw:
        return None
    day = parse_day(raw)
    if day is not None:
        return day
    raise WorkflowError(f"{what} không hợp lệ: “{raw}” (dùng dạng ngày/tháng/năm).")


def _lines(raw: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in raw.splitlines() if line.strip())


def _field(form: Mapping[str, str], name: str) -> str:
    value = (form.get(name) or "").strip()
    if len(value) > MAX_FIELD:
        raise WorkflowError(f"Nội dung quá dài (tối đa {MAX_FIELD} ký tự mỗi ô).")
    return value


def _number(form: Mapping[str, str]) -> int | None:
    raw = _field(form, "number")
    if not raw:
        return None
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_NUMBER:
        raise WorkflowError(
            f"Số văn bản không hợp lệ: “{raw}” (một số nguyên dương, ví dụ 125; để trống nếu "
            "văn thư sẽ cấp số)."
        )
    return int(raw)


def _verification(case: Case, form: Mapping[str, str]) -> VerificationResult | None:
    office = _field(form, "office") or case.office or ""
    findings = _lines(_field(form, "findings"))
    number = _field(form, "report_number")
    day = _date(_field(form, "report_date"), "Ngày báo cáo của địa phương")
    if not (findings or number or day):
        return None
    if not office:
        raise WorkflowError("Hãy nêu cơ quan đã báo cáo kết quả xác minh.")
    return VerificationResult(
        office=office,
        findings=findings,
        report_number=number,
        report_date=day,
        conclusion=_field(form, "conclusion"),
    )


def _points(form: Mapping[str, str]) -> tuple[CorrectionPoint, ...]:
    points = []
    for i in range(1, POINTS + 1):
        false, true = _field(form, f"false_{i}"), _field(form, f"correct_{i}")
        if bool(false) != bool(true):
            raise WorkflowError(
                f"Cặp nội dung thứ {i}: cần cả “nội dung bài viết nêu” và “thông tin chính xác”."
            )
        if false:
            points.append(CorrectionPoint(false, true))
    return tuple(points)


def inputs(kind: str, case: Case, form: Mapping[str, str]) -> paperwork.LetterInputs:
    """What the form adds to the case for a document of ``kind``."""
    number = _number(form)
    if kind == "official_letter":
        return paperwork.LetterInputs(
            claims=_lines(_field(form, "claims")),
            deadline=_date(_field(form, "deadline"), "Hạn báo cáo"),
            number=number,
        )
    verification = _verification(case, form)
    if kind == "correction_request":
        return paperwork.LetterInputs(
            points=_points(form),
            verification=verification,
            deadline=_date(_field(form, "deadline"), "Hạn trả lời"),
            number=number,
        )
    return paperwork.LetterInputs(verification=verification, number=number)


def generate(
    session: Session,
    case: Case,
    kind: str,
    form: Mapping[str, str],
    *,
    by: str,
    settings: Settings,
    calendar: WorkCalendar,
    now: datetime,
) -> paperwork.Generated:
    """Parse the form, then build, store and record the document (``workflow.paperwork``)."""
    paperwork.check_kind(kind)
    return paperwork.generate(
        session,
        case,
        kind,
        inputs(kind, case, form),
        by=by,
        settings=settings,
        calendar=calendar,
        now=now,
    )
