"""Selection and context of a day's digest from the database (SQLite and PostgreSQL): window,
one item per story, assessment with relabels, sections, counts, cases and the workflow section."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

import config
from digest.build import build_context
from digest.context import DigestContext, DigestItem
from tests.support.digest_data import BUILT_AT, DAY, HOSTILE_OUTLET, HOSTILE_TITLE, Seeded, seed

pytestmark = pytest.mark.postgres


@pytest.fixture
def settings() -> config.Settings:
    return config.load({}, web_base_url="https://diemtin.example.vn/app/")


@pytest.fixture
def seeded(engine: Engine) -> Seeded:
    with Session(engine) as session:
        return seed(session)


def build(engine: Engine, settings: config.Settings) -> DigestContext:
    with Session(engine) as session:
        return build_context(session, settings, DAY, now=BUILT_AT)


def by_title(context: DigestContext, fragment: str) -> DigestItem:
    (item,) = [i for i in context.appendix if fragment in i.title]
    return item


def test_items_of_the_window_one_per_story_in_section_order(
    engine: Engine, settings: config.Settings, seeded: Seeded
) -> None:
    d = build(engine, settings)
    titles = [i.title for i in d.appendix]
    # inaccurate first, then needs_correction (most republished first), positive, neutral
    assert titles == [
        "THADS thi hành án tử hình?",
        HOSTILE_TITLE,
        "Chậm trả tiền thi hành án",
        "Thu hồi hơn 3.000 tỷ đồng",
        "Thông báo đấu giá",
    ]
    assert [i.number for i in d.appendix] == [1, 2, 3, 4, 5]
    assert [i.label for i in d.action_items] == ["inaccurate", "needs_correction"] * 1 + [
        "needs_correction"
    ]
    assert [i.title for i in d.positive_items] == ["Thu hồi hơn 3.000 tỷ đồng"]
    assert [i.title for i in d.neutral_items] == ["Thông báo đấu giá"]
    assert d.item_count == 5
    assert d.article_count == 6  # two copies of the first story are in the window
    assert d.unclassified_count == 1
    # published exactly at the window's end: tomorrow's digest
    assert "Hội nghị quý IV" not in titles


def test_syndicated_copies_make_one_item_with_every_outlet(
    engine: Engine, settings: config.Settings, seeded: Seeded
) -> None:
    item = by_title(build(engine, settings), "Cưỡng chế")
    assert item.outlet == "baophapluat"  # the copy with the highest confidence
    assert set(item.republished_by) == {"tuoitre", "vnexpress"}  # tuoitre's copy is older
    assert item.republished_count == 2
    assert item.confidence == "90%"
    assert item.label_name == "Cần phản hồi, đính chính"
    assert item.action == "Yêu cầu địa phương xác minh, báo cáo"
    assert item.published == "25/11/2026 09:00"
    assert item.summary.startswith("Người dân Tây Ninh phản ánh việc kê biên nhầm đất.")
    assert "(PLVN)" not in item.summary
    assert item.province == "Tỉnh Tây Ninh"
    assert item.office == "Thi hành án dân sự tỉnh Tây Ninh"
    assert item.reasons == ('từ khóa: "kê biên"', "quy tắc: phản ánh tiêu cực")
    assert item.web_url == f"https://diemtin.example.vn/app/articles/{seeded.ids['s1_main']}"
    assert item.link == "https://baophapluat.example.vn/cuong-che.html"


def test_inaccurate_item_proposes_a_correction(
    engine: Engine, settings: config.Settings, seeded: Seeded
) -> None:
    item = by_title(build(engine, settings), "tử hình")
    assert item.label == "inaccurate" and item.label_name == "Sai sự thật"
    assert item.action == "Đề nghị cải chính"
    assert item.outlet == HOSTILE_OUTLET  # raw here; the HTML template escapes it
    assert item.case is None


def test_undated_article_counts_by_fetch_time_and_says_so(
    engine: Engine, settings: config.Settings, seeded: Seeded
) -> None:
    item = by_title(build(engine, settings), "đấu giá")
    assert item.published == "25/11/2026 08:00 (thời điểm thu thập)"


def test_a_persons_relabel_wins_over_the_model(
    engine: Engine, settings: config.Settings, seeded: Seeded
) -> None:
    item = by_title(build(engine, settings), "Chậm trả tiền")
    assert item.label == "needs_correction"
    assert item.province == "Tỉnh Quảng Ngãi"
    assert item.office == "Thi hành án dân sự tỉnh Quảng Ngãi"
    assert item.reasons == ("Đánh giá do Trần Thị Bình xác định",)
    assert item.confidence == "100%"


def test_counts_by_assessment_and_outlet(
    engine: Engine, settings: config.Settings, seeded: Seeded
) -> None:
    d = build(engine, settings)
    assert [(c.name, c.count) for c in d.by_assessment] == [
        ("Sai sự thật", 1),
        ("Cần phản hồi, đính chính", 2),
        ("Tích cực", 1),
        ("Trung tính", 1),
    ]
    counts = {c.name: c.count for c in d.by_outlet}
    assert counts == {
        "baophapluat": 1,
        "vnexpress": 1,
        HOSTILE_OUTLET: 1,
        "dantri": 1,
        "laodong": 1,
        "thanhnien": 1,
    }


def test_related_context_is_off_by_default_and_lists_near_misses_when_on(
    engine: Engine, settings: config.Settings, seeded: Seeded
) -> None:
    assert build(engine, settings).related_items == ()
    d = build(engine, settings.replace(digest_related_context=True))
    assert d.related_enabled
    assert [r.title for r in d.related_items] == ["Tập huấn xét xử án ma túy"]


def test_cases_and_workflow_section_come_from_the_case_records(
    engine: Engine, settings: config.Settings, seeded: Seeded
) -> None:
    d = build(engine, settings)
    item = by_title(d, "Cưỡng chế")
    assert item.case is not None
    assert item.case.code == seeded.cases["s1"]
    assert item.case.state_name == "Đã sàng lọc"
    assert item.case.web_url.startswith("https://diemtin.example.vn/app/cases/")
    assert item.case.deadline  # triaged on 25/11 14:00: notify within one working day
    assert not item.case.overdue
    late = by_title(d, "Chậm trả tiền").case
    assert late is not None and late.code == seeded.cases["late"]
    assert late.state_name == "Mới phát hiện" and late.overdue
    assert late.deadline == "25/11/2026 17:00"

    wf = d.workflow
    assert wf.open_count == 2 and wf.overdue_count == 1
    assert [g.state_name for g in wf.by_state] == ["Mới phát hiện", "Đã sàng lọc"]
    assert [c.code for c in wf.by_state[0].cases] == [seeded.cases["late"]]
    assert [c.code for c in wf.closed] == [seeded.cases["closed"]]
    assert wf.closed[0].closed == "25/11/2026 17:00"
    assert wf.closed[0].state_name == "Không cần xử lý"


def test_an_empty_day_has_empty_sections_and_real_headers(
    engine: Engine, settings: config.Settings
) -> None:
    d = build(engine, settings)
    assert d.item_count == 0 and d.appendix == () and d.by_outlet == ()
    assert d.heading == "ĐIỂM TIN BÁO CHÍ VỀ CÔNG TÁC THI HÀNH ÁN DÂN SỰ — ngày 26/11/2026"
    assert d.window_start == "07:00 25/11/2026" and d.window_end == "07:00 26/11/2026"
    assert d.workflow.open_count == 0 and d.workflow.by_state == ()
    assert d.issuing_unit == "Cục Quản lý Thi hành án dân sự – Bộ Tư pháp"
