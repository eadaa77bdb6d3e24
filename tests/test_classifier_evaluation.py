"""The quick evaluation (3-fold CV of the chosen pipeline) holds the committed floors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from classifier.api import evaluate
from classifier.evaluation import f1_interval

BASELINE = Path(__file__).parents[1] / "classifier" / "baseline.json"


@pytest.mark.slow
def test_quick_evaluation_holds_the_floors(tmp_path):
    out = tmp_path / "eval.json"
    report = evaluate(out, quick=True)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert report.regressions(baseline, "quick") == []
    written = json.loads(out.read_text(encoding="utf-8"))
    cv = written["cv"]["stratified_grouped"]
    assert set(cv) == {"plain", "stripped"}
    assert set(cv["plain"]) == {"all", "full", "headline_lead", "lead_view"}
    # Every full-length article is also judged in its feed form (title and opening sentences).
    assert cv["plain"]["lead_view"]["n"] == cv["plain"]["full"]["n"]
    assert cv["plain"]["all"]["n"] == cv["plain"]["full"]["n"] + cv["plain"]["headline_lead"]["n"]
    assert 0 < written["threshold_short"] < 1 and 0 < written["threshold"] < 1
    per_class = cv["plain"]["all"]["assessment_on_relevant"]["per_class"]
    assert set(per_class) == {"positive", "neutral", "needs_correction", "inaccurate"}
    assert len(cv["plain"]["all"]["relevance"]["confusion"]) == 2
    # The real 2017-2025 headlines that never train, judged by the model fitted on everything.
    held = written["held_out"]["modern_headlines"]
    assert set(held) == {"plain", "stripped"}
    assert (held["plain"]["headline"]["n"], held["plain"]["headline"]["n_relevant"]) == (41, 29)
    compared = written["comparison"][written["chosen"]]
    assert compared["held_out_relevant_f1"] == held["plain"]["headline"]["relevant_f1"]
    # Each subset lists the examples decided otherwise than labelled, for the labeller's review.
    for figures in (held["plain"]["headline"], cv["plain"]["all"]):
        errors = figures["errors"]
        assert errors and all(e["label"] != e["decided"] for e in errors)
        (tp, fn), (fp, tn) = figures["relevance"]["confusion"]
        assert sum((e["label"] is None) != (e["decided"] is None) for e in errors) == fn + fp
    text = report.render()
    assert "rel F1" in text and "stratified_grouped" in text
    assert "held_out:modern_headlines" in text and "Held-out 2017-2025 headlines" in text
    # A floor above what is reached is reported.
    key = "cv.stratified_grouped.plain.all.relevant_f1"
    assert report.regressions({"quick": {"floors": {key: 1.01}}}, "quick") == [
        f"{key}: {report.headline()[key]:.3f} < floor 1.010"
    ]
    # The full evaluation is held to its own floors (those of `diemtin classifier evaluate`).
    assert report.regressions({"quick": {"floors": {key: 0.1}}}, "full") == [
        "baseline has no floors for the full evaluation"
    ]


def test_f1_interval_brackets_the_figure():
    truth = np.array([True] * 20 + [False] * 80)
    assert f1_interval(truth, truth.copy()) == [1.0, 1.0]
    assert f1_interval(truth, ~truth) == [0.0, 0.0]
    assert f1_interval(truth[:0], truth[:0]) == [0.0, 0.0]
    pred = truth.copy()
    pred[:5] = False  # 15 of 20 found, no false alarm: F1 0.857
    lo, hi = f1_interval(truth, pred)
    assert lo < 0.857 < hi and 0.6 < lo and hi <= 1.0
    assert f1_interval(truth, pred) == [lo, hi]  # fixed seed
