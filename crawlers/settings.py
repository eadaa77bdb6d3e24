"""Scrapy settings of the crawl, derived from the one :class:`config.Settings` object.

``diemtin crawl`` builds the dictionary with :func:`scrapy_settings`; a plain ``scrapy crawl
outlets`` (via scrapy.cfg) gets the same through ``OutletSpider.update_settings``.
"""

from __future__ import annotations

from typing import Any

import config

BOT_NAME = "diemtin"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"


def scrapy_settings(s: config.Settings) -> dict[str, Any]:
    handlers: dict[str, str] = {}
    if s.offline_replica_url:
        handlers = {
            "http": "crawlers.routing.ReplicaDownloadHandler",
            "https": "crawlers.routing.ReplicaDownloadHandler",
        }
    return {
        "BOT_NAME": BOT_NAME,
        "SPIDER_MODULES": SPIDER_MODULES,
        "NEWSPIDER_MODULE": NEWSPIDER_MODULE,
        "USER_AGENT": s.user_agent,
        "ROBOTSTXT_OBEY": s.obey_robots,
        "CONCURRENT_REQUESTS": s.concurrent_requests,
        "CONCURRENT_REQUESTS_PER_DOMAIN": s.concurrent_requests_per_domain,
        # Items are stored synchronously one at a time; Scrapy starts CONCURRENT_ITEMS asyncio
        # workers for every response (default 100), which then costs more than it overlaps.
        "CONCURRENT_ITEMS": 4,
        "DOWNLOAD_DELAY": s.download_delay,
        "RANDOMIZE_DOWNLOAD_DELAY": True,
        "AUTOTHROTTLE_ENABLED": s.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(s.download_delay, 0.1),
        "AUTOTHROTTLE_MAX_DELAY": 30.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(s.concurrent_requests_per_domain),
        "DOWNLOAD_TIMEOUT": s.download_timeout,
        "DOWNLOAD_MAXSIZE": s.max_page_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "DOWNLOAD_FAIL_ON_DATALOSS": True,
        "RETRY_ENABLED": s.retry_times > 0,
        "RETRY_TIMES": s.retry_times,
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "DIEMTIN_RETRY_BACKOFF_BASE": s.retry_backoff_base,
        "REDIRECT_MAX_TIMES": 5,
        "DOWNLOAD_HANDLERS": handlers,
        "DIEMTIN_OFFLINE_REPLICA_URL": s.offline_replica_url,
        "DOWNLOADER_MIDDLEWARES": {"crawlers.middlewares.RetryBackoffMiddleware": 560},
        # Closest to the spider, so it sees callback exceptions first.
        "SPIDER_MIDDLEWARES": {"crawlers.middlewares.CallbackErrorMiddleware": 990},
        "ITEM_PIPELINES": {"crawlers.pipelines.StorePipeline": 300},
        "EXTENSIONS": {
            "scrapy.extensions.telnet.TelnetConsole": None,
            "crawlers.progress.ProgressExtension": 500,
        },
        "SCHEDULER": s.scheduler,
        "DUPEFILTER_CLASS": s.dupefilter,
        "COOKIES_ENABLED": True,
        "HTTPCACHE_ENABLED": False,
        "LOG_LEVEL": "DEBUG" if s.log_level.upper() == "DEBUG" else "WARNING",
        "LOG_ENABLED": True,
        "LOG_INSTALL_ROOT_HANDLER": False,
        "TELNETCONSOLE_ENABLED": False,
        "FEEDS": {},
        "DIEMTIN_SETTINGS": s,
    }
