"""Automatic opening and media-crisis detection on stored articles and classifications."""

from __future__ import annotations

import json
import logging
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

import config
from storage.models import Article, Case, CaseEvidence
from tests.support.workflow import NOW, add_people, classify, store
from workflow.automatic import (
    auto_open,
    detect_crises,
    find_crises,
    run_automatic,
    run_automatic_in,
    sync_story_articles,
)
from workflow.cases import advance, case_article_ids, events, open_case, replay, stored_snapshot

pytestmark = pytest.mark.postgres

SETTINGS = config.load(environ={}, auto_open_min_score=0.6)  # crisis: 3 outlets within 24 h


@pytest.fixture
def session(engine):
    with Session(engine, expire_on_commit=False) as s:
        add_people(s)
        yield s


def _cases(session: Session) -> list[Case]:
    return list(session.scalars(select(Case).order_by(Case.id)))


# --- automatic opening ---------------------------------------------------------------------------
def test_auto_open_once_per_story_for_confident_action_needed(session) -> None:
    a1 = store(session, outlet="vnexpress", topic="cưỡng chế sai")
    a2 = store(session, outlet="dantri", topic="cưỡng chế sai")
    classify(session, a1, action_share=0.5)  # 0.95 × 0.5 < 0.6
    classify(session, a2, action_share=0.8)  # 0.95 × 0.8 = 0.76
    weak = store(session, outlet="vov", topic="chậm thi hành")
    classify(session, weak, relevance=0.7, action_share=0.8)  # 0.56
    fine = store(session, outlet="vtv", topic="kết quả tích cực")
    classify(session, fine, label="positive")
    opened = auto_open(session, SETTINGS, NOW)
    session.commit()
    assert len(opened) == 1
    (case,) = opened
    assert (case.kind, case.state, case.severity) == ("press", "detected", "normal")
    assert (case.opened_by, case.opening_article_id) == ("system", a2)
    assert case.opening_score == pytest.approx(0.76)
    assert case_article_ids(session, case) == [a1, a2]
    assert case.office == "Thi hành án dân sự tỉnh Tây Ninh"
    (opened_event,) = events(session, case)
    assert (opened_event.actor, opened_event.role) == ("system", "system")
    assert json.loads(opened_event.data)["reason"] == "auto_open"
    # once per story: not again, not even after the case is finished
    assert auto_open(session, SETTINGS, NOW) == []
    advance(session, case, "dismissed", by="hung", note="Không cần xử lý.")
    assert auto_open(session, SETTINGS, NOW + timedelta(hours=1)) == []
    assert len(_cases(session)) == 1


def test_auto_open_follows_settings_age_and_the_current_classification(session) -> None:
    old = store(session, outlet="tuoitre", topic="bài cũ", published=NOW - timedelta(days=40))
    classify(session, old)
    relabelled = store(session, outlet="nld", topic="đã phân loại lại")
    classify(session, relabelled, version="m-1")
    classify(session, relabelled, label="neutral", version="m-2")  # the current one: no action
    manual = store(session, outlet="thanhnien", topic="đã mở bằng tay")
    classify(session, manual)
    open_case(session, manual, by="lan", now=NOW)
    assert auto_open(session, SETTINGS.replace(auto_open_cases=False), NOW) == []
    assert auto_open(session, SETTINGS, NOW) == []
    assert [c.opening_article_id for c in _cases(session)] == [manual]
    wide = SETTINGS.replace(auto_open_max_age_days=60)
    assert [c.opening_article_id for c in auto_open(session, wide, NOW)] == [old]


# --- media crises --------------------------------------------------------------------------------
def _spread(session: Session, topic: str, outlets: list[str], hours_apart: float = 2) -> list[int]:
    ids = []
    for n, outlet in enumerate(outlets):
        published = NOW - timedelta(hours=hours_apart * n)
        ids.append(store(session, outlet=outlet, topic=topic, published=published))
        classify(session, ids[-1], action_share=0.5)  # below the auto-open threshold
    return ids


def test_a_story_spreading_fast_opens_an_urgent_crisis(session) -> None:
    ids = _spread(session, "khủng hoảng", ["vnexpress", "dantri", "tuoitre"])
    _spread(session, "hai báo", ["vov", "vtv"])  # two outlets only
    _spread(session, "chậm lan", ["nld", "cand", "plo"], hours_apart=20)  # not within 24 h
    (crisis,) = find_crises(session, SETTINGS, NOW)
    assert crisis.outlets == ("dantri", "tuoitre", "vnexpress")
    opened, upgraded = detect_crises(session, SETTINGS, NOW)
    session.commit()
    assert upgraded == [] and len(opened) == 1
    case = opened[0]
    assert (case.kind, case.severity, case.state, case.opened_by) == (
        "media_crisis",
        "urgent",
        "detected",
        "system",
    )
    assert case_article_ids(session, case) == sorted(ids)
    assert json.loads(events(session, case)[0].data)["outlets"] == list(crisis.outlets)
    assert detect_crises(session, SETTINGS, NOW + timedelta(hours=1)) == ([], [])
    assert detect_crises(session, SETTINGS.replace(crisis_min_outlets=0), NOW) == ([], [])


def test_an_open_case_is_upgraded_to_a_crisis(session) -> None:
    first = store(
        session, outlet="vnexpress", topic="lan nhanh", published=NOW - timedelta(hours=5)
    )
    classify(session, first)
    case = open_case(session, first, by="lan", now=NOW - timedelta(hours=4))
    advance(session, case, "triaged", by="lan", now=NOW - timedelta(hours=3))
    for outlet in ("dantri", "zing"):
        classify(session, store(session, outlet=outlet, topic="lan nhanh"))
    report = run_automatic_in(session, SETTINGS, NOW)
    assert report.articles_added == 2 and report.upgraded == [case.code]
    assert report.opened == [] and report.crises_opened == []
    assert "khủng hoảng truyền thông" in report.message()
    session.expire_all()
    assert (case.kind, case.severity, case.state) == ("media_crisis", "urgent", "triaged")
    assert [e.action for e in events(session, case)] == ["open", "advance", "add_article", "crisis"]
    assert replay(events(session, case)) == stored_snapshot(session, case)
    again = run_automatic_in(session, SETTINGS, NOW + timedelta(minutes=5))
    assert again.message() is None


def test_new_syndicated_copies_join_the_open_case_with_evidence(session) -> None:
    first = store(session, outlet="vnexpress", topic="đăng lại")
    case = open_case(session, first, by="lan", now=NOW)
    later = store(session, outlet="baomoi", topic="đăng lại")
    assert sync_story_articles(session, NOW) == 1
    session.commit()
    assert case_article_ids(session, case) == [first, later]
    count = select(func.count()).where(CaseEvidence.case_id == case.id)
    assert session.scalar(count) == 2
    assert sync_story_articles(session, NOW) == 0


def test_run_automatic_never_raises_and_keeps_articles(session, engine, caplog) -> None:
    ids = _spread(session, "lỗi giữa chừng", ["vnexpress", "dantri", "tuoitre"])
    classify(session, ids[0])  # confident too
    # a crisis case is opened first, then auto_open fails (a string where days are expected)
    broken = SETTINGS.replace(auto_open_max_age_days="14")
    with caplog.at_level(logging.ERROR, logger="workflow.automatic"):
        report = run_automatic(broken, engine, NOW)
    assert report.error and "TypeError" in report.error
    assert "lỗi khi mở vụ việc tự động" in report.message()
    assert "automatic case opening failed" in caplog.text
    with Session(engine) as fresh:
        assert fresh.scalar(select(func.count()).select_from(Case)) == 0  # nothing half-done
        assert fresh.scalar(select(func.count()).select_from(Article)) == 3
    unreachable = SETTINGS.replace(database_url="postgresql+psycopg://x@127.0.0.1:1/none")
    assert run_automatic(unreachable).error
    ok = run_automatic(SETTINGS, engine, NOW)
    assert ok.error is None and len(ok.crises_opened) == 1 and ok.opened == []
