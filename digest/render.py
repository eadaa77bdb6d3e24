"""Render the digest context (and alerts) with Jinja2: the HTML e-mail and the plain text.

The Jinja2 environment autoescapes every ``*.html.j2`` template (scraped text is hostile: a title
with markup arrives as text), passes every link through ``| href`` (http(s) only) and uses
``StrictUndefined`` (a name the context lacks is an error, never an empty string). Plain-text
templates are not escaped.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from digest.context import DigestContext
from text.urls import http_link

TEMPLATES = Path(__file__).resolve().parent / "templates"


def _autoescape(name: str | None) -> bool:
    return bool(name) and str(name).endswith(".html.j2")


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The digest's templates; ``| href`` keeps an http(s) URL and empties anything else (every
    link of the HTML templates goes through it, on top of the context's own checks)."""
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=_autoescape,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["href"] = http_link
    return env


def render(template: str, **values: object) -> str:
    """Render ``templates/<template>`` with ``values``."""
    return environment().get_template(template).render(**values)


# Gmail shows only the first ~102 KB of a message's HTML ("[Message clipped]"), cutting off the
# workflow section and the appendix on a busy day. Above this many bytes the digest is rendered
# shorter: first the positive and neutral items as one line each, then without the appendix
# (both stay in full in the attached DOCX and in the web app). Items needing action are always
# shown in full.
HTML_BUDGET = 95_000
COMPACT_LEVELS = (0, 1, 2)  # 0 full, 1 one-line positive/neutral items, 2 also no appendix


def render_html(context: DigestContext, *, budget: int = HTML_BUDGET) -> str:
    """The digest's HTML: the fullest form that fits ``budget`` bytes (UTF-8), else the
    shortest."""
    html = ""
    for level in COMPACT_LEVELS:
        html = render("digest.html.j2", d=context, compact=level)
        if len(html.encode("utf-8")) <= budget:
            break
    return html


def render_text(context: DigestContext) -> str:
    return render("digest.txt.j2", d=context)
