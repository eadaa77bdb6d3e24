"""Downloader and spider middlewares of the crawl."""

from __future__ import annotations

import asyncio
import logging

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response

log = logging.getLogger(__name__)


class RetryBackoffMiddleware:
    """Waits before a retried request goes out again: base, 2×base, 4×base … (capped).

    Scrapy's RetryMiddleware re-schedules failed requests at once; this adds the backoff an outlet
    that is struggling deserves. It reads the ``retry_times`` counter RetryMiddleware keeps in meta.
    """

    def __init__(self, base: float, cap: float = 60.0):
        self.base = base
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryBackoffMiddleware:
        return cls(crawler.settings.getfloat("DIEMTIN_RETRY_BACKOFF_BASE", 1.0))

    def delay(self, attempt: int) -> float:
        return 0.0 if attempt <= 0 else min(self.cap, self.base * 2 ** (attempt - 1))

    async def process_request(self, request: Request) -> None:
        wait = self.delay(int(request.meta.get("retry_times", 0)))
        if wait > 0:
            await asyncio.sleep(wait)


class CallbackErrorMiddleware:
    """A spider middleware: an unexpected exception in a callback (a bug, or a page that breaks a
    library in a new way) fails that page in the crawl run's counts and fetch log, with its outlet,
    URL and stage, instead of vanishing into Scrapy's log. The crawl goes on."""

    def process_spider_exception(
        self, response: Response, exception: Exception, spider: Spider
    ) -> list[object] | None:
        ledger = getattr(spider, "ledger", None)
        if ledger is None:
            return None  # not our spider: Scrapy's default handling
        meta = response.meta
        outlet, stage = meta.get("outlet", "?"), meta.get("stage", "?")
        url = meta.get("frontier_url") or response.url
        log.error(
            "callback error outlet=%s stage=%s url=%s", outlet, stage, url, exc_info=exception
        )
        ledger.failed(
            outlet,
            url,
            "extract" if stage == "article" else stage,
            f"{type(exception).__name__}: {exception}",
            status=response.status,
        )
        return []
