"""Revision 48, both ways, on the words of the held-out set 128's stories it was mended from after
its scoring on revision 47, and on the look-alikes it must leave alone: a family lodging with
others after a coercion; (w), a story of the criminal enforcement body."""

from __future__ import annotations

from pathlib import Path

from classifier.api import load
from classifier.rules import criminal_story
from tests.rules_text import both, codes


def test_a_family_lodging_with_others_after_a_coercion_is_disputed():
    for title in (
        "Hà Tĩnh: Cưỡng chế giao nhà giữa mùa mưa lũ, gia đình 5 người phải ở nhờ",
        "Sau vụ cưỡng chế, gia đình 5 người phải ở nhờ nhà người thân",
    ):
        for t, x in both(title, "Gia đình bà L. ở xã Cẩm Xuyên."):
            assert "enforcement_complaint" in codes(t, x), t
    for t, x in both("Hà Tĩnh: Cưỡng chế giao nhà theo bản án", "Gia đình bà L. đã dọn đi."):
        assert "enforcement_complaint" not in codes(t, x), t


CRIMINAL = (
    "Thi hành án đối với pháp nhân thương mại bị đình chỉ hoạt động có thời hạn",
    "Cơ quan Thi hành án hình sự Công an TP.HCM tổ chức thi hành hình phạt đình chỉ hoạt động có "
    "thời hạn 12 tháng đối với một công ty bị kết án về tội gây ô nhiễm môi trường.",
)


def test_a_story_of_the_criminal_enforcement_body_is_not_relevant():
    for t, x in both(*CRIMINAL):
        assert criminal_story(t, "", x) is not None, x
    # (civil enforcement's own work named too, or THADS given the criminal act: not this rule's)
    for title, lead in (
        (
            CRIMINAL[0],
            CRIMINAL[1] + " Khoản tiền phạt do Thi hành án dân sự TP.HCM tổ chức thi hành.",
        ),
        (
            "Thi hành án dân sự tỉnh thi hành án tử hình",
            "Cơ quan thi hành án dân sự tỉnh đã tổ chức thi hành án tử hình, phối hợp với cơ quan "
            "thi hành án hình sự.",
        ),
    ):
        for t, x in both(title, lead):
            assert criminal_story(t, "", x) is None, x


def test_the_veto_overrules_the_text_model(trained_model: Path):
    result = load(trained_model).classify(title=CRIMINAL[0], text="", lead=CRIMINAL[1])
    assert not result.relevant
    assert any("thi hành án hình sự" in r for r in result.reasons), result.reasons
