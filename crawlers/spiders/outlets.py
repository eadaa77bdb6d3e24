"""The one generic spider: every outlet is crawled from its registry spec.

Discovery (feeds, listing pages with pagination, sitemaps) → new article URLs are remembered in the
frontier before anything else happens → each new article is fetched once → extraction → an
:class:`~storage.records.ArticleRecord` item that the store pipeline saves.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from datetime import datetime, timedelta
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

import config
from crawlers import feeds, listing, sitemaps
from crawlers.decode import DecodeError, header_charset
from crawlers.extract import ExtractionError
from crawlers.ledger import Ledger, PendingUrl, run_status
from crawlers.registry import OutletSpec, load_registry
from crawlers.settings import scrapy_settings
from crawlers.workers import Extractor, WorkerDied
from storage.records import ArticleRecord
from text.dates import VN_TZ
from text.urls import canonicalize_url

PERMANENT_HTTP = {400, 401, 403, 404, 410, 451}


class OutletSpider(scrapy.Spider):
    name = "outlets"

    def __init__(
        self,
        specs: list[OutletSpec],
        ledger: Ledger,
        *,
        refresh: bool = False,
        listing_depth: int = 2,
        min_body_chars: int = 200,
        sitemap_max_age_days: int = 3,
        extract_workers: int = 0,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        self.specs = {spec.name: spec for spec in specs}
        self.ledger = ledger
        self.refresh = refresh
        self.listing_depth = listing_depth
        self.min_body_chars = min_body_chars
        self.sitemap_max_age = timedelta(days=sitemap_max_age_days)
        self.extractor = Extractor(extract_workers)
        self._seen: set[str] = set()
        self.allowed_domains = sorted({h for s in specs for h in (s.host, *s.host_aliases)})

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        """A plain ``scrapy crawl outlets`` gets the same settings as ``diemtin crawl``."""
        super().update_settings(settings)
        if settings.get("DIEMTIN_SETTINGS") is None:
            settings.setdict(scrapy_settings(config.load()), priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> OutletSpider:
        if "specs" not in kwargs:  # started by the scrapy command: `-a outlet=NAME` optional
            s: config.Settings = crawler.settings["DIEMTIN_SETTINGS"]
            specs = load_registry(kwargs.pop("outlets", None) or s.outlets_file)
            names = [n for n in (kwargs.pop("outlet", "") or "").split(",") if n]
            kwargs["specs"] = [x for x in specs if not names or x.name in names]
            kwargs["ledger"] = Ledger.open(s, [x.name for x in kwargs["specs"]])
            kwargs.setdefault("listing_depth", s.listing_depth)
            kwargs.setdefault("extract_workers", s.extract_workers)
        return super().from_crawler(crawler, *args, **kwargs)

    def closed(self, reason: str) -> None:
        self.extractor.close()
        status = "failed" if self.ledger.fatal_error else run_status(reason)
        error = self.ledger.fatal_error or (
            f"crawl ended: {reason}" if status == "failed" else None
        )
        self.ledger.finish(status, error)

    # --- helpers ---------------------------------------------------------------------------------
    def canonical(self, spec: OutletSpec, url: str, base: str | None = None) -> str | None:
        try:
            return canonicalize_url(
                url,
                base=base,
                host_aliases={h: spec.host for h in spec.host_aliases},
                lowercase_path=spec.lowercase_paths,
            )
        except ValueError:
            return None

    def _meta(self, spec: OutletSpec, stage: str, **extra: Any) -> dict[str, Any]:
        return {"outlet": spec.name, "stage": stage, **extra}

    def _discovered(
        self, spec: OutletSpec, source: str, found: Iterable[tuple[str, dict[str, Any]]]
    ) -> Iterable[scrapy.Request]:
        """Count, remember and schedule article URLs found by one discovery page."""
        fresh: dict[str, dict[str, Any]] = {}
        for url, hint in found:
            if url not in self._seen and url not in fresh:
                fresh[url] = hint
        if not fresh:
            return []
        self._seen.update(fresh)
        self.ledger.count(spec.name, "discovered", len(fresh))
        todo = list(fresh) if self.refresh else self.ledger.unknown(fresh)
        self.ledger.count(spec.name, "known", len(fresh) - len(todo))
        pending = [PendingUrl(u, spec.name, source, fresh[u]) for u in todo]
        self.ledger.remember(pending)
        return self._article_requests(spec, pending)

    def _article_requests(
        self, spec: OutletSpec, items: Iterable[PendingUrl]
    ) -> list[scrapy.Request]:
        requests = []
        for item in items:
            if not self.ledger.take_budget():
                break
            requests.append(
                scrapy.Request(
                    item.url,
                    callback=self.parse_article,
                    errback=self.on_error,
                    # Never silently filtered: a redirect back to a seen URL must reach on_error.
                    meta=self._meta(spec, "article", hint=item.hint, frontier_url=item.url),
                    dont_filter=True,
                )
            )
        return requests

    # --- start -----------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        resumed = self.ledger.pending(list(self.specs))
        for item in resumed:
            spec = self.specs.get(item.outlet)
            if spec is not None and item.url not in self._seen:
                self._seen.add(item.url)
                for request in self._article_requests(spec, [item]):
                    yield request
        for spec in self.specs.values():
            for url in spec.feeds:
                etag, modified = self.ledger.feed_state(url)
                headers = {}
                if etag and not self.refresh:
                    headers["If-None-Match"] = etag
                if modified and not self.refresh:
                    headers["If-Modified-Since"] = modified
                yield scrapy.Request(
                    url,
                    headers=headers,
                    callback=self.parse_feed,
                    errback=self.on_error,
                    meta=self._meta(spec, "feed", handle_httpstatus_list=[304], feed_url=url),
                    dont_filter=True,
                )
            for url in spec.sections:
                yield scrapy.Request(
                    url,
                    callback=self.parse_listing,
                    errback=self.on_error,
                    meta=self._meta(spec, "listing", page=1),
                )
            for url in spec.sitemaps:
                yield scrapy.Request(
                    url,
                    callback=self.parse_sitemap,
                    errback=self.on_error,
                    meta=self._meta(spec, "sitemap"),
                )

    # --- discovery -------------------------------------------------------------------------------
    def parse_feed(self, response: Response) -> Iterable[scrapy.Request]:
        spec = self.specs[response.meta["outlet"]]
        url = response.meta.get("feed_url") or response.url  # the registry's URL, before redirects
        if response.status == 304:
            self.ledger.fetched(spec.name, url, "feed", 304, "not_modified")
            return []
        try:
            entries = feeds.parse_feed(response.body, response.url)
        except feeds.FeedError as exc:
            self.ledger.failed(spec.name, url, "feed", str(exc), status=response.status)
            return []
        found = []
        for entry in entries:
            link = self.canonical(spec, entry.link, base=response.url)
            if link and spec.owns(link):
                found.append(
                    (
                        link,
                        {
                            "title": entry.title,
                            "summary": entry.summary,
                            "section": entry.section,
                            "published": entry.published.isoformat() if entry.published else None,
                        },
                    )
                )
        requests = list(self._discovered(spec, "feed", found))
        # Saved only now: the entries are in the frontier, so a crawl killed from here on
        # resumes them even though the next conditional GET answers 304.
        self.ledger.save_feed_state(
            url, _header(response, b"ETag"), _header(response, b"Last-Modified"), response.status
        )
        self.ledger.fetched(spec.name, url, "feed", response.status, size=len(response.body))
        return requests

    def parse_listing(self, response: Response) -> Iterable[scrapy.Request]:
        spec = self.specs[response.meta["outlet"]]
        page = response.meta.get("page", 1)
        tree = listing.parse_html(response.text if hasattr(response, "text") else "")
        if tree is None:
            self.ledger.failed(
                spec.name, response.url, "listing", "not an HTML page", status=response.status
            )
            return []
        self.ledger.fetched(
            spec.name, response.url, "listing", response.status, size=len(response.body)
        )

        def is_article(url: str) -> bool:
            canon = self.canonical(spec, url)
            return bool(canon and spec.owns(canon) and spec.is_article_url(canon))

        links = listing.article_links(tree, response.url, is_article)
        found = [(c, {}) for c in (self.canonical(spec, u) for u in links) if c]
        requests = list(self._discovered(spec, "listing", found))
        if page < self.listing_depth:
            following = listing.next_page(tree, response.url, spec.next_page)
            if following:
                requests.append(
                    scrapy.Request(
                        following,
                        callback=self.parse_listing,
                        errback=self.on_error,
                        meta=self._meta(spec, "listing", page=page + 1),
                    )
                )
        return requests

    def parse_sitemap(self, response: Response) -> Iterable[scrapy.Request]:
        spec = self.specs[response.meta["outlet"]]
        try:
            sitemap = sitemaps.parse_sitemap(response.body, response.url)
        except sitemaps.SitemapError as exc:
            self.ledger.failed(spec.name, response.url, "sitemap", str(exc), status=response.status)
            return []
        self.ledger.fetched(
            spec.name, response.url, "sitemap", response.status, size=len(response.body)
        )
        oldest = datetime.now(VN_TZ) - self.sitemap_max_age
        if sitemap.kind == "index":
            children = [c for c in sitemap.children if c.date is None or c.date >= oldest]
            return [
                scrapy.Request(
                    c.loc,
                    callback=self.parse_sitemap,
                    errback=self.on_error,
                    meta=self._meta(spec, "sitemap"),
                )
                for c in children
            ]
        found = []
        for entry in sitemap.urls:
            if entry.date is not None and entry.date < oldest:
                continue
            link = self.canonical(spec, entry.loc)
            if link and spec.owns(link) and spec.is_article_url(link):
                found.append(
                    (
                        link,
                        {
                            "title": entry.news_title,
                            "published": entry.news_published.isoformat()
                            if entry.news_published
                            else None,
                        },
                    )
                )
        return list(self._discovered(spec, "sitemap", found))

    # --- articles --------------------------------------------------------------------------------
    async def parse_article(self, response: Response) -> AsyncIterator[ArticleRecord]:
        spec = self.specs[response.meta["outlet"]]
        hint = response.meta.get("hint") or {}
        requested = response.meta.get("frontier_url") or response.url
        ctype = _header(response, b"Content-Type") or ""
        if ctype and not any(kind in ctype.lower() for kind in ("html", "xml", "text/plain")):
            self.ledger.failed(
                spec.name,
                requested,
                "article",
                f"not an HTML page ({ctype})",
                permanent=True,
                status=response.status,
            )
            return
        published_hint = hint.get("published")
        try:
            extraction = await self.extractor.extract(
                response.body,
                response.url,
                selectors=dict(spec.selectors),
                feed_summary=hint.get("summary"),
                feed_title=hint.get("title"),
                feed_published=datetime.fromisoformat(published_hint) if published_hint else None,
                encoding=spec.encoding,
                header_charset=header_charset(
                    response.headers.get(b"Content-Type", b"").decode("latin-1")
                ),
                min_body_chars=self.min_body_chars,
            )
        except (ExtractionError, DecodeError) as exc:
            self.ledger.failed(
                spec.name, requested, "extract", str(exc), permanent=True, status=response.status
            )
            return
        except WorkerDied as exc:  # not the page's fault for sure: tried again next run
            self.ledger.failed(spec.name, requested, "extract", str(exc), status=response.status)
            return
        canonical = self._pick_canonical(spec, extraction.canonical_url, response.url, requested)
        seen = [u for u in (requested, self.canonical(spec, response.url), canonical) if u]
        yield ArticleRecord(
            url=requested,
            canonical_url=canonical,
            outlet=spec.name,
            title=extraction.title,
            lead=extraction.lead,
            text=extraction.text,
            author=extraction.author,
            section=extraction.section or hint.get("section"),
            published_at=extraction.published_at,
            fetched_at=datetime.now(VN_TZ),
            extraction_route=extraction.route,
            raw_html=response.body,
            raw_encoding=extraction.encoding,
            http_status=response.status,
            urls_seen=list(dict.fromkeys(seen)),
            language=extraction.language or "vi",
        )

    def _pick_canonical(
        self, spec: OutletSpec, declared: str | None, final: str, requested: str
    ) -> str:
        """The page's canonical link unless it is implausible (another outlet, a section page)."""
        fallback = self.canonical(spec, final) or requested
        if declared:
            canon = self.canonical(spec, declared, base=final)
            if (
                canon
                and spec.owns(canon)
                and (spec.is_article_url(canon) or not spec.is_article_url(fallback))
            ):
                return canon
        return fallback

    # --- failures --------------------------------------------------------------------------------
    def on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        outlet, stage = request.meta.get("outlet", "?"), request.meta.get("stage", "?")
        url = request.meta.get("frontier_url") or request.url  # before any redirect
        status = None
        if failure.check(HttpError):
            status = failure.value.response.status
            message = f"HTTP {status}"
        else:
            message = f"{failure.type.__name__}: {failure.getErrorMessage()}"
        if "Forbidden by robots.txt" in message:
            self.ledger.dropped(outlet, url, stage, "robots.txt")
            return
        self.ledger.failed(
            outlet, url, stage, message, status=status, permanent=status in PERMANENT_HTTP
        )


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
