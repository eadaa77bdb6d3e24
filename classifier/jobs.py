"""Classification jobs over files and the database, shared by the CLI and the crawl.

* :func:`classify_jsonl` — JSONL in, JSONL out; malformed lines reported (Vietnamese) and skipped.
* :func:`classify_articles` — classify stored articles and save each result with the model version.
* :func:`feedback_examples` — every stored relabel as a training example.

The model is anything with ``version``, ``classify(...)`` and ``classify_many(...)``
(:class:`classifier.api.Classifier`); this module does not load or train it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO, Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from classifier.result import LABELS, Classification
from storage.classifications import relabels, save_classification
from storage.models import Article, Outlet
from text.dates import VN_TZ, parse_date

REQUIRED = ("id", "title", "text")
OPTIONAL_TEXT = ("lead", "url", "outlet")
BATCH = 256


class Model(Protocol):
    version: str

    def classify(self, **fields: Any) -> Classification: ...

    def classify_many(self, items: Iterable[dict[str, Any]]) -> list[Classification]: ...


@dataclass(frozen=True)
class LineError:
    """A malformed input line: its 1-based number and the reason, in Vietnamese."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"dòng {self.line}: {self.reason}"


def model_input(
    *,
    title: str,
    text: str,
    lead: str | None = None,
    published_at: datetime | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> dict[str, Any]:
    """The keyword arguments of ``Classifier.classify`` for one article."""
    return {
        "title": title,
        "text": text,
        "lead": lead,
        "published_at": published_at,
        "url": url,
        "outlet": outlet,
    }


def _parse_date(value: str) -> datetime | None:
    """ISO 8601 (naive: Vietnam time), else a date as Vietnamese pages and feeds write it and the
    crawler reads it ("20/11/2026 08:30", "Thứ Năm, 20/11/2026 (GMT+7)", RFC 822)."""
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return parse_date(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=VN_TZ)


def parse_line(raw: bytes, line: int) -> tuple[dict[str, Any], dict[str, Any]] | LineError:
    """One input line → (the record as given, the model input), or why it is malformed."""
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return LineError(line, "không phải văn bản UTF-8")
    except json.JSONDecodeError as exc:
        return LineError(line, f"JSON không hợp lệ (cột {exc.colno})")
    if not isinstance(record, dict):
        return LineError(line, "mỗi dòng phải là một đối tượng JSON {…}")
    for name in REQUIRED:
        if name not in record or record[name] is None:
            return LineError(line, f"thiếu trường “{name}”")
    ident = record["id"]
    if isinstance(ident, bool) or not isinstance(ident, str | int):
        return LineError(line, "trường “id” phải là chuỗi hoặc số nguyên")
    if isinstance(ident, str) and not ident.strip():
        return LineError(line, "trường “id” rỗng")
    for name in ("title", "text"):
        if not isinstance(record[name], str):
            return LineError(line, f"trường “{name}” phải là chuỗi")
    for name in OPTIONAL_TEXT:
        if record.get(name) is not None and not isinstance(record[name], str):
            return LineError(line, f"trường “{name}” phải là chuỗi hoặc null")
    if not record["title"].strip():
        return LineError(line, "trường “title” rỗng")
    # A feed item is a headline and a lead: its "text" may be empty when "lead" is not.
    if not record["text"].strip() and not (record.get("lead") or "").strip():
        return LineError(line, "trường “text” rỗng (và không có “lead”)")
    published_at = None
    raw_date = record.get("published_at")
    if raw_date is not None:
        if not isinstance(raw_date, str):
            return LineError(line, "trường “published_at” phải là chuỗi ngày giờ")
        published_at = _parse_date(raw_date)
        if published_at is None:
            return LineError(
                line,
                f"trường “published_at” không đọc được ngày giờ (ISO 8601 hoặc ngày/tháng/năm): "
                f"{raw_date!r}",
            )
    item = model_input(
        title=record["title"],
        text=record["text"],
        lead=record.get("lead") or None,
        published_at=published_at,
        url=record.get("url") or None,
        outlet=record.get("outlet") or None,
    )
    return record, item


def read_jsonl(src: IO[bytes]) -> Iterator[tuple[dict[str, Any], dict[str, Any]] | LineError]:
    """Parsed lines of ``src`` (blank lines are skipped silently)."""
    for number, raw in enumerate(src, start=1):
        if raw.strip():
            yield parse_line(raw, number)


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def classify_jsonl(
    model: Model,
    src: IO[bytes],
    dst: IO[str],
    on_error: Callable[[LineError], None],
    *,
    batch_size: int = BATCH,
) -> tuple[int, int]:
    """Classify every well-formed line of ``src`` into ``dst`` (input fields, then the output
    fields). Returns (lines written, lines skipped)."""
    written = skipped = 0

    def good() -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        nonlocal skipped
        for parsed in read_jsonl(src):
            if isinstance(parsed, LineError):
                skipped += 1
                on_error(parsed)
            else:
                yield parsed

    for batch in _batches(good(), batch_size):
        results = model.classify_many([item for _record, item in batch])
        for (record, _item), c in zip(batch, results, strict=True):
            fields = c.as_dict()
            fields["model_version"] = fields.get("model_version") or model.version
            dst.write(json.dumps({**record, **fields}, ensure_ascii=False) + "\n")
            written += 1
    return written, skipped


# --- stored articles -----------------------------------------------------------------------------
@dataclass
class ClassifyCounts:
    """What a run over stored articles did."""

    classified: int = 0
    relevant: int = 0
    action_needed: int = 0
    labels: Counter[str] = field(default_factory=Counter)

    def add(self, c: Classification) -> None:
        self.classified += 1
        self.relevant += int(c.relevant)
        self.action_needed += int(c.action_needed)
        if c.label:
            self.labels[c.label] += 1

    def by_label(self) -> list[tuple[str, int]]:
        return [(label, self.labels[label]) for label in LABELS]


def classify_articles(
    session: Session, model: Model, ids: Sequence[int], counts: ClassifyCounts | None = None
) -> ClassifyCounts:
    """Classify the stored articles ``ids`` and save each result under ``model.version`` in one
    transaction (committed at the end)."""
    counts = counts or ClassifyCounts()
    rows = session.execute(
        select(Article, Outlet.name)
        .join(Outlet, Outlet.id == Article.outlet_id)
        .where(Article.id.in_(list(ids)))
        .order_by(Article.id)
    ).all()
    if not rows:
        return counts
    items = [
        model_input(
            title=a.title,
            text=a.text,
            lead=a.lead,
            published_at=a.published_at,
            url=a.canonical_url,
            outlet=outlet,
        )
        for a, outlet in rows
    ]
    results = model.classify_many(items)
    for (article, _outlet), c in zip(rows, results, strict=True):
        save_classification(session, article.id, c, model.version, commit=False)
        counts.add(c)
    session.commit()
    return counts


def classify_in_batches(
    sessions: Callable[[], Session],
    model: Model,
    ids: Sequence[int],
    *,
    batch_size: int = BATCH,
    progress: Callable[[int], None] | None = None,
) -> ClassifyCounts:
    """:func:`classify_articles` over ``ids`` in batches, one transaction per batch (an
    interrupted run keeps every finished batch)."""
    counts = ClassifyCounts()
    for batch in _batches(ids, batch_size):
        with sessions() as session:
            classify_articles(session, model, batch, counts)
        if progress:
            progress(counts.classified)
    return counts


# --- feedback ------------------------------------------------------------------------------------
def feedback_examples(session: Session) -> list[Any]:
    """The latest relabel of every relabelled article as a ``classifier.api.FeedbackExample``."""
    from classifier.api import FeedbackExample

    return [
        FeedbackExample(
            id=f"relabel:{r.article_id}",
            title=r.title,
            lead=r.lead,
            text=r.text,
            relevant=r.relevant,
            label=r.label,
            province=r.province,
            labelled_by=r.by,
            labelled_at=r.at,
        )
        for r in relabels(session)
    ]
