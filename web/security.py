"""Security plumbing of the web app: the session secret, the session cookie, CSRF tokens, the
response headers (Content-Security-Policy and friends) and safe redirect targets.

Flask's signed cookie sessions hold only ids, timestamps and the CSRF token (the cookie is signed,
not encrypted: nothing secret goes into it). Every state-changing request (POST, PUT, PATCH,
DELETE) must carry the session's CSRF token in the form field ``csrf_token`` or the
``X-CSRF-Token`` header (htmx sends the header, see ``base.html``).
"""

from __future__ import annotations

import hmac
import os
import secrets
import stat
import time
from hashlib import sha256
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask, Request, Response, abort, request, session
from flask.sessions import SecureCookieSessionInterface

from config import ConfigError, Settings

SECRET_FILE = "web_secret_key"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
# A stored digest is an e-mail: inline CSS, no script. It is shown only inside the app's own frame.
EMAIL_CSP = "; ".join(
    (
        "default-src 'none'",
        "style-src 'unsafe-inline'",
        "img-src data:",
        "sandbox",
        "frame-ancestors 'self'",
    )
)


# --- the secret key -------------------------------------------------------------------------------
def secret_key(settings: Settings) -> str:
    """``web_secret_key``, or the key kept in ``<data_dir>/web_secret_key`` (created once with mode
    0600 and shared by every process using that folder). Refuses a key file others may read."""
    if settings.web_secret_key:
        return settings.web_secret_key
    path = Path(settings.data_dir).resolve() / SECRET_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_secret(path)
    with os.fdopen(fd, "w", encoding="ascii") as fp:
        fp.write(secrets.token_urlsafe(48))
    return _read_secret(path)


def _read_secret(path: Path) -> str:
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(
            f"Tệp khóa bí mật {path} đang cho người khác đọc được (quyền {stat.filemode(mode)}); "
            f"chạy `chmod 600 {path}` rồi khởi động lại."
        )
    key = ""
    for _ in range(50):  # another process may be writing it this very moment
        key = path.read_text(encoding="ascii").strip()
        if key:
            break
        time.sleep(0.02)
    if len(key) < 32:
        raise ConfigError(
            f"Tệp khóa bí mật {path} rỗng hoặc quá ngắn; xóa tệp để tạo khóa mới (mọi phiên "
            "đăng nhập sẽ kết thúc) hoặc đặt DIEMTIN_WEB_SECRET_KEY."
        )
    return key


def password_fingerprint(secret: str, password_hash: str | None) -> str:
    """A keyed fingerprint of a user's password hash, kept in the session: changing the password
    ends every other session of that user."""
    return hmac.new(secret.encode(), (password_hash or "").encode(), sha256).hexdigest()[:32]


# --- the session cookie ---------------------------------------------------------------------------
class SessionInterface(SecureCookieSessionInterface):
    """Flask's signed cookie session, Secure when configured or when the request came over HTTPS
    (as reported by a trusted proxy through ProxyFix)."""

    def get_cookie_secure(self, app: Flask) -> bool:
        if app.config["SESSION_COOKIE_SECURE"]:
            return True
        try:
            return request.is_secure
        except RuntimeError:  # outside a request
            return False


# --- CSRF -----------------------------------------------------------------------------------------
def csrf_token() -> str:
    """The session's CSRF token (created on first use)."""
    token = session.get("csrf")
    if not token:
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


def check_csrf(req: Request) -> None:
    """Abort with 400 when an unsafe request lacks the session's CSRF token."""
    if req.method not in UNSAFE_METHODS:
        return
    expected = session.get("csrf")
    sent = req.headers.get(CSRF_HEADER) or req.form.get(CSRF_FIELD)
    if not expected or not sent or not hmac.compare_digest(str(sent), str(expected)):
        abort(400, description="csrf")


# --- response headers -----------------------------------------------------------------------------
def secure_headers(response: Response, *, behind_tls: bool) -> Response:
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CSP)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "same-origin")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
    headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    if behind_tls:
        headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    if request.endpoint != "static":
        headers.setdefault("Cache-Control", "no-store")
    return response


# --- redirects ------------------------------------------------------------------------------------
def safe_next(target: str | None, default: str = "/") -> str:
    """``target`` when it is a path on this site ("/cases/3?x=1"), else ``default``: no scheme, no
    host, no protocol-relative "//host" or "/\\host", no control characters."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return default
    if any(ord(ch) < 32 or ch == "\\" for ch in target):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target
