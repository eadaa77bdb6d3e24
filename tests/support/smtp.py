"""A real SMTP server on loopback (aiosmtpd in a thread) that records what it receives.

Tests of the mailer and of everything that sends mail (notifications, the digest) use it::

    with SmtpServer() as server:
        send(message, settings.replace(**server.settings()))
    received = server.received[0].message

It can require STARTTLS or speak implicit TLS (certificates from :class:`TestCA`), require a login,
refuse chosen recipients, and answer DATA with scripted replies (e.g. a 451 before accepting).
"""

from __future__ import annotations

import email
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

HOST = "127.0.0.1"


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class Received:
    """One message as the server got it: envelope and raw bytes."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    tls: bool
    login: str | None

    @property
    def message(self) -> EmailMessage:
        """The raw bytes parsed back with the standard library's current policy."""
        return email.message_from_bytes(self.data, _class=EmailMessage, policy=default_policy)


@dataclass
class Recorder:
    """aiosmtpd handler: records messages, refuses ``refuse`` recipients, scripts DATA replies."""

    refuse: dict[str, str] = field(default_factory=dict)
    refuse_once: dict[str, str] = field(default_factory=dict)
    data_replies: list[str] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refuse:
            return self.refuse[address]
        if address in self.refuse_once:
            return self.refuse_once.pop(address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        with self.lock:
            if self.data_replies:
                return self.data_replies.pop(0)
            login = session.auth_data.decode() if session.authenticated else None
            self.received.append(
                Received(
                    envelope.mail_from,
                    tuple(envelope.rcpt_tos),
                    envelope.original_content,
                    session.ssl is not None,
                    login,
                )
            )
        return "250 Message accepted for delivery"


class Accounts:
    """aiosmtpd authenticator accepting ``users`` {login: password}; records the mechanisms used."""

    def __init__(self, users: dict[str, str]) -> None:
        self.users = users
        self.mechanisms: list[str] = []

    def __call__(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        self.mechanisms.append(mechanism)
        if isinstance(auth_data, LoginPassword):
            login, password = auth_data.login.decode(), auth_data.password.decode()
            if self.users.get(login) == password:
                return AuthResult(success=True, auth_data=login.encode())
        return AuthResult(success=False, handled=False)


class TestCA:
    """A throwaway certificate authority and a server certificate for 127.0.0.1/localhost."""

    __test__ = False  # not a pytest test class

    def __init__(self, folder: Path) -> None:
        self.ca = trustme.CA()
        self.server_cert = self.ca.issue_cert(HOST, "localhost")
        self.ca_file = folder / "test-ca.pem"
        self.ca.cert_pem.write_to_path(str(self.ca_file))

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.server_cert.configure_cert(ctx)
        return ctx


class SmtpServer:
    """aiosmtpd on ``127.0.0.1:port``; ``security`` is none, starttls (required) or ssl."""

    def __init__(
        self,
        handler: Recorder | None = None,
        *,
        port: int | None = None,
        security: str = "none",
        ca: TestCA | None = None,
        authenticator: Callable[..., AuthResult] | None = None,
        auth_exclude: tuple[str, ...] = (),
    ) -> None:
        self.handler = handler or Recorder()
        self.port = port or free_port()
        self.security = security
        kwargs: dict[str, Any] = {"hostname": HOST, "port": self.port, "ready_timeout": 10}
        if security == "starttls":
            assert ca is not None
            kwargs |= {"tls_context": ca.server_context(), "require_starttls": True}
        elif security == "ssl":
            assert ca is not None
            kwargs["ssl_context"] = ca.server_context()
        if authenticator is not None:
            kwargs |= {
                "authenticator": authenticator,
                "auth_required": True,
                "auth_require_tls": True,
                "auth_exclude_mechanism": list(auth_exclude),
            }
        self.controller = Controller(self.handler, **kwargs)
        self.running = False

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def settings(self) -> dict[str, Any]:
        """Overrides pointing ``config.Settings`` at this server."""
        return {"smtp_host": HOST, "smtp_port": self.port, "smtp_security": self.security}

    def start(self) -> SmtpServer:
        self.controller.start()
        self.running = True
        return self

    def stop(self) -> None:
        if self.running:
            self.controller.stop()
            self.running = False

    def __enter__(self) -> SmtpServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
