"""``workflow.paperwork`` and the checked outcome of ``workflow.cases.advance`` on a real database
(SQLite and PostgreSQL): a numbered công văn opened back with python-docx and its event data; every
refusal (viewer, unknown kind, a state the document does not fit, missing inputs, a draft reply
with a number; a close without outcome, an unknown outcome, one that does not fit the state)
stores nothing and changes nothing; replay rebuilds the outcome."""

from __future__ import annotations

import io
import json
from datetime import datetime

import pytest
from docx import Document
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

import config
from documents.inputs import CorrectionPoint
from storage.models import LOCAL_TZ, Case, CaseDocument, CaseEvent
from tests.support.workflow import add_people, classify, store
from workflow import paperwork
from workflow.calendar import WorkCalendar
from workflow.cases import advance, events, open_case, replay, stored_snapshot
from workflow.states import TransitionError
from workflow.users import WorkflowError

pytestmark = pytest.mark.postgres

MONDAY = datetime(2026, 11, 16, 9, 0, tzinfo=LOCAL_TZ)
SETTINGS = config.load({})
CALENDAR = WorkCalendar.from_settings(SETTINGS)


@pytest.fixture
def session(engine: Engine):
    with Session(engine, expire_on_commit=False) as s:
        add_people(s)
        article = store(s, outlet="baophapluat", topic="kê biên nhầm nhà")
        classify(s, article, label="inaccurate", province="Tỉnh Tây Ninh")
        open_case(s, article, by="lan", now=MONDAY)
        yield s


def _case(session: Session) -> Case:
    return session.scalars(select(Case)).one()


def _generate(session: Session, kind: str, inputs=None, by: str = "lan"):
    return paperwork.generate(
        session,
        _case(session),
        kind,
        inputs or paperwork.LetterInputs(),
        by=by,
        settings=SETTINGS,
        calendar=CALENDAR,
        now=MONDAY.replace(hour=10),
    )


def _docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _counts(session: Session) -> tuple[int, int]:
    session.rollback()
    return (
        session.scalar(select(func.count()).select_from(CaseDocument)) or 0,
        session.scalar(select(func.count()).select_from(CaseEvent)) or 0,
    )


def test_a_numbered_letter_is_stored_with_its_event(session: Session) -> None:
    made = _generate(session, "official_letter", paperwork.LetterInputs(number=125))
    assert made.number == "125/CQLTHADS-VP"
    text = _docx_text(made.document.content)
    assert "Số: 125/CQLTHADS-VP" in text and "Thi hành án dân sự tỉnh Tây Ninh" in text
    # the report deadline: 3 working days from Monday 16/11 10:00 → Thursday 19/11 17:00
    assert "19/11/2026" in text
    last = events(session, _case(session))[-1]
    assert (last.action, last.actor, json.loads(last.attachment_ids)) == (
        "note",
        "lan",
        [made.document.id],
    )
    assert json.loads(last.data) == {
        "date": "2026-11-16",
        "deadline": "2026-11-19T17:00:00+07:00",
        "document_id": made.document.id,
        "document_kind": "official_letter",
        "number": "125/CQLTHADS-VP",
    }
    assert last.note == f"Tạo công văn gửi địa phương: {made.name} (số 125/CQLTHADS-VP)"
    unnumbered = _generate(session, "official_letter")
    assert unnumbered.number == ""
    assert "Số: …/CQLTHADS-VP" in _docx_text(unnumbered.document.content)


@pytest.mark.parametrize(
    ("kind", "inputs", "by", "message"),
    [
        ("official_letter", None, "xem", "chỉ được xem"),
        ("official_letter", None, "ai", "Không có người dùng “ai”"),
        ("thu-tinh", None, "lan", "Loại văn bản không hợp lệ: 'thu-tinh'"),
        ("draft_reply", None, "lan", "đang ở trạng thái «Mới phát hiện»"),
        ("correction_request", None, "lan", "chỉ lập khi vụ việc ở: «Đang soạn phản hồi»"),
    ],
)
def test_refusals_store_nothing(session: Session, kind, inputs, by, message) -> None:
    before = _counts(session)
    with pytest.raises(WorkflowError, match=message):
        _generate(session, kind, inputs, by=by)
    assert _counts(session) == before


def test_missing_inputs_of_the_later_documents(session: Session) -> None:
    for target in ("triaged", "drafting"):
        advance(session, _case(session), target, by="lan")
    before = _counts(session)
    for kind, inputs, message in (
        ("correction_request", None, "cần ít nhất một cặp"),
        ("draft_reply", None, "cần kết quả xác minh"),
        ("draft_reply", paperwork.LetterInputs(number=3), "không có số văn bản"),
    ):
        with pytest.raises(WorkflowError, match=message):
            _generate(session, kind, inputs)
        assert _counts(session) == before
    point = CorrectionPoint("Kê biên nhà của người khác", "Tài sản của người phải thi hành án")
    made = _generate(session, "correction_request", paperwork.LetterInputs(points=(point,)))
    assert made.document.kind == "correction_request" and _counts(session)[0] == before[0] + 1


def test_closing_needs_a_fitting_outcome_and_replay_keeps_it(session: Session) -> None:
    case = _case(session)
    for target, who in (
        ("triaged", "lan"),
        ("drafting", "lan"),
        ("wg_review", "lan"),
        ("correction_requested", "hung"),
    ):
        advance(session, case, target, by=who)
    before = _counts(session)
    for target, outcome, message in (
        ("outlet_responded", "reply_published", "không phù hợp khi chuyển sang"),
        ("outlet_responded", "sửa rồi", "Kết quả xử lý không hợp lệ: 'sửa rồi'"),
        ("escalated", "refused", "chỉ ghi khi chuyển sang"),
    ):
        with pytest.raises(TransitionError, match=message):
            advance(session, case, target, by="hung", note="x", outcome=outcome)
        assert _counts(session) == before
        assert (_case(session).state, _case(session).outcome_key) == ("correction_requested", None)
    advance(session, case, "outlet_responded", by="lan", outcome="refused")
    assert case.outcome_key == "refused"
    with pytest.raises(TransitionError, match="cần nêu kết quả xử lý") as refused:
        advance(session, case, "closed", by="hung", note="Báo không cải chính")
    assert "corrected (Cơ quan báo chí đã cải chính)" in str(refused.value)
    assert _case(session).state == "outlet_responded"
    advance(session, case, "closed", by="hung", note="Báo đã cải chính", outcome="corrected")
    session.expire_all()
    assert (case.state, case.outcome_key, case.outcome) == (
        "closed",
        "corrected",
        "Báo đã cải chính",
    )
    assert json.loads(events(session, case)[-1].data) == {"outcome": "corrected"}
    snapshot = replay(events(session, case))
    assert snapshot == stored_snapshot(session, case) and snapshot.outcome_key == "corrected"
