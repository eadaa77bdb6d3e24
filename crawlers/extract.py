"""Article extraction: one fetched page in, title / lead / body / date / author out.

The body comes from the first route that yields enough text: the outlet's CSS selectors, then
trafilatura, then the feed summary; :attr:`Extraction.route` records which one. Title, date, author
and lead fall back the same way: selectors → page metadata (meta tags, JSON-LD, ``<h1>``) → feed
values. The HTML is parsed once; the same lxml tree serves metadata, selectors and trafilatura.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

import trafilatura
from cssselect import SelectorError
from lxml.cssselect import CSSSelector
from lxml.etree import ParserError, XPath
from lxml.html import HtmlElement

from crawlers.bodytext import body_text, element_text, paragraphs_of, squash, tidy
from crawlers.decode import DecodeError, decode_html
from crawlers.metadata import MAX_TITLE_CHARS, PageMeta, page_metadata, parse_tree, title_similarity
from text.dates import parse_date
from text.normalize import clean_text

__all__ = ["Extraction", "ExtractionError", "extract_article"]

ROUTES = ("selectors", "trafilatura", "feed_summary")


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
_OUTLET_PREFIX = re.compile(r"^\s*(?:\([^)]{1,30}\)|[A-ZÀ-Ỹ.\s]{2,25})\s*[-–—:]\s*")
_NOT_ALNUM = re.compile(r"[\W_]+")
# "Bùi GiangTTXVN": words run together where the page had markup ("<strong>…</strong><i>…")
_GLUED = re.compile(r"[a-zà-ỹ][A-ZÀ-Ỹ]")


class ExtractionError(Exception):
    """Nothing usable on the page; ``stage`` names the step that gave up."""

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(f"{stage}: {message}")
        self.stage = stage
        self.message = message


@dataclass(frozen=True)
class Extraction:
    title: str
    lead: str | None
    text: str
    author: str | None
    section: str | None
    published_at: datetime | None
    canonical_url: str
    route: str
    encoding: str | None
    language: str | None


def _key(text: str) -> str:
    """Comparison key of two texts from one page: outlet prefix removed, lowercase NFC letters
    and digits only (both sides share the page's spelling, so no tone-mark folding is needed)."""
    stripped = _OUTLET_PREFIX.sub("", text, count=1)
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFC", stripped).lower())


@functools.lru_cache(maxsize=512)
def _compiled(css: str) -> CSSSelector | None:
    """CSS compiled to XPath once per selector string; None for invalid CSS (then ignored)."""
    try:
        return CSSSelector(css)
    except (SelectorError, SyntaxError, ValueError):
        return None


def _select(tree: HtmlElement, css: str | None) -> list[HtmlElement]:
    selector = _compiled(css) if css else None
    return list(selector(tree)) if selector is not None else []


def _selector_date(nodes: list[HtmlElement]) -> datetime | None:
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


def _pick_date(selected: datetime | None, meta: datetime | None) -> datetime | None:
    """The selector date, unless metadata says the same minute more precisely."""
    if selected is None:
        return meta
    if meta is not None and abs((meta - selected).total_seconds()) < 60:
        return meta
    return selected


def _lead(tree: HtmlElement, selectors: Mapping[str, str], meta: PageMeta) -> str | None:
    """The sapo: outlet selector → a typical sapo element → the element the description quotes."""
    for node in _select(tree, selectors.get("lead")):
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
    return _quoted_by_description(tree, description) if description else None


def _quoted_by_description(tree: HtmlElement, description: str) -> str | None:
    """The first block whose text the meta description repeats (whole, or cut with an ellipsis)."""
    want = _key(description.rstrip(".…").removesuffix("..."))
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
        if 40 <= len(text) <= 1500 and _key(text[: len(description) + 20]).startswith(want):
            return element_text(node)
    return None


_BLOCKS = frozenset({"div", "p", "h1", "h2", "h3", "h4", "ul", "ol", "table", "section", "figure"})
_DATE_HINT = re.compile(r"date|time|ngay|publish|posted|meta|dt", re.IGNORECASE)


def _visible_date(tree: HtmlElement, title: str | None) -> datetime | None:
    """A date shown near the headline (government portals print "23/11/2026" under the title)."""
    if not title:
        return None
    key = _key(title)
    for heading in tree.xpath("//h1 | //h2 | //h3"):
        if _key(element_text(heading)) != key:
            continue
        for node in heading.xpath("following::*[position() <= 40]"):
            hint = f"{node.get('class', '')} {node.get('id', '')} {node.tag}"
            if node.tag == "time" or _DATE_HINT.search(hint):
                value = parse_date(node.get("datetime") or element_text(node))
                if value is not None:
                    return value
        return None
    return None


def _byline(tree: HtmlElement, meta_author: str | None) -> str | None:
    """A visible byline; when it spells the metadata author, it keeps its punctuation."""
    for node in BYLINE(tree):
        text = element_text(node).removeprefix("Tác giả:").strip()
        if not text or len(text) > 60 or len(text.split()) > 8:
            continue
        if meta_author is None or _key(text) == _key(meta_author):
            return text
    return None


def _drop_first(text: str, title: str | None) -> str:
    """Remove a first line that repeats the headline (trafilatura sometimes keeps it)."""
    first, _, rest = text.partition("\n")
    return rest if title and rest and _key(first) == _key(title) else text


def _drop_lead(text: str, lead: str | None) -> str:
    """Remove a first paragraph that repeats the lead (outlet prefixes ignored)."""
    if not lead or not text:
        return text
    first, _, rest = text.partition("\n")
    lead_key, first_key = _key(lead), _key(first)
    if first_key and (
        first_key == lead_key or (len(first_key) > 40 and lead_key.startswith(first_key))
    ):
        return rest
    return text


def _drop_byline(text: str, author: str | None) -> str:
    if not author or not text:
        return text
    head, _, last = text.rpartition("\n")
    return head if head and _key(last) == _key(author) else text


def _trafilatura_text(tree: HtmlElement, url: str) -> str:
    result = trafilatura.extract(
        tree,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        output_format="txt",
        with_metadata=False,
        deduplicate=False,
    )
    return paragraphs_of(result or "")


def _is_home(url: str | None) -> bool:
    return url is not None and urlsplit(url).path.strip("/") == "" and not urlsplit(url).query


def extract_article(
    html: bytes | str,
    url: str,
    *,
    selectors: Mapping[str, str] | None = None,
    feed_summary: str | None = None,
    feed_title: str | None = None,
    feed_published: datetime | None = None,
    encoding: str | None = None,
    header_charset: str | None = None,
    min_body_chars: int = 200,
) -> Extraction:
    """Extract one article page; raise :class:`ExtractionError` if it has no title or no body."""
    selectors = selectors or {}
    used_encoding: str | None = None
    if isinstance(html, bytes):
        try:
            html, used_encoding = decode_html(
                html, header_charset=header_charset, declared_encoding=encoding
            )
        except DecodeError as exc:
            raise ExtractionError("decode", str(exc)) from None
    summary = clean_text(feed_summary or "") or None
    try:
        tree = parse_tree(html)
    except (ParserError, ValueError):
        if not summary:
            raise ExtractionError("parse", "no HTML document in the response") from None
        tree = parse_tree("<html><body></body></html>")  # the feed alone still makes an article
    meta = page_metadata(tree, url)
    if _is_home(meta.canonical_url) and not _is_home(url):
        raise ExtractionError("page", f"not an article: canonical URL is {meta.canonical_url}")

    title_nodes = _select(tree, selectors.get("title"))
    titles = (element_text(n) for n in title_nodes)
    title = next((t for t in titles if t and len(t) <= MAX_TITLE_CHARS), None)
    title = title or meta.title or clean_text(feed_title or "", paragraphs=False) or None
    published = _pick_date(_selector_date(_select(tree, selectors.get("date"))), meta.published_at)
    lead = _lead(tree, selectors, meta)
    author = next((element_text(n) for n in _select(tree, selectors.get("author"))), None)

    bodies: list[tuple[str, str]] = []
    byline: str | None = None
    for node in _select(tree, selectors.get("body"))[:1]:
        found = body_text(node)
        bodies.append(("selectors", found.text))
        byline = found.byline
    if not bodies or len(bodies[0][1]) < min_body_chars:
        extracted = _trafilatura_text(tree, url)
        # A well-known body container serves short (suspicious) trafilatura output and bylines.
        needed = len(extracted) < 5 * min_body_chars or not (author or meta.author)
        containers = GENERIC_BODY(tree)[:1] if needed else []
        generic = body_text(containers[0]) if containers else None
        if generic is not None:
            byline = byline or generic.byline
            # Photo stories and odd templates defeat trafilatura (a few lines of chrome): then a
            # well-known article-body container with much more text is the better reading.
            if len(generic.text) >= max(min_body_chars, 2 * len(extracted)):
                bodies.append(("selectors", generic.text))
        bodies.append(("trafilatura", extracted))
    if not author and (meta.author is None or _GLUED.search(meta.author)):
        author = _byline(tree, meta.author)  # visible byline: none in metadata, or a garbled one
    author = author or meta.author or byline
    bodies = [
        (r, _drop_byline(_drop_lead(_drop_first(b, title), lead), byline or author))
        for r, b in bodies
    ]

    if lead is None and meta.description:
        first = next((b for _, b in bodies if b), "")
        if title_similarity(meta.description, first[:800]) >= 0.7:
            lead = meta.description
            bodies = [(r, _drop_lead(b, lead)) for r, b in bodies]

    route, text = _choose_body(bodies, summary, min_body_chars)
    text = tidy(text)
    if not title:
        raise ExtractionError("title", "no title in selectors, metadata or feed")
    if not text:
        raise ExtractionError("body", "no article text on the page and no feed summary")
    return Extraction(
        title=title,
        lead=lead,
        text=text,
        author=author,
        section=meta.section,
        published_at=published or _visible_date(tree, title) or feed_published,
        canonical_url=meta.canonical_url or url,
        route=route,
        encoding=used_encoding,
        language=meta.language,
    )


def _choose_body(
    bodies: list[tuple[str, str]], summary: str | None, min_chars: int
) -> tuple[str, str]:
    """First route with enough text; else the longest page text if it beats the feed summary."""
    for route, text in bodies:
        if len(text) >= min_chars:
            return route, text
    best_route, best = max(bodies, key=lambda rt: len(rt[1]), default=("", ""))
    if best and len(best) > len(summary or ""):
        return best_route, best
    if summary:
        return "feed_summary", summary
    return best_route, best
