"""The `diemtin` command line.

Messages for people are Vietnamese (Click's own too: ``diemtin.cli_text``); code and logs for
developers are English.
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from dataclasses import astuple
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any

import click

import config
from classifier.result import LABELS
from diemtin import cli_text
from text.dates import VN_TZ, parse_day

cli_text.install()  # before the decorators below: Click's own messages in Vietnamese

EXIT_OK, EXIT_FAILED, EXIT_CONFIG, EXIT_INTERRUPTED = 0, 1, 2, 130


class UserError(click.ClickException):
    """A problem the operator must fix (configuration, database, registry): exit code 2."""

    exit_code = EXIT_CONFIG

    def format_message(self) -> str:
        return self.message

    def show(self, file: IO[Any] | None = None) -> None:
        message = self.format_message()
        if not message.startswith("Lỗi"):
            message = f"Lỗi: {message}"
        click.echo(message, file=file or sys.stderr)


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
    metavar="TÊN",
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
    from diemtin.cli_workflow import run_automatic_cases

    # Cases for what the crawl classified (never raises; the articles are committed). Not in
    # run_crawl: `daily` opens them once, after its classification step.
    run_automatic_cases(None, settings)
    alerts = crawl_alerts(settings)
    if alerts:
        click.echo(alerts)
    if summary.status == "interrupted":
        sys.exit(EXIT_INTERRUPTED)
    if summary.status != "finished":
        sys.exit(EXIT_FAILED)


def _offline_settings(
    settings: config.Settings, stack: ExitStack, day: date | None = None
) -> config.Settings:
    """Start the bundled replica with its newest pages dated the day before ``day`` (default:
    today in Vietnam, not the machine's zone: the digest's window and the replica agree)."""
    from replica.server import ReplicaServer, today_shift

    shift = today_shift(day or datetime.now(VN_TZ).date())
    server = stack.enter_context(ReplicaServer(port=0, date_shift_days=shift))
    click.echo(f"Bản sao ngoại tuyến đang chạy tại {server.url}", err=True)
    return settings.replace(offline_replica_url=server.url, download_delay=0.0, autothrottle=False)


def crawl_alerts(settings: config.Settings) -> str | None:
    """Urgent alerts for what the crawl just classified (``digest.alerts.run_alerts``: once per
    story, queued ones retried), right after the crawl, so that an alert never waits for the next
    digest; never raises. The Vietnamese lines of what it did, or None when there was nothing."""
    from digest.alerts import run_alerts

    return "\n".join(run_alerts(settings).lines()) or None


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
    if summary.model_version:
        click.echo(
            f"Phân loại bằng mô hình {summary.model_version}: {totals['classified']} bài"
            + (
                f", {totals['unclassified']} bài lỗi (còn chờ `diemtin classify --db`)"
                if totals["unclassified"]
                else ""
            )
        )
    if summary.classify_note:
        click.echo(summary.classify_note, err=True)
    if summary.error:
        click.echo(f"Lỗi: {summary.error}", err=True)


# --- export --------------------------------------------------------------------------------------
def _parse_since(value: str | None) -> datetime | None:
    if not value:
        return None
    day = parse_day(value)
    if day is not None:
        return datetime.combine(day, time.min, tzinfo=VN_TZ)
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
    "--since", default=None, metavar="NGÀY", help="Chỉ các bài đăng từ ngày này (YYYY-MM-DD)."
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
        value = getattr(settings, name)
        secret = name.endswith(("_password", "_secret_key")) and value
        shown = "********" if secret else value  # never print a secret
        click.echo(f"{env}={shown!s}\n    {help_text}")


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


# --- classify, classifier, relabel ---------------------------------------------------------------
def _database(settings: config.Settings) -> object:
    """A migrated engine for the configured database (UserError when it cannot be used)."""
    from storage.db import StorageError, ensure_schema, make_engine

    try:
        engine = make_engine(settings.database)
        ensure_schema(engine)
    except StorageError as exc:
        raise storage_guard(exc) from None
    return engine


def _feedback(engine: object) -> list:
    from sqlalchemy.orm import Session

    from classifier.jobs import feedback_examples
    from storage.db import StorageError

    try:
        with Session(engine) as session:  # type: ignore[arg-type]
            return feedback_examples(session)
    except StorageError as exc:
        raise storage_guard(exc) from None


def _model(settings: config.Settings, engine: object | None = None) -> object:
    """The classifier artifact, trained first (with every stored relabel) when it is missing."""
    from classifier.api import ArtifactError, load, load_or_train

    path = settings.model_path
    try:
        if path.exists():
            return load(path)
        click.echo(f"Chưa có mô hình phân loại: đang huấn luyện… ({path})", err=True)
        model = load_or_train(
            path, _feedback(engine or _database(settings)), corpus=settings.corpus_path
        )
        click.echo(f"Đã huấn luyện mô hình {model.version}.", err=True)
        return model
    except ArtifactError as exc:
        raise UserError(f"Không dùng được mô hình phân loại {path}: {exc}") from None


@main.command()
@click.option(
    "--input",
    "input_path",
    type=click.Path(dir_okay=False, allow_dash=True),
    default=None,
    help="Tệp JSONL cần phân loại (mỗi dòng có id, title, text); '-' là đầu vào chuẩn.",
)
@click.option(
    "--output",
    "output_path",
    type=click.Path(dir_okay=False, allow_dash=True),
    default=None,
    help="Tệp JSONL kết quả; '-' là đầu ra chuẩn.",
)
@click.option("--db", "use_db", is_flag=True, help="Phân loại các bài đã lưu trong cơ sở dữ liệu.")
@click.option("--since", default=None, metavar="NGÀY", help="Với --db: chỉ các bài từ ngày này.")
@click.option(
    "--all", "everything", is_flag=True, help="Với --db: phân loại lại mọi bài (kể cả bài đã có)."
)
def classify(
    input_path: str | None,
    output_path: str | None,
    use_db: bool,
    since: str | None,
    everything: bool,
) -> None:
    """Phân loại bài báo: liên quan THADS, đánh giá, tỉnh/thành và lý do."""
    if use_db == bool(input_path or output_path):
        raise click.UsageError("dùng hoặc --input và --output, hoặc --db")
    if use_db:
        _classify_db(_parse_since(since), everything)
        return
    if not (input_path and output_path):
        raise click.UsageError("cần cả --input và --output")
    if since or everything:
        raise click.UsageError("--since và --all chỉ dùng với --db")
    _classify_file(input_path, output_path)


def _classify_file(input_path: str, output_path: str) -> None:
    import os

    from classifier.jobs import LineError, classify_jsonl

    settings = load_settings()
    if input_path != "-" and not Path(input_path).is_file():
        raise UserError(f"Không tìm thấy tệp đầu vào: {input_path}")
    model = _model(settings)

    def report(error: LineError) -> None:
        click.echo(f"Bỏ qua {error}", err=True)

    with ExitStack() as stack:
        src = (
            sys.stdin.buffer if input_path == "-" else stack.enter_context(open(input_path, "rb"))  # noqa: SIM115
        )
        if output_path == "-":
            written, skipped = classify_jsonl(model, src, sys.stdout, report)  # type: ignore[arg-type]
        else:
            out = Path(output_path)
            out.parent.mkdir(parents=True, exist_ok=True)
            tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
            try:
                with open(tmp, "w", encoding="utf-8", newline="\n") as dst:
                    written, skipped = classify_jsonl(model, src, dst, report)  # type: ignore[arg-type]
                os.replace(tmp, out)
            finally:
                tmp.unlink(missing_ok=True)
    click.echo(
        f"Đã phân loại {written} dòng; bỏ qua {skipped} dòng lỗi."
        + (f" Kết quả: {output_path}" if output_path != "-" else ""),
        err=True,
    )
    if skipped:
        sys.exit(EXIT_FAILED)


def _classify_db(since: datetime | None, everything: bool) -> object:
    """Classify stored articles, then open cases automatically; returns the automatic pass's
    report (``workflow.automatic.AutomaticReport``)."""
    from rich.console import Console
    from rich.table import Table
    from sqlalchemy.orm import Session, sessionmaker

    from classifier.jobs import classify_in_batches
    from classifier.result import LABEL_NAMES_VI
    from storage.classifications import article_ids, unclassified_articles
    from storage.db import StorageError

    settings = load_settings()
    engine = _database(settings)
    model = _model(settings, engine)
    try:
        with Session(engine) as session:  # type: ignore[arg-type]
            ids = (
                article_ids(session, since)
                if everything
                else unclassified_articles(session, model.version, since)  # type: ignore[attr-defined]
            )
        counts = classify_in_batches(
            sessionmaker(engine, expire_on_commit=False),  # type: ignore[call-overload]
            model,  # type: ignore[arg-type]
            ids,
        )
    except StorageError as exc:
        raise storage_guard(exc) from None
    table = Table(title=f"Phân loại bằng mô hình {model.version}")  # type: ignore[attr-defined]
    table.add_column("")
    table.add_column("Số bài", justify="right")
    table.add_row("Đã phân loại", str(counts.classified), style="bold")
    table.add_row("Liên quan THADS", str(counts.relevant))
    for label, n in counts.by_label():
        table.add_row(f"  {LABEL_NAMES_VI[label]}", str(n))
    table.add_row("Cần xử lý", str(counts.action_needed), style="bold")
    Console(file=sys.stdout, width=100).print(table)
    from diemtin.cli_workflow import run_automatic_cases

    return run_automatic_cases(engine, settings)


@main.group()
def classifier() -> None:
    """Mô hình phân loại: huấn luyện, đánh giá, thông tin."""


@classifier.command("train")
def classifier_train() -> None:
    """Huấn luyện mô hình từ kho dữ liệu gán nhãn và mọi lần gán nhãn lại đã lưu."""
    from classifier.api import ArtifactError, train

    settings = load_settings()
    feedback = _feedback(_database(settings))
    click.echo(f"Đang huấn luyện ({len(feedback)} bài được gán nhãn lại)…", err=True)
    try:
        model = train(settings.model_path, feedback, corpus=settings.corpus_path)
    except ArtifactError as exc:
        raise UserError(f"Không ghi được mô hình {settings.model_path}: {exc}") from None
    meta = model.metadata
    click.echo(f"Phiên bản: {model.version}")
    click.echo(f"Số ví dụ huấn luyện: {meta.get('n_examples', '?')}")
    click.echo(f"Trong đó gán nhãn lại: {meta.get('n_feedback', len(feedback))}")
    metrics = meta.get("metrics") or {}
    chosen = metrics.get("chosen") or meta.get("model")
    click.echo(f"Mô hình được chọn: {chosen}")
    for name, value in sorted((metrics.get("candidates") or {}).get(chosen, {}).items()):
        if isinstance(value, int | float) and not isinstance(value, bool):
            click.echo(f"  {name}: {value:.3f}")
    click.echo(f"Tệp mô hình: {settings.model_path}")


@classifier.command("evaluate")
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    default=None,
    help="Ghi báo cáo đánh giá ra tệp JSON.",
)
def classifier_evaluate(out: str | None) -> None:
    """Đánh giá mô hình (kiểm định chéo, lặp lại với 5 cách chia, tách theo nguồn, bộ tiêu đề
    2017–2025 giữ riêng) và so với mức sàn đã cam kết."""
    import json

    from classifier.api import evaluate

    load_settings()
    baseline_path = Path(__file__).resolve().parent.parent / "classifier" / "baseline.json"
    click.echo(
        "Đang đánh giá: kiểm định chéo 5 lần cho từng mô hình ứng viên, lặp lại với 5 cách chia "
        "cho mô hình đang dùng, tách theo nguồn, bộ tiêu đề 2017–2025 giữ riêng (khoảng ba phút)…",
        err=True,
    )
    report = evaluate(Path(out) if out else None)
    click.echo(report.render())
    if out:
        click.echo(f"Đã ghi báo cáo: {out}", err=True)
    try:
        baseline = json.loads(baseline_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"Không đọc được mức sàn {baseline_path}: {exc}") from None
    regressions = report.regressions(baseline, "full")
    if regressions:
        click.echo("Kết quả thấp hơn mức sàn đã cam kết:", err=True)
        for line in regressions:
            click.echo(f"  {line}", err=True)
        sys.exit(EXIT_FAILED)
    click.echo("Không có chỉ số nào thấp hơn mức sàn.", err=True)


@classifier.command("info")
def classifier_info() -> None:
    """Thông tin về mô hình đang dùng."""
    from classifier.api import ArtifactError, load

    settings = load_settings()
    path = settings.model_path
    if not path.exists():
        raise UserError(f"Chưa có mô hình phân loại tại {path}; chạy `diemtin classifier train`.")
    try:
        model = load(path)
    except ArtifactError as exc:
        raise UserError(f"Không dùng được mô hình phân loại {path}: {exc}") from None
    meta = model.metadata
    click.echo(f"Phiên bản: {model.version}")
    click.echo(f"scikit-learn: {meta.get('sklearn_version', '?')}")
    click.echo(f"Huấn luyện lúc: {meta.get('trained_at', '?')}")
    click.echo(f"Mã băm dữ liệu: {meta.get('data_hash', '?')}")
    full, short = (f"{t:.2f}".replace(".", ",") for t in astuple(model.thresholds))
    click.echo(f"Ngưỡng liên quan: bài đầy đủ {full}, tin ngắn (tiêu đề và sapo) {short}")
    click.echo(f"Tệp: {path}")


@main.command()
@click.argument("article_id", type=click.IntRange(min=1), metavar="MÃ_BÀI")
@click.option("--label", type=click.Choice(LABELS), default=None, help="Đánh giá mới.")
@click.option("--not-relevant", is_flag=True, help="Bài không liên quan đến THADS.")
@click.option("--by", "by", required=True, metavar="TÊN", help="Người gán nhãn lại.")
@click.option("--province", default=None, help="Tỉnh/thành phố (tên chính thức).")
@click.option("--note", default=None, help="Ghi chú.")
def relabel(
    article_id: int,
    label: str | None,
    not_relevant: bool,
    by: str,
    province: str | None,
    note: str | None,
) -> None:
    """Gán nhãn lại một bài (được dùng khi huấn luyện lần sau)."""
    from sqlalchemy.orm import Session

    from classifier.result import LABEL_NAMES_VI
    from storage.classifications import RelabelError, record_relabel, relabel_history
    from storage.db import StorageError

    if (label is None) == (not not_relevant):
        raise click.UsageError("cần đúng một trong hai: --label NHÃN hoặc --not-relevant")
    if province is not None and _official_province(province) is None:
        raise click.BadParameter(
            f"không phải tên chính thức của một trong 34 tỉnh/thành: {province!r}",
            param_hint="--province",
        )
    engine = _database(load_settings())
    try:
        with Session(engine) as session:  # type: ignore[arg-type]
            relabel_id = record_relabel(
                session,
                article_id,
                by,
                relevant=not not_relevant,
                label=label,
                province=_official_province(province) if province else None,
                note=note,
            )
            stored = relabel_history(session, article_id)[-1]
    except RelabelError as exc:
        raise UserError(f"Không gán nhãn lại được: {exc}") from None
    except StorageError as exc:
        raise storage_guard(exc) from None

    def show(relevant: bool | None, lbl: str | None) -> str:
        if relevant is None:
            return "chưa phân loại"
        if not relevant:
            return "không liên quan"
        return LABEL_NAMES_VI[lbl] if lbl else "liên quan"

    click.echo(
        f"Đã lưu lần gán nhãn lại #{relabel_id} cho bài {article_id}: "
        f"{show(stored.old_relevant, stored.old_label)} → "
        f"{show(stored.new_relevant, stored.new_label)} (bởi {stored.by})"
    )


def _official_province(name: str | None) -> str | None:
    """The official name among classifier/data/provinces.txt matching ``name`` with or without
    its "Tỉnh"/"Thành phố" prefix (case-insensitive, diacritics as typed), or None."""
    from text.normalize import nfc

    if not name:
        return None
    path = Path(__file__).resolve().parent.parent / "classifier" / "data" / "provinces.txt"
    official = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    wanted = nfc(name).strip().casefold()
    for full in filter(None, official):
        short = full.removeprefix("Thành phố ").removeprefix("Tỉnh ")
        if wanted in (full.casefold(), short.casefold()):
            return full
    return None


# --- workflow: `diemtin user …`, `diemtin case …` (diemtin/cli_workflow.py) ---------------------
from diemtin.cli_workflow import case, user  # noqa: E402 - needs main's helpers defined above

main.add_command(user)
main.add_command(case)

# --- documents: `diemtin case letter`, `diemtin report`, `diemtin tracking-sheet` ----------------
from diemtin.cli_documents import case_letter, report, tracking_sheet  # noqa: E402

case.add_command(case_letter)
main.add_command(report)
main.add_command(tracking_sheet)

# --- digest: `diemtin digest build|send`, `diemtin daily` (diemtin/cli_digest.py) -----------------
from diemtin.cli_digest import daily, digest  # noqa: E402 - needs main's helpers defined above

main.add_command(digest)
main.add_command(daily)

# --- web app: `diemtin serve` (diemtin/cli_web.py) ------------------------------------------------
from diemtin.cli_web import serve  # noqa: E402 - needs main's helpers defined above

main.add_command(serve)

cli_text.localize_usage(main)  # every command is registered: "[TÙY CHỌN]" in their usage lines
