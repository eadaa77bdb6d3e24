"""What goes into a day's digest: the articles of the window, assessed, one item per story.

* Articles count when published in the window, or, lacking a publication date, fetched in it.
* Each article's assessment is its current classification (the latest row), overridden by a
  person's latest relabel when there is one (their label and province win; the reasons say so).
* Relevant articles of one story (syndicated copies across outlets) make one item. The item shows
  the article with the most severe assessment (inaccurate, needs_correction, positive, neutral),
  then the highest confidence, then the earliest; "republished by" lists every other outlet of the
  story, including copies outside the window.
* Articles not about THADS but close to it (relevance score at least :data:`RELATED_MIN_SCORE`)
  are the optional related context.

The functions here only read; they return plain :class:`Selected` records that
:mod:`digest.build` turns into the template context. Queries are batched (no per-article query),
so a day of 10,000 articles stays fast (``bench/digest.py``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from classifier.result import LABELS
from digest.window import Window
from storage.models import Article, ArticleClassification, Outlet, Relabel

CHUNK = 500
RELATED_MIN_SCORE = 0.25
RELATED_MAX_ITEMS = 15
MAX_REASONS = 3
SEVERITY = {"inaccurate": 0, "needs_correction": 1, "positive": 2, "neutral": 3}
SECTION_ORDER = ("inaccurate", "needs_correction", "positive", "neutral")
assert set(SECTION_ORDER) == set(LABELS)


@dataclass
class Assessed:
    """One article of the window with its (possibly relabelled) assessment."""

    article_id: int
    story_id: int | None
    outlet: str
    title: str
    url: str
    author: str | None
    published_at: datetime | None
    fetched_at: datetime
    relevant: bool
    relevance: float
    label: str | None
    confidence: float
    province: str | None
    office: str | None
    reasons: tuple[str, ...]
    relabelled: bool = False

    @property
    def moment(self) -> datetime:
        return self.published_at or self.fetched_at

    def rank(self) -> tuple[int, float, datetime, int]:
        return (SEVERITY.get(self.label or "", 9), -self.confidence, self.moment, self.article_id)


@dataclass
class Selected:
    """A story of the digest: its shown article, every relevant copy in the window, and the other
    outlets that carried it."""

    shown: Assessed
    copies: list[Assessed]
    other_outlets: list[str] = field(default_factory=list)
    lead: str | None = None
    text: str = ""


@dataclass
class Selection:
    items: list[Selected]
    related: list[Assessed]
    relevant_articles: list[Assessed]
    unclassified: int


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _window_clause(window: Window) -> object:
    return or_(
        and_(Article.published_at >= window.start, Article.published_at < window.end),
        and_(
            Article.published_at.is_(None),
            Article.fetched_at >= window.start,
            Article.fetched_at < window.end,
        ),
    )


def _current_classifications(session: Session, ids: list[int]) -> dict[int, tuple]:
    """article id → (relevant, relevance, label, label_scores, province, office, reasons) of its
    latest classification."""
    out: dict[int, tuple] = {}
    c = ArticleClassification
    for chunk in _chunks(ids):
        rows = session.execute(
            select(
                c.article_id,
                c.relevant,
                c.relevance_score,
                c.label,
                c.label_scores,
                c.province,
                c.office,
                c.reasons,
            )
            .where(c.article_id.in_(chunk))
            .order_by(c.classified_at, c.id)
        )
        for row in rows:
            out[row[0]] = tuple(row[1:])  # later rows win
    return out


def _latest_relabels(session: Session, ids: list[int]) -> dict[int, Relabel]:
    out: dict[int, Relabel] = {}
    for chunk in _chunks(ids):
        latest = (
            select(func.max(Relabel.id))
            .where(Relabel.article_id.in_(chunk))
            .group_by(Relabel.article_id)
        )
        for row in session.scalars(select(Relabel).where(Relabel.id.in_(latest))):
            out[row.article_id] = row
    return out


def _assessed(session: Session, window: Window) -> tuple[list[Assessed], int]:
    return assess(session, _window_clause(window))


def assess(session: Session, where: object) -> tuple[list[Assessed], int]:
    """The articles matching the SQL condition ``where`` with their assessment (oldest id first),
    and how many of them have no classification yet (those are left out)."""
    rows = session.execute(
        select(
            Article.id,
            Article.story_id,
            Outlet.name,
            Article.title,
            Article.canonical_url,
            Article.author,
            Article.published_at,
            Article.fetched_at,
        )
        .join(Outlet, Outlet.id == Article.outlet_id)
        .where(where)  # type: ignore[arg-type]
        .order_by(Article.id)
    ).all()
    ids = [r[0] for r in rows]
    classes = _current_classifications(session, ids)
    relabels = _latest_relabels(session, ids)
    out: list[Assessed] = []
    unclassified = 0
    for article_id, story_id, outlet, title, url, author, published, fetched in rows:
        current = classes.get(article_id)
        relabel = relabels.get(article_id)
        if current is None and relabel is None:
            unclassified += 1
            continue
        if current is not None:
            relevant, relevance, label, scores_json, province, office, reasons_json = current
            scores = json.loads(scores_json or "{}")
            reasons = tuple(json.loads(reasons_json or "[]"))
        else:
            relevant, relevance, label, scores, province, office, reasons = (
                False,
                0.0,
                None,
                {},
                None,
                None,
                (),
            )
        confidence = float(scores.get(label, 0.0)) if label else 0.0
        item = Assessed(
            article_id=article_id,
            story_id=story_id,
            outlet=outlet,
            title=title or "",
            url=url,
            author=author,
            published_at=published,
            fetched_at=fetched,
            relevant=bool(relevant),
            relevance=float(relevance),
            label=label,
            confidence=confidence,
            province=province,
            office=office,
            reasons=reasons[:MAX_REASONS],
        )
        if relabel is not None:
            _apply_relabel(item, relabel)
        out.append(item)
    return out, unclassified


def _apply_relabel(item: Assessed, relabel: Relabel) -> None:
    """A person's decision replaces the model's: label, relevance and (if given) province."""
    from classifier.provinces import office_for

    item.relabelled = True
    item.relevant = relabel.new_relevant
    item.label = relabel.new_label if relabel.new_relevant else None
    item.confidence = 1.0
    item.relevance = 1.0 if relabel.new_relevant else 0.0
    if relabel.new_province:
        item.province = relabel.new_province
        try:
            item.office = office_for(relabel.new_province)
        except (KeyError, ValueError):
            item.office = None
    item.reasons = (f"Đánh giá do {relabel.by} xác định",)


def story_outlets(session: Session, story_ids: list[int]) -> dict[int, list[str]]:
    """story id → the names of every outlet with an article in the story, by first article."""
    out: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(story_ids):
        rows = session.execute(
            select(Article.story_id, Outlet.name)
            .join(Outlet, Outlet.id == Article.outlet_id)
            .where(Article.story_id.in_(chunk))
            .order_by(Article.story_id, Article.id)
        )
        for story_id, outlet in rows:
            if outlet not in out[story_id]:
                out[story_id].append(outlet)
    return out


def texts(session: Session, ids: list[int]) -> dict[int, tuple[str | None, str]]:
    out: dict[int, tuple[str | None, str]] = {}
    for chunk in _chunks(ids):
        for article_id, lead, text in session.execute(
            select(Article.id, Article.lead, Article.text).where(Article.id.in_(chunk))
        ):
            out[article_id] = (lead, text or "")
    return out


def group_by_story(articles: Iterable[Assessed]) -> list[list[Assessed]]:
    """Relevant articles grouped per story (an article outside any story is its own group), each
    group ordered by :meth:`Assessed.rank` (the shown article first)."""
    groups: dict[tuple[str, int], list[Assessed]] = defaultdict(list)
    for a in articles:
        key = ("story", a.story_id) if a.story_id is not None else ("article", a.article_id)
        groups[key].append(a)
    return [sorted(g, key=Assessed.rank) for g in groups.values()]


def select_window(session: Session, window: Window, *, related: bool = False) -> Selection:
    """The digest's stories of ``window`` (and the related context when asked for)."""
    assessed, unclassified = _assessed(session, window)
    relevant = [a for a in assessed if a.relevant and a.label in SEVERITY]
    groups = group_by_story(relevant)
    story_ids = sorted({g[0].story_id for g in groups if g[0].story_id is not None})
    outlets = story_outlets(session, story_ids)
    bodies = texts(session, [g[0].article_id for g in groups])
    items: list[Selected] = []
    for group in groups:
        shown = group[0]
        names = outlets.get(shown.story_id, []) if shown.story_id is not None else []
        names = names or list(dict.fromkeys(a.outlet for a in group))
        lead, text = bodies.get(shown.article_id, (None, ""))
        items.append(
            Selected(
                shown=shown,
                copies=group,
                other_outlets=[n for n in names if n != shown.outlet],
                lead=lead,
                text=text,
            )
        )
    related_items: list[Assessed] = []
    if related:
        related_items = sorted(
            (a for a in assessed if not a.relevant and a.relevance >= RELATED_MIN_SCORE),
            key=lambda a: (-a.relevance, a.moment),
        )[:RELATED_MAX_ITEMS]
    return Selection(
        items=items,
        related=related_items,
        relevant_articles=relevant,
        unclassified=unclassified,
    )
