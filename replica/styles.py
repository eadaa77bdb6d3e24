"""Per-outlet article markup: which tags and classes hold title, date, sapo, body and byline.

Mimics each outlet's documented template (domain notes §4) or, for outlets with recorded real pages,
the markup of those pages, so that the registry's selectors apply to rendered and real pages alike.
Also says which date format the page shows and which metadata (article:published_time, og tags,
JSON-LD) the outlet emits.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Style:
    brand: str
    title: str  # opening tag of the headline
    date: str  # markup around {date} (and {iso})
    date_fmt: str
    lead: str  # markup around {lead}
    body: str  # opening tag of the body container
    body_close: str = "</div>"
    para: str = "<p>{p}</p>"
    author: str = '<p class="author">{a}</p>'
    meta_time: bool = True
    og: bool = True
    jsonld: bool = False
    date_first: bool = False  # date line above the headline
    author_inside: bool = False  # byline as the last line inside the body container
    after: str = ""  # markup closing a wrapper opened by ``body``
    related: str = "Tin liên quan"


STYLES: dict[str, Style] = {
    "baophapluat": Style(
        "Báo Pháp luật Việt Nam",
        '<h1 class="article__title cms-title">',
        '<div class="article__meta"><time datetime="{iso}">{date}</time></div>',
        "weekday_dmy_hm",
        '<div class="article__summary cms-desc">{lead}</div>',
        '<div class="article__body cms-body">',
        author='<p class="article__author cms-author">{a}</p>',
        jsonld=True,
    ),
    "vnexpress": Style(
        "VnExpress",
        '<h1 class="title-detail">',
        '<span class="date">{date}</span>',
        "vnexpress",
        '<p class="description">{lead}</p>',
        '<article class="fck_detail">',
        "</article>",
        '<p class="Normal">{p}</p>',
        '<p class="Normal" style="text-align:right;"><strong>{a}</strong></p>',
        date_first=True,
        author_inside=True,
        related="Xem thêm",
    ),
    "tuoitre": Style(
        "Tuổi Trẻ Online",
        '<h1 class="detail-title article-title" data-role="title">',
        '<div class="detail-time"><div data-role="publishdate">{date}</div></div>',
        "gmt7",
        '<h2 class="detail-sapo" data-role="sapo">{lead}</h2>',
        '<div class="detail-content afcbc-body" data-role="content">',
        author='<div class="author-info"><span class="name">{a}</span></div>',
        jsonld=True,
    ),
    "thanhnien": Style(
        "Thanh Niên",
        '<h1 class="detail-title"><span data-role="title">',
        '<div class="detail-time"><div data-role="publishdate">{date}</div></div>',
        "dmy_hm",
        '<h2 class="detail-sapo" data-role="sapo">{lead}</h2>',
        '<div class="detail-content afcbc-body">',
        author='<div class="detail-author"><a class="name">{a}</a></div>',
    ),
    "dantri": Style(
        "Báo Dân trí",
        '<h1 class="title-page detail">',
        '<div class="author-time"><time class="author-time" datetime="{iso}">{date}</time></div>',
        "dantri",
        '<h2 class="singular-sapo">{lead}</h2>',
        '<div class="singular-content">',
        author='<div class="author-name"><b>{a}</b></div>',
        jsonld=True,
        related="Tin liên quan",
    ),
    "vietnamnet": Style(
        "VietNamNet",
        '<h1 class="content-detail-title">',
        '<div class="bread-crumb-detail__time">{date}</div>',
        "weekday_dmy_hm",
        '<h2 class="content-detail-sapo sm-sapo-mb-0">{lead}</h2>',
        '<div class="maincontent main-content" id="maincontent">',
        author='<p class="article-detail-author__info"><span class="name">{a}</span></p>',
    ),
    "nld": Style(
        "Báo Người Lao Động",
        '<h1 class="detail-title" data-role="title">',
        '<div class="detail-time" data-role="publishdate">{date}</div>',
        "dmy_dash_hm",
        '<h2 class="detail-sapo" data-role="sapo">{lead}</h2>',
        '<div class="detail-content afcbc-body">',
        author='<p class="detail-author">{a}</p>',
        jsonld=True,
    ),
    "tienphong": Style(
        "Báo Tiền Phong",
        '<h1 class="article__title cms-title ">',
        '<time class="time" datetime="{iso}">{date}</time>',
        "dmy_hm",
        '<div class="article__sapo cms-desc">{lead}</div>',
        '<div class="article__body zce-content-body cms-body">',
        author='<span class="article__author">{a}</span>',
        date_first=True,
    ),
    "laodong": Style(
        "Báo Lao Động",
        '<h1 class="title">',
        '<span class="time">{date}</span>',
        "weekday_dmy_hm",
        '<div class="chappeau"><p>{lead}</p></div>',
        '<div class="art-body">',
        author='<p class="author"><span>{a}</span></p>',
    ),
    "cand": Style(
        "Báo Công an Nhân dân",
        '<h1 class="box-title-detail">',
        '<div class="box-date">{date}</div>',
        "hm_dmy",
        '<div class="box-des-detail this-one">{lead}</div>',
        '<div class="detail-content-body">',
        author='<p class="box-author"><strong>{a}</strong></p>',
    ),
    "vov": Style(
        "VOV.VN",
        '<h1 class="article__title">',
        '<div class="article__meta"><span class="time">{date}</span></div>',
        "dmy_dash_hm",
        '<div class="article__sapo">{lead}</div>',
        '<div class="article__body">',
        jsonld=True,
    ),
    "vtv": Style(
        "VTV.vn",
        '<h1 class="title_detail">',
        '<p class="news-info"><span class="time">{date}</span></p>',
        "dmy_hm",
        '<h2 class="sapo">{lead}</h2>',
        '<div class="ta-justify" id="entry-body">',
        author='<p class="news-info"><span class="author">{a}</span></p>',
        og=False,
    ),
    "znews": Style(
        "ZNEWS.VN",
        '<h1 class="the-article-title">',
        '<ul class="the-article-meta"><li class="the-article-publish">{date}</li></ul>',
        "hm_dmy",
        '<p class="the-article-summary">{lead}</p>',
        '<div class="the-article-body">',
        author='<li class="the-article-author">{a}</li>',
        jsonld=True,
        date_first=True,
    ),
    "plo": Style(
        "Báo Pháp Luật TP.HCM",
        '<h1 class="article__title cms-title">',
        '<div class="article__meta"><time class="time">{date}</time></div>',
        "dmy_hm",
        '<h2 class="article__sapo cms-desc">{lead}</h2>',
        '<div class="article__body cms-body">',
        author='<div class="article__author"><span class="name cms-author">{a}</span></div>',
    ),
    "baochinhphu": Style(
        "Báo Điện tử Chính phủ",
        '<h1 class="detail-title">',
        '<div class="detail-time">{date}</div>',
        "dmy_hm",
        '<h2 class="detail-sapo">{lead}</h2>',
        '<div class="detail-content afcbc-body">',
        author='<div class="detail-author">{a}</div>',
    ),
    "moj": Style(
        "Cổng thông tin điện tử Bộ Tư pháp",
        '<h2 class="title_news">',
        '<div class="date">{date}</div>',
        "paren",
        '<div class="sapo"><strong>{lead}</strong></div>',
        '<div class="content_news">',
        og=False,
        meta_time=False,
        related="Các tin khác",
    ),
    "thads": Style(
        "Cục Quản lý Thi hành án dân sự",
        '<h3 class="title-detail">',
        '<div class="date-detail">{date}</div>',
        "dmy",
        '<div class="summary-detail"><b>{lead}</b></div>',
        '<div class="content-detail">',
        og=False,
        meta_time=False,
        related="Các tin đã đưa",
    ),
    "baotintuc": Style(
        "Báo Tin tức",
        '<h1 class="detail-title">',
        '<div class="date">{date}</div>',
        "dmy_hm",
        '<h2 class="sapo">{lead}</h2>',
        '<div class="boxdetail"><div class="contents">',
        "</div>",
        author='<div class="author">{a}</div>',
        after="</div>",
    ),
    "nhandan": Style(
        "Báo Nhân Dân điện tử",
        '<h1 class="article__title cms-title ">',
        '<time class="time" datetime="{iso}">{date}</time>',
        "weekday_dmy_hm",
        '<div class="article__sapo cms-desc">{lead}</div>',
        '<div class="article__body zce-content-body cms-body">',
        author='<p class="article__author">{a}</p>',
        date_first=True,
    ),
    "cafef": Style(
        "CafeF",
        '<h1 class="title">',
        '<span class="pdate">{date}</span>',
        "dmy_dash_hm",
        '<h2 class="sapo">{lead}</h2>',
        '<div class="detail-content afcbc-body">',
        author='<p class="author">{a}</p>',
        date_first=True,
    ),
    "genk": Style(
        "GenK",
        '<h1 class="kbwc-title">',
        '<time class="kbwcm-time">{date}</time>',
        "dmy_hm",
        '<h2 class="knc-sapo">{lead}</h2>',
        '<div class="knc-content detail-content" id="ContentDetail">',
        author='<p class="kbwcm-author">{a}</p>',
    ),
}
