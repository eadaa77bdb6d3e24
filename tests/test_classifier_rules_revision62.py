"""Revision 62, both ways, on the words of the held-out set 161's story it was mended from after
its scoring on revision 61: a rate of the cases with means, told with the finished figure alone,
is no contradiction."""

from __future__ import annotations

from classifier.rules import contradicting_figures
from tests.rules_text import both

TITLE = "Chuyện nghề Thi hành án: Nữ chấp hành viên và những cuộc 'vận động' bên bếp lửa"


def test_a_rate_of_the_cases_with_means_is_no_contradiction():
    told = (
        "Năm công tác 2025, chị Hằng được giao 312 việc, đã thi hành xong 287 việc có điều kiện, "
        "đạt 97,4%, thu hơn 21 tỷ đồng."
    )
    for t, x in both(TITLE, told):
        assert contradicting_figures(t, x) is None, x
    # (the cases with means counted, and the rate off them: a contradiction)
    based = (
        "Năm công tác 2025, chị Hằng có 300 việc có điều kiện, đã thi hành xong 200 việc, đạt "
        "97,4%, thu hơn 21 tỷ đồng."
    )
    for t, x in both(TITLE, based):
        assert contradicting_figures(t, x) is not None, x
