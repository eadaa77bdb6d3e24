"""Every (from, to, role) triple through `workflow.cases.advance` on a real database (SQLite and
PostgreSQL): allowed ones move the case and append one event; refused ones raise and leave the
case, its audit trail and its documents exactly as they were.

The expected table below is the specification written from the issue and NOTES.md §2.6,
independently of ``workflow.states.TRANSITIONS``."""

from __future__ import annotations

import os
from collections import deque

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.db import make_engine, upgrade
from storage.models import Case, CaseDocument, CaseEvent
from tests.conftest import PG_ENV, _postgres_url
from tests.support.workflow import BY_ROLE, NOW, add_people
from workflow.cases import Attachment, advance, events, open_reader_letter, replay, stored_snapshot
from workflow.states import ROLES, STATES, TransitionError
from workflow.users import WorkflowError

pytestmark = pytest.mark.postgres

MEMBER, LEADER = "member", "leader"
EXPECTED = {
    ("detected", "triaged"): MEMBER,
    ("detected", "dismissed"): LEADER,
    ("triaged", "notified_local"): MEMBER,
    ("triaged", "drafting"): MEMBER,
    ("triaged", "dismissed"): LEADER,
    ("notified_local", "local_verifying"): MEMBER,
    ("local_verifying", "drafting"): MEMBER,
    ("local_verifying", "accurate_after_verification"): LEADER,
    ("local_verifying", "dismissed"): LEADER,
    ("drafting", "wg_review"): MEMBER,
    ("wg_review", "drafting"): LEADER,
    ("wg_review", "published_reply"): LEADER,
    ("wg_review", "correction_requested"): LEADER,
    ("published_reply", "correction_requested"): LEADER,
    ("published_reply", "closed"): LEADER,
    ("correction_requested", "published_reply"): LEADER,
    ("correction_requested", "outlet_responded"): MEMBER,
    ("correction_requested", "escalated"): LEADER,
    ("outlet_responded", "closed"): LEADER,
    ("outlet_responded", "escalated"): LEADER,
    ("accurate_after_verification", "closed"): LEADER,
    ("escalated", "outlet_responded"): MEMBER,
    ("escalated", "closed"): LEADER,
}
MAY = {"viewer": set(), "member": {MEMBER}, "leader": {MEMBER, LEADER}, "admin": {MEMBER, LEADER}}
# The outcome each target records when the test moves a case there (closing requires one).
OUTCOME = {"closed": "corrected", "outlet_responded": "refused"}
RECORDED = {**OUTCOME, "dismissed": "no_action"}  # dismissing implies no_action


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def people_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """One migrated database with the people of every role per back end and worker, shared by
    the tests of this module (each makes its own cases), to keep them fast."""
    if request.param == "sqlite":
        urls = iter([f"sqlite:///{tmp_path_factory.mktemp('transitions') / 'db.sqlite3'}"])
    else:
        server = os.environ.get(PG_ENV)
        if not server:
            pytest.skip(f"{PG_ENV} is not set: PostgreSQL variant skipped (CI sets it)")
        urls = _postgres_url(server)
    url = next(urls)
    engine = make_engine(url)
    upgrade(engine)
    with Session(engine) as session:
        add_people(session)
    yield engine
    engine.dispose()
    for _ in urls:  # drops the PostgreSQL schema
        pass


def _allowed(source: str, target: str, role: str) -> bool:
    return EXPECTED.get((source, target)) in MAY[role]


def _path(target: str) -> list[str]:
    """Shortest sequence of states from detected to ``target`` in the expected table."""
    previous: dict[str, str | None] = {"detected": None}
    queue = deque(["detected"])
    while queue:
        state = queue.popleft()
        for source, nxt in EXPECTED:
            if source == state and nxt not in previous:
                previous[nxt] = state
                queue.append(nxt)
    path, state = [], target
    while state is not None:
        path.append(state)
        state = previous[state]
    return path[::-1]


def _case_in(session: Session, state: str) -> Case:
    case = open_reader_letter(
        session,
        by="lan",
        title="Đơn thư về việc kê biên",
        sender_name="Ông Nguyễn Văn A",
        text="Đề nghị xác minh việc kê biên tài sản.",
        now=NOW,
    )
    for step in _path(state)[1:]:
        advance(
            session, case, step, by="quantri", note="bước trước", outcome=OUTCOME.get(step), now=NOW
        )
    assert case.state == state
    return case


def _fingerprint(session: Session, case_id: int) -> tuple:
    """Everything a refused transition must leave alone, read back from the database (the
    session's transaction is ended first and after, so nothing cached or pending is seen)."""
    session.rollback()
    case = session.get_one(Case, case_id)
    n_events = session.scalar(select(func.count()).where(CaseEvent.case_id == case_id))
    n_docs = session.scalar(select(func.count()).where(CaseDocument.case_id == case_id))
    found = (
        case.state,
        case.severity,
        case.state_entered_at,
        case.closed_at,
        case.outcome,
        case.outcome_key,
        n_events,
        n_docs,
    )
    session.rollback()
    return found


@pytest.mark.parametrize("source", STATES)
def test_every_transition_from(people_db, source: str) -> None:
    with Session(people_db, expire_on_commit=False) as session:
        refused = _case_in(session, source)
        refused_id = refused.id
        for target in STATES:
            for role in ROLES:
                by = BY_ROLE[role]
                if _allowed(source, target, role):
                    case = _case_in(session, source)
                    count = len(events(session, case))
                    advance(
                        session,
                        case,
                        target,
                        by=by,
                        note="đủ căn cứ",
                        severity="urgent",
                        outcome=OUTCOME.get(target),
                    )
                    session.expire_all()  # read back what was stored
                    trail = events(session, case)
                    assert (case.state, case.severity) == (target, "urgent")
                    if target in RECORDED:
                        assert case.outcome_key == RECORDED[target]
                    assert len(trail) == count + 1
                    last = trail[-1]
                    assert (last.from_state, last.to_state) == (source, target)
                    assert (last.actor, last.role, last.note) == (by, role, "đủ căn cứ")
                    assert (case.closed_at is not None) == (target in ("closed", "dismissed"))
                    assert replay(trail) == stored_snapshot(session, case)
                    session.rollback()
                    continue
                before = _fingerprint(session, refused_id)
                expected = TransitionError if role != "viewer" else WorkflowError
                with pytest.raises(expected) as err:
                    advance(
                        session,
                        refused,
                        target,
                        by=by,
                        note="thử",
                        severity="urgent",
                        attachments=[Attachment("bao-cao.pdf", b"%PDF-1.4 x")],
                    )
                assert _fingerprint(session, refused_id) == before, (source, target, role)
                assert before[0] == source
                if role != "viewer":
                    assert source in str(err.value) and target in str(err.value)


def test_the_table_is_what_the_state_machine_allows() -> None:
    from workflow.states import TRANSITIONS

    assert {(t.source, t.target): t.min_role for t in TRANSITIONS} == EXPECTED


def test_missing_notes_and_bad_actors_change_nothing(people_db) -> None:
    with Session(people_db, expire_on_commit=False) as session:
        case = _case_in(session, "detected")
        case_id = case.id
        before = _fingerprint(session, case_id)
        for by, target, message in (
            ("hung", "dismissed", "cần ghi chú"),  # an outcome needs its reason
            ("cu", "triaged", "vô hiệu hóa"),
            ("ai", "triaged", "Không có người dùng “ai”"),
        ):
            with pytest.raises(WorkflowError, match=message):
                advance(session, case, target, by=by, note="   ")
            assert _fingerprint(session, case_id) == before
        advance(session, case, "dismissed", by="hung", note="Tin trung tính, không cần xử lý.")
        assert case.outcome == "Tin trung tính, không cần xử lý."
