"""Working days: the lunar calendar, the holiday calendar file and working-day arithmetic."""

from __future__ import annotations

import dataclasses
import logging
import random
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import config
from tests.support.moments import at, close
from text.dates import VN_TZ
from workflow import lunar
from workflow.calendar import (
    BUNDLED_CALENDAR,
    HolidayCalendarError,
    WorkCalendar,
    load_calendar_file,
    statutory_days_off,
)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar.from_file()


# --- the lunar calendar ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("year", "tet"),
    [
        # Vietnamese dates where the Chinese calendar (UTC+8) differs:
        (1968, date(1968, 1, 29)),  # China: 30/1
        (1985, date(1985, 1, 21)),  # China: 20/2
        (2007, date(2007, 2, 17)),  # China: 18/2
        (2030, date(2030, 2, 2)),  # China: 3/2
        # and recent years, as announced:
        (2024, date(2024, 2, 10)),
        (2025, date(2025, 1, 29)),
        (2026, date(2026, 2, 17)),
        (2027, date(2027, 2, 6)),
    ],
)
def test_lunar_new_year_known_dates(year: int, tet: date) -> None:
    assert lunar.lunar_new_year(year) == tet
    assert lunar.to_lunar(tet) == lunar.LunarDate(year, 1, 1)


@pytest.mark.parametrize(
    ("solar", "lunar_date"),
    [
        (date(2025, 4, 7), lunar.LunarDate(2025, 3, 10)),  # Giỗ Tổ 2025 (a Monday)
        (date(2026, 4, 26), lunar.LunarDate(2026, 3, 10)),  # Giỗ Tổ 2026 (a Sunday)
        (date(2026, 2, 14), lunar.LunarDate(2025, 12, 27)),  # "27 tháng Chạp Ất Tỵ"
        (date(2025, 1, 28), lunar.LunarDate(2024, 12, 29)),  # Chạp Giáp Thìn has 29 days
        (date(2023, 3, 22), lunar.LunarDate(2023, 2, 1, leap=True)),  # tháng 2 nhuận Quý Mão
        (date(2020, 5, 23), lunar.LunarDate(2020, 4, 1, leap=True)),  # tháng 4 nhuận Canh Tý
        (date(2025, 7, 25), lunar.LunarDate(2025, 6, 1, leap=True)),  # tháng 6 nhuận Ất Tỵ
    ],
)
def test_lunar_conversion_known_dates(solar: date, lunar_date: lunar.LunarDate) -> None:
    assert lunar.to_lunar(solar) == lunar_date
    assert (
        lunar.to_solar(lunar_date.year, lunar_date.month, lunar_date.day, lunar_date.leap) == solar
    )


def test_lunar_round_trip_day_by_day() -> None:
    day, previous = date(2019, 1, 1), lunar.to_lunar(date(2018, 12, 31))
    while day < date(2031, 1, 1):
        current = lunar.to_lunar(day)
        assert lunar.to_solar(current.year, current.month, current.day, current.leap) == day
        assert current.day == previous.day + 1 or current.day == 1, (day, previous, current)
        previous = current
        day += timedelta(days=1)


def test_lunar_refuses_dates_that_do_not_exist() -> None:
    with pytest.raises(ValueError, match="fewer than 30 days"):
        lunar.to_solar(2024, 12, 30)  # Chạp Giáp Thìn: 29 days
    with pytest.raises(ValueError, match="no leap month 3"):
        lunar.to_solar(2023, 3, 1, leap=True)  # 2023 has a leap 2nd month, not a 3rd
    with pytest.raises(ValueError, match="no leap month"):
        lunar.to_solar(2024, 5, 1, leap=True)  # 2024 has no leap month
    with pytest.raises(ValueError, match="supports the years"):
        lunar.to_solar(2300, 1, 1)


# --- the bundled calendar -------------------------------------------------------------------------
def test_bundled_years_and_their_status(cal: WorkCalendar) -> None:
    assert cal.year_status(2025) == "official"
    assert cal.year_status(2026) == "official"
    assert cal.year_status(2027) == "provisional"
    assert cal.year_status(2030) == "computed"
    assert cal.notice(2026) is None
    assert "2027 chưa phải lịch chính thức" in cal.notice(2027)
    assert "2030 chưa phải lịch chính thức" in cal.notice(2030)


def test_official_days_off_2025_and_2026(cal: WorkCalendar) -> None:
    off = {h.day for h in cal.holidays(2025)}
    assert {date(2025, 1, 1), date(2025, 4, 7), date(2025, 9, 1), date(2025, 9, 2)} <= off
    assert {date(2025, 1, 25) + timedelta(days=i) for i in range(9)} <= off  # Tết 25/1-2/2
    assert {date(2025, 4, 30), date(2025, 5, 1), date(2025, 5, 2)} <= off
    off = {h.day for h in cal.holidays(2026)}
    assert {date(2026, 2, 14) + timedelta(days=i) for i in range(9)} <= off  # Tết 14/2-22/2
    assert {date(2026, 4, 27), date(2026, 8, 31), date(2026, 9, 1), date(2026, 9, 2)} <= off
    assert date(2026, 11, 24) in off
    names = {h.name for h in cal.holidays(2026)}
    assert "Tết Nguyên đán" in names
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    assert [h.day for h in cal.make_up_days(2025)] == [date(2025, 4, 26)]
    assert [h.day for h in cal.make_up_days(2026)] == [date(2026, 8, 22)]


def test_tet_2026(cal: WorkCalendar) -> None:
    assert cal.is_working_day(date(2026, 2, 13))
    assert not any(cal.is_working_day(date(2026, 2, d)) for d in range(14, 23))
    assert cal.is_working_day(date(2026, 2, 23))
    # Friday before Tết + 1 working day: the Monday after it.
    assert cal.add_working_days(at(2026, 2, 13), 1) == close(2026, 2, 23)
    assert cal.working_days_between(at(2026, 2, 13), at(2026, 2, 23)) == 1
    assert cal.next_working_day(date(2026, 2, 13)) == date(2026, 2, 23)
    assert cal.previous_working_day(date(2026, 2, 23)) == date(2026, 2, 13)


def test_tet_2027_provisional(cal: WorkCalendar) -> None:
    # 4/2-10/2/2027: 29 tháng Chạp to mùng 4, mùng 1-2 on the weekend compensated on 4/2, 10/2.
    assert cal.add_working_days(at(2027, 2, 3), 1) == close(2027, 2, 11)
    assert cal.add_working_days(at(2027, 2, 3), 0) == close(2027, 2, 3)
    assert cal.working_days_between(at(2027, 2, 1), at(2027, 2, 12)) == 4  # 2/2 3/2 11/2 12/2


def test_weekends(cal: WorkCalendar) -> None:
    assert cal.add_working_days(at(2026, 11, 27), 1) == close(2026, 11, 30)  # Fri -> Mon
    assert cal.add_working_days(at(2026, 11, 28), 0) == close(2026, 11, 30)  # Sat, same day
    assert cal.add_working_days(at(2026, 11, 28), 1) == close(2026, 12, 1)  # Sat -> Tue
    assert cal.add_working_days(at(2026, 11, 29, 23, 59), 1) == close(2026, 12, 1)  # Sun
    assert cal.add_working_days(at(2026, 11, 30), 5) == close(2026, 12, 7)


def test_swapped_working_saturdays(cal: WorkCalendar) -> None:
    # 2026: Saturday 22/8 is worked, Monday 31/8 is off (Quốc khánh 29/8-2/9).
    assert cal.is_working_day(date(2026, 8, 22))
    assert not cal.is_working_day(date(2026, 8, 31))
    assert cal.add_working_days(at(2026, 8, 21), 1) == close(2026, 8, 22)
    assert cal.add_working_days(at(2026, 8, 22, 9), 0) == close(2026, 8, 22)
    assert cal.add_working_days(at(2026, 8, 28), 1) == close(2026, 9, 3)
    # 2025: Saturday 26/4 worked for Friday 2/5.
    assert cal.is_working_day(date(2025, 4, 26))
    assert cal.add_working_days(at(2025, 4, 29), 1) == close(2025, 5, 5)


def test_national_day_2025(cal: WorkCalendar) -> None:
    assert not cal.is_working_day(date(2025, 9, 1))
    assert not cal.is_working_day(date(2025, 9, 2))
    assert cal.add_working_days(at(2025, 8, 29), 1) == close(2025, 9, 3)
    assert cal.add_working_days(at(2025, 9, 2, 8), 0) == close(2025, 9, 3)


def test_year_end(cal: WorkCalendar) -> None:
    assert cal.add_working_days(at(2025, 12, 31), 1) == close(2026, 1, 2)
    assert cal.add_working_days(at(2026, 12, 31), 1) == close(2027, 1, 4)  # 1/1/2027 is a Friday
    assert cal.add_working_days(at(2026, 12, 31, 18), 0) == close(2027, 1, 4)
    assert cal.working_days_between(at(2025, 12, 31), at(2026, 1, 5)) == 2  # 2/1 and 5/1


def test_start_on_a_holiday(cal: WorkCalendar) -> None:
    # Mùng 1 Tết 2026: counting starts on the next working day (Monday 23/2).
    assert cal.start_day(at(2026, 2, 17, 9)) == date(2026, 2, 23)
    assert cal.add_working_days(at(2026, 2, 17, 9), 0) == close(2026, 2, 23)
    assert cal.add_working_days(at(2026, 2, 17, 9), 1) == close(2026, 2, 24)


def test_closing_time() -> None:
    cal = WorkCalendar.from_file(close=time(16, 30))
    assert cal.add_working_days(at(2026, 11, 30, 16, 29), 0) == datetime(
        2026, 11, 30, 16, 30, tzinfo=VN_TZ
    )
    assert cal.add_working_days(at(2026, 11, 30, 16, 30), 0) == datetime(
        2026, 12, 1, 16, 30, tzinfo=VN_TZ
    )
    assert cal.add_working_days(at(2026, 11, 30, 16, 30), 1) == datetime(
        2026, 12, 2, 16, 30, tzinfo=VN_TZ
    )
    settings = config.load({"DIEMTIN_OFFICE_CLOSE_TIME": "16:30"})
    assert WorkCalendar.from_settings(settings).close == time(16, 30)


def test_time_zones(cal: WorkCalendar) -> None:
    # 09:59 UTC is 16:59 in Hà Nội: still the same working day; 10:00 UTC is closing time.
    before = datetime(2026, 11, 30, 9, 59, tzinfo=UTC)
    after = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
    assert cal.add_working_days(before, 0) == close(2026, 11, 30)
    assert cal.add_working_days(after, 0) == close(2026, 12, 1)
    # 23:30 UTC on Sunday is already Monday 06:30 in Hà Nội.
    assert cal.start_day(datetime(2026, 11, 29, 23, 30, tzinfo=UTC)) == date(2026, 11, 30)
    # A zone with daylight saving time around its change (Paris, 2026-03-29 02:00 -> 03:00):
    paris = ZoneInfo("Europe/Paris")
    moment = datetime(2026, 3, 29, 3, 30, tzinfo=paris)  # 01:30 UTC = 08:30 in Hà Nội, Sunday
    due = cal.add_working_days(moment, 1)
    assert due == close(2026, 3, 31)
    assert due.utcoffset() == timedelta(hours=7)
    assert cal.is_working_day(datetime(2026, 11, 29, 23, 30, tzinfo=UTC))  # Monday locally
    with pytest.raises(ValueError, match="naive"):
        cal.add_working_days(datetime(2026, 11, 30, 10, 0), 1)
    with pytest.raises(ValueError, match="naive"):
        cal.working_days_between(datetime(2026, 11, 30), at(2026, 12, 1))


def test_n_zero_negative_and_wrong_types(cal: WorkCalendar) -> None:
    assert cal.add_working_days(at(2026, 11, 30), 0) == close(2026, 11, 30)
    with pytest.raises(ValueError, match="0 or more"):
        cal.add_working_days(at(2026, 11, 30), -1)
    with pytest.raises(TypeError):
        cal.add_working_days(at(2026, 11, 30), 1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cal.add_working_days(at(2026, 11, 30), True)
    with pytest.raises(TypeError):
        cal.add_working_days(date(2026, 11, 30), 1)  # type: ignore[arg-type]


def test_between_is_the_inverse_of_add(cal: WorkCalendar) -> None:
    rng = random.Random(20261129)
    base = at(2024, 12, 1, 0)
    for _ in range(300):
        start = base + timedelta(minutes=rng.randrange(0, 3 * 366 * 24 * 60))
        n = rng.randrange(0, 25)
        due = cal.add_working_days(start, n)
        assert cal.working_days_between(start, due) == n, (start, n, due)
        assert cal.working_days_between(due, start) == -n
        assert cal.is_working_day(due)
        assert due.time() == time(17, 0)
    assert cal.working_days_between(at(2026, 11, 28), at(2026, 11, 29)) == 0  # a weekend


def test_calendar_is_immutable(cal: WorkCalendar) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        cal.close = time(18, 0)  # type: ignore[misc]
    with pytest.raises(TypeError):
        cal.schedules[2030] = cal.schedules[2026]  # type: ignore[index]


# --- the statutory rules (years without an entered schedule) -------------------------------------
def weekdays_off(off: dict[date, str] | set[date]) -> set[date]:
    return {d for d in off if d.weekday() < 5}


@pytest.mark.parametrize(
    ("year", "official_weekdays_off"),
    [
        # Past official schedules without swapped days, reproduced by the rules:
        (2021, [date(2021, 2, d) for d in (10, 11, 12, 15, 16)]),  # Tết 10/2-16/2
        (2024, [date(2024, 2, d) for d in (8, 9, 12, 13, 14)]),  # Tết 8/2-14/2
        (2022, [date(2022, 5, 2), date(2022, 5, 3)]),  # 30/4 Sat, 1/5 Sun: 2/5 and 3/5 off
        (2023, [date(2023, 9, 1), date(2023, 9, 4)]),  # Quốc khánh: 1/9-4/9
        (2024, [date(2024, 9, 2), date(2024, 9, 3)]),  # Quốc khánh: 31/8-3/9
    ],
)
def test_rules_reproduce_past_official_days(year: int, official_weekdays_off: list[date]) -> None:
    assert set(official_weekdays_off) <= weekdays_off(statutory_days_off(year))


def test_rules_match_the_bundled_years_apart_from_swaps(cal: WorkCalendar) -> None:
    def listed(year: int) -> set[date]:
        return weekdays_off({h.day for h in cal.holidays(year)})

    assert listed(2025) - weekdays_off(statutory_days_off(2025)) == {date(2025, 5, 2)}
    assert listed(2026) - weekdays_off(statutory_days_off(2026)) == {date(2026, 8, 31)}
    assert listed(2027) == weekdays_off(statutory_days_off(2027))
    for year in (2025, 2026, 2027):
        assert weekdays_off(statutory_days_off(year)) <= listed(year)


def test_computed_year_warns_and_follows_the_rules(caplog: pytest.LogCaptureFixture) -> None:
    cal = WorkCalendar(load_calendar_file(BUNDLED_CALENDAR))  # a fresh one: not yet warned
    with caplog.at_level(logging.WARNING, logger="workflow.calendar"):
        assert not cal.is_working_day(date(2028, 1, 3))  # 1/1/2028 is a Saturday: nghỉ bù
        assert not cal.is_working_day(date(2028, 1, 24))  # Tết Mậu Thân: 24/1-29/1
        assert cal.is_working_day(date(2028, 1, 31))
    assert [r.getMessage() for r in caplog.records if "2028" in r.getMessage()]
    assert cal.notice(2028) is not None
    assert {h.name for h in cal.holidays(2028)} >= {"Giỗ Tổ Hùng Vương", "Quốc khánh (nghỉ bù)"}
    assert date(2028, 9, 4) in {h.day for h in cal.holidays(2028)}  # 2/9/2028 is a Saturday
    with pytest.raises(ValueError, match="no working-day calendar"):
        cal.is_working_day(date(2300, 1, 2))


# --- an operator's calendar file ------------------------------------------------------------------
CUSTOM = """\
schema = 1

[[years]]
year = 2027
status = "official"
source = "Thông báo (giả định cho kiểm thử)"
days_off = [
    { name = "Tết Dương lịch", date = 2027-01-01 },
    { name = "Tết Nguyên đán", from = "2027-02-04", to = "2027-02-14" },
]
working_days = [ { name = "Làm bù", date = 2027-02-20 } ]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "lich.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_custom_calendar_file(tmp_path: Path) -> None:
    path = write(tmp_path, CUSTOM)
    settings = config.load({"DIEMTIN_HOLIDAY_CALENDAR_FILE": str(path)})
    cal = WorkCalendar.from_settings(settings)
    assert cal.source == str(path)
    assert cal.year_status(2027) == "official"
    assert not cal.is_working_day(date(2027, 2, 12))  # a Friday off in this file
    assert cal.is_working_day(date(2027, 2, 20))  # a worked Saturday
    assert cal.is_working_day(date(2027, 4, 16))  # no Giỗ Tổ listed: the file is taken as is
    assert cal.add_working_days(at(2027, 2, 3), 1) == close(2027, 2, 15)
    assert cal.year_status(2026) == "computed"  # 2026 is not in this file
    assert not cal.is_working_day(date(2026, 2, 16))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("schema = 1\n[[years]\n", "không phải TOML hợp lệ"),
        ("[[years]]\nyear = 2027\n", "schema = 1"),
        ("schema = 2\n", "schema = 1"),
        ("schema = 1\nnam = 2027\n", "khoá không được hỗ trợ: nam"),
        ("schema = 1\n[[years]]\nstatus = 'official'\n", "thiếu 'year'"),
        ("schema = 1\n[[years]]\nyear = 3000\n", "nằm ngoài khoảng"),
        ("schema = 1\n[[years]]\nyear = 2027\n[[years]]\nyear = 2027\n", "khai báo hai lần"),
        ("schema = 1\n[[years]]\nyear = 2027\nstatus = 'final'\n", "'status' phải là"),
        ("schema = 1\n[[years]]\nyear = 2027\nholidays = []\n", "khoá không được hỗ trợ"),
        ("schema = 1\n[[years]]\nyear = 2027\ndays_off = 5\n", "phải là một danh sách"),
        (
            "schema = 1\n[[years]]\nyear = 2027\ndays_off = [{ date = 2027-01-01 }]\n",
            "thiếu 'name'",
        ),
        (
            "schema = 1\n[[years]]\nyear = 2027\n"
            "days_off = [{ name = 'x', date = '2027-02-30' }]\n",
            "'2027-02-30' không phải ngày hợp lệ",
        ),
        (
            "schema = 1\n[[years]]\nyear = 2027\n"
            "days_off = [{ name = 'x', date = 2027-01-01T08:00:00 }]\n",
            "có cả giờ",
        ),
        (
            "schema = 1\n[[years]]\nyear = 2027\ndays_off = [{ name = 'x', from = 2027-02-10 }]\n",
            "thiếu 'date' hoặc cả 'from' và 'to'",
        ),
        (
            "schema = 1\n[[years]]\nyear = 2027\n"
            "days_off = [{ name = 'x', from = 2027-02-10, to = 2027-02-01 }]\n",
            "trước ngày 'from'",
        ),
        (
            "schema = 1\n[[years]]\nyear = 2027\n"
            "days_off = [{ name = 'x', from = 2027-02-01, to = 2027-03-01 }]\n",
            "dài quá 16 ngày",
        ),
        (
            "schema = 1\n[[years]]\nyear = 2027\ndays_off = [{ name = 'x', date = 2029-01-01 }]\n",
            "không thuộc năm 2027",
        ),
        (
            "schema = 1\n[[years]]\nyear = 2027\n"
            "working_days = [{ name = 'x', date = 2027-02-22 }]\n",
            "là thứ Hai, vốn đã là ngày làm việc",
        ),
        (
            "schema = 1\n[[years]]\nyear = 2027\ndays_off = [{ name = 'x', date = 2027-02-20 }]\n"
            "working_days = [{ name = 'y', date = 2027-02-20 }]\n",
            "vừa là ngày nghỉ vừa là ngày làm bù",
        ),
    ],
)
def test_malformed_calendar_file(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(HolidayCalendarError) as info:
        WorkCalendar.from_file(path)
    assert message in str(info.value)
    assert str(info.value).startswith(f"Tệp lịch nghỉ {path}")
    assert isinstance(info.value, config.ConfigError)  # the CLI reports it as "Lỗi cấu hình"


def test_missing_calendar_file(tmp_path: Path) -> None:
    with pytest.raises(HolidayCalendarError, match="không tìm thấy tệp"):
        WorkCalendar.from_file(tmp_path / "khong-co.toml")
    with pytest.raises(config.ConfigError, match="DIEMTIN_HOLIDAY_CALENDAR_FILE"):
        config.load({"DIEMTIN_HOLIDAY_CALENDAR_FILE": str(tmp_path / "khong-co.toml")})


def test_calendars_of_an_unchanged_file_are_shared(tmp_path: Path) -> None:
    assert WorkCalendar.from_file() is WorkCalendar.from_file()
    assert WorkCalendar.from_file(close=time(16, 0)) is not WorkCalendar.from_file()
    path = write(tmp_path, CUSTOM)
    first = WorkCalendar.from_file(path)
    assert WorkCalendar.from_file(path) is first
    edited = "# sửa: thêm 15/2\n" + CUSTOM.replace("2027-02-14", "2027-02-15")  # another size
    path.write_text(edited, encoding="utf-8")
    changed = WorkCalendar.from_file(path)
    assert changed is not first
    assert not changed.is_working_day(date(2027, 2, 15))
    assert first.is_working_day(date(2027, 2, 15))


def test_bundled_file_is_package_data() -> None:
    assert BUNDLED_CALENDAR.is_file()
    assert BUNDLED_CALENDAR.parent.name == "data"


@pytest.mark.parametrize("value", ["7:00", "25:00", "17h", "08:00", ""])
def test_office_close_time_is_validated(value: str) -> None:
    with pytest.raises(config.ConfigError, match="DIEMTIN_OFFICE_CLOSE_TIME"):
        config.load({"DIEMTIN_OFFICE_CLOSE_TIME": value})
