"""Where the replica keeps the page served for a URL (convention shared with the recorded pages).

``replica/sites/<host>/<path>`` holds the page served for ``https://<host>/<path>``. A path ending
in ``/`` (or empty) maps to ``<path>/index.html``; a query string maps to ``<path>__<query>`` (e.g.
``View_Detail.aspx__ItemID=1463``). Host names are lowercased and lose their port; percent-escapes
in the path are decoded so that file names stay readable.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from urllib.parse import quote, unquote, urlsplit

REPLICA_DIR = Path(__file__).resolve().parent
SITES_DIR = REPLICA_DIR / "sites"
MANIFEST = REPLICA_DIR / "manifest.json"
HOSTS_FILE = REPLICA_DIR / "hosts.json"
CORPUS = REPLICA_DIR / "corpus" / "articles.jsonl"
QUERY_SEPARATOR = "__"
INDEX = "index.html"


class ReplicaPathError(ValueError):
    """A URL or file name that has no place in the replica tree (no host, or a '..' segment)."""


def url_to_file(url: str) -> PurePosixPath:
    """Relative file (``<host>/<path>``) holding the page for ``url``; the fragment is ignored."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if not host:
        raise ReplicaPathError(f"URL without a host: {url!r}")
    path = unquote(parts.path) or "/"
    segments = path.split("/")[1:]
    if any(seg in {"..", "."} for seg in segments):
        raise ReplicaPathError(f"URL path with a dot segment: {url!r}")
    if path.endswith("/"):
        segments[-1] = INDEX
    name = "/".join(s for s in segments if s) or INDEX
    if parts.query:
        name += QUERY_SEPARATOR + parts.query.replace("/", "%2F")
    return PurePosixPath(host) / name


def file_to_url(relpath: str | PurePosixPath, scheme: str = "https") -> str:
    """Inverse of :func:`url_to_file` (``index.html`` becomes a trailing slash)."""
    rel = PurePosixPath(relpath)
    if len(rel.parts) < 2 or ".." in rel.parts:
        raise ReplicaPathError(f"not a replica file name: {str(relpath)!r}")
    host, *rest = rel.parts
    name = "/".join(rest)
    query = ""
    if QUERY_SEPARATOR in rest[-1]:
        name, query = name.split(QUERY_SEPARATOR, 1)
        query = "?" + query.replace("%2F", "/")
    if name == INDEX:
        name = ""
    elif name.endswith("/" + INDEX):
        name = name[: -len(INDEX)]
    return f"{scheme}://{host}/{quote(name, safe='/-._~!$&()*+,;=:@%')}{query}"
