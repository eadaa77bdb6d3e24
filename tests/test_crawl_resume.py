"""A crawl killed halfway (SIGKILL or SIGINT) loses no stored article and the next run resumes."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.crawlruns import pid_alive
from storage.db import make_engine
from storage.models import Article, CrawlRun, FetchLog
from tests.support.cli import diemtin, diemtin_popen, fast_crawl_env
from tests.support.faultserver import REGISTRY, FaultServer, FaultSite

pytestmark = pytest.mark.slow
N = 30


def _descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (Linux /proc), e.g. the crawl's extraction workers."""
    found: set[int] = set()
    todo = [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                children = [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
            todo += children
            found.update(children)
    return found


def _running(pids: set[int]) -> set[int]:
    """Those of ``pids`` still running (an unreaped zombie counts as gone)."""
    return {pid for pid in pids if pid_alive(pid)}


def _wait_until_gone(pids: set[int], timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while _running(pids) and time.monotonic() < deadline:
        time.sleep(0.1)


def _count(db_url: str) -> int:
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            return session.scalar(select(func.count()).select_from(Article)) or 0
    except Exception:  # noqa: BLE001 - schema may not exist yet while the crawl starts
        return 0
    finally:
        engine.dispose()


def _wait_for_articles(db_url: str, at_least: int, timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = _count(db_url)
        if n >= at_least:
            return n
        time.sleep(0.1)
    raise AssertionError(f"fewer than {at_least} articles stored within {timeout} s")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_killed_crawl_resumes_without_loss(
    sig: signal.Signals, db_url: str, tmp_path: Path
) -> None:
    registry = tmp_path / "faults.toml"
    registry.write_text(
        REGISTRY.replace(', "https://faults.test/broken.rss"', ""), encoding="utf-8"
    )
    site = FaultSite(n_good=N, article_delay=0.25, faults=False)
    with FaultServer(site) as server:
        env = fast_crawl_env(
            tmp_path,
            db_url,
            server.url,
            # two requests at most in the downloader: a graceful stop finishes only those
            DIEMTIN_CONCURRENT_REQUESTS="2",
            DIEMTIN_CONCURRENT_REQUESTS_PER_DOMAIN="2",
        )
        proc = diemtin_popen(["crawl", "--outlets", str(registry)], env)
        try:
            _wait_for_articles(db_url, 5)
            helpers = _descendants(proc.pid)  # the extraction workers and their forkserver
            assert helpers, "the crawl extracts in worker processes by default"
            proc.send_signal(sig)
            if sig == signal.SIGKILL:
                # Not reaped yet: the workers must leave even while the crawl is a zombie.
                _wait_until_gone(helpers)
            proc.communicate(timeout=60)
            # The forkserver notices its parent's exit a moment later: give it that moment.
            _wait_until_gone(helpers)
            assert not _running(helpers), "worker processes outlived the stopped crawl"
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        stored_before = _count(db_url)
        assert 5 <= stored_before < N
        engine = make_engine(db_url)
        with Session(engine) as session:
            kept = {u.rsplit("/", 1)[1] for u in session.scalars(select(Article.canonical_url))}
        engine.dispose()
        if sig == signal.SIGINT:
            assert proc.returncode == 130  # graceful stop: "interrupted"
        hits_first = list(site.hits)
        site.hits.clear()
        site.article_delay = 0.0
        second = diemtin(["crawl", "--outlets", str(registry)], env)
        assert second.returncode == 0, second.stderr

    engine = make_engine(db_url)
    with Session(engine) as session:
        articles = session.scalars(select(Article)).all()
        runs = session.scalars(select(CrawlRun).order_by(CrawlRun.id)).all()
        feed_second = session.scalars(
            select(FetchLog).where(FetchLog.run_id == runs[-1].id, FetchLog.stage == "feed")
        ).one()
    engine.dispose()
    # every article exactly once, none lost, none doubled
    assert sorted(a.canonical_url for a in articles) == sorted(
        f"https://faults.test/bai/ok-{i}.html" for i in range(N)
    )
    assert all(a.text and a.title for a in articles)
    assert [r.status for r in runs] == ["interrupted", "finished"]
    # the feed was unchanged (304): the second run found its work in the persisted frontier
    assert feed_second.outcome == "not_modified"
    assert "/feed.rss" in site.hits
    # articles stored by the killed run were not fetched again
    # (a request of the killed crawl may still reach the server late: compare sets, not counts)
    refetched = {h.rsplit("/", 1)[1] for h in site.hits if h.startswith("/bai/")}
    assert refetched == {f"ok-{i}.html" for i in range(N)} - kept
    assert len(kept) == stored_before
    assert hits_first.count("/feed.rss") == 1
