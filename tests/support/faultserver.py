"""A local HTTP server that misbehaves in every way an outlet can, for fault-injection crawls.

It answers for any Host header (the crawl reaches it through the offline-replica routing), so the
registry under test uses a realistic ``https://faults.test/`` outlet.
"""

from __future__ import annotations

import hashlib
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import BaseServer

BODY = (
    "Chấp hành viên Thi hành án dân sự tỉnh Nghệ An đã tổ chức cưỡng chế kê biên tài sản "
    "để thi hành bản án dân sự đã có hiệu lực pháp luật. Theo hồ sơ, người phải thi hành án "
    "không tự nguyện thực hiện nghĩa vụ trả nợ dù đã được vận động, thuyết phục nhiều lần. "
    "Cơ quan thi hành án dân sự đã phối hợp với chính quyền địa phương bảo đảm an toàn."
)


TONES = "\u0300\u0301\u0303\u0309\u0323"


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as legacy Vietnamese sites wrote it: base letter plus a combining tone mark."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            marks = unicodedata.normalize("NFD", ch)
            tone = next(m for m in marks if m in TONES)
            base = unicodedata.normalize("NFC", marks.replace(tone, ""))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


def article_html(
    title: str,
    body: str = BODY,
    *,
    charset_meta: str | None = "utf-8",
    published: str = "2026-11-27T08:30:00+07:00",
) -> str:
    """An article page whose body is unique to its title (so pages are not content duplicates)."""
    body = f"Bài viết «{title}» được đăng trên trang thử nghiệm. {body}"
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in body.split(".") if s.strip())
    return (
        f'<!DOCTYPE html><html lang="vi"><head>{meta}<title>{title}</title>'
        f'<meta property="og:title" content="{title}">'
        f'<meta property="article:published_time" content="{published}"></head>'
        f'<body><nav><a href="/">Trang chủ</a></nav><article><h1>{title}</h1>'
        f'<div class="content">{paragraphs}{paragraphs}</div></article></body></html>'
    )


@dataclass
class FaultSite:
    """State of the misbehaving site; tests read ``hits`` and may switch ``slow_seconds``."""

    n_good: int = 3
    slow_seconds: float = 5.0
    article_delay: float = 0.0
    hits: list[str] = field(default_factory=list)
    flaky_failures: int = 1
    faults: bool = True
    _flaky_seen: int = 0

    def items(self) -> list[str]:
        good = [f"/bai/ok-{i}.html" for i in range(self.n_good)]
        if not self.faults:
            return good
        return good + [
            "/bai/malformed.html",
            "/bai/nocharset.html",
            "/bai/wrongcharset.html",
            "/bai/cp1258.html",
            "/bai/flaky.html",
            "/bai/empty.html",
            "/bai/loop-a.html",
            "/bai/gone.html",
            "/bai/error.html",
            "/bai/slow.html",
            "/bai/truncated.html",
            "/bai/huge.html",
            "/bai/binary.html",
            "/private/secret.html",
        ]

    def feed(self) -> bytes:
        items = "".join(
            f"<item><title>Tin {p}</title><link>https://faults.test{p}?utm_source=rss</link>"
            f"<description>Tóm tắt của {p}</description>"
            f"<pubDate>Fri, 27 Nov 2026 08:30:00 +0700</pubDate></item>"
            for p in self.items()
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Faults</title><link>https://faults.test/</link>{items}</channel></rss>"
        ).encode()


def make_handler(site: FaultSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # quiet
            pass

        def send(
            self,
            status: int,
            body: bytes,
            ctype: str = "text/html; charset=utf-8",
            headers: dict[str, str] | None = None,
            length: int | None = None,
        ) -> None:
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body) if length is None else length))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: C901, PLR0911, PLR0912 - one branch per fault
            path = self.path.split("?", 1)[0]
            site.hits.append(path)
            if path == "/robots.txt":
                return self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            if path == "/feed.rss":
                body = site.feed()
                etag = '"' + hashlib.sha1(body).hexdigest() + '"'
                if self.headers.get("If-None-Match") == etag:
                    return self.send(304, b"", "", {"ETag": etag})
                return self.send(200, body, "application/rss+xml", {"ETag": etag})
            if path == "/broken.rss":
                return self.send(200, b"<html><body>Not a feed</body></html>")
            if path.startswith("/bai/ok-"):
                if site.article_delay:
                    time.sleep(site.article_delay)
                return self.send(200, article_html(f"Bài số {path[8:-5]} về thi hành án").encode())
            if path == "/bai/malformed.html":
                html = article_html("Trang HTML hỏng").replace("</div>", "").replace("</p>", "<p")
                return self.send(200, html.encode()[:-40])
            if path == "/bai/nocharset.html":
                return self.send(
                    200,
                    article_html("Không khai báo bảng mã", charset_meta=None).encode(),
                    "text/html",
                )
            if path == "/bai/wrongcharset.html":
                return self.send(
                    200,
                    article_html("Khai báo sai bảng mã", charset_meta=None).encode(),
                    "text/html; charset=iso-8859-1",
                )
            if path == "/bai/cp1258.html":
                html = article_html("Trang mã Windows-1258", charset_meta="windows-1258")
                return self.send(200, encode_cp1258(html), "text/html")
            if path == "/bai/flaky.html":
                if site._flaky_seen < site.flaky_failures:
                    site._flaky_seen += 1
                    return self.send(503, b"busy")
                return self.send(200, article_html("Trang lúc được lúc không").encode())
            if path == "/bai/empty.html":
                return self.send(200, b"")
            if path == "/bai/loop-a.html":
                return self.send(302, b"", headers={"Location": "/bai/loop-b.html"})
            if path == "/bai/loop-b.html":
                return self.send(302, b"", headers={"Location": "/bai/loop-a.html"})
            if path == "/bai/gone.html":
                return self.send(404, b"<h1>Not found</h1>")
            if path == "/bai/error.html":
                return self.send(500, b"<h1>Server error</h1>")
            if path == "/bai/slow.html":
                time.sleep(site.slow_seconds)
                return self.send(200, article_html("Trang chậm").encode())
            if path == "/bai/truncated.html":
                body = article_html("Trang bị cắt").encode()
                self.send(200, body[: len(body) // 2], length=len(body))
                self.close_connection = True
                return None
            if path == "/bai/huge.html":
                return self.send(200, article_html("Trang quá lớn", BODY * 400).encode())
            if path == "/bai/binary.html":
                return self.send(200, bytes(range(256)) * 40)
            if path == "/private/secret.html":
                return self.send(200, article_html("Không được phép").encode())
            return self.send(404, b"<h1>Not found</h1>")

        do_HEAD = do_GET

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients hanging up on the slow and truncated pages are expected here."""


class FaultServer:
    def __init__(self, site: FaultSite | None = None):
        self.site = site or FaultSite()
        self.httpd: BaseServer = _QuietServer(("127.0.0.1", 0), make_handler(self.site))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]  # type: ignore[misc]
        return f"http://{host}:{port}"

    def __enter__(self) -> FaultServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


REGISTRY = """
[[outlets]]
name = "faults"
home = "https://faults.test/"
feeds = ["https://faults.test/feed.rss", "https://faults.test/broken.rss"]
sections = []
sitemaps = []
article_pattern = '\\.html$'
"""
