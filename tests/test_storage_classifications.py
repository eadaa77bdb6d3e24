"""Stored classifications (one per article and model version) and append-only relabels, on SQLite
and PostgreSQL."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from classifier.result import Classification
from storage.articles import store_article
from storage.classifications import (
    RelabelError,
    article_ids,
    as_dict,
    current,
    record_relabel,
    relabel_history,
    relabels,
    save_classification,
    unclassified_articles,
)
from storage.models import LOCAL_TZ, ArticleClassification, Relabel


def _classification(label: str | None = "needs_correction", **fields) -> Classification:
    values = {
        "relevant": label is not None,
        "relevance_score": 0.91 if label else 0.04,
        "label": label,
        "label_scores": {"needs_correction": 0.7, "neutral": 0.3} if label else {},
        "action_needed": label in {"needs_correction", "inaccurate"},
        "province": "Tỉnh Đồng Nai" if label else None,
        "office": "Thi hành án dân sự tỉnh Đồng Nai" if label else None,
        "reasons": ("cụm từ: “cưỡng chế”", "tỉnh: Đồng Nai") if label else (),
        "model_version": "m-1",
    }
    values.update(fields)
    return Classification(**values)


@pytest.fixture
def stored(engine, make_record) -> list[int]:
    ids = []
    with Session(engine) as session:
        for n, day in ((1, 10), (2, 12), (3, 14)):
            published = datetime(2025, 7, day, 9, 0, tzinfo=LOCAL_TZ)
            rec = make_record(n, published_at=published, text=f"Bài {n} khác hẳn. " * (n * 7))
            ids.append(store_article(session, rec).article_id)
    return ids


def test_save_is_an_upsert_per_article_and_version(engine, stored) -> None:
    a = stored[0]
    with Session(engine) as session:
        first = save_classification(session, a, _classification())
        again = save_classification(session, a, _classification("neutral"))
        assert again == first
        other = save_classification(session, a, _classification("positive").as_dict(), "m-2")
        assert other != first
        assert session.scalar(select(func.count()).select_from(ArticleClassification)) == 2
    with Session(engine) as session:
        row = session.get_one(ArticleClassification, first)
        assert row.label == "neutral" and row.action_needed is False
        assert row.classified_at.tzinfo == LOCAL_TZ
        now = current(session, [a, stored[1]])
        assert set(now) == {a}  # stored[1] has none
        assert now[a].id == other and now[a].model_version == "m-2"
        # re-running m-1 makes it the latest again
        save_classification(session, a, _classification("inaccurate"))
        assert current(session, [a])[a].id == first


def test_stored_fields_round_trip_as_json(engine, stored) -> None:
    c = _classification()
    with Session(engine) as session:
        save_classification(session, stored[0], c)
    with Session(engine) as session:
        out = as_dict(current(session, [stored[0]])[stored[0]])
    expected = c.as_dict()
    assert {k: out[k] for k in expected} == expected
    assert out["reasons"] == ["cụm từ: “cưỡng chế”", "tỉnh: Đồng Nai"]
    datetime.fromisoformat(out["classified_at"])


def test_bad_classifications_are_refused(engine, stored) -> None:
    with Session(engine) as session:
        with pytest.raises(ValueError, match="model_version"):
            save_classification(
                session, stored[0], {**_classification().as_dict(), "model_version": ""}
            )
        bad = {**_classification().as_dict(), "label": "excellent"}
        with pytest.raises(ValueError, match="excellent"):
            save_classification(session, stored[0], bad)
        with pytest.raises(TypeError):
            save_classification(session, stored[0], ["not", "a", "mapping"], "m-1")
        assert session.scalar(select(func.count()).select_from(ArticleClassification)) == 0


def test_unclassified_by_version_and_since(engine, stored) -> None:
    with Session(engine) as session:
        save_classification(session, stored[1], _classification())
        assert unclassified_articles(session, "m-1") == [stored[0], stored[2]]
        assert unclassified_articles(session, "m-2") == stored
        since = datetime(2025, 7, 12, tzinfo=LOCAL_TZ)
        assert unclassified_articles(session, "m-1", since) == [stored[2]]
        assert article_ids(session, since) == stored[1:]
        assert article_ids(session) == stored
        with pytest.raises(ValueError, match="aware"):
            unclassified_articles(session, "m-1", datetime(2025, 7, 12))


def test_relabel_keeps_old_and_new_values_and_history(engine, stored) -> None:
    a, b = stored[0], stored[1]
    with Session(engine) as session:
        save_classification(session, a, _classification("neutral"))
        r1 = record_relabel(session, a, "Nguyễn Văn An", relevant=True, label="needs_correction")
        r2 = record_relabel(
            session, a, "Trần Thị Bình", relevant=False, label=None, note="  tin hình sự  "
        )
        r3 = record_relabel(
            session, b, "Lê Văn Cường", relevant=True, label="positive", province="Tỉnh Tây Ninh"
        )
    with Session(engine) as session:
        history = relabel_history(session, a)
        assert [h.id for h in history] == [r1, r2]
        assert (history[0].old_relevant, history[0].old_label) == (True, "neutral")
        assert (history[0].new_relevant, history[0].new_label) == (True, "needs_correction")
        # the second relabel's old values are the first relabel's new ones
        assert (history[1].old_relevant, history[1].old_label) == (True, "needs_correction")
        assert (history[1].new_relevant, history[1].new_label) == (False, None)
        assert history[1].note == "tin hình sự" and history[1].by == "Trần Thị Bình"
        assert history[1].at.tzinfo == LOCAL_TZ
        unclassified = relabel_history(session, b)[0]
        assert (unclassified.old_relevant, unclassified.old_label) == (None, None)
        feedback = relabels(session)
        assert [(f.article_id, f.relabel_id) for f in feedback] == [(a, r2), (b, r3)]
        assert feedback[0].relevant is False and feedback[0].label is None
        assert feedback[1].province == "Tỉnh Tây Ninh" and feedback[1].label == "positive"
        assert feedback[1].title.startswith("Cưỡng chế") and "Bài 2" in feedback[1].text
        assert feedback[1].lead


def test_bad_relabels_are_refused_and_store_nothing(engine, stored) -> None:
    a = stored[0]
    with Session(engine) as session:
        cases = [
            ({"relevant": True, "label": "excellent"}, "excellent"),
            ({"relevant": False, "label": "neutral"}, "relevant"),
        ]
        for kwargs, message in cases:
            with pytest.raises(RelabelError, match=message):
                record_relabel(session, a, "An", **kwargs)
        with pytest.raises(RelabelError, match="named"):
            record_relabel(session, a, "   ", relevant=False, label=None)
        with pytest.raises(RelabelError, match="no article"):
            record_relabel(session, 999_999, "An", relevant=False, label=None)
        assert session.scalar(select(func.count()).select_from(Relabel)) == 0


def test_label_scores_are_json_text(engine, stored) -> None:
    with Session(engine) as session:
        row_id = save_classification(session, stored[2], _classification())
        raw = session.get_one(ArticleClassification, row_id)
        assert json.loads(raw.label_scores) == {"needs_correction": 0.7, "neutral": 0.3}
        assert json.loads(raw.reasons)[1] == "tỉnh: Đồng Nai"
