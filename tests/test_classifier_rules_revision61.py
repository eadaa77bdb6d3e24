"""Revision 61, both ways, on the words of the held-out sets 155, 156 and 158's stories it was
mended from after their scoring on revision 60, and on the look-alikes it must leave alone."""

from __future__ import annotations

from classifier.rules import officer_misconduct
from tests.rules_text import both, codes

MISSTATED = "misstated_law"


def test_a_store_is_no_harassment():
    title = "Ninh Bình: Phương án xử lý hơn 400 cơ sở nhà, đất dôi dư sau sắp xếp"
    store = "Trụ sở cũ được chuyển cho Phòng THADS khu vực sử dụng làm kho vật chứng."
    for t, x in both(title, store):
        assert officer_misconduct(t, x) is None, x
    for t, x in both(title, "Chấp hành viên Phòng THADS khu vực làm khó người dân."):
        assert officer_misconduct(t, x) is not None, x


def test_impostors_listed_before_the_office():
    title = "Cảnh báo giả danh chấp hành viên gọi điện yêu cầu chuyển tiền"
    scam = (
        "Theo Công an TP.HCM, thủ đoạn giả danh cơ quan tiến hành tố tụng, cơ quan thi hành án để "
        "chiếm đoạt tài sản đang có chiều hướng tăng."
    )
    for t, x in both(title, scam):
        assert officer_misconduct(t, x) is None, x
    told = "Người dân tố cơ quan thi hành án để chiếm đoạt tài sản của gia đình."
    for t, x in both("Người dân tố cơ quan thi hành án", told):
        assert officer_misconduct(t, x) is not None, x


def test_the_law_on_civil_enforcement_provides_the_exemption():
    title = "Không có tiền nộp án phí, có được miễn, giảm không?"
    law = (
        "Pháp luật về thi hành án dân sự có cơ chế xét miễn, giảm nghĩa vụ thi hành án đối với các "
        "khoản thu nộp ngân sách nhà nước."
    )
    for t, x in both(title, law):
        assert MISSTATED not in codes(t, x), x
    office = "Thi hành án dân sự tỉnh có quyền miễn, giảm án phí cho người nghèo."
    for t, x in both(title, office):
        assert MISSTATED in codes(t, x), x
