"""Local moments for working-day tests: aware datetimes in Asia/Ho_Chi_Minh."""

from __future__ import annotations

from datetime import datetime

from text.dates import VN_TZ


def at(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    """``d/m/y hh:mm`` in Hà Nội (10:00 by default: inside office hours)."""
    return datetime(y, m, d, hh, mm, tzinfo=VN_TZ)


def close(y: int, m: int, d: int) -> datetime:
    """17:00 (the default office closing time) on ``d/m/y`` in Hà Nội."""
    return datetime(y, m, d, 17, 0, tzinfo=VN_TZ)
