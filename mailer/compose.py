"""Compose outgoing mail as :class:`email.message.EmailMessage` objects ready for SMTP.

Every message is 7-bit clean (headers RFC 2047 encoded, bodies quoted-printable or base64), so it
passes any relay whether it announces 8BITMIME or not. Structure, from the outside in::

    multipart/mixed                  (only with attachments)
      multipart/alternative          (only with an HTML part)
        text/plain
        multipart/related            (only with inline images)
          text/html
          image/*  Content-ID: <cid>
      application/...  Content-Disposition: attachment; filename*=utf-8''...

A Bcc header stays in the composed message (it is part of what must be delivered, and a queued
message keeps it); :func:`mailer.transport.send` removes it from the copy it transmits.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses, make_msgid
from pathlib import Path

from config import MAIL_ADDRESS, Settings
from text.dates import VN_TZ

__all__ = [
    "POLICY",
    "AddressLike",
    "Attachment",
    "ComposeError",
    "InlineImage",
    "compose",
    "envelope_recipients",
    "message_id_for",
    "parse_address",
    "parse_address_list",
]

# SMTP line endings, and 7-bit transfer encodings for every non-ASCII part.
POLICY = SMTP.clone(cte_type="7bit")

AddressLike = str | Address | tuple[str, str]

# Office formats are missing from many systems' mime.types, so they are named here.
MIME_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".pdf": "application/pdf",
    ".csv": "text/csv",
    ".txt": "text/plain",
    ".html": "text/html",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".zip": "application/zip",
    ".eml": "message/rfc822",
}

_FIELD_LABELS = {
    "To": "người nhận (To)",
    "Cc": "đồng gửi (Cc)",
    "Bcc": "gửi ẩn (Bcc)",
    "Reply-To": "địa chỉ trả lời (Reply-To)",
}
_ANY_SPACE = re.compile(r"\s+")
_NAME_AND_ADDRESS = re.compile(r"(?P<name>[^<>]*?)\s*<(?P<addr>[^<>]*)>")
_MSG_ID = re.compile(r"<?([^<>\s@]+@[^<>\s@]+)>?")
_CID = re.compile(r"[A-Za-z0-9._%+-]+(?:@[A-Za-z0-9.-]+)?")
_MIME_TYPE = re.compile(r"[a-z]+/[A-Za-z0-9.+-]+")


class ComposeError(ValueError):
    """The message cannot be built from what was given; the text says what, in Vietnamese."""


@dataclass(frozen=True)
class Attachment:
    """A file attached to the message. ``content_type`` empty: chosen from the file name."""

    filename: str
    data: bytes
    content_type: str = ""

    @classmethod
    def from_path(cls, path: str | Path, filename: str | None = None) -> Attachment:
        path = Path(path)
        return cls(filename or path.name, path.read_bytes())


@dataclass(frozen=True)
class InlineImage:
    """An image shown inside the HTML part, referenced there as ``src="cid:<cid>"``."""

    cid: str
    data: bytes
    content_type: str = "image/png"
    filename: str = ""


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _one_line(s: str) -> str:
    """NFC text fit for a header: no line breaks (header injection), no control characters."""
    s = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in _nfc(s))
    return _ANY_SPACE.sub(" ", s).strip()


def _addr_spec(raw: str, original: object) -> str:
    addr = raw.strip()
    local, at, domain = addr.rpartition("@")
    if at and domain and not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            raise ComposeError(f"Địa chỉ thư không hợp lệ: {original!r}") from None
    addr = f"{local}@{domain.lower()}" if at else addr
    if not MAIL_ADDRESS.fullmatch(addr):
        raise ComposeError(f"Địa chỉ thư không hợp lệ: {original!r}")
    return addr


def parse_address(value: AddressLike) -> Address:
    """One mailbox from ``"a@b.vn"``, ``"Tên <a@b.vn>"``, ``("Tên", "a@b.vn")`` or an Address.

    The display name is NFC on one line; a non-ASCII domain is converted to IDNA. Raises
    :class:`ComposeError` naming the value when it is not a usable address.
    """
    if isinstance(value, Address):
        name, raw = value.display_name, value.addr_spec
    elif isinstance(value, tuple):
        name, raw = value
    elif isinstance(value, str):
        match = _NAME_AND_ADDRESS.fullmatch(value.strip())
        name, raw = (match["name"], match["addr"]) if match else ("", value)
    else:
        raise ComposeError(f"Địa chỉ thư không hợp lệ: {value!r}")
    name = _one_line(name)
    if len(name) >= 2 and name[0] == name[-1] == '"':
        name = name[1:-1].strip()
    return Address(display_name=name, addr_spec=_addr_spec(raw, value))


def parse_address_list(value: str) -> list[Address]:
    """Mailboxes separated by commas or semicolons (not those inside quotes or angle brackets)."""
    parts: list[str] = []
    current: list[str] = []
    quoted = angled = False
    for ch in value:
        if ch == '"' and not angled:
            quoted = not quoted
        elif ch == "<" and not quoted:
            angled = True
        elif ch == ">" and not quoted:
            angled = False
        if ch in ",;" and not quoted and not angled:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [parse_address(p.strip()) for p in parts if p.strip()]


def message_id_for(key: str, domain: str) -> str:
    """A Message-ID derived from ``key``: the same logical message always gets the same one."""
    digest = hashlib.sha256(_nfc(key).encode("utf-8")).hexdigest()[:40]
    return f"<{digest}@{domain}>"


def _msg_id(value: str) -> str:
    match = _MSG_ID.fullmatch(value.strip())
    if not match:
        raise ComposeError(f"Message-ID không hợp lệ: {value!r}")
    return f"<{match[1]}>"


def _content_type(filename: str, given: str) -> tuple[str, str]:
    ctype = given.strip().lower() if given else ""
    if not ctype:
        suffix = Path(filename).suffix.lower()
        ctype = MIME_TYPES.get(suffix) or mimetypes.guess_type(filename)[0] or ""
        ctype = ctype or "application/octet-stream"
    if not _MIME_TYPE.fullmatch(ctype) or ctype.startswith("multipart/"):
        raise ComposeError(f"Kiểu nội dung không hợp lệ cho tệp {filename!r}: {given!r}")
    maintype, _, subtype = ctype.partition("/")
    return maintype, subtype


def _safe_filename(filename: str) -> str:
    """One line, no path: "Công văn 15/TCT.docx" -> "Công văn 15-TCT.docx", "../a" -> "a"."""
    name = _one_line(filename).replace("/", "-").replace("\\", "-").lstrip(".- ")
    if not name or name in {".", ".."}:
        raise ComposeError(f"Tệp đính kèm thiếu tên hợp lệ: {filename!r}")
    return name


def _mailboxes(field: str, values: Iterable[AddressLike], seen: set[str]) -> list[Address]:
    if isinstance(values, str | Address):
        values = [values]  # one address given where a list was expected
    out: list[Address] = []
    for value in values:
        try:
            address = parse_address(value)
        except ComposeError as exc:
            raise ComposeError(f"{exc} ({_FIELD_LABELS[field]})") from None
        key = address.addr_spec.lower()
        if key not in seen:
            seen.add(key)
            out.append(address)
    return out


def _sender(settings: Settings) -> Address:
    return Address(display_name=_one_line(settings.mail_from_name), addr_spec=settings.mail_from)


def compose(
    settings: Settings,
    *,
    to: Iterable[AddressLike],
    subject: str,
    text: str,
    html: str | None = None,
    cc: Iterable[AddressLike] = (),
    bcc: Iterable[AddressLike] = (),
    reply_to: Iterable[AddressLike] = (),
    attachments: Sequence[Attachment] = (),
    inline_images: Sequence[InlineImage] = (),
    message_key: str | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    date: datetime | None = None,
) -> EmailMessage:
    """Build one message from the configured sender (``mail_from_name <mail_from>``).

    ``text`` is required (the plain-text part); ``html``, when given, is its alternative and must
    already be escaped by its template. ``message_key`` makes the Message-ID deterministic (see
    :func:`message_id_for`), so a resend of the same logical message is recognisable.
    ``in_reply_to``/``references`` thread the message under earlier ones. All text is NFC.
    """
    seen: set[str] = set()
    to_list = _mailboxes("To", to, seen)
    cc_list = _mailboxes("Cc", cc, seen)
    bcc_list = _mailboxes("Bcc", bcc, seen)
    reply_list = _mailboxes("Reply-To", reply_to, set())
    if not (to_list or cc_list or bcc_list):
        raise ComposeError("Thư chưa có người nhận nào (To, Cc hoặc Bcc)")
    subject = _one_line(subject)
    if not subject:
        raise ComposeError("Thư cần có tiêu đề")
    if not text.strip():
        raise ComposeError("Thư cần có nội dung dạng văn bản thuần")
    if inline_images and html is None:
        raise ComposeError("Ảnh nhúng chỉ dùng được khi thư có phần HTML")
    if date is None:
        date = datetime.now(VN_TZ)
    elif date.tzinfo is None or date.utcoffset() is None:
        raise ValueError("compose(date=...) needs an aware datetime")

    msg = EmailMessage(policy=POLICY)
    msg["From"] = _sender(settings)
    if to_list:
        msg["To"] = to_list
    if cc_list:
        msg["Cc"] = cc_list
    if bcc_list:
        msg["Bcc"] = bcc_list
    if reply_list:
        msg["Reply-To"] = reply_list
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date.astimezone(VN_TZ))
    domain = settings.message_domain
    msg["Message-ID"] = (
        message_id_for(message_key, domain) if message_key else make_msgid(domain=domain)
    )
    refs = [_msg_id(r) for r in references]
    if in_reply_to:
        parent = _msg_id(in_reply_to)
        msg["In-Reply-To"] = parent
        if parent not in refs:
            refs.append(parent)
    if refs:
        msg["References"] = " ".join(refs)
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to a robot

    msg.set_content(_nfc(text).replace("\r\n", "\n"), subtype="plain", charset="utf-8")
    if html is not None:
        html = _nfc(html)
        msg.add_alternative(html, subtype="html", charset="utf-8")
        _add_inline_images(msg.get_payload()[1], html, inline_images)
    for attachment in attachments:
        name = _safe_filename(attachment.filename)
        maintype, subtype = _content_type(name, attachment.content_type)
        msg.add_attachment(attachment.data, maintype, subtype, filename=name)
    return msg


def _add_inline_images(html_part: EmailMessage, html: str, images: Sequence[InlineImage]) -> None:
    for image in images:
        if not _CID.fullmatch(image.cid):
            raise ComposeError(f"Content-ID của ảnh nhúng không hợp lệ: {image.cid!r}")
        if f"cid:{image.cid}" not in html:
            raise ComposeError(f"Phần HTML không dùng ảnh nhúng cid:{image.cid}")
        maintype, subtype = _content_type(image.filename or image.cid, image.content_type)
        if maintype != "image":
            raise ComposeError(f"Ảnh nhúng {image.cid!r} không phải là ảnh: {image.content_type}")
        filename = _safe_filename(image.filename) if image.filename else None
        html_part.add_related(
            image.data, maintype, subtype, cid=f"<{image.cid}>", filename=filename
        )


def envelope_recipients(message: EmailMessage) -> list[str]:
    """Every To, Cc and Bcc address of ``message`` once, in header order (the SMTP envelope)."""
    out: list[str] = []
    seen: set[str] = set()
    for field in ("To", "Cc", "Bcc"):
        for _name, addr in getaddresses([str(h) for h in message.get_all(field, [])]):
            if addr and addr.lower() not in seen:
                seen.add(addr.lower())
                out.append(addr)
    return out
