"""Lenient reading of the JSON-LD blocks of a page (schema.org ``NewsArticle`` and friends).

Scraped JSON-LD is often broken: trailing commas, raw control characters inside strings, several
objects written back to back in one ``<script>``, HTML entities inside string values. Whatever can
be read is returned; whatever cannot is skipped. Nothing here raises on bad input.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

__all__ = ["ARTICLE_TYPES", "article_objects", "jsonld_objects", "names_of", "parse_jsonld"]

ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "backgroundnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "webpage",
    }
)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x1f]")
_DECODER = json.JSONDecoder(strict=False)


def _objects_in(text: str) -> Iterator[Any]:
    """Decode one or more JSON values written back to back; stop at the first unreadable one."""
    pos, end = 0, len(text)
    while pos < end:
        while pos < end and text[pos] in " \t\r\n;,":
            pos += 1
        if pos >= end:
            return
        try:
            value, pos = _DECODER.raw_decode(text, pos)
        except ValueError:
            return
        yield value


def parse_jsonld(raw: str) -> list[Any]:
    """All JSON values of one ``<script type="application/ld+json">`` body, leniently."""
    text = raw.strip()
    if text.startswith("<!--"):
        text = text[4:]
    if text.endswith("-->"):
        text = text[:-3]
    values = list(_objects_in(text))
    if not values:
        repaired = _TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", text))
        values = list(_objects_in(repaired))
    return values


def _walk(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(value, list):
        for item in value:
            yield from _walk(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        graph = value.get("@graph")
        if graph is not None:
            yield from _walk(graph, depth + 1)


def jsonld_objects(scripts: list[str]) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, ``@graph`` members and list items flattened."""
    found: list[dict[str, Any]] = []
    for raw in scripts:
        for value in parse_jsonld(raw):
            found.extend(_walk(value))
    return found


def types_of(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def article_objects(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The article-like objects, real articles before a mere ``WebPage``."""
    articles = [o for o in objects if types_of(o) & (ARTICLE_TYPES - {"webpage"})]
    pages = [o for o in objects if "webpage" in types_of(o)]
    return articles + pages


def text_value(value: Any) -> str | None:
    """A plain string from a JSON-LD value (string, list of strings, or ``{"name": …}``)."""
    if isinstance(value, str):
        text = html.unescape(value).strip()
        return text or None
    if isinstance(value, list):
        return next((t for t in map(text_value, value) if t), None)
    if isinstance(value, dict):
        return text_value(value.get("name") or value.get("@value"))
    return None


def names_of(value: Any, *, people_only: bool = False) -> list[str]:
    """Author names from ``author``: a string, a Person/Organization object or a list of them."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            if people_only and types_of(item) & {"organization", "newsmediaorganization"}:
                continue
            name = text_value(item.get("name"))
        else:
            name = text_value(item)
        if name and name not in names:
            names.append(name)
    return names
