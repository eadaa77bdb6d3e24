"""Alembic environment of Điểm tin THADS.

Called programmatically by :func:`storage.db.upgrade`, which passes an open connection in
``config.attributes["connection"]``. From the command line (``alembic -c alembic.ini ...``) the URL
comes from ``config.attributes["url"]`` or the ``sqlalchemy.url`` option. Nothing reads the
environment or depends on the working directory. SQLite migrations render in batch mode.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from storage.db import make_engine
from storage.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _offline() -> None:
    context.configure(
        url=config.attributes.get("url") or config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.attributes.get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("alembic: no database URL (set sqlalchemy.url, e.g. alembic -x or -c)")
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    _offline()
else:
    _online()
