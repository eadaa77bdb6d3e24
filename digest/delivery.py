"""Build the digest's files and message, and deliver it: idempotent per date and recipient.

* :func:`render_digest` — context → HTML, plain text, DOCX and the composed message
  (``mailer.compose``: RFC 2047 subject, Message-ID, Date; the DOCX attached for printing).
* :func:`write_files` — the four files ``diem-tin-<date>.{html,txt,eml,docx}``.
* :func:`send_digest` — deliver the digest of a date to every configured recipient who has not got
  it yet (``resend``: to everyone, freshly built). The message is stored first
  (``digest_issues``) and each recipient's delivery is recorded (``digest_deliveries``: queued,
  sent, outbox or refused, attempts, last error, Message-ID). ``mailer.transport.send`` retries
  temporary SMTP failures with backoff; recipients it could not reach stay ``queued`` with the
  stored message and are delivered by the next :func:`send_digest` / :func:`flush_queued` (every
  ``digest send`` and ``daily`` starts with it). With no SMTP configured the message goes to the
  outbox folder (status ``outbox``).
"""

from __future__ import annotations

import email
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

import config
from digest.build import build_context
from digest.context import DigestContext
from digest.printable import build_docx
from digest.render import render_html, render_text
from digest.window import zone
from mailer.compose import POLICY, Attachment, compose, parse_address_list
from mailer.transport import Delivery, DeliveryError, send
from storage.db import session_scope
from storage.models import DigestDelivery, DigestIssue, utcnow

QUEUED, SENT, OUTBOX, REFUSED = "queued", "sent", "outbox", "refused"
DELIVERED = frozenset({SENT, OUTBOX})
FIELDS = ("to", "cc", "bcc")
MAX_ERROR = 2000


class DigestError(Exception):
    """The digest cannot be sent as configured (no recipients…); the text is Vietnamese."""


@dataclass(frozen=True)
class Rendered:
    """One build of a day's digest in every format."""

    day: date
    context: DigestContext
    html: str
    text: str
    docx: bytes
    message: EmailMessage

    @property
    def eml(self) -> bytes:
        return self.message.as_bytes(policy=POLICY)


def file_stem(day: date) -> str:
    return f"diem-tin-{day.isoformat()}"


def recipients(settings: config.Settings) -> list[tuple[str, str]]:
    """(field, address) of every configured digest recipient, each address once (To before Cc
    before Bcc). Raises :class:`mailer.compose.ComposeError` for a malformed address."""
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for name in FIELDS:
        for address in parse_address_list(getattr(settings, f"digest_{name}")):
            key = address.addr_spec.lower()
            if key not in seen:
                seen.add(key)
                out.append((name, str(address)))
    return out


def _addr(value: str) -> str:
    return parse_address_list(value)[0].addr_spec.lower()


def render_digest(
    session: Session,
    settings: config.Settings,
    day: date,
    *,
    now: datetime | None = None,
) -> Rendered:
    """Build the digest of ``day`` from the database and render every format. The message is
    addressed to the configured recipients, or, when there are none, to the sender itself (a
    built file still needs an address; ``send`` refuses to send without recipients)."""
    now = now or datetime.now(zone(settings))
    context = build_context(session, settings, day, now=now)
    html, text = render_html(context), render_text(context)
    docx = build_docx(context)
    listed = recipients(settings)
    by_field = {name: [addr for f, addr in listed if f == name] for name in FIELDS}
    if not listed:
        by_field["to"] = [settings.mail_from]
    message = compose(
        settings,
        to=by_field["to"],
        cc=by_field["cc"],
        bcc=by_field["bcc"],
        subject=context.subject,
        text=text,
        html=html,
        attachments=[Attachment(f"{file_stem(day)}.docx", docx)],
        date=now,
    )
    return Rendered(day, context, html, text, docx, message)


def write_files(rendered: Rendered, folder: Path) -> dict[str, Path]:
    """Write the HTML, text, .eml and DOCX files into ``folder`` (created); their paths by
    suffix. Each file is written beside and renamed, so a reader never sees half a file."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = file_stem(rendered.day)
    contents = {
        "html": rendered.html.encode("utf-8"),
        "txt": rendered.text.encode("utf-8"),
        "eml": rendered.eml,
        "docx": rendered.docx,
    }
    paths: dict[str, Path] = {}
    for suffix, data in contents.items():
        path = folder / f"{stem}.{suffix}"
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        paths[suffix] = path
    return paths


def default_folder(settings: config.Settings, day: date) -> Path:
    """``<data_dir>/digests/<date>/``."""
    return Path(settings.data_dir).resolve() / "digests" / day.isoformat()


# --- delivery ------------------------------------------------------------------------------------
@dataclass
class SendReport:
    """What one :func:`send_digest` did for one date (addresses)."""

    day: date
    message_id: str = ""
    sent: list[str] = field(default_factory=list)
    outbox: list[str] = field(default_factory=list)
    queued: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    error: str | None = None
    outbox_path: Path | None = None

    @property
    def ok(self) -> bool:
        """Nobody is left waiting and nobody was refused."""
        return not self.queued and not self.refused

    def lines(self) -> list[str]:
        """Vietnamese lines for the operator."""
        day = f"{self.day:%d/%m/%Y}"
        out = []
        if self.sent:
            out.append(f"Điểm tin ngày {day}: đã gửi tới {len(self.sent)} người nhận.")
        if self.outbox:
            out.append(
                f"Điểm tin ngày {day}: chưa cấu hình máy chủ thư (DIEMTIN_SMTP_HOST), thư cho "
                f"{len(self.outbox)} người nhận đã được ghi vào hộp thư đi {self.outbox_path}."
            )
        if self.already and not (self.sent or self.outbox or self.queued or self.refused):
            out.append(
                f"Điểm tin ngày {day} đã được gửi tới mọi người nhận trước đó; không gửi lại "
                "(dùng --resend để gửi lại)."
            )
        if self.refused:
            out.append(
                f"Điểm tin ngày {day}: máy chủ thư từ chối hẳn {', '.join(self.refused)}; kiểm "
                "tra lại địa chỉ."
            )
        if self.queued:
            out.append(
                f"CHƯA GỬI ĐƯỢC điểm tin ngày {day} tới {len(self.queued)} người nhận "
                f"({', '.join(self.queued)}): {self.error}. Thư đã được lưu và sẽ được gửi lại "
                "ở lần chạy `diemtin digest send` hoặc `diemtin daily` tiếp theo."
            )
        return out


def load_message(data: bytes) -> EmailMessage:
    return email.message_from_bytes(data, _class=EmailMessage, policy=POLICY)  # type: ignore[return-value]


def _store_issue(session: Session, rendered: Rendered, now: datetime) -> DigestIssue:
    issue = session.scalar(select(DigestIssue).where(DigestIssue.digest_date == rendered.day))
    if issue is None:
        issue = DigestIssue(digest_date=rendered.day)
        session.add(issue)
    issue.message_id = str(rendered.message["Message-ID"])
    issue.message = rendered.eml
    issue.items = rendered.context.item_count
    issue.built_at = now
    return issue


def _deliveries(session: Session, day: date) -> dict[str, DigestDelivery]:
    rows = session.scalars(select(DigestDelivery).where(DigestDelivery.digest_date == day))
    return {row.recipient.lower(): row for row in rows}


def _record(
    session: Session,
    rows: dict[str, DigestDelivery],
    day: date,
    address: str,
    field_name: str,
    **values: object,
) -> DigestDelivery:
    row = rows.get(address)
    if row is None:
        row = DigestDelivery(
            digest_date=day, recipient=address, field=field_name, status=QUEUED, attempts=0
        )
        session.add(row)
        rows[address] = row
    for key, value in values.items():
        setattr(row, key, value)
    row.updated_at = utcnow()
    return row


def send_digest(
    engine: Engine,
    settings: config.Settings,
    day: date,
    *,
    resend: bool = False,
    include_configured: bool = True,
    now: datetime | None = None,
    sleep: Callable[[float], object] = time.sleep,
) -> SendReport:
    """Deliver the digest of ``day`` (see the module doc). ``include_configured=False`` only
    retries the recipients already queued for that date (used for earlier dates)."""
    now = now or datetime.now(zone(settings))
    configured = recipients(settings) if include_configured else []
    report = SendReport(day)
    with session_scope(engine) as session:
        rows = _deliveries(session, day)
        wanted: dict[str, str] = {}
        for field_name, address in configured:
            wanted.setdefault(_addr(address), field_name)
        for key, row in rows.items():
            if row.status == QUEUED:
                wanted.setdefault(key, row.field)
        if not wanted:
            if include_configured:
                raise DigestError(
                    "Chưa cấu hình người nhận điểm tin: đặt DIEMTIN_DIGEST_TO (và nếu cần "
                    "DIEMTIN_DIGEST_CC, DIEMTIN_DIGEST_BCC), các địa chỉ cách nhau bằng dấu phẩy."
                )
            return report
        pending = {
            a: f for a, f in wanted.items() if resend or a not in rows or rows[a].status == QUEUED
        }
        report.already = [a for a in wanted if a not in pending]
        if not pending:
            return report
        issue = session.scalar(select(DigestIssue).where(DigestIssue.digest_date == day))
        if resend or issue is None:
            issue = _store_issue(session, render_digest(session, settings, day, now=now), now)
        message = load_message(issue.message)
        report.message_id = issue.message_id
        for address, field_name in pending.items():
            _record(session, rows, day, address, field_name, status=QUEUED)
    # The message and the queued rows are committed: a crash from here on loses nothing.
    try:
        delivery: Delivery | None = send(message, settings, list(pending), sleep=sleep)
        failure: DeliveryError | None = None
    except DeliveryError as exc:
        delivery, failure = None, exc
    with session_scope(engine) as session:
        rows = _deliveries(session, day)
        _apply(session, rows, day, pending, report, delivery, failure, now)
    return report


def _apply(
    session: Session,
    rows: dict[str, DigestDelivery],
    day: date,
    pending: dict[str, str],
    report: SendReport,
    delivery: Delivery | None,
    failure: DeliveryError | None,
    now: datetime,
) -> None:
    if delivery is not None:
        accepted, refused, waiting = delivery.accepted, delivery.refused, ()
        attempts, status = delivery.attempts, (OUTBOX if delivery.method == "outbox" else SENT)
        report.outbox_path = delivery.outbox_path
        reason = None
    else:
        assert failure is not None
        accepted, refused, waiting = failure.accepted, failure.refused, failure.recipients
        attempts, status, reason = failure.attempts, SENT, str(failure)
        report.error = reason
    refused_by = {r.address.lower(): str(r) for r in refused}
    accepted_set = {a.lower() for a in accepted}
    waiting_set = {a.lower() for a in waiting}
    for address, field_name in pending.items():
        row = _record(session, rows, day, address, field_name)
        row.attempts = (row.attempts or 0) + max(attempts, 1)
        row.message_id = report.message_id
        if address in accepted_set:
            row.status, row.last_error, row.delivered_at = status, None, now
            (report.outbox if status == OUTBOX else report.sent).append(address)
        elif address in refused_by:
            row.status, row.last_error = REFUSED, refused_by[address][:MAX_ERROR]
            report.refused.append(address)
        else:
            # Waiting for a retry (or, for a permanent failure of the whole message, for the
            # operator to fix the configuration): stays queued with the stored message.
            row.status, row.last_error = QUEUED, (reason or "chưa gửi được")[:MAX_ERROR]
            report.queued.append(address)
            if address not in waiting_set and failure is None:
                row.last_error = "máy chủ thư không xác nhận người nhận này"


def queued_days(engine: Engine) -> list[date]:
    """The dates that still have queued deliveries, oldest first."""
    with session_scope(engine) as session:
        return list(
            session.scalars(
                select(DigestDelivery.digest_date)
                .where(DigestDelivery.status == QUEUED)
                .distinct()
                .order_by(DigestDelivery.digest_date)
            )
        )


def flush_queued(
    engine: Engine,
    settings: config.Settings,
    *,
    skip: date | None = None,
    now: datetime | None = None,
    sleep: Callable[[float], object] = time.sleep,
) -> list[SendReport]:
    """Retry the queued deliveries of every date (but ``skip``) with their stored messages."""
    return [
        send_digest(engine, settings, day, include_configured=False, now=now, sleep=sleep)
        for day in queued_days(engine)
        if day != skip
    ]
