"""Browser tests: Debian's Chromium (``/usr/bin/chromium``) driven by Playwright against the app
served by waitress on a free loopback port in a thread. Never a downloaded browser: without
Chromium or Playwright these tests fail with a message saying what to install.

One browser for the module; each step saves a screenshot under ``test-artifacts/web/``. The
console is watched: a Content-Security-Policy violation (an inline script or style that the policy
blocks) fails the test.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from sqlalchemy import select
from sqlalchemy.orm import Session

import workflow.users
from storage.db import make_engine, upgrade
from storage.models import Case, Relabel
from tests.support.web import CHEAP_HASHER, PASSWORD, add_people_with_passwords, make_app
from tests.support.workflow import NOW, classify, store

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "web"
INSTALL = (
    "the browser tests need Debian's Chromium at /usr/bin/chromium (`make browser` or "
    "`apt-get install chromium`) and the playwright package (`pip install -e '.[test]'`); "
    "never `playwright install`"
)


def _playwright() -> Any:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(f"playwright is not installed: {INSTALL}")
    if not CHROMIUM.exists() or not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"no Chromium at {CHROMIUM}: {INSTALL}")
    return sync_playwright


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The app over a SQLite database with people and articles, served by waitress."""
    from waitress import create_server

    tmp = tmp_path_factory.mktemp("web-browser")
    engine = make_engine(f"sqlite:///{tmp / 'db.sqlite3'}")
    upgrade(engine)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(workflow.users, "_HASHER", CHEAP_HASHER)
        add_people_with_passwords(engine)
    with Session(engine) as session:
        ids = {
            "ke_bien": store(session, outlet="baophapluat", topic="kê biên nhầm nhà"),
            "copy": store(session, outlet="vnexpress", topic="kê biên nhầm nhà"),
            "thu_hoi": store(session, outlet="tuoitre", topic="thu hồi tài sản kỷ lục"),
        }
        classify(session, ids["ke_bien"], label="inaccurate", province="Tỉnh Tây Ninh")
        classify(session, ids["thu_hoi"], label="positive", province="Thành phố Hà Nội")
    app = make_app(tmp, engine)
    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield {"url": f"http://127.0.0.1:{server.effective_port}", "engine": engine, "ids": ids}
    finally:
        # Close every socket from inside the server's own loop (woken by its trigger): closing
        # them from this thread raced with the loop's select() (EBADF in the server thread).
        server.trigger.pull_trigger(lambda: server.asyncore.close_all(server._map))
        thread.join(timeout=10)
        server.task_dispatcher.shutdown()
        engine.dispose()


@pytest.fixture(scope="module")
def browser(site: dict[str, Any]) -> Iterator[Any]:
    with _playwright()() as p:
        chromium = p.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            yield chromium
        finally:
            chromium.close()


class Visit:
    """One browser context (one person), its console errors and numbered screenshots."""

    def __init__(self, browser: Any, base: str, name: str) -> None:
        self.context = browser.new_context(
            base_url=base, viewport={"width": 1280, "height": 900}, accept_downloads=True
        )
        self.page = self.context.new_page()
        self.page.set_default_timeout(10_000)
        self.errors: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.name, self.shots = name, 0

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def shot(self, step: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.shots += 1
        path = ARTIFACTS / f"{self.name}-{self.shots:02d}-{step}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def login(self, username: str, path: str = "/") -> None:
        self.page.goto(path)
        self.page.fill("input[name=username]", username)
        self.page.fill("input[name=password]", PASSWORD)
        self.page.click("form button[type=submit]")
        self.page.wait_for_load_state()

    def logout(self) -> None:
        self.page.click("header form.who button")
        self.page.wait_for_url(re.compile(r"/login$"))

    def close(self) -> None:
        self.context.close()
        assert not [e for e in self.errors if "Content Security Policy" in e], self.errors


@pytest.fixture
def visit(browser: Any, site: dict[str, Any], request: pytest.FixtureRequest) -> Iterator[Any]:
    opened: list[Visit] = []

    def make(name: str) -> Visit:
        v = Visit(browser, site["url"], f"{request.node.name}-{name}")
        opened.append(v)
        return v

    yield make
    for v in opened:
        v.close()


def test_digest_link_login_filter_inbox_and_relabel(visit, site) -> None:
    article = site["ids"]["ke_bien"]
    lan = visit("lan")
    page = lan.page
    page.goto(f"/articles/{article}")  # a link from the digest e-mail
    assert "/login?next=" in page.url
    lan.shot("login")
    lan.login("lan", page.url.replace(site["url"], ""))
    assert page.url.endswith(f"/articles/{article}")
    assert page.locator("h1").inner_text() == "Phản ánh: kê biên nhầm nhà"
    page.goto("/")
    rows = page.locator("table.inbox tbody tr")
    assert rows.count() == 2
    page.select_option("select[name=label]", "positive")  # htmx swaps the results in place
    page.wait_for_url(re.compile(r"label=positive"))
    page.wait_for_function("document.querySelectorAll('table.inbox tbody tr').length === 1")
    assert "thu hồi tài sản kỷ lục" in page.locator("table.inbox").inner_text()
    lan.shot("inbox-filtered")
    page.select_option("select[name=label]", "")
    page.fill("input[name=q]", "ke bien nham")  # no diacritics
    page.press("input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"q=ke"))
    page.wait_for_function("document.querySelectorAll('table.inbox tbody tr').length === 1")
    assert "kê biên nhầm nhà" in page.locator("table.inbox").inner_text()
    lan.shot("inbox-search")
    page.click("table.inbox a.title")
    page.select_option("#relabel-form select[name=decision]", "needs_correction")
    page.fill("#relabel-form textarea[name=note]", "Cần phản hồi, chưa đến mức sai sự thật")
    page.click("#relabel-form button[type=submit]")
    page.wait_for_selector("text=Đã lưu đánh giá mới")
    assert "gán lại bởi lan" in page.locator("#assessment").inner_text()
    lan.shot("relabelled")
    with Session(site["engine"]) as session:
        stored = session.scalars(select(Relabel).where(Relabel.article_id == article)).one()
    assert (stored.by, stored.new_label) == ("lan", "needs_correction")


def test_open_a_case_and_advance_it_as_the_right_roles(visit, site) -> None:
    article = site["ids"]["ke_bien"]
    lan = visit("lan")
    page = lan.page
    lan.login("lan", f"/articles/{article}")
    page.select_option("select[name=severity]", "urgent")
    page.click("text=Mở vụ việc")
    page.wait_for_url(re.compile(r"/cases/\d+$"))
    case_url = page.url
    assert "Mới phát hiện" in page.locator("#case-state").inner_text()
    lan.shot("case-opened")
    page.click("#make-official_letter summary")
    page.fill("#make-official_letter textarea[name=claims]", "Kê biên nhầm nhà của người khác")
    page.click("#make-official_letter button[type=submit]")
    page.wait_for_selector("text=Đã tạo công văn gửi địa phương")
    with page.expect_download() as info:
        page.click("#documents a[href*='/documents/']")
    download = info.value
    saved = ARTIFACTS / download.suggested_filename
    download.save_as(saved)
    assert download.suggested_filename.startswith("cong-van-dia-phuong-VV-")
    letter = "\n".join(p.text for p in Document(str(saved)).paragraphs)
    assert "Kính gửi" in letter and "Kê biên nhầm nhà của người khác" in letter
    lan.shot("letter-generated")

    def step(visitor: Visit, target: str, note: str = "") -> None:
        visitor.page.check(f"#advance input[value={target}]")
        if note:
            visitor.page.fill("#advance textarea[name=note]", note)
        visitor.page.click("#advance button[type=submit]")
        visitor.page.wait_for_selector("text=Đã chuyển vụ việc")

    for target in ("triaged", "notified_local", "local_verifying", "drafting", "wg_review"):
        step(lan, target)
    assert "Tổ công tác đang xem xét" in page.locator("#case-state").inner_text()
    assert page.locator("#advance").count() == 0  # approvals are for leaders
    lan.shot("waiting-for-leader")
    lan.logout()

    hung = visit("hung")
    hung.login("hung", case_url.replace(site["url"], ""))
    step(hung, "correction_requested", "Duyệt đề nghị cải chính")
    hung.shot("approved")
    hung.logout()

    lan2 = visit("lan-again")
    lan2.login("lan", case_url.replace(site["url"], ""))
    step(lan2, "outlet_responded")
    lan2.logout()

    hung2 = visit("hung-again")
    hung2.login("hung", case_url.replace(site["url"], ""))
    hung2.page.check("#advance input[value=closed]")
    hung2.page.click("#advance button[type=submit]")  # no note: refused, nothing lost
    hung2.page.wait_for_selector("text=cần ghi chú")
    hung2.page.select_option("#advance select[name=outcome]", "corrected")
    step(hung2, "closed", "Báo đã đăng cải chính")
    assert "Đã kết thúc" in hung2.page.locator("#case-state").inner_text()
    timeline = hung2.page.locator("ol.timeline").inner_text()
    assert "Duyệt đề nghị cải chính" in timeline and "Báo đã đăng cải chính" in timeline
    hung2.shot("closed")
    with Session(site["engine"]) as session:
        case = session.scalars(select(Case)).one()
    assert (case.state, case.severity, case.outcome_key) == ("closed", "urgent", "corrected")


def test_viewer_reads_cases_and_a_report(visit, site) -> None:
    xem = visit("xem")
    xem.login("xem", "/cases")
    assert xem.page.locator("form[action$='/advance']").count() == 0
    xem.shot("board")
    xem.page.goto("/admin/users")
    assert "Bạn không có quyền" in xem.page.content()
    xem.page.goto(f"/reports?period={NOW:%Y-%m}")
    assert xem.page.locator("h1").inner_text() == f"Báo cáo tháng {NOW.month}/{NOW.year}"
    assert xem.page.locator("figure.chart svg").count() == 4
    bars = xem.page.locator("figure.chart svg rect.bar")
    assert bars.count() >= 2 and bars.first.bounding_box()["width"] > 0
    xem.shot("report")
    with xem.page.expect_download() as info:
        xem.page.click("text=Tải báo cáo (DOCX)")
    assert info.value.suggested_filename == f"bao-cao-{NOW:%Y-%m}.docx"
