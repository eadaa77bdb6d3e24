"""Smoke test of the digest benchmark (bench/digest.py): a small day end to end, figures reported
(the target itself is for the full 10,000 articles and is not asserted here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.support.cli import ROOT, clean_env


def test_bench_builds_a_small_day_and_reports_the_figures(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    done = subprocess.run(  # noqa: S603 - our own script
        [
            sys.executable,
            "bench/digest.py",
            "--articles",
            "300",
            "--relevant",
            "0.2",
            "--json",
            str(out),
        ],
        cwd=ROOT,
        env=clean_env({}),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "PASS" in done.stdout or "FAIL" in done.stdout
    figures = json.loads(out.read_text("utf-8"))
    assert figures["articles_in_window"] == 300
    assert figures["items"] > 20 and figures["relevant_articles"] >= figures["items"]
    assert figures["open_cases"] == 200
    for key in ("context_s", "html_s", "text_s", "docx_s", "message_s", "total_s"):
        assert figures[key] > 0
    assert figures["ok"] == (figures["total_s"] < 5)


def test_bench_rejects_bad_arguments() -> None:
    done = subprocess.run(  # noqa: S603
        [sys.executable, "bench/digest.py", "--articles", "0"],
        cwd=ROOT,
        env=clean_env({}),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "--articles" in done.stderr and "Traceback" not in done.stderr
