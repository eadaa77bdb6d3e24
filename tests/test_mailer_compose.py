"""mailer.compose: headers, structure, encodings and validation of composed messages (parsed back
from their wire bytes with the standard library)."""

from __future__ import annotations

import email
import unicodedata
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import default as default_policy

import pytest

import config
from mailer.compose import (
    Attachment,
    ComposeError,
    InlineImage,
    compose,
    envelope_recipients,
    message_id_for,
    parse_address,
    parse_address_list,
)

SUBJECT = "Cảnh báo: bài viết phản ánh sai về Chi cục Thi hành án dân sự huyện Quỳnh Lưu"
NFD = unicodedata.normalize("NFD", SUBJECT)


@pytest.fixture
def settings() -> config.Settings:
    return config.load({}, mail_from="diemtin@baophapluat.vn")


def parsed(msg: EmailMessage) -> EmailMessage:
    return email.message_from_bytes(msg.as_bytes(), _class=EmailMessage, policy=default_policy)


def build(settings: config.Settings, **changes) -> EmailMessage:
    fields = {"to": ["an@thads.gov.vn"], "subject": SUBJECT, "text": "Nội dung."}
    return compose(settings, **(fields | changes))


def test_decomposed_input_arrives_nfc(settings) -> None:
    msg = parsed(
        build(
            settings.replace(mail_from_name=unicodedata.normalize("NFD", "Điểm tin THADS")),
            to=[unicodedata.normalize("NFD", "Nguyễn Thị Huệ <hue@thads.gov.vn>")],
            subject=NFD,
            text=unicodedata.normalize("NFD", "Chấp hành viên đã xác minh."),
            html=unicodedata.normalize("NFD", "<p>Chấp hành viên đã xác minh.</p>"),
        )
    )
    assert NFD != SUBJECT
    assert msg["Subject"] == SUBJECT
    assert msg["From"].addresses[0].display_name == "Điểm tin THADS"
    assert msg["To"].addresses[0].display_name == "Nguyễn Thị Huệ"
    assert msg.get_body(("plain",)).get_content().strip() == "Chấp hành viên đã xác minh."
    assert msg.get_body(("html",)).get_content().strip() == "<p>Chấp hành viên đã xác minh.</p>"


def test_wire_format_is_seven_bit_with_encoded_headers(settings) -> None:
    raw = build(settings, subject=SUBJECT * 2, html="<p>Hà Nội</p>").as_bytes()
    assert raw.isascii()
    assert b"\r\n" in raw and b"=?utf-8?" in raw
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    assert parsed(build(settings, subject=SUBJECT * 2))["Subject"] == SUBJECT + SUBJECT


def test_scraped_line_breaks_cannot_inject_headers(settings) -> None:
    msg = parsed(
        build(
            settings,
            subject="Tin nóng\r\nBcc: ke-gian@example.com\n\tX-Evil: 1",
            to=[("Tên\r\nBcc: x@example.com", "an@thads.gov.vn")],
        )
    )
    assert msg["Subject"] == "Tin nóng Bcc: ke-gian@example.com X-Evil: 1"
    assert "Bcc" not in msg and "X-Evil" not in msg
    assert envelope_recipients(msg) == ["an@thads.gov.vn"]


def test_date_is_aware_local_time(settings) -> None:
    when = datetime(2026, 11, 29, 0, 30, tzinfo=UTC)
    msg = build(settings, date=when)
    assert msg["Date"] == "Sun, 29 Nov 2026 07:30:00 +0700"
    assert msg["Date"].datetime == when
    default = build(settings)["Date"].datetime
    assert default.utcoffset() == timedelta(hours=7)
    with pytest.raises(ValueError, match="aware"):
        build(settings, date=datetime(2026, 11, 29, 7, 0))


def test_message_ids(settings) -> None:
    first, second = build(settings), build(settings)
    assert first["Message-ID"] != second["Message-ID"]
    assert first["Message-ID"].endswith("@baophapluat.vn>")
    keyed = build(settings, message_key="digest:2026-11-29:an@thads.gov.vn")
    again = build(settings, message_key="digest:2026-11-29:an@thads.gov.vn")
    other = build(settings, message_key="digest:2026-11-30:an@thads.gov.vn")
    assert keyed["Message-ID"] == again["Message-ID"] != other["Message-ID"]
    assert keyed["Message-ID"] == message_id_for(
        "digest:2026-11-29:an@thads.gov.vn", "baophapluat.vn"
    )
    own_domain = build(settings.replace(mail_domain="diemtin.moj.gov.vn"), message_key="k")
    assert own_domain["Message-ID"].endswith("@diemtin.moj.gov.vn>")


def test_threading_headers(settings) -> None:
    msg = build(settings, in_reply_to="case-12@baophapluat.vn", references=["<root@x.vn>"])
    assert msg["In-Reply-To"] == "<case-12@baophapluat.vn>"
    assert msg["References"] == "<root@x.vn> <case-12@baophapluat.vn>"
    plain = build(settings)
    assert "In-Reply-To" not in plain and "References" not in plain
    with pytest.raises(ComposeError, match="Message-ID không hợp lệ"):
        build(settings, in_reply_to="không phải id")


def test_plain_only_and_alternative_structure(settings) -> None:
    assert build(settings).get_content_type() == "text/plain"
    msg = parsed(build(settings, html="<p>x</p>"))
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]


def test_inline_images_are_related_to_the_html(settings) -> None:
    png = b"\x89PNG\r\n\x1a\nbieu-do"
    msg = parsed(
        build(
            settings,
            html='<p>Biểu đồ:</p><img src="cid:chart-1@diemtin">',
            inline_images=[InlineImage("chart-1@diemtin", png, filename="Biểu đồ.png")],
            attachments=[Attachment("Báo cáo.pdf", b"%PDF")],
        )
    )
    assert msg.get_content_type() == "multipart/mixed"
    alternative = next(msg.iter_parts())
    plain, related = alternative.iter_parts()
    assert (plain.get_content_type(), related.get_content_type()) == (
        "text/plain",
        "multipart/related",
    )
    html, image = related.iter_parts()
    assert html.get_content_type() == "text/html"
    assert image["Content-ID"] == "<chart-1@diemtin>"
    assert image.get_content_type() == "image/png" and image.get_content() == png
    assert image.get_filename() == "Biểu đồ.png"
    with pytest.raises(ComposeError, match="không dùng ảnh nhúng cid:chart-2"):
        build(settings, html="<p>x</p>", inline_images=[InlineImage("chart-2", png)])
    with pytest.raises(ComposeError, match="khi thư có phần HTML"):
        build(settings, inline_images=[InlineImage("chart-1", png)])


def test_attachment_types_and_names(settings) -> None:
    msg = parsed(
        build(
            settings,
            attachments=[
                Attachment("Công văn số 15/TCT.docx", b"d"),
                Attachment("Biểu theo dõi.XLSX", b"x"),
                Attachment("../../Báo cáo.pdf", b"p"),
                Attachment("dữ liệu", b"?"),
                Attachment("ảnh.bin", b"i", content_type="image/jpeg"),
            ],
        )
    )
    got = [(p.get_filename(), p.get_content_type()) for p in msg.iter_attachments()]
    assert got == [
        (
            "Công văn số 15-TCT.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("Biểu theo dõi.XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("Báo cáo.pdf", "application/pdf"),
        ("dữ liệu", "application/octet-stream"),
        ("ảnh.bin", "image/jpeg"),
    ]
    raw = build(settings, attachments=[Attachment("Báo cáo.pdf", b"p")]).as_bytes()
    assert b"filename*=utf-8''B%C3%A1o%20c%C3%A1o.pdf" in raw  # RFC 2231
    with pytest.raises(ComposeError, match="Kiểu nội dung không hợp lệ"):
        build(settings, attachments=[Attachment("a.txt", b"", content_type="text")])


def test_bad_addresses_are_named(settings) -> None:
    with pytest.raises(ComposeError) as info:
        build(settings, to=["an@thads.gov.vn", "khong-co-a-cong"])
    assert str(info.value) == "Địa chỉ thư không hợp lệ: 'khong-co-a-cong' (người nhận (To))"
    with pytest.raises(ComposeError, match=r"'a@b' \(đồng gửi \(Cc\)\)"):
        build(settings, cc=["a@b"])
    with pytest.raises(ComposeError, match=r"gửi ẩn \(Bcc\)"):
        build(settings, bcc=["nguyễn@thads.gov.vn"])
    with pytest.raises(ComposeError, match="chưa có người nhận"):
        build(settings, to=[])
    with pytest.raises(ComposeError, match="cần có tiêu đề"):
        build(settings, subject=" \n ")
    with pytest.raises(ComposeError, match="văn bản thuần"):
        build(settings, text="")


def test_recipients_are_deduplicated_and_bcc_stays_in_the_composed_message(settings) -> None:
    msg = build(
        settings,
        to=["an@thads.gov.vn", "AN@thads.gov.vn"],
        cc=["an@thads.gov.vn", "binh@moj.gov.vn"],
        bcc="luu-tru@baophapluat.vn",
    )
    assert msg["To"] == "an@thads.gov.vn" and msg["Cc"] == "binh@moj.gov.vn"
    assert msg["Bcc"] == "luu-tru@baophapluat.vn"
    assert envelope_recipients(msg) == [
        "an@thads.gov.vn",
        "binh@moj.gov.vn",
        "luu-tru@baophapluat.vn",
    ]
    assert msg["Auto-Submitted"] == "auto-generated"


@pytest.mark.parametrize(
    ("value", "name", "addr"),
    [
        ("an@thads.gov.vn", "", "an@thads.gov.vn"),
        ("Nguyễn Văn An <an@THADS.gov.vn>", "Nguyễn Văn An", "an@thads.gov.vn"),
        ('"Trần, Thị Bình" <binh@moj.gov.vn>', "Trần, Thị Bình", "binh@moj.gov.vn"),
        (("Tổ công tác", "tct@moj.gov.vn"), "Tổ công tác", "tct@moj.gov.vn"),
        ("hop-thu@Bücher.vn", "", "hop-thu@xn--bcher-kva.vn"),
        ("diemtin@localhost", "", "diemtin@localhost"),
    ],
)
def test_parse_address(value, name, addr) -> None:
    parsed_address = parse_address(value)
    assert (parsed_address.display_name, parsed_address.addr_spec) == (name, addr)


@pytest.mark.parametrize("value", ["", "a@", "@b.vn", "a b@c.vn", "a@b", "a@-b.vn", "<a@b.vn"])
def test_parse_address_refuses(value) -> None:
    with pytest.raises(ComposeError, match="Địa chỉ thư không hợp lệ"):
        parse_address(value)


def test_parse_address_list() -> None:
    got = parse_address_list('"Trần, Thị Bình" <binh@moj.gov.vn>; an@thads.gov.vn, ,tct@moj.gov.vn')
    assert [(a.display_name, a.addr_spec) for a in got] == [
        ("Trần, Thị Bình", "binh@moj.gov.vn"),
        ("", "an@thads.gov.vn"),
        ("", "tct@moj.gov.vn"),
    ]
    assert parse_address_list("") == []
    with pytest.raises(ComposeError, match="'sai'"):
        parse_address_list("an@thads.gov.vn, sai")
