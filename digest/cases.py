"""The correction workflow as the digest shows it, read from the real case records.

* :func:`cases_for_stories` — the case of each digest item: the story's open case, else the
  case that covers one of the item's articles, else the story's most recent (finished) case;
* :func:`workflow_section` — open cases by state (state machine order, most urgent deadline
  first, overdue marked) and the cases closed within the digest's window, i.e. since the last
  digest (each window starts where the previous digest's ended).

Deadlines and overdue status come from ``workflow.cases.deadline`` (the per-state rules of
``workflow.deadlines`` on the working-day calendar), computed at ``now``; nothing is stored.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

import config
from digest.context import CaseRef, StateGroup, WorkflowSection
from digest.fmt import clean, fmt_moment, web_url
from digest.window import Window
from storage.models import Case, CaseArticle
from workflow.calendar import WorkCalendar
from workflow.cases import deadline as case_deadline
from workflow.deadlines import is_overdue
from workflow.states import SEVERITY_NAMES_VI, STATES, TERMINAL_STATES, is_open, state_name

CHUNK = 500


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    ids = list(ids)
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def case_ref(
    case: Case, settings: config.Settings, calendar: WorkCalendar, now: datetime
) -> CaseRef:
    """A case as the digest shows it, its deadline computed at ``now``."""
    due = case_deadline(case, settings, calendar) if is_open(case.state) else None
    return CaseRef(
        code=case.code,
        title=clean(case.title) or "(không có tiêu đề)",
        state_name=state_name(case.state),
        severity_name=SEVERITY_NAMES_VI.get(case.severity, case.severity),
        province=clean(case.province),
        opened=fmt_moment(case.opened_at, settings),
        deadline=fmt_moment(due, settings),
        overdue=is_overdue(due, now),
        closed=fmt_moment(case.closed_at, settings) if not is_open(case.state) else "",
        web_url=web_url(settings, "cases", case.id),
    )


def _preference(case: Case) -> tuple[int, float, int]:
    """Open first, then the most recently opened."""
    return (0 if is_open(case.state) else 1, -case.opened_at.timestamp(), -case.id)


def cases_for_stories(
    session: Session,
    settings: config.Settings,
    items: Sequence[tuple[int | None, Sequence[int]]],
    *,
    now: datetime,
    calendar: WorkCalendar | None = None,
) -> list[CaseRef | None]:
    """For each ``(story_id, article_ids)`` of ``items``, its case (see the module doc) or None."""
    calendar = calendar or WorkCalendar.from_settings(settings)
    story_ids = sorted({s for s, _ in items if s is not None})
    article_ids = sorted({a for _, ids in items for a in ids})
    by_story: dict[int, list[Case]] = {}
    for chunk in _chunks(story_ids):
        for case in session.scalars(select(Case).where(Case.story_id.in_(chunk))):
            by_story.setdefault(case.story_id, []).append(case)  # type: ignore[arg-type]
    by_article: dict[int, list[Case]] = {}
    for chunk in _chunks(article_ids):
        for article_id, case in session.execute(
            select(CaseArticle.article_id, Case)
            .join(Case, Case.id == CaseArticle.case_id)
            .where(CaseArticle.article_id.in_(chunk))
        ):
            by_article.setdefault(article_id, []).append(case)
    out: list[CaseRef | None] = []
    for story_id, ids in items:
        candidates = {c.id: c for c in by_story.get(story_id, []) if story_id is not None}
        for article_id in ids:
            candidates.update({c.id: c for c in by_article.get(article_id, [])})
        if not candidates:
            out.append(None)
            continue
        best = min(candidates.values(), key=_preference)
        out.append(case_ref(best, settings, calendar, now))
    return out


def workflow_section(
    session: Session,
    settings: config.Settings,
    window: Window,
    *,
    now: datetime,
    calendar: WorkCalendar | None = None,
) -> WorkflowSection:
    """Open cases by state and the cases closed within ``window``."""
    calendar = calendar or WorkCalendar.from_settings(settings)
    open_cases = list(
        session.scalars(select(Case).where(Case.state.not_in(TERMINAL_STATES)).order_by(Case.id))
    )
    dues = {c.id: case_deadline(c, settings, calendar) for c in open_cases}
    refs = {c.id: case_ref(c, settings, calendar, now) for c in open_cases}
    groups: list[StateGroup] = []
    for state in STATES:
        members = sorted(
            (c for c in open_cases if c.state == state),
            key=lambda c: (dues[c.id] is None, dues[c.id] or now, c.id),
        )
        if members:
            groups.append(
                StateGroup(state_name=state_name(state), cases=tuple(refs[c.id] for c in members))
            )
    closed_cases = session.scalars(
        select(Case)
        .where(
            Case.state.in_(TERMINAL_STATES),
            Case.closed_at >= window.start,
            Case.closed_at < window.end,
        )
        .order_by(Case.closed_at, Case.id)
    )
    closed = tuple(case_ref(c, settings, calendar, now) for c in closed_cases)
    return WorkflowSection(
        open_count=len(refs),
        overdue_count=sum(1 for r in refs.values() if r.overdue),
        by_state=tuple(groups),
        closed=closed,
    )
