"""Running one crawl in this process: Scrapy's CrawlerProcess around the generic spider."""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from scrapy.crawler import CrawlerProcess

import config
from classifier.jobs import Model
from crawlers.ledger import Ledger
from crawlers.registry import OutletSpec
from crawlers.settings import scrapy_settings
from crawlers.spiders.outlets import OutletSpider

OUR_LOGGERS = ("diemtin", "crawlers", "storage", "workflow")


@dataclass
class CrawlSummary:
    run_id: int | None
    status: str
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    error: str | None = None
    seconds: float = 0.0
    model_version: str | None = None  # the classifier that labelled new articles, if any
    classify_note: str | None = None  # why new articles were not classified (Vietnamese)

    @property
    def totals(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for counter in self.counts.values():
            total.update(counter)
        return total


def _setup_logging(settings: config.Settings, verbose: bool) -> Path:
    log_dir = Path(settings.data_dir) / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "crawl.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_diemtin", False):
            root.removeHandler(handler)
    file_handler = logging.FileHandler(path, encoding="utf-8")
    file_handler.setLevel(settings.log_level.upper())
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s")
    )
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.INFO if verbose else logging.ERROR)
    stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    if not verbose:  # per-item trouble is in the summary table and the log file, not on stderr
        stderr.addFilter(lambda r: r.levelno >= logging.CRITICAL or r.name.startswith(OUR_LOGGERS))
    for handler in (file_handler, stderr):
        handler._diemtin = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if settings.log_level.upper() == "DEBUG" else logging.INFO)
    return path


def crawl_classifier(settings: config.Settings) -> tuple[Model | None, str | None]:
    """The model that classifies new articles during the crawl, or None and why not.

    A crawl does not train: with no artifact yet, new articles wait for `diemtin classify --db`
    (which trains it). An unusable artifact does not stop the crawl either."""
    if not settings.classify_on_crawl:
        return None, None
    path = settings.model_path
    if not path.exists():
        return None, (
            f"Chưa có mô hình phân loại ({path}): bài mới chưa được phân loại; "
            "chạy `diemtin classify --db`."
        )
    from classifier.api import ArtifactError, load

    try:
        return load(path), None
    except ArtifactError as exc:
        logging.getLogger(__name__).error("classifier artifact %s unusable: %s", path, exc)
        return (
            None,
            f"Không dùng được mô hình phân loại {path}: {exc}; bài mới chưa được phân loại.",
        )


def run_crawl(
    settings: config.Settings,
    specs: list[OutletSpec],
    *,
    refresh: bool = False,
    max_articles: int | None = None,
    verbose: bool = False,
    progress: bool = True,
) -> CrawlSummary:
    """Crawl ``specs`` once. Storage errors raise before the crawl starts (bad URL, no server)."""
    started = time.monotonic()
    model, classify_note = crawl_classifier(settings)
    ledger = Ledger.open(
        settings,
        [s.name for s in specs],
        refresh=refresh,
        max_articles=max_articles,
        classifier=model,
    )
    scrapy_conf = scrapy_settings(settings)
    scrapy_conf["DIEMTIN_PROGRESS"] = progress
    process = CrawlerProcess(scrapy_conf)
    _setup_logging(settings, verbose)
    process.crawl(
        OutletSpider,
        specs=specs,
        ledger=ledger,
        refresh=refresh,
        listing_depth=settings.listing_depth,
        min_body_chars=settings.min_body_chars,
        sitemap_max_age_days=settings.sitemap_max_age_days,
        extract_workers=settings.extract_workers,
    )
    process.start()
    if ledger.status is None:  # the spider never opened (e.g. a start-up error)
        ledger.finish("failed", ledger.fatal_error or "the crawl did not start")
    return CrawlSummary(
        run_id=ledger.run_id,
        status=ledger.status or "failed",
        counts=dict(ledger.counts),
        error=ledger.error,
        seconds=time.monotonic() - started,
        model_version=model.version if model is not None else None,
        classify_note=classify_note,
    )
