"""The committed labelled corpus (classifier/data/labelled.jsonl) is well-formed.

Checks the data only (schema, label values, NFC, unique ids, provenance); no model is involved.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "classifier" / "data"
FIELDS = {
    "id": str,
    "origin": str,
    "source_file": str,
    "title": str,
    "lead": str,
    "text": str,
    "length": str,
    "relevant": bool,
    "label": (str, type(None)),
    "province": (str, type(None)),
    "confidence": str,
    "reason": str,
    "labelled_by": str,
    "hard_negative": bool,
}
LABELS = {"positive", "neutral", "needs_correction", "inaccurate"}
ORIGINS = {"vntc", "baomoi", "vfnd", "written"}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    lines = (DATA / "labelled.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def provinces() -> set[str]:
    return set((DATA / "provinces.txt").read_text(encoding="utf-8").split("\n")) - {""}


def test_province_list_has_the_34_units(provinces: set[str]) -> None:
    assert len(provinces) == 34
    assert {"Thành phố Hồ Chí Minh", "Tỉnh Đắk Lắk", "Thành phố Huế"} <= provinces


def test_schema_and_types(rows: list[dict]) -> None:
    for r in rows:
        assert set(r) == set(FIELDS), r.get("id")
        for name, kind in FIELDS.items():
            assert isinstance(r[name], kind), (r["id"], name)
        assert r["title"].strip() or r["lead"].strip(), r["id"]
        assert r["text"].strip(), r["id"]
        assert r["reason"].strip() and "\n" not in r["reason"], r["id"]


def test_label_values_fit_relevance(rows: list[dict], provinces: set[str]) -> None:
    for r in rows:
        assert r["origin"] in ORIGINS
        assert r["length"] in {"full", "headline_lead"}
        assert r["confidence"] in {"high", "low"}
        if r["relevant"]:
            assert r["label"] in LABELS, r["id"]
            assert not r["hard_negative"], r["id"]
        else:
            assert r["label"] is None, r["id"]
        assert r["province"] is None or r["province"] in provinces, (r["id"], r["province"])
        assert (r["origin"] == "baomoi") == (r["length"] == "headline_lead"), r["id"]


def test_all_text_is_nfc(rows: list[dict]) -> None:
    for r in rows:
        for name in ("title", "lead", "text", "reason", "province"):
            value = r[name] or ""
            assert unicodedata.is_normalized("NFC", value), (r["id"], name)


def test_ids_unique_and_carry_their_origin(rows: list[dict]) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert ids == sorted(ids), "the importer writes rows sorted by id"
    for r in rows:
        if r["origin"] == "written":
            assert r["id"].startswith("written:"), r["id"]
        else:
            assert r["id"] == f"{r['origin']}:{r['source_file']}", r["id"]


def test_provenance(rows: list[dict]) -> None:
    assert {r["origin"] for r in rows} == ORIGINS
    for r in rows:
        by = r["labelled_by"]
        if by == "rule:topic-negative":
            assert not r["relevant"] and r["origin"] != "written"
        elif by == "written:engineer-G":
            assert r["origin"] == "written"
        elif by == "hand:engineer-H":  # the cue-word reads (cue_labels.tsv)
            assert r["origin"] in ("vntc", "baomoi"), r["id"]
        else:
            assert by == "hand:engineer-G" and r["origin"] != "written", r["id"]


def test_balance_promised_by_the_card(rows: list[dict]) -> None:
    relevant = [r for r in rows if r["relevant"]]
    written = [r for r in relevant if r["origin"] == "written"]
    assert len(written) <= 0.25 * len(relevant)
    assert set(Counter(r["label"] for r in relevant)) == LABELS
    assert sum(not r["relevant"] for r in rows) >= 3000
    assert max(len(r["text"]) for r in rows) <= 6000
    assert (DATA / "labelled.jsonl").stat().st_size < 15_000_000


def test_written_examples_use_news_length(rows: list[dict]) -> None:
    for r in rows:
        if r["origin"] == "written":
            assert 80 <= len(r["text"].split()) <= 250, r["id"]


def test_held_out_headlines_are_well_formed_and_never_trained(
    rows: list[dict], provinces: set[str]
) -> None:
    """classifier/data/headlines.jsonl: real headlines labelled with the guide, each with its
    source URL, none of them in the training corpus."""
    lines = (DATA / "headlines.jsonl").read_text(encoding="utf-8").splitlines()
    held = [json.loads(line) for line in lines]
    assert len({h["id"] for h in held}) == len(held) >= 40
    for h in held:
        assert h["id"].startswith("notes:") and h["url"].startswith(("http://", "https://"))
        assert h["title"] == unicodedata.normalize("NFC", h["title"]) and h["title"].strip()
        assert h["confidence"] in ("high", "low") and h["labelled_by"] == "hand:team"
        assert (h["label"] in LABELS) if h["relevant"] else h["label"] is None, h["id"]
        assert h["province"] is None or (h["relevant"] and h["province"] in provinces), h["id"]
    assert Counter(h["relevant"] for h in held) == {True: 29, False: 12}
    trained = {unicodedata.normalize("NFC", r["title"]).casefold() for r in rows}
    assert not [h["id"] for h in held if h["title"].casefold() in trained]
