"""`diemtin serve`: the web app under waitress, started as the operator starts it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIEMTIN_")}
    env.update(DIEMTIN_DATA_DIR=str(tmp_path / "var"), **extra)
    return env


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        return None


def test_serve_answers_and_sends_anonymous_users_to_login(tmp_path: Path) -> None:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "diemtin", "serve", "--port", str(port)],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        for _ in range(300):  # the first start migrates the database
            try:
                response = opener.open(f"http://127.0.0.1:{port}/cases", timeout=2)
                break
            except urllib.error.HTTPError as exc:  # the 303, not followed
                response = exc
                break
            except OSError:
                assert server.poll() is None, server.stdout.read() if server.stdout else ""
                time.sleep(0.1)
        else:
            pytest.fail("diemtin serve did not answer within 30 seconds")
        with response:
            assert response.status == 303
            assert response.headers["Location"].endswith("/login?next=/cases")
            assert "default-src 'self'" in response.headers["Content-Security-Policy"]
        with opener.open(f"http://127.0.0.1:{port}/login", timeout=5) as login:
            assert "Đăng nhập" in login.read().decode("utf-8")
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in output
    key = tmp_path / "var" / "web_secret_key"
    assert key.exists() and key.stat().st_mode & 0o077 == 0


def test_serve_refuses_a_short_secret_and_a_busy_port(tmp_path: Path) -> None:
    short = subprocess.run(
        [sys.executable, "-m", "diemtin", "serve"],
        env=_env(tmp_path, DIEMTIN_WEB_SECRET_KEY="ngắn"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (
        short.returncode == 2 and "DIEMTIN_WEB_SECRET_KEY phải dài ít nhất 32 ký tự" in short.stderr
    )
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        taken = subprocess.run(
            [sys.executable, "-m", "diemtin", "serve", "--port", str(port)],
            env=_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert taken.returncode == 2 and f"Không mở được cổng 127.0.0.1:{port}" in taken.stderr
