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

_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—:»·]|::)\s+")
_WORD = re.compile(r"\w+")
_URLISH = re.compile(r"^(?:https?:)?//|^/[\w\-/.]+$|^www\.", re.IGNORECASE)
_DOMAINISH = re.compile(r"^[\w\-]+(?:\.[\w\-]+)*\.(?:vn|com|net|org|info)$", re.IGNORECASE)
_SITE_WORDS = re.compile(
    r"\b(?:báo|tạp chí|tin tức|điện tử|online|news|vnexpress|ttxvn|\w+\.(?:vn|com|net))\b",
    re.IGNORECASE,
)


MAX_TITLE_CHARS = 300  # longer "headlines" are unclosed tags swallowing the page


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


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def title_similarity(a: str, b: str) -> float:
    """Share of the shorter title's words found in the other one (0..1)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    short, long_ = (wa, set(wb)) if len(wa) <= len(wb) else (wb, set(wa))
    return sum(1 for w in short if w in long_) / len(short)


def _host_key(url: str) -> str:
    host = urlsplit(url).hostname or ""
    host = host.removeprefix("www.").removeprefix("m.")
    return host.split(".")[0]


def _alnum(text: str) -> str:
    return "".join(_words(text))


def _is_sitey(segment: str, site_names: list[str], host_key: str) -> bool:
    key = _alnum(segment)
    if not key:
        return True
    if host_key and host_key in key:
        return True
    if any(name and (_alnum(name) in key or key in _alnum(name)) for name in site_names):
        return True
    return len(_words(segment)) <= 6 and bool(_SITE_WORDS.search(segment))


def strip_site_suffix(title: str, site_names: list[str], url: str) -> str:
    """Remove a trailing (or leading) " | baotintuc.vn" / " - Báo VnExpress Sức khỏe" segment."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    host_key = _host_key(url)
    seps = _TITLE_SEPARATORS.findall(title)
    if seps[-1].strip() in {"|", "::"} and len(_words(parts[-1])) <= 12:
        # A pipe almost never occurs inside a Vietnamese headline: what follows names the site.
        return title[: title.rfind(seps[-1])].strip()
    if _is_sitey(parts[-1], site_names, host_key):
        return title[: title.rfind(seps[-1])].strip()
    if _is_sitey(parts[0], site_names, host_key) and len(_words(parts[0])) <= 4:
        return title[title.find(seps[0]) + len(seps[0]) :].strip()
    return title


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


_HEADLINE_XPATH = (
    "//h1 | //*[@itemprop='headline'][not(self::meta)]"
    " | //h2[contains(@class, 'title')] | //h3[contains(@class, 'title')]"
)


def _headlines(tree: HtmlElement) -> list[str]:
    """Visible headline candidates: every ``<h1>``, ``itemprop=headline``, titled h2/h3."""
    found = []
    for node in tree.xpath(_HEADLINE_XPATH):
        text = _clean(node.text_content())
        if text and 8 <= len(text) <= MAX_TITLE_CHARS:
            found.append(text)
    return found


def choose_title(candidates: list[str], headlines: list[str]) -> str | None:
    """The on-page headline when one is close to the metadata title, else the metadata title."""
    meta_title = next((c for c in candidates if c), None)
    if meta_title is None:
        return headlines[0] if len(headlines) == 1 else None
    best, best_score = None, 0.5
    for headline in headlines:
        if title_similarity(headline, meta_title) < 0.6:
            continue
        # Symmetric overlap: a longer related-story title containing every word scores lower.
        shared = len(set(_words(headline)) & set(_words(meta_title)))
        score = shared / max(len(set(_words(headline))), len(set(_words(meta_title))))
        if score > best_score:
            best, best_score = headline, score
    return best or meta_title


def _authors(
    metas: Callable[..., str | None], article: dict[str, Any] | None, site_names: list[str]
) -> str | None:
    def acceptable(name: str) -> bool:
        if _URLISH.match(name) or _DOMAINISH.match(name) or len(name) > 80:
            return False
        key = _alnum(name)
        return not any(
            s and (_alnum(s) == key or key in _alnum(s)) for s in site_names if _alnum(s)
        )

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
            canonical = urljoin(url, href)
            break

    site_name = m("og:site_name", "application-name", "apple-mobile-web-app-title")
    site_names = [site_name or "", _host_key(url)]
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
    title = choose_title(titles, _headlines(tree))

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
        image=urljoin(url, image) if image else None,
        page_type=m("og:type"),
    )
