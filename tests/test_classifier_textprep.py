"""Text preparation: the fast fold and strip are exactly the shared text.normalize ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifier.textprep import compose, expand_abbreviations, fast_fold, prepare, strip_folded
from text.normalize import fold, strip_diacritics

CORPUS = Path(__file__).parents[1] / "classifier" / "data" / "labelled.jsonl"

TRICKY = [
    "Thanh Hoá hoà giải, uỷ ban, thuý, khoẻ, quý, HOÀ, Hoà",
    "xhoà1 hoà_x \u200bhoà a\u200b\u0301b",
    "Thi ha\u0300nh a\u0301n dân sự",  # NFD input
    "\ufeffChấp\u00a0hành viên\u00ad kê biên",
    "Đắk Lắk — TP.HCM; 1/7/2025",
    "",
]


def test_fast_fold_equals_fold_on_the_corpus_and_tricky_strings():
    texts = list(TRICKY)
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            texts.append(compose(r["title"], r["lead"], r["text"]))
    assert [fast_fold(t) for t in texts] == [fold(t) for t in texts]


@pytest.mark.parametrize("s", TRICKY + ["Điểm tin THADS: Cưỡng chế thi hành án ở Đồng Nai"])
def test_strip_folded_equals_strip_diacritics(s):
    assert strip_folded(fold(s)) == strip_diacritics(fold(s))


def test_prepare_joins_title_lead_text_folded():
    assert prepare("Kê Biên", None, "Nhà HOÀ") == "kê biên\nnhà hòa"
    assert prepare("A", "B", "C") == "a\nb\nc"


@pytest.mark.parametrize(
    "raw,expanded",
    [
        (
            "người được THA phải trả chi phí THA",
            "người được thi hành án phải trả chi phí thi hành án",
        ),
        ("Chi cục THA DS quận 1", "Chi cục thi hành án dân sự quận 1"),
        ("CHV Nguyễn Văn A kê biên nhà", "chấp hành viên Nguyễn Văn A kê biên nhà"),
        ("(THA) TAND THA", "(thi hành án) TAND thi hành án"),
        ("Chi cục THADS huyện Củ Chi", "Chi cục thi hành án dân sự huyện Củ Chi"),
        # an all-capitals headline: "THA" is "tha" (release)
        ("BỊ CÁO ĐƯỢC THA BỔNG", "BỊ CÁO ĐƯỢC THA BỔNG"),
        ("được tha bổng, thả tự do", "được tha bổng, thả tự do"),
    ],
)
def test_abbreviations_are_written_out(raw, expanded):
    assert expand_abbreviations(raw) == expanded
    assert compose(raw, None, "") == expanded
