"""A hand-built set of cases and items around November 2026 for the figures and report tests.

The expected figures are worked out by hand in ``tests/test_workflow_figures.py``; the timelines
below are written so that each rule of ``workflow.figures`` is exercised (boundaries, deadlines met
to the minute, stints across the period edges, a case ended before the period, time zones).

Case timelines (all times 09:00 Asia/Ho_Chi_Minh unless said otherwise; "due" is the deadline of
the state entered):

A  opened 20/10: detected; 21/10 triaged; 22/10 notified_local; 23/10 local_verifying (due 03/11);
   05/11 drafting (due 07/11); 06/11 wg_review (due 07/11 09:00); 07/11 correction_requested
   (due 17/11); 12/11 outlet_responded; 14/11 closed. Outcome: corrected.
B  opened 02/11: detected; 02/11 12:00 triaged (due 03/11 17:00); 03/11 notified_local (due 04/11
   17:00); 04/11 local_verifying (due 10/11) and still there.
C  opened 10/11: detected; 10/11 15:00 triaged (due 11/11 17:00); 11/11 dismissed.
D  opened 01/09: detected; 15/10 dismissed (ended before November).
E  opened 25/10: detected; 26/10 triaged (due 27/10); 27/10 drafting (due 29/10); 02/11 wg_review
   (due 03/11); 20/11 correction_requested (due 10/12); 03/12 outlet_responded. Outcome: corrected.
F  opened 28/11 (urgent): detected; 28/11 10:00 triaged (due 28/11 17:00) and still there.
G  opened 15/11: detected; 16/11 triaged (due 17/11 17:00); 17/11 drafting (due 19/11); 18/11
   wg_review (due 19/11 17:00); 19/11 published_reply; 21/11 closed. Outcome: reply_published.
"""

from __future__ import annotations

from datetime import UTC, datetime

from documents.inputs import ArticleRef, CaseEventRecord, CaseRecord, ItemRecord
from text.dates import VN_TZ


def t(month: int, day: int, hour: int = 9, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=VN_TZ)


def _events(*steps: tuple[datetime, str, datetime | None]) -> tuple[CaseEventRecord, ...]:
    events = []
    previous = None
    for at, state, due in steps:
        events.append(CaseEventRecord(at=at, from_state=previous, to_state=state, due_at=due))
        previous = state
    return tuple(events)


def _article(n: int, outlet: str = "Báo Dân trí") -> ArticleRef:
    return ArticleRef(
        title=f"Bài viết số {n} về thi hành án",
        outlet=outlet,
        url=f"https://dantri.com.vn/phap-luat/bai-{n}.htm",
        published_at=t(10, 19),
    )


def cases() -> list[CaseRecord]:
    return [
        CaseRecord(
            code="A",
            opened_at=t(10, 20),
            events=_events(
                (t(10, 20), "detected", None),
                (t(10, 21), "triaged", t(10, 22)),
                (t(10, 22), "notified_local", t(10, 23)),
                (t(10, 23), "local_verifying", t(11, 3)),
                (t(11, 5), "drafting", t(11, 7)),
                (t(11, 6), "wg_review", t(11, 7)),
                (t(11, 7), "correction_requested", t(11, 17)),
                (t(11, 12), "outlet_responded", None),
                (t(11, 14), "closed", None),
            ),
            articles=(_article(1),),
            province="Nghệ An",
            office="Thi hành án dân sự tỉnh Nghệ An",
            assessment="inaccurate",
            outcome="corrected",
        ),
        CaseRecord(
            code="B",
            opened_at=t(11, 2),
            events=_events(
                (t(11, 2), "detected", None),
                (t(11, 2, 12), "triaged", t(11, 3, 17)),
                (t(11, 3), "notified_local", t(11, 4, 17)),
                (t(11, 4), "local_verifying", t(11, 10)),
            ),
            articles=(_article(2),),
            province="Nghệ An",
            office="Thi hành án dân sự tỉnh Nghệ An",
            assessment="needs_correction",
        ),
        CaseRecord(
            code="C",
            opened_at=t(11, 10),
            events=_events(
                (t(11, 10), "detected", None),
                (t(11, 10, 15), "triaged", t(11, 11, 17)),
                (t(11, 11), "dismissed", None),
            ),
            articles=(_article(3),),
            outcome="no_action",
        ),
        CaseRecord(
            code="D",
            opened_at=t(9, 1),
            events=_events((t(9, 1), "detected", None), (t(10, 15), "dismissed", None)),
            outcome="no_action",
        ),
        CaseRecord(
            code="E",
            opened_at=t(10, 25),
            events=_events(
                (t(10, 25), "detected", None),
                (t(10, 26), "triaged", t(10, 27)),
                (t(10, 27), "drafting", t(10, 29)),
                (t(11, 2), "wg_review", t(11, 3)),
                (t(11, 20), "correction_requested", t(12, 10)),
                (t(12, 3), "outlet_responded", None),
            ),
            articles=(_article(5, "VnExpress"),),
            province="Hà Nội",
            office="Thi hành án dân sự thành phố Hà Nội",
            assessment="inaccurate",
            outcome="corrected",
        ),
        CaseRecord(
            code="F",
            opened_at=t(11, 28),
            events=_events(
                (t(11, 28), "detected", None),
                (t(11, 28, 10), "triaged", t(11, 28, 17)),
            ),
            severity="urgent",
            articles=(_article(6),),
        ),
        CaseRecord(
            code="G",
            opened_at=t(11, 15),
            events=_events(
                (t(11, 15), "detected", None),
                (t(11, 16), "triaged", t(11, 17, 17)),
                (t(11, 17), "drafting", t(11, 19)),
                (t(11, 18), "wg_review", t(11, 19, 17)),
                (t(11, 19), "published_reply", None),
                (t(11, 21), "closed", None),
            ),
            articles=(_article(7),),
            outcome="reply_published",
        ),
    ]


def items() -> list[ItemRecord]:
    """Ten items; seven fall in November 2026 local time (see the figures test)."""
    return [
        ItemRecord(t(11, 1, 0), "Báo Dân trí", True, "positive", "Hà Nội"),  # first instant
        ItemRecord(t(11, 5), "VnExpress", True, "inaccurate", "Nghệ An", action_needed=True),
        ItemRecord(t(11, 6), "VnExpress", True, "needs_correction", None, action_needed=True),
        ItemRecord(t(11, 7), "Báo Dân trí", True, "neutral", "Hà Nội"),
        ItemRecord(t(11, 8), "Tuổi Trẻ", False),  # not relevant
        ItemRecord(t(11, 30, 23, 59), "Tuổi Trẻ", True, "positive", "TP Hồ Chí Minh"),
        ItemRecord(t(12, 1, 0), "VnExpress", True, "positive", "Hà Nội"),  # December
        ItemRecord(t(10, 31, 23, 59), "VnExpress", True, "positive", "Hà Nội"),  # October
        # 31/10 17:30 UTC is 01/11 00:30 in Vietnam: November
        ItemRecord(
            datetime(2026, 10, 31, 17, 30, tzinfo=UTC), "Báo Dân trí", True, "neutral", "Hà Nội"
        ),
        # 30/11 17:30 UTC is 01/12 00:30 in Vietnam: December
        ItemRecord(
            datetime(2026, 11, 30, 17, 30, tzinfo=UTC), "VnExpress", True, "neutral", "Hà Nội"
        ),
    ]
