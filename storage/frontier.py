"""The crawl frontier: discovered article URLs waiting to be fetched.

A URL is added here before the feed's validators are saved, so a crawl killed halfway finds its
pending URLs again next time. Every function commits.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from storage.articles import known_urls
from storage.models import FrontierUrl, utcnow
from storage.records import storable_url
from storage.upsert import insert_ignore

SOURCES = ("feed", "listing", "sitemap")


@dataclass(frozen=True)
class FrontierItem:
    """A discovered URL. ``hint`` carries feed title/summary/published/section for the fallback
    extraction route (JSON-serialisable values)."""

    url: str
    outlet: str
    source: str
    hint: dict[str, Any] | None = None


@dataclass(frozen=True)
class PendingUrl:
    """A pending frontier URL; ``hint`` is the stored JSON text (see :attr:`hint_data`)."""

    url: str
    outlet: str
    source: str
    hint: str | None
    attempts: int
    discovered_at: datetime

    @property
    def hint_data(self) -> dict[str, Any]:
        return json.loads(self.hint) if self.hint else {}


def _as_item(item: FrontierItem | Mapping[str, Any]) -> FrontierItem:
    if isinstance(item, FrontierItem):
        return item
    hint = item.get("hint")
    if isinstance(hint, str):
        hint = json.loads(hint) if hint else None
    return FrontierItem(url=item["url"], outlet=item["outlet"], source=item["source"], hint=hint)


def add_pending(session: Session, items: Iterable[FrontierItem | Mapping[str, Any]]) -> int:
    """Insert new URLs as ``pending`` (existing frontier URLs and stored articles are skipped).

    Items are :class:`FrontierItem` or mappings with url, outlet, source and an optional hint
    (a dict or its JSON text). URLs that cannot be stored (over 2048 characters, control
    characters) are skipped. Returns how many were added."""
    batch = list({i.url: i for i in map(_as_item, items) if storable_url(i.url)}.values())
    for item in batch:
        if item.source not in SOURCES:
            raise ValueError(f"add_pending: unknown source {item.source!r} for {item.url}")
    stored = known_urls(session, (item.url for item in batch))
    now = utcnow()
    rows = [
        {
            "url": item.url,
            "outlet": item.outlet,
            "source": item.source,
            "hint": None
            if item.hint is None
            else json.dumps(item.hint, ensure_ascii=False, default=str),
            "state": "pending",
            "attempts": 0,
            "discovered_at": now,
            "updated_at": now,
        }
        for item in batch
        if item.url not in stored
    ]
    added = insert_ignore(session, FrontierUrl, rows, ["url"])
    session.commit()
    return added


def pending(session: Session, outlets: list[str] | None = None) -> list[PendingUrl]:
    """Pending URLs (of the given outlets, or all), oldest first."""
    query = select(FrontierUrl).where(FrontierUrl.state == "pending")
    if outlets is not None:
        query = query.where(FrontierUrl.outlet.in_(outlets))
    rows = session.scalars(query.order_by(FrontierUrl.discovered_at, FrontierUrl.id))
    return [
        PendingUrl(
            url=r.url,
            outlet=r.outlet,
            source=r.source,
            hint=r.hint,
            attempts=r.attempts,
            discovered_at=r.discovered_at,
        )
        for r in rows
    ]


def _get(session: Session, url: str) -> FrontierUrl | None:
    return session.scalar(select(FrontierUrl).where(FrontierUrl.url == url))


def mark_done(session: Session, urls: str | Iterable[str], *, commit: bool = True) -> None:
    """The URLs were fetched and stored (or deliberately dropped); unknown URLs are ignored.

    With ``commit=False`` the change joins the caller's transaction (the crawl marks a URL done in
    the same transaction that stores its article)."""
    wanted = [urls] if isinstance(urls, str) else list(dict.fromkeys(urls))
    if wanted:
        session.execute(
            update(FrontierUrl)
            .where(FrontierUrl.url.in_(wanted))
            .values(state="done", updated_at=utcnow())
        )
    if commit:
        session.commit()


def mark_failed(session: Session, url: str, error: str, max_attempts: int = 3) -> str:
    """Count a failed attempt; the URL stays ``pending`` until ``max_attempts``, then ``failed``.
    Returns the new state ("" for a URL not in the frontier)."""
    row = _get(session, url)
    if row is None:
        session.commit()
        return ""
    row.attempts += 1
    row.last_error = error
    row.state = "failed" if row.attempts >= max_attempts else "pending"
    row.updated_at = utcnow()
    state = row.state
    session.commit()
    return state


def given_up(session: Session, urls: Iterable[str]) -> set[str]:
    """Which of ``urls`` the frontier has given up on (state ``failed``): not fetched again."""
    wanted = list(dict.fromkeys(urls))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        query = select(FrontierUrl.url).where(
            FrontierUrl.url.in_(chunk), FrontierUrl.state == "failed"
        )
        found.update(session.scalars(query))
    session.commit()
    return found
