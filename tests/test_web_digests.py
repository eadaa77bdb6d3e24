"""The digest archive in the web app: each day's digest as sent (sandboxed, escaped), deliveries
per recipient, the .eml download, resending by admins."""

from __future__ import annotations

from datetime import date
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from digest.delivery import send_digest
from storage.models import DigestDelivery, DigestIssue
from tests.support.web import (
    cheap_passwords,  # noqa: F401
    make_app,
    post,
    sign_in,
    web_settings,
)
from tests.support.workflow import NOW, add_people, classify, store

DAY = date(2026, 11, 21)  # covers 20/11 07:00 → 21/11 07:00 (NOW is 20/11 09:00)
HOSTILE_TOPIC = "<script>alert(1)</script> kê biên"

pytestmark = [pytest.mark.postgres, pytest.mark.usefixtures("cheap_passwords")]


@pytest.fixture
def world(tmp_path: Path, engine: Engine):
    overrides = {"digest_to": "vanphong@example.vn", "digest_cc": "to.congtac@example.vn"}
    with Session(engine) as session:
        add_people(session)
        article = store(session, outlet="baophapluat", topic=HOSTILE_TOPIC, published=NOW)
        classify(session, article, label="inaccurate")
    report = send_digest(engine, web_settings(tmp_path, engine, **overrides), DAY, now=NOW)
    assert report.outbox  # no SMTP configured: written to the outbox, stored in the database
    app = make_app(tmp_path, engine, **overrides)
    return app, app.test_client()


def test_archive_and_the_digest_as_sent(world) -> None:
    app, client = world
    sign_in(client, app, "xem")
    archive = client.get("/digests").get_data(as_text=True)
    assert "21/11/2026" in archive and "/digests/2026-11-21" in archive
    page = client.get("/digests/2026-11-21").get_data(as_text=True)
    assert "Điểm tin báo chí về công tác thi hành án dân sự ngày 21/11/2026" in page
    assert "vanphong@example.vn" in page and "to.congtac@example.vn" in page
    assert "Đã lưu vào hộp thư đi" in page
    assert '<iframe class="digest" src="/digests/2026-11-21/message.html" sandbox' in page
    assert "Lập lại và gửi lại" not in page  # only admins resend
    frame = client.get("/digests/2026-11-21/message.html")
    assert frame.status_code == 200 and frame.mimetype == "text/html"
    csp = frame.headers["Content-Security-Policy"]
    assert "sandbox" in csp and "script-src" not in csp and "default-src 'none'" in csp
    assert frame.headers["X-Frame-Options"] == "SAMEORIGIN"
    text = frame.get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; kê biên" in text and "<script>" not in text
    eml = client.get("/digests/2026-11-21/message.eml")
    assert eml.headers["Content-Disposition"].startswith("attachment;")
    message = message_from_bytes(eml.data, policy=policy.default)
    assert message["Subject"] == "Điểm tin báo chí về công tác thi hành án dân sự ngày 21/11/2026"
    assert client.get("/digests/2026-11-22").status_code == 404
    assert client.get("/digests/không-phải-ngày").status_code == 404


def test_admin_resends(world, engine: Engine) -> None:
    app, client = world
    with Session(engine) as session:
        built = session.scalars(select(DigestIssue.built_at)).one()
    sign_in(client, app, "quantri")
    assert "Lập lại và gửi lại" in client.get("/digests/2026-11-21").get_data(as_text=True)
    response = post(client, "/digests/2026-11-21/resend")
    assert response.status_code == 303
    page = client.get("/digests/2026-11-21").get_data(as_text=True)
    assert "đã được ghi vào hộp thư đi" in page
    with Session(engine) as session:
        issue = session.scalars(select(DigestIssue)).one()
        rows = session.scalars(select(DigestDelivery)).all()
    assert issue.built_at > built  # rebuilt
    assert {r.recipient for r in rows} == {"vanphong@example.vn", "to.congtac@example.vn"}
    sign_in(client, app, "hung")
    assert post(client, "/digests/2026-11-21/resend").status_code == 403
