"""`diemtin digest build|send` and `diemtin daily`: the daily "Điểm tin báo chí".

Exit codes: 0 done; 1 the crawl of `daily` failed (the digest is still built and sent from what is
stored); 2 an operator error (configuration, database, no recipients); 3 the digest or an urgent
alert could not be delivered to everyone: it stays queued (message stored) and the next
`digest send` or `daily` delivers it; 130 interrupted.
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from datetime import date, datetime

import click

import config
from diemtin.cli import (
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

EXIT_UNDELIVERED = 3


def _parse_day(value: str | None, settings: config.Settings) -> date:
    from digest.window import today

    if not value:
        return today(settings)
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
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
def _crawl(settings: config.Settings, day: date, offline: bool) -> str:
    from crawlers.registry import RegistryError, load_registry
    from storage.db import StorageError

    try:
        specs = load_registry(settings.outlets_file)
    except RegistryError as exc:
        raise UserError(f"Lỗi danh mục nguồn: {exc}") from None
    with ExitStack() as stack:
        if offline:
            settings = _offline_settings(settings, stack, day)
        from crawlers.run import run_crawl

        try:
            summary = run_crawl(settings, specs)
        except StorageError as exc:
            raise storage_guard(exc) from None
    _print_summary(summary)
    return summary.status


@click.command()
@click.option(
    "--offline", is_flag=True, help="Thu thập từ bản sao ngoại tuyến đi kèm (không cần Internet)."
)
@DATE_OPTION
@click.option("--no-crawl", is_flag=True, help="Bỏ qua bước thu thập (chỉ phân loại, lập và gửi).")
def daily(offline: bool, day: str | None, no_crawl: bool) -> None:
    """Việc hằng ngày: thu thập, phân loại, mở vụ việc, cảnh báo khẩn, lập và gửi điểm tin."""
    from digest.alerts import send_alerts
    from digest.delivery import recipients
    from digest.window import window_for
    from mailer.compose import ComposeError
    from storage.db import StorageError

    settings = load_settings()
    the_day = _parse_day(day, settings)
    engine = _database(settings)
    exit_code = 0
    if not no_crawl:
        status = _crawl(settings, the_day, offline)
        if status == "interrupted":
            sys.exit(EXIT_INTERRUPTED)
        if status != "finished":
            click.echo("Lượt thu thập thất bại; vẫn lập điểm tin từ các bài đã lưu.", err=True)
            exit_code = EXIT_FAILED
    _classify_db(None, False)  # what the model has not classified yet; then automatic cases
    try:
        alerts = send_alerts(engine, settings, since=window_for(the_day, settings).start)  # type: ignore[arg-type]
    except ComposeError as exc:
        raise UserError(f"Không lập được cảnh báo khẩn: {exc}") from None
    except StorageError as exc:
        raise storage_guard(exc) from None
    _echo_lines(alerts.lines(), err=not alerts.ok)
    _build(engine, settings, the_day, None)
    if recipients(settings):
        if not _send(engine, settings, the_day, False):
            exit_code = exit_code or EXIT_UNDELIVERED
    else:
        click.echo(
            "Chưa cấu hình người nhận (DIEMTIN_DIGEST_TO): điểm tin chỉ được ghi ra tệp, "
            "không gửi.",
            err=True,
        )
    if not alerts.ok:
        exit_code = exit_code or EXIT_UNDELIVERED
    sys.exit(exit_code)
