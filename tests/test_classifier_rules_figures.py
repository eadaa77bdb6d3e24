"""Rule (n): enforcement results whose own figures contradict each other, both ways, with and
without diacritics."""

from __future__ import annotations

from datetime import datetime

import pytest

from classifier.rules import contradicting_figures, decide, signals
from text.normalize import strip_diacritics

WHEN = datetime(2026, 11, 14, 8, 0)
TITLE = "Thi hành án dân sự tỉnh Quảng Trị tổng kết năm công tác 2026"


def both(text: str) -> list[tuple[str, str]]:
    return [(TITLE, text), (strip_diacritics(TITLE), strip_diacritics(text))]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a rate its own figures do not give: 3.200 of 4.000 is 80%
        (
            "Trong tổng số 4.000 việc có điều kiện thi hành, đơn vị đã thi hành xong 3.200 việc, "
            "đạt tỷ lệ 92%.",
            "thi hanh xong 3.200 viec dat ty le 92%",
        ),
        # in money, the base in tỷ without "đồng"
        (
            "Về tiền, trong tổng số 1.000 tỷ có điều kiện, đã thi hành xong 850 tỷ đồng, đạt 58%.",
            "thi hanh xong 850 ty dong dat 58%",
        ),
        # more finished than there was to enforce
        (
            "Tổng số việc phải thi hành là 3.415 việc. Đơn vị đã thi hành xong 3.702 việc, đạt tỷ "
            "lệ 108,4% so với tổng số việc phải thi hành.",
            "108,4% so voi tong so viec phai thi hanh",
        ),
        (
            "Năm 2026, số việc thi hành xong vượt tổng số việc phải thi hành.",
            "so viec thi hanh xong vuot tong so viec phai thi hanh",
        ),
        # the base told between the finished and its rate: 9.130 of 12.460 is 73,3%
        (
            "Đơn vị đã thi hành xong 9.130 việc trên tổng số 12.460 việc có điều kiện thi hành, "
            "đạt tỷ lệ 93,2%.",
            "thi hanh xong 9.130 viec tren tong so 12.460 viec co dieu kien thi hanh dat ty le "
            "93,2%",
        ),
        # the base told with its figure before "có điều kiện", in the sentence before the rate
        (
            "Qua xác minh, có 12.460 việc có điều kiện thi hành; đơn vị đã thi hành xong 9.130 "
            "việc, đạt tỷ lệ 93,2%.",
            "thi hanh xong 9.130 viec dat ty le 93,2%",
        ),
    ],
)
def test_figures_that_contradict_each_other_are_inaccurate(text, mention):
    for title, body in both(text):
        found = contradicting_figures(title, body)
        assert found is not None, body
        assert found.mention == mention
        assert found.label == "inaccurate"
        assert found.reason.startswith("quy tắc: số liệu kết quả thi hành án trong bài tự mâu")
        fired = signals(title, body, None, WHEN)
        assert "contradicting_figures" in [s.code for s in fired]
        assert decide("positive", fired) == "inaccurate"


@pytest.mark.parametrize(
    "text",
    [
        # the rate of the part "có điều kiện", told in the same sentence or before
        "Tổng số 5.000 việc phải thi hành, trong đó có điều kiện 4.000 việc; đã thi hành xong "
        "3.200 việc, đạt 80%.",
        "Tổng số thụ lý 12.345 việc. Số có điều kiện thi hành 9.876 việc. Trong tổng số đó, đã "
        "thi hành xong 7.654 việc, đạt tỷ lệ 77,5%.",
        "Trong tổng số 10.000 việc, có điều kiện 8.000, đã thi hành xong 6.400 việc, đạt 80%.",
        # rounded, or truncated
        "Trong tổng số hơn 3.210 tỷ đồng có điều kiện, đã thi hành xong hơn 1.234 tỷ đồng, đạt "
        "tỷ lệ 38,44%.",
        "Trong tổng số 3 việc, đã thi hành xong 2 việc, đạt 66%.",
        # a base named without its figure: nothing to check
        "Toàn hệ thống đã thi hành xong 590.214 việc, đạt tỷ lệ 85,06% số việc có điều kiện.",
        "Năm 2026, trong tổng số 4.000 việc, thi hành xong 3.300 việc, đạt 92% chỉ tiêu được giao.",
        # a rate above 100% of a target, not of the whole
        "Đơn vị đã thi hành xong 3.702 việc, đạt 108% chỉ tiêu Quốc hội giao.",
        "Tỷ lệ thi hành xong vượt 5% so với chỉ tiêu.",
        # no finished figure at all
        "Trong tổng số 4.000 việc có điều kiện, tỷ lệ giải quyết đạt 92%.",
        # a rate of an estimate or of last year, money collected above 100%
        "Trong tổng số 900 tỷ đồng, đơn vị thu được 950 tỷ đồng, đạt 105% dự toán.",
        "Trong tổng số 4.000 việc, đã thi hành xong 3.300 việc, đạt 110% so với năm trước.",
        "Đơn vị thu được 1.200 tỷ đồng, đạt 105%.",
        # the cases' base told before a rate of money: the money's base is not told
        "Toàn tỉnh có 14.963 việc có điều kiện thi hành, đã thi hành xong 11.347 việc, đạt "
        "75,83%. Về tiền, đã thi hành xong hơn 1.092 tỷ đồng, đạt 48,2%.",
        "Trong tổng số 3.286 việc có điều kiện; về tiền, đã thi hành xong hơn 186 tỷ đồng, đạt "
        "61,4%.",
        # the base told between, and the rate right
        "Đơn vị đã thi hành xong 9.130 việc trên tổng số 12.460 việc có điều kiện, đạt 73,3%.",
    ],
)
def test_figures_that_agree_or_cannot_be_checked_are_not(text):
    for title, body in both(text):
        assert contradicting_figures(title, body) is None, body


def test_a_rate_of_the_finished_above_100_percent_is_inaccurate():
    text = "Đơn vị đã thi hành xong 12.430 việc, đạt tỷ lệ 125,9%, cao nhất từ trước đến nay."
    for title, body in both(text):
        found = contradicting_figures(title, body)
        assert found is not None and found.mention == "thi hanh xong 12.430 viec dat ty le 125,9%"
