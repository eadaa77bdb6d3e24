"""The headline of an article page: site suffixes off the ``<title>``, and the on-page headline
preferred to the metadata title when the two say the same thing.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from crawlers.bodytext import tidy

__all__ = [
    "MAX_TITLE_CHARS",
    "alnum",
    "choose_title",
    "headlines",
    "host_key",
    "strip_site_suffix",
    "title_similarity",
    "words",
]

_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—:»·]|::)\s+")
_WORD = re.compile(r"\w+")
_SITE_WORDS = re.compile(
    r"\b(?:báo|tạp chí|tin tức|điện tử|online|news|vnexpress|ttxvn|\w+\.(?:vn|com|net))\b",
    re.IGNORECASE,
)


MAX_TITLE_CHARS = 300  # longer "headlines" are unclosed tags swallowing the page


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def title_similarity(a: str, b: str) -> float:
    """Share of the shorter title's words found in the other one (0..1)."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    short, long_ = (wa, set(wb)) if len(wa) <= len(wb) else (wb, set(wa))
    return sum(1 for w in short if w in long_) / len(short)


def host_key(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    host = host.removeprefix("www.").removeprefix("m.")
    return host.split(".")[0]


def alnum(text: str) -> str:
    return "".join(words(text))


def _is_sitey(segment: str, site_names: list[str], site_key: str) -> bool:
    key = alnum(segment)
    if not key:
        return True
    if site_key and site_key in key:
        return True
    if any(name and (alnum(name) in key or key in alnum(name)) for name in site_names):
        return True
    return len(words(segment)) <= 6 and bool(_SITE_WORDS.search(segment))


def strip_site_suffix(title: str, site_names: list[str], url: str) -> str:
    """Remove a trailing (or leading) " | baotintuc.vn" / " - Báo VnExpress Sức khỏe" segment."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site_key = host_key(url)
    seps = _TITLE_SEPARATORS.findall(title)
    if seps[-1].strip() in {"|", "::"} and len(words(parts[-1])) <= 12:
        # A pipe almost never occurs inside a Vietnamese headline: what follows names the site.
        return title[: title.rfind(seps[-1])].strip()
    if _is_sitey(parts[-1], site_names, site_key):
        return title[: title.rfind(seps[-1])].strip()
    if _is_sitey(parts[0], site_names, site_key) and len(words(parts[0])) <= 4:
        return title[title.find(seps[0]) + len(seps[0]) :].strip()
    return title


HEADLINE_XPATH = (
    "//h1 | //*[@itemprop='headline'][not(self::meta)]"
    " | //h2[contains(@class, 'title')] | //h3[contains(@class, 'title')]"
)


def headlines(tree: HtmlElement) -> list[str]:
    """Visible headline candidates: every ``<h1>``, ``itemprop=headline``, titled h2/h3."""
    found = []
    for node in tree.xpath(HEADLINE_XPATH):
        text = tidy(" ".join(node.text_content().split()), paragraphs=False)
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
        shared = len(set(words(headline)) & set(words(meta_title)))
        score = shared / max(len(set(words(headline))), len(set(words(meta_title))))
        if score > best_score:
            best, best_score = headline, score
    return best or meta_title
