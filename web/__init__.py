"""The web app of Điểm tin THADS, for the working group (Tổ công tác) and the office: the inbox of
classified articles, article pages with relabelling, the case board and case pages, the digest
archive, the reports, and user administration.

``create_app(settings)`` builds a Flask app over the configured database. Server-rendered Jinja2
templates (autoescaped: scraped text is hostile) with htmx served from ``static/``; no CDN, no
build step. Security: ``web.security`` (secret, cookie, CSRF, headers), ``web.access`` (roles on
every route), ``web.ratelimit`` (login attempts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from flask import Flask, g, render_template, request
from jinja2 import StrictUndefined
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix

from config import Settings
from storage.db import StorageError, ensure_schema, make_engine
from web import access, filters, security

# A form may carry several attachments, each up to case_attachment_max_mb (checked file by file in
# workflow.cases.Attachment.checked); a request as a whole may carry this many full-size ones.
MAX_FILES_PER_REQUEST = 10

ERROR_MESSAGES = {
    400: "Yêu cầu không hợp lệ.",
    403: "Bạn không có quyền xem trang này hoặc thực hiện thao tác này.",
    404: "Không tìm thấy trang hoặc mục được yêu cầu.",
    405: "Thao tác này không được hỗ trợ tại địa chỉ này.",
    413: "Tệp gửi lên quá lớn.",
    429: "Quá nhiều yêu cầu, vui lòng thử lại sau.",
    500: "Đã có lỗi bất ngờ. Thao tác chưa được thực hiện; vui lòng thử lại hoặc báo quản trị.",
    503: "Cơ sở dữ liệu tạm thời không dùng được. Vui lòng thử lại sau ít phút.",
}
CSRF_MESSAGE = (
    "Biểu mẫu đã hết hạn hoặc không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang "
    "rồi thử lại."
)


@dataclass
class WebState:
    """What the views share: the settings and the database engine."""

    settings: Settings
    engine: Engine


def create_app(settings: Settings, *, engine: Engine | None = None) -> Flask:
    """The web app over ``settings.database`` (migrated first if needed), or over ``engine``."""
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=security.secret_key(settings),
        SESSION_COOKIE_NAME="diemtin_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.web_behind_tls,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=settings.web_session_max_hours),
        MAX_CONTENT_LENGTH=settings.case_attachment_max_bytes * MAX_FILES_PER_REQUEST + 1_000_000,
        TEMPLATES_AUTO_RELOAD=False,
    )
    app.session_interface = security.SessionInterface()
    if settings.web_proxy_count:
        n = settings.web_proxy_count
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n, x_port=n)  # type: ignore[method-assign]
    if engine is None:
        engine = make_engine(settings.database)
    ensure_schema(engine)
    app.extensions["diemtin"] = WebState(settings, engine)

    app.jinja_env.undefined = StrictUndefined
    app.jinja_env.globals.update(
        csrf_token=security.csrf_token, csrf_field=security.CSRF_FIELD, may=access.may
    )
    filters.register(app)

    from web import admin, articles, auth, cases, digests, inbox, reports

    for module in (auth, inbox, articles, cases, digests, reports, admin):
        app.register_blueprint(module.bp)

    @app.before_request
    def open_session() -> Any:
        g.db = Session(engine, expire_on_commit=False)
        return access.enforce()

    @app.teardown_request
    def close_session(_exc: BaseException | None) -> None:
        db = g.pop("db", None)
        if db is not None:
            db.close()

    @app.after_request
    def headers(response: Any) -> Any:
        return security.secure_headers(response, behind_tls=settings.web_behind_tls)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Any:
        code = error.code or 500
        message = ERROR_MESSAGES.get(code, error.description or "")
        if code == 413:
            message += (
                f" Mỗi tệp tối đa {settings.case_attachment_max_mb} MB, mỗi lần gửi tối đa "
                f"{MAX_FILES_PER_REQUEST} tệp cỡ đó."
            )
        elif code == 400 and error.description == "csrf":
            message = CSRF_MESSAGE
        elif code == 400 and error.description and not error.description.startswith("The "):
            message = error.description  # our own Vietnamese message
        return render_template("error.html", code=code, message=message), code

    @app.errorhandler(StorageError)
    def storage_error(error: StorageError) -> Any:
        app.logger.error("database error on %s %s: %s", request.method, request.path, error)
        return render_template("error.html", code=503, message=ERROR_MESSAGES[503]), 503

    return app
