"""Migrations, schema checks, engine settings and storage errors."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from storage.db import (
    Database,
    StorageError,
    current_revision,
    ensure_schema,
    head_revision,
    make_engine,
    session_scope,
    upgrade,
)
from storage.models import Base
from storage.search import include_in_model_comparison

TABLES = {
    "outlets",
    "stories",
    "articles",
    "article_urls",
    "crawl_runs",
    "crawl_run_outlets",
    "fetch_log",
    "feed_state",
    "frontier",
}


def test_migrations_apply_on_empty_database(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) is None
        upgrade(db_url)
        assert current_revision(engine) == head_revision()
        assert TABLES <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_ensure_schema_is_idempotent(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        ensure_schema(engine)
        ensure_schema(engine)
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        assert rows == [(head_revision(),)]
    finally:
        engine.dispose()


def test_models_match_migrations(engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": include_in_model_comparison}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_sqlite_pragmas_and_parent_folder(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "x.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert path.exists()
    finally:
        engine.dispose()


def test_bad_url_raises_storage_error() -> None:
    with pytest.raises(StorageError, match="invalid database URL"):
        make_engine("not a url")
    with pytest.raises(StorageError, match="cannot use database URL"):
        make_engine("nosuchdialect://x/y")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_database_raises_storage_error() -> None:
    url = f"postgresql+psycopg://nobody@127.0.0.1:{_closed_port()}/nothing?connect_timeout=2"
    engine = make_engine(url)
    with pytest.raises(StorageError, match="cannot open database"):
        ensure_schema(engine)
    with pytest.raises(StorageError, match="cannot migrate database"):
        upgrade(url)
    with pytest.raises(StorageError, match="database error"):
        with session_scope(engine) as session:
            session.execute(text("SELECT 1"))


def test_unwritable_sqlite_folder_raises_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="cannot create the folder"):
        make_engine(f"sqlite:///{blocker / 'sub' / 'db.sqlite3'}")


def test_database_helper(db_url: str) -> None:
    db = Database(db_url)
    try:
        db.ensure_schema()
        with db.scope() as session:
            assert session.execute(text("SELECT COUNT(*) FROM articles")).scalar() == 0
    finally:
        db.dispose()
