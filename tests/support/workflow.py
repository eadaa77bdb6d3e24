"""Helpers of the workflow tests: people of every role, stored articles of one story across
outlets, and stored classifications."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from classifier.result import Classification
from storage.articles import store_article
from storage.classifications import save_classification
from storage.models import LOCAL_TZ
from storage.records import ArticleRecord
from workflow.users import add_user, disable_user

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=LOCAL_TZ)  # a Friday, a working day
PEOPLE = {"xem": "viewer", "lan": "member", "hung": "leader", "quantri": "admin"}
BY_ROLE = {role: name for name, role in PEOPLE.items()}


def add_people(session: Session) -> None:
    """One active user per role (usernames of :data:`PEOPLE`) and a disabled member ``cu``."""
    for name, role in PEOPLE.items():
        add_user(session, name, role=role, full_name=f"Người dùng {name}")
    add_user(session, "cu", role="member")
    disable_user(session, "cu")


VOCABULARY = (
    "chấp hành viên kê biên tài sản bản án quyết định cưỡng chế đấu giá người dân phản ánh "
    "khiếu nại tố cáo thửa đất căn nhà ngân hàng khoản nợ doanh nghiệp tòa án viện kiểm sát "
    "xác minh điều kiện thi hành án phí tạm giữ phong tỏa tài khoản chậm trễ kéo dài bức xúc "
    "tháng năm huyện xã phường tỉnh thành phố gia đình hộ dân công ty hợp đồng tiền lãi"
).split()


def story_body(topic: str) -> str:
    """A body of its own for each topic (the same topic gives the same body, so the copies of
    several outlets form one story; other topics are far apart by SimHash)."""
    rng = random.Random(topic)
    words = " ".join(rng.choice(VOCABULARY) for _ in range(160))
    return f"Người dân phản ánh {topic} tại Tây Ninh. {words}."


def store(
    session: Session,
    *,
    outlet: str,
    topic: str,
    published: datetime = NOW,
    raw: bytes | None = None,
    slug: str | None = None,
) -> int:
    """Store one article of the story ``topic`` in ``outlet``; returns its id."""
    url = f"https://{outlet}.example.vn/{slug or topic.replace(' ', '-')}.html"
    record = ArticleRecord(
        url=url,
        canonical_url=url,
        outlet=outlet,
        title=f"Phản ánh: {topic}",
        lead=f"Bạn đọc phản ánh {topic} tại Tây Ninh.",
        text=story_body(topic),
        fetched_at=published + timedelta(minutes=30),
        published_at=published,
        extraction_route="selectors",
        raw_html=raw if raw is not None else f"<html><p>{topic}</p></html>".encode(),
        raw_encoding="utf-8",
        http_status=200,
    )
    return store_article(session, record).article_id


def classify(
    session: Session,
    article_id: int,
    *,
    label: str | None = "needs_correction",
    relevance: float = 0.95,
    action_share: float = 0.9,
    province: str | None = "Tỉnh Tây Ninh",
    version: str = "test-model",
) -> None:
    """Store a classification: ``action_share`` of the label probability on ``label``."""
    scores = {}
    if label is not None:
        other = "neutral" if label != "neutral" else "positive"
        scores = {label: action_share, other: 1.0 - action_share}
    save_classification(
        session,
        article_id,
        Classification(
            relevant=label is not None,
            relevance_score=relevance,
            label=label,
            label_scores=scores,
            action_needed=label in {"needs_correction", "inaccurate"},
            province=province if label else None,
            office=None,
            model_version=version,
        ),
    )
