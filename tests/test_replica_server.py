"""The replica server over real HTTP on 127.0.0.1: Host routing, caching, sidecars, shifting."""

from __future__ import annotations

import http.client
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from replica.dates import ANCHOR, render, today_shift
from replica.paths import MANIFEST
from replica.server import ReplicaServer

MANIFEST_DATA = json.loads(MANIFEST.read_text(encoding="utf-8"))


def http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def fetch(
    server: ReplicaServer, url: str, method: str = "GET", headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    """Request ``url`` (an outlet URL) from the replica, as the crawler's routing does."""
    parts = urlsplit(url)
    address = urlsplit(server.url)
    conn = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        conn.request(method, path or "/", headers={"Host": parts.netloc, **(headers or {})})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def server() -> Iterator[ReplicaServer]:
    with ReplicaServer(port=0) as running:
        yield running


def article(outlet: str, **where: object) -> dict:
    return next(
        a
        for a in MANIFEST_DATA["articles"]
        if a["outlet"] == outlet and all(a[k] == v for k, v in where.items())
    )


def test_routes_by_host_header(server: ReplicaServer) -> None:
    a = article("baophapluat", thads=True)
    status, headers, body = fetch(server, a["url"])
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert a["title"] in body.decode("utf-8")
    status, headers, body = fetch(server, "https://baophapluat.vn/rss/ban-doc.rss")
    assert status == 200 and headers["content-type"].startswith("application/xml")
    assert body.startswith(b"<?xml")
    # the same path on another host is that host's page (or a 404), never baophapluat's
    status, _, _ = fetch(server, a["url"].replace("baophapluat.vn", "plo.vn"))
    assert status == 404


def test_unknown_host_and_missing_page(server: ReplicaServer) -> None:
    status, _, body = fetch(server, "https://no-such-outlet.example/x.html")
    assert status == 404 and b"unknown host 'no-such-outlet.example'" in body
    status, headers, body = fetch(server, "https://vnexpress.net/khong-co-bai-nay-1234567.html")
    assert status == 404 and headers["content-type"].startswith("text/html")
    assert "Không tìm thấy trang" in body.decode("utf-8")
    assert fetch(server, "https://vnexpress.net/../../etc/passwd")[0] == 404
    assert fetch(server, "https://vnexpress.net/bai-viet-da-go-5117107.html.meta.json")[0] == 404


def test_head_etag_and_last_modified(server: ReplicaServer) -> None:
    a = article("tuoitre")
    status, headers, body = fetch(server, a["url"])
    assert status == 200
    etag, modified = headers["etag"], headers["last-modified"]
    assert modified == http_date(datetime.fromisoformat(a["published_at"]))
    h_status, h_headers, h_body = fetch(server, a["url"], method="HEAD")
    assert (h_status, h_body, h_headers["etag"]) == (200, b"", etag)
    assert h_headers["content-length"] == str(len(body))
    assert fetch(server, a["url"], headers={"If-None-Match": etag})[:3:2] == (304, b"")
    assert fetch(server, a["url"], headers={"If-None-Match": '"other"'})[0] == 200
    assert fetch(server, a["url"], headers={"If-Modified-Since": modified})[0] == 304
    earlier = http_date(datetime.fromisoformat(a["published_at"]) - timedelta(hours=1))
    assert fetch(server, a["url"], headers={"If-Modified-Since": earlier})[0] == 200
    assert fetch(server, a["url"], headers={"If-Modified-Since": "garbage"})[0] == 200


def test_robots_txt(server: ReplicaServer) -> None:
    status, headers, body = fetch(server, "https://vnexpress.net/robots.txt")
    assert status == 200 and headers["content-type"].startswith("text/plain")
    assert "Disallow: /tim-kiem/" in body.decode()
    assert (
        "Sitemap: https://znews.vn/sitemap/sitemap-news.xml"
        in fetch(server, "https://znews.vn/robots.txt")[2].decode()
    )


def test_alias_hosts_mirror_redirect_and_case(server: ReplicaServer) -> None:
    a = article("baophapluat")
    mobile = a["url"].replace("://baophapluat.vn/", "://m.baophapluat.vn/")
    assert fetch(server, mobile)[2] == fetch(server, a["url"])[2]
    status, headers, _ = fetch(server, "https://cand.com.vn/rss/phap-luat-ct115.rss")
    assert (status, headers["location"]) == (301, "https://cand.vn/rss/phap-luat-ct115.rss")
    assert fetch(server, "https://cand.vn/rss/phap-luat-ct115.rss")[0] == 200
    t = article("thads")
    assert fetch(server, t["url"])[0] == 200
    lower = (
        t["url"]
        .replace("/noidung/tintuc/Lists/", "/noidung/tintuc/lists/")
        .replace("View_Detail", "view_detail")
    )
    assert fetch(server, lower.replace("ItemID", "ItemID"))[0] == 200
    assert fetch(server, t["url"].replace("thads.moj.gov.vn", "thads.moj.gov.vn:443"))[0] == 200


def test_sidecars(tmp_path: Path, server: ReplicaServer) -> None:
    # the real replica: an old baophapluat URL answers 301 to its article
    old = next(f for f in MANIFEST_DATA["files"] if f.endswith(".meta.json"))
    meta = json.loads((MANIFEST.parent / "sites" / old).read_text(encoding="utf-8"))
    status, headers, _ = fetch(server, "https://" + old.removesuffix(".meta.json"))
    assert (status, headers["location"]) == (301, meta["headers"]["Location"])
    # a private tree: status and header overrides
    site = tmp_path / "sites" / "example.vn"
    site.mkdir(parents=True)
    (site / "gone.html").write_text("<p>Bài viết đã bị gỡ</p>", encoding="utf-8")
    (site / "gone.html.meta.json").write_text(
        json.dumps({"status": 410, "headers": {"X-Reason": "removed"}}), encoding="utf-8"
    )
    (site / "feed.xml").write_text("<rss/>", encoding="utf-8")
    with ReplicaServer(tmp_path / "sites") as private:
        status, headers, body = fetch(private, "https://example.vn/gone.html")
        assert (status, headers["x-reason"]) == (410, "removed")
        assert "đã bị gỡ" in body.decode()
        assert fetch(private, "https://example.vn/feed.xml")[1]["content-type"].startswith(
            "application/xml"
        )


def test_request_log(tmp_path: Path) -> None:
    log: list[tuple[str, str, int]] = []
    with ReplicaServer(port=0, request_log=log) as logged:
        fetch(logged, "https://vnexpress.net/robots.txt")
        fetch(logged, "https://VNEXPRESS.net:443/khong-co.html")
    assert log == [("vnexpress.net", "/robots.txt", 200), ("vnexpress.net", "/khong-co.html", 404)]


def _feed_item(xml: str, url: str) -> str:
    item = next(i for i in xml.split("<item>") if f"<link>{url}" in i)
    return re.search(r"<pubDate>(.*?)</pubDate>", item).group(1)


def test_date_shift_moves_feed_and_page_dates_together(server: ReplicaServer) -> None:
    a = article("vnexpress", section="https://vnexpress.net/phap-luat")
    feed = "https://vnexpress.net/rss/tin-moi-nhat.rss"
    published = datetime.fromisoformat(a["published_at"])
    shown = render(published, "vnexpress")
    page = fetch(server, a["url"])[2].decode()
    assert shown in page and _feed_item(fetch(server, feed)[2].decode(), a["url"]) == render(
        published, "rfc822"
    )
    days = 5
    moved = published + timedelta(days=days)
    with ReplicaServer(port=0, date_shift_days=days) as shifted:
        status, headers, body = fetch(shifted, a["url"])
        page = body.decode()
        assert render(moved, "vnexpress") in page and shown not in page
        assert f'content="{moved.isoformat()}"' in page
        assert headers["last-modified"] == http_date(moved)
        assert _feed_item(fetch(shifted, feed)[2].decode(), a["url"]) == render(moved, "rfc822")
        assert status == 200
        # recorded pages are served unchanged
        recorded = "https://vnexpress.net/chay-bai-rac-lon-nhat-nghe-an-lua-lan-sang-rung-phong-ho-5099243.html"
        assert fetch(shifted, recorded)[2] == fetch(server, recorded)[2]


def test_today_shift() -> None:
    assert today_shift(ANCHOR) == 0
    assert today_shift(ANCHOR + timedelta(days=3)) == 3
