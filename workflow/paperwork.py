"""The documents of a case: the công văn to the local office, the correction request to the outlet
and the draft reply article (``documents.letters``), built from the case and explicit inputs,
stored as the case's documents, each with an event in the audit trail.

The CLI (``diemtin case letter``) and the web app (``web.letters``, which parses its form into
:class:`LetterInputs`) both generate through :func:`generate`. Refusals are
:class:`~workflow.users.WorkflowError` with a Vietnamese message and store nothing: an unknown
kind, an actor who may not change cases, a case whose state the document does not fit
(:data:`STATES_FOR`), or something the document needs that is missing.

The event (action ``note``, the document as its attachment) carries ``document_kind``,
``document_id``, ``number`` (the formatted số/ký hiệu when the letter was numbered, else "" and the
number is left blank for the văn thư), ``date`` (the letter's date, ISO) and ``deadline`` when the
letter sets one; ``workflow.records`` reads the tracking-sheet fields from them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from config import Settings
from documents.inputs import (
    ArticleRef,
    CaseRecord,
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
from text.dates import VN_TZ
from workflow import cases as wf
from workflow.calendar import WorkCalendar
from workflow.deadlines import due_at
from workflow.records import case_article_refs
from workflow.states import state_name
from workflow.users import WorkflowError, acting_user

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
# The states in which each document makes sense: the công văn asks the local office to verify
# (before and while it does); the correction request and the draft reply rest on the verification
# and go through the working group's review (drafting onwards, until the correction is requested).
STATES_FOR = {
    "official_letter": ("detected", "triaged", "notified_local", "local_verifying"),
    "correction_request": ("drafting", "wg_review", "published_reply", "correction_requested"),
    "draft_reply": ("drafting", "wg_review", "correction_requested"),
}


@dataclass(frozen=True)
class LetterInputs:
    """What a person adds to what the case already holds. Empty fields take the case's values or
    the defaults of ``documents``."""

    claims: tuple[str, ...] = ()  # công văn: nội dung phản ánh; default: the case's summary
    deadline: datetime | date | None = None  # công văn: default the local office's report due
    points: tuple[CorrectionPoint, ...] = ()  # correction request: at least one
    verification: VerificationResult | None = None  # correction request, draft reply
    number: int | None = None  # số of a công văn; None: "Số: …" left for the văn thư


@dataclass(frozen=True)
class Generated:
    document: CaseDocument
    name: str
    number: str  # the formatted số/ký hiệu, "" when left blank


def report_due(case: Case, settings: Settings, calendar: WorkCalendar, now: datetime) -> datetime:
    """The local office's report deadline if the letter goes out ``now``: the deadline of the
    ``local_verifying`` state counted from now."""
    due = due_at("local_verifying", case.severity, now, settings, calendar)
    assert due is not None  # local_verifying always has a deadline
    return due


def recorded_verification(record: CaseRecord | None) -> VerificationResult | None:
    """The local office's verification as the audit trail recorded it (the note of the transition
    that left ``local_verifying``, one finding per line), or None."""
    if record is None or not record.verification_result.strip():
        return None
    findings = tuple(
        line.strip() for line in record.verification_result.splitlines() if line.strip()
    )
    return VerificationResult(
        office=record.office or "", findings=findings, report_date=record.local_report_date
    )


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        listing = ", ".join(f"{k} ({name})" for k, name in KINDS.items())
        raise WorkflowError(f"Loại văn bản không hợp lệ: {kind!r}. Các loại: {listing}.")
    return kind


def check_state(kind: str, case: Case) -> None:
    """Refuse a document that makes no sense in the case's current state, saying when it does."""
    if case.state in STATES_FOR[kind]:
        return
    when = ", ".join(f"«{state_name(s)}»" for s in STATES_FOR[kind])
    raise WorkflowError(
        f"Vụ việc {case.code} đang ở trạng thái «{state_name(case.state)}»: chưa thể hoặc không "
        f"còn lập {KINDS[kind].lower()}. Văn bản này chỉ lập khi vụ việc ở: {when}."
    )


def _build(
    kind: str,
    case: Case,
    articles: tuple[ArticleRef, ...],
    inputs: LetterInputs,
    letterhead: Letterhead,
    settings: Settings,
    now: datetime,
) -> bytes:
    """The DOCX of ``kind`` (checked) for ``case``, ``inputs`` with their defaults filled in;
    :class:`WorkflowError` (Vietnamese) when something the document needs is missing."""
    if not articles:
        raise WorkflowError(
            "Vụ việc không có bài báo nào (đơn thư bạn đọc): văn bản này cần ít nhất một bài báo."
        )
    today = now.astimezone(VN_TZ).date()
    if kind == "official_letter":
        if not case.office:
            raise WorkflowError(
                "Chưa xác định cơ quan thi hành án phụ trách: hãy phân công cơ quan trước."
            )
        letter = OfficialLetter(
            date=today,
            addressees=(case.office,),
            articles=articles,
            claims=inputs.claims or ((case.summary,) if case.summary else ()),
            deadline=inputs.deadline,
            number=inputs.number,
            case_code=case.code,
        )
        return official_letter_docx(letter, letterhead)
    if kind == "correction_request":
        if not inputs.points:
            raise WorkflowError(
                "Đề nghị cải chính cần ít nhất một cặp “nội dung bài viết nêu” – “thông tin "
                "chính xác”."
            )
        request = CorrectionRequest(
            date=today,
            articles=articles,
            points=inputs.points,
            verification=inputs.verification,
            deadline=inputs.deadline,
            number=inputs.number,
            case_code=case.code,
        )
        try:
            regimes = load_regimes(settings)
        except LegalBasisError as exc:
            raise WorkflowError(str(exc)) from None
        return correction_request_docx(request, letterhead, regimes)
    if inputs.number is not None:
        raise WorkflowError("Dự thảo bài phản hồi là bài báo, không có số văn bản.")
    verification = inputs.verification
    if verification is None or not verification.findings:
        raise WorkflowError(
            "Dự thảo bài phản hồi cần kết quả xác minh của địa phương (mỗi dòng một ý): ghi kết "
            f"quả khi chuyển vụ việc khỏi «{state_name('local_verifying')}» hoặc nhập trực tiếp."
        )
    draft = compose_draft_reply(verification, articles, day=today, case_code=case.code)
    return draft_reply_docx(draft)


def generate(
    session: Session,
    case: Case,
    kind: str,
    inputs: LetterInputs,
    *,
    by: str,
    settings: Settings,
    calendar: WorkCalendar,
    now: datetime,
) -> Generated:
    """Check the actor, the kind and the case's state, build the document, store it with the case
    and record it in the audit trail (number, date, deadline); commits."""
    if now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    acting_user(session, by)
    check_kind(kind)
    check_state(kind, case)
    if kind == "official_letter" and inputs.deadline is None:
        inputs = replace(inputs, deadline=report_due(case, settings, calendar, now))
    letterhead = Letterhead.from_settings(settings)
    articles = case_article_refs(session, case.id)
    content = _build(kind, case, articles, inputs, letterhead, settings, now)
    number = "" if inputs.number is None else letterhead.number(inputs.number)
    name = f"{FILE_STEMS[kind]}-{case.code}-{now.astimezone(VN_TZ):%Y%m%d-%H%M}.docx"
    data: dict[str, str] = {"number": number, "date": now.astimezone(VN_TZ).date().isoformat()}
    if inputs.deadline is not None:
        data["deadline"] = inputs.deadline.isoformat()
    note = f"Tạo {KINDS[kind].lower()}: {name}" + (f" (số {number})" if number else "")
    document = wf.add_generated_document(
        session,
        case,
        by=by,
        kind=kind,
        filename=name,
        content=content,
        media_type=DOCX,
        note=note,
        data=data,
        now=now,
    )
    return Generated(document, document.filename, number)
