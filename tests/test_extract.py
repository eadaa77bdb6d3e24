"""Article extraction: the fallback chain, its routes, and bad input."""

from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest

from crawlers.extract import ExtractionError, extract_article
from tests.golden import SITES_DIR
from tests.test_decode import to_cp1258
from text.dates import VN_TZ

URL = "https://baophapluat.vn/cuong-che-thi-hanh-an-post546231.html"
PARAGRAPHS = [
    "Sáng 12/7, Thi hành án dân sự tỉnh Đắk Lắk tổ chức cưỡng chế kê biên quyền sử dụng đất của "
    "người phải thi hành án tại phường Buôn Ma Thuột.",
    "Theo hồ sơ, người phải thi hành án có nghĩa vụ trả cho ngân hàng hơn 2 tỷ đồng theo bản án "
    "đã có hiệu lực pháp luật nhưng không tự nguyện thi hành.",
    "Cơ quan thi hành án đã nhiều lần vận động, thuyết phục nhưng người phải thi hành án vẫn cố "
    "tình trì hoãn, nên phải áp dụng biện pháp cưỡng chế theo quy định.",
]
TITLE = "Cưỡng chế kê biên quyền sử dụng đất tại Đắk Lắk"
SAPO = "(PLVN) - Thi hành án dân sự tỉnh Đắk Lắk vừa cưỡng chế kê biên tài sản để thi hành án."
SELECTORS = {
    "title": "h1.article__title",
    "lead": ".article__sapo",
    "body": ".article__body",
    "date": ".article__meta time",
    "author": ".article__author",
}


def article_page(
    *,
    body: str | None = None,
    head: str = "",
    sapo: str = SAPO,
    date_text: str = "12/07/2025 10:30",
    author: str = "Minh Anh",
) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) if body is None else body
    return (
        f"<html lang='vi'><head><title>{TITLE} | Báo Pháp luật Việt Nam</title>{head}</head><body>"
        "<nav><a href='/'>Trang chủ</a><a href='/thi-hanh-an/'>Thi hành án</a></nav>"
        f"<h1 class='article__title'>{TITLE}</h1>"
        f"<div class='article__meta'><time>{date_text}</time></div>"
        f"<div class='article__sapo'>{sapo}</div>"
        f"<div class='article__body'>{paragraphs}"
        "<div class='box-related'>"
        "<a href='/a-post1.html'>Tin liên quan: Kê biên nhà đất ở Hà Nội</a>"
        "<a href='/b-post2.html'>Tổ chức thi hành án vụ Vạn Thịnh Phát</a></div></div>"
        f"<div class='article__author'>{author}</div>"
        "<footer>Báo Pháp luật Việt Nam - Cơ quan của Bộ Tư pháp</footer></body></html>"
    )


def recorded(relpath: str) -> bytes:
    return (SITES_DIR / relpath).read_bytes()


def test_selectors_route() -> None:
    result = extract_article(article_page(), URL, selectors=SELECTORS)
    assert result.route == "selectors"
    assert result.title == TITLE
    assert result.lead == SAPO  # the outlet prefix is kept in stored text
    assert result.author == "Minh Anh"
    assert result.published_at == datetime(2025, 7, 12, 10, 30, tzinfo=VN_TZ)
    assert result.text.split("\n") == PARAGRAPHS
    assert "Vạn Thịnh Phát" not in result.text
    assert result.canonical_url == URL
    assert result.encoding is None  # text input: nothing was decoded


def test_missing_selectors_fall_through_to_trafilatura() -> None:
    selectors = {"title": "h1.nothing", "body": "div.nothing", "date": "span.nothing"}
    result = extract_article(article_page(), URL, selectors=selectors)
    assert result.route == "trafilatura"
    assert result.title == TITLE
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text
    assert "Cơ quan của Bộ Tư pháp" not in result.text


def test_no_selectors_at_all() -> None:
    result = extract_article(article_page(), URL)
    assert result.route in {"trafilatura", "selectors"}
    assert PARAGRAPHS[1] in result.text
    assert result.lead == SAPO


def test_invalid_css_is_ignored() -> None:
    result = extract_article(article_page(), URL, selectors={"body": "div[[[", "title": ">>"})
    assert result.title == TITLE
    assert PARAGRAPHS[0] in result.text


def test_empty_body_falls_back_to_the_feed_summary() -> None:
    summary = "Thi hành án dân sự tỉnh Đắk Lắk cưỡng chế kê biên tài sản."
    html = article_page(body="<p></p>", sapo="")
    result = extract_article(html, URL, selectors=SELECTORS, feed_summary=summary)
    assert result.route == "feed_summary"
    assert result.text == summary
    assert result.title == TITLE


def test_short_page_text_beats_a_shorter_feed_summary() -> None:
    body = "<p>Cưỡng chế kê biên nhà đất của người phải thi hành án tại Buôn Ma Thuột, 12/7.</p>"
    result = extract_article(
        article_page(body=body, sapo=""), URL, selectors=SELECTORS, feed_summary="Ngắn."
    )
    assert result.route == "selectors"
    assert "Buôn Ma Thuột" in result.text


def test_unparseable_selector_date_is_rejected_for_metadata() -> None:
    head = '<meta property="article:published_time" content="2025-07-12T09:15:00+07:00">'
    result = extract_article(article_page(head=head, date_text="Hôm qua"), URL, selectors=SELECTORS)
    assert result.published_at == datetime(2025, 7, 12, 9, 15, tzinfo=VN_TZ)


def test_feed_values_are_the_last_resort() -> None:
    published = datetime(2025, 7, 1, 8, 0, tzinfo=VN_TZ)
    html = "<html><body><div><p>" + " ".join(PARAGRAPHS) + "</p></div></body></html>"
    result = extract_article(html, URL, feed_title="Tiêu đề từ RSS", feed_published=published)
    assert result.title == "Tiêu đề từ RSS"
    assert result.published_at == published
    assert PARAGRAPHS[2] in result.text


def test_lead_repeated_at_the_start_of_the_body_is_removed() -> None:
    lead = "TPO - " + PARAGRAPHS[0]
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    result = extract_article(article_page(body=body, sapo=lead), URL, selectors=SELECTORS)
    assert result.lead == lead
    assert result.text.split("\n") == PARAGRAPHS[1:]


def test_meta_description_becomes_the_lead_only_when_it_summarises_the_article() -> None:
    body = "<div class='content'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
    page = (
        f"<html><head><title>{TITLE}</title>{{}}</head><body><h1>{TITLE}</h1>{body}</body></html>"
    )
    summary = f'<meta name="description" content="{PARAGRAPHS[0]}">'
    result = extract_article(page.format(summary), URL)
    assert result.lead == PARAGRAPHS[0]
    assert PARAGRAPHS[0] not in result.text
    generic = (
        '<meta name="description" content="Tin tức pháp luật, đời sống, kinh tế mới nhất 24h">'
    )
    result = extract_article(page.format(generic), URL)
    assert result.lead is None
    assert PARAGRAPHS[0] in result.text


def test_byline_closing_the_body_is_the_author_not_text() -> None:
    body = "".join(f"<p class='Normal'>{p}</p>" for p in PARAGRAPHS)
    body += "<p class='Normal' style='text-align:right;'><strong>Lê Phương</strong></p>"
    result = extract_article(
        article_page(body=body, author=""), URL, selectors={"body": ".article__body"}
    )
    assert result.author == "Lê Phương"
    assert "Lê Phương" not in result.text


def test_photo_story_text_lives_in_captions() -> None:
    figures = "".join(
        f"<figure><img src='/{i}.jpg'><figcaption>{p}</figcaption></figure>"
        for i, p in enumerate(PARAGRAPHS)
    )
    figures += "<figure><img src='/x.jpg'><figcaption>Ảnh: Minh Anh</figcaption></figure>"
    result = extract_article(article_page(body=figures), URL, selectors=SELECTORS)
    assert result.route == "selectors"
    assert result.text.split("\n") == PARAGRAPHS


def test_recorded_photo_story_without_selectors() -> None:
    url = "https://cafef.vn/can-canh-trai-lon-o-thanh-hoa-noi-xay-ra-vu-tai-nan-khien-5-nguoi-chet-188260719231615269.chn"
    result = extract_article(recorded(url.removeprefix("https://")), url)
    assert "Trước đó, vào khoảng 17h30 ngày 18/7, anh B.V.V - công nhân" in result.text
    assert "TIN MỚI" not in result.text


def test_recorded_vnexpress_without_selectors() -> None:
    url = "https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html"
    result = extract_article(recorded(url.removeprefix("https://")), url)
    assert result.title == "Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non"
    assert result.author == "Lê Phương"
    assert result.published_at == datetime(2025, 10, 22, 19, 25, 52, tzinfo=VN_TZ)
    assert result.encoding == "utf-8"
    assert result.text.startswith("Ngày 22/10, BS.CK2 Cao Thị Hồng")
    assert result.text.endswith("có thể phẫu thuật, hóa trị hoặc xạ trị.")


def test_baomoi_redirect_stub() -> None:
    path = (
        "baomoi.com/vong-16-doi-world-cup-2026-suc-nong-tu-tran-derby-ban-dao-iberia-r55557411.epi"
    )
    url = "https://" + path
    with pytest.raises(ExtractionError) as info:
        extract_article(recorded(path), url)
    assert info.value.stage == "body"
    summary = "Bồ Đào Nha và Tây Ban Nha sẽ đụng độ nhau ở ngay vòng 16 đội World Cup 2026."
    result = extract_article(recorded(path), url, feed_summary=summary)
    assert result.route == "feed_summary"
    assert result.title == "Vòng 16 đội World Cup 2026: Sức nóng từ trận derby bán đảo Iberia"
    assert result.text == summary
    assert result.published_at == datetime(2026, 7, 6, 18, 16, tzinfo=VN_TZ)


def test_404_page_and_home_page_are_not_articles() -> None:
    url = "https://vnexpress.net/bai-viet-da-go-5117107.html"
    with pytest.raises(ExtractionError) as info:
        extract_article(recorded("vnexpress.net/bai-viet-da-go-5117107.html"), url)
    assert info.value.stage == "page"
    with pytest.raises(ExtractionError):
        extract_article(
            recorded("dantri.com.vn/index.html"),
            "https://dantri.com.vn/thoi-su/x-20190626111928133.htm",
        )


@pytest.mark.parametrize("html", ["", "   ", b"", "<html></html>", "<p></p>"])
def test_empty_input_is_an_extraction_error(html: str | bytes) -> None:
    with pytest.raises(ExtractionError) as info:
        extract_article(html, URL)
    assert info.value.stage in {"decode", "parse", "title", "body"}
    assert str(info.value).startswith(info.value.stage)


def test_binary_garbage_is_an_error_not_a_crash() -> None:
    garbage = bytes(range(256)) * 50
    with pytest.raises(ExtractionError):
        extract_article(garbage, URL)


def test_garbage_with_a_feed_summary_still_yields_the_feed() -> None:
    result = extract_article("\x00\x00", URL, feed_title="Tin RSS", feed_summary="Tóm tắt từ RSS.")
    assert result.route == "feed_summary"
    assert result.title == "Tin RSS"


def test_unclosed_tags_are_tolerated() -> None:
    html = f"<html><head><title>{TITLE}</title><body><h1 class='article__title'>{TITLE}"
    html += "<div class='article__body'>"
    html += "".join(f"<p>{p}" for p in PARAGRAPHS)
    result = extract_article(html, URL, selectors=SELECTORS)
    assert result.title == TITLE
    assert result.text.split("\n") == PARAGRAPHS


def test_cp1258_page_with_declared_charset() -> None:
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
    body = to_cp1258(article_page(head=meta))
    result = extract_article(body, URL, selectors=SELECTORS)
    assert result.encoding == "cp1258"
    assert result.title == TITLE
    assert result.text.split("\n") == PARAGRAPHS


def test_mislabelled_utf8_page() -> None:
    body = article_page().encode("utf-8")
    result = extract_article(body, URL, selectors=SELECTORS, header_charset="iso-8859-1")
    assert result.encoding == "utf-8"
    assert result.title == TITLE


def test_output_is_nfc() -> None:
    nfd = unicodedata.normalize("NFD", article_page())
    result = extract_article(nfd, URL, selectors=SELECTORS)
    for value in (result.title, result.lead, result.text, result.author):
        assert value == unicodedata.normalize("NFC", value)
    assert result.title == TITLE


def test_malformed_canonical_url_and_control_bytes() -> None:
    html = article_page(head='<link rel="canonical" href="http://[broken/x">').encode()
    html = html.replace(
        b"<div class='article__author'>", b"\x01\x02\x0b<div class='article__author'>"
    )
    result = extract_article(html, URL, selectors=SELECTORS)
    assert result.canonical_url == URL
    assert result.text.split("\n") == PARAGRAPHS


def test_truncated_and_mangled_recorded_pages_never_crash() -> None:
    path = "nhandan.vn/danh-bai-argentina-tay-ban-nha-vo-dich-world-cup-lan-thu-hai-post976641.html"
    body = recorded(path)
    for cut in (len(body) // 5, len(body) // 2, len(body) - 7):
        for page in (body[:cut], body[:cut].replace(b"<", b"", 40), body[:cut].replace(b">", b"")):
            try:
                result = extract_article(page, "https://" + path, selectors={"body": "div"})
            except ExtractionError:
                continue
            assert result.title
            assert result.text
