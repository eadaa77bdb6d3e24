"""Web app security: headers and CSP, session cookie flags, CSRF, login (renewal, next URL, rate
limits, timing-neutral errors), session expiry, the secret key file."""

from __future__ import annotations

import os
import re
import stat
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

import config
from storage.models import LoginAttempt, Relabel
from tests.support.web import (
    CSRF_INPUT,
    PASSWORD,
    add_people_with_passwords,
    cheap_passwords,  # noqa: F401
    csrf,
    login,
    make_app,
    post,
    sign_in,
)
from tests.support.workflow import classify, store
from web.security import safe_next, secret_key
from workflow.users import disable_user, set_password

pytestmark = [pytest.mark.postgres, pytest.mark.usefixtures("cheap_passwords")]


@pytest.fixture
def app(tmp_path: Path, engine: Engine):
    add_people_with_passwords(engine)
    return make_app(tmp_path, engine)


def _article(engine: Engine) -> int:
    with Session(engine) as session:
        article_id = store(session, outlet="baophapluat", topic="cưỡng chế nhà")
        classify(session, article_id)
    return article_id


# --- headers --------------------------------------------------------------------------------------
def test_security_headers_and_csp_on_pages(app) -> None:
    client = app.test_client()
    for response in (client.get("/login"), client.get("/"), client.get("/nope")):
        csp = response.headers["Content-Security-Policy"]
        directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
        assert directives["default-src"] == "'self'"
        assert directives["script-src"] == "'self'"
        assert directives["frame-ancestors"] == "'none'"
        assert directives["object-src"] == "'none'"
        assert "unsafe" not in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "same-origin"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Cache-Control"] == "no-store"
    sign_in(client, app, "quantri")
    for url in ("/", "/cases", "/digests", "/reports", "/admin/users", "/logout"):
        html = client.get(url).get_data(as_text=True)
        # no inline script and no inline event handler anywhere: the CSP would block them
        assert all(re.search(r"\bsrc=", tag) for tag in re.findall(r"<script[^>]*>", html)), url
        assert not re.search(r"\son[a-z]+\s*=", html), url
        assert 'style="' not in html, url
    static = client.get("/static/htmx.min.js")
    assert static.status_code == 200 and b"htmx" in static.data
    assert "no-store" not in static.headers.get("Cache-Control", "")
    static.close()


def test_session_cookie_flags(tmp_path: Path, engine: Engine) -> None:
    add_people_with_passwords(engine)
    plain = make_app(tmp_path, engine)
    cookie = login(plain.test_client(), "xem").headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    assert cookie.startswith("diemtin_session=")
    # X-Forwarded-Proto is ignored unless a proxy is configured …
    spoofed = login(plain.test_client(), "xem", next_url="").headers["Set-Cookie"]
    assert "Secure" not in spoofed
    client = plain.test_client()
    client.environ_base["HTTP_X_FORWARDED_PROTO"] = "https"
    assert "Secure" not in login(client, "xem").headers["Set-Cookie"]
    # … and trusted with web_proxy_count
    proxied = make_app(tmp_path, engine, web_proxy_count=1).test_client()
    proxied.environ_base["HTTP_X_FORWARDED_PROTO"] = "https"
    assert "Secure" in login(proxied, "xem").headers["Set-Cookie"]
    tls = make_app(tmp_path, engine, web_behind_tls=True)
    response = login(tls.test_client(), "xem")
    assert "Secure" in response.headers["Set-Cookie"]
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")


# --- CSRF -----------------------------------------------------------------------------------------
def test_post_without_or_with_bad_csrf_token_is_refused(app, engine: Engine) -> None:
    article_id = _article(engine)
    client = app.test_client()
    page = client.get("/login")
    good = CSRF_INPUT.search(page.get_data(as_text=True)).group(1)
    for token in (None, "", "forged", good + "x"):
        data = {"username": "lan", "password": PASSWORD}
        if token is not None:
            data["csrf_token"] = token
        response = client.post("/login", data=data)
        assert response.status_code == 400
        assert "mã chống giả mạo" in response.get_data(as_text=True)
    sign_in(client, app, "lan")
    url = f"/articles/{article_id}/relabel"
    form = {"decision": "positive"}
    assert client.post(url, data=form).status_code == 400
    assert client.post(url, data={**form, "csrf_token": "forged"}).status_code == 400
    bad_header = client.post(url, data=form, headers={"X-CSRF-Token": "forged"})
    assert bad_header.status_code == 400
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Relabel)) == 0
    ok = client.post(url, data=form, headers={"X-CSRF-Token": csrf(client)})  # htmx's way
    assert ok.status_code == 303
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Relabel)) == 1


# --- login ----------------------------------------------------------------------------------------
def test_login_renews_the_session_and_old_token_dies(app) -> None:
    client = app.test_client()
    page = client.get("/login")
    old_token = CSRF_INPUT.search(page.get_data(as_text=True)).group(1)
    with client.session_transaction() as sess:
        before = dict(sess)
    assert login(client, "lan").status_code == 303
    with client.session_transaction() as sess:
        after = dict(sess)
    assert "uid" not in before and after["uid"]
    assert after.get("csrf") != old_token
    assert after["sid"]
    # a form rendered before the login no longer posts
    response = client.post("/logout", data={"csrf_token": old_token})
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/articles/5", "/articles/5"),
        ("/cases?state=drafting&x=1", "/cases?state=drafting&x=1"),
        ("https://evil.example/", "/"),
        ("//evil.example/x", "/"),
        ("/\\evil.example", "/"),
        ("javascript:alert(1)", "/"),
        ("/ok\r\nSet-Cookie: x=1", "/"),
        ("http:/evil.example", "/"),
        ("", "/"),
    ],
)
def test_next_url_only_local(target: str, expected: str) -> None:
    assert safe_next(target) == expected


def test_anonymous_is_sent_to_login_and_back_to_the_digest_link(app, engine: Engine) -> None:
    article_id = _article(engine)
    client = app.test_client()
    response = client.get(f"/articles/{article_id}")
    assert response.status_code == 303
    assert response.headers["Location"] == f"/login?next=/articles/{article_id}"
    response = login(client, "xem", next_url=f"/articles/{article_id}")
    assert response.status_code == 303 and response.headers["Location"] == f"/articles/{article_id}"
    assert "Phản ánh: cưỡng chế nhà" in client.get(f"/articles/{article_id}").get_data(as_text=True)
    evil = login(app.test_client(), "xem", next_url="https://evil.example/")
    assert evil.headers["Location"] == "/"


def test_wrong_password_unknown_or_disabled_user_get_one_answer(app, engine: Engine) -> None:
    with Session(engine) as session:
        disable_user(session, "lan")
    answers = set()
    for username, password in (("hung", "sai mật khẩu"), ("khongco", PASSWORD), ("lan", PASSWORD)):
        response = login(app.test_client(), username, password)
        assert response.status_code == 401
        text = response.get_data(as_text=True)
        assert "Tên đăng nhập hoặc mật khẩu không đúng." in text
        answers.add(re.sub(r'value="[^"]*"|hx-headers=\'[^\']*\'', "", text))  # tokens, name
    assert len(answers) == 1  # the page does not tell them apart (the typed name aside)


def test_rate_limit_per_username_survives_a_restart(tmp_path: Path, engine: Engine) -> None:
    add_people_with_passwords(engine)
    app = make_app(tmp_path, engine, web_login_max_failures=3)
    for _ in range(3):
        assert login(app.test_client(), "hung", "sai").status_code == 401
    refused = login(app.test_client(), "hung")  # the right password, but too late
    assert refused.status_code == 429
    assert "Đăng nhập sai quá nhiều lần" in refused.get_data(as_text=True)
    assert int(refused.headers["Retry-After"]) > 0
    restarted = make_app(tmp_path, engine, web_login_max_failures=3)
    assert login(restarted.test_client(), "HUNG ").status_code == 429
    assert login(restarted.test_client(), "lan").status_code == 303  # others are not affected
    # once the failures are older than the window, the user may log in again
    with Session(engine) as session:
        for attempt in session.scalars(select(LoginAttempt)):
            attempt.at -= timedelta(minutes=16)
        session.commit()
    assert login(restarted.test_client(), "hung").status_code == 303
    # a success resets the username's count
    for _ in range(2):
        login(restarted.test_client(), "hung", "sai")
    assert login(restarted.test_client(), "hung").status_code == 303


def test_rate_limit_per_client_address(tmp_path: Path, engine: Engine) -> None:
    add_people_with_passwords(engine)
    app = make_app(tmp_path, engine, web_login_max_failures_ip=3, web_proxy_count=1)
    attacker = app.test_client()
    attacker.environ_base["HTTP_X_FORWARDED_FOR"] = "203.0.113.7"
    for name in ("a1", "a2", "a3"):
        assert login(attacker, name, "sai").status_code == 401
    assert login(attacker, "lan").status_code == 429
    other = app.test_client()
    other.environ_base["HTTP_X_FORWARDED_FOR"] = "198.51.100.2"
    assert login(other, "lan").status_code == 303
    with Session(engine) as session:
        clients = set(session.scalars(select(LoginAttempt.client)))
    assert clients == {"203.0.113.7", "198.51.100.2"}


# --- session lifetime -----------------------------------------------------------------------------
def test_idle_and_absolute_timeouts(app) -> None:
    client = app.test_client()
    sign_in(client, app, "xem")
    assert client.get("/").status_code == 200
    with client.session_transaction() as sess:
        sess["seen"] = time.time() - 61 * 60  # idle 61 minutes (limit 60)
    response = client.get("/")
    assert response.status_code == 303 and response.headers["Location"].startswith("/login")
    assert "hết hạn" in client.get("/login").get_data(as_text=True)
    sign_in(client, app, "xem")
    with client.session_transaction() as sess:
        sess["t0"] = time.time() - 13 * 3600  # logged in 13 hours ago (limit 12), active now
    assert client.get("/").status_code == 303


def test_password_change_or_disabling_ends_sessions(app, engine: Engine) -> None:
    client = app.test_client()
    assert login(client, "lan").status_code == 303
    assert client.get("/").status_code == 200
    with Session(engine) as session:
        set_password(session, "lan", "một mật khẩu mới")
    assert client.get("/").status_code == 303
    assert login(client, "lan", "một mật khẩu mới").status_code == 303
    assert client.get("/").status_code == 200
    with Session(engine) as session:
        disable_user(session, "lan")
    assert client.get("/").status_code == 303


def test_logout(app) -> None:
    client = app.test_client()
    login(client, "xem")
    assert "Đăng xuất" in client.get("/logout").get_data(as_text=True)  # GET only asks
    assert client.get("/").status_code == 200
    response = post(client, "/logout")
    assert response.status_code == 303 and response.headers["Location"] == "/login"
    assert client.get("/").status_code == 303


# --- the secret -----------------------------------------------------------------------------------
def test_secret_key_file_is_private_and_shared(tmp_path: Path) -> None:
    settings = config.load(environ={}, data_dir=str(tmp_path / "var"))
    key = secret_key(settings)
    path = tmp_path / "var" / "web_secret_key"
    assert len(key) >= 32 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert secret_key(settings) == key  # the next process reads the same key
    os.chmod(path, 0o644)
    with pytest.raises(config.ConfigError, match="chmod 600"):
        secret_key(settings)
    explicit = "x" * 40
    assert secret_key(settings.replace(web_secret_key=explicit)) == explicit
    with pytest.raises(config.ConfigError, match="32 ký tự"):
        config.load(environ={"DIEMTIN_WEB_SECRET_KEY": "ngắn quá"})


def test_a_forged_or_foreign_cookie_is_worthless(tmp_path: Path, engine: Engine) -> None:
    add_people_with_passwords(engine)
    ours = make_app(tmp_path, engine)
    theirs = make_app(tmp_path / "other", engine)  # another data folder: another secret
    client = theirs.test_client()
    sign_in(client, theirs, "quantri")
    assert client.get("/admin/users").status_code == 200
    cookie = client.get_cookie("diemtin_session")
    stranger = ours.test_client()
    stranger.set_cookie("diemtin_session", cookie.value)
    assert stranger.get("/admin/users").status_code == 303
