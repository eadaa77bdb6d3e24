"""Hand labels of the THADS corpus: the parser of ``classifier/data/hand_labels.tsv``.

One line per example read by hand: ``id, relevant (1/0), label (or -), province short name
(or -), confidence (high/low), reason`` separated by tabs; lines starting with ``#`` are comments.
Used by the corpus importer (developer tool).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class CorpusError(Exception):
    """Input data is inconsistent (unlabelled hit, unknown province, bad label line)."""


@dataclass(frozen=True)
class HandLabel:
    relevant: bool
    label: str | None
    province: str | None  # short name as written in the TSV
    confidence: str
    reason: str


LABELS = ("positive", "neutral", "needs_correction", "inaccurate")


def load_hand_labels(path: Path) -> dict[str, HandLabel]:
    """Parse ``hand_labels.tsv`` (comment lines start with ``#``)."""
    out: dict[str, HandLabel] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 6:
            raise CorpusError(f"{path.name}:{n}: expected 6 tab-separated fields, got {len(parts)}")
        key, rel, label, province, confidence, reason = parts
        relevant = rel == "1"
        lab = None if label == "-" else label
        if relevant != (lab is not None) or (lab is not None and lab not in LABELS):
            raise CorpusError(f"{path.name}:{n}: relevant={rel} does not fit label {label!r}")
        if confidence not in ("high", "low"):
            raise CorpusError(f"{path.name}:{n}: confidence must be high or low")
        if key in out:
            raise CorpusError(f"{path.name}:{n}: duplicate id {key}")
        out[key] = HandLabel(
            relevant, lab, None if province == "-" else province, confidence, reason.strip()
        )
    return out
