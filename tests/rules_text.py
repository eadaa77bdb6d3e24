"""What the rule tests share: a date after the restructuring, the signal codes of an article,
and an article both as written and typed without diacritics."""

from __future__ import annotations

from datetime import datetime

from classifier.rules import signals
from text.normalize import strip_diacritics

AFTER = datetime(2026, 5, 5, 9, 0)


def codes(title: str, text: str) -> list[str]:
    return [s.code for s in signals(title, text, None, AFTER)]


def both(title: str, text: str) -> list[tuple[str, str]]:
    """The article as written, and typed without diacritics."""
    return [(title, text), (strip_diacritics(title), strip_diacritics(text))]
