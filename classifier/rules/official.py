"""(q) National results stated far from the official ones: the labelling guide's "uses figures that
contradict official ones", where the official figures are known (``classifier/data/
official_results.json``: the Government's report to the National Assembly for each enforcement
year; a year not listed is not checked).

A sentence is checked when it, or the one before, tells the national system ("toàn hệ thống",
"cả nước", "các cơ quan thi hành án dân sự") and a listed year ("năm 2025", "năm công tác 2025"),
and it (and the sentence before, when the national system is told there) tells no province,
office or partial period ("9 tháng", "quý", "trên địa bàn", "toàn tỉnh"), no comparison ("so với
năm 2025") and no target ("chỉ tiêu ... 51,9%"). Then:

- a rate achieved of cases or money ("tỷ lệ thi hành xong về tiền chỉ đạt 15,6%", "đạt 5,66% tổng
  số tiền có điều kiện") more than :data:`_RATE_TOLERANCE` points from the official rate;
- money recovered in corruption and economic cases ("thu hồi được hơn 2.700 tỷ đồng trong các vụ
  án ... tham nhũng, kinh tế") below half the official amount;
- the money done in the year ("chỉ thu được khoảng 15.000 tỷ đồng") below half the official
  amount, where the sentence tells no part of it (a kind of case, court fees, fines).

The text is :func:`classifier.rules.plain._plain`'s.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from classifier.rules.figures import _NUMBER, _number
from classifier.rules.plain import Signal, _plain

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "official_results.json"
_RATE_TOLERANCE = 2.0  # percentage points: rounding, a rate of another base

_NATIONAL = re.compile(
    r"\b(?:toan he thong|toan quoc|ca nuoc|toan nganh|tren ca nuoc|nganh thi hanh an(?: dan su)?"
    r"|cac co quan thi hanh an(?: dan su)?(?! hinh su)|he thong thi hanh an dan su)\b"
)
# ... of which these name the whole country; the others ("các cơ quan thi hành án dân sự") may be
# a province's, where the sentence before tells one ("... trên địa bàn tỉnh là 24.863 việc. Các
# cơ quan thi hành án dân sự đã thi hành xong 16.917 việc, đạt tỷ lệ 86,74%").
_COUNTRY = re.compile(r"\b(?:toan he thong|toan quoc|ca nuoc|toan nganh|tren ca nuoc)\b")
_YEAR = re.compile(r"\bnam (?:cong tac )?(?P<year>20\d\d)\b")
# A province, an office, a partial period, a comparison: not the year's national result.
# (without diacritics "tính" is "tinh": "Tính chung toàn hệ thống", "tính đến")
_NOT_NATIONAL_YEAR = re.compile(
    # (nor a level of the system, "bỏ cấp huyện", "mô hình Thi hành án dân sự tỉnh và các Phòng
    # Thi hành án dân sự khu vực": "tỉnh và", "cấp huyện", the offices in the plural name no place)
    r"\b(?:(?<!cap )tinh(?! (?:chung|den|tu|ra|theo|tren|gop|va))|thanh pho|tp"
    r"|(?<!cac phong thi hanh an dan su )khu vuc|(?<!cap )huyen|quy|nua dau"
    r"|nua nam|(?:\d+|mot|hai|ba|bon|sau|chin|muoi mot) thang|so voi (?:cung ky|nam)|cung ky"
    # (a province's own results: "toàn tỉnh", "trên địa bàn", "địa phương")
    r"|toan tinh|tren dia ban|dia phuong)\b"
)
# A rate achieved ("đạt 5,66%", "chỉ đạt 15,6%", "tương đương 48,2%", "tức chưa tới 6%"), what
# was done told as one ("chỉ thi hành xong khoảng 61% số việc", "thu được chưa đến 32% số tiền"),
# a rate told with a hedge ("tỷ lệ ... chỉ khoảng 61%"); not a target, not a change ("tăng 5%").
_HEDGE = r"(?:chi(?: dat| khoang| co)?|khoang|chua (?:toi|den)|duoi|gan|hon|tren|xap xi)"
_RATE = re.compile(
    rf"\b(?:(?:dat|tuong duong|bang|tuc(?: la)?)(?: ty le)?(?: {_HEDGE})?"
    rf"|(?:thi hanh xong|thu(?: hoi)?(?: duoc)?)(?: {_HEDGE})?) (?P<p>{_NUMBER}) ?%"
)
_HEDGED_RATE = re.compile(rf"\bty le(?: [^ .][^ ]*){{0,8}}? (?P<said>{_HEDGE} (?P<p>{_NUMBER}) ?%)")
# ... the unit right after the rate, which decides its kind ("61% số việc", "32% số tiền").
_UNIT_AFTER = re.compile(r" ?(?:tong )?(?:so |ve )(?P<unit>viec|tien)\b")
# Money done in the year ("chỉ thu được khoảng 15.000 tỷ đồng", "thi hành xong hơn 150.000 tỷ
# đồng"), not a part of it ("... trong các vụ án tín dụng", "từ các vụ án tham nhũng").
_MONEY_DONE = re.compile(
    rf"\b(?:thi hanh xong|thu(?: hoi)?(?: duoc)?)(?: {_HEDGE})? (?P<n>{_NUMBER}) ty dong\b"
    r"(?! (?:trong|tu|cua|thuoc|o|tai|doi voi)\b)"
)
_PART = re.compile(r"\b(?:tham nhung|kinh te|tin dung|ngan hang|vu an|an phi|tien phat)\b")
_TARGET = re.compile(r"\b(?:chi tieu|ke hoach|muc tieu|giao|phan dau|yeu cau)\b")
# ... in all corruption and economic cases ("trong các vụ án hình sự về tham nhũng, kinh tế"),
# not in one ("trong vụ án tham nhũng tại Công ty X")
_CORRUPTION = re.compile(
    rf"\bthu hoi (?:duoc )?(?:hon |gan |khoang |tren )?(?P<n>{_NUMBER}) ty dong"
    r"(?: [^ .][^ ]*){0,3}? cac vu(?: [^ .][^ ]*){0,6}? tham nhung\b"
)


@cache
def official_results() -> dict[str, dict[str, Any]]:
    """The official national results by enforcement year (``"2025"`` → figures)."""
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))["years"]


def _year(sentence: str, before: str) -> str | None:
    """The listed year the sentence (or the one before) tells, if it is about the national
    system's whole year."""
    if _NOT_NATIONAL_YEAR.search(sentence):
        return None
    # (the sentence before tells the national system only if it tells no province either: "Năm
    # 2025, các cơ quan thi hành án dân sự trên địa bàn tỉnh ... . Về tiền, đã thu trên 2.100 tỷ")
    local_before = _NOT_NATIONAL_YEAR.search(before) is not None
    if not (
        _COUNTRY.search(sentence)
        or (_NATIONAL.search(sentence) and not local_before)
        or (_NATIONAL.search(before) and not local_before)
    ):
        return None
    m = _YEAR.search(sentence) or _YEAR.search(before)
    if m is None or m.group("year") not in official_results():
        return None
    return m.group("year")


def _kind(words: list[str]) -> str | None:
    """Whether a rate is of money or of cases: the unit nearest before it ("150.060 tỷ đồng,
    đạt 56,62%", "về tiền chỉ đạt 15,6%"), else the first after it ("đạt 5,66% tổng số tiền")."""
    for w in words:
        if w in ("tien", "dong"):
            return "money_rate"
        if w == "viec":
            return "cases_rate"
    return None


def _rates(sentence: str) -> list[tuple[re.Match[str], str]]:
    """The rates the sentence states, in order, each with the words that state it."""
    found = {m.start("p"): (m, m.group(0)) for m in _RATE.finditer(sentence)}
    for m in _HEDGED_RATE.finditer(sentence):
        found.setdefault(m.start("p"), (m, m.group("said")))
    return [found[at] for at in sorted(found)]


def _against_official(plain: str) -> Signal | None:
    if "%" not in plain and "ty dong" not in plain:
        return None
    # (a paragraph break leaves an empty sentence: the one before is the last with words)
    sentences = [s for s in plain.split(" . ") if s.strip(" .")]
    for k, sentence in enumerate(sentences):
        year = _year(sentence, sentences[k - 1] if k else "")
        if year is None:
            continue
        official = official_results()[year]
        for m, said in _rates(sentence):
            head = sentence[: m.start("p")]
            if _TARGET.search(head):
                continue  # (a target told before the rate, or a rate told with one: skipped)
            unit = _UNIT_AFTER.match(sentence, m.end())
            if unit:
                kind = "cases_rate" if unit.group("unit") == "viec" else "money_rate"
            else:
                kind = _kind(head.split()[-14:][::-1] + sentence[m.end() :].split()[:6])
            if kind and abs(_number(m.group("p")) - official[kind]) > _RATE_TOLERANCE:
                return _signal(said, year)
        done = official.get("money_done_billion_dong")
        m = _MONEY_DONE.search(sentence)
        if m and done and not _PART.search(sentence) and _number(m.group("n")) < done / 2:
            return _signal(m.group(0), year)
        m = _CORRUPTION.search(sentence)
        least = official.get("corruption_recovered_billion_dong_at_least")
        if m and least and _number(m.group("n")) < least / 2:
            return _signal(m.group(0), year)
    return None


def _signal(mention: str, year: str) -> Signal:
    return Signal(
        "against_official_results",
        f"quy tắc: số liệu kết quả thi hành án dân sự toàn quốc năm {year} trong bài khác xa số "
        "liệu chính thức (báo cáo của Chính phủ trình Quốc hội)",
        mention,
        "inaccurate",
    )


def against_official_results(title: str, text: str, lead: str | None = None) -> Signal | None:
    """Signal (q): a year's national results stated far from the official ones."""
    return _against_official(_plain(title, text, lead))
