"""Classifications of stored articles and people's relabels of them (training feedback).

Plain repository functions over :class:`storage.models.ArticleClassification` and
:class:`storage.models.Relabel`. A classification is whatever has the fields of
``classifier.result.Classification.as_dict()`` (a mapping, or an object with ``as_dict()``);
this module does not depend on the model itself.

Relabels are append-only: nothing here updates or deletes one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from classifier.result import ACTION_LABELS, LABELS
from storage.models import Article, ArticleClassification, Relabel, utcnow
from storage.upsert import upsert
from text.normalize import nfc

CHUNK = 500  # ids per IN (...) query
MAX_VERSION_LENGTH = 100
MAX_BY_LENGTH = 200
MAX_PROVINCE_LENGTH = 100

UPDATED_ON_RECLASSIFY = (
    "relevant",
    "relevance_score",
    "label",
    "label_scores",
    "action_needed",
    "province",
    "office",
    "reasons",
    "classified_at",
)


class RelabelError(ValueError):
    """A relabel cannot be stored as asked (unknown article, label, empty name…)."""


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _fields(c: Any) -> Mapping[str, Any]:
    fields = c.as_dict() if hasattr(c, "as_dict") else c
    if not isinstance(fields, Mapping):
        raise TypeError(f"a classification mapping or object with as_dict() is needed, got {c!r}")
    return fields


def _since_clause(since: datetime | None) -> Any:
    if since is None:
        return None
    if since.utcoffset() is None:
        raise ValueError("since must be a timezone-aware datetime")
    return or_(
        Article.published_at >= since,
        and_(Article.published_at.is_(None), Article.fetched_at >= since),
    )


# --- classifications ----------------------------------------------------------------------------
def save_classification(
    session: Session,
    article_id: int,
    c: Any,
    model_version: str | None = None,
    *,
    commit: bool = True,
) -> int:
    """Store what ``model_version`` says about an article (insert, or update the row that version
    already wrote: idempotent per article and version). Returns the row id.

    ``model_version`` defaults to the classification's own ``model_version`` field. With
    ``commit=False`` the row joins the caller's transaction (one commit per batch)."""
    fields = _fields(c)
    version = model_version or fields.get("model_version") or ""
    if not version or len(version) > MAX_VERSION_LENGTH:
        raise ValueError(f"model_version must be 1-{MAX_VERSION_LENGTH} characters: {version!r}")
    label = fields.get("label")
    relevant = bool(fields["relevant"])
    if label is not None and (label not in LABELS or not relevant):
        raise ValueError(f"label {label!r} is not one of {LABELS} for a relevant article")
    row = {
        "article_id": article_id,
        "model_version": version,
        "relevant": relevant,
        "relevance_score": float(fields["relevance_score"]),
        "label": label,
        "label_scores": json.dumps(dict(fields.get("label_scores") or {}), ensure_ascii=False),
        "action_needed": label in ACTION_LABELS,
        "province": fields.get("province"),
        "office": fields.get("office"),
        "reasons": json.dumps(list(fields.get("reasons") or ()), ensure_ascii=False),
        "classified_at": utcnow(),
    }
    upsert(
        session,
        ArticleClassification,
        row,
        conflict=("article_id", "model_version"),
        update=UPDATED_ON_RECLASSIFY,
    )
    row_id = session.scalars(
        select(ArticleClassification.id).where(
            ArticleClassification.article_id == article_id,
            ArticleClassification.model_version == version,
        )
    ).one()
    if commit:
        session.commit()
    return row_id


def current(session: Session, article_ids: Iterable[int]) -> dict[int, ArticleClassification]:
    """The current (latest) classification of each of ``article_ids`` that has one."""
    out: dict[int, ArticleClassification] = {}
    for chunk in _chunks(list(dict.fromkeys(article_ids))):
        rows = session.scalars(
            select(ArticleClassification)
            .where(ArticleClassification.article_id.in_(chunk))
            .order_by(ArticleClassification.classified_at, ArticleClassification.id)
        )
        for row in rows:
            out[row.article_id] = row  # later rows win
    return out


def as_dict(row: ArticleClassification) -> dict[str, Any]:
    """A stored classification shaped like ``Classification.as_dict()``, plus ``classified_at``."""
    return {
        "relevant": row.relevant,
        "relevance_score": row.relevance_score,
        "label": row.label,
        "label_scores": json.loads(row.label_scores or "{}"),
        "action_needed": row.action_needed,
        "province": row.province,
        "office": row.office,
        "reasons": json.loads(row.reasons or "[]"),
        "model_version": row.model_version,
        "classified_at": row.classified_at.isoformat(),
    }


def unclassified_articles(
    session: Session, model_version: str, since: datetime | None = None
) -> list[int]:
    """Ids (oldest first) of the articles ``model_version`` has not classified yet; ``since`` keeps
    those published (or, undated, fetched) at or after it."""
    done = select(ArticleClassification.id).where(
        ArticleClassification.article_id == Article.id,
        ArticleClassification.model_version == model_version,
    )
    stmt = select(Article.id).where(~done.exists()).order_by(Article.id)
    clause = _since_clause(since)
    if clause is not None:
        stmt = stmt.where(clause)
    return list(session.scalars(stmt))


def article_ids(session: Session, since: datetime | None = None) -> list[int]:
    """Ids (oldest first) of every stored article, or of those published/fetched since ``since``."""
    stmt = select(Article.id).order_by(Article.id)
    clause = _since_clause(since)
    if clause is not None:
        stmt = stmt.where(clause)
    return list(session.scalars(stmt))


# --- relabels ------------------------------------------------------------------------------------
def _latest_relabels(session: Session, article_ids: list[int] | None = None) -> list[Relabel]:
    latest = select(func.max(Relabel.id)).group_by(Relabel.article_id)
    if article_ids is not None:
        latest = latest.where(Relabel.article_id.in_(article_ids))
    return list(
        session.scalars(select(Relabel).where(Relabel.id.in_(latest)).order_by(Relabel.article_id))
    )


def record_relabel(
    session: Session,
    article_id: int,
    by: str,
    *,
    relevant: bool,
    label: str | None,
    province: str | None = None,
    note: str | None = None,
) -> int:
    """Append a person's decision about an article; commits and returns the relabel id.

    The old values are the article's decision before this one: its latest relabel, or else its
    current classification (None when it has neither). Raises :class:`RelabelError` for an unknown
    article or label, a label on a not-relevant article, or an empty name."""
    by = nfc(by or "").strip()
    if not by or len(by) > MAX_BY_LENGTH:
        raise RelabelError(f"who relabels must be named (1-{MAX_BY_LENGTH} characters)")
    if label is not None and label not in LABELS:
        raise RelabelError(f"unknown label {label!r}; expected one of {', '.join(LABELS)}")
    if label is not None and not relevant:
        raise RelabelError("a label needs relevant=True")
    province = nfc(province).strip() or None if province else None
    if province is not None and len(province) > MAX_PROVINCE_LENGTH:
        raise RelabelError(f"province is longer than {MAX_PROVINCE_LENGTH} characters")
    if session.get(Article, article_id) is None:
        raise RelabelError(f"no article with id {article_id}")
    previous = _latest_relabels(session, [article_id])
    if previous:
        old_relevant, old_label = previous[0].new_relevant, previous[0].new_label
    else:
        row = current(session, [article_id]).get(article_id)
        old_relevant, old_label = (row.relevant, row.label) if row else (None, None)
    relabel = Relabel(
        article_id=article_id,
        by=by,
        at=utcnow(),
        old_relevant=old_relevant,
        old_label=old_label,
        new_relevant=bool(relevant),
        new_label=label,
        new_province=province,
        note=nfc(note).strip() or None if note else None,
    )
    session.add(relabel)
    session.commit()
    return relabel.id


@dataclass(frozen=True)
class RelabelledArticle:
    """The latest relabel of one article with the article's text: one feedback example."""

    relabel_id: int
    article_id: int
    title: str
    lead: str | None
    text: str
    relevant: bool
    label: str | None
    province: str | None
    by: str
    at: datetime


def relabels(session: Session) -> list[RelabelledArticle]:
    """The latest relabel of every relabelled article, with its title, lead and text."""
    rows = _latest_relabels(session)
    articles = {}
    for chunk in _chunks([r.article_id for r in rows]):
        articles.update(
            {a.id: a for a in session.scalars(select(Article).where(Article.id.in_(chunk)))}
        )
    return [
        RelabelledArticle(
            relabel_id=r.id,
            article_id=r.article_id,
            title=articles[r.article_id].title,
            lead=articles[r.article_id].lead,
            text=articles[r.article_id].text,
            relevant=r.new_relevant,
            label=r.new_label,
            province=r.new_province,
            by=r.by,
            at=r.at,
        )
        for r in rows
    ]


def relabel_history(session: Session, article_id: int) -> list[Relabel]:
    """Every relabel of an article, oldest first."""
    return list(
        session.scalars(
            select(Relabel).where(Relabel.article_id == article_id).order_by(Relabel.id)
        )
    )
