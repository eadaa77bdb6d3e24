"""Evidence: the archived copy of every covered article (body as crawled, text, hashes) stays as it
was when the article joined the case, and exports byte for byte with checkable hashes."""

from __future__ import annotations

import hashlib
import json
import subprocess
from datetime import timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from storage.articles import store_article
from storage.models import CaseEvidence
from storage.records import ArticleRecord
from tests.support.workflow import NOW, add_people, store
from workflow.cases import Attachment, add_note, open_case
from workflow.evidence import evidence_of, export_evidence
from workflow.users import WorkflowError

pytestmark = pytest.mark.postgres

# A page in a legacy Vietnamese code page (not UTF-8), with a NUL byte and CRLF line ends.
LEGACY = "<html><meta charset=windows-1258><p>Thi hành án\r\n</p>\x00</html>".encode("cp1258")


@pytest.fixture
def session(engine):
    with Session(engine, expire_on_commit=False) as s:
        add_people(s)
        yield s


def _two_outlet_case(session: Session):
    first = store(session, outlet="vnexpress", topic="kê biên quyền sử dụng đất", raw=LEGACY)
    second = store(session, outlet="dantri", topic="kê biên quyền sử dụng đất", raw=b"<p>B</p>")
    return open_case(session, first, by="lan", now=NOW), (first, second)


def test_archive_is_the_crawled_copy_and_survives_a_refresh(session) -> None:
    case, (first, second) = _two_outlet_case(session)
    archived = {e.article_id: e for e in evidence_of(session, case)}
    assert set(archived) == {first, second}
    ev = archived[first]
    assert ev.raw_html == LEGACY
    assert ev.raw_sha256 == hashlib.sha256(LEGACY).hexdigest()
    assert ev.text_sha256 == hashlib.sha256(ev.text.encode("utf-8")).hexdigest()
    assert ev.outlet == "vnexpress" and ev.url.startswith("https://vnexpress.example.vn/")
    assert ev.fetched_at == NOW + timedelta(minutes=30) and ev.archived_at == NOW
    original_text = ev.text
    # the outlet edits the article and the crawler refreshes it: the evidence does not change
    record = ArticleRecord(
        url=ev.url,
        canonical_url=ev.url,
        outlet="vnexpress",
        title="Bài đã sửa",
        text="Nội dung đã bị sửa hoàn toàn sau khi có yêu cầu cải chính. " * 5,
        fetched_at=NOW + timedelta(days=3),
        extraction_route="selectors",
        raw_html=b"<p>edited</p>",
    )
    assert store_article(session, record, refresh=True).status == "updated"
    session.expire_all()
    again = {e.article_id: e for e in evidence_of(session, case)}[first]
    assert again.raw_html == LEGACY and again.text == original_text
    assert again.title != "Bài đã sửa"


def test_export_is_byte_identical_with_hashes(session, tmp_path) -> None:
    case, (first, second) = _two_outlet_case(session)
    add_note(
        session, case, by="lan", text="Ảnh chụp", attachments=[Attachment("ảnh 1.png", b"\x89PNG")]
    )
    folder = export_evidence(session, case, tmp_path / "out")
    assert folder == tmp_path / "out" / case.code
    assert (folder / "articles" / f"{first}.html").read_bytes() == LEGACY
    assert (folder / "articles" / f"{second}.html").read_bytes() == b"<p>B</p>"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["case"]["code"] == case.code
    by_id = {a["article_id"]: a for a in manifest["articles"]}
    for article_id in (first, second):
        entry = by_id[article_id]
        raw = (folder / entry["raw_file"]).read_bytes()
        text = (folder / entry["text_file"]).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == entry["raw_sha256"]
        assert hashlib.sha256(text).hexdigest() == entry["text_sha256"]
        assert entry["fetched_at"] == (NOW + timedelta(minutes=30)).isoformat()
    (doc,) = manifest["documents"]
    assert (folder / doc["file"]).read_bytes() == b"\x89PNG"
    assert doc["file"].endswith("ảnh 1.png")
    check = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(": OK") == 6  # 2 html, 2 txt, 1 document, manifest
    with pytest.raises(WorkflowError, match="đã tồn tại"):
        export_evidence(session, case, tmp_path / "out")


def test_tampered_evidence_is_not_exported(session, tmp_path) -> None:
    case, (first, _second) = _two_outlet_case(session)
    # bypass the ORM guard, as someone editing the database by hand would
    session.execute(
        update(CaseEvidence.__table__)
        .where(CaseEvidence.article_id == first)
        .values(raw_html=b"<p>forged</p>")
    )
    session.commit()
    with pytest.raises(WorkflowError, match=f"bài báo số {first} không khớp mã băm"):
        export_evidence(session, case, tmp_path / "out")
    assert not (tmp_path / "out" / case.code).exists()
    assert list((tmp_path / "out").iterdir()) == []  # no partial folder left behind
    assert session.scalar(select(CaseEvidence.raw_html).where(CaseEvidence.article_id == first))
