"""Several archived copies of one covered article: ``case_evidence.snapshot``.

Snapshot 0 is the copy taken when the article joined the case (as before); the re-fetch watch of
corrected articles (``workflow.watch``) adds 1, 2, … when it finds the outlet's page changed, so the
old and the new copies are both kept. The unique key becomes (case, article, snapshot).

Written from storage/models.py by hand, in the style of 0001–0006.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("case_evidence", schema=None) as batch_op:
        batch_op.add_column(sa.Column("snapshot", sa.Integer(), server_default="0", nullable=False))
        batch_op.drop_constraint("uq_case_evidence_case_id_article_id", type_="unique")
        batch_op.create_unique_constraint(
            "uq_case_evidence_case_id_article_id_snapshot", ["case_id", "article_id", "snapshot"]
        )


def downgrade() -> None:
    """Downgrade schema (later snapshots are dropped: the old key allows one copy per article)."""
    op.execute("DELETE FROM case_evidence WHERE snapshot <> 0")
    with op.batch_alter_table("case_evidence", schema=None) as batch_op:
        batch_op.drop_constraint("uq_case_evidence_case_id_article_id_snapshot", type_="unique")
        batch_op.create_unique_constraint(
            "uq_case_evidence_case_id_article_id", ["case_id", "article_id"]
        )
        batch_op.drop_column("snapshot")
