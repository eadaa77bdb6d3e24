"""The state machine itself (pure): vocabularies, the transition table, role ranks and messages."""

from __future__ import annotations

import itertools
import unicodedata
from collections import deque

import pytest

from workflow.states import (
    ACTION_NAMES_VI,
    INITIAL_STATE,
    KIND_NAMES_VI,
    KINDS,
    ROLE_NAMES_VI,
    ROLES,
    SEVERITIES,
    SEVERITY_NAMES_VI,
    STATE_NAMES_VI,
    STATES,
    TERMINAL_STATES,
    TRANSITIONS,
    TransitionError,
    allowed_targets,
    check_transition,
    note_required,
)

LEADER_ONLY = {
    ("wg_review", "published_reply"),
    ("wg_review", "correction_requested"),
    ("wg_review", "drafting"),
    ("published_reply", "correction_requested"),
    ("correction_requested", "published_reply"),
}


def test_every_name_is_vietnamese_nfc_and_complete() -> None:
    for names, keys in (
        (STATE_NAMES_VI, STATES),
        (ROLE_NAMES_VI, ROLES),
        (KIND_NAMES_VI, KINDS),
        (SEVERITY_NAMES_VI, SEVERITIES),
    ):
        assert set(keys) <= set(names)
        for key in keys:
            assert names[key].strip() and unicodedata.is_normalized("NFC", names[key])
    for name in ACTION_NAMES_VI.values():
        assert unicodedata.is_normalized("NFC", name)
    assert len(set(STATE_NAMES_VI.values())) == len(STATE_NAMES_VI)


def test_table_uses_known_states_and_has_no_duplicates() -> None:
    pairs = [(t.source, t.target) for t in TRANSITIONS]
    assert len(pairs) == len(set(pairs))
    for t in TRANSITIONS:
        assert t.source in STATES and t.target in STATES and t.source != t.target
        assert t.source not in TERMINAL_STATES
        assert t.min_role in ("member", "leader")


def _reachable(start: str) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue:
        state = queue.popleft()
        for t in TRANSITIONS:
            if t.source == state and t.target not in seen:
                seen.add(t.target)
                queue.append(t.target)
    return seen


def test_every_state_is_reachable_and_every_open_state_can_finish() -> None:
    assert _reachable(INITIAL_STATE) == set(STATES)
    for state in set(STATES) - TERMINAL_STATES:
        assert _reachable(state) & TERMINAL_STATES, state
    for state in TERMINAL_STATES:
        assert _reachable(state) == {state}


def test_the_issue_workflow_line_exists() -> None:
    line = [
        "detected",
        "triaged",
        "notified_local",
        "local_verifying",
        "drafting",
        "wg_review",
        "correction_requested",
        "outlet_responded",
        "closed",
    ]
    for source, target in itertools.pairwise(line):
        check_transition(source, target, "admin")
    # published_reply and/or correction_requested, in either order; a send-back from review
    for source, target in (
        ("wg_review", "published_reply"),
        ("published_reply", "correction_requested"),
        ("correction_requested", "published_reply"),
        ("wg_review", "drafting"),
        ("local_verifying", "accurate_after_verification"),
        ("accurate_after_verification", "closed"),
        ("outlet_responded", "escalated"),
        ("escalated", "closed"),
    ):
        check_transition(source, target, "leader")


def test_approvals_are_for_leaders_and_working_steps_for_members() -> None:
    for t in TRANSITIONS:
        approval = (
            t.target in {"closed", "dismissed", "accurate_after_verification", "escalated"}
            or (t.source, t.target) in LEADER_ONLY
        )
        assert t.min_role == ("leader" if approval else "member"), t
        assert t.roles == (("leader", "admin") if approval else ("member", "leader", "admin"))


@pytest.mark.parametrize("role", ROLES)
def test_role_ranks(role: str) -> None:
    for t in TRANSITIONS:
        allowed = t.target in allowed_targets(t.source, role)
        expected = {"viewer": False, "member": t.min_role == "member"}.get(role, True)
        assert allowed == expected, (t, role)


def test_refusal_names_states_role_and_what_is_allowed() -> None:
    with pytest.raises(TransitionError) as err:
        check_transition("local_verifying", "closed", "member")
    message = str(err.value)
    assert "«Địa phương đang xác minh» (local_verifying)" in message
    assert "«Đã kết thúc» (closed)" in message
    assert "thành viên" in message
    assert "«Đang soạn phản hồi» (drafting)" in message  # what a member may do
    assert "«Báo phản ánh đúng – khắc phục nội bộ» (accurate_after_verification)" in message
    assert unicodedata.is_normalized("NFC", message)


def test_refusal_for_a_leader_step_names_the_roles_needed() -> None:
    with pytest.raises(TransitionError, match="chỉ dành cho lãnh đạo, quản trị"):
        check_transition("wg_review", "published_reply", "member")


def test_refusal_for_viewers_and_finished_cases() -> None:
    with pytest.raises(TransitionError, match="chỉ được xem"):
        check_transition("detected", "triaged", "viewer")
    with pytest.raises(TransitionError, match="đã kết thúc"):
        check_transition("closed", "triaged", "admin")
    with pytest.raises(TransitionError, match="không có bước này"):
        check_transition("detected", "closed", "admin")


def test_unknown_states_and_roles_list_the_valid_ones() -> None:
    with pytest.raises(TransitionError, match=r"Trạng thái đích không hợp lệ: 'done'.*closed"):
        check_transition("detected", "done", "admin")
    with pytest.raises(TransitionError, match=r"Vai trò không hợp lệ: 'boss'.*leader"):
        check_transition("detected", "triaged", "boss")
    with pytest.raises(TransitionError, match="Trạng thái hiện tại không hợp lệ"):
        check_transition("new", "triaged", "admin")


def test_notes_are_required_for_outcomes_and_send_backs() -> None:
    assert note_required("published_reply", "closed")
    assert note_required("detected", "dismissed")
    assert note_required("wg_review", "drafting")
    assert not note_required("local_verifying", "drafting")
    assert not note_required("detected", "triaged")
