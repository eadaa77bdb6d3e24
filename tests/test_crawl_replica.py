"""End to end: real Scrapy crawls over HTTP of the bundled offline replica (SQLite, PostgreSQL)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crawlers.registry import load_registry
from replica.server import ReplicaServer, today_shift
from storage.db import make_engine
from storage.models import Article, CrawlRun, Outlet
from tests.support.cli import clean_env, diemtin, fast_crawl_env

pytestmark = pytest.mark.slow


@pytest.fixture
def crawled(db_url: str, tmp_path: Path) -> dict:
    log: list[tuple[str, str, int]] = []
    with ReplicaServer(port=0, date_shift_days=today_shift(), request_log=log) as server:
        env = fast_crawl_env(
            tmp_path, db_url, server.url, DIEMTIN_CONCURRENT_REQUESTS_PER_DOMAIN="4"
        )
        first = diemtin(["crawl"], env)
        log_first = list(log)
        log.clear()
        second = diemtin(["crawl"], env)
        log_second = list(log)
    return {
        "db": db_url,
        "env": env,
        "first": first,
        "second": second,
        "log_first": log_first,
        "log_second": log_second,
    }


def test_replica_crawl_end_to_end(crawled: dict) -> None:
    first, second = crawled["first"], crawled["second"]
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    specs = load_registry()
    engine = make_engine(crawled["db"])
    with Session(engine) as session:
        articles = session.scalars(select(Article)).all()
        outlets = {o.id: o.name for o in session.scalars(select(Outlet))}
        runs = session.scalars(select(CrawlRun).order_by(CrawlRun.id)).all()
    engine.dispose()

    # every outlet of the registry yields articles; the replica holds ~500 pages
    assert len(articles) >= 450
    per_outlet = {name: 0 for name in outlets.values()}
    for a in articles:
        per_outlet[outlets[a.outlet_id]] += 1
    assert {s.name for s in specs} <= {n for n, c in per_outlet.items() if c >= 3}

    # real THADS stories, Vietnamese text normalised, dates in Asia/Ho_Chi_Minh
    thads = [a for a in articles if "thi hành án dân sự" in a.text.lower()]
    assert len(thads) >= 20
    assert any(outlets[a.outlet_id] == "baophapluat" for a in thads)
    for a in articles:
        assert unicodedata.is_normalized("NFC", a.title + a.text)
        assert a.title and len(a.text) >= 40
        assert a.extraction_route in {"selectors", "trafilatura", "feed_summary", "lead"}
    dated = [a for a in articles if a.published_at is not None]
    assert len(dated) >= 0.95 * len(articles)
    assert all(a.published_at.utcoffset().total_seconds() == 7 * 3600 for a in dated)

    # syndicated copies across outlets join one story
    stories: dict[int, set[str]] = {}
    for a in articles:
        stories.setdefault(a.story_id, set()).add(outlets[a.outlet_id])
    assert sum(1 for members in stories.values() if len(members) >= 2) >= 4

    # the second run of unchanged sources fetches no article page at all
    assert [r.status for r in runs] == ["finished", "finished"]
    article_requests = [
        (host, path)
        for host, path, _status in crawled["log_second"]
        if any(
            s.owns(f"https://{host}{path}") and s.is_article_url(f"https://{host}{path}")
            for s in specs
        )
    ]
    assert article_requests == []
    assert len(crawled["log_second"]) < len(crawled["log_first"]) / 3


def test_export_jsonl_and_csv(crawled: dict, tmp_path: Path) -> None:
    env = crawled["env"]
    out = diemtin(["export", "--format", "jsonl"], env)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) >= 450
    required = {
        "id",
        "url",
        "canonical_url",
        "outlet",
        "title",
        "lead",
        "text",
        "author",
        "published_at",
        "story_id",
        "outlets_in_story",
    }
    assert all(required <= set(r) for r in rows)
    dated = [r for r in rows if r["published_at"]]
    assert dated and all(r["published_at"].endswith("+07:00") for r in dated)
    syndicated = [r for r in rows if len(r["outlets_in_story"]) >= 2]
    assert syndicated and all(r["outlet"] in r["outlets_in_story"] for r in syndicated)

    target = tmp_path / "out" / "articles.csv"
    out = diemtin(["export", "--format", "csv", "--out", str(target)], env)
    assert out.returncode == 0, out.stderr
    table = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(table) == len(rows)
    assert required <= set(table[0])

    newest = max(r["published_at"] for r in dated)[:10]
    since = diemtin(["export", "--since", newest], env)
    recent = [json.loads(line) for line in since.stdout.splitlines()]
    assert 0 < len(recent) < len(rows)
    assert all((r["published_at"] or "")[:10] >= newest for r in recent if r["published_at"])


def test_offline_flag_runs_the_bundled_replica(tmp_path: Path) -> None:
    env = clean_env({"DIEMTIN_DATA_DIR": str(tmp_path)})
    out = diemtin(["crawl", "--offline", "--outlet", "thads", "--outlet", "moj"], env)
    assert out.returncode == 0, out.stderr
    assert "thads" in out.stdout and "moj" in out.stdout and "Tổng" in out.stdout
    assert (tmp_path / "diemtin.sqlite3").exists()
    listing = diemtin(["export"], env)
    assert len(listing.stdout.splitlines()) >= 5
