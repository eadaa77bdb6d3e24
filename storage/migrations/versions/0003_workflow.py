"""Correction workflow: users, cases, covered articles, assignees, the audit trail, documents and
archived evidence.

Written from storage/models.py by hand, in the style of 0001/0002: timestamps are plain
``DateTime(timezone=True)``; constraint names follow the naming convention of
``storage.models.Base.metadata``.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def _index(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=40), nullable=False),
        sa.Column("severity", sa.String(length=10), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("province", sa.String(length=100), nullable=True),
        sa.Column("office", sa.String(length=200), nullable=True),
        sa.Column("opened_by", sa.String(length=100), nullable=False),
        sa.Column("opened_at", TS, nullable=False),
        sa.Column("state_entered_at", TS, nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=True),
        sa.Column("open_story_id", sa.Integer(), nullable=True),
        sa.Column("opening_article_id", sa.Integer(), nullable=True),
        sa.Column("opening_label", sa.String(length=40), nullable=True),
        sa.Column("opening_score", sa.Float(), nullable=True),
        sa.Column("opening_model_version", sa.String(length=100), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("closed_at", TS, nullable=True),
        sa.Column("sender_name", sa.Text(), nullable=True),
        sa.Column("sender_contact", sa.Text(), nullable=True),
        sa.Column("received_at", TS, nullable=True),
        sa.Column("forwarded_by", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name=op.f("fk_cases_story_id_stories")
        ),
        sa.ForeignKeyConstraint(
            ["opening_article_id"],
            ["articles.id"],
            name=op.f("fk_cases_opening_article_id_articles"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("code", name=op.f("uq_cases_code")),
        sa.UniqueConstraint("open_story_id", name=op.f("uq_cases_open_story_id")),
    )
    _index("cases", "kind", "state", "province", "story_id")

    op.create_table(
        "case_articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.Column("added_at", TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_articles_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_case_articles_article_id_articles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_articles")),
        sa.UniqueConstraint(
            "case_id", "article_id", name=op.f("uq_case_articles_case_id_article_id")
        ),
    )
    _index("case_articles", "case_id", "article_id")

    op.create_table(
        "case_assignees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("assigned_by", sa.String(length=100), nullable=False),
        sa.Column("assigned_at", TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_assignees_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_case_assignees_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_assignees")),
        sa.UniqueConstraint("case_id", "user_id", name=op.f("uq_case_assignees_case_id_user_id")),
    )
    _index("case_assignees", "case_id", "user_id")

    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("from_state", sa.String(length=40), nullable=True),
        sa.Column("to_state", sa.String(length=40), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("attachment_ids", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_events_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
    )
    _index("case_events", "case_id")

    op.create_table(
        "case_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=200), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_documents_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_documents")),
    )
    _index("case_documents", "case_id")

    op.create_table(
        "case_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("outlet", sa.String(length=200), nullable=False),
        sa.Column("raw_html", sa.LargeBinary(), nullable=False),
        sa.Column("encoding", sa.String(length=40), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("lead", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("published_at", TS, nullable=True),
        sa.Column("fetched_at", TS, nullable=False),
        sa.Column("archived_at", TS, nullable=False),
        sa.Column("raw_sha256", sa.String(length=64), nullable=False),
        sa.Column("text_sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_evidence_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_case_evidence_article_id_articles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_evidence")),
        sa.UniqueConstraint(
            "case_id", "article_id", name=op.f("uq_case_evidence_case_id_article_id")
        ),
    )
    _index("case_evidence", "case_id", "article_id")


def downgrade() -> None:
    """Downgrade schema."""
    for table, columns in (
        ("case_evidence", ("case_id", "article_id")),
        ("case_documents", ("case_id",)),
        ("case_events", ("case_id",)),
        ("case_assignees", ("case_id", "user_id")),
        ("case_articles", ("case_id", "article_id")),
        ("cases", ("kind", "state", "province", "story_id")),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
        op.drop_table(table)
    op.drop_table("users")
