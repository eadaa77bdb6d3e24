"""Digest benchmark: build one day's digest over a database holding 10,000 articles of that day.

``python bench/digest.py [--articles 10000] [--relevant 0.08] [--cases 200] [--db URL]
[--json FILE]``

1. Seeds a fresh SQLite database (or the empty database ``--db``) with ``--articles`` articles
   published in the window of the digest of Thursday 26/11/2026, as many again the day before
   (outside the window), their outlets and stories (a relevant story is carried by one to three
   outlets), a current classification for every article (``--relevant`` of them about THADS, with
   the four assessments) and ``--cases`` workflow cases. Texts are the replica corpus's real
   Vietnamese articles. Rows are bulk-inserted: the seeding is not what is measured.
2. Times what ``diemtin digest build`` does: the context from the database
   (``digest.build.build_context``: selection, grouping, summaries, cases), the HTML and the
   plain text, the DOCX, and the composed message, each separately and in total.
3. Prints the figures and PASS/FAIL against the target (whole build < 5 s). A missed target is
   not an error: the exit code is non-zero only when the bench itself fails.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

import config  # noqa: E402
from classifier.result import LABELS  # noqa: E402
from digest.build import build_context  # noqa: E402
from digest.printable import build_docx  # noqa: E402
from digest.render import render_html, render_text  # noqa: E402
from mailer.compose import Attachment, compose  # noqa: E402
from replica.corpus import load_corpus  # noqa: E402
from storage.db import make_engine, upgrade  # noqa: E402
from storage.models import (  # noqa: E402
    LOCAL_TZ,
    Article,
    ArticleClassification,
    Case,
    Outlet,
    Story,
)

TARGET_S = 5.0
DAY = datetime(2026, 11, 26).date()
WINDOW_START = datetime(2026, 11, 25, 7, 0, tzinfo=LOCAL_TZ)
PROVINCES = ("Tỉnh Tây Ninh", "Thành phố Hà Nội", "Thành phố Hồ Chí Minh", "Tỉnh Nghệ An")
OUTLETS = 20
OPEN_STATES = ("detected", "triaged", "notified_local", "local_verifying", "drafting")


def corpus() -> list[tuple[str, str, str]]:
    return [(t.title, t.lead or "", "\n".join(t.body) or t.lead or "") for t in load_corpus()]


def seed(engine: object, n: int, relevant_share: float, n_cases: int, rng: random.Random) -> None:
    texts = corpus()
    now = datetime.now(UTC)
    with Session(engine) as session:  # type: ignore[call-overload]
        session.execute(
            insert(Outlet),
            [{"id": i + 1, "name": f"bao{i + 1:02d}", "created_at": now} for i in range(OUTLETS)],
        )
        articles, classes, stories = [], [], []
        story_id = 0
        article_id = 0
        for day_offset in (0, -1):  # the window's day, and the day before (outside the window)
            remaining = n
            while remaining > 0:
                relevant = rng.random() < relevant_share
                copies = min(remaining, rng.choice((1, 1, 2, 3)) if relevant else 1)
                story_id += 1
                published = WINDOW_START + timedelta(
                    days=day_offset, minutes=rng.randrange(24 * 60)
                )
                stories.append({"id": story_id, "title": "", "created_at": now})
                label = rng.choice(LABELS) if relevant else None
                title, lead, body = texts[story_id % len(texts)]
                for copy in range(copies):
                    article_id += 1
                    articles.append(
                        {
                            "id": article_id,
                            "canonical_url": f"https://bao{copy + 1:02d}.example.vn/{article_id}",
                            "outlet_id": (story_id + copy) % OUTLETS + 1,
                            "title": f"{title} ({article_id})",
                            "lead": lead,
                            "text": body,
                            "published_at": published + timedelta(minutes=copy * 7),
                            "fetched_at": published + timedelta(minutes=copy * 7 + 5),
                            "extraction_route": "selectors",
                            "content_hash": f"{story_id:064x}",
                            "simhash": story_id,
                            "band0": 0,
                            "band1": 0,
                            "band2": 0,
                            "band3": 0,
                            "story_id": story_id,
                            "language": "vi",
                            "updated_at": now,
                        }
                    )
                    confidence = rng.uniform(0.3, 0.95)
                    rest = (1 - confidence) / 3
                    classes.append(
                        {
                            "article_id": article_id,
                            "model_version": "bench",
                            "relevant": relevant,
                            "relevance_score": rng.uniform(0.6, 1.0) if relevant else 0.1,
                            "label": label,
                            "label_scores": json.dumps(
                                {x: confidence if x == label else rest for x in LABELS}
                                if label
                                else {}
                            ),
                            "action_needed": label in ("needs_correction", "inaccurate"),
                            "province": rng.choice(PROVINCES) if relevant else None,
                            "office": None,
                            "reasons": json.dumps(['từ khóa: "thi hành án"', "quy tắc"]),
                            "classified_at": now,
                        }
                    )
                remaining -= copies
        session.execute(insert(Story), stories)
        session.execute(insert(Article), articles)
        session.execute(insert(ArticleClassification), classes)
        session.execute(
            insert(Case),
            [
                {
                    "code": f"VV-2026-{i + 1:04d}",
                    "kind": "press",
                    "state": rng.choice(OPEN_STATES),
                    "severity": rng.choice(("normal", "urgent")),
                    "title": texts[i % len(texts)][0],
                    "summary": "",
                    "province": rng.choice(PROVINCES),
                    "opened_by": "system",
                    "opened_at": WINDOW_START - timedelta(days=rng.randrange(10)),
                    "state_entered_at": WINDOW_START - timedelta(hours=rng.randrange(100)),
                    "story_id": i + 1,
                    "open_story_id": i + 1,
                }
                for i in range(n_cases)
            ],
        )
        session.commit()


def measure(engine: object, settings: config.Settings) -> dict[str, float | int]:
    figures: dict[str, float | int] = {}
    built_at = datetime(2026, 11, 26, 7, 30, tzinfo=LOCAL_TZ)
    start = time.perf_counter()
    with Session(engine) as session:  # type: ignore[call-overload]
        context = build_context(session, settings, DAY, now=built_at)
    figures["context_s"] = time.perf_counter() - start
    t = time.perf_counter()
    html = render_html(context)
    figures["html_s"] = time.perf_counter() - t
    t = time.perf_counter()
    text = render_text(context)
    figures["text_s"] = time.perf_counter() - t
    t = time.perf_counter()
    docx = build_docx(context)
    figures["docx_s"] = time.perf_counter() - t
    t = time.perf_counter()
    message = compose(
        settings,
        to=["diem-tin@moj.gov.vn"],
        subject=context.subject,
        text=text,
        html=html,
        attachments=[Attachment("diem-tin.docx", docx)],
        date=built_at,
    )
    eml = message.as_bytes()
    figures["message_s"] = time.perf_counter() - t
    figures["total_s"] = time.perf_counter() - start
    figures["items"] = context.item_count
    figures["relevant_articles"] = context.article_count
    figures["open_cases"] = context.workflow.open_count
    figures["html_kb"] = round(len(html.encode()) / 1024)
    figures["docx_kb"] = round(len(docx) / 1024)
    figures["eml_kb"] = round(len(eml) / 1024)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--relevant", type=float, default=0.08)
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--db", default=None, help="an empty database URL (default: temp SQLite)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", default=None)
    args = parser.parse_args(argv)
    if args.articles < 1 or not 0 <= args.relevant <= 1 or args.cases < 0:
        parser.error("--articles ≥ 1, --relevant in 0..1, --cases ≥ 0")
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        engine = make_engine(url)
        upgrade(engine)
        t = time.perf_counter()
        seed(engine, args.articles, args.relevant, args.cases, random.Random(args.seed))
        seeded_s = time.perf_counter() - t
        settings = config.load({}, data_dir=tmp)
        measure(engine, settings)  # warm-up: imports, template compilation, gazetteer
        figures = measure(engine, settings)
        engine.dispose()
    figures = {"articles_in_window": args.articles, "seed_s": seeded_s, **figures}
    ok = figures["total_s"] < TARGET_S
    print(f"Digest build over {args.articles} articles of the day ({args.relevant:.0%} relevant)")
    for key, value in figures.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"  {key:20} {shown}")
    print(f"  target: total < {TARGET_S:.0f} s … {'PASS' if ok else 'FAIL'}")
    if args.json:
        Path(args.json).write_text(json.dumps({**figures, "ok": ok}, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
