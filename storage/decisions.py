"""An article's *decision* as one SQL statement: its latest relabel (a person's word) when it has
one, else its current classification (the latest row, as in ``storage.classifications.current``).

Used by the web inbox (``web.queries``) and by the report and tracking-sheet records
(``workflow.records``), so both count the same decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import aliased

from storage.models import Article, ArticleClassification, Outlet, Relabel


@dataclass(frozen=True)
class Decision:
    """SQL expressions of an article's decision, for a statement built by :func:`decisions`."""

    classification: Any  # alias of the latest classification (None columns when there is none)
    relabel: Any  # alias of the latest relabel
    relevant: Any
    label: Any
    province: Any
    when: Any  # published_at, else fetched_at


def decisions() -> tuple[Select[Any], Decision]:
    """``SELECT article, outlet name, classification, relabel, relevant, label, province`` of
    every article, with the expressions to filter on."""
    c = aliased(ArticleClassification, name="c")
    r = aliased(Relabel, name="r")
    d = Decision(
        classification=c,
        relabel=r,
        relevant=case((r.id.is_not(None), r.new_relevant), else_=c.relevant),
        label=case((r.id.is_not(None), r.new_label), else_=c.label),
        province=func.coalesce(r.new_province, c.province),
        when=func.coalesce(Article.published_at, Article.fetched_at),
    )
    stmt = (
        select(Article, Outlet.name, c, r, d.relevant, d.label, d.province)
        .join(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(c, c.id == _latest_classification_id())
        .outerjoin(r, r.id == _latest_relabel_id())
    )
    return stmt, d


def _latest_classification_id() -> Any:
    inner = aliased(ArticleClassification)
    return (
        select(inner.id)
        .where(inner.article_id == Article.id)
        .order_by(inner.classified_at.desc(), inner.id.desc())
        .limit(1)
        .correlate(Article)
        .scalar_subquery()
    )


def _latest_relabel_id() -> Any:
    inner = aliased(Relabel)
    return (
        select(func.max(inner.id))
        .where(inner.article_id == Article.id)
        .correlate(Article)
        .scalar_subquery()
    )
