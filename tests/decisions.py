"""What the rule signals and the province mapper decide, recorded per decision revision
(``api.DECISION_REVISION``).

The version recorded with every classification ends with the decision revision, so a change to
the rules that changes a decision must raise it. ``tests/fixtures/decisions/expected.json`` holds
the rules' decisions on the probe articles (``probes.jsonl``, see ``SOURCE.md``) and digests of
their decisions on the labelled corpus and the held-out headlines, under the revision that made
them; ``tests/test_decisions.py`` compares.

    python -m tests.decisions

rewrites the file from the current rules. It refuses while the decisions differ from the file's
and ``DECISION_REVISION`` is still the file's revision: raise the revision first. A new probe is
not a change.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from classifier.api import DECISION_REVISION
from classifier.evaluation import headline_rows
from classifier.models import corpus_rows, short_flags
from classifier.provinces import find_province
from classifier.result import LABELS
from classifier.rules import (
    auction_trade,
    bank_sale,
    complaint_about_thads,
    confiscated_sale,
    court_ruling,
    criminal_story,
    decide,
    justice_fields,
    officer_at_work,
    passing_mention,
    signals,
    sports_sanction,
    thads_headline,
    thads_lead,
)
from classifier.textprep import compose
from text.furniture import drop_furniture

FOLDER = Path(__file__).resolve().parent / "fixtures" / "decisions"
PROBES = FOLDER / "probes.jsonl"
EXPECTED = FOLDER / "expected.json"


def _decisions(row: Mapping[str, Any]) -> dict[str, Any]:
    """The signals that fire on one article, the label each model label becomes and the
    province of the story (whose office the case goes to)."""
    # (the page furniture is dropped first, as Classifier.classify_many drops it)
    row = {**row, "text": drop_furniture(row.get("text") or "")}
    published = row.get("published_at")
    found = signals(
        row["title"],
        row.get("text") or "",
        row.get("lead"),
        datetime.fromisoformat(published) if published else None,
    )
    head = thads_headline(row["title"])
    sports = sports_sanction(row["title"], row.get("text") or "", row.get("lead"))
    passing = passing_mention(row["title"], row.get("text") or "", row.get("lead"))
    court = court_ruling(row["title"], row.get("text") or "", row.get("lead"))
    bank = bank_sale(row["title"], row.get("text") or "", row.get("lead"))
    confiscated = confiscated_sale(row["title"], row.get("text") or "", row.get("lead"))
    criminal = criminal_story(row["title"], row.get("text") or "", row.get("lead"))
    trade = auction_trade(row["title"], row.get("text") or "", row.get("lead"))
    fields = justice_fields(row["title"], row.get("text") or "", row.get("lead"))
    short = short_flags([compose(row["title"], row.get("lead"), row.get("text") or "")])[0]
    lead = thads_lead(row["title"], row.get("text") or "", row.get("lead")) if short else None
    complaint = complaint_about_thads(row["title"], row.get("text") or "", row.get("lead"))
    work = officer_at_work(row["title"], row.get("text") or "", row.get("lead"))
    province = find_province(row["title"], row.get("text") or "", row.get("lead"))
    return {
        "signals": [s.code for s in found]
        + (["thads_headline"] if head else [])
        + (["sports_sanction"] if sports else [])
        + (["passing_mention"] if passing else [])
        + (["court_ruling"] if court else [])
        + (["bank_sale"] if bank else [])
        + (["confiscated_sale"] if confiscated else [])
        + (["criminal_story"] if criminal else [])
        + (["auction_trade"] if trade else [])
        + (["justice_fields"] if fields else [])
        + (["thads_lead"] if lead else [])
        + (["thads_complaint"] if complaint else [])
        + (["officer_at_work"] if work else []),
        "decide": [decide(label, found) for label in LABELS],  # for each model label, in order
        "province": province.province if province else None,
    }


def _digest(rows: Iterable[Mapping[str, Any]]) -> str:
    lines = (json.dumps([r["id"], _decisions(r)], sort_keys=True) for r in rows)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def probes() -> list[dict[str, Any]]:
    return [json.loads(line) for line in PROBES.read_text(encoding="utf-8").splitlines() if line]


def current() -> dict[str, Any]:
    """The decisions of the current rules (the revision aside)."""
    return {
        "probes": {p["id"]: _decisions(p) for p in probes()},
        "corpus_sha256": _digest(corpus_rows()),
        "headlines_sha256": _digest(headline_rows()),
    }


def recorded() -> dict[str, Any]:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


def _changed(old: dict[str, Any], now: dict[str, Any]) -> bool:
    """Whether a decision recorded in ``old`` is made differently ``now`` (a new probe is not a
    change: it records what the same rules decide on one more article)."""
    if any(old[k] != now[k] for k in ("corpus_sha256", "headlines_sha256")):
        return True
    return any(old["probes"].get(k, v) != v for k, v in now["probes"].items())


def main() -> int:
    now = current()
    old = recorded() if EXPECTED.exists() else None
    if old is not None and _changed(old, now) and old["revision"] == DECISION_REVISION:
        print(
            f"The rules decide differently from revision {DECISION_REVISION}: raise "
            "DECISION_REVISION in classifier/api.py (and say what changed there) first.",
            file=sys.stderr,
        )
        return 1
    probe_lines = ",\n".join(
        f"  {json.dumps(k)}: {json.dumps(v, sort_keys=True)}" for k, v in now["probes"].items()
    )
    EXPECTED.write_text(
        "{\n"
        f' "revision": {DECISION_REVISION},\n'
        f' "labels": {json.dumps(list(LABELS))},\n'
        f' "probes": {{\n{probe_lines}\n }},\n'
        f' "corpus_sha256": "{now["corpus_sha256"]}",\n'
        f' "headlines_sha256": "{now["headlines_sha256"]}"\n'
        "}\n",
        encoding="utf-8",
    )
    print(f"{EXPECTED}: revision {DECISION_REVISION}, {len(now['probes'])} probes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
