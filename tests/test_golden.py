"""Extraction against the golden files: one test per golden page, one per registry outlet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawlers.registry import load_registry
from tests.golden import (
    GOLDEN_DIR,
    SITES_DIR,
    golden_files,
    load_golden,
    mismatches,
    run_extraction,
    selectors_by_outlet,
)

GOLDEN = golden_files()
OUTLETS = [spec.name for spec in load_registry()]


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.fixture(scope="module")
def selectors() -> dict[str, dict[str, str]]:
    return selectors_by_outlet()


def test_there_are_recorded_golden_pages() -> None:
    kinds = [load_golden(p).get("kind") for p in GOLDEN]
    assert kinds.count("recorded") >= 12


@pytest.mark.parametrize("path", GOLDEN, ids=_id)
def test_golden_page(path: Path, selectors: dict[str, dict[str, str]]) -> None:
    golden = load_golden(path)
    assert golden["outlet"] == path.parent.name
    assert golden["kind"] in {"recorded", "rendered"}
    assert (SITES_DIR / golden["file"]).is_file(), (
        f"page missing from the replica: {golden['file']}"
    )
    expected = golden["expected"]
    assert expected["title"], "every golden page names its title"
    assert len(expected.get("body_contains", [])) >= 2, "at least two key sentences"
    if golden["kind"] == "recorded":
        assert expected.get("body_excludes"), "recorded pages name boilerplate that must be absent"
    extraction = run_extraction(golden, selectors.get(golden["outlet"]))
    problems = mismatches(golden, extraction)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("outlet", OUTLETS)
def test_outlet_has_a_golden_page(outlet: str) -> None:
    pages = sorted((GOLDEN_DIR / outlet).glob("*.json"))
    assert pages, f"outlet {outlet!r} has no golden page under tests/golden/{outlet}/"


def test_recorded_golden_files_are_canonical_json() -> None:
    """Sorted keys, UTF-8 without escapes, trailing newline: what tests.golden writes."""
    for path in GOLDEN:
        text = path.read_text(encoding="utf-8")
        if json.loads(text).get("kind") != "recorded":
            continue
        data = json.loads(text)
        assert text == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", path
