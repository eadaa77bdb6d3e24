"""SQLAlchemy 2 declarative models. The schema itself is owned by the Alembic migrations in
``storage/migrations``; a test checks that the two agree.

All timestamps use :class:`AwareDateTime`: stored as UTC, returned aware in Asia/Ho_Chi_Minh, on
SQLite as well as PostgreSQL.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
URL_LENGTH = 2048

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class AwareDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime column. Naive values are refused (their zone is unknown)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.utcoffset() is None:
            raise ValueError(f"a timezone-aware datetime is required, got {value!r}")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(LOCAL_TZ)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Outlet(Base):
    __tablename__ = "outlets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    home: Mapped[str | None] = mapped_column(String(URL_LENGTH))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)


class Story(Base):
    """Articles of several outlets telling the same story (exact or near-duplicate bodies)."""

    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)
    title: Mapped[str] = mapped_column(Text, default="")
    first_published_at: Mapped[datetime | None] = mapped_column(AwareDateTime)


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    canonical_url: Mapped[str] = mapped_column(String(URL_LENGTH), unique=True)
    outlet_id: Mapped[int] = mapped_column(ForeignKey("outlets.id"), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str | None] = mapped_column(Text)
    section: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(AwareDateTime, index=True)
    fetched_at: Mapped[datetime] = mapped_column(AwareDateTime, index=True)
    extraction_route: Mapped[str] = mapped_column(String(40))
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    simhash: Mapped[int] = mapped_column(BigInteger)
    band0: Mapped[int] = mapped_column(Integer, index=True)
    band1: Mapped[int] = mapped_column(Integer, index=True)
    band2: Mapped[int] = mapped_column(Integer, index=True)
    band3: Mapped[int] = mapped_column(Integer, index=True)
    story_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id"), index=True)
    raw_html: Mapped[bytes | None] = mapped_column(LargeBinary)
    raw_encoding: Mapped[str | None] = mapped_column(String(40))
    http_status: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(10), default="vi")
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)


class ArticleUrl(Base):
    """Every URL seen for an article; a lookup by any of them finds the article."""

    __tablename__ = "article_urls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(URL_LENGTH), unique=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)


class CrawlRun(Base):
    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    status: Mapped[str] = mapped_column(String(20), index=True)
    pid: Mapped[int | None] = mapped_column(Integer)
    host: Mapped[str | None] = mapped_column(String(255))
    options: Mapped[str] = mapped_column(Text, default="{}")
    error: Mapped[str | None] = mapped_column(Text)
    discovered: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    duplicate: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)


class CrawlRunOutlet(Base):
    __tablename__ = "crawl_run_outlets"
    __table_args__ = (UniqueConstraint("run_id", "outlet"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id"))
    outlet: Mapped[str] = mapped_column(String(200))
    discovered: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    duplicate: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)


class FetchLog(Base):
    __tablename__ = "fetch_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"), index=True)
    outlet: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(20))
    status: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(20))
    error: Mapped[str | None] = mapped_column(Text)
    bytes: Mapped[int] = mapped_column(Integer, default=0)
    elapsed_ms: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)


class FeedState(Base):
    """Validators of the last fetch of a feed, for conditional GET."""

    __tablename__ = "feed_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(URL_LENGTH), unique=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_status: Mapped[int | None] = mapped_column(Integer)
    checked_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)


class FrontierUrl(Base):
    """A discovered article URL waiting to be fetched; survives a killed crawl."""

    __tablename__ = "frontier"
    __table_args__ = (Index("ix_frontier_state_outlet", "state", "outlet"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(URL_LENGTH), unique=True)
    outlet: Mapped[str] = mapped_column(String(200))
    discovered_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)
    source: Mapped[str] = mapped_column(String(20))
    hint: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)


class ArticleClassification(Base):
    """What one model version said about one article. The article's current classification is
    its latest row (``classified_at``, then ``id``); a re-run of the same version updates its row.
    ``label_scores`` and ``reasons`` are JSON text."""

    __tablename__ = "classifications"
    __table_args__ = (UniqueConstraint("article_id", "model_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    model_version: Mapped[str] = mapped_column(String(100))
    relevant: Mapped[bool] = mapped_column(Boolean)
    relevance_score: Mapped[float] = mapped_column(Float)
    label: Mapped[str | None] = mapped_column(String(40))
    label_scores: Mapped[str] = mapped_column(Text, default="{}")
    action_needed: Mapped[bool] = mapped_column(Boolean, index=True)
    province: Mapped[str | None] = mapped_column(String(100))
    office: Mapped[str | None] = mapped_column(String(200))
    reasons: Mapped[str] = mapped_column(Text, default="[]")
    classified_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)


class Relabel(Base):
    """A person's correction of an article's classification. Append-only: never updated or
    deleted by the code; the latest one per article is training feedback."""

    __tablename__ = "relabels"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    by: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)
    old_relevant: Mapped[bool | None] = mapped_column(Boolean)
    old_label: Mapped[str | None] = mapped_column(String(40))
    new_relevant: Mapped[bool] = mapped_column(Boolean)
    new_label: Mapped[str | None] = mapped_column(String(40))
    new_province: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)


# --- workflow: users, cases, covered articles, assignees, audit trail, documents, evidence ------
class User(Base):
    """A person of the working group. ``role`` is one of ``workflow.states.ROLES``; a disabled
    user keeps their history but may no longer act. ``password_hash`` is an argon2 hash."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    full_name: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str | None] = mapped_column(String(320))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)


class Case(Base):
    """A handled story, reader letter or media crisis (``workflow.cases``). ``open_story_id``
    equals ``story_id`` while the case is open and is NULL otherwise: its unique constraint keeps
    one open case per story on every back end. Overdue status is computed, never stored."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    state: Mapped[str] = mapped_column(String(40), index=True)
    severity: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    province: Mapped[str | None] = mapped_column(String(100), index=True)
    office: Mapped[str | None] = mapped_column(String(200))
    opened_by: Mapped[str] = mapped_column(String(100))
    opened_at: Mapped[datetime] = mapped_column(AwareDateTime)
    state_entered_at: Mapped[datetime] = mapped_column(AwareDateTime)
    story_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id"), index=True)
    open_story_id: Mapped[int | None] = mapped_column(Integer, unique=True)
    opening_article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    opening_label: Mapped[str | None] = mapped_column(String(40))
    opening_score: Mapped[float | None] = mapped_column(Float)
    opening_model_version: Mapped[str | None] = mapped_column(String(100))
    outcome: Mapped[str | None] = mapped_column(Text)  # the closing note
    # workflow.states.OUTCOMES: required when closing, set when the outlet responds (migration 0008)
    outcome_key: Mapped[str | None] = mapped_column(String(30))
    closed_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    sender_name: Mapped[str | None] = mapped_column(Text)
    sender_contact: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    forwarded_by: Mapped[str | None] = mapped_column(Text)


class CaseArticle(Base):
    """An article covered by a case."""

    __tablename__ = "case_articles"
    __table_args__ = (UniqueConstraint("case_id", "article_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    added_by: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)


class CaseAssignee(Base):
    __tablename__ = "case_assignees"
    __table_args__ = (UniqueConstraint("case_id", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    assigned_by: Mapped[str] = mapped_column(String(100))
    assigned_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)


class CaseEvent(Base):
    """The audit trail of a case, append-only (updates and deletes are refused). ``data`` and
    ``attachment_ids`` are JSON text; a case can be rebuilt from its events alone."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(30))
    from_state: Mapped[str | None] = mapped_column(String(40))
    to_state: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    data: Mapped[str] = mapped_column(Text, default="{}")
    attachment_ids: Mapped[str] = mapped_column(Text, default="[]")

    @property
    def details(self) -> dict[str, Any]:
        """``data`` parsed (the action's details: office, people, key, changes…)."""
        return json.loads(self.data or "{}")


class CaseDocument(Base):
    """A file of a case: an attachment a person added or a document the system generated."""

    __tablename__ = "case_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(200))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)


class CaseEvidence(Base):
    """An archived copy of a covered article: the response body as crawled (uncompressed), the
    extracted text and their SHA-256. Immutable. ``snapshot`` 0 is the copy taken when the article
    joined the case; 1, 2, … are later copies the re-fetch watch (``workflow.watch``) archived
    when it found the outlet's page changed."""

    __tablename__ = "case_evidence"
    __table_args__ = (UniqueConstraint("case_id", "article_id", "snapshot"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    snapshot: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    url: Mapped[str] = mapped_column(String(URL_LENGTH))
    outlet: Mapped[str] = mapped_column(String(200))
    raw_html: Mapped[bytes] = mapped_column(LargeBinary)
    encoding: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    fetched_at: Mapped[datetime] = mapped_column(AwareDateTime)
    archived_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)
    raw_sha256: Mapped[str] = mapped_column(String(64))
    text_sha256: Mapped[str] = mapped_column(String(64))


def _refuse_change(mapper: Any, connection: Any, target: Any) -> None:
    raise ValueError(f"{type(target).__name__} rows are append-only and cannot be changed")


for _immutable in (CaseEvent, CaseEvidence):
    event.listen(_immutable, "before_update", _refuse_change)
    event.listen(_immutable, "before_delete", _refuse_change)


# --- digest: the stored message of each day's digest, deliveries per recipient, urgent alerts ---
class DigestIssue(Base):
    """The digest of one day as last built for sending (``digest.delivery``): the whole message
    (``.eml`` bytes), so a digest that could not be sent stays queued and is never lost."""

    __tablename__ = "digest_issues"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest_date: Mapped[date] = mapped_column(Date, unique=True)
    message_id: Mapped[str] = mapped_column(String(255))
    message: Mapped[bytes] = mapped_column(LargeBinary)
    items: Mapped[int] = mapped_column(Integer, default=0)
    built_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)


class DigestDelivery(Base):
    """Delivery of one day's digest to one recipient. ``status``: queued (not delivered yet; the
    next send retries it), sent (accepted by the SMTP relay) or outbox (written to the outbox
    folder, no SMTP configured)."""

    __tablename__ = "digest_deliveries"
    __table_args__ = (UniqueConstraint("digest_date", "recipient"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest_date: Mapped[date] = mapped_column(Date, index=True)
    recipient: Mapped[str] = mapped_column(String(320))
    field: Mapped[str] = mapped_column(String(3))  # to, cc or bcc
    status: Mapped[str] = mapped_column(String(20), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[str | None] = mapped_column(String(255))
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(AwareDateTime)


class DigestAlert(Base):
    """The urgent alert about one story (at most one per story: ``story_key`` is "story:<id>", or
    "article:<id>" for an article outside any story), with its message and delivery status
    (queued, sent or outbox)."""

    __tablename__ = "digest_alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_key: Mapped[str] = mapped_column(String(40), unique=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(255))
    message: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(AwareDateTime)


# --- web app: login attempts, for the rate limit that survives restarts and spans processes ---
class LoginAttempt(Base):
    """One login attempt at the web app (``web.ratelimit``). ``username`` is as typed (folded),
    ``client`` the client address; rows older than the rate-limit window are pruned."""

    __tablename__ = "login_attempts"
    __table_args__ = (
        Index("ix_login_attempts_username_at", "username", "at"),
        Index("ix_login_attempts_client_at", "client", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow, index=True)
    username: Mapped[str] = mapped_column(String(100))
    client: Mapped[str] = mapped_column(String(64))
    success: Mapped[bool] = mapped_column(Boolean)
