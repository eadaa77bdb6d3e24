"""Training-data views and threshold selection (classifier.models): the feed form of full-length
articles, folds that keep a view with its article, and relevance thresholds per input length."""

from __future__ import annotations

import numpy as np
import pytest

from classifier.models import (
    LEAD_VIEW,
    LEAD_WORDS,
    SHORT_WORDS,
    THRESHOLD_TOLERANCE,
    Thresholds,
    best_threshold,
    corpus_rows,
    cv_folds,
    documents,
    lead_view,
    short_flags,
    with_lead_views,
)


def _row(rid: str, text: str, *, length: str = "full", **extra) -> dict:
    base = {
        "id": rid,
        "origin": "vntc",
        "title": f"Tiêu đề {rid}",
        "lead": "",
        "text": text,
        "length": length,
        "relevant": False,
        "label": None,
    }
    return base | extra


def test_lead_view_keeps_the_title_and_opening_sentences() -> None:
    first = " ".join(f"Câu thứ {n} có đúng sáu chữ." for n in range(1, 11))  # 10 x 6 words
    row = _row("vntc:a", first + "\nĐoạn hai không được lấy.", relevant=True, label="neutral")
    view = lead_view(row)
    words = len(view["text"].split())
    assert LEAD_WORDS <= words < LEAD_WORDS + 6  # whole sentences, stopping once it has enough
    assert view["text"].startswith("Câu thứ 1 có") and view["text"].endswith(".")
    assert "Đoạn hai" not in view["text"]
    assert view["id"] == "vntc:a#lead" and view["length"] == LEAD_VIEW and view["lead"] == ""
    assert (view["title"], view["relevant"], view["label"]) == (row["title"], True, "neutral")
    short = lead_view(_row("vntc:b", "\n\nChỉ một câu ngắn.\nĐoạn sau."))
    assert short["text"] == "Chỉ một câu ngắn."


def test_every_full_length_row_gets_one_view_and_feed_items_none() -> None:
    rows = [
        _row("vntc:a", "Một. Hai."),
        _row("baomoi:b", "Tin ngắn.", length="headline_lead"),
        _row("written:001", "Ba."),
    ]
    out = with_lead_views(rows)
    assert [r["id"] for r in out] == [
        "vntc:a",
        "baomoi:b",
        "written:001",
        "vntc:a#lead",
        "written:001#lead",
    ]
    assert out[:3] == rows


def test_folds_keep_each_view_with_its_article() -> None:
    rows = with_lead_views(corpus_rows())
    position = {r["id"]: i for i, r in enumerate(rows)}
    view_of = {
        position[r["id"]]: position[r["id"] + "#lead"]
        for r in rows
        if r["length"] == "full" and r["id"] + "#lead" in position
    }
    written = {i for i, r in enumerate(rows) if r["origin"] == "written"}
    tested: list[int] = []
    for train, test in cv_folds(rows, 3):
        train_set, test_set = set(train.tolist()), set(test.tolist())
        assert not train_set & test_set
        for article, view in view_of.items():
            assert (article in train_set) == (view in train_set)
            assert (article in test_set) == (view in test_set)
        assert not written & test_set  # written examples and their views only ever train
        tested += test.tolist()
    assert sorted(tested) == sorted(
        i
        for i in range(len(rows))
        if i not in written
        and rows[i]["id"].removesuffix("#lead") not in {rows[w]["id"] for w in written}
    )


def test_short_flags_count_words() -> None:
    docs = [" ".join(["chữ"] * SHORT_WORDS), " ".join(["chữ"] * (SHORT_WORDS + 1)), ""]
    assert short_flags(docs).tolist() == [True, False, True]
    # surrounding and repeated whitespace (titles, leads and bodies are joined by newlines)
    spaced = ["\n " + "chữ \n\n " * SHORT_WORDS, "  " + "chữ\t " * (SHORT_WORDS + 1) + "\n"]
    assert short_flags(spaced).tolist() == [True, False]
    rows = corpus_rows()
    feed = short_flags(documents([r for r in rows if r["length"] == "headline_lead"]))
    body = short_flags(documents([r for r in rows if r["length"] == "full"]))
    assert feed.mean() > 0.85 and body.mean() < 0.05  # most real feed items, few bodies


def test_thresholds_per_row() -> None:
    th = Thresholds(full=0.6, short=0.1)
    assert th.per_row(np.array([True, False])).tolist() == [0.1, 0.6]


def _threshold_case(p_relevant: list[float], p_other: list[float]) -> float:
    rows = [{"relevant": True, "label": "needs_correction"} for _ in p_relevant]
    rows += [{"relevant": False, "label": None} for _ in p_other]
    p = np.array(p_relevant + p_other)
    labels = ["needs_correction"] * len(rows)
    return best_threshold(rows, np.arange(len(rows)), p, labels, [[] for _ in rows])


def test_best_threshold_separates_and_prefers_the_lowest_of_equals() -> None:
    # Every threshold in (0.3, 0.8] separates the classes perfectly: the lowest of them wins.
    assert _threshold_case([0.9, 0.85, 0.8], [0.3, 0.2, 0.05]) == pytest.approx(0.35)
    # One relevant article far below the rest: catching it costs three false positives among few
    # articles, far worse than the tolerance allows, so the threshold stays above them.
    assert _threshold_case([0.9] * 5 + [0.12], [0.3, 0.2, 0.15]) == pytest.approx(0.35)
    # Among many, catching it costs two false positives: within the tolerance of the best, so
    # the lowest threshold that catches it wins (a miss costs the office more than a read).
    assert _threshold_case([0.9] * 50 + [0.12], [0.3, 0.2]) == pytest.approx(0.05)
    # No relevant row: the neutral default.
    assert _threshold_case([], [0.3, 0.2]) == 0.5
    assert 0 < THRESHOLD_TOLERANCE < 0.05
