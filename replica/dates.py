"""Dates of the replica: the anchor, the outlets' display formats, and shifting by whole days.

Rendered pages show synthetic dates in the 7 days before :data:`ANCHOR`. The builder records every
date string it writes (text, ISO datetime, format name) in the manifest, so the server can re-render
exactly those strings shifted by N days (weekday names included) without guessing at page text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime

ANCHOR = date(2026, 11, 28)
VN_TZ = timezone(timedelta(hours=7), "ICT")
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def _weekday(d: datetime) -> str:
    return WEEKDAYS[d.weekday()]


FORMATS: dict[str, Callable[[datetime], str]] = {
    "iso": lambda d: d.isoformat(timespec="seconds"),
    "rfc822": lambda d: format_datetime(d),
    "vnexpress": lambda d: f"{_weekday(d)}, {d.day}/{d.month}/{d.year}, {d:%H:%M} (GMT+7)",
    "gmt7": lambda d: f"{d:%d/%m/%Y %H:%M} GMT+7",
    "dantri": lambda d: f"{_weekday(d)}, {d:%d/%m/%Y - %H:%M}",
    "dmy_hm": lambda d: f"{d:%d/%m/%Y %H:%M}",
    "hm_dmy": lambda d: f"{d:%H:%M %d/%m/%Y}",
    "weekday_dmy_hm": lambda d: f"{_weekday(d)}, {d:%d/%m/%Y %H:%M}",
    "dmy_dash_hm": lambda d: f"{d:%d/%m/%Y - %H:%M}",
    "paren": lambda d: f"({d:%d/%m/%Y-%H:%M})",
    "dmy": lambda d: f"{d:%d/%m/%Y}",
    "ymd": lambda d: f"{d:%Y-%m-%d}",
}


def render(moment: datetime, fmt: str) -> str:
    return FORMATS[fmt](moment.astimezone(VN_TZ))


def shift_text(text: str, iso: str, fmt: str, days: int) -> str:
    """The display string for ``iso`` shifted by ``days`` (``text`` when ``days`` is 0)."""
    if days == 0:
        return text
    return render(datetime.fromisoformat(iso) + timedelta(days=days), fmt)


def today_shift(today: date | None = None) -> int:
    """Whole days from the anchor to ``today`` (default: the local date): the server's shift."""
    return ((today or date.today()) - ANCHOR).days
