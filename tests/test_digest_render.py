"""The template context contract, escaping of hostile scraped text, the e-mail HTML's shape, the
plain text and the DOCX opened back."""

from __future__ import annotations

import dataclasses
import io
import re

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from jinja2 import UndefinedError, nodes

from digest.context import (
    DIGEST_CLASSES,
    AlertContext,
    CaseRef,
    Count,
    DigestContext,
    DigestItem,
    RelatedItem,
    StateGroup,
    WorkflowSection,
    documented_fields,
)
from digest.printable import build_docx
from digest.render import HTML_BUDGET, TEMPLATES, environment, render, render_html, render_text
from text.urls import http_link

DIGEST_TEMPLATES = ("digest.html.j2", "_item.html.j2", "digest.txt.j2", "_item.txt.j2")
ALERT_TEMPLATES = ("alert.html.j2", "_item.html.j2", "alert.txt.j2", "_item.txt.j2")
HOSTILE_TITLE = '<script>alert("t")</script> Kê biên & "cưỡng chế"'
HOSTILE_SUMMARY = "Tóm tắt <img src=x onerror=alert(1)> có ký tự < và >."
HOSTILE_OUTLET = '"><b>bao</b>'
HOSTILE_REASON = "lý do <i>in nghiêng</i>"


def case(code: str = "VV-2026-0001", *, overdue: bool = False, closed: str = "") -> CaseRef:
    return CaseRef(
        code=code,
        title="Kê biên <nhầm> đất",
        state_name="Đã sàng lọc" if not closed else "Đã kết thúc",
        severity_name="Khẩn",
        province="Tỉnh Tây Ninh",
        opened="25/11/2026 11:00",
        deadline="" if closed else "26/11/2026 17:00",
        overdue=overdue,
        closed=closed,
        web_url="https://diemtin.example.vn/cases/7",
    )


def item(number: int, label: str, *, url: str, title: str = HOSTILE_TITLE) -> DigestItem:
    return DigestItem(
        number=number,
        title=title,
        url=url,
        link=http_link(url),
        outlet=HOSTILE_OUTLET,
        republished_by=("vnexpress", "tuoi<tre>"),
        republished_count=2,
        published="25/11/2026 09:00",
        author="Minh <Anh>",
        summary=HOSTILE_SUMMARY,
        province="Tỉnh Tây Ninh",
        office="Thi hành án dân sự tỉnh Tây Ninh",
        label=label,
        label_name={"inaccurate": "Sai sự thật", "positive": "Tích cực"}.get(label, label),
        confidence="88%",
        reasons=(HOSTILE_REASON, "quy tắc"),
        action="Đề nghị cải chính",
        case=case(overdue=True) if number == 1 else None,
        web_url=f"https://diemtin.example.vn/articles/{number}",
    )


def sample() -> DigestContext:
    a = item(1, "inaccurate", url="javascript:alert(document.cookie)")
    b = item(2, "needs_correction", url="https://baophapluat.vn/a?x=1&y=2")
    c = item(3, "positive", url="https://dantri.com.vn/b.htm", title="Thu hồi 3.000 tỷ đồng")
    d = item(4, "neutral", url="data:text/html,<script>alert(1)</script>", title="Đấu giá")
    return DigestContext(
        heading="ĐIỂM TIN BÁO CHÍ VỀ CÔNG TÁC THI HÀNH ÁN DÂN SỰ — ngày 26/11/2026",
        subject="Điểm tin báo chí về công tác thi hành án dân sự ngày 26/11/2026",
        window_start="07:00 25/11/2026",
        window_end="07:00 26/11/2026",
        issuing_unit="Cục Quản lý Thi hành án dân sự – Bộ Tư pháp",
        generated_at="07:30 26/11/2026",
        item_count=4,
        article_count=6,
        unclassified_count=1,
        by_assessment=(Count("Sai sự thật", 1), Count("Tích cực", 1)),
        by_outlet=(Count(HOSTILE_OUTLET, 3),),
        action_items=(a, b),
        positive_items=(c,),
        neutral_items=(d,),
        workflow=WorkflowSection(
            open_count=1,
            overdue_count=1,
            by_state=(StateGroup("Đã sàng lọc", (case(overdue=True),)),),
            closed=(case("VV-2026-0002", closed="25/11/2026 17:00"),),
        ),
        related_enabled=True,
        related_items=(
            RelatedItem("Tòa án <tập huấn>", "javascript:void(0)", "vov", "25/11/2026 12:00"),
        ),
        appendix=(a, b, c, d),
        web_base_url="https://diemtin.example.vn",
    )


def alert_sample() -> AlertContext:
    return AlertContext(
        subject="[KHẨN] Tin sai sự thật về thi hành án dân sự: x",
        issuing_unit="Cục Quản lý Thi hành án dân sự – Bộ Tư pháp",
        item=item(1, "inaccurate", url="https://plo.vn/x"),
        first_information_due="09:00 26/11/2026",
        generated_at="09:05 25/11/2026",
    )


# --- the contract ---------------------------------------------------------------------------------
@pytest.mark.parametrize("cls", [*DIGEST_CLASSES, AlertContext])
def test_dataclass_fields_are_exactly_the_documented_ones(cls: type) -> None:
    assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert documented_fields(cls) == [f.name for f in dataclasses.fields(cls)]


def _attributes(names: tuple[str, ...]) -> set[str]:
    """Every ``x.attr`` the templates read, except on ``loop`` and the macro module ``m``."""
    env = environment()
    used: set[str] = set()
    for name in names:
        tree = env.parse((TEMPLATES / name).read_text(encoding="utf-8"))
        for node in tree.find_all(nodes.Getattr):
            if not (isinstance(node.node, nodes.Name) and node.node.name in {"loop", "m"}):
                used.add(node.attr)
    return used


def _fields(*classes: type) -> set[str]:
    return {f.name for cls in classes for f in dataclasses.fields(cls)}


def test_digest_templates_use_every_field_and_nothing_else() -> None:
    assert _attributes(DIGEST_TEMPLATES) == _fields(*DIGEST_CLASSES)


def test_alert_templates_use_every_alert_field_and_only_context_fields() -> None:
    used = _attributes(ALERT_TEMPLATES)
    assert _fields(AlertContext) <= used
    assert used <= _fields(AlertContext, DigestItem, CaseRef)


def test_templates_are_strict_and_render_the_full_context() -> None:
    context = sample()
    assert render_html(context) and render_text(context)
    assert render("alert.html.j2", a=alert_sample()) and render("alert.txt.j2", a=alert_sample())
    with pytest.raises(UndefinedError):
        environment().from_string("{{ d.no_such_field }}").render(d=context)
    with pytest.raises(UndefinedError):
        render("digest.html.j2")  # no context at all


# --- escaping ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://baophapluat.vn/a.html", "https://baophapluat.vn/a.html"),
        ("HTTP://Example.vn/x?a=1&b=2", "HTTP://Example.vn/x?a=1&b=2"),
        ("javascript:alert(1)", ""),
        ("JavaScript://%0aalert(1)", ""),
        ("data:text/html,<script>", ""),
        ("//evil.example/x", ""),
        ("https:///nohost", ""),
        ('https://a.vn/"onmouseover="alert(1)', ""),
        ("https://a.vn/x y", ""),
        ("https://a.vn/\nx", ""),
        ("vbscript:msgbox", ""),
        ("", ""),
    ],
)
def test_only_http_urls_become_links(url: str, link: str) -> None:
    assert http_link(url) == link


def test_hostile_text_arrives_escaped_in_the_html() -> None:
    html = render_html(sample())
    assert "<script" not in html and "<img" not in html and "<i>" not in html
    escaped_title = (
        "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt; Kê biên &amp; &#34;cưỡng chế&#34;"
    )
    assert escaped_title in html
    assert "Tóm tắt &lt;img src=x onerror=alert(1)&gt; có ký tự &lt; và &gt;." in html
    assert "&#34;&gt;&lt;b&gt;bao&lt;/b&gt;" in html and HOSTILE_OUTLET not in html
    assert "tuoi&lt;tre&gt;" in html and "Kê biên &lt;nhầm&gt; đất" in html
    hrefs = re.findall(r'href="([^"]*)"', html)
    # the related item breaks the context's contract on purpose: the template empties its link
    assert hrefs and all(h.startswith("https://") or h == "" for h in hrefs)
    assert 'href="https://baophapluat.vn/a?x=1&amp;y=2"' in html
    assert "javascript:alert(document.cookie)" in html  # shown as text, not a link
    assert 'href="javascript' not in html.lower() and 'href="data:' not in html


def test_plain_text_is_not_html_escaped() -> None:
    text = render_text(sample())
    assert HOSTILE_TITLE in text and HOSTILE_SUMMARY in text and "&lt;" not in text
    assert "Địa chỉ gốc (không phải liên kết web): javascript:alert(document.cookie)" in text


def test_html_is_table_layout_with_inline_css_only() -> None:
    html = render_html(sample())
    assert html.startswith("<!DOCTYPE html>") and '<html lang="vi">' in html
    assert 'charset=utf-8"' in html
    assert "<style" not in html and "<link" not in html and "<script" not in html
    assert "class=" not in html  # nothing depends on a stylesheet
    assert not re.search(r'\ssrc="', html)  # no external images or other assets
    assert '<table role="presentation" width="760"' in html
    assert html.count("<table") >= 8 and "<div style=" in html
    # the sections, in the order
    order = [
        "I. TIN CẦN XỬ LÝ",
        "II. TIN TÍCH CỰC",
        "III. TIN TRUNG TÍNH",
        "IV. THEO DÕI XỬ LÝ",
        "V. THÔNG TIN LIÊN QUAN",
        "PHỤ LỤC",
    ]
    positions = [html.index(title) for title in order]
    assert positions == sorted(positions)
    assert "QUÁ HẠN" in html and "VV-2026-0002" in html


def test_the_docx_opens_back_with_every_item_and_linked_urls() -> None:
    document = docx.Document(io.BytesIO(build_docx(sample())))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ – BỘ TƯ PHÁP"
    assert texts[1] == "ĐIỂM TIN BÁO CHÍ VỀ CÔNG TÁC THI HÀNH ÁN DÂN SỰ — ngày 26/11/2026"
    assert any(HOSTILE_TITLE in t for t in texts)  # literal text in Word, not markup
    assert any("QUÁ HẠN" in t for t in texts)
    appendix = document.tables[-1]
    assert [c.text for c in appendix.rows[0].cells][:2] == ["STT", "Tiêu đề"]
    assert [r.cells[0].text for r in appendix.rows[1:]] == ["1", "2", "3", "4"]
    # URLs are printed in full (paper) and http(s) ones are hyperlinks, one relationship per
    # URL; a non-web URL is text that says so, never a link
    assert "Liên kết: https://baophapluat.vn/a?x=1&y=2" in texts
    assert "Địa chỉ gốc (không phải liên kết web): javascript:alert(document.cookie)" in texts
    assert "Trên hệ thống: https://diemtin.example.vn/articles/1" in texts
    links = sorted(
        r.target_ref
        for r in document.part.rels.values()
        if r.reltype == RELATIONSHIP_TYPE.HYPERLINK and r.is_external
    )
    assert links == sorted(
        ["https://baophapluat.vn/a?x=1&y=2", "https://dantri.com.vn/b.htm"]
        + [f"https://diemtin.example.vn/articles/{n}" for n in (1, 2, 3, 4)]
    )
    hyperlinks = [h for p in document.paragraphs for h in p.hyperlinks]
    assert {h.address for h in hyperlinks} == set(links)
    assert all(h.text == h.address for h in hyperlinks)
    assert not any(
        r.target_ref.startswith(("javascript", "data")) for r in document.part.rels.values()
    )


# --- a busy day stays under the mail clients' size limit ---------------------------------------
def busy_day(n_neutral: int) -> DigestContext:
    base = sample()
    neutral = tuple(
        item(10 + k, "neutral", url=f"https://baomoi.example.vn/tin-{k}.html", title=f"Tin {k}")
        for k in range(n_neutral)
    )
    return dataclasses.replace(
        base, neutral_items=neutral, appendix=base.action_items + base.positive_items + neutral
    )


def test_small_digest_is_rendered_in_full() -> None:
    html = render_html(sample())
    assert "Thư rút gọn" not in html and "PHỤ LỤC" in html


@pytest.mark.parametrize("n_neutral", [40, 400])
def test_busy_day_is_rendered_short_enough(n_neutral: int) -> None:
    context = busy_day(n_neutral)
    full = render("digest.html.j2", d=context, compact=0)
    assert len(full.encode()) > HTML_BUDGET  # the full form would be clipped
    html = render_html(context)
    assert "Thư rút gọn để hộp thư không cắt bớt nội dung" in html
    # items needing action keep their summary; positive and neutral ones a title and links
    assert html.count("Tóm tắt &lt;img") == len(context.action_items)
    for it in context.neutral_items:
        assert f">{it.title}</a>" in html and f'href="{it.web_url}"' in html
    if n_neutral == 40:  # one-line items fit: the appendix stays
        assert len(html.encode()) <= HTML_BUDGET
        assert "PHỤ LỤC" in html and "không kèm phụ lục" not in html
    else:  # 400 do not fit however short: the shortest form, without the appendix
        assert "không kèm phụ lục" in html and "PHỤ LỤC" not in html
