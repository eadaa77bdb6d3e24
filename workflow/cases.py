"""Cases: open, assign, advance, note, add articles, look up, list, and replay from the audit trail.

Plain functions over a SQLAlchemy session. Every change checks everything first, then writes the
case, its rows and one audit event, and commits; a refused change raises a
:class:`~workflow.users.WorkflowError` (or :class:`~workflow.states.TransitionError`) with a
Vietnamese message and changes nothing. ``by`` is always a username: the actor's role comes from
the users table. Times are aware datetimes (``now`` defaults to the current time).

The audit trail (``case_events``) is append-only and complete: :func:`replay` rebuilds a case's
kind, state, severity, place, assignees and articles from the events alone.
"""

from __future__ import annotations

import json
import mimetypes
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from hashlib import sha256
from pathlib import Path
from typing import Any

from sqlalchemy import exc, func, select
from sqlalchemy.orm import Session

from classifier.provinces import PROVINCES, find_province, office_for
from classifier.result import ACTION_LABELS
from storage.classifications import current
from storage.models import (
    LOCAL_TZ,
    Article,
    ArticleClassification,
    Case,
    CaseArticle,
    CaseAssignee,
    CaseDocument,
    CaseEvent,
    Outlet,
    User,
    utcnow,
)
from text.normalize import nfc
from workflow.evidence import archive_article
from workflow.states import (
    IMPLIED_OUTCOMES,
    INITIAL_STATE,
    KIND_NAMES_VI,
    KINDS,
    SEVERITIES,
    SEVERITY_NAMES_VI,
    STATE_NAMES_VI,
    STATES,
    SYSTEM_ACTOR,
    TERMINAL_STATES,
    check_outcome,
    check_transition,
    is_open,
    note_required,
    state_name,
)
from workflow.users import WorkflowError, acting_user, atomic, get_user

CODE_PREFIX = "VV"
SUMMARY_CHARS = 1200
MAX_FILENAME = 255
_CODE = re.compile(rf"{CODE_PREFIX}-(\d{{4}})-(\d{{4,}})", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# --- small helpers -------------------------------------------------------------------------------
def _now(now: datetime | None) -> datetime:
    if now is None:
        return utcnow()
    if now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    return now


def _clean(value: str | None) -> str:
    """User or scraped text made storable: NFC, control characters dropped, trimmed."""
    return _CONTROL.sub("", nfc(value or "")).strip()


def _check_severity(severity: str) -> str:
    if severity not in SEVERITIES:
        listing = ", ".join(f"{s} ({SEVERITY_NAMES_VI[s]})" for s in SEVERITIES)
        raise WorkflowError(f"Mức độ không hợp lệ: {severity!r}. Các mức: {listing}.")
    return severity


def check_state(state: str) -> str:
    if state not in STATES:
        listing = ", ".join(f"{s} ({STATE_NAMES_VI[s]})" for s in STATES)
        raise WorkflowError(f"Trạng thái không hợp lệ: {state!r}. Các trạng thái: {listing}.")
    return state


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        listing = ", ".join(f"{k} ({KIND_NAMES_VI[k]})" for k in KINDS)
        raise WorkflowError(f"Loại vụ việc không hợp lệ: {kind!r}. Các loại: {listing}.")
    return kind


def _offices() -> dict[str, str]:
    return {office_for(p): p for p in PROVINCES}


_OFFICE_HEAD = re.compile(r"^\s*(thi hành án dân sự|thi hanh an dan su|thads)\s+", re.IGNORECASE)


def resolve_place(name: str) -> tuple[str, str]:
    """(official province, THADS office) for a province or office name as a person types it:
    "Tây Ninh", "tỉnh Tây Ninh", "Thi hành án dân sự tỉnh Tây Ninh", "TP.HCM", "tỉnh Bình Dương"
    (a pre-merger province maps to its 2025 province)."""
    text = _clean(name)
    if not text:
        raise WorkflowError("Chưa nêu tỉnh/thành phố hoặc cơ quan thi hành án.")
    short = nfc(_OFFICE_HEAD.sub("", text))
    try:
        office = office_for(short)
        return _offices()[office], office
    except ValueError:
        pass
    match = find_province(short, short)
    if match is None:
        raise WorkflowError(
            f"Không nhận ra tỉnh/thành phố “{text}”. Dùng tên một trong 34 tỉnh/thành phố, "
            "ví dụ “Tây Ninh”, “Thành phố Hồ Chí Minh” hoặc "
            "“Thi hành án dân sự tỉnh Tây Ninh”."
        )
    return match.province, match.office


def _safe_filename(name: str) -> str:
    base = Path(_clean(name).replace("\\", "/")).name
    base = re.sub(r'[<>:"/|?*]', "_", base).strip(" .")
    if not base:
        base = "tep-dinh-kem"
    if len(base.encode("utf-8")) > MAX_FILENAME:
        stem, dot, ext = base.rpartition(".")
        ext = ext if dot and len(ext) <= 10 else ""
        keep = stem or base
        while len((keep + "." + ext if ext else keep).encode("utf-8")) > MAX_FILENAME:
            keep = keep[:-1]
        base = keep + ("." + ext if ext else "")
    return base


@dataclass(frozen=True)
class Attachment:
    """A file a person adds to a case (letter scan, local report, screenshot…)."""

    filename: str
    content: bytes
    media_type: str | None = None

    @classmethod
    def checked(
        cls, filename: str, content: bytes, max_bytes: int, media_type: str | None = None
    ) -> Attachment:
        """An attachment of ``content``; :class:`WorkflowError` when it is empty or larger than
        ``max_bytes``."""
        if len(content) > max_bytes:
            raise _too_large(filename, max_bytes)
        if not content:
            raise WorkflowError(f"Tệp đính kèm “{filename}” rỗng.")
        return cls(filename, content, media_type)

    @classmethod
    def read(cls, path: str | Path, max_bytes: int) -> Attachment:
        """Read a file to attach; :class:`WorkflowError` when it is missing, a folder, empty,
        unreadable or larger than ``max_bytes``."""
        p = Path(path)
        if not p.exists():
            raise WorkflowError(f"Không tìm thấy tệp đính kèm: {p}")
        if not p.is_file():
            raise WorkflowError(f"Tệp đính kèm không phải một tệp: {p}")
        if p.stat().st_size > max_bytes:
            raise _too_large(str(p), max_bytes)
        try:
            content = p.read_bytes()
        except OSError as error:
            raise WorkflowError(f"Không đọc được tệp đính kèm {p}: {error.strerror}") from None
        return cls.checked(p.name, content, max_bytes)


def _too_large(name: str, max_bytes: int) -> WorkflowError:
    return WorkflowError(f"Tệp đính kèm “{name}” quá lớn (tối đa {max_bytes / 1e6:g} MB).")


def add_document(
    session: Session,
    case: Case,
    *,
    kind: str,
    filename: str,
    content: bytes,
    created_by: str,
    media_type: str | None = None,
    now: datetime | None = None,
) -> CaseDocument:
    """Store a file of a case (an attachment or a generated document); flushes, does not commit.
    Generated documents (``documents`` package) are stored with their own ``kind``."""
    name = _safe_filename(filename)
    media = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    doc = CaseDocument(
        case_id=case.id,
        kind=kind,
        filename=name,
        media_type=media[:200],
        content=bytes(content),
        size=len(content),
        sha256=sha256(content).hexdigest(),
        created_by=created_by,
        created_at=_now(now),
    )
    session.add(doc)
    session.flush()
    return doc


def _store_attachments(
    session: Session, case: Case, attachments: Sequence[Attachment], by: str, at: datetime
) -> list[int]:
    return [
        add_document(
            session,
            case,
            kind="attachment",
            filename=a.filename,
            content=a.content,
            media_type=a.media_type,
            created_by=by,
            now=at,
        ).id
        for a in attachments
    ]


def _event(
    session: Session,
    case: Case,
    *,
    actor: str,
    role: str,
    action: str,
    at: datetime,
    from_state: str | None = None,
    to_state: str | None = None,
    note: str | None = None,
    data: dict[str, Any] | None = None,
    attachment_ids: Sequence[int] = (),
) -> CaseEvent:
    event = CaseEvent(
        case_id=case.id,
        at=at,
        actor=actor,
        role=role,
        action=action,
        from_state=from_state,
        to_state=to_state,
        note=note or None,
        data=json.dumps(data or {}, ensure_ascii=False, sort_keys=True),
        attachment_ids=json.dumps(list(attachment_ids)),
    )
    session.add(event)
    return event


def _done(
    session: Session, case: Case, user: User, action: str, at: datetime, **fields: Any
) -> CaseEvent:
    """Record what ``user`` did as the case's next event and commit the whole change."""
    event = _event(
        session, case, actor=user.username, role=user.role, action=action, at=at, **fields
    )
    session.commit()
    return event


# --- lookup --------------------------------------------------------------------------------------
def get_case(session: Session, ref: int | str) -> Case:
    """A case by id (``12``, ``"12"``) or code (``"VV-2026-0001"``, any letter case)."""
    text = str(ref).strip()
    case: Case | None = None
    if text.isdigit():
        case = session.get(Case, int(text))
    elif _CODE.fullmatch(text):
        case = session.scalar(select(Case).where(Case.code == text.upper()))
    if case is None:
        raise WorkflowError(
            f"Không có vụ việc “{ref}”. Dùng số thứ tự hoặc mã dạng {CODE_PREFIX}-2026-0001; "
            "xem danh sách bằng `diemtin case list --all`."
        )
    return case


def _case(session: Session, ref: Case | int | str) -> Case:
    return ref if isinstance(ref, Case) else get_case(session, ref)


def open_case_for_story(session: Session, story_id: int | None) -> Case | None:
    if story_id is None:
        return None
    return session.scalar(select(Case).where(Case.open_story_id == story_id))


def _next_code(session: Session, year: int) -> str:
    prefix = f"{CODE_PREFIX}-{year}-"
    last = session.scalar(
        select(Case.code)
        .where(Case.code.like(prefix + "%"))
        .order_by(func.length(Case.code).desc(), Case.code.desc())
        .limit(1)
    )
    number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{number:04d}"


def _refuse_duplicate_story(existing: Case) -> None:
    raise WorkflowError(
        f"Câu chuyện của bài này đã có vụ việc đang mở {existing.code} "
        f"(«{state_name(existing.state)}»): {existing.title}. Xem bằng `diemtin case show "
        f"{existing.code}` hoặc thêm bài vào vụ việc đó."
    )


# --- opening -------------------------------------------------------------------------------------
@dataclass
class _NewCase:
    kind: str
    severity: str
    title: str
    summary: str
    province: str | None
    office: str | None
    story_id: int | None = None
    articles: list[Article] = field(default_factory=list)
    opening: ArticleClassification | None = None
    opening_article_id: int | None = None
    sender_name: str | None = None
    sender_contact: str | None = None
    received_at: datetime | None = None
    forwarded_by: str | None = None


def action_confidence(row: ArticleClassification) -> float:
    """How sure the classifier is that an article needs action: P(relevant) × P(action label)."""
    scores = json.loads(row.label_scores or "{}")
    return float(row.relevance_score) * sum(float(scores.get(lab, 0.0)) for lab in ACTION_LABELS)


def _story_articles(session: Session, article: Article) -> list[Article]:
    if article.story_id is None:
        return [article]
    return list(
        session.scalars(
            select(Article).where(Article.story_id == article.story_id).order_by(Article.id)
        )
    )


def _create(
    session: Session,
    spec: _NewCase,
    *,
    actor: str,
    role: str,
    at: datetime,
    attachments: Sequence[Attachment] = (),
    extra: dict[str, Any] | None = None,
) -> Case:
    """Insert a case with its articles, evidence, attachments and the "open" event (flushes; the
    caller commits). The code is the year's next number; a concurrent opening of the same story is
    refused (unique ``open_story_id``) and a concurrent use of the same code retried."""
    for _attempt in range(5):
        savepoint = session.begin_nested()
        case = Case(
            code=_next_code(session, at.astimezone(LOCAL_TZ).year),
            kind=spec.kind,
            state=INITIAL_STATE,
            severity=spec.severity,
            title=spec.title,
            summary=spec.summary,
            province=spec.province,
            office=spec.office,
            opened_by=actor,
            opened_at=at,
            state_entered_at=at,
            story_id=spec.story_id,
            open_story_id=spec.story_id,
            opening_article_id=spec.opening_article_id,
            opening_label=spec.opening.label if spec.opening else None,
            opening_score=action_confidence(spec.opening) if spec.opening else None,
            opening_model_version=spec.opening.model_version if spec.opening else None,
            sender_name=spec.sender_name,
            sender_contact=spec.sender_contact,
            received_at=spec.received_at,
            forwarded_by=spec.forwarded_by,
        )
        session.add(case)
        try:
            session.flush()
        except exc.IntegrityError:
            savepoint.rollback()
            existing = open_case_for_story(session, spec.story_id)
            if existing is not None:
                _refuse_duplicate_story(existing)
            continue
        savepoint.commit()
        break
    else:  # pragma: no cover - five concurrent openings in the same instant
        raise WorkflowError("Không cấp được mã vụ việc mới (nhiều người cùng mở); hãy thử lại.")
    for article in spec.articles:
        _attach(session, case, article, by=actor, at=at)
    attachment_ids = _store_attachments(session, case, attachments, actor, at)
    _event(
        session,
        case,
        actor=actor,
        role=role,
        action="open",
        at=at,
        to_state=case.state,
        data={
            "kind": case.kind,
            "severity": case.severity,
            "province": case.province,
            "office": case.office,
            "story_id": case.story_id,
            "article_ids": [a.id for a in spec.articles],
            "title": case.title,
            **(extra or {}),
        },
        attachment_ids=attachment_ids,
    )
    session.flush()
    return case


def _attach(session: Session, case: Case, article: Article, *, by: str, at: datetime) -> None:
    session.add(CaseArticle(case_id=case.id, article_id=article.id, added_by=by, added_at=at))
    archive_article(session, case, article, at)


def _press_spec(session: Session, article: Article, *, kind: str, severity: str) -> _NewCase:
    row = current(session, [article.id]).get(article.id)
    province = office = None
    if row is not None and row.province:
        try:
            province, office = resolve_place(row.province)
        except WorkflowError:
            province, office = row.province, row.office
    summary = _clean(article.lead) or _clean(article.text)[:SUMMARY_CHARS]
    return _NewCase(
        kind=kind,
        severity=severity,
        title=_clean(article.title) or f"Bài báo số {article.id}",
        summary=summary,
        province=province,
        office=office,
        story_id=article.story_id,
        articles=_story_articles(session, article),
        opening=row,
        opening_article_id=article.id,
    )


def _article(session: Session, article_id: int) -> Article:
    article = session.get(Article, article_id)
    if article is None:
        raise WorkflowError(
            f"Không có bài báo số {article_id} trong cơ sở dữ liệu (xem `diemtin export`)."
        )
    return article


@atomic
def open_case(
    session: Session,
    article_id: int,
    *,
    by: str,
    severity: str = "normal",
    now: datetime | None = None,
) -> Case:
    """Open a press case from a stored article; it covers every article of the article's story
    (its syndicated copies), each archived as evidence. The office is suggested from the article's
    current classification. Refuses a second open case for the same story, naming it."""
    at = _now(now)
    user = acting_user(session, by)
    _check_severity(severity)
    article = _article(session, article_id)
    existing = open_case_for_story(session, article.story_id)
    if existing is not None:
        _refuse_duplicate_story(existing)
    spec = _press_spec(session, article, kind="press", severity=severity)
    case = _create(session, spec, actor=user.username, role=user.role, at=at)
    session.commit()
    return case


@atomic
def open_reader_letter(
    session: Session,
    *,
    by: str,
    title: str,
    sender_name: str,
    text: str,
    sender_contact: str | None = None,
    received_at: datetime | None = None,
    forwarded_by: str | None = None,
    province: str | None = None,
    severity: str = "normal",
    attachments: Sequence[Attachment] = (),
    now: datetime | None = None,
) -> Case:
    """Open a reader-letter case (đơn thư bạn đọc the newspaper forwards for verification before
    it answers the reader), entered by hand with its attachments."""
    at = _now(now)
    user = acting_user(session, by)
    _check_severity(severity)
    title, sender, body = _clean(title), _clean(sender_name), _clean(text)
    missing = [
        name
        for name, value in (("tiêu đề", title), ("người gửi", sender), ("nội dung", body))
        if not value
    ]
    if missing:
        raise WorkflowError(f"Đơn thư bạn đọc thiếu {', '.join(missing)}.")
    if received_at is not None and received_at.utcoffset() is None:
        raise WorkflowError("Ngày nhận đơn thư phải có múi giờ.")
    if received_at is not None and received_at > at:
        raise WorkflowError("Ngày nhận đơn thư không thể ở tương lai.")
    place = resolve_place(province) if province else (None, None)
    spec = _NewCase(
        kind="reader_letter",
        severity=severity,
        title=title,
        summary=body,
        province=place[0],
        office=place[1],
        sender_name=sender,
        sender_contact=_clean(sender_contact) or None,
        received_at=received_at,
        forwarded_by=_clean(forwarded_by) or None,
    )
    case = _create(
        session, spec, actor=user.username, role=user.role, at=at, attachments=attachments
    )
    session.commit()
    return case


# --- changes -------------------------------------------------------------------------------------
def _refuse_if_closed(case: Case, what: str) -> None:
    if not is_open(case.state):
        raise WorkflowError(
            f"Vụ việc {case.code} đã kết thúc («{state_name(case.state)}»), không thể {what}."
        )


@atomic
def assign(
    session: Session,
    ref: Case | int | str,
    *,
    by: str,
    office: str | None = None,
    add: Iterable[str] = (),
    remove: Iterable[str] = (),
    note: str | None = None,
    now: datetime | None = None,
) -> Case:
    """Change the responsible office (a province or office name) and/or add and remove assignees
    (usernames of active members, leaders or admins)."""
    at = _now(now)
    user = acting_user(session, by)
    case = _case(session, ref)
    _refuse_if_closed(case, "phân công")
    data: dict[str, Any] = {}
    if office is not None:
        province, office_name = resolve_place(office)
        if (province, office_name) != (case.province, case.office):
            data.update(
                province=province,
                office=office_name,
                office_from=case.office,
            )
    current_ids = {
        a.user_id: a
        for a in session.scalars(select(CaseAssignee).where(CaseAssignee.case_id == case.id))
    }
    added: list[User] = []
    for name in dict.fromkeys(n.strip() for n in add):
        person = acting_user(session, name)
        if person.id not in current_ids:
            added.append(person)
    removed: list[CaseAssignee] = []
    for name in dict.fromkeys(n.strip() for n in remove):
        person = get_user(session, name)
        if person.id not in current_ids:
            raise WorkflowError(
                f"“{person.username}” không được phân công cho vụ việc {case.code}."
            )
        removed.append(current_ids[person.id])
    if not data and not added and not removed:
        raise WorkflowError(
            f"Không có gì thay đổi cho vụ việc {case.code}: cơ quan và người được phân công "
            "đã như yêu cầu."
        )
    if data:
        case.province, case.office = data["province"], data["office"]
    for person in added:
        session.add(
            CaseAssignee(
                case_id=case.id, user_id=person.id, assigned_by=user.username, assigned_at=at
            )
        )
    removed_names = [session.get_one(User, a.user_id).username for a in removed]
    for assignee in removed:
        session.delete(assignee)
    data.update(added=[p.username for p in added], removed=removed_names)
    _done(
        session,
        case,
        user,
        "assign",
        at,
        note=_clean(note) or None,
        data=data,
    )
    return case


@atomic
def advance(
    session: Session,
    ref: Case | int | str,
    to_state: str,
    *,
    by: str,
    note: str | None = None,
    attachments: Sequence[Attachment] = (),
    severity: str | None = None,
    outcome: str | None = None,
    now: datetime | None = None,
) -> Case:
    """Move a case to ``to_state`` if the state machine allows it for the actor's role (from the
    users table). Entering closed/dismissed records the note and frees the story for a later case.
    ``outcome`` (``workflow.states.OUTCOMES``) is required when closing and may say whether the
    outlet corrected or refused when it responds; dismissing implies ``no_action``
    (:func:`workflow.states.check_outcome`). It is stored on the case (``outcome_key``) and in the
    event's data. ``severity`` optionally re-grades the case (e.g. at triage)."""
    at = _now(now)
    user = acting_user(session, by)
    case = _case(session, ref)
    source = case.state
    check_transition(source, to_state, user.role)
    text = _clean(note)
    if note_required(source, to_state) and not text:
        raise WorkflowError(
            f"Chuyển sang «{state_name(to_state)}» cần ghi chú nêu lý do hoặc kết quả (--note)."
        )
    result = check_outcome(to_state, outcome)
    if severity is not None:
        _check_severity(severity)
    attachment_ids = _store_attachments(session, case, attachments, user.username, at)
    data: dict[str, Any] = {}
    if severity is not None and severity != case.severity:
        data["severity"] = severity
        case.severity = severity
    if result is not None:
        data["outcome"] = result
        case.outcome_key = result
    case.state = to_state
    case.state_entered_at = at
    if to_state in TERMINAL_STATES:
        case.closed_at = at
        case.open_story_id = None
        case.outcome = text
    _done(
        session,
        case,
        user,
        "advance",
        at,
        from_state=source,
        to_state=to_state,
        note=text or None,
        data=data,
        attachment_ids=attachment_ids,
    )
    return case


@atomic
def add_note(
    session: Session,
    ref: Case | int | str,
    *,
    by: str,
    text: str | None,
    attachments: Sequence[Attachment] = (),
    now: datetime | None = None,
) -> CaseEvent:
    """Add a note and/or attachments to a case (also to a finished one)."""
    at = _now(now)
    user = acting_user(session, by)
    case = _case(session, ref)
    body = _clean(text)
    if not body and not attachments:
        raise WorkflowError("Ghi chú rỗng: cần nội dung (--text) hoặc tệp đính kèm (--attach).")
    attachment_ids = _store_attachments(session, case, attachments, user.username, at)
    event = _done(
        session,
        case,
        user,
        "note",
        at,
        note=body or None,
        attachment_ids=attachment_ids,
    )
    return event


@atomic
def add_generated_document(
    session: Session,
    ref: Case | int | str,
    *,
    by: str,
    kind: str,
    filename: str,
    content: bytes,
    media_type: str,
    note: str,
    data: dict[str, Any],
    now: datetime | None = None,
) -> CaseDocument:
    """Store a document generated for a case (a letter of ``documents``) and note it in the audit
    trail: one ``note`` event with the document as its attachment and ``data`` (``document_id``,
    ``document_kind`` and what the caller adds: number, date…); commits. Also on a finished case
    (a late letter is still part of its file)."""
    at = _now(now)
    user = acting_user(session, by)
    case = _case(session, ref)
    document = add_document(
        session,
        case,
        kind=kind,
        filename=filename,
        content=content,
        created_by=user.username,
        media_type=media_type,
        now=at,
    )
    _done(
        session,
        case,
        user,
        "note",
        at,
        note=_clean(note) or None,
        data={**data, "document_id": document.id, "document_kind": kind},
        attachment_ids=[document.id],
    )
    return document


@atomic
def add_article(
    session: Session,
    ref: Case | int | str,
    article_id: int,
    *,
    by: str,
    now: datetime | None = None,
) -> Case:
    """Add one more article to an open case (archived as evidence)."""
    at = _now(now)
    user = acting_user(session, by)
    case = _case(session, ref)
    _refuse_if_closed(case, "thêm bài")
    article = _article(session, article_id)
    if article_id in case_article_ids(session, case):
        raise WorkflowError(f"Bài báo số {article_id} đã thuộc vụ việc {case.code}.")
    _attach(session, case, article, by=user.username, at=at)
    _done(
        session,
        case,
        user,
        "add_article",
        at,
        data={"article_ids": [article_id]},
    )
    return case


def attach_articles_as_system(
    session: Session, case: Case, articles: Sequence[Article], at: datetime, reason: str
) -> None:
    """The system adds articles to a case (new syndicated copies of its story); flushes only."""
    for article in articles:
        _attach(session, case, article, by=SYSTEM_ACTOR, at=at)
    _event(
        session,
        case,
        actor=SYSTEM_ACTOR,
        role=SYSTEM_ACTOR,
        action="add_article",
        at=at,
        note=reason,
        data={"article_ids": [a.id for a in articles]},
    )
    session.flush()


def upgrade_to_crisis(session: Session, case: Case, at: datetime, data: dict[str, Any]) -> None:
    """The system marks an open case as a media crisis, urgent; flushes only."""
    case.kind, case.severity = "media_crisis", "urgent"
    _event(
        session,
        case,
        actor=SYSTEM_ACTOR,
        role=SYSTEM_ACTOR,
        action="crisis",
        at=at,
        note="Tin bài lan rộng nhanh trên nhiều cơ quan báo chí: chuyển thành khủng hoảng truyền "
        "thông, mức khẩn.",
        data={"kind": case.kind, "severity": case.severity, **data},
    )
    session.flush()


def open_as_system(
    session: Session, article: Article, *, kind: str, severity: str, at: datetime, extra: dict
) -> Case:
    """The system opens a case from an article (automatic opening, media crisis); flushes only."""
    spec = _press_spec(session, article, kind=kind, severity=severity)
    return _create(session, spec, actor=SYSTEM_ACTOR, role=SYSTEM_ACTOR, at=at, extra=extra)


# --- reading -------------------------------------------------------------------------------------
def case_article_ids(session: Session, case: Case) -> list[int]:
    return list(
        session.scalars(
            select(CaseArticle.article_id)
            .where(CaseArticle.case_id == case.id)
            .order_by(CaseArticle.article_id)
        )
    )


def case_articles(session: Session, case: Case) -> list[tuple[Article, str]]:
    """(article, outlet name) of every covered article, oldest id first."""
    rows = session.execute(
        select(Article, Outlet.name)
        .join(CaseArticle, CaseArticle.article_id == Article.id)
        .join(Outlet, Outlet.id == Article.outlet_id)
        .where(CaseArticle.case_id == case.id)
        .order_by(Article.id)
    )
    return [(a, name) for a, name in rows]


def assignees(session: Session, case: Case) -> list[User]:
    return list(
        session.scalars(
            select(User)
            .join(CaseAssignee, CaseAssignee.user_id == User.id)
            .where(CaseAssignee.case_id == case.id)
            .order_by(User.username)
        )
    )


def events(session: Session, case: Case) -> list[CaseEvent]:
    """The audit trail of a case, oldest first."""
    return list(
        session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
        )
    )


def documents(session: Session, case: Case) -> list[CaseDocument]:
    return list(
        session.scalars(
            select(CaseDocument).where(CaseDocument.case_id == case.id).order_by(CaseDocument.id)
        )
    )


def deadline(case: Case, settings: Any, calendar: Any = None) -> datetime | None:
    """When the case's current state is due (None: no deadline, or a finished case)."""
    from workflow.calendar import WorkCalendar
    from workflow.deadlines import due_at

    if not is_open(case.state):
        return None
    cal = calendar or WorkCalendar.from_settings(settings)
    return due_at(case.state, case.severity, case.state_entered_at, settings, cal)


def is_overdue(case: Case, now: datetime, settings: Any, calendar: Any = None) -> bool:
    """Computed from the current state's entry time and its deadline rule; never stored."""
    from workflow.deadlines import is_overdue as overdue

    return overdue(deadline(case, settings, calendar), now)


def list_cases(
    session: Session,
    *,
    state: str | None = None,
    kind: str | None = None,
    province: str | None = None,
    open_only: bool | None = None,
    overdue: bool | None = None,
    settings: Any = None,
    now: datetime | None = None,
) -> list[Case]:
    """Cases, newest first. ``open_only``: True → open ones, False → finished ones, None → all.
    ``province`` accepts a province or office name. ``overdue`` needs ``settings``."""
    stmt = select(Case).order_by(Case.opened_at.desc(), Case.id.desc())
    if state is not None:
        stmt = stmt.where(Case.state == check_state(state))
    if kind is not None:
        stmt = stmt.where(Case.kind == check_kind(kind))
    if province is not None:
        stmt = stmt.where(Case.province == resolve_place(province)[0])
    if open_only is True:
        stmt = stmt.where(Case.state.not_in(TERMINAL_STATES))
    elif open_only is False:
        stmt = stmt.where(Case.state.in_(TERMINAL_STATES))
    cases = list(session.scalars(stmt))
    if overdue is not None:
        if settings is None:
            raise ValueError("settings are needed to compute overdue cases")
        from workflow.calendar import WorkCalendar

        at, cal = _now(now), WorkCalendar.from_settings(settings)
        cases = [c for c in cases if is_overdue(c, at, settings, cal) == overdue]
    return cases


# --- replay --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CaseSnapshot:
    """What a case is, as far as the audit trail tells."""

    kind: str
    state: str
    severity: str
    province: str | None
    office: str | None
    assignees: frozenset[str]
    article_ids: frozenset[int]
    state_entered_at: datetime
    closed_at: datetime | None
    outcome: str | None
    outcome_key: str | None = None


def replay(trail: Iterable[CaseEvent]) -> CaseSnapshot:
    """Rebuild a case from its events alone (oldest first)."""
    snap: dict[str, Any] | None = None
    for ev in trail:
        data = ev.details
        if ev.action == "open":
            snap = {
                "kind": data["kind"],
                "state": ev.to_state,
                "severity": data["severity"],
                "province": data.get("province"),
                "office": data.get("office"),
                "assignees": set(),
                "article_ids": set(data.get("article_ids", [])),
                "state_entered_at": ev.at,
                "closed_at": None,
                "outcome": None,
                "outcome_key": None,
            }
            continue
        if snap is None:
            raise ValueError(f"event {ev.id} ({ev.action}) comes before the case was opened")
        if ev.action == "advance":
            if ev.from_state != snap["state"]:
                raise ValueError(
                    f"event {ev.id} leaves state {ev.from_state!r} but the case is in "
                    f"{snap['state']!r}"
                )
            snap["state"], snap["state_entered_at"] = ev.to_state, ev.at
            snap["severity"] = data.get("severity", snap["severity"])
            recorded = data.get("outcome", IMPLIED_OUTCOMES.get(ev.to_state))
            if recorded is not None:  # dismissals before migration 0008 imply no_action too
                snap["outcome_key"] = recorded
            if ev.to_state in TERMINAL_STATES:
                snap["closed_at"], snap["outcome"] = ev.at, ev.note or ""
        elif ev.action == "assign":
            if "office" in data:
                snap["province"], snap["office"] = data["province"], data["office"]
            snap["assignees"] |= set(data.get("added", []))
            snap["assignees"] -= set(data.get("removed", []))
        elif ev.action == "add_article":
            snap["article_ids"] |= set(data["article_ids"])
        elif ev.action == "crisis":
            snap["kind"], snap["severity"] = data["kind"], data["severity"]
    if snap is None:
        raise ValueError("no events: a case starts with an 'open' event")
    return CaseSnapshot(
        kind=snap["kind"],
        state=snap["state"],
        severity=snap["severity"],
        province=snap["province"],
        office=snap["office"],
        assignees=frozenset(snap["assignees"]),
        article_ids=frozenset(snap["article_ids"]),
        state_entered_at=snap["state_entered_at"],
        closed_at=snap["closed_at"],
        outcome=snap["outcome"],
        outcome_key=snap["outcome_key"],
    )


def stored_snapshot(session: Session, case: Case) -> CaseSnapshot:
    """The same fields as :func:`replay`, read from the stored rows."""
    return CaseSnapshot(
        kind=case.kind,
        state=case.state,
        severity=case.severity,
        province=case.province,
        office=case.office,
        assignees=frozenset(u.username for u in assignees(session, case)),
        article_ids=frozenset(case_article_ids(session, case)),
        state_entered_at=case.state_entered_at,
        closed_at=case.closed_at,
        outcome=case.outcome,
        outcome_key=case.outcome_key,
    )
