"""RSS/Atom feeds: parse a fetched feed into plain entries (feedparser does the lenient parsing)."""

from __future__ import annotations

import calendar
import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser

from text.dates import VN_TZ, parse_date
from text.normalize import clean_text

_TAG = re.compile(r"<[^>]+>")


class FeedError(Exception):
    """The document is not a usable feed (not XML, or no entries could be recovered)."""


@dataclass(frozen=True)
class FeedEntry:
    link: str
    title: str
    summary: str
    published: datetime | None
    section: str | None


def strip_tags(fragment: str) -> str:
    """Plain text of an HTML fragment of a feed description (tags removed, entities decoded)."""
    return clean_text(html.unescape(_TAG.sub(" ", fragment or "")), paragraphs=False)


def _entry_date(entry: feedparser.FeedParserDict) -> datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).astimezone(VN_TZ)
            except (OverflowError, ValueError):
                continue
    for key in ("published", "updated", "pubdate"):
        raw = entry.get(key)
        if raw:
            found = parse_date(raw)
            if found:
                return found
    return None


def parse_feed(body: bytes, url: str) -> list[FeedEntry]:
    """Entries of an RSS/Atom document, in feed order. Broken feeds yield what can be recovered.

    Raises :class:`FeedError` when nothing usable is in ``body`` (an HTML error page, an empty body,
    XML without items).
    """
    if not body or not body.strip():
        raise FeedError(f"empty feed body: {url}")
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    entries: list[FeedEntry] = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link:
            links = entry.get("links") or []
            link = next((item.get("href", "") for item in links if item.get("href")), "")
        if not link:
            continue
        tags = entry.get("tags") or []
        section = next((t.get("term") for t in tags if t.get("term")), None)
        entries.append(
            FeedEntry(
                link=link,
                title=strip_tags(entry.get("title", "")),
                summary=strip_tags(entry.get("summary", "") or entry.get("description", "")),
                published=_entry_date(entry),
                section=clean_text(section, paragraphs=False) if section else None,
            )
        )
    if not entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({type(reason).__name__}: {reason})" if reason else ""
        raise FeedError(f"no feed entries found in {url}{detail}")
    return entries
