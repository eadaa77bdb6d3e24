"""The outlet registry: declarative specs of the news outlets, loaded from a TOML file.

The file format is documented in the comment block at the top of ``crawlers/outlets.toml``. Loading
validates every entry and raises :class:`RegistryError` naming the file and the outlet on any
problem, so a broken registry stops a run before it starts.
"""

from __future__ import annotations

import codecs
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

import cssselect

DEFAULT_REGISTRY = Path(__file__).resolve().parent / "outlets.toml"

SELECTOR_KEYS = frozenset({"title", "lead", "body", "date", "author"})
REQUIRED_KEYS = ("name", "home", "feeds", "sections", "sitemaps", "article_pattern")
OPTIONAL_KEYS = (
    "selectors",
    "encoding",
    "host_aliases",
    "lowercase_paths",
    "next_page",
    "verified",
    "notes",
)
_NAME_RE = re.compile(r"^[a-z0-9_]+$")
_HOST_RE = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")


class RegistryError(Exception):
    """The outlet registry file is missing, malformed or names an unknown outlet."""


@dataclass(frozen=True)
class OutletSpec:
    """One news outlet: where to discover articles and how to recognise and extract them."""

    name: str
    home: str
    feeds: tuple[str, ...]
    sections: tuple[str, ...]
    sitemaps: tuple[str, ...]
    article_pattern: str
    selectors: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    encoding: str | None = None
    host_aliases: tuple[str, ...] = ()
    lowercase_paths: bool = False
    next_page: str | None = None
    verified: str = ""
    notes: str = ""

    def __hash__(self) -> int:  # selectors (a mapping) is not hashable; the name identifies a spec
        return hash((self.name, self.home, self.article_pattern))

    @property
    def host(self) -> str:
        """Host of the home page, lowercase, without port."""
        return (urlsplit(self.home).hostname or "").lower()

    @property
    def hosts(self) -> tuple[str, ...]:
        """The outlet's host followed by its aliases."""
        return (self.host, *self.host_aliases)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.article_pattern)

    def is_article_url(self, url: str) -> bool:
        """True if ``url`` (ideally canonical) looks like an article of this outlet."""
        return self.owns(url) and self.pattern.search(url) is not None

    def owns(self, url: str) -> bool:
        """True if ``url`` is on the outlet's host or one of its aliases."""
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            return False
        return host in self.hosts

    def discovery_urls(self) -> tuple[str, ...]:
        """Every feed, section and sitemap URL, in that order."""
        return (*self.feeds, *self.sections, *self.sitemaps)


def load_registry(path: str | Path | None = None) -> list[OutletSpec]:
    """Load and validate a registry TOML file (``None`` means :data:`DEFAULT_REGISTRY`)."""
    file = Path(path) if path is not None else DEFAULT_REGISTRY
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RegistryError(f"{file}: registry file not found") from None
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{file}: not UTF-8: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{file}: not valid TOML: {exc}") from None
    extra = sorted(set(data) - {"outlets"})
    if extra:
        raise RegistryError(f"{file}: unknown top-level keys: {', '.join(extra)}")
    tables = data.get("outlets")
    if not isinstance(tables, list) or not tables:
        raise RegistryError(f"{file}: expected a non-empty array of [[outlets]] tables")
    specs: list[OutletSpec] = []
    seen: set[str] = set()
    for index, table in enumerate(tables, start=1):
        spec = _parse_outlet(file, index, table)
        if spec.name in seen:
            raise RegistryError(f"{file}: outlet {spec.name!r}: duplicate name")
        seen.add(spec.name)
        specs.append(spec)
    return specs


def select(specs: Iterable[OutletSpec], names: Iterable[str]) -> list[OutletSpec]:
    """The specs named in ``names`` (in registry order); all specs when ``names`` is empty."""
    specs = list(specs)
    wanted = [n.strip() for n in names if n.strip()]
    if not wanted:
        return specs
    known = {s.name for s in specs}
    unknown = [n for n in wanted if n not in known]
    if unknown:
        raise RegistryError(
            f"unknown outlet(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}"
        )
    return [s for s in specs if s.name in set(wanted)]


def outlet_for_url(specs: Iterable[OutletSpec], url: str) -> OutletSpec | None:
    """The outlet owning ``url`` (by host or alias), or None."""
    return next((s for s in specs if s.owns(url)), None)


# --- validation ----------------------------------------------------------------------------------


def _parse_outlet(file: Path, index: int, table: Any) -> OutletSpec:
    if not isinstance(table, dict):
        raise RegistryError(f"{file}: outlets entry #{index} is not a table")
    raw_name = table.get("name")
    label = raw_name if isinstance(raw_name, str) and raw_name else f"#{index}"

    def fail(message: str) -> RegistryError:
        return RegistryError(f"{file}: outlet {label!r}: {message}")

    unknown = sorted(set(table) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise fail(f"unknown keys: {', '.join(unknown)}")
    missing = [k for k in REQUIRED_KEYS if k not in table]
    if missing:
        raise fail(f"missing keys: {', '.join(missing)}")
    name = _string(table, "name", fail)
    if not _NAME_RE.match(name):
        raise fail("name must match [a-z0-9_]+")
    home = _url(_string(table, "home", fail), "home", fail)
    lists = {
        k: tuple(_url(u, k, fail) for u in _strings(table, k, fail))
        for k in ("feeds", "sections", "sitemaps")
    }
    pattern = _string(table, "article_pattern", fail)
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise fail(f"article_pattern is not a valid regex: {exc}") from None
    for url in lists["feeds"] + lists["sections"] + lists["sitemaps"] + (home,):
        if compiled.search(url):
            raise fail(f"article_pattern matches the discovery URL {url}")
    selectors = table.get("selectors", {})
    if not isinstance(selectors, dict):
        raise fail("selectors must be a table")
    bad = sorted(set(selectors) - SELECTOR_KEYS)
    if bad:
        raise fail(f"selectors has unknown keys: {', '.join(bad)} (allowed: {_allowed()})")
    for key, css in selectors.items():
        _css(css, f"selectors.{key}", fail)
    encoding = table.get("encoding")
    if encoding is not None:
        if not isinstance(encoding, str):
            raise fail("encoding must be a string")
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise fail(f"unknown encoding {encoding!r}") from None
    aliases = _strings(table, "host_aliases", fail) if "host_aliases" in table else []
    for alias in aliases:
        if not _HOST_RE.match(alias):
            raise fail(f"host_aliases: {alias!r} is not a lowercase host name")
    lowercase = table.get("lowercase_paths", False)
    if not isinstance(lowercase, bool):
        raise fail("lowercase_paths must be true or false")
    next_page = table.get("next_page")
    if next_page is not None:
        _css(next_page, "next_page", fail)
    return OutletSpec(
        name=name,
        home=home,
        feeds=lists["feeds"],
        sections=lists["sections"],
        sitemaps=lists["sitemaps"],
        article_pattern=pattern,
        selectors=MappingProxyType(dict(selectors)),
        encoding=encoding,
        host_aliases=tuple(aliases),
        lowercase_paths=lowercase,
        next_page=next_page,
        verified=_optional_string(table, "verified", fail),
        notes=_optional_string(table, "notes", fail),
    )


def _allowed() -> str:
    return ", ".join(sorted(SELECTOR_KEYS))


def _string(table: dict[str, Any], key: str, fail: Any) -> str:
    value = table[key]
    if not isinstance(value, str) or not value.strip():
        raise fail(f"{key} must be a non-empty string")
    return value


def _optional_string(table: dict[str, Any], key: str, fail: Any) -> str:
    if key not in table:
        return ""
    value = table[key]
    if not isinstance(value, str):
        raise fail(f"{key} must be a string")
    return value


def _strings(table: dict[str, Any], key: str, fail: Any) -> list[str]:
    value = table[key]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise fail(f"{key} must be a list of non-empty strings")
    return value


def _url(url: str, key: str, fail: Any) -> str:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise fail(f"{key}: {url!r} is not an http(s) URL")
    return url


def _css(css: Any, key: str, fail: Any) -> None:
    if not isinstance(css, str) or not css.strip():
        raise fail(f"{key} must be a non-empty CSS selector")
    try:
        cssselect.GenericTranslator().css_to_xpath(css)
    except cssselect.SelectorError as exc:
        raise fail(f"{key}: invalid CSS selector {css!r}: {exc}") from None
