"""Progress of a running crawl on stderr (a live line on a terminal, log lines otherwise)."""

from __future__ import annotations

import logging
import sys
import time

from scrapy import signals
from scrapy.crawler import Crawler
from twisted.internet import task

log = logging.getLogger("diemtin.crawl")


class ProgressExtension:
    def __init__(self, crawler: Crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.tty = sys.stderr.isatty()
        self._task: task.LoopingCall | None = None
        self._last_line = 0.0
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressExtension:
        return cls(crawler, crawler.settings.getfloat("DIEMTIN_PROGRESS_INTERVAL", 1.0))

    def opened(self, spider: object) -> None:
        if not self.crawler.settings.getbool("DIEMTIN_PROGRESS", True):
            return
        self._task = task.LoopingCall(self.tick)
        self._task.start(self.interval, now=False)

    def closed(self, spider: object) -> None:
        if self._task and self._task.running:
            self._task.stop()
        if self.tty:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()

    def line(self) -> str:
        ledger = getattr(self.crawler.spider, "ledger", None)
        if ledger is None:
            return ""
        t = ledger.totals()
        stats = self.crawler.stats
        requests = stats.get_value("downloader/request_count", 0) if stats else 0
        return (
            f"Đang thu thập… {requests} yêu cầu · phát hiện {t['discovered']} · mới {t['new']}"
            f" · trùng {t['duplicate']} · lỗi {t['failed']}"
        )

    def tick(self) -> None:
        text = self.line()
        if not text:
            return
        if self.tty:
            sys.stderr.write("\r\033[K" + text)
            sys.stderr.flush()
        elif time.monotonic() - self._last_line >= 10:
            self._last_line = time.monotonic()
            print(text, file=sys.stderr, flush=True)
