"""The inbox (filters, search with and without diacritics, pagination, bad input) and the article
page (text, link, republications, assessment and reasons, relabel, open case), with hostile
scraped content escaped."""

from __future__ import annotations

import html
import re
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from storage.articles import store_article
from storage.classifications import relabel_history
from storage.models import Case, Relabel
from storage.records import ArticleRecord
from tests.support.web import (
    cheap_passwords,  # noqa: F401
    make_app,
    post,
    sign_in,
)
from tests.support.workflow import NOW, add_people, classify, store, story_body
from web.queries import PAGE_SIZE

pytestmark = [pytest.mark.postgres, pytest.mark.usefixtures("cheap_passwords")]

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "Đắk Lắk"'


def _titles(response) -> list[str]:
    return [
        html.unescape(t)
        for t in re.findall(r'<a class="title" href="/articles/\d+">([^<]*)</a>', response.text)
    ]


def _record(
    n: int,
    *,
    outlet: str,
    title: str,
    text: str,
    days_ago: int = 0,
    lead: str = "",
    url: str | None = None,
) -> ArticleRecord:
    url = url or f"https://{outlet}.example.vn/bai-{n}.html"
    published = NOW - timedelta(days=days_ago)
    return ArticleRecord(
        url=url,
        canonical_url=url,
        outlet=outlet,
        title=title,
        lead=lead or None,
        text=text,
        fetched_at=published + timedelta(minutes=5),
        published_at=published,
        extraction_route="selectors",
    )


# key, outlet, title, repeated sentence of the text, days before NOW, label, province
ARTICLES = [
    (
        "cuong_che",
        "baophapluat",
        "Cưỡng chế thi hành án ở Đắk Lắk",
        "Chấp hành viên tổ chức cưỡng chế giao nhà.",
        1,
        "inaccurate",
        "Tỉnh Đắk Lắk",
    ),
    (
        "tich_cuc",
        "vnexpress",
        "Thu hồi tài sản đạt kỷ lục",
        "Thi hành án dân sự thu hồi hàng nghìn tỷ đồng.",
        3,
        "positive",
        "Thành phố Hà Nội",
    ),
    (
        "trung_tinh",
        "vnexpress",
        "Hội nghị tập huấn nghiệp vụ",
        "Hội nghị tập huấn cho chấp hành viên các tỉnh.",
        10,
        "neutral",
        None,
    ),
    ("khong", "tuoitre", "Giá vàng hôm nay", "Giá vàng tăng mạnh.", 2, None, None),
]


@pytest.fixture
def world(tmp_path: Path, engine: Engine):
    """Four classified articles of three outlets (one not relevant) and one unclassified."""
    with Session(engine) as session:
        add_people(session)
        ids = {}
        for n, (key, outlet, title, sentence, days_ago, label, province) in enumerate(ARTICLES):
            record = _record(
                n, outlet=outlet, title=title, text=f"{sentence} " * 20, days_ago=days_ago
            )
            ids[key] = store_article(session, record).article_id
            classify(session, ids[key], label=label, province=province)
        unclassified = _record(
            9, outlet="tuoitre", title="Chưa phân loại", text="Bài chưa phân loại. " * 20
        )
        ids["chua"] = store_article(session, unclassified).article_id
    app = make_app(tmp_path, engine)
    client = app.test_client()
    sign_in(client, app, "xem")
    return app, client, ids


def test_inbox_lists_relevant_classified_articles_newest_first(world) -> None:
    _app, client, _ids = world
    response = client.get("/")
    assert response.status_code == 200
    assert _titles(response) == [
        "Cưỡng chế thi hành án ở Đắk Lắk",
        "Thu hồi tài sản đạt kỷ lục",
        "Hội nghị tập huấn nghiệp vụ",
    ]
    assert "3 bài" in response.text
    assert "Sai sự thật" in response.text and "Tích cực" in response.text
    everything = _titles(client.get("/?relevance=all"))
    assert "Giá vàng hôm nay" in everything and "Chưa phân loại" not in everything
    assert _titles(client.get("/?relevance=not_relevant")) == ["Giá vàng hôm nay"]


FILTER_CASES = [
    ("label=inaccurate", ["Cưỡng chế thi hành án ở Đắk Lắk"]),
    ("label=positive", ["Thu hồi tài sản đạt kỷ lục"]),
    ("action=yes", ["Cưỡng chế thi hành án ở Đắk Lắk"]),
    ("action=no", ["Thu hồi tài sản đạt kỷ lục", "Hội nghị tập huấn nghiệp vụ"]),
    ("outlet=vnexpress", ["Thu hồi tài sản đạt kỷ lục", "Hội nghị tập huấn nghiệp vụ"]),
    ("province=Tỉnh Đắk Lắk", ["Cưỡng chế thi hành án ở Đắk Lắk"]),
    ("from=2026-11-15", ["Cưỡng chế thi hành án ở Đắk Lắk", "Thu hồi tài sản đạt kỷ lục"]),
    ("to=18/11/2026", ["Thu hồi tài sản đạt kỷ lục", "Hội nghị tập huấn nghiệp vụ"]),
    ("from=2026-11-17&to=2026-11-17", ["Thu hồi tài sản đạt kỷ lục"]),
    ("q=cuong che", ["Cưỡng chế thi hành án ở Đắk Lắk"]),
    ("q=CƯỠNG CHẾ", ["Cưỡng chế thi hành án ở Đắk Lắk"]),
    ("q=chấp hành viên", ["Cưỡng chế thi hành án ở Đắk Lắk", "Hội nghị tập huấn nghiệp vụ"]),
    ("q=chap hanh vien&outlet=vnexpress", ["Hội nghị tập huấn nghiệp vụ"]),
    ('q="ty dong"', ["Thu hồi tài sản đạt kỷ lục"]),
    ("q=gia vang", []),  # not relevant, filtered out by default
    ("q=gia vang&relevance=all", ["Giá vàng hôm nay"]),
]


def test_inbox_filters_and_search(world) -> None:
    _app, client, _ids = world
    for query, expected in FILTER_CASES:
        assert _titles(client.get("/?" + query)) == expected, query


def test_bad_filter_values_are_reported_and_the_rest_still_applies(world) -> None:
    _app, client, _ids = world
    response = client.get("/?from=31/02/2026&outlet=khong-co&label=inaccurate&page=x&q=%22%21")
    assert response.status_code == 200
    text = response.text
    assert "Từ ngày không hợp lệ: “31/02/2026”" in text
    assert "Không có nguồn báo: “khong-co”" in text
    assert "Từ khóa tìm kiếm không có chữ hoặc số nào" in text
    assert _titles(response) == ["Cưỡng chế thi hành án ở Đắk Lắk"]  # the label still applies
    assert 'value="31/02/2026"' in text  # what was typed is shown back, nothing lost
    swapped = client.get("/?from=2026-11-19&to=2026-11-17")
    assert "đã đổi chỗ hai ngày" in swapped.text
    assert _titles(swapped) == ["Cưỡng chế thi hành án ở Đắk Lắk", "Thu hồi tài sản đạt kỷ lục"]


def test_pagination(tmp_path: Path, engine: Engine) -> None:
    total = PAGE_SIZE + 3
    with Session(engine) as session:
        add_people(session)
        for n in range(total):
            article_id = store_article(
                session,
                _record(
                    n,
                    outlet="baophapluat",
                    title=f"Bài số {n:03d}",
                    text=f"Nội dung riêng {n} về thi hành án. " * 15,
                    days_ago=n % 20,
                ),
            ).article_id
            classify(session, article_id, label="neutral")
    app = make_app(tmp_path, engine)
    client = app.test_client()
    sign_in(client, app, "xem")
    first = client.get("/?outlet=baophapluat")
    assert len(_titles(first)) == PAGE_SIZE
    assert f"{total} bài · trang 1/2" in first.text
    assert 'href="/?outlet=baophapluat&amp;relevance=relevant&amp;page=2"' in first.text
    second = client.get("/?outlet=baophapluat&page=2")
    assert len(_titles(second)) == 3
    assert not set(_titles(first)) & set(_titles(second))
    assert _titles(client.get("/?outlet=baophapluat&page=99")) == _titles(second)


def test_htmx_filter_request_gets_the_page(world) -> None:
    _app, client, _ids = world
    response = client.get("/?label=positive", headers={"HX-Request": "true"})
    assert response.status_code == 200 and 'id="results"' in response.text


def test_hostile_scraped_content_is_escaped_everywhere(tmp_path: Path, engine: Engine) -> None:
    with Session(engine) as session:
        add_people(session)
        article_id = store_article(
            session,
            _record(
                1,
                outlet="baophapluat",
                title=HOSTILE,
                lead=HOSTILE,
                text=f"{HOSTILE}\n" + story_body("đoạn hai"),
                url='https://baophapluat.vn/x.html?a="><script>alert(2)</script>',
            ),
        ).article_id
        classify(session, article_id, label="inaccurate")
    app = make_app(tmp_path, engine)
    client = app.test_client()
    sign_in(client, app, "lan")
    for url in ("/", f"/articles/{article_id}", "/?q=script"):
        text = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in text and "<img src=x" not in text, url
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in text, url
    opened = post(client, f"/articles/{article_id}/case", {"severity": "normal"})
    case_page = client.get(opened.headers["Location"]).get_data(as_text=True)
    assert "<script>alert" not in case_page and "&lt;script&gt;" in case_page
    board = client.get("/cases").get_data(as_text=True)
    assert "<script>alert" not in board and "&lt;script&gt;" in board
    with Session(engine) as session:
        sneaky = store_article(
            session,
            _record(
                2,
                outlet="baophapluat",
                title="Liên kết lạ",
                text=story_body("khác"),
                url="javascript:alert(document.cookie)",
            ),
        ).article_id
    page = client.get(f"/articles/{sneaky}").get_data(as_text=True)
    assert "javascript:" not in page and 'href="" rel="noopener noreferrer"' in page


def test_article_page_shows_text_link_republications_and_reasons(
    tmp_path: Path, engine: Engine
) -> None:
    with Session(engine) as session:
        add_people(session)
        first = store(session, outlet="baophapluat", topic="kê biên sai")
        copy = store(session, outlet="vnexpress", topic="kê biên sai")
        classify(session, first, label="needs_correction", province="Tỉnh Tây Ninh")
    app = make_app(tmp_path, engine)
    client = app.test_client()
    sign_in(client, app, "xem")
    text = client.get(f"/articles/{first}").get_data(as_text=True)
    assert "Phản ánh: kê biên sai" in text
    assert 'href="https://baophapluat.example.vn/kê-biên-sai.html"' in text
    assert 'rel="noopener noreferrer"' in text
    assert f'href="/articles/{copy}">vnexpress</a>' in text  # the republication
    assert "Cần phản hồi, đính chính" in text and "Tỉnh Tây Ninh" in text
    assert "95%" in text  # relevance score
    assert "Gán nhãn lại" not in text and "Mở vụ việc" not in text  # a viewer only reads
    assert client.get("/articles/999999").status_code == 404
    inbox = client.get("/").get_data(as_text=True)
    assert "1 báo đăng lại" in inbox


def test_relabel_is_stored_as_feedback_with_the_user(world, engine: Engine) -> None:
    app, client, ids = world
    sign_in(client, app, "lan")
    page = client.get(f"/articles/{ids['trung_tinh']}").get_data(as_text=True)
    assert "Gán nhãn lại" in page
    response = post(
        client,
        f"/articles/{ids['trung_tinh']}/relabel",
        {"decision": "needs_correction", "province": "Tỉnh Tây Ninh", "note": "Sai tên cơ quan"},
    )
    assert response.status_code == 303
    with Session(engine) as session:
        [stored] = relabel_history(session, ids["trung_tinh"])
    assert (stored.by, stored.old_label, stored.new_label) == ("lan", "neutral", "needs_correction")
    assert (stored.new_province, stored.note) == ("Tỉnh Tây Ninh", "Sai tên cơ quan")
    page = client.get(f"/articles/{ids['trung_tinh']}").get_data(as_text=True)
    assert "gán lại bởi lan" in page and "Đã lưu đánh giá mới" in page
    # the inbox follows the person's decision
    assert "Hội nghị tập huấn nghiệp vụ" in _titles(client.get("/?action=yes"))
    assert "Hội nghị tập huấn nghiệp vụ" in _titles(client.get("/?province=Tỉnh Tây Ninh"))
    post(client, f"/articles/{ids['khong']}/relabel", {"decision": "positive"})
    assert "Giá vàng hôm nay" in _titles(client.get("/?label=positive"))
    post(client, f"/articles/{ids['tich_cuc']}/relabel", {"decision": "not_relevant"})
    assert "Thu hồi tài sản đạt kỷ lục" in _titles(client.get("/?relevance=not_relevant"))


def test_bad_relabel_is_refused_and_keeps_what_was_typed(world, engine: Engine) -> None:
    app, client, ids = world
    sign_in(client, app, "lan")
    response = post(
        client,
        f"/articles/{ids['cuong_che']}/relabel",
        {"decision": "tuyệt vời", "province": "Tỉnh Không Có", "note": "ghi chú của tôi"},
    )
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert "Hãy chọn một đánh giá" in text and "Không có tỉnh/thành phố “Tỉnh Không Có”" in text
    assert "ghi chú của tôi" in text
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Relabel)) == 0
    assert post(client, "/articles/999999/relabel", {"decision": "positive"}).status_code == 404


def test_open_case_from_an_article(world, engine: Engine) -> None:
    app, client, ids = world
    sign_in(client, app, "lan")
    response = post(client, f"/articles/{ids['cuong_che']}/case", {"severity": "urgent"})
    assert response.status_code == 303
    with Session(engine) as session:
        case = session.scalars(select(Case)).one()
    assert response.headers["Location"] == f"/cases/{case.id}"
    assert (case.severity, case.opened_by, case.state) == ("urgent", "lan", "detected")
    assert case.office == "Thi hành án dân sự tỉnh Đắk Lắk"
    again = post(client, f"/articles/{ids['cuong_che']}/case", {"severity": "normal"})
    assert again.status_code == 409
    assert "đã có vụ việc đang mở" in again.get_data(as_text=True)
    page = client.get(f"/articles/{ids['cuong_che']}").get_data(as_text=True)
    assert f'href="/cases/{case.id}">{case.code}</a>' in page
    bad = post(client, f"/articles/{ids['tich_cuc']}/case", {"severity": "rất gấp"})
    assert bad.status_code == 400 and "Mức độ không hợp lệ" in bad.get_data(as_text=True)
