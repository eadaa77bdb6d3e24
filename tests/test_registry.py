"""The outlet registry: the bundled file loads, patterns fit real URLs, bad files fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawlers.registry import DEFAULT_REGISTRY, OutletSpec, RegistryError, load_registry, select

# Real article URLs (domain notes §3.4 and §4, and the recorded pages) per outlet.
EXAMPLES: dict[str, list[str]] = {
    "baophapluat": [
        "https://baophapluat.vn/nam-2024-ket-qua-thu-hoi-tai-san-trong-cac-vu-an-hinh-su-ve-tham-nhung-kinh-te-dat-cao-nhat-tu-truoc-den-nay-post533524.html",
        "https://m.baophapluat.vn/cong-tac-thi-hanh-an-dan-su-su-no-luc-but-pha-cua-nhung-canh-chim-dau-dan-post503290.html",
        "https://m.baophapluat.vn/chi-cuc-thads-duc-hoa-long-an-chap-hanh-vien-nghin-an-va-vu-cuong-che-giao-tai-san-105-nguoi-post546231.html",
        "https://baophapluat.vn/chuyen-ve-nu-chi-cuc-truong-thi-hanh-an-dan-su-pho-noi-post539401.html",
        "https://m.baophapluat.vn/tu-phap/can-chu-dong-cung-cap-thong-tin-chinh-thong-ve-cong-tac-thi-hanh-an-dan-su-375196.html",
        "https://baophapluat.vn/ra-mat-he-thong-bien-lai-dien-tu-thi-hanh-an-nam-2026.html",
    ],
    "vnexpress": [
        "https://vnexpress.net/chay-bai-rac-lon-nhat-nghe-an-lua-lan-sang-rung-phong-ho-5099243.html",
        "https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html",
    ],
    "tuoitre": ["https://tuoitre.vn/thi-hanh-an-cham-tre-20260604082441438.htm"],
    "thanhnien": ["https://thanhnien.vn/cuong-che-thi-hanh-an-185260604082441438.htm"],
    "dantri": [
        "https://dantri.com.vn/phap-luat/thang-kien-co-quan-nha-nuoc-20160714193613293.htm",
    ],
    "vietnamnet": [
        "https://vietnamnet.vn/bao-cao-cong-tac-bao-chi-nam-2021-va-phuong-huong-muc-tieu-nhiem-vu-giai-phap-nam-2022-803901.html"
    ],
    "nld": ["https://nld.com.vn/phap-luat/da-nang-an-ton-dong-kha-nhieu-20100708112154814.htm"],
    "tienphong": [
        "https://tienphong.vn/kho-khan-chua-tung-co-trong-tien-le-khi-thu-hoi-tai-san-tham-nhung-trong-cac-dai-an-post1820504.tpo",
        "https://tienphong.vn/sieu-mau-noi-y-bi-mang-khap-mang-xa-hoi-post1874068.tpo",
        "https://tienphong.vn/xa-hoi/thi-hanh-an-123456.tpo",
    ],
    "laodong": ["https://laodong.vn/phap-luat/thi-hanh-xong-1895-viec-1234567.ldo"],
    "cand": [
        "https://cand.vn/phap-luat/triet-pha-duong-day-i765432/",
        "https://cand.com.vn/x-y-i765432/",
    ],
    "vov": ["https://vov.vn/phap-luat/thi-hanh-an-dan-su-post1234567.vov"],
    "vtv": ["https://vtv.vn/phap-luat/thi-hanh-an-20260604082441438.htm"],
    "znews": [
        "https://znews.vn/thi-hanh-an-post1234567.html",
        "https://zingnews.vn/a-b-post99.html",
    ],
    "plo": [
        "https://plo.vn/co-quan-thi-hanh-an-thu-hoi-27000-ti-dong-tu-cac-vu-an-tham-nhung-kinh-te-post886182.html",
        "https://plo.vn/pham-nhan-84-tuoi-co-phai-tiep-tuc-chap-hanh-an-sau-khi-tron-trai-30-nam-va-bi-bat-lai-post873446.html",
        "http://plo.vn/thoi-su/xa-hoi/chap-hanh-vien-doi-cua-tien-voi-duong-su-629487.html",
        "http://plo.vn/ban-doc/ngoi-mo-co-khac-khoai-cho-tai-tham-566604.html",
    ],
    "baochinhphu": ["https://baochinhphu.vn/thi-hanh-an-dan-su-102260604082441438.htm"],
    "moj": ["https://moj.gov.vn/qt/tintuc/Pages/thong-tin-hoat-dong-cua-bo.aspx?ItemID=12345"],
    "thads": [
        "https://thads.moj.gov.vn/noidung/tintuc/Lists/ThongTinChung/View_Detail.aspx?ItemID=1183",
        "http://thads.moj.gov.vn/noidung/tintuc/Lists/TuThucTien/View_Detail.aspx?ItemID=548",
        "https://thads.moj.gov.vn:443/noidung/tintuc/lists/thongtinchung/view_detail.aspx?itemid=1463",
    ],
    "baotintuc": [
        "https://baotintuc.vn/phap-luat/bat-giu-vu-buon-lau-thuoc-la-so-luong-lon-20250712205905640.htm"
    ],
    "nhandan": [
        "https://nhandan.vn/danh-bai-argentina-tay-ban-nha-vo-dich-world-cup-lan-thu-hai-post976641.html"
    ],
    "cafef": [
        "https://cafef.vn/thi-hanh-an-dan-su-nam-2025-thu-ky-luc-150000-ty-dong-dai-an-truong-my-lan-chiem-hon-30-188251003110413317.chn",
        "https://cafef.vn/can-canh-trai-lon-o-thanh-hoa-noi-xay-ra-vu-tai-nan-khien-5-nguoi-chet-188260719231615269.chn",
    ],
    "genk": ["https://genk.vn/vi-sao-apple-bat-ngo-cat-qua-tang-sinh-vien-165260716163514059.chn"],
}

# Listing-like URLs that must never count as articles.
NON_ARTICLES: dict[str, list[str]] = {
    "baophapluat": [
        "https://baophapluat.vn/thi-hanh-an/?page=2",
        "https://baophapluat.vn/ban-doc/",
        "https://baophapluat.vn/tu-phap/trang-2.html",
        "https://baophapluat.vn/rss/ban-doc.rss",
        "https://baophapluat.vn/tim-kiem.html",
    ],
    "vnexpress": ["https://vnexpress.net/phap-luat-p2", "https://vnexpress.net/phap-luat"],
    "tuoitre": ["https://tuoitre.vn/phap-luat/trang-2.htm"],
    "dantri": ["https://dantri.com.vn/phap-luat/trang-2.htm"],
    "znews": ["https://znews.vn/phap-luat/trang2.html"],
    "moj": ["https://moj.gov.vn/qt/tintuc/Pages/thong-tin-hoat-dong-cua-bo.aspx?Page=2"],
    "thads": ["https://thads.moj.gov.vn/noidung/tintuc/Lists/TuThucTien/AllItems.aspx?Page=2"],
    "cand": ["https://cand.vn/phap-luat/", "https://cand.vn/phap-luat/trang-2/"],
    "plo": ["https://plo.vn/ban-doc/", "https://plo.vn/ban-doc/trang-2.html"],
}

REQUIRED = (
    "baophapluat vnexpress tuoitre thanhnien dantri vietnamnet nld tienphong laodong cand vov vtv "
    "znews plo baochinhphu moj thads baotintuc nhandan cafef genk"
).split()


@pytest.fixture(scope="module")
def specs() -> dict[str, OutletSpec]:
    return {s.name: s for s in load_registry()}


def test_bundled_registry_loads_with_required_outlets(specs: dict[str, OutletSpec]) -> None:
    assert len(specs) >= 17
    assert list(specs)[0] == "baophapluat"
    assert set(REQUIRED) <= set(specs)
    for spec in specs.values():
        assert spec.verified, f"{spec.name}: record what is verified"
    assert load_registry(DEFAULT_REGISTRY) == list(specs.values())


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_article_pattern_matches_real_article_urls(specs: dict[str, OutletSpec], name: str) -> None:
    for url in EXAMPLES[name]:
        assert specs[name].is_article_url(url), url


@pytest.mark.parametrize("name", REQUIRED)
def test_discovery_and_listing_urls_are_not_articles(
    specs: dict[str, OutletSpec], name: str
) -> None:
    spec = specs[name]
    assert EXAMPLES[name], "every outlet needs example article URLs"
    for url in (spec.home, *spec.discovery_urls(), *NON_ARTICLES.get(name, [])):
        assert spec.pattern.search(url) is None, url
        assert not spec.is_article_url(url), url


def test_owns_by_host_and_alias(specs: dict[str, OutletSpec]) -> None:
    assert specs["baophapluat"].owns("https://m.baophapluat.vn/x")
    assert specs["znews"].owns("https://news.zing.vn/x") and specs["znews"].owns(
        "http://ZINGNEWS.vn/"
    )
    assert specs["baochinhphu"].owns("https://baodientu.chinhphu.vn/x")
    assert not specs["plo"].owns("https://baophapluat.vn/x-post123456.html")
    assert not specs["plo"].is_article_url("https://baophapluat.vn/x-post123456.html")
    assert specs["thads"].lowercase_paths
    assert specs["baophapluat"].host == "baophapluat.vn"


def test_select(specs: dict[str, OutletSpec]) -> None:
    all_specs = list(specs.values())
    assert [s.name for s in select(all_specs, ["plo", "baophapluat"])] == ["baophapluat", "plo"]
    assert select(all_specs, []) == all_specs
    with pytest.raises(RegistryError, match="unknown outlet.*nosuch"):
        select(all_specs, ["nosuch"])


GOOD = """
[[outlets]]
name = "demo"
home = "https://demo.vn/"
feeds = ["https://demo.vn/rss/home.rss"]
sections = []
sitemaps = []
article_pattern = '-post\\d+\\.html$'
"""


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('colour = "red"\n', "outlet 'demo': unknown keys: colour"),
        ('selectors = { headline = "h1" }\n', "selectors has unknown keys: headline"),
        ('selectors = { title = "h1[" }\n', "selectors.title: invalid CSS selector"),
        ('next_page = "a::"\n', "next_page: invalid CSS selector"),
        ('encoding = "klingon-8"\n', "unknown encoding 'klingon-8'"),
        ('host_aliases = ["M.Demo.vn"]\n', "not a lowercase host name"),
        ("lowercase_paths = 1\n", "lowercase_paths must be true or false"),
    ],
)
def test_validation_errors_name_file_and_outlet(tmp_path: Path, extra: str, message: str) -> None:
    path = tmp_path / "outlets.toml"
    path.write_text(GOOD + extra, encoding="utf-8")
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("article_pattern = '-post\\d+\\.html$'\n", "", "missing keys: article_pattern"),
        ("-post\\d+\\.html$", "-post(\\d+", "article_pattern is not a valid regex"),
        ("-post\\d+\\.html$", "rss", "article_pattern matches the discovery URL"),
        (
            'home = "https://demo.vn/"',
            'home = "ftp://demo.vn/"',
            "home: 'ftp://demo.vn/' is not an http",
        ),
        ('feeds = ["https://demo.vn/rss/home.rss"]', 'feeds = "x"', "feeds must be a list"),
        ('name = "demo"', 'name = "De Mo"', "name must match"),
    ],
)
def test_validation_of_required_values(tmp_path: Path, old: str, new: str, message: str) -> None:
    path = tmp_path / "outlets.toml"
    text = GOOD.replace(old, new)
    assert text != GOOD
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_registry(path)


def test_file_level_errors(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="registry file not found"):
        load_registry(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[outlets]\nname=", encoding="utf-8")
    with pytest.raises(RegistryError, match="not valid TOML"):
        load_registry(bad)
    dup = tmp_path / "dup.toml"
    dup.write_text(GOOD + GOOD, encoding="utf-8")
    with pytest.raises(RegistryError, match="outlet 'demo': duplicate name"):
        load_registry(dup)
    empty = tmp_path / "empty.toml"
    empty.write_text("title = 'x'\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="unknown top-level keys: title"):
        load_registry(empty)
