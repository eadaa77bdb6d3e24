"""Rule (q): a year's national results stated far from the official ones, both ways, with and
without diacritics; the official figures are data."""

from __future__ import annotations

from datetime import datetime

import pytest

from classifier.rules import against_official_results, decide, signals
from classifier.rules.official import official_results
from text.normalize import strip_diacritics

WHEN = datetime(2026, 3, 2, 8, 0)
TITLE = "Thi hành án dân sự năm 2025: nhìn lại một năm"


def both(text: str) -> list[tuple[str, str]]:
    return [(TITLE, text), (strip_diacritics(TITLE), strip_diacritics(text))]


def test_the_official_figures_are_data():
    year = official_results()["2025"]
    assert year["cases_rate"] == 84.27 and year["money_rate"] == 56.62
    assert year["sources"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a money rate a tenth of the official one
        (
            "Năm 2025, toàn hệ thống thi hành án dân sự chỉ thi hành xong hơn 15.000 tỷ đồng, đạt "
            "5,66% tổng số tiền có điều kiện thi hành.",
            "dat 5,66%",
        ),
        # the year and the system in the sentence before; the target after the rate
        (
            "Theo báo cáo của Chính phủ, năm 2025 các cơ quan thi hành án dân sự gặp nhiều khó "
            "khăn. Tính chung toàn hệ thống, tỷ lệ thi hành xong về tiền chỉ đạt 15,6%, thấp xa "
            "so với chỉ tiêu 51,9% mà Quốc hội giao.",
            "dat 15,6%",
        ),
        # a cases rate
        (
            "Về việc, năm 2025 cả nước thi hành xong khoảng 57.600 việc, tương đương 48,2% số việc "
            "có điều kiện.",
            "tuong duong 48,2%",
        ),
        # corruption recoveries a tenth of the official amount
        (
            "Năm 2025, các cơ quan thi hành án dân sự chỉ thu hồi được hơn 2.700 tỷ đồng trong "
            "các vụ án hình sự về tham nhũng, kinh tế.",
            "thu hoi duoc hon 2.700 ty dong trong cac vu an hinh su ve tham nhung",
        ),
        # the agency named as a trade; a rate told with a hedge after "tức"
        (
            "Năm 2025, ngành thi hành án dân sự thu tiền rất chậm, tức chưa tới 6% số tiền phải "
            "thi hành.",
            "tuc chua toi 6%",
        ),
        # what was done told as rates, each with its unit after
        (
            "Năm công tác 2025, toàn hệ thống chỉ thi hành xong khoảng 61% số việc có điều kiện "
            "thi hành và thu được chưa đến 32% số tiền có điều kiện.",
            "thi hanh xong khoang 61%",
        ),
        # a rate told after "tỷ lệ" with a hedge, the year and the system in the sentence before
        (
            "Theo tổng kết năm 2025, toàn hệ thống gặp khó. Về việc, tỷ lệ thi hành xong trên số "
            "có điều kiện chỉ khoảng 61%.",
            "chi khoang 61%",
        ),
        # the money done, a tenth of the official amount
        (
            "Năm 2025, ngành thi hành án dân sự chỉ thu được khoảng 15.000 tỷ đồng.",
            "thu duoc khoang 15.000 ty dong",
        ),
    ],
)
def test_national_results_far_from_the_official_ones_are_inaccurate(text, mention):
    for title, body in both(text):
        found = against_official_results(title, body)
        assert found is not None, body
        assert found.mention == mention and found.label == "inaccurate"
        assert "năm 2025" in found.reason
        fired = signals(title, body, None, WHEN)
        assert decide("positive", fired) == "inaccurate"


@pytest.mark.parametrize(
    "text",
    [
        # the official figures, each rate after its own unit
        "Năm 2025, toàn hệ thống đã thi hành xong 576.884 việc, đạt tỷ lệ 84,27%, và hơn 150.060 "
        "tỷ đồng, đạt 56,62%, vượt chỉ tiêu Quốc hội giao (83,9% về việc và 51,9% về tiền).",
        # rounded
        "Năm 2025, cả nước thi hành xong về tiền đạt 56,6%.",
        # a province, a partial period, a comparison, a target
        "Năm 2025, Thi hành án dân sự tỉnh Nghệ An thi hành xong về tiền đạt 35,2%.",
        "9 tháng năm 2025, toàn hệ thống thi hành xong về tiền đạt 31,4%.",
        "Năm 2026, toàn hệ thống thi hành xong về tiền đạt 60,1%, tăng so với năm 2025.",
        "Năm 2025, Quốc hội giao chỉ tiêu toàn hệ thống thi hành xong về tiền đạt 51,9%.",
        # a year with no official figures listed
        "Năm 2026, toàn hệ thống thi hành xong về tiền đạt 20,5%.",
        # recoveries in one case, not in all
        "Năm 2025, các cơ quan thi hành án dân sự thu hồi được 2.700 tỷ đồng trong vụ án tham "
        "nhũng tại Công ty X.",
        # a change, not a rate; the official money; a part of the money
        "Năm 2025, toàn hệ thống có số việc phải thi hành tăng khoảng 5%.",
        "Năm 2025, toàn hệ thống thu hơn 150.060 tỷ đồng.",
        "Năm 2025, toàn hệ thống thu được 15.000 tỷ đồng trong các vụ án tín dụng, ngân hàng.",
        "Năm 2025, toàn hệ thống thu được 9.000 tỷ đồng từ các khoản án phí.",
    ],
)
def test_official_figures_or_results_not_of_the_national_year_are_not_checked(text):
    for title, body in both(text):
        assert against_official_results(title, body) is None, body


def test_a_province_s_year_told_in_the_sentence_before_is_not_national():
    text = (
        "Năm 2025, các cơ quan thi hành án dân sự trên địa bàn tỉnh Đồng Nai thi hành xong 20.000 "
        "việc. Về tiền, đã thu trên 2.100 tỷ đồng."
    )
    for t, x in both(text):
        assert against_official_results(t, x) is None, x
    national = (
        "Năm 2025, toàn hệ thống thi hành án dân sự đạt kết quả tốt. Về tiền, chỉ thu được khoảng "
        "15.000 tỷ đồng."
    )
    for t, x in both(national):
        assert against_official_results(t, x) is not None, x


def test_the_year_told_before_a_paragraph_break_is_the_rate_s_year():
    text = (
        "Năm công tác 2025 là năm có nhiều biến động đối với hệ thống thi hành án dân sự.\n\n"
        "Theo số liệu tổng hợp, trong năm, toàn hệ thống chỉ thi hành xong khoảng 61,3% số việc có "
        "điều kiện thi hành."
    )
    for title, body in both(text):
        found = against_official_results(title, body)
        assert found is not None and "năm 2025" in found.reason, body
    # ... and a province's year across the break is still not the nation's
    province = text.replace("toàn hệ thống", "toàn tỉnh")
    for title, body in both(province):
        assert against_official_results(title, body) is None, body
