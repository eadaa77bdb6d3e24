"""Documents of a case generated from the web: the công văn to the local office, the correction
request to the outlet and the draft reply article (``documents.letters``), filled from the case and
from what the member types; stored as the case's documents, each with a note in the audit trail.

The letter number is left blank ("Số: …/…") for the văn thư, as ``documents`` does by default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from config import Settings
from documents.inputs import (
    ArticleRef,
    CorrectionPoint,
    CorrectionRequest,
    Letterhead,
    OfficialLetter,
    VerificationResult,
)
from documents.legal import LegalBasisError, load_regimes
from documents.letters import (
    compose_draft_reply,
    correction_request_docx,
    draft_reply_docx,
    official_letter_docx,
)
from storage.models import Case, CaseDocument
from web.records import case_article_refs
from workflow import cases as wf
from workflow.calendar import WorkCalendar
from workflow.deadlines import due_at
from workflow.users import WorkflowError

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
KINDS = {
    "official_letter": "Công văn gửi địa phương",
    "correction_request": "Công văn đề nghị cải chính",
    "draft_reply": "Dự thảo bài phản hồi",
}
FILE_STEMS = {
    "official_letter": "cong-van-dia-phuong",
    "correction_request": "de-nghi-cai-chinh",
    "draft_reply": "du-thao-bai-phan-hoi",
}
POINTS = 3  # pairs of false / correct content on the correction-request form
MAX_FIELD = 4000


@dataclass(frozen=True)
class Generated:
    document: CaseDocument
    name: str


def _date(raw: str, what: str) -> date | None:
    if not raw:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise WorkflowError(f"{what} không hợp lệ: “{raw}” (dùng dạng ngày/tháng/năm).")


def _lines(raw: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in raw.splitlines() if line.strip())


def _field(form: Mapping[str, str], name: str) -> str:
    value = (form.get(name) or "").strip()
    if len(value) > MAX_FIELD:
        raise WorkflowError(f"Nội dung quá dài (tối đa {MAX_FIELD} ký tự mỗi ô).")
    return value


def report_due(case: Case, settings: Settings, calendar: WorkCalendar, now: datetime) -> datetime:
    """The local office's report deadline if the letter goes out ``now``: the deadline of the
    ``local_verifying`` state counted from now."""
    due = due_at("local_verifying", case.severity, now, settings, calendar)
    assert due is not None  # local_verifying always has a deadline
    return due


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


def build(
    kind: str,
    case: Case,
    articles: tuple[ArticleRef, ...],
    form: Mapping[str, str],
    settings: Settings,
    calendar: WorkCalendar,
    now: datetime,
) -> bytes:
    """The DOCX of ``kind`` for ``case``; :class:`WorkflowError` (Vietnamese) when something the
    document needs is missing."""
    if kind not in KINDS:
        raise WorkflowError("Loại văn bản không hợp lệ.")
    if not articles:
        raise WorkflowError(
            "Vụ việc không có bài báo nào (đơn thư bạn đọc): văn bản này cần ít nhất một bài báo."
        )
    today = now.date()
    letterhead = Letterhead.from_settings(settings)
    if kind == "official_letter":
        if not case.office:
            raise WorkflowError(
                "Chưa xác định cơ quan thi hành án phụ trách: hãy phân công cơ quan trước."
            )
        claims = _lines(_field(form, "claims")) or ((case.summary,) if case.summary else ())
        deadline = _date(_field(form, "deadline"), "Hạn báo cáo") or report_due(
            case, settings, calendar, now
        )
        letter = OfficialLetter(
            date=today,
            addressees=(case.office,),
            articles=articles,
            claims=claims,
            deadline=deadline,
            case_code=case.code,
        )
        return official_letter_docx(letter, letterhead)
    verification = _verification(case, form)
    if kind == "correction_request":
        points = []
        for i in range(1, POINTS + 1):
            false, true = _field(form, f"false_{i}"), _field(form, f"correct_{i}")
            if bool(false) != bool(true):
                raise WorkflowError(
                    f"Cặp nội dung thứ {i}: cần cả “nội dung bài viết nêu” và “thông tin "
                    "chính xác”."
                )
            if false:
                points.append(CorrectionPoint(false, true))
        if not points:
            raise WorkflowError(
                "Đề nghị cải chính cần ít nhất một cặp “nội dung bài viết nêu” – “thông tin "
                "chính xác”."
            )
        request = CorrectionRequest(
            date=today,
            articles=articles,
            points=tuple(points),
            verification=verification,
            deadline=_date(_field(form, "deadline"), "Hạn trả lời"),
            case_code=case.code,
        )
        try:
            regimes = load_regimes(settings)
        except LegalBasisError as exc:
            raise WorkflowError(str(exc)) from None
        return correction_request_docx(request, letterhead, regimes)
    if verification is None or not verification.findings:
        raise WorkflowError(
            "Dự thảo bài phản hồi cần kết quả xác minh của địa phương (mỗi dòng một ý)."
        )
    draft = compose_draft_reply(verification, articles, day=today, case_code=case.code)
    return draft_reply_docx(draft)


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
) -> Generated:
    """Build the document, store it with the case and note it in the audit trail; commits."""
    content = build(kind, case, case_article_refs(session, case.id), form, settings, calendar, now)
    name = f"{FILE_STEMS[kind]}-{case.code}-{now:%Y%m%d-%H%M}.docx"
    document = wf.add_document(
        session,
        case,
        kind=kind,
        filename=name,
        content=content,
        created_by=by,
        media_type=DOCX,
        now=now,
    )
    wf.add_note(session, case, by=by, text=f"Tạo {KINDS[kind].lower()}: {name}", now=now)
    return Generated(document, name)
