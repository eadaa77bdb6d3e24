"""Readers for the three external corpora used by the corpus importer (developer tool).

Each reader turns one file of a corpus copy into a :class:`SourceText` with a stable id
``<origin>:<path relative to the corpus root>``. Formats (see each corpus's SOURCE.md):

* ``vntc``: UTF-16 with BOM, CRLF; line 1 is the headline (in many TN/NLD files the headline and
  the lead share line 1), the rest is the body. No lead field.
* ``baomoi`` (TC201805): UTF-8; line 1 headline, line 2 lead/sapo. Only headline + lead exist.
* ``vfnd``: news-please JSON (``title``, ``description``, ``text`` or ``maintext``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SourceText:
    id: str
    origin: str
    source_file: str
    title: str
    lead: str
    text: str
    length: str  # "full" | "headline_lead"


def _lines(raw: str) -> list[str]:
    return [ln.strip() for ln in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def read_vntc(root: Path, rel: str) -> SourceText:
    raw = (root / rel).read_bytes().decode("utf-16")
    lines = [ln for ln in _lines(raw) if ln]
    title = lines[0] if lines else ""
    body = "\n".join(lines[1:]) or title
    return SourceText(f"vntc:{rel}", "vntc", rel, title, "", body, "full")


def read_baomoi(root: Path, rel: str) -> SourceText:
    raw = (root / rel).read_text(encoding="utf-8")
    lines = [ln for ln in _lines(raw) if ln]
    title = lines[0] if lines else ""
    lead = " ".join(lines[1:])
    return SourceText(f"baomoi:{rel}", "baomoi", rel, title, lead, lead, "headline_lead")


def read_vfnd(root: Path, rel: str) -> SourceText:
    data = json.loads((root / rel).read_text(encoding="utf-8"))
    title = str(data.get("title") or "")
    lead = str(data.get("description") or "")
    body = str(data.get("text") or data.get("maintext") or "")
    return SourceText(f"vfnd:{rel}", "vfnd", rel, title, lead, body, "full")
