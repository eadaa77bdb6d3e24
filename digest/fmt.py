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
