"""The tracking-sheet fields of ``workflow.records`` from a hand-built case history (SQLite and
PostgreSQL): cases moved through the real workflow at chosen moments, letters generated through
``workflow.paperwork``, and every field compared with values worked out by hand below.

November 2026 (Asia/Ho_Chi_Minh): Mon 16 … Fri 20, weekend 21–22, Mon 23, Tue 24 is a public
holiday (Ngày Văn hóa Việt Nam), Wed 25, Thu 26. Default deadlines: local_verifying 3 working days,
closing time 17:00.

A  press case, Tây Ninh: 16/11 09:00 opened; 10:00 triaged; 11:00 công văn số 125 generated;
   12:00 another công văn without number (a later draft: the issued, numbered one counts);
   14:00 notified_local; 17/11 09:00 local_verifying (due 17 → 18, 19, 20: 20/11 17:00);
   19/11 15:00 drafting with the local office's findings as note; 16:00 wg_review;
   20/11 09:00 correction_requested; 10:00 correction request số 130 generated;
   25/11 09:00 outlet_responded, outcome corrected; 26/11 09:00 closed, outcome corrected.
B  reader letter, Nghệ An: 16/11 opened; triaged; drafting (false on its face); wg_review;
   published_reply; 23/11 closed, outcome reply_published → handling "article" (the newspaper's
   article answering the reader), no local letter, no verification.
C  press case dismissed from detected → handling none, outcome no_action (implied).
D  press case: 16/11 15:00 công văn without number (date 16/11, number blank); local_verifying
   17/11 09:00 (due 20/11 17:00); 23/11 10:00 the press was right (accurate_after_verification) →
   handling none, reported 23/11, still open: no outcome.
E  press case only triaged: nothing known yet.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

import config
from documents.inputs import CorrectionPoint
from storage.models import LOCAL_TZ, Case
from tests.support.workflow import add_people, classify, store
from workflow import paperwork
from workflow.calendar import WorkCalendar
from workflow.cases import advance, open_case, open_reader_letter
from workflow.records import case_records

pytestmark = pytest.mark.postgres

FINDINGS = "Việc kê biên đúng quy định.\nĐã niêm yết công khai tại trụ sở xã."


def at(day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=LOCAL_TZ)


def _press(session: Session, topic: str, when: datetime) -> int:
    article = store(session, outlet="baophapluat", topic=topic, published=at(15))
    classify(session, article, label="inaccurate", province="Tỉnh Tây Ninh")
    return open_case(session, article, by="lan", now=when).id


def _walk(session: Session, case_id: int, steps) -> None:
    for moment, target, who, extra in steps:
        advance(session, case_id, target, by=who, now=moment, **extra)


@pytest.fixture
def records(engine: Engine):
    settings = config.load({})
    calendar = WorkCalendar.from_settings(settings)
    with Session(engine, expire_on_commit=False) as session:
        add_people(session)

        def letter(case_id: int, kind: str, inputs, when: datetime) -> None:
            case = session.get_one(Case, case_id)
            paperwork.generate(
                session,
                case,
                kind,
                inputs,
                by="lan",
                settings=settings,
                calendar=calendar,
                now=when,
            )

        a = _press(session, "kê biên nhầm nhà", at(16))
        _walk(session, a, [(at(16, 10), "triaged", "lan", {})])
        letter(a, "official_letter", paperwork.LetterInputs(number=125), at(16, 11))
        letter(a, "official_letter", paperwork.LetterInputs(), at(16, 12))
        _walk(
            session,
            a,
            [
                (at(16, 14), "notified_local", "lan", {}),
                (at(17), "local_verifying", "lan", {}),
                (at(19, 15), "drafting", "lan", {"note": FINDINGS}),
                (at(19, 16), "wg_review", "lan", {}),
                (at(20), "correction_requested", "hung", {}),
            ],
        )
        point = CorrectionPoint("Kê biên nhà của người khác", "Tài sản của người phải thi hành án")
        letter(
            a, "correction_request", paperwork.LetterInputs(points=(point,), number=130), at(20, 10)
        )
        _walk(
            session,
            a,
            [
                (at(25), "outlet_responded", "lan", {"outcome": "corrected"}),
                (
                    at(26),
                    "closed",
                    "hung",
                    {"note": "Báo đã đăng cải chính ngày 25/11", "outcome": "corrected"},
                ),
            ],
        )

        b = open_reader_letter(
            session,
            by="lan",
            title="Đơn thư về việc chậm trả tiền",
            sender_name="Bà Trần Thị B",
            text="Đề nghị xác minh việc chậm trả tiền thi hành án.",
            province="Nghệ An",
            now=at(16),
        ).id
        _walk(
            session,
            b,
            [
                (at(16, 10), "triaged", "lan", {}),
                (at(16, 11), "drafting", "lan", {}),
                (at(17), "wg_review", "lan", {}),
                (at(18), "published_reply", "hung", {}),
                (
                    at(23),
                    "closed",
                    "hung",
                    {"note": "Đã trả lời bạn đọc", "outcome": "reply_published"},
                ),
            ],
        )

        c = _press(session, "tin trung tính", at(16))
        _walk(session, c, [(at(16, 12), "dismissed", "hung", {"note": "Tin trung tính."})])

        d = _press(session, "chậm thi hành án", at(16))
        _walk(
            session,
            d,
            [
                (at(16, 10), "triaged", "lan", {}),
                (at(16, 14), "notified_local", "lan", {}),
            ],
        )
        letter(d, "official_letter", paperwork.LetterInputs(), at(16, 15))
        _walk(
            session,
            d,
            [
                (at(17), "local_verifying", "lan", {}),
                (
                    at(23, 10),
                    "accurate_after_verification",
                    "hung",
                    {"note": "Báo phản ánh đúng; địa phương khắc phục."},
                ),
            ],
        )

        e = _press(session, "đấu giá tài sản", at(16))
        _walk(session, e, [(at(16, 10), "triaged", "lan", {})])

        found = case_records(session, settings, calendar)
    return dict(zip("ABCDE", found, strict=True))


def test_letters_reports_and_corrections_of_a_corrected_case(records) -> None:
    a = records["A"]
    assert a.state == "closed" and a.kind == "press"
    assert (a.local_letter_number, a.local_letter_date) == ("125/CQLTHADS-VP", date(2026, 11, 16))
    assert a.report_due == datetime(2026, 11, 20, 17, 0, tzinfo=LOCAL_TZ)
    assert a.local_report_date == date(2026, 11, 19)
    assert a.verification_result == FINDINGS
    assert a.handling == ("correction",)
    assert (a.correction_letter_number, a.correction_letter_date) == (
        "130/CQLTHADS-VP",
        date(2026, 11, 20),
    )
    assert a.correction_published_date == date(2026, 11, 25)
    assert a.outcome == "corrected"
    assert a.note == "Báo đã đăng cải chính ngày 25/11"
    assert a.office == "Thi hành án dân sự tỉnh Tây Ninh"


def test_a_reader_letter_answered_by_an_article(records) -> None:
    b = records["B"]
    assert (b.kind, b.state, b.handling, b.outcome) == (
        "reader_letter",
        "closed",
        ("article",),
        "reply_published",
    )
    assert (b.local_letter_number, b.local_letter_date, b.report_due) == ("", None, None)
    assert (b.local_report_date, b.verification_result) == (None, "")
    assert (b.correction_letter_number, b.correction_published_date) == ("", None)


def test_dismissed_accurate_and_fresh_cases(records) -> None:
    c, d, e = records["C"], records["D"], records["E"]
    assert (c.state, c.handling, c.outcome, c.note) == (
        "dismissed",
        ("none",),
        "no_action",
        "Tin trung tính.",
    )
    assert (d.state, d.handling, d.outcome) == ("accurate_after_verification", ("none",), None)
    assert (d.local_letter_number, d.local_letter_date) == ("", date(2026, 11, 16))
    assert d.report_due == datetime(2026, 11, 20, 17, 0, tzinfo=LOCAL_TZ)
    assert d.local_report_date == date(2026, 11, 23)
    assert d.verification_result == "Báo phản ánh đúng; địa phương khắc phục."
    assert (e.state, e.handling, e.outcome, e.report_due, e.local_letter_number) == (
        "triaged",
        (),
        None,
        None,
        "",
    )
