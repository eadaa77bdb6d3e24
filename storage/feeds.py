"""Per-feed validators (ETag, Last-Modified) for conditional GET. Every function commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import FeedState as FeedStateRow
from storage.models import utcnow
from storage.upsert import upsert


@dataclass(frozen=True)
class FeedState:
    url: str
    etag: str | None
    last_modified: str | None
    last_status: int | None
    checked_at: datetime


def get_feed_state(session: Session, url: str) -> FeedState | None:
    row = session.scalar(select(FeedStateRow).where(FeedStateRow.url == url))
    if row is None:
        return None
    return FeedState(row.url, row.etag, row.last_modified, row.last_status, row.checked_at)


def save_feed_state(
    session: Session, url: str, etag: str | None, last_modified: str | None, status: int | None
) -> None:
    """Insert or replace the validators of ``url``."""
    row = {
        "url": url,
        "etag": etag,
        "last_modified": last_modified,
        "last_status": status,
        "checked_at": utcnow(),
    }
    upsert(
        session,
        FeedStateRow,
        row,
        ["url"],
        ["etag", "last_modified", "last_status", "checked_at"],
    )
    session.commit()
