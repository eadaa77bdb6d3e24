"""crawlers.workers: extraction in worker processes gives what in-process extraction gives, carries
its errors back, and survives a worker that dies."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest

from crawlers.extract import ExtractionError, extract_article
from crawlers.workers import Extractor, WorkerDied

SITES = Path(__file__).resolve().parents[1] / "replica" / "sites"
PAGE = SITES / "vnexpress.net" / "dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html"
URL = "https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html"
SELECTORS = {"title": "h1.title-detail", "lead": "p.description", "body": "article.fck_detail"}


def _run(coro):  # type: ignore[no-untyped-def]
    return asyncio.run(coro)


def test_worker_extraction_equals_in_process_extraction() -> None:
    html = PAGE.read_bytes()
    expected = extract_article(html, URL, selectors=SELECTORS)
    for workers in (0, 1):
        extractor = Extractor(workers)
        try:
            got = _run(extractor.extract(html, URL, selectors=SELECTORS))
        finally:
            extractor.close()
        assert got == expected
    assert expected.title and len(expected.text) > 500


def test_extraction_errors_come_back_with_their_stage() -> None:
    extractor = Extractor(1)
    try:
        with pytest.raises(ExtractionError) as caught:
            _run(extractor.extract(b"<html><body><p>x</p></body></html>", "https://a.vn/b.html"))
    finally:
        extractor.close()
    assert caught.value.stage == "title"
    assert "no title" in str(caught.value)


def test_a_dead_worker_fails_one_page_and_the_next_page_is_extracted() -> None:
    html = PAGE.read_bytes()
    extractor = Extractor(1)

    async def scenario() -> None:
        await extractor.extract(html, URL, selectors=SELECTORS)  # workers are up
        pool = extractor._pool
        assert pool is not None
        for pid in list(pool._processes):  # type: ignore[attr-defined]
            os.kill(pid, signal.SIGKILL)
        await asyncio.sleep(0.5)
        with pytest.raises(WorkerDied):
            await extractor.extract(html, URL, selectors=SELECTORS)
        again = await extractor.extract(html, URL, selectors=SELECTORS)
        assert again.title

    try:
        _run(scenario())
    finally:
        extractor.close()


def test_negative_worker_count_is_refused() -> None:
    with pytest.raises(ValueError, match="0 or more"):
        Extractor(-1)
