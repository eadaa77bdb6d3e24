"""A stored day for the digest tests: articles across outlets and stories, classifications, a
relabel and real workflow cases (open, overdue, closed within the window).

The digest of :data:`DAY` (Thursday 26/11/2026) covers 25/11 07:00 → 26/11 07:00 (Vietnam).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.orm import Session

import config
from classifier.provinces import office_for
from classifier.result import LABELS
from storage.articles import store_article
from storage.classifications import record_relabel, save_classification
from storage.models import LOCAL_TZ, Article
from storage.records import ArticleRecord

DAY = datetime(2026, 11, 26).date()
BUILT_AT = datetime(2026, 11, 26, 7, 30, tzinfo=LOCAL_TZ)
HOSTILE_TITLE = '<script>alert("x")</script> Cưỡng chế <b>sai</b> & "trái luật" ở Tây Ninh'
HOSTILE_OUTLET = "tin<img src=x onerror=alert(1)>"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=LOCAL_TZ)


# Distinct bodies (far apart in SimHash) so that each topic is its own story.
BODIES = {
    "cuong-che": (
        "Ngày 24/11, Thi hành án dân sự tỉnh Tây Ninh tổ chức cưỡng chế kê biên căn nhà của ông "
        "Nguyễn Văn Hải theo bản án phúc thẩm. Người dân phản ánh chấp hành viên kê biên cả phần "
        "đất không thuộc diện thi hành án, gây thiệt hại khoảng 2 tỷ đồng. Gia đình đã gửi đơn "
        "khiếu nại nhưng sau hai tháng vẫn chưa được trả lời. Đại diện cơ quan thi hành án cho "
        "biết sẽ kiểm tra lại hồ sơ và báo cáo kết quả."
    ),
    "sai-luat": (
        "Bài viết cho rằng Cục Quản lý thi hành án dân sự trực tiếp thi hành án tử hình và quản "
        "lý các trại giam trên địa bàn Hà Nội. Theo bài báo, năm 2026 cơ quan này đã thi hành "
        "hơn 500 bản án hình sự. Các số liệu được nêu không trích dẫn nguồn chính thức nào. Tác "
        "giả kêu gọi sửa Luật Thi hành án dân sự để tăng thẩm quyền cho chấp hành viên."
    ),
    "thu-hoi": (
        "Thi hành án dân sự Thành phố Hồ Chí Minh thu hồi hơn 3.000 tỷ đồng trong các vụ án "
        "kinh tế, tham nhũng trong mười một tháng năm 2026, vượt chỉ tiêu được giao. Nhiều vụ "
        "việc phức tạp kéo dài được giải quyết dứt điểm nhờ phối hợp tốt với ngân hàng. Lãnh đạo "
        "đơn vị khen thưởng các chấp hành viên có thành tích xuất sắc."
    ),
    "dau-gia": (
        "Thông báo về việc bán đấu giá tài sản thi hành án: quyền sử dụng đất diện tích 120 mét "
        "vuông tại xã Tân Phú, tỉnh Đồng Nai. Giá khởi điểm 1,2 tỷ đồng. Người có nhu cầu đăng "
        "ký tại tổ chức đấu giá tài sản trước ngày 10/12/2026."
    ),
    "ngoai-ky": (
        "Hội nghị trực tuyến tổng kết công tác thi hành án dân sự quý IV được tổ chức tại Hà "
        "Nội với sự tham gia của 34 tỉnh, thành phố. Các đại biểu thảo luận phương hướng năm "
        "2027 và các chỉ tiêu về việc, về tiền."
    ),
    "toa-an": (
        "Tòa án nhân dân tối cao tổ chức hội nghị tập huấn xét xử các vụ án hình sự về ma túy "
        "cho thẩm phán các tỉnh phía Nam. Nội dung tập trung vào áp dụng pháp luật về tình tiết "
        "giảm nhẹ và án treo."
    ),
    "chua-phan-loai": (
        "Sở Tư pháp tỉnh Nghệ An tổ chức kiểm tra công tác chứng thực tại các xã trong tháng 11. "
        "Đoàn kiểm tra ghi nhận nhiều chuyển biến tích cực về thủ tục hành chính."
    ),
    "gan-lai": (
        "Bạn đọc phản ánh việc trả lại tiền thi hành án cho người được thi hành án tại tỉnh "
        "Quảng Ngãi chậm gần một năm dù đã có quyết định. Đơn vị liên quan chưa có văn bản trả "
        "lời chính thức."
    ),
    "cu": (
        "Vụ kê biên nhà xưởng của công ty may tại tỉnh Bắc Ninh được hoàn tất sau ba lần hoãn. "
        "Chấp hành viên đã bàn giao tài sản cho người mua trúng đấu giá vào đầu tháng 10."
    ),
}


@dataclass
class Seeded:
    """Ids of what :func:`seed` stored, by role in the tests."""

    ids: dict[str, int] = field(default_factory=dict)
    cases: dict[str, str] = field(default_factory=dict)  # role → case code


def record(
    outlet: str,
    slug: str,
    body: str,
    title: str,
    published: datetime | None,
    fetched: datetime | None = None,
    lead: str | None = None,
) -> ArticleRecord:
    url = f"https://{outlet}.example.vn/{slug}.html"
    return ArticleRecord(
        url=url,
        canonical_url=url,
        outlet=outlet,
        title=title,
        lead=lead,
        text=body,
        author="Minh Anh",
        section="Pháp luật",
        published_at=published,
        fetched_at=fetched or published or at(25, 12),
        extraction_route="selectors",
        raw_html=f"<html><body><p>{slug}</p></body></html>".encode(),
        raw_encoding="utf-8",
        http_status=200,
    )


def classify(
    session: Session,
    article_id: int,
    label: str | None,
    confidence: float = 0.9,
    relevance: float = 0.95,
    province: str | None = "Tỉnh Tây Ninh",
    reasons: tuple[str, ...] = ('từ khóa: "kê biên"', "quy tắc: phản ánh tiêu cực"),
) -> None:
    scores = {}
    if label is not None:
        rest = (1.0 - confidence) / (len(LABELS) - 1)
        scores = {name: (confidence if name == label else rest) for name in LABELS}
    place = province if label else None
    fields = {
        "relevant": label is not None,
        "relevance_score": relevance,
        "label": label,
        "label_scores": scores,
        "province": place,
        "office": office_for(place) if place else None,
        "reasons": reasons if label else (),
    }
    save_classification(session, article_id, fields, "test-model")


def store(session: Session, rec: ArticleRecord) -> int:
    return store_article(session, rec, near_bits=3).article_id


def seed(session: Session, *, cases: bool = True) -> Seeded:
    """Store the day (see the module doc) and, with ``cases``, its workflow cases."""
    out = Seeded()
    ids = out.ids
    b = BODIES
    # S1: needs_correction, three outlets (one copy published before the window).
    ids["s1_tuoitre"] = store(
        session, record("tuoitre", "cuong-che", b["cuong-che"], "Kê biên nhầm đất", at(24, 20))
    )
    ids["s1_main"] = store(
        session,
        record(
            "baophapluat",
            "cuong-che",
            b["cuong-che"],
            HOSTILE_TITLE,
            at(25, 9),
            lead="(PLVN) - Người dân Tây Ninh phản ánh việc kê biên nhầm đất.",
        ),
    )
    ids["s1_vnexpress"] = store(
        session, record("vnexpress", "cuong-che", b["cuong-che"], "Kê biên nhầm?", at(25, 10))
    )
    classify(session, ids["s1_tuoitre"], "needs_correction", 0.6)
    classify(session, ids["s1_main"], "needs_correction", 0.9)
    classify(session, ids["s1_vnexpress"], "needs_correction", 0.7)
    # S2: inaccurate, high confidence (an urgent alert), a hostile outlet name.
    ids["s2"] = store(
        session,
        record(HOSTILE_OUTLET, "sai-luat", b["sai-luat"], "THADS thi hành án tử hình?", at(25, 15)),
    )
    classify(session, ids["s2"], "inaccurate", 0.88, relevance=0.97, province="Thành phố Hà Nội")
    # S3: positive, at the last minute of the window.
    ids["s3"] = store(
        session,
        record("dantri", "thu-hoi", b["thu-hoi"], "Thu hồi hơn 3.000 tỷ đồng", at(26, 6, 59)),
    )
    classify(session, ids["s3"], "positive", 0.8, province="Thành phố Hồ Chí Minh")
    # S4: neutral, undated: counted by its fetch time.
    ids["s4"] = store(
        session,
        record("laodong", "dau-gia", b["dau-gia"], "Thông báo đấu giá", None, fetched=at(25, 8)),
    )
    classify(session, ids["s4"], "neutral", 0.7, province="Tỉnh Đồng Nai")
    # S5: neutral, exactly at the end of the window: tomorrow's digest.
    ids["s5"] = store(
        session, record("nhandan", "ngoai-ky", b["ngoai-ky"], "Hội nghị quý IV", at(26, 7))
    )
    classify(session, ids["s5"], "neutral", 0.7, province=None)
    # S6: not THADS, close to it (related context).
    ids["s6"] = store(
        session, record("vov", "toa-an", b["toa-an"], "Tập huấn xét xử án ma túy", at(25, 12))
    )
    classify(session, ids["s6"], None, relevance=0.4)
    # S7: stored but not classified yet.
    ids["s7"] = store(
        session,
        record(
            "baotintuc", "chua-phan-loai", b["chua-phan-loai"], "Kiểm tra chứng thực", at(25, 13)
        ),
    )
    # S8: the model says positive, a person relabels it needs_correction in another province.
    ids["s8"] = store(
        session,
        record("thanhnien", "gan-lai", b["gan-lai"], "Chậm trả tiền thi hành án", at(25, 16)),
    )
    classify(session, ids["s8"], "positive", 0.55)
    record_relabel(
        session,
        ids["s8"],
        "Trần Thị Bình",
        relevant=True,
        label="needs_correction",
        province="Tỉnh Quảng Ngãi",
    )
    # An older story whose case closes within the window.
    ids["old"] = store(session, record("plo", "cu", b["cu"], "Kê biên nhà xưởng", at(10, 9)))
    classify(session, ids["old"], "needs_correction", 0.9, province="Tỉnh Bắc Ninh")
    if cases:
        _cases(session, out)
    return out


def _cases(session: Session, out: Seeded) -> None:
    from workflow.cases import advance, open_case
    from workflow.users import add_user

    add_user(session, "lan", role="member", full_name="Nguyễn Thị Lan")
    add_user(session, "hung", role="leader", full_name="Lê Văn Hùng")
    s1 = open_case(session, out.ids["s1_main"], by="lan", now=at(25, 11))
    advance(session, s1, "triaged", by="lan", now=at(25, 14))
    out.cases["s1"] = s1.code
    # Opened on 25/11 and not triaged by closing time (17:00): overdue the next morning.
    late = open_case(session, out.ids["s8"], by="lan", now=at(25, 16, 30))
    out.cases["late"] = late.code
    # Closed within the window (dismissed by a leader on 25/11).
    old = open_case(session, out.ids["old"], by="lan", now=at(11, 9))
    advance(session, old, "dismissed", by="hung", note="Đã xử lý xong từ trước.", now=at(25, 17))
    out.cases["closed"] = old.code


def mail_settings(tmp_path: Path, **overrides: object) -> config.Settings:
    """Settings of the sending tests: a data folder under ``tmp_path``, a sender the test SMTP
    server accepts, short timeouts; ``overrides`` (recipients, SMTP server, retries) on top."""
    values: dict[str, object] = {
        "data_dir": str(tmp_path / "var"),
        "mail_from": "diemtin@baophapluat.vn",
        "smtp_timeout": 5,
        "web_base_url": "https://diemtin.example.vn",
    }
    values.update(overrides)
    return config.load({}, **values)


def make_url_hostile(session: Session, article_id: int, url: str) -> None:
    """Stored URLs are canonical http(s); a hostile one is written directly, as if a parser let
    it through, to prove it is never rendered as a link."""
    session.execute(update(Article).where(Article.id == article_id).values(canonical_url=url))
    session.commit()
