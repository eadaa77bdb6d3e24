"""Throughput of the province mapper (classifier.provinces.find_province) on one core.

Articles are the full-text rows of classifier/data/labelled.jsonl, each repeated to exactly
``--chars`` characters (default 3,000). Prints articles per second and the target (5,000/s);
a missed target shows as FAIL but exits 0.

    .venv/bin/python bench/provinces.py [--chars 3000] [--articles 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from classifier.provinces import find_province  # noqa: E402

TARGET = 5000.0


def articles(chars: int, limit: int) -> list[tuple[str, str, str]]:
    rows = [
        json.loads(line)
        for line in (ROOT / "classifier" / "data" / "labelled.jsonl")
        .read_text("utf-8")
        .splitlines()
    ]
    out = []
    for row in rows:
        if row["length"] != "full":
            continue
        body = row["text"]
        while len(body) < chars:
            body += "\n" + row["text"]
        out.append((row["title"], body[:chars], row["lead"]))
    return (out * (limit // max(len(out), 1) + 1))[:limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=3000)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if args.chars < 1 or args.articles < 1 or args.repeat < 1:
        parser.error("--chars, --articles and --repeat must be positive")
    docs = articles(args.chars, args.articles)
    found = sum(find_province(*doc) is not None for doc in docs)  # also warms the caches
    best = 0.0
    for _ in range(args.repeat):
        start = time.perf_counter()
        for doc in docs:
            find_province(*doc)
        best = max(best, len(docs) / (time.perf_counter() - start))
    verdict = "PASS" if best >= TARGET else "FAIL"
    print(f"articles          {len(docs)} x {args.chars} chars ({found} with a province)")
    print(f"throughput        {best:,.0f} articles/s (best of {args.repeat}, one core)")
    print(f"target            {TARGET:,.0f} articles/s  {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
