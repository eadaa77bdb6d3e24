"""Evidence: the immutable archived copy of every article a case covers, and its export.

A corrected article is often edited or removed at its source, so when an article joins a case its
stored response body (as crawled, uncompressed), encoding, extracted title/lead/text and fetch time
are copied into ``case_evidence`` with the SHA-256 of the body and of the text. The copy never
changes afterwards, even when the article is re-crawled.

:func:`export_evidence` writes one folder per case that anyone can check with standard tools:

* ``articles/<article id>.html`` — the body byte for byte, ``articles/<article id>.txt`` — the
  extracted text (UTF-8); later copies the re-fetch watch archived (``snapshot`` n ≥ 1, see
  :mod:`workflow.watch`) as ``articles/<article id>-<n>.html`` / ``.txt``;
* ``documents/<document id>-<file name>`` — attachments and generated documents;
* ``manifest.json`` — the case, and per file its URL, outlet, times, encoding and hashes;
* ``SHA256SUMS`` — in ``sha256sum -c`` format.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime
from hashlib import sha256
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.articles import decompress_html
from storage.models import Article, Case, CaseDocument, CaseEvidence, Outlet
from workflow.users import WorkflowError

MANIFEST_VERSION = 1


def text_digest(text: str) -> str:
    return sha256(text.encode("utf-8")).hexdigest()


def store_evidence(session: Session, *, raw_html: bytes, text: str, **fields: Any) -> CaseEvidence:
    """A new evidence snapshot (``fields``: the other columns of :class:`CaseEvidence`) with the
    SHA-256 of its raw page and of its text (flushes, no commit)."""
    evidence = CaseEvidence(
        raw_html=raw_html,
        text=text,
        raw_sha256=sha256(raw_html).hexdigest(),
        text_sha256=text_digest(text),
        **fields,
    )
    session.add(evidence)
    session.flush()
    return evidence


def archive_article(session: Session, case: Case, article: Article, at: datetime) -> CaseEvidence:
    """Copy ``article`` as it is stored now into the case's evidence (flushes, no commit)."""
    outlet = session.scalar(select(Outlet.name).where(Outlet.id == article.outlet_id)) or ""
    return store_evidence(
        session,
        raw_html=decompress_html(article.raw_html),
        text=article.text or "",
        case_id=case.id,
        article_id=article.id,
        url=article.canonical_url,
        outlet=outlet,
        encoding=article.raw_encoding,
        title=article.title or "",
        lead=article.lead,
        published_at=article.published_at,
        fetched_at=article.fetched_at,
        archived_at=at,
    )


def evidence_of(session: Session, case: Case) -> list[CaseEvidence]:
    return list(
        session.scalars(
            select(CaseEvidence)
            .where(CaseEvidence.case_id == case.id)
            .order_by(CaseEvidence.article_id, CaseEvidence.snapshot)
        )
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _verified(kind: str, ident: int, content: bytes, expected: str) -> bytes:
    actual = sha256(content).hexdigest()
    if actual != expected:
        raise WorkflowError(
            f"Bản lưu trữ {kind} số {ident} không khớp mã băm đã ghi ({actual} ≠ {expected}): "
            "dữ liệu đã bị thay đổi, không xuất."
        )
    return content


def export_evidence(session: Session, case: Case, folder: str | Path) -> Path:
    """Write the case's evidence and documents into ``folder/<case code>/`` and return that path.

    Every hash is checked against the stored one before writing; the folder is written under a
    temporary name and renamed when complete. Refuses an existing ``<case code>`` folder."""
    base = Path(folder)
    target = base / case.code
    if target.exists():
        raise WorkflowError(
            f"Thư mục {target} đã tồn tại; chọn thư mục khác (--out) hoặc xóa thư mục cũ."
        )
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WorkflowError(f"Không tạo được thư mục {base}: {error.strerror}") from None
    files: dict[str, bytes] = {}
    articles: list[dict[str, Any]] = []
    for ev in evidence_of(session, case):
        stem = f"articles/{ev.article_id}" + (f"-{ev.snapshot}" if ev.snapshot else "")
        html_name, text_name = f"{stem}.html", f"{stem}.txt"
        files[html_name] = _verified("bài báo", ev.article_id, ev.raw_html, ev.raw_sha256)
        files[text_name] = _verified(
            "nội dung bài", ev.article_id, ev.text.encode("utf-8"), ev.text_sha256
        )
        articles.append(
            {
                "article_id": ev.article_id,
                "snapshot": ev.snapshot,
                "url": ev.url,
                "outlet": ev.outlet,
                "title": ev.title,
                "lead": ev.lead,
                "published_at": _iso(ev.published_at),
                "fetched_at": _iso(ev.fetched_at),
                "archived_at": _iso(ev.archived_at),
                "encoding": ev.encoding,
                "raw_file": html_name,
                "raw_sha256": ev.raw_sha256,
                "raw_bytes": len(ev.raw_html),
                "text_file": text_name,
                "text_sha256": ev.text_sha256,
            }
        )
    docs: list[dict[str, Any]] = []
    for doc in session.scalars(
        select(CaseDocument).where(CaseDocument.case_id == case.id).order_by(CaseDocument.id)
    ):
        name = f"documents/{doc.id}-{doc.filename}"
        files[name] = _verified("tài liệu", doc.id, doc.content, doc.sha256)
        docs.append(
            {
                "document_id": doc.id,
                "kind": doc.kind,
                "file": name,
                "media_type": doc.media_type,
                "sha256": doc.sha256,
                "bytes": doc.size,
                "created_by": doc.created_by,
                "created_at": _iso(doc.created_at),
            }
        )
    manifest = {
        "manifest_version": MANIFEST_VERSION,
        "case": {
            "code": case.code,
            "kind": case.kind,
            "state": case.state,
            "title": case.title,
            "opened_at": _iso(case.opened_at),
        },
        "articles": articles,
        "documents": docs,
    }
    files["manifest.json"] = (
        json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    )
    sums = "".join(f"{sha256(content).hexdigest()}  {name}\n" for name, content in files.items())
    files["SHA256SUMS"] = sums.encode("utf-8")
    partial = base / f".{case.code}.{os.getpid()}.partial"
    try:
        for name, content in files.items():
            path = partial / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        partial.rename(target)
    except OSError as error:
        shutil.rmtree(partial, ignore_errors=True)
        raise WorkflowError(f"Không ghi được bằng chứng vào {target}: {error.strerror}") from None
    return target
