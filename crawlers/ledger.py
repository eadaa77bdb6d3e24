"""The crawl's bookkeeping: counters per outlet and every database call the crawl makes.

The spider and the pipelines talk to the database only through a :class:`Ledger`, so that the
crawl logic stays testable and the storage layer stays free of Scrapy.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

import config
from classifier.jobs import Model, classify_articles
from storage import articles, crawlruns, feeds, frontier
from storage.db import ensure_schema, make_engine
from storage.records import ArticleRecord, StoreResult

log = logging.getLogger(__name__)

COLUMNS = ("discovered", "known", "new", "duplicate", "failed")

STATUS_BY_REASON = {"finished": "finished", "shutdown": "interrupted", "storage_error": "failed"}


def run_status(reason: str | None) -> str:
    """Crawl-run status for a Scrapy close reason."""
    reason = reason or "finished"
    if reason.startswith("closespider"):
        return "finished"
    return STATUS_BY_REASON.get(reason, "failed")


@dataclass(frozen=True)
class PendingUrl:
    url: str
    outlet: str
    source: str
    hint: dict[str, Any]


class Ledger:
    """Database access and counters for one crawl run (single-threaded: the Twisted reactor)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        near_bits: int,
        max_articles: int = 0,
        classifier: Model | None = None,
    ):
        self._sessions = sessions
        self.classifier = classifier
        self.near_bits = near_bits
        self.max_articles = max_articles
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.run_id: int | None = None
        self.scheduled_articles = 0
        self.fatal_error: str | None = None
        self.status: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()

    @classmethod
    def open(
        cls,
        settings: config.Settings,
        outlets: list[str],
        *,
        refresh: bool = False,
        max_articles: int | None = None,
        classifier: Model | None = None,
    ) -> Ledger:
        """Connect (applying migrations to an empty database) and open a crawl run. New articles
        are classified by ``classifier`` when one is given."""
        engine = make_engine(settings.database)
        ensure_schema(engine)
        budget = settings.max_articles if max_articles is None else max_articles
        ledger = cls(
            sessionmaker(engine, expire_on_commit=False),
            near_bits=settings.near_duplicate_bits,
            max_articles=budget,
            classifier=classifier,
        )
        ledger.start(
            {
                "outlets": outlets,
                "refresh": refresh,
                "max_articles": budget,
                "offline_replica": settings.offline_replica_url or None,
            }
        )
        return ledger

    # --- run -------------------------------------------------------------------------------------
    def start(self, options: dict[str, Any]) -> int:
        with self._sessions() as session:
            self.run_id = crawlruns.start_run(
                session, {**options, "pid": os.getpid(), "host": socket.gethostname()}
            )
        return self.run_id

    def finish(self, status: str, error: str | None = None) -> None:
        self.status = status
        self.error = error
        if self.run_id is None:
            return
        with self._sessions() as session:
            for outlet, counter in sorted(self.counts.items()):
                crawlruns.record_outlet_counts(
                    session,
                    self.run_id,
                    outlet,
                    discovered=counter["discovered"],
                    new=counter["new"],
                    duplicate=counter["duplicate"],
                    failed=counter["failed"],
                )
            crawlruns.finish_run(session, self.run_id, status, error=error)

    def count(self, outlet: str, column: str, n: int = 1) -> None:
        self.counts[outlet][column] += n

    def totals(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for counter in self.counts.values():
            total.update(counter)
        return total

    # --- budget ----------------------------------------------------------------------------------
    def take_budget(self) -> bool:
        """Reserve one article fetch; False once ``max_articles`` fetches are scheduled."""
        if self.max_articles and self.scheduled_articles >= self.max_articles:
            return False
        self.scheduled_articles += 1
        return True

    # --- discovery -------------------------------------------------------------------------------
    def unknown(self, urls: Iterable[str]) -> list[str]:
        urls = list(dict.fromkeys(urls))
        if not urls:
            return []
        with self._sessions() as session:
            known = articles.known_urls(session, urls) | frontier.given_up(session, urls)
        return [u for u in urls if u not in known]

    def remember(self, items: Iterable[PendingUrl]) -> None:
        rows = [
            {"url": i.url, "outlet": i.outlet, "source": i.source, "hint": json.dumps(i.hint)}
            for i in items
        ]
        if rows:
            with self._sessions() as session:
                frontier.add_pending(session, rows)

    def pending(self, outlets: list[str]) -> list[PendingUrl]:
        with self._sessions() as session:
            rows = frontier.pending(session, outlets)
        return [
            PendingUrl(r.url, r.outlet, r.source, json.loads(r.hint) if r.hint else {})
            for r in rows
        ]

    def feed_state(self, url: str) -> tuple[str | None, str | None]:
        with self._sessions() as session:
            state = feeds.get_feed_state(session, url)
        return (state.etag, state.last_modified) if state else (None, None)

    def save_feed_state(
        self, url: str, etag: str | None, last_modified: str | None, status: int
    ) -> None:
        with self._sessions() as session:
            feeds.save_feed_state(session, url, etag, last_modified, status)

    # --- outcomes --------------------------------------------------------------------------------
    def store(self, record: ArticleRecord) -> StoreResult:
        with self._sessions() as session:
            # One transaction: the article is stored and its frontier URLs are done, or neither.
            frontier.mark_done(session, {record.url, record.canonical_url}, commit=False)
            result = articles.store_article(session, record, near_bits=self.near_bits)
        stored = result.status in {"new", "updated"}
        self.count(record.outlet, "new" if stored else "duplicate")
        if stored and self.classifier is not None:
            self._classify(record, result.article_id)
        return result

    def _classify(self, record: ArticleRecord, article_id: int) -> None:
        """Classify a just-stored article in its own transaction. A failure is logged and counted
        and leaves the article for `diemtin classify --db`; the article itself stays stored."""
        assert self.classifier is not None
        try:
            with self._sessions() as session:
                classify_articles(session, self.classifier, [article_id])
        except Exception as exc:  # noqa: BLE001 - any model or storage trouble: never lose the item
            self.count(record.outlet, "unclassified")
            log.warning(
                "classification failed outlet=%s url=%s article=%s error=%r",
                record.outlet,
                record.canonical_url,
                article_id,
                exc,
            )
        else:
            self.count(record.outlet, "classified")

    def failed(
        self,
        outlet: str,
        url: str,
        stage: str,
        error: str,
        *,
        permanent: bool = False,
        status: int | None = None,
    ) -> None:
        self.count(outlet, "failed")
        log.warning("failed outlet=%s stage=%s url=%s error=%s", outlet, stage, url, error)
        with self._sessions() as session:
            if stage in ("article", "extract"):
                frontier.mark_failed(session, url, error, max_attempts=1 if permanent else 3)
            self._log(session, outlet, url, stage, status, "error", error)

    def dropped(self, outlet: str, url: str, stage: str, reason: str) -> None:
        """Not fetched on purpose (robots.txt): not a failure, and not tried again."""
        self.count(outlet, "dropped")
        with self._sessions() as session:
            if stage == "article":
                frontier.mark_failed(session, url, f"dropped: {reason}", max_attempts=1)
            self._log(session, outlet, url, stage, None, "dropped", reason)

    def fetched(
        self,
        outlet: str,
        url: str,
        stage: str,
        status: int | None,
        outcome: str = "ok",
        size: int = 0,
        note: str | None = None,
    ) -> None:
        with self._sessions() as session:
            self._log(session, outlet, url, stage, status, outcome, note, size)

    def _log(
        self,
        session: Session,
        outlet: str,
        url: str,
        stage: str,
        status: int | None,
        outcome: str,
        error: str | None,
        size: int = 0,
    ) -> None:
        if self.run_id is None:
            return
        crawlruns.log_fetch(
            session,
            self.run_id,
            outlet=outlet,
            url=url,
            stage=stage,
            status=status,
            outcome=outcome,
            error=error,
            bytes=size,
        )
