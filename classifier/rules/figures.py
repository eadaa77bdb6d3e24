"""(n) Enforcement results whose own figures contradict each other: the labelling guide's
"uses figures that contradict official ones", where the story carries both figures.

- A rate of cases or money finished above 100% of what was to be enforced ("thi hành xong 3.702
  việc, đạt tỷ lệ 108,4% so với tổng số việc phải thi hành", "số việc thi hành xong vượt tổng số
  việc phải thi hành"): what is finished is part of what was to be enforced, so it cannot exceed
  it; so is a rate of the finished above 100% ("thi hành xong 12.430 việc, đạt tỷ lệ 125,9%").
  A rate above 100% of a target ("đạt 108% chỉ tiêu") is not one.
- A rate that its own figures do not give ("trong tổng số 4.000 việc có điều kiện, đã thi hành
  xong 3.200 việc, đạt tỷ lệ 92%"): 3.200 of 4.000 is 80%. Only where the rate's sentence states
  a base with its figure ("trong tổng số 4.000 việc"; not "đạt 85% số việc có điều kiện", whose
  figure is not told); then every figure told before the finished one, of its unit or of none,
  is a possible base (the total, the part "có điều kiện", told a few sentences back), and only
  when none gives the rate (to within rounding) is it wrong.

The text is :func:`classifier.rules.plain._plain`'s: diacritic-free, folded, commas other than a
decimal comma gone, sentence ends as " . ".
"""

from __future__ import annotations

import re

from classifier.rules.plain import Signal

_NUMBER = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
# Units of a figure, with what they multiply (money in đồng).
_UNITS = {
    "viec": ("viec", 1.0),
    "nghin ty dong": ("dong", 1e12),
    "ngan ty dong": ("dong", 1e12),
    "ty dong": ("dong", 1e9),
    "trieu dong": ("dong", 1e6),
    "dong": ("dong", 1.0),
    "nghin ty": ("dong", 1e12),
    "ngan ty": ("dong", 1e12),
    "ty": ("dong", 1e9),
    "trieu": ("dong", 1e6),
}
_UNIT = "(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")"
# Any figure (not a rate): a figure without a unit may be a base too ("có điều kiện 4.000, đã
# thi hành xong 3.200 việc").
_FIGURE = re.compile(rf"(?<![\d.,/])(?P<n>{_NUMBER})(?![\d%]| %)(?: (?P<u>{_UNIT})\b)?")

# Finished, then its rate ("đã thi hành xong 3.200 việc, đạt tỷ lệ 92%"; "thu được 850 tỷ đồng,
# bằng 58%"; "thi hành xong 9.130 việc trên tổng số 12.460 việc có điều kiện thi hành, đạt tỷ lệ
# 93,2%"), not a rate of a target or a change ("đạt 92% kế hoạch", "tăng 5% so với cùng kỳ").
_RATE = re.compile(
    rf"\b(?:thi hanh xong|thi hanh duoc|thu duoc|thu ve) (?:duoc )?(?:tong cong |hon |gan )?"
    rf"(?P<n>{_NUMBER}) (?P<u>{_UNIT})\b(?: [^ .][^ ]*){{0,10}}?"
    rf" (?:dat|bang|chiem) (?:ty le |muc )?(?P<p>{_NUMBER}) ?%"
    r"(?! (?:chi tieu|ke hoach|muc tieu|du toan|nhiem vu|so voi|cung ky|nam truoc))"
)
# A rate told against the whole to be enforced ("108,4% so với tổng số việc phải thi hành"), or
# the finished said to exceed it.
_OVER_WHOLE = re.compile(
    rf"\b(?P<p>{_NUMBER}) ?% (?:so voi )?(?:tong )?so (?:viec |tien )?(?:phai thi hanh"
    r"|co dieu kien thi hanh|thu ly)\b"
    r"|\b(?:so viec |so tien )?(?:da )?thi hanh xong(?: [^ .][^ ]*){0,3}? vuot"
    r" (?:ca |qua )?(?:tong )?so (?:viec |tien )?(?:phai thi hanh|co dieu kien thi hanh|thu ly)\b"
)
# The base stated with its figure in the sentence of the rate or the one before (a ";" ends a
# sentence of _plain): "trong tổng số 4.000 việc có điều kiện", "có điều kiện thi hành là 4.000
# việc", "có 12.460 việc có điều kiện thi hành".
_STATED_BASE = re.compile(
    rf"\b(?:tong so|trong so|tren|co dieu kien(?: thi hanh)?(?: la)?) (?:hon |gan )?{_NUMBER}"
    rf"(?: (?P<u>{_UNIT}))?\b"
    rf"|\b{_NUMBER} (?:(?P<u2>{_UNIT}) )?co dieu kien\b"
)
# The measure a rate is told of, right after it ("đạt 41,2% về tiền", "68,3% về việc").
_MEASURE_AFTER = re.compile(r" (?:ve|tinh theo|theo) (tien|viec)\b")
_WORDS = ("thi hanh xong", "thu duoc", "thu ve", "thi hanh duoc")
_TOLERANCE = 1.5  # percentage points: rounding, a rate truncated


def _number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def _amount(n: str, unit: str) -> tuple[str, float]:
    kind, factor = _UNITS[unit]
    return kind, _number(n) * factor


def _stated_base(plain: str, m: re.Match[str], kind: str) -> bool:
    """Whether a base is stated with its figure in the rate's sentence (its unit, if told, of
    the rate's kind), or in the sentence before with a unit of that kind (not the cases' base
    before "Về tiền, đã thi hành xong ... tỷ đồng, đạt 48,2%")."""
    start = plain.rfind(" . ", 0, m.start()) + 1
    before = plain.rfind(" . ", 0, start) + 1
    for b in _STATED_BASE.finditer(plain, before, m.start("p")):
        if b.start() == m.start("n"):
            continue  # (the finished figure itself, "thi hành xong 287 việc có điều kiện, đạt
            # 97,4%": the cases with means are its kind, their number not told)
        unit = b.group("u") or b.group("u2")
        if (unit is not None and _UNITS[unit][0] == kind) or (unit is None and b.start() >= start):
            return True
    return False


def _rate_contradicted(plain: str, m: re.Match[str]) -> bool:
    kind, done = _amount(m.group("n"), m.group("u"))
    rate = _number(m.group("p"))
    if not _stated_base(plain, m, kind):
        return False  # (the base is named without its figure: "85% số việc có điều kiện")
    # (every figure told before is a possible base: it may be a few sentences back, or between
    # the finished and its rate)
    bases = [
        amount
        for f in _FIGURE.finditer(plain, 0, m.start("p"))
        if f.start() != m.start("n")
        for k, amount in (_amount(f.group("n"), f.group("u") or m.group("u")),)
        if k == kind and amount > 0
    ]
    if not bases or done <= 0:
        return False
    return all(abs(100 * done / base - rate) > _TOLERANCE for base in bases)


def _contradicting_figures(plain: str) -> Signal | None:
    """Signal (n) on the plain text of an article
    (:func:`classifier.rules.contradicting_figures`)."""
    if not any(w in plain for w in _WORDS):
        return None  # (both checks need a figure finished)
    for m in _OVER_WHOLE.finditer(plain):
        if m.group("p") is None or _number(m.group("p")) > 100:
            return _signal(m.group(0))
    for m in _RATE.finditer(plain):
        if _other_measure(plain, m):
            continue
        # (a rate of what was finished above 100%: "thi hành xong 12.430 việc, đạt tỷ lệ 125,9%";
        # not of money collected, "thu được ..., đạt 105%", which may be of an estimate)
        above = _number(m.group("p")) > 100 and m.group(0).startswith("thi hanh")
        if above or _rate_contradicted(plain, m):
            return _signal(m.group(0))
    return None


def _other_measure(plain: str, m: re.Match[str]) -> bool:
    """Whether the rate of ``m`` is of the other measure than its finished figure: told so
    ("thi hành xong 4.912 việc, với số tiền hơn 412 tỷ đồng, đạt 41,2% về tiền"), or a figure
    of the other kind told between them, the rate's nearest."""
    kind = _UNITS[m.group("u")][0]
    told = _MEASURE_AFTER.match(plain, m.end())
    if told is not None:
        return ("dong" if told.group(1) == "tien" else "viec") != kind
    between = [
        f.group("u")
        for f in _FIGURE.finditer(plain, m.end("u"), m.start("p"))
        if f.group("u") is not None
    ]
    return bool(between) and _UNITS[between[-1]][0] != kind


def _signal(mention: str) -> Signal:
    return Signal(
        "contradicting_figures",
        "quy tắc: số liệu kết quả thi hành án trong bài tự mâu thuẫn (tỷ lệ không khớp với số "
        "việc, số tiền nêu trong bài, hoặc số thi hành xong vượt tổng số phải thi hành)",
        mention,
        "inaccurate",
    )
