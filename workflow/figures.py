"""The figures of a periodic report (monthly or quarterly), computed from plain records. Pure.

Input: :class:`documents.inputs.ItemRecord` (the articles monitored) and
:class:`documents.inputs.CaseRecord` with their state history (``CaseEventRecord``: when, from,
to, and the deadline of the state entered). Periods are calendar months or quarters in local time
(Asia/Ho_Chi_Minh), half-open: [first day 00:00, first day of the next period 00:00).

Definitions (the report prints them the same way):

* **items**: relevant articles published in the period, counted by assessment, outlet and
  province (no province → "Chưa xác định"); ``items_seen`` also counts the irrelevant ones.
* **cases opened**: ``opened_at`` in the period. **closed** / **dismissed**: the case entered
  ``closed`` / ``dismissed`` in the period. **open at the start / end**: opened before that
  moment and not in a terminal state (``workflow.states.TERMINAL_STATES``) at that moment; the
  ones open at the end are carried forward to the next period.
* **cut-off**: the end of the period, or ``as_of`` when the report is made before the period ends
  (a report of the current month counts what is overdue *now*, not at the end of the month).
* **per state** (a *stint* is one stay of a case in a state, from the event that entered it to the
  next event): *entered* = stints that began in the period; *left on time* / *left late* = stints
  that ended in the period, at or before / after their deadline (a stint without deadline is on
  time); *open at the end* = stints still running at the cut-off (terminal states excluded);
  *overdue* = of those, the ones whose deadline has passed at the cut-off.
* **median handling time**: calendar days from ``opened_at`` to entering ``closed``, over the
  cases closed in the period (dismissed cases are not handled, they are left out).
* **corrections requested**: cases that entered ``correction_requested`` in the period.
  **corrections obtained**: cases with outcome ``"corrected"`` whose first entry into
  ``outlet_responded`` or ``closed`` after their first ``correction_requested`` lies in the period;
  **awaiting correction**: cases in ``correction_requested`` at the cut-off.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from classifier.result import LABELS
from documents.inputs import OUTCOME_CORRECTED, CaseEventRecord, CaseRecord, ItemRecord
from text.dates import VN_TZ
from workflow.states import STATES, TERMINAL_STATES

__all__ = [
    "NO_PROVINCE",
    "Figures",
    "OverdueCase",
    "Period",
    "PeriodError",
    "StateFigures",
    "compute_figures",
    "state_at",
]

NO_PROVINCE = "Chưa xác định"
ROMAN = ("I", "II", "III", "IV")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-[Qq](\d)$")
FORMAT_HINT = "dạng YYYY-MM (ví dụ 2026-11) hoặc YYYY-Qn (ví dụ 2026-Q4)"


class PeriodError(ValueError):
    """A period that cannot be parsed; the message is Vietnamese and says the expected form."""


@dataclass(frozen=True, order=True)
class Period:
    """A calendar month (``kind="month"``, ``number`` 1–12) or quarter (``"quarter"``, 1–4)."""

    year: int
    kind: str
    number: int

    def __post_init__(self) -> None:
        top = 12 if self.kind == "month" else 4
        if self.kind not in ("month", "quarter"):
            raise PeriodError(f"Loại kỳ báo cáo không hợp lệ: {self.kind!r} (month hoặc quarter).")
        if not 2000 <= self.year <= 2100:
            raise PeriodError(f"Năm {self.year} nằm ngoài khoảng 2000–2100.")
        if not 1 <= self.number <= top:
            what = "Tháng" if self.kind == "month" else "Quý"
            raise PeriodError(f"{what} {self.number} không hợp lệ: phải từ 1 đến {top}.")

    @classmethod
    def parse(cls, text: str) -> Period:
        """ "2026-11" (month) or "2026-Q4" (quarter); anything else raises :class:`PeriodError`."""
        raw = (text or "").strip()
        m = _MONTH.match(raw)
        kind = "month"
        if m is None:
            m = _QUARTER.match(raw)
            kind = "quarter"
        if m is None:
            raise PeriodError(f"Kỳ báo cáo “{raw}” không hợp lệ: cần {FORMAT_HINT}.")
        try:
            return cls(int(m.group(1)), kind, int(m.group(2)))
        except PeriodError as exc:
            raise PeriodError(f"Kỳ báo cáo “{raw}” không hợp lệ: {exc}") from None

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(year, "month", month)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        return cls(year, "quarter", quarter)

    @property
    def first_month(self) -> int:
        return self.number if self.kind == "month" else 3 * self.number - 2

    @property
    def months(self) -> int:
        return 1 if self.kind == "month" else 3

    @property
    def first_day(self) -> date:
        return date(self.year, self.first_month, 1)

    @property
    def next_first_day(self) -> date:
        index = self.year * 12 + self.first_month - 1 + self.months
        return date(index // 12, index % 12 + 1, 1)

    @property
    def last_day(self) -> date:
        return date.fromordinal(self.next_first_day.toordinal() - 1)

    @property
    def start(self) -> datetime:
        """Local midnight of the first day (aware)."""
        return datetime.combine(self.first_day, datetime.min.time(), VN_TZ)

    @property
    def end(self) -> datetime:
        """Local midnight of the day after the last (aware, exclusive)."""
        return datetime.combine(self.next_first_day, datetime.min.time(), VN_TZ)

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end

    @property
    def label_vi(self) -> str:
        """ "tháng 11/2026" or "quý IV/2026"."""
        if self.kind == "month":
            return f"tháng {self.number}/{self.year}"
        return f"quý {ROMAN[self.number - 1]}/{self.year}"

    def __str__(self) -> str:
        if self.kind == "month":
            return f"{self.year}-{self.number:02d}"
        return f"{self.year}-Q{self.number}"


@dataclass(frozen=True)
class StateFigures:
    state: str
    entered: int
    left_on_time: int
    left_late: int
    open_at_end: int
    overdue_at_end: int


@dataclass(frozen=True)
class OverdueCase:
    code: str
    state: str
    due_at: datetime
    office: str | None


@dataclass(frozen=True)
class Figures:
    period: Period
    cutoff: datetime  # min(period end, as_of)
    items_seen: int  # every item published in the period, relevant or not
    items_relevant: int
    items_action_needed: int
    items_by_label: tuple[tuple[str, int], ...]  # every label of classifier.result.LABELS, in order
    items_by_outlet: tuple[tuple[str, int], ...]  # most first, then by name
    items_by_province: tuple[tuple[str, int], ...]
    cases_open_at_start: int
    cases_opened: int
    cases_closed: int
    cases_dismissed: int
    cases_open_at_end: int
    states: tuple[StateFigures, ...]  # every state of workflow.states.STATES, in order
    median_handling_days: float | None  # None when no case was closed in the period
    corrections_requested: int
    corrections_obtained: int
    awaiting_correction: tuple[str, ...]  # codes of cases in correction_requested at the cut-off
    overdue: tuple[OverdueCase, ...]  # open and past their state's deadline at the cut-off
    carried_forward: tuple[str, ...]  # codes of the cases open at the end

    def state(self, name: str) -> StateFigures:
        return next(s for s in self.states if s.state == name)

    @property
    def left_late_total(self) -> int:
        return sum(s.left_late for s in self.states)


# --- case timelines -------------------------------------------------------------------------------
def state_at(case: CaseRecord, moment: datetime) -> str | None:
    """The state of ``case`` at ``moment``: where the last event at or before it led; None
    before the case was opened."""
    if case.opened_at > moment:
        return None
    current: str | None = None
    for event in case.events_sorted:
        if event.at > moment:
            break
        current = event.to_state
    if current is None:  # opened, but its first event lies later: it was in that event's source
        first = case.events_sorted[0]
        current = first.from_state or first.to_state
    return current


def _is_open_at(case: CaseRecord, moment: datetime) -> bool:
    state = state_at(case, moment)
    return state is not None and state not in TERMINAL_STATES and case.opened_at < moment


def _first_entry(
    case: CaseRecord, states: Iterable[str], after: datetime | None = None
) -> CaseEventRecord | None:
    wanted = set(states)
    for event in case.events_sorted:
        if event.to_state in wanted and (after is None or event.at >= after):
            return event
    return None


def _counted(values: Iterable[str]) -> tuple[tuple[str, int], ...]:
    counts = Counter(values)
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


# --- the figures ----------------------------------------------------------------------------------
def compute_figures(
    period: Period,
    items: Iterable[ItemRecord],
    cases: Iterable[CaseRecord],
    *,
    as_of: datetime | None = None,
) -> Figures:
    """Every figure of the report for ``period`` (definitions in the module docstring)."""
    start, end = period.start, period.end
    cutoff = min(end, as_of) if as_of is not None else end
    in_period = [i for i in items if start <= i.published_at < end]
    relevant = [i for i in in_period if i.relevant]
    by_label = Counter(i.label for i in relevant if i.label is not None)

    cases = list(cases)
    per_state = {s: [0, 0, 0, 0, 0] for s in STATES}  # entered, on time, late, open, overdue
    overdue: list[OverdueCase] = []
    for case in cases:
        events = case.events_sorted
        for i, event in enumerate(events):
            left = events[i + 1].at if i + 1 < len(events) else None
            row = per_state[event.to_state]
            if start <= event.at < end:
                row[0] += 1
            if event.to_state in TERMINAL_STATES:
                continue
            if left is not None and start <= left < end:
                late = event.due_at is not None and left > event.due_at
                row[2 if late else 1] += 1
            if event.at < cutoff and (left is None or left >= cutoff):
                row[3] += 1
                if event.due_at is not None and event.due_at < cutoff:
                    row[4] += 1
                    overdue.append(
                        OverdueCase(case.code, event.to_state, event.due_at, case.office)
                    )

    def entered_in_period(case: CaseRecord, state: str) -> list[CaseEventRecord]:
        return [e for e in case.events_sorted if e.to_state == state and start <= e.at < end]

    closed = [c for c in cases if entered_in_period(c, "closed")]
    durations = [
        (entered_in_period(c, "closed")[-1].at - c.opened_at).total_seconds() / 86400
        for c in closed
    ]
    obtained = 0
    for case in cases:
        requested = _first_entry(case, ["correction_requested"])
        if case.outcome != OUTCOME_CORRECTED or requested is None:
            continue
        answered = _first_entry(case, ["outlet_responded", "closed"], after=requested.at)
        if answered is not None and start <= answered.at < end:
            obtained += 1
    open_at_end = [c for c in cases if _is_open_at(c, cutoff)]
    return Figures(
        period=period,
        cutoff=cutoff,
        items_seen=len(in_period),
        items_relevant=len(relevant),
        items_action_needed=sum(1 for i in relevant if i.action_needed),
        items_by_label=tuple((label, by_label.get(label, 0)) for label in LABELS),
        items_by_outlet=_counted(i.outlet for i in relevant),
        items_by_province=_counted(i.province or NO_PROVINCE for i in relevant),
        cases_open_at_start=sum(1 for c in cases if _is_open_at(c, start)),
        cases_opened=sum(1 for c in cases if start <= c.opened_at < end),
        cases_closed=len(closed),
        cases_dismissed=sum(1 for c in cases if entered_in_period(c, "dismissed")),
        cases_open_at_end=len(open_at_end),
        states=tuple(StateFigures(s, *per_state[s]) for s in STATES),
        median_handling_days=statistics.median(durations) if durations else None,
        corrections_requested=sum(1 for c in cases if entered_in_period(c, "correction_requested")),
        corrections_obtained=obtained,
        awaiting_correction=tuple(
            sorted(c.code for c in cases if state_at(c, cutoff) == "correction_requested")
        ),
        overdue=tuple(sorted(overdue, key=lambda o: (o.due_at, o.code))),
        carried_forward=tuple(sorted(c.code for c in open_at_end)),
    )
