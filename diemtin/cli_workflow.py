"""`diemtin user …` and `diemtin case …`: the correction workflow on the command line.

Registered by ``diemtin/cli.py``. Every change names its actor with ``--by USERNAME``; the role
comes from the users table. Errors are Vietnamese and exit non-zero. Scraped text (titles,
summaries, outlet names) is printed with control characters removed and never as markup.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import click
from sqlalchemy.orm import Session

from documents.fmt import ddmmyyyy_hhmm
from text.dates import VN_TZ
from workflow.states import (
    ACTION_NAMES_VI,
    IMPLIED_OUTCOMES,
    KIND_NAMES_VI,
    KINDS,
    ROLES,
    SEVERITIES,
    SEVERITY_NAMES_VI,
    STATES,
    outcome_listing,
    outcome_name,
    role_name,
    state_name,
)


def _cli() -> Any:
    """The main CLI module (imported late: it imports this module to register the groups)."""
    from diemtin import cli

    return cli


def CliError(message: str) -> click.ClickException:  # noqa: N802 - used like the class it builds
    return _cli().UserError(message)


_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(value: object) -> str:
    """Text for the terminal: control characters (escape sequences included) removed."""
    return _UNSAFE.sub("", "" if value is None else str(value))


@contextmanager
def _session() -> Iterator[tuple[Session, Any]]:
    """A session on the configured (migrated) database; workflow and storage errors become
    Vietnamese operator errors."""
    from storage.db import StorageError
    from workflow.states import TransitionError
    from workflow.users import WorkflowError

    settings = _cli().load_settings()
    engine = _cli()._database(settings)
    try:
        with Session(engine, expire_on_commit=False) as session:  # type: ignore[call-overload]
            yield session, settings
    except (WorkflowError, TransitionError) as exc:
        raise CliError(str(exc)) from None
    except StorageError as exc:
        raise _cli().storage_guard(exc) from None
    finally:
        engine.dispose()  # type: ignore[attr-defined]


def _attachments(paths: tuple[str, ...], settings: Any) -> list[Any]:
    from workflow.cases import Attachment

    return [Attachment.read(p, settings.case_attachment_max_bytes) for p in paths]


def _password(password_stdin: bool, prompt: str) -> str:
    if password_stdin:
        value = sys.stdin.readline().rstrip("\r\n")
        if not value:
            raise CliError("Không đọc được mật khẩu từ đầu vào chuẩn (dòng đầu tiên rỗng).")
        return value
    return click.prompt(prompt, hide_input=True, confirmation_prompt="Nhập lại mật khẩu")


# --- users -------------------------------------------------------------------------------------
@click.group("user")
def user() -> None:
    """Người dùng của Tổ công tác: thêm, liệt kê, vô hiệu hóa, đặt mật khẩu."""


@user.command("add")
@click.argument("username", metavar="TÊN_ĐĂNG_NHẬP")
@click.option(
    "--role",
    required=True,
    type=click.Choice(ROLES),
    help="Vai trò: viewer (xem), member (thành viên), leader (lãnh đạo), admin (quản trị).",
)
@click.option("--name", "full_name", default="", help="Họ và tên.")
@click.option("--email", default=None, help="Địa chỉ thư (nhận thông báo).")
@click.option("--password-stdin", is_flag=True, help="Đọc mật khẩu từ dòng đầu của đầu vào chuẩn.")
@click.option("--no-password", is_flag=True, help="Không đặt mật khẩu (chưa đăng nhập web được).")
def user_add(
    username: str,
    role: str,
    full_name: str,
    email: str | None,
    password_stdin: bool,
    no_password: bool,
) -> None:
    """Thêm người dùng."""
    from workflow.users import add_user, check_username

    if password_stdin and no_password:
        raise click.UsageError("chỉ dùng một trong --password-stdin và --no-password")
    with _session() as (session, _settings):
        check_username(username)
        password = None if no_password else _password(password_stdin, "Mật khẩu")
        created = add_user(
            session, username, role=role, full_name=full_name, email=email, password=password
        )
        click.echo(f"Đã thêm người dùng {created.username} ({role_name(created.role)}).")


@user.command("list")
@click.option("--json", "as_json", is_flag=True, help="In dạng JSON.")
def user_list(as_json: bool) -> None:
    """Liệt kê người dùng."""
    from workflow.users import list_users

    with _session() as (session, _settings):
        rows = list_users(session)
        if as_json:
            click.echo(
                json.dumps(
                    [
                        {
                            "username": u.username,
                            "full_name": u.full_name,
                            "email": u.email,
                            "role": u.role,
                            "active": u.active,
                            "has_password": bool(u.password_hash),
                        }
                        for u in rows
                    ],
                    ensure_ascii=False,
                    indent=2,
                )
            )
            return
        if not rows:
            click.echo("Chưa có người dùng nào; thêm bằng `diemtin user add`.")
        for u in rows:
            status = "" if u.active else " [đã vô hiệu hóa]"
            click.echo(
                f"{u.username:20} {role_name(u.role):11} {safe(u.full_name)}"
                f"{' <' + u.email + '>' if u.email else ''}{status}"
            )


@user.command("disable")
@click.argument("username", metavar="TÊN_ĐĂNG_NHẬP")
def user_disable(username: str) -> None:
    """Vô hiệu hóa người dùng (giữ nguyên lịch sử thao tác)."""
    from workflow.users import disable_user

    with _session() as (session, _settings):
        disable_user(session, username)
        click.echo(f"Đã vô hiệu hóa người dùng {username}.")


@user.command("passwd")
@click.argument("username", metavar="TÊN_ĐĂNG_NHẬP")
@click.option("--password-stdin", is_flag=True, help="Đọc mật khẩu từ dòng đầu của đầu vào chuẩn.")
def user_passwd(username: str, password_stdin: bool) -> None:
    """Đặt mật khẩu mới cho người dùng."""
    from workflow.users import get_user, set_password

    with _session() as (session, _settings):
        get_user(session, username)
        set_password(session, username, _password(password_stdin, "Mật khẩu mới"))
        click.echo(f"Đã đặt mật khẩu mới cho {username}.")


# --- cases -------------------------------------------------------------------------------------
@click.group("case")
def case() -> None:
    """Vụ việc xử lý thông tin báo chí: mở, xem, phân công, chuyển trạng thái, ghi chú."""


_BY = click.option(
    "--by", "by", required=True, metavar="TÊN_ĐĂNG_NHẬP", help="Tên đăng nhập của người thao tác."
)
_ATTACH = click.option(
    "--attach",
    "attach",
    multiple=True,
    metavar="TỆP",
    help="Tệp đính kèm (có thể lặp lại).",
)


@case.command("open")
@click.option("--article", "article_id", type=click.IntRange(min=1), default=None)
@click.option("--reader-letter", is_flag=True, help="Mở vụ việc từ đơn thư bạn đọc.")
@click.option("--severity", type=click.Choice(SEVERITIES), default="normal", show_default=True)
@_BY
@click.option("--title", default=None, help="Đơn thư: tiêu đề.")
@click.option("--sender", default=None, help="Đơn thư: người gửi.")
@click.option("--contact", default=None, help="Đơn thư: địa chỉ, điện thoại, thư của người gửi.")
@click.option(
    "--text-file",
    type=click.Path(dir_okay=False),
    default=None,
    help="Đơn thư: tệp văn bản UTF-8 chứa nội dung.",
)
@click.option("--received", default=None, metavar="NGÀY", help="Đơn thư: ngày nhận (YYYY-MM-DD).")
@click.option("--forwarded-by", default=None, help="Đơn thư: người/đơn vị chuyển đến.")
@click.option("--province", default=None, help="Đơn thư: tỉnh/thành phố liên quan.")
@_ATTACH
def case_open(
    article_id: int | None,
    reader_letter: bool,
    severity: str,
    by: str,
    title: str | None,
    sender: str | None,
    contact: str | None,
    text_file: str | None,
    received: str | None,
    forwarded_by: str | None,
    province: str | None,
    attach: tuple[str, ...],
) -> None:
    """Mở vụ việc từ một bài báo (--article) hoặc từ đơn thư bạn đọc (--reader-letter)."""
    from workflow.cases import open_case, open_reader_letter

    if reader_letter == (article_id is not None):
        raise click.UsageError("cần đúng một trong hai: --article ID hoặc --reader-letter")
    letter_opts = (title, sender, contact, text_file, received, forwarded_by, province) + attach
    if article_id is not None and any(letter_opts):
        raise click.UsageError(
            "--title, --sender, --contact, --text-file, --received, --forwarded-by, --province "
            "và --attach chỉ dùng với --reader-letter"
        )
    if reader_letter:
        missing = [
            name
            for name, value in (
                ("--title", title),
                ("--sender", sender),
                ("--text-file", text_file),
            )
            if not value
        ]
        if missing:
            raise click.UsageError(f"đơn thư bạn đọc cần {', '.join(missing)}")
    with _session() as (session, settings):
        if article_id is not None:
            opened = open_case(session, article_id, by=by, severity=severity)
        else:
            assert text_file is not None
            body = _read_text(text_file)
            opened = open_reader_letter(
                session,
                by=by,
                title=title or "",
                sender_name=sender or "",
                sender_contact=contact,
                text=body,
                received_at=_parse_date(received, "--received"),
                forwarded_by=forwarded_by,
                province=province,
                severity=severity,
                attachments=_attachments(attach, settings),
            )
        click.echo(
            f"Đã mở vụ việc {opened.code} ({KIND_NAMES_VI[opened.kind]}, "
            f"{SEVERITY_NAMES_VI[opened.severity].lower()}): {safe(opened.title)}"
        )
        if opened.office:
            click.echo(f"Cơ quan đề xuất: {opened.office}")


def _read_text(path: str) -> str:
    p = Path(path)
    if not p.is_file():
        raise CliError(f"Không tìm thấy tệp nội dung: {p}")
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CliError(f"Tệp {p} không phải văn bản UTF-8.") from None
    except OSError as exc:
        raise CliError(f"Không đọc được tệp {p}: {exc.strerror}") from None


def _parse_date(value: str | None, option: str) -> datetime | None:
    try:
        return _cli()._parse_since(value)
    except click.BadParameter as exc:
        raise click.BadParameter(exc.message, param_hint=option) from None


@case.command("list")
@click.option("--state", type=click.Choice(STATES), default=None, help="Chỉ trạng thái này.")
@click.option("--kind", type=click.Choice(KINDS), default=None, help="Chỉ loại vụ việc này.")
@click.option("--province", default=None, help="Chỉ tỉnh/thành phố (hoặc cơ quan) này.")
@click.option("--overdue", is_flag=True, help="Chỉ vụ việc quá hạn.")
@click.option(
    "--open/--all",
    "open_only",
    default=True,
    show_default=True,
    help="Chỉ vụ việc đang mở, hoặc tất cả.",
)
@click.option("--closed", is_flag=True, help="Chỉ vụ việc đã kết thúc.")
@click.option("--json", "as_json", is_flag=True, help="In dạng JSON.")
def case_list(
    state: str | None,
    kind: str | None,
    province: str | None,
    overdue: bool,
    open_only: bool,
    closed: bool,
    as_json: bool,
) -> None:
    """Liệt kê vụ việc (mặc định: đang mở), với hạn xử lý và tình trạng quá hạn."""
    from workflow.calendar import WorkCalendar
    from workflow.cases import deadline, list_cases
    from workflow.deadlines import is_overdue

    now = datetime.now(VN_TZ)
    with _session() as (session, settings):
        which: bool | None = False if closed else (True if open_only else None)
        if state is not None:
            which = None  # the state decides
        rows = list_cases(
            session,
            state=state,
            kind=kind,
            province=province,
            open_only=which,
        )
        cal = WorkCalendar.from_settings(settings)
        items = []
        for c in rows:  # --overdue filters here, on the deadline computed once per case
            due = deadline(c, settings, cal)
            late = is_overdue(due, now)
            if late or not overdue:
                items.append((c, due, late))
        if as_json:
            click.echo(json.dumps([_case_json(c, due, late) for c, due, late in items], **_JS))
            return
        _print_table(items)


_JS: dict[str, Any] = {"ensure_ascii": False, "indent": 2}


def _case_json(c: Any, due: datetime | None, late: bool) -> dict[str, Any]:
    return {
        "id": c.id,
        "code": c.code,
        "kind": c.kind,
        "state": c.state,
        "state_name": state_name(c.state),
        "severity": c.severity,
        "title": c.title,
        "province": c.province,
        "office": c.office,
        "opened_by": c.opened_by,
        "opened_at": c.opened_at.isoformat(),
        "state_entered_at": c.state_entered_at.isoformat(),
        "deadline": due.isoformat() if due else None,
        "overdue": late,
        "closed_at": c.closed_at.isoformat() if c.closed_at else None,
        "outcome": c.outcome,
        "outcome_key": c.outcome_key,
    }


def _print_table(items: list[tuple[Any, datetime | None, bool]]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    if not items:
        click.echo("Không có vụ việc nào khớp điều kiện.")
        return
    table = Table(title=f"{len(items)} vụ việc")
    for header in ("Mã", "Loại", "Mức", "Trạng thái", "Hạn", "Cơ quan", "Tiêu đề"):
        table.add_column(header)
    for c, due, late in items:
        table.add_row(
            Text(c.code),
            Text(KIND_NAMES_VI[c.kind]),
            Text(SEVERITY_NAMES_VI[c.severity], style="bold red" if c.severity == "urgent" else ""),
            Text(state_name(c.state)),
            Text(
                ddmmyyyy_hhmm(due) + (" QUÁ HẠN" if late else ""), style="bold red" if late else ""
            ),
            Text(safe(c.office or "—")),
            Text(safe(c.title)[:80]),
        )
    Console(file=sys.stdout, width=160).print(table)


@case.command("show")
@click.argument("ref", metavar="VỤ_VIỆC")
@click.option("--json", "as_json", is_flag=True, help="In dạng JSON.")
def case_show(ref: str, as_json: bool) -> None:
    """Xem một vụ việc (số hoặc mã): bài báo, cơ quan, người được phân công, hạn, diễn biến,
    tài liệu."""
    from workflow import cases as wf
    from workflow.deadlines import is_overdue

    now = datetime.now(VN_TZ)
    with _session() as (session, settings):
        c = wf.get_case(session, ref)
        due = wf.deadline(c, settings)
        late = is_overdue(due, now)
        articles = wf.case_articles(session, c)
        people = wf.assignees(session, c)
        trail = wf.events(session, c)
        docs = wf.documents(session, c)
        if as_json:
            data = _case_json(c, due, late)
            data.update(
                summary=c.summary,
                articles=[
                    {
                        "id": a.id,
                        "outlet": outlet,
                        "title": a.title,
                        "url": a.canonical_url,
                        "published_at": a.published_at.isoformat() if a.published_at else None,
                    }
                    for a, outlet in articles
                ],
                assignees=[u.username for u in people],
                events=[
                    {
                        "at": e.at.isoformat(),
                        "actor": e.actor,
                        "role": e.role,
                        "action": e.action,
                        "from_state": e.from_state,
                        "to_state": e.to_state,
                        "note": e.note,
                        "data": e.details,
                        "attachment_ids": json.loads(e.attachment_ids),
                    }
                    for e in trail
                ],
                documents=[
                    {"id": d.id, "kind": d.kind, "filename": d.filename, "sha256": d.sha256}
                    for d in docs
                ],
            )
            click.echo(json.dumps(data, **_JS))
            return
        _print_case(c, due, late, articles, people, trail, docs)


def _print_case(c, due, late, articles, people, trail, docs) -> None:  # noqa: ANN001
    out = click.echo
    out(f"{c.code} — {safe(c.title)}")
    out(
        f"Loại: {KIND_NAMES_VI[c.kind]} · Mức độ: {SEVERITY_NAMES_VI[c.severity]} · "
        f"Trạng thái: {state_name(c.state)} (từ {ddmmyyyy_hhmm(c.state_entered_at)})"
    )
    if due is not None:
        out(f"Hạn xử lý bước này: {ddmmyyyy_hhmm(due)}" + (" — QUÁ HẠN" if late else ""))
    elif c.closed_at is None:
        out("Hạn xử lý bước này: không có")
    out(f"Cơ quan: {safe(c.office) or 'chưa xác định'}")
    out(
        "Người được phân công: "
        + (
            ", ".join(f"{u.username} ({safe(u.full_name) or role_name(u.role)})" for u in people)
            or "chưa có"
        )
    )
    opened = f"Mở bởi {safe(c.opened_by)} lúc {ddmmyyyy_hhmm(c.opened_at)}"
    if c.opening_label:
        from classifier.result import LABEL_NAMES_VI

        label = LABEL_NAMES_VI.get(c.opening_label, c.opening_label)
        opened += f"; đánh giá khi mở: {safe(label)}"
        if c.opening_score is not None:
            opened += f" (độ tin cậy {c.opening_score:.0%})"
    out(opened)
    if c.kind == "reader_letter":
        out(
            f"Đơn thư của {safe(c.sender_name)}"
            + (f", liên hệ {safe(c.sender_contact)}" if c.sender_contact else "")
            + (f", nhận ngày {c.received_at.astimezone(VN_TZ):%d/%m/%Y}" if c.received_at else "")
            + (f", chuyển bởi {safe(c.forwarded_by)}" if c.forwarded_by else "")
        )
    if c.summary:
        out(f"Tóm tắt: {safe(c.summary)}")
    if articles:
        out(f"Bài báo ({len(articles)}):")
        for a, outlet in articles:
            out(f"  #{a.id} [{safe(outlet)}] {safe(a.title)}")
            out(f"      {safe(a.canonical_url)} — đăng {ddmmyyyy_hhmm(a.published_at)}")
    if docs:
        out(f"Tài liệu ({len(docs)}):")
        for d in docs:
            out(f"  #{d.id} {d.kind}: {safe(d.filename)} ({d.size} byte, sha256 {d.sha256[:16]}…)")
    out("Diễn biến:")
    for e in trail:
        line = f"  {ddmmyyyy_hhmm(e.at)}  {safe(e.actor)} ({role_name(e.role)})  "
        line += ACTION_NAMES_VI.get(e.action, e.action)
        if e.action == "advance":
            line += f": {state_name(e.from_state)} → {state_name(e.to_state)}"
        line += _event_details(e)
        out(line)
        if e.note:
            out(f"      {safe(e.note)}")
    if c.outcome_key:
        out(f"Kết quả xử lý: {outcome_name(c.outcome_key)}")
    if c.outcome:
        out(f"Kết quả: {safe(c.outcome)}")


def _event_details(e: Any) -> str:
    data = e.details
    bits = []
    if "office" in data and e.action == "assign":
        bits.append(f"cơ quan: {data['office']}")
    if data.get("added"):
        bits.append("thêm " + ", ".join(data["added"]))
    if data.get("removed"):
        bits.append("bỏ " + ", ".join(data["removed"]))
    if data.get("severity") and e.action == "advance":
        bits.append(f"mức độ: {SEVERITY_NAMES_VI[data['severity']]}")
    if data.get("outcome") and e.action == "advance":
        bits.append(f"kết quả: {outcome_name(data['outcome'])}")
    if e.action == "add_article":
        bits.append("bài " + ", ".join(f"#{i}" for i in data.get("article_ids", [])))
    if e.action == "crisis" and data.get("outlets"):
        bits.append(f"{len(data['outlets'])} cơ quan báo chí")
    ids = json.loads(e.attachment_ids or "[]")
    if ids:
        bits.append("đính kèm " + ", ".join(f"#{i}" for i in ids))
    return (" — " + "; ".join(safe(b) for b in bits)) if bits else ""


@case.command("assign")
@click.argument("ref", metavar="VỤ_VIỆC")
@click.option("--office", default=None, help="Cơ quan/tỉnh chịu trách nhiệm.")
@click.option(
    "--to", "to", multiple=True, metavar="TÊN_ĐĂNG_NHẬP", help="Phân công thêm người (lặp lại)."
)
@click.option(
    "--remove", multiple=True, metavar="TÊN_ĐĂNG_NHẬP", help="Bỏ phân công người (lặp lại)."
)
@click.option("--note", default=None, help="Ghi chú.")
@_BY
def case_assign(
    ref: str,
    office: str | None,
    to: tuple[str, ...],
    remove: tuple[str, ...],
    note: str | None,
    by: str,
) -> None:
    """Đổi cơ quan chịu trách nhiệm và/hoặc người được phân công."""
    from workflow.cases import assign

    if office is None and not to and not remove:
        raise click.UsageError("cần ít nhất một trong --office, --to, --remove")
    with _session() as (session, _settings):
        c = assign(session, ref, by=by, office=office, add=to, remove=remove, note=note)
        click.echo(f"Đã cập nhật phân công vụ việc {c.code}.")


@case.command("advance")
@click.argument("ref", metavar="VỤ_VIỆC")
@click.option("--to", "to_state", required=True, type=click.Choice(STATES), help="Trạng thái mới.")
@click.option("--note", default=None, help="Ghi chú (bắt buộc khi kết thúc, bác, kiến nghị).")
@click.option("--severity", type=click.Choice(SEVERITIES), default=None, help="Đổi mức độ.")
@click.option(
    "--outcome",
    default=None,
    metavar="KẾT_QUẢ",
    help="Kết quả xử lý, bắt buộc khi kết thúc (--to closed): "
    + outcome_listing()
    + ". Khi báo phản hồi (--to outlet_responded): corrected hoặc refused.",
)
@_ATTACH
@_BY
def case_advance(
    ref: str,
    to_state: str,
    note: str | None,
    severity: str | None,
    outcome: str | None,
    attach: tuple[str, ...],
    by: str,
) -> None:
    """Chuyển vụ việc sang trạng thái mới (kiểm tra theo sơ đồ xử lý và vai trò)."""
    from workflow.cases import advance, get_case

    with _session() as (session, settings):
        before = get_case(session, ref).state
        c = advance(
            session,
            ref,
            to_state,
            by=by,
            note=note,
            severity=severity,
            outcome=outcome,
            attachments=_attachments(attach, settings),
        )
        line = f"Vụ việc {c.code}: {state_name(before)} → {state_name(c.state)}"
        if c.outcome_key and (outcome or c.state in IMPLIED_OUTCOMES):
            line += f" (kết quả: {outcome_name(c.outcome_key)})"
        click.echo(line + ".")


@case.command("note")
@click.argument("ref", metavar="VỤ_VIỆC")
@click.option("--text", default=None, help="Nội dung ghi chú.")
@_ATTACH
@_BY
def case_note(ref: str, text: str | None, attach: tuple[str, ...], by: str) -> None:
    """Thêm ghi chú và/hoặc tệp đính kèm."""
    from workflow.cases import add_note, get_case

    with _session() as (session, settings):
        c = get_case(session, ref)
        add_note(session, c, by=by, text=text, attachments=_attachments(attach, settings))
        click.echo(f"Đã thêm ghi chú vào vụ việc {c.code}.")


@case.command("add-article")
@click.argument("ref", metavar="VỤ_VIỆC")
@click.option("--article", "article_id", required=True, type=click.IntRange(min=1))
@_BY
def case_add_article(ref: str, article_id: int, by: str) -> None:
    """Thêm một bài báo vào vụ việc (lưu bản lưu trữ làm bằng chứng)."""
    from workflow.cases import add_article

    with _session() as (session, _settings):
        c = add_article(session, ref, article_id, by=by)
        click.echo(f"Đã thêm bài {article_id} vào vụ việc {c.code}.")


@case.command("evidence")
@click.argument("ref", metavar="VỤ_VIỆC")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False), help="Thư mục.")
def case_evidence(ref: str, out: str) -> None:
    """Xuất bằng chứng: bản lưu trữ các bài báo, tài liệu, mã băm SHA-256."""
    from workflow.cases import get_case
    from workflow.evidence import export_evidence

    with _session() as (session, _settings):
        folder = export_evidence(session, get_case(session, ref), out)
        click.echo(
            f"Đã xuất bằng chứng vào {folder} (kiểm tra: cd {folder} && sha256sum -c SHA256SUMS)"
        )


def run_automatic_cases(engine: object, settings: Any) -> Any:
    """Automatic case opening after a classification run; prints what it did and returns the
    ``workflow.automatic.AutomaticReport``, never fails."""
    from workflow.automatic import run_automatic

    report = run_automatic(settings, engine)  # type: ignore[arg-type]
    message = report.message()
    if message:
        click.echo(message, err=bool(report.error))
    return report


# --- `case watch`, `case notify` (diemtin/cli_watch.py) ------------------------------------------
from diemtin.cli_watch import case_notify, case_watch  # noqa: E402 - needs _session defined above

case.add_command(case_watch)
case.add_command(case_notify)
