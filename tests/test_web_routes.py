"""Every route of the web app, enumerated from ``app.url_map``, refuses the roles it must refuse:
anonymous users are sent to the login page, lower roles get 403, and a refused request changes
nothing. The table below is the specification; a route missing from it fails the test."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from digest.delivery import send_digest
from storage.models import (
    Case,
    CaseDocument,
    CaseEvent,
    CaseEvidence,
    DigestDelivery,
    DigestIssue,
    Relabel,
    User,
)
from tests.support.web import (
    ROLE_USERS,
    cheap_passwords,  # noqa: F401
    csrf,
    make_app,
    sign_in,
    web_settings,
)
from tests.support.workflow import add_people, classify, store
from workflow.cases import Attachment, add_note, open_case
from workflow.states import ROLE_RANK, ROLES
from workflow.users import add_user

PUBLIC = "public"
EXPECTED = {
    "static": PUBLIC,
    "auth.login": PUBLIC,
    "auth.logout": "viewer",
    "inbox.index": "viewer",
    "articles.show": "viewer",
    "articles.relabel": "member",
    "articles.open_case_view": "member",
    "cases.board": "viewer",
    "cases.show": "viewer",
    "cases.advance": "member",
    "cases.assign": "member",
    "cases.note": "member",
    "cases.generate": "member",
    "cases.document": "viewer",
    "cases.evidence": "viewer",
    "digests.archive": "viewer",
    "digests.show": "viewer",
    "digests.message_html": "viewer",
    "digests.message_eml": "viewer",
    "digests.resend": "admin",
    "reports.index": "viewer",
    "reports.tracking_sheet": "viewer",
    "reports.report_docx": "viewer",
    "reports.report_annex": "viewer",
    "admin.users": "admin",
    "admin.add": "admin",
    "admin.change_role": "admin",
    "admin.reset_password": "admin",
    "admin.disable": "admin",
    "admin.enable": "admin",
}
SAFE_METHODS = ("GET",)

pytestmark = [pytest.mark.postgres, pytest.mark.usefixtures("cheap_passwords")]


def _snapshot(engine: Engine) -> tuple:
    """What a refused request must not change."""
    with Session(engine) as session:
        counts = tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Relabel, Case, CaseEvent, CaseDocument, DigestDelivery, User)
        )
        users = tuple(
            session.execute(
                select(User.username, User.role, User.active, User.password_hash).order_by(User.id)
            )
        )
        cases = tuple(session.execute(select(Case.id, Case.state, Case.office).order_by(Case.id)))
        issues = tuple(session.execute(select(DigestIssue.digest_date, DigestIssue.built_at)))
    return counts, users, cases, issues


@pytest.fixture
def world(tmp_path: Path, engine: Engine) -> dict[str, Any]:
    settings = web_settings(tmp_path, engine, digest_to="vanphong@example.vn")
    with Session(engine) as session:
        add_people(session)
        add_user(session, "duphong", role="member")  # the target of the admin actions
        article = store(session, outlet="baophapluat", topic="cưỡng chế sai")
        classify(session, article, label="inaccurate")
        case = open_case(session, article, by="lan")
        add_note(session, case, by="lan", text="tệp", attachments=[Attachment("a.txt", b"x")])
        document = session.scalars(select(CaseDocument.id)).one()
        evidence = session.scalars(select(CaseEvidence.id)).one()
        case_id = case.id
    day = date(2026, 11, 20)
    send_digest(engine, settings, day)  # no SMTP: written to the outbox, stored
    app = make_app(tmp_path, engine, digest_to="vanphong@example.vn")
    values = {
        "article_id": article,
        "case_id": case_id,
        "document_id": document,
        "evidence_id": evidence,
        "part": "txt",
        "day": day.isoformat(),
        "username": "duphong",
        "filename": "htmx.min.js",
        "period": "2026-11",
    }
    return {"app": app, "values": values}


WORLD_VALUES_KEYS = {
    "article_id",
    "case_id",
    "document_id",
    "evidence_id",
    "part",
    "day",
    "username",
    "filename",
    "period",
}


def _requests(app, values: dict[str, Any]) -> list[tuple[str, str, str]]:
    out = []
    with app.test_request_context():
        from flask import url_for

        for rule in app.url_map.iter_rules():
            missing = set(rule.arguments) - WORLD_VALUES_KEYS
            assert not missing, f"no sample value for {missing} of {rule.rule}"
            url = url_for(rule.endpoint, **{k: values[k] for k in rule.arguments})
            for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
                out.append((rule.endpoint, method, url))
    return out


def _send(client, method: str, url: str) -> Any:
    if method in SAFE_METHODS:
        return client.open(url, method=method)
    return client.open(url, method=method, data={"csrf_token": csrf(client)})


def test_every_route_is_in_the_specification(world) -> None:
    endpoints = {rule.endpoint for rule in world["app"].url_map.iter_rules()}
    assert endpoints == set(EXPECTED)


def test_every_route_refuses_anonymous_and_lower_roles(world, engine: Engine) -> None:
    app, values = world["app"], world["values"]
    requests = _requests(app, values)
    before = _snapshot(engine)
    checked = 0
    for endpoint, method, url in requests:
        needed = EXPECTED[endpoint]
        if needed == PUBLIC:
            continue
        anonymous = app.test_client()
        response = _send(anonymous, method, url)
        assert response.status_code == 303, (endpoint, method)
        assert response.headers["Location"].startswith("/login?next="), (endpoint, method)
        if method == "GET":
            assert response.headers["Location"] == f"/login?next={url}".replace(
                "?next=/", "?next=/"
            )
        for role in ROLES:
            if ROLE_RANK[role] >= ROLE_RANK[needed]:
                continue
            client = app.test_client()
            sign_in(client, app, ROLE_USERS[role])
            response = _send(client, method, url)
            assert response.status_code == 403, (endpoint, method, role, response.status_code)
            assert "Bạn không có quyền" in response.get_data(as_text=True)
            checked += 1
    assert checked > 20
    assert _snapshot(engine) == before  # nothing refused changed anything


def test_every_route_admits_the_roles_it_must_admit(world, engine: Engine) -> None:
    app, values = world["app"], world["values"]
    for endpoint, method, url in _requests(app, values):
        needed = EXPECTED[endpoint]
        roles = (
            ROLES if needed == PUBLIC else [r for r in ROLES if ROLE_RANK[r] >= ROLE_RANK[needed]]
        )
        for role in roles:
            client = app.test_client()
            sign_in(client, app, ROLE_USERS[role])
            response = _send(client, method, url)
            location = response.headers.get("Location", "")
            if (endpoint, method) == ("auth.login", "POST"):  # no credentials given
                assert response.status_code == 401
                continue
            assert response.status_code not in (401, 403, 500), (endpoint, method, role)
            if (endpoint, method) != ("auth.logout", "POST"):
                assert not location.startswith("/login"), (endpoint, method, role)
            response.close()
    # the public login page and static files need no login at all
    anonymous = app.test_client()
    assert anonymous.get("/login").status_code == 200
    static = anonymous.get("/static/app.css")
    assert static.status_code == 200
    static.close()


def test_undeclared_view_is_refused_to_everyone(world) -> None:
    """Fail closed: a view added without a role declaration is refused, even to admins."""
    app = world["app"]

    def secret() -> str:
        return "bí mật"

    app.add_url_rule("/undeclared", "undeclared", secret)
    client = app.test_client()
    sign_in(client, app, "quantri")
    assert client.get("/undeclared").status_code == 403
    assert app.test_client().get("/undeclared").status_code == 303
    assert re.search(r"^/login\?next=", app.test_client().get("/undeclared").headers["Location"])
