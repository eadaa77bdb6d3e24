"""Run the real `diemtin` command in a subprocess, with a clean DIEMTIN_* environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

ROOT = Path(__file__).resolve().parents[2]


def clean_env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIEMTIN_")}
    env.update({"PYTHONUNBUFFERED": "1", **extra})
    return env


def fast_crawl_env(data_dir: Path, db_url: str, replica_url: str, **extra: str) -> dict[str, str]:
    """Settings for quick local crawls: no politeness delay, short timeouts and backoff."""
    return clean_env(
        {
            "DIEMTIN_DATA_DIR": str(data_dir),
            "DIEMTIN_DATABASE_URL": db_url,
            "DIEMTIN_OFFLINE_REPLICA_URL": replica_url,
            "DIEMTIN_DOWNLOAD_DELAY": "0",
            "DIEMTIN_AUTOTHROTTLE": "false",
            "DIEMTIN_DOWNLOAD_TIMEOUT": "3",
            "DIEMTIN_RETRY_TIMES": "1",
            "DIEMTIN_RETRY_BACKOFF_BASE": "0.05",
            **extra,
        }
    )


def diemtin(
    args: list[str], env: dict[str, str], timeout: float = 240, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "diemtin", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


def diemtin_popen(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "diemtin", *args],
        env=env,
        cwd=ROOT,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def workflow_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Engine:
    """A migrated SQLite database under ``tmp_path / "var"`` with the people of every role
    (``tests.support.workflow.add_people``), made the configured one of in-process commands
    (``DIEMTIN_*`` cleared, then data folder and URL set); returns its engine."""
    from sqlalchemy.orm import Session

    from storage.db import make_engine, upgrade
    from tests.support.workflow import add_people

    for name in [k for k in os.environ if k.startswith("DIEMTIN_")]:
        monkeypatch.delenv(name)
    url = f"sqlite:///{tmp_path / 'var' / 'diemtin.sqlite3'}"
    monkeypatch.setenv("DIEMTIN_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DIEMTIN_DATABASE_URL", url)
    engine = make_engine(url)
    upgrade(engine)
    with Session(engine) as session:
        add_people(session)
    return engine
