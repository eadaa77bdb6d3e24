"""store_article semantics, time zones, raw HTML compression, URL lookups, stories."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.articles import decompress_html, known_urls, store_article, story_members
from storage.models import LOCAL_TZ, Article, ArticleUrl, Story
from storage.records import InvalidRecord
from text.fingerprint import hamming, simhash

TEXTS = Path(__file__).parent / "fixtures" / "texts"


def _body(name: str) -> str:
    return "\n".join((TEXTS / name).read_text(encoding="utf-8").splitlines()[1:])


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_new_article_round_trips(engine, make_record) -> None:
    html = ("<html><body>" + "<p>Thi hành án dân sự</p>" * 500 + "</body></html>").encode()
    rec = make_record(raw_html=html, urls_seen=["https://baophapluat.vn/rss/1"])
    with Session(engine) as session:
        result = store_article(session, rec)
    assert result.status == "new" and result.duplicate_of is None and result.story_id
    with Session(engine) as session:
        art = session.get_one(Article, result.article_id)
        assert art.title == rec.title and art.text == rec.text and art.author == "Minh Anh"
        assert art.raw_html is not None and len(art.raw_html) < len(html) / 10
        assert decompress_html(art.raw_html) == html
        assert art.published_at == rec.published_at
        assert art.story_id == result.story_id
        assert known_urls(session, [rec.url, "https://baophapluat.vn/rss/1", "https://x/"]) == {
            rec.url,
            "https://baophapluat.vn/rss/1",
        }
    assert decompress_html(None) == b""


def test_aware_datetimes_round_trip_in_local_zone(engine, make_record) -> None:
    published = datetime(2025, 1, 31, 23, 15, 7, tzinfo=UTC)  # 06:15 on 1 Feb in Hà Nội
    fetched = datetime(2025, 2, 1, 8, 0, tzinfo=timezone(timedelta(hours=-5)))
    with Session(engine) as session:
        result = store_article(session, make_record(published_at=published, fetched_at=fetched))
    with Session(engine) as session:
        art = session.get_one(Article, result.article_id)
        assert art.published_at == published and art.fetched_at == fetched
        assert art.published_at.tzinfo == LOCAL_TZ
        assert art.published_at.isoformat() == "2025-02-01T06:15:07+07:00"
        assert art.fetched_at.utcoffset() == timedelta(hours=7)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("canonical_url", "", "canonical_url is empty"),
        ("canonical_url", "https://a/" + "x" * 2100, "longer than 2048"),
        ("outlet", " ", "outlet is empty"),
        ("published_at", datetime(2025, 1, 1, 8, 0), "timezone-aware"),
        ("fetched_at", None, "timezone-aware"),
    ],
)
def test_invalid_record_is_refused_and_nothing_written(
    engine, make_record, field, value, message
) -> None:
    rec = make_record()
    setattr(rec, field, value)
    with Session(engine) as session:
        with pytest.raises(InvalidRecord, match=message):
            store_article(session, rec)
        assert _count(session, Article) == 0


def test_untrusted_text_is_made_storable(engine, make_record) -> None:
    rec = make_record(
        title="Tiêu đề\x00 lỗi",
        text="Nội dung \ud800 có ký tự\x00 hỏng.",
        author="A\x00",
        raw_encoding="x" * 80,
        urls_seen=["https://bad/\x00url", "https://ok.vn/1"],
    )
    with Session(engine) as session:
        result = store_article(session, rec)
        art = session.get_one(Article, result.article_id)
        assert (art.title, art.author) == ("Tiêu đề lỗi", "A")
        assert art.text == "Nội dung \ufffd có ký tự hỏng."
        assert art.raw_encoding == "x" * 40
        assert known_urls(session, ["https://ok.vn/1", "https://bad/\x00url"]) == {
            "https://ok.vn/1"
        }
    bad = make_record(2, canonical_url="https://a.vn/\x00")
    with Session(engine) as session, pytest.raises(InvalidRecord, match="control characters"):
        store_article(session, bad)


def test_same_canonical_url_is_duplicate_and_refresh_updates(engine, make_record) -> None:
    with Session(engine) as session:
        first = store_article(session, make_record())
        again = store_article(
            session,
            make_record(
                url="https://baophapluat.vn/amp/bai-1.html",
                canonical_url=make_record().canonical_url,
            ),
        )
        assert (again.status, again.duplicate_of, again.reason) == (
            "duplicate",
            first.article_id,
            "same canonical URL",
        )
        assert known_urls(session, ["https://baophapluat.vn/amp/bai-1.html"])
        changed = make_record(
            title="Tiêu đề đã sửa", text="Nội dung đã cập nhật.", raw_html=b"<p>moi</p>"
        )
        updated = store_article(session, changed, refresh=True)
        assert (updated.status, updated.article_id) == ("updated", first.article_id)
    with Session(engine) as session:
        art = session.get_one(Article, first.article_id)
        assert (art.title, art.text) == ("Tiêu đề đã sửa", "Nội dung đã cập nhật.")
        assert decompress_html(art.raw_html) == b"<p>moi</p>"
        assert _count(session, Article) == 1


def test_known_url_makes_a_duplicate(engine, make_record) -> None:
    with Session(engine) as session:
        first = store_article(session, make_record(urls_seen=["https://baophapluat.vn/?p=77"]))
        other = make_record(
            2, url="https://baophapluat.vn/?p=77", canonical_url="https://baophapluat.vn/khac.html"
        )
        result = store_article(session, other)
        assert (result.status, result.duplicate_of) == ("duplicate", first.article_id)
        assert "URL already stored" in result.reason
        # The new canonical URL now finds the first article too.
        assert known_urls(session, ["https://baophapluat.vn/khac.html"])
        assert _count(session, Article) == 1


def test_same_body_same_outlet_is_duplicate(engine, make_record) -> None:
    body = _body("vntc_pl_vne_137.txt")
    with Session(engine) as session:
        first = store_article(session, make_record(1, text=body))
        reformatted = body.replace("\n", "\n\n").upper()
        result = store_article(session, make_record(2, text=reformatted))
        assert (result.status, result.duplicate_of) == ("duplicate", first.article_id)
        assert result.reason == "same body in the same outlet"
        assert known_urls(session, [make_record(2).url])
        assert _count(session, Article) == 1


def test_same_body_other_outlet_joins_story(engine, make_record) -> None:
    body = _body("vntc_pl_vne_137.txt")
    with Session(engine) as session:
        first = store_article(session, make_record(1, text=body))
        other = store_article(
            session,
            make_record(
                url="https://thads.moj.gov.vn/tin/1",
                outlet="thads",
                text=body,
                published_at=datetime(2025, 7, 11, 7, 0, tzinfo=LOCAL_TZ),
            ),
        )
        assert other.status == "new" and other.story_id == first.story_id
        members = story_members(session, first.story_id)
        assert members == [
            ("baophapluat", make_record(1).canonical_url, first.article_id),
            ("thads", "https://thads.moj.gov.vn/tin/1", other.article_id),
        ]
        story = session.get_one(Story, first.story_id)
        assert story.first_published_at == datetime(2025, 7, 11, 7, 0, tzinfo=LOCAL_TZ)


def _syndicated(body: str) -> str:
    lines = body.splitlines()
    lines[0] = "TPO - " + lines[0].replace("dự kiến", "theo kế hoạch")
    return "Theo phóng viên Tiền Phong, vụ việc đã được xác nhận chiều qua.\n" + "\n".join(lines)


def test_near_duplicate_joins_story_within_window_only(engine, make_record) -> None:
    body = _body("vntc_pl_vne_137.txt")
    with Session(engine) as session:
        first = store_article(session, make_record(1, text="(PLVN) - " + body))
        near = store_article(
            session,
            make_record(
                url="https://tienphong.vn/a.tpo", outlet="tienphong", text=_syndicated(body)
            ),
        )
        assert near.status == "new" and near.story_id == first.story_id
        late = store_article(
            session,
            make_record(
                url="https://nld.com.vn/b.htm",
                outlet="nld",
                text=_syndicated(body) + " Cập nhật.",
                published_at=make_record().published_at + timedelta(days=15),
            ),
        )
        assert late.status == "new" and late.story_id != first.story_id
        unrelated = store_article(
            session,
            make_record(
                url="https://tuoitre.vn/c.htm", outlet="tuoitre", text=_body("vntc_pl_tt_2035.txt")
            ),
        )
        assert unrelated.story_id not in {first.story_id, late.story_id}


def test_near_duplicate_by_band_index(engine, make_record) -> None:
    body = _body("vntc_pl_vne_729.txt")
    with Session(engine) as session:
        first = store_article(session, make_record(1, text=body))
        copy = store_article(
            session,
            make_record(url="https://vov.vn/e", outlet="vov", text=body + " (VOV)"),
            near_bits=3,
        )
        assert copy.story_id == first.story_id


def test_tight_threshold_keeps_syndicated_copy_apart(engine, make_record) -> None:
    body = _body("vntc_pl_vne_137.txt")
    original, copy = "(PLVN) - " + body, _syndicated(body)
    assert hamming(simhash(original), simhash(copy)) > 1
    with Session(engine) as session:
        first = store_article(session, make_record(1, text=original), near_bits=1)
        other = store_article(
            session, make_record(url="https://vov.vn/d", outlet="vov", text=copy), near_bits=1
        )
        assert other.status == "new" and other.story_id != first.story_id


def test_empty_bodies_are_not_duplicates(engine, make_record) -> None:
    with Session(engine) as session:
        a = store_article(session, make_record(1, text="", extraction_route="feed_summary"))
        b = store_article(session, make_record(2, text=" ", extraction_route="feed_summary"))
        assert a.status == b.status == "new" and a.story_id != b.story_id


def test_known_urls_in_batches(engine, make_record) -> None:
    seen = [f"https://baophapluat.vn/a?utm={i}" for i in range(1200)]
    with Session(engine) as session:
        store_article(session, make_record(urls_seen=seen))
        asked = seen + [f"https://other.vn/{i}" for i in range(800)]
        assert known_urls(session, asked) == set(seen) | set()
        assert _count(session, ArticleUrl) == 1201
        assert known_urls(session, []) == set()
