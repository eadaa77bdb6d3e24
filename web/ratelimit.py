"""Login rate limit, per username and per client address, kept in the database (``login_attempts``)
so that it survives restarts and holds across several server processes.

* A username is refused after ``web_login_max_failures`` failed logins within
  ``web_login_window_minutes`` (failures before its last successful login do not count).
* A client address is refused after ``web_login_max_failures_ip`` failed logins within the window,
  whatever the usernames (a success does not reset it: one valid account must not let a client
  guess the passwords of others).

While refused, no password is checked; the refused attempt is recorded as a failure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, delete, func, select
from sqlalchemy.orm import Session

from config import Settings
from storage.models import LoginAttempt

MAX_USERNAME = 100
MAX_CLIENT = 64
KEEP = timedelta(days=30)


def username_key(username: str) -> str:
    return (username or "").strip().lower()[:MAX_USERNAME]


def client_key(address: str | None) -> str:
    return (address or "unknown")[:MAX_CLIENT]


@dataclass(frozen=True)
class Refusal:
    """Why a login is refused for now, and for how long."""

    by_username: bool
    retry_after: timedelta

    @property
    def minutes(self) -> int:
        return max(1, -(-int(self.retry_after.total_seconds()) // 60))


def _failures(
    session: Session,
    conditions: list[ColumnElement[bool]],
    limit: int,
    now: datetime,
    window: timedelta,
) -> timedelta | None:
    """None below ``limit`` failures; else the time until the oldest of the ``limit`` latest
    ones leaves the window."""
    times = list(
        session.scalars(
            select(LoginAttempt.at)
            .where(and_(*conditions))
            .order_by(LoginAttempt.at.desc())
            .limit(limit)
        )
    )
    if len(times) < limit:
        return None
    return max(timedelta(seconds=1), times[-1] + window - now)


def check(
    session: Session, settings: Settings, username: str, client: str, now: datetime
) -> Refusal | None:
    """A :class:`Refusal` when this username or client address has failed too often lately."""
    window = timedelta(minutes=settings.web_login_window_minutes)
    since = now - window
    user = username_key(username)
    last_success = session.scalar(
        select(func.max(LoginAttempt.at)).where(
            LoginAttempt.username == user, LoginAttempt.success.is_(True)
        )
    )
    wait = _failures(
        session,
        [
            LoginAttempt.username == user,
            LoginAttempt.success.is_(False),
            LoginAttempt.at > (max(since, last_success) if last_success else since),
        ],
        settings.web_login_max_failures,
        now,
        window,
    )
    if wait is not None:
        return Refusal(True, wait)
    wait = _failures(
        session,
        [
            LoginAttempt.client == client_key(client),
            LoginAttempt.success.is_(False),
            LoginAttempt.at > since,
        ],
        settings.web_login_max_failures_ip,
        now,
        window,
    )
    return None if wait is None else Refusal(False, wait)


def record(session: Session, username: str, client: str, *, success: bool, now: datetime) -> None:
    """Store an attempt (and prune attempts older than 30 days); commits."""
    session.add(
        LoginAttempt(
            at=now, username=username_key(username), client=client_key(client), success=success
        )
    )
    session.execute(delete(LoginAttempt).where(LoginAttempt.at < now - KEEP))
    session.commit()
