"""User administration in the web app (admins): add, change role, reset password, disable and
enable; the last active admin is kept; bad input is refused with a Vietnamese message."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from tests.support.web import (
    add_people_with_passwords,
    cheap_passwords,  # noqa: F401
    login,
    make_app,
    post,
    sign_in,
)
from workflow.users import find_user, verify_password

pytestmark = [pytest.mark.postgres, pytest.mark.usefixtures("cheap_passwords")]


@pytest.fixture
def admin(tmp_path: Path, engine: Engine):
    add_people_with_passwords(engine)
    app = make_app(tmp_path, engine)
    client = app.test_client()
    sign_in(client, app, "quantri")
    return app, client


def _user(engine: Engine, name: str):
    with Session(engine) as session:
        return find_user(session, name)


def test_add_user_then_they_log_in(admin, engine: Engine) -> None:
    app, client = admin
    response = post(
        client,
        "/admin/users",
        {
            "username": "thu.ha",
            "full_name": "Nguyễn Thu Hà",
            "email": "thuha@example.vn",
            "role": "member",
            "password": "mật khẩu mới 123",
            "password2": "mật khẩu mới 123",
        },
    )
    assert response.status_code == 303
    page = client.get("/admin/users").get_data(as_text=True)
    assert "Đã thêm người dùng “thu.ha” (thành viên)" in page and "Nguyễn Thu Hà" in page
    user = _user(engine, "thu.ha")
    assert (user.role, user.email, user.active) == ("member", "thuha@example.vn", True)
    assert login(app.test_client(), "thu.ha", "mật khẩu mới 123").status_code == 303


BAD_USERS = [
    ({"username": "Thu Hà", "role": "member"}, "Tên đăng nhập không hợp lệ"),
    ({"username": "lan", "role": "member"}, "đã có người dùng"),
    ({"username": "moi", "role": "sếp"}, "Vai trò không hợp lệ"),
    ({"username": "moi", "role": "member", "email": "không-phải-thư"}, "Địa chỉ thư"),
    ({"username": "moi", "role": "member", "password": "ngan"}, "ít nhất 8 ký tự"),
    ({"username": "moi", "role": "member", "password2": "khác hẳn"}, "không khớp"),
]


def test_bad_new_user_is_refused_and_form_kept(admin, engine: Engine) -> None:
    _app, client = admin
    for form, message in BAD_USERS:
        data = {"password": "đủ dài rồi 1", "password2": "đủ dài rồi 1", "full_name": "Tên Giữ Lại"}
        data.update(form)
        if "password" in form and "password2" not in form:
            data["password2"] = form["password"]
        response = post(client, "/admin/users", data)
        assert response.status_code == 400, form
        text = response.get_data(as_text=True)
        assert message in text and 'value="Tên Giữ Lại"' in text, form
        assert _user(engine, "moi") is None


def test_role_password_disable_enable(admin, engine: Engine) -> None:
    app, client = admin
    assert post(client, "/admin/users/xem/role", {"role": "leader"}).status_code == 303
    assert _user(engine, "xem").role == "leader"
    bad = post(client, "/admin/users/xem/role", {"role": "vua"})
    assert bad.status_code == 400 and "Vai trò không hợp lệ" in bad.get_data(as_text=True)
    new = {"password": "mật khẩu thứ hai", "password2": "mật khẩu thứ hai"}
    assert post(client, "/admin/users/lan/password", new).status_code == 303
    assert verify_password(_user(engine, "lan"), "mật khẩu thứ hai")
    mismatch = post(
        client, "/admin/users/lan/password", {"password": "aaaaaaaa1", "password2": "b"}
    )
    assert mismatch.status_code == 400
    assert post(client, "/admin/users/lan/disable").status_code == 303
    assert not _user(engine, "lan").active
    assert login(app.test_client(), "lan", "mật khẩu thứ hai").status_code == 401
    assert post(client, "/admin/users/lan/enable").status_code == 303
    assert login(app.test_client(), "lan", "mật khẩu thứ hai").status_code == 303
    assert post(client, "/admin/users/khongco/disable").status_code == 404


def test_the_last_active_admin_is_kept(admin, engine: Engine) -> None:
    _app, client = admin
    refused = post(client, "/admin/users/quantri/disable")
    assert refused.status_code == 400
    assert "quản trị viên cuối cùng" in refused.get_data(as_text=True)
    assert post(client, "/admin/users/quantri/role", {"role": "member"}).status_code == 400
    assert _user(engine, "quantri").role == "admin" and _user(engine, "quantri").active
    assert post(client, "/admin/users/hung/role", {"role": "admin"}).status_code == 303
    assert post(client, "/admin/users/quantri/role", {"role": "leader"}).status_code == 303
    assert _user(engine, "quantri").role == "leader"
    # the demoted admin's next request is no longer an admin's
    assert client.get("/admin/users").status_code == 403
