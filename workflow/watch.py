"""Re-fetch watch of corrected articles: did the outlet edit or remove what the case is about?

After a correction is requested (a case's latest ``advance`` into ``correction_requested``), every
article the case covers is fetched again on the working days of ``watch_schedule_days`` after the
request (default 1, 2, 3, 5 and 10), as long as the case stays open; after the last one the watch
stops. A check is due from the start (00:00) of its working day, so a daily cron run checks each
day once; a day the command did not run is caught up once by the next run (the latest due day
counts, earlier missed ones are not repeated). ``diemtin case watch`` runs :func:`run_watch`.

One check of one URL:

* fetched over HTTP(S) with the crawler's user agent, ``download_timeout`` and ``max_page_bytes``,
  following up to :data:`MAX_REDIRECTS` redirects itself; with ``offline_replica_url`` set every
  hop goes to the replica with the outlet's ``Host`` header, as the crawler routes
  (``crawlers/routing.py``);
* 404 or 410, a redirect to another page that is not an article (the registry's article pattern,
  or a page without an article), or a page whose canonical URL is the outlet's home: **removed**;
* otherwise the page is decoded and extracted as the crawler does (``crawlers.extract`` with the
  outlet's selectors from the registry) and the normalised hash (``text.fingerprint.content_hash``)
  of title, lead and text is compared with the case's latest archived copy (``case_evidence``).
  The archived page is extracted again with today's extractor too, so that a change of the
  extractor alone never looks like an edit. A real change is **changed**: the new copy is archived
  as the next evidence snapshot (old and new both downloadable) and a unified diff of the
  sentences is kept;
* a network error, a timeout, any other status, or a page that cannot be read is a **failed**
  check, retried at the next run; it never marks an article removed.

Every check is an append-only case event (actor ``system``): ``source_checked`` (no change, or
still removed), ``source_changed``, ``source_removed``, ``source_restored`` (back after a removal)
and ``source_check_failed``, with the URL, final URL, HTTP status, hashes, diff and the watch slot
in ``data``. Changes, removals and restorations carry a Vietnamese note ("Báo … đã chỉnh sửa bài
viết …") for a person to confirm the outcome; the watch never moves the case itself.
:func:`workflow.cases.replay` ignores these events (they change nothing it rebuilds).
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time
from hashlib import sha256
from typing import Any
from urllib.parse import urljoin, urlsplit

import urllib3
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

import config
from crawlers.decode import header_charset
from crawlers.extract import Extraction, ExtractionError, extract_article
from crawlers.registry import OutletSpec, RegistryError, load_registry, outlet_for_url
from crawlers.routing import replica_route
from documents.fmt import ddmmyyyy
from storage.models import Case, CaseEvent, CaseEvidence, utcnow
from text.dates import VN_TZ
from text.fingerprint import content_hash
from text.sentences import split_sentences
from text.urls import canonicalize_url, host_of, is_home_page
from workflow.calendar import WorkCalendar
from workflow.evidence import store_evidence
from workflow.runreport import RunReport, record_system_event
from workflow.states import TERMINAL_STATES
from workflow.users import WorkflowError

log = logging.getLogger(__name__)

__all__ = [
    "CHECKED",
    "CHANGED",
    "FAILED",
    "REMOVED",
    "RESTORED",
    "WATCH_ACTIONS",
    "CheckOutcome",
    "FetchFailed",
    "Fetched",
    "WatchReport",
    "check_schedule",
    "fetch_page",
    "run_watch",
]

CHECKED, CHANGED, REMOVED, RESTORED = (
    "source_checked",
    "source_changed",
    "source_removed",
    "source_restored",
)
FAILED = "source_check_failed"
WATCH_ACTIONS = frozenset({CHECKED, CHANGED, REMOVED, RESTORED, FAILED})
_DONE = WATCH_ACTIONS - {FAILED}  # a check that settled its slot

MAX_REDIRECTS = 5
REMOVED_STATUSES = frozenset({404, 410})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_DIFF_LINES = 120
MAX_DIFF_LINE_CHARS = 400
_TITLE = "Tiêu đề: "
_STATUS_VI = {404: "404 – không tìm thấy", 410: "410 – đã gỡ bỏ"}


class WatchError(WorkflowError):
    """The watch cannot run as configured (outlet registry unreadable); Vietnamese message."""


# --- fetching ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Fetched:
    """The response a URL finally gave (after redirects)."""

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    redirects: tuple[str, ...] = ()


class FetchFailed(Exception):
    """The page could not be fetched (network error, timeout, too big, redirect loop); the text is
    Vietnamese. Never a sign that the article was removed."""


def _routed(url: str, replica: str) -> tuple[str, dict[str, str]]:
    """Where to send a request for ``url`` and the extra headers: the URL itself, or the replica
    server with the outlet's Host header (as ``crawlers.routing`` does in the crawl)."""
    if not replica:
        return url, {}
    target, host, scheme = replica_route(url, urlsplit(replica).netloc)
    return target, {"Host": host, "X-Forwarded-Proto": scheme}


def _read(response: urllib3.BaseHTTPResponse, limit: int) -> bytes:
    chunks, size = [], 0
    for chunk in response.stream(65536):
        size += len(chunk)
        if size > limit:
            raise FetchFailed(f"trang lớn hơn giới hạn {limit} byte (DIEMTIN_MAX_PAGE_BYTES)")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch_page(
    url: str, settings: config.Settings, pool: urllib3.PoolManager | None = None
) -> Fetched:
    """GET ``url`` as the crawler would (user agent, timeout, size limit, replica routing),
    following redirects; :class:`FetchFailed` when no HTTP answer came back."""
    http = pool or urllib3.PoolManager()
    timeout = urllib3.Timeout(connect=settings.download_timeout, read=settings.download_timeout)
    headers = {
        "User-Agent": settings.user_agent,
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
        "Accept-Language": "vi,en;q=0.5",
    }
    current, chain = url, []
    for _hop in range(MAX_REDIRECTS + 1):
        target, extra = _routed(current, settings.offline_replica_url)
        try:
            response = http.request(
                "GET",
                target,
                headers={**headers, **extra},
                redirect=False,
                retries=False,
                timeout=timeout,
                preload_content=False,
                decode_content=True,
            )
        except urllib3.exceptions.HTTPError as exc:
            raise FetchFailed(f"lỗi kết nối tới {current}: {_reason(exc)}") from None
        location = response.headers.get("Location")
        if response.status in REDIRECT_STATUSES and location:
            response.drain_conn()  # a connection goes back to the pool only once read
            response.release_conn()
            following = urljoin(current, location.strip())
            if urlsplit(following).scheme not in {"http", "https"}:
                raise FetchFailed(f"chuyển hướng tới địa chỉ không phải http(s): {following}")
            chain.append(following)
            current = following
            continue
        try:
            body = _read(response, settings.max_page_bytes)
        except (FetchFailed, urllib3.exceptions.HTTPError) as exc:
            response.close()  # unread or broken: never back into the pool
            if isinstance(exc, FetchFailed):
                raise
            raise FetchFailed(f"lỗi khi tải {current}: {_reason(exc)}") from None
        response.release_conn()
        return Fetched(
            url,
            current,
            response.status,
            response.headers.get("Content-Type", ""),
            body,
            tuple(chain),
        )
    raise FetchFailed(f"quá {MAX_REDIRECTS} lần chuyển hướng (bắt đầu từ {url})")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, urllib3.exceptions.TimeoutError):
        return "hết thời gian chờ (DIEMTIN_DOWNLOAD_TIMEOUT)"
    if isinstance(exc, urllib3.exceptions.MaxRetryError) and exc.reason is not None:
        return _reason(exc.reason)
    if isinstance(exc, urllib3.exceptions.NewConnectionError):
        return "không kết nối được máy chủ"
    return f"{type(exc).__name__}: {exc}"


# --- comparing -----------------------------------------------------------------------------------
def _document_hash(title: str, lead: str | None, text: str) -> str:
    return content_hash("\n".join((title or "", lead or "", text or "")))


def _lines(title: str, lead: str | None, text: str) -> list[str]:
    """The article as diff lines: the title, the lead, then one sentence per line."""
    lines = [_TITLE + " ".join((title or "").split())]
    if lead and lead.strip():
        lines.append(f"Sapo: {' '.join(lead.split())}")
    lines.extend(split_sentences(text or ""))
    return lines


@dataclass(frozen=True)
class TextDiff:
    lines: tuple[str, ...]
    added: int
    removed: int
    title_changed: bool
    truncated: int  # diff lines left out

    def summary(self) -> str:
        """Vietnamese, e.g. "tiêu đề thay đổi; bỏ 2 câu, thêm 1 câu"."""
        parts = ["tiêu đề thay đổi"] if self.title_changed else []
        if self.removed:
            parts.append(f"{self.removed} câu cũ bị bỏ hoặc sửa")
        if self.added:
            parts.append(f"{self.added} câu mới")
        return "; ".join(parts) or "thay đổi về định dạng, dấu câu"


def text_diff(
    old: tuple[str, str | None, str],
    new: tuple[str, str | None, str],
    *,
    old_label: str,
    new_label: str,
) -> TextDiff:
    """A unified diff (one line of context) of two (title, lead, text) versions, cut after
    :data:`MAX_DIFF_LINES` lines of at most :data:`MAX_DIFF_LINE_CHARS` characters."""
    before, after = _lines(*old), _lines(*new)
    full = list(
        difflib.unified_diff(before, after, fromfile=old_label, tofile=new_label, n=1, lineterm="")
    )
    body = [line for line in full[2:] if not line.startswith(("@@", "+" + _TITLE, "-" + _TITLE))]
    added = sum(1 for line in body if line.startswith("+"))
    removed = sum(1 for line in body if line.startswith("-"))
    kept = [
        line if len(line) <= MAX_DIFF_LINE_CHARS else line[: MAX_DIFF_LINE_CHARS - 1] + "…"
        for line in full[:MAX_DIFF_LINES]
    ]
    return TextDiff(tuple(kept), added, removed, before[0] != after[0], len(full) - len(kept))


# --- schedule ------------------------------------------------------------------------------------
def check_schedule(
    requested_at: datetime, settings: config.Settings, calendar: WorkCalendar
) -> list[tuple[int, datetime]]:
    """(working days, due from) of every check after a request made at ``requested_at``: the
    start (00:00, Asia/Ho_Chi_Minh) of the n-th working day after the request's start day."""
    return [
        (
            days,
            datetime.combine(calendar.add_working_days(requested_at, days).date(), time.min, VN_TZ),
        )
        for days in settings.watch_schedule
    ]


def _current_slot(
    requested_at: datetime, now: datetime, settings: config.Settings, calendar: WorkCalendar
) -> int | None:
    """The latest scheduled check (its working-day number) that is due at ``now``, or None."""
    due = [days for days, start in check_schedule(requested_at, settings, calendar) if start <= now]
    return due[-1] if due else None


# --- what is due ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class WatchItem:
    """One URL of one case to check now."""

    case_id: int
    case_code: str
    article_id: int
    request_event_id: int
    requested_at: datetime
    slot: int


def _requests(session: Session) -> list[tuple[Case, CaseEvent]]:
    """Every open case that reached correction_requested, with its latest such request."""
    latest = (
        select(CaseEvent.case_id, func.max(CaseEvent.id).label("event_id"))
        .where(CaseEvent.action == "advance", CaseEvent.to_state == "correction_requested")
        .group_by(CaseEvent.case_id)
        .subquery()
    )
    rows = session.execute(
        select(Case, CaseEvent)
        .join(latest, latest.c.case_id == Case.id)
        .join(CaseEvent, CaseEvent.id == latest.c.event_id)
        .where(Case.state.not_in(TERMINAL_STATES))
        .order_by(Case.id)
    )
    return [(case, event) for case, event in rows]


def _watch_events(session: Session, case_id: int) -> list[tuple[CaseEvent, dict[str, Any]]]:
    events = session.scalars(
        select(CaseEvent)
        .where(CaseEvent.case_id == case_id, CaseEvent.action.in_(WATCH_ACTIONS))
        .order_by(CaseEvent.id)
    )
    return [(ev, ev.details) for ev in events]


def _archived_articles(session: Session, case_id: int) -> list[int]:
    """The articles of the case with an archived copy (ids only: no page is loaded)."""
    return list(
        session.scalars(
            select(CaseEvidence.article_id)
            .where(CaseEvidence.case_id == case_id)
            .distinct()
            .order_by(CaseEvidence.article_id)
        )
    )


def _latest_evidence(session: Session, case_id: int, article_id: int) -> CaseEvidence:
    """The newest archived copy of one article of the case."""
    return session.scalars(
        select(CaseEvidence)
        .where(CaseEvidence.case_id == case_id, CaseEvidence.article_id == article_id)
        .order_by(CaseEvidence.snapshot.desc())
        .limit(1)
    ).one()


def due_items(
    session: Session, settings: config.Settings, now: datetime, calendar: WorkCalendar
) -> list[WatchItem]:
    """The checks due at ``now``: per watched case the latest due slot of its schedule, for every
    covered article whose check of that slot has not settled yet (failed ones come back)."""
    items = []
    for case, request in _requests(session):
        slot = _current_slot(request.at, now, settings, calendar)
        if slot is None:
            continue
        settled = {
            data.get("article_id")
            for ev, data in _watch_events(session, case.id)
            if ev.action in _DONE
            and data.get("request_event_id") == request.id
            and data.get("slot") == slot
        }
        for article_id in _archived_articles(session, case.id):
            if article_id not in settled:
                items.append(
                    WatchItem(case.id, case.code, article_id, request.id, request.at, slot)
                )
    return items


# --- one check -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CheckOutcome:
    """What one check found and recorded."""

    case_code: str
    article_id: int
    url: str
    action: str
    status: str  # unchanged, changed, removed, still_removed, restored, failed
    message: str  # Vietnamese, one line


def _outlet_label(url: str) -> str:
    try:
        host = host_of(url)
    except ValueError:
        return url
    return host[4:] if host.startswith("www.") else host


def _same_page(a: str, b: str) -> bool:
    try:
        ca, cb = canonicalize_url(a), canonicalize_url(b)
    except ValueError:
        return a == b

    def key(u: str) -> tuple[str, str, str]:
        parts = urlsplit(u)
        host = parts.netloc[4:] if parts.netloc.startswith("www.") else parts.netloc
        return host, parts.path.rstrip("/"), parts.query

    return key(ca) == key(cb)


def _extract(
    body: bytes, url: str, spec: OutletSpec | None, settings: config.Settings, **kw: Any
) -> Extraction:
    return extract_article(
        body,
        url,
        selectors=spec.selectors if spec else None,
        encoding=kw.get("encoding") or (spec.encoding if spec else None),
        header_charset=kw.get("header_charset"),
        min_body_chars=settings.min_body_chars,
    )


@dataclass
class _Finding:
    result: str  # present, removed, failed
    reason: str = ""
    extraction: Extraction | None = None


def _examine(fetched: Fetched, spec: OutletSpec | None, settings: config.Settings) -> _Finding:
    """Removed, present (with its extraction) or failed, from an HTTP answer."""
    status = fetched.status
    if status in REMOVED_STATUSES:
        where = "" if not fetched.redirects else f" (sau khi chuyển hướng tới {fetched.final_url})"
        return _Finding("removed", f"máy chủ trả về mã {_STATUS_VI[status]}{where}")
    if status != 200:
        return _Finding("failed", f"máy chủ trả về mã {status}; sẽ thử lại ở lần chạy sau")
    moved = not _same_page(fetched.url, fetched.final_url)
    if moved and (
        is_home_page(fetched.final_url) or (spec and not spec.is_article_url(fetched.final_url))
    ):
        return _Finding(
            "removed", f"chuyển hướng tới {fetched.final_url}, không phải trang bài viết"
        )
    if not fetched.body:
        return _Finding("failed", "máy chủ trả về trang rỗng; sẽ thử lại ở lần chạy sau")
    try:
        extraction = _extract(
            fetched.body,
            fetched.final_url,
            spec,
            settings,
            header_charset=header_charset(fetched.content_type),
        )
    except ExtractionError as exc:
        if exc.stage == "page" or moved:
            where = f"chuyển hướng tới {fetched.final_url}: " if moved else ""
            return _Finding("removed", f"{where}trang không còn là bài viết ({exc.message})")
        return _Finding("failed", f"không đọc được nội dung trang ({exc}); sẽ thử lại")
    return _Finding("present", extraction=extraction)


def _same_as_archive(
    new: Extraction, archived: CaseEvidence, spec: OutletSpec | None, settings: config.Settings
) -> bool:
    """Whether the new page says what the archived copy says: by the normalised hash of title,
    lead and text, against the archived extraction and against today's extraction of the archived
    page (so that an extractor change is not taken for an edit)."""
    new_hash = _document_hash(new.title, new.lead, new.text)
    if new_hash == _document_hash(archived.title, archived.lead, archived.text):
        return True
    if not archived.raw_html:
        return False
    try:
        again = _extract(
            archived.raw_html, archived.url, spec, settings, encoding=archived.encoding
        )
    except ExtractionError:
        return False
    return new_hash == _document_hash(again.title, again.lead, again.text)


def _archive(
    session: Session,
    case_id: int,
    base: CaseEvidence,
    fetched: Fetched,
    extraction: Extraction,
    at: datetime,
) -> CaseEvidence:
    return store_evidence(
        session,
        raw_html=fetched.body,
        text=extraction.text,
        case_id=case_id,
        article_id=base.article_id,
        snapshot=base.snapshot + 1,
        url=fetched.final_url,
        outlet=base.outlet,
        encoding=extraction.encoding,
        title=extraction.title,
        lead=extraction.lead,
        published_at=extraction.published_at or base.published_at,
        fetched_at=at,
        archived_at=at,
    )


def _previous(
    trail: list[tuple[CaseEvent, dict[str, Any]]], article_id: int
) -> tuple[CaseEvent, dict[str, Any]] | None:
    """The latest settled check of the article (any request), or None."""
    done = [(ev, d) for ev, d in trail if ev.action in _DONE and d.get("article_id") == article_id]
    return done[-1] if done else None


def check_item(
    session: Session,
    item: WatchItem,
    settings: config.Settings,
    specs: Iterable[OutletSpec],
    now: datetime,
    pool: urllib3.PoolManager | None = None,
) -> CheckOutcome:
    """Fetch one covered article of a watched case, compare it with its archive, record the
    event (and a new evidence snapshot when it changed) and commit."""
    base = _latest_evidence(session, item.case_id, item.article_id)
    url = base.url
    spec = outlet_for_url(specs, url)
    session.rollback()  # no transaction stays open over the network
    try:
        fetched = fetch_page(url, settings, pool)
        finding = _examine(fetched, spec, settings)
    except FetchFailed as exc:
        fetched, finding = None, _Finding("failed", f"{exc}; sẽ thử lại ở lần chạy sau")
    case = session.get_one(Case, item.case_id)
    base = _latest_evidence(session, item.case_id, item.article_id)
    previous = _previous(_watch_events(session, case.id), item.article_id)
    was_removed = previous is not None and previous[1].get("result") in {"removed", "still_removed"}
    outlet, title, day = _outlet_label(url), base.title, ddmmyyyy(now)
    data: dict[str, Any] = {
        "article_id": item.article_id,
        "url": url,
        "request_event_id": item.request_event_id,
        "requested_at": item.requested_at.isoformat(),
        "slot": item.slot,
        "archived_snapshot": base.snapshot,
        "archived_hash": _document_hash(base.title, base.lead, base.text),
        "archived_raw_sha256": base.raw_sha256,
    }
    if fetched is not None:
        data.update(
            final_url=fetched.final_url,
            http_status=fetched.status,
            redirects=list(fetched.redirects),
            raw_sha256=sha256(fetched.body).hexdigest(),
            bytes=len(fetched.body),
        )
    last_check = f"; lần kiểm tra trước: {ddmmyyyy(previous[0].at)}" if previous else ""
    confirm = "Đề nghị người phụ trách xác nhận kết quả cải chính."
    if finding.result == "failed":
        action, result = FAILED, "failed"
        data["error"] = finding.reason
        note = f"Không kiểm tra lại được bài viết trên báo {outlet} ({url}): {finding.reason}."
    elif finding.result == "removed":
        data["reason"] = finding.reason
        if was_removed:
            action, result = CHECKED, "still_removed"
            note = f"Kiểm tra lại {url}: bài viết vẫn không còn trên báo {outlet}."
        else:
            action, result = REMOVED, "removed"
            note = (
                f"Báo {outlet} đã gỡ bài viết «{title}» — phát hiện ngày {day} khi kiểm tra lại "
                f"{url}: {finding.reason}{last_check}. Bản lưu trước đó vẫn được giữ làm bằng "
                f"chứng. {confirm}"
            )
    else:
        assert finding.extraction is not None and fetched is not None
        new = finding.extraction
        changed = not _same_as_archive(new, base, spec, settings)
        data["hash"] = _document_hash(new.title, new.lead, new.text)
        change_text = ""
        if changed:
            diff = text_diff(
                (base.title, base.lead, base.text),
                (new.title, new.lead, new.text),
                old_label=f"bản lưu số {base.snapshot} ({ddmmyyyy(base.fetched_at)})",
                new_label=f"bản kiểm tra lại ({day})",
            )
            snapshot = _archive(session, case.id, base, fetched, new, now)
            data.update(
                evidence_id=snapshot.id,
                snapshot=snapshot.snapshot,
                diff="\n".join(diff.lines),
                diff_truncated_lines=diff.truncated,
                diff_summary=diff.summary(),
                sentences_added=diff.added,
                sentences_removed=diff.removed,
                title_changed=diff.title_changed,
            )
            change_text = (
                f"Nội dung thay đổi so với bản lưu ngày {ddmmyyyy(base.fetched_at)}: "
                f"{diff.summary()}. "
                f"Bản mới đã được lưu làm bằng chứng (bản lưu số {snapshot.snapshot})."
            )
        if was_removed:
            action, result = RESTORED, "restored"
            note = (
                f"Báo {outlet} đã đăng lại bài viết «{title}» — phát hiện ngày {day} khi kiểm tra "
                f"lại {url}{last_check}. "
                + (change_text or "Nội dung như bản lưu.")
                + f" {confirm}"
            )
        elif changed:
            action, result = CHANGED, "changed"
            note = (
                f"Báo {outlet} đã chỉnh sửa bài viết «{title}» — phát hiện ngày {day} khi kiểm "
                f"tra lại {url}{last_check}. {change_text} {confirm}"
            )
        else:
            action, result = CHECKED, "unchanged"
            note = f"Kiểm tra lại {url}: bài viết trên báo {outlet} chưa thay đổi."
    data["result"] = result
    record_system_event(session, case, action, now, note, data)
    return CheckOutcome(item.case_code, item.article_id, url, action, result, note)


# --- a run ---------------------------------------------------------------------------------------
class WatchReport(RunReport):
    """What one run of the watch did (outcomes: :class:`CheckOutcome`)."""

    def message(self) -> str:
        """One Vietnamese line for the operator."""
        return self.summary(
            "Theo dõi bài đã đề nghị cải chính",
            "không có bài nào đến hạn kiểm tra lại",
            [
                ("unchanged", "bài chưa thay đổi"),
                ("changed", "bài đã bị chỉnh sửa"),
                ("removed", "bài đã bị gỡ"),
                ("still_removed", "bài vẫn không còn"),
                ("restored", "bài được đăng lại"),
                ("failed", "bài không kiểm tra được (sẽ thử lại ở lần chạy sau)"),
            ],
        )


def _registry(settings: config.Settings) -> list[OutletSpec]:
    try:
        return load_registry(settings.outlets_file)
    except RegistryError as exc:
        raise WatchError(
            f"Không đọc được danh mục cơ quan báo chí (DIEMTIN_OUTLETS_FILE): {exc}"
        ) from None


def run_watch(
    settings: config.Settings, engine: Engine, now: datetime | None = None
) -> WatchReport:
    """Check every URL that is due at ``now`` (default: the current time); one transaction per
    check, so a failure loses nothing of the others. Raises :class:`WatchError` only when it
    cannot start (outlet registry)."""
    at = now or utcnow()
    if at.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    specs = _registry(settings)
    calendar = WorkCalendar.from_settings(settings)
    report = WatchReport()
    pool = urllib3.PoolManager(num_pools=20)
    with Session(engine, expire_on_commit=False) as session:
        items = due_items(session, settings, at, calendar)
        session.rollback()
        for item in items:
            try:
                report.outcomes.append(check_item(session, item, settings, specs, at, pool))
            except Exception as exc:  # noqa: BLE001 - one broken item must not stop the others
                session.rollback()
                log.exception("watch of case %s article %s failed", item.case_code, item.article_id)
                report.errors.append(
                    f"{item.case_code}, bài {item.article_id}: {type(exc).__name__}: {exc}"
                )
    pool.clear()
    return report
