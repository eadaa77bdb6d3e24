"""The Vietnamese lunisolar calendar (âm lịch): conversions between solar and lunar dates.

An implementation of Hồ Ngọc Đức's algorithm ("Thuật toán tính âm lịch", the reference used by
Vietnamese calendar software): new moons after Jean Meeus, "Astronomical Algorithms" (1998), and
the Chinese calendar rules evaluated at the meridian of UTC+7 (Hà Nội). The time zone matters: the
Vietnamese calendar differs from the Chinese one (UTC+8) whenever a new moon or a solar term falls
between 16:00 and 17:00 UTC, e.g. Tết 1985 (21/1 in Vietnam, 20/2 in China) and Tết 2007
(17/2 in Vietnam, 18/2 in China).

The astronomical approximation is good for the years 1800-2199; the workflow uses it only to
compute the lunar holidays of years for which no official schedule has been entered.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "LunarDate",
    "MAX_YEAR",
    "MIN_YEAR",
    "last_day_of_year_before",
    "lunar_new_year",
    "to_lunar",
    "to_solar",
]

MIN_YEAR = 1800
MAX_YEAR = 2199
TIME_ZONE = 7.0  # hours east of UTC
_ORDINAL_TO_JDN = 1_721_425  # Julian Day Number of date.fromordinal(1) minus one
_SYNODIC_MONTH = 29.530588853
_EPOCH = 2_415_021.076998695  # the new moon of 1900-01-01 13:52 UTC (k = 0), in Julian days


@dataclass(frozen=True, order=True)
class LunarDate:
    """A day of the lunar calendar: ``year`` is the year of its Tết (âm lịch year number)."""

    year: int
    month: int
    day: int
    leap: bool = False


def _jdn(d: date) -> int:
    return d.toordinal() + _ORDINAL_TO_JDN


def _from_jdn(jdn: int) -> date:
    return date.fromordinal(jdn - _ORDINAL_TO_JDN)


def _new_moon(k: int) -> float:
    """The moment (Julian day, UT) of the k-th new moon after 1900-01-01."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3  # sun's mean anomaly
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3  # moon's mean anomaly
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3  # moon's latitude arg.
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 = c1 - 0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr)
    c1 = c1 - 0.0004 * math.sin(dr * 3 * mpr)
    c1 = c1 + 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 = c1 - 0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 = c1 - 0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 = c1 + 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - delta_t


def _new_moon_day(k: int) -> int:
    """Julian Day Number of the local (UTC+7) day of the k-th new moon."""
    return math.floor(_new_moon(k) + 0.5 + TIME_ZONE / 24)


def _sun_longitude_sector(jdn: int) -> int:
    """Which of the 12 thirty-degree sectors the sun is in at local midnight starting day jdn
    (0 = from the March equinox; 9 = from the December solstice)."""
    t = (jdn - 0.5 - TIME_ZONE / 24 - 2_451_545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    longitude = (l0 + dl) * dr
    longitude -= 2 * math.pi * math.floor(longitude / (2 * math.pi))
    return math.floor(longitude / math.pi * 6)


def _month_11(year: int) -> int:
    """JDN of the first day of the lunar month 11 (the month holding the winter solstice) that
    begins in the solar year ``year``."""
    k = math.floor((_jdn(date(year, 12, 31)) - 2_415_021) / _SYNODIC_MONTH)
    start = _new_moon_day(k)
    if _sun_longitude_sector(start) >= 9:  # the solstice is not yet past: one month earlier
        start = _new_moon_day(k - 1)
    return start


def _leap_month_offset(a11: int) -> int:
    """In a 13-month lunar year starting at month 11 ``a11``: the offset (from month 11) of the
    first month without a major solar term, which is the leap month."""
    k = math.floor((a11 - _EPOCH) / _SYNODIC_MONTH + 0.5)
    i = 1
    arc = _sun_longitude_sector(_new_moon_day(k + i))
    while True:
        last = arc
        i += 1
        arc = _sun_longitude_sector(_new_moon_day(k + i))
        if arc == last or i >= 14:
            return i - 1


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"lunar calendar supports the years {MIN_YEAR}-{MAX_YEAR}, not {year}")


def to_lunar(d: date) -> LunarDate:
    """The lunar date of the solar date ``d`` (Vietnamese calendar, UTC+7)."""
    _check_year(d.year)
    day_number = _jdn(d)
    # The mean lunation gives k within one of the month that holds the day; the true new moon
    # can be a day or so away from the mean, so step to the last new moon on or before the day.
    k = math.floor((day_number - _EPOCH) / _SYNODIC_MONTH) + 1
    while _new_moon_day(k) > day_number:
        k -= 1
    while _new_moon_day(k + 1) <= day_number:
        k += 1
    month_start = _new_moon_day(k)
    a11 = _month_11(d.year)
    b11 = a11
    if a11 >= month_start:
        lunar_year = d.year
        a11 = _month_11(d.year - 1)
    else:
        lunar_year = d.year + 1
        b11 = _month_11(d.year + 1)
    day = day_number - month_start + 1
    diff = math.floor((month_start - a11) / 29)
    leap = False
    month = diff + 11
    if b11 - a11 > 365:
        leap_diff = _leap_month_offset(a11)
        if diff >= leap_diff:
            month = diff + 10
            leap = diff == leap_diff
    if month > 12:
        month -= 12
    if month >= 11 and diff < 4:
        lunar_year -= 1
    return LunarDate(lunar_year, month, day, leap)


def to_solar(year: int, month: int, day: int, leap: bool = False) -> date:
    """The solar date of lunar ``day``/``month`` of lunar ``year`` (the year of its Tết).

    Raises ValueError for a month or day that does not exist (e.g. a leap month that year has
    not, or day 30 of a 29-day month)."""
    _check_year(year)
    if not 1 <= month <= 12 or not 1 <= day <= 30:
        raise ValueError(f"no lunar date {day}/{month}")
    if month < 11:
        a11, b11 = _month_11(year - 1), _month_11(year)
    else:
        a11, b11 = _month_11(year), _month_11(year + 1)
    k = math.floor(0.5 + (a11 - _EPOCH) / _SYNODIC_MONTH)
    offset = (month - 11) % 12
    if b11 - a11 > 365:
        leap_offset = _leap_month_offset(a11)
        leap_month = (leap_offset - 3) % 12 + 1
        if leap and month != leap_month:
            raise ValueError(f"lunar year {year} has no leap month {month}")
        if leap or offset >= leap_offset:
            offset += 1
    elif leap:
        raise ValueError(f"lunar year {year} has no leap month")
    start = _new_moon_day(k + offset)
    if day > _new_moon_day(k + offset + 1) - start:
        raise ValueError(f"lunar month {month}/{year} has fewer than {day} days")
    return _from_jdn(start + day - 1)


def lunar_new_year(year: int) -> date:
    """Mùng 1 Tết of ``year``: the solar date of lunar 1/1."""
    return to_solar(year, 1, 1)


def last_day_of_year_before(year: int) -> date:
    """The last day of the lunar year before Tết ``year`` (ngày cuối tháng Chạp)."""
    return lunar_new_year(year) - timedelta(days=1)
