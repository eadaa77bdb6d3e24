"""User administration (admins): add users, change roles, reset passwords, disable and enable.

The workflow's user functions do the checks (username form, role, e-mail, password length); this
module adds the web's own rule: the last active admin cannot be disabled or demoted, so nobody
locks the office out of its own administration.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from sqlalchemy import func, select

from storage.models import User
from web.access import role
from workflow.states import ROLE_NAMES_VI, ROLES
from workflow.users import (
    UserError,
    add_user,
    disable_user,
    find_user,
    list_users,
    set_password,
    set_role,
)

bp = Blueprint("admin", __name__)

MAX_FIELD = 320


def _page(
    *, form: dict[str, str] | None = None, errors: list[str] | None = None, status: int = 200
) -> Any:
    return (
        render_template(
            "admin_users.html",
            users=list_users(g.db),
            roles=[(r, ROLE_NAMES_VI[r]) for r in ROLES],
            form=form or {"role": "member"},
            errors=errors or [],
        ),
        status,
    )


def _user(username: str) -> User:
    user = find_user(g.db, username)
    if user is None:
        abort(404)
    return user


def _other_active_admins(user: User) -> int:
    return g.db.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == "admin", User.active.is_(True), User.id != user.id)
    )


def _field(name: str) -> str:
    return (request.form.get(name) or "").strip()[:MAX_FIELD]


@bp.route("/admin/users")
@role("admin")
def users() -> Any:
    return _page()


@bp.route("/admin/users", methods=["POST"])
@role("admin")
def add() -> Any:
    form = {k: _field(k) for k in ("username", "full_name", "email", "role")}
    password, again = request.form.get("password") or "", request.form.get("password2") or ""
    if password != again:
        return _page(form=form, errors=["Hai lần nhập mật khẩu không khớp."], status=400)
    try:
        user = add_user(
            g.db,
            form["username"],
            role=form["role"],
            full_name=form["full_name"],
            email=form["email"] or None,
            password=password,
        )
    except UserError as exc:
        g.db.rollback()
        return _page(form=form, errors=[str(exc)], status=400)
    flash(f"Đã thêm người dùng “{user.username}” ({ROLE_NAMES_VI[user.role]}).", "success")
    return redirect(url_for("admin.users"), code=303)


def _change(username: str, change: Any, success: str) -> Any:
    user = _user(username)
    try:
        change(user)
    except UserError as exc:
        g.db.rollback()
        return _page(errors=[str(exc)], status=400)
    flash(success.format(user=user.username), "success")
    return redirect(url_for("admin.users"), code=303)


def _keep_an_admin(user: User, what: str) -> None:
    if user.role == "admin" and user.active and _other_active_admins(user) == 0:
        raise UserError(
            f"Không thể {what} “{user.username}”: đây là quản trị viên cuối cùng đang hoạt động. "
            "Hãy thêm hoặc cấp quyền quản trị cho người khác trước."
        )


@bp.route("/admin/users/<username>/role", methods=["POST"])
@role("admin")
def change_role(username: str) -> Any:
    new_role = _field("role")

    def run(user: User) -> None:
        if new_role != "admin":
            _keep_an_admin(user, "hạ quyền")
        set_role(g.db, user.username, new_role)

    return _change(
        username,
        run,
        f"Đã đổi vai trò của “{{user}}” thành {ROLE_NAMES_VI.get(new_role, new_role)}.",
    )


@bp.route("/admin/users/<username>/password", methods=["POST"])
@role("admin")
def reset_password(username: str) -> Any:
    password, again = request.form.get("password") or "", request.form.get("password2") or ""

    def run(user: User) -> None:
        if password != again:
            raise UserError("Hai lần nhập mật khẩu không khớp.")
        set_password(g.db, user.username, password)

    return _change(
        username, run, "Đã đặt mật khẩu mới cho “{user}”; các phiên đăng nhập cũ đã kết thúc."
    )


@bp.route("/admin/users/<username>/disable", methods=["POST"])
@role("admin")
def disable(username: str) -> Any:
    def run(user: User) -> None:
        _keep_an_admin(user, "vô hiệu hóa")
        disable_user(g.db, user.username)

    return _change(username, run, "Đã vô hiệu hóa “{user}”.")


@bp.route("/admin/users/<username>/enable", methods=["POST"])
@role("admin")
def enable(username: str) -> Any:
    def run(user: User) -> None:
        user.active = True
        g.db.commit()

    return _change(username, run, "Đã kích hoạt lại “{user}”.")
