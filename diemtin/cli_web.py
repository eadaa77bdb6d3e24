"""`diemtin serve`: the web app under waitress (a production WSGI server, pure Python)."""

from __future__ import annotations

import logging

import click


@click.command("serve")
@click.option("--host", default=None, help="Địa chỉ lắng nghe (mặc định DIEMTIN_WEB_HOST).")
@click.option(
    "--port", type=click.IntRange(1, 65535), default=None, help="Cổng (mặc định DIEMTIN_WEB_PORT)."
)
def serve(host: str | None, port: int | None) -> None:
    """Chạy ứng dụng web cho Tổ công tác và Văn phòng (Ctrl+C để dừng)."""
    from waitress import serve as waitress_serve

    from config import ConfigError
    from diemtin.cli import UserError, load_settings, storage_guard
    from storage.db import StorageError
    from web import create_app

    settings = load_settings()
    host = host or settings.web_host
    port = port or settings.web_port
    try:
        app = create_app(settings)
    except StorageError as exc:
        raise storage_guard(exc) from None
    except ConfigError as exc:
        raise UserError(f"Lỗi cấu hình: {exc}") from None
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(name)s %(message)s")
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"Điểm tin THADS đang chạy tại http://{shown}:{port}/ (Ctrl+C để dừng)", err=True)
    if host not in ("127.0.0.1", "localhost", "::1") and not settings.web_behind_tls:
        click.echo(
            "Lưu ý: ứng dụng đang mở ra mạng mà không qua HTTPS; hãy đặt sau một máy chủ proxy "
            "có TLS và đặt DIEMTIN_WEB_BEHIND_TLS=true.",
            err=True,
        )
    try:
        waitress_serve(
            app,
            host=host,
            port=port,
            threads=settings.web_threads,
            ident="diemtin",
            trusted_proxy=None,
        )
    except OSError as exc:
        raise UserError(f"Không mở được cổng {host}:{port}: {exc.strerror or exc}") from None
