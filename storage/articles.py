"""Storing extracted articles, with de-duplication and story grouping.

Every function takes a :class:`~sqlalchemy.orm.Session`; :func:`store_article` commits once per
article, so a crawl killed at any moment keeps every article stored before it.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Article, ArticleUrl, Outlet, utcnow
from storage.records import ArticleRecord, StoreResult, storable_url
from storage.stories import assign_story, story_members
from storage.upsert import insert_ignore
from text.fingerprint import bands, content_hash, simhash, to_signed64

__all__ = [
    "compress_html",
    "decompress_html",
    "ensure_outlet",
    "known_urls",
    "store_article",
    "story_members",
]

_URL_BATCH = 500
_SURROGATE = re.compile("[\ud800-\udfff]")
_EMPTY_HASH = content_hash("")


def compress_html(raw: bytes | None) -> bytes | None:
    return None if raw is None else zlib.compress(bytes(raw), 6)


def decompress_html(blob: bytes | None) -> bytes:
    """The original response body of a stored ``raw_html`` blob (empty bytes for None)."""
    return b"" if blob is None else zlib.decompress(blob)


def ensure_outlet(session: Session, name: str, home: str | None = None) -> int:
    """The id of outlet ``name``, inserting it if needed (safe under concurrent callers)."""
    found = session.scalar(select(Outlet.id).where(Outlet.name == name))
    if found is not None:
        return found
    insert_ignore(session, Outlet, [{"name": name, "home": home}], ["name"])
    return session.scalars(select(Outlet.id).where(Outlet.name == name)).one()


def _add_urls(session: Session, article_id: int, urls: Iterable[str]) -> None:
    rows = [{"url": u, "article_id": article_id} for u in urls]
    insert_ignore(session, ArticleUrl, rows, ["url"])


def clean_text(value: str | None) -> str | None:
    """Scraped text made storable: NUL characters dropped (PostgreSQL refuses them) and lone
    surrogates replaced by U+FFFD (they cannot be encoded as UTF-8)."""
    if value is None:
        return None
    return _SURROGATE.sub("\ufffd", value.replace("\x00", ""))


def _content_fields(record: ArticleRecord) -> dict[str, Any]:
    body = clean_text(record.text) or ""
    sig = simhash(body)
    b = bands(sig)
    return {
        "title": clean_text(record.title),
        "lead": clean_text(record.lead),
        "text": body,
        "author": clean_text(record.author),
        "section": clean_text(record.section),
        "published_at": record.published_at,
        "fetched_at": record.fetched_at,
        "extraction_route": record.extraction_route,
        "content_hash": content_hash(body),
        "simhash": to_signed64(sig),
        "band0": b[0],
        "band1": b[1],
        "band2": b[2],
        "band3": b[3],
        "raw_html": compress_html(record.raw_html),
        "raw_encoding": (clean_text(record.raw_encoding) or "")[:40] or None,
        "http_status": record.http_status,
        "language": record.language,
        "updated_at": utcnow(),
    }


def _store(session: Session, record: ArticleRecord, near_bits: int, refresh: bool) -> StoreResult:
    outlet_id = ensure_outlet(session, record.outlet)
    urls = record.all_urls()

    existing = session.scalar(select(Article).where(Article.canonical_url == record.canonical_url))
    if existing is not None:
        _add_urls(session, existing.id, urls)
        if not refresh:
            return StoreResult(
                "duplicate", existing.id, existing.story_id, existing.id, "same canonical URL"
            )
        for name, value in _content_fields(record).items():
            setattr(existing, name, value)
        return StoreResult("updated", existing.id, existing.story_id, None, "refreshed")

    known = session.execute(
        select(ArticleUrl.article_id, ArticleUrl.url)
        .where(ArticleUrl.url.in_(urls))
        .order_by(ArticleUrl.id)
        .limit(1)
    ).first()
    if known is not None:
        return _duplicate_of(session, known.article_id, urls, f"URL already stored: {known.url}")

    fields = _content_fields(record)
    has_body = fields["content_hash"] != _EMPTY_HASH  # i.e. canonical_body(text) is not empty
    if has_body:
        same = session.scalar(
            select(Article.id)
            .where(Article.content_hash == fields["content_hash"], Article.outlet_id == outlet_id)
            .order_by(Article.id)
            .limit(1)
        )
        if same is not None:
            return _duplicate_of(session, same, urls, "same body in the same outlet")

    row = {"canonical_url": record.canonical_url, "outlet_id": outlet_id, **fields}
    inserted = insert_ignore(session, Article, [row], ["canonical_url"])
    article = session.scalars(
        select(Article).where(Article.canonical_url == record.canonical_url)
    ).one()
    if not inserted:  # another process stored the same canonical URL a moment ago
        return _duplicate_of(session, article.id, urls, "same canonical URL (concurrent store)")
    story_id = assign_story(session, article, near_bits=near_bits, has_body=has_body)
    _add_urls(session, article.id, urls)
    return StoreResult("new", article.id, story_id, None, "new article")


def _duplicate_of(session: Session, article_id: int, urls: list[str], reason: str) -> StoreResult:
    _add_urls(session, article_id, urls)
    story_id = session.scalar(select(Article.story_id).where(Article.id == article_id))
    return StoreResult("duplicate", article_id, story_id, article_id, reason)


def store_article(
    session: Session, record: ArticleRecord, *, near_bits: int = 10, refresh: bool = False
) -> StoreResult:
    """Store one article and commit.

    * same canonical URL already stored → ``duplicate`` (its new URLs are recorded); with
      ``refresh=True`` the stored fields and raw HTML are replaced → ``updated``;
    * any of its URLs already known → ``duplicate`` of that article;
    * same body (content hash) in the same outlet → ``duplicate``;
    * otherwise ``new``, joining the story of a same-body article of another outlet or of a
      near-duplicate (SimHash within ``near_bits``, ±14 days), else starting a new story.

    Raises :class:`storage.records.InvalidRecord` for a malformed record (nothing is written).
    """
    record.validate()
    try:
        result = _store(session, record, near_bits, refresh)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return result


def known_urls(session: Session, urls: Iterable[str]) -> set[str]:
    """Which of ``urls`` are already stored as a URL of some article (batched queries)."""
    wanted = list(dict.fromkeys(u for u in urls if storable_url(u)))
    found: set[str] = set()
    for start in range(0, len(wanted), _URL_BATCH):
        chunk = wanted[start : start + _URL_BATCH]
        found.update(session.scalars(select(ArticleUrl.url).where(ArticleUrl.url.in_(chunk))))
    return found
