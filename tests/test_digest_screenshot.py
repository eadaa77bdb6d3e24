"""A screenshot of the HTML digest in headless Chromium (Debian's /usr/bin/chromium through
Playwright; no browser is ever downloaded), saved for review under test-artifacts/digest/.

In CI (CI=true) a missing Chromium or Playwright fails the test with a clear message instead of
skipping it silently."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

import config
from digest.build import build_context
from digest.render import render_html
from storage.db import make_engine, upgrade
from tests.support.digest_data import BUILT_AT, DAY, seed

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "digest"


def _unavailable(reason: str) -> None:
    message = (
        f"{reason}: the digest screenshot test needs Debian's Chromium at {CHROMIUM} "
        "(apt-get install chromium; `make test` installs it) and the playwright package "
        "(pip install -e '.[test]'); never `playwright install`."
    )
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_digest_html_renders_in_chromium(tmp_path: Path) -> None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    if not CHROMIUM.exists() or not os.access(CHROMIUM, os.X_OK):
        _unavailable(f"no Chromium at {CHROMIUM}")

    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    upgrade(engine)
    with Session(engine) as session:
        seed(session)
        context = build_context(session, config.load({}), DAY, now=BUILT_AT)
    engine.dispose()
    html = render_html(context)

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / f"digest-{DAY.isoformat()}.png"
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page(viewport={"width": 900, "height": 1200})
            page.on("request", lambda r: requests.append(r.url))
            page.set_content(html, wait_until="load")
            body = page.inner_text("body")
            main_width = page.evaluate(
                "() => document.querySelector('table[width=\"760\"]').getBoundingClientRect().width"
            )
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    (html_copy := ARTIFACTS / f"digest-{DAY.isoformat()}.html").write_text(html, "utf-8")
    print(f"\nscreenshot for review: {shot}\nits HTML: {html_copy}")

    assert requests == []  # nothing fetched: no external assets
    assert "ĐIỂM TIN BÁO CHÍ VỀ CÔNG TÁC THI HÀNH ÁN DÂN SỰ — ngày 26/11/2026" in body
    assert '<script>alert("x")</script> Cưỡng chế <b>sai</b>' in body  # shown, not executed
    assert "QUÁ HẠN" in body and "PHỤ LỤC" in body
    assert main_width == 760
    width, height = png_size(shot)
    assert width == 900 and height > 1500  # the whole digest, not one screen
