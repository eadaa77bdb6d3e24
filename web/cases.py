"""Cases: the board by state with deadlines and overdue marks; the case page with its timeline
from the audit trail, covered articles, evidence and documents to download, and only the actions
the user's role allows (advance, assign, note, generate documents)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from sqlalchemy import select

from classifier.provinces import PROVINCES
from storage.models import LOCAL_TZ, Case, CaseDocument, CaseEvidence, User
from web import letters
from web.access import role
from workflow import cases as wf
from workflow import paperwork
from workflow.calendar import WorkCalendar
from workflow.evidence import evidence_of
from workflow.states import (
    ACTION_NAMES_VI,
    IMPLIED_OUTCOMES,
    KIND_NAMES_VI,
    OPEN_STATES,
    OUTCOMES,
    OUTCOMES_BY_STATE,
    SEVERITIES,
    SEVERITY_NAMES_VI,
    TERMINAL_STATES,
    TransitionError,
    allowed_targets,
    can_change,
    note_required,
    outcome_name,
    state_name,
)
from workflow.users import WorkflowError

bp = Blueprint("cases", __name__)

# The targets whose outcome a person chooses (dismissing implies its own).
CHOSEN_OUTCOME_STATES = frozenset(OUTCOMES_BY_STATE) - frozenset(IMPLIED_OUTCOMES)

MAX_NOTE = 5000
FINISHED_SHOWN = 50
# Media types served as themselves; anything else is served as application/octet-stream.
SERVED_TYPES = frozenset(
    {
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/msword",
        "application/vnd.ms-excel",
        "application/zip",
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "message/rfc822",
        "text/plain",
        "text/csv",
    }
)


def calendar() -> WorkCalendar:
    """The working calendar (shared and reloaded when the operator's holiday file changes, by
    ``WorkCalendar.from_settings`` itself)."""
    return WorkCalendar.from_settings(current_app.extensions["diemtin"].settings)


@dataclass(frozen=True)
class CaseCard:
    case: Case
    due: datetime | None
    overdue: bool


def _card(case: Case, now: datetime, settings: Any, cal: WorkCalendar) -> CaseCard:
    due = wf.deadline(case, settings, cal)
    return CaseCard(case, due, due is not None and now > due)


def _get(case_id: int) -> Case:
    case = g.db.get(Case, case_id)
    if case is None:
        abort(404)
    return case


# --- board ----------------------------------------------------------------------------------------
@bp.route("/cases")
@role("viewer")
def board() -> Any:
    now = datetime.now(UTC)
    settings, cal = current_app.extensions["diemtin"].settings, calendar()
    open_cases = wf.list_cases(g.db, open_only=True)
    columns = []
    for state in OPEN_STATES:
        cards = [_card(c, now, settings, cal) for c in open_cases if c.state == state]
        cards.sort(
            key=lambda k: (k.case.severity != "urgent", k.due or now.max.replace(tzinfo=UTC))
        )
        columns.append((state, cards))
    finished = list(
        g.db.scalars(
            select(Case)
            .where(Case.state.in_(TERMINAL_STATES))
            .order_by(Case.closed_at.desc(), Case.id.desc())
            .limit(FINISHED_SHOWN)
        )
    )
    overdue = sum(card.overdue for _state, cards in columns for card in cards)
    return render_template(
        "cases.html", columns=columns, finished=finished, overdue=overdue, total=len(open_cases)
    )


# --- case page ------------------------------------------------------------------------------------
def _timeline(case: Case, documents: list[Any]) -> list[dict[str, Any]]:
    docs = {d.id: d for d in documents}
    out = []
    for e in wf.events(g.db, case):
        data = e.details
        details = []
        if e.action == "assign":
            if data.get("office"):
                details.append(f"Cơ quan phụ trách: {data['office']}")
            if data.get("added"):
                details.append("Phân công: " + ", ".join(data["added"]))
            if data.get("removed"):
                details.append("Bỏ phân công: " + ", ".join(data["removed"]))
        if data.get("severity") and e.action in ("advance", "crisis"):
            details.append(f"Mức độ: {SEVERITY_NAMES_VI.get(data['severity'], data['severity'])}")
        if data.get("outcome") and e.action == "advance":
            details.append(f"Kết quả xử lý: {outcome_name(data['outcome'])}")
        if e.action == "add_article" and data.get("article_ids"):
            details.append("Bài: " + ", ".join(f"#{i}" for i in data["article_ids"]))
        if e.action == "crisis" and data.get("outlets"):
            details.append(f"{len(data['outlets'])} cơ quan báo chí đăng trong thời gian ngắn")
        attached = [docs[i] for i in json.loads(e.attachment_ids or "[]") if i in docs]
        out.append({"event": e, "details": details, "attachments": attached})
    return out


def _candidates() -> list[User]:
    """Active users who may be assigned (members, leaders, admins)."""
    users = g.db.scalars(select(User).where(User.active.is_(True)).order_by(User.username))
    return [u for u in users if can_change(u.role)]


def _page(
    case: Case,
    *,
    form: dict[str, Any] | None = None,
    errors: list[str] | None = None,
    status: int = 200,
) -> Any:
    now = datetime.now(UTC)
    settings, cal = current_app.extensions["diemtin"].settings, calendar()
    card = _card(case, now, settings, cal)
    documents = wf.documents(g.db, case)
    user = g.user
    targets = allowed_targets(case.state, user.role) if can_change(user.role) else []
    people = wf.assignees(g.db, case)
    return (
        render_template(
            "case.html",
            case=case,
            card=card,
            articles=wf.case_articles(g.db, case),
            evidence=evidence_of(g.db, case),
            documents=documents,
            timeline=_timeline(case, documents),
            people=people,
            candidates=[u for u in _candidates() if u.id not in {p.id for p in people}],
            targets=[(t, state_name(t), note_required(case.state, t)) for t in targets],
            is_open=case.state not in TERMINAL_STATES,
            kind_name=KIND_NAMES_VI.get(case.kind, case.kind),
            severities=[(s, SEVERITY_NAMES_VI[s]) for s in SEVERITIES],
            provinces=PROVINCES,
            action_names=ACTION_NAMES_VI,
            document_kinds=paperwork.KINDS,
            document_allowed={k: case.state in s for k, s in paperwork.STATES_FOR.items()},
            outcomes=[(o, outcome_name(o)) for o in OUTCOMES],
            takes_outcome=any(t in CHOSEN_OUTCOME_STATES for t in targets),
            correction_points=range(1, letters.POINTS + 1),
            report_due=paperwork.report_due(case, settings, cal, now)
            if case.state not in TERMINAL_STATES
            else None,
            form=form or {},
            errors=errors or [],
        ),
        status,
    )


@bp.route("/cases/<int:case_id>")
@role("viewer")
def show(case_id: int) -> Any:
    return _page(_get(case_id))


def _attachments() -> list[wf.Attachment]:
    limit = current_app.extensions["diemtin"].settings.case_attachment_max_bytes
    return [
        wf.Attachment.checked(upload.filename, upload.read(limit + 1), limit, upload.mimetype)
        for upload in request.files.getlist("attachments")
        if upload and upload.filename
    ]


def _form() -> dict[str, Any]:
    return {k: (v or "").strip() for k, v in request.form.items() if k != "csrf_token"}


def _act(case: Case, action: Any, success: str) -> Any:
    """Run a workflow change; a refusal re-renders the page with its message and the form."""
    form = _form()
    if len(form.get("note", "")) > MAX_NOTE:
        return _page(case, form=form, errors=[f"Ghi chú dài quá {MAX_NOTE} ký tự."], status=400)
    try:
        action(form)
    except (WorkflowError, TransitionError) as exc:
        g.db.rollback()
        g.db.refresh(case)
        return _page(case, form=form, errors=[str(exc)], status=400)
    flash(success, "success")
    return redirect(url_for("cases.show", case_id=case.id), code=303)


@bp.route("/cases/<int:case_id>/advance", methods=["POST"])
@role("member")
def advance(case_id: int) -> Any:
    case = _get(case_id)

    def run(form: dict[str, Any]) -> None:
        target = form.get("to_state", "")
        if not target:
            raise WorkflowError("Hãy chọn trạng thái chuyển tới.")
        severity = form.get("severity") or None
        wf.advance(
            g.db,
            case,
            target,
            by=g.user.username,
            note=form.get("note") or None,
            attachments=_attachments(),
            severity=severity,
            outcome=form.get("outcome") or None,
        )

    target = request.form.get("to_state", "")
    return _act(case, run, f"Đã chuyển vụ việc {case.code} sang «{state_name(target)}».")


@bp.route("/cases/<int:case_id>/assign", methods=["POST"])
@role("member")
def assign(case_id: int) -> Any:
    case = _get(case_id)

    def run(form: dict[str, Any]) -> None:
        wf.assign(
            g.db,
            case,
            by=g.user.username,
            office=form.get("province") or None,
            add=[u for u in request.form.getlist("add") if u],
            remove=[u for u in request.form.getlist("remove") if u],
            note=form.get("note") or None,
        )

    return _act(case, run, "Đã cập nhật phân công.")


@bp.route("/cases/<int:case_id>/note", methods=["POST"])
@role("member")
def note(case_id: int) -> Any:
    case = _get(case_id)

    def run(form: dict[str, Any]) -> None:
        wf.add_note(
            g.db, case, by=g.user.username, text=form.get("note"), attachments=_attachments()
        )

    return _act(case, run, "Đã thêm ghi chú.")


# --- downloads ------------------------------------------------------------------------------------
def attachment_response(content: bytes, filename: str, media_type: str) -> Response:
    """A download: always ``Content-Disposition: attachment`` (hostile files are never rendered
    in the app's origin), the media type only when it is a known document type."""
    media = media_type if media_type in SERVED_TYPES else "application/octet-stream"
    if media.startswith("text/"):
        media += "; charset=utf-8"
    ascii_name = "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\' else "_" for ch in filename)
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    response = Response(content, mimetype=media)
    response.headers["Content-Disposition"] = disposition
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@bp.route("/cases/<int:case_id>/documents/<int:document_id>")
@role("viewer")
def document(case_id: int, document_id: int) -> Any:
    doc = g.db.get(CaseDocument, document_id)
    if doc is None or doc.case_id != case_id:
        abort(404)
    return attachment_response(doc.content, doc.filename, doc.media_type)


@bp.route("/cases/<int:case_id>/evidence/<int:evidence_id>/<any(html, txt):part>")
@role("viewer")
def evidence(case_id: int, evidence_id: int, part: str) -> Any:
    row = g.db.get(CaseEvidence, evidence_id)
    if row is None or row.case_id != case_id:
        abort(404)
    stem = f"luu-tru-vu-viec-{case_id}-bai-{row.article_id}"
    if part == "html":
        return attachment_response(row.raw_html, f"{stem}.html", "application/octet-stream")
    body = "\n\n".join(x for x in (row.title, row.url, row.lead or "", row.text) if x)
    return attachment_response(body.encode("utf-8"), f"{stem}.txt", "text/plain")


@bp.route("/cases/<int:case_id>/documents", methods=["POST"])
@role("member")
def generate(case_id: int) -> Any:
    """Generate a công văn, correction request or draft reply from the case and the form."""
    case = _get(case_id)
    web = current_app.extensions["diemtin"]
    kind = request.form.get("kind", "")

    def run(form: dict[str, Any]) -> None:
        letters.generate(
            g.db,
            case,
            kind,
            form,
            by=g.user.username,
            settings=web.settings,
            calendar=calendar(),
            now=datetime.now(LOCAL_TZ),
        )

    return _act(case, run, f"Đã tạo {paperwork.KINDS.get(kind, 'văn bản').lower()}.")
