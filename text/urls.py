"""Canonical URLs: one spelling per article, so the same story found twice is stored once.

``canonicalize_url`` resolves, lowercases scheme and host, drops default ports, fragments and
tracking parameters, sorts the query, normalises the path and percent-encoding, and maps mobile and
AMP mirrors (and explicit host aliases) to the main host.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import SplitResult, urljoin, urlsplit, urlunsplit

__all__ = [
    "TRACKING_PARAMS",
    "canonicalize_url",
    "host_of",
    "http_link",
    "is_home_page",
    "is_http_url",
]

TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "ttclid", "wbraid",
        "gbraid", "li_fat_id", "zarsrc", "zarsource", "gidzl", "_ga", "_gl", "mc_cid", "mc_eid",
        "igshid", "ref", "refer", "src", "cmpid", "_hsenc", "_hsmi", "mkt_tok",
        "fb_action_ids", "fb_action_types", "fb_ref", "fb_source",
        "vn_source", "vn_medium", "vn_campaign", "vn_term", "vn_content",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "itm_")
MIRROR_PREFIXES = ("m.", "mobile.", "amp.")
DEFAULT_PORTS = {"http": 80, "https": 443}

_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# Characters left as they are in a path or query besides unreserved ones and "%XX" escapes.
_PATH_SAFE = frozenset("!$&'()*+,;=:@/")
_QUERY_SAFE = frozenset("!$'()*+,;:@/?=")  # "&" separates pairs and never reaches _quote
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_AMP_SUFFIX = re.compile(r"(?:/amp/?|\.amp)$", re.IGNORECASE)
_WHITESPACE_INSIDE = re.compile(r"[\t\n\r]")
_HOST_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")


def _quote(text: str, safe: frozenset[str]) -> str:
    """Normalised percent-encoding: unreserved escapes decoded, other escapes in uppercase hex,
    anything else unsafe (spaces, non-ASCII, stray "%") encoded as UTF-8."""
    out: list[str] = []
    i = 0
    while i < len(text):
        escape = _ESCAPE.match(text, i)
        if escape:
            char = chr(int(escape.group(1), 16))
            out.append(char if char in _UNRESERVED else "%" + escape.group(1).upper())
            i += 3
            continue
        char = text[i]
        if char in _UNRESERVED or char in safe:
            out.append(char)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))
        i += 1
    return "".join(out)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 §5.2.4: "/a/./b/../c" -> "/a/c"; never climbs above the root."""
    output: list[str] = []
    segments = path.split("/")
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == ".":
            if last:
                output.append("")
        elif segment == "..":
            if len(output) > 1:
                output.pop()
            if last:
                output.append("")
        else:
            output.append(segment)
    result = "/".join(output)
    return result if result.startswith("/") else "/" + result


def _normalize_path(path: str, lowercase: bool) -> str:
    if lowercase:
        path = path.lower()
    path = _quote(path, _PATH_SAFE)
    path = re.sub(r"/{2,}", "/", path)
    path = _remove_dot_segments(path)
    path = _AMP_SUFFIX.sub("", path)
    return path or "/"


def _is_tracking(key: str) -> bool:
    key = key.lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def _normalize_query(query: str, lowercase_keys: bool) -> str:
    pairs: list[tuple[str, str | None]] = []
    for part in query.split("&"):
        if not part:
            continue
        key, sep, value = part.partition("=")
        key = _quote(key, _QUERY_SAFE)
        if _is_tracking(_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), key)):
            continue
        if lowercase_keys:
            key = _ESCAPE.sub(lambda m: m.group(0).upper(), key.lower())
        pairs.append((key, _quote(value, _QUERY_SAFE) if sep else None))
    pairs.sort(key=lambda pair: pair[0])
    return "&".join(key if value is None else f"{key}={value}" for key, value in pairs)


def _normalize_host(parts: SplitResult, url: str) -> str:
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise ValueError(f"URL has no host: {url!r}")
    if ":" in host:  # IPv6 literal
        return f"[{host}]"
    try:
        ascii_host = host.lower() if host.isascii() else host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        ascii_host = ""
    if not all(_HOST_LABEL.fullmatch(label) for label in ascii_host.split(".")):
        raise ValueError(f"URL has an invalid host name {host!r}: {url!r}")
    return ascii_host


def _main_host(host: str, host_aliases: Mapping[str, str] | None) -> str:
    aliases = {k.lower(): v.lower() for k, v in (host_aliases or {}).items()}
    if host in aliases:
        return aliases[host]
    for prefix in MIRROR_PREFIXES:
        rest = host[len(prefix) :]
        if host.startswith(prefix) and "." in rest:
            return aliases.get(rest, rest)
    return host


def _split(url: str, base: str | None = None, *, http_only: bool = True) -> tuple[SplitResult, str]:
    """The parts of a URL (resolved against ``base``) and its lowercase scheme; ValueError for
    anything unparsable and, with ``http_only``, for schemes other than http and https."""
    if not isinstance(url, str):
        raise ValueError(f"URL must be a string, got {type(url).__name__}")
    cleaned = _WHITESPACE_INSIDE.sub("", url.strip())
    if not cleaned:
        raise ValueError("URL is empty")
    if base is not None:
        cleaned = urljoin(_WHITESPACE_INSIDE.sub("", base.strip()), cleaned)
    try:
        parts = urlsplit(cleaned)
    except ValueError as exc:
        raise ValueError(f"URL cannot be parsed ({exc}): {url!r}") from None
    scheme = parts.scheme.lower()
    if not scheme:
        raise ValueError(f"URL is relative and no base was given: {url!r}")
    if http_only and scheme not in DEFAULT_PORTS:
        raise ValueError(f"not an http(s) URL: {url!r}")
    return parts, scheme


def canonicalize_url(
    url: str,
    *,
    base: str | None = None,
    host_aliases: Mapping[str, str] | None = None,
    lowercase_path: bool = False,
) -> str:
    """The canonical spelling of ``url`` (see the module docstring).

    ``host_aliases`` maps hostnames to the one to use ({"zingnews.vn": "znews.vn"}); "www." is kept
    unless an alias says otherwise. ``lowercase_path`` lowercases path and query keys, for outlets
    whose paths are case-insensitive (thads.moj.gov.vn). User info ("user:pass@") is dropped.
    Raises ValueError for anything that is not an absolute http(s) URL with a host.
    """
    parts, scheme = _split(url, base)
    host = _main_host(_normalize_host(parts, url), host_aliases)
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"URL has an invalid port: {url!r}") from None
    netloc = host if port is None or port == DEFAULT_PORTS[scheme] else f"{host}:{port}"
    path = _normalize_path(parts.path, lowercase_path)
    query = _normalize_query(parts.query, lowercase_path)
    return urlunsplit((scheme, netloc, path, query, ""))


def host_of(url: str) -> str:
    """The hostname of ``url``, lowercase, without port or trailing dot; "m." and "www." are kept.
    Raises ValueError if ``url`` has no host."""
    parts, _ = _split(url, http_only=False)
    return _normalize_host(parts, url)


def is_http_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host and a valid port."""
    try:
        parts, _ = _split(url)
        _normalize_host(parts, url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return False
    return True


def http_link(url: str | None) -> str:
    """``url`` when it is an absolute http(s) URL without spaces, quotes or control characters,
    else "": a scraped URL fit for an ``href`` in the digest and the web app (``javascript:``,
    ``data:`` or relative URLs are never rendered as links)."""
    candidate = (url or "").strip()
    scheme, sep, rest = candidate.partition("://")
    if not sep or scheme.lower() not in {"http", "https"} or not rest or rest.startswith("/"):
        return ""
    if any(ch.isspace() or not ch.isprintable() or ch in "<>\"'`\\" for ch in candidate):
        return ""
    return candidate


def is_home_page(url: str | None) -> bool:
    """Whether ``url`` is a site's home page: no path beyond "/" and no query (False for None
    or a malformed URL)."""
    try:
        parts = urlsplit(url) if url else None
    except ValueError:
        return False
    return parts is not None and parts.path.strip("/") == "" and not parts.query
