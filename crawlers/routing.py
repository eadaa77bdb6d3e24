"""Routing of outlet traffic to an offline replica server (``Settings.offline_replica_url``).

A request for ``https://outlet.host/path?q`` is sent to ``<replica>/path?q`` with ``Host:
outlet.host``; the response comes back under the original URL. Everything above the download
handler (robots.txt, redirects, retries, conditional GET, canonical URLs) sees real outlet URLs.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response


def replica_route(url: str, replica_netloc: str) -> tuple[str, str, str]:
    """The replica URL for ``url`` (same path and query on ``replica_netloc``), the outlet's Host
    header (IDNA) and the original scheme (sent as ``X-Forwarded-Proto``)."""
    parts = urlsplit(url)
    routed = urlunsplit(("http", replica_netloc, parts.path or "/", parts.query, ""))
    return routed, (parts.netloc or "").encode("idna").decode("ascii"), parts.scheme


class ReplicaDownloadHandler(HTTP11DownloadHandler):
    def __init__(self, crawler: Crawler):
        target = crawler.settings.get("DIEMTIN_OFFLINE_REPLICA_URL")
        if not target:
            raise NotConfigured("no offline replica configured")
        super().__init__(crawler)
        self._netloc = urlsplit(target).netloc

    async def download_request(self, request: Request) -> Response:
        routed, host, scheme = replica_route(request.url, self._netloc)
        headers = request.headers.copy()
        headers[b"Host"] = host.encode("ascii")
        headers[b"X-Forwarded-Proto"] = scheme.encode("ascii")
        response = await super().download_request(request.replace(url=routed, headers=headers))
        return response.replace(url=request.url)
