"""Where the parts of an article page are: the lead (sapo), the byline, the body container and
the date printed under the headline, found by outlet selectors or by the class names Vietnamese
news templates typically use. Used by :mod:`crawlers.extract`; every function reads the lxml tree
and changes nothing.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from cssselect import SelectorError
from lxml.cssselect import CSSSelector
from lxml.etree import XPath
from lxml.html import HtmlElement

from crawlers.bodytext import element_text, squash
from crawlers.metadata import PageMeta, title_similarity
from text.dates import parse_date

__all__ = [
    "BYLINE",
    "GENERIC_BODY",
    "GLUED",
    "SAPO",
    "ClassQuery",
    "find_lead",
    "compare_key",
    "select",
    "selector_date",
    "visible_byline",
    "visible_date",
]


@dataclass(frozen=True)
class ClassQuery:
    """Elements typical of one part of an article page, found by their class names.

    One XPath pass with cheap ``contains(@class, …)`` tests pre-selects candidates; exact class
    tokens (or token fragments, or attribute values) then decide. Document order is kept.
    """

    words: tuple[str, ...]
    tokens: frozenset[str]
    fragments: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()

    @functools.cached_property
    def xpath(self) -> XPath:
        tests = " or ".join(f"contains(@class, '{w}')" for w in self.words)
        unions = "".join(f" | //*[@{name}='{value}']" for name, value in self.attrs)
        return XPath(f"//*[@class and ({tests})]{unions}")

    def __call__(self, tree: HtmlElement) -> list[HtmlElement]:
        found = []
        for node in self.xpath(tree):
            names = node.get("class", "").split()
            if (
                self.tokens.intersection(names)
                or any(f in name for name in names for f in self.fragments)
                or any(node.get(attr) == value for attr, value in self.attrs)
            ):
                found.append(node)
        return found


SAPO = ClassQuery(
    words=("sapo", "chapeau", "chappeau", "desc", "summary", "lead"),
    tokens=frozenset(
        {"the-article-summary", "cms-desc", "article__summary", "description", "summary", "lead"}
    ),
    fragments=("sapo", "chapeau", "chappeau"),
    attrs=(("data-role", "sapo"), ("itemprop", "description")),
)
BYLINE = ClassQuery(
    words=("author", "byline", "tacgia"),
    tokens=frozenset(
        {"author", "byline", "article__author", "author-name", "kbwcm-author", "tacgia"}
    ),
    fragments=("detail-author",),
    attrs=(("itemprop", "author"), ("rel", "author")),
)
GENERIC_BODY = ClassQuery(
    words=("body", "content", "fck_detail"),
    tokens=frozenset(
        {
            "article__body",
            "detail-content",
            "cms-body",
            "article-body",
            "article-content",
            "detail__content",
            "the-article-body",
            "fck_detail",
            "entry-content",
            "post-content",
            "news-content",
            "content-detail",
            "singular-content",
        }
    ),  # fmt: skip
    attrs=(("itemprop", "articleBody"), ("id", "ContentDetail")),
)
# "TPO - ", "(PLVN) - ", "(Dân trí) - ", "VOV.VN - ", "HÀ NỘI - ": ignored in comparisons only.
OUTLET_PREFIX = re.compile(r"^\s*(?:\([^)]{1,30}\)|[A-ZÀ-Ỹ.\s]{2,25})\s*[-–—:]\s*")
_NOT_ALNUM = re.compile(r"[\W_]+")
# "Bùi GiangTTXVN": words run together where the page had markup ("<strong>…</strong><i>…")
GLUED = re.compile(r"[a-zà-ỹ][A-ZÀ-Ỹ]")


def compare_key(text: str) -> str:
    """Comparison key of two texts from one page: outlet prefix removed, lowercase NFC letters
    and digits only (both sides share the page's spelling, so no tone-mark folding is needed)."""
    stripped = OUTLET_PREFIX.sub("", text, count=1)
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFC", stripped).lower())


@functools.lru_cache(maxsize=512)
def compiled(css: str) -> CSSSelector | None:
    """CSS compiled to XPath once per selector string; None for invalid CSS (then ignored)."""
    try:
        return CSSSelector(css)
    except (SelectorError, SyntaxError, ValueError):
        return None


def select(tree: HtmlElement, css: str | None) -> list[HtmlElement]:
    selector = compiled(css) if css else None
    return list(selector(tree)) if selector is not None else []


def selector_date(nodes: list[HtmlElement]) -> datetime | None:
    for node in nodes:
        for raw in (
            node.get("datetime"),
            node.get("content"),
            node.get("title"),
            node.text_content(),
        ):
            value = parse_date(raw) if raw else None
            if value is not None:
                return value
    return None


def find_lead(tree: HtmlElement, selectors: Mapping[str, str], meta: PageMeta) -> str | None:
    """The sapo: outlet selector → a typical sapo element → the element the description quotes."""
    for node in select(tree, selectors.get("lead")):
        text = element_text(node)
        if text:
            return text
    description = meta.description
    for node in SAPO(tree):
        if node.tag in ("meta", "a") or node.xpath("ancestor::li|ancestor::a"):
            continue
        text = element_text(node)
        if len(text) < 40:
            continue
        if description is None or title_similarity(text, description) >= 0.5:
            return text
    return quoted_by_description(tree, description) if description else None


def quoted_by_description(tree: HtmlElement, description: str) -> str | None:
    """The first block whose text the meta description repeats (whole, or cut with an ellipsis)."""
    want = compare_key(description.rstrip(".…").removesuffix("..."))
    if len(want) < 30:
        return None
    body = tree.find("body")
    if body is None:
        return None
    for node in body.iter("div", "p", "h2", "h3", "strong", "b", "span", "em"):
        if any(child.tag in _BLOCKS for child in node):
            continue  # only the innermost block: a container merely starts with the sapo
        if node.xpath("ancestor::li|ancestor::a|ancestor::header|ancestor::footer|ancestor::nav"):
            continue
        text = squash(node)
        if 40 <= len(text) <= 1500 and compare_key(text[: len(description) + 20]).startswith(want):
            return element_text(node)
    return None


_BLOCKS = frozenset({"div", "p", "h1", "h2", "h3", "h4", "ul", "ol", "table", "section", "figure"})
_DATE_HINT = re.compile(r"date|time|ngay|publish|posted|meta|dt", re.IGNORECASE)


def visible_date(tree: HtmlElement, title: str | None) -> datetime | None:
    """A date shown near the headline (government portals print "23/11/2026" under the title)."""
    if not title:
        return None
    key = compare_key(title)
    for heading in tree.xpath("//h1 | //h2 | //h3"):
        if compare_key(element_text(heading)) != key:
            continue
        for node in heading.xpath("following::*[position() <= 40]"):
            hint = f"{node.get('class', '')} {node.get('id', '')} {node.tag}"
            if node.tag == "time" or _DATE_HINT.search(hint):
                value = parse_date(node.get("datetime") or element_text(node))
                if value is not None:
                    return value
        return None
    return None


def visible_byline(tree: HtmlElement, meta_author: str | None) -> str | None:
    """A visible byline; when it spells the metadata author, it keeps its punctuation."""
    for node in BYLINE(tree):
        text = element_text(node).removeprefix("Tác giả:").strip()
        if not text or len(text) > 60 or len(text.split()) > 8:
            continue
        if meta_author is None or compare_key(text) == compare_key(meta_author):
            return text
    return None
