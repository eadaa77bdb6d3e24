"""Build the template context of one day's digest from the database.

:func:`build_context` is the one entry point: window → selection (``digest.selection``) →
workflow section and case of each story (``digest.cases``) → :class:`digest.context.DigestContext`.
Everything shown is formatted here in the digest's time zone.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from sqlalchemy.orm import Session

import config
from classifier.result import LABEL_NAMES_VI
from digest import cases as digest_cases
from digest.context import CaseRef, Count, DigestContext, DigestItem, RelatedItem
from digest.fmt import clean, fmt_clock_first, fmt_moment, web_url
from digest.selection import SECTION_ORDER, Assessed, Selected, select_window
from digest.summary import summarize
from digest.window import window_for, zone
from text.urls import http_link

HEADING = "ĐIỂM TIN BÁO CHÍ VỀ CÔNG TÁC THI HÀNH ÁN DÂN SỰ"
ACTIONS = {
    "inaccurate": "Đề nghị cải chính",
    "needs_correction": "Yêu cầu địa phương xác minh, báo cáo",
    "positive": "Theo dõi; có thể giới thiệu, nhân rộng",
    "neutral": "Theo dõi",
}


def _published(a: Assessed, settings: config.Settings) -> str:
    if a.published_at is not None:
        return fmt_moment(a.published_at, settings)
    return f"{fmt_moment(a.fetched_at, settings)} (thời điểm thu thập)"


def _sort_key(section: str, s: Selected) -> tuple:
    a = s.shown
    if section in ("inaccurate", "needs_correction"):
        return (-len(s.other_outlets), -a.confidence, a.moment, a.article_id)
    if section == "positive":
        return (a.province is None, a.province or "", a.moment, a.article_id)
    return (a.moment, a.article_id)


def build_context(
    session: Session,
    settings: config.Settings,
    day: date,
    *,
    now: datetime | None = None,
) -> DigestContext:
    """The context of the digest of ``day`` as the database stands (``now``: when it is built)."""
    window = window_for(day, settings)
    now = now or datetime.now(zone(settings))
    selection = select_window(session, window, related=settings.digest_related_context)
    case_refs = digest_cases.cases_for_stories(
        session,
        settings,
        [(s.shown.story_id, [a.article_id for a in s.copies]) for s in selection.items],
        now=now,
    )
    sections: dict[str, list[Selected]] = {label: [] for label in SECTION_ORDER}
    for s in selection.items:
        sections[s.shown.label or ""].append(s)
    ordered: list[tuple[str, Selected]] = []
    for label in SECTION_ORDER:
        ordered.extend(
            (label, s) for s in sorted(sections[label], key=lambda x: _sort_key(label, x))
        )
    items: list[DigestItem] = []
    refs = {id(s): ref for s, ref in zip(selection.items, case_refs, strict=True)}
    for number, (label, s) in enumerate(ordered, start=1):
        items.append(make_item(number, label, s, refs[id(s)], settings))
    by_label = {label: [i for i in items if i.label == label] for label in SECTION_ORDER}
    outlet_counts = Counter(a.outlet for a in selection.relevant_articles)
    return DigestContext(
        heading=f"{HEADING} — ngày {day:%d/%m/%Y}",
        subject=f"Điểm tin báo chí về công tác thi hành án dân sự ngày {day:%d/%m/%Y}",
        window_start=fmt_clock_first(window.start, settings),
        window_end=fmt_clock_first(window.end, settings),
        issuing_unit=clean(settings.digest_issuing_unit),
        generated_at=fmt_clock_first(now, settings),
        item_count=len(items),
        article_count=len(selection.relevant_articles),
        unclassified_count=selection.unclassified,
        by_assessment=tuple(
            Count(LABEL_NAMES_VI[label], len(by_label[label])) for label in SECTION_ORDER
        ),
        by_outlet=tuple(
            Count(clean(name), n)
            for name, n in sorted(outlet_counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
        action_items=tuple(by_label["inaccurate"] + by_label["needs_correction"]),
        positive_items=tuple(by_label["positive"]),
        neutral_items=tuple(by_label["neutral"]),
        workflow=digest_cases.workflow_section(session, settings, window, now=now),
        related_enabled=settings.digest_related_context,
        related_items=tuple(_related(a, settings) for a in selection.related),
        appendix=tuple(items),
        web_base_url=settings.web_base_url.rstrip("/"),
    )


def make_item(
    number: int,
    label: str,
    s: Selected,
    case: CaseRef | None,
    settings: config.Settings,
) -> DigestItem:
    a = s.shown
    return DigestItem(
        number=number,
        title=clean(a.title) or "(không có tiêu đề)",
        url=clean(a.url),
        link=http_link(a.url),
        outlet=clean(a.outlet),
        republished_by=tuple(clean(o) for o in s.other_outlets),
        republished_count=len(s.other_outlets),
        published=_published(a, settings),
        author=clean(a.author),
        summary=clean(summarize(a.title, s.lead, s.text)),
        province=clean(a.province),
        office=clean(a.office),
        label=label,
        label_name=LABEL_NAMES_VI[label],
        confidence=f"{round(a.confidence * 100)}%",
        reasons=tuple(clean(r) for r in a.reasons if clean(r)),
        action=ACTIONS[label],
        case=case,
        web_url=web_url(settings, "articles", a.article_id),
    )


def _related(a: Assessed, settings: config.Settings) -> RelatedItem:
    return RelatedItem(
        title=clean(a.title) or "(không có tiêu đề)",
        link=http_link(a.url),
        outlet=clean(a.outlet),
        published=_published(a, settings),
    )
