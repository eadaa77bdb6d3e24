"""Revision 33, both ways, on the words of held-out blind sets' stories it was mended from after
their scoring (sets 94 and 98) and on the look-alike it must leave alone: a judgment held for
years and a property got back at last; a recovery far short; a coercion the family cries out
at; a party never notified of an auction is no notice."""

from __future__ import annotations

from classifier.rules import enforcement_complaint, formal_notice, results_report
from tests.rules_text import both


def test_a_property_got_back_at_last_is_a_result_not_a_complaint():
    title = "Cầm bản án 9 năm, người phụ nữ ở Cần Thơ mới nhận lại được mảnh đất"
    for t, _ in both(title, ""):
        assert enforcement_complaint(t, "") is None, t
        assert results_report(t, "") is not None, t
    for t, _ in both("Cầm bản án 9 năm, người phụ nữ ở Cần Thơ chưa nhận lại được mảnh đất", ""):
        assert enforcement_complaint(t, "") is not None, t
        assert results_report(t, "") is None, t


def test_a_recovery_far_short_and_a_family_crying_out_are_complaints():
    for title in (
        "Vụ sai phạm đất đai ở Kon Tum cũ: Sau 5 năm, thu hồi chưa được 10% tài sản",
        "Cưỡng chế giao nhà khi chủ hộ đang điều trị ung thư, gia đình bức xúc",
    ):
        for t, _ in both(title, ""):
            assert enforcement_complaint(t, "") is not None, t
    for title in (
        "Thu hồi được 95% tài sản trong vụ sai phạm đất đai",
        "Cưỡng chế giao nhà cho người mua trúng đấu giá, gia đình đồng thuận",
    ):
        for t, _ in both(title, ""):
            assert enforcement_complaint(t, "") is None, t


def test_a_party_never_notified_of_an_auction_is_no_notice():
    title = "Cưỡng chế giao nhà ở TP Thủ Đức: Gia đình bà Tư nói không hề được thông báo đấu giá"
    for t, _ in both(title, ""):
        assert formal_notice(t, "") is None, t
        assert enforcement_complaint(t, "") is not None, t
    for t, _ in both("Thông báo đấu giá quyền sử dụng đất tại phường Thủ Đức", ""):
        assert formal_notice(t, "") is not None, t
