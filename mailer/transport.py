"""Deliver composed messages: over SMTP with retries, or into the outbox folder.

``send`` never loses a message. It returns a :class:`Delivery` when every recipient either got the
message or was refused for good by the relay (5xx, reported per recipient); otherwise it raises
:class:`DeliveryError`, which carries the message, the recipients still waiting for it and those
who already got it, so the caller can queue it (``save_to_outbox``) and try again later.

Temporary failures (connection refused or reset, timeouts, the relay disconnecting, 4xx replies)
are retried ``smtp_retries`` times, waiting ``smtp_retry_backoff`` seconds and doubling; permanent
ones (5xx replies such as a refused login, TLS certificate errors, a relay without STARTTLS) are
not retried. With ``smtp_host`` empty the message is written to the outbox folder instead.
"""

from __future__ import annotations

import base64
import copy
import email
import hashlib
import logging
import os
import re
import smtplib
import socket
import ssl
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Literal

from config import Settings
from mailer.compose import POLICY, envelope_recipients, parse_address
from text.dates import VN_TZ
from text.normalize import strip_diacritics

__all__ = [
    "DEFAULT_PORTS",
    "Delivery",
    "DeliveryError",
    "RefusedRecipient",
    "read_message",
    "save_to_outbox",
    "send",
    "smtp_port",
]

log = logging.getLogger(__name__)

DEFAULT_PORTS = {"none": 25, "starttls": 587, "ssl": 465}


@dataclass(frozen=True)
class RefusedRecipient:
    """A recipient the relay did not accept, with its reply."""

    address: str
    code: int
    reply: str

    @property
    def permanent(self) -> bool:
        return self.code >= 500

    def __str__(self) -> str:
        return f"{self.address} ({self.code} {self.reply})"


@dataclass(frozen=True)
class Delivery:
    """What became of a message that ``send`` finished with."""

    message_id: str
    method: Literal["smtp", "outbox"]
    accepted: tuple[str, ...]
    refused: tuple[RefusedRecipient, ...] = ()
    attempts: int = 1
    relay: str = ""
    outbox_path: Path | None = None

    @property
    def complete(self) -> bool:
        """Every recipient got the message (nobody was refused)."""
        return not self.refused

    def summary(self) -> str:
        """One Vietnamese sentence for the operator."""
        if self.method == "outbox":
            return (
                f"Chưa cấu hình máy chủ thư (DIEMTIN_SMTP_HOST): thư cho {len(self.accepted)} "
                f"người nhận đã được ghi vào hộp thư đi {self.outbox_path}"
            )
        text = f"Đã gửi tới {len(self.accepted)} người nhận qua {self.relay}"
        if self.attempts > 1:
            text += f" (sau {self.attempts} lần thử)"
        if self.refused:
            text += "; máy chủ thư từ chối: " + ", ".join(str(r) for r in self.refused)
        return text


class DeliveryError(Exception):
    """The message did not reach some recipients; it travels with the error so it can be queued.

    ``recipients`` still wait for the message, ``accepted`` already got it (from an earlier
    attempt), ``refused`` were refused for good. ``permanent`` tells whether retrying later can
    help. ``str(error)`` is the Vietnamese explanation.
    """

    def __init__(
        self,
        reason: str,
        *,
        message: EmailMessage,
        recipients: Iterable[str],
        permanent: bool,
        attempts: int,
        accepted: Iterable[str] = (),
        refused: Iterable[RefusedRecipient] = (),
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.message = message
        self.recipients = tuple(recipients)
        self.permanent = permanent
        self.attempts = attempts
        self.accepted = tuple(accepted)
        self.refused = tuple(refused)


def smtp_port(settings: Settings) -> int:
    """The effective port: ``smtp_port`` or the usual one for ``smtp_security``."""
    return settings.smtp_port or DEFAULT_PORTS[settings.smtp_security]


class _Failure(Exception):
    """One attempt failed; ``permanent`` says whether another attempt may succeed."""

    def __init__(self, reason: str, *, permanent: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


def _reply_text(raw: bytes | str) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return " ".join(text.split())


def _explain(exc: BaseException, settings: Settings) -> _Failure:
    """Classify an exception of one SMTP attempt and say in Vietnamese what happened."""
    relay = f"{settings.smtp_host}:{smtp_port(settings)}"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return _Failure(
            f"Máy chủ thư {relay} từ chối đăng nhập tài khoản {settings.smtp_user!r} "
            f"({exc.smtp_code} {_reply_text(exc.smtp_error)}); kiểm tra DIEMTIN_SMTP_USER và "
            "DIEMTIN_SMTP_PASSWORD",
            permanent=exc.smtp_code >= 500,
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return _Failure(
            f"Máy chủ thư {relay} từ chối địa chỉ gửi {exc.sender} ({exc.smtp_code} "
            f"{_reply_text(exc.smtp_error)}); kiểm tra DIEMTIN_MAIL_FROM",
            permanent=exc.smtp_code >= 500,
        )
    if isinstance(exc, smtplib.SMTPDataError):
        return _Failure(
            f"Máy chủ thư {relay} không nhận nội dung thư ({exc.smtp_code} "
            f"{_reply_text(exc.smtp_error)})",
            permanent=exc.smtp_code >= 500,
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return _Failure(
            f"Máy chủ thư {relay} không hỗ trợ yêu cầu ({exc}); kiểm tra DIEMTIN_SMTP_SECURITY "
            "(none, starttls hoặc ssl) và tài khoản đăng nhập",
            permanent=True,
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        return _Failure(
            f"Máy chủ thư {relay} trả lời lỗi {exc.smtp_code} {_reply_text(exc.smtp_error)}",
            permanent=exc.smtp_code >= 500,
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected) and isinstance(
        exc.__context__, TimeoutError
    ):
        exc = exc.__context__  # smtplib reports a read timeout as a disconnection
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return _Failure(f"Máy chủ thư {relay} ngắt kết nối giữa chừng", permanent=False)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return _Failure(
            f"Không xác thực được chứng chỉ TLS của máy chủ thư {relay} "
            f"({exc.verify_message}); máy chủ nội bộ thì đặt DIEMTIN_SMTP_CA_FILE",
            permanent=True,
        )
    if isinstance(exc, ssl.SSLError):
        return _Failure(
            f"Lỗi TLS với máy chủ thư {relay} ({exc.reason or exc}); kiểm tra "
            "DIEMTIN_SMTP_SECURITY và DIEMTIN_SMTP_PORT",
            permanent=True,
        )
    if isinstance(exc, TimeoutError):
        return _Failure(
            f"Máy chủ thư {relay} không trả lời sau {settings.smtp_timeout:g} giây",
            permanent=False,
        )
    if isinstance(exc, ConnectionRefusedError):
        return _Failure(f"Không kết nối được máy chủ thư {relay}: bị từ chối", permanent=False)
    if isinstance(exc, socket.gaierror):
        return _Failure(
            f"Không tìm thấy máy chủ thư {settings.smtp_host!r} ({exc.strerror})",
            permanent=False,
        )
    if isinstance(exc, OSError | smtplib.SMTPException):
        return _Failure(f"Lỗi kết nối tới máy chủ thư {relay}: {exc}", permanent=False)
    raise exc


def _tls_context(settings: Settings) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=settings.smtp_ca_file or None)


def _transmit(settings: Settings, sender: str, recipients: list[str], data: bytes) -> dict:
    """One SMTP session; returns smtplib's refused dict {address: (code, reply)}."""
    host, port, timeout = settings.smtp_host, smtp_port(settings), settings.smtp_timeout
    if settings.smtp_security == "ssl":
        client: smtplib.SMTP = smtplib.SMTP_SSL(
            host, port, timeout=timeout, context=_tls_context(settings)
        )
    else:
        client = smtplib.SMTP(host, port, timeout=timeout)
    try:
        client.ehlo()
        if settings.smtp_security == "starttls":
            if not client.has_extn("starttls"):
                raise smtplib.SMTPNotSupportedError("STARTTLS")
            client.starttls(context=_tls_context(settings))
            client.ehlo()
        if settings.smtp_user:
            _login(client, settings.smtp_user, settings.smtp_password)
        refused = client.sendmail(sender, recipients, data)
    except BaseException:
        client.close()
        raise
    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        client.close()  # the message was already accepted; a clumsy goodbye changes nothing
    return refused


def _login(client: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH with the relay. smtplib encodes credentials as ASCII, so a password with Vietnamese
    letters goes through PLAIN or LOGIN here, UTF-8 encoded as RFC 4616 asks."""
    if user.isascii() and password.isascii():
        client.login(user, password)
        return
    if not client.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("AUTH")
    offered = client.esmtp_features["auth"].upper().split()
    user_b, password_b = user.encode("utf-8"), password.encode("utf-8")
    if "PLAIN" in offered:
        token = base64.b64encode(b"\0" + user_b + b"\0" + password_b).decode("ascii")
        code, reply = client.docmd("AUTH", f"PLAIN {token}")
    elif "LOGIN" in offered:
        code, reply = client.docmd("AUTH", "LOGIN " + base64.b64encode(user_b).decode("ascii"))
        if code == 334:
            code, reply = client.docmd(base64.b64encode(password_b).decode("ascii"))
    else:
        raise smtplib.SMTPNotSupportedError("AUTH PLAIN/LOGIN")
    if code not in (235, 503):  # 503: already authenticated
        raise smtplib.SMTPAuthenticationError(code, reply)


def _wire_bytes(message: EmailMessage) -> bytes:
    """The message as transmitted: Bcc removed, 7-bit clean, CRLF line endings."""
    if "Bcc" in message:
        message = copy.deepcopy(message)
        del message["Bcc"]
    return message.as_bytes(policy=POLICY)


def send(
    message: EmailMessage,
    settings: Settings,
    recipients: Iterable[str] | None = None,
    *,
    sleep: Callable[[float], object] = time.sleep,
) -> Delivery:
    """Deliver ``message`` to ``recipients`` (default: its To, Cc and Bcc addresses).

    Returns a :class:`Delivery` when the work is done (refused recipients listed in it); raises
    :class:`DeliveryError` when some recipients still wait for the message or all were refused.
    A malformed address in ``recipients`` raises :class:`mailer.compose.ComposeError` before
    anything is sent. ``sleep`` waits between retries (tests inject their own).
    """
    if recipients is None:
        rcpts = envelope_recipients(message)
    else:
        rcpts = list(dict.fromkeys(parse_address(r).addr_spec for r in recipients))
    message_id = str(message.get("Message-ID", ""))
    if not rcpts:
        raise DeliveryError(
            "Thư không có người nhận nào",
            message=message,
            recipients=(),
            permanent=True,
            attempts=0,
        )
    if not settings.smtp_host:
        try:
            path = save_to_outbox(message, settings.outbox_path)
        except OSError as exc:
            raise DeliveryError(
                f"Không ghi được thư vào hộp thư đi {settings.outbox_path}: {exc.strerror or exc}",
                message=message,
                recipients=rcpts,
                permanent=False,
                attempts=1,
            ) from exc
        log.info("no SMTP relay configured: %s written to %s", message_id, path)
        return Delivery(message_id, "outbox", tuple(rcpts), outbox_path=path)

    relay = f"{settings.smtp_host}:{smtp_port(settings)}"
    data = _wire_bytes(message)
    pending = rcpts
    accepted: list[str] = []
    refused: list[RefusedRecipient] = []
    reason = ""
    attempt = 0

    def failed(text: str, permanent: bool) -> DeliveryError:
        return DeliveryError(
            text,
            message=message,
            recipients=pending,
            permanent=permanent,
            attempts=attempt,
            accepted=accepted,
            refused=refused,
        )

    for attempt in range(1, settings.smtp_retries + 2):
        outcome: dict | None = None
        try:
            outcome = _transmit(settings, settings.mail_from, pending, data)
        except smtplib.SMTPRecipientsRefused as exc:
            outcome = exc.recipients
        except Exception as exc:
            failure = _explain(exc, settings)
            if failure.permanent:
                raise failed(f"Gửi thư thất bại, không thử lại: {failure.reason}", True) from exc
            reason = failure.reason
        if outcome is not None:
            later: list[RefusedRecipient] = []
            for rcpt in pending:
                if rcpt not in outcome:
                    accepted.append(rcpt)
                    continue
                code, reply = outcome[rcpt]
                refusal = RefusedRecipient(rcpt, code, _reply_text(reply))
                (refused if refusal.permanent else later).append(refusal)
            pending = [r.address for r in later]
            if not pending:
                break
            reason = "máy chủ thư tạm thời từ chối " + ", ".join(str(r) for r in later)
        if attempt <= settings.smtp_retries:
            delay = settings.smtp_retry_backoff * 2 ** (attempt - 1)
            log.warning("send %s: attempt %d failed (%s)", message_id, attempt, reason)
            sleep(delay)
    else:
        raise failed(f"Gửi thư thất bại sau {attempt} lần thử: {reason}", False)
    if not accepted:
        pending = []  # refused for good: nobody left to try again for
        raise failed("Máy chủ thư từ chối mọi người nhận: " + ", ".join(map(str, refused)), True)
    return Delivery(message_id, "smtp", tuple(accepted), tuple(refused), attempt, relay)


_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


def _outbox_name(message: EmailMessage) -> str:
    """``YYYYmmdd-HHMMSS-<subject slug>-<Message-ID hash>.eml``."""
    try:
        when = parsedate_to_datetime(str(message["Date"])).astimezone(VN_TZ)
    except (TypeError, ValueError):
        when = datetime.now(VN_TZ)
    subject = strip_diacritics(str(message.get("Subject", ""))).lower().replace("đ", "d")
    slug = _SLUG_JUNK.sub("-", subject).strip("-")[:60].rstrip("-") or "thu"
    message_id = str(message.get("Message-ID", "")) or _wire_hash(message)
    digest = hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:12]
    return f"{when:%Y%m%d-%H%M%S}-{slug}-{digest}.eml"


def _wire_hash(message: EmailMessage) -> str:
    return hashlib.sha256(message.as_bytes(policy=POLICY)).hexdigest()


def save_to_outbox(message: EmailMessage, folder: str | Path) -> Path:
    """Write ``message`` (Bcc kept) as an .eml file into ``folder``, atomically; return its path.

    The name comes from the Date, the subject and the Message-ID, so the same message saved twice
    is one file. A reader never sees a half-written file: it is written beside and renamed.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _outbox_name(message)
    data = message.as_bytes(policy=POLICY)
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".eml.tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o640)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def read_message(path: str | Path) -> EmailMessage:
    """An .eml file (e.g. from the outbox) back as a message ``send`` can deliver."""
    with open(path, "rb") as fh:
        return email.message_from_binary_file(fh, _class=EmailMessage, policy=POLICY)
