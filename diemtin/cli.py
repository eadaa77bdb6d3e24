"""The `diemtin` command line.

Messages for people are Vietnamese; code and logs for developers are English.
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from datetime import datetime, time
from pathlib import Path
from typing import IO

import click

import config
from text.dates import VN_TZ

EXIT_OK, EXIT_FAILED, EXIT_CONFIG, EXIT_INTERRUPTED = 0, 1, 2, 130


class UserError(click.ClickException):
    """A problem the operator must fix (configuration, database, registry): exit code 2."""

    exit_code = EXIT_CONFIG

    def format_message(self) -> str:
        return self.message


def load_settings(**overrides: object) -> config.Settings:
    try:
        return config.load(**overrides)
    except config.ConfigError as exc:
        raise UserError(f"Lỗi cấu hình: {exc}") from None


def storage_guard(exc: Exception) -> UserError:
    return UserError(f"Lỗi cơ sở dữ liệu: {exc}")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="diemtin")
def main() -> None:
    """Điểm tin THADS — theo dõi báo chí về công tác thi hành án dân sự."""


# --- db ------------------------------------------------------------------------------------------
@main.group()
def db() -> None:
    """Cơ sở dữ liệu."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Áp dụng các bản di trú (migration) lên cơ sở dữ liệu."""
    from storage.db import StorageError, current_revision, make_engine, upgrade

    settings = load_settings()
    try:
        engine = make_engine(settings.database)
        upgrade(engine)
        revision = current_revision(engine)
    except StorageError as exc:
        raise storage_guard(exc) from None
    click.echo(
        f"Cơ sở dữ liệu đã ở phiên bản mới nhất ({revision}): {_safe_url(settings.database)}"
    )


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        return "<URL không hợp lệ>"


# --- crawl ---------------------------------------------------------------------------------------
@main.command()
@click.option(
    "--outlet",
    "outlet_names",
    multiple=True,
    metavar="NAME",
    help="Chỉ thu thập nguồn này (có thể lặp lại).",
)
@click.option(
    "--outlets",
    "outlets_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="Tệp danh mục nguồn (TOML) thay cho danh mục đi kèm.",
)
@click.option(
    "--max-articles",
    type=click.IntRange(min=0),
    default=None,
    help="Dừng sau N bài mới (0 = không giới hạn).",
)
@click.option("--refresh", is_flag=True, help="Tải lại cả những bài đã có.")
@click.option(
    "--offline", is_flag=True, help="Thu thập từ bản sao ngoại tuyến đi kèm (không cần Internet)."
)
@click.option("-v", "--verbose", is_flag=True, help="In nhật ký chi tiết ra màn hình.")
def crawl(
    outlet_names: tuple[str, ...],
    outlets_file: str | None,
    max_articles: int | None,
    refresh: bool,
    offline: bool,
    verbose: bool,
) -> None:
    """Thu thập bài mới từ các nguồn báo chí trong danh mục."""
    from crawlers.registry import RegistryError, load_registry, select
    from storage.db import StorageError

    settings = load_settings()
    try:
        specs = load_registry(outlets_file or settings.outlets_file)
        if outlet_names:
            specs = select(specs, list(outlet_names))
    except RegistryError as exc:
        raise UserError(f"Lỗi danh mục nguồn: {exc}") from None
    with ExitStack() as stack:
        if offline:
            settings = _offline_settings(settings, stack)
        from crawlers.run import run_crawl

        try:
            summary = run_crawl(
                settings, specs, refresh=refresh, max_articles=max_articles, verbose=verbose
            )
        except StorageError as exc:
            raise storage_guard(exc) from None
    _print_summary(summary)
    if summary.status == "interrupted":
        sys.exit(EXIT_INTERRUPTED)
    if summary.status != "finished":
        sys.exit(EXIT_FAILED)


def _offline_settings(settings: config.Settings, stack: ExitStack) -> config.Settings:
    from replica.server import ReplicaServer, today_shift

    server = stack.enter_context(ReplicaServer(port=0, date_shift_days=today_shift()))
    click.echo(f"Bản sao ngoại tuyến đang chạy tại {server.url}", err=True)
    return settings.replace(offline_replica_url=server.url, download_delay=0.0, autothrottle=False)


STATUS_VI = {
    "finished": "hoàn tất",
    "interrupted": "bị dừng giữa chừng",
    "failed": "thất bại",
}


def _print_summary(summary: object) -> None:
    from rich.console import Console
    from rich.table import Table

    from crawlers.run import CrawlSummary

    assert isinstance(summary, CrawlSummary)
    table = Table(
        title=f"Lượt thu thập #{summary.run_id}: {STATUS_VI.get(summary.status, summary.status)}"
        f" sau {summary.seconds:.1f} giây"
    )
    table.add_column("Nguồn")
    for header in ("Phát hiện", "Đã có", "Mới", "Trùng", "Lỗi"):
        table.add_column(header, justify="right")
    columns = ("discovered", "known", "new", "duplicate", "failed")
    for outlet, counts in sorted(summary.counts.items()):
        table.add_row(outlet, *(str(counts[c]) for c in columns))
    totals = summary.totals
    table.add_row("Tổng", *(str(totals[c]) for c in columns), style="bold")
    Console(file=sys.stdout, width=100).print(table)
    if summary.error:
        click.echo(f"Lỗi: {summary.error}", err=True)


# --- export --------------------------------------------------------------------------------------
def _parse_since(value: str | None) -> datetime | None:
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            day = datetime.strptime(value, fmt).date()
            return datetime.combine(day, time.min, tzinfo=VN_TZ)
        except ValueError:
            continue
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"ngày không hợp lệ: {value!r} (dùng YYYY-MM-DD)") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=VN_TZ)


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv"]),
    default="jsonl",
    show_default=True,
    help="Định dạng xuất.",
)
@click.option(
    "--since", default=None, metavar="DATE", help="Chỉ các bài đăng từ ngày này (YYYY-MM-DD)."
)
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False),
    default=None,
    help="Ghi ra tệp (mặc định: đầu ra chuẩn).",
)
def export(fmt: str, since: str | None, out: str | None) -> None:
    """Xuất các bài đã thu thập (mỗi bài một bản ghi)."""
    from sqlalchemy.orm import Session

    from storage.db import StorageError, ensure_schema, make_engine
    from storage.export import export_rows, write_csv, write_jsonl

    settings = load_settings()
    since_dt = _parse_since(since)
    try:
        engine = make_engine(settings.database)
        ensure_schema(engine)
        with Session(engine) as session, _open_out(out) as fp:
            rows = export_rows(session, since_dt)
            count = (write_jsonl if fmt == "jsonl" else write_csv)(rows, fp)
    except StorageError as exc:
        raise storage_guard(exc) from None
    if out:
        click.echo(f"Đã xuất {count} bài vào {out}", err=True)


class _open_out:
    def __init__(self, path: str | None):
        self.path = path
        self.fp: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if self.path:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.fp = open(self.path, "w", encoding="utf-8", newline="")  # noqa: SIM115
            return self.fp
        return sys.stdout

    def __exit__(self, *exc: object) -> None:
        if self.fp:
            self.fp.close()


# --- outlets, settings, replica -------------------------------------------------------------------
@main.command("outlets")
@click.option("--outlets", "outlets_file", type=click.Path(dir_okay=False), default=None)
def outlets_cmd(outlets_file: str | None) -> None:
    """Liệt kê các nguồn trong danh mục và mức độ đã kiểm chứng."""
    from crawlers.registry import RegistryError, load_registry

    settings = load_settings()
    try:
        specs = load_registry(outlets_file or settings.outlets_file)
    except RegistryError as exc:
        raise UserError(f"Lỗi danh mục nguồn: {exc}") from None
    for spec in specs:
        click.echo(
            f"{spec.name:14} {spec.home}  feeds={len(spec.feeds)} sections={len(spec.sections)}"
            f" sitemaps={len(spec.sitemaps)}"
        )
        if spec.verified:
            click.echo(f"{'':14} {spec.verified}")


@main.command("settings")
def settings_cmd() -> None:
    """In mọi thiết lập, giá trị hiện tại và biến môi trường tương ứng."""
    settings = load_settings()
    for name, env, _default, help_text in config.describe():
        click.echo(f"{env}={getattr(settings, name)!s}\n    {help_text}")


@main.group()
def replica() -> None:
    """Bản sao ngoại tuyến của các nguồn báo chí (để chạy thử, kiểm thử)."""


@replica.command("serve")
@click.option("--port", type=int, default=8765, show_default=True)
@click.option(
    "--shift-to-today/--no-shift",
    default=True,
    show_default=True,
    help="Dời ngày đăng của các trang dựng lại về những ngày gần đây.",
)
def replica_serve(port: int, shift_to_today: bool) -> None:
    """Chạy máy chủ bản sao ngoại tuyến (Ctrl+C để dừng)."""
    import time as _time

    from replica.server import ReplicaServer, today_shift

    with ReplicaServer(port=port, date_shift_days=today_shift() if shift_to_today else 0) as server:
        click.echo(
            f"Bản sao ngoại tuyến: {server.url} — đặt DIEMTIN_OFFLINE_REPLICA_URL={server.url}"
        )
        try:
            while True:
                _time.sleep(3600)
        except KeyboardInterrupt:
            click.echo("Đã dừng.")
