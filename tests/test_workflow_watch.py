"""The re-fetch watch of corrected articles (workflow.watch) against a real local HTTP server.

The server answers by Host header, like the offline replica: the case's article has a realistic
outlet URL (``https://baomau.example.vn/...``) and reaches the server through the
``offline_replica_url`` routing. The request is made on Friday 20/11/2026 at 10:00; with the
default schedule (1, 2, 3, 5, 10 working days) the checks fall on Mon 23, Wed 25, Thu 26, Mon 30/11
and Mon 7/12: Tuesday 24/11 is a public holiday (Ngày Văn hóa Việt Nam) and is skipped.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

import config
from crawlers.extract import extract_article
from storage.articles import store_article
from storage.models import LOCAL_TZ, CaseEvidence
from storage.records import ArticleRecord
from tests.support.workflow import add_people
from workflow.calendar import WorkCalendar
from workflow.cases import advance, events, get_case, open_case, replay, stored_snapshot
from workflow.evidence import export_evidence
from workflow.watch import (
    CHANGED,
    CHECKED,
    FAILED,
    REMOVED,
    RESTORED,
    FetchFailed,
    check_schedule,
    fetch_page,
    run_watch,
    text_diff,
)

pytestmark = pytest.mark.postgres

HOST = "baomau.example.vn"
ARTICLE = f"https://{HOST}/thi-hanh-an/cuong-che-sai-nha-ong-a-123456.html"
REQUESTED = datetime(2026, 11, 20, 10, 0, tzinfo=LOCAL_TZ)  # Friday
REGISTRY = f"""
[[outlets]]
name = "baomau"
home = "https://{HOST}/"
feeds = []
sections = []
sitemaps = []
article_pattern = '-\\d{{6}}\\.html$'
"""
SENTENCES = [
    "Chấp hành viên Chi cục Thi hành án dân sự huyện X đã cưỡng chế giao nhà của ông A.",
    "Theo phản ánh của gia đình, việc cưỡng chế diễn ra khi bản án chưa có hiệu lực pháp luật.",
    "Ông A cho biết đã gửi đơn khiếu nại nhiều lần nhưng chưa được trả lời bằng văn bản.",
    "Cơ quan thi hành án cho rằng mọi thủ tục đã được thực hiện đúng quy định của pháp luật.",
    "Phóng viên sẽ tiếp tục theo dõi và thông tin đến bạn đọc diễn biến của vụ việc này.",
]


def page(title: str, sentences: list[str], *, canonical: str = ARTICLE) -> bytes:
    """An article page (canonical link, og tags, a headline, a sapo, body paragraphs)."""
    paragraphs = "".join(f"<p>{s} {s}</p>" for s in sentences)
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{title}</title><link rel='canonical' href='{canonical}'>"
        f'<meta property="og:title" content="{title}">'
        '<meta property="article:published_time" content="2026-11-18T08:30:00+07:00"></head>'
        f'<body><nav><a href="/">Trang chủ</a></nav><article><h1>{title}</h1>'
        f"<div class='content'>{paragraphs}</div></article></body></html>"
    ).encode()


HOME = (
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo Mẫu</title>'
    f"<link rel='canonical' href='https://{HOST}/'></head><body><h1>Báo Mẫu</h1>"
    + "".join(f"<p><a href='/bai-{i}-123456.html'>{s}</a></p>" for i, s in enumerate(SENTENCES))
    + "</body></html>"
).encode()


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


class Outlet:
    """A local web server answering by Host header and path; records every request."""

    def __init__(self) -> None:
        self.pages: dict[tuple[str, str], Reply] = {}
        self.requests: list[dict[str, str]] = []
        outlet = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                host = (self.headers.get("Host") or "").split(":")[0]
                outlet.requests.append(
                    {
                        "host": host,
                        "path": self.path,
                        "user_agent": self.headers.get("User-Agent", ""),
                        "proto": self.headers.get("X-Forwarded-Proto", ""),
                    }
                )
                reply = outlet.pages.get((host, self.path), Reply(404, b"<h1>404</h1>"))
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except OSError:
                    pass  # the client gave up (timeout test)

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: object, client_address: object) -> None:
                pass

        self.server = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def serve(self, url: str, reply: Reply) -> None:
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        self.pages[(parts.hostname or "", parts.path)] = reply

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def outlet() -> Iterator[Outlet]:
    server = Outlet()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def settings(tmp_path: Path, outlet: Outlet) -> config.Settings:
    registry = tmp_path / "outlets.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    return config.load(
        {},
        data_dir=str(tmp_path / "data"),
        outlets_file=str(registry),
        offline_replica_url=outlet.url,
        download_timeout=1,
    )


def _store(session: Session, body: bytes, url: str = ARTICLE) -> int:
    """Store the article as the crawler would: the page and what the extractor read from it."""
    found = extract_article(body, url)
    record = ArticleRecord(
        url=url,
        canonical_url=url,
        outlet="baomau",
        title=found.title,
        lead=found.lead,
        text=found.text,
        published_at=found.published_at,
        fetched_at=REQUESTED - timedelta(days=2),
        extraction_route=found.route,
        raw_html=body,
        raw_encoding=found.encoding,
        http_status=200,
    )
    return store_article(session, record).article_id


def _to_correction_requested(session: Session, case_ref: str, at: datetime) -> None:
    steps = [
        ("triaged", "lan"),
        ("notified_local", "lan"),
        ("local_verifying", "lan"),
        ("drafting", "lan"),
        ("wg_review", "lan"),
        ("correction_requested", "hung"),
    ]
    for n, (state, by) in enumerate(steps):
        advance(session, case_ref, state, by=by, now=at - timedelta(minutes=len(steps) - n))


@pytest.fixture
def watched(engine: Engine, outlet: Outlet) -> tuple[str, int]:
    """A case in correction_requested (since 20/11/2026 10:00) covering the served article."""
    original = page("Cưỡng chế sai nhà ông A", SENTENCES)
    outlet.serve(ARTICLE, Reply(body=original))
    with Session(engine, expire_on_commit=False) as session:
        add_people(session)
        article_id = _store(session, original)
        case = open_case(session, article_id, by="lan", now=REQUESTED - timedelta(days=1))
        _to_correction_requested(session, case.code, REQUESTED)
        return case.code, article_id


def _trail(engine: Engine, code: str) -> list:
    with Session(engine) as session:
        return events(session, get_case(session, code))


def _watch_trail(engine: Engine, code: str) -> list[tuple[str, dict, str | None]]:
    return [
        (e.action, json.loads(e.data), e.note)
        for e in _trail(engine, code)
        if e.action.startswith("source_")
    ]


def _run(settings: config.Settings, engine: Engine, when: datetime):
    return run_watch(settings, engine, when)


def at(day: int, month: int = 11, hour: int = 8) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=LOCAL_TZ)


def test_schedule_counts_working_days_from_the_request(settings: config.Settings) -> None:
    cal = WorkCalendar.from_settings(settings)
    slots = check_schedule(REQUESTED, settings, cal)
    assert [(d, s.date().isoformat()) for d, s in slots] == [
        (1, "2026-11-23"),
        (2, "2026-11-25"),  # 24/11: Ngày Văn hóa Việt Nam
        (3, "2026-11-26"),
        (5, "2026-11-30"),
        (10, "2026-12-07"),
    ]
    assert all(s.hour == 0 and s.minute == 0 for _, s in slots)
    # a request after office hours on Friday counts from Monday
    late = check_schedule(REQUESTED.replace(hour=18), settings, cal)
    assert late[0][1].date().isoformat() == "2026-11-25"


def test_served_edited_removed_unreachable_then_stops(
    engine: Engine, settings: config.Settings, outlet: Outlet, watched: tuple[str, int], tmp_path
) -> None:
    code, article_id = watched

    # before the first check day: nothing is fetched
    report = _run(settings, engine, at(20, hour=16))
    assert report.outcomes == [] and outlet.requests == []
    assert "không có bài nào" in report.message()

    # day 1: unchanged; fetched through the replica routing with the crawler's user agent
    report = _run(settings, engine, at(23))
    assert [o.status for o in report.outcomes] == ["unchanged"]
    assert outlet.requests == [
        {
            "host": HOST,
            "path": "/thi-hanh-an/cuong-che-sai-nha-ong-a-123456.html",
            "user_agent": settings.user_agent,
            "proto": "https",
        }
    ]
    action, data, note = _watch_trail(engine, code)[-1]
    assert action == CHECKED and data["result"] == "unchanged" and data["slot"] == 1
    assert data["http_status"] == 200 and data["hash"] == data["archived_hash"]
    assert "chưa thay đổi" in note

    # the same day again: the slot is settled, nothing is fetched
    assert _run(settings, engine, at(23, hour=15)).outcomes == []
    assert len(outlet.requests) == 1

    # day 2: the outlet edited the article
    edited = (
        SENTENCES[:1]
        + ["Theo kết luận của cơ quan có thẩm quyền, bản án đã có hiệu lực khi cưỡng chế."]
        + SENTENCES[2:]
    )
    outlet.serve(ARTICLE, Reply(body=page("Cưỡng chế nhà ông A (cải chính)", edited)))
    report = _run(settings, engine, at(25))
    assert [o.status for o in report.outcomes] == ["changed"]
    action, data, note = _watch_trail(engine, code)[-1]
    assert action == CHANGED and data["slot"] == 2
    assert data["hash"] != data["archived_hash"]
    assert note.startswith("Báo baomau.example.vn đã chỉnh sửa bài viết «Cưỡng chế sai nhà ông A»")
    assert "ngày 25/11/2026" in note and "xác nhận" in note
    diff = data["diff"].splitlines()
    assert "-Tiêu đề: Cưỡng chế sai nhà ông A" in diff
    assert "+Tiêu đề: Cưỡng chế nhà ông A (cải chính)" in diff
    assert f"-{SENTENCES[1]}" in diff and f"+{edited[1]}" in diff
    assert f" {SENTENCES[0]}" in diff  # one line of context
    assert f"-{SENTENCES[4]}" not in diff
    assert data["title_changed"] is True and data["snapshot"] == 1
    # each sentence is printed twice on the page: two lines out, two lines in
    assert data["sentences_removed"] == 2 and data["sentences_added"] == 2
    assert data["diff_summary"] == "tiêu đề thay đổi; 2 câu cũ bị bỏ hoặc sửa; 2 câu mới"
    # the new copy is archived beside the old one, both exported
    with Session(engine) as session:
        copies = session.scalars(
            select(CaseEvidence)
            .where(CaseEvidence.article_id == article_id)
            .order_by(CaseEvidence.snapshot)
        ).all()
        assert [c.snapshot for c in copies] == [0, 1]
        assert copies[1].id == data["evidence_id"]
        assert copies[1].title == "Cưỡng chế nhà ông A (cải chính)"
        assert b"(c\xe1\xba\xa3i ch\xc3\xadnh)" in copies[1].raw_html
        assert copies[0].title == "Cưỡng chế sai nhà ông A"
        folder = export_evidence(session, get_case(session, code), tmp_path / "export")
    assert (folder / f"articles/{article_id}.html").read_bytes() == copies[0].raw_html
    assert (folder / f"articles/{article_id}-1.html").read_bytes() == copies[1].raw_html
    assert edited[1] in (folder / f"articles/{article_id}-1.txt").read_text(encoding="utf-8")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert [a["snapshot"] for a in manifest["articles"]] == [0, 1]

    # day 3: removed (404)
    outlet.serve(ARTICLE, Reply(404, "<h1>Trang không tồn tại</h1>".encode()))
    report = _run(settings, engine, at(26))
    assert [o.status for o in report.outcomes] == ["removed"]
    action, data, note = _watch_trail(engine, code)[-1]
    assert action == REMOVED and data["http_status"] == 404
    assert note.startswith("Báo baomau.example.vn đã gỡ bài viết «Cưỡng chế nhà ông A (cải chính)»")
    assert "ngày 26/11/2026" in note and "404" in note

    # day 5: the outlet cannot be reached: a failed check, never "removed", retried next run
    outlet.close()
    report = _run(settings, engine, at(30))
    assert [o.status for o in report.outcomes] == ["failed"] and report.failed == 1
    action, data, note = _watch_trail(engine, code)[-1]
    assert action == FAILED and "error" in data and "removed" not in data.get("result", "")
    assert "sẽ thử lại" in note
    retry = _run(settings, engine, at(30, hour=9))
    assert [o.status for o in retry.outcomes] == ["failed"]  # still due: retried

    # a new server on the same routing answers again: the slot settles as "still removed"
    second = Outlet()
    try:
        second.serve(ARTICLE, Reply(404, b"gone"))
        settings2 = settings.replace(offline_replica_url=second.url)
        report = _run(settings2, engine, at(30, hour=10))
        assert [o.status for o in report.outcomes] == ["still_removed"]
        assert _watch_trail(engine, code)[-1][0] == CHECKED
        # put back: restored, with the text of the last copy
        second.serve(ARTICLE, Reply(body=page("Cưỡng chế nhà ông A (cải chính)", edited)))
        report = _run(settings2, engine, at(7, 12))
        assert [o.status for o in report.outcomes] == ["restored"]
        action, data, note = _watch_trail(engine, code)[-1]
        assert action == RESTORED and "đã đăng lại" in note and "như bản lưu" in note
        assert "snapshot" not in data
        fetched = len(second.requests)
        # after the last scheduled day the watch stops
        assert _run(settings2, engine, at(10, 12)).outcomes == []
        assert _run(settings2, engine, at(20, 12)).outcomes == []
        assert len(second.requests) == fetched
    finally:
        second.close()

    slots = [d["slot"] for a, d, _ in _watch_trail(engine, code) if a != FAILED]
    assert slots == [1, 2, 3, 5, 10]
    # replay ignores the watch events: the case is what its stored rows say
    with Session(engine) as session:
        case = get_case(session, code)
        assert replay(events(session, case)) == stored_snapshot(session, case)
        assert case.state == "correction_requested"  # the watch never moves the case


def test_timeouts_and_server_errors_are_failed_checks(
    engine: Engine, settings: config.Settings, outlet: Outlet, watched: tuple[str, int]
) -> None:
    code, _ = watched
    outlet.serve(ARTICLE, Reply(body=b"late", delay=1.6))
    report = _run(settings, engine, at(23))
    assert [o.status for o in report.outcomes] == ["failed"]
    action, data, note = _watch_trail(engine, code)[-1]
    assert action == FAILED and "hết thời gian chờ" in data["error"]
    outlet.serve(ARTICLE, Reply(503, b"busy"))
    report = _run(settings, engine, at(23, hour=9))
    assert [o.status for o in report.outcomes] == ["failed"]
    assert _watch_trail(engine, code)[-1][1]["http_status"] == 503
    assert not any(a == REMOVED for a, _, _ in _watch_trail(engine, code))


def test_redirects(
    engine: Engine, settings: config.Settings, outlet: Outlet, watched: tuple[str, int]
) -> None:
    code, _ = watched
    # moved to another article URL with the same text: not a change
    moved = f"https://{HOST}/thi-hanh-an/cuong-che-nha-ong-a-654321.html"
    outlet.serve(ARTICLE, Reply(301, headers={"Location": moved}))
    outlet.serve(moved, Reply(body=page("Cưỡng chế sai nhà ông A", SENTENCES, canonical=moved)))
    report = _run(settings, engine, at(23))
    assert [o.status for o in report.outcomes] == ["unchanged"]
    data = _watch_trail(engine, code)[-1][1]
    assert data["final_url"] == moved and data["redirects"] == [moved]
    # sent to the home page (relative Location): removed
    outlet.serve(ARTICLE, Reply(302, headers={"Location": "/"}))
    outlet.serve(f"https://{HOST}/", Reply(body=HOME))
    report = _run(settings, engine, at(25))
    assert [o.status for o in report.outcomes] == ["removed"]
    action, data, note = _watch_trail(engine, code)[-1]
    assert action == REMOVED and "không phải trang bài viết" in data["reason"]
    # a redirect loop is a failed check, not a removal
    outlet.serve(ARTICLE, Reply(302, headers={"Location": ARTICLE}))
    report = _run(settings, engine, at(26))
    assert [o.status for o in report.outcomes] == ["failed"]
    assert "chuyển hướng" in _watch_trail(engine, code)[-1][1]["error"]


def test_soft_404_page_is_removed(
    engine: Engine, settings: config.Settings, outlet: Outlet, watched: tuple[str, int]
) -> None:
    code, _ = watched
    outlet.serve(ARTICLE, Reply(body=HOME))  # 200, but the page is the home page
    report = _run(settings, engine, at(23))
    assert [o.status for o in report.outcomes] == ["removed"]
    assert "không còn là bài viết" in _watch_trail(engine, code)[-1][1]["reason"]


def test_cases_not_requested_or_closed_are_not_watched(
    engine: Engine, settings: config.Settings, outlet: Outlet, watched: tuple[str, int]
) -> None:
    code, _ = watched
    with Session(engine) as session:
        advance(session, code, "escalated", by="hung", note="Báo không cải chính.", now=at(21))
        advance(
            session, code, "closed", by="hung", note="Hết.", outcome="refused", now=at(21, hour=9)
        )
    assert _run(settings, engine, at(23)).outcomes == []
    assert outlet.requests == []


def test_fetch_without_replica_and_size_limit(outlet: Outlet, settings: config.Settings) -> None:
    direct = settings.replace(offline_replica_url="")
    outlet.serve(f"{outlet.url}/a-123456.html", Reply(body=b"<p>xin ch\xc3\xa0o</p>"))
    got = fetch_page(f"{outlet.url}/a-123456.html", direct)
    assert got.status == 200 and got.body == b"<p>xin ch\xc3\xa0o</p>"
    assert outlet.requests[-1]["host"] == "127.0.0.1" and outlet.requests[-1]["proto"] == ""
    outlet.serve(f"{outlet.url}/big", Reply(body=b"x" * 20_001))
    with pytest.raises(FetchFailed, match="giới hạn"):
        fetch_page(f"{outlet.url}/big", direct.replace(max_page_bytes=20_000))


def test_diff_is_truncated() -> None:
    old = ("Tiêu đề", None, "\n".join(f"Câu cũ số {i}." for i in range(400)))
    new = ("Tiêu đề", None, "\n".join(f"Câu mới số {i}." for i in range(400)))
    diff = text_diff(old, new, old_label="cũ", new_label="mới")
    assert len(diff.lines) == 120 and diff.truncated > 0
    assert diff.added == 400 and diff.removed == 400 and not diff.title_changed
