"""Crawl runs, fetch log, frontier and feed state."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import crawlruns, feeds, frontier
from storage.articles import store_article
from storage.crawlruns import FetchEntry
from storage.models import CrawlRun, FetchLog
from storage.upsert import insert_ignore


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_run_lifecycle(engine) -> None:
    with Session(engine) as session:
        run_id = crawlruns.start_run(session, {"outlets": ["baophapluat"], "refresh": False})
        crawlruns.record_outlet_counts(session, run_id, "baophapluat", 10, 4, 5, 1)
        crawlruns.record_outlet_counts(
            session, run_id, "thads", discovered=3, new=3, duplicate=0, failed=0
        )
        crawlruns.record_outlet_counts(session, run_id, "thads", 4, 3, 1, 0)  # replaces
        crawlruns.finish_run(session, run_id, "finished")
    with Session(engine) as session:
        [run] = crawlruns.latest_runs(session, 5)
        assert (run.id, run.status, run.pid) == (run_id, "finished", os.getpid())
        assert (run.discovered, run.new, run.duplicate, run.failed) == (14, 7, 6, 1)
        assert run.options == {"outlets": ["baophapluat"], "refresh": False}
        assert run.finished_at is not None and run.finished_at >= run.started_at
        assert crawlruns.run_outlet_counts(session, run_id) == {
            "baophapluat": (10, 4, 5, 1),
            "thads": (4, 3, 1, 0),
        }
        with pytest.raises(ValueError, match="status must be"):
            crawlruns.finish_run(session, run_id, "running")
        with pytest.raises(ValueError, match="no crawl run"):
            crawlruns.finish_run(session, run_id + 99, "failed", error="x")


def test_stale_running_runs_become_interrupted(engine) -> None:
    with Session(engine) as session:
        dead = crawlruns.start_run(session, {})
        alive = crawlruns.start_run(session, {})
        session.get_one(CrawlRun, dead).pid = _dead_pid()
        session.commit()
        newest = crawlruns.start_run(session, {"again": True})
        states = {r.id: r.status for r in crawlruns.latest_runs(session, 10)}
    assert states == {dead: "interrupted", alive: "running", newest: "running"}


def test_fetch_log(engine) -> None:
    with Session(engine) as session:
        run_id = crawlruns.start_run(session, {})
        crawlruns.log_fetch(
            session,
            run_id,
            "https://baophapluat.vn/rss",
            "feed",
            "not_modified",
            outlet="baophapluat",
            status=304,
            elapsed_ms=12,
        )
        n = crawlruns.log_fetches(
            session,
            run_id,
            [
                FetchEntry("https://a.vn/1", "article", "ok", outlet="a", status=200, bytes=5120),
                FetchEntry(
                    "https://a.vn/2", "article", "error", outlet="a", status=503, error="503"
                ),
            ],
        )
        assert n == 2
        rows = session.scalars(select(FetchLog).order_by(FetchLog.id)).all()
        assert [(r.stage, r.status, r.outcome) for r in rows] == [
            ("feed", 304, "not_modified"),
            ("article", 200, "ok"),
            ("article", 503, "error"),
        ]
        with pytest.raises(ValueError, match="unknown stage"):
            crawlruns.log_fetch(session, run_id, "https://a.vn/3", "download", "ok")


def test_frontier(engine, make_record) -> None:
    hint = {"title": "Cưỡng chế", "summary": "Tóm tắt", "published": "2025-07-12T09:30:00+07:00"}
    with Session(engine) as session:
        store_article(session, make_record(1))
        items = [
            frontier.FrontierItem(make_record(1).url, "baophapluat", "feed"),  # already stored
            frontier.FrontierItem("https://baophapluat.vn/x.html", "baophapluat", "feed", hint),
            frontier.FrontierItem("https://thads.moj.gov.vn/y", "thads", "listing"),
        ]
        assert frontier.add_pending(session, items) == 2
        assert frontier.add_pending(session, items) == 0  # insert-or-ignore
        bad = [
            frontier.FrontierItem("https://a.vn/\x00", "a", "feed"),
            frontier.FrontierItem("https://a.vn/" + "x" * 2100, "a", "feed"),
        ]
        assert frontier.add_pending(session, bad) == 0
        # Mappings with the hint as JSON text are accepted too.
        assert (
            frontier.add_pending(
                session,
                [
                    {
                        "url": "https://nld.com.vn/z",
                        "outlet": "nld",
                        "source": "sitemap",
                        "hint": "{}",
                    }
                ],
            )
            == 1
        )
        assert [p.url for p in frontier.pending(session, ["baophapluat"])] == [
            "https://baophapluat.vn/x.html"
        ]
        [first] = frontier.pending(session, ["baophapluat"])
        assert first.hint_data == hint and first.source == "feed" and first.attempts == 0
        assert len(frontier.pending(session)) == 3

        assert frontier.mark_failed(session, "https://thads.moj.gov.vn/y", "timeout") == "pending"
        assert frontier.mark_failed(session, "https://thads.moj.gov.vn/y", "timeout") == "pending"
        assert frontier.mark_failed(session, "https://thads.moj.gov.vn/y", "timeout") == "failed"
        assert frontier.mark_failed(session, "https://unknown/", "x") == ""
        frontier.mark_done(session, "https://baophapluat.vn/x.html")
        frontier.mark_done(session, "https://unknown/")
        assert [p.url for p in frontier.pending(session)] == ["https://nld.com.vn/z"]
        with pytest.raises(ValueError, match="unknown source"):
            frontier.add_pending(session, [frontier.FrontierItem("https://q/", "q", "guess")])


def test_feed_state(engine) -> None:
    url = "https://baophapluat.vn/rss/thi-hanh-an.rss"
    with Session(engine) as session:
        assert feeds.get_feed_state(session, url) is None
        feeds.save_feed_state(session, url, '"abc"', "Sat, 12 Jul 2025 02:30:00 GMT", 200)
        first = feeds.get_feed_state(session, url)
        feeds.save_feed_state(session, url, '"def"', None, 304)
        second = feeds.get_feed_state(session, url)
    assert first is not None and first.etag == '"abc"' and first.last_status == 200
    assert second is not None and (second.etag, second.last_modified, second.last_status) == (
        '"def"',
        None,
        304,
    )
    assert second.checked_at >= first.checked_at


def test_insert_ignore_counts_rows(engine) -> None:
    from storage.models import Outlet

    with Session(engine) as session:
        rows = [{"name": "a"}, {"name": "b"}, {"name": "a"}]
        assert insert_ignore(session, Outlet, rows, ["name"]) == 2
        assert insert_ignore(session, Outlet, [], ["name"]) == 0
        session.commit()
