"""Article metadata from the page head: canonical URL, headline, dates, author, section.

Sources, most trusted first: Open Graph / ``article:*`` metas, schema.org JSON-LD, ``itemprop``
microdata, Dublin Core and ad-hoc metas (``pubdate``), then visible markup (``<h1>``, ``<time>``,
breadcrumbs). Every value is NFC-normalised and whitespace-cleaned; a candidate that is plainly
wrong (a URL where a title belongs, the site's own name as author) is skipped rather than returned.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml.html import HtmlElement

from crawlers.bodytext import tidy
from crawlers.headline import (
    MAX_TITLE_CHARS,
    alnum,
    choose_title,
    headlines,
    host_key,
    strip_site_suffix,
    title_similarity,
)
from crawlers.jsonld import article_objects, jsonld_objects, names_of, text_value, types_of
from text.dates import parse_date

__all__ = [
    "PageMeta",
    "page_metadata",
    "parse_tree",
    "MAX_TITLE_CHARS",
    "strip_site_suffix",
    "title_similarity",
]

_URLISH = re.compile(r"^(?:https?:)?//|^/[\w\-/.]+$|^www\.", re.IGNORECASE)
_DOMAINISH = re.compile(r"^[\w\-]+(?:\.[\w\-]+)*\.(?:vn|com|net|org|info)$", re.IGNORECASE)


@dataclass(frozen=True)
class PageMeta:
    canonical_url: str | None = None
    title: str | None = None
    description: str | None = None
    published_at: datetime | None = None
    modified_at: datetime | None = None
    author: str | None = None
    section: str | None = None
    site_name: str | None = None
    language: str | None = None
    image: str | None = None
    page_type: str | None = None


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)


def parse_tree(html: str | bytes) -> HtmlElement:
    """Parse HTML into an lxml document the way trafilatura does (comments and PIs dropped).

    Raises ``ValueError`` (lxml's ``ParserError``) when there is no document at all.
    """
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    html = _XML_DECLARATION.sub("", html.replace("\x00", ""))
    if not html.strip():
        raise ValueError("empty document")
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, default_doctype=False)
    return lxml.html.document_fromstring(html, parser=parser)


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    text = tidy(" ".join(value.split()), paragraphs=False)
    return text or None


def _absolute(base: str, href: str) -> str | None:
    """``href`` resolved against ``base``; None when the page's URL is malformed ("http://[x")."""
    try:
        joined = urljoin(base, href)
        urlsplit(joined)
    except ValueError:
        return None
    return joined if joined.startswith(("http://", "https://")) else None


def _meta_index(tree: HtmlElement) -> dict[str, str]:
    """First non-empty ``content`` of every ``<meta>`` by lowercased property / name / itemprop."""
    index: dict[str, str] = {}
    for node in tree.iter("meta"):
        content = node.get("content")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            key = (node.get(attr) or "").strip().lower()
            if key and key not in index:
                index[key] = content
    return index


def _usable_text(value: str | None) -> str | None:
    """A title/description candidate, unless it is empty or a URL (baomoi puts URLs in og:title)."""
    if not value or _URLISH.match(value) or value.startswith("baomoi://"):
        return None
    return value


def _date(*candidates: str | None) -> datetime | None:
    for candidate in candidates:
        if candidate:
            value = parse_date(candidate)
            if value is not None:
                return value
    return None


def _authors(
    metas: Callable[..., str | None], article: dict[str, Any] | None, site_names: list[str]
) -> str | None:
    def acceptable(name: str) -> bool:
        if _URLISH.match(name) or _DOMAINISH.match(name) or len(name) > 80:
            return False
        key = alnum(name)
        return not any(s and (alnum(s) == key or key in alnum(s)) for s in site_names if alnum(s))

    if article is not None:
        people = [_clean(n) or "" for n in names_of(article.get("author"), people_only=True)]
        people = [n for n in people if n and acceptable(n)]
        if people:
            return ", ".join(people)
    for key in ("article:author", "author", "dc.creator", "byl"):
        value = metas(key)
        if value and acceptable(value):
            return value.removeprefix("By ").strip()
    return None


def _breadcrumb_section(objects: list[dict[str, Any]]) -> str | None:
    for obj in objects:
        if "breadcrumblist" in types_of(obj):
            items = obj.get("itemListElement")
            if isinstance(items, list) and items:
                names = [text_value(i.get("item") or i) for i in items if isinstance(i, dict)]
                names = [n for n in names if n and n.lower() not in {"trang chủ", "home"}]
                if names:
                    return names[-1]
    return None


def page_metadata(tree_or_html: HtmlElement | str | bytes, url: str) -> PageMeta:
    """The metadata of one page; ``url`` is the fetched address (base of relative links)."""
    tree = tree_or_html if isinstance(tree_or_html, HtmlElement) else parse_tree(tree_or_html)
    scripts = [s.text or "" for s in tree.xpath("//script[@type='application/ld+json']")]
    objects = jsonld_objects(scripts)
    articles = article_objects(objects)
    article = articles[0] if articles else None

    metas = _meta_index(tree)

    def m(*keys: str) -> str | None:
        for key in keys:
            value = _clean(metas.get(key.lower()))
            if value:
                return value
        return None

    def ld(key: str) -> str | None:
        for obj in articles:
            value = _clean(text_value(obj.get(key)))
            if value:
                return value
        return None

    canonical = None
    for href in tree.xpath("//link[@rel='canonical']/@href") + [m("og:url") or ""]:
        href = href.strip()
        if href and not href.startswith(("javascript:", "#")):
            canonical = _absolute(url, href)
            if canonical:
                break

    site_name = m("og:site_name", "application-name", "apple-mobile-web-app-title")
    site_names = [site_name or "", host_key(url)]
    site_names += [
        text_value(o.get("name")) or ""
        for o in objects
        if types_of(o) & {"organization", "website"}
    ]

    title_candidates = [
        _usable_text(m("og:title")),
        _usable_text(ld("headline")),
        _usable_text(m("twitter:title")),
    ]
    titles = [strip_site_suffix(t, site_names, url) for t in title_candidates if t]
    page_title = _clean(tree.findtext(".//title"))
    if page_title:
        titles.append(strip_site_suffix(page_title, site_names, url))
    title = choose_title(titles, headlines(tree))

    description = (
        _usable_text(m("og:description"))
        or _usable_text(m("description"))
        or _usable_text(ld("description"))
        or _usable_text(m("twitter:description"))
    )
    time_nodes = tree.xpath("//time[@itemprop='datePublished']/@datetime") + tree.xpath(
        "//time[@datetime]/@datetime"
    )
    published = _date(
        m("article:published_time", "og:published_time"),
        ld("datePublished"),
        m("datePublished", "pubdate", "publishdate", "publish-date", "dc.date.issued"),
        m("dc.date", "date", "article_date_original", "dateCreated"),
        *time_nodes[:2],
    )
    modified = _date(
        m("article:modified_time", "og:updated_time"),
        ld("dateModified"),
        m("dateModified", "lastmod"),
    )
    section = (
        m("article:section")
        or ld("articleSection")
        or m("articleSection")
        or _breadcrumb_section(objects)
    )
    if section and "," in section:
        section = section.split(",")[0].strip()
    image = m("og:image", "og:image:url", "twitter:image")
    language = tree.get("lang") or m("og:locale", "language", "content-language")
    return PageMeta(
        canonical_url=canonical,
        title=title,
        description=description,
        published_at=published,
        modified_at=modified,
        author=_authors(m, article, [s for s in site_names if s]),
        section=section,
        site_name=site_name,
        language=(language or "").split("_")[0].split("-")[0].lower() or None,
        image=_absolute(url, image) if image else None,
        page_type=m("og:type"),
    )
