"""Crawl benchmark: the whole pipeline against bare trafilatura, on the same local article pages.

``python bench/crawl.py [--articles 2000] [--json FILE] [--profile FILE] [--keep DIR]``

1. Renders a temporary replica of ``--articles`` distinct article pages (real corpus texts in the
   markup of several outlets, each body joining paragraphs of two corpus texts so that no page
   duplicates another), RSS feeds and section listings linking them, and a registry of bench
   outlets (hosts ``bench-<outlet>.test``).
2. Serves it with :class:`replica.server.ReplicaServer`, runs the real ``python -m diemtin crawl``
   in a subprocess on a fresh SQLite database; wall-clock seconds, stored articles (counted in the
   database) and the crawl process's peak RSS (``getrusage(RUSAGE_CHILDREN)``).
3. Runs ``trafilatura.extract(html)`` over the same page files in this process, one core.
4. Prints the figures and PASS/FAIL against the targets (pipeline >= 0.8 x bare extraction, peak
   RSS < 500 MB). A missed target is not an error: the exit code is non-zero only when the bench
   itself fails (the crawl exits non-zero, the site cannot be built).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import trafilatura
from lxml import html as lxml_html
from sqlalchemy import func, select
from sqlalchemy.orm import Session

import config
from config import PACKAGE_ROOT
from crawlers.registry import OutletSpec, load_registry
from crawlers.registry import select as select_outlets
from replica import listings
from replica.build import section_name
from replica.corpus import CorpusText, load_corpus
from replica.layout import PREFIXES, Placement, article_url, digest, published_at
from replica.paths import url_to_file
from replica.recorded import recorded_pages
from replica.templates import render_article
from storage.db import make_engine
from storage.models import Article, CrawlRun

OUTLETS = tuple("baophapluat vnexpress tuoitre dantri thanhnien vietnamnet plo tienphong".split())
FEED_SIZE = 50  # items per RSS feed, as on the real outlets
LISTING_SIZE = 20  # items per section listing page (two pages per outlet)
TARGET_RATIO = 0.8
TARGET_RSS_MB = 500.0


# Recorded real article pages whose page chrome (scripts, styles, link lists) weighs the rendered
# pages up to what a real outlet serves. Listing pages and error pages are not used.
CHROME_MIN_KIB = 50


class BenchError(Exception):
    """The benchmark could not run (bad site, crawl failure); not a missed target."""


@dataclass(frozen=True)
class BenchSite:
    root: Path  # the temporary folder
    registry: Path  # the bench outlets' TOML
    pages: tuple[Path, ...]  # the article page files, one per article


@dataclass(frozen=True)
class Figures:
    extract_workers: int  # extraction worker processes beside the crawl process
    pages: int
    page_kib: float  # average size of an article page
    stored: int
    duplicate: int
    failed: int
    seconds: float  # wall clock of the crawl process, interpreter start to exit
    crawl_seconds: float  # the crawl run as recorded in the database (without start-up)
    bare_seconds: float  # trafilatura.extract over all pages
    peak_rss_mb: float  # of the crawl process

    @property
    def pipeline_rate(self) -> float:
        """Stored articles per wall-clock second of the crawl process."""
        return self.stored / self.seconds

    @property
    def bare_rate(self) -> float:
        """Pages per second through trafilatura.extract alone."""
        return self.pages / self.bare_seconds if self.bare_seconds else 0.0

    @property
    def ratio(self) -> float:
        return self.pipeline_rate / self.bare_rate if self.bare_rate else 0.0

    def as_dict(self) -> dict[str, float | int | bool]:
        derived = ("pipeline_rate", "bare_rate", "ratio")
        return {
            **dataclasses.asdict(self),
            **{name: getattr(self, name) for name in derived},
            "ratio_ok": self.ratio >= TARGET_RATIO,
            "rss_ok": self.peak_rss_mb < TARGET_RSS_MB,
        }


# --- the site ---------------------------------------------------------------------------------
def bench_spec(real: OutletSpec, feeds: int) -> OutletSpec:
    """The outlet's markup rules (pattern, selectors) on host ``bench-<name>.test``."""
    host = f"bench-{real.name}.test"

    def moved(url: str) -> str:
        return urlunsplit(urlsplit(url)._replace(netloc=host))

    return dataclasses.replace(
        real,
        home=f"https://{host}/",
        sections=tuple(moved(s) for s in real.sections[:1]),
        feeds=tuple(f"https://{host}/rss/bench-{n}.rss" for n in range(1, feeds + 1)),
        sitemaps=(),
        host_aliases=(),
        lowercase_paths=False,
        verified="",
        notes="crawl benchmark",
    )


def compose(texts: list[CorpusText], i: int) -> tuple[CorpusText, str, tuple[str, ...]]:
    """Base text, title and body of article ``i``: the base's paragraphs and half of another's."""
    n = len(texts)
    base, rnd = texts[i % n], i // n
    other = texts[(i % n + 1 + 7 * rnd) % n]
    title = base.title if rnd == 0 else f"{base.title} (kỳ {rnd + 1})"
    return base, title, base.body + other.body[: max(1, len(other.body) // 2)]


def plan_pages(specs: list[OutletSpec], texts: list[CorpusText], count: int) -> list[Placement]:
    """``count`` placements with distinct URLs and bodies, spread over ``specs`` in rotation."""
    pages: list[Placement] = []
    seen: set[str] = set()
    for i in range(count):
        spec = specs[i % len(specs)]
        base, title, body = compose(texts, i)
        when = published_at(spec.name, f"bench/{i}")
        section = spec.sections[0] if spec.sections else ""
        url, attempt = "", 0
        while not url or url in seen:
            url = article_url(spec, title, when, f"bench/{i}/{attempt}", section)
            attempt += 1
        if not spec.is_article_url(url):
            raise BenchError(f"{spec.name}: rendered URL {url} misses the article pattern")
        seen.add(url)
        lead = PREFIXES.get(spec.name, "") + base.lead if base.lead else None
        pages.append(
            Placement(spec.name, base, url, title, lead, body, base.author, when, section, None)
        )
    return pages


@dataclass(frozen=True)
class Chrome:
    """The weight of a real page around its article: head scripts and styles, and its links."""

    source: str  # the recorded file it comes from
    head: str  # serialised <script> and <style> elements of the real page
    links: tuple[tuple[str, str], ...]  # (href, text) of every link of the real page


def real_chromes(sites: Path) -> list[Chrome]:
    """The chrome of every recorded real article page of the replica weighing ``CHROME_MIN_KIB``."""
    specs = load_registry()
    recorded = recorded_pages(sites, specs)
    pages = {e.url for entries in recorded.entries.values() for e in entries}
    chromes = []
    for rel in sorted(recorded.files):
        path = sites / rel
        raw = path.read_bytes()
        if len(raw) < CHROME_MIN_KIB * 1024 or not any(rel in url for url in pages):
            continue
        tree = lxml_html.fromstring(raw)
        head = "".join(
            lxml_html.tostring(e, encoding="unicode", with_tail=False)
            for e in tree.xpath("//script|//style")
            if e.get("type") not in ("application/ld+json",)
        )
        links = tuple(
            (a.get("href") or "#", " ".join(a.text_content().split()))
            for a in tree.xpath("//a[@href]")
        )
        chromes.append(Chrome(rel, head, links))
    if not chromes:
        raise BenchError("no recorded real article page to take page chrome from")
    return chromes


def weigh(page: str, chrome: Chrome) -> str:
    """``page`` with a real page's chrome: its scripts and styles at the end of the head, its
    links as a menu before the article and a link block after it, as real outlets lay them out."""
    items = "".join(
        f'<li><a href="{escape(href)}">{escape(text)}</a></li>' for href, text in chrome.links
    )
    half = len(chrome.links) // 3
    menu = "".join(
        f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in chrome.links[:half]
    )
    page = page.replace("</head>", chrome.head + "</head>", 1)
    page = re.sub(
        r"(<body[^>]*>)",
        lambda m: m.group(1) + f'<nav class="menu"><ul>{menu}</ul></nav>',
        page,
        count=1,
    )
    return page.replace("</body>", f'<div class="box-more"><ul>{items}</ul></div></body>', 1)


def _write(sites: Path, url: str, text: str) -> Path:
    path = sites / url_to_file(url)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    return path


def _outlet_files(
    sites: Path, spec: OutletSpec, mine: list[Placement], chromes: list[Chrome]
) -> list[Path]:
    """Article pages, feeds, two listing pages and robots.txt of one outlet; the article files.
    With ``chromes``, each article page carries the chrome of one of them, in rotation."""
    mine = sorted(mine, key=lambda p: (p.published, p.url), reverse=True)
    menu = [(s, section_name(s)) for s in spec.sections]
    files = []
    for i, p in enumerate(mine):
        related = [mine[(i + k) % len(mine)] for k in (1, 2, 3) if len(mine) > k]
        page = render_article(p, related, menu)[0]
        if chromes:
            page = weigh(page, chromes[i % len(chromes)])
        files.append(_write(sites, p.url, page))
    entries = [listings.Entry(p.title, p.url, p.lead or p.body[0], p.published) for p in mine]
    for n, feed in enumerate(spec.feeds):
        chunk = entries[n * FEED_SIZE : (n + 1) * FEED_SIZE]
        _write(sites, feed, listings.render_feed(spec, feed, "Tin mới", chunk)[0])
    for section in spec.sections:
        name = section_name(section)
        for n in (1, 2):
            chunk = entries[(n - 1) * LISTING_SIZE : n * LISTING_SIZE]
            html = listings.render_section(spec, section, n, 2, chunk, name)[0]
            _write(sites, listings.page_url(spec.name, section, n), html)
    _write(sites, f"https://{spec.host}/robots.txt", listings.render_robots(spec))
    return files


def registry_toml(specs: list[OutletSpec]) -> str:
    """A registry file for ``specs`` (JSON strings are valid TOML basic strings)."""
    q = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731
    out = ["# Bench outlets, written by bench/crawl.py.\n"]
    for s in specs:
        out += ["[[outlets]]", f"name = {q(s.name)}", f"home = {q(s.home)}"]
        out += [
            f"{k} = [{', '.join(q(u) for u in getattr(s, k))}]"
            for k in ("feeds", "sections", "sitemaps")
        ]
        out.append(f"article_pattern = {q(s.article_pattern)}")
        if s.selectors:
            pairs = ", ".join(f"{k} = {q(v)}" for k, v in s.selectors.items())
            out.append(f"selectors = {{ {pairs} }}")
        for key in ("next_page", "encoding", "notes"):
            if getattr(s, key):
                out.append(f"{key} = {q(getattr(s, key))}")
        out.append("")
    return "\n".join(out)


def build_site(
    root: Path, count: int, outlets: tuple[str, ...] = OUTLETS, *, light: bool = False
) -> BenchSite:
    """Render ``count`` article pages and their discovery pages under ``root/sites``; unless
    ``light``, each article page is weighed up with a recorded real page's chrome."""
    if count < 1:
        raise BenchError("--articles must be at least 1")
    chromes = [] if light else real_chromes(PACKAGE_ROOT / "replica" / "sites")
    texts = sorted((t for t in load_corpus() if t.body), key=lambda t: digest("bench", t.id))
    per_outlet = -(-count // len(outlets))
    feeds = -(-per_outlet // FEED_SIZE)
    specs = [bench_spec(s, feeds) for s in select_outlets(load_registry(), list(outlets))]
    pages = plan_pages(specs, texts, count)
    files: list[Path] = []
    for spec in specs:
        mine = [p for p in pages if p.outlet == spec.name]
        files += _outlet_files(root / "sites", spec, mine, chromes)
    registry = root / "bench.toml"
    registry.write_text(registry_toml(specs), encoding="utf-8")
    load_registry(registry)  # the crawl must accept it: fail here, with the registry's message
    return BenchSite(root, registry, tuple(files))


# --- the measurements -------------------------------------------------------------------------
def crawl_env(
    root: Path, replica_url: str, concurrency: int, per_domain: int, workers: int | None = None
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIEMTIN_")}
    env.update(
        {
            "PYTHONUNBUFFERED": "1",
            "DIEMTIN_DATA_DIR": str(root / "data"),
            "DIEMTIN_DATABASE_URL": f"sqlite:///{root / 'data' / 'bench.sqlite3'}",
            "DIEMTIN_OFFLINE_REPLICA_URL": replica_url,
            "DIEMTIN_DOWNLOAD_DELAY": "0",
            "DIEMTIN_AUTOTHROTTLE": "false",
            "DIEMTIN_CONCURRENT_REQUESTS": str(concurrency),
            "DIEMTIN_CONCURRENT_REQUESTS_PER_DOMAIN": str(per_domain),
        }
    )
    if workers is not None:
        env["DIEMTIN_EXTRACT_WORKERS"] = str(workers)
    return env


def _tree_rss_kib(pid: int) -> int:
    """Resident memory of process ``pid`` and all its descendants (Linux /proc), in KiB."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        proc = Path("/proc") / str(current)
        try:
            status = (proc / "status").read_text()
            total += int(
                next(ln.split()[1] for ln in status.splitlines() if ln.startswith("VmRSS:"))
            )
            for task in (proc / "task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue  # the process ended meanwhile
    return total


class TreeMemory(threading.Thread):
    """Samples the summed RSS of a process tree every ``interval`` seconds; keeps the peak."""

    def __init__(self, pid: int, interval: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak_kib = pid, interval, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(self.interval):
            self.peak_kib = max(self.peak_kib, _tree_rss_kib(self.pid))


def run_crawl(site: BenchSite, env: dict[str, str], profile: Path | None) -> tuple[float, float]:
    """Run ``diemtin crawl`` over the bench registry: (wall seconds, peak RSS MB of the crawl).

    The peak is the larger of the crawl process's own ``ru_maxrss`` and the peak of the summed RSS
    of the crawl process and its extraction workers, sampled every 0.1 s."""
    prefix = ["-m", "cProfile", "-o", str(profile)] if profile else []
    command = [sys.executable, *prefix, "-m", "diemtin", "crawl", "--outlets", str(site.registry)]
    log = site.root / "crawl-output.txt"
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            command, env=env, cwd=PACKAGE_ROOT, stdout=out, stderr=subprocess.STDOUT
        )
        memory = TreeMemory(process.pid)
        memory.start()
        returncode = process.wait()
        memory.done.set()
        memory.join()
    seconds = time.perf_counter() - started
    if returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise BenchError(f"the crawl exited with {returncode}:\n{tail}")
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    return seconds, max(peak_kb, memory.peak_kib) / 1024


def crawl_counts(database_url: str) -> tuple[int, CrawlRun]:
    """Articles in the database, and the (only) crawl run."""
    engine = make_engine(database_url)
    try:
        with Session(engine) as session:
            stored = session.scalar(select(func.count()).select_from(Article)) or 0
            run = session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc())).first()
    finally:
        engine.dispose()
    if run is None:
        raise BenchError("the crawl recorded no run")
    return stored, run


def bare_extraction(pages: tuple[Path, ...]) -> float:
    """Seconds of ``trafilatura.extract`` over every page (read beforehand), sequentially."""
    htmls = [p.read_text(encoding="utf-8") for p in pages]
    started = time.perf_counter()
    empty = sum(1 for html in htmls if not trafilatura.extract(html))
    seconds = time.perf_counter() - started
    if empty:
        print(f"note: trafilatura found no text on {empty} of {len(htmls)} pages", file=sys.stderr)
    return seconds


def measure(
    root: Path,
    count: int,
    concurrency: int,
    per_domain: int,
    profile: Path | None = None,
    *,
    light: bool = False,
    workers: int | None = None,
) -> Figures:
    from replica.server import ReplicaServer

    site = build_site(root, count, light=light)
    with ReplicaServer(root=root / "sites", port=0) as server:
        env = crawl_env(root, server.url, concurrency, per_domain, workers)
        seconds, rss = run_crawl(site, env, profile)
    stored, run = crawl_counts(env["DIEMTIN_DATABASE_URL"])
    crawl_seconds = (run.finished_at - run.started_at).total_seconds() if run.finished_at else 0.0
    bare = bare_extraction(site.pages)
    kib = sum(p.stat().st_size for p in site.pages) / len(site.pages) / 1024
    pages = len(site.pages)
    if workers is None:
        workers = config.Settings().extract_workers
    return Figures(
        workers, pages, kib, stored, run.duplicate, run.failed, seconds, crawl_seconds, bare, rss
    )


def report(f: Figures) -> str:
    ok = {k: "PASS" if v else "FAIL" for k, v in f.as_dict().items() if k.endswith("_ok")}
    rows = [
        ("pages", f"{f.pages} (average {f.page_kib:.1f} KiB)"),
        ("extraction workers", f"{f.extract_workers} beside the crawl process"),
        ("stored", f"{f.stored} (duplicate {f.duplicate}, failed {f.failed})"),
        ("seconds", f"{f.seconds:.1f} wall ({f.crawl_seconds:.1f} in the crawl run)"),
        ("pipeline articles/s", f"{f.pipeline_rate:.1f}"),
        ("bare trafilatura articles/s", f"{f.bare_rate:.1f} ({f.bare_seconds:.1f} s)"),
        ("ratio", f"{f.ratio:.2f}  {ok['ratio_ok']} (target >= {TARGET_RATIO})"),
        ("peak RSS MB", f"{f.peak_rss_mb:.0f}  {ok['rss_ok']} (target < {TARGET_RSS_MB:g})"),
    ]
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=2000, help="article pages to crawl")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--per-domain", type=int, default=16)
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--profile", type=Path, help="cProfile the crawl process into this file")
    parser.add_argument("--keep", type=Path, help="build in this (new) folder and keep it")
    parser.add_argument(
        "--extract-workers",
        type=int,
        help="DIEMTIN_EXTRACT_WORKERS of the crawl (default: the product default)",
    )
    parser.add_argument(
        "--light",
        action="store_true",
        help="bare rendered pages (about 7 KiB) without a real page's chrome",
    )
    args = parser.parse_args(argv)
    if args.keep:
        try:
            args.keep.mkdir(parents=True, exist_ok=False)
        except OSError as exc:
            parser.error(f"--keep needs a new folder: {exc}")
    root = args.keep or Path(tempfile.mkdtemp(prefix="diemtin-bench-"))
    try:
        profile = args.profile.resolve() if args.profile else None
        figures = measure(
            root,
            args.articles,
            args.concurrency,
            args.per_domain,
            profile,
            light=args.light,
            workers=args.extract_workers,
        )
    except BenchError as exc:
        print(f"bench failed: {exc}", file=sys.stderr)
        return 1
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    print(report(figures))
    if args.json:
        args.json.write_text(json.dumps(figures.as_dict(), indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
