"""What the system does on its own after articles are classified (end of `diemtin classify --db`
and of every crawl):

* :func:`sync_story_articles` — a syndicated copy that joined the story of an open case after it
  was opened is added to the case (and archived);
* :func:`auto_open` — a story whose article the classifier marks action_needed with a confidence
  of at least ``auto_open_min_score`` gets a ``detected`` case, once per story;
* :func:`detect_crises` — a story with action_needed articles from at least ``crisis_min_outlets``
  outlets within the last ``crisis_window_hours`` hours is a media crisis: its open case is
  upgraded (kind media_crisis, urgent) or an urgent media_crisis case is opened.

:func:`run_automatic` runs the three in one transaction and never raises: a failure is logged and
reported, and no article is lost (articles are committed before this runs). Crises come before
the ordinary automatic opening, so that a story spreading fast opens as a crisis at once.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, or_, select
from sqlalchemy.orm import Session

import config
from storage.classifications import current
from storage.models import Article, ArticleClassification, Case, CaseArticle, Outlet, utcnow
from workflow.cases import (
    action_confidence,
    attach_articles_as_system,
    open_as_system,
    open_case_for_story,
    upgrade_to_crisis,
)

log = logging.getLogger(__name__)


@dataclass
class AutomaticReport:
    """What one automatic pass did (case codes)."""

    opened: list[str] = field(default_factory=list)
    crises_opened: list[str] = field(default_factory=list)
    upgraded: list[str] = field(default_factory=list)
    articles_added: int = 0
    error: str | None = None

    def message(self) -> str | None:
        """One Vietnamese line for the operator, or None when nothing happened."""
        parts = []
        if self.opened:
            parts.append(f"mở tự động {len(self.opened)} vụ việc ({', '.join(self.opened)})")
        if self.crises_opened:
            parts.append(
                f"mở {len(self.crises_opened)} vụ khủng hoảng truyền thông "
                f"({', '.join(self.crises_opened)})"
            )
        if self.upgraded:
            parts.append(
                f"chuyển {len(self.upgraded)} vụ việc thành khủng hoảng truyền thông "
                f"({', '.join(self.upgraded)})"
            )
        if self.articles_added:
            parts.append(f"thêm {self.articles_added} bài đăng lại vào vụ việc đang mở")
        if self.error:
            parts.append(f"lỗi khi mở vụ việc tự động: {self.error}")
        return ("Vụ việc: " + "; ".join(parts) + ".") if parts else None


def _when(now: datetime | None) -> datetime:
    return now if now is not None else utcnow()


def _published_since(since: datetime) -> Any:
    return or_(
        Article.published_at >= since,
        and_(Article.published_at.is_(None), Article.fetched_at >= since),
    )


def _current_action(session: Session, ids: list[int]) -> dict[int, ArticleClassification]:
    """The current classification of each of ``ids`` that needs action."""
    return {a: row for a, row in current(session, ids).items() if row.action_needed}


def sync_story_articles(session: Session, now: datetime | None = None) -> int:
    """Add to every open case the articles of its story it does not cover yet; returns how many."""
    at = _when(now)
    covered = select(CaseArticle.id).where(
        CaseArticle.case_id == Case.id, CaseArticle.article_id == Article.id
    )
    rows = session.execute(
        select(Case, Article)
        .join(Article, Article.story_id == Case.open_story_id)
        .where(~covered.exists())
        .order_by(Case.id, Article.id)
    ).all()
    by_case: dict[int, tuple[Case, list[Article]]] = {}
    for case, article in rows:
        by_case.setdefault(case.id, (case, []))[1].append(article)
    for case, articles in by_case.values():
        attach_articles_as_system(
            session, case, articles, at, "Bài đăng lại cùng câu chuyện, được thêm tự động."
        )
    return sum(len(a) for _c, a in by_case.values())


def auto_open(
    session: Session, settings: config.Settings, now: datetime | None = None
) -> list[Case]:
    """Open a ``detected`` case (actor ``system``) for every story that has never had a case and
    whose article published (or, undated, fetched) within ``auto_open_max_age_days`` is currently
    classified action_needed with a confidence of at least ``auto_open_min_score``. Flushes; the
    caller commits."""
    if not settings.auto_open_cases:
        return []
    at = _when(now)
    had_case = select(Case.id).where(Case.story_id == Article.story_id)
    candidates = list(
        session.scalars(
            select(Article.id)
            .join(ArticleClassification, ArticleClassification.article_id == Article.id)
            .where(
                ArticleClassification.action_needed.is_(True),
                Article.story_id.is_not(None),
                ~had_case.exists(),
                _published_since(at - timedelta(days=settings.auto_open_max_age_days)),
            )
            .distinct()
        )
    )
    best: dict[int, tuple[float, int]] = {}
    articles = {a.id: a for a in _articles(session, candidates)}
    for article_id, row in _current_action(session, candidates).items():
        score = action_confidence(row)
        if score < settings.auto_open_min_score:
            continue
        story = articles[article_id].story_id
        assert story is not None
        if story not in best or (score, -article_id) > (best[story][0], -best[story][1]):
            best[story] = (score, article_id)
    opened = []
    for story in sorted(best):
        score, article_id = best[story]
        opened.append(
            open_as_system(
                session,
                articles[article_id],
                kind="press",
                severity="normal",
                at=at,
                extra={"reason": "auto_open", "confidence": round(score, 4)},
            )
        )
    return opened


def _articles(session: Session, ids: list[int]) -> list[Article]:
    out: list[Article] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        out.extend(session.scalars(select(Article).where(Article.id.in_(chunk))))
    return out


@dataclass(frozen=True)
class Crisis:
    story_id: int
    outlets: tuple[str, ...]
    article_ids: tuple[int, ...]


def find_crises(
    session: Session, settings: config.Settings, now: datetime | None = None
) -> list[Crisis]:
    """Stories with currently action_needed articles from at least ``crisis_min_outlets`` outlets
    published (or, undated, fetched) within the last ``crisis_window_hours`` hours."""
    if settings.crisis_min_outlets <= 0:
        return []
    at = _when(now)
    rows = session.execute(
        select(Article.id, Article.story_id, Outlet.name)
        .join(Outlet, Outlet.id == Article.outlet_id)
        .join(ArticleClassification, ArticleClassification.article_id == Article.id)
        .where(
            ArticleClassification.action_needed.is_(True),
            Article.story_id.is_not(None),
            _published_since(at - timedelta(hours=settings.crisis_window_hours)),
            or_(Article.published_at <= at, Article.published_at.is_(None)),
        )
        .distinct()
    ).all()
    action = _current_action(session, [r.id for r in rows])
    stories: dict[int, dict[int, str]] = defaultdict(dict)
    for article_id, story_id, outlet in rows:
        if article_id in action:
            stories[story_id][article_id] = outlet
    return [
        Crisis(story, tuple(sorted(set(members.values()))), tuple(sorted(members)))
        for story, members in sorted(stories.items())
        if len(set(members.values())) >= settings.crisis_min_outlets
    ]


def detect_crises(
    session: Session, settings: config.Settings, now: datetime | None = None
) -> tuple[list[Case], list[Case]]:
    """Upgrade the open case of every crisis story to an urgent media_crisis, or open one when the
    story has no open case and has never had a media_crisis case. Returns (opened, upgraded);
    flushes, the caller commits."""
    at = _when(now)
    opened, upgraded = [], []
    for crisis in find_crises(session, settings, at):
        data = {
            "reason": "crisis",
            "outlets": list(crisis.outlets),
            "window_hours": settings.crisis_window_hours,
        }
        case = open_case_for_story(session, crisis.story_id)
        if case is not None:
            if case.kind != "media_crisis" or case.severity != "urgent":
                upgrade_to_crisis(session, case, at, data)
                upgraded.append(case)
            continue
        handled = session.scalar(
            select(Case.id).where(Case.story_id == crisis.story_id, Case.kind == "media_crisis")
        )
        if handled is not None:
            continue
        first = session.get_one(Article, crisis.article_ids[0])
        opened.append(
            open_as_system(
                session, first, kind="media_crisis", severity="urgent", at=at, extra=data
            )
        )
    return opened, upgraded


def run_automatic_in(
    session: Session, settings: config.Settings, now: datetime | None = None
) -> AutomaticReport:
    """:func:`sync_story_articles`, :func:`detect_crises` and :func:`auto_open` in one
    transaction, committed at the end (rolled back as a whole on an error, which is raised)."""
    report = AutomaticReport()
    try:
        report.articles_added = sync_story_articles(session, now)
        crisis_opened, upgraded = detect_crises(session, settings, now)
        report.crises_opened = [c.code for c in crisis_opened]
        report.upgraded = [c.code for c in upgraded]
        report.opened = [c.code for c in auto_open(session, settings, now)]
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return report


def run_automatic(
    settings: config.Settings, engine: Engine | None = None, now: datetime | None = None
) -> AutomaticReport:
    """:func:`run_automatic_in` on the configured database; never raises (a failure is logged and
    returned in ``error``, nothing of it is kept, and no article is touched)."""
    from storage.db import ensure_schema, make_engine

    own = engine is None
    try:
        eng = engine or make_engine(settings.database)
        try:
            if own:
                ensure_schema(eng)
            with Session(eng, expire_on_commit=False) as session:
                return run_automatic_in(session, settings, now)
        finally:
            if own:
                eng.dispose()
    except Exception as error:  # noqa: BLE001 - any failure: log it, keep the articles
        log.exception("automatic case opening failed")
        return AutomaticReport(error=f"{type(error).__name__}: {error}")
