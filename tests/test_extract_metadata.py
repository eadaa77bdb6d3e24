"""Page metadata: meta tags, lenient JSON-LD, headline choice."""

from __future__ import annotations

from datetime import datetime

from crawlers.jsonld import parse_jsonld
from crawlers.metadata import page_metadata, strip_site_suffix
from text.dates import VN_TZ

URL = "https://baotintuc.vn/phap-luat/vu-an-20250712205905640.htm"


def page(head: str = "", body: str = "") -> str:
    return f"<html lang='vi'><head>{head}</head><body>{body}</body></html>"


def ld(raw: str) -> str:
    return f'<script type="application/ld+json">{raw}</script>'


def test_open_graph_and_article_metas() -> None:
    meta = page_metadata(
        page(
            '<meta property="og:title" content="Tạm giữ 2 nghi phạm">'
            '<meta property="og:description" content="Ngày 12/7, Công an tỉnh Đồng Tháp…">'
            '<meta property="article:published_time" content="2025-07-12T22:23:00+07:00">'
            '<meta property="article:modified_time" content="2025-07-13T08:00:00+07:00">'
            '<meta property="article:section" content="Pháp luật">'
            '<meta property="og:site_name" content="Báo Tin tức">'
            '<link rel="canonical" href="/phap-luat/vu-an-20250712205905640.htm">'
        ),
        URL,
    )
    assert meta.title == "Tạm giữ 2 nghi phạm"
    assert meta.description == "Ngày 12/7, Công an tỉnh Đồng Tháp…"
    assert meta.published_at == datetime(2025, 7, 12, 22, 23, tzinfo=VN_TZ)
    assert meta.modified_at == datetime(2025, 7, 13, 8, 0, tzinfo=VN_TZ)
    assert meta.section == "Pháp luật"
    assert meta.canonical_url == URL
    assert meta.language == "vi"


def test_jsonld_with_trailing_commas_and_control_characters() -> None:
    raw = (
        '{"@type": "NewsArticle", "headline": "Khởi tố\tgiám đốc",'
        ' "datePublished": "2025-07-11T15:49:00+07:00",}'
    )
    meta = page_metadata(page(ld(raw)), URL)
    assert meta.title == "Khởi tố giám đốc"
    assert meta.published_at == datetime(2025, 7, 11, 15, 49, tzinfo=VN_TZ)


def test_jsonld_objects_written_back_to_back() -> None:
    raw = '{"@type":"Organization","name":"VnExpress"}{"@type":"WebPage","name":"Trang chủ"}'
    assert [o["@type"] for o in parse_jsonld(raw)] == ["Organization", "WebPage"]


def test_jsonld_graph_and_multiple_authors() -> None:
    raw = (
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "Báo Pháp luật"},'
        '{"@type": ["ReportageNewsArticle"], "headline": "Cưỡng chế thi hành án",'
        ' "datePublished": "2025-06-01T09:00:00+07:00",'
        ' "author": [{"@type": "Person", "name": "Minh Anh"},'
        ' {"@type": "Person", "name": "Thu Hà"},'
        ' {"@type": "Organization", "name": "Báo Pháp luật"}],'
        ' "articleSection": "Thi hành án"}]}'
    )
    meta = page_metadata(page(ld(raw)), URL)
    assert meta.title == "Cưỡng chế thi hành án"
    assert meta.author == "Minh Anh, Thu Hà"
    assert meta.section == "Thi hành án"
    assert meta.published_at == datetime(2025, 6, 1, 9, 0, tzinfo=VN_TZ)


def test_jsonld_in_a_list_and_html_entities() -> None:
    raw = '[{"@type": "NewsArticle", "headline": "Người hùng của &quot;La Roja&quot;"}]'
    assert page_metadata(page(ld(raw)), URL).title == 'Người hùng của "La Roja"'


def test_broken_jsonld_is_skipped_without_crashing() -> None:
    head = ld('{"@type": "NewsArticle", "headline": ') + ld("<!-- nothing -->") + ld("")
    meta = page_metadata(page(head, "<h1>Tiêu đề bài viết trên trang</h1>"), URL)
    assert meta.title == "Tiêu đề bài viết trên trang"


def test_site_suffix_is_removed_from_the_title_tag() -> None:
    meta = page_metadata(page("<title>Bắt giữ vụ buôn lậu thuốc lá | baotintuc.vn</title>"), URL)
    assert meta.title == "Bắt giữ vụ buôn lậu thuốc lá"
    names = ["VnExpress"]
    vne = "https://vnexpress.net/x-4954454.html"
    assert (
        strip_site_suffix("Đau bụng kéo dài - Báo VnExpress Sức khỏe", names, vne)
        == "Đau bụng kéo dài"
    )
    assert (
        strip_site_suffix("Hà Nội - Hải Phòng: cao tốc mới", names, vne)
        == "Hà Nội - Hải Phòng: cao tốc mới"
    )


def test_on_page_headline_wins_when_close_to_og_title() -> None:
    head = (
        '<meta property="og:title" '
        'content="Thông tin vụ bắt giữ Tiến bịp về tội tổ chức sử dụng ma túy">'
    )
    body = (
        "<h1 class='logo'>Báo Tin tức</h1>"
        "<h1>Công an Hải Phòng thông tin vụ bắt giữ Tiến bịp về tội tổ chức sử dụng ma túy</h1>"
    )
    meta = page_metadata(page(head, body), URL)
    assert (
        meta.title
        == "Công an Hải Phòng thông tin vụ bắt giữ Tiến bịp về tội tổ chức sử dụng ma túy"
    )


def test_unrelated_h1_does_not_replace_og_title() -> None:
    head = '<meta property="og:title" content="Cưỡng chế bàn giao nhà đất tại phường Long Biên">'
    meta = page_metadata(page(head, "<h1>Tin mới nhất trong ngày hôm nay</h1>"), URL)
    assert meta.title == "Cưỡng chế bàn giao nhà đất tại phường Long Biên"


def test_urls_in_title_fields_are_ignored() -> None:
    head = (
        '<meta property="og:title" content="https://baomoi.com/vong-16-c55557411.epi">'
        "<title>Vòng 16 đội World Cup 2026 - Báo Tin Tức TTXVN</title>"
    )
    assert (
        page_metadata(page(head), "https://baomoi.com/x.epi").title == "Vòng 16 đội World Cup 2026"
    )


def test_site_name_is_not_an_author_but_a_person_is() -> None:
    head = '<meta name="author" content="VnExpress">'
    head += '<meta property="og:site_name" content="vnexpress.net">'
    assert page_metadata(page(head), "https://vnexpress.net/a-1234567.html").author is None
    head = '<meta name="author" content="baotintuc.vn">'
    assert page_metadata(page(head), URL).author is None
    head = '<meta property="article:author" content="Theo Phạm Trường">'
    assert page_metadata(page(head), "https://cafef.vn/a.chn").author == "Theo Phạm Trường"
    head = '<meta property="article:author" content="https://www.facebook.com/someone">'
    assert page_metadata(page(head), "https://cafef.vn/a.chn").author is None


def test_naive_dates_are_vietnam_time_and_time_element_is_a_fallback() -> None:
    head = '<meta property="article:published_time" content="2026-07-20T00:15:00">'
    assert page_metadata(page(head), URL).published_at == datetime(2026, 7, 20, 0, 15, tzinfo=VN_TZ)
    body = '<time datetime="2026-07-16T16:35:00+07:00">16/07/2026 16:35</time>'
    assert page_metadata(page("", body), URL).published_at == datetime(
        2026, 7, 16, 16, 35, tzinfo=VN_TZ
    )
    head = '<meta name="pubdate" itemprop="datePublished" content="2026-07-19T22:35:28+07:00">'
    assert page_metadata(page(head), URL).published_at == datetime(
        2026, 7, 19, 22, 35, 28, tzinfo=VN_TZ
    )


def test_breadcrumb_gives_the_section() -> None:
    raw = (
        '{"@type": "BreadcrumbList", "itemListElement": ['
        '{"@type": "ListItem", "position": 1,'
        ' "item": {"@id": "https://x.vn", "name": "Trang chủ"}},'
        '{"@type": "ListItem", "position": 2,'
        ' "item": {"@id": "https://x.vn/pl", "name": "Pháp luật"}}]}'
    )
    assert page_metadata(page(ld(raw)), URL).section == "Pháp luật"


def test_nfd_input_comes_out_nfc() -> None:
    import unicodedata

    title = unicodedata.normalize("NFD", "Thi hành án dân sự")
    meta = page_metadata(page(f'<meta property="og:title" content="{title}">'), URL)
    assert meta.title == unicodedata.normalize("NFC", "Thi hành án dân sự")
