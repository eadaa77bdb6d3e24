"""An unexpected exception in a spider callback fails that page in the counts and fetch log."""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.http import HtmlResponse
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from crawlers.ledger import Ledger
from crawlers.middlewares import CallbackErrorMiddleware
from storage import frontier
from storage.models import FetchLog, FrontierUrl


def test_callback_exception_is_counted_logged_and_swallowed(engine: Engine) -> None:
    ledger = Ledger(sessionmaker(engine, expire_on_commit=False), near_bits=10)
    ledger.start({})
    url = "https://baophapluat.vn/bai-viet-post1.html"
    with Session(engine) as session:
        frontier.add_pending(session, [{"url": url, "outlet": "baophapluat", "source": "feed"}])
    spider = Spider(name="outlets")
    spider.ledger = ledger  # type: ignore[attr-defined]
    request = Request(url, meta={"outlet": "baophapluat", "stage": "article", "frontier_url": url})
    response = HtmlResponse(url, body=b"<html></html>", request=request, status=200)

    out = CallbackErrorMiddleware().process_spider_exception(response, KeyError("boom"), spider)

    assert out == []  # handled: Scrapy does not log it as an unhandled spider error
    assert ledger.counts["baophapluat"]["failed"] == 1
    with Session(engine) as session:
        entry = session.scalars(select(FetchLog)).one()
        row = session.scalars(select(FrontierUrl)).one()
    assert (entry.stage, entry.outcome, entry.url) == ("extract", "error", url)
    assert "KeyError" in (entry.error or "")
    assert row.attempts == 1 and row.state == "pending"  # tried again by the next run


def test_other_spiders_keep_scrapys_handling() -> None:
    request = Request("https://a.vn/")
    response = HtmlResponse("https://a.vn/", body=b"", request=request)
    assert (
        CallbackErrorMiddleware().process_spider_exception(
            response, ValueError("x"), Spider(name="other")
        )
        is None
    )
