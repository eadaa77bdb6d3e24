"""The article page: text, original link, republications, the classifier's assessment and its
reasons, the relabel history and form, and opening a case."""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from sqlalchemy import select

from classifier.provinces import PROVINCES
from classifier.result import LABEL_NAMES_VI, LABELS
from storage.classifications import RelabelError, record_relabel, relabel_history
from storage.models import Case, CaseArticle
from storage.stories import story_members
from web.access import role
from web.queries import decision
from workflow.cases import open_case
from workflow.states import SEVERITIES, SEVERITY_NAMES_VI
from workflow.users import WorkflowError

bp = Blueprint("articles", __name__)

NOT_RELEVANT = "not_relevant"
MAX_NOTE = 2000


def _cases_of(article_id: int) -> list[Case]:
    return list(
        g.db.scalars(
            select(Case)
            .join(CaseArticle, CaseArticle.case_id == Case.id)
            .where(CaseArticle.article_id == article_id)
            .order_by(Case.opened_at.desc())
        )
    )


def _page(
    article_id: int,
    *,
    form: dict[str, str] | None = None,
    errors: list[str] | None = None,
    status: int = 200,
) -> Any:
    row = decision(g.db, article_id)
    if row is None:
        abort(404)
    article = row.article
    members = story_members(g.db, article.story_id) if article.story_id else []
    cls = row.classification
    scores = json.loads(cls.label_scores or "{}") if cls else {}
    reasons = json.loads(cls.reasons or "[]") if cls else []
    paragraphs = [p for p in (article.text or "").split("\n") if p.strip()]
    if form is None:
        current = NOT_RELEVANT if row.relevant is False else (row.label or "")
        form = {"decision": current, "province": row.province or "", "note": ""}
    body = render_template(
        "article.html",
        row=row,
        article=article,
        cls=cls,
        scores=[
            (LABEL_NAMES_VI[k], v)
            for k, v in sorted(scores.items(), key=lambda kv: -kv[1])
            if k in LABEL_NAMES_VI
        ],
        reasons=reasons,
        paragraphs=paragraphs,
        members=[m for m in members if m[2] != article.id],
        history=relabel_history(g.db, article.id),
        cases=_cases_of(article.id),
        decisions=[(label, LABEL_NAMES_VI[label]) for label in LABELS]
        + [(NOT_RELEVANT, "Không liên quan THADS")],
        provinces=PROVINCES,
        severities=[(s, SEVERITY_NAMES_VI[s]) for s in SEVERITIES],
        form=form,
        errors=errors or [],
    )
    return body, status


@bp.route("/articles/<int:article_id>")
@role("viewer")
def show(article_id: int) -> Any:
    return _page(article_id)


@bp.route("/articles/<int:article_id>/relabel", methods=["POST"])
@role("member")
def relabel(article_id: int) -> Any:
    form = {
        "decision": (request.form.get("decision") or "").strip(),
        "province": (request.form.get("province") or "").strip(),
        "note": (request.form.get("note") or "").strip(),
    }
    errors = []
    if form["decision"] not in (*LABELS, NOT_RELEVANT):
        errors.append("Hãy chọn một đánh giá (hoặc “Không liên quan THADS”).")
    if form["province"] and form["province"] not in PROVINCES:
        errors.append(
            f"Không có tỉnh/thành phố “{form['province']}” trong danh sách 34 tỉnh/thành."
        )
    if len(form["note"]) > MAX_NOTE:
        errors.append(f"Ghi chú dài quá {MAX_NOTE} ký tự.")
    if errors:
        return _page(article_id, form=form, errors=errors, status=400)
    relevant = form["decision"] != NOT_RELEVANT
    try:
        record_relabel(
            g.db,
            article_id,
            g.user.username,
            relevant=relevant,
            label=form["decision"] if relevant else None,
            province=form["province"] or None,
            note=form["note"] or None,
        )
    except RelabelError:
        abort(404)
    flash("Đã lưu đánh giá mới; lần huấn luyện sau sẽ dùng nó.", "success")
    return redirect(url_for("articles.show", article_id=article_id), code=303)


@bp.route("/articles/<int:article_id>/case", methods=["POST"])
@role("member")
def open_case_view(article_id: int) -> Any:
    severity = request.form.get("severity") or "normal"
    if severity not in SEVERITIES:
        return _page(
            article_id, errors=["Mức độ không hợp lệ: chọn “Khẩn” hoặc “Thường”."], status=400
        )
    try:
        case = open_case(g.db, article_id, by=g.user.username, severity=severity)
    except WorkflowError as exc:
        if decision(g.db, article_id) is None:
            abort(404)
        return _page(article_id, errors=[str(exc)], status=409)
    flash(f"Đã mở vụ việc {case.code}.", "success")
    return redirect(url_for("cases.show", case_id=case.id), code=303)
