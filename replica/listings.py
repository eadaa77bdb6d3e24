"""Discovery pages of the replica: RSS feeds, paginated section listings, sitemaps, robots.txt.

Every function returns the document text and the date strings it contains ([text, iso, format]) so
the server can shift them. Pagination styles differ per outlet, as on the real sites.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape
from xml.sax.saxutils import escape as xml_escape

from crawlers.registry import OutletSpec
from replica.dates import render
from replica.styles import STYLES

Dates = list[list[str]]


@dataclass(frozen=True)
class Entry:
    """An article as linked from feeds, listings and sitemaps (rendered or recorded)."""

    title: str
    url: str  # the link as published (may carry tracking parameters or a mobile host)
    lead: str
    published: datetime


# How each outlet paginates its sections: "rel" = <link rel=next>; "css" = an anchor that the
# registry's next_page selector finds; "text" = an anchor reading "Trang sau".
PAGINATION = {
    "vnexpress": "css",
    "tienphong": "css",
    "znews": "css",
    "dantri": "text",
    "cand": "text",
    "plo": "text",
    "moj": "text",
    "thads": "text",
}
CSS_NEXT = {
    "vnexpress": '<a class="btn-page next-page" href="{u}">›</a>',
    "tienphong": '<a class="btn-loadmore" href="{u}">Xem thêm</a>',
    "znews": '<p class="pagination"><a class="next" href="{u}">Tiếp</a></p>',
}
HTML_SUMMARY = frozenset({"baophapluat", "vnexpress", "tuoitre", "thanhnien", "dantri", "nld"})


def page_url(outlet: str, section: str, n: int) -> str:
    """URL of page ``n`` (1-based) of a section listing, in the outlet's style."""
    if n == 1:
        return section
    if outlet == "vnexpress":
        return f"{section}-p{n}"
    if outlet == "cand":
        return f"{section}trang-{n}/"
    if outlet == "znews":
        return section.removesuffix(".html") + f"/trang{n}.html"
    if outlet == "plo":
        return f"{section}trang-{n}.html"
    for ext in (".htm", ".chn"):
        if section.endswith(ext):
            return section.removesuffix(ext) + f"/trang-{n}{ext}"
    return f"{section}?{'Page' if outlet in {'moj', 'thads'} else 'page'}={n}"


def render_section(
    spec: OutletSpec, section: str, n: int, pages: int, entries: list[Entry], name: str
) -> tuple[str, Dates]:
    style = STYLES[spec.name]
    dates: Dates = []
    items = []
    for entry in entries:
        shown = render(entry.published, style.date_fmt)
        dates.append([shown, entry.published.isoformat(timespec="seconds"), style.date_fmt])
        link = (
            f'<a href="{escape(entry.url)}" title="{escape(entry.title)}">{escape(entry.title)}</a>'
        )
        if spec.name == "vnexpress":
            items.append(
                f'<article class="item-news"><h3 class="title-news">{link}</h3>'
                f'<p class="description">{escape(entry.lead)}</p></article>'
            )
        elif spec.name == "znews":
            items.append(
                f'<article class="article-item"><header><h3 class="article-title">{link}</h3>'
                f'</header><span class="time">{shown}</span></article>'
            )
        elif spec.name in {"baophapluat", "plo", "nhandan", "tienphong"}:
            items.append(
                f'<div class="story"><h2 class="story__heading">{link}</h2>'
                f'<time class="story__time">{shown}</time>'
                f'<div class="story__summary">{escape(entry.lead)}</div></div>'
            )
        else:
            items.append(
                f'<div class="box-category-item"><h3 class="box-title-text">{link}</h3>'
                f'<span class="time">{shown}</span><p class="sapo">{escape(entry.lead)}</p></div>'
            )
    head = [
        f"<title>{escape(name)} | {escape(style.brand)}</title>",
        f'<link rel="canonical" href="{escape(page_url(spec.name, section, n))}">',
    ]
    nav = []
    kind = PAGINATION.get(spec.name, "rel")
    if n > 1:
        nav.append(
            f'<a class="prev" href="{escape(page_url(spec.name, section, n - 1))}">Trang trước</a>'
        )
    for i in range(1, pages + 1):
        active = " active" if i == n else ""
        href = escape(page_url(spec.name, section, i))
        nav.append(f'<a class="page-number{active}" href="{href}">{i}</a>')
    if n < pages:
        nxt = escape(page_url(spec.name, section, n + 1))
        if kind == "rel":
            head.append(f'<link rel="next" href="{nxt}">')
        elif kind == "css":
            nav.append(CSS_NEXT[spec.name].format(u=nxt))
        else:
            nav.append(f'<a href="{nxt}">Trang sau</a>')
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
{chr(10).join(head)}
</head>
<body>
<header class="site-header"><a class="logo" href="/">{escape(style.brand)}</a></header>
<main>
<h1 class="category-name">{escape(name)}</h1>
<div class="list-news">
{chr(10).join(items)}
</div>
<div class="pagination">{" ".join(nav)}</div>
</main>
<footer class="site-footer">© {escape(style.brand)}</footer>
</body>
</html>
"""
    return html, dates


def render_feed(
    spec: OutletSpec, feed_url: str, title: str, entries: list[Entry]
) -> tuple[str, Dates]:
    style = STYLES[spec.name]
    dates: Dates = []
    items = []
    for entry in entries:
        when = render(entry.published, "rfc822")
        dates.append([when, entry.published.isoformat(timespec="seconds"), "rfc822"])
        if spec.name in HTML_SUMMARY:
            desc = (
                f'<![CDATA[<a href="{escape(entry.url)}"><img src="https://static.{spec.host}/'
                f'thumb.jpg" alt="" /></a></br>{escape(entry.lead)}]]>'
            )
        else:
            desc = xml_escape(entry.lead)
        items.append(f"""<item>
<title>{xml_escape(entry.title)}</title>
<link>{xml_escape(entry.url)}</link>
<guid isPermaLink="false">{xml_escape(entry.url.split("?")[0])}</guid>
<pubDate>{when}</pubDate>
<description>{desc}</description>
</item>""")
    newest = max((e.published for e in entries), default=None)
    build = ""
    if newest is not None:
        build = f"<lastBuildDate>{render(newest, 'rfc822')}</lastBuildDate>\n"
        dates.append([render(newest, "rfc822"), newest.isoformat(timespec="seconds"), "rfc822"])
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>{xml_escape(title)} - {xml_escape(style.brand)}</title>
<link>{xml_escape(spec.home)}</link>
<description>{xml_escape(style.brand)} - {xml_escape(title)}</description>
<language>vi-VN</language>
{build}{chr(10).join(items)}
</channel>
</rss>
"""
    return xml, dates


def render_sitemap(entries: list[Entry], news_name: str | None = None) -> tuple[str, Dates]:
    """A URL set; with ``news_name`` a Google News sitemap (news:publication_date, news:title)."""
    dates: Dates = []
    urls = []
    for entry in entries:
        iso = entry.published.isoformat(timespec="seconds")
        dates.append([iso, iso, "iso"])
        if news_name:
            urls.append(f"""<url><loc>{xml_escape(entry.url)}</loc><news:news><news:publication>
<news:name>{xml_escape(news_name)}</news:name><news:language>vi</news:language></news:publication>
<news:publication_date>{iso}</news:publication_date><news:title>{xml_escape(entry.title)}</news:title>
</news:news></url>""")
        else:
            urls.append(f"<url><loc>{xml_escape(entry.url)}</loc><lastmod>{iso}</lastmod></url>")
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news_name else ""
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
        f'sitemap/0.9"{ns}>\n' + "\n".join(urls) + "\n</urlset>\n"
    )
    return xml, dates


def render_sitemap_index(children: list[tuple[str, datetime]]) -> tuple[str, Dates]:
    dates: Dates = []
    rows = []
    for url, modified in children:
        iso = modified.isoformat(timespec="seconds")
        dates.append([iso, iso, "iso"])
        rows.append(f"<sitemap><loc>{xml_escape(url)}</loc><lastmod>{iso}</lastmod></sitemap>")
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/'
        'schemas/sitemap/0.9">\n' + "\n".join(rows) + "\n</sitemapindex>\n"
    )
    return xml, dates


def render_robots(spec: OutletSpec, disallow: tuple[str, ...] = ()) -> str:
    lines = ["User-agent: *", *(f"Disallow: {d}" for d in disallow), "Allow: /", ""]
    lines += [f"Sitemap: {s}" for s in spec.sitemaps]
    return "\n".join(lines).rstrip("\n") + "\n"
