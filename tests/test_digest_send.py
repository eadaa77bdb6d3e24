"""Sending the digest to a real SMTP server (aiosmtpd on loopback): the message parsed back (parts,
headers, Vietnamese text, escaping, DOCX), idempotency per date and recipient, --resend, refusals,
the server down then up (queued, then delivered with the stored message) and the outbox."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

import docx
import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

import config
from digest.delivery import DigestError, flush_queued, send_digest
from storage.models import DigestDelivery, DigestIssue
from tests.support.digest_data import (
    BUILT_AT,
    DAY,
    HOSTILE_OUTLET,
    HOSTILE_TITLE,
    mail_settings,
    seed,
)
from tests.support.smtp import Recorder, SmtpServer, free_port

SUBJECT = "Điểm tin báo chí về công tác thi hành án dân sự ngày 26/11/2026"
TO = "Nguyễn Văn An <an@thads.gov.vn>, ban-bien-tap@baophapluat.vn"
CC = "Trần Thị Bình <binh@moj.gov.vn>"
BCC = "luu-tru@baophapluat.vn"
EVERYONE = {"an@thads.gov.vn", "ban-bien-tap@baophapluat.vn", "binh@moj.gov.vn", BCC}


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def seeded_engine(engine: Engine) -> Engine:
    with Session(engine) as session:
        seed(session)
    return engine


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    with SmtpServer() as srv:
        yield srv


def make_settings(tmp_path: Path, **overrides: object) -> config.Settings:
    values: dict[str, object] = {
        "digest_to": TO,
        "digest_cc": CC,
        "digest_bcc": BCC,
        "smtp_retries": 2,
        "smtp_retry_backoff": 0.5,
    }
    return mail_settings(tmp_path, **{**values, **overrides})


def deliveries(engine: Engine) -> dict[str, DigestDelivery]:
    with Session(engine) as session:
        rows = session.scalars(select(DigestDelivery).where(DigestDelivery.digest_date == DAY))
        return {r.recipient: r for r in rows}


def parts(message: EmailMessage) -> dict[str, EmailMessage]:
    return {p.get_content_type(): p for p in message.walk() if not p.is_multipart()}


@pytest.mark.postgres
def test_the_message_as_received(seeded_engine: Engine, server: SmtpServer, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, **server.settings())
    report = send_digest(seeded_engine, settings, DAY, now=BUILT_AT)
    assert report.ok and sorted(report.sent) == sorted(EVERYONE)
    (received,) = server.received
    assert set(received.rcpt_tos) == EVERYONE  # Bcc in the envelope only
    raw = received.data
    assert raw.isascii()  # 7-bit clean: RFC 2047 headers, encoded bodies
    assert b"Subject: =?utf-8?" in raw
    assert b"Bcc:" not in raw and BCC.encode() not in raw

    msg = received.message
    assert msg["Subject"] == SUBJECT
    assert unicodedata.is_normalized("NFC", str(msg["Subject"]))
    assert parsedate_to_datetime(msg["Date"]) == BUILT_AT
    with Session(seeded_engine) as session:
        issue = session.scalars(select(DigestIssue)).one()
    assert msg["Message-ID"] == issue.message_id and msg["Message-ID"].startswith("<")
    assert issue.items == 5
    assert "an@thads.gov.vn" in msg["To"] and "Nguyễn Văn An" in str(msg["To"])
    assert "binh@moj.gov.vn" in msg["Cc"]

    assert msg.get_content_type() == "multipart/mixed"
    alternative = msg.get_payload()[0]
    assert alternative.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in alternative.get_payload()] == [
        "text/plain",
        "text/html",
    ]
    found = parts(msg)
    text = found["text/plain"].get_content()
    html = found["text/html"].get_content()
    assert unicodedata.is_normalized("NFC", text) and unicodedata.is_normalized("NFC", html)
    assert "ĐIỂM TIN BÁO CHÍ VỀ CÔNG TÁC THI HÀNH ÁN DÂN SỰ — ngày 26/11/2026" in text
    assert HOSTILE_TITLE in text  # plain text shows the title as it is
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "<script" not in html and "<img" not in html
    assert "tin&lt;img src=x onerror=alert(1)&gt;" in html
    assert HOSTILE_OUTLET not in html

    attachment = found["application/vnd.openxmlformats-officedocument.wordprocessingml.document"]
    assert attachment.get_filename() == "diem-tin-2026-11-26.docx"
    document = docx.Document(io.BytesIO(attachment.get_content()))
    assert any("ĐIỂM TIN BÁO CHÍ" in p.text for p in document.paragraphs)

    rows = deliveries(seeded_engine)
    assert set(rows) == EVERYONE
    assert {r.status for r in rows.values()} == {"sent"}
    assert {r.field for r in rows.values()} == {"to", "cc", "bcc"}
    assert {r.message_id for r in rows.values()} == {issue.message_id}
    assert all(r.attempts == 1 and r.last_error is None for r in rows.values())


def test_sending_again_sends_nothing_and_resend_sends_a_fresh_build(
    seeded_engine: Engine, server: SmtpServer, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, **server.settings())
    first = send_digest(seeded_engine, settings, DAY, now=BUILT_AT)
    again = send_digest(seeded_engine, settings, DAY, now=BUILT_AT)
    assert again.sent == [] and sorted(again.already) == sorted(EVERYONE)
    assert len(server.received) == 1
    assert "đã được gửi tới mọi người nhận" in " ".join(again.lines())

    resent = send_digest(seeded_engine, settings, DAY, resend=True, now=BUILT_AT)
    assert sorted(resent.sent) == sorted(EVERYONE)
    assert len(server.received) == 2
    assert resent.message_id != first.message_id
    assert server.received[1].message["Message-ID"] == resent.message_id
    assert {r.attempts for r in deliveries(seeded_engine).values()} == {2}


def test_a_recipient_added_later_gets_the_stored_message_alone(
    seeded_engine: Engine, server: SmtpServer, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, **server.settings())
    first = send_digest(seeded_engine, settings, DAY, now=BUILT_AT)
    later = settings.replace(digest_cc=CC + ", Phạm Văn Cường <cuong@moj.gov.vn>")
    report = send_digest(seeded_engine, later, DAY, now=BUILT_AT)
    assert report.sent == ["cuong@moj.gov.vn"]
    assert server.received[1].rcpt_tos == ("cuong@moj.gov.vn",)
    assert server.received[1].message["Message-ID"] == first.message_id


def test_a_refused_recipient_is_reported_and_the_others_get_it(
    seeded_engine: Engine, tmp_path: Path
) -> None:
    handler = Recorder(refuse={"binh@moj.gov.vn": "550 5.1.1 Không có hộp thư này"})
    with SmtpServer(handler) as srv:
        settings = make_settings(tmp_path, **srv.settings())
        report = send_digest(seeded_engine, settings, DAY, now=BUILT_AT, sleep=Sleeps())
    assert report.refused == ["binh@moj.gov.vn"] and not report.ok
    assert "binh@moj.gov.vn" not in report.sent and len(report.sent) == 3
    row = deliveries(seeded_engine)["binh@moj.gov.vn"]
    assert row.status == "refused" and "550" in (row.last_error or "")
    assert "từ chối" in " ".join(report.lines())


def test_server_down_then_up_the_queued_digest_is_delivered_later(
    seeded_engine: Engine, tmp_path: Path
) -> None:
    port = free_port()  # nobody listens yet
    settings = make_settings(tmp_path, smtp_host="127.0.0.1", smtp_port=port, smtp_security="none")
    sleeps = Sleeps()
    report = send_digest(seeded_engine, settings, DAY, now=BUILT_AT, sleep=sleeps)
    assert sleeps == [0.5, 1.0]  # retried with doubling backoff
    assert sorted(report.queued) == sorted(EVERYONE) and not report.ok
    message = " ".join(report.lines())
    assert "CHƯA GỬI ĐƯỢC" in message and "sẽ được gửi lại" in message
    rows = deliveries(seeded_engine)
    assert {r.status for r in rows.values()} == {"queued"}
    assert all(r.attempts == 3 and r.last_error for r in rows.values())
    with Session(seeded_engine) as session:
        stored = session.scalars(select(DigestIssue)).one()  # the message is kept
    assert stored.message_id == report.message_id

    with SmtpServer(port=port) as srv:
        # The next run for another date retries the queued digest first, with its stored message.
        reports = flush_queued(seeded_engine, settings, skip=DAY.replace(day=27), sleep=Sleeps())
        assert len(reports) == 1 and sorted(reports[0].sent) == sorted(EVERYONE)
        (received,) = srv.received
    assert received.message["Message-ID"] == stored.message_id
    assert set(received.rcpt_tos) == EVERYONE
    rows = deliveries(seeded_engine)
    assert {r.status for r in rows.values()} == {"sent"}
    assert all(r.attempts == 4 and r.last_error is None for r in rows.values())
    assert flush_queued(seeded_engine, settings, sleep=Sleeps()) == []


def test_without_smtp_the_message_goes_to_the_outbox_once(
    seeded_engine: Engine, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, smtp_host="")
    report = send_digest(seeded_engine, settings, DAY, now=BUILT_AT)
    assert sorted(report.outbox) == sorted(EVERYONE) and report.ok
    files = list(settings.outbox_path.glob("*.eml"))
    assert len(files) == 1
    assert report.outbox_path == files[0]
    assert {r.status for r in deliveries(seeded_engine).values()} == {"outbox"}
    assert send_digest(seeded_engine, settings, DAY, now=BUILT_AT).outbox == []
    assert len(list(settings.outbox_path.glob("*.eml"))) == 1
    assert "hộp thư đi" in " ".join(report.lines())


def test_no_recipients_is_an_operator_error(seeded_engine: Engine, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, digest_to="", digest_cc="", digest_bcc="")
    with pytest.raises(DigestError, match="DIEMTIN_DIGEST_TO"):
        send_digest(seeded_engine, settings, DAY, now=BUILT_AT)
