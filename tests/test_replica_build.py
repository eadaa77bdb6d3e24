"""The built replica: manifest and files agree, registry URLs exist, rebuilds are identical."""

from __future__ import annotations

import http.client
import json
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
from lxml import etree, html

from crawlers.registry import load_registry
from replica.build import GOLDEN_DIR, build
from replica.corpus import load_corpus
from replica.dates import ANCHOR, VN_TZ
from replica.paths import HOSTS_FILE, MANIFEST, REPLICA_DIR, SITES_DIR, file_to_url, url_to_file
from replica.server import ReplicaServer

SPECS = {s.name: s for s in load_registry()}
MANIFEST_DATA = json.loads(MANIFEST.read_text(encoding="utf-8"))
ARTICLES = MANIFEST_DATA["articles"]


@pytest.fixture(scope="module")
def server() -> Iterator[ReplicaServer]:
    with ReplicaServer(port=0) as running:
        yield running


def get(server: ReplicaServer, url: str, hops: int = 3) -> tuple[int, str, bytes]:
    """GET an outlet URL through the replica, following redirects within the replica."""
    address = urlsplit(server.url)
    for _ in range(hops):
        parts = urlsplit(url)
        conn = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
        conn.request(
            "GET",
            parts.path + (f"?{parts.query}" if parts.query else ""),
            headers={"Host": parts.netloc},
        )
        response = conn.getresponse()
        body = response.read()
        conn.close()
        if response.status not in (301, 302):
            return response.status, url, body
        url = response.getheader("Location")
    raise AssertionError(f"too many redirects for {url}")


def test_manifest_rows_match_files_and_patterns() -> None:
    assert 450 <= len(ARTICLES) <= 700
    for row in ARTICLES:
        spec = SPECS[row["outlet"]]
        assert spec.is_article_url(row["url"]), row["url"]
        assert url_to_file(row["url"]).as_posix() == row["file"]
        assert row["file"] in MANIFEST_DATA["files"]
        page = (SITES_DIR / row["file"]).read_text(encoding="utf-8")
        doc = html.fromstring(page)
        assert doc.xpath('//link[@rel="canonical"]/@href') == [row["url"]]
        assert row["title"] in doc.xpath("//h1|//h2|//h3")[0].text_content() or row["title"] in [
            t.text_content() for t in doc.xpath("//h1|//h2|//h3")
        ]
        published = datetime.fromisoformat(row["published_at"])
        assert ANCHOR - timedelta(days=7) <= published.date() < ANCHOR
        assert published.utcoffset() == timedelta(hours=7)
    assert len({r["url"] for r in ARTICLES}) == len(ARTICLES)
    for rel in MANIFEST_DATA["files"]:
        assert (SITES_DIR / rel).is_file(), rel


def test_thads_stories_and_syndication() -> None:
    thads = [r for r in ARTICLES if r["thads"]]
    assert len(thads) >= 30
    on_plvn = Counter(r["outlet"] for r in thads)
    assert on_plvn.most_common(1)[0][0] == "baophapluat" and len(on_plvn) >= 5
    sections = {r["section"] for r in thads if r["outlet"] == "baophapluat"}
    assert {"https://baophapluat.vn/thi-hanh-an/", "https://baophapluat.vn/ban-doc/"} <= sections
    groups: dict[str, list[dict]] = {}
    for row in ARTICLES:
        if row["syndicated_group"]:
            groups.setdefault(row["syndicated_group"], []).append(row)
    assert len(groups) >= 4
    for rows in groups.values():
        assert 2 <= len({r["outlet"] for r in rows}) == len(rows) <= 3
        assert len({r["title"] for r in rows}) == len(rows)  # a different title on every outlet
        assert len({r["corpus_id"] for r in rows}) == 1


def test_every_registry_discovery_url_exists(server: ReplicaServer) -> None:
    for spec in SPECS.values():
        for url in spec.discovery_urls():
            status, final, body = get(server, url)
            assert status == 200, url
            if url in spec.feeds:
                feed = feedparser.parse(body)
                assert not feed.bozo and feed.entries, url
            if url in spec.sitemaps:
                assert etree.fromstring(body).tag.endswith(("urlset", "sitemapindex")), url


def test_feeds_link_to_pages_that_exist(server: ReplicaServer) -> None:
    tracked = mobile = 0
    for spec in SPECS.values():
        for url in spec.feeds:
            feed = feedparser.parse(get(server, url)[2])
            for entry in feed.entries:
                status, final, _ = get(server, entry.link)
                assert status == 200, entry.link
                assert spec.owns(final)
                tracked += "utm_source=rss" in entry.link
                mobile += "://m.baophapluat.vn/" in entry.link
    assert tracked >= 10 and mobile >= 3


def test_sections_paginate_in_several_styles(server: ReplicaServer) -> None:
    styles = Counter()
    for spec in SPECS.values():
        for section in spec.sections:
            doc = html.fromstring(get(server, section)[2])
            links = [a for a in doc.xpath("//a/@href") if spec.is_article_url(a)]
            assert links, section
            rel = doc.xpath('//link[@rel="next"]/@href')
            text = doc.xpath('//a[normalize-space()="Trang sau"]/@href')
            css = doc.cssselect(spec.next_page) if spec.next_page else []
            nxt = rel or text or [a.get("href") for a in css]
            if nxt:
                styles["rel" if rel else "text" if text else "css"] += 1
                assert get(server, nxt[0])[0] == 200
    assert styles["rel"] and styles["text"] and styles["css"]
    paths = {u for s in SPECS.values() for u in s.sections}
    assert any(get(server, p)[0] == 200 for p in ("https://vnexpress.net/phap-luat-p2",))
    assert "https://baophapluat.vn/thi-hanh-an/" in paths


def test_sitemap_index_and_google_news() -> None:
    index = etree.parse(str(SITES_DIR / "baochinhphu.vn/sitemap.xml")).getroot()
    ns = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "n": "http://www.google.com/schemas/sitemap-news/0.9",
    }
    children = index.xpath("//s:sitemap/s:loc/text()", namespaces=ns)
    assert len(children) == 2
    for child in children:
        assert (SITES_DIR / url_to_file(child)).is_file()
    news = etree.parse(str(SITES_DIR / "znews.vn/sitemap/sitemap-news.xml")).getroot()
    dates = news.xpath("//n:publication_date/text()", namespaces=ns)
    assert dates and all(datetime.fromisoformat(d).tzinfo for d in dates)


def test_golden_files_of_rendered_pages() -> None:
    per_outlet = Counter()
    for path in sorted(GOLDEN_DIR.glob("*/rendered-*.json")):
        text = path.read_text(encoding="utf-8")
        record = json.loads(text)
        assert text == json.dumps(record, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
        assert record["kind"] == "rendered" and record["outlet"] == path.parent.name
        assert (SITES_DIR / record["file"]).is_file()
        expected = record["expected"]
        page = (SITES_DIR / record["file"]).read_text(encoding="utf-8")
        for sentence in expected["body_contains"]:
            assert sentence in page.replace("&quot;", '"').replace("&#x27;", "'").replace(
                "&amp;", "&"
            )
        per_outlet[record["outlet"]] += 1
    assert all(per_outlet[name] >= 2 for name in SPECS), per_outlet


def test_corpus_selection() -> None:
    texts = load_corpus()
    assert 400 <= len(texts) <= 600
    kinds = Counter(t.kind for t in texts)
    assert kinds["strong"] == 47 and kinds["weak"] >= 10
    assert {t.origin for t in texts} == {"vntc", "baomoi"}
    assert not any(t.thads for t in texts if t.kind != "strong")
    assert (REPLICA_DIR / "corpus" / "SOURCE.md").is_file()


def test_paths_round_trip() -> None:
    for url in (
        "https://thads.moj.gov.vn/noidung/tintuc/Lists/ThongTinChung/View_Detail.aspx?ItemID=1463",
        "https://baophapluat.vn/",
        "https://baophapluat.vn/thi-hanh-an/?page=2",
        "https://vnexpress.net/phap-luat-p2",
        "https://cand.vn/phap-luat/a-b-i712345/",
    ):
        assert file_to_url(url_to_file(url)) == url
    assert (
        url_to_file("https://thads.moj.gov.vn/x/View_Detail.aspx?ItemID=1").name
        == "View_Detail.aspx__ItemID=1"
    )
    assert str(url_to_file("https://X.vn:443")) == "x.vn/index.html"


def test_replica_size_and_hosts() -> None:
    total = sum(p.stat().st_size for p in SITES_DIR.rglob("*") if p.is_file())
    assert total < 15_000_000
    hosts = json.loads(HOSTS_FILE.read_text(encoding="utf-8"))
    assert hosts["m.baophapluat.vn"] == {"mirror": "baophapluat.vn"}
    assert hosts["zingnews.vn"] == {"redirect": "znews.vn"}


REBUILD = "the committed replica is stale: run `python -m replica.build` (make replica) and commit"


def test_rebuild_is_deterministic(tmp_path: Path) -> None:
    """Also catches a stale replica after a change of the corpus, registry or recorded pages."""
    out = tmp_path / "replica"
    manifest = build(out, golden_dir=tmp_path / "golden", recorded_from=SITES_DIR)
    assert (out / "manifest.json").read_bytes() == MANIFEST.read_bytes(), REBUILD
    assert (out / "hosts.json").read_bytes() == HOSTS_FILE.read_bytes(), REBUILD
    for rel in manifest["files"]:
        assert (out / "sites" / rel).read_bytes() == (SITES_DIR / rel).read_bytes(), (
            f"{rel}: {REBUILD}"
        )
    built = sorted(
        p.relative_to(tmp_path / "golden") for p in (tmp_path / "golden").rglob("*.json")
    )
    committed = sorted(p.relative_to(GOLDEN_DIR) for p in GOLDEN_DIR.glob("*/rendered-*.json"))
    assert built == committed, REBUILD
    for rel in built:
        assert (tmp_path / "golden" / rel).read_bytes() == (GOLDEN_DIR / rel).read_bytes(), REBUILD
    assert datetime.fromisoformat(manifest["articles"][0]["published_at"]).tzinfo is not None
    assert VN_TZ.utcoffset(None) == timedelta(hours=7)


def test_importer_splits_headline_lead_body_and_byline() -> None:
    from replica.importer import split_text

    text = "Thi hành án xong vụ việc kéo dài\nĐoạn mở đầu.\nĐoạn thứ hai.\nNguyễn Văn A\n"
    assert split_text("vntc/x.txt", text) == (
        "Thi hành án xong vụ việc kéo dài",
        "Đoạn mở đầu.",
        ("Đoạn thứ hai.",),
        "Nguyễn Văn A",
    )
    assert (
        split_text("vntc/x.txt", "Một câu rất dài không có tiêu đề riêng biệt nào cả.\nThân bài.")
        is None
    )
    lead_only = split_text("baomoi_tc201805/x.txt", "Tiêu đề của tin ngắn\n(NLĐ)- Tóm tắt tin.")
    assert lead_only == ("Tiêu đề của tin ngắn", "Tóm tắt tin.", (), None)
