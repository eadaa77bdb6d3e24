"""Text and date formatting shared by the documents (pure functions).

Every piece of text that goes into a document passes through :func:`clean`: scraped titles and
summaries may carry control characters that are invalid in XML (a DOCX or XLSX with one cannot be
opened), bidi overrides, zero-width characters or decomposed Vietnamese.
"""

from __future__ import annotations

from datetime import date, datetime

from text.dates import VN_TZ
from text.normalize import clean_text

__all__ = [
    "clean",
    "clip",
    "date_line",
    "ddmmyyyy",
    "ddmmyyyy_hhmm",
    "deadline_phrase",
    "local_date",
]


def clean(value: object, *, paragraphs: bool = False) -> str:
    """``value`` as safe NFC text: invisible and control characters dropped, spaces collapsed.
    With ``paragraphs=True`` line breaks survive (one paragraph per line)."""
    if value is None:
        return ""
    return clean_text(str(value), paragraphs=paragraphs)


def clip(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-–") + "…"


def local_date(value: date | datetime) -> date:
    """The calendar date in Vietnam of an aware datetime (a date is returned as is)."""
    if isinstance(value, datetime):
        return value.astimezone(VN_TZ).date()
    return value


def ddmmyyyy(value: date | datetime | None) -> str:
    """ "05/01/2027"; empty for None."""
    if value is None:
        return ""
    return local_date(value).strftime("%d/%m/%Y")


def ddmmyyyy_hhmm(value: datetime | None) -> str:
    """ "05/01/2027 14:30" in Vietnam's time; "—" for None (the web app and the CLI show it)."""
    if value is None:
        return "—"
    return value.astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M")


def date_line(place: str, day: date) -> str:
    """The place and date line of ND 30/2020: "Hà Nội, ngày 29 tháng 11 năm 2026". Days below 10
    and the months 1 and 2 take a leading zero ("ngày 05 tháng 02 năm 2027")."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{clean(place)}, ngày {day.day:02d} tháng {month} năm {day.year}"


def deadline_phrase(deadline: date | datetime) -> str:
    """ "chậm nhất 17 giờ 00 ngày 02/12/2026" for a datetime, "chậm nhất ngày 02/12/2026" for a
    date (local time)."""
    if isinstance(deadline, datetime):
        local = deadline.astimezone(VN_TZ)
        return f"chậm nhất {local.hour} giờ {local.minute:02d} ngày {ddmmyyyy(local)}"
    return f"chậm nhất ngày {ddmmyyyy(deadline)}"
