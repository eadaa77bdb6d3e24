"""Crawl runs, their per-outlet counts and the fetch log. Every function commits."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from storage.models import CrawlRun, CrawlRunOutlet, FetchLog, utcnow
from storage.upsert import upsert

RUN_STATUSES = ("running", "finished", "failed", "interrupted")
FETCH_STAGES = ("robots", "feed", "listing", "sitemap", "article", "extract", "store")
FETCH_OUTCOMES = ("ok", "not_modified", "error", "dropped")
COUNTS = ("discovered", "new", "duplicate", "failed")


@dataclass(frozen=True)
class FetchEntry:
    """One line of the fetch log."""

    url: str
    stage: str
    outcome: str
    outlet: str | None = None
    status: int | None = None
    error: str | None = None
    bytes: int = 0
    elapsed_ms: int = 0


@dataclass(frozen=True)
class RunSummary:
    id: int
    started_at: datetime
    finished_at: datetime | None
    status: str
    pid: int | None
    host: str | None
    options: dict[str, Any]
    error: str | None
    discovered: int
    new: int
    duplicate: int
    failed: int


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this host. A process that ended but has not been
    reaped by its parent yet (a zombie, read from Linux's /proc) counts as gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel whether the pid exists
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def start_run(session: Session, options: Mapping[str, Any]) -> int:
    """Record a new ``running`` crawl and return its id.

    Older ``running`` runs of this host whose process is gone are marked ``interrupted`` first.
    """
    host = socket.gethostname()
    stale = session.execute(
        select(CrawlRun.id, CrawlRun.pid).where(CrawlRun.status == "running", CrawlRun.host == host)
    ).all()
    for run_id, pid in stale:
        if pid is None or not pid_alive(pid):
            session.execute(
                update(CrawlRun)
                .where(CrawlRun.id == run_id)
                .values(
                    status="interrupted",
                    finished_at=utcnow(),
                    error="process ended without finishing the run",
                )
            )
    run = CrawlRun(
        status="running",
        pid=os.getpid(),
        host=host,
        options=json.dumps(dict(options), ensure_ascii=False, sort_keys=True, default=str),
    )
    session.add(run)
    session.commit()
    return run.id


def record_outlet_counts(
    session: Session,
    run_id: int,
    outlet: str,
    discovered: int,
    new: int,
    duplicate: int,
    failed: int,
) -> None:
    """Set one outlet's counts for a run (replacing earlier ones) and refresh the run totals."""
    row = {
        "run_id": run_id,
        "outlet": outlet,
        "discovered": discovered,
        "new": new,
        "duplicate": duplicate,
        "failed": failed,
    }
    upsert(session, CrawlRunOutlet, row, ["run_id", "outlet"], COUNTS)
    sums = session.execute(
        select(*(func.coalesce(func.sum(getattr(CrawlRunOutlet, c)), 0) for c in COUNTS)).where(
            CrawlRunOutlet.run_id == run_id
        )
    ).one()
    session.execute(
        update(CrawlRun).where(CrawlRun.id == run_id).values(dict(zip(COUNTS, sums, strict=True)))
    )
    session.commit()


def finish_run(session: Session, run_id: int, status: str, error: str | None = None) -> None:
    """Close a run as ``finished``, ``failed`` or ``interrupted``."""
    if status not in RUN_STATUSES or status == "running":
        raise ValueError(
            f"finish_run: status must be finished, failed or interrupted, not {status!r}"
        )
    run = session.get(CrawlRun, run_id)
    if run is None:
        raise ValueError(f"finish_run: no crawl run with id {run_id}")
    run.status, run.error, run.finished_at = status, error, utcnow()
    session.commit()


def log_fetches(session: Session, run_id: int | None, entries: Iterable[FetchEntry]) -> int:
    """Append several fetch-log lines in one transaction; returns how many."""
    rows = []
    for e in entries:
        if e.stage not in FETCH_STAGES:
            raise ValueError(
                f"log_fetch: unknown stage {e.stage!r} (one of {', '.join(FETCH_STAGES)})"
            )
        if e.outcome not in FETCH_OUTCOMES:
            raise ValueError(f"log_fetch: unknown outcome {e.outcome!r}")
        rows.append(
            FetchLog(
                run_id=run_id,
                outlet=e.outlet,
                url=e.url,
                stage=e.stage,
                status=e.status,
                outcome=e.outcome,
                error=e.error,
                bytes=e.bytes,
                elapsed_ms=e.elapsed_ms,
                at=utcnow(),
            )
        )
    session.add_all(rows)
    session.commit()
    return len(rows)


def log_fetch(
    session: Session, run_id: int | None, url: str, stage: str, outcome: str, **details: Any
) -> None:
    """Append one fetch-log line (details: outlet, status, error, bytes, elapsed_ms)."""
    log_fetches(session, run_id, [FetchEntry(url=url, stage=stage, outcome=outcome, **details)])


def latest_runs(session: Session, n: int = 10) -> list[RunSummary]:
    """The ``n`` most recent runs, newest first."""
    runs = session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc()).limit(n))
    return [
        RunSummary(
            id=r.id,
            started_at=r.started_at,
            finished_at=r.finished_at,
            status=r.status,
            pid=r.pid,
            host=r.host,
            options=json.loads(r.options or "{}"),
            error=r.error,
            discovered=r.discovered,
            new=r.new,
            duplicate=r.duplicate,
            failed=r.failed,
        )
        for r in runs
    ]


def run_outlet_counts(session: Session, run_id: int) -> dict[str, tuple[int, int, int, int]]:
    """outlet → (discovered, new, duplicate, failed) of one run."""
    rows = session.scalars(select(CrawlRunOutlet).where(CrawlRunOutlet.run_id == run_id))
    return {r.outlet: (r.discovered, r.new, r.duplicate, r.failed) for r in rows}
