"""Golden files of extraction: load them, run extraction on their page, regenerate recorded ones.

A golden file ``tests/golden/<outlet>/<slug>.json`` names a page of the offline replica
(``replica/sites/<host>/<path>``) and what extraction must find on it. ``kind`` is ``recorded`` (a
real page, expectations written by reading the page) or ``rendered`` (written by the replica builder
from the known truth).

    python -m tests.golden [--outlet NAME]

re-runs extraction on every *recorded* golden page and rewrites its title, date, author, lead and
canonical URL from the current output, keeping the hand-chosen ``body_contains`` /
``body_excludes`` and reporting any of them the current output no longer satisfies. Review the
diff before committing: a golden file is only ever changed on purpose.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crawlers.extract import Extraction, extract_article
from crawlers.registry import load_registry

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_DIR = ROOT / "tests" / "golden"
SITES_DIR = ROOT / "replica" / "sites"
EXPECTED_KEYS = ("title", "published_at", "author", "lead", "canonical_url")


def golden_files(outlet: str | None = None) -> list[Path]:
    pattern = f"{outlet}/*.json" if outlet else "*/*.json"
    return sorted(GOLDEN_DIR.glob(pattern))


def load_golden(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def write_golden(path: Path, golden: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(golden, ensure_ascii=False, indent=2, sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")


def selectors_by_outlet() -> dict[str, dict[str, str]]:
    return {spec.name: dict(spec.selectors) for spec in load_registry()}


def run_extraction(golden: dict[str, Any], selectors: dict[str, str] | None) -> Extraction:
    """Extract the golden page as the crawler would: raw bytes, the outlet's selectors."""
    body = (SITES_DIR / golden["file"]).read_bytes()
    return extract_article(body, golden["url"], selectors=selectors)


def observed(extraction: Extraction) -> dict[str, Any]:
    """The checked fields of an extraction, in golden-file form."""
    published = extraction.published_at.isoformat() if extraction.published_at else None
    return {
        "title": extraction.title,
        "published_at": published,
        "author": extraction.author,
        "lead": extraction.lead,
        "canonical_url": extraction.canonical_url,
    }


def mismatches(golden: dict[str, Any], extraction: Extraction) -> list[str]:
    """Human-readable differences between a golden file and an extraction (empty = pass)."""
    expected = golden["expected"]
    got = observed(extraction)
    problems = []
    for key in EXPECTED_KEYS:
        want = expected.get(key)
        if want is not None and want != got[key]:
            problems.append(f"{key}: expected {want!r}, got {got[key]!r}")
    for sentence in expected.get("body_contains", []):
        if sentence not in extraction.text:
            problems.append(f"body lacks {sentence!r}")
    for sentence in expected.get("body_excludes", []):
        if sentence in extraction.text:
            problems.append(f"body contains boilerplate {sentence!r}")
    return problems


def regenerate(outlet: str | None = None) -> int:
    selectors = selectors_by_outlet()
    failures = 0
    for path in golden_files(outlet):
        golden = load_golden(path)
        if golden.get("kind") != "recorded":
            continue
        extraction = run_extraction(golden, selectors.get(golden["outlet"]))
        golden["expected"].update(observed(extraction))
        write_golden(path, golden)
        problems = mismatches(golden, extraction)
        failures += bool(problems)
        status = "ok" if not problems else "; ".join(problems)
        print(f"{path.relative_to(ROOT)}: {status}")
    return 1 if failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--outlet", help="only the golden files of this outlet")
    args = parser.parse_args(argv)
    return regenerate(args.outlet)


if __name__ == "__main__":
    sys.exit(main())
