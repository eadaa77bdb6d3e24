"""Per-state deadlines: normal track in working days, urgent track in clock hours, reminders."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta

import pytest

import config
from tests.support.moments import at, close
from text.dates import VN_TZ
from workflow.calendar import WorkCalendar
from workflow.deadlines import (
    DEADLINE_BASIS,
    HOURS,
    WORKING_DAYS,
    due_at,
    is_overdue,
    reminder_at,
)
from workflow.states import SEVERITIES, STATES


@pytest.fixture(scope="module")
def settings() -> config.Settings:
    return config.load({})


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar.from_file()


# --- the basis table ------------------------------------------------------------------------------
def test_basis_covers_every_state_and_names_real_settings() -> None:
    assert tuple(DEADLINE_BASIS) == STATES
    defaults = {name: default for name, _env, default, _help in config.describe()}
    helps = {name: help_text for name, _env, _default, help_text in config.describe()}
    for state, rule in DEADLINE_BASIS.items():
        assert rule.state == state
        for track in (rule.normal, rule.urgent):
            if track is None:
                continue
            assert track.unit in (WORKING_DAYS, HOURS)
            assert track.default == defaults[track.setting]
            assert isinstance(track.default, int)
            assert track.basis and unicodedata.is_normalized("NFC", track.basis)
            # The setting's help states its basis too (law or practice).
            assert "Law" in helps[track.setting] or "Practice" in helps[track.setting]
        if rule.normal is not None:
            assert rule.normal.unit == WORKING_DAYS
        if rule.urgent is not None:
            assert rule.urgent.unit == HOURS


def test_basis_marks_only_the_24_hours_as_law() -> None:
    legal = [
        (state, track.setting)
        for state, rule in DEADLINE_BASIS.items()
        for track in (rule.normal, rule.urgent)
        if track is not None and track.legal
    ]
    assert legal == [("local_verifying", "urgent_first_information_hours")]
    first_information = DEADLINE_BASIS["local_verifying"].urgent
    assert first_information is not None and first_information.default == 24
    assert "09/2017/NĐ-CP" in first_information.basis
    assert "27/QĐ-BTP" in first_information.basis
    assert first_information.describe() == "24 giờ"
    assert DEADLINE_BASIS["detected"].normal.describe() == "trong ngày làm việc"
    assert DEADLINE_BASIS["local_verifying"].normal.describe() == "3 ngày làm việc"


# --- normal track ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("state", "entered", "due"),
    [
        ("detected", at(2026, 11, 30), close(2026, 11, 30)),  # the same working day
        ("detected", at(2026, 11, 30, 17, 30), close(2026, 12, 1)),  # after closing time
        ("triaged", at(2026, 11, 30), close(2026, 12, 1)),
        ("notified_local", at(2026, 11, 27), close(2026, 11, 30)),
        # 3 working days across Tết 2026: Fri 13/2, Mon 23/2, Tue 24/2.
        ("local_verifying", at(2026, 2, 12), close(2026, 2, 24)),
        ("drafting", at(2026, 11, 30), close(2026, 12, 2)),
        ("wg_review", at(2026, 8, 21), close(2026, 8, 22)),  # a worked Saturday
        ("correction_requested", at(2026, 11, 30), close(2026, 12, 7)),
        ("outlet_responded", at(2026, 12, 30), close(2027, 1, 4)),  # 1/1/2027 off
        ("accurate_after_verification", at(2026, 11, 30), close(2026, 12, 28)),
        ("escalated", at(2026, 11, 30), close(2026, 12, 14)),
    ],
)
def test_normal_deadlines(
    state: str, entered: datetime, due: datetime, settings: config.Settings, cal: WorkCalendar
) -> None:
    assert due_at(state, "normal", entered, settings, cal) == due


@pytest.mark.parametrize("state", ["published_reply", "closed", "dismissed"])
@pytest.mark.parametrize("severity", SEVERITIES)
def test_states_without_deadline(
    state: str, severity: str, settings: config.Settings, cal: WorkCalendar
) -> None:
    assert due_at(state, severity, at(2026, 11, 30), settings, cal) is None


def test_deadlines_follow_the_settings(cal: WorkCalendar) -> None:
    settings = config.load(
        {"DIEMTIN_DEADLINE_DRAFTING_DAYS": "5", "DIEMTIN_URGENT_DRAFTING_HOURS": "1"}
    )
    assert due_at("drafting", "normal", at(2026, 11, 30), settings, cal) == close(2026, 12, 7)
    assert due_at("drafting", "urgent", at(2026, 11, 30), settings, cal) == at(2026, 11, 30, 11)
    other_close = config.load({"DIEMTIN_OFFICE_CLOSE_TIME": "16:30"})
    other_cal = WorkCalendar.from_settings(other_close)
    assert due_at("triaged", "normal", at(2026, 11, 30), other_close, other_cal) == datetime(
        2026, 12, 1, 16, 30, tzinfo=VN_TZ
    )


# --- urgent track ---------------------------------------------------------------------------------
def test_urgent_first_information_counts_clock_hours_through_holidays(
    settings: config.Settings, cal: WorkCalendar
) -> None:
    # Entered on the Friday before Tết 2026: due 24 hours later, on the Saturday, holiday or not.
    assert due_at("local_verifying", "urgent", at(2026, 2, 13), settings, cal) == at(2026, 2, 14)
    # Entered at 23:00 on mùng 1 Tết: 23:00 on mùng 2.
    assert due_at("local_verifying", "urgent", at(2026, 2, 17, 23), settings, cal) == at(
        2026, 2, 18, 23
    )
    # The zone of the input does not matter; the result is in Hà Nội time.
    entered = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)  # 03:00 on 1/12 in Hà Nội
    due = due_at("local_verifying", "urgent", entered, settings, cal)
    assert due == at(2026, 12, 2, 3)
    assert due is not None and due.utcoffset() == timedelta(hours=7)
    assert due - entered == timedelta(hours=24)


@pytest.mark.parametrize(
    ("state", "hours"),
    [
        ("detected", 4),
        ("triaged", 4),
        ("notified_local", 2),
        ("local_verifying", 24),
        ("drafting", 8),
        ("wg_review", 4),
        ("correction_requested", 24),
        ("outlet_responded", 8),
    ],
)
def test_urgent_defaults(
    state: str, hours: int, settings: config.Settings, cal: WorkCalendar
) -> None:
    entered = at(2026, 11, 28, 21)  # a Saturday evening
    assert due_at(state, "urgent", entered, settings, cal) == entered + timedelta(hours=hours)


@pytest.mark.parametrize("state", ["accurate_after_verification", "escalated"])
def test_urgent_cases_without_an_hour_track_count_working_days(
    state: str, settings: config.Settings, cal: WorkCalendar
) -> None:
    entered = at(2026, 11, 30)
    assert due_at(state, "urgent", entered, settings, cal) == due_at(
        state, "normal", entered, settings, cal
    )


def test_bad_arguments(settings: config.Settings, cal: WorkCalendar) -> None:
    with pytest.raises(ValueError, match="unknown state"):
        due_at("archived", "normal", at(2026, 11, 30), settings, cal)
    with pytest.raises(ValueError, match="unknown severity"):
        due_at("triaged", "high", at(2026, 11, 30), settings, cal)
    with pytest.raises(ValueError, match="aware"):
        due_at("triaged", "urgent", datetime(2026, 11, 30, 10), settings, cal)
    with pytest.raises(ValueError, match="aware"):
        due_at("closed", "normal", datetime(2026, 11, 30, 10), settings, cal)


# --- overdue and reminders ------------------------------------------------------------------------
def test_is_overdue() -> None:
    due = close(2026, 12, 1)
    assert not is_overdue(due, due)
    assert is_overdue(due, due + timedelta(seconds=1))
    assert not is_overdue(due, at(2026, 12, 1, 9))
    assert is_overdue(due, datetime(2026, 12, 1, 10, 1, tzinfo=UTC))  # 17:01 in Hà Nội
    assert not is_overdue(None, at(2030, 1, 1))
    with pytest.raises(ValueError, match="aware"):
        is_overdue(due, datetime(2026, 12, 2))


def test_reminder_one_working_day_before(settings: config.Settings, cal: WorkCalendar) -> None:
    assert reminder_at(close(2026, 12, 1), cal, settings) == close(2026, 11, 30)
    assert reminder_at(close(2026, 11, 30), cal, settings) == close(2026, 11, 27)  # over a weekend
    assert reminder_at(close(2026, 2, 23), cal, settings) == close(2026, 2, 13)  # over Tết
    assert reminder_at(close(2026, 8, 24), cal, settings) == close(2026, 8, 22)  # worked Saturday
    # An urgent deadline on a Sunday morning: the Friday before, at the same time.
    assert reminder_at(at(2026, 11, 29, 9, 30), cal, settings) == at(2026, 11, 27, 9, 30)
    # Given in UTC: read in Hà Nội time (Tuesday 17:00), reminded on Monday 17:00.
    assert reminder_at(datetime(2026, 12, 1, 10, 0, tzinfo=UTC), cal, settings) == close(
        2026, 11, 30
    )
    assert reminder_at(None, cal, settings) is None
    two = config.load({"DIEMTIN_DEADLINE_REMINDER_WORKING_DAYS": "2"})
    assert reminder_at(close(2026, 12, 1), cal, two) == close(2026, 11, 27)


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({"DIEMTIN_DEADLINE_LOCAL_VERIFYING_DAYS": "-1"}, "DIEMTIN_DEADLINE_LOCAL_VERIFYING_DAYS"),
        ({"DIEMTIN_DEADLINE_ESCALATED_DAYS": "400"}, "DIEMTIN_DEADLINE_ESCALATED_DAYS"),
        ({"DIEMTIN_URGENT_FIRST_INFORMATION_HOURS": "0"}, "DIEMTIN_URGENT_FIRST_INFORMATION_HOURS"),
        ({"DIEMTIN_URGENT_DRAFTING_HOURS": "1000"}, "DIEMTIN_URGENT_DRAFTING_HOURS"),
        ({"DIEMTIN_DEADLINE_REMINDER_WORKING_DAYS": "0"}, "DIEMTIN_DEADLINE_REMINDER_WORKING_DAYS"),
    ],
)
def test_deadline_settings_are_validated(env: dict[str, str], name: str) -> None:
    with pytest.raises(config.ConfigError, match=name):
        config.load(env)
