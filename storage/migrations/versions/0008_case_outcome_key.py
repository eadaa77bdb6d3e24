"""How a case ended as a checked choice: ``cases.outcome_key``.

One of ``workflow.states.OUTCOMES`` (corrected, reply_published, refused, accurate, no_action):
required when a case is closed, recorded when the outlet responds (corrected or refused) and implied
when a case is dismissed (no_action). ``cases.outcome`` keeps the closing note as before. Dismissed
cases get ``no_action``; cases closed before this revision keep no key (unknown).

Written from storage/models.py by hand, in the style of 0001–0007.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("outcome_key", sa.String(length=30), nullable=True))
    op.execute("UPDATE cases SET outcome_key = 'no_action' WHERE state = 'dismissed'")


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("outcome_key")
