"""What the rule tests share: a date after the restructuring, the signal codes of an article,
an article both as written and typed without diacritics, and a long story on railway law with
one sentence naming civil enforcement (a mention in passing)."""

from __future__ import annotations

from datetime import datetime

from classifier.rules import signals
from text.normalize import strip_diacritics

AFTER = datetime(2026, 5, 5, 9, 0)


def codes(title: str, text: str) -> list[str]:
    return [s.code for s in signals(title, text, None, AFTER)]


def both(title: str, text: str) -> list[tuple[str, str]]:
    """The article as written, and typed without diacritics."""
    return [(title, text), (strip_diacritics(title), strip_diacritics(text))]


# About 1,900 characters on railway law, no word of civil enforcement.
RAILWAY = " ".join(
    [
        "Theo dự thảo Luật Đường sắt (sửa đổi), Nhà nước đầu tư kết cấu hạ tầng đường sắt quốc "
        "gia và giao cho doanh nghiệp quản lý, khai thác theo hợp đồng.",
        "Doanh nghiệp kinh doanh vận tải được bình đẳng tiếp cận hạ tầng, trả phí theo quy định.",
    ]
    * 8
)
RAILWAY_TITLE = "Sẽ tách quản lý hạ tầng đường sắt với kinh doanh vận tải"
# ... and one sentence naming civil enforcement.
ONCE = (
    " Quyết định của tòa án về việc bắt giữ tàu biển phải được chuyển cho cơ quan thi hành án dân "
    "sự để tổ chức thực hiện."
)
