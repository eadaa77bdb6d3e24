"""Two crawls of the same outlets at the same time: no lost and no doubled article."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.db import make_engine, upgrade
from storage.models import Article, ArticleUrl, CrawlRun
from tests.support.cli import diemtin_popen, fast_crawl_env
from tests.support.faultserver import REGISTRY, FaultServer, FaultSite

pytestmark = pytest.mark.slow
N = 40


def test_two_overlapping_crawls(db_url: str, tmp_path: Path) -> None:
    registry = tmp_path / "faults.toml"
    registry.write_text(
        REGISTRY.replace(', "https://faults.test/broken.rss"', ""), encoding="utf-8"
    )
    engine = make_engine(db_url)
    upgrade(engine)  # both crawls start on a migrated database
    site = FaultSite(n_good=N, article_delay=0.02, faults=False)
    with FaultServer(site) as server:
        env = fast_crawl_env(
            tmp_path, db_url, server.url, DIEMTIN_CONCURRENT_REQUESTS_PER_DOMAIN="8"
        )
        procs = [diemtin_popen(["crawl", "--outlets", str(registry)], env) for _ in range(2)]
        outputs = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    with Session(engine) as session:
        urls = [a.canonical_url for a in session.scalars(select(Article))]
        aliases = session.scalars(select(ArticleUrl.url)).all()
        runs = session.scalars(select(CrawlRun)).all()
    engine.dispose()
    assert sorted(urls) == sorted(f"https://faults.test/bai/ok-{i}.html" for i in range(N))
    assert len(aliases) == len(set(aliases))
    assert sorted(r.status for r in runs) == ["finished", "finished"]
    # both crawls report every article they fetched as new or duplicate, never lost
    assert sum(r.new for r in runs) == N
