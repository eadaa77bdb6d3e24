"""Render the digest context: HTML e-mail and plain text with Jinja2, DOCX with python-docx.

The Jinja2 environment autoescapes every ``*.html.j2`` template (scraped text is hostile: a title
with markup arrives as text) and uses ``StrictUndefined`` (a name the context lacks is an error,
never an empty string). Plain-text templates are not escaped.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from digest.context import DigestContext

TEMPLATES = Path(__file__).resolve().parent / "templates"


def _autoescape(name: str | None) -> bool:
    return bool(name) and str(name).endswith(".html.j2")


@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=_autoescape,
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
    )


def render(template: str, **values: object) -> str:
    """Render ``templates/<template>`` with ``values``."""
    return environment().get_template(template).render(**values)


def render_html(context: DigestContext) -> str:
    return render("digest.html.j2", d=context)


def render_text(context: DigestContext) -> str:
    return render("digest.txt.j2", d=context)
