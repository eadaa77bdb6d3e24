"""Shared fixtures: a fresh database per test, on SQLite and (when configured) PostgreSQL.

PostgreSQL runs only when ``DIEMTIN_TEST_DATABASE_URL`` names a server database, e.g.
``postgresql+psycopg://postgres@127.0.0.1:5432/test``; each test gets its own schema there.
"""

from __future__ import annotations

import fcntl
import os
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from storage.db import make_engine, upgrade
from storage.models import LOCAL_TZ
from storage.records import ArticleRecord

PG_ENV = "DIEMTIN_TEST_DATABASE_URL"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the tests marked ``slow`` first (in collection order among themselves): with
    ``pytest -n 2`` the long ones (the full classifier evaluation, the end-to-end crawls) then
    start on both workers at once and the short ones fill the end, instead of one long test
    starting last while the other worker sits idle."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def _postgres_url(schema_owner_url: str) -> Iterator[str]:
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = make_engine(schema_owner_url).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(schema_owner_url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of an empty database (no tables)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'db' / 'diemtin.sqlite3'}"
        return
    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"{PG_ENV} is not set: PostgreSQL variant skipped (CI sets it)")
    yield from _postgres_url(server)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on a freshly migrated database."""
    eng = make_engine(db_url)
    upgrade(eng)
    try:
        yield eng
    finally:
        eng.dispose()


@pytest.fixture
def make_record() -> Callable[..., ArticleRecord]:
    """Factory of valid :class:`ArticleRecord` objects; keyword arguments override fields."""

    def build(n: int = 1, **fields: Any) -> ArticleRecord:
        url = fields.pop("url", f"https://baophapluat.vn/thi-hanh-an/bai-{n}.html")
        values: dict[str, Any] = {
            "url": url,
            "canonical_url": url,
            "outlet": "baophapluat",
            "title": f"Cưỡng chế thi hành án dân sự, bài {n}",
            "lead": "Chi cục Thi hành án dân sự tổ chức cưỡng chế.",
            "text": f"Bài số {n}. Chấp hành viên đã tổ chức cưỡng chế giao nhà theo bản án.",
            "author": "Minh Anh",
            "section": "Thi hành án",
            "published_at": datetime(2025, 7, 12, 9, 30, tzinfo=LOCAL_TZ),
            "fetched_at": datetime(2025, 7, 12, 10, 0, tzinfo=LOCAL_TZ),
            "extraction_route": "selectors",
            "raw_html": f"<html><body><p>Bài số {n}</p></body></html>".encode(),
            "raw_encoding": "utf-8",
            "http_status": 200,
        }
        values.update(fields)
        return ArticleRecord(**values)

    return build


@pytest.fixture(scope="session")
def trained_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path of a classifier artifact trained once per test run on the committed corpus, shared by
    the xdist workers (the first one trains under a file lock, the others wait and reuse it);
    tests must copy it before changing it."""
    from classifier.api import train

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    path = shared / "shared-model" / "classifier.joblib"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.parent / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not path.exists():
                partial = path.with_suffix(".partial")
                train(partial, n_jobs=2)
                partial.rename(path)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return path


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small training corpus (DIEMTIN_TRAINING_CORPUS): every relevant and hard-negative example
    of the bundled corpus and every 10th other one, so the CLI's training runs take seconds."""
    from classifier.models import CORPUS

    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    keep = [
        line
        for n, line in enumerate(lines)
        if n % 10 == 0 or '"relevant": true' in line or '"hard_negative": true' in line
    ]
    path = tmp_path_factory.mktemp("corpus") / "small.jsonl"
    path.write_text("\n".join(keep) + "\n", encoding="utf-8")
    return path
