"""E-mail notifications of cases: on assignment, one working day before a deadline, when overdue.

Recipients: the case's assignees (their e-mail in the users table) in To, and the two focal points
(``focal_point_office_email``, the authority's office; ``focal_point_newsroom_email``, the
newspaper's desk) in Cc; when no assignee has an address, the focal points are the To. Three kinds:

* **assignment** — an ``assign`` event that added people (at most :data:`ASSIGNMENT_MAX_AGE` old,
  so that turning notifications on does not mail the whole history): to the people it added and
  the focal points; once per assignment event;
* **reminder** — from ``workflow.deadlines.reminder_at`` (``deadline_reminder_working_days``
  working days before the deadline of the current state, weekends and holidays skipped) until the
  deadline: once per case, state entry and deadline; none when that moment falls before the state
  was entered (a deadline shorter than the lead, such as the same-day ``detected`` step);
* **overdue** — after the deadline: once per state entry; with ``notify_overdue_repeat_days`` = N
  > 0 again every N working days while the case stays overdue in the same state.

Every delivery is an append-only case event: ``notified`` (kind, key, recipients, the deadline it
was about, Message-ID, method smtp/outbox) or ``notify_failed`` (the error and the recipients still
waiting). Idempotency is computed from these events alone: a notice whose ``notified`` event exists
is never sent again; after a failure the next run sends the same message (same Message-ID, from
``message_key``) to the recipients who did not get it, until it is delivered, while it still
applies (a reminder only until its deadline, an overdue notice while the case stays overdue in
that state). Recipients the relay refused for good (5xx) are not retried. Without SMTP the mailer
writes the message to the outbox folder, which counts as delivered. ``diemtin case notify`` and
the daily run call :func:`run_notifications`. :func:`workflow.cases.replay` ignores these events.

Messages are Vietnamese, plain text and HTML; the HTML is built with :func:`html.escape`
(scraped titles and office names are untrusted) and links to ``<web_base_url>/cases/<id>``.
"""

from __future__ import annotations

import fcntl
import html
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

import config
from mailer.compose import ComposeError, compose, parse_address, parse_address_list
from mailer.transport import Delivery, DeliveryError, send
from storage.models import Case, CaseEvent, User, utcnow
from text.dates import VN_TZ
from workflow.calendar import WorkCalendar
from workflow.cases import assignees, deadline
from workflow.deadlines import is_overdue, reminder_at
from workflow.runreport import RunReport, record_system_event
from workflow.states import (
    KIND_NAMES_VI,
    SEVERITY_NAMES_VI,
    TERMINAL_STATES,
    state_name,
)
from workflow.users import WorkflowError

log = logging.getLogger(__name__)

__all__ = [
    "ASSIGNMENT",
    "NOTIFIED",
    "NOTIFY_ACTIONS",
    "NOTIFY_FAILED",
    "OVERDUE",
    "REMINDER",
    "Notice",
    "NotifyError",
    "NotifyReport",
    "pending_notices",
    "render",
    "run_notifications",
]

ASSIGNMENT, REMINDER, OVERDUE = "assignment", "reminder", "overdue"
NOTIFIED, NOTIFY_FAILED = "notified", "notify_failed"
NOTIFY_ACTIONS = frozenset({NOTIFIED, NOTIFY_FAILED})
ASSIGNMENT_MAX_AGE = timedelta(days=7)
SUBJECT_TITLE_CHARS = 100
DEADLINE_LABEL = "Hạn xử lý bước này"
MAX_ERROR_CHARS = 1000
KIND_NAMES = {
    ASSIGNMENT: "thư phân công",
    REMINDER: "thư nhắc hạn",
    OVERDUE: "thư báo quá hạn",
}


class NotifyError(WorkflowError):
    """Notifications cannot run now (another run holds the lock); Vietnamese message."""


# --- what is due ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Notice:
    """One notification that applies now."""

    case_id: int
    kind: str
    key: str  # identifies the notice among the case's events
    state: str
    deadline: datetime | None
    about_event_id: int | None = None  # the assignment event
    added: tuple[str, ...] = ()  # usernames an assignment added
    assigned_by: str = ""
    assigned_at: datetime | None = None


def _users(session: Session, usernames: list[str]) -> list[User]:
    if not usernames:
        return []
    return list(
        session.scalars(select(User).where(User.username.in_(usernames)).order_by(User.username))
    )


def _notice_events(session: Session, case_id: int) -> dict[str, list[tuple[CaseEvent, dict]]]:
    by_key: dict[str, list[tuple[CaseEvent, dict]]] = {}
    for ev in session.scalars(
        select(CaseEvent)
        .where(CaseEvent.case_id == case_id, CaseEvent.action.in_(NOTIFY_ACTIONS))
        .order_by(CaseEvent.id)
    ):
        data = ev.details
        by_key.setdefault(data.get("key", ""), []).append((ev, data))
    return by_key


def _deadline_notice(
    case: Case,
    due: datetime | None,
    settings: config.Settings,
    calendar: WorkCalendar,
    now: datetime,
) -> Notice | None:
    """The reminder or overdue notice of ``case`` at ``now`` for its current deadline ``due``."""
    if due is None:
        return None
    entered = case.state_entered_at.isoformat()
    if is_overdue(due, now):
        step = settings.notify_overdue_repeat_days
        round_ = calendar.working_days_between(due, now) // step if step else 0
        return Notice(
            case.id, OVERDUE, f"{OVERDUE}:{case.state}:{entered}:{round_}", case.state, due
        )
    remind = reminder_at(due, calendar, settings)
    # A deadline shorter than the reminder's lead (e.g. the same-day `detected` step) gets no
    # reminder: it would go out the moment the state is entered, for every new case.
    if remind is not None and case.state_entered_at < remind <= now:
        return Notice(
            case.id,
            REMINDER,
            f"{REMINDER}:{case.state}:{entered}:{due.isoformat()}",
            case.state,
            due,
        )
    return None


def pending_notices(
    session: Session, settings: config.Settings, now: datetime, calendar: WorkCalendar
) -> list[Notice]:
    """The notices of open cases that apply at ``now`` and have not been delivered yet."""
    notices: list[Notice] = []
    cases = session.scalars(
        select(Case).where(Case.state.not_in(TERMINAL_STATES)).order_by(Case.id)
    )
    for case in cases:
        due = deadline(case, settings, calendar)
        done = {
            key
            for key, trail in _notice_events(session, case.id).items()
            if any(ev.action == NOTIFIED for ev, _ in trail)
        }
        assignments = session.scalars(
            select(CaseEvent)
            .where(
                CaseEvent.case_id == case.id,
                CaseEvent.action == "assign",
                CaseEvent.at >= now - ASSIGNMENT_MAX_AGE,
                CaseEvent.at <= now,
            )
            .order_by(CaseEvent.id)
        )
        for ev in assignments:
            added = tuple(ev.details.get("added") or ())
            key = f"{ASSIGNMENT}:{ev.id}"
            if added and key not in done:
                notices.append(
                    Notice(case.id, ASSIGNMENT, key, case.state, due, ev.id, added, ev.actor, ev.at)
                )
        notice = _deadline_notice(case, due, settings, calendar, now)
        if notice is not None and notice.key not in done:
            notices.append(notice)
    return notices


# --- the message ---------------------------------------------------------------------------------
def _when(moment: datetime | None) -> str:
    return moment.astimezone(VN_TZ).strftime("%H:%M ngày %d/%m/%Y") if moment else "không có"


def case_link(settings: config.Settings, case: Case) -> str:
    return f"{settings.web_base_url.rstrip('/')}/cases/{case.id}"


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def _short(title: str) -> str:
    title = " ".join((title or "").split())
    return title if len(title) <= SUBJECT_TITLE_CHARS else title[: SUBJECT_TITLE_CHARS - 1] + "…"


def render(
    notice: Notice, case: Case, people: list[User], settings: config.Settings, now: datetime
) -> Rendered:
    """Subject, plain text and HTML of a notice (Vietnamese; the HTML escapes every value)."""
    overdue = notice.kind == OVERDUE
    step = state_name(notice.state)
    if notice.kind == ASSIGNMENT:
        subject = f"[Điểm tin THADS] Phân công xử lý vụ việc {case.code}: {_short(case.title)}"
        intro = (
            f"Vụ việc dưới đây vừa được phân công cho {', '.join(notice.added)} "
            f"(người phân công: {notice.assigned_by}, lúc {_when(notice.assigned_at)})."
        )
    elif notice.kind == REMINDER:
        subject = (
            f"[Điểm tin THADS] Nhắc hạn: vụ việc {case.code} đến hạn "
            f"{_when(notice.deadline)}: {_short(case.title)}"
        )
        intro = (
            f"Vụ việc dưới đây sắp đến hạn xử lý bước «{step}»: hạn là {_when(notice.deadline)}."
        )
    else:
        subject = f"[Điểm tin THADS] QUÁ HẠN: vụ việc {case.code}: {_short(case.title)}"
        intro = (
            f"Vụ việc dưới đây đã QUÁ HẠN xử lý bước «{step}»: hạn là {_when(notice.deadline)}, "
            f"nay là {_when(now)}."
        )
    link = case_link(settings, case)
    deadline_text = _when(notice.deadline) + (" — QUÁ HẠN" if overdue else "")
    names = ", ".join(p.full_name or p.username for p in people) or "chưa phân công"
    rows = [
        ("Mã vụ việc", case.code),
        ("Tiêu đề", " ".join((case.title or "").split())),
        ("Loại", KIND_NAMES_VI.get(case.kind, case.kind)),
        ("Mức độ", SEVERITY_NAMES_VI.get(case.severity, case.severity)),
        ("Trạng thái", f"{state_name(case.state)} (từ {_when(case.state_entered_at)})"),
        (DEADLINE_LABEL, deadline_text),
        ("Cơ quan thi hành án", case.office or "chưa xác định"),
        ("Người được phân công", names),
    ]
    footer = "Thư tự động của hệ thống Điểm tin THADS; vui lòng không trả lời thư này."
    text = "\n".join(
        [
            "Kính gửi anh/chị,",
            "",
            intro,
            "",
            *(f"{label}: {value}" for label, value in rows),
            "",
            f"Xem và xử lý vụ việc: {link}",
            "",
            f"-- \n{footer}",
        ]
    )
    e = html.escape
    late = ";color:#b00020;font-weight:bold"
    cells = "".join(
        f'<tr><th style="text-align:left;padding:4px 12px 4px 0;vertical-align:top">{e(label)}'
        f'</th><td style="padding:4px 0{late if overdue and label == DEADLINE_LABEL else ""}">'
        f"{e(value)}</td></tr>"
        for label, value in rows
    )
    body = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{e(subject)}</title></head>"
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
        f"<p>Kính gửi anh/chị,</p><p>{e(intro)}</p>"
        f'<table style="border-collapse:collapse">{cells}</table>'
        f'<p><a href="{e(link, quote=True)}">Xem và xử lý vụ việc {e(case.code)}</a></p>'
        f'<p style="color:#777;font-size:12px">{e(footer)}</p></body></html>'
    )
    return Rendered(subject, text, body)


# --- recipients ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Recipients:
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    skipped: tuple[str, ...]  # people without a usable address

    @property
    def addresses(self) -> list[str]:
        return list(dict.fromkeys(a.addr_spec.lower() for a in (*self.to, *self.cc)))


def _focal_points(settings: config.Settings) -> list[Address]:
    found: list[Address] = []
    for value in (settings.focal_point_office_email, settings.focal_point_newsroom_email):
        found.extend(parse_address_list(value))
    return found


def recipients(people: list[User], settings: config.Settings) -> Recipients:
    to: list[Address] = []
    skipped: list[str] = []
    for person in people:
        if not person.active:
            continue
        if not person.email:
            skipped.append(f"{person.username} (không có địa chỉ thư)")
            continue
        try:
            to.append(parse_address((person.full_name or person.username, person.email)))
        except ComposeError:
            skipped.append(f"{person.username} (địa chỉ thư không hợp lệ: {person.email})")
    focal = _focal_points(settings)
    if not to:
        return Recipients(tuple(focal), (), tuple(skipped))
    return Recipients(tuple(to), tuple(focal), tuple(skipped))


# --- delivering ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class NoticeOutcome:
    case_code: str
    kind: str
    status: str  # sent, outbox, failed, no_recipients
    message: str  # Vietnamese, one line


def _still_applies(notice: Notice, case: Case, now: datetime) -> bool:
    if case.state in TERMINAL_STATES or case.state != notice.state:
        return False
    if notice.kind == REMINDER:
        return notice.deadline is None or now <= notice.deadline
    return True


def deliver(
    session: Session,
    notice: Notice,
    settings: config.Settings,
    now: datetime,
    sender: Callable[..., Delivery] = send,
) -> NoticeOutcome:
    """Compose and send one notice to whoever has not got it yet, record the event and commit."""
    case = session.get_one(Case, notice.case_id)
    current = assignees(session, case)
    people = _users(session, list(notice.added)) if notice.kind == ASSIGNMENT else current
    who = recipients(people, settings)
    label = KIND_NAMES[notice.kind]
    if not who.addresses:
        session.rollback()
        return NoticeOutcome(
            case.code,
            notice.kind,
            "no_recipients",
            f"{case.code}: chưa gửi {label} vì không có người nhận (người được phân công chưa có "
            "địa chỉ thư, chưa cấu hình DIEMTIN_FOCAL_POINT_OFFICE_EMAIL / "
            "DIEMTIN_FOCAL_POINT_NEWSROOM_EMAIL).",
        )
    trail = _notice_events(session, case.id).get(notice.key, [])
    delivered = {a for _, d in trail for a in d.get("accepted", [])}
    refused = {r["address"] for _, d in trail for r in d.get("refused", [])}
    waiting = [a for a in who.addresses if a not in delivered and a not in refused]
    rendered = render(notice, case, current, settings, now)
    message: EmailMessage = compose(
        settings,
        to=who.to,
        cc=who.cc,
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        message_key=f"diemtin-case-notice:{case.id}:{notice.key}",
        date=now,
    )
    data: dict[str, Any] = {
        "key": notice.key,
        "kind": notice.kind,
        "state": notice.state,
        "deadline": notice.deadline.isoformat() if notice.deadline else None,
        "about_event_id": notice.about_event_id,
        "recipients": who.addresses,
        "message_id": str(message["Message-ID"]),
        "subject": rendered.subject,
    }
    if who.skipped:
        data["skipped"] = list(who.skipped)
    if not waiting:  # everyone got it or was refused for good in earlier attempts
        data.update(accepted=[], refused=[], pending=[], method="earlier")
        note = f"{label.capitalize()} đã đến mọi người nhận ở các lần gửi trước."
        status = "sent"
    else:
        session.rollback()  # no transaction stays open while the relay answers
        try:
            result = sender(message, settings, recipients=waiting)
        except DeliveryError as exc:
            data.update(
                accepted=list(exc.accepted),
                refused=[_refusal(r) for r in exc.refused],
                pending=list(exc.recipients),
                error=str(exc)[:MAX_ERROR_CHARS],
                permanent=exc.permanent,
                attempts=exc.attempts,
            )
            record_system_event(
                session,
                session.get_one(Case, notice.case_id),
                NOTIFY_FAILED,
                now,
                f"Chưa gửi được {label} tới {', '.join(exc.recipients) or 'người nhận'}: "
                f"{exc}. Sẽ gửi lại ở lần chạy sau.",
                data,
            )
            return NoticeOutcome(
                case.code, notice.kind, "failed", f"{case.code}: chưa gửi được {label}: {exc}"
            )
        data.update(
            accepted=list(result.accepted),
            refused=[_refusal(r) for r in result.refused],
            pending=[],
            method=result.method,
            attempts=result.attempts,
        )
        status = "outbox" if result.method == "outbox" else "sent"
        where = (
            f"ghi vào hộp thư đi (chưa cấu hình máy chủ thư) cho {', '.join(result.accepted)}"
            if result.method == "outbox"
            else f"gửi tới {', '.join(result.accepted)}"
        )
        note = f"Đã {where} {label}" + (
            f" (hạn {_when(notice.deadline)})" if notice.kind != ASSIGNMENT else ""
        )
        if result.refused:
            note += "; máy chủ thư từ chối: " + ", ".join(str(r) for r in result.refused)
        note += "."
    record_system_event(session, session.get_one(Case, notice.case_id), NOTIFIED, now, note, data)
    return NoticeOutcome(case.code, notice.kind, status, f"{case.code}: {note}")


def _refusal(r: Any) -> dict[str, Any]:
    return {"address": r.address.lower(), "code": r.code, "reply": r.reply}


# --- a run ---------------------------------------------------------------------------------------
class NotifyReport(RunReport):
    """What one run of the notifications did (outcomes: :class:`NoticeOutcome`)."""

    def message(self) -> str:
        """One Vietnamese line for the operator."""
        return self.summary(
            "Thông báo vụ việc",
            "không có thư nào cần gửi",
            [
                ("sent", "thư đã gửi"),
                ("outbox", "thư ghi vào hộp thư đi"),
                ("failed", "thư chưa gửi được (sẽ gửi lại ở lần chạy sau)"),
                ("no_recipients", "thư không có người nhận"),
            ],
        )


@contextmanager
def _run_lock(settings: config.Settings) -> Iterator[None]:
    """One notification run at a time on this data folder (two cron runs never mail twice)."""
    folder = Path(settings.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "notify.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise NotifyError(
                "Một lần gửi thông báo vụ việc khác đang chạy trên thư mục dữ liệu này; "
                "hãy chờ nó kết thúc."
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def run_notifications(
    settings: config.Settings,
    engine: Engine,
    now: datetime | None = None,
    *,
    sender: Callable[..., Delivery] = send,
) -> NotifyReport:
    """Send every notice that applies at ``now`` (default: the current time) and has not been
    delivered; one transaction per notice. ``sender`` is ``mailer.transport.send``."""
    at = now or utcnow()
    if at.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    calendar = WorkCalendar.from_settings(settings)
    report = NotifyReport()
    with _run_lock(settings), Session(engine, expire_on_commit=False) as session:
        notices = pending_notices(session, settings, at, calendar)
        session.rollback()
        for notice in notices:
            try:
                case = session.get_one(Case, notice.case_id)
                if not _still_applies(notice, case, at):
                    continue
                report.outcomes.append(deliver(session, notice, settings, at, sender))
            except Exception as exc:  # noqa: BLE001 - one broken notice must not stop the others
                session.rollback()
                log.exception("notice %s of case %s failed", notice.key, notice.case_id)
                report.errors.append(f"vụ việc số {notice.case_id}: {type(exc).__name__}: {exc}")
    return report
