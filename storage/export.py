"""Export of stored articles as JSON Lines or CSV.

CSV is plain UTF-8 without a byte-order mark; list fields are joined with `` | ``. (Excel users
open it through Data → From Text/CSV and pick UTF-8.)
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import IO, Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from storage.models import Article, ArticleUrl, Outlet

FIELDS = (
    "id",
    "url",
    "canonical_url",
    "outlet",
    "title",
    "lead",
    "text",
    "author",
    "section",
    "published_at",
    "fetched_at",
    "extraction_route",
    "story_id",
    "outlets_in_story",
    "urls_in_story",
)
LIST_SEPARATOR = " | "
_BATCH = 500


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _first_urls(session: Session, article_ids: list[int]) -> dict[int, str]:
    """The first URL recorded for each article (the URL as fetched, usually)."""
    out: dict[int, str] = {}
    for start in range(0, len(article_ids), _BATCH):
        chunk = article_ids[start : start + _BATCH]
        rows = session.execute(
            select(ArticleUrl.article_id, ArticleUrl.url)
            .where(ArticleUrl.article_id.in_(chunk))
            .order_by(ArticleUrl.id)
        )
        for article_id, url in rows:
            out.setdefault(article_id, url)
    return out


def _story_members(session: Session, story_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    members: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for start in range(0, len(story_ids), _BATCH):
        chunk = story_ids[start : start + _BATCH]
        rows = session.execute(
            select(Article.story_id, Outlet.name, Article.canonical_url)
            .join(Outlet, Outlet.id == Article.outlet_id)
            .where(Article.story_id.in_(chunk))
            .order_by(Article.id)
        )
        for story_id, outlet, url in rows:
            if story_id is not None:
                members[story_id].append((outlet, url))
    return members


def export_rows(session: Session, since: datetime | None = None) -> Iterator[dict[str, Any]]:
    """One dict per article (keys :data:`FIELDS`), oldest id first. ``since`` keeps articles
    published at or after it (fetched at or after it when the publication time is unknown)."""
    query = select(Article, Outlet.name).join(Outlet, Outlet.id == Article.outlet_id)
    if since is not None:
        if since.utcoffset() is None:
            raise ValueError("export_rows: since must be a timezone-aware datetime")
        query = query.where(
            or_(
                Article.published_at >= since,
                and_(Article.published_at.is_(None), Article.fetched_at >= since),
            )
        )
    rows = session.execute(query.order_by(Article.id)).all()
    urls = _first_urls(session, [a.id for a, _ in rows])
    members = _story_members(
        session, sorted({a.story_id for a, _ in rows if a.story_id is not None})
    )
    for article, outlet in rows:
        story = members.get(article.story_id or -1, [])
        yield {
            "id": article.id,
            "url": urls.get(article.id, article.canonical_url),
            "canonical_url": article.canonical_url,
            "outlet": outlet,
            "title": article.title,
            "lead": article.lead,
            "text": article.text,
            "author": article.author,
            "section": article.section,
            "published_at": _iso(article.published_at),
            "fetched_at": _iso(article.fetched_at),
            "extraction_route": article.extraction_route,
            "story_id": article.story_id,
            "outlets_in_story": sorted({o for o, _ in story}),
            "urls_in_story": [u for _, u in story],
        }


def write_jsonl(rows: Iterable[dict[str, Any]], fp: IO[str]) -> int:
    """One JSON object per line, UTF-8 text as is (not \\u-escaped). Returns the row count."""
    count = 0
    for row in rows:
        fp.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[dict[str, Any]], fp: IO[str]) -> int:
    """CSV with a header row of :data:`FIELDS`; lists joined by " | ", None as an empty cell.
    Open ``fp`` with ``newline=""`` and ``encoding="utf-8"``. Returns the row count."""
    writer = csv.writer(fp)
    writer.writerow(FIELDS)
    count = 0
    for row in rows:
        cells = []
        for name in FIELDS:
            value = row.get(name)
            if isinstance(value, list):
                value = LIST_SEPARATOR.join(str(v) for v in value)
            cells.append("" if value is None else value)
        writer.writerow(cells)
        count += 1
    return count
