"""`diemtin digest build|send` and `diemtin daily` as an operator runs them (subprocesses), with a
real SMTP server on loopback: files, exit codes, messages, idempotency, --resend, the server down
then up, and `daily --offline` producing a digest with real THADS items from the replica."""

from __future__ import annotations

import email
import re
import shutil
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crawlers.registry import DEFAULT_REGISTRY
from storage.db import make_engine, upgrade
from storage.models import Case, DigestAlert
from tests.support.cli import clean_env, diemtin
from tests.support.digest_data import seed
from tests.support.smtp import SmtpServer, free_port

DATE = "2026-11-26"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder whose SQLite database holds the seeded day."""
    folder = tmp_path / "var"
    engine = make_engine(f"sqlite:///{folder / 'diemtin.sqlite3'}")
    upgrade(engine)
    with Session(engine) as session:
        seed(session)
    engine.dispose()
    return folder


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    with SmtpServer() as srv:
        yield srv


def env_for(data_dir: Path, **extra: str) -> dict[str, str]:
    return clean_env(
        {
            "DIEMTIN_DATA_DIR": str(data_dir),
            "DIEMTIN_MAIL_FROM": "diemtin@baophapluat.vn",
            "DIEMTIN_SMTP_RETRIES": "1",
            "DIEMTIN_SMTP_RETRY_BACKOFF": "0.05",
            "DIEMTIN_SMTP_TIMEOUT": "5",
            **extra,
        }
    )


def smtp_env(server_port: int) -> dict[str, str]:
    return {
        "DIEMTIN_SMTP_HOST": "127.0.0.1",
        "DIEMTIN_SMTP_PORT": str(server_port),
        "DIEMTIN_SMTP_SECURITY": "none",
        "DIEMTIN_DIGEST_TO": "Nguyễn Văn An <an@thads.gov.vn>",
        "DIEMTIN_DIGEST_BCC": "luu-tru@baophapluat.vn",
    }


def test_build_writes_the_four_files(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = diemtin(["digest", "build", "--date", DATE, "--out", str(out)], env_for(data_dir))
    assert result.returncode == 0, result.stderr
    assert "Đã lập điểm tin ngày 26/11/2026" in result.stdout
    assert "5 tin (1 sai sự thật, 2 cần phản hồi, đính chính, 1 tích cực, 1 trung tính)" in (
        result.stdout
    )
    # overdue counts are computed at the time of the run (today, after the seeded dates)
    assert re.search(r"2 vụ việc đang xử lý, [12] quá hạn", result.stdout)
    assert "1 bài trong kỳ chưa được phân loại" in result.stderr
    files = sorted(p.name for p in out.iterdir())
    assert files == [f"diem-tin-{DATE}.{s}" for s in ("docx", "eml", "html", "txt")]
    message = email.message_from_bytes(
        (out / f"diem-tin-{DATE}.eml").read_bytes(), _class=EmailMessage, policy=default_policy
    )
    assert message["Subject"] == "Điểm tin báo chí về công tác thi hành án dân sự ngày 26/11/2026"
    assert message["To"].addresses[0].addr_spec == "diemtin@baophapluat.vn"  # no recipients yet
    text = (out / f"diem-tin-{DATE}.txt").read_text("utf-8")
    assert (
        text.splitlines()[1] == "ĐIỂM TIN BÁO CHÍ VỀ CÔNG TÁC THI HÀNH ÁN DÂN SỰ — ngày 26/11/2026"
    )
    assert (out / f"diem-tin-{DATE}.docx").read_bytes()[:2] == b"PK"


def test_build_defaults_to_the_data_folder(data_dir: Path) -> None:
    result = diemtin(["digest", "build", "--date", "26/11/2026"], env_for(data_dir))
    assert result.returncode == 0, result.stderr
    assert (data_dir / "digests" / DATE / f"diem-tin-{DATE}.html").exists()


@pytest.mark.parametrize(
    ("args", "extra", "message"),
    [
        (["digest", "build", "--date", "2026-13-40"], {}, "ngày không hợp lệ"),
        (["digest", "send", "--date", DATE], {}, "Chưa cấu hình người nhận điểm tin"),
        (
            ["digest", "send", "--date", DATE],
            {"DIEMTIN_DIGEST_TO": "không phải địa chỉ"},
            "DIEMTIN_DIGEST_TO",
        ),
    ],
)
def test_operator_errors_exit_2(
    data_dir: Path, args: list[str], extra: dict[str, str], message: str
) -> None:
    result = diemtin(args, env_for(data_dir, **extra))
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert message in result.stderr and "Traceback" not in result.stderr


def test_send_once_per_recipient_and_resend(data_dir: Path, server: SmtpServer) -> None:
    env = env_for(data_dir, **smtp_env(server.port))
    first = diemtin(["digest", "send", "--date", DATE], env)
    assert first.returncode == 0, first.stderr
    assert "Điểm tin ngày 26/11/2026: đã gửi tới 2 người nhận." in first.stdout
    again = diemtin(["digest", "send", "--date", DATE], env)
    assert again.returncode == 0, again.stderr
    assert "không gửi lại" in again.stdout
    assert len(server.received) == 1
    resend = diemtin(["digest", "send", "--date", DATE, "--resend"], env)
    assert resend.returncode == 0, resend.stderr
    assert len(server.received) == 2
    assert set(server.received[1].rcpt_tos) == {"an@thads.gov.vn", "luu-tru@baophapluat.vn"}


def test_server_down_exit_3_then_the_next_send_delivers_it(data_dir: Path) -> None:
    port = free_port()
    env = env_for(data_dir, **smtp_env(port))
    down = diemtin(["digest", "send", "--date", DATE], env)
    assert down.returncode == 3, (down.stdout, down.stderr)
    assert "CHƯA GỬI ĐƯỢC điểm tin ngày 26/11/2026 tới 2 người nhận" in down.stderr
    assert "sẽ được gửi lại" in down.stderr
    with SmtpServer(port=port) as srv:
        up = diemtin(["digest", "send", "--date", "2026-11-27"], env)
        assert up.returncode == 0, up.stderr
        subjects = sorted(str(r.message["Subject"]) for r in srv.received)
    assert "Điểm tin ngày 26/11/2026: đã gửi tới 2 người nhận." in up.stdout
    assert "Điểm tin ngày 27/11/2026: đã gửi tới 2 người nhận." in up.stdout
    assert [s[-10:] for s in subjects] == ["26/11/2026", "27/11/2026"]


def _registry(folder: Path, names: set[str]) -> Path:
    """A registry file with only ``names`` of the bundled registry (a shorter crawl)."""
    text = Path(DEFAULT_REGISTRY).read_text("utf-8")
    _head, *blocks = text.split("\n[[outlets]]\n")
    kept = [b for b in blocks if re.match(r'name = "([^"]+)"', b)[1] in names]  # type: ignore[index]
    assert len(kept) == len(names)
    path = folder / "outlets.toml"
    path.write_text("".join("[[outlets]]\n" + b + "\n" for b in kept), "utf-8")
    return path


@pytest.mark.slow
def test_daily_offline_crawls_classifies_builds_and_sends(
    tmp_path: Path, trained_model: Path, server: SmtpServer
) -> None:
    """The whole job: its steps in order, cases opened automatically, urgent alerts recorded and
    sent, the digest with its workflow section listing those cases. The thresholds are lowered so
    that the test checks the wiring, not the model's calibration (and the age limit lifted, the
    replica being dated by --date)."""
    model = tmp_path / "model" / "classifier.joblib"
    model.parent.mkdir()
    shutil.copy(trained_model, model)
    data = tmp_path / "var"
    env = env_for(
        data,
        DIEMTIN_MODEL_FILE=str(model),
        DIEMTIN_OUTLETS_FILE=str(_registry(tmp_path, {"baophapluat", "thads", "tienphong"})),
        DIEMTIN_DOWNLOAD_DELAY="0",
        DIEMTIN_AUTOTHROTTLE="false",
        DIEMTIN_DOWNLOAD_TIMEOUT="5",
        DIEMTIN_RETRY_TIMES="1",
        DIEMTIN_AUTO_OPEN_MIN_SCORE="0.3",
        DIEMTIN_AUTO_OPEN_MAX_AGE_DAYS="3650",
        DIEMTIN_ALERT_MIN_CONFIDENCE="0.1",
        **smtp_env(server.port),
    )
    result = diemtin(["daily", "--offline", "--date", "2026-11-30"], env, timeout=400)
    assert result.returncode == 0, (result.stdout[-3000:], result.stderr[-3000:])
    steps = re.findall(r"^== (.+) ==$", result.stdout, re.MULTILINE)
    assert steps == [
        "Thu thập tin bài",
        "Phân loại và mở vụ việc tự động",
        "Cảnh báo khẩn",
        "Theo dõi bài đã đề nghị cải chính",
        "Thông báo vụ việc",
        "Điểm tin",
    ]
    opened = re.search(r"mở tự động (\d+) vụ việc \(([^)]+)\)", result.stdout)
    assert opened, result.stdout
    codes = opened[2].split(", ")
    assert len(codes) == int(opened[1]) >= 1
    engine = make_engine(f"sqlite:///{data / 'diemtin.sqlite3'}")
    with Session(engine) as session:
        auto = session.scalars(select(Case.code).where(Case.opened_by == "system")).all()
        alerts = session.scalars(select(DigestAlert)).all()
    engine.dispose()
    assert sorted(auto) == sorted(codes)
    assert alerts and {a.status for a in alerts} == {"sent"}
    # sent after the crawl (what it classified) and by the alert step (the rest of the window)
    sent = re.findall(r"Đã gửi (\d+) cảnh báo khẩn", result.stdout)
    assert sum(int(n) for n in sent) == len(alerts), result.stdout
    urgent = [r for r in server.received if str(r.message["Subject"]).startswith("[KHẨN]")]
    assert len(urgent) == len(alerts)
    assert "Đã lập điểm tin ngày 30/11/2026 (từ 07:00 27/11/2026 đến 07:00 30/11/2026)" in (
        result.stdout
    )
    match = re.search(r": (\d+) tin \(", result.stdout)
    assert match and int(match[1]) >= 3, result.stdout
    assert "Điểm tin ngày 30/11/2026: đã gửi tới 2 người nhận." in result.stdout
    (received,) = [r for r in server.received if "Điểm tin báo chí" in str(r.message["Subject"])]
    text = received.message.get_body(("plain",)).get_content()
    workflow = text.split("IV. THEO DÕI XỬ LÝ", 1)[1].split("PHỤ LỤC", 1)[0]
    assert f"Đang xử lý: {len(codes)} vụ việc" in workflow
    assert all(f"- {code} — Mới phát hiện" in workflow for code in codes), workflow
    appendix = text.split("PHỤ LỤC: DANH SÁCH TIN BÀI TRONG KỲ", 1)[1]
    rows = [line for line in appendix.splitlines() if re.match(r"\d+\. ", line)]
    assert len(rows) >= 3
    # real articles of the replica's THADS coverage, within the Monday window
    assert any("baophapluat" in row or "thads" in row for row in rows)
    assert all(re.search(r"\| (2[7-9]|30)/11/2026 \d\d:\d\d", row) for row in rows), rows
    assert (data / "digests" / "2026-11-30" / "diem-tin-2026-11-30.docx").exists()


def test_daily_reports_failed_steps_and_still_sends(
    data_dir: Path, tmp_path: Path, server: SmtpServer
) -> None:
    """An unusable model and an unreadable outlet registry: classification and the re-fetch watch
    fail (reported on stderr, exit 2: the operator must fix them), the steps after them still
    run, and the digest of what is stored is built and sent."""
    broken = tmp_path / "classifier.joblib"
    broken.write_bytes(b"not a model")
    env = env_for(
        data_dir,
        DIEMTIN_MODEL_FILE=str(broken),
        DIEMTIN_OUTLETS_FILE=str(tmp_path / "missing-outlets.toml"),
        **smtp_env(server.port),
    )
    result = diemtin(["daily", "--no-crawl", "--date", DATE], env)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert re.findall(r"^== (.+) ==$", result.stdout, re.MULTILINE) == [
        "Phân loại và mở vụ việc tự động",
        "Cảnh báo khẩn",
        "Theo dõi bài đã đề nghị cải chính",
        "Thông báo vụ việc",
        "Điểm tin",
    ]
    assert "Phân loại và mở vụ việc tự động: thất bại — Không dùng được mô hình" in result.stderr
    assert "Theo dõi bài đã đề nghị cải chính: thất bại — Không đọc được danh mục" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Đã lập điểm tin ngày 26/11/2026" in result.stdout
    assert "Điểm tin ngày 26/11/2026: đã gửi tới 2 người nhận." in result.stdout
    assert any("Điểm tin báo chí" in str(r.message["Subject"]) for r in server.received)
