"""The quick evaluation (3-fold CV of the chosen pipeline) holds the committed floors."""

from __future__ import annotations

import json
from pathlib import Path

from classifier.api import evaluate

BASELINE = Path(__file__).parents[1] / "classifier" / "baseline.json"


def test_quick_evaluation_holds_the_floors(tmp_path):
    out = tmp_path / "eval.json"
    report = evaluate(out, quick=True)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert report.regressions(baseline["quick"]) == []
    written = json.loads(out.read_text(encoding="utf-8"))
    cv = written["cv"]["stratified_grouped"]
    assert set(cv) == {"plain", "stripped"} and {"all", "full", "headline_lead"} <= set(cv["plain"])
    per_class = cv["plain"]["all"]["assessment_on_relevant"]["per_class"]
    assert set(per_class) == {"positive", "neutral", "needs_correction", "inaccurate"}
    assert len(cv["plain"]["all"]["relevance"]["confusion"]) == 2
    text = report.render()
    assert "rel F1" in text and "stratified_grouped" in text
    # A floor above what is reached is reported.
    key = "cv.stratified_grouped.plain.all.relevant_f1"
    assert report.regressions({"floors": {key: 1.01}}) == [
        f"{key}: {report.headline()[key]:.3f} < floor 1.010"
    ]
