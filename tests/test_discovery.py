"""Discovery functions on recorded real pages and on broken input: feeds, listings, sitemaps."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from crawlers import feeds, listing, sitemaps
from crawlers.middlewares import RetryBackoffMiddleware
from crawlers.registry import load_registry, select

SITES = Path(__file__).resolve().parents[1] / "replica" / "sites"


def spec(name: str):
    return select(load_registry(), [name])[0]


# --- feeds ----------------------------------------------------------------------------------------
def test_real_vnexpress_feed_of_2017() -> None:
    body = (SITES / "vnexpress.net/rss/tin-moi-nhat-2017-02-18.rss").read_bytes()
    entries = feeds.parse_feed(body, "https://vnexpress.net/rss/tin-moi-nhat.rss")
    assert len(entries) == 25
    first = entries[0]
    assert first.link.startswith("http") and "vnexpress.net" in first.link
    assert first.title and "<" not in first.summary
    assert first.published is not None and first.published.utcoffset().total_seconds() == 7 * 3600
    assert first.published.year == 2017


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   ",
        b"<html><body>503 Service Unavailable</body></html>",
        b"\x00\x01\x02binary",
        b"<rss><channel></channel></rss>",
    ],
)
def test_unusable_feeds_raise_a_clear_error(body: bytes) -> None:
    with pytest.raises(feeds.FeedError, match="feed"):
        feeds.parse_feed(body, "https://example.vn/rss/home.rss")


def test_truncated_feed_keeps_the_items_before_the_cut() -> None:
    body = (SITES / "vnexpress.net/rss/tin-moi-nhat-2017-02-18.rss").read_bytes()
    entries = feeds.parse_feed(body[: len(body) // 2], "https://vnexpress.net/rss/tin-moi-nhat.rss")
    assert 5 <= len(entries) < 25


def test_feed_summary_markup_becomes_plain_text() -> None:
    rss = (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><item>"
        "<title>Thi h\u00e0nh \u00e1n &amp; c\u01b0\u1ee1ng ch\u1ebf</title>"
        "<link>https://baophapluat.vn/a-post123456.html</link>"
        "<description><![CDATA[<a href='x'><img src='y'></a>Ch\u1ea5p h\u00e0nh vi\u00ean "
        "<b>k\u00ea bi\u00ean</b> t\u00e0i s\u1ea3n]]></description>"
        "<pubDate>Mon, 23 Nov 2026 08:05:00 +0700</pubDate></item></channel></rss>"
    ).encode()
    (entry,) = feeds.parse_feed(rss, "https://baophapluat.vn/rss/home.rss")
    assert entry.title == "Thi hành án & cưỡng chế"
    assert entry.summary == "Chấp hành viên kê biên tài sản"
    assert entry.published.isoformat() == "2026-11-23T08:05:00+07:00"


# --- listings -------------------------------------------------------------------------------------
def test_real_baotintuc_listing_links() -> None:
    html = (SITES / "baotintuc.vn/phap-luat-475ct0.htm").read_text(encoding="utf-8")
    tree = listing.parse_html(html)
    baotintuc = spec("baotintuc")
    links = listing.article_links(
        tree,
        "https://baotintuc.vn/phap-luat-475ct0.htm",
        lambda u: baotintuc.owns(u) and baotintuc.is_article_url(u),
    )
    assert len(links) >= 40
    assert all(link.startswith("https://baotintuc.vn/") for link in links)
    assert len(links) == len(set(links))
    assert "https://baotintuc.vn/phap-luat-475ct0.htm" not in links


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<link rel="next" href="/phap-luat/trang-2.htm">', "https://x.vn/phap-luat/trang-2.htm"),
        ('<a rel="next" href="?page=2">2</a>', "https://x.vn/phap-luat/?page=2"),
        ('<a href="/phap-luat/p2">Trang sau</a>', "https://x.vn/phap-luat/p2"),
        ('<a href="/phap-luat/?page=2">»</a>', "https://x.vn/phap-luat/?page=2"),
        (
            '<a href="/phap-luat/?page=2">2</a><a href="/phap-luat/?page=3">3</a>',
            "https://x.vn/phap-luat/?page=2",
        ),
        ('<a href="https://other.vn/?page=2">Trang sau</a>', None),
        ("<p>no pagination</p>", None),
    ],
)
def test_next_page_detection(html: str, expected: str | None) -> None:
    tree = listing.parse_html(f"<html><body>{html}</body></html>")
    assert listing.next_page(tree, "https://x.vn/phap-luat/") == expected


def test_next_page_outlet_selector_wins() -> None:
    tree = listing.parse_html(
        '<div class="pager"><a class="more" href="/s/page/3">Xem</a></div><a href="/s/page/2">2</a>'
    )
    assert listing.next_page(tree, "https://x.vn/s/page/2", "a.more") == "https://x.vn/s/page/3"


def test_listing_of_garbage_is_none() -> None:
    assert listing.parse_html("") is None


# --- sitemaps -------------------------------------------------------------------------------------
def test_google_news_sitemap() -> None:
    body = (SITES / "znews.vn/sitemap/sitemap-news.xml").read_bytes()
    result = sitemaps.parse_sitemap(body, "https://znews.vn/sitemap/sitemap-news.xml")
    assert result.kind == "urlset" and len(result.urls) >= 5
    first = result.urls[0]
    assert first.loc.startswith("https://znews.vn/") and first.news_title
    assert first.news_published is not None and first.date == first.news_published


def test_sitemap_index_and_gzip() -> None:
    body = (SITES / "baochinhphu.vn/sitemap.xml").read_bytes()
    index = sitemaps.parse_sitemap(body, "https://baochinhphu.vn/sitemap.xml")
    assert index.kind == "index" and len(index.children) == 2
    child = (SITES / "baochinhphu.vn/sitemaps/sitemap-news-1.xml").read_bytes()
    zipped = sitemaps.parse_sitemap(gzip.compress(child), "https://baochinhphu.vn/s.xml.gz")
    assert zipped.kind == "urlset" and zipped.urls


@pytest.mark.parametrize("body", [b"", b"<html><body>hi</body></html>", b"\x1f\x8bnot gzip"])
def test_not_a_sitemap(body: bytes) -> None:
    with pytest.raises(sitemaps.SitemapError):
        sitemaps.parse_sitemap(body, "https://x.vn/sitemap.xml")


# --- politeness -----------------------------------------------------------------------------------
def test_retry_backoff_doubles_and_is_capped() -> None:
    backoff = RetryBackoffMiddleware(base=1.5, cap=10)
    assert [backoff.delay(n) for n in range(6)] == [0.0, 1.5, 3.0, 6.0, 10, 10]
