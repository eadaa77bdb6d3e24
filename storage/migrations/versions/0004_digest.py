"""Digest: the stored message of each day's digest, its deliveries per recipient, urgent alerts.

Written from storage/models.py by hand, in the style of 0001–0003: timestamps are plain
``DateTime(timezone=True)``; constraint names follow the naming convention of
``storage.models.Base.metadata``.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "digest_issues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest_date", sa.Date(), nullable=False),
        sa.Column("message_id", sa.String(length=255), nullable=False),
        sa.Column("message", sa.LargeBinary(), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("built_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_digest_issues")),
        sa.UniqueConstraint("digest_date", name=op.f("uq_digest_issues_digest_date")),
    )
    op.create_table(
        "digest_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest_date", sa.Date(), nullable=False),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("field", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("message_id", sa.String(length=255), nullable=True),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("delivered_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_digest_deliveries")),
        sa.UniqueConstraint(
            "digest_date", "recipient", name=op.f("uq_digest_deliveries_digest_date_recipient")
        ),
    )
    with op.batch_alter_table("digest_deliveries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_digest_deliveries_digest_date"), ["digest_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_digest_deliveries_status"), ["status"], unique=False)
    op.create_table(
        "digest_alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("story_key", sa.String(length=40), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("message_id", sa.String(length=255), nullable=False),
        sa.Column("message", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("delivered_at", TS, nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_digest_alerts_article_id_articles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_digest_alerts")),
        sa.UniqueConstraint("story_key", name=op.f("uq_digest_alerts_story_key")),
    )
    with op.batch_alter_table("digest_alerts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_digest_alerts_article_id"), ["article_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_digest_alerts_status"), ["status"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("digest_alerts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_digest_alerts_status"))
        batch_op.drop_index(batch_op.f("ix_digest_alerts_article_id"))
    op.drop_table("digest_alerts")
    with op.batch_alter_table("digest_deliveries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_digest_deliveries_status"))
        batch_op.drop_index(batch_op.f("ix_digest_deliveries_digest_date"))
    op.drop_table("digest_deliveries")
    op.drop_table("digest_issues")
