"""Golden files of rendered replica pages, written from the known truth (not from extraction).

Format shared with the extraction tests: ``tests/golden/<outlet>/<slug>.json``, sorted keys, UTF-8.
The builder picks two pages per outlet, preferring long bodies, a byline, real THADS stories, a
lead and several body paragraphs.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from replica.layout import Placement, digest, slugify
from replica.paths import url_to_file
from replica.templates import COMMENT_TEXT

PER_OUTLET = 2
PREFIX = "rendered-"
BOILERPLATE = (COMMENT_TEXT, "Giấy phép hoạt động báo điện tử")


def key_sentence(paragraph: str, limit: int = 90) -> str:
    """The paragraph's first sentence, cut at a word boundary to at most ``limit`` characters."""
    sentence = re.split(r"(?<=[.!?])\s", paragraph.strip(), maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0]


def choose(placements: list[Placement]) -> list[Placement]:
    """Two (or more) representative pages of one outlet."""

    def score(p: Placement) -> tuple[int, int, int, int, int, int]:
        long = (
            sum(len(x) for x in p.body) >= 600 and len(re.findall(r"[.!?]\s", " ".join(p.body))) > 1
        )
        return (
            long,
            bool(p.author),
            p.text.thads,
            bool(p.lead),
            min(len(p.body), 3),
            -digest(p.url) % 997,
        )

    return sorted(placements, key=score, reverse=True)[:PER_OUTLET]


def golden_record(p: Placement, related_title: str | None) -> dict[str, object]:
    sentences = [s for para in p.body for s in re.split(r"(?<=[.!?])\s+", para.strip()) if s]
    body_contains = [key_sentence(sentences[0])]
    if len(sentences) > 1:
        body_contains.append(key_sentence(sentences[-1]))
    excludes = list(BOILERPLATE) + ([related_title] if related_title else [])
    return {
        "outlet": p.outlet,
        "kind": "rendered",
        "url": p.url,
        "file": url_to_file(p.url).as_posix(),
        "expected": {
            "title": p.title,
            "published_at": p.published.isoformat(timespec="seconds"),
            "author": p.author,
            "lead": p.lead,
            "canonical_url": p.url,
            "body_contains": body_contains,
            "body_excludes": excludes,
        },
    }


def write_goldens(golden_dir: Path, records: list[dict[str, object]]) -> list[Path]:
    """Replace all rendered golden files under ``golden_dir`` with ``records``."""
    for old in golden_dir.glob(f"*/{PREFIX}*.json"):
        old.unlink()
    written = []
    for record in records:
        expected = record["expected"]
        assert isinstance(expected, dict)
        name = (
            PREFIX
            + slugify(str(expected["title"]), max_words=8)
            + f"-{digest(str(record['url'])) % 10000:04d}"
        )
        path = golden_dir / str(record["outlet"]) / f"{name}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            json.dumps(record, ensure_ascii=False, sort_keys=True, indent=2) + "\n",
            encoding="utf-8",
        )
        written.append(path)
    return written
