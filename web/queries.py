"""Queries of the inbox and the article page.

An article's *decision* is its latest relabel (a person's word) when it has one, else its current
classification (the latest row, as in ``storage.classifications.current``). The inbox lists
articles that have a decision, newest first, filtered on it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from classifier.provinces import PROVINCES
from classifier.result import ACTION_LABELS, LABELS
from storage.decisions import decisions
from storage.models import LOCAL_TZ, Article, ArticleClassification, Outlet, Relabel
from storage.search import parse_query, search_condition
from text.dates import parse_day

PAGE_SIZE = 25
MAX_QUERY = 200
RELEVANCE_CHOICES = ("relevant", "not_relevant", "all")
ACTION_CHOICES = ("", "yes", "no")


@dataclass
class InboxFilters:
    """The inbox filters as asked (``values``, shown back in the form) and as understood."""

    values: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    q: str = ""
    date_from: date | None = None
    date_to: date | None = None
    outlet: str = ""
    label: str = ""
    action: str = ""
    province: str = ""
    relevance: str = "relevant"
    page: int = 1

    def query_args(self, **changes: object) -> dict[str, str]:
        """The non-empty filter values, with ``changes`` (for page links)."""
        args = {k: v for k, v in self.values.items() if v and k != "page"}
        args.update({k: str(v) for k, v in changes.items()})
        return args


def parse_filters(args: Mapping[str, str], outlets: list[str]) -> InboxFilters:
    """Read the filters from query arguments. A bad value is reported (Vietnamese) and ignored;
    the others still apply, and every value is shown back as typed."""
    f = InboxFilters()
    get = lambda name: (args.get(name) or "").strip()  # noqa: E731
    f.values = {
        name: get(name)
        for name in ("q", "from", "to", "outlet", "label", "action", "province", "relevance")
    }
    f.values["relevance"] = f.values["relevance"] or "relevant"
    f.q = f.values["q"][:MAX_QUERY]
    if f.values["q"] and not parse_query(f.q):
        f.errors.append("Từ khóa tìm kiếm không có chữ hoặc số nào; bỏ qua ô tìm kiếm.")
    for key, attr, name in (("from", "date_from", "Từ ngày"), ("to", "date_to", "Đến ngày")):
        if f.values[key]:
            day = parse_day(f.values[key])
            if day is not None:
                setattr(f, attr, day)
            else:
                f.errors.append(
                    f"{name} không hợp lệ: “{f.values[key]}” (dùng dạng ngày/tháng/năm, ví dụ "
                    "29/11/2026); bỏ qua điều kiện này."
                )
    if f.date_from and f.date_to and f.date_from > f.date_to:
        f.errors.append("“Từ ngày” sau “Đến ngày”: đã đổi chỗ hai ngày.")
        f.date_from, f.date_to = f.date_to, f.date_from
    checks = (
        ("outlet", outlets, "Không có nguồn báo"),
        ("label", [*LABELS], "Đánh giá không hợp lệ"),
        ("action", ACTION_CHOICES, "Lựa chọn “cần xử lý” không hợp lệ"),
        ("province", PROVINCES, "Không có tỉnh/thành phố"),
        ("relevance", RELEVANCE_CHOICES, "Lựa chọn “mức liên quan” không hợp lệ"),
    )
    for key, allowed, message in checks:
        value = f.values[key]
        if not value:
            continue
        if value in allowed:
            setattr(f, key, value)
        else:
            f.errors.append(f"{message}: “{value}”; bỏ qua điều kiện này.")
    try:
        f.page = max(1, min(int(args.get("page") or 1), 100_000))
    except ValueError:
        f.page = 1
    return f


def _local_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=LOCAL_TZ)


@dataclass(frozen=True)
class InboxRow:
    article: Article
    outlet: str
    classification: ArticleClassification | None
    relabel: Relabel | None
    relevant: bool | None
    label: str | None
    province: str | None
    republished: int = 0  # other outlets' copies of the story (the inbox counts them)

    @property
    def action_needed(self) -> bool:
        return bool(self.relevant) and self.label in ACTION_LABELS


@dataclass(frozen=True)
class InboxPage:
    rows: list[InboxRow]
    total: int
    page: int
    pages: int


def _filtered(session: Session, f: InboxFilters) -> tuple[Select[Any], Any]:
    stmt, d = decisions()
    stmt = stmt.where(or_(d.classification.id.is_not(None), d.relabel.id.is_not(None)))
    relevant, label, province, when = d.relevant, d.label, d.province, d.when
    if f.relevance == "relevant":
        stmt = stmt.where(relevant.is_(True))
    elif f.relevance == "not_relevant":
        stmt = stmt.where(relevant.is_(False))
    if f.label:
        stmt = stmt.where(label == f.label)
    if f.action == "yes":
        stmt = stmt.where(relevant.is_(True), label.in_(sorted(ACTION_LABELS)))
    elif f.action == "no":
        stmt = stmt.where(
            or_(relevant.is_(False), label.is_(None), label.not_in(sorted(ACTION_LABELS)))
        )
    if f.province:
        stmt = stmt.where(province == f.province)
    if f.outlet:
        stmt = stmt.where(Outlet.name == f.outlet)
    if f.date_from:
        stmt = stmt.where(when >= _local_start(f.date_from))
    if f.date_to:
        stmt = stmt.where(when < _local_start(f.date_to + timedelta(days=1)))
    condition = search_condition(session, f.q) if f.q else None
    if condition is not None:
        stmt = stmt.where(condition)
    return stmt, when


def inbox(session: Session, f: InboxFilters) -> InboxPage:
    """One page of the inbox under ``f`` (newest first), with the total count."""
    stmt, when = _filtered(session, f)
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    pages = max(1, math.ceil(total / PAGE_SIZE))
    page = min(f.page, pages)
    rows = session.execute(
        stmt.order_by(when.desc(), Article.id.desc())
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    ).all()
    counts = story_sizes(session, [row[0].story_id for row in rows if row[0].story_id])
    return InboxPage(
        rows=[
            InboxRow(
                article=a,
                outlet=outlet,
                classification=cls,
                relabel=rel,
                relevant=rv,
                label=lb,
                province=pv,
                republished=max(0, counts.get(a.story_id, 1) - 1),
            )
            for a, outlet, cls, rel, rv, lb, pv in rows
        ],
        total=total,
        page=page,
        pages=pages,
    )


def story_sizes(session: Session, story_ids: list[int]) -> dict[int, int]:
    """How many articles each story has."""
    if not story_ids:
        return {}
    rows = session.execute(
        select(Article.story_id, func.count())
        .where(Article.story_id.in_(set(story_ids)))
        .group_by(Article.story_id)
    )
    return {story_id: n for story_id, n in rows}


def outlet_names(session: Session) -> list[str]:
    return list(session.scalars(select(Outlet.name).order_by(Outlet.name)))


def decision(session: Session, article_id: int) -> InboxRow | None:
    """The article with its outlet and decision (also when it has none yet); the article page
    lists the story's other copies itself, so ``republished`` is not counted here."""
    stmt, _d = decisions()
    row = session.execute(stmt.where(Article.id == article_id)).first()
    return None if row is None else InboxRow(*row)
