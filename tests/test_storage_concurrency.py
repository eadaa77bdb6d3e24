"""Several OS processes storing at once, and a process killed while storing."""

from __future__ import annotations

import multiprocessing as mp
import os
import random
import signal
import time
from datetime import timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from storage.articles import decompress_html, store_article
from storage.db import make_engine
from storage.models import Article, ArticleUrl, Outlet, Story
from storage.records import ArticleRecord

RECORDS = 200
PROCESSES = 3
SENTENCES = (
    "Chấp hành viên đã tổ chức cưỡng chế giao nhà theo bản án có hiệu lực.",
    "Người phải thi hành án không tự nguyện thi hành nghĩa vụ trả nợ.",
    "Chi cục Thi hành án dân sự huyện đã phối hợp với chính quyền địa phương.",
    "Tài sản kê biên được bán đấu giá để thi hành án.",
    "Viện kiểm sát nhân dân cùng cấp tham gia giám sát buổi cưỡng chế.",
    "Đương sự đã nộp đơn khiếu nại quyết định cưỡng chế.",
)


def _records(make_record) -> list[ArticleRecord]:
    rng = random.Random(7)
    out = []
    for n in range(RECORDS):
        body = " ".join(rng.sample(SENTENCES, 4)) + f" Vụ việc số {n} tại tổ dân phố {n % 17}."
        outlet = ("baophapluat", "thads", "nld", "tuoitre")[n % 4]
        out.append(
            make_record(
                n,
                outlet=outlet,
                text=body,
                url=f"https://{outlet}.vn/tin/{n}.html",
                urls_seen=[f"https://{outlet}.vn/rss?id={n}"],
                published_at=make_record().published_at + timedelta(hours=n),
            )
        )
    return out


def _store_all(url: str, records: list[ArticleRecord], seed: int, start, results) -> None:
    """Child process: store every record (in its own order) once start is signalled."""
    engine = make_engine(url)
    order = list(records)
    if seed % 2:  # half of the children go backwards, the others collide head-on
        order.reverse()
    counts = {"new": 0, "duplicate": 0, "updated": 0, "raced": 0}
    start.wait()
    with Session(engine) as session:
        for record in order:
            result = store_article(session, record)
            counts[result.status] += 1
            counts["raced"] += "concurrent" in result.reason
    results.put(counts)
    engine.dispose()


def _store_forever(url: str, records: list[ArticleRecord]) -> None:
    """Child process: store records one by one until killed (then loop on duplicates)."""
    engine = make_engine(url)
    with Session(engine) as session:
        while True:
            for record in records:
                store_article(session, record)


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_concurrent_processes_store_each_record_once(engine, db_url, make_record) -> None:
    records = _records(make_record)
    ctx = mp.get_context("spawn")
    start, results = ctx.Event(), ctx.Queue()
    procs = [
        ctx.Process(target=_store_all, args=(db_url, records, seed, start, results))
        for seed in range(PROCESSES)
    ]
    for p in procs:
        p.start()
    time.sleep(0.5)  # let every child import and connect before they race
    start.set()
    counts = [results.get(timeout=240) for _ in procs]
    print("store outcomes per process:", counts)
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert sum(c["new"] for c in counts) == RECORDS
    assert sum(c["duplicate"] for c in counts) == RECORDS * (PROCESSES - 1)
    with Session(engine) as session:
        assert _count(session, Article) == RECORDS
        assert _count(session, ArticleUrl) == RECORDS * 2
        assert _count(session, Outlet) == 4
        canon = set(session.scalars(select(Article.canonical_url)))
        assert canon == {r.canonical_url for r in records}
        assert session.scalar(select(func.count()).where(Article.story_id.is_(None))) == 0


def test_killed_process_leaves_committed_articles_readable(engine, db_url, make_record) -> None:
    records = _records(make_record)
    ctx = mp.get_context("spawn")
    child = ctx.Process(target=_store_forever, args=(db_url, records))
    child.start()
    deadline = time.monotonic() + 120
    try:
        while True:
            with Session(engine) as session:
                stored = _count(session, Article)
            if stored >= 40 or time.monotonic() > deadline:
                break
            time.sleep(0.05)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.join(timeout=30)
    assert child.exitcode == -signal.SIGKILL
    assert stored >= 40, "the child did not store anything in time"

    with Session(engine) as session:
        if engine.dialect.name == "sqlite":
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        articles = session.scalars(select(Article)).all()
        kept = len(articles)
        assert kept >= stored
        by_url = {r.canonical_url: r for r in records}
        for art in articles:
            record = by_url[art.canonical_url]
            assert art.text == record.text and art.published_at == record.published_at
            assert decompress_html(art.raw_html) == record.raw_html
            assert session.get(Story, art.story_id) is not None
            urls = set(
                session.scalars(select(ArticleUrl.url).where(ArticleUrl.article_id == art.id))
            )
            assert urls == {record.url, *record.urls_seen}
        # The database is not left locked: storing the rest works and completes the set.
        statuses = [store_article(session, r).status for r in records]
        assert statuses.count("new") == RECORDS - kept
        assert _count(session, Article) == RECORDS
