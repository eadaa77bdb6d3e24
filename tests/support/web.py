"""Helpers of the web app tests: an app over a test database, people of every role, logging in
(through the real login form, or by a signed session for the many-request tests), CSRF tokens."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Engine
from sqlalchemy.orm import Session

import config
import workflow.users
from storage.models import User
from tests.support.workflow import PEOPLE
from web import create_app
from web.security import password_fingerprint
from workflow.users import add_user

PASSWORD = "mật khẩu đủ dài 1"
ROLE_USERS = {role: name for name, role in PEOPLE.items()}  # viewer → "xem", …
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
CSRF_INPUT = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture(autouse=False)
def cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2 with its smallest cost (the hashes stay real argon2id hashes): the default cost
    takes about a second per hash on a busy two-core test machine."""
    monkeypatch.setattr(workflow.users, "_HASHER", CHEAP_HASHER)


def web_settings(tmp_path: Path, engine: Engine, **overrides: Any) -> config.Settings:
    return config.load(
        environ={},
        data_dir=str(tmp_path / "var"),
        database_url=engine.url.render_as_string(hide_password=False),
        **overrides,
    )


def make_app(tmp_path: Path, engine: Engine, **overrides: Any) -> Flask:
    app = create_app(web_settings(tmp_path, engine, **overrides), engine=engine)
    app.config["TESTING"] = True
    return app


def add_people_with_passwords(engine: Engine) -> None:
    """One active user per role (usernames of ``tests.support.workflow.PEOPLE``), password
    :data:`PASSWORD`."""
    with Session(engine) as session:
        for name, role in PEOPLE.items():
            add_user(session, name, role=role, full_name=f"Người dùng {name}", password=PASSWORD)


def sign_in(client: FlaskClient, app: Flask, username: str) -> None:
    """Put a valid session for ``username`` into the client's cookie (what a login does),
    without the cost of a password check."""
    with Session(app.extensions["diemtin"].engine) as session:
        user = session.query(User).filter_by(username=username).one()
        uid, fingerprint = user.id, password_fingerprint(app.secret_key, user.password_hash)
    now = time.time()
    with client.session_transaction() as sess:
        sess.clear()
        sess.update(uid=uid, auth=fingerprint, t0=now, seen=now, csrf="test-csrf-token")


def csrf(client: FlaskClient) -> str:
    """The client session's CSRF token (creating a session with one when needed)."""
    with client.session_transaction() as sess:
        if not sess.get("csrf"):
            sess["csrf"] = "test-csrf-token"
        return sess["csrf"]


def post(client: FlaskClient, url: str, data: dict[str, Any] | None = None, **kw: Any) -> Any:
    """A form POST carrying the session's CSRF token."""
    return client.post(url, data={**(data or {}), "csrf_token": csrf(client)}, **kw)


def login(client: FlaskClient, username: str, password: str = PASSWORD, next_url: str = "") -> Any:
    """Log in through the real form: GET /login for the token, then POST it."""
    page = client.get("/login" + (f"?next={next_url}" if next_url else ""))
    token = CSRF_INPUT.search(page.get_data(as_text=True))
    assert token, "the login page has no CSRF field"
    return client.post(
        "/login",
        data={
            "username": username,
            "password": password,
            "csrf_token": token.group(1),
            "next": next_url,
        },
    )
