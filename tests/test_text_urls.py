"""text.urls: canonical URLs, hosts and the http(s) check."""

from __future__ import annotations

import pytest

from text.urls import canonicalize_url, host_of, is_home_page, is_http_url

ALIASES = {"zingnews.vn": "znews.vn", "cand.com.vn": "cand.vn", "news.zing.vn": "znews.vn"}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # scheme and host case, default ports, fragments, whitespace
        ("HTTPS://VnExpress.NET/phap-luat", "https://vnexpress.net/phap-luat"),
        ("https://vnexpress.net:443/a.html", "https://vnexpress.net/a.html"),
        ("http://vnexpress.net:80/a.html", "http://vnexpress.net/a.html"),
        ("http://vnexpress.net:443/a.html", "http://vnexpress.net:443/a.html"),
        ("https://vnexpress.net:80/a.html", "https://vnexpress.net:80/a.html"),
        ("https://vnexpress.net:8080/a.html", "https://vnexpress.net:8080/a.html"),
        ("https://vnexpress.net/a.html#box_comment", "https://vnexpress.net/a.html"),
        ("  https://vnexpress.net/a.html \n", "https://vnexpress.net/a.html"),
        ("https://vnex\npress.net/a\t.html", "https://vnexpress.net/a.html"),
        ("https://vnexpress.net", "https://vnexpress.net/"),
        ("https://vnexpress.net?id=1", "https://vnexpress.net/?id=1"),
        ("https://vnexpress.net./a", "https://vnexpress.net/a"),
        ("https://user:secret@vnexpress.net/a", "https://vnexpress.net/a"),
        # path case is kept by default
        ("https://tuoitre.vn/Phap-Luat/ABC.htm", "https://tuoitre.vn/Phap-Luat/ABC.htm"),
        # path normalisation
        ("https://plo.vn//ban-doc///a.html", "https://plo.vn/ban-doc/a.html"),
        ("https://plo.vn/./ban-doc/./a.html", "https://plo.vn/ban-doc/a.html"),
        ("https://plo.vn/thoi-su/xa-hoi/../../ban-doc/a.html", "https://plo.vn/ban-doc/a.html"),
        ("https://plo.vn/../../a.html", "https://plo.vn/a.html"),
        ("https://plo.vn/ban-doc/.", "https://plo.vn/ban-doc/"),
        ("https://plo.vn/ban-doc/", "https://plo.vn/ban-doc/"),  # trailing slash kept
        # percent-encoding
        ("https://x.vn/%7euser/%2d%41", "https://x.vn/~user/-A"),
        ("https://x.vn/a%2fb%c3%a0", "https://x.vn/a%2Fb%C3%A0"),
        ("https://x.vn/tin tức", "https://x.vn/tin%20t%E1%BB%A9c"),
        ("https://x.vn/100%", "https://x.vn/100%25"),
        ("https://x.vn/%2E%2E/a", "https://x.vn/a"),
        (
            "https://x.vn/a?q=thi%20h%c3%a0nh%20%c3%a1n",
            "https://x.vn/a?q=thi%20h%C3%A0nh%20%C3%A1n",
        ),
        ("https://x.vn/a?q=thi+hành", "https://x.vn/a?q=thi+h%C3%A0nh"),
        # tracking parameters removed, meaningful ones kept and sorted
        (
            "https://vnexpress.net/a-4847311.html?utm_source=facebook&utm_medium=social"
            "&utm_campaign=x&fbclid=IwAR0",
            "https://vnexpress.net/a-4847311.html",
        ),
        (
            "https://vnexpress.net/a.html?vn_source=home&vn_medium=box&vn_campaign=c&vn_term=t",
            "https://vnexpress.net/a.html",
        ),
        (
            "https://x.vn/a?gclid=1&gclsrc=2&dclid=3&msclkid=4&zarsrc=5&zarsource=6&_ga=7&_gl=8"
            "&mc_cid=9&mc_eid=10&igshid=11&ref=12&refer=13&src=14&cmpid=15&itm_source=16"
            "&itm_campaign=17&fb_action_ids=18&fb_action_types=19&UTM_Source=20&gidzl=21",
            "https://x.vn/a",
        ),
        ("https://x.vn/a?page=2&id=5&p=3&utm_source=x", "https://x.vn/a?id=5&p=3&page=2"),
        ("https://x.vn/a?b=2&a=1&b=1", "https://x.vn/a?a=1&b=2&b=1"),  # repeated keys keep order
        ("https://x.vn/a?reference=1&source=2", "https://x.vn/a?reference=1&source=2"),
        ("https://x.vn/a?&&a=1&", "https://x.vn/a?a=1"),
        ("https://x.vn/a?flag&a=", "https://x.vn/a?a=&flag"),
        ("https://x.vn/a?token=YWJj==", "https://x.vn/a?token=YWJj=="),
        ("https://x.vn/a?utm_source=x", "https://x.vn/a"),
        ("https://x.vn/a?", "https://x.vn/a"),
        (
            "https://moj.gov.vn/Pages/chi-tiet.aspx?ItemID=5157&l=Hoatdong",
            "https://moj.gov.vn/Pages/chi-tiet.aspx?ItemID=5157&l=Hoatdong",
        ),
        # mobile and AMP mirrors
        ("https://m.baophapluat.vn/a-post546231.html", "https://baophapluat.vn/a-post546231.html"),
        ("https://mobile.x.vn/a.html", "https://x.vn/a.html"),
        ("https://amp.x.vn/a.html", "https://x.vn/a.html"),
        ("https://x.vn/a-post1.html/amp", "https://x.vn/a-post1.html"),
        ("https://x.vn/a-post1/amp/", "https://x.vn/a-post1"),
        ("https://x.vn/a-post1.amp", "https://x.vn/a-post1"),
        ("https://x.vn/a-post1.AMP", "https://x.vn/a-post1"),
        ("https://x.vn/amp", "https://x.vn/"),
        ("https://x.vn/amp/a-post1.html", "https://x.vn/amp/a-post1.html"),  # only trailing
        ("https://x.vn/example-post1.html", "https://x.vn/example-post1.html"),
        ("https://m.vn/a", "https://m.vn/a"),  # "m." of a two-label host is the host itself
        ("https://www.baophapluat.vn/a.html", "https://www.baophapluat.vn/a.html"),  # www kept
        # IDNA
        ("https://bộtưpháp.vn/a", "https://xn--btphp-0qa06li33k.vn/a"),
        ("https://XN--BTPHP-0QA06LI33K.vn/a", "https://xn--btphp-0qa06li33k.vn/a"),
        ("http://[::1]:8080/a", "http://[::1]:8080/a"),
        ("http://127.0.0.1:80/a", "http://127.0.0.1/a"),
    ],
)
def test_canonicalize_url(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected
    assert canonicalize_url(expected) == expected  # idempotent


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://zingnews.vn/a-post1.html", "https://znews.vn/a-post1.html"),
        ("https://m.zingnews.vn/a-post1.html", "https://znews.vn/a-post1.html"),
        ("https://news.zing.vn/a-post1.html", "https://znews.vn/a-post1.html"),
        ("https://CAND.com.vn/phap-luat/a-i123/", "https://cand.vn/phap-luat/a-i123/"),
        ("https://www.zingnews.vn/a", "https://www.zingnews.vn/a"),  # aliases match exactly
        ("https://vnexpress.net/a", "https://vnexpress.net/a"),
    ],
)
def test_canonicalize_url_host_aliases(url: str, expected: str) -> None:
    assert canonicalize_url(url, host_aliases=ALIASES) == expected


def test_canonicalize_url_alias_can_drop_www() -> None:
    aliases = {"www.baophapluat.vn": "baophapluat.vn"}
    assert (
        canonicalize_url("https://www.baophapluat.vn/a.html", host_aliases=aliases)
        == "https://baophapluat.vn/a.html"
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://thads.moj.gov.vn:443/noidung/tintuc/Lists/ThongTinChung/View_Detail.aspx?ItemID=1463",
        "https://thads.moj.gov.vn/noidung/tintuc/lists/thongtinchung/view_detail.aspx?itemid=1463",
        "HTTPS://THADS.MOJ.GOV.VN/NoiDung/TinTuc/LISTS/ThongTinChung/View_Detail.aspx?ITEMID=1463",
        "https://thads.moj.gov.vn/noidung/tintuc/Lists/ThongTinChung/View_Detail.aspx?ItemID=1463#x",
    ],
)
def test_canonicalize_url_case_insensitive_outlet(url: str) -> None:
    assert (
        canonicalize_url(url, lowercase_path=True)
        == "https://thads.moj.gov.vn/noidung/tintuc/lists/thongtinchung/view_detail.aspx?itemid=1463"
    )


def test_lowercase_path_keeps_values_and_upper_hex() -> None:
    assert (
        canonicalize_url("https://x.vn/Tin-T%C3%A0i?Q=ABC&Page=2", lowercase_path=True)
        == "https://x.vn/tin-t%C3%A0i?page=2&q=ABC"
    )


@pytest.mark.parametrize(
    ("url", "base", "expected"),
    [
        ("/phap-luat/a.html", "https://vnexpress.net/rss/phap-luat.rss", "https://vnexpress.net/phap-luat/a.html"),
        ("a.html?utm_source=rss", "https://plo.vn/ban-doc/", "https://plo.vn/ban-doc/a.html"),
        ("../x.html", "https://plo.vn/ban-doc/sub/b.html", "https://plo.vn/ban-doc/x.html"),
        ("//m.plo.vn/a.html", "https://plo.vn/", "https://plo.vn/a.html"),
        ("https://tuoitre.vn/a.htm", "https://plo.vn/", "https://tuoitre.vn/a.htm"),
        ("?page=2", "https://plo.vn/ban-doc/?page=1", "https://plo.vn/ban-doc/?page=2"),
        ("#top", "https://plo.vn/ban-doc/a.html", "https://plo.vn/ban-doc/a.html"),
    ],
)  # fmt: skip
def test_canonicalize_url_relative(url: str, base: str, expected: str) -> None:
    assert canonicalize_url(url, base=base) == expected


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://x.vn/a", "not an http"),
        ("mailto:toasoan@baophapluat.vn", "not an http"),
        ("javascript:alert(1)", "not an http"),
        ("/phap-luat/a.html", "relative"),
        ("x.vn/a", "relative"),
        ("", "empty"),
        ("   ", "empty"),
        ("https://", "no host"),
        ("https:///a", "no host"),
        ("https://x.vn:99999/", "invalid port"),
        ("https://x.vn:abc/", "invalid port"),
        ("https://a..vn/", "invalid host"),
        ("https://-a.vn/", "invalid host"),
        ("https://a b.vn/", "invalid host"),
        ("http://[::1/a", "cannot be parsed"),
    ],
)
def test_canonicalize_url_rejects(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        canonicalize_url(url)


def test_canonicalize_url_rejects_non_string() -> None:
    with pytest.raises(ValueError, match="must be a string"):
        canonicalize_url(None)  # type: ignore[arg-type]


def test_canonicalize_url_rejects_bad_base_result() -> None:
    with pytest.raises(ValueError, match="not an http"):
        canonicalize_url("a.html", base="ftp://x.vn/")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://WWW.Example.VN:8443/x", "www.example.vn"),
        ("https://m.baophapluat.vn/a", "m.baophapluat.vn"),
        ("http://thads.moj.gov.vn:443/a", "thads.moj.gov.vn"),
        ("https://user@x.vn./a", "x.vn"),
        ("ftp://files.x.vn/a", "files.x.vn"),
        ("https://bộtưpháp.vn/", "xn--btphp-0qa06li33k.vn"),
    ],
)
def test_host_of(url: str, expected: str) -> None:
    assert host_of(url) == expected


@pytest.mark.parametrize("url", ["/a/b", "", "https://", "mailto:a@b.vn"])
def test_host_of_rejects_urls_without_host(url: str) -> None:
    with pytest.raises(ValueError):
        host_of(url)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://vnexpress.net/a.html", True),
        ("http://127.0.0.1:8080/", True),
        ("HTTP://X.VN", True),
        (" https://x.vn/a ", True),
        ("ftp://x.vn/a", False),
        ("/a.html", False),
        ("x.vn", False),
        ("https://", False),
        ("https://x.vn:abc/", False),
        ("javascript:alert(1)", False),
        ("", False),
        (None, False),
    ],
)
def test_is_http_url(url: str, expected: bool) -> None:
    assert is_http_url(url) is expected


@pytest.mark.parametrize(
    ("url", "home"),
    [
        ("https://baophapluat.vn/", True),
        ("https://baophapluat.vn", True),
        ("https://baophapluat.vn//", True),
        ("https://baophapluat.vn/?ref=rss", False),
        ("https://baophapluat.vn/phap-luat/", False),
        ("http://[bad", False),
        (None, False),
    ],
)
def test_is_home_page(url: str | None, home: bool) -> None:
    assert is_home_page(url) is home
