"""The 2025 agency names the text models see (classifier.renaming)."""

from __future__ import annotations

import pytest

from classifier.models import corpus_rows, documents
from classifier.renaming import rename_agencies
from classifier.textprep import compose, prepare, prepare_many, strip_folded
from text.normalize import strip_diacritics


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Tổng cục THADS ban hành chỉ thị", "Cục Quản lý thi hành án dân sự ban hành chỉ thị"),
        (
            "Phó Tổng cục trưởng Tổng cục Thi hành án dân sự",
            "Phó Cục trưởng Cục Quản lý thi hành án dân sự",
        ),
        ("Cục THADS tỉnh Tây Ninh cho biết", "Thi hành án dân sự tỉnh Tây Ninh cho biết"),
        ("Cục Thi hành án dân sự TP. Hà Nội", "Thi hành án dân sự TP. Hà Nội"),
        ("Phòng Thi hành án tỉnh Sơn La", "Thi hành án dân sự tỉnh Sơn La"),
        ("Phòng THA cho biết", "Thi hành án dân sự tỉnh cho biết"),
        ("Chi cục THADS huyện Phú Hòa kê biên", "Phòng Thi hành án dân sự khu vực Phú Hòa kê biên"),
        ("Đội thi hành án quận 1 cưỡng chế", "Phòng Thi hành án dân sự khu vực 1 cưỡng chế"),
        (
            "Chi cục trưởng Chi cục THADS thị xã Sơn Tây",
            "Trưởng phòng Phòng Thi hành án dân sự khu vực Sơn Tây",
        ),
        ("Cục Thi hành án dân sự (Bộ Tư pháp)", "Cục Quản lý thi hành án dân sự (Bộ Tư pháp)"),
        ("CHI CỤC THI HÀNH ÁN DÂN SỰ QUẬN 3", "Phòng Thi hành án dân sự khu vực 3"),
        # typed without diacritics: the new name without them too
        ("Chi cuc thi hanh an dan su huyen Phu Hoa", "Phong Thi hanh an dan su khu vuc Phu Hoa"),
    ],
)
def test_old_names_become_the_2025_names(old: str, new: str) -> None:
    assert rename_agencies(compose(old, None, "")) == new


@pytest.mark.parametrize(
    "text",
    [
        "Cục Quản lý thi hành án dân sự tổng kết năm 2025",
        "Thi hành án dân sự tỉnh Đồng Nai phối hợp với Phòng Thi hành án dân sự khu vực 3",
        "Cơ quan thi hành án dân sự và chấp hành viên",
        "Cục trưởng Cục Cảnh sát giao thông; phòng họp; đội bóng thi đấu",
        "Trại giam thi hành án phạt tù",
    ],
)
def test_2025_names_and_other_words_are_kept(text: str) -> None:
    doc = compose(text, None, "")
    assert rename_agencies(doc) is doc


def test_renaming_twice_changes_nothing_more() -> None:
    rows = [r for r in corpus_rows() if r["relevant"] or r["hard_negative"]]
    docs = documents(rows)
    published = [compose(r["title"], r.get("lead"), r["text"]) for r in rows]
    assert sum(d != p for d, p in zip(docs, published, strict=True)) > 30
    assert [rename_agencies(d) for d in docs] == docs


def test_a_story_reads_the_same_with_old_or_new_names() -> None:
    old = "Chi cục THADS huyện Ba Vì chậm thi hành án; Cục THADS TP Hà Nội chỉ đạo xử lý"
    new = "Phòng THADS khu vực Ba Vì chậm thi hành án; Thi hành án dân sự TP Hà Nội chỉ đạo xử lý"
    assert prepare_many([rename_agencies(compose(old, None, ""))]) == [prepare(new, None, "")]
    bare = rename_agencies(compose(strip_diacritics(old), None, ""))
    assert strip_folded(*prepare_many([bare])) == strip_folded(prepare(new, None, ""))
