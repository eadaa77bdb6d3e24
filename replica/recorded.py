"""Recorded real pages in the replica tree (copied in by hand, listed in ``replica/RECORDED.md``).

The builder never writes over them; it links the recorded *articles* from the generated feeds and
listings of their outlet. A recorded file is any file of the tree that the previous build did not
write (listed in the manifest's ``files`` with the same content hash), so the rule needs no parsing
of RECORDED.md and a recorded page copied over a rendered one is protected from then on.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lxml import html as lxml_html

from crawlers.registry import OutletSpec
from replica.dates import VN_TZ
from replica.listings import Entry
from replica.paths import file_to_url


def content_hash(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


@dataclass(frozen=True)
class Recorded:
    files: frozenset[str]  # every recorded file (relative to the sites folder), sidecars included
    entries: dict[str, list[Entry]]  # outlet name -> recorded articles that answer 200


def recorded_pages(sites: Path, specs: list[OutletSpec]) -> Recorded:
    manifest = sites.parent / "manifest.json"
    built = (
        json.loads(manifest.read_text(encoding="utf-8")).get("files", {})
        if manifest.exists()
        else {}
    )
    files = sorted(p.relative_to(sites).as_posix() for p in sites.rglob("*") if p.is_file())
    recorded = frozenset(
        f
        for f in files
        if f not in built or content_hash((sites / f).read_bytes()) != built[f].get("sha1")
    )
    entries: dict[str, list[Entry]] = {}
    for rel in sorted(recorded):
        if (
            rel.endswith(".meta.json")
            or rel.endswith("/robots.txt")
            or f"{rel}.meta.json" in recorded
        ):
            continue
        url = file_to_url(rel)
        spec = next((s for s in specs if s.owns(url)), None)
        if spec is None or not spec.is_article_url(url):
            continue
        entry = _entry(sites / rel, url)
        if entry is not None:
            entries.setdefault(spec.name, []).append(entry)
    return Recorded(recorded, entries)


def _entry(path: Path, url: str) -> Entry | None:
    doc = lxml_html.fromstring(path.read_bytes())

    def meta(*names: str) -> str | None:
        for name in names:
            found = doc.xpath(
                f'//meta[@property="{name}" or @name="{name}" or @itemprop="{name}"]/@content'
            )
            if found and found[0].strip():
                return " ".join(found[0].split())
        return None

    title = meta("og:title") or " ".join(doc.findtext(".//title") or "".split())
    published = meta("article:published_time", "datePublished", "pubdate")
    if not title or not published:
        return None
    try:
        when = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=VN_TZ)
    return Entry(title, url, meta("og:description", "description") or "", when)
