"""The coverage window of a day's digest.

The digest of day D covers ``[D-1 at start, D at start)`` in the digest's time zone (default 07:00,
Asia/Ho_Chi_Minh). On a Monday it covers the weekend: ``[Friday at start, Monday at start)``, when
``digest_monday_covers_weekend`` is on. Windows are half-open, so an article published exactly at
the start time belongs to the day that starts then, never to two digests.

Because each window starts where the previous digest's ended, "since the last digest" means "since
the window start" throughout the digest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import config

MONDAY = 0


@dataclass(frozen=True)
class Window:
    """The digest date and its half-open coverage window ``[start, end)`` (aware datetimes)."""

    day: date
    start: datetime
    end: datetime

    def __contains__(self, moment: datetime) -> bool:
        if moment.utcoffset() is None:
            raise ValueError("a timezone-aware datetime is required")
        return self.start <= moment < self.end


def start_time(settings: config.Settings) -> time:
    hours, minutes = settings.digest_start_time.split(":")
    return time(int(hours), int(minutes))


def zone(settings: config.Settings) -> ZoneInfo:
    return ZoneInfo(settings.digest_timezone)


def window_for(day: date, settings: config.Settings) -> Window:
    """The coverage window of the digest of ``day``."""
    tz, at = zone(settings), start_time(settings)
    days_back = 3 if settings.digest_monday_covers_weekend and day.weekday() == MONDAY else 1
    # Combine in the local zone (not "end - 24 h"): correct across a daylight-saving change too.
    end = datetime.combine(day, at, tzinfo=tz)
    start = datetime.combine(day - timedelta(days=days_back), at, tzinfo=tz)
    return Window(day=day, start=start, end=end)


def today(settings: config.Settings, now: datetime | None = None) -> date:
    """The digest date of ``now`` (default: the current time) in the digest's time zone."""
    moment = now or datetime.now(zone(settings))
    if moment.utcoffset() is None:
        raise ValueError("a timezone-aware datetime is required")
    return moment.astimezone(zone(settings)).date()
