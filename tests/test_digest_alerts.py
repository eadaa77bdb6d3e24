"""Urgent alerts: an article assessed inaccurate with high confidence is announced at once to the
alert list, once per story; below the threshold nothing; a failed alert stays queued and goes out
on the next call."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

import config
from digest.alerts import run_alerts, send_alerts
from storage.classifications import record_relabel
from storage.db import make_engine
from storage.models import Article, DigestAlert
from tests.support.digest_data import (
    BODIES,
    BUILT_AT,
    HOSTILE_OUTLET,
    at,
    classify,
    mail_settings,
    record,
    seed,
    store,
)
from tests.support.smtp import SmtpServer, free_port

ALERTS = "Trực ban <truc-ban@moj.gov.vn>, lanh-dao@thads.gov.vn"
SINCE = at(25, 7)


@pytest.fixture
def seeded_engine(engine: Engine) -> Engine:
    with Session(engine) as session:
        seed(session, cases=False)
    return engine


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    with SmtpServer() as srv:
        yield srv


def make_settings(tmp_path: Path, **overrides: object) -> config.Settings:
    values: dict[str, object] = {
        "alert_to": ALERTS,
        "digest_to": "diem-tin@moj.gov.vn",
        "smtp_retries": 1,
        "smtp_retry_backoff": 0.0,
    }
    return mail_settings(tmp_path, **{**values, **overrides})


def alerts(engine: Engine) -> list[DigestAlert]:
    with Session(engine) as session:
        return list(session.scalars(select(DigestAlert).order_by(DigestAlert.id)))


@pytest.mark.postgres
def test_one_alert_per_story_to_the_alert_list(
    seeded_engine: Engine, server: SmtpServer, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, **server.settings())
    report = send_alerts(seeded_engine, settings, since=SINCE, now=BUILT_AT)
    assert len(report.sent) == 1 and report.ok
    (received,) = server.received
    assert set(received.rcpt_tos) == {"truc-ban@moj.gov.vn", "lanh-dao@thads.gov.vn"}
    msg = received.message
    assert msg["Subject"] == (
        "[KHẨN] Tin sai sự thật về thi hành án dân sự: THADS thi hành án tử hình?"
    )
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "chậm nhất 15:00 26/11/2026" in text  # published 25/11 15:00, plus 24 hours
    assert "Đề nghị cải chính" in text and "Sai sự thật (độ tin cậy 88%)" in text
    assert HOSTILE_OUTLET in text and HOSTILE_OUTLET not in html
    assert "tin&lt;img src=x onerror=alert(1)&gt;" in html
    (row,) = alerts(seeded_engine)
    assert row.status == "sent" and row.message_id == msg["Message-ID"]
    # Once per story: a second call (a later crawl) sends nothing.
    again = send_alerts(seeded_engine, settings, since=SINCE, now=BUILT_AT)
    assert again.sent == [] and len(server.received) == 1


def test_a_syndicated_copy_of_an_alerted_story_does_not_alert_again(
    seeded_engine: Engine, server: SmtpServer, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, **server.settings())
    send_alerts(seeded_engine, settings, since=SINCE, now=BUILT_AT)
    with Session(seeded_engine) as session:
        copy = store(
            session, record("tuoitre", "sai-luat", BODIES["sai-luat"], "Chép lại", at(26, 6))
        )
        classify(session, copy, "inaccurate", 0.95, relevance=0.99)
    report = send_alerts(seeded_engine, settings, article_ids=[copy], now=BUILT_AT)
    assert report.sent == [] and len(server.received) == 1


def test_below_the_threshold_or_not_inaccurate_there_is_no_alert(
    seeded_engine: Engine, server: SmtpServer, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, alert_min_confidence=0.9, **server.settings())
    assert send_alerts(seeded_engine, settings, since=SINCE, now=BUILT_AT).sent == []
    assert server.received == [] and alerts(seeded_engine) == []


def test_without_recipients_alerts_are_reported_not_recorded(
    seeded_engine: Engine, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, alert_to="", digest_to="")
    report = send_alerts(seeded_engine, settings, since=SINCE, now=BUILT_AT)
    assert report.no_recipients == 1 and "DIEMTIN_ALERT_TO" in " ".join(report.lines())
    assert alerts(seeded_engine) == []


def test_a_failed_alert_stays_queued_and_goes_out_next_time(
    seeded_engine: Engine, tmp_path: Path
) -> None:
    port = free_port()
    settings = make_settings(tmp_path, smtp_host="127.0.0.1", smtp_port=port, smtp_security="none")
    report = send_alerts(seeded_engine, settings, since=SINCE, now=BUILT_AT, sleep=lambda s: None)
    assert len(report.queued) == 1 and not report.ok
    assert "CHƯA GỬI ĐƯỢC" in " ".join(report.lines())
    (row,) = alerts(seeded_engine)
    assert row.status == "queued" and row.attempts == 2 and row.last_error
    with SmtpServer(port=port) as srv:
        later = send_alerts(seeded_engine, settings, article_ids=[], now=BUILT_AT)
        assert len(later.sent) == 1
        (received,) = srv.received
    assert received.message["Message-ID"] == row.message_id
    assert alerts(seeded_engine)[0].status == "sent"


def test_a_person_relabelling_as_inaccurate_alerts_without_a_score(
    seeded_engine: Engine, server: SmtpServer, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, **server.settings())
    with Session(seeded_engine) as session:
        positive = session.scalar(select(Article.id).where(Article.title.like("Thu hồi%")))
        assert positive is not None
        record_relabel(session, positive, "Trần Thị Bình", relevant=True, label="inaccurate")
    report = send_alerts(seeded_engine, settings, since=SINCE, now=BUILT_AT)
    assert len(report.sent) == 2
    subjects = [r.message["Subject"] for r in server.received]
    assert any(s.endswith("Thu hồi hơn 3.000 tỷ đồng") for s in subjects)


def test_run_alerts_never_raises_and_reports(seeded_engine: Engine, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, smtp_host="")
    report = run_alerts(settings, seeded_engine, article_ids=[], now=BUILT_AT)
    assert report.ok and report.sent == [] and report.outbox == []
    broken = make_engine(f"sqlite:///{tmp_path / 'empty' / 'no-schema.sqlite3'}")
    failed = run_alerts(settings, broken, article_ids=[1], now=BUILT_AT)
    assert failed.failed and not failed.ok
    assert "Không gửi được cảnh báo khẩn" in " ".join(failed.lines())
