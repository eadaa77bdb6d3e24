"""The template context of the digest: the contract between selection and the templates.

Everything the HTML, plain-text and DOCX renderings show comes from one :class:`DigestContext`.
Values are ready to show (Vietnamese, NFC, dates formatted): templates only lay them out. Text that
comes from scraped pages (titles, summaries, outlet names, URLs) is raw here and is escaped by the
HTML template's autoescaping; ``link`` fields hold a URL only when it is http(s), so a
``javascript:`` or ``data:`` URL is never rendered as a link.

Every field of every class is listed in its docstring under "Fields:" (one ``name: meaning`` line
each); a test checks that the lists and the dataclass fields agree and that the templates use every
field and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CaseRef:
    """The correction-workflow case of a digest item, or one row of the workflow section.

    Fields:
    code: the case's code (e.g. "VV-2026-0012")
    title: the case's title
    state_name: the state's Vietnamese name
    severity_name: "Khẩn" or "Thường"
    province: the province of the case, or "" when unknown
    opened: when the case was opened, "dd/mm/yyyy HH:MM"
    deadline: the deadline of the current state, "dd/mm/yyyy HH:MM", or "" when the state has none
    overdue: the deadline has passed
    closed: when the case was closed, "dd/mm/yyyy HH:MM", or "" while it is open
    web_url: the case's page in the web app
    """

    code: str
    title: str
    state_name: str
    severity_name: str
    province: str
    opened: str
    deadline: str
    overdue: bool
    closed: str
    web_url: str


@dataclass(frozen=True)
class DigestItem:
    """One story of the digest (syndicated copies grouped), shown through one of its articles.

    Fields:
    number: position in the appendix table (STT), from 1
    title: the article's title (raw scraped text)
    url: the original URL as stored (raw; shown as text)
    link: ``url`` when it is an http(s) URL, else "" (then the title is not a link)
    outlet: the shown article's outlet
    republished_by: the other outlets that carried the story
    republished_count: how many other outlets carried the story
    published: publication time "dd/mm/yyyy HH:MM" (or the fetch time, marked, when undated)
    author: the author when known, else ""
    summary: 2–3 sentences extracted from the article
    province: the province, or "" when unknown
    office: the responsible THADS office, or "" when unknown
    label: the assessment code (``classifier.result.LABELS``)
    label_name: the assessment's Vietnamese name
    confidence: the assessment's confidence as a percentage, e.g. "87%"
    reasons: the main reasons of the assessment (at most three)
    action: the proposed action for the assessment
    case: the case of the story in the correction workflow, or None
    web_url: the article's page in the web app
    """

    number: int
    title: str
    url: str
    link: str
    outlet: str
    republished_by: tuple[str, ...]
    republished_count: int
    published: str
    author: str
    summary: str
    province: str
    office: str
    label: str
    label_name: str
    confidence: str
    reasons: tuple[str, ...]
    action: str
    case: CaseRef | None
    web_url: str


@dataclass(frozen=True)
class Count:
    """One line of a count table.

    Fields:
    name: what is counted (an assessment's or an outlet's name)
    count: how many items
    """

    name: str
    count: int


@dataclass(frozen=True)
class StateGroup:
    """The open cases in one workflow state.

    Fields:
    state_name: the state's Vietnamese name
    cases: the cases, most urgent deadline first
    """

    state_name: str
    cases: tuple[CaseRef, ...]


@dataclass(frozen=True)
class WorkflowSection:
    """The correction workflow as the case records stand when the digest is built.

    Fields:
    open_count: how many cases are open
    overdue_count: how many open cases are past their state's deadline
    by_state: the open cases grouped by state, in the state machine's order
    closed: the cases closed within the digest's window (since the last digest)
    """

    open_count: int
    overdue_count: int
    by_state: tuple[StateGroup, ...]
    closed: tuple[CaseRef, ...]


@dataclass(frozen=True)
class RelatedItem:
    """An article that is not about THADS but useful context (courts, criminal enforcement).

    Fields:
    title: the article's title (raw scraped text)
    link: its URL when http(s), else ""
    outlet: its outlet
    published: publication time "dd/mm/yyyy HH:MM"
    """

    title: str
    link: str
    outlet: str
    published: str


@dataclass(frozen=True)
class DigestContext:
    """Everything one day's digest shows.

    Fields:
    heading: "ĐIỂM TIN BÁO CHÍ VỀ CÔNG TÁC THI HÀNH ÁN DÂN SỰ — ngày dd/mm/yyyy"
    subject: the e-mail subject
    window_start: start of the coverage window, "HH:MM dd/mm/yyyy"
    window_end: end of the coverage window, "HH:MM dd/mm/yyyy"
    issuing_unit: the unit that issues the digest
    generated_at: when the digest was built, "HH:MM dd/mm/yyyy"
    item_count: how many items (stories) the digest has
    article_count: how many relevant articles they group
    unclassified_count: articles of the window the classifier has not assessed yet
    by_assessment: item counts per assessment, in the order of the sections
    by_outlet: item counts per outlet, largest first
    action_items: items needing action, inaccurate first, then needs_correction
    positive_items: positive items, grouped by province
    neutral_items: neutral items
    workflow: the correction workflow section
    related_enabled: whether the related-context section is shown
    related_items: related context that is not THADS (empty unless enabled)
    appendix: every item, in the order of the sections
    web_base_url: the web app's base URL
    """

    heading: str
    subject: str
    window_start: str
    window_end: str
    issuing_unit: str
    generated_at: str
    item_count: int
    article_count: int
    unclassified_count: int
    by_assessment: tuple[Count, ...]
    by_outlet: tuple[Count, ...]
    action_items: tuple[DigestItem, ...]
    positive_items: tuple[DigestItem, ...]
    neutral_items: tuple[DigestItem, ...]
    workflow: WorkflowSection
    related_enabled: bool
    related_items: tuple[RelatedItem, ...]
    appendix: tuple[DigestItem, ...]
    web_base_url: str


DIGEST_CLASSES = (
    DigestContext,
    DigestItem,
    CaseRef,
    Count,
    StateGroup,
    WorkflowSection,
    RelatedItem,
)


def documented_fields(cls: type) -> list[str]:
    """The field names listed under "Fields:" in ``cls``'s docstring, in order."""
    doc = cls.__doc__ or ""
    _, _, listing = doc.partition("Fields:\n")
    names = []
    for line in listing.splitlines():
        line = line.strip()
        if not line:
            continue
        name, sep, _meaning = line.partition(":")
        if sep and name.isidentifier():
            names.append(name)
    return names


@dataclass(frozen=True)
class AlertContext:
    """An urgent alert about one story assessed inaccurate with high confidence.

    Fields:
    subject: the e-mail subject
    issuing_unit: the unit that issues the alert
    item: the story, shown like a digest item
    first_information_due: the end of the 24-hour first-information period, "HH:MM dd/mm/yyyy"
    generated_at: when the alert was built, "HH:MM dd/mm/yyyy"
    """

    subject: str
    issuing_unit: str
    item: DigestItem
    first_information_due: str
    generated_at: str
