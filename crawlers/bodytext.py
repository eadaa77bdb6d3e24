"""Readable text of an article body element: paragraphs in order, boilerplate left out.

Used by the selector route of extraction (and for bylines and leads). Scripts, styles, embeds, ad
slots and inline "related news" boxes are skipped; figure captions are kept as paragraphs
unless they are only a photo credit; a right-aligned or all-bold short last paragraph is
recognised as the reporter's byline (VnExpress, Nhân Dân) and returned apart from the body text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from lxml.html import HtmlElement

from text.normalize import clean_text

__all__ = [
    "BodyText",
    "body_text",
    "element_text",
    "is_boilerplate",
    "paragraphs_of",
    "squash",
    "tidy",
]

_SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "iframe", "ins", "button", "form", "svg", "video", "audio",
        "object", "embed", "select", "input", "textarea", "template", "canvas", "map", "nav",
        "aside", "link", "meta", "head", "picture", "source",
    }
)  # fmt: skip
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "table", "tr",
        "td", "th", "pre", "br", "hr", "main", "center",
    }
)  # fmt: skip
_CONTAINER_TAGS = frozenset(
    {"div", "section", "aside", "ul", "ol", "table", "figure", "header", "footer", "article", "p",
     "h2", "h3", "h4", "blockquote", "dl"}
)  # fmt: skip
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:relat\w*|lien-?quan|tinlienquan|tin-?lq|xem-?them|readmore|read-more|ads?|"
    r"adv\w*|advert\w*|banner\w*|sda\w*|quangcao|social\w*|share\w*|sharing|tags?|tag-?list|"
    r"keywords?|comments?|newsletter|rating|recommend\w*|most-?read|doc-?nhieu|breadcrumbs?|"
    r"poll|widget\w*|sticky|hidden|print|subscribe|stock\w*|box-?news|news-?box|kbwc-?socials?)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
_CREDIT_ONLY = re.compile(
    r"^(?:\(?(?:ảnh|video|clip|nguồn|đồ họa|infographic|photo)\b[^.]{0,60}\)?|chú thích ảnh|"
    r"ảnh minh họa|ảnh minh hoạ)\.?$",
    re.IGNORECASE,
)
_RIGHT_ALIGNED = re.compile(r"text-align\s*:\s*right", re.IGNORECASE)
_BYLINE_CLASS = re.compile(r"author|byline|tac-?gia", re.IGNORECASE)
MAX_BYLINE_CHARS = 60


@dataclass(frozen=True)
class BodyText:
    text: str
    byline: str | None = None
    captions_only: bool = False


def is_boilerplate(node: HtmlElement) -> bool:
    """Ad slot, share bar or related-news box, judged by class, id and component attributes.

    Only containers are judged: an inline link classed "cms-relate" inside a sentence is text.
    """
    if node.tag not in _CONTAINER_TAGS:
        return False
    attrs = " ".join(
        node.get(a, "")
        for a in ("class", "id", "data-component-type", "data-role", "role", "data-marked-zoneid")
    )
    if attrs and _BOILERPLATE.search(attrs):
        return True
    style = node.get("style", "").replace(" ", "").lower()
    return "display:none" in style or _is_link_list(node)


def _is_link_list(node: HtmlElement) -> bool:
    """A container that is mostly links: a list of other stories, not prose."""
    if node.tag not in ("div", "ul", "ol", "section", "table", "aside"):
        return False
    links = node.findall(".//a")
    if len(links) < 2:
        return False
    total = len(" ".join(node.text_content().split()))
    linked = sum(len(" ".join(a.text_content().split())) for a in links)
    return total > 0 and linked / total >= 0.7


def element_text(node: HtmlElement) -> str:
    """All text of ``node`` on one line, cleaned and NFC."""
    return tidy(" ".join(node.text_content().split()), paragraphs=False)


def squash(node: HtmlElement) -> str:
    """All text of ``node`` on one line, whitespace collapsed: cheap, for comparisons only."""
    return " ".join(node.text_content().split())


def tidy(text: str, *, paragraphs: bool = True) -> str:
    """``text.normalize.clean_text``, skipped when it could change nothing.

    clean_text walks every character in Python; most scraped text is already clean. A line that
    ``isprintable()`` holds no control, format or exotic space character, so if every line is
    printable, NFC, free of literal ``&nbsp;`` and of doubled or edge spaces, it is returned as is.
    """
    lines = text.split("\n")
    clean = (
        (paragraphs or len(lines) == 1)
        and unicodedata.is_normalized("NFC", text)
        and "&" not in text
        and all(line and line.isprintable() and line == line.strip() for line in lines)
        and "  " not in text
    )
    return text if clean else clean_text(text, paragraphs=paragraphs)


def paragraphs_of(text: str) -> str:
    """NFC, one paragraph per line, blank lines and runs of spaces gone (cheap; stored text still
    goes through ``text.normalize.clean_text``)."""
    lines = (" ".join(line.split()) for line in unicodedata.normalize("NFC", text).splitlines())
    return "\n".join(line for line in lines if line)


def _inside_boilerplate(node: HtmlElement | None, root: HtmlElement) -> bool:
    while node is not None and node is not root:
        if node.tag in _SKIP_TAGS or is_boilerplate(node):
            return True
        node = node.getparent()
    return False


def _byline_node(root: HtmlElement) -> HtmlElement | None:
    """The short right-aligned / all-bold / author-classed paragraph ending the body, if any."""
    last = None
    for node in reversed(list(root.iter("p", "div"))):
        if any(isinstance(c.tag, str) and c.tag in ("p", "div") for c in node):
            continue
        if squash(node) and not _inside_boilerplate(node, root):
            last = node
            break
    if last is None:
        return None
    text = squash(last)
    if len(text) > MAX_BYLINE_CHARS or len(text.split()) > 8 or any(ch.isdigit() for ch in text):
        return None
    if text.endswith((".", "?", "!", ":")) and not text.endswith("(TTXVN)."):
        return None
    styled = _RIGHT_ALIGNED.search(last.get("style", "") + last.get("align", "="))
    bold = [c for c in last if isinstance(c.tag, str) and c.tag in ("strong", "b")]
    all_bold = len(bold) == 1 and squash(bold[0]) == text
    classed = _BYLINE_CLASS.search(
        last.get("class", "") + " " + (last.getparent().get("class", ""))
    )
    return last if (styled or all_bold or classed) else None


def _render(
    node: HtmlElement, out: list[str], captions: list[str], skip: set[int], top: bool = False
) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    dropped = not tag or tag in _SKIP_TAGS or id(node) in skip
    if dropped or (not top and is_boilerplate(node)):
        if node.tail and not top:
            out.append(node.tail)
        return
    if tag == "figcaption":
        caption = squash(node)
        if len(caption) >= 25 and not _CREDIT_ONLY.match(caption):
            out.append("\n" + caption + "\n")
            captions.append(caption)
        if node.tail and not top:
            out.append(node.tail)
        return
    block = tag in _BLOCK_TAGS
    if block:
        out.append("\n")
    if node.text:
        out.append(node.text)
    for child in node:
        _render(child, out, captions, skip)
    if block:
        out.append("\n")
    if node.tail and not top:
        out.append(node.tail)


def body_text(root: HtmlElement) -> BodyText:
    """Paragraph text of an article body element (one paragraph per line)."""
    byline_node = _byline_node(root)
    skip = {id(byline_node)} if byline_node is not None else set()
    out: list[str] = []
    captions: list[str] = []
    _render(root, out, captions, skip, top=True)  # top: the root's own tail is not body text
    text = paragraphs_of("".join(out))
    lines = text.split("\n") if text else []
    captions_only = bool(lines) and all(line in captions for line in lines)
    byline = element_text(byline_node) if byline_node is not None else None
    return BodyText(text=text, byline=byline, captions_only=captions_only)
