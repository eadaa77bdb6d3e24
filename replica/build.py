"""Build the offline replica from the repository alone: ``python -m replica.build``.

Renders ``replica/corpus/articles.jsonl`` into outlet markup under ``replica/sites/<host>/``:
article pages, RSS feeds, paginated section listings, sitemaps, robots.txt and home pages for every
outlet of the registry; writes ``replica/manifest.json`` (rendered articles, and per file its
Last-Modified and the dates it shows), ``replica/hosts.json`` (alias hosts) and the golden files of
rendered pages under ``tests/golden/``. Recorded real pages (``replica/RECORDED.md``) are left alone
and linked from the generated feeds and listings of their outlets. The output is deterministic.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from crawlers.registry import OutletSpec, load_registry
from replica import listings
from replica.corpus import load_corpus
from replica.dates import ANCHOR, VN_TZ
from replica.goldens import choose, golden_record, write_goldens
from replica.layout import Placement, digest, plan, slugify
from replica.listings import Entry
from replica.paths import CORPUS, REPLICA_DIR, SITES_DIR, url_to_file
from replica.recorded import content_hash, recorded_pages
from replica.templates import render_article

GOLDEN_DIR = REPLICA_DIR.parent / "tests" / "golden"
TRACKED = frozenset({"vnexpress", "tuoitre", "dantri", "znews", "plo", "thanhnien"})
DISALLOW = {"vnexpress": ("/tim-kiem/",)}
MOBILE = {"baophapluat": "m.baophapluat.vn"}
NAMES = {
    "thi-hanh-an": "Chuyện nghề Thi hành án Dân sự",
    "ban-doc": "Bạn đọc",
    "tu-phap": "Tư pháp",
    "phap-luat": "Pháp luật",
    "kinh-te": "Kinh tế",
    "ban-doc-lam-bao": "Bạn đọc làm báo",
    "ThongTinChung": "Thông tin chung",
    "TuThucTien": "Từ thực tiễn",
    "chinh-sach-moi": "Chính sách mới",
    "xa-hoi": "Xã hội",
    "tin-ict": "Tin ICT",
    "thoi-su-472ct0": "Thời sự",
    "thong-tin-hoat-dong-cua-bo": "Thông tin hoạt động của Bộ",
}


class BuildError(Exception):
    """Registry and corpus cannot be rendered consistently (e.g. a URL misses its pattern)."""


@dataclass
class Output:
    root: Path  # the sites folder being written
    protected: set[str]  # recorded files: never written
    files: dict[str, dict[str, object]] = field(default_factory=dict)

    def write(self, url_or_rel: str, text: str, modified: datetime, dates: list[list[str]]) -> None:
        rel = url_to_file(url_or_rel).as_posix() if "://" in url_or_rel else url_or_rel
        if rel in self.protected:
            raise BuildError(f"would overwrite the recorded page {rel}")
        if rel in self.files:
            raise BuildError(f"two rendered documents for {rel}")
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        unique = sorted({tuple(d) for d in dates})
        self.files[rel] = {
            "last_modified": modified.isoformat(timespec="seconds"),
            "dates": [list(d) for d in unique],
            "sha1": content_hash(text.encode()),
        }


def section_name(url: str) -> str:
    tail = url.rstrip("/").rsplit("/", 1)[-1]
    tail = tail if tail not in {"AllItems.aspx"} else url.rstrip("/").rsplit("/", 2)[-2]
    return NAMES.get(tail.split(".")[0].removesuffix(".aspx"), "Tin tức")


def link_for(p: Placement, i: int) -> str:
    """The article link as a feed or listing publishes it (tracking parameters, mobile host)."""
    if p.outlet in TRACKED and i % 3 == 1:
        return p.url + ("&" if "?" in p.url else "?") + "utm_source=rss&utm_medium=feed"
    if p.outlet in MOBILE and i % 4 == 2:
        return p.url.replace("://", f"://{MOBILE[p.outlet].split('.')[0]}.", 1)
    if p.outlet == "znews" and i % 5 == 3:
        return p.url.replace("://znews.vn/", "://zingnews.vn/", 1)
    return p.url


def build(
    out_dir: Path = REPLICA_DIR,
    *,
    registry: Path | None = None,
    corpus: Path = CORPUS,
    recorded_from: Path = SITES_DIR,
    golden_dir: Path = GOLDEN_DIR,
) -> dict[str, object]:
    specs = load_registry(registry)
    placements = plan(load_corpus(corpus), specs)
    seen: set[str] = set()
    for p in placements:
        spec = next(s for s in specs if s.name == p.outlet)
        if not spec.is_article_url(p.url):
            raise BuildError(f"{p.outlet}: rendered URL {p.url} misses article_pattern")
        if p.url in seen:
            raise BuildError(f"{p.outlet}: duplicate URL {p.url}")
        seen.add(p.url)
    recorded = recorded_pages(recorded_from, specs)
    sites = out_dir / "sites"
    manifest_path = out_dir / "manifest.json"
    if manifest_path.exists():  # remove what the previous build wrote (and nobody changed since)
        for rel, info in (
            json.loads(manifest_path.read_text(encoding="utf-8")).get("files", {}).items()
        ):
            path = sites / rel
            if path.is_file() and content_hash(path.read_bytes()) == info.get("sha1"):
                path.unlink()
    out = Output(sites, set(recorded.files))
    goldens: list[dict[str, object]] = []
    for spec in specs:
        mine = sorted(
            (p for p in placements if p.outlet == spec.name),
            key=lambda p: (p.published, p.url),
            reverse=True,
        )
        _outlet(out, spec, mine, recorded.entries.get(spec.name, []))
        for p in choose(mine):
            others = [o for o in mine if o is not p]
            goldens.append(golden_record(p, others[0].title if others else None))
    _hosts(out_dir, specs)
    manifest = {
        "anchor": ANCHOR.isoformat(),
        "note": "Synthetic dates: rendered pages are dated in the 7 days before the anchor.",
        "articles": [_manifest_row(p) for p in sorted(placements, key=lambda p: p.url)],
        "files": dict(sorted(out.files.items())),
    }
    manifest_path.write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    write_goldens(golden_dir, goldens)
    return manifest


def _outlet(out: Output, spec: OutletSpec, mine: list[Placement], extra: list[Entry]) -> None:
    modified_all = mine[0].published if mine else datetime(2026, 11, 27, tzinfo=VN_TZ)
    entries = [
        Entry(p.title, link_for(p, i), p.lead or p.body[0], p.published) for i, p in enumerate(mine)
    ]
    menu = [(s, section_name(s)) for s in spec.sections]
    for i, p in enumerate(mine):
        related = [mine[(i + k) % len(mine)] for k in (1, 2, 3) if len(mine) > k]
        html, dates = render_article(p, related, menu, MOBILE.get(spec.name))
        out.write(p.url, html, p.published, dates)
    for s_index, section in enumerate(spec.sections):
        items = [e for p, e in zip(mine, entries, strict=True) if p.section == section]
        if s_index == 0:
            items = sorted(items + extra, key=lambda e: e.published, reverse=True)
        pages = 1 if len(items) < 4 else (2 if len(items) <= 16 else 3)
        size = -(-len(items) // pages) if items else 1
        for n in range(1, pages + 1):
            chunk = items[(n - 1) * size : n * size]
            html, dates = listings.render_section(
                spec, section, n, pages, chunk, section_name(section)
            )
            out.write(
                listings.page_url(spec.name, section, n),
                html,
                chunk[0].published if chunk else modified_all,
                dates,
            )
    for f_index, feed in enumerate(spec.feeds):
        items = _feed_items(spec, feed, f_index, mine, entries) + (extra if f_index == 0 else [])
        items = sorted(items, key=lambda e: e.published, reverse=True)[:25]
        title = section_name(feed.replace(".rss", ""))
        xml, dates = listings.render_feed(spec, feed, title, items)
        if "://cand.com.vn/" in feed:  # the old domain redirects: serve the feed on the new host
            feed = feed.replace("://cand.com.vn/", "://cand.vn/")
        out.write(feed, xml, items[0].published if items else modified_all, dates)
    _sitemaps(out, spec, mine, modified_all)
    robots = listings.render_robots(spec, DISALLOW.get(spec.name, ()))
    out.write(f"https://{spec.host}/robots.txt", robots, modified_all, [])
    home = url_to_file(spec.home).as_posix()
    if home not in out.protected:
        top = entries[:10]
        html, dates = listings.render_section(spec, spec.home, 1, 1, top, "Trang chủ")
        out.write(home, html, modified_all, dates)
    _old_url_redirect(out, spec, mine)


def _feed_items(
    spec: OutletSpec, feed: str, index: int, mine: list[Placement], entries: list[Entry]
) -> list[Entry]:
    general = any(k in feed for k in ("home", "tin-moi-nhat", "trong-nuoc", "/rss/vov"))
    if general or len(spec.feeds) == 1:
        return entries[:20]
    if spec.name == "baophapluat":
        wanted = {
            "ban-doc": ("/ban-doc/",),
            "tu-phap": ("/tu-phap/", "/thi-hanh-an/"),
            "kinh-te": ("/kinh-te/",),
        }
        keys = next((v for k, v in wanted.items() if f"/{k}" in feed), ())
        return [e for p, e in zip(mine, entries, strict=True) if p.section.endswith(keys)]
    return [e for i, e in enumerate(entries) if i % len(spec.feeds) == index]


def _sitemaps(out: Output, spec: OutletSpec, mine: list[Placement], modified: datetime) -> None:
    entries = [Entry(p.title, p.url, p.lead or "", p.published) for p in mine]
    for url in spec.sitemaps:
        if url.endswith("/sitemap.xml"):  # an index with two child sitemaps
            half = (len(entries) + 1) // 2
            children = []
            for n, chunk in enumerate((entries[:half], entries[half:]), start=1):
                child = url.replace("/sitemap.xml", f"/sitemaps/sitemap-news-{n}.xml")
                xml, dates = listings.render_sitemap(chunk)
                when = chunk[0].published if chunk else modified
                out.write(child, xml, when, dates)
                children.append((child, when))
            xml, dates = listings.render_sitemap_index(children)
        else:
            xml, dates = listings.render_sitemap(
                entries, news_name=listings.STYLES[spec.name].brand
            )
        out.write(url, xml, modified, dates)


def _old_url_redirect(out: Output, spec: OutletSpec, mine: list[Placement]) -> None:
    """baophapluat: one 2016-style /tu-phap/<slug>-<id>.html URL answering 301 to its article."""
    if spec.name != "baophapluat" or not mine:
        return
    target = mine[len(mine) // 2]
    number = 300000 + digest(target.url) % 99999
    old = f"https://{spec.host}/tu-phap/{slugify(target.title)}-{number}.html"
    meta = {"status": 301, "headers": {"Location": target.url}}
    rel = url_to_file(old).as_posix() + ".meta.json"
    out.write(
        rel, json.dumps(meta, ensure_ascii=False, sort_keys=True) + "\n", target.published, []
    )


def _hosts(out_dir: Path, specs: list[OutletSpec]) -> None:
    hosts: dict[str, dict[str, object]] = {}
    for spec in specs:
        for alias in spec.host_aliases:
            mirror = alias.split(".")[0] in {"m", "mobile"}
            hosts[alias] = {"mirror": spec.host} if mirror else {"redirect": spec.host}
        if spec.lowercase_paths:
            hosts[spec.host] = {"case_insensitive": True}
    (out_dir / "hosts.json").write_text(
        json.dumps(hosts, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def _manifest_row(p: Placement) -> dict[str, object]:
    return {
        "url": p.url,
        "file": url_to_file(p.url).as_posix(),
        "outlet": p.outlet,
        "corpus_id": p.text.id,
        "source": p.text.source,
        "title": p.title,
        "lead": p.lead,
        "published_at": p.published.isoformat(timespec="seconds"),
        "author": p.author,
        "thads": p.text.thads,
        "syndicated_group": p.group,
        "section": p.section or None,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Build the offline replica from the corpus.")
    parser.add_argument("--out", type=Path, default=REPLICA_DIR)
    parser.add_argument("--golden", type=Path, default=GOLDEN_DIR)
    args = parser.parse_args(argv)
    manifest = build(args.out, golden_dir=args.golden)
    print(f"{len(manifest['articles'])} articles, {len(manifest['files'])} files -> {args.out}")


if __name__ == "__main__":
    main()
