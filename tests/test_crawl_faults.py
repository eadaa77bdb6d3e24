"""Fault injection: every way an outlet can misbehave is logged per item, counted, and never stops
the run. Real Scrapy crawls over HTTP against a local misbehaving server
(tests/support/faultserver)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.db import make_engine
from storage.models import Article, CrawlRun, CrawlRunOutlet, FetchLog, FrontierUrl
from tests.support.cli import diemtin, fast_crawl_env
from tests.support.faultserver import REGISTRY, FaultServer

pytestmark = pytest.mark.slow

STORED = {
    "ok-0": "Bài số 0 về thi hành án",
    "ok-1": "Bài số 1 về thi hành án",
    "ok-2": "Bài số 2 về thi hành án",
    "malformed": "Trang HTML hỏng",
    "nocharset": "Không khai báo bảng mã",
    "wrongcharset": "Khai báo sai bảng mã",
    "cp1258": "Trang mã Windows-1258",
    "flaky": "Trang lúc được lúc không",
}
FAILED = {  # page → (stage, a fragment of the logged error)
    "empty": ("extract", "empty"),
    "loop-a": ("article", "redirect"),
    "gone": ("article", "HTTP 404"),
    "error": ("article", "HTTP 500"),
    "slow": ("article", "took longer than"),
    "truncated": ("article", "DataLoss"),
    "huge": ("article", "max size"),
    "binary": ("extract", ""),
}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("faults")
    registry = tmp / "faults.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    db_url = f"sqlite:///{tmp / 'diemtin.sqlite3'}"
    with FaultServer() as server:
        env = fast_crawl_env(
            tmp, db_url, server.url, DIEMTIN_MAX_PAGE_BYTES="60000", DIEMTIN_DOWNLOAD_TIMEOUT="2"
        )
        first = diemtin(["crawl", "--outlets", str(registry)], env)
        hits_first = list(server.site.hits)
        server.site.hits.clear()
        second = diemtin(["crawl", "--outlets", str(registry)], env)
        hits_second = list(server.site.hits)
    return {
        "tmp": tmp,
        "db": db_url,
        "first": first,
        "second": second,
        "hits_first": hits_first,
        "hits_second": hits_second,
    }


def _session(crawled: dict) -> Session:
    return Session(make_engine(crawled["db"]))


def test_run_finishes_despite_every_fault(crawled: dict) -> None:
    first = crawled["first"]
    assert first.returncode == 0, first.stderr
    assert "faults" in first.stdout and "Tổng" in first.stdout
    with _session(crawled) as session:
        run = session.scalars(select(CrawlRun).order_by(CrawlRun.id)).first()
        assert run is not None and run.status == "finished"
        counts = session.scalars(
            select(CrawlRunOutlet).where(CrawlRunOutlet.run_id == run.id)
        ).one()
        assert counts.new == len(STORED)
        # every failed article plus the feed that is not a feed
        assert counts.failed == len(FAILED) + 1


def test_good_and_odd_pages_are_stored_with_correct_vietnamese(crawled: dict) -> None:
    with _session(crawled) as session:
        titles = {
            a.canonical_url.rsplit("/", 1)[1][:-5]: a for a in session.scalars(select(Article))
        }
    assert set(titles) == set(STORED)
    for key, title in STORED.items():
        article = titles[key]
        assert article.title == title
        assert "Chấp hành viên Thi hành án dân sự tỉnh Nghệ An" in article.text
        assert "?" not in article.text and "\ufffd" not in article.text
        assert article.canonical_url.startswith("https://faults.test/bai/")  # utm_ dropped


def test_each_failure_is_logged_with_outlet_url_and_stage(crawled: dict) -> None:
    with _session(crawled) as session:
        errors = session.scalars(select(FetchLog).where(FetchLog.outcome == "error")).all()
    by_page = {e.url.rsplit("/", 1)[1].removesuffix(".html"): e for e in errors if e.run_id == 1}
    for page, (stage, fragment) in FAILED.items():
        entry = by_page[page]
        assert entry.outlet == "faults"
        assert entry.stage == stage, (page, entry.stage, entry.error)
        assert fragment.lower() in (entry.error or "").lower(), (page, entry.error)
    feed = by_page["broken.rss"]
    assert feed.stage == "feed" and "no feed entries" in feed.error


def test_robots_txt_is_obeyed(crawled: dict) -> None:
    assert "/private/secret.html" not in crawled["hits_first"]
    with _session(crawled) as session:
        row = session.scalars(select(FrontierUrl).where(FrontierUrl.url.like("%secret%"))).one()
    assert row.state == "failed" and "robots" in row.last_error


def test_retry_recovers_a_flaky_page(crawled: dict) -> None:
    assert crawled["hits_first"].count("/bai/flaky.html") == 2


def test_second_run_fetches_only_what_may_have_changed(crawled: dict) -> None:
    second = crawled["second"]
    assert second.returncode == 0, second.stderr
    hits = crawled["hits_second"]
    assert "/feed.rss" in hits  # conditional GET: answered 304
    # stored, permanently failed and robots-forbidden pages are not requested again
    for page in ("ok-0", "ok-1", "cp1258", "gone", "empty", "binary"):
        assert f"/bai/{page}.html" not in hits
    # transient failures are retried (up to three attempts in all)
    assert "/bai/error.html" in hits and "/bai/slow.html" in hits
    with _session(crawled) as session:
        assert session.query(Article).count() == len(STORED)  # nothing doubled


def test_crawl_log_file_names_outlet_url_and_stage(crawled: dict) -> None:
    log = (Path(crawled["tmp"]) / "logs" / "crawl.log").read_text(encoding="utf-8")
    assert "outlet=faults stage=article url=https://faults.test/bai/gone.html" in log
