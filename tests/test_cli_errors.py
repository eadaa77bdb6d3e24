"""Configuration, registry and database errors stop a command with exit 2 and a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

import config
from tests.support.cli import clean_env, diemtin

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    for _name, env, _default, help_text in config.describe():
        assert f"`{env}`" in readme, f"{env} is missing from the README settings table"
        assert help_text


@pytest.mark.parametrize(
    ("env", "args", "message"),
    [
        ({"DIEMTIN_DOWNLOAD_TIMEOUT": "soon"}, ["crawl"], "Lỗi cấu hình"),
        ({"DIEMTIN_CONFIG": "/nonexistent/diemtin.toml"}, ["crawl"], "Lỗi cấu hình"),
        (
            {"DIEMTIN_DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:1/none"},
            ["crawl"],
            "Lỗi cơ sở dữ liệu",
        ),
        ({"DIEMTIN_DATABASE_URL": "nosuchdb://x"}, ["export"], "Lỗi cơ sở dữ liệu"),
        ({}, ["crawl", "--outlet", "khong-co"], "Lỗi danh mục nguồn"),
        ({}, ["crawl", "--outlets", "/nonexistent/outlets.toml"], "Lỗi danh mục nguồn"),
    ],
)
def test_operator_errors_exit_2(
    env: dict[str, str], args: list[str], message: str, tmp_path: Path
) -> None:
    result = diemtin(args, clean_env({"DIEMTIN_DATA_DIR": str(tmp_path), **env}), timeout=60)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_broken_registry_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "outlets.toml"
    bad.write_text('[[outlets]]\nname = "x"\nhome = "ftp://x"\n', encoding="utf-8")
    result = diemtin(
        ["crawl", "--outlets", str(bad)], clean_env({"DIEMTIN_DATA_DIR": str(tmp_path)})
    )
    assert result.returncode == 2
    assert "Lỗi danh mục nguồn" in result.stderr and str(bad) in result.stderr


def test_db_upgrade_creates_the_schema(tmp_path: Path) -> None:
    result = diemtin(["db", "upgrade"], clean_env({"DIEMTIN_DATA_DIR": str(tmp_path)}))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "diemtin.sqlite3").exists()
    assert "phiên bản mới nhất" in result.stdout
