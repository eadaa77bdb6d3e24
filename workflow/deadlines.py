"""Per-state deadlines of a case, computed from the moment it entered its current state.

The deadline of a state is the moment by which the case should have left it: the work owned in
that state is due (e.g. ``local_verifying``: the local office's report). Two tracks:

* normal cases count **working days** (:meth:`WorkCalendar.add_working_days`: the closing time of
  the n-th working day after the start day; 0 = the same working day);
* urgent cases count **clock hours**, nights, weekends and public holidays included, because the
  legal anchor (initial information within 24 hours: ND 09/2017/NĐ-CP; QĐ 27/QĐ-BTP Điều 5.1.a)
  is in hours. States without an urgent value (the internal remedy, the escalation) follow the
  normal track for urgent cases too.

Every value is a setting (``config``: ``deadline_<state>_days``, ``urgent_*_hours``);
:data:`DEADLINE_BASIS` says for every state which setting applies, its unit, its default and its
basis (law or practice), for the documentation and the web app. ``closed``, ``dismissed`` and
``published_reply`` have no deadline. Overdue is computed from these, never stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from types import MappingProxyType

from config import Settings
from text.dates import VN_TZ
from workflow.calendar import WorkCalendar
from workflow.states import SEVERITIES, STATES

__all__ = [
    "DEADLINE_BASIS",
    "HOURS",
    "WORKING_DAYS",
    "DeadlineBasis",
    "Track",
    "due_at",
    "is_overdue",
    "reminder_at",
]

WORKING_DAYS = "working_days"
HOURS = "hours"
UNIT_NAMES_VI = {WORKING_DAYS: "ngày làm việc", HOURS: "giờ"}
_DEFAULTS = {f.name: f.default for f in fields(Settings)}


@dataclass(frozen=True)
class Track:
    """How one severity's deadline of a state is counted."""

    setting: str  # the Settings field that holds the value
    unit: str  # WORKING_DAYS or HOURS
    legal: bool  # True: a legal obligation; False: practice, a configurable default
    basis: str  # the basis, in Vietnamese, for people

    @property
    def default(self) -> int:
        return _DEFAULTS[self.setting]

    def describe(self, settings: Settings | None = None) -> str:
        """E.g. "24 giờ" or "3 ngày làm việc" (the default, or the value in ``settings``)."""
        value = self.default if settings is None else getattr(settings, self.setting)
        if self.unit == WORKING_DAYS and value == 0:
            return "trong ngày làm việc"
        return f"{value} {UNIT_NAMES_VI[self.unit]}"


@dataclass(frozen=True)
class DeadlineBasis:
    """The deadline rule of a state: ``normal`` (None: no deadline) and ``urgent`` (None: urgent
    cases follow the normal track)."""

    state: str
    normal: Track | None
    urgent: Track | None

    def track(self, severity: str) -> Track | None:
        if severity not in SEVERITIES:
            raise ValueError(f"unknown severity {severity!r}; expected one of {SEVERITIES}")
        if severity == "urgent" and self.urgent is not None:
            return self.urgent
        return self.normal


_PRACTICE = "Thực tiễn, giá trị mặc định có thể cấu hình (NOTES.md §2.6)"
_URGENT_PRACTICE = "Việc khẩn: tính theo giờ liên tục, kể cả ngày nghỉ; thực tiễn, có thể cấu hình"


def _days(state: str, basis: str) -> Track:
    return Track(f"deadline_{state}_days", WORKING_DAYS, False, basis)


def _hours(setting: str, basis: str = _URGENT_PRACTICE, legal: bool = False) -> Track:
    return Track(setting, HOURS, legal, basis)


_RULES = (
    DeadlineBasis(
        "detected",
        _days("detected", f"{_PRACTICE}: sàng lọc ngay trong ngày, trước khi gửi điểm tin."),
        _hours("urgent_detected_hours"),
    ),
    DeadlineBasis(
        "triaged",
        _days(
            "triaged",
            f"{_PRACTICE}: gửi công văn/thư cho cơ quan THADS địa phương chậm nhất 1 ngày làm "
            "việc sau khi sàng lọc (hình thức 6, Nghị định 09/2017/NĐ-CP; Quyết định 27/QĐ-BTP).",
        ),
        _hours("urgent_triaged_hours"),
    ),
    DeadlineBasis(
        "notified_local",
        _days("notified_local", f"{_PRACTICE}: địa phương tiếp nhận và bắt đầu xác minh."),
        _hours("urgent_notified_local_hours"),
    ),
    DeadlineBasis(
        "local_verifying",
        _days(
            "local_verifying",
            f"{_PRACTICE}: 2–3 ngày làm việc để địa phương kiểm tra hồ sơ và báo cáo bằng văn "
            "bản; thời hạn tại Điều 11 Nghị định 09/2017/NĐ-CP chưa được đối chiếu.",
        ),
        _hours(
            "urgent_first_information_hours",
            "Quy định pháp luật: cung cấp thông tin ban đầu trong 24 giờ (Nghị định "
            "09/2017/NĐ-CP; Điều 5.1.a Quy chế ban hành kèm Quyết định 27/QĐ-BTP); tính theo giờ "
            "liên tục, kể cả ngày nghỉ.",
            legal=True,
        ),
    ),
    DeadlineBasis(
        "drafting",
        _days("drafting", f"{_PRACTICE}: 1–2 ngày làm việc để soạn phản hồi, đề nghị cải chính."),
        _hours("urgent_drafting_hours"),
    ),
    DeadlineBasis(
        "wg_review",
        _days(
            "wg_review",
            f"{_PRACTICE}: Tổ công tác cho ý kiến trong 1 ngày làm việc; Quy chế phối hợp không "
            "quy định thời hạn.",
        ),
        _hours("urgent_wg_review_hours"),
    ),
    DeadlineBasis("published_reply", None, None),
    DeadlineBasis(
        "correction_requested",
        _days(
            "correction_requested",
            f"{_PRACTICE}: theo dõi cơ quan báo chí sau khi đề nghị cải chính; thời hạn cải "
            "chính theo Điều 42 Luật Báo chí 2016 chưa được đối chiếu.",
        ),
        _hours(
            "urgent_correction_requested_hours",
            "Việc khẩn, thực tiễn: báo điện tử phải gỡ ngay thông tin sai (Điều 42 Luật Báo chí "
            "2016), hiểu là trong ngày; tính theo giờ liên tục, có thể cấu hình.",
        ),
    ),
    DeadlineBasis(
        "outlet_responded",
        _days(
            "outlet_responded",
            f"{_PRACTICE}: đánh giá phản hồi của cơ quan báo chí để kết thúc hoặc kiến nghị.",
        ),
        _hours("urgent_outlet_responded_hours"),
    ),
    DeadlineBasis("closed", None, None),
    DeadlineBasis("dismissed", None, None),
    DeadlineBasis(
        "accurate_after_verification",
        _days(
            "accurate_after_verification",
            f"{_PRACTICE}: địa phương khắc phục và báo cáo; vụ Bầu Kiên (2017) khoảng một tháng "
            "từ kết luận đến báo cáo (NOTES.md §2.5). Việc khẩn cũng tính theo ngày làm việc.",
        ),
        None,
    ),
    DeadlineBasis(
        "escalated",
        _days(
            "escalated",
            f"{_PRACTICE}: theo dõi kiến nghị gửi cơ quan chủ quản hoặc cơ quan quản lý báo chí. "
            "Việc khẩn cũng tính theo ngày làm việc.",
        ),
        None,
    ),
)

#: The deadline rule of every state of ``workflow.states.STATES``, in that order.
DEADLINE_BASIS: Mapping[str, DeadlineBasis] = MappingProxyType({r.state: r for r in _RULES})
assert tuple(DEADLINE_BASIS) == STATES, "DEADLINE_BASIS must cover workflow.states.STATES"


def _aware(moment: datetime, what: str) -> datetime:
    if not isinstance(moment, datetime) or moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be an aware datetime, not {moment!r}")
    return moment


def due_at(
    state: str, severity: str, entered_at: datetime, settings: Settings, calendar: WorkCalendar
) -> datetime | None:
    """When a case that entered ``state`` at ``entered_at`` is due to leave it (None: never).

    Normal track: ``calendar.add_working_days(entered_at, n)``. Urgent track: ``entered_at`` plus
    the hours, counted on the absolute time line (the zone of ``entered_at`` does not matter).
    The result is in Asia/Ho_Chi_Minh.
    """
    rule = DEADLINE_BASIS.get(state)
    if rule is None:
        raise ValueError(f"unknown state {state!r}")
    track = rule.track(severity)
    _aware(entered_at, "entered_at")
    if track is None:
        return None
    value = getattr(settings, track.setting)
    if track.unit == HOURS:
        return (entered_at.astimezone(UTC) + timedelta(hours=value)).astimezone(VN_TZ)
    return calendar.add_working_days(entered_at, value)


def is_overdue(due: datetime | None, now: datetime) -> bool:
    """Whether ``now`` is past ``due`` (never for no deadline; at the deadline itself: not yet)."""
    _aware(now, "now")
    if due is None:
        return False
    return _aware(due, "due") < now


def reminder_at(
    due: datetime | None, calendar: WorkCalendar, settings: Settings
) -> datetime | None:
    """When to remind people of ``due``: the same local clock time,
    ``deadline_reminder_working_days`` (1) working days before the deadline's local day; e.g. a
    deadline on Tuesday 17:00 is reminded on Monday 17:00, one on Monday 10:00 (urgent) on the
    Friday before at 10:00. May lie before the case entered its state (a same-day deadline):
    send it at once then.
    """
    if due is None:
        return None
    local = _aware(due, "due").astimezone(VN_TZ)
    day = local.date()
    for _ in range(settings.deadline_reminder_working_days):
        day = calendar.previous_working_day(day)
    return datetime.combine(day, local.timetz().replace(tzinfo=None), VN_TZ)
