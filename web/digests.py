"""The digest archive: each day's digest as sent (the stored message), its deliveries per
recipient, the .eml download, and resending (admins)."""

from __future__ import annotations

import base64
import re
from datetime import date
from email.message import EmailMessage
from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    url_for,
)
from sqlalchemy import func, select

from digest.delivery import DigestError, load_message, send_digest
from mailer.transport import DeliveryError
from storage.db import StorageError
from storage.models import DigestDelivery, DigestIssue
from web.access import role
from web.cases import attachment_response
from web.security import EMAIL_CSP

bp = Blueprint("digests", __name__)

STATUS_NAMES_VI = {
    "queued": "Đang chờ gửi",
    "sent": "Đã gửi",
    "outbox": "Đã lưu vào hộp thư đi (chưa cấu hình SMTP)",
    "refused": "Bị từ chối",
}
FIELD_NAMES_VI = {"to": "Đến", "cc": "Đồng gửi (Cc)", "bcc": "Gửi ẩn (Bcc)"}
ARCHIVE_SHOWN = 120


def _issue(day: date) -> DigestIssue:
    issue = g.db.scalar(select(DigestIssue).where(DigestIssue.digest_date == day))
    if issue is None:
        abort(404)
    return issue


def _parse_day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        abort(404)


def html_as_sent(message: EmailMessage) -> str:
    """The HTML part of a stored digest, its inline images (cid:) turned into data: URIs so the
    sandboxed page shows them without any request."""
    body = message.get_body(preferencelist=("html",))
    if body is None:
        return ""
    html = body.get_content()
    for part in message.walk():
        cid = (part.get("Content-ID") or "").strip("<> ")
        if not cid or part.get_content_maintype() != "image":
            continue
        data = base64.b64encode(part.get_payload(decode=True) or b"").decode("ascii")
        uri = f"data:{part.get_content_type()};base64,{data}"
        html = re.sub(rf"cid:{re.escape(cid)}(?=[\"'\s)])", uri, html)
    return html


@bp.route("/digests")
@role("viewer")
def archive() -> Any:
    issues = list(
        g.db.scalars(
            select(DigestIssue).order_by(DigestIssue.digest_date.desc()).limit(ARCHIVE_SHOWN)
        )
    )
    counts: dict[tuple[date, str], int] = {}
    if issues:
        rows = g.db.execute(
            select(DigestDelivery.digest_date, DigestDelivery.status, func.count())
            .where(DigestDelivery.digest_date.in_([i.digest_date for i in issues]))
            .group_by(DigestDelivery.digest_date, DigestDelivery.status)
        )
        counts = {(day, status): n for day, status, n in rows}
    return render_template(
        "digests.html", issues=issues, counts=counts, status_names=STATUS_NAMES_VI
    )


@bp.route("/digests/<day>")
@role("viewer")
def show(day: str) -> Any:
    issue = _issue(_parse_day(day))
    message = load_message(issue.message)
    deliveries = list(
        g.db.scalars(
            select(DigestDelivery)
            .where(DigestDelivery.digest_date == issue.digest_date)
            .order_by(DigestDelivery.field, DigestDelivery.recipient)
        )
    )
    return render_template(
        "digest.html",
        issue=issue,
        subject=str(message.get("Subject", "")),
        deliveries=deliveries,
        status_names=STATUS_NAMES_VI,
        field_names=FIELD_NAMES_VI,
    )


@bp.route("/digests/<day>/message.html")
@role("viewer")
def message_html(day: str) -> Any:
    """The digest's HTML as sent, for the frame of the digest page: sandboxed, no script."""
    issue = _issue(_parse_day(day))
    response = Response(html_as_sent(load_message(issue.message)), mimetype="text/html")
    response.headers["Content-Security-Policy"] = EMAIL_CSP
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response


@bp.route("/digests/<day>/message.eml")
@role("viewer")
def message_eml(day: str) -> Any:
    issue = _issue(_parse_day(day))
    return attachment_response(
        issue.message, f"diem-tin-{issue.digest_date.isoformat()}.eml", "message/rfc822"
    )


@bp.route("/digests/<day>/resend", methods=["POST"])
@role("admin")
def resend(day: str) -> Any:
    issue = _issue(_parse_day(day))
    web = current_app.extensions["diemtin"]
    day_ = issue.digest_date
    g.db.rollback()  # end this request's transaction: sending uses its own (SQLite: one writer)
    try:
        report = send_digest(web.engine, web.settings, day_, resend=True)
    except (DigestError, DeliveryError, StorageError) as exc:
        flash(f"Chưa gửi lại được điểm tin: {exc}", "error")
    else:
        for line in report.lines():
            flash(line, "success" if report.ok else "error")
    return redirect(url_for("digests.show", day=day_.isoformat()), code=303)
