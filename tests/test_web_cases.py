"""Cases in the web app: the board by state with deadlines and overdue marks; the case page with
its timeline, documents and evidence downloads; only the actions a role allows, each checked
again by the workflow."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import encode_multipart

from storage.models import Case, CaseDocument, CaseEvent
from tests.support.web import (
    cheap_passwords,  # noqa: F401
    make_app,
    post,
    sign_in,
)
from tests.support.workflow import add_people, classify, store
from workflow.cases import advance, open_case

pytestmark = [pytest.mark.postgres, pytest.mark.usefixtures("cheap_passwords")]


@pytest.fixture
def world(tmp_path: Path, engine: Engine):
    with Session(engine) as session:
        add_people(session)
        article = store(session, outlet="baophapluat", topic="kê biên nhầm nhà")
        store(session, outlet="vnexpress", topic="kê biên nhầm nhà")
        classify(session, article, label="inaccurate", province="Tỉnh Tây Ninh")
        case = open_case(session, article, by="lan")
        case_id = case.id
    app = make_app(tmp_path, engine)
    return app, app.test_client(), case_id


def _case(engine: Engine, case_id: int) -> Case:
    with Session(engine) as session:
        return session.get_one(Case, case_id)


def test_board_groups_open_cases_by_state_with_deadlines(world, engine: Engine) -> None:
    app, client, case_id = world
    with Session(engine) as session:
        other = store(session, outlet="tuoitre", topic="chậm trả tiền")
        classify(session, other)
        late = open_case(session, other, by="lan", now=datetime.now(UTC) - timedelta(days=30))
        late_code = late.code
    sign_in(client, app, "xem")
    text = client.get("/cases").get_data(as_text=True)
    assert "2 vụ việc đang xử lý" in text and "1 quá hạn" in text
    detected = text.split('data-state="detected"')[1].split('data-state="triaged"')[0]
    assert _case(engine, case_id).code in detected and late_code in detected
    late_card = detected.split(late_code)[1].split("</article>")[0]
    assert "Quá hạn từ" in late_card
    assert "Mới phát hiện" in text and "Tổ công tác đang xem xét" in text


def test_viewer_sees_the_case_but_no_action(world, engine: Engine) -> None:
    app, client, case_id = world
    sign_in(client, app, "xem")
    text = client.get(f"/cases/{case_id}").get_data(as_text=True)
    assert "Mới phát hiện" in text and "Mở vụ việc" in text  # state and timeline
    assert "Thi hành án dân sự tỉnh Tây Ninh" in text
    assert "Chuyển trạng thái" not in text and "Thêm ghi chú" not in text
    assert "chỉ được xem vụ việc" in text
    assert post(client, f"/cases/{case_id}/advance", {"to_state": "triaged"}).status_code == 403
    assert _case(engine, case_id).state == "detected"
    assert client.get("/cases/999999").status_code == 404


def test_advance_through_the_states_as_the_right_roles(world, engine: Engine) -> None:
    app, client, case_id = world
    url = f"/cases/{case_id}/advance"

    def step(user: str, target: str, note: str = "", expect: int = 303, outcome: str = "") -> str:
        sign_in(client, app, user)
        response = post(client, url, {"to_state": target, "note": note, "outcome": outcome})
        assert response.status_code == expect, response.get_data(as_text=True)
        return response.get_data(as_text=True)

    sign_in(client, app, "lan")
    page = client.get(f"/cases/{case_id}").get_data(as_text=True)
    assert 'value="triaged"' in page and 'value="dismissed"' not in page  # only a member's steps
    step("lan", "triaged")
    step("lan", "notified_local")
    step("lan", "local_verifying")
    step("lan", "drafting")
    step("lan", "wg_review")
    refused = step("lan", "correction_requested", expect=400)  # a leader's approval
    assert "bước này chỉ dành cho lãnh đạo, quản trị" in refused
    assert _case(engine, case_id).state == "wg_review"
    sign_in(client, app, "lan")
    assert "các bước tiếp theo cần vai trò lãnh đạo" in client.get(f"/cases/{case_id}").text
    step("hung", "correction_requested", note="Đề nghị báo cải chính")
    step("lan", "outlet_responded")
    missing = step("hung", "closed", expect=400)
    assert "cần ghi chú" in missing
    no_outcome = step("hung", "closed", note="Báo đã cải chính ngày 25/11", expect=400)
    assert "cần nêu kết quả xử lý" in no_outcome and "Cơ quan báo chí đã cải chính" in no_outcome
    step("hung", "closed", note="Báo đã cải chính ngày 25/11", outcome="corrected")
    case = _case(engine, case_id)
    assert (case.state, case.outcome) == ("closed", "Báo đã cải chính ngày 25/11")
    assert case.outcome_key == "corrected"
    with Session(engine) as session:
        trail = list(
            session.scalars(
                select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
            )
        )
    assert [(e.actor, e.to_state) for e in trail if e.action == "advance"] == [
        ("lan", "triaged"),
        ("lan", "notified_local"),
        ("lan", "local_verifying"),
        ("lan", "drafting"),
        ("lan", "wg_review"),
        ("hung", "correction_requested"),
        ("lan", "outlet_responded"),
        ("hung", "closed"),
    ]
    sign_in(client, app, "xem")
    timeline = client.get(f"/cases/{case_id}").get_data(as_text=True)
    assert "Đã đề nghị cải chính" in timeline and "Báo đã cải chính ngày 25/11" in timeline
    assert "hung (lãnh đạo)" in timeline
    assert "Đã kết thúc gần đây" in client.get("/cases").text


def test_refused_step_keeps_what_was_typed(world, engine: Engine) -> None:
    app, client, case_id = world
    sign_in(client, app, "lan")
    response = post(
        client, f"/cases/{case_id}/advance", {"to_state": "closed", "note": "ghi chú dài của tôi"}
    )
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert "Không thể chuyển vụ việc" in text and "ghi chú dài của tôi" in text
    assert post(client, f"/cases/{case_id}/advance", {}).status_code == 400


def test_assign_and_note_with_attachment_download(world, engine: Engine) -> None:
    app, client, case_id = world
    sign_in(client, app, "lan")
    response = post(
        client,
        f"/cases/{case_id}/assign",
        {"province": "Thành phố Hà Nội", "add": "hung", "note": "Chuyển Hà Nội"},
    )
    assert response.status_code == 303
    case = _case(engine, case_id)
    assert case.office == "Thi hành án dân sự thành phố Hà Nội"
    nothing = post(client, f"/cases/{case_id}/assign", {})
    assert nothing.status_code == 400 and "Không có gì thay đổi" in nothing.get_data(as_text=True)
    content = "Báo cáo xác minh của địa phương".encode()
    response = client.post(
        f"/cases/{case_id}/note",
        data={
            "csrf_token": "test-csrf-token",
            "note": "Địa phương đã báo cáo",
            "attachments": (io.BytesIO(content), "báo cáo <xác minh>.txt"),
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 303
    with Session(engine) as session:
        doc = session.scalars(select(CaseDocument).where(CaseDocument.kind == "attachment")).one()
    page = client.get(f"/cases/{case_id}").get_data(as_text=True)
    assert "Địa phương đã báo cáo" in page and "Phân công: hung" in page
    assert f"/cases/{case_id}/documents/{doc.id}" in page
    download = client.get(f"/cases/{case_id}/documents/{doc.id}")
    assert download.status_code == 200 and download.data == content
    assert download.headers["Content-Disposition"].startswith("attachment;")
    assert "filename*=UTF-8''b%C3%A1o%20c%C3%A1o" in download.headers["Content-Disposition"]
    assert download.mimetype == "text/plain"
    assert client.get(f"/cases/{case_id + 1}/documents/{doc.id}").status_code == 404
    empty = post(client, f"/cases/{case_id}/note", {"note": ""})
    assert empty.status_code == 400 and "Ghi chú rỗng" in empty.get_data(as_text=True)


def test_evidence_downloads_are_attachments_never_rendered(world, engine: Engine) -> None:
    app, client, case_id = world
    sign_in(client, app, "xem")
    page = client.get(f"/cases/{case_id}").get_data(as_text=True)
    assert "Bản lưu trữ làm chứng cứ" in page
    from storage.models import CaseEvidence

    with Session(engine) as session:
        evidence = session.scalars(
            select(CaseEvidence).where(CaseEvidence.case_id == case_id)
        ).all()
    assert len(evidence) == 2  # both copies of the story
    raw = client.get(f"/cases/{case_id}/evidence/{evidence[0].id}/html")
    assert raw.status_code == 200 and raw.mimetype == "application/octet-stream"
    assert raw.headers["Content-Disposition"].startswith("attachment;")
    assert raw.headers["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert raw.data == evidence[0].raw_html
    txt = client.get(f"/cases/{case_id}/evidence/{evidence[0].id}/txt")
    assert "Phản ánh: kê biên nhầm nhà" in txt.get_data(as_text=True)
    assert client.get(f"/cases/{case_id}/evidence/{evidence[0].id}/exe").status_code == 404


def test_finished_case_offers_no_step(world, engine: Engine) -> None:
    app, client, case_id = world
    with Session(engine) as session:
        advance(session, case_id, "dismissed", by="hung", note="Không cần xử lý")
    sign_in(client, app, "quantri")
    text = client.get(f"/cases/{case_id}").get_data(as_text=True)
    assert "Không cần xử lý" in text
    assert 'name="to_state"' not in text and 'id="assign"' not in text
    assert 'id="note"' in text  # a note may still be added to a finished case


def _docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_generate_and_download_the_letters(world, engine: Engine) -> None:
    app, client, case_id = world
    sign_in(client, app, "lan")
    code = _case(engine, case_id).code
    bad = post(client, f"/cases/{case_id}/documents", {"kind": "official_letter", "number": "12a"})
    assert bad.status_code == 400 and "Số văn bản không hợp lệ: “12a”" in bad.text
    response = post(
        client,
        f"/cases/{case_id}/documents",
        {"kind": "official_letter", "claims": "Kê biên nhầm nhà của người thứ ba", "number": "125"},
    )
    assert response.status_code == 303
    with Session(engine) as session:
        letter = session.scalars(
            select(CaseDocument).where(CaseDocument.kind == "official_letter")
        ).one()
    page = client.get(f"/cases/{case_id}").get_data(as_text=True)
    assert "Đã tạo công văn gửi địa phương" in page
    assert f"Tạo công văn gửi địa phương: {letter.filename}" in page  # in the timeline
    download = client.get(f"/cases/{case_id}/documents/{letter.id}")
    assert download.headers["Content-Disposition"].startswith("attachment;")
    text = _docx_text(download.data)
    assert "Kính gửi" in text and "Thi hành án dân sự tỉnh Tây Ninh" in text
    assert code in text and "Phản ánh: kê biên nhầm nhà" in text and "Số: 125/CQLTHADS-VP" in text
    assert "Kê biên nhầm nhà của người thứ ba" in text

    early = post(client, f"/cases/{case_id}/documents", {"kind": "draft_reply", "findings": "x"})
    assert early.status_code == 400 and "chỉ lập khi vụ việc ở" in early.text
    with Session(engine) as session:
        for target in ("triaged", "drafting"):
            advance(session, case_id, target, by="lan")
    missing = post(
        client,
        f"/cases/{case_id}/documents",
        {"kind": "correction_request", "false_1": "Kê biên sai"},
    )
    assert missing.status_code == 400
    body = missing.get_data(as_text=True)
    assert "cần cả “nội dung bài viết nêu” và “thông tin chính xác”" in body
    assert "Kê biên sai" in body  # what was typed is kept
    response = post(
        client,
        f"/cases/{case_id}/documents",
        {
            "kind": "correction_request",
            "false_1": "Chấp hành viên kê biên nhà của người khác",
            "correct_1": "Tài sản kê biên thuộc sở hữu của người phải thi hành án",
            "report_number": "125/BC-THADS",
        },
    )
    assert response.status_code == 303
    response = post(
        client,
        f"/cases/{case_id}/documents",
        {"kind": "draft_reply", "findings": "Việc kê biên đúng quy định.\nĐã niêm yết công khai."},
    )
    assert response.status_code == 303
    with Session(engine) as session:
        docs = {d.kind: d for d in session.scalars(select(CaseDocument))}
    request_text = _docx_text(docs["correction_request"].content)
    assert "Luật Báo chí" in request_text and "Tài sản kê biên thuộc sở hữu" in request_text
    assert "DỰ THẢO" in _docx_text(docs["draft_reply"].content)
    unknown = post(client, f"/cases/{case_id}/documents", {"kind": "thư tình"})
    assert unknown.status_code == 400 and "Loại văn bản không hợp lệ" in unknown.text


def test_letter_needs_an_office(tmp_path: Path, engine: Engine) -> None:
    with Session(engine) as session:
        add_people(session)
        article = store(session, outlet="baophapluat", topic="không rõ nơi")
        classify(session, article, province=None)
        case_id = open_case(session, article, by="lan").id
    app = make_app(tmp_path, engine)
    client = app.test_client()
    sign_in(client, app, "lan")
    response = post(client, f"/cases/{case_id}/documents", {"kind": "official_letter"})
    assert response.status_code == 400
    assert "Chưa xác định cơ quan thi hành án phụ trách" in response.get_data(as_text=True)


def test_attachment_limit_follows_the_setting(tmp_path: Path, world, engine: Engine) -> None:
    _app, _client, case_id = world
    app = make_app(tmp_path / "small", engine, case_attachment_max_mb=1)
    client = app.test_client()
    sign_in(client, app, "lan")

    def note_with(*files: tuple[bytes, str]) -> tuple[int, str]:
        # The body is encoded in memory: the test client's own encoder spools big bodies to a
        # temporary file it never closes.
        boundary, body = encode_multipart(
            MultiDict(
                [("csrf_token", "test-csrf-token"), ("note", "Kèm tệp")]
                + [("attachments", FileStorage(io.BytesIO(c), n)) for c, n in files]
            )
        )
        response = client.post(
            f"/cases/{case_id}/note",
            data=body,
            content_type=f"multipart/form-data; boundary={boundary}",
        )
        return response.status_code, response.get_data(as_text=True)

    code, text = note_with((b"x" * 1_000_001, "ảnh <chụp>.png"))
    assert code == 400 and "Tệp đính kèm “ảnh &lt;chụp&gt;.png” quá lớn (tối đa 1 MB)" in text
    code, text = note_with((b"", "trống.txt"))
    assert code == 400 and "Tệp đính kèm “trống.txt” rỗng." in text
    code, text = note_with(*[(b"y" * 1_000_000, f"tệp {i}.pdf") for i in range(11)])
    assert code == 413 and "Mỗi tệp tối đa 1 MB" in text
    with Session(engine) as session:
        assert not session.scalars(select(CaseDocument)).all()
    code, _text = note_with((b"z" * 1_000_000, "vừa đủ.pdf"))
    assert code == 303
    with Session(engine) as session:
        assert len(session.scalars(select(CaseDocument)).one().content) == 1_000_000
