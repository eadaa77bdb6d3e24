"""The inbox: recent classified articles with filters, full-text search and pagination."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, g, render_template, request

from classifier.provinces import PROVINCES
from classifier.result import LABEL_NAMES_VI, LABELS
from web.access import role
from web.queries import inbox, outlet_names, parse_filters

bp = Blueprint("inbox", __name__)

RELEVANCE_NAMES_VI = {
    "relevant": "Liên quan THADS",
    "not_relevant": "Không liên quan",
    "all": "Tất cả",
}
ACTION_NAMES_VI = {"": "Tất cả", "yes": "Cần xử lý", "no": "Không cần xử lý"}


@bp.route("/")
@role("viewer")
def index() -> Any:
    outlets = outlet_names(g.db)
    filters = parse_filters(request.args, outlets)
    page = inbox(g.db, filters)
    return render_template(
        "inbox.html",
        f=filters,
        page=page,
        outlets=outlets,
        labels=[(label, LABEL_NAMES_VI[label]) for label in LABELS],
        provinces=PROVINCES,
        relevance_names=RELEVANCE_NAMES_VI,
        action_names=ACTION_NAMES_VI,
    )
