"""Crawl-time classification: a real replica crawl classifies every new article with the model's
version; a crawl without a model stores everything and leaves it for `classify --db`."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.alerts import LOOKBACK
from replica.server import ReplicaServer, today_shift
from storage.db import make_engine
from storage.models import Article, ArticleClassification, DigestAlert
from tests.support.cli import diemtin, fast_crawl_env

ALERT_AT = 0.8  # the alert threshold this crawl runs with (the default)


def _stored(db_url: str) -> tuple[list[Article], list[ArticleClassification]]:
    engine = make_engine(db_url)
    with Session(engine) as session:
        articles = list(session.scalars(select(Article)))
        rows = list(session.scalars(select(ArticleClassification)))
    engine.dispose()
    return articles, rows


@pytest.mark.slow
def test_crawl_classifies_new_articles(db_url: str, tmp_path: Path, trained_model: Path) -> None:
    from classifier.api import load

    version = load(trained_model).version
    model = tmp_path / "model.joblib"
    shutil.copy(trained_model, model)
    with ReplicaServer(port=0, date_shift_days=today_shift()) as server:
        env = fast_crawl_env(
            tmp_path,
            db_url,
            server.url,
            DIEMTIN_MODEL_FILE=str(model),
            DIEMTIN_ALERT_TO="canhbao@thads.example.vn",
            DIEMTIN_ALERT_MIN_CONFIDENCE=str(ALERT_AT),
            DIEMTIN_SMTP_HOST="",  # alerts go to the outbox
            DIEMTIN_OUTBOX_DIR=str(tmp_path / "outbox"),
        )
        started = datetime.now(UTC)
        result = diemtin(["crawl", "--outlet", "thads", "--outlet", "baophapluat"], env)
    assert result.returncode == 0, result.stderr
    articles, rows = _stored(db_url)
    assert len(articles) >= 10
    assert sorted(r.article_id for r in rows) == sorted(a.id for a in articles)
    assert {r.model_version for r in rows} == {version}
    assert any(r.relevant for r in rows)
    assert f"Phân loại bằng mô hình {version}: {len(articles)} bài" in result.stdout
    # The crawl sends the urgent alerts of what it classified, without waiting for the digest:
    # every story with a confidently inaccurate article published in the alert window, once, one
    # alert row and one outbox message each.
    engine = make_engine(db_url)
    with Session(engine) as session:
        alerted = list(session.scalars(select(DigestAlert)))
    engine.dispose()
    story = {a.id: a.story_id if a.story_id is not None else f"article:{a.id}" for a in articles}
    recent = {
        a.id: story[a.id]
        for a in articles
        if a.published_at is not None and a.published_at >= started - LOOKBACK
    }
    confident = {
        recent[r.article_id]
        for r in rows
        if r.article_id in recent
        and r.label == "inaccurate"
        and min(r.relevance_score, json.loads(r.label_scores)["inaccurate"]) >= ALERT_AT
    }
    assert confident, "the replica's recent THADS pages include confidently inaccurate ones"
    assert {a.status for a in alerted} == {"outbox"}
    stories = [story[a.article_id] for a in alerted]
    assert len(stories) == len(set(stories)) and set(stories) == confident
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == len(alerted)


@pytest.mark.slow
def test_crawl_without_model_stores_everything_and_classify_db_catches_up(
    db_url: str, tmp_path: Path, trained_model: Path
) -> None:
    missing = tmp_path / "none" / "classifier.joblib"
    with ReplicaServer(port=0, date_shift_days=today_shift()) as server:
        env = fast_crawl_env(tmp_path, db_url, server.url, DIEMTIN_MODEL_FILE=str(missing))
        result = diemtin(["crawl", "--outlet", "thads"], env)
    assert result.returncode == 0, result.stderr
    assert "Chưa có mô hình phân loại" in result.stderr and not missing.exists()
    articles, rows = _stored(db_url)
    assert len(articles) >= 5 and rows == []
    env["DIEMTIN_MODEL_FILE"] = str(trained_model)
    caught_up = diemtin(["classify", "--db"], env)
    assert caught_up.returncode == 0, caught_up.stderr
    assert len(_stored(db_url)[1]) == len(articles)


class _FailsOnTitle:
    """The real trained model, except that it fails on one title (fault injection)."""

    def __init__(self, model: object, bad_title: str):
        self.model = model
        self.version = model.version  # type: ignore[attr-defined]
        self.bad_title = bad_title

    def classify_many(self, items):  # type: ignore[no-untyped-def]
        items = list(items)
        if any(i["title"] == self.bad_title for i in items):
            raise RuntimeError("model failure")
        return self.model.classify_many(items)  # type: ignore[attr-defined]


def test_a_classification_failure_never_loses_the_article(
    engine, make_record, trained_model: Path
) -> None:
    from sqlalchemy.orm import sessionmaker

    from classifier.api import load
    from crawlers.ledger import Ledger

    good, bad = make_record(1), make_record(2, title="Bài làm mô hình lỗi", text="Khác hẳn. " * 9)
    model = _FailsOnTitle(load(trained_model), bad.title)
    ledger = Ledger(sessionmaker(engine), near_bits=3, classifier=model)  # type: ignore[arg-type]
    stored = [ledger.store(good), ledger.store(bad)]
    assert [s.status for s in stored] == ["new", "new"]
    assert ledger.counts["baophapluat"]["classified"] == 1
    assert ledger.counts["baophapluat"]["unclassified"] == 1
    with Session(engine) as session:
        assert session.get(Article, stored[1].article_id) is not None
        rows = list(session.scalars(select(ArticleClassification)))
    assert [r.article_id for r in rows] == [stored[0].article_id]
