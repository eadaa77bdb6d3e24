"""Jinja filters: Vietnamese dates, names of labels, states and roles, percentages."""

from __future__ import annotations

from datetime import date, datetime

from flask import Flask

from classifier.result import LABEL_NAMES_VI
from documents.fmt import ddmmyyyy, ddmmyyyy_hhmm
from text.urls import http_link
from workflow.states import outcome_name, role_name, state_name

NOT_RELEVANT_VI = "Không liên quan"


def local_date(value: date | datetime | None) -> str:
    return ddmmyyyy(value) or "—"


def label_name(label: str | None, relevant: bool | None = True) -> str:
    """The Vietnamese name of an assessment; "Không liên quan" for a not-relevant article."""
    if relevant is False:
        return NOT_RELEVANT_VI
    if relevant is None:
        return "Chưa phân loại"
    return LABEL_NAMES_VI.get(label or "", "Liên quan (chưa đánh giá)")


def percent(value: float | None) -> str:
    return "—" if value is None else f"{round(100 * value)}%"


def register(app: Flask) -> None:
    app.jinja_env.filters.update(
        local_time=ddmmyyyy_hhmm,
        local_date=local_date,
        label_name=label_name,
        state_name=state_name,
        role_name=role_name,
        outcome_name=outcome_name,
        percent=percent,
        href=http_link,
    )
