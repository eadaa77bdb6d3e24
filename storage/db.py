"""Engines, sessions and schema upgrades.

SQLite connections get WAL, foreign keys, a 30 s busy timeout and ``synchronous=NORMAL``; every
SQLite transaction starts with ``BEGIN IMMEDIATE`` so that concurrent writers queue on the busy
timeout instead of failing when a read transaction tries to become a write transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=30000",
    "PRAGMA synchronous=NORMAL",
)


class StorageError(Exception):
    """The database cannot be used: bad URL, unreachable server, broken schema, locked file."""


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let the "begin" event emit BEGIN itself (the pysqlite driver's own BEGIN is deferred).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _on_sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    """An engine for ``url``. SQLite files get their parent folder created and the pragmas above.

    Raises :class:`StorageError` on a malformed URL or a database driver that is not installed.
    """
    try:
        parsed = make_url(url)
    except exc.ArgumentError as error:
        raise StorageError(f"invalid database URL {url!r}: {error}") from None
    try:
        if parsed.get_backend_name() != "sqlite":
            return create_engine(parsed, pool_pre_ping=True)
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed)
    except (exc.NoSuchModuleError, exc.ArgumentError, ImportError) as error:
        raise StorageError(f"cannot use database URL {parsed!r}: {error}") from None
    except OSError as error:
        raise StorageError(
            f"cannot create the folder of SQLite database {database}: {error}"
        ) from None
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _describe(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _alembic_config(connection: Any) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest revision of the bundled migrations."""
    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    if head is None:
        raise StorageError(f"no migrations found in {MIGRATIONS_DIR}")
    return head


def upgrade(url_or_engine: str | Engine) -> None:
    """Apply every pending migration (``alembic upgrade head``), programmatically."""
    engine = make_engine(url_or_engine) if isinstance(url_or_engine, str) else url_or_engine
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "head")
    except exc.OperationalError as error:
        raise StorageError(f"cannot migrate database {_describe(engine)}: {error.orig}") from None
    finally:
        if isinstance(url_or_engine, str):
            engine.dispose()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except exc.OperationalError as error:
        raise StorageError(f"cannot open database {_describe(engine)}: {error.orig}") from None


def ensure_schema(engine: Engine) -> None:
    """Upgrade the database if it is not at the newest revision (one cheap query when it is)."""
    if current_revision(engine) != head_revision():
        upgrade(engine)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits when the block ends normally and rolls back on an exception.

    Connection-level failures (server down, file locked past the busy timeout) surface as
    :class:`StorageError`.
    """
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except exc.OperationalError as error:
        session.rollback()
        raise StorageError(f"database error on {_describe(engine)}: {error.orig}") from None
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


class Database:
    """An engine and its session factory, for callers that keep both together."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self.sessionmaker()

    def scope(self) -> Any:
        return session_scope(self.engine)

    def ensure_schema(self) -> None:
        ensure_schema(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()
