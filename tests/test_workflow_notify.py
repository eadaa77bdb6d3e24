"""Case notifications (workflow.notify) delivered to a real SMTP server (aiosmtpd on loopback).

Calendar facts used below: Friday 20/11/2026 and Monday 23/11/2026 are working days, Tuesday
24/11/2026 is a public holiday (Ngày Văn hóa Việt Nam), Wednesday 25/11 a working day. A case
triaged on Friday at 10:00 is due on Monday at 17:00 (``deadline_triaged_days`` = 1) and reminded
on Friday at 17:00; one triaged on Monday at 10:00 is due on Wednesday at 17:00 and reminded on
Monday at 17:00.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

import config
from mailer.transport import read_message
from storage.db import make_engine, upgrade
from storage.models import LOCAL_TZ, User
from tests.support.cli import clean_env, diemtin
from tests.support.smtp import Recorder, SmtpServer, free_port
from tests.support.workflow import add_people
from workflow.cases import (
    advance,
    assign,
    events,
    get_case,
    open_reader_letter,
    replay,
    stored_snapshot,
)
from workflow.notify import NOTIFIED, NOTIFY_FAILED, run_notifications

pytestmark = pytest.mark.postgres

EMAILS = {
    "lan": ("Nguyễn Thị Lan", "lan@thads.example.vn"),
    "hung": ("Trần Văn Hùng", "hung@thads.example.vn"),
}
OFFICE = "vanphong@thads.example.vn"
NEWSROOM = "bandoc@baophapluat.example.vn"
HOSTILE = 'Cưỡng chế <img src=x onerror="alert(1)"> & </td></table><script>x()</script>'


def at(day: int, hour: int = 10, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=LOCAL_TZ)


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with SmtpServer() as server:
        yield server


@pytest.fixture
def settings(tmp_path: Path, smtp: SmtpServer) -> config.Settings:
    return config.load(
        {},
        data_dir=str(tmp_path / "data"),
        mail_from="diemtin@thads.example.vn",
        smtp_retries=0,
        smtp_timeout=5,
        focal_point_office_email=f"Văn phòng Cục <{OFFICE}>",
        focal_point_newsroom_email=NEWSROOM,
        web_base_url="https://diemtin.example.vn/",
        **smtp.settings(),
    )


@pytest.fixture
def people(engine: Engine) -> None:
    with Session(engine) as session:
        add_people(session)
        for name, (full, email) in EMAILS.items():
            user = session.query(User).filter_by(username=name).one()
            user.full_name, user.email = full, email
        session.commit()


def _case(engine: Engine, *, opened: datetime, triaged: datetime, title: str = HOSTILE) -> str:
    with Session(engine, expire_on_commit=False) as session:
        case = open_reader_letter(
            session,
            by="lan",
            title=title,
            sender_name="Ông Nguyễn Văn A",
            text="Đề nghị xác minh việc kê biên tài sản.",
            province="Tây Ninh",
            now=opened,
        )
        advance(session, case.code, "triaged", by="lan", now=triaged)
        return case.code


def _trail(engine: Engine, code: str) -> list[tuple[str, dict, str | None]]:
    with Session(engine) as session:
        return [
            (e.action, json.loads(e.data), e.note)
            for e in events(session, get_case(session, code))
            if e.action in {NOTIFIED, NOTIFY_FAILED}
        ]


def _rcpts(message: EmailMessage, field: str) -> list[str]:
    return [a for _, a in getaddresses(message.get_all(field, []))]


def _parts(message: EmailMessage) -> tuple[str, str]:
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    return text, html


def test_assignment_goes_to_the_assigned_and_the_focal_points_once(
    engine: Engine, settings: config.Settings, smtp: SmtpServer, people: None
) -> None:
    code = _case(engine, opened=at(20, 9), triaged=at(20, 9, 10))
    with Session(engine) as session:
        assign(session, code, by="hung", add=["lan", "hung"], now=at(20, 9, 30))
        case_id = get_case(session, code).id

    report = run_notifications(settings, engine, at(20, 9, 40))
    assert [o.status for o in report.outcomes] == ["sent"] and report.failed == 0
    assert len(smtp.received) == 1
    got = smtp.received[0]
    assert sorted(got.rcpt_tos) == sorted(
        ["lan@thads.example.vn", "hung@thads.example.vn", OFFICE, NEWSROOM]
    )
    message = got.message
    assert sorted(_rcpts(message, "To")) == ["hung@thads.example.vn", "lan@thads.example.vn"]
    assert sorted(_rcpts(message, "Cc")) == sorted([OFFICE, NEWSROOM])
    assert "Nguyễn Thị Lan" in str(message["To"])
    assert str(message["Subject"]).startswith(f"[Điểm tin THADS] Phân công xử lý vụ việc {code}")
    text, html = _parts(message)
    assert "vừa được phân công cho lan, hung" in text
    assert "Trạng thái: Đã sàng lọc" in text
    assert "Hạn xử lý bước này: 17:00 ngày 23/11/2026" in text
    assert f"https://diemtin.example.vn/cases/{case_id}" in text
    assert f'href="https://diemtin.example.vn/cases/{case_id}"' in html
    # the scraped/hostile title is text in the HTML, never markup
    assert "<img" not in html and "<script" not in html and "</table><script" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;/td&gt;" in html
    assert HOSTILE in text

    action, data, note = _trail(engine, code)[-1]
    assert action == NOTIFIED and data["kind"] == "assignment"
    assert data["message_id"] == message["Message-ID"] and data["method"] == "smtp"
    assert sorted(data["accepted"]) == sorted(got.rcpt_tos) and data["pending"] == []
    assert data["deadline"] == "2026-11-23T17:00:00+07:00"
    assert note.startswith("Đã gửi tới ") and "thư phân công" in note

    # running again sends nothing
    again = run_notifications(settings, engine, at(20, 9, 50))
    assert again.outcomes == [] and len(smtp.received) == 1
    # a new assignment is a new notice, to the newly assigned only (and the focal points)
    with Session(engine) as session:
        assign(session, code, by="hung", remove=["lan"], now=at(20, 10))
        assign(session, code, by="hung", add=["lan"], now=at(20, 10, 5))
    run_notifications(settings, engine, at(20, 10, 10))
    assert len(smtp.received) == 2
    assert sorted(smtp.received[1].rcpt_tos) == sorted(["lan@thads.example.vn", OFFICE, NEWSROOM])
    with Session(engine) as session:
        case = get_case(session, code)
        assert replay(events(session, case)) == stored_snapshot(session, case)


@pytest.mark.parametrize(
    ("triaged", "due_at", "remind"),
    [
        (at(20), at(23, 17), at(20, 17)),  # across the weekend
        (at(23), at(25, 17), at(23, 17)),  # across the 24/11 holiday
    ],
)
def test_reminder_one_working_day_before_then_overdue_once(
    engine: Engine,
    settings: config.Settings,
    smtp: SmtpServer,
    people: None,
    triaged: datetime,
    due_at: datetime,
    remind: datetime,
) -> None:
    due = due_at.strftime("%H:%M ngày %d/%m/%Y")
    code = _case(engine, opened=triaged.replace(hour=9), triaged=triaged, title="Vụ kê biên")
    with Session(engine) as session:
        assign(session, code, by="hung", add=["lan"], now=triaged)
    run_notifications(settings, engine, triaged.replace(minute=5))  # the assignment
    assert len(smtp.received) == 1

    assert run_notifications(settings, engine, remind.replace(hour=16, minute=59)).outcomes == []
    report = run_notifications(settings, engine, remind)
    assert [o.kind for o in report.outcomes] == ["reminder"]
    reminder = smtp.received[-1].message
    assert sorted(smtp.received[-1].rcpt_tos) == sorted(["lan@thads.example.vn", OFFICE, NEWSROOM])
    assert f"Nhắc hạn: vụ việc {code} đến hạn {due}" in str(reminder["Subject"])
    text, _ = _parts(reminder)
    assert f"sắp đến hạn xử lý bước «Đã sàng lọc»: hạn là {due}" in text
    assert "QUÁ HẠN" not in text
    # nothing more until the deadline has passed, on any day in between
    for moment in (remind.replace(hour=20), at(21, 9), at(24, 9), due_at):
        if remind < moment <= due_at:  # the weekend, the holiday, the deadline itself
            assert run_notifications(settings, engine, moment).outcomes == []
    assert len(smtp.received) == 2

    report = run_notifications(settings, engine, due_at.replace(minute=1))
    assert [o.kind for o in report.outcomes] == ["overdue"]
    late = smtp.received[-1].message
    assert str(late["Subject"]).startswith(f"[Điểm tin THADS] QUÁ HẠN: vụ việc {code}")
    text, html = _parts(late)
    assert f"Hạn xử lý bước này: {due} — QUÁ HẠN" in text and "color:#b00020" in html
    # overdue once per state entry (repeat off by default), even days later
    assert run_notifications(settings, engine, at(2, 9, month=12)).outcomes == []
    assert len(smtp.received) == 3
    kinds = [d["kind"] for a, d, _ in _trail(engine, code) if a == NOTIFIED]
    assert kinds == ["assignment", "reminder", "overdue"]
    # a new state is a new deadline: reminders and overdue notices start again
    with Session(engine) as session:
        advance(session, code, "notified_local", by="lan", now=at(2, 10, month=12))
    report = run_notifications(settings, engine, at(3, 17, 1, month=12))
    assert [o.kind for o in report.outcomes] == ["overdue"]


def test_a_deadline_shorter_than_the_reminder_lead_gets_no_reminder(
    engine: Engine, settings: config.Settings, smtp: SmtpServer, people: None
) -> None:
    # A new case waits in `detected` with a same-day deadline (17:00): a reminder "one working day
    # before" would go out the moment it opens; only the overdue notice follows.
    with Session(engine, expire_on_commit=False) as session:
        code = open_reader_letter(
            session,
            by="lan",
            title="Vụ kê biên",
            sender_name="Ông Nguyễn Văn A",
            text="Đề nghị xác minh việc kê biên tài sản.",
            province="Tây Ninh",
            now=at(20, 9),
        ).code
    assert run_notifications(settings, engine, at(20, 9, 5)).outcomes == []
    assert run_notifications(settings, engine, at(20, 16, 59)).outcomes == []
    report = run_notifications(settings, engine, at(20, 17, 1))
    assert [o.kind for o in report.outcomes] == ["overdue"] and len(smtp.received) == 1
    assert f"QUÁ HẠN: vụ việc {code}" in str(smtp.received[0].message["Subject"])


def test_overdue_repeats_every_n_working_days_when_set(
    engine: Engine, settings: config.Settings, smtp: SmtpServer, people: None
) -> None:
    code = _case(engine, opened=at(20, 9), triaged=at(20), title="Vụ kê biên")  # due Mon 23 17:00
    repeat = settings.replace(notify_overdue_repeat_days=2)
    sent = []
    for moment in (at(23, 18), at(25, 9), at(26, 9), at(27, 9), at(27, 15), at(1, 9, month=12)):
        sent += [(moment.day, o.kind) for o in run_notifications(repeat, engine, moment).outcomes]
    # the first working day after the deadline is Wed 25 (Tue 24 is a holiday): +2 → Fri 27,
    # +4 → Tue 1/12
    assert sent == [(23, "overdue"), (27, "overdue"), (1, "overdue")]
    keys = [d["key"] for a, d, _ in _trail(engine, code) if d["kind"] == "overdue"]
    assert len(set(keys)) == 3


def test_failure_is_recorded_then_delivered_at_the_next_run(
    engine: Engine, settings: config.Settings, people: None, tmp_path: Path
) -> None:
    code = _case(engine, opened=at(20, 9), triaged=at(20, 9, 10), title="Vụ kê biên")
    with Session(engine) as session:
        assign(session, code, by="hung", add=["lan", "hung"], now=at(20, 9, 30))

    # the relay is down: nothing delivered, the failure is an event
    down = settings.replace(smtp_host="127.0.0.1", smtp_port=free_port())
    report = run_notifications(down, engine, at(20, 9, 40))
    assert [o.status for o in report.outcomes] == ["failed"] and report.failed == 1
    action, data, note = _trail(engine, code)[-1]
    assert action == NOTIFY_FAILED and data["kind"] == "assignment" and data["accepted"] == []
    assert len(data["pending"]) == 4 and "Sẽ gửi lại" in note

    # the relay answers 451 once, and refuses one address for good
    recorder = Recorder(data_replies=["451 4.3.0 Thử lại sau"])
    recorder.refuse["hung@thads.example.vn"] = "550 5.1.1 Không có hộp thư này"
    with SmtpServer(recorder) as server:
        up = settings.replace(**server.settings())
        report = run_notifications(up, engine, at(20, 9, 50))
        assert [o.status for o in report.outcomes] == ["failed"] and server.received == []
        report = run_notifications(up, engine, at(20, 10))
        assert [o.status for o in report.outcomes] == ["sent"]
        assert len(server.received) == 1
        assert sorted(server.received[0].rcpt_tos) == sorted(
            ["lan@thads.example.vn", OFFICE, NEWSROOM]
        )
        first_id = _trail(engine, code)[0][1]["message_id"]
        assert server.received[0].message["Message-ID"] == first_id  # the same message
        action, data, note = _trail(engine, code)[-1]
        assert action == NOTIFIED and data["refused"][0]["address"] == "hung@thads.example.vn"
        assert data["refused"][0]["code"] == 550 and "từ chối" in note
        # delivered: never again, and the refused address is not retried
        assert run_notifications(up, engine, at(20, 11)).outcomes == []
        assert len(server.received) == 1
    assert [a for a, _, _ in _trail(engine, code)] == [NOTIFY_FAILED, NOTIFY_FAILED, NOTIFIED]


def test_without_smtp_the_message_goes_to_the_outbox_once(
    engine: Engine, settings: config.Settings, people: None
) -> None:
    code = _case(engine, opened=at(20, 9), triaged=at(20, 9, 10), title="Vụ kê biên")
    with Session(engine) as session:
        assign(session, code, by="hung", add=["lan"], now=at(20, 9, 30))
    offline = settings.replace(smtp_host="")
    report = run_notifications(offline, engine, at(20, 9, 40))
    assert [o.status for o in report.outcomes] == ["outbox"]
    files = list(offline.outbox_path.glob("*.eml"))
    assert len(files) == 1
    saved = read_message(files[0])
    assert str(saved["Subject"]).startswith("[Điểm tin THADS] Phân công")
    assert _trail(engine, code)[-1][1]["method"] == "outbox"
    assert run_notifications(offline, engine, at(20, 9, 50)).outcomes == []
    assert len(list(offline.outbox_path.glob("*.eml"))) == 1


def test_no_recipients_and_finished_cases(
    engine: Engine, settings: config.Settings, smtp: SmtpServer
) -> None:
    with Session(engine) as session:
        add_people(session)  # nobody has an e-mail address
    code = _case(engine, opened=at(20, 9), triaged=at(20, 9, 10), title="Vụ kê biên")
    with Session(engine) as session:
        assign(session, code, by="hung", add=["lan"], now=at(20, 9, 30))
    alone = settings.replace(focal_point_office_email="", focal_point_newsroom_email="")
    report = run_notifications(alone, engine, at(20, 17))
    assert {o.status for o in report.outcomes} == {"no_recipients"}
    assert "không có người nhận" in report.outcomes[0].message
    assert _trail(engine, code) == [] and smtp.received == []
    # the focal points alone get it (as To) once they are configured
    report = run_notifications(settings, engine, at(20, 17, 5))
    assert sorted(o.kind for o in report.outcomes) == ["assignment", "reminder"]
    assert sorted(_rcpts(smtp.received[0].message, "To")) == sorted([OFFICE, NEWSROOM])
    # a finished case gets nothing, even overdue
    with Session(engine) as session:
        advance(session, code, "dismissed", by="hung", note="Không cần xử lý.", now=at(20, 18))
    assert run_notifications(settings, engine, at(30, 9)).outcomes == []


def test_cli_exit_codes(tmp_path: Path) -> None:
    """`diemtin case notify` / `case watch` as cron runs them (SQLite only: the subprocesses are
    the slow part, the back ends are covered above)."""
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    with Session(engine) as session:
        add_people(session)
    code = _case(engine, opened=at(20, 9), triaged=at(20, 9, 10), title="Vụ kê biên")
    engine.dispose()
    env = clean_env(
        {
            "DIEMTIN_DATA_DIR": str(tmp_path / "cli"),
            "DIEMTIN_DATABASE_URL": url,
            "DIEMTIN_SMTP_HOST": "127.0.0.1",
            "DIEMTIN_SMTP_PORT": str(free_port()),
            "DIEMTIN_SMTP_SECURITY": "none",
            "DIEMTIN_SMTP_RETRIES": "0",
            "DIEMTIN_FOCAL_POINT_OFFICE_EMAIL": OFFICE,
        }
    )
    failed = diemtin(["case", "notify", "--now", "2026-11-20T17:30"], env)
    assert failed.returncode == 1, failed.stderr
    assert f"{code}: chưa gửi được thư nhắc hạn" in failed.stderr
    assert "sẽ gửi lại ở lần chạy sau" in failed.stdout
    bad = diemtin(["case", "notify", "--now", "hôm qua"], env)
    assert bad.returncode == 2 and "thời điểm không hợp lệ" in bad.stderr
    env["DIEMTIN_SMTP_HOST"] = ""
    done = diemtin(["case", "notify", "--now", "2026-11-20T17:30"], env)
    assert done.returncode == 0, done.stderr
    assert "Thông báo vụ việc: 1 thư ghi vào hộp thư đi." in done.stdout
    assert len(list((tmp_path / "cli" / "outbox").glob("*.eml"))) == 1
    watch = diemtin(["case", "watch", "--now", "2026-11-20T17:30"], env)
    assert watch.returncode == 0, watch.stderr
    assert "không có bài nào đến hạn kiểm tra lại" in watch.stdout


def test_settings_are_checked() -> None:
    for schedule in ("5,3", "0,1", "1,,x", "1,1"):
        with pytest.raises(config.ConfigError, match="DIEMTIN_WATCH_SCHEDULE_DAYS"):
            config.load({}, watch_schedule_days=schedule)
    assert config.load({}, watch_schedule_days=" 1, 4 ,9").watch_schedule == (1, 4, 9)
    with pytest.raises(config.ConfigError, match="DIEMTIN_FOCAL_POINT_NEWSROOM_EMAIL"):
        config.load({}, focal_point_newsroom_email="ban-doc@baophapluat")
    with pytest.raises(config.ConfigError, match="DIEMTIN_NOTIFY_OVERDUE_REPEAT_DAYS"):
        config.load({}, notify_overdue_repeat_days=-1)
