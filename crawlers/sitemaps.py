"""XML sitemaps: plain sitemaps, sitemap indexes and Google News sitemaps (optionally gzipped)."""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree

from text.dates import parse_date


class SitemapError(Exception):
    """The document is not a sitemap."""


@dataclass(frozen=True)
class SitemapUrl:
    loc: str
    lastmod: datetime | None = None
    news_title: str | None = None
    news_published: datetime | None = None

    @property
    def date(self) -> datetime | None:
        return self.news_published or self.lastmod


@dataclass(frozen=True)
class Sitemap:
    kind: str  # "index" or "urlset"
    urls: list[SitemapUrl] = field(default_factory=list)
    children: list[SitemapUrl] = field(default_factory=list)


_MAX_UNZIPPED = 50 * 1024 * 1024  # the sitemap protocol's own limit


def _maybe_gunzip(body: bytes) -> bytes:
    if body[:2] == b"\x1f\x8b":
        try:
            decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
            data = decompressor.decompress(body, _MAX_UNZIPPED)
        except (zlib.error, gzip.BadGzipFile) as exc:
            raise SitemapError(f"corrupt gzip sitemap: {exc}") from None
        return data
    return body


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _child_text(node: etree._Element, name: str) -> str | None:
    for child in node.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def parse_sitemap(body: bytes, url: str) -> Sitemap:
    data = _maybe_gunzip(body)
    if not data.strip():
        raise SitemapError(f"empty sitemap: {url}")
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise SitemapError(f"not XML: {url}: {exc}") from None
    if root is None:
        raise SitemapError(f"not XML: {url}")
    kind = _local(root.tag)
    if kind not in {"urlset", "sitemapindex"}:
        raise SitemapError(f"not a sitemap (root <{kind}>): {url}")
    entries: list[SitemapUrl] = []
    for node in root:
        if _local(node.tag) not in {"url", "sitemap"}:
            continue
        loc = _child_text(node, "loc")
        if not loc:
            continue
        lastmod = _child_text(node, "lastmod")
        news_date = _child_text(node, "publication_date")
        entries.append(
            SitemapUrl(
                loc=loc,
                lastmod=parse_date(lastmod) if lastmod else None,
                news_title=_child_text(node, "title"),
                news_published=parse_date(news_date) if news_date else None,
            )
        )
    if kind == "sitemapindex":
        return Sitemap(kind="index", children=entries)
    return Sitemap(kind="urlset", urls=entries)
