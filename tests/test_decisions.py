"""The rules decide as their decision revision says (``classifier.api.DECISION_REVISION``)."""

from __future__ import annotations

import pytest

from classifier.api import DECISION_REVISION
from classifier.result import LABELS
from tests import decisions


@pytest.fixture(scope="module")
def now():
    return decisions.current()


def test_rules_decide_as_recorded_for_this_revision(now):
    recorded = decisions.recorded()
    assert recorded["revision"] == DECISION_REVISION, (
        "DECISION_REVISION changed: record its decisions with `python -m tests.decisions`"
    )
    changed = sorted(k for k, v in now["probes"].items() if recorded["probes"].get(k) != v)
    hint = (
        "the rules decide differently from the revision recorded in "
        "tests/fixtures/decisions/expected.json: if that is intended, raise DECISION_REVISION "
        "in classifier/api.py, then run `python -m tests.decisions`"
    )
    assert not changed and set(now["probes"]) == set(recorded["probes"]), f"{hint} {changed}"
    assert now["corpus_sha256"] == recorded["corpus_sha256"], f"{hint} (labelled corpus)"
    assert now["headlines_sha256"] == recorded["headlines_sha256"], f"{hint} (held-out headlines)"


def test_probes_cover_every_rule_both_ways(now):
    """The probes are worth recording: each rule fires on some and not on others."""
    found = [set(d["signals"]) for d in now["probes"].values()]
    for code in (
        "authority_reply",
        "contradicting_figures",
        "criminal_enforcement",
        "debtor_at_fault",
        "defunct_agency",
        "officer_misconduct",
        "enforcement_complaint",
        "formal_notice",
        "law_news",
        "legal_explainer",
        "press_follow_up",
        "results_report",
        "routine_step",
        "sports_sanction",
        "thads_complaint",
        "thads_headline",
    ):
        fired = sum(code in f for f in found)
        assert 0 < fired < len(found), code


def test_regeneration_refuses_changed_decisions_under_the_same_revision(now, tmp_path, monkeypatch):
    expected = tmp_path / "expected.json"
    expected.write_text(decisions.EXPECTED.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(decisions, "EXPECTED", expected)
    monkeypatch.setattr(decisions, "current", lambda: now)
    assert decisions.main() == 0  # the same decisions: written as they were
    assert expected.read_text(encoding="utf-8") == decisions.EXPECTED.read_text(encoding="utf-8")
    added = {**now, "probes": {**now["probes"], "new": {"decide": [], "signals": []}}}
    monkeypatch.setattr(decisions, "current", lambda: added)
    assert decisions.main() == 0  # one more probe, the same decisions: recorded as it is
    assert decisions.recorded()["probes"]["new"] == {"decide": [], "signals": []}
    first = next(iter(now["probes"]))
    changed = {**now, "probes": {**now["probes"], first: {"decide": [], "signals": ["x"]}}}
    monkeypatch.setattr(decisions, "current", lambda: changed)
    assert decisions.main() == 1
    assert decisions.recorded()["probes"][first] == now["probes"][first]  # not rewritten
    monkeypatch.setattr(decisions, "DECISION_REVISION", DECISION_REVISION + 1)
    assert decisions.main() == 0
    assert decisions.recorded()["revision"] == DECISION_REVISION + 1
    assert decisions.recorded()["probes"][first] == changed["probes"][first]


NOTICE = ["neutral"] * 4
RESULTS = ["positive"] * 4
# (the text model's own "inaccurate" gives no concrete reason: a complaint needs an answer)
COMPLAINT = ["needs_correction"] * 4


@pytest.mark.parametrize(
    "probe,decided",
    [
        ("p2", NOTICE),  # an auction notice
        ("q2", COMPLAINT),  # "Cưỡng chế nhầm nhà, người dân bức xúc"
        ("q7", COMPLAINT),  # a business complaining of an unlawful seizure
        ("q1", RESULTS),  # an electronic receipt system launched (a reform): model "neutral"
        ("u4", RESULTS),  # "Gương sáng chấp hành viên vùng cao": model "needs_correction"
    ],
)
def test_probes_the_text_model_got_wrong_are_decided_by_the_rules(now, probe, decided):
    """Probes on which the text model alone (stops 14-15) said a wrong label: the rules settle them
    (for each model label in LABELS order, the label decided)."""
    assert list(LABELS) == ["positive", "neutral", "needs_correction", "inaccurate"]
    assert now["probes"][probe]["decide"] == decided
