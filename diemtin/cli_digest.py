"""`diemtin digest build|send` and `diemtin daily`: the daily "Điểm tin báo chí".

`daily` runs, in order: crawl; classify (training the model on the first run) and open cases
automatically (crisis detection included); urgent alerts; the re-fetch watch of corrected
articles; case notifications; build the digest; deliver queued digests and today's. A failed step
is reported on stderr and the later steps still run; only a digest that cannot be built stops the
sending.

Exit codes (the most serious wins): 0 done; 2 an operator error (configuration, database, outlet
registry, a step that cannot run as configured, no recipients for `digest send`, a bad --date);
1 a step of `daily` failed (crawl, classification, automatic cases, alerts, watch checks): what it
could not do is retried by the next run, and the digest is still built and sent from what is
stored; 3 the digest, an urgent alert or a case notification could not be delivered to everyone:
it stays queued (message stored) and the next run delivers it; 130 interrupted.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from contextlib import ExitStack
from datetime import date, datetime
from typing import TypeVar

import click
from sqlalchemy import Engine

import config
from diemtin.cli import (
    EXIT_CONFIG,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    UserError,
    _classify_db,
    _database,
    _offline_settings,
    _print_summary,
    load_settings,
    storage_guard,
)
from text.dates import VN_TZ, parse_day

EXIT_UNDELIVERED = 3
T = TypeVar("T")
log = logging.getLogger(__name__)


def _parse_day(value: str | None, settings: config.Settings) -> date:
    from digest.window import today

    if not value:
        return today(settings)
    parsed = parse_day(value.strip())
    if parsed is not None:
        return parsed
    raise click.BadParameter(
        f"ngày không hợp lệ: {value!r} (dùng YYYY-MM-DD, ví dụ 2026-11-30)", param_hint="--date"
    )


DATE_OPTION = click.option(
    "--date",
    "day",
    default=None,
    metavar="YYYY-MM-DD",
    help="Ngày của điểm tin (mặc định: hôm nay theo giờ Việt Nam).",
)


def _echo_lines(lines: list[str], *, err: bool = False) -> None:
    for line in lines:
        click.echo(line, err=err)


def _build(engine: object, settings: config.Settings, day: date, out: str | None) -> None:
    from pathlib import Path

    from sqlalchemy.orm import Session

    from digest.delivery import default_folder, render_digest, write_files
    from mailer.compose import ComposeError

    try:
        with Session(engine) as session:  # type: ignore[arg-type]
            rendered = render_digest(session, settings, day)
    except ComposeError as exc:
        raise UserError(f"Không lập được thư điểm tin: {exc}") from None
    folder = Path(out) if out else default_folder(settings, day)
    try:
        paths = write_files(rendered, folder)
    except OSError as exc:
        raise UserError(f"Không ghi được điểm tin vào {folder}: {exc}") from None
    c = rendered.context
    counts = ", ".join(f"{x.count} {x.name.lower()}" for x in c.by_assessment)
    click.echo(
        f"Đã lập điểm tin ngày {day:%d/%m/%Y} (từ {c.window_start} đến {c.window_end}): "
        f"{c.item_count} tin ({counts}); {c.workflow.open_count} vụ việc đang xử lý, "
        f"{c.workflow.overdue_count} quá hạn."
    )
    if c.unclassified_count:
        click.echo(
            f"Lưu ý: {c.unclassified_count} bài trong kỳ chưa được phân loại "
            "(chạy `diemtin classify --db`).",
            err=True,
        )
    for suffix in ("html", "txt", "eml", "docx"):
        click.echo(f"  {paths[suffix]}")


def _send(engine: object, settings: config.Settings, day: date, resend: bool) -> bool:
    """Retry queued digests of other dates, then send ``day``; True when nobody waits."""
    from digest.delivery import DigestError, flush_queued, send_digest
    from mailer.compose import ComposeError
    from storage.db import StorageError

    ok = True
    try:
        for report in flush_queued(engine, settings, skip=day):  # type: ignore[arg-type]
            _echo_lines(report.lines(), err=not report.ok)
            ok = ok and report.ok
        report = send_digest(engine, settings, day, resend=resend)  # type: ignore[arg-type]
    except (DigestError, ComposeError) as exc:
        raise UserError(str(exc)) from None
    except StorageError as exc:
        raise storage_guard(exc) from None
    _echo_lines(report.lines(), err=not report.ok)
    return ok and report.ok


@click.group()
def digest() -> None:
    """Điểm tin báo chí hằng ngày: lập và gửi."""


@digest.command("build")
@DATE_OPTION
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default=None,
    help="Thư mục ghi các tệp (mặc định: <thư mục dữ liệu>/digests/<ngày>/).",
)
def digest_build(day: str | None, out: str | None) -> None:
    """Lập điểm tin: tệp HTML, văn bản thuần, .eml và DOCX để in."""
    settings = load_settings()
    the_day = _parse_day(day, settings)
    _build(_database(settings), settings, the_day, out)


@digest.command("send")
@DATE_OPTION
@click.option("--resend", is_flag=True, help="Gửi lại cho mọi người nhận, kể cả người đã nhận.")
def digest_send(day: str | None, resend: bool) -> None:
    """Gửi điểm tin qua thư điện tử (mỗi người nhận một lần mỗi ngày)."""
    settings = load_settings()
    the_day = _parse_day(day, settings)
    if not _send(_database(settings), settings, the_day, resend):
        sys.exit(EXIT_UNDELIVERED)


# --- daily ---------------------------------------------------------------------------------------
# How bad each exit code is: an operator must fix something (2) > a step failed and is retried by
# the next run (1) > something could not be delivered and stays queued (3) > done (0).
SEVERITY = {0: 0, EXIT_UNDELIVERED: 1, EXIT_FAILED: 2, EXIT_CONFIG: 3}


class _Run:
    """The steps of one `daily` run: each is announced, and its failure is reported on stderr and
    remembered for the exit code without stopping the steps after it."""

    def __init__(self) -> None:
        self.exit_code = 0

    def note(self, code: int) -> None:
        if SEVERITY[code] > SEVERITY[self.exit_code]:
            self.exit_code = code

    def step(self, title: str, action: Callable[[], T]) -> T | None:
        from workflow.users import WorkflowError

        click.echo(f"== {title} ==")
        try:
            return action()
        except click.ClickException as exc:  # UserError: what the operator must fix
            click.echo(f"{title}: thất bại — {exc.format_message()}", err=True)
            self.note(EXIT_CONFIG if exc.exit_code == EXIT_CONFIG else EXIT_FAILED)
        except WorkflowError as exc:  # the watch or notifications cannot run as configured
            click.echo(f"{title}: thất bại — {exc}", err=True)
            self.note(EXIT_CONFIG)
        except Exception as exc:  # noqa: BLE001 - reported; the later steps still run
            log.exception("daily step %r failed", title)
            click.echo(f"{title}: lỗi ngoài dự kiến — {type(exc).__name__}: {exc}", err=True)
            self.note(EXIT_FAILED)
        return None


def _crawl(settings: config.Settings) -> str:
    from crawlers.registry import RegistryError, load_registry
    from crawlers.run import run_crawl
    from storage.db import StorageError

    try:
        specs = load_registry(settings.outlets_file)
    except RegistryError as exc:
        raise UserError(f"Lỗi danh mục nguồn: {exc}") from None
    try:
        summary = run_crawl(settings, specs)
    except StorageError as exc:
        raise storage_guard(exc) from None
    _print_summary(summary)
    return summary.status


def _alerts(run: _Run, engine: Engine, settings: config.Settings, since: datetime) -> None:
    from digest.alerts import run_alerts

    report = run_alerts(settings, engine, since=since)
    _echo_lines(report.lines(), err=not report.ok)
    if not (report.sent or report.outbox or report.queued or report.failed):
        click.echo("Không có tin sai sự thật mới cần cảnh báo khẩn.")
    if report.failed:
        run.note(EXIT_FAILED)
    elif report.queued:
        run.note(EXIT_UNDELIVERED)


def _watch(run: _Run, engine: Engine, settings: config.Settings) -> None:
    from diemtin.cli_watch import print_watch
    from workflow.watch import run_watch

    report = run_watch(settings, engine, datetime.now(VN_TZ))
    print_watch(report)
    if report.failed:
        run.note(EXIT_FAILED)


def _notify(run: _Run, engine: Engine, settings: config.Settings) -> None:
    from diemtin.cli_watch import print_notify
    from workflow.notify import run_notifications

    report = run_notifications(settings, engine, datetime.now(VN_TZ))
    print_notify(report)
    if report.failed:
        run.note(EXIT_UNDELIVERED)


@click.command()
@click.option(
    "--offline", is_flag=True, help="Thu thập từ bản sao ngoại tuyến đi kèm (không cần Internet)."
)
@DATE_OPTION
@click.option("--no-crawl", is_flag=True, help="Bỏ qua bước thu thập (chỉ phân loại, lập và gửi).")
def daily(offline: bool, day: str | None, no_crawl: bool) -> None:
    """Việc hằng ngày: thu thập, phân loại, mở vụ việc, cảnh báo khẩn, theo dõi bài đã đề nghị
    cải chính, thông báo vụ việc, lập và gửi điểm tin."""
    from diemtin.cli_workflow import run_automatic_cases
    from digest.delivery import recipients
    from digest.window import window_for

    settings = load_settings()
    the_day = _parse_day(day, settings)
    engine = _database(settings)
    run = _Run()
    with ExitStack() as stack:
        # --offline: the bundled replica serves the crawl and the re-fetch watch alike.
        routed = _offline_settings(settings, stack, the_day) if offline else settings
        if not no_crawl:
            status = run.step("Thu thập tin bài", lambda: _crawl(routed))
            if status == "interrupted":
                sys.exit(EXIT_INTERRUPTED)
            if status is not None and status != "finished":
                click.echo("Lượt thu thập thất bại; vẫn làm các bước sau.", err=True)
                run.note(EXIT_FAILED)
        automatic = run.step("Phân loại và mở vụ việc tự động", lambda: _classify_db(None, False))
        if automatic is None:  # classification failed: still open cases for what is classified
            automatic = run_automatic_cases(engine, settings)
        if getattr(automatic, "error", None):
            run.note(EXIT_FAILED)
        since = window_for(the_day, settings).start
        run.step("Cảnh báo khẩn", lambda: _alerts(run, engine, settings, since))
        run.step("Theo dõi bài đã đề nghị cải chính", lambda: _watch(run, engine, routed))
        run.step("Thông báo vụ việc", lambda: _notify(run, engine, settings))
    click.echo("== Điểm tin ==")
    _build(engine, settings, the_day, None)  # nothing to send without it: a failure stops here
    if recipients(settings):
        if not _send(engine, settings, the_day, False):
            run.note(EXIT_UNDELIVERED)
    else:
        click.echo(
            "Chưa cấu hình người nhận (DIEMTIN_DIGEST_TO): điểm tin chỉ được ghi ra tệp, "
            "không gửi.",
            err=True,
        )
    sys.exit(run.exit_code)
