"""Article extraction off the crawl's event loop, in worker processes.

Parsing and extraction are CPU-bound (lxml, trafilatura) while the crawl process also runs Scrapy,
the HTTP client and storage. With ``DIEMTIN_EXTRACT_WORKERS`` = N > 0, pages are extracted in N
worker processes and the crawl process waits for them without blocking; with 0 they are extracted
in the crawl process itself (simplest to debug). Results are identical either way.

Workers are started with ``forkserver`` (never a plain fork of the multi-threaded crawl process),
ignore SIGINT (the crawl process handles Ctrl-C and shuts them down) and exit when the crawl process
goes away, even after SIGKILL (their task pipe closes). A worker that dies on a page (killed, out of
memory) fails that page only: the pool is replaced and the crawl goes on.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from crawlers.extract import Extraction, extract_article
from storage.crawlruns import pid_alive

log = logging.getLogger(__name__)


class WorkerDied(RuntimeError):
    """The worker process extracting a page ended abruptly; the page was not extracted."""


def _watch_crawl(pid: int, interval: float) -> None:
    """Exit the worker once the crawl process is gone (killed with SIGKILL, say), even while it is
    an unreaped zombie whose parent waits for the output pipes the worker holds: a worker holds both
    ends of its task queue, so it would never see the queue close and would live on."""
    while pid_alive(pid):
        time.sleep(interval)
    os._exit(0)


def _worker_init(crawl_pid: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the crawl process's business
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    threading.Thread(target=_watch_crawl, args=(crawl_pid, 0.5), daemon=True).start()


def _extract(html: bytes, url: str, options: dict[str, Any]) -> Extraction:
    return extract_article(html, url, **options)


class Extractor:
    """``await extractor.extract(html, url, **options)`` = :func:`extract_article` (same errors)."""

    def __init__(self, workers: int) -> None:
        if workers < 0:
            raise ValueError(f"extract workers must be 0 or more, got {workers}")
        self.workers = workers
        self._pool: Executor | None = None

    def _executor(self) -> Executor:
        if self._pool is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["crawlers.extract"])  # imported once, then forked
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=context,
                initializer=_worker_init,
                initargs=(os.getpid(),),
            )
        return self._pool

    async def extract(self, html: bytes, url: str, **options: Any) -> Extraction:
        if not self.workers:
            return extract_article(html, url, **options)
        try:
            future = self._executor().submit(_extract, bytes(html), url, options)
            return await asyncio.wrap_future(future)
        except BrokenProcessPool as exc:
            log.error("extraction worker died on %s; starting new workers", url)
            self._replace()
            raise WorkerDied(f"extraction worker died: {exc}") from None

    def _replace(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """Stop the workers (waits for running extractions; queued ones are cancelled)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
