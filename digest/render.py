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
from digest.fmt import http_link

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


def render_html(context: DigestContext) -> str:
    return render("digest.html.j2", d=context)


def render_text(context: DigestContext) -> str:
    return render("digest.txt.j2", d=context)
