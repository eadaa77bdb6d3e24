"""Dialect-specific ``INSERT … ON CONFLICT`` for SQLite and PostgreSQL.

These make concurrent writers safe: two processes inserting the same unique key get one row, and
neither fails; the caller re-reads the row afterwards.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage.db import StorageError
from storage.models import Base


def _insert_for(session: Session, table: Table) -> Any:
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return sqlite.insert(table)
    if dialect == "postgresql":
        return postgresql.insert(table)
    raise StorageError(f"unsupported database dialect {dialect!r} (use SQLite or PostgreSQL)")


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def insert_ignore(
    session: Session, model: type[Base], rows: Sequence[Mapping[str, Any]], conflict: Sequence[str]
) -> int:
    """Insert ``rows`` into ``model``'s table, skipping any whose ``conflict`` columns already
    exist. Returns how many rows were inserted."""
    table = _table(model)
    if not rows:
        return 0
    inserted = 0
    for row in rows:
        stmt = (
            _insert_for(session, table)
            .values(dict(row))
            .on_conflict_do_nothing(index_elements=list(conflict))
            .returning(*table.primary_key.columns)
        )
        # rowcount is not reliable across drivers for ON CONFLICT; RETURNING is.
        inserted += len(session.execute(stmt).all())
    return inserted


def upsert(
    session: Session,
    model: type[Base],
    row: Mapping[str, Any],
    conflict: Sequence[str],
    update: Sequence[str],
) -> None:
    """Insert ``row``, or update its ``update`` columns when the ``conflict`` key exists."""
    stmt = _insert_for(session, _table(model)).values(dict(row))
    stmt = stmt.on_conflict_do_update(
        index_elements=list(conflict), set_={name: stmt.excluded[name] for name in update}
    )
    session.execute(stmt)
