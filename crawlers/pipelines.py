"""Item pipelines: thin wrappers around plain storage functions."""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro
from sqlalchemy.exc import SQLAlchemyError

from storage.records import ArticleRecord

log = logging.getLogger(__name__)


class StorePipeline:
    """Stores each article (committed one by one, so a killed crawl loses nothing stored).

    A database error is not an item problem: it stops the whole crawl, which then exits non-zero.
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def process_item(self, item: ArticleRecord) -> ArticleRecord:
        ledger = self.crawler.spider.ledger
        try:
            ledger.store(item)
        except SQLAlchemyError as exc:
            ledger.fatal_error = f"database error while storing {item.url}: {exc}"
            log.error(ledger.fatal_error)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="storage_error"))
        return item
