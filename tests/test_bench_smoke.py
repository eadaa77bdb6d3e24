"""Smoke test of the crawl benchmark (bench/crawl.py): a small run end to end, figures reported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cli import ROOT, clean_env

pytestmark = pytest.mark.slow

LABELS = ("pages", "stored", "seconds", "pipeline articles/s", "bare trafilatura articles/s")


def bench(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "bench/crawl.py", *args]
    return subprocess.run(  # noqa: S603 - our own script
        command, cwd=ROOT, env=clean_env({}), capture_output=True, text=True, timeout=120
    )


def test_bench_crawls_every_page_and_reports_the_figures(tmp_path: Path) -> None:
    figures_file, site = tmp_path / "figures.json", tmp_path / "site"
    done = bench("--articles", "60", "--json", str(figures_file), "--keep", str(site))
    assert done.returncode == 0, done.stdout + done.stderr
    for label in (*LABELS, "ratio", "peak RSS MB"):
        assert label in done.stdout
    assert done.stdout.count("PASS") + done.stdout.count("FAIL") == 2
    figures = json.loads(figures_file.read_text(encoding="utf-8"))
    assert figures["pages"] == figures["stored"] == 60
    assert figures["failed"] == figures["duplicate"] == 0
    assert figures["pipeline_rate"] > 0 and figures["bare_rate"] > 0
    assert 0 < figures["peak_rss_mb"] < 2000
    assert figures["ratio"] == pytest.approx(figures["pipeline_rate"] / figures["bare_rate"])
    assert figures["ratio_ok"] == (figures["ratio"] >= 0.8)
    pages = [p for p in (site / "sites").rglob("*") if p.is_file()]
    hosts = {p.relative_to(site / "sites").parts[0] for p in pages}
    assert len(hosts) >= 4 and all(h.startswith("bench-") and h.endswith(".test") for h in hosts)
    assert (site / "bench.toml").is_file()


def test_bench_rejects_bad_arguments_clearly(tmp_path: Path) -> None:
    zero = bench("--articles", "0")
    assert zero.returncode == 1
    assert "at least 1" in zero.stderr and "Traceback" not in zero.stderr
    taken = bench("--articles", "5", "--keep", str(tmp_path))
    assert taken.returncode == 2
    assert "--keep needs a new folder" in taken.stderr and "Traceback" not in taken.stderr
