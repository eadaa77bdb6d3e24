"""The stored items and cases as the records of ``documents.inputs`` (what ``workflow.figures``,
the periodic report and the tracking sheet are computed from), for the reports page.

* an item is an article with a decision (its latest relabel, else its current classification),
  dated by its publication time (else the time it was found);
* a case's state history is its ``open`` and ``advance`` events; the deadline of each state entered
  is computed with ``workflow.deadlines.due_at`` from the moment it was entered and the case's
  severity at that moment (re-grading events change it).

Fields the audit trail does not record in structured form (letter numbers and dates, the local
report, the handling, the outcome key) stay empty; the tracking sheet leaves those columns for the
office to fill.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from classifier.result import ACTION_LABELS, LABELS
from config import Settings
from documents.inputs import ArticleRef, CaseEventRecord, CaseRecord, ItemRecord
from storage.models import Article, Case, CaseArticle, CaseEvent, Outlet
from web.queries import decisions
from workflow.calendar import WorkCalendar
from workflow.deadlines import due_at
from workflow.states import KINDS, SEVERITIES

STATE_EVENTS = ("open", "advance")
CHUNK = 500


def item_records(session: Session, start: datetime, end: datetime) -> list[ItemRecord]:
    """Every article with a decision whose date lies in [start, end)."""
    stmt, d = decisions()
    rows = session.execute(
        stmt.add_columns(d.when).where(
            or_(d.classification.id.is_not(None), d.relabel.id.is_not(None)),
            d.when >= start,
            d.when < end,
        )
    )
    out = []
    for article, outlet, _c, _r, relevant, label, province, when in rows:
        relevant = bool(relevant)
        label = label if relevant and label in LABELS else None
        out.append(
            ItemRecord(
                published_at=when,
                outlet=outlet,
                relevant=relevant,
                label=label,
                province=province if relevant else None,
                action_needed=label in ACTION_LABELS,
                title=article.title or "",
                url=article.canonical_url,
            )
        )
    return out


def article_refs(session: Session, case_ids: list[int]) -> dict[int, list[ArticleRef]]:
    """The covered articles of each case as documents cite them, oldest first."""
    out: dict[int, list[ArticleRef]] = defaultdict(list)
    for start in range(0, len(case_ids), CHUNK):
        rows = session.execute(
            select(CaseArticle.case_id, Article, Outlet.name)
            .join(Article, Article.id == CaseArticle.article_id)
            .join(Outlet, Outlet.id == Article.outlet_id)
            .where(CaseArticle.case_id.in_(case_ids[start : start + CHUNK]))
            .order_by(CaseArticle.case_id, Article.id)
        )
        for case_id, article, outlet in rows:
            out[case_id].append(
                ArticleRef(
                    title=article.title or "",
                    outlet=outlet,
                    url=article.canonical_url,
                    published_at=article.published_at,
                    summary=article.lead or "",
                    author=article.author or "",
                    section=article.section or "",
                )
            )
    return out


def case_article_refs(session: Session, case_id: int) -> tuple[ArticleRef, ...]:
    return tuple(article_refs(session, [case_id])[case_id])


def _history(
    case: Case, events: list[CaseEvent], settings: Settings, calendar: WorkCalendar
) -> tuple[CaseEventRecord, ...]:
    severity = case.severity
    opening = next((e for e in events if e.action == "open"), None)
    if opening is not None:
        severity = json.loads(opening.data or "{}").get("severity", severity)
    out = []
    for event in events:
        data = json.loads(event.data or "{}")
        if data.get("severity") in SEVERITIES:
            severity = data["severity"]
        if event.action not in STATE_EVENTS or event.to_state is None:
            continue
        out.append(
            CaseEventRecord(
                at=event.at,
                from_state=event.from_state,
                to_state=event.to_state,
                due_at=due_at(event.to_state, severity, event.at, settings, calendar),
                actor=event.actor,
                note=event.note or "",
            )
        )
    return tuple(out)


def case_records(session: Session, settings: Settings, calendar: WorkCalendar) -> list[CaseRecord]:
    """Every case with its state history, oldest first."""
    cases = list(session.scalars(select(Case).order_by(Case.opened_at, Case.id)))
    ids = [c.id for c in cases]
    trails: dict[int, list[CaseEvent]] = defaultdict(list)
    for start in range(0, len(ids), CHUNK):
        for event in session.scalars(
            select(CaseEvent)
            .where(CaseEvent.case_id.in_(ids[start : start + CHUNK]))
            .order_by(CaseEvent.case_id, CaseEvent.id)
        ):
            trails[event.case_id].append(event)
    articles = article_refs(session, ids)
    out = []
    for case in cases:
        history = _history(case, trails[case.id], settings, calendar)
        if not history:
            continue  # a case always has its opening event; nothing to count without it
        out.append(
            CaseRecord(
                code=case.code,
                opened_at=case.opened_at,
                events=history,
                articles=tuple(articles[case.id]),
                province=case.province,
                office=case.office,
                claims=case.summary or case.title,
                assessment=case.opening_label if case.opening_label in LABELS else None,
                kind=case.kind if case.kind in KINDS else "press",
                severity=case.severity if case.severity in SEVERITIES else "normal",
                note=case.outcome or "",
            )
        )
    return out
