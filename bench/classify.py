"""Classifier benchmark: throughput on one core, training time on two, artifact size.

``python bench/classify.py [--articles 2000] [--batch 200] [--model FILE] [--json FILE]``

1. Trains the classifier on the committed corpus with ``n_jobs=2`` into a temporary file (or
   uses ``--model FILE`` and skips training) and reports seconds and file size.
2. Builds ``--articles`` distinct 3,000-character articles from corpus texts (each body joins
   paragraphs of consecutive examples until it reaches 3,000 characters) and classifies them with
   ``Classifier.classify_many`` in batches, pinned to one core with one BLAS thread.
   One warm-up batch first builds what the classifier builds once per process on first use
   (the province gazetteer's regexes, the rules' caches): it holds the first corpus article
   labelled relevant, so that the province mapper and the rule signals run. Its seconds are
   printed apart ("first-use set-up"), not counted in the throughput.
3. Times a fixed pure-Python loop on the same core ("machine reference"), so that figures taken
   on different days or machines can be compared: the throughput moves with it.
4. Prints the figures and PASS/FAIL against the targets (>= 2,000 classifications/s on one
   core, training < 120 s on two cores, artifact < 50 MB). A missed target is not an error: the
   exit code is non-zero only when the bench itself fails.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from classifier.api import load, train  # noqa: E402
from classifier.models import corpus_rows  # noqa: E402

TARGET_RATE = 2000.0
TARGET_TRAIN_S = 120.0
TARGET_MB = 50.0
ARTICLE_CHARS = 3000


def articles(n: int) -> list[dict[str, str]]:
    rows = corpus_rows()
    out = []
    k = 0
    while len(out) < n:
        title = rows[k % len(rows)]["title"]
        body = ""
        while len(body) < ARTICLE_CHARS:
            body += rows[k % len(rows)]["text"] + "\n"
            k += 1
        out.append({"title": title, "text": body[:ARTICLE_CHARS], "lead": None})
    return out


def machine_reference(steps: int = 5_000_000) -> float:
    """Millions of steps per second of a plain interpreter loop (one core): the machine's speed."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        total = 0
        for i in range(steps):
            total += i
        best = min(best, time.perf_counter() - t0)
    return steps / best / 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--model", type=Path, help="existing artifact (skips the training figure)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)

    figures: dict[str, float | str | None] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = args.model
        if path is None:
            path = Path(tmp) / "classifier.bin"
            t0 = time.perf_counter()
            train(path, n_jobs=2)
            figures["train seconds (2 cores)"] = round(time.perf_counter() - t0, 1)
        else:
            figures["train seconds (2 cores)"] = None
        figures["model MB"] = round(path.stat().st_size / 1e6, 1)
        clf = load(path)

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    items = articles(args.articles)
    # Warm-up: a relevant article reaches the rules and the province mapper (one-time set-up).
    first_relevant = next(r for r in corpus_rows() if r["relevant"])
    warm_up = [*items[: min(49, len(items))], {**first_relevant, "lead": None}]
    t0 = time.perf_counter()
    warmed = clf.classify_many(warm_up)
    figures["first-use set-up seconds"] = round(time.perf_counter() - t0, 2)
    if not warmed[-1].relevant:
        print(
            "warning: the warm-up's relevant article was classified not relevant", file=sys.stderr
        )
    t0 = time.perf_counter()
    relevant = 0
    for i in range(0, len(items), args.batch):
        relevant += sum(c.relevant for c in clf.classify_many(items[i : i + args.batch]))
    seconds = time.perf_counter() - t0
    figures["articles"] = len(items)
    figures["relevant"] = relevant
    figures["classify seconds (1 core)"] = round(seconds, 2)
    figures["classifications/s (1 core)"] = round(len(items) / seconds, 1)
    figures["model"] = clf.metadata.get("model")
    figures["machine reference (M steps/s)"] = round(machine_reference(), 1)

    for key, value in figures.items():
        print(f"{key:<30} {value}")
    checks = [
        ("throughput", figures["classifications/s (1 core)"], TARGET_RATE, ">="),
        ("training", figures["train seconds (2 cores)"], TARGET_TRAIN_S, "<"),
        ("model size", figures["model MB"], TARGET_MB, "<"),
    ]
    for name, value, target, op in checks:
        if value is None:
            print(f"{name:<12} SKIP (no figure)")
            continue
        ok = value >= target if op == ">=" else value < target
        print(f"{name:<12} {'PASS' if ok else 'FAIL'}  {value} (target {op} {target:g})")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
