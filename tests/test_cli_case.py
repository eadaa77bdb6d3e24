"""`diemtin user …` and `diemtin case …`: flows, and exactly what is wrong when input is bad (in
Vietnamese, non-zero exit, nothing changed). Plus the automatic opening at the end of
`diemtin classify --db`."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diemtin.cli import main
from storage.models import LOCAL_TZ, Article, Case, CaseEvent, User
from tests.support.cli import workflow_database
from tests.support.workflow import NOW, classify, store
from workflow.cases import open_case


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    """A migrated SQLite database with the people of every role, used by the commands."""
    engine = workflow_database(tmp_path, monkeypatch)
    yield {"engine": engine, "tmp": tmp_path}
    engine.dispose()


def run(*args: str, input: str | None = None) -> Result:  # noqa: A002
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def refused(result: Result, *fragments: str) -> str:
    assert result.exit_code != 0, result.output
    for fragment in fragments:
        assert fragment in result.output, result.output
    return result.output


def _counts(engine) -> tuple[int, int]:
    with Session(engine) as s:
        return (
            s.scalar(select(func.count()).select_from(Case)),
            s.scalar(select(func.count()).select_from(CaseEvent)),
        )


# --- users ---------------------------------------------------------------------------------------
def test_user_commands(env) -> None:
    added = run(
        "user",
        "add",
        "minh",
        "--role",
        "member",
        "--name",
        "Phạm Minh",
        "--email",
        "minh@moj.gov.vn",
        "--password-stdin",
        input="mat-khau-123\n",
    )
    assert added.exit_code == 0 and "Đã thêm người dùng minh (thành viên)" in added.output
    refused(run("user", "add", "minh", "--role", "member", "--no-password"), "đã có người dùng")
    refused(
        run("user", "add", "Minh Anh", "--role", "member", "--no-password"),
        "Tên đăng nhập không hợp lệ",
    )
    refused(run("user", "add", "an", "--role", "chief", "--no-password"), "chief")
    refused(
        run("user", "add", "an", "--role", "member", "--password-stdin", input="ngan\n"),
        "ít nhất 8 ký tự",
    )
    refused(
        run("user", "add", "an", "--role", "member", "--password-stdin", input="\n"),
        "Không đọc được mật khẩu",
    )
    listed = json.loads(run("user", "list", "--json").output)
    minh = next(u for u in listed if u["username"] == "minh")
    assert minh == {
        "username": "minh",
        "full_name": "Phạm Minh",
        "email": "minh@moj.gov.vn",
        "role": "member",
        "active": True,
        "has_password": True,
    }
    assert not any(u["username"] == "an" for u in listed)
    with Session(env["engine"]) as s:
        before = s.scalar(select(User.password_hash).where(User.username == "minh"))
    changed = run("user", "passwd", "minh", input="mat-khau-moi\nmat-khau-moi\n")
    assert changed.exit_code == 0, changed.output
    with Session(env["engine"]) as s:
        assert s.scalar(select(User.password_hash).where(User.username == "minh")) != before
    refused(
        run("user", "passwd", "khong-co", "--password-stdin", input="abcdefghi\n"),
        "Không có người dùng “khong-co”",
    )
    assert run("user", "disable", "minh").exit_code == 0
    assert "[đã vô hiệu hóa]" in run("user", "list").output


# --- cases ---------------------------------------------------------------------------------------
def _article(env, topic: str = "cưỡng chế nhầm nhà", **kw) -> int:
    with Session(env["engine"]) as s:
        article_id = store(s, outlet="vnexpress", topic=topic, **kw)
        classify(s, article_id)
    return article_id


def test_case_flow_and_its_errors(env) -> None:
    engine, tmp = env["engine"], env["tmp"]
    article_id = _article(env)
    opened = run("case", "open", "--article", str(article_id), "--by", "lan")
    assert opened.exit_code == 0, opened.output
    assert "Đã mở vụ việc VV-" in opened.output
    assert "Thi hành án dân sự tỉnh Tây Ninh" in opened.output
    code = opened.output.split("Đã mở vụ việc ")[1].split(" ")[0]
    refused(
        run("case", "open", "--article", str(article_id), "--by", "hung"),
        f"đã có vụ việc đang mở {code}",
    )
    refused(run("case", "open", "--article", "777", "--by", "lan"), "Không có bài báo số 777")
    before = _counts(engine)
    out = refused(
        run("case", "advance", code, "--to", "closed", "--by", "lan"),
        "Không thể chuyển vụ việc từ «Mới phát hiện» (detected) sang «Đã kết thúc»",
        "«Đã sàng lọc» (triaged)",
    )
    assert "Traceback" not in out
    refused(run("case", "advance", code, "--to", "finished", "--by", "lan"), "finished")
    refused(
        run("case", "advance", code, "--to", "triaged", "--by", "nguoi-la"),
        "Không có người dùng “nguoi-la”",
    )
    refused(run("case", "advance", code, "--to", "triaged", "--by", "cu"), "vô hiệu hóa")
    refused(run("case", "advance", code, "--to", "triaged", "--by", "xem"), "chỉ được xem")
    refused(
        run(
            "case",
            "advance",
            code,
            "--to",
            "triaged",
            "--by",
            "lan",
            "--attach",
            str(tmp / "khong-co.pdf"),
        ),
        "Không tìm thấy tệp đính kèm",
    )
    refused(
        run("case", "advance", "VV-2026-0999", "--to", "triaged", "--by", "lan"),
        "Không có vụ việc “VV-2026-0999”",
    )
    refused(run("case", "advance", code, "--to", "triaged"), "--by")
    assert _counts(engine) == before  # none of the refusals changed anything

    report = tmp / "bao-cao.pdf"
    report.write_bytes(b"%PDF-1.4 bao cao")
    steps = [
        ("case", "advance", code, "--to", "triaged", "--by", "lan", "--severity", "urgent"),
        (
            "case",
            "assign",
            code,
            "--office",
            "Đồng Nai",
            "--to",
            "hung",
            "--to",
            "lan",
            "--by",
            "lan",
        ),
        (
            "case",
            "note",
            code,
            "--by",
            "hung",
            "--text",
            "Đã gọi địa phương",
            "--attach",
            str(report),
        ),
        (
            "case",
            "advance",
            code,
            "--to",
            "dismissed",
            "--by",
            "hung",
            "--note",
            "Thông tin đã được địa phương làm rõ",
        ),
    ]
    for step in steps:
        result = run(*step)
        assert result.exit_code == 0, (step, result.output)
    refused(run("case", "note", code, "--by", "lan"), "Ghi chú rỗng")
    refused(run("case", "assign", code, "--by", "lan"), "--office, --to, --remove")

    shown = run("case", "show", code)
    assert shown.exit_code == 0
    for fragment in (
        code,
        "Trạng thái: Không cần xử lý",
        "Mức độ: Khẩn",
        "Cơ quan: Thi hành án dân sự tỉnh Đồng Nai",
        "hung (Người dùng hung), lan (Người dùng lan)",
        f"#{article_id} [vnexpress] Phản ánh: cưỡng chế nhầm nhà",
        "bao-cao.pdf",
        "lan (thành viên)  Chuyển trạng thái: Mới phát hiện → Đã sàng lọc — mức độ: Khẩn",
        "hung (lãnh đạo)  Ghi chú — đính kèm #1",
        "Kết quả: Thông tin đã được địa phương làm rõ",
    ):
        assert fragment in shown.output, (fragment, shown.output)
    data = json.loads(run("case", "show", code, "--json").output)
    assert data["state"] == "dismissed" and data["assignees"] == ["hung", "lan"]
    assert [e["action"] for e in data["events"]] == ["open", "advance", "assign", "note", "advance"]
    assert json.loads(run("case", "list", "--json").output) == []  # open ones only by default
    (listed,) = json.loads(run("case", "list", "--all", "--json").output)
    assert listed["code"] == code and listed["overdue"] is False and listed["deadline"] is None

    exported = run("case", "evidence", code, "--out", str(tmp / "bang-chung"))
    assert exported.exit_code == 0, exported.output
    assert (tmp / "bang-chung" / code / "articles" / f"{article_id}.html").is_file()
    refused(run("case", "evidence", code, "--out", str(tmp / "bang-chung")), "đã tồn tại")


def test_list_overdue_and_filters(env) -> None:
    with Session(env["engine"], expire_on_commit=False) as s:
        late = open_case(s, store(s, outlet="dantri", topic="quá hạn"), by="lan", now=NOW)
        fresh = store(s, outlet="tuoitre", topic="mới")
    assert run("case", "open", "--article", str(fresh), "--by", "lan").exit_code == 0
    overdue = json.loads(run("case", "list", "--overdue", "--json").output)
    assert [c["code"] for c in overdue] == [late.code]
    assert overdue[0]["overdue"] is True and overdue[0]["deadline"].startswith("2026-11-20T17:00")
    table = run("case", "list", "--overdue").output
    assert late.code in table and "QUÁ HẠN" in table
    assert len(json.loads(run("case", "list", "--json").output)) == 2
    assert json.loads(run("case", "list", "--state", "triaged", "--json").output) == []
    refused(run("case", "list", "--province", "Narnia"), "Không nhận ra tỉnh/thành phố “Narnia”")
    refused(run("case", "list", "--state", "open"), "open")


def test_reader_letter_command(env) -> None:
    tmp = env["tmp"]
    letter = tmp / "don.txt"
    letter.write_text("Kính gửi Báo, tôi đề nghị xác minh việc kê biên.", encoding="utf-8")
    scan = tmp / "scan.jpg"
    scan.write_bytes(b"\xff\xd8\xff jpeg")
    base = (
        "case",
        "open",
        "--reader-letter",
        "--by",
        "lan",
        "--title",
        "Đơn của ông C",
        "--sender",
        "Ông C",
    )
    opened = run(
        *base,
        "--text-file",
        str(letter),
        "--attach",
        str(scan),
        "--province",
        "Cần Thơ",
        "--received",
        "2026-11-18",
        "--contact",
        "0909 000 111",
    )
    assert opened.exit_code == 0, opened.output
    assert "Đơn thư bạn đọc" in opened.output and "thành phố Cần Thơ" in opened.output
    shown = run("case", "show", "1").output
    assert "Đơn thư của Ông C, liên hệ 0909 000 111, nhận ngày 18/11/2026" in shown
    assert "scan.jpg" in shown
    before = _counts(env["engine"])
    refused(run(*base, "--text-file", str(tmp / "khong.txt")), "Không tìm thấy tệp nội dung")
    latin1 = tmp / "latin1.txt"
    latin1.write_bytes("Đơn".encode("utf-16"))
    refused(run(*base, "--text-file", str(latin1)), "không phải văn bản UTF-8")
    refused(
        run(*base, "--text-file", str(letter), "--attach", str(tmp / "mat.pdf")),
        "Không tìm thấy tệp đính kèm",
    )
    refused(
        run(*base, "--text-file", str(letter), "--received", "18-11-2026x"), "ngày không hợp lệ"
    )
    refused(
        run("case", "open", "--reader-letter", "--by", "lan", "--title", "X"),
        "--sender, --text-file",
    )
    refused(
        run("case", "open", "--article", "1", "--reader-letter", "--by", "lan"),
        "đúng một trong hai",
    )
    refused(
        run("case", "open", "--article", "1", "--title", "X", "--by", "lan"),
        "chỉ dùng với --reader-letter",
    )
    assert _counts(env["engine"]) == before


def test_scraped_text_is_shown_as_text(env) -> None:
    with Session(env["engine"], expire_on_commit=False) as s:
        article_id = store(s, outlet="baomoi", topic="x")
        article = s.get_one(Article, article_id)
        article.title = "Tiêu đề \x1b[2J\x1b[31m[bold red]giả[/bold red]\x07"
        s.commit()
        case = open_case(s, article_id, by="lan", now=NOW)
    shown = run("case", "show", case.code).output
    listed = run("case", "list").output
    for output in (shown, listed):
        assert "\x1b" not in output and "\x07" not in output
        assert "[bold red]giả[/bold red]" in output


# --- automatic opening after `classify --db` -----------------------------------------------------
def test_classify_db_opens_cases_for_action_needed(env, trained_model, monkeypatch) -> None:
    from classifier.api import load

    model = load(trained_model)
    rows = [
        json.loads(line)
        for line in Path("classifier/data/labelled.jsonl").read_text(encoding="utf-8").splitlines()
        if '"needs_correction"' in line
    ]
    flagged = [
        r
        for r in rows
        if model.classify(
            title=r["title"], text=r["text"], lead=r.get("lead") or None
        ).action_needed
    ][:2]
    assert flagged, "the trained model flags none of the corpus's needs_correction examples"
    ids = []
    with Session(env["engine"]) as s:
        for n, r in enumerate(flagged):
            recent = datetime.now(LOCAL_TZ) - timedelta(hours=1)  # within auto_open_max_age_days
            ids.append(store(s, outlet=f"bao{n}", topic=f"bài {n}", published=recent))
            article = s.get_one(Article, ids[-1])
            article.title, article.lead, article.text = r["title"], r.get("lead"), r["text"]
            s.commit()
    monkeypatch.setenv("DIEMTIN_MODEL_FILE", str(trained_model))
    monkeypatch.setenv("DIEMTIN_AUTO_OPEN_MIN_SCORE", "0")
    monkeypatch.setenv("DIEMTIN_CRISIS_MIN_OUTLETS", "0")
    result = run("classify", "--db")
    assert result.exit_code == 0, result.output
    assert f"mở tự động {len(flagged)} vụ việc" in result.output
    with Session(env["engine"]) as s:
        cases = s.scalars(select(Case).order_by(Case.id)).all()
        assert sorted(c.opening_article_id for c in cases) == ids
        assert {(c.state, c.opened_by) for c in cases} == {("detected", "system")}
    again = run("classify", "--db")
    assert "mở tự động" not in again.output
