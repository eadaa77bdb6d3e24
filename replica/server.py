"""HTTP server of the offline replica: answers for any outlet by the ``Host`` header.

``replica/sites/<host>/<path>`` is served for ``http://<replica>/<path>`` with ``Host: <host>``
(see :mod:`replica.paths`). GET and HEAD; ``ETag`` and ``Last-Modified`` with conditional requests
(304); optional ``<file>.meta.json`` sidecars (status and headers, e.g. a redirect);
``replica/hosts.json`` maps alias hosts (mirror or redirect) and case-insensitive hosts.
``date_shift_days`` moves every date shown in *rendered* pages, feeds and sitemaps by whole days
(recorded pages stay unchanged).

Run ``python -m replica.server --port 8765 [--shift-to-today]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path, PurePosixPath
from typing import Any

from replica.dates import ANCHOR, VN_TZ, shift_text, today_shift
from replica.paths import HOSTS_FILE, MANIFEST, SITES_DIR, ReplicaPathError, url_to_file

__all__ = ["ReplicaServer", "today_shift"]

XML_SUFFIXES = (".rss", ".xml", ".atom")
NOT_FOUND_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>404 - Không tìm thấy trang</title></head>
<body><div class="error-404"><h1>404</h1><p>Trang bạn tìm kiếm không tồn tại hoặc đã bị gỡ bỏ.</p>
<p><a href="/">Quay về trang chủ</a></p></div></body></html>
"""


@dataclass
class _Site:
    """Read-only data of one server: the tree, the manifest's date records and the host table."""

    root: Path
    shift: int
    files: dict[str, Any]
    hosts: dict[str, Any]
    request_log: list[tuple[str, str, int]] | None
    lock: threading.Lock = field(default_factory=threading.Lock)
    cache: dict[str, bytes] = field(default_factory=dict)


class ReplicaServer:
    """The replica on ``127.0.0.1:port`` in a daemon thread; ``port=0`` picks a free port."""

    def __init__(
        self,
        root: str | Path = SITES_DIR,
        *,
        port: int = 0,
        host: str = "127.0.0.1",
        date_shift_days: int = 0,
        request_log: list[tuple[str, str, int]] | None = None,
        manifest: str | Path | None = None,
        hosts_file: str | Path | None = None,
    ) -> None:
        root = Path(root)
        if not root.is_dir():
            raise FileNotFoundError(f"replica tree not found: {root}")
        manifest_path = Path(manifest) if manifest else root.parent / MANIFEST.name
        hosts_path = Path(hosts_file) if hosts_file else root.parent / HOSTS_FILE.name
        files = _read_json(manifest_path).get("files", {})
        self._site = _Site(root, date_shift_days, files, _read_json(hosts_path), request_log)
        self._address = (host, port)
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("replica server not started")
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> ReplicaServer:
        site = self._site

        class Handler(_Handler):
            pass

        Handler.site = site
        self._httpd = ThreadingHTTPServer(self._address, Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> ReplicaServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _read_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


class _Handler(BaseHTTPRequestHandler):
    site: _Site
    protocol_version = "HTTP/1.1"
    server_version = "ReplicaServer/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet by design
        pass

    def do_GET(self) -> None:  # noqa: N802
        self._answer(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(head=True)

    def _answer(self, head: bool) -> None:
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip().lower()
        status, headers, body = self._resolve(host)
        if self.site.request_log is not None:
            with self.site.lock:
                self.site.request_log.append((host, self.path, status))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and status != 304:
            self.wfile.write(body)

    def _resolve(self, host: str) -> tuple[int, dict[str, str], bytes]:
        site = self.site
        alias = site.hosts.get(host, {})
        if "redirect" in alias:
            location = f"https://{alias['redirect']}{self.path}"
            return 301, {"Location": location, "Content-Type": "text/html; charset=utf-8"}, b""
        folder = alias.get("mirror", host)
        if not host or not (site.root / folder).is_dir():
            text = f"Replica: unknown host {host!r}; no folder {folder!r} under {site.root}\n"
            return 404, {"Content-Type": "text/plain; charset=utf-8"}, text.encode()
        try:
            rel = url_to_file(f"http://{folder}{self.path}")
        except ReplicaPathError:
            return _not_found()
        if rel.name.endswith(".meta.json"):
            return _not_found()
        path, meta = self._locate(rel, bool(alias.get("case_insensitive")))
        if path is None and "?" in self.path:  # like most sites: unknown parameters are ignored
            path, meta = self._locate(
                url_to_file(f"http://{folder}{self.path.split('?')[0]}"),
                bool(alias.get("case_insensitive")),
            )
        if path is None:
            return _not_found()
        body = path.read_bytes() if path.is_file() else b""
        key = path.relative_to(site.root).as_posix()
        body, modified = self._dated(key, body)
        headers = {"Content-Type": _content_type(path.name)}
        headers.update(meta.get("headers", {}))
        status = int(meta.get("status", 200))
        if status == 200:
            etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
            headers["ETag"] = etag
            headers["Last-Modified"] = format_datetime(modified, usegmt=True)
            if self._not_modified(etag, modified):
                return 304, {"ETag": etag, "Last-Modified": headers["Last-Modified"]}, b""
        return status, headers, body

    def _locate(
        self, rel: PurePosixPath, case_insensitive: bool
    ) -> tuple[Path | None, dict[str, Any]]:
        """The file for ``rel`` (or None) and its sidecar's content."""
        path = self.site.root / rel
        if case_insensitive and not path.exists():
            path = _case_insensitive(self.site.root, rel) or path
        sidecar = path.with_name(path.name + ".meta.json")
        meta = _read_json(sidecar) if sidecar.exists() else {}
        return (path if path.is_file() or meta else None), meta

    def _dated(self, key: str, body: bytes) -> tuple[bytes, datetime]:
        """Body with its recorded dates shifted, and its Last-Modified time."""
        site = self.site
        record = site.files.get(key)
        anchor = datetime(ANCHOR.year, ANCHOR.month, ANCHOR.day, tzinfo=VN_TZ)
        if record is None:
            return body, anchor.astimezone(UTC)
        modified = datetime.fromisoformat(record["last_modified"]) + timedelta(days=site.shift)
        if site.shift and record.get("dates"):
            with site.lock:
                cached = site.cache.get(key)
            if cached is None:
                cached = _shift_dates(body, record["dates"], site.shift)
                with site.lock:
                    site.cache[key] = cached
            body = cached
        return body, modified.astimezone(UTC)

    def _not_modified(self, etag: str, modified: datetime) -> bool:
        match = self.headers.get("If-None-Match")
        if match is not None:
            return etag in [m.strip() for m in match.split(",")] or match.strip() == "*"
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                return modified.replace(microsecond=0) <= parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False
        return False


def _shift_dates(body: bytes, dates: list[list[str]], days: int) -> bytes:
    text = body.decode("utf-8")
    table = {shown: shift_text(shown, iso, fmt, days) for shown, iso, fmt in dates}
    pattern = re.compile("|".join(re.escape(s) for s in sorted(table, key=len, reverse=True)))
    return pattern.sub(lambda m: table[m.group(0)], text).encode("utf-8")


def _case_insensitive(root: Path, rel: PurePosixPath) -> Path | None:
    current = root
    for part in rel.parts:
        if not current.is_dir():
            return None
        match = next((p for p in current.iterdir() if p.name.lower() == part.lower()), None)
        if match is None:
            return None
        current = match
    return current


def _content_type(name: str) -> str:
    if name.endswith(XML_SUFFIXES):
        return "application/xml; charset=utf-8"
    if name.endswith(".txt"):
        return "text/plain; charset=utf-8"
    if name.endswith(".json"):
        return "application/json"
    return "text/html; charset=utf-8"


def _not_found() -> tuple[int, dict[str, str], bytes]:
    return 404, {"Content-Type": "text/html; charset=utf-8"}, NOT_FOUND_PAGE.encode("utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the offline replica of the outlets.")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--shift-to-today", action="store_true", help="shift dates to end today")
    args = parser.parse_args(argv)
    shift = today_shift() if args.shift_to_today else 0
    with ReplicaServer(port=args.port, host=args.host, date_shift_days=shift) as server:
        print(f"Replica at {server.url} (dates shifted by {shift} days); Ctrl+C stops it.")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
