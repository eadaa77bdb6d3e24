"""Accounts of the working group: username, name, e-mail, role, active flag, argon2 password hash.

Plain functions over a SQLAlchemy session; each change commits. Errors are :class:`UserError`
with a Vietnamese message. A disabled user keeps every record they made but may not act.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from config import MAIL_ADDRESS
from storage.models import User, utcnow
from text.normalize import nfc
from workflow.states import ROLE_NAMES_VI, ROLES, SYSTEM_ACTOR, can_change, role_name

USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,49}")
MIN_PASSWORD = 8
_HASHER = PasswordHasher()


class WorkflowError(ValueError):
    """An operation on users or cases cannot be done as asked. The message (Vietnamese) says what
    is wrong; nothing has been changed."""


class UserError(WorkflowError):
    """An unknown, disabled or invalid user."""


P = ParamSpec("P")
R = TypeVar("R")


def atomic(fn: Callable[Concatenate[Session, P], R]) -> Callable[Concatenate[Session, P], R]:
    """A change that commits itself: on any exception the session is rolled back, so a refused
    change leaves nothing behind and releases the database (SQLite's write lock included)."""

    @functools.wraps(fn)
    def wrapper(session: Session, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(session, *args, **kwargs)
        except BaseException:
            session.rollback()
            raise

    return wrapper


def _roles_listing() -> str:
    return ", ".join(f"{r} ({ROLE_NAMES_VI[r]})" for r in ROLES)


def check_role(role: str) -> str:
    if role not in ROLES:
        raise UserError(f"Vai trò không hợp lệ: {role!r}. Các vai trò: {_roles_listing()}.")
    return role


def check_username(username: str) -> str:
    name = (username or "").strip()
    if name == SYSTEM_ACTOR:
        raise UserError(f"Tên đăng nhập “{SYSTEM_ACTOR}” dành cho hệ thống, hãy chọn tên khác.")
    if not USERNAME.fullmatch(name):
        raise UserError(
            f"Tên đăng nhập không hợp lệ: {username!r}. Dùng 2–50 ký tự: chữ thường không dấu, "
            "chữ số, dấu chấm, gạch dưới, gạch ngang; bắt đầu bằng chữ hoặc số."
        )
    return name


def check_password(password: str) -> str:
    if len(password or "") < MIN_PASSWORD:
        raise UserError(f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự.")
    return password


def hash_password(password: str) -> str:
    return _HASHER.hash(check_password(password))


def verify_password(user: User, password: str) -> bool:
    """Whether ``password`` is the user's password (False for a user without one or disabled)."""
    if not user.active or not user.password_hash:
        return False
    try:
        return _HASHER.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == (username or "").strip()))


def get_user(session: Session, username: str) -> User:
    """The user named ``username`` (active or not); :class:`UserError` if there is none."""
    user = find_user(session, username)
    if user is None:
        raise UserError(
            f"Không có người dùng “{username}”. Xem danh sách bằng `diemtin user list`, "
            "thêm bằng `diemtin user add`."
        )
    return user


def acting_user(session: Session, username: str) -> User:
    """The user who acts: must exist, be active and have a role that may change cases."""
    user = get_user(session, username)
    if not user.active:
        raise UserError(f"Người dùng “{user.username}” đã bị vô hiệu hóa, không thể thao tác.")
    if not can_change(user.role):
        raise UserError(
            f"Người dùng “{user.username}” có vai trò {role_name(user.role)}: chỉ được xem, "
            "không được thay đổi vụ việc."
        )
    return user


@atomic
def add_user(
    session: Session,
    username: str,
    *,
    role: str,
    full_name: str = "",
    email: str | None = None,
    password: str | None = None,
) -> User:
    """Create a user; commits. Refuses a taken or malformed username, unknown role, bad e-mail or
    short password."""
    name = check_username(username)
    check_role(role)
    email = (email or "").strip() or None
    if email is not None and not MAIL_ADDRESS.fullmatch(email):
        raise UserError(f"Địa chỉ thư không hợp lệ: {email!r} (cần dạng ten@ten-mien.vn).")
    if find_user(session, name) is not None:
        raise UserError(f"Tên đăng nhập “{name}” đã có người dùng.")
    user = User(
        username=name,
        full_name=nfc(full_name or "").strip(),
        email=email,
        role=role,
        active=True,
        password_hash=hash_password(password) if password is not None else None,
        created_at=utcnow(),
    )
    session.add(user)
    session.commit()
    return user


def list_users(session: Session, *, include_disabled: bool = True) -> list[User]:
    stmt = select(User).order_by(User.username)
    if not include_disabled:
        stmt = stmt.where(User.active.is_(True))
    return list(session.scalars(stmt))


@atomic
def disable_user(session: Session, username: str) -> User:
    user = get_user(session, username)
    user.active = False
    session.commit()
    return user


@atomic
def set_password(session: Session, username: str, password: str) -> User:
    user = get_user(session, username)
    user.password_hash = hash_password(password)
    session.commit()
    return user


@atomic
def set_role(session: Session, username: str, role: str) -> User:
    user = get_user(session, username)
    user.role = check_role(role)
    session.commit()
    return user
