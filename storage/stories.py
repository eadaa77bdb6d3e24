"""Stories: groups of articles from several outlets with the same or a near-identical body.

A new article joins the story of an article in another outlet with the same content hash, else of
the nearest article (SimHash Hamming distance at most ``near_bits``) published or fetched within
:data:`STORY_WINDOW` of it; otherwise it starts a story of its own.

Candidates for the SimHash comparison come from the band indexes (pigeonhole: two signatures within
``near_bits`` have at least one of the :data:`BAND_COUNT` bands within ``near_bits // BAND_COUNT``
bits of each other, so the query asks for every band value in that radius). Only a ``near_bits``
so wide that the radius exceeds :data:`MAX_BAND_RADIUS` compares every signature in the window.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache
from itertools import combinations

from sqlalchemy import Select, and_, bindparam, or_, select
from sqlalchemy.orm import Session

from storage.models import Article, Outlet, Story
from text.fingerprint import bands, from_signed64, hamming

STORY_WINDOW = timedelta(days=14)
BAND_COUNT = 4
BAND_WIDTH = 64 // BAND_COUNT
MAX_BAND_RADIUS = 3  # 697 values per band; a wider radius selects too much to be worth it


@lru_cache(maxsize=8)
def _flip_masks(radius: int, width: int) -> tuple[int, ...]:
    """Every ``width``-bit mask with 1 to ``radius`` bits set."""
    return tuple(
        sum(1 << bit for bit in bits)
        for r in range(1, radius + 1)
        for bits in combinations(range(width), r)
    )


def band_neighbours(value: int, radius: int, width: int = BAND_WIDTH) -> list[int]:
    """Every ``width``-bit value within Hamming distance ``radius`` of ``value`` (itself first)."""
    return [value, *(value ^ mask for mask in _flip_masks(radius, width))]


_BAND_COLUMNS = (Article.band0, Article.band1, Article.band2, Article.band3)


@lru_cache(maxsize=8)
def _candidates_query(per_band: int) -> Select[tuple[int, int, int | None]]:
    """The candidate query, built once per neighbourhood size (0: no band condition). Every value
    is a plain bound parameter (``b<band>_<n>``; not an ``expanding`` list, which is re-rendered on
    every execution), so the statement is compiled once and reused for every article."""
    lo, hi = bindparam("lo"), bindparam("hi")
    query = select(Article.id, Article.simhash, Article.story_id).where(
        Article.id != bindparam("me"),
        Article.story_id.is_not(None),
        or_(
            Article.published_at.between(lo, hi),
            and_(Article.published_at.is_(None), Article.fetched_at.between(lo, hi)),
        ),
    )
    if per_band:
        query = query.where(
            or_(
                *(
                    c.in_([bindparam(f"b{i}_{n}") for n in range(per_band)])
                    for i, c in enumerate(_BAND_COLUMNS)
                )
            )
        )
    return query


def nearest_story(
    session: Session, article: Article, *, near_bits: int, when: datetime
) -> int | None:
    """The story id of the closest other article within ``near_bits``, or None."""
    params: dict[str, object] = {
        "me": article.id,
        "lo": when - STORY_WINDOW,
        "hi": when + STORY_WINDOW,
    }
    radius = near_bits // BAND_COUNT
    per_band = 0
    if radius <= MAX_BAND_RADIUS:
        for i, value in enumerate(bands(from_signed64(article.simhash), BAND_COUNT)):
            neighbours = band_neighbours(value, radius)
            params.update({f"b{i}_{n}": v for n, v in enumerate(neighbours)})
            per_band = len(neighbours)
    best: tuple[int, int, int | None] | None = None
    for other_id, other_sig, story_id in session.execute(_candidates_query(per_band), params):
        distance = hamming(article.simhash, other_sig)
        if distance <= near_bits and (best is None or (distance, other_id) < best[:2]):
            best = (distance, other_id, story_id)
    return best[2] if best else None


def same_body_story(session: Session, article: Article) -> int | None:
    """The story of the earliest article of another outlet with the same content hash."""
    return session.scalar(
        select(Article.story_id)
        .where(
            Article.content_hash == article.content_hash,
            Article.outlet_id != article.outlet_id,
            Article.id != article.id,
            Article.story_id.is_not(None),
        )
        .order_by(Article.id)
        .limit(1)
    )


def assign_story(session: Session, article: Article, *, near_bits: int, has_body: bool) -> int:
    """Put a freshly inserted ``article`` into an existing story or a new one; returns the id."""
    when = article.published_at or article.fetched_at
    story_id = None
    if has_body:
        story_id = same_body_story(session, article) or nearest_story(
            session, article, near_bits=near_bits, when=when
        )
    if story_id is None:
        story = Story(title=article.title, first_published_at=article.published_at)
        session.add(story)
        session.flush()
        story_id = story.id
    else:
        story = session.get_one(Story, story_id)
        published = article.published_at
        if published and (story.first_published_at is None or published < story.first_published_at):
            story.first_published_at = published
    article.story_id = story_id
    return story_id


def story_members(session: Session, story_id: int) -> list[tuple[str, str, int]]:
    """(outlet name, canonical URL, article id) of every article of a story, oldest first."""
    rows = session.execute(
        select(Outlet.name, Article.canonical_url, Article.id)
        .join(Outlet, Outlet.id == Article.outlet_id)
        .where(Article.story_id == story_id)
        .order_by(Article.id)
    )
    return [(name, url, article_id) for name, url, article_id in rows]
