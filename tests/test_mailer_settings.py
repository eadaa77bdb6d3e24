"""The mail settings of config: defaults, derived values and validation messages."""

from __future__ import annotations

from pathlib import Path

import pytest

import config
from tests.support.cli import clean_env, diemtin


def test_defaults_write_to_the_outbox_under_data_dir(tmp_path: Path) -> None:
    settings = config.load({}, data_dir=str(tmp_path))
    assert settings.smtp_host == "" and settings.smtp_security == "starttls"
    assert settings.mail_from_name == "Điểm tin THADS"
    assert settings.outbox_path == tmp_path.resolve() / "outbox"
    assert config.load({}, outbox_dir=str(tmp_path / "q")).outbox_path == tmp_path / "q"


def test_message_domain_defaults_to_the_sender_domain() -> None:
    assert config.load({}, mail_from="diemtin@baophapluat.vn").message_domain == "baophapluat.vn"
    assert config.load({}, mail_domain="mail.moj.gov.vn").message_domain == "mail.moj.gov.vn"


def test_mail_settings_come_from_the_environment() -> None:
    settings = config.load(
        {
            "DIEMTIN_SMTP_HOST": "smtp.moj.gov.vn",
            "DIEMTIN_SMTP_PORT": "2525",
            "DIEMTIN_SMTP_SECURITY": "ssl",
            "DIEMTIN_SMTP_TIMEOUT": "7.5",
            "DIEMTIN_SMTP_RETRIES": "0",
        }
    )
    assert (settings.smtp_host, settings.smtp_port, settings.smtp_security) == (
        "smtp.moj.gov.vn",
        2525,
        "ssl",
    )
    assert (settings.smtp_timeout, settings.smtp_retries) == (7.5, 0)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"smtp_security": "tls"}, "DIEMTIN_SMTP_SECURITY phải là none, starttls hoặc ssl"),
        ({"smtp_port": 70000}, "DIEMTIN_SMTP_PORT phải từ 0 đến 65535"),
        ({"smtp_port": -1}, "DIEMTIN_SMTP_PORT phải từ 0 đến 65535"),
        ({"smtp_timeout": 0}, "DIEMTIN_SMTP_TIMEOUT phải lớn hơn 0"),
        ({"smtp_retries": -1}, "DIEMTIN_SMTP_RETRIES phải từ 0 đến 20"),
        ({"smtp_retry_backoff": -1}, "DIEMTIN_SMTP_RETRY_BACKOFF không được âm"),
        ({"mail_from": "Điểm tin <a@b.vn>"}, "DIEMTIN_MAIL_FROM không phải địa chỉ thư hợp lệ"),
        ({"mail_from": "diemtin"}, "DIEMTIN_MAIL_FROM không phải địa chỉ thư hợp lệ"),
        ({"mail_domain": "bad domain"}, "DIEMTIN_MAIL_DOMAIN không phải tên miền hợp lệ"),
        ({"mail_from_name": "a\nBcc: x@y.vn"}, "DIEMTIN_MAIL_FROM_NAME không được xuống dòng"),
        ({"smtp_ca_file": "/khong/co/ca.pem"}, "DIEMTIN_SMTP_CA_FILE: không tìm thấy tệp"),
        ({"smtp_password": "x"}, "thiếu DIEMTIN_SMTP_USER"),
    ],
)
def test_bad_mail_settings_are_refused(overrides: dict, message: str) -> None:
    with pytest.raises(config.ConfigError, match=message):
        config.load({}, **overrides)


def test_every_mail_setting_is_documented() -> None:
    names = {name for name, _env, _default, help_text in config.describe() if help_text}
    assert {
        "smtp_host",
        "smtp_port",
        "smtp_security",
        "smtp_user",
        "smtp_password",
        "smtp_timeout",
        "smtp_retries",
        "smtp_retry_backoff",
        "smtp_ca_file",
        "mail_from",
        "mail_from_name",
        "mail_domain",
        "outbox_dir",
    } <= names


def test_settings_command_never_prints_the_smtp_password(tmp_path: Path) -> None:
    env = clean_env(
        {
            "DIEMTIN_DATA_DIR": str(tmp_path),
            "DIEMTIN_SMTP_USER": "thads",
            "DIEMTIN_SMTP_PASSWORD": "mật-khẩu-bí-mật",
        }
    )
    result = diemtin(["settings"], env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "DIEMTIN_SMTP_USER=thads" in result.stdout
    assert "DIEMTIN_SMTP_PASSWORD=********" in result.stdout
    assert "mật-khẩu-bí-mật" not in result.stdout + result.stderr


def test_bad_mail_setting_stops_a_command_in_vietnamese(tmp_path: Path) -> None:
    env = clean_env({"DIEMTIN_DATA_DIR": str(tmp_path), "DIEMTIN_SMTP_SECURITY": "tls"})
    result = diemtin(["settings"], env, timeout=60)
    assert result.returncode == 2
    assert "Lỗi cấu hình: DIEMTIN_SMTP_SECURITY phải là none, starttls hoặc ssl" in result.stderr
