"""Formatting helpers of the digest: scraped text made fit to show, safe links, local times."""

from __future__ import annotations

from datetime import datetime

import config
from digest.window import zone
from text.normalize import nfc


def clean(value: str | None) -> str:
    """Scraped text fit to show: NFC, no control characters, spaces collapsed to one line.
    (Escaping is the template's job: this keeps ``<`` and ``&`` as they are.)"""
    if not value:
        return ""
    text = nfc(value)
    if not text.isprintable():  # line breaks, tabs, control and format characters
        text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())


def http_link(url: str | None) -> str:
    """``url`` when it is an absolute http(s) URL without spaces, quotes or control characters,
    else "": anything else (``javascript:``, ``data:``, relative) is never rendered as a link."""
    candidate = (url or "").strip()
    scheme, sep, rest = candidate.partition("://")
    if not sep or scheme.lower() not in {"http", "https"} or not rest or rest.startswith("/"):
        return ""
    if any(ch.isspace() or not ch.isprintable() or ch in "<>\"'`\\" for ch in candidate):
        return ""
    return candidate


def web_url(settings: config.Settings, kind: str, ident: int) -> str:
    """``<web_base_url>/<kind>/<id>`` (kind: "articles" or "cases")."""
    return f"{settings.web_base_url.rstrip('/')}/{kind}/{int(ident)}"


def fmt_moment(moment: datetime | None, settings: config.Settings) -> str:
    """ "dd/mm/yyyy HH:MM" in the digest's time zone, or "" for None."""
    if moment is None:
        return ""
    return moment.astimezone(zone(settings)).strftime("%d/%m/%Y %H:%M")


def fmt_clock_first(moment: datetime, settings: config.Settings) -> str:
    """ "HH:MM dd/mm/yyyy" in the digest's time zone."""
    return moment.astimezone(zone(settings)).strftime("%H:%M %d/%m/%Y")
