"""Urgent alerts: a story assessed inaccurate with high confidence is announced at once.

An article qualifies when its assessment is ``inaccurate`` and both its relevance score and its
label confidence reach ``alert_min_confidence`` (a person's relabel to inaccurate always
qualifies; a relabel to anything else never does). The 24-hour first-information rule (ND 09/2017;
QĐ 27/QĐ-BTP Điều 5.1.a) is why it does not wait for the next digest.

At most one alert per story, ever: the ``digest_alerts`` row (unique ``story_key``) is inserted
with the composed message before anything is sent, so two processes cannot both alert, and an
alert that could not be sent stays ``queued`` with its message until :func:`send_alerts` runs
again (every crawl, classification and ``daily`` calls it).

:func:`send_alerts` is the entry point: call it after classification with the ids of the articles
just classified, or with ``since`` (default: the last :data:`LOOKBACK`). :func:`run_alerts` wraps
it for the crawl and classification paths: it never raises.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Engine, and_, or_, select
from sqlalchemy.orm import Session

import config
from digest import cases as digest_cases
from digest.build import make_item
from digest.context import AlertContext
from digest.delivery import OUTBOX, QUEUED, SENT, load_message
from digest.fmt import clean, fmt_clock_first
from digest.render import render
from digest.selection import Assessed, Selected, assess, group_by_story, story_outlets, texts
from digest.window import zone
from mailer.compose import POLICY, compose, parse_address_list
from mailer.transport import DeliveryError, send
from storage.db import make_engine, session_scope
from storage.models import Article, DigestAlert, utcnow
from storage.upsert import insert_ignore

log = logging.getLogger(__name__)

LOOKBACK = timedelta(days=2)
FIRST_INFORMATION = timedelta(hours=24)
SUBJECT_TITLE_CHARS = 110
MAX_ERROR = 2000


@dataclass
class AlertReport:
    """What one :func:`send_alerts` did (story titles)."""

    sent: list[str] = field(default_factory=list)
    outbox: list[str] = field(default_factory=list)
    queued: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    no_recipients: int = 0
    failed: bool = False  # the run itself failed (run_alerts); see errors

    @property
    def ok(self) -> bool:
        return not self.queued and not self.failed

    def lines(self) -> list[str]:
        out = []
        if self.sent:
            out.append(f"Đã gửi {len(self.sent)} cảnh báo khẩn (tin sai sự thật).")
        if self.outbox:
            out.append(
                f"Đã ghi {len(self.outbox)} cảnh báo khẩn vào hộp thư đi (chưa cấu hình máy chủ "
                "thư)."
            )
        if self.no_recipients:
            out.append(
                f"Có {self.no_recipients} tin sai sự thật cần cảnh báo nhưng chưa cấu hình người "
                "nhận (DIEMTIN_ALERT_TO hoặc DIEMTIN_DIGEST_TO)."
            )
        if self.queued:
            out.append(
                f"CHƯA GỬI ĐƯỢC {len(self.queued)} cảnh báo khẩn: {'; '.join(self.errors)}. "
                "Cảnh báo đã được lưu và sẽ được gửi lại ở lần chạy tiếp theo."
            )
        if self.failed:
            out.append(
                f"Không gửi được cảnh báo khẩn ({'; '.join(self.errors)}); sẽ thử lại ở lần "
                "chạy tiếp theo."
            )
        return out


def alert_recipients(settings: config.Settings) -> list[str]:
    """The alert list, or the digest's To list when no alert list is configured."""
    raw = settings.alert_to or settings.digest_to
    return [str(a) for a in parse_address_list(raw)]


def qualifies(a: Assessed, settings: config.Settings) -> bool:
    if not a.relevant or a.label != "inaccurate":
        return False
    if a.relabelled:
        return True
    threshold = settings.alert_min_confidence
    return a.relevance >= threshold and a.confidence >= threshold


def story_key(a: Assessed) -> str:
    return f"story:{a.story_id}" if a.story_id is not None else f"article:{a.article_id}"


def _candidates(
    session: Session,
    settings: config.Settings,
    since: datetime,
    article_ids: Sequence[int] | None,
) -> list[list[Assessed]]:
    if article_ids is not None:
        where: object = Article.id.in_(list(article_ids)) if article_ids else Article.id < 0
    else:
        where = or_(
            Article.published_at >= since,
            and_(Article.published_at.is_(None), Article.fetched_at >= since),
        )
    assessed, _ = assess(session, where)
    hits = [a for a in assessed if qualifies(a, settings)]
    if not hits:
        return []
    keys = {story_key(a) for a in hits}
    done = set(
        session.scalars(select(DigestAlert.story_key).where(DigestAlert.story_key.in_(keys)))
    )
    return [g for g in group_by_story(hits) if story_key(g[0]) not in done]


def _context(
    session: Session, settings: config.Settings, group: list[Assessed], now: datetime
) -> AlertContext:
    shown = group[0]
    lead, text = texts(session, [shown.article_id]).get(shown.article_id, (None, ""))
    outlets = story_outlets(session, [shown.story_id]) if shown.story_id is not None else {}
    names = outlets.get(shown.story_id, []) if shown.story_id is not None else []
    selected = Selected(
        shown=shown,
        copies=group,
        other_outlets=[n for n in names if n != shown.outlet],
        lead=lead,
        text=text,
    )
    case = digest_cases.cases_for_stories(
        session, settings, [(shown.story_id, [a.article_id for a in group])], now=now
    )[0]
    item = make_item(1, "inaccurate", selected, case, settings)
    title = item.title
    if len(title) > SUBJECT_TITLE_CHARS:
        title = title[: SUBJECT_TITLE_CHARS - 1].rstrip() + "…"
    return AlertContext(
        subject=f"[KHẨN] Tin sai sự thật về thi hành án dân sự: {title}",
        issuing_unit=clean(settings.digest_issuing_unit),
        item=item,
        first_information_due=fmt_clock_first(shown.moment + FIRST_INFORMATION, settings),
        generated_at=fmt_clock_first(now, settings),
    )


def render_alert(context: AlertContext) -> tuple[str, str]:
    """(HTML, plain text) of an alert."""
    return render("alert.html.j2", a=context), render("alert.txt.j2", a=context)


def _claim(
    session: Session,
    settings: config.Settings,
    group: list[Assessed],
    to: list[str],
    now: datetime,
) -> DigestAlert | None:
    """Compose the alert and insert its row (queued); None when another process claimed the
    story first."""
    context = _context(session, settings, group, now)
    html, text = render_alert(context)
    key = story_key(group[0])
    message = compose(
        settings,
        to=to,
        subject=context.subject,
        text=text,
        html=html,
        message_key=f"alert:{key}",
        date=now,
    )
    inserted = insert_ignore(
        session,
        DigestAlert,
        [
            {
                "story_key": key,
                "article_id": group[0].article_id,
                "status": QUEUED,
                "attempts": 0,
                "message_id": str(message["Message-ID"]),
                "message": message.as_bytes(policy=POLICY),
                "created_at": utcnow(),
            }
        ],
        conflict=("story_key",),
    )
    session.commit()
    if not inserted:
        return None
    return session.scalar(select(DigestAlert).where(DigestAlert.story_key == key))


def _deliver(
    engine: Engine,
    settings: config.Settings,
    alert_id: int,
    report: AlertReport,
    sleep: Callable[[float], object],
) -> None:
    with session_scope(engine) as session:
        alert = session.get_one(DigestAlert, alert_id)
        message = load_message(alert.message)
    title = str(message["Subject"])
    try:
        delivery = send(message, settings, sleep=sleep)
        status, error, attempts = (
            (OUTBOX if delivery.method == "outbox" else SENT),
            None,
            delivery.attempts,
        )
    except DeliveryError as exc:
        status, error, attempts = QUEUED, str(exc), exc.attempts
    with session_scope(engine) as session:
        alert = session.get_one(DigestAlert, alert_id)
        alert.status = status
        alert.attempts = (alert.attempts or 0) + max(attempts, 1)
        alert.last_error = error[:MAX_ERROR] if error else None
        if status != QUEUED:
            alert.delivered_at = utcnow()
    if status == QUEUED:
        report.queued.append(title)
        report.errors.append(error or "")
        log.error("urgent alert %s not sent: %s", alert_id, error)
    else:
        (report.outbox if status == OUTBOX else report.sent).append(title)


def send_alerts(
    engine: Engine,
    settings: config.Settings,
    *,
    article_ids: Iterable[int] | None = None,
    since: datetime | None = None,
    now: datetime | None = None,
    sleep: Callable[[float], object] = time.sleep,
) -> AlertReport:
    """Alert once per story about the qualifying articles among ``article_ids`` (or published
    since ``since``, default the last two days), and retry every alert still queued."""
    now = now or datetime.now(zone(settings))
    report = AlertReport()
    ids = list(article_ids) if article_ids is not None else None
    to = alert_recipients(settings)
    with session_scope(engine) as session:
        groups = _candidates(session, settings, since or now - LOOKBACK, ids)
        if groups and not to:
            report.no_recipients = len(groups)
            groups = []
        claimed = [alert for g in groups if (alert := _claim(session, settings, g, to, now))]
        claimed_ids = {a.id for a in claimed}
        retry = [
            a.id
            for a in session.scalars(select(DigestAlert).where(DigestAlert.status == QUEUED))
            if a.id not in claimed_ids
        ]
    for alert_id in [*sorted(claimed_ids), *retry]:
        _deliver(engine, settings, alert_id, report, sleep)
    return report


def run_alerts(
    settings: config.Settings,
    engine: Engine | None = None,
    *,
    article_ids: Iterable[int] | None = None,
    since: datetime | None = None,
    now: datetime | None = None,
) -> AlertReport:
    """:func:`send_alerts` for the crawl, classification and daily paths: never raises. A failure
    (the database, a malformed alert address) is logged and reported in ``errors``; the articles
    are untouched and the alerts are tried again by the next call (they were not recorded, or are
    recorded as queued). Without ``engine``, one for the configured database is made and
    disposed of."""
    own = None
    try:
        if engine is None:
            engine = own = make_engine(settings.database)
        return send_alerts(engine, settings, article_ids=article_ids, since=since, now=now)
    except Exception as exc:  # noqa: BLE001 - reported, never fatal to the caller's work
        log.exception("urgent alerts failed")
        report = AlertReport()
        report.errors.append(f"lỗi khi gửi cảnh báo khẩn: {exc}")
        report.failed = True
        return report
    finally:
        if own is not None:
            own.dispose()
