"""What the classifier says about one article: the contract between the model, storage, the CLI,
the digest and the web app.

Field meanings follow ``classifier/data/CARD.md`` and the labelling guide: ``label`` is one of
:data:`LABELS` or None when the article is not relevant; ``action_needed`` is True for
``needs_correction`` and ``inaccurate``; ``reasons`` are short Vietnamese phrases shown to users.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LABELS = ("positive", "neutral", "needs_correction", "inaccurate")
ACTION_LABELS = frozenset({"needs_correction", "inaccurate"})
LABEL_NAMES_VI = {
    "positive": "Tích cực",
    "neutral": "Trung tính",
    "needs_correction": "Cần phản hồi, đính chính",
    "inaccurate": "Sai sự thật",
}


@dataclass(frozen=True)
class Classification:
    relevant: bool
    relevance_score: float  # calibrated probability that the article is about THADS, 0..1
    label: str | None  # one of LABELS, None when not relevant
    label_scores: dict[str, float] = field(default_factory=dict)  # calibrated, sum to 1 (or empty)
    action_needed: bool = False
    province: str | None = None  # official name of one of the 34 provinces/cities, or None
    office: str | None = None  # "Thi hành án dân sự tỉnh/thành phố X", or None
    reasons: tuple[str, ...] = ()  # terms and signals that drove the decision (Vietnamese)
    model_version: str = ""

    def __post_init__(self) -> None:
        if self.label is not None and self.label not in LABELS:
            raise ValueError(f"unknown label {self.label!r}")
        if self.label is not None and not self.relevant:
            raise ValueError("a label needs relevant=True")
        if self.action_needed != (self.label in ACTION_LABELS):
            raise ValueError("action_needed must be True exactly for needs_correction/inaccurate")
        if not 0.0 <= self.relevance_score <= 1.0:
            raise ValueError(f"relevance_score {self.relevance_score} is not in 0..1")

    def as_dict(self) -> dict[str, Any]:
        """The output fields of ``diemtin classify`` (JSON-serialisable)."""
        return {
            "relevant": self.relevant,
            "relevance_score": round(self.relevance_score, 4),
            "label": self.label,
            "label_scores": {k: round(v, 4) for k, v in self.label_scores.items()},
            "action_needed": self.action_needed,
            "province": self.province,
            "office": self.office,
            "reasons": list(self.reasons),
            "model_version": self.model_version,
        }
