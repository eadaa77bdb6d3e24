"""Downloader middlewares of the crawl."""

from __future__ import annotations

import asyncio

from scrapy import Request
from scrapy.crawler import Crawler


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
