"""The stored items and cases as the records of ``documents.inputs``: what ``workflow.figures``,
the periodic report and the tracking sheet are computed from (the CLI and the web app both read
them here).

* an item is an article with a decision (``storage.decisions``: its latest relabel, else its
  current classification), dated by its publication time (else the time it was found);
* a case's state history is its ``open`` and ``advance`` events; the deadline of each state entered
  is computed with ``workflow.deadlines.due_at`` from the moment it was entered and the case's
  severity at that moment (re-grading events change it);
* the tracking-sheet fields come from the audit trail alone:

  - ``local_letter_number`` / ``local_letter_date``: the latest numbered công văn to the local
    office generated for the case (the one issued), else the latest unnumbered one (its date, no
    number yet) (``workflow.paperwork``: the number and date in its event's data);
  - ``report_due``: the deadline of the latest entry into ``local_verifying``;
  - ``local_report_date`` / ``verification_result``: when the case last left ``local_verifying``
    (the local office reported) and the note of that transition;
  - ``handling``: from the states reached, in the order reached: ``published_reply`` → reply
    (for a reader letter: the newspaper's article answering the reader, "article"),
    ``correction_requested`` → correction; a case dismissed or found accurate without either →
    none; nothing yet while the case is still being handled;
  - ``correction_letter_number`` / ``correction_letter_date``: the correction request, chosen
    the same way;
  - ``correction_published_date``: the first entry into ``outlet_responded`` with the outcome
    ``corrected``;
  - ``outcome``: the case's checked outcome (``cases.outcome_key``: set when the outlet responds,
    required when closing, implied when dismissing); ``note``: the closing note.

Dates are local calendar dates (Asia/Ho_Chi_Minh).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from classifier.result import ACTION_LABELS, LABELS
from config import Settings
from documents.fmt import local_date as vn_date
from documents.inputs import (
    OUTCOME_NAMES_VI,
    ArticleRef,
    CaseEventRecord,
    CaseRecord,
    ItemRecord,
)
from storage.decisions import decisions
from storage.models import Article, Case, CaseArticle, CaseEvent, Outlet
from workflow.calendar import WorkCalendar
from workflow.deadlines import due_at
from workflow.states import KINDS, SEVERITIES

STATE_EVENTS = ("open", "advance")
CHUNK = 500
OFFICIAL_LETTER, CORRECTION_REQUEST = "official_letter", "correction_request"


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


def article_refs(session: Session, case_ids: Sequence[int]) -> dict[int, list[ArticleRef]]:
    """The covered articles of each case as documents cite them, oldest first."""
    ids = list(case_ids)
    out: dict[int, list[ArticleRef]] = defaultdict(list)
    for start in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(CaseArticle.case_id, Article, Outlet.name)
            .join(Article, Article.id == CaseArticle.article_id)
            .join(Outlet, Outlet.id == Article.outlet_id)
            .where(CaseArticle.case_id.in_(ids[start : start + CHUNK]))
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


def _parsed(events: Sequence[CaseEvent]) -> list[tuple[CaseEvent, dict[str, Any]]]:
    return [(e, e.details) for e in events]


def _history(
    case: Case,
    trail: Sequence[tuple[CaseEvent, dict[str, Any]]],
    settings: Settings,
    calendar: WorkCalendar,
) -> tuple[CaseEventRecord, ...]:
    severity = case.severity
    opening = next((data for e, data in trail if e.action == "open"), None)
    if opening is not None:
        severity = opening.get("severity", severity)
    out = []
    for event, data in trail:
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


def _letter(
    trail: Sequence[tuple[CaseEvent, dict[str, Any]]], kind: str
) -> tuple[str, date | None]:
    """(number, date) of the latest numbered document of ``kind`` (the one the văn thư issued),
    else of the latest unnumbered one; ("", None) when there is none."""
    letters = [data for _event, data in trail if data.get("document_kind") == kind]
    numbered = [data for data in letters if data.get("number")]
    if not letters:
        return "", None
    chosen = (numbered or letters)[-1]
    issued = chosen.get("date")
    return str(chosen.get("number") or ""), date.fromisoformat(issued) if issued else None


def _handling(kind: str, history: Sequence[CaseEventRecord]) -> tuple[str, ...]:
    found: list[str] = []
    for event in history:
        if event.to_state == "published_reply":
            key = "article" if kind == "reader_letter" else "reply"
        elif event.to_state == "correction_requested":
            key = "correction"
        else:
            continue
        if key not in found:
            found.append(key)
    if not found and any(
        e.to_state in ("dismissed", "accurate_after_verification") for e in history
    ):
        return ("none",)
    return tuple(found)


def record_of(
    case: Case,
    events: Sequence[CaseEvent],
    articles: Sequence[ArticleRef],
    settings: Settings,
    calendar: WorkCalendar,
) -> CaseRecord | None:
    """The record of one case from its row, its audit trail (oldest first) and its articles; None
    for a case without its opening event (nothing to count)."""
    trail = _parsed(events)
    history = _history(case, trail, settings, calendar)
    if not history:
        return None
    verifying = [e for e in history if e.to_state == "local_verifying"]
    reported = [e for e in history if e.from_state == "local_verifying"]
    published = next(
        (
            e.at
            for e, data in trail
            if e.action == "advance"
            and e.to_state == "outlet_responded"
            and data.get("outcome") == "corrected"
        ),
        None,
    )
    local_number, local_date = _letter(trail, OFFICIAL_LETTER)
    correction_number, correction_date = _letter(trail, CORRECTION_REQUEST)
    return CaseRecord(
        code=case.code,
        opened_at=case.opened_at,
        events=history,
        articles=tuple(articles),
        province=case.province,
        office=case.office,
        claims=case.summary or case.title,
        assessment=case.opening_label if case.opening_label in LABELS else None,
        kind=case.kind if case.kind in KINDS else "press",
        severity=case.severity if case.severity in SEVERITIES else "normal",
        local_letter_number=local_number,
        local_letter_date=local_date,
        report_due=verifying[-1].due_at if verifying else None,
        local_report_date=vn_date(reported[-1].at) if reported else None,
        verification_result=reported[-1].note if reported else "",
        handling=_handling(case.kind, history),
        correction_letter_number=correction_number,
        correction_letter_date=correction_date,
        correction_published_date=vn_date(published) if published else None,
        outcome=case.outcome_key if case.outcome_key in OUTCOME_NAMES_VI else None,
        note=case.outcome or "",
    )


def case_records(
    session: Session,
    settings: Settings,
    calendar: WorkCalendar,
    case_ids: Sequence[int] | None = None,
) -> list[CaseRecord]:
    """Every case (or those of ``case_ids``) with its state history, oldest first."""
    stmt = select(Case).order_by(Case.opened_at, Case.id)
    if case_ids is not None:
        stmt = stmt.where(Case.id.in_(list(case_ids)))
    cases = list(session.scalars(stmt))
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
        record = record_of(case, trails[case.id], articles[case.id], settings, calendar)
        if record is not None:
            out.append(record)
    return out


def case_record(
    session: Session, case: Case, settings: Settings, calendar: WorkCalendar
) -> CaseRecord | None:
    """The record of one case (see :func:`record_of`)."""
    found = case_records(session, settings, calendar, [case.id])
    return found[0] if found else None
