"""Article extraction: one fetched page in, title / lead / body / date / author out.

The body comes from the first route that yields enough text: the outlet's CSS selectors, then
trafilatura, then the feed summary; :attr:`Extraction.route` records which one. Title, date, author
and lead fall back the same way: selectors → page metadata (meta tags, JSON-LD, ``<h1>``) → feed
values. The HTML is parsed once; the same lxml tree serves metadata, selectors and trafilatura.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

import trafilatura
from lxml.etree import ParserError
from lxml.html import HtmlElement

from crawlers.bodytext import body_text, element_text, paragraphs_of, tidy
from crawlers.decode import DecodeError, decode_html
from crawlers.metadata import MAX_TITLE_CHARS, page_metadata, parse_tree, title_similarity
from crawlers.pageparts import (
    GENERIC_BODY,
    GLUED,
    compare_key,
    find_lead,
    select,
    selector_date,
    visible_byline,
    visible_date,
)
from text.normalize import clean_text
from text.urls import is_home_page

__all__ = ["Extraction", "ExtractionError", "extract_article"]

ROUTES = ("selectors", "trafilatura", "feed_summary")


class ExtractionError(Exception):
    """Nothing usable on the page; ``stage`` names the step that gave up."""

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(f"{stage}: {message}")
        self.stage = stage
        self.message = message

    def __reduce__(self) -> tuple[type[ExtractionError], tuple[str, str]]:
        return (ExtractionError, (self.stage, self.message))  # pickled back from a worker


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


def _pick_date(selected: datetime | None, meta: datetime | None) -> datetime | None:
    """The selector date, unless metadata says the same minute more precisely."""
    if selected is None:
        return meta
    if meta is not None and abs((meta - selected).total_seconds()) < 60:
        return meta
    return selected


def _drop_first(text: str, title: str | None) -> str:
    """Remove a first line that repeats the headline (trafilatura sometimes keeps it)."""
    first, _, rest = text.partition("\n")
    return rest if title and rest and compare_key(first) == compare_key(title) else text


def _drop_lead(text: str, lead: str | None) -> str:
    """Remove a first paragraph that repeats the lead (outlet prefixes ignored)."""
    if not lead or not text:
        return text
    first, _, rest = text.partition("\n")
    lead_key, first_key = compare_key(lead), compare_key(first)
    if first_key and (
        first_key == lead_key or (len(first_key) > 40 and lead_key.startswith(first_key))
    ):
        return rest
    return text


def _drop_byline(text: str, author: str | None) -> str:
    if not author or not text:
        return text
    head, _, last = text.rpartition("\n")
    return head if head and compare_key(last) == compare_key(author) else text


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
    if is_home_page(meta.canonical_url) and not is_home_page(url):
        raise ExtractionError("page", f"not an article: canonical URL is {meta.canonical_url}")

    title_nodes = select(tree, selectors.get("title"))
    titles = (element_text(n) for n in title_nodes)
    title = next((t for t in titles if t and len(t) <= MAX_TITLE_CHARS), None)
    title = title or meta.title or clean_text(feed_title or "", paragraphs=False) or None
    published = _pick_date(selector_date(select(tree, selectors.get("date"))), meta.published_at)
    lead = find_lead(tree, selectors, meta)
    author = next((element_text(n) for n in select(tree, selectors.get("author"))), None)

    bodies: list[tuple[str, str]] = []
    byline: str | None = None
    for node in select(tree, selectors.get("body"))[:1]:
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
    if not author and (meta.author is None or GLUED.search(meta.author)):
        author = visible_byline(
            tree, meta.author
        )  # visible byline: none in metadata, or a garbled one
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
    if not text and lead:  # a brief whose only text is its sapo: keep the sapo as the text
        route, text = "lead", lead
    if not text:
        raise ExtractionError("body", "no article text on the page and no feed summary")
    garbage = _garbage(text)
    if garbage:
        raise ExtractionError("text", garbage)
    return Extraction(
        title=title,
        lead=lead,
        text=text,
        author=author,
        section=meta.section,
        published_at=published or visible_date(tree, title) or feed_published,
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


_LETTER = re.compile(r"[^\W\d_]")  # word characters that are neither digits nor "_"
_NOT_WORD_OR_LINE = re.compile(r"[^\w \n\t]")  # where control and U+FFFD characters hide


def _garbage(text: str) -> str | None:
    """Why ``text`` is not prose (binary bytes decoded as text, mojibake), or None if it is."""
    sample = text[:5000]
    if not sample:
        return "empty text"
    letters = sum(1 for ch in _LETTER.findall(sample) if ch.isalpha())
    odd = sum(
        1
        for ch in _NOT_WORD_OR_LINE.findall(sample)
        if ch == "\ufffd" or unicodedata.category(ch)[0] == "C"
    )
    if odd / len(sample) > 0.02 or letters / len(sample) < 0.5:
        return (
            f"not text: {letters} letters and {odd} control/replacement characters in {len(sample)}"
        )
    return None
