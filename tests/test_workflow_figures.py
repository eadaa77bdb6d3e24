"""workflow.figures: periods and the report figures against a hand-built casebook.

Every expected number below was worked out by hand from the timelines in
``tests/support/casebook.py`` (the reasoning is in the comments); none is recomputed by the code
under test.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from documents.inputs import CaseEventRecord, CaseRecord, ItemRecord
from tests.support.casebook import cases, items, t
from text.dates import VN_TZ
from workflow.figures import NO_PROVINCE, Period, PeriodError, compute_figures, state_at

NOVEMBER = Period.parse("2026-11")


# --- Period ---------------------------------------------------------------------------------------
def test_month_period_bounds_and_labels() -> None:
    p = Period.parse("2026-11")
    assert (p.kind, p.year, p.number) == ("month", 2026, 11)
    assert p.start == datetime(2026, 11, 1, tzinfo=VN_TZ)
    assert p.end == datetime(2026, 12, 1, tzinfo=VN_TZ)
    assert (p.first_day, p.last_day) == (date(2026, 11, 1), date(2026, 11, 30))
    assert p.label_vi == "tháng 11/2026"
    assert str(p) == "2026-11"
    assert Period.parse("2026-3") == Period.month(2026, 3)


def test_quarter_period_bounds_and_labels() -> None:
    q = Period.parse("2026-Q4")
    assert (q.first_day, q.last_day) == (date(2026, 10, 1), date(2026, 12, 31))
    assert q.end == datetime(2027, 1, 1, tzinfo=VN_TZ)
    assert q.label_vi == "quý IV/2026"
    assert Period.parse("2027-q1").label_vi == "quý I/2027"
    assert str(Period.quarter(2026, 2)) == "2026-Q2"


def test_december_and_leap_february() -> None:
    assert Period.parse("2026-12").end == datetime(2027, 1, 1, tzinfo=VN_TZ)
    assert Period.parse("2028-02").last_day == date(2028, 2, 29)
    assert Period.parse("2027-02").last_day == date(2027, 2, 28)


def test_contains_uses_local_time() -> None:
    p = Period.parse("2026-11")
    assert p.contains(datetime(2026, 11, 1, tzinfo=VN_TZ))
    assert not p.contains(datetime(2026, 12, 1, tzinfo=VN_TZ))
    # 31/10 17:00 UTC is 01/11 00:00 in Vietnam
    assert p.contains(datetime.fromisoformat("2026-10-31T17:00:00+00:00"))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("2026-13", "Tháng 13 không hợp lệ"),
        ("2026-00", "Tháng 0 không hợp lệ"),
        ("2026-Q5", "Quý 5 không hợp lệ"),
        ("2026-Q0", "Quý 0 không hợp lệ"),
        ("1999-01", "Năm 1999"),
        ("26-11", "YYYY-MM"),
        ("2026/11", "YYYY-MM"),
        ("tháng 11", "YYYY-Qn"),
        ("", "không hợp lệ"),
        ("2026-11-01", "YYYY-MM"),
    ],
)
def test_bad_periods_are_refused_in_vietnamese(text: str, fragment: str) -> None:
    with pytest.raises(PeriodError) as info:
        Period.parse(text)
    message = str(info.value)
    assert fragment in message
    assert f"“{text}”" in message


# --- items ----------------------------------------------------------------------------------------
def test_item_figures() -> None:
    f = compute_figures(NOVEMBER, items(), [])
    # In November (local time): items 1 (01/11 00:00), 2, 3, 4, 5 (irrelevant), 6 (30/11 23:59)
    # and 9 (31/10 17:30 UTC = 01/11 00:30); not 7 (01/12), 8 (31/10), 10 (01/12 00:30 local).
    assert f.items_seen == 7
    assert f.items_relevant == 6
    assert f.items_action_needed == 2
    assert f.items_by_label == (
        ("positive", 2),
        ("neutral", 2),
        ("needs_correction", 1),
        ("inaccurate", 1),
    )
    assert f.items_by_outlet == (("Báo Dân trí", 3), ("VnExpress", 2), ("Tuổi Trẻ", 1))
    assert f.items_by_province == (
        ("Hà Nội", 3),
        (NO_PROVINCE, 1),
        ("Nghệ An", 1),
        ("TP Hồ Chí Minh", 1),
    )


def test_empty_period() -> None:
    f = compute_figures(Period.parse("2025-01"), items(), cases())
    assert (f.items_seen, f.items_relevant, f.cases_opened, f.cases_open_at_end) == (0, 0, 0, 0)
    assert f.items_by_label == tuple(
        (label, 0) for label in ("positive", "neutral", "needs_correction", "inaccurate")
    )
    assert f.median_handling_days is None
    assert f.overdue == () and f.carried_forward == ()


# --- cases ----------------------------------------------------------------------------------------
def test_case_counts_for_november() -> None:
    f = compute_figures(NOVEMBER, [], cases())
    # open on 01/11 00:00: A (local_verifying) and E (drafting); D was dismissed on 15/10
    assert f.cases_open_at_start == 2
    assert f.cases_opened == 4  # B, C, F, G
    assert f.cases_closed == 2  # A (14/11), G (21/11)
    assert f.cases_dismissed == 1  # C
    assert f.cases_open_at_end == 3  # B, E, F  (2 + 4 - 2 - 1)
    assert f.carried_forward == ("B", "E", "F")
    # A: 20/10 → 14/11 = 25 days, G: 15/11 → 21/11 = 6 days
    assert f.median_handling_days == pytest.approx(15.5)
    assert f.corrections_requested == 2  # A (07/11), E (20/11)
    assert f.corrections_obtained == 1  # A answered 12/11; E answered 03/12, outside November
    assert f.awaiting_correction == ("E",)


# (entered, left on time, left late, open at end, overdue at end) per state, November 2026
NOVEMBER_STATES = {
    "detected": (4, 4, 0, 0, 0),  # B, C, F, G entered and left; no deadline: on time
    "triaged": (4, 3, 0, 1, 1),  # left on time: B, C, G; F still there past 28/11 17:00
    "notified_local": (1, 1, 0, 0, 0),  # B left 04/11 09:00, due 17:00
    "local_verifying": (1, 0, 1, 1, 1),  # A left 05/11 > due 03/11; B open, due 10/11
    "drafting": (2, 2, 1, 0, 0),  # entered A, G; on time A (06/11 ≤ 07/11), G; late E (02/11)
    "wg_review": (3, 2, 1, 0, 0),  # entered A, E, G; A left exactly at its deadline: on time
    "published_reply": (1, 1, 0, 0, 0),  # G, no deadline
    "correction_requested": (2, 1, 0, 1, 0),  # A left 12/11 ≤ 17/11; E open, due 10/12
    "outlet_responded": (1, 1, 0, 0, 0),  # A; E enters it in December
    "closed": (2, 0, 0, 0, 0),  # terminal: only entries count
    "dismissed": (1, 0, 0, 0, 0),  # C; D's dismissal was in October
    "accurate_after_verification": (0, 0, 0, 0, 0),
    "escalated": (0, 0, 0, 0, 0),
}


def test_state_figures_for_november() -> None:
    f = compute_figures(NOVEMBER, [], cases())
    got = {
        s.state: (s.entered, s.left_on_time, s.left_late, s.open_at_end, s.overdue_at_end)
        for s in f.states
    }
    assert got == NOVEMBER_STATES
    assert [s.state for s in f.states][:2] == ["detected", "triaged"]
    assert f.left_late_total == 3
    assert [(o.code, o.state, o.due_at) for o in f.overdue] == [
        ("B", "local_verifying", t(11, 10)),
        ("F", "triaged", t(11, 28, 17)),
    ]
    assert f.overdue[0].office == "Thi hành án dân sự tỉnh Nghệ An"


def test_as_of_cuts_open_and_overdue_figures() -> None:
    # A report made on 20/11 at noon: at that moment B (local_verifying, due 10/11) is overdue,
    # E has just entered correction_requested (due 10/12), G is in published_reply; F does not
    # exist yet; A is closed and C dismissed.
    f = compute_figures(NOVEMBER, [], cases(), as_of=t(11, 20, 12))
    assert f.cutoff == t(11, 20, 12)
    assert f.cases_open_at_end == 3
    assert f.carried_forward == ("B", "E", "G")
    assert [(o.code, o.state) for o in f.overdue] == [("B", "local_verifying")]
    assert f.state("published_reply").open_at_end == 1
    assert f.state("triaged").overdue_at_end == 0
    assert f.awaiting_correction == ("E",)
    # an as_of after the end changes nothing
    assert compute_figures(NOVEMBER, [], cases(), as_of=t(12, 25)) == compute_figures(
        NOVEMBER, [], cases()
    )


def test_quarter_figures() -> None:
    f = compute_figures(Period.parse("2026-Q4"), [], cases())
    assert f.cases_open_at_start == 1  # D, detected since 01/09
    assert f.cases_opened == 6  # A, B, C, E, F, G
    assert (f.cases_closed, f.cases_dismissed) == (2, 2)  # A, G / C, D
    assert f.carried_forward == ("B", "E", "F")  # E in outlet_responded since 03/12
    assert f.corrections_requested == 2
    assert f.corrections_obtained == 2  # A (12/11) and E (03/12)
    assert f.awaiting_correction == ()
    assert f.median_handling_days == pytest.approx(15.5)
    # E's drafting stint (27/10 → 02/11, due 29/10) ended late inside the quarter
    assert f.state("drafting").left_late == 1
    assert f.state("notified_local").left_late == 0  # A left 23/10 09:00, due 23/10 09:00


def test_correction_obtained_needs_the_corrected_outcome() -> None:
    refused = [c for c in cases() if c.code == "A"][0]
    refused = CaseRecord(
        code="A2", opened_at=refused.opened_at, events=refused.events, outcome="refused"
    )
    f = compute_figures(NOVEMBER, [], [refused])
    assert f.corrections_requested == 1
    assert f.corrections_obtained == 0


def test_state_at_follows_the_events() -> None:
    e = [c for c in cases() if c.code == "E"][0]
    assert state_at(e, t(10, 24)) is None  # not opened yet
    assert state_at(e, t(10, 25)) == "detected"
    assert state_at(e, t(11, 1)) == "drafting"
    assert state_at(e, t(12, 3)) == "outlet_responded"


def test_records_refuse_naive_times_and_unknown_values() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        ItemRecord(datetime(2026, 11, 1), "X", True, "positive")
    with pytest.raises(ValueError, match="unknown label"):
        ItemRecord(t(11, 1), "X", True, "great")
    with pytest.raises(ValueError, match="unknown state"):
        CaseEventRecord(t(11, 1), None, "lost")
    with pytest.raises(ValueError, match="opening event"):
        CaseRecord(code="X", opened_at=t(11, 1), events=())
    with pytest.raises(ValueError, match="unknown outcome"):
        CaseRecord(
            code="X",
            opened_at=t(11, 1),
            events=(CaseEventRecord(t(11, 1), None, "detected"),),
            outcome="fixed",
        )
