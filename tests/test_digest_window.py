"""The digest's coverage window: 07:00 to 07:00 in Asia/Ho_Chi_Minh, Monday covers the weekend,
half-open bounds, other start times and zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

import config
from digest.window import today, window_for

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def settings() -> config.Settings:
    return config.load({})


def test_weekday_covers_the_previous_day_from_seven(settings: config.Settings) -> None:
    w = window_for(date(2026, 11, 26), settings)  # a Thursday
    assert w.start == datetime(2026, 11, 25, 7, 0, tzinfo=VN)
    assert w.end == datetime(2026, 11, 26, 7, 0, tzinfo=VN)
    assert w.end - w.start == timedelta(hours=24)


def test_monday_covers_the_weekend_from_friday(settings: config.Settings) -> None:
    w = window_for(date(2026, 11, 30), settings)  # a Monday
    assert w.start == datetime(2026, 11, 27, 7, 0, tzinfo=VN)  # Friday
    assert w.end == datetime(2026, 11, 30, 7, 0, tzinfo=VN)
    saturday_noon = datetime(2026, 11, 28, 12, 0, tzinfo=VN)
    assert saturday_noon in w
    # Tuesday's window starts where Monday's ended: nothing is covered twice or skipped.
    assert window_for(date(2026, 12, 1), settings).start == w.end


def test_monday_rule_can_be_turned_off(settings: config.Settings) -> None:
    w = window_for(date(2026, 11, 30), settings.replace(digest_monday_covers_weekend=False))
    assert w.start == datetime(2026, 11, 29, 7, 0, tzinfo=VN)


def test_bounds_are_half_open_at_the_start_time(settings: config.Settings) -> None:
    w = window_for(date(2026, 11, 26), settings)
    assert datetime(2026, 11, 25, 7, 0, tzinfo=VN) in w
    assert datetime(2026, 11, 25, 6, 59, 59, tzinfo=VN) not in w
    assert datetime(2026, 11, 26, 6, 59, 59, tzinfo=VN) in w
    assert datetime(2026, 11, 26, 7, 0, tzinfo=VN) not in w


def test_moments_in_other_zones_are_compared_as_instants(settings: config.Settings) -> None:
    w = window_for(date(2026, 11, 26), settings)
    # 23:59 UTC on the 25th is 06:59 on the 26th in Vietnam: inside; one minute later: outside.
    assert datetime(2026, 11, 25, 23, 59, tzinfo=UTC) in w
    assert datetime(2026, 11, 26, 0, 0, tzinfo=UTC) not in w
    # 00:30 UTC on the 25th is 07:30 in Vietnam: inside although it is "the 25th" in UTC.
    assert datetime(2026, 11, 25, 0, 30, tzinfo=UTC) in w
    with pytest.raises(ValueError):
        _ = datetime(2026, 11, 25, 12, 0) in w  # naive: its zone is unknown


def test_start_time_and_zone_are_settings(settings: config.Settings) -> None:
    s = settings.replace(digest_start_time="06:30", digest_timezone="Europe/Berlin")
    berlin = ZoneInfo("Europe/Berlin")
    # Sunday 29 March 2026: clocks go forward at 02:00 in Berlin; that window is 23 hours long.
    w = window_for(date(2026, 3, 29), s)
    assert w.start == datetime(2026, 3, 28, 6, 30, tzinfo=berlin)
    assert w.end == datetime(2026, 3, 29, 6, 30, tzinfo=berlin)
    assert w.end.astimezone(UTC) - w.start.astimezone(UTC) == timedelta(hours=23)


def test_today_is_the_date_in_vietnam(settings: config.Settings) -> None:
    # 18:30 UTC on Sunday is 01:30 on Monday in Vietnam.
    assert today(settings, datetime(2026, 11, 29, 18, 30, tzinfo=UTC)) == date(2026, 11, 30)
    assert today(settings, datetime(2026, 11, 29, 16, 59, tzinfo=UTC)) == date(2026, 11, 29)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("digest_start_time", "7:00", "DIEMTIN_DIGEST_START_TIME"),
        ("digest_start_time", "24:00", "DIEMTIN_DIGEST_START_TIME"),
        ("digest_timezone", "Asia/Hanoi_Nowhere", "DIEMTIN_DIGEST_TIMEZONE"),
        ("web_base_url", "javascript:alert(1)", "DIEMTIN_WEB_BASE_URL"),
        ("alert_min_confidence", "1.5", "DIEMTIN_ALERT_MIN_CONFIDENCE"),
        ("digest_to", "an@thads.gov.vn, không-phải-địa-chỉ", "DIEMTIN_DIGEST_TO"),
        ("alert_to", "a@b", "DIEMTIN_ALERT_TO"),
        # what the mailer would refuse at sending time is refused at the start
        ("digest_cc", "bình@moj.gov.vn", "DIEMTIN_DIGEST_CC"),
        ("digest_bcc", "an@thads.gov.v", "DIEMTIN_DIGEST_BCC"),
    ],
)
def test_bad_digest_settings_are_refused_in_vietnamese(name: str, value: str, message: str) -> None:
    with pytest.raises(config.ConfigError, match=message) as info:
        config.load({f"DIEMTIN_{name.upper()}": value})
    assert "phải" in str(info.value) or "không" in str(info.value)


def test_recipient_lists_accept_names_and_commas() -> None:
    s = config.load(
        {"DIEMTIN_DIGEST_TO": "Nguyễn Văn An <an@thads.gov.vn>, binh@moj.gov.vn"},
    )
    assert "binh@moj.gov.vn" in s.digest_to
