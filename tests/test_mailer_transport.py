"""mailer.transport against a real SMTP server (aiosmtpd on loopback): what arrives, TLS, login,
retries, refusals and the outbox."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

import config
from mailer.compose import Attachment, compose
from mailer.transport import (
    DeliveryError,
    read_message,
    save_to_outbox,
    send,
    smtp_port,
)
from tests.support.smtp import HOST, Accounts, Recorder, SmtpServer, TestCA, free_port
from text.dates import VN_TZ

SUBJECT = "Điểm tin báo chí về công tác thi hành án dân sự ngày 29/11/2026"
TEXT = "Kính gửi Tổ công tác,\n\nBáo Pháp luật Việt Nam phản ánh vụ cưỡng chế ở Nghệ An.\n"
HTML = "<p>Kính gửi <b>Tổ công tác</b>: vụ cưỡng chế ở Nghệ An &amp; Hà Tĩnh.</p>"
DATE = datetime(2026, 11, 29, 7, 0, tzinfo=VN_TZ)
FILES = {
    "Công văn đề nghị xác minh.docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        b"PK\x03\x04docx",
    ),
    "Biểu theo dõi tháng 11.xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        b"PK\x03\x04xlsx",
    ),
    "Báo cáo quý IV.pdf": ("application/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
}


class Sleeps(list):
    """Injected sleep: records the delays instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def settings(tmp_path: Path) -> config.Settings:
    return config.load(
        {},
        data_dir=str(tmp_path / "var"),
        mail_from="diemtin@baophapluat.vn",
        smtp_retries=2,
        smtp_retry_backoff=1.5,
        smtp_timeout=5,
    )


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> TestCA:
    return TestCA(tmp_path_factory.mktemp("ca"))


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    with SmtpServer() as srv:
        yield srv


def message(settings: config.Settings, **changes):
    fields = {
        "to": ["Nguyễn Văn An <an@thads.gov.vn>", "ban-doc@baophapluat.vn"],
        "cc": ["Trần Thị Bình <binh@moj.gov.vn>"],
        "bcc": ["luu-tru@baophapluat.vn"],
        "subject": SUBJECT,
        "text": TEXT,
        "html": HTML,
        "date": DATE,
    }
    return compose(settings, **(fields | changes))


def test_delivers_headers_parts_and_attachments_in_vietnamese(settings, server) -> None:
    attachments = [Attachment(name, data) for name, (_, data) in FILES.items()]
    msg = message(settings, attachments=attachments, message_key="digest:2026-11-29")
    sleeps = Sleeps()
    delivery = send(msg, settings.replace(**server.settings()), sleep=sleeps)

    assert delivery.method == "smtp" and delivery.complete and delivery.attempts == 1
    assert delivery.accepted == (
        "an@thads.gov.vn",
        "ban-doc@baophapluat.vn",
        "binh@moj.gov.vn",
        "luu-tru@baophapluat.vn",
    )
    assert sleeps == []
    [got] = server.received
    assert got.mail_from == "diemtin@baophapluat.vn"
    assert got.rcpt_tos == delivery.accepted
    assert got.data.isascii()
    received = got.message

    sender = received["From"].addresses[0]
    assert sender.display_name == "Điểm tin THADS" and sender.addr_spec == "diemtin@baophapluat.vn"
    assert received["Subject"] == SUBJECT
    assert [a.display_name for a in received["To"].addresses] == ["Nguyễn Văn An", ""]
    assert received["Cc"].addresses[0].display_name == "Trần Thị Bình"
    assert "Bcc" not in received  # delivered (envelope above) but invisible
    assert b"luu-tru" not in got.data
    assert parsedate_to_datetime(received["Date"]) == DATE
    assert received["Message-ID"] == msg["Message-ID"] == delivery.message_id

    assert received.get_content_type() == "multipart/mixed"
    plain = received.get_body(("plain",))
    html = received.get_body(("html",))
    assert plain.get_content_charset() == html.get_content_charset() == "utf-8"
    assert plain.get_content().replace("\r\n", "\n") == TEXT
    assert html.get_content().rstrip("\r\n") == HTML
    files = {
        part.get_filename(): (part.get_content_type(), part.get_payload(decode=True))
        for part in received.iter_attachments()
    }
    assert files == FILES


def test_starttls_with_the_private_ca_file(settings, ca) -> None:
    with SmtpServer(security="starttls", ca=ca) as server:
        cfg = settings.replace(**server.settings(), smtp_ca_file=str(ca.ca_file))
        delivery = send(message(settings), cfg)
    assert delivery.complete
    assert [r.tls for r in server.received] == [True]
    assert server.received[0].message["Subject"] == SUBJECT


def test_implicit_ssl_with_the_private_ca_file(settings, ca) -> None:
    with SmtpServer(security="ssl", ca=ca) as server:
        cfg = settings.replace(**server.settings(), smtp_ca_file=str(ca.ca_file))
        delivery = send(message(settings), cfg)
    assert delivery.complete and delivery.relay == f"{HOST}:{server.port}"
    assert len(server.received) == 1


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_untrusted_certificate_is_permanent_and_not_retried(settings, ca, security) -> None:
    sleeps = Sleeps()
    with SmtpServer(security=security, ca=ca) as server:
        with pytest.raises(DeliveryError) as info:
            send(message(settings), settings.replace(**server.settings()), sleep=sleeps)
    err = info.value
    assert err.permanent and err.attempts == 1 and sleeps == []
    assert "chứng chỉ TLS" in str(err) and "DIEMTIN_SMTP_CA_FILE" in str(err)
    assert server.received == []


def test_starttls_refused_when_the_relay_does_not_offer_it(settings, server) -> None:
    cfg = settings.replace(**(server.settings() | {"smtp_security": "starttls"}))
    sleeps = Sleeps()
    with pytest.raises(DeliveryError) as info:
        send(message(settings), cfg, sleep=sleeps)
    assert info.value.permanent and sleeps == []
    assert "STARTTLS" in str(info.value) and "DIEMTIN_SMTP_SECURITY" in str(info.value)
    assert server.received == []


@pytest.mark.parametrize("password", ["s3cret-pass", "mật khẩu-1"])
@pytest.mark.parametrize("mechanism", ["LOGIN", "PLAIN"])
def test_login_with_each_mechanism(settings, ca, mechanism, password) -> None:
    accounts = Accounts({"thads": password})
    other = {"LOGIN": "PLAIN", "PLAIN": "LOGIN"}[mechanism]
    with SmtpServer(
        security="starttls", ca=ca, authenticator=accounts, auth_exclude=(other,)
    ) as server:
        cfg = settings.replace(
            **server.settings(),
            smtp_ca_file=str(ca.ca_file),
            smtp_user="thads",
            smtp_password=password,
        )
        delivery = send(message(settings), cfg)
    assert delivery.complete
    assert accounts.mechanisms == [mechanism]
    assert [r.login for r in server.received] == ["thads"]


def test_rejected_login_is_permanent_and_not_retried(settings, ca) -> None:
    accounts = Accounts({"thads": "đúng"})
    sleeps = Sleeps()
    with SmtpServer(security="starttls", ca=ca, authenticator=accounts) as server:
        cfg = settings.replace(
            **server.settings(),
            smtp_ca_file=str(ca.ca_file),
            smtp_user="thads",
            smtp_password="sai",
        )
        msg = message(settings)
        with pytest.raises(DeliveryError) as info:
            send(msg, cfg, sleep=sleeps)
    err = info.value
    assert err.permanent and err.attempts == 1 and sleeps == []
    assert len(set(accounts.mechanisms)) == len(accounts.mechanisms)  # one session, no retry
    assert "từ chối đăng nhập" in str(err) and "535" in str(err)
    assert err.message is msg and len(err.recipients) == 4 and err.accepted == ()
    assert server.received == []


def test_server_down_then_up_is_delivered_on_retry(settings) -> None:
    server = SmtpServer()  # its port is chosen, nothing listens there yet
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        server.start()

    try:
        delivery = send(message(settings), settings.replace(**server.settings()), sleep=sleep)
    finally:
        server.stop()
    assert delivery.complete and delivery.attempts == 2 and sleeps == [1.5]
    assert "sau 2 lần thử" in delivery.summary()
    assert len(server.received) == 1


def test_server_down_for_good_keeps_the_message_for_the_queue(settings, tmp_path) -> None:
    cfg = settings.replace(smtp_host=HOST, smtp_port=free_port(), smtp_security="none")
    msg = message(settings)
    sleeps = Sleeps()
    with pytest.raises(DeliveryError) as info:
        send(msg, cfg, sleep=sleeps)
    err = info.value
    assert not err.permanent and err.attempts == 3 and sleeps == [1.5, 3.0]
    assert "sau 3 lần thử" in str(err) and "Không kết nối được" in str(err)
    assert err.message is msg and err.accepted == ()
    assert set(err.recipients) == {
        "an@thads.gov.vn",
        "ban-doc@baophapluat.vn",
        "binh@moj.gov.vn",
        "luu-tru@baophapluat.vn",
    }
    queued = read_message(save_to_outbox(err.message, tmp_path / "queue"))
    assert queued["Message-ID"] == msg["Message-ID"] and queued["Bcc"] == msg["Bcc"]


def test_silent_server_times_out_and_is_retried(settings) -> None:
    with socket.socket() as silent:  # accepts connections (backlog) but never greets
        silent.bind((HOST, 0))
        silent.listen(8)
        cfg = settings.replace(
            smtp_host=HOST,
            smtp_port=silent.getsockname()[1],
            smtp_security="none",
            smtp_timeout=0.2,
            smtp_retries=1,
        )
        sleeps = Sleeps()
        with pytest.raises(DeliveryError) as info:
            send(message(settings), cfg, sleep=sleeps)
    assert not info.value.permanent and info.value.attempts == 2 and sleeps == [1.5]
    assert "không trả lời sau 0.2 giây" in str(info.value)


def test_temporary_data_refusal_is_retried(settings) -> None:
    handler = Recorder(data_replies=["451 4.3.0 Hệ thống bận, thử lại sau"])
    sleeps = Sleeps()
    with SmtpServer(handler) as server:
        delivery = send(message(settings), settings.replace(**server.settings()), sleep=sleeps)
    assert delivery.complete and delivery.attempts == 2 and sleeps == [1.5]
    assert len(server.received) == 1


def test_permanent_data_refusal_is_not_retried(settings) -> None:
    handler = Recorder(data_replies=["554 5.7.1 Nội dung bị chặn"])
    sleeps = Sleeps()
    with SmtpServer(handler) as server:
        with pytest.raises(DeliveryError) as info:
            send(message(settings), settings.replace(**server.settings()), sleep=sleeps)
    assert info.value.permanent and sleeps == [] and "554" in str(info.value)


def test_refused_recipient_is_reported_while_the_others_get_it(settings) -> None:
    handler = Recorder(refuse={"ban-doc@baophapluat.vn": "550 5.1.1 Không có hộp thư này"})
    sleeps = Sleeps()
    with SmtpServer(handler) as server:
        delivery = send(message(settings), settings.replace(**server.settings()), sleep=sleeps)
    assert not delivery.complete and delivery.attempts == 1 and sleeps == []
    [refused] = delivery.refused
    assert (refused.address, refused.code, refused.permanent) == (
        "ban-doc@baophapluat.vn",
        550,
        True,
    )
    assert refused.reply == "5.1.1 Không có hộp thư này"
    assert "ban-doc@baophapluat.vn" not in delivery.accepted and len(delivery.accepted) == 3
    [got] = server.received
    assert got.rcpt_tos == delivery.accepted
    assert "máy chủ thư từ chối: ban-doc@baophapluat.vn (550" in delivery.summary()


def test_all_recipients_refused_is_permanent(settings) -> None:
    handler = Recorder(refuse={"a@thads.gov.vn": "550 5.1.1 No", "b@thads.gov.vn": "553 5.1.3 No"})
    sleeps = Sleeps()
    with SmtpServer(handler) as server:
        msg = message(settings, to=["a@thads.gov.vn", "b@thads.gov.vn"], cc=[], bcc=[])
        with pytest.raises(DeliveryError) as info:
            send(msg, settings.replace(**server.settings()), sleep=sleeps)
    err = info.value
    assert err.permanent and err.attempts == 1 and sleeps == [] and err.recipients == ()
    assert [(r.address, r.code) for r in err.refused] == [
        ("a@thads.gov.vn", 550),
        ("b@thads.gov.vn", 553),
    ]
    assert str(err).startswith("Máy chủ thư từ chối mọi người nhận")
    assert server.received == []


def test_greylisted_recipient_is_retried_alone(settings) -> None:
    handler = Recorder(refuse_once={"binh@moj.gov.vn": "450 4.2.0 Greylisted"})
    sleeps = Sleeps()
    with SmtpServer(handler) as server:
        delivery = send(message(settings), settings.replace(**server.settings()), sleep=sleeps)
    assert delivery.complete and delivery.attempts == 2 and sleeps == [1.5]
    assert [r.rcpt_tos for r in server.received] == [
        ("an@thads.gov.vn", "ban-doc@baophapluat.vn", "luu-tru@baophapluat.vn"),
        ("binh@moj.gov.vn",),
    ]


def test_greylisted_for_good_raises_with_the_accepted_ones(settings) -> None:
    handler = Recorder(refuse={"binh@moj.gov.vn": "451 4.7.1 Thử lại sau"})
    with SmtpServer(handler) as server:
        with pytest.raises(DeliveryError) as info:
            send(message(settings), settings.replace(**server.settings()), sleep=Sleeps())
    err = info.value
    assert not err.permanent and err.attempts == 3 and err.recipients == ("binh@moj.gov.vn",)
    assert len(err.accepted) == 3 and len(server.received) == 1
    assert "tạm thời từ chối binh@moj.gov.vn (451 4.7.1 Thử lại sau)" in str(err)


def test_explicit_recipients_override_the_headers(settings, server) -> None:
    cfg = settings.replace(**server.settings())
    delivery = send(message(settings), cfg, recipients=["binh@moj.gov.vn"])
    assert delivery.accepted == ("binh@moj.gov.vn",)
    assert server.received[0].rcpt_tos == ("binh@moj.gov.vn",)


def test_without_smtp_the_message_goes_to_the_outbox(settings, tmp_path) -> None:
    msg = message(settings, attachments=[Attachment("Công văn.docx", b"PK")])
    delivery = send(msg, settings)
    assert delivery.method == "outbox" and len(delivery.accepted) == 4
    assert delivery.outbox_path is not None
    assert delivery.outbox_path.parent == tmp_path / "var" / "outbox"
    assert str(delivery.outbox_path) in delivery.summary()
    name = delivery.outbox_path.name
    assert name.startswith("20261129-070000-diem-tin-bao-chi-ve-cong-tac-thi-hanh-an-dan-su")
    assert name.endswith(".eml")
    assert [p.name for p in delivery.outbox_path.parent.iterdir()] == [name]  # no temp left
    saved = read_message(delivery.outbox_path)
    assert saved["Subject"] == SUBJECT
    assert saved["From"].addresses[0].display_name == "Điểm tin THADS"
    assert saved["Bcc"] == "luu-tru@baophapluat.vn"  # kept: the outbox copy is the whole job
    assert saved.get_body(("plain",)).get_content().replace("\r\n", "\n") == TEXT
    [attachment] = saved.iter_attachments()
    assert attachment.get_filename() == "Công văn.docx"
    assert send(msg, settings).outbox_path == delivery.outbox_path  # same message, same file


def test_outbox_message_is_delivered_later_with_bcc_hidden(settings, server, tmp_path) -> None:
    path = save_to_outbox(message(settings), tmp_path / "queue")
    delivery = send(read_message(path), settings.replace(**server.settings()))
    assert delivery.complete and "luu-tru@baophapluat.vn" in delivery.accepted
    [got] = server.received
    assert "Bcc" not in got.message and got.message["Subject"] == SUBJECT


def test_unwritable_outbox_raises_with_the_message(settings, tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    msg = message(settings)
    with pytest.raises(DeliveryError) as info:
        send(msg, settings.replace(outbox_dir=str(blocker / "outbox")))
    assert info.value.message is msg and not info.value.permanent
    assert str(info.value).startswith("Không ghi được thư vào hộp thư đi")


def test_ports_follow_the_security(settings) -> None:
    assert [smtp_port(settings.replace(smtp_security=s)) for s in ("none", "starttls", "ssl")] == [
        25,
        587,
        465,
    ]
    assert smtp_port(settings.replace(smtp_port=2525)) == 2525
