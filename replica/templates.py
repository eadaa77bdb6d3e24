"""Article page markup per outlet, mimicking each outlet's documented template (domain notes §4).

The outlet's :class:`replica.styles.Style` places title, date, sapo, body and byline; boilerplate
(menus, related news, comments, footer) surrounds every article so that extraction is exercised
realistically. Every date written is recorded for date shifting.
"""

from __future__ import annotations

import json
from html import escape

from replica.dates import render
from replica.layout import Placement
from replica.styles import STYLES

COMMENT_TEXT = "Ý kiến bạn đọc sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu."


def close_tag(opening: str) -> str:
    """The closing tags of an opening-tag string such as '<h1 class="x"><span>'."""
    names = [part.split(">")[0].split()[0] for part in opening.split("<")[1:]]
    return "".join(f"</{n}>" for n in reversed(names))


def render_article(
    p: Placement,
    related: list[Placement],
    sections: list[tuple[str, str]],
    mobile_host: str | None = None,
) -> tuple[str, list[list[str]]]:
    """HTML of the article page and the date strings written in it ([text, iso, format])."""
    st = STYLES[p.outlet]
    iso = p.published.isoformat(timespec="seconds")
    shown = render(p.published, st.date_fmt)
    dates = [[shown, iso, st.date_fmt], [iso, iso, "iso"]]
    e = escape
    head = [
        f"<title>{e(p.title)} | {e(st.brand)}</title>",
        f'<meta name="description" content="{e(p.lead or p.body[0])}">',
        f'<link rel="canonical" href="{e(p.url)}">',
    ]
    if mobile_host:
        mobile = p.url.replace(f"//{p.url.split('/')[2]}", f"//{mobile_host}", 1)
        head.append(
            f'<link rel="alternate" media="only screen and (max-width: 640px)" href="{e(mobile)}">'
        )
    if st.og:
        head += [
            f'<meta property="og:title" content="{e(p.title)}">',
            f'<meta property="og:description" content="{e(p.lead or p.body[0])}">',
            f'<meta property="og:url" content="{e(p.url)}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:site_name" content="{e(st.brand)}">',
        ]
    if st.meta_time:
        head.append(f'<meta property="article:published_time" content="{iso}">')
    if p.author:
        head.append(f'<meta name="author" content="{e(p.author)}">')
    if st.jsonld:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": p.title,
            "datePublished": iso,
            "mainEntityOfPage": p.url,
            "publisher": {"@type": "Organization", "name": st.brand},
        }
        if p.author:
            ld["author"] = {"@type": "Person", "name": p.author}
        head.append(
            '<script type="application/ld+json">'
            + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
            + "</script>"
        )
    title = f"{st.title}{e(p.title)}{close_tag(st.title)}"
    date = st.date.format(date=e(shown), iso=iso)
    parts = [date, title] if st.date_first else [title, date]
    if p.lead:
        parts.append(st.lead.format(lead=e(p.lead)))
    paras = "".join(st.para.format(p=e(x)) for x in p.body)
    author = st.author.format(a=e(p.author)) if p.author else ""
    inside, outside = (author, "") if st.author_inside else ("", author)
    parts.append(f"{st.body}{paras}{inside}{st.body_close}{outside}{st.after}")
    menu = "".join(f'<li><a href="{e(u)}">{e(n)}</a></li>' for u, n in sections)
    rel = "".join(f'<li><a href="{e(r.url)}">{e(r.title)}</a></li>' for r in related)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{chr(10).join(head)}
</head>
<body>
<header class="site-header"><a class="logo" href="/">{e(st.brand)}</a>
<nav class="main-menu"><ul>{menu}</ul></nav>
<form class="search" action="/tim-kiem/"><input name="q" placeholder="Tìm kiếm"></form></header>
<main class="site-body">
<div class="breadcrumb"><a href="/">Trang chủ</a></div>
<div class="detail-main">
{chr(10).join(parts)}
</div>
<aside class="box-related"><h3>{e(st.related)}</h3><ul>{rel}</ul></aside>
<section class="box-comment" id="comment"><h3>Bình luận</h3><p>{COMMENT_TEXT}</p>
<textarea placeholder="Gửi bình luận của bạn"></textarea></section>
</main>
<footer class="site-footer"><p>© {e(st.brand)}.
Giấy phép hoạt động báo điện tử do Bộ Văn hóa, Thể thao và Du lịch cấp.
Không sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản.</p></footer>
</body>
</html>
"""
    return page, dates
