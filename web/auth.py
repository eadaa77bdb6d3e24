"""Login and logout."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from secrets import token_hex
from typing import Any

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, session

from storage.models import User
from web import ratelimit
from web.access import public, role, start_session
from web.security import safe_next
from workflow.users import find_user, hash_password, verify_password

bp = Blueprint("auth", __name__)

MAX_FIELD = 200
WRONG = "Tên đăng nhập hoặc mật khẩu không đúng."


@lru_cache(maxsize=1)
def _nobody() -> User:
    """A transient user whose password nobody knows, hashed like every stored one."""
    return User(username="", role="viewer", active=True, password_hash=hash_password(token_hex(16)))


def _spend_like_a_check(password: str) -> None:
    """Verify against a throwaway hash, so that an unknown username takes as long as a known one."""
    verify_password(_nobody(), password)


@bp.route("/login", methods=["GET", "POST"])
@public
def login() -> Any:
    target = safe_next(request.values.get("next"))
    if g.user is not None and request.method == "GET":
        return redirect(target, code=303)
    if request.method == "GET":
        return render_template("login.html", next=target, username="", error=None)
    username = (request.form.get("username") or "").strip()[:MAX_FIELD]
    password = (request.form.get("password") or "")[:1024]
    settings = current_app.extensions["diemtin"].settings
    now = datetime.now(UTC)
    client = request.remote_addr or "unknown"
    refusal = ratelimit.check(g.db, settings, username, client, now)
    if refusal is not None:
        ratelimit.record(g.db, username, client, success=False, now=now)
        who = "tài khoản này" if refusal.by_username else "máy của bạn"
        error = (
            f"Đăng nhập sai quá nhiều lần từ {who}. Vui lòng thử lại sau {refusal.minutes} phút."
        )
        page = render_template("login.html", next=target, username=username, error=error)
        return page, 429, {"Retry-After": str(int(refusal.retry_after.total_seconds()) + 1)}
    user = find_user(g.db, username) if username else None
    if user is None:
        _spend_like_a_check(password)
        ok = False
    else:
        ok = verify_password(user, password)
    ratelimit.record(g.db, username, client, success=ok, now=now)
    if not ok or user is None:
        # the same answer for an unknown, disabled or mistyped account
        page = render_template("login.html", next=target, username=username, error=WRONG)
        return page, 401
    start_session(user)
    return redirect(target, code=303)


@bp.route("/logout", methods=["GET", "POST"])
@role("viewer")
def logout() -> Any:
    if request.method == "GET":
        return render_template("logout.html")
    session.clear()
    flash("Đã đăng xuất.", "info")
    return redirect("/login", code=303)
