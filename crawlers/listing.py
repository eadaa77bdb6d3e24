"""Section (listing) pages: article links and pagination links."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

_NEXT_TEXT = re.compile(
    r"^\s*(trang\s*sau|trang\s*tiếp(\s*theo)?|tiếp\s*theo|tiếp|sau|xem\s*thêm|next|older|›|»|>>|>)\s*$",
    re.IGNORECASE,
)
_PAGE_NUMBER = re.compile(
    r"(?:[?&](?:page|p|trang)=|/trang-|/page/|-p|/p)(\d{1,4})(?=[/&.]|$|\.htm)"
)


def parse_html(text: str) -> etree._Element | None:
    if not text or not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


def _hrefs(tree: etree._Element, base_url: str) -> list[tuple[str, str, str]]:
    """(absolute URL, anchor text, rel) of every link, in document order."""
    base = tree.xpath("string(//base/@href)") or base_url
    out = []
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        out.append((urljoin(base, href), anchor.text_content().strip(), (anchor.get("rel") or "")))
    return out


def article_links(
    tree: etree._Element, base_url: str, is_article: Callable[[str], bool]
) -> list[str]:
    """Absolute URLs on the page that ``is_article`` accepts, first occurrence order, no repeats."""
    seen: set[str] = set()
    found: list[str] = []
    for url, _text, _rel in _hrefs(tree, base_url):
        clean = url.split("#", 1)[0]
        if clean not in seen and is_article(clean):
            seen.add(clean)
            found.append(clean)
    return found


def _page_number(url: str) -> int | None:
    match = _PAGE_NUMBER.search(url)
    return int(match.group(1)) if match else None


def next_page(tree: etree._Element, base_url: str, css: str | None = None) -> str | None:
    """The URL of the next page of a listing, or None.

    Order: the outlet's ``next_page`` selector; ``rel=next``; an anchor reading "Trang sau", "Tiếp",
    "»" …; a link to page n+1 when the current page number can be read from the URL.
    """
    host = urlsplit(base_url).hostname
    candidates: list[str] = []
    if css:
        try:
            for node in tree.cssselect(css):
                href = node.get("href")
                if href:
                    candidates.append(urljoin(base_url, href.strip()))
        except Exception:  # noqa: BLE001 - an invalid selector must not stop discovery
            pass
    candidates += [urljoin(base_url, h) for h in tree.xpath("//link[@rel='next']/@href")]
    links = _hrefs(tree, base_url)
    candidates += [url for url, text, rel in links if "next" in rel.lower().split()]
    candidates += [url for url, text, _rel in links if _NEXT_TEXT.match(text)]
    current = _page_number(base_url) or 1
    candidates += [url for url, _t, _r in links if _page_number(url) == current + 1]
    for url in candidates:
        if urlsplit(url).hostname == host and url.split("#")[0] != base_url.split("#")[0]:
            return url.split("#")[0]
    return None
