"""The article record handed from the crawler to storage, and the outcome of storing it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

MAX_URL_LENGTH = 2048

StoreStatus = Literal["new", "duplicate", "updated"]


def storable_url(url: str) -> bool:
    """Whether ``url`` can be stored: non-empty, at most 2048 characters, no control characters."""
    return bool(url) and len(url) <= MAX_URL_LENGTH and not any(ord(ch) < 32 for ch in url)


class InvalidRecord(ValueError):
    """An :class:`ArticleRecord` cannot be stored as it is; the message names the bad field."""


@dataclass
class ArticleRecord:
    """One extracted article. It is also the Scrapy item of the outlet spider.

    ``raw_html`` is the undecoded response body, uncompressed (storage compresses it).
    ``urls_seen`` lists every URL that led to this article (request URL, redirects, feed link,
    canonical); a later lookup by any of them finds the stored article.
    """

    url: str
    canonical_url: str
    outlet: str
    title: str
    text: str
    fetched_at: datetime
    extraction_route: str
    lead: str | None = None
    author: str | None = None
    section: str | None = None
    published_at: datetime | None = None
    raw_html: bytes | None = None
    raw_encoding: str | None = None
    http_status: int | None = None
    urls_seen: list[str] = field(default_factory=list)
    language: str = "vi"

    def all_urls(self) -> list[str]:
        """canonical_url, url and urls_seen without blanks, over-long URLs or repeats, in order."""
        out: list[str] = []
        for u in (self.canonical_url, self.url, *self.urls_seen):
            if storable_url(u) and u not in out:
                out.append(u)
        return out

    def validate(self) -> None:
        """Raise :class:`InvalidRecord` when a required field is missing or malformed."""
        if not self.canonical_url or not isinstance(self.canonical_url, str):
            raise InvalidRecord(f"canonical_url is empty (url={self.url!r})")
        if len(self.canonical_url) > MAX_URL_LENGTH:
            raise InvalidRecord(
                f"canonical_url is longer than {MAX_URL_LENGTH} characters: "
                f"{self.canonical_url[:80]!r}…"
            )
        if any(ord(ch) < 32 for ch in self.canonical_url):
            raise InvalidRecord(
                f"canonical_url contains control characters: {self.canonical_url!r}"
            )
        if not self.outlet or not self.outlet.strip():
            raise InvalidRecord(f"outlet is empty ({self.canonical_url})")
        if len(self.outlet) > 200:
            raise InvalidRecord(f"outlet name is longer than 200 characters ({self.canonical_url})")
        if not isinstance(self.text, str) or not isinstance(self.title, str):
            raise InvalidRecord(f"title and text must be strings ({self.canonical_url})")
        if not self.extraction_route or len(self.extraction_route) > 40:
            raise InvalidRecord(
                f"extraction_route must be 1-40 characters, got {self.extraction_route!r}"
            )
        for name in ("fetched_at", "published_at"):
            value = getattr(self, name)
            if value is None and name == "published_at":
                continue
            if not isinstance(value, datetime) or value.utcoffset() is None:
                raise InvalidRecord(
                    f"{name} must be a timezone-aware datetime, got {value!r} "
                    f"({self.canonical_url})"
                )
        if self.raw_html is not None and not isinstance(self.raw_html, bytes | bytearray):
            raise InvalidRecord(f"raw_html must be bytes ({self.canonical_url})")


@dataclass(frozen=True)
class StoreResult:
    """What :func:`storage.articles.store_article` did with a record."""

    status: StoreStatus
    article_id: int
    story_id: int | None
    duplicate_of: int | None
    reason: str
