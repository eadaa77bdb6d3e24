"""Export of stored articles as JSON Lines and CSV."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from storage.articles import store_article
from storage.export import FIELDS, export_rows, write_csv, write_jsonl
from storage.models import LOCAL_TZ

BODY = (
    "Cục Thi hành án dân sự tỉnh Nghệ An tổ chức cưỡng chế kê biên quyền sử dụng đất của "
    "người phải thi hành án để đảm bảo thi hành bản án dân sự đã có hiệu lực pháp luật."
)


@pytest.fixture
def stored(engine, make_record):
    with Session(engine) as session:
        a = store_article(session, make_record(1, text=BODY, urls_seen=["https://m.bpl.vn/1"]))
        b = store_article(
            session,
            make_record(
                url="https://thads.moj.gov.vn/tin/9",
                outlet="thads",
                text=BODY,
                published_at=datetime(2025, 7, 13, 1, 0, tzinfo=UTC),
            ),
        )
        c = store_article(
            session,
            make_record(
                3,
                text="Một bài khác hoàn toàn về đấu giá tài sản.",
                published_at=None,
                fetched_at=datetime(2025, 7, 20, 8, 0, tzinfo=LOCAL_TZ),
            ),
        )
    return a, b, c


def test_export_rows(engine, stored) -> None:
    a, b, c = stored
    with Session(engine) as session:
        rows = list(export_rows(session, None))
    assert [r["id"] for r in rows] == [a.article_id, b.article_id, c.article_id]
    assert all(tuple(r) == FIELDS for r in rows)
    first = rows[0]
    assert first["published_at"] == "2025-07-12T09:30:00+07:00"
    assert rows[1]["published_at"] == "2025-07-13T08:00:00+07:00"
    assert rows[2]["published_at"] is None and rows[2]["fetched_at"] == "2025-07-20T08:00:00+07:00"
    assert first["outlets_in_story"] == rows[1]["outlets_in_story"] == ["baophapluat", "thads"]
    assert first["urls_in_story"] == [first["canonical_url"], "https://thads.moj.gov.vn/tin/9"]
    assert rows[2]["outlets_in_story"] == ["baophapluat"] and rows[2]["story_id"] != a.story_id


def test_export_since_falls_back_to_fetched_at(engine, stored) -> None:
    _, b, c = stored
    since = datetime(2025, 7, 13, 0, 0, tzinfo=LOCAL_TZ)
    with Session(engine) as session:
        assert [r["id"] for r in export_rows(session, since)] == [b.article_id, c.article_id]
        later = since + timedelta(days=5)
        assert [r["id"] for r in export_rows(session, later)] == [c.article_id]
        with pytest.raises(ValueError, match="timezone-aware"):
            list(export_rows(session, datetime(2025, 7, 13)))


def test_write_jsonl_keeps_vietnamese_text(engine, stored) -> None:
    with Session(engine) as session:
        out = io.StringIO()
        assert write_jsonl(export_rows(session), out) == 3
    lines = out.getvalue().splitlines()
    assert "Cục Thi hành án dân sự" in lines[0] and "\\u" not in lines[0]
    assert json.loads(lines[0])["text"] == BODY


def test_write_csv(engine, stored, tmp_path) -> None:
    path = tmp_path / "out.csv"
    with Session(engine) as session, path.open("w", encoding="utf-8", newline="") as fp:
        assert write_csv(export_rows(session), fp) == 3
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8", newline="") as fp:
        rows = list(csv.DictReader(fp))
    assert list(rows[0]) == list(FIELDS)
    assert rows[0]["outlets_in_story"] == "baophapluat | thads"
    assert rows[0]["text"] == BODY and rows[2]["published_at"] == ""
