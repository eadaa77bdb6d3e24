"""Working days of Vietnam's state agencies and working-day arithmetic for case deadlines.

A working day is a Monday to Friday that is not a public holiday or compensatory day off, or a
Saturday/Sunday worked in exchange for a day off (ngày làm bù). Holidays come from a TOML
calendar (the bundled ``workflow/data/holidays_vn.toml``, whose header documents the schema and
the law, or the operator's file named by ``holiday_calendar_file``): the years it lists are used
as listed; any other year is computed from Bộ luật Lao động 2019 Điều 111-112 and the lunar
calendar (:func:`statutory_days_off`) with a logged warning, since the official schedule of a year
is only announced the autumn before.

Every moment is an aware datetime; it is read in Asia/Ho_Chi_Minh (UTC+7 all year: no daylight
saving time since 1975), so an input in any other zone means the same instant.

Semantics of ``add_working_days(start, n)`` (n >= 0):

* the *start day* is the local day of ``start`` if that day is a working day and ``start`` is
  before the office closing time (``office_close_time``, 17:00); otherwise (after closing time, on
  a weekend, a holiday) it is the next working day: work received then counts as received on the
  next working day;
* the result is the closing time of the n-th working day after the start day; n = 0 is the
  closing time of the start day itself ("the same working day").

So with 17:00: Monday 10:00 + 1 → Tuesday 17:00; Monday 18:00 + 1 → Wednesday 17:00;
Saturday + 1 → Tuesday 17:00; Monday 10:00 + 0 → Monday 17:00; Saturday + 0 → Monday 17:00.
``working_days_between(a, b)`` counts the working days after the start day of ``a`` up to and
including the local day of ``b`` (negative when ``b`` is before ``a``), so that
``working_days_between(a, add_working_days(a, n)) == n``.
"""

from __future__ import annotations

import functools
import logging
import tomllib
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any

from config import ConfigError, Settings
from text.dates import VN_TZ
from workflow import lunar

__all__ = [
    "BUNDLED_CALENDAR",
    "Holiday",
    "HolidayCalendarError",
    "WorkCalendar",
    "YearSchedule",
    "load_calendar_file",
    "statutory_days_off",
]

log = logging.getLogger(__name__)

BUNDLED_CALENDAR = Path(__file__).resolve().parent / "data" / "holidays_vn.toml"
SCHEMA_VERSION = 1
STATUSES = ("official", "provisional")
MAX_RANGE_DAYS = 16
DEFAULT_CLOSE = time(17, 0)
CULTURE_DAY_SINCE = 2026  # Ngày Văn hóa Việt Nam, 24/11 (Nghị quyết 80-NQ/TW)
# Quốc khánh: which neighbour of 2/9 is the second day off, by the weekday of 2/9 (Monday = 0):
# the one that joins the weekend (2021-2026 practice; 1/9 in 2025 and 2026, 3/9 in 2024).
_NATIONAL_DAY_NEIGHBOUR = {0: 1, 1: -1, 2: -1, 3: 1, 4: -1, 5: -1, 6: 1}
_WEEKDAYS_VI = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
_ONE_DAY = timedelta(days=1)


class HolidayCalendarError(ConfigError):
    """The holiday calendar file is missing or malformed (message in Vietnamese)."""


@dataclass(frozen=True, order=True)
class Holiday:
    """A day off (or, in :meth:`WorkCalendar.make_up_days`, a worked weekend day) and its name."""

    day: date
    name: str


@dataclass(frozen=True)
class YearSchedule:
    """One ``[[years]]`` entry of a calendar file: the days off and make-up days of a year."""

    year: int
    status: str
    source: str
    days_off: Mapping[date, str]
    working_days: Mapping[date, str]


# --- the statutory rules --------------------------------------------------------------------------
def _weekend(d: date) -> bool:
    return d.weekday() >= 5


def statutory_days_off(year: int) -> dict[date, str]:
    """The days off of ``year`` computed from the law, for years without an entered schedule.

    Bộ luật Lao động 2019 Điều 112: 1/1; Tết Âm lịch five days, taken as the last day of the lunar
    year and mùng 1 to mùng 4; Giỗ Tổ Hùng Vương (10/3 âm lịch); 30/4; 1/5; 2/9 and the neighbour
    that joins the weekend; from 2026 also 24/11 (Ngày Văn hóa Việt Nam). Điều 111.3: a holiday on
    a Saturday or Sunday gives the next free working day off; for Tết, as the Government has done
    since 2014, a Saturday gives the previous free working day and a Sunday the next one. Make-up
    Saturdays cannot be predicted: they exist only in entered schedules.
    """
    off: dict[date, str] = {}
    eve = lunar.last_day_of_year_before(year)
    tet = [eve + timedelta(days=i) for i in range(5)]
    for day in tet:
        off[day] = "Tết Nguyên đán"
    national_day = date(year, 9, 2)
    neighbour = national_day + timedelta(days=_NATIONAL_DAY_NEIGHBOUR[national_day.weekday()])
    fixed = [
        (date(year, 1, 1), "Tết Dương lịch"),
        (lunar.to_solar(year, 3, 10), "Giỗ Tổ Hùng Vương"),
        (date(year, 4, 30), "Ngày Chiến thắng"),
        (date(year, 5, 1), "Ngày Quốc tế Lao động"),
        (national_day, "Quốc khánh"),
        (neighbour, "Quốc khánh"),
    ]
    if year >= CULTURE_DAY_SINCE:
        fixed.append((date(year, 11, 24), "Ngày Văn hóa Việt Nam"))
    for day, name in fixed:
        off.setdefault(day, name)

    def compensate(day: date, step: timedelta, name: str) -> None:
        other = day + step
        while _weekend(other) or other in off:
            other += step
        off[other] = f"{name} (nghỉ bù)"

    for day in tet:
        if day.weekday() == 5:
            compensate(day, -_ONE_DAY, "Tết Nguyên đán")
        elif day.weekday() == 6:
            compensate(day, _ONE_DAY, "Tết Nguyên đán")
    for day, name in sorted(set(fixed)):
        if _weekend(day):
            compensate(day, _ONE_DAY, name)
    return off


# --- the calendar file ----------------------------------------------------------------------------
def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value).strip()


def _date(value: Any, where: str) -> date:
    if isinstance(value, datetime):
        raise HolidayCalendarError(f"{where}: {value} có cả giờ; chỉ ghi ngày dạng YYYY-MM-DD")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise HolidayCalendarError(f"{where}: {value!r} không phải ngày hợp lệ (cần dạng YYYY-MM-DD)")


def _days(entries: Any, year: int, key: str, where: str) -> Iterator[tuple[date, str, str]]:
    """(day, name, where in the file) for every day of the entries of ``key``."""
    if not isinstance(entries, list):
        raise HolidayCalendarError(f"{where}: '{key}' phải là một danh sách {{ name = …, … }}")
    for i, entry in enumerate(entries, 1):
        here = f"{where}, {key} mục {i}"
        if not isinstance(entry, dict):
            raise HolidayCalendarError(f'{here}: cần dạng {{ name = "…", date = YYYY-MM-DD }}')
        allowed = {"name", "date"} if key == "working_days" else {"name", "date", "from", "to"}
        unknown = sorted(set(entry) - allowed)
        if unknown:
            raise HolidayCalendarError(f"{here}: khoá không được hỗ trợ: {', '.join(unknown)}")
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise HolidayCalendarError(f"{here}: thiếu 'name' (tên ngày nghỉ)")
        if "date" in entry and ("from" in entry or "to" in entry):
            raise HolidayCalendarError(f"{here}: ghi 'date' hoặc 'from' và 'to', không ghi cả hai")
        if "date" in entry:
            first = last = _date(entry["date"], here)
        elif "from" in entry and "to" in entry:
            first, last = _date(entry["from"], here), _date(entry["to"], here)
        else:
            need = "'date'" if key == "working_days" else "'date' hoặc cả 'from' và 'to'"
            raise HolidayCalendarError(f"{here}: thiếu {need}")
        if last < first:
            raise HolidayCalendarError(f"{here}: ngày 'to' ({last}) trước ngày 'from' ({first})")
        if (last - first).days >= MAX_RANGE_DAYS:
            raise HolidayCalendarError(
                f"{here}: khoảng {first} – {last} dài quá {MAX_RANGE_DAYS} ngày"
            )
        for edge in (first, last):
            if abs(edge.year - year) > 1:
                raise HolidayCalendarError(f"{here}: ngày {edge} không thuộc năm {year}")
        day = first
        while day <= last:
            yield day, _nfc(name), here
            day += _ONE_DAY


def _year_schedule(entry: Any, index: int) -> YearSchedule:
    where = f"mục [[years]] thứ {index}"
    if not isinstance(entry, dict):
        raise HolidayCalendarError(f"{where} phải là một bảng [[years]]")
    unknown = sorted(set(entry) - {"year", "status", "source", "days_off", "working_days"})
    if unknown:
        raise HolidayCalendarError(f"{where}: khoá không được hỗ trợ: {', '.join(unknown)}")
    year = entry.get("year")
    if isinstance(year, bool) or not isinstance(year, int):
        raise HolidayCalendarError(f"{where}: thiếu 'year' (số năm, ví dụ year = 2027)")
    if not lunar.MIN_YEAR <= year <= lunar.MAX_YEAR:
        raise HolidayCalendarError(
            f"{where}: năm {year} nằm ngoài khoảng {lunar.MIN_YEAR}–{lunar.MAX_YEAR}"
        )
    where = f"năm {year}"
    status = entry.get("status", "official")
    if status not in STATUSES:
        raise HolidayCalendarError(
            f'{where}: \'status\' phải là "official" (đã công bố) hoặc "provisional" (dự kiến), '
            f"không phải {status!r}"
        )
    source = entry.get("source", "")
    if not isinstance(source, str):
        raise HolidayCalendarError(f"{where}: 'source' phải là một chuỗi")
    days_off: dict[date, str] = {}
    for day, name, _ in _days(entry.get("days_off", []), year, "days_off", where):
        days_off.setdefault(day, name)
    working: dict[date, str] = {}
    for day, name, here in _days(entry.get("working_days", []), year, "working_days", where):
        if not _weekend(day):
            raise HolidayCalendarError(
                f"{here}: {day} là {_WEEKDAYS_VI[day.weekday()]}, vốn đã là ngày làm việc; "
                "ngày làm bù phải là thứ Bảy hoặc Chủ nhật"
            )
        if day in days_off:
            raise HolidayCalendarError(f"{here}: {day} vừa là ngày nghỉ vừa là ngày làm bù")
        working[day] = name
    return YearSchedule(
        year, status, _nfc(source), MappingProxyType(days_off), MappingProxyType(working)
    )


def load_calendar_file(path: Path) -> dict[int, YearSchedule]:
    """The year schedules of a calendar file; :class:`HolidayCalendarError` when it is unusable."""
    where = f"Tệp lịch nghỉ {path}"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise HolidayCalendarError(f"{where}: không tìm thấy tệp") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise HolidayCalendarError(f"{where}: không đọc được tệp ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise HolidayCalendarError(f"{where}: không phải TOML hợp lệ ({exc})") from None
    try:
        if data.get("schema") != SCHEMA_VERSION:
            raise HolidayCalendarError(
                f"cần dòng 'schema = {SCHEMA_VERSION}' (phiên bản lược đồ), đang là "
                f"{data.get('schema')!r}"
            )
        unknown = sorted(set(data) - {"schema", "years"})
        if unknown:
            raise HolidayCalendarError(f"khoá không được hỗ trợ: {', '.join(unknown)}")
        entries = data.get("years", [])
        if not isinstance(entries, list):
            raise HolidayCalendarError("'years' phải là các bảng [[years]]")
        schedules: dict[int, YearSchedule] = {}
        for i, entry in enumerate(entries, 1):
            schedule = _year_schedule(entry, i)
            if schedule.year in schedules:
                raise HolidayCalendarError(f"năm {schedule.year} được khai báo hai lần")
            schedules[schedule.year] = schedule
    except HolidayCalendarError as exc:
        raise HolidayCalendarError(f"{where}: {exc}") from None
    days_off = {d: y for y, s in schedules.items() for d in s.days_off}
    for year, schedule in schedules.items():
        for day in schedule.working_days:
            if day in days_off:
                raise HolidayCalendarError(
                    f"{where}: {day} là ngày làm bù của năm {year} nhưng là ngày nghỉ của năm "
                    f"{days_off[day]}"
                )
    return schedules


# --- the calendar ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class WorkCalendar:
    """Working days and working-day arithmetic (see the module docstring for the semantics).

    Immutable: its schedules and closing time never change; the years it computes from the rules
    are remembered internally.
    """

    schedules: Mapping[int, YearSchedule] = field(default_factory=dict)
    close: time = DEFAULT_CLOSE
    source: str = "bundled"
    _listed_off: dict[date, str] = field(init=False, repr=False, compare=False)
    _listed_working: dict[date, str] = field(init=False, repr=False, compare=False)
    _computed: dict[int, Mapping[date, str]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        if self.close.tzinfo is not None or self.close == time(0, 0):
            raise ValueError("close must be a naive local time after 00:00")
        schedules = MappingProxyType(dict(self.schedules))
        object.__setattr__(self, "schedules", schedules)
        listed_off: dict[date, str] = {}
        listed_working: dict[date, str] = {}
        for year in sorted(schedules):
            for day, name in schedules[year].days_off.items():
                listed_off.setdefault(day, name)
            listed_working.update(schedules[year].working_days)
        object.__setattr__(self, "_listed_off", listed_off)
        object.__setattr__(self, "_listed_working", listed_working)

    # --- construction ---
    @classmethod
    def from_file(cls, path: Path | str | None = None, close: time = DEFAULT_CLOSE) -> WorkCalendar:
        """The calendar of a TOML file (None: the bundled one). Calendars are immutable, so one
        instance is shared while the file is unchanged: it is parsed, and each year without an
        official schedule is computed and warned about, once."""
        file = Path(path) if path else BUNDLED_CALENDAR
        source = str(file) if path else "bundled"
        try:
            stat = file.stat()
        except OSError:
            return cls(load_calendar_file(file), close, source)  # raises the Vietnamese error
        return _shared_calendar(cls, file, stat.st_mtime_ns, stat.st_size, close, source)

    @classmethod
    def from_settings(cls, settings: Settings) -> WorkCalendar:
        """The calendar of ``holiday_calendar_file`` (empty: bundled) and ``office_close_time``."""
        return cls.from_file(settings.holiday_calendar_file or None, settings.office_close)

    # --- days ---
    def year_status(self, year: int) -> str:
        """The status of ``year``: "official" or "provisional" as listed, or "computed"."""
        schedule = self.schedules.get(year)
        return schedule.status if schedule else "computed"

    def notice(self, year: int) -> str | None:
        """A Vietnamese warning for users when ``year`` has no official schedule, else None."""
        status = self.year_status(year)
        if status == "official":
            return None
        how = "dự kiến" if status == "provisional" else "tính theo Bộ luật Lao động và âm lịch"
        return (
            f"Lịch nghỉ lễ, tết năm {year} chưa phải lịch chính thức ({how}); hạn xử lý có thể "
            "lệch khi lịch chính thức được công bố. Cần nhập lịch chính thức vào tệp lịch nghỉ."
        )

    def _days_off(self, year: int) -> Mapping[date, str]:
        computed = self._computed.get(year)
        if computed is not None:
            return computed
        status = self.year_status(year)
        if status == "computed":
            if not lunar.MIN_YEAR <= year <= lunar.MAX_YEAR:
                raise ValueError(f"no working-day calendar for the year {year}")
            computed = {**statutory_days_off(year), **self._listed_off}
        else:
            computed = self._listed_off
        if status != "official":
            log.warning(
                "holiday calendar %s: no official schedule for %d (%s): deadlines that year may "
                "move once it is published; enter it in the calendar file",
                self.source,
                year,
                "provisional dates" if status == "provisional" else "computed from the law",
            )
        self._computed[year] = computed
        return computed

    def is_working_day(self, d: date) -> bool:
        """Whether ``d`` (a date, or an aware datetime read in local time) is a working day."""
        day = _local_day(d)
        if day in self._listed_working:
            return True
        return not _weekend(day) and day not in self._days_off(day.year)

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        day = _local_day(d) + _ONE_DAY
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def previous_working_day(self, d: date) -> date:
        """The last working day strictly before ``d``."""
        day = _local_day(d) - _ONE_DAY
        while not self.is_working_day(day):
            day -= _ONE_DAY
        return day

    def holidays(self, year: int) -> tuple[Holiday, ...]:
        """The days off of ``year`` in date order (a published range keeps its weekend days)."""
        off = self._days_off(year)
        return tuple(sorted(Holiday(d, name) for d, name in off.items() if d.year == year))

    def make_up_days(self, year: int) -> tuple[Holiday, ...]:
        """The Saturdays/Sundays of ``year`` that are working days (làm bù)."""
        return tuple(
            sorted(Holiday(d, name) for d, name in self._listed_working.items() if d.year == year)
        )

    # --- moments ---
    def start_day(self, moment: datetime) -> date:
        """The working day from which a period starting at ``moment`` counts (module docstring)."""
        local = _local(moment)
        day = local.date()
        if self.is_working_day(day) and local.time() < self.close:
            return day
        return self.next_working_day(day)

    def add_working_days(self, start: datetime, n: int) -> datetime:
        """The closing time of the n-th working day after the start day of ``start`` (n >= 0)."""
        if isinstance(n, bool) or not isinstance(n, int):
            raise TypeError(f"n must be an int, not {n!r}")
        if n < 0:
            raise ValueError(f"n must be 0 or more working days, not {n}")
        day = self.start_day(start)
        for _ in range(n):
            day = self.next_working_day(day)
        return datetime.combine(day, self.close, VN_TZ)

    def working_days_between(self, a: datetime, b: datetime) -> int:
        """Working days after the start day of ``a`` up to and including the local day of ``b``;
        ``-working_days_between(b, a)`` when ``b`` is before ``a``."""
        if _local(b) < _local(a):
            return -self.working_days_between(b, a)
        day, end, count = self.start_day(a), _local(b).date(), 0
        while day < end:
            day += _ONE_DAY
            if self.is_working_day(day):
                count += 1
        return count


@functools.lru_cache(maxsize=16)
def _shared_calendar(
    cls: type[WorkCalendar], file: Path, mtime_ns: int, size: int, close: time, source: str
) -> WorkCalendar:
    return cls(load_calendar_file(file), close, source)


def _local(moment: datetime) -> datetime:
    if not isinstance(moment, datetime):
        raise TypeError(f"expected an aware datetime, not {moment!r}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment.isoformat()}: give a time zone")
    return moment.astimezone(VN_TZ)


def _local_day(d: date) -> date:
    if isinstance(d, datetime):
        return _local(d).date()
    return d
