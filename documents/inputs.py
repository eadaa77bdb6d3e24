"""The inputs of every document and of the report figures: plain frozen dataclasses.

This module is a contract, like ``classifier.result``: it imports nothing of the project but the
settings, the classifier's label vocabulary and the workflow's state vocabulary, so the code that
reads the database (``workflow.cases``, the CLI, the web app) fills these records and the renderers
(:mod:`documents.letters`, :mod:`documents.tracking`, :mod:`documents.report`) and the figures
(:mod:`workflow.figures`) never see a database row.

Conventions:

* datetimes are timezone-aware (any zone; documents show them in Asia/Ho_Chi_Minh), plain
  ``date`` values are local calendar dates;
* text may be scraped and hostile (titles, summaries, URLs): renderers clean it (control
  characters dropped, NFC) and never interpret it; fill the fields with the raw values;
* an empty string or ``None`` means "not known yet": the documents leave the cell or line blank.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

import config
from classifier.result import LABELS
from workflow.states import KINDS, OUTCOME_CORRECTED, OUTCOME_NAMES_VI, SEVERITIES, STATES

__all__ = [
    "HANDLING_NAMES_VI",
    "OUTCOME_CORRECTED",
    "OUTCOME_NAMES_VI",
    "ArticleRef",
    "CaseEventRecord",
    "CaseRecord",
    "CorrectionPoint",
    "CorrectionRequest",
    "DraftReply",
    "ItemRecord",
    "Letterhead",
    "OfficialLetter",
    "VerificationResult",
]

# Hình thức xử lý (tracking sheet, NOTES.md §5).
HANDLING_NAMES_VI = {
    "reply": "Phản hồi",
    "correction": "Cải chính",
    "article": "Đăng bài",
    "none": "Không cần xử lý",
}

# How a case ended (OUTCOME_NAMES_VI, OUTCOME_CORRECTED: the corrections obtained of the report) is
# the vocabulary of workflow.states, which closing a case checks; re-exported here for renderers.


def _check_aware(value: datetime | None, what: str) -> None:
    if value is not None and (not isinstance(value, datetime) or value.tzinfo is None):
        raise ValueError(f"{what} must be a timezone-aware datetime, got {value!r}")


def _check_in(value: str | None, known: Iterable[str], what: str) -> None:
    if value is not None and value not in known:
        raise ValueError(f"unknown {what} {value!r}")


# --- articles -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ArticleRef:
    """One press article as documents cite it (scraped values, untrusted)."""

    title: str
    outlet: str  # display name of the outlet ("Báo Tuổi Trẻ") or its host ("tuoitre.vn")
    url: str
    published_at: datetime | None = None  # aware; None when the outlet gave no date
    summary: str = ""  # the lead or a 2–3 sentence summary
    author: str = ""
    section: str = ""  # chuyên mục

    def __post_init__(self) -> None:
        _check_aware(self.published_at, "ArticleRef.published_at")


# --- letterhead -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Letterhead:
    """Who issues and signs: the constant part of every document, built from the settings."""

    parent_body: str  # cơ quan chủ quản, e.g. "Bộ Tư pháp" (printed in capitals)
    issuing_body: str  # e.g. "Cục Quản lý Thi hành án dân sự" (bold capitals in the header)
    issuer_code: str  # {co_quan} of document numbers
    drafting_unit_code: str  # {don_vi} of document numbers
    letter_number_pattern: str  # e.g. "{so}/{co_quan}-{don_vi}"
    report_number_pattern: str  # e.g. "{so}/{loai}-{co_quan}"
    place: str  # địa danh of the date line
    signer_authority: str  # "KT.", "TL.", "TM.", "Q." or ""
    signer_head_title: str  # "Cục trưởng"
    signer_title: str  # "Phó Cục trưởng"
    signer_name: str = ""  # empty: left blank to fill by hand
    letter_recipients: tuple[str, ...] = ()  # nơi nhận after "Như trên"
    report_recipients: tuple[str, ...] = ()
    archive_units: str = "VT"  # "- Lưu: VT, VP."
    focal_contact: str = ""

    @classmethod
    def from_settings(cls, settings: config.Settings) -> Letterhead:
        return cls(
            parent_body=settings.parent_body,
            issuing_body=settings.issuing_body,
            issuer_code=settings.issuer_code,
            drafting_unit_code=settings.drafting_unit_code,
            letter_number_pattern=settings.letter_number_pattern,
            report_number_pattern=settings.report_number_pattern,
            place=settings.document_place,
            signer_authority=settings.signer_authority,
            signer_head_title=settings.signer_head_title,
            signer_title=settings.signer_title,
            signer_name=settings.signer_name,
            letter_recipients=_split_list(settings.letter_recipients),
            report_recipients=_split_list(settings.report_recipients),
            archive_units=settings.archive_units,
            focal_contact=settings.focal_contact,
        )

    def number(self, so: int | str | None, *, kind: str = "letter") -> str:
        """Số/ký hiệu, e.g. "123/CQLTHADS-VP"; ``so=None`` leaves a dotted blank ("…") for the
        văn thư to fill. ``kind`` is "letter" (công văn) or "report" (báo cáo, code BC)."""
        pattern = self.report_number_pattern if kind == "report" else self.letter_number_pattern
        return pattern.format(
            so="…" if so is None or str(so).strip() == "" else str(so).strip(),
            loai="BC" if kind == "report" else "CV",
            co_quan=self.issuer_code,
            don_vi=self.drafting_unit_code,
        )


def _split_list(raw: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in raw.split(";") if part.strip())


# --- letters --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OfficialLetter:
    """Công văn to a local THADS office asking it to verify and report on press coverage."""

    date: date  # ngày ban hành (date line)
    addressees: tuple[str, ...]  # kính gửi, e.g. ("Thi hành án dân sự tỉnh Nghệ An",)
    articles: tuple[ArticleRef, ...]
    claims: tuple[str, ...] = ()  # nội dung phản ánh, one point per entry
    requests: tuple[str, ...] = ()  # empty: the standard requests (verify, report, propose)
    deadline: datetime | date | None = None  # hạn báo cáo; a datetime prints its hour
    number: int | str | None = None  # None: "Số: …/CQLTHADS-VP" blank for the văn thư
    subject: str = ""  # trích yếu after "V/v "; empty: "xử lý thông tin báo chí phản ánh …"
    focal_contact: str = ""  # empty: the letterhead's
    case_code: str = ""  # mã vụ việc, cited in the body when given
    extra_recipients: tuple[str, ...] = ()  # nơi nhận besides "Như trên" and the defaults

    def __post_init__(self) -> None:
        if not self.addressees:
            raise ValueError("OfficialLetter needs at least one addressee (kính gửi)")
        if not self.articles:
            raise ValueError("OfficialLetter needs at least one article")
        if isinstance(self.deadline, datetime):
            _check_aware(self.deadline, "OfficialLetter.deadline")


@dataclass(frozen=True)
class VerificationResult:
    """What the local office reported after verifying (basis of corrections and replies)."""

    office: str  # "Thi hành án dân sự tỉnh Nghệ An"
    findings: tuple[str, ...]  # facts established, one per paragraph
    report_number: str = ""  # "125/BC-THADS"
    report_date: date | None = None
    conclusion: str = ""  # e.g. "Nội dung bài viết phản ánh là không chính xác."


@dataclass(frozen=True)
class CorrectionPoint:
    false_content: str  # what the article said (nội dung sai)
    correct_content: str  # what is true (nội dung đúng)


@dataclass(frozen=True)
class CorrectionRequest:
    """Công văn to an outlet asking it to correct an article. The legal basis is chosen from the
    regimes of :mod:`documents.legal` by each article's publication date."""

    date: date
    articles: tuple[ArticleRef, ...]
    points: tuple[CorrectionPoint, ...]
    addressee: str = ""  # empty: "Ban Biên tập <outlet of the first article>"
    verification: VerificationResult | None = None
    requests: tuple[str, ...] = ()  # empty: the requests of the applicable legal regime
    deadline: datetime | date | None = None  # by when the outlet should answer
    number: int | str | None = None
    subject: str = ""  # empty: "đề nghị cải chính thông tin trên báo chí"
    focal_contact: str = ""
    case_code: str = ""
    extra_recipients: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.articles:
            raise ValueError("CorrectionRequest needs at least one article")
        if not self.points:
            raise ValueError("CorrectionRequest needs at least one false/correct content point")
        if isinstance(self.deadline, datetime):
            _check_aware(self.deadline, "CorrectionRequest.deadline")


@dataclass(frozen=True)
class DraftReply:
    """A draft reply article for baophapluat.vn; :func:`documents.letters.compose_draft_reply`
    builds one from a :class:`VerificationResult`, editors may then change any field."""

    headline: str
    sapo: str
    paragraphs: tuple[str, ...]
    articles: tuple[ArticleRef, ...]  # the articles replied to (listed for the editors)
    date: date
    byline: str = ""  # e.g. "Nhóm phóng viên" or a reporter's name
    case_code: str = ""


# --- records of cases and items (tracking sheet, report) ------------------------------------------
@dataclass(frozen=True)
class CaseEventRecord:
    """One state change of a case, from its audit trail. The opening event has
    ``from_state=None``."""

    at: datetime  # aware
    from_state: str | None
    to_state: str
    due_at: datetime | None = None  # deadline of the state entered (``to_state``); None: none
    actor: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        _check_aware(self.at, "CaseEventRecord.at")
        _check_aware(self.due_at, "CaseEventRecord.due_at")
        _check_in(self.from_state, STATES, "state")
        _check_in(self.to_state, STATES, "state")


@dataclass(frozen=True)
class CaseRecord:
    """One case with everything the tracking sheet shows (NOTES.md §5) and the report counts.

    ``events`` must hold the whole state history, the opening event included; the current state
    is the ``to_state`` of the last event.
    """

    code: str  # mã vụ việc
    opened_at: datetime  # ngày phát hiện
    events: tuple[CaseEventRecord, ...]
    articles: tuple[ArticleRef, ...] = ()
    province: str | None = None  # địa phương (one of the 34)
    office: str | None = None  # responsible local office
    claims: str = ""  # nội dung phản ánh
    assessment: str | None = None  # đánh giá: one of classifier.result.LABELS
    kind: str = "press"  # workflow.states.KINDS
    severity: str = "normal"  # workflow.states.SEVERITIES
    local_letter_number: str = ""  # số công văn gửi địa phương
    local_letter_date: date | None = None
    report_due: datetime | None = None  # hạn báo cáo of the local office
    local_report_date: date | None = None  # ngày địa phương báo cáo
    verification_result: str = ""  # kết quả xác minh
    handling: tuple[str, ...] = ()  # hình thức xử lý: keys of HANDLING_NAMES_VI
    correction_letter_number: str = ""  # số văn bản đề nghị cải chính
    correction_letter_date: date | None = None
    correction_published_date: date | None = None  # ngày báo cải chính
    outcome: str | None = None  # key of OUTCOME_NAMES_VI once the case has ended
    note: str = ""  # ghi chú
    events_sorted: tuple[CaseEventRecord, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _check_aware(self.opened_at, "CaseRecord.opened_at")
        _check_aware(self.report_due, "CaseRecord.report_due")
        if not self.events:
            raise ValueError(f"case {self.code}: events must include at least the opening event")
        _check_in(self.assessment, LABELS, "assessment")
        _check_in(self.kind, KINDS, "kind")
        _check_in(self.severity, SEVERITIES, "severity")
        _check_in(self.outcome, OUTCOME_NAMES_VI, "outcome")
        for key in self.handling:
            _check_in(key, HANDLING_NAMES_VI, "handling")
        ordered = tuple(sorted(self.events, key=lambda e: e.at))
        object.__setattr__(self, "events_sorted", ordered)

    @property
    def state(self) -> str:
        """The current state: where the last event led."""
        return self.events_sorted[-1].to_state

    @property
    def current_due(self) -> datetime | None:
        """The deadline of the current state, if it has one."""
        return self.events_sorted[-1].due_at


@dataclass(frozen=True)
class ItemRecord:
    """One monitored article as the report counts it (the classifier's current decision)."""

    published_at: datetime  # aware; when the outlet gave no date, the time it was found
    outlet: str
    relevant: bool
    label: str | None = None  # one of classifier.result.LABELS, None when not relevant
    province: str | None = None
    action_needed: bool = False
    title: str = ""
    url: str = ""

    def __post_init__(self) -> None:
        _check_aware(self.published_at, "ItemRecord.published_at")
        _check_in(self.label, LABELS, "label")
