"""The one state machine of a case (press item, reader letter or media crisis). Pure: no storage.

Designed from the cooperation regulation (2026 Quy chế phối hợp, Điều 4–9) and
``shared/domain/NOTES.md`` §2.6:

* the working line: detected → triaged → notified_local → local_verifying → drafting → wg_review
  → published_reply and/or correction_requested → outlet_responded → closed;
* ``wg_review`` is the Tổ công tác's approval: it sends a draft back to ``drafting`` or approves a
  reply (``published_reply``) and/or a correction request (``correction_requested``); either may
  follow the other;
* side tracks: ``dismissed`` (no action needed), ``accurate_after_verification`` (the press was
  right: the local office remedies and reports back before the case is closed) and ``escalated``
  (no or an unsatisfactory correction: a complaint to the outlet's governing body or the
  press-management agency), which is resolved (the outlet responds) or closed.

Working steps belong to members; approvals (the wg_review decisions, closing, dismissing,
accurate_after_verification, escalation) to leaders. Roles are ranked: a leader may do what a
member may, an admin what a leader may; a viewer changes nothing. Some transitions need a note
(the reason or the outcome), see :data:`NOTE_REQUIRED`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# --- vocabularies ---------------------------------------------------------------------------------
STATES = (
    "detected",
    "triaged",
    "notified_local",
    "local_verifying",
    "drafting",
    "wg_review",
    "published_reply",
    "correction_requested",
    "outlet_responded",
    "closed",
    "dismissed",
    "accurate_after_verification",
    "escalated",
)
INITIAL_STATE = "detected"
TERMINAL_STATES = frozenset({"closed", "dismissed"})
OPEN_STATES = tuple(s for s in STATES if s not in TERMINAL_STATES)

ROLES = ("viewer", "member", "leader", "admin")
ROLE_RANK = {role: rank for rank, role in enumerate(ROLES)}
SYSTEM_ACTOR = "system"  # the actor of automatic openings; not a user, never a role to log in

KINDS = ("press", "reader_letter", "media_crisis")
SEVERITIES = ("urgent", "normal")

STATE_NAMES_VI = {
    "detected": "Mới phát hiện",
    "triaged": "Đã sàng lọc",
    "notified_local": "Đã gửi địa phương",
    "local_verifying": "Địa phương đang xác minh",
    "drafting": "Đang soạn phản hồi",
    "wg_review": "Tổ công tác đang xem xét",
    "published_reply": "Đã đăng bài phản hồi",
    "correction_requested": "Đã đề nghị cải chính",
    "outlet_responded": "Cơ quan báo chí đã phản hồi",
    "closed": "Đã kết thúc",
    "dismissed": "Không cần xử lý",
    "accurate_after_verification": "Báo phản ánh đúng – khắc phục nội bộ",
    "escalated": "Đã kiến nghị cấp có thẩm quyền",
}
ROLE_NAMES_VI = {
    "viewer": "người xem",
    "member": "thành viên",
    "leader": "lãnh đạo",
    "admin": "quản trị",
    SYSTEM_ACTOR: "hệ thống",
}
KIND_NAMES_VI = {
    "press": "Tin bài báo chí",
    "reader_letter": "Đơn thư bạn đọc",
    "media_crisis": "Khủng hoảng truyền thông",
}
SEVERITY_NAMES_VI = {"urgent": "Khẩn", "normal": "Thường"}

# How a case ended (kết quả xử lý), a checked choice. "corrected" is the one the report counts as a
# correction obtained: the outlet published the correction (and removed or edited the false
# content) that was asked of it.
OUTCOME_CORRECTED = "corrected"
OUTCOMES = (OUTCOME_CORRECTED, "reply_published", "refused", "accurate", "no_action")
OUTCOME_NAMES_VI = {
    OUTCOME_CORRECTED: "Cơ quan báo chí đã cải chính",
    "reply_published": "Đã đăng bài phản hồi",
    "refused": "Cơ quan báo chí không cải chính",
    "accurate": "Báo phản ánh đúng, địa phương khắc phục",
    "no_action": "Không cần xử lý",
}
# The outcomes a transition into a state may record: required when closing; optional when the
# outlet responds (it corrected or refused); implied when dismissing (nothing to handle).
OUTCOME_REQUIRED_STATES = frozenset({"closed"})
OUTCOMES_BY_STATE = {
    "closed": OUTCOMES,
    "outlet_responded": (OUTCOME_CORRECTED, "refused"),
    "dismissed": ("no_action",),
}
IMPLIED_OUTCOMES = {"dismissed": "no_action"}
# Actions of the audit trail (case_events.action).
ACTION_NAMES_VI = {
    "open": "Mở vụ việc",
    "assign": "Phân công",
    "advance": "Chuyển trạng thái",
    "note": "Ghi chú",
    "add_article": "Thêm bài báo",
    "crisis": "Chuyển thành khủng hoảng truyền thông",
    # informational, written by workflow.watch and workflow.notify (replay ignores them)
    "source_checked": "Kiểm tra lại bài báo",
    "source_changed": "Bài báo đã bị chỉnh sửa",
    "source_removed": "Bài báo đã bị gỡ",
    "source_restored": "Bài báo được đăng lại",
    "source_check_failed": "Không kiểm tra lại được bài báo",
    "notified": "Gửi thư thông báo",
    "notify_failed": "Gửi thư thông báo thất bại",
}


@dataclass(frozen=True)
class Transition:
    source: str
    target: str
    min_role: str  # this role and every higher one may make the transition

    @property
    def roles(self) -> tuple[str, ...]:
        return tuple(r for r in ROLES if ROLE_RANK[r] >= ROLE_RANK[self.min_role])


def _t(source: str, target: str, min_role: str) -> Transition:
    return Transition(source, target, min_role)


M, L = "member", "leader"
TRANSITIONS: tuple[Transition, ...] = (
    # working line (members)
    _t("detected", "triaged", M),
    _t("triaged", "notified_local", M),
    _t("triaged", "drafting", M),  # false on its face (the law stated wrongly): answer at once
    _t("notified_local", "local_verifying", M),
    _t("local_verifying", "drafting", M),
    _t("drafting", "wg_review", M),
    _t("correction_requested", "outlet_responded", M),
    _t("escalated", "outlet_responded", M),  # the outlet corrects after the complaint
    # approvals of the Tổ công tác (leaders)
    _t("wg_review", "drafting", L),  # sent back
    _t("wg_review", "published_reply", L),
    _t("wg_review", "correction_requested", L),
    _t("published_reply", "correction_requested", L),
    _t("correction_requested", "published_reply", L),
    _t("local_verifying", "accurate_after_verification", L),
    _t("correction_requested", "escalated", L),  # no correction within the watch period
    _t("outlet_responded", "escalated", L),  # refused or unsatisfactory
    # dismissal (leaders)
    _t("detected", "dismissed", L),
    _t("triaged", "dismissed", L),
    _t("local_verifying", "dismissed", L),
    # closing (leaders)
    _t("published_reply", "closed", L),
    _t("outlet_responded", "closed", L),
    _t("accurate_after_verification", "closed", L),  # after the local office's remedy report
    _t("escalated", "closed", L),
)
del M, L

# Transitions into these states record why (dismissed, escalated) or the outcome (closed, the
# internal-remedy track); a send-back records what to change.
NOTE_REQUIRED = frozenset(
    {
        ("*", "closed"),
        ("*", "dismissed"),
        ("*", "accurate_after_verification"),
        ("*", "escalated"),
        ("wg_review", "drafting"),
    }
)

_BY_PAIR = {(t.source, t.target): t for t in TRANSITIONS}


class TransitionError(ValueError):
    """A refused transition or an unknown state/role; the message is Vietnamese and says what is
    allowed instead."""


def state_name(state: str) -> str:
    return STATE_NAMES_VI.get(state, state)


def role_name(role: str) -> str:
    return ROLE_NAMES_VI.get(role, role)


def is_open(state: str) -> bool:
    return state not in TERMINAL_STATES


def transitions_from(state: str) -> list[Transition]:
    """The transitions out of ``state``, in table order."""
    return [t for t in TRANSITIONS if t.source == state]


def allowed_targets(state: str, role: str) -> list[str]:
    """The states ``role`` may move a case in ``state`` to."""
    return [t.target for t in transitions_from(state) if role_may(role, t.min_role)]


def role_may(role: str, min_role: str) -> bool:
    return role in ROLE_RANK and ROLE_RANK[role] >= ROLE_RANK[min_role]


def can_change(role: str) -> bool:
    """Whether ``role`` may change anything at all (open, assign, note, advance)."""
    return role_may(role, "member")


def note_required(source: str, target: str) -> bool:
    return ("*", target) in NOTE_REQUIRED or (source, target) in NOTE_REQUIRED


def outcome_name(outcome: str) -> str:
    return OUTCOME_NAMES_VI.get(outcome, outcome)


def outcome_listing(outcomes: Iterable[str] = OUTCOMES) -> str:
    return ", ".join(f"{o} ({OUTCOME_NAMES_VI[o]})" for o in outcomes)


def check_outcome(target: str, outcome: str | None) -> str | None:
    """The outcome a transition into ``target`` records: ``outcome`` if it is one of
    :data:`OUTCOMES_BY_STATE` for ``target``, the implied one (dismissed: no_action) when none is
    given, None when the state records none. :class:`TransitionError` (Vietnamese, listing the
    choices) for a missing required outcome, an unknown one or one that does not fit ``target``."""
    allowed = OUTCOMES_BY_STATE.get(target, ())
    if outcome is None or outcome == "":
        if target in OUTCOME_REQUIRED_STATES:
            raise TransitionError(
                f"Chuyển sang «{state_name(target)}» cần nêu kết quả xử lý (--outcome): "
                f"{outcome_listing(allowed)}."
            )
        return IMPLIED_OUTCOMES.get(target)
    if outcome not in OUTCOMES:
        raise TransitionError(
            f"Kết quả xử lý không hợp lệ: {outcome!r}. Các kết quả: {outcome_listing()}."
        )
    if outcome not in allowed:
        if not allowed:
            raise TransitionError(
                f"Kết quả xử lý chỉ ghi khi chuyển sang «{state_name('outlet_responded')}» hoặc "
                f"«{state_name('closed')}», không ghi khi chuyển sang «{state_name(target)}»."
            )
        raise TransitionError(
            f"Kết quả «{outcome_name(outcome)}» ({outcome}) không phù hợp khi chuyển sang "
            f"«{state_name(target)}»; chọn một trong: {outcome_listing(allowed)}."
        )
    return outcome


def _quoted(states: Iterable[str]) -> str:
    return ", ".join(f"«{state_name(s)}» ({s})" for s in states)


def _check_known(value: str, known: Iterable[str], what: str, names: dict[str, str]) -> None:
    if value not in known:
        listing = ", ".join(f"{k} ({names[k]})" for k in known)
        raise TransitionError(f"{what} không hợp lệ: {value!r}. Các giá trị hợp lệ: {listing}.")


def check_transition(source: str, target: str, role: str) -> Transition:
    """The transition ``source`` → ``target`` if ``role`` may make it; else
    :class:`TransitionError` naming both states, the role and what is allowed."""
    _check_known(source, STATES, "Trạng thái hiện tại", STATE_NAMES_VI)
    _check_known(target, STATES, "Trạng thái đích", STATE_NAMES_VI)
    _check_known(role, ROLES, "Vai trò", ROLE_NAMES_VI)
    transition = _BY_PAIR.get((source, target))
    if transition is not None and role_may(role, transition.min_role):
        return transition
    head = (
        f"Không thể chuyển vụ việc từ «{state_name(source)}» ({source}) sang "
        f"«{state_name(target)}» ({target}) với vai trò {role_name(role)}"
    )
    if transition is not None:
        needed = ", ".join(role_name(r) for r in transition.roles)
        reason = f": bước này chỉ dành cho {needed}."
    elif source in TERMINAL_STATES:
        reason = ": vụ việc đã kết thúc, không chuyển tiếp được nữa."
    else:
        reason = ": sơ đồ xử lý không có bước này."
    mine = allowed_targets(source, role)
    others = [t for t in transitions_from(source) if t.target not in mine]
    parts = [head + reason]
    if mine:
        parts.append(
            f"Với vai trò {role_name(role)}, từ trạng thái này được chuyển sang: {_quoted(mine)}."
        )
    elif not can_change(role):
        parts.append(f"Vai trò {role_name(role)} chỉ được xem, không được thay đổi vụ việc.")
    else:
        parts.append(f"Với vai trò {role_name(role)}, từ trạng thái này không được chuyển tiếp.")
    if others:
        parts.append(
            "Các bước khác cần vai trò cao hơn: "
            + "; ".join(
                f"«{state_name(t.target)}» ({t.target}): {', '.join(role_name(r) for r in t.roles)}"
                for t in others
            )
            + "."
        )
    raise TransitionError(" ".join(parts))
