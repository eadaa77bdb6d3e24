"""Classifications (one row per article and model version) and relabels (append-only feedback).

Written from storage/models.py by hand, in the style of 0001: timestamps are plain
``DateTime(timezone=True)``; constraint names follow the naming convention of
``storage.models.Base.metadata``.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "classifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("model_version", sa.String(length=100), nullable=False),
        sa.Column("relevant", sa.Boolean(), nullable=False),
        sa.Column("relevance_score", sa.Float(), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=True),
        sa.Column("label_scores", sa.Text(), nullable=False),
        sa.Column("action_needed", sa.Boolean(), nullable=False),
        sa.Column("province", sa.String(length=100), nullable=True),
        sa.Column("office", sa.String(length=200), nullable=True),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("classified_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_classifications_article_id_articles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classifications")),
        sa.UniqueConstraint(
            "article_id", "model_version", name=op.f("uq_classifications_article_id_model_version")
        ),
    )
    with op.batch_alter_table("classifications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_classifications_article_id"), ["article_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_classifications_action_needed"), ["action_needed"], unique=False
        )

    op.create_table(
        "relabels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("old_relevant", sa.Boolean(), nullable=True),
        sa.Column("old_label", sa.String(length=40), nullable=True),
        sa.Column("new_relevant", sa.Boolean(), nullable=False),
        sa.Column("new_label", sa.String(length=40), nullable=True),
        sa.Column("new_province", sa.String(length=100), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_relabels_article_id_articles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relabels")),
    )
    with op.batch_alter_table("relabels", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_relabels_article_id"), ["article_id"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("relabels", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relabels_article_id"))

    op.drop_table("relabels")
    with op.batch_alter_table("classifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_classifications_action_needed"))
        batch_op.drop_index(batch_op.f("ix_classifications_article_id"))

    op.drop_table("classifications")
