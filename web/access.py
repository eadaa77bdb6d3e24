"""Who may see and do what: every view declares the lowest role it needs (or that it is public),
and one ``before_request`` hook enforces it for every route.

A view without a declaration is refused to everyone (fail closed). Roles are ranked (viewer <
member < leader < admin, ``workflow.states.ROLES``); a higher role may do what a lower one may.
Finer rules inside an action (which case transitions a role may make) stay with the workflow,
which checks them again.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from flask import current_app, flash, g, redirect, request, session, url_for
from werkzeug.exceptions import Forbidden

from storage.models import User
from web.security import check_csrf, password_fingerprint
from workflow.states import ROLES, role_may

F = TypeVar("F", bound=Callable[..., Any])
PUBLIC = "public"
ROLE_ATTRIBUTE = "_diemtin_min_role"
SEEN_EVERY = 60  # seconds between updates of the session's last-seen time


def role(min_role: str) -> Callable[[F], F]:
    """Declare the lowest role that may use a view."""
    if min_role not in ROLES:
        raise ValueError(f"unknown role {min_role!r}")

    def mark(view: F) -> F:
        setattr(view, ROLE_ATTRIBUTE, min_role)
        return view

    return mark


def public(view: F) -> F:
    """Declare a view open to anonymous users (only the login page)."""
    setattr(view, ROLE_ATTRIBUTE, PUBLIC)
    return view


def required_role(endpoint: str | None) -> str | None:
    """The declared role of an endpoint: a role name, :data:`PUBLIC`, or None (undeclared)."""
    if endpoint == "static":
        return PUBLIC
    view = current_app.view_functions.get(endpoint or "")
    return getattr(view, ROLE_ATTRIBUTE, None)


def _now() -> float:
    return datetime.now(UTC).timestamp()


def load_user() -> User | None:
    """The logged-in user of this request, or None; ends a session that is idle too long, too
    old, of a disabled or deleted user, or from before a password change."""
    uid = session.get("uid")
    if uid is None:
        return None
    settings = current_app.extensions["diemtin"].settings
    user = g.db.get(User, uid)
    now = _now()
    started, seen = session.get("t0", 0), session.get("seen", 0)
    expired = now - seen > settings.web_session_idle_minutes * 60 or now - started > (
        settings.web_session_max_hours * 3600
    )
    valid = (
        user is not None
        and user.active
        and session.get("auth") == password_fingerprint(current_app.secret_key, user.password_hash)
    )
    if expired or not valid:
        session.clear()
        if expired and valid:
            flash("Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.", "info")
        return None
    if now - seen >= SEEN_EVERY:
        session["seen"] = now
    return user


def start_session(user: User) -> None:
    """A new session for ``user`` after login: the old one (and its CSRF token) is discarded."""
    session.clear()
    now = _now()
    session.update(
        uid=user.id,
        auth=password_fingerprint(current_app.secret_key, user.password_hash),
        t0=now,
        seen=now,
        sid=secrets.token_hex(8),
    )


def enforce() -> Any:
    """The ``before_request`` hook: CSRF on unsafe methods, then login, then role."""
    g.user = None
    check_csrf(request)
    g.user = load_user()
    needed = required_role(request.endpoint)
    if needed == PUBLIC or (request.endpoint is None and g.user is not None):
        return None  # public, or a 404/405 that Flask raises next
    if g.user is None:
        target = request.full_path if request.query_string else request.path
        response = redirect(url_for("auth.login", next=target), code=303)
        if request.headers.get("HX-Request"):
            response.headers["HX-Redirect"] = response.location
        return response
    if needed is None or not role_may(g.user.role, needed):
        raise Forbidden()
    return None


def may(min_role: str) -> bool:
    """Whether the current user has at least ``min_role`` (for templates)."""
    user = g.get("user")
    return user is not None and role_may(user.role, min_role)
