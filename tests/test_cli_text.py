"""Click's own messages (usage errors, help headings) are Vietnamese, like the rest of the CLI."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from diemtin.cli import main
from diemtin.cli_text import CLICK_MODULES, VI

CLICK_DIR = Path(click.__file__).parent
_FIELD = re.compile(r"\{[^{}]*\}|%\([a-z]+\)s")


# Messages Click passes to gettext through a variable (the scan below sees only constants).
INDIRECT = {"required"}


def click_messages() -> set[str]:
    """Every constant message the installed Click passes to gettext / ngettext, and the
    known indirect ones."""
    found = set(INDIRECT)
    for path in CLICK_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "ngettext")
            ):
                found |= {
                    a.value
                    for a in node.args
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)
                }
    return found


def test_every_click_message_has_a_vietnamese_text() -> None:
    messages = click_messages()
    assert len(messages) > 50  # the scan found Click's messages
    assert sorted(messages - set(VI)) == []
    for english, vietnamese in VI.items():
        assert unicodedata.is_normalized("NFC", vietnamese), english
        # Every placeholder the Vietnamese uses is one Click fills in.
        assert set(_FIELD.findall(vietnamese)) <= set(_FIELD.findall(english)), english


def test_every_click_module_that_translates_is_covered() -> None:
    translating = {
        f"click.{p.stem}"
        for p in CLICK_DIR.glob("*.py")
        if re.search(r"^from gettext import", p.read_text(encoding="utf-8"), re.M)
    }
    assert translating == set(CLICK_MODULES)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["crawl", "--bogus"], ["Lỗi: Không có tùy chọn: --bogus", "Cách dùng: diemtin crawl"]),
        (["nothing"], ["Lỗi: Không có lệnh 'nothing'.", "Xem 'diemtin -h' để được hướng dẫn."]),
        (["case", "open"], ["Lỗi: Thiếu tùy chọn '--by'.", "diemtin case open [TÙY CHỌN]"]),
        (["classify", "--input"], ["Lỗi: Tùy chọn '--input' cần một giá trị."]),
    ],
)
def test_usage_errors_are_vietnamese(args: list[str], expected: list[str]) -> None:
    result = CliRunner().invoke(main, args, prog_name="diemtin")
    assert result.exit_code == 2
    for text in expected:
        assert text in result.output
    assert "Error" not in result.output and "Usage" not in result.output


def test_option_help_is_vietnamese() -> None:
    result = CliRunner().invoke(main, ["case", "open", "--help"], prog_name="diemtin")
    assert result.exit_code == 0
    out = result.output
    assert "--by TÊN_ĐĂNG_NHẬP" in out and "[bắt buộc]" in out and "--article SỐ" in out
    assert "--title CHUỖI" in out and "[mặc định: normal]" in out
    assert not re.search(r"\b(?:TEXT|INTEGER|FILE|USER|required|default)\b", out)


def test_help_is_vietnamese() -> None:
    result = CliRunner().invoke(main, ["--help"], prog_name="diemtin")
    assert result.exit_code == 0
    out = result.output
    assert out.startswith("Cách dùng: diemtin [TÙY CHỌN] LỆNH [ĐỐI SỐ]...")
    assert "Tùy chọn:" in out and "Lệnh:" in out and "Hiện trợ giúp này rồi thoát." in out
    assert "Options" not in out and "Commands" not in out and "Show this" not in out


def test_installed_command_prints_vietnamese() -> None:
    """The console script itself (not only the test runner) in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-m", "diemtin", "digest", "--bogus"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 2
    assert "Lỗi: Không có tùy chọn: --bogus" in result.stderr
