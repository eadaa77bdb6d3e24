"""The legal basis of a correction request, chosen by the article's publication date.

Luật Báo chí 2016 (103/2016/QH13) Điều 42 applies to stories published before 2026-07-01 and the
2025 press law from then (NOTES.md §2.1). The regimes are data (``documents/data/legal_basis.toml``
or the file named by the ``legal_basis_file`` setting); the 2025 citation is the setting
``press_law_2025_citation`` because its article number is a [GAP].
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import config
from text.dates import VN_TZ

BUNDLED_FILE = Path(__file__).resolve().parent / "data" / "legal_basis.toml"

__all__ = ["BUNDLED_FILE", "LegalBasisError", "LegalRegime", "load_regimes", "regime_for"]


class LegalBasisError(ValueError):
    """The regime table cannot be used; the message is Vietnamese."""


@dataclass(frozen=True)
class LegalRegime:
    key: str
    start: date  # first publication date the regime applies to
    name: str
    citation: str  # the text after "Căn cứ"
    requests: tuple[str, ...]


def load_regimes(settings: config.Settings) -> tuple[LegalRegime, ...]:
    """The regimes of the configured (or bundled) table, oldest first."""
    path = Path(settings.legal_basis_file) if settings.legal_basis_file else BUNDLED_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LegalBasisError(f"Không tìm thấy bảng căn cứ pháp lý: {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise LegalBasisError(f"Bảng căn cứ pháp lý {path} không hợp lệ: {exc}") from None
    regimes = []
    for i, entry in enumerate(data.get("regime", []), start=1):
        where = f"{path}, mục [[regime]] thứ {i}"
        start = entry.get("from")
        if not isinstance(start, date) or isinstance(start, datetime):
            raise LegalBasisError(f"{where}: thiếu ngày bắt đầu áp dụng (from = YYYY-MM-DD)")
        citation = entry.get("citation")
        if citation is None and "citation_setting" in entry:
            name = entry["citation_setting"]
            citation = getattr(settings, name, None)
            if not isinstance(citation, str):
                raise LegalBasisError(f"{where}: không có thiết lập {name!r}")
        if not isinstance(citation, str) or not citation.strip():
            raise LegalBasisError(f"{where}: thiếu nội dung căn cứ (citation)")
        requests = entry.get("requests", [])
        if not isinstance(requests, list) or not all(isinstance(r, str) for r in requests):
            raise LegalBasisError(f"{where}: requests phải là danh sách chuỗi")
        regimes.append(
            LegalRegime(
                key=str(entry.get("key", f"regime_{i}")),
                start=start,
                name=str(entry.get("name", entry.get("key", ""))),
                citation=citation.strip(),
                requests=tuple(requests),
            )
        )
    if not regimes:
        raise LegalBasisError(f"Bảng căn cứ pháp lý {path} không có mục [[regime]] nào")
    return tuple(sorted(regimes, key=lambda r: r.start))


def regime_for(when: date | datetime, regimes: tuple[LegalRegime, ...]) -> LegalRegime:
    """The regime in force on ``when`` (a datetime counts by its local date in Vietnam). Dates
    before the first regime get the first one."""
    day = when.astimezone(VN_TZ).date() if isinstance(when, datetime) else when
    chosen = regimes[0]
    for regime in regimes:
        if regime.start <= day:
            chosen = regime
    return chosen
