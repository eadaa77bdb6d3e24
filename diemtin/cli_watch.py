"""`diemtin case watch` and `diemtin case notify`: the two commands the operator runs from cron.

Registered on the ``case`` group by ``diemtin/cli_workflow.py``. Exit codes: 0 — done (also when
nothing was due); 1 — some checks or deliveries failed and will be retried at the next run; 2 — a
problem the operator must fix (settings, database, outlet registry, another run in progress).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click

from diemtin.cli_workflow import _session, safe
from text.dates import VN_TZ

EXIT_RETRY = 1

_NOW = click.option(
    "--now",
    "now",
    default=None,
    metavar="THỜI_ĐIỂM_ISO",
    help="Thời điểm coi là hiện tại (ISO 8601, ví dụ 2026-12-01T08:00; không có múi giờ: giờ "
    "Hà Nội). Mặc định: bây giờ.",
)


def parse_now(value: str | None) -> datetime:
    """``--now`` as an aware datetime (naive values are read in Asia/Ho_Chi_Minh)."""
    if not value:
        return datetime.now(VN_TZ)
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(
            f"thời điểm không hợp lệ: {value!r} (dùng ISO 8601, ví dụ 2026-12-01T08:00)",
            param_hint="--now",
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=VN_TZ)


@click.command("watch")
@_NOW
def case_watch(now: str | None) -> None:
    """Kiểm tra lại các bài báo của vụ việc đã đề nghị cải chính (theo lịch
    DIEMTIN_WATCH_SCHEDULE_DAYS): phát hiện bài bị chỉnh sửa hoặc gỡ, ghi vào diễn biến vụ việc."""
    from workflow.watch import run_watch

    at = parse_now(now)
    with _session() as (session, settings):
        engine = session.get_bind()
        report = run_watch(settings, engine, at)  # type: ignore[arg-type]
    print_watch(report)
    if report.failed:
        raise SystemExit(EXIT_RETRY)


def print_watch(report: Any) -> None:
    """What a run of ``workflow.watch`` found (changed, removed, failed articles) and its line."""
    for outcome in report.outcomes:
        if outcome.status != "unchanged":
            click.echo(f"{outcome.case_code} bài #{outcome.article_id}: {safe(outcome.message)}")
    _print_errors(report)


@click.command("notify")
@_NOW
def case_notify(now: str | None) -> None:
    """Gửi thư thông báo vụ việc: khi phân công, trước hạn một ngày làm việc và khi quá hạn, tới
    người được phân công và hai đầu mối (DIEMTIN_FOCAL_POINT_*_EMAIL)."""
    from workflow.notify import run_notifications

    at = parse_now(now)
    with _session() as (session, settings):
        engine = session.get_bind()
        report = run_notifications(settings, engine, at)  # type: ignore[arg-type]
    print_notify(report)
    if report.failed:
        raise SystemExit(EXIT_RETRY)


def print_notify(report: Any) -> None:
    """Every notice of a run of ``workflow.notify`` (failed ones on stderr) and its line."""
    for outcome in report.outcomes:
        click.echo(safe(outcome.message), err=outcome.status == "failed")
    _print_errors(report)


def _print_errors(report: Any) -> None:
    for error in report.errors:
        click.echo(f"Lỗi: {safe(error)}", err=True)
    click.echo(report.message())
