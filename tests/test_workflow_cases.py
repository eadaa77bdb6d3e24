"""Cases on a real database (SQLite and PostgreSQL): opening from an article (story coverage,
suggested office, one open case per story), reader letters, assignment, notes, articles, lookup,
listing with computed overdue status, codes, replay from the audit trail, users."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

import config
from storage.models import Article, CaseDocument, CaseEvent, CaseEvidence, User
from tests.support.workflow import NOW, add_people, classify, store
from workflow.cases import (
    Attachment,
    add_article,
    add_note,
    advance,
    assign,
    case_article_ids,
    documents,
    events,
    get_case,
    list_cases,
    open_case,
    open_reader_letter,
    replay,
    resolve_place,
    stored_snapshot,
)
from workflow.users import (
    WorkflowError,
    add_user,
    disable_user,
    list_users,
    set_password,
    verify_password,
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def session(engine):
    with Session(engine, expire_on_commit=False) as s:
        add_people(s)
        yield s


def _story(session: Session, topic: str, outlets=("vnexpress", "dantri", "tuoitre")) -> list[int]:
    ids = [store(session, outlet=o, topic=topic) for o in outlets]
    for article_id in ids:
        classify(session, article_id)
    return ids


def _letter(session: Session, **fields) -> object:
    values = {
        "by": "lan",
        "title": "Đơn của bà B về việc chậm thi hành án",
        "sender_name": "Bà Trần Thị B",
        "text": "Tôi đề nghị Báo làm rõ việc chậm thi hành bản án đã có hiệu lực.",
        "now": NOW,
    }
    values.update(fields)
    return open_reader_letter(session, **values)


# --- opening from an article ---------------------------------------------------------------------
def test_open_case_covers_the_story_and_suggests_the_office(session) -> None:
    ids = _story(session, "kê biên nhầm nhà")
    other = _story(session, "chậm trả tiền cho người được thi hành án", outlets=("laodong",))
    case = open_case(session, ids[1], by="lan", severity="urgent", now=NOW)
    assert case.code == "VV-2026-0001"
    assert (case.kind, case.state, case.severity) == ("press", "detected", "urgent")
    assert case_article_ids(session, case) == ids  # every syndicated copy, not the other story
    assert other[0] not in case_article_ids(session, case)
    assert case.province == "Tỉnh Tây Ninh"
    assert case.office == "Thi hành án dân sự tỉnh Tây Ninh"
    assert case.opened_by == "lan" and case.opening_article_id == ids[1]
    assert case.opening_label == "needs_correction"
    assert case.opening_score == pytest.approx(0.95 * 0.9)
    assert case.title == "Phản ánh: kê biên nhầm nhà"
    assert case.summary == "Bạn đọc phản ánh kê biên nhầm nhà tại Tây Ninh."
    evidence = session.scalars(select(CaseEvidence).where(CaseEvidence.case_id == case.id)).all()
    assert sorted(e.article_id for e in evidence) == ids
    (opened,) = events(session, case)
    assert (opened.action, opened.actor, opened.role, opened.to_state) == (
        "open",
        "lan",
        "member",
        "detected",
    )
    assert json.loads(opened.data)["article_ids"] == ids


def test_one_open_case_per_story_until_it_is_finished(session) -> None:
    ids = _story(session, "cưỡng chế sai người")
    first = open_case(session, ids[0], by="lan", now=NOW)
    for article_id in ids:
        with pytest.raises(WorkflowError, match=f"đã có vụ việc đang mở {first.code}"):
            open_case(session, article_id, by="hung", now=NOW)
    assert len(list_cases(session)) == 1
    advance(session, first, "dismissed", by="hung", note="Đã có thông tin chính thức.")
    second = open_case(session, ids[2], by="lan", now=NOW)
    assert second.code == "VV-2026-0002" and second.story_id == first.story_id


def test_open_case_refusals(session) -> None:
    (article_id,) = _story(session, "bán đấu giá tài sản", outlets=("vov",))
    with pytest.raises(WorkflowError, match="Không có bài báo số 9999"):
        open_case(session, 9999, by="lan")
    with pytest.raises(WorkflowError, match="chỉ được xem"):
        open_case(session, article_id, by="xem")
    with pytest.raises(WorkflowError, match="vô hiệu hóa"):
        open_case(session, article_id, by="cu")
    with pytest.raises(WorkflowError, match="Mức độ không hợp lệ: 'high'"):
        open_case(session, article_id, by="lan", severity="high")
    assert list_cases(session) == []


def test_article_without_classification_opens_without_office(session) -> None:
    article_id = store(session, outlet="nld", topic="thừa phát lại lập vi bằng")
    case = open_case(session, article_id, by="lan", now=NOW)
    assert (case.province, case.office, case.opening_label) == (None, None, None)


def test_codes_count_per_year(session) -> None:
    a = _story(session, "án phí", outlets=("vtv",))[0]
    b = _story(session, "tiền phạt", outlets=("vtv",))[0]
    assert open_case(session, a, by="lan", now=NOW).code == "VV-2026-0001"
    assert _letter(session).code == "VV-2026-0002"
    next_year = NOW.replace(year=2027, month=1, day=4)
    assert open_case(session, b, by="lan", now=next_year).code == "VV-2027-0001"


# --- reader letters ------------------------------------------------------------------------------
def test_reader_letter_with_attachments(session) -> None:
    scan = bytes(range(256)) * 10
    case = _letter(
        session,
        sender_contact="0912 345 678",
        forwarded_by="Ban Bạn đọc Báo PLVN",
        province="tỉnh Bình Dương",  # pre-merger name: now part of TP Hồ Chí Minh
        received_at=NOW - timedelta(days=2),
        attachments=[Attachment("đơn thư.pdf", scan), Attachment("../../etc/passwd", b"x")],
    )
    assert (case.kind, case.state, case.story_id) == ("reader_letter", "detected", None)
    assert case.sender_name == "Bà Trần Thị B" and case.sender_contact == "0912 345 678"
    assert case.forwarded_by == "Ban Bạn đọc Báo PLVN"
    assert case.received_at == NOW - timedelta(days=2)
    assert case.office == "Thi hành án dân sự thành phố Hồ Chí Minh"
    docs = documents(session, case)
    assert [d.filename for d in docs] == ["đơn thư.pdf", "passwd"]
    assert docs[0].content == scan and docs[0].size == len(scan)
    assert docs[0].media_type == "application/pdf"
    assert docs[0].sha256 == hashlib.sha256(scan).hexdigest()
    (opened,) = events(session, case)
    assert json.loads(opened.attachment_ids) == [d.id for d in docs]


def test_reader_letter_refusals(session) -> None:
    with pytest.raises(WorkflowError, match="thiếu tiêu đề, người gửi"):
        _letter(session, title=" ", sender_name="")
    with pytest.raises(WorkflowError, match="tương lai"):
        _letter(session, received_at=NOW + timedelta(days=1))
    with pytest.raises(WorkflowError, match="Không nhận ra tỉnh/thành phố “Atlantis”"):
        _letter(session, province="Atlantis")
    assert list_cases(session) == []
    assert session.scalars(select(CaseDocument)).all() == []


def test_attachment_files_are_checked(tmp_path) -> None:
    with pytest.raises(WorkflowError, match="Không tìm thấy tệp đính kèm"):
        Attachment.read(tmp_path / "missing.pdf", 1000)
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 2001)
    with pytest.raises(WorkflowError, match="quá lớn"):
        Attachment.read(big, 2000)
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(WorkflowError, match="rỗng"):
        Attachment.read(tmp_path / "empty.txt", 2000)
    with pytest.raises(WorkflowError, match="không phải một tệp"):
        Attachment.read(tmp_path, 2000)
    assert Attachment.read(big, 5000).content == b"x" * 2001


# --- assignment, notes, articles -----------------------------------------------------------------
def test_assign_office_and_people(session) -> None:
    case = _letter(session, province="Tây Ninh")
    assign(session, case, by="lan", office="Thi hành án dân sự TP.HCM", add=["hung", "lan"])
    assert case.province == "Thành phố Hồ Chí Minh"
    assert case.office == "Thi hành án dân sự thành phố Hồ Chí Minh"
    assign(session, case, by="hung", remove=["lan"], note="Chuyển cho lãnh đạo")
    last = events(session, case)[-1]
    assert (last.action, last.actor, last.note) == ("assign", "hung", "Chuyển cho lãnh đạo")
    assert json.loads(last.data) == {"added": [], "removed": ["lan"]}
    assert stored_snapshot(session, case).assignees == {"hung"}


def test_assign_refusals_change_nothing(session) -> None:
    case = _letter(session, province="Tây Ninh")
    assign(session, case, by="lan", add=["hung"])
    n = len(events(session, case))
    for kwargs, message in (
        ({"office": "Sao Hỏa"}, "Không nhận ra tỉnh/thành phố"),
        ({"add": ["xem"]}, "chỉ được xem"),
        ({"add": ["cu"]}, "vô hiệu hóa"),
        ({"add": ["nobody"]}, "Không có người dùng “nobody”"),
        ({"remove": ["lan"]}, "“lan” không được phân công"),
        ({"add": ["hung"], "office": "tỉnh Tây Ninh"}, "Không có gì thay đổi"),
    ):
        with pytest.raises(WorkflowError, match=message):
            assign(session, case, by="lan", **kwargs)
    with pytest.raises(WorkflowError, match="chỉ được xem"):
        assign(session, case, by="xem", add=["lan"])
    session.expire_all()
    assert len(events(session, case)) == n
    assert case.office == "Thi hành án dân sự tỉnh Tây Ninh"
    assert stored_snapshot(session, case).assignees == {"hung"}


def test_finished_cases_take_notes_but_not_assignments_or_articles(session) -> None:
    ids = _story(session, "giải quyết khiếu nại", outlets=("cand",))
    case = open_case(session, ids[0], by="lan", now=NOW)
    advance(session, case, "dismissed", by="quantri", note="Không thuộc THADS.")
    with pytest.raises(WorkflowError, match="đã kết thúc"):
        assign(session, case, by="hung", add=["lan"])
    extra = store(session, outlet="vtc", topic="khác hẳn")
    with pytest.raises(WorkflowError, match="đã kết thúc"):
        add_article(session, case, extra, by="hung")
    event = add_note(session, case, by="lan", text="Báo đã tự gỡ bài.")
    assert event.note == "Báo đã tự gỡ bài." and event.action == "note"


def test_notes_and_articles(session) -> None:
    case = _letter(session)
    with pytest.raises(WorkflowError, match="Ghi chú rỗng"):
        add_note(session, case, by="lan", text="  ")
    note = add_note(
        session,
        case,
        by="lan",
        text="Địa phương gửi báo cáo\x07 số 12/BC",
        attachments=[Attachment("bao-cao.docx", b"PK\x03\x04 docx")],
    )
    assert note.note == "Địa phương gửi báo cáo số 12/BC"  # control character dropped
    (doc,) = documents(session, case)
    assert json.loads(note.attachment_ids) == [doc.id] and doc.created_by == "lan"
    article_id = store(session, outlet="thanhnien", topic="bài liên quan đơn thư")
    add_article(session, case, article_id, by="lan")
    assert case_article_ids(session, case) == [article_id]
    with pytest.raises(WorkflowError, match="đã thuộc vụ việc"):
        add_article(session, case, article_id, by="lan")
    with pytest.raises(WorkflowError, match="Không có bài báo số 4242"):
        add_article(session, case, 4242, by="lan")


# --- lookup, listing, overdue --------------------------------------------------------------------
def test_get_case_by_id_or_code(session) -> None:
    case = _letter(session)
    assert get_case(session, case.id) is case
    assert get_case(session, str(case.id)) is case
    assert get_case(session, "vv-2026-0001") is case
    for ref in ("VV-2026-0002", "999", "abc", ""):
        with pytest.raises(WorkflowError, match="Không có vụ việc"):
            get_case(session, ref)


def test_list_filters_and_computed_overdue(session) -> None:
    settings = config.load(environ={})
    old = _letter(session, province="Tây Ninh", now=NOW - timedelta(days=30))
    fresh = _letter(session, province="Hà Nội", title="Đơn mới")
    ids = _story(session, "thu hồi tài sản tham nhũng", outlets=("vietnamnet",))
    press = open_case(session, ids[0], by="lan", now=NOW)
    advance(session, press, "dismissed", by="hung", note="Trùng vụ việc khác.", now=NOW)

    def codes(**kw) -> set[str]:
        return {c.code for c in list_cases(session, settings=settings, now=NOW, **kw)}

    assert codes() == {old.code, fresh.code, press.code}
    assert codes(open_only=True) == {old.code, fresh.code}
    assert codes(open_only=False) == {press.code}
    assert codes(kind="reader_letter") == {old.code, fresh.code}
    assert codes(state="dismissed") == {press.code}
    assert codes(province="Tây Ninh") == {old.code, press.code}
    assert codes(province="Thi hành án dân sự thành phố Hà Nội") == {fresh.code}
    # detected is due by closing time of its working day: 30 days later it is overdue
    assert codes(overdue=True) == {old.code}
    assert codes(overdue=False) == {fresh.code, press.code}
    # overdue is computed from the current state's entry, never stored: moving on clears it
    advance(session, old, "triaged", by="lan", now=NOW)
    assert codes(overdue=True) == set()
    with pytest.raises(WorkflowError, match="Trạng thái không hợp lệ: 'open'"):
        list_cases(session, state="open")
    with pytest.raises(WorkflowError, match="Loại vụ việc không hợp lệ"):
        list_cases(session, kind="tv")


def test_resolve_place_forms() -> None:
    expected = ("Tỉnh Tây Ninh", "Thi hành án dân sự tỉnh Tây Ninh")
    for name in ("Tây Ninh", "tỉnh Tây Ninh", "Tay Ninh", "Thi hành án dân sự tỉnh Tây Ninh"):
        assert resolve_place(name) == expected
    assert resolve_place("TP.HCM")[0] == "Thành phố Hồ Chí Minh"
    with pytest.raises(WorkflowError, match="Chưa nêu tỉnh"):
        resolve_place("  ")


# --- replay --------------------------------------------------------------------------------------
def test_replay_of_a_long_history_equals_the_stored_case(session) -> None:
    ids = _story(session, "chậm giao tài sản trúng đấu giá", outlets=("vnexpress", "zing"))
    case = open_case(session, ids[0], by="lan", now=NOW)
    steps = [
        lambda t: advance(session, case, "triaged", by="lan", severity="urgent", now=t),
        lambda t: assign(session, case, by="lan", office="Đồng Nai", add=["lan", "hung"], now=t),
        lambda t: advance(session, case, "notified_local", by="lan", now=t),
        lambda t: add_note(session, case, by="hung", text="Đã gọi điện cho địa phương", now=t),
        lambda t: advance(session, case, "local_verifying", by="lan", now=t),
        lambda t: add_article(session, case, store(session, outlet="vov", topic="khác"), by="lan"),
        lambda t: advance(session, case, "drafting", by="lan", now=t),
        lambda t: advance(session, case, "wg_review", by="lan", now=t),
        lambda t: advance(session, case, "drafting", by="hung", note="Bổ sung số liệu", now=t),
        lambda t: assign(session, case, by="hung", remove=["lan"], add=["quantri"], now=t),
        lambda t: advance(session, case, "wg_review", by="lan", severity="normal", now=t),
        lambda t: advance(session, case, "published_reply", by="hung", now=t),
        lambda t: advance(session, case, "correction_requested", by="quantri", now=t),
        lambda t: advance(session, case, "outlet_responded", by="lan", now=t),
        lambda t: advance(session, case, "escalated", by="hung", note="Báo từ chối", now=t),
        lambda t: advance(
            session, case, "closed", by="hung", note="Báo đã cải chính", outcome="corrected", now=t
        ),
    ]
    for n, step in enumerate(steps, start=1):
        step(NOW + timedelta(hours=n))
        session.expire_all()
        assert replay(events(session, case)) == stored_snapshot(session, case), n
    final = replay(events(session, case))
    assert (final.state, final.severity, final.outcome) == ("closed", "normal", "Báo đã cải chính")
    assert final.assignees == {"hung", "quantri"}
    assert final.office == "Thi hành án dân sự tỉnh Đồng Nai"
    assert len(final.article_ids) == 3
    assert case.open_story_id is None and case.closed_at == NOW + timedelta(hours=16)


def test_replay_refuses_a_broken_trail(session) -> None:
    case = _letter(session)
    advance(session, case, "triaged", by="lan")
    trail = events(session, case)
    with pytest.raises(ValueError, match="before the case was opened"):
        replay(trail[1:])
    with pytest.raises(ValueError, match="no events"):
        replay([])


def test_audit_trail_and_evidence_are_append_only(session, engine) -> None:
    ids = _story(session, "tạm giữ giấy tờ", outlets=("baotintuc",))
    case = open_case(session, ids[0], by="lan", now=NOW)
    event = events(session, case)[0]
    event.note = "sửa lịch sử"
    with pytest.raises(ValueError, match="append-only"):
        session.commit()
    session.rollback()
    session.delete(session.scalars(select(CaseEvidence)).one())
    with pytest.raises(ValueError, match="append-only"):
        session.commit()
    session.rollback()
    assert session.scalar(select(CaseEvent.note).where(CaseEvent.id == event.id)) is None


# --- users ----------------------------------------------------------------------------------------
def test_users_passwords_and_roles(session) -> None:
    user = add_user(
        session,
        "thu.ha",
        role="leader",
        full_name="Lê Thu Hà",
        email="ha@moj.gov.vn",
        password="mat-khau-dai",
    )
    assert user.password_hash.startswith("$argon2")
    assert "mat-khau-dai" not in user.password_hash
    assert verify_password(user, "mat-khau-dai") and not verify_password(user, "sai")
    set_password(session, "thu.ha", "mat-khau-moi-1")
    assert verify_password(user, "mat-khau-moi-1") and not verify_password(user, "mat-khau-dai")
    disable_user(session, "thu.ha")
    assert not verify_password(user, "mat-khau-moi-1")
    assert [u.username for u in list_users(session)] == [
        "cu",
        "hung",
        "lan",
        "quantri",
        "thu.ha",
        "xem",
    ]
    for kwargs, message in (
        ({"username": "lan", "role": "member"}, "đã có người dùng"),
        ({"username": "Lan Anh", "role": "member"}, "Tên đăng nhập không hợp lệ"),
        ({"username": "system", "role": "admin"}, "dành cho hệ thống"),
        ({"username": "moi", "role": "boss"}, "Vai trò không hợp lệ: 'boss'"),
        ({"username": "moi", "role": "member", "password": "ngan"}, "ít nhất 8 ký tự"),
        ({"username": "moi", "role": "member", "email": "not-an-email"}, "thư không hợp lệ"),
        # The mailer's own check (config.MAIL_ADDRESS): accepted here would fail at every notice.
        ({"username": "moi", "role": "member", "email": "lan@moj.gov.v"}, "thư không hợp lệ"),
        ({"username": "moi", "role": "member", "email": "lân@moj.gov.vn"}, "thư không hợp lệ"),
    ):
        with pytest.raises(WorkflowError, match=message):
            add_user(session, **kwargs)
    assert session.scalar(select(User).where(User.username == "moi")) is None


def test_schema_keeps_one_open_case_per_story(session) -> None:
    """The unique open_story_id backs the check in code (two processes opening at once)."""
    ids = _story(session, "phong tỏa tài khoản", outlets=("dantri",))
    open_case(session, ids[0], by="lan", now=NOW)
    with pytest.raises(Exception, match="(?i)unique|duplicate"):
        session.execute(
            text(
                "INSERT INTO cases (code, kind, state, severity, title, summary, opened_by, "
                "opened_at, state_entered_at, story_id, open_story_id) VALUES ('VV-2026-0099', "
                "'press', 'detected', 'normal', '', '', 'x', :t, :t, :s, :s)"
            ),
            {"t": NOW, "s": session.get_one(Article, ids[0]).story_id},
        )
    session.rollback()
