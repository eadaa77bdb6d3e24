"""Dates of Vietnamese news pages and feeds → timezone-aware datetimes in Asia/Ho_Chi_Minh.

A tolerant, regex-only parser for what outlets print (NOTES.md §4) and what meta tags and feeds
carry: ISO 8601, RFC 822, day-first numeric dates with optional time, weekday and time zone, and
"ngày 14 tháng 7 năm 2016". Numeric dates are always day-first; day and month are never swapped
to make a date fit. Anything impossible (31/02, hour 25, year < 1990, far future) gives ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from text.normalize import strip_diacritics

__all__ = ["VN_TZ", "parse_date", "parse_day", "to_iso"]

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
MIN_YEAR = 1990
FUTURE_TOLERANCE = timedelta(days=1)

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])"
)
MAX_CHARS = 10_000

# All patterns run on the folded text: diacritics stripped and lowercased ("Thứ hai" -> "thu hai").
_ISO = re.compile(
    r"(?<!\d)(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?:[t ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<frac>\d+))?)?"
    r"\s*(?P<tz>z(?![a-z])|[+-]\d{2}(?::?\d{2})?(?!\d))?)?(?!\d)"
)
_RFC822 = re.compile(
    r"(?<![a-z\d])(?P<d>\d{1,2})\s+" + _MONTH_NAME + r"\.?,?\s+(?P<y>\d{4})"
    r"(?:,?\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"(?:\s*(?P<tz>[+-]\d{2}:?\d{2}|gmt|utc|ut|z)(?![a-z\d]))?)?(?!\d)"
)
_NUMERIC = re.compile(
    r"(?<![\d/.])(?<!\d-)(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"
)
_WORDS = re.compile(
    r"(?<!\d)(?:ngay\s+)?(?P<d>\d{1,2})\s+thang\s+(?P<m>\d{1,2})"
    r"(?:\s*,?\s*nam\s+|\s*[,/]\s*|\s+)(?P<y>\d{4})(?!\d)"
)
_CLOCK = r"(?P<H>\d{1,2})\s*(?::|h|gio)\s*(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*phut)?"
_AMPM = r"(?:\s*(?P<ampm>sa|ch|am|pm|a\.m\.|p\.m\.|sang|chieu)(?![a-z]))?"
_TIME_AFTER = re.compile(
    r"\s*(?:[,|\-–—]\s*|luc\s+|vao\s+luc\s+)?\(?\s*" + _CLOCK + r"(?!\d)" + _AMPM
)
_TIME_BEFORE = re.compile(r"(?<!\d)" + _CLOCK + _AMPM + r"\s*(?:[,|\-–—]\s*|ngay\s+)?\(?\s*$")
_ZONE = re.compile(
    r"\s*\)?\s*[,\-]?\s*\(?\s*(?:"
    r"(?:gmt|utc)\s*(?P<sign>[+-])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?"
    r"|(?P<sign2>[+-])(?P<oh2>\d{2}):?(?P<om2>\d{2})"
    r"|(?P<utc>gmt|utc)(?![a-z\d+-]))"
)
# Markers of a 12-hour clock: SA = sáng (am), CH = chiều (pm). "tối" is left out: folded it reads
# "toi", like "tôi" (I). A marker after an hour above 12 is ignored (24-hour clock, or a word).
_PM = frozenset({"ch", "pm", "p.m.", "chieu"})
_AM = frozenset({"sa", "am", "a.m.", "sang"})


def _fold(text: str) -> str:
    return strip_diacritics(text).lower()


def _offset(sign: str, hours: str, minutes: str | None) -> timezone | None:
    h, m = int(hours), int(minutes or 0)
    if h > 14 or m > 59:
        return None
    delta = timedelta(hours=h, minutes=m)
    return timezone(-delta if sign == "-" else delta)


def _iso_zone(raw: str | None) -> timezone | None:
    if not raw:
        return None
    if raw == "z":
        return UTC
    digits = raw[1:].replace(":", "")
    return _offset(raw[0], digits[:2], digits[2:] or None)


def _hour(hour: int, ampm: str | None) -> int:
    if ampm in _PM and hour < 12:
        return hour + 12
    if ampm in _AM and hour == 12:
        return 0
    return hour


def _build(
    year: str,
    month: str,
    day: str,
    hour: int = 0,
    minute: str | None = None,
    second: str | None = None,
    micro: str | None = None,
    tz: timezone | None = None,
) -> datetime | None:
    """An aware datetime in VN_TZ, or None if a component is out of range."""
    try:
        value = datetime(
            int(year),
            int(month),
            int(day),
            hour,
            int(minute or 0),
            int(second or 0),
            int((micro or "0")[:6].ljust(6, "0")),
        )
    except ValueError:
        return None
    if tz is None:
        return value.replace(tzinfo=VN_TZ)
    return value.replace(tzinfo=tz).astimezone(VN_TZ)


def _from_iso(m: re.Match[str], _folded: str) -> datetime | None:
    tz = _iso_zone(m["tz"])
    if m["tz"] and tz is None:
        return None
    hour = int(m["H"]) if m["H"] else 0
    return _build(m["y"], m["m"], m["d"], hour, m["M"], m["S"], m["frac"], tz)


def _from_rfc822(m: re.Match[str], _folded: str) -> datetime | None:
    raw = m["tz"]
    tz = UTC if raw in {"gmt", "utc", "ut", "z"} else _iso_zone(raw)
    if raw and tz is None:
        return None
    month = str(_MONTHS.index(m["mon"][:3]) + 1)
    hour = int(m["H"]) if m["H"] else 0
    return _build(m["y"], month, m["d"], hour, m["M"], m["S"], None, tz)


def _zone_at(folded: str, pos: int) -> tuple[timezone | None, bool]:
    """The zone written at ``pos`` ("GMT+7", "(GMT+07:00)", "+0700"); second item: zone invalid."""
    z = _ZONE.match(folded, pos)
    if not z:
        return None, False
    if z["utc"]:
        return UTC, False
    if z["sign"]:
        tz = _offset(z["sign"], z["oh"], z["om"])
    else:
        tz = _offset(z["sign2"], z["oh2"], z["om2"])
    return tz, tz is None


def _from_day_first(m: re.Match[str], folded: str) -> datetime | None:
    """Numeric or worded day-first date with the time written after it (or before it)."""
    clock = _TIME_AFTER.match(folded, m.end())
    zone_pos = clock.end() if clock else m.end()
    if clock is None:
        clock = _TIME_BEFORE.search(folded[max(0, m.start() - 40) : m.start()])
    tz, bad_zone = _zone_at(folded, zone_pos)
    if bad_zone:
        return None
    if clock is None:
        return _build(m["y"], m["m"], m["d"], tz=tz)
    hour = int(clock["H"])
    return _build(m["y"], m["m"], m["d"], _hour(hour, clock["ampm"]), clock["M"], clock["S"], tz=tz)


_PARSERS = (
    (_ISO, _from_iso),
    (_RFC822, _from_rfc822),
    (_NUMERIC, _from_day_first),
    (_WORDS, _from_day_first),
)


def _candidates(folded: str) -> Iterator[datetime | None]:
    found = [
        (m.start(), -len(m.group(0)), i, m)
        for i, (pattern, _) in enumerate(_PARSERS)
        for m in pattern.finditer(folded)
    ]
    for _, _, i, m in sorted(found, key=lambda f: f[:3]):
        yield _PARSERS[i][1](m, folded)


def parse_date(text: str, *, now: datetime | None = None) -> datetime | None:
    """The first plausible date in ``text`` as an aware datetime in Asia/Ho_Chi_Minh, or None.

    Searches within longer strings ("Cập nhật: Thứ hai, 6/1/2025, 10:30 (GMT+7)"), with or without
    diacritics. Naive values are taken as Vietnam time; written offsets are converted. Dates before
    1990 or more than one day after ``now`` (default: the current time) are rejected. Only the
    first ``MAX_CHARS`` characters are searched.
    """
    if not text:
        return None
    if now is None:
        now = datetime.now(VN_TZ)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=VN_TZ)
    limit = now + FUTURE_TOLERANCE
    for value in _candidates(_fold(text[:MAX_CHARS])):
        if value is not None and value.year >= MIN_YEAR and value <= limit:
            return value
    return None


DAY_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")


def parse_day(raw: str) -> date | None:
    """A calendar day typed by a person, "2026-11-30" or "30/11/2026"; None when it is
    neither."""
    for fmt in DAY_FORMATS:
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    return None


def to_iso(dt: datetime) -> str:
    """ISO 8601 with the Asia/Ho_Chi_Minh offset ("2025-07-12T21:11:00+07:00"); naive = VN time."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=VN_TZ)
    return dt.astimezone(VN_TZ).isoformat()
