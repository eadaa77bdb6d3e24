"""The real `diemtin classify`, `classifier` and `relabel` commands (subprocesses) over JSONL files
and a stored set of articles."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from classifier.jobs import LineError, parse_line
from classifier.result import Classification
from storage.articles import store_article
from storage.classifications import current, relabel_history
from storage.db import make_engine, upgrade
from storage.models import LOCAL_TZ, ArticleClassification
from tests.support.cli import clean_env, diemtin

# the output fields of the contract: relevant, relevance_score, label, label_scores, ...
OUTPUT_FIELDS = set(Classification(relevant=False, relevance_score=0.0, label=None).as_dict())

THADS = {
    "title": "Thi hành án dân sự tỉnh Đồng Nai cưỡng chế giao nhà theo bản án",
    "lead": "Chấp hành viên Thi hành án dân sự tỉnh Đồng Nai tổ chức cưỡng chế kê biên tài sản.",
    "text": (
        "Sáng 12/8, Thi hành án dân sự tỉnh Đồng Nai phối hợp với chính quyền địa phương tổ chức "
        "cưỡng chế thi hành án, kê biên và giao nhà đất cho người được thi hành án theo bản án "
        "phúc thẩm của Tòa án nhân dân tỉnh. Người phải thi hành án đã được chấp hành viên vận "
        "động, thuyết phục nhiều lần nhưng không tự nguyện thi hành nghĩa vụ trả nợ. Cơ quan thi "
        "hành án dân sự đã ban hành quyết định cưỡng chế, thông báo cho các bên và niêm yết công "
        "khai theo quy định của Luật Thi hành án dân sự."
    ),
}
SPORT = {
    "title": "Đội tuyển bóng đá nữ Việt Nam thắng đậm trong trận giao hữu",
    "text": (
        "Tối qua, đội tuyển bóng đá nữ Việt Nam đã có chiến thắng 4-0 trong trận giao hữu trên sân "
        "Thống Nhất. Huấn luyện viên trưởng hài lòng với tinh thần thi đấu của các cầu thủ trẻ, "
        "những người lần đầu được ra sân trong màu áo đội tuyển quốc gia."
    ),
}


def _env(tmp_path: Path, model: Path, db_url: str | None = None) -> dict[str, str]:
    extra = {"DIEMTIN_DATA_DIR": str(tmp_path / "var"), "DIEMTIN_MODEL_FILE": str(model)}
    if db_url:
        extra["DIEMTIN_DATABASE_URL"] = db_url
    return clean_env(extra)


def _row(table: str, name: str) -> int:
    """The number in the row ``name`` of a printed summary table."""
    match = re.search(rf"│ {name}\s*│\s*(\d+) │", table)
    assert match, table
    return int(match.group(1))


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_classify_jsonl_reports_malformed_lines_and_keeps_the_good_ones(
    tmp_path: Path, trained_model: Path
) -> None:
    lines = [
        json.dumps({"id": "a1", **THADS, "url": "https://baophapluat.vn/a1.html"}),
        json.dumps({"id": 2, **SPORT, "published_at": "2025-08-12T09:30:00+07:00"}),
        '{"id": "bad-json", "title": "x",',
        json.dumps({"id": "no-title", "text": "Thi hành án"}),
        "",
        json.dumps({"id": "empty-text", "title": "Tiêu đề", "text": "   "}),
        json.dumps({"id": "wrong-type", "title": 5, "text": "Nội dung"}),
        json.dumps({"id": "bad-date", **SPORT, "published_at": "32/13/2025"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": True, **SPORT}),
        json.dumps({"id": "a3", **THADS, "published_at": "2025-08-13", "extra": [1, 2]}),
        # a feed item: headline and lead, no body
        json.dumps({"id": "feed", "title": THADS["title"], "lead": THADS["lead"], "text": ""}),
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out" / "result.jsonl"
    result = diemtin(
        ["classify", "--input", str(src), "--output", str(out)], _env(tmp_path, trained_model)
    )
    assert result.returncode == 1, result.stderr
    for number, reason in [
        (3, "JSON không hợp lệ"),
        (4, "thiếu trường “title”"),
        (6, "trường “text” rỗng (và không có “lead”)"),
        (7, "trường “title” phải là chuỗi"),
        (
            8,
            "trường “published_at” không đọc được ngày giờ (ISO 8601 hoặc ngày/tháng/năm): "
            "'32/13/2025'",
        ),
        (9, "mỗi dòng phải là một đối tượng JSON"),
        (10, "trường “id” phải là chuỗi hoặc số nguyên"),
    ]:
        assert f"dòng {number}: {reason}" in result.stderr, result.stderr
    assert "dòng 5" not in result.stderr and "Traceback" not in result.stderr
    assert "bỏ qua 7 dòng lỗi" in result.stderr

    rows = _read_jsonl(out)
    assert [r["id"] for r in rows] == ["a1", 2, "a3", "feed"]
    for row in rows:
        assert OUTPUT_FIELDS <= set(row)
        assert 0.0 <= row["relevance_score"] <= 1.0 and row["model_version"]
        assert row["action_needed"] == (row["label"] in {"needs_correction", "inaccurate"})
    a1, sport, a3, feed = rows
    assert a1["url"] == "https://baophapluat.vn/a1.html" and a1["title"] == THADS["title"]
    assert a3["extra"] == [1, 2] and a3["published_at"] == "2025-08-13"
    assert a1["relevant"] is True and a1["label"] is not None and a1["reasons"]
    assert a1["province"] == "Tỉnh Đồng Nai"
    assert sport["relevant"] is False and sport["label"] is None
    assert sport["relevance_score"] < a1["relevance_score"]
    assert feed["text"] == "" and feed["relevant"] is True and feed["province"] == "Tỉnh Đồng Nai"


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("2025-08-13T09:30:00+07:00", datetime(2025, 8, 13, 9, 30)),
        ("2025-08-13 09:30", datetime(2025, 8, 13, 9, 30)),  # naive: Vietnam time
        ("2025-08-13T02:30:00Z", datetime(2025, 8, 13, 9, 30)),
        ("13/08/2025 09:30", datetime(2025, 8, 13, 9, 30)),  # as Vietnamese pages write it
        ("Thứ Tư, 13/8/2025, 09:30 (GMT+7)", datetime(2025, 8, 13, 9, 30)),
        ("Wed, 13 Aug 2025 09:30:00 +0700", datetime(2025, 8, 13, 9, 30)),
    ],
)
def test_published_at_in_the_forms_outlets_write_it(raw: str, expected: datetime) -> None:
    parsed = parse_line(json.dumps({"id": "a", **THADS, "published_at": raw}).encode(), 1)
    assert not isinstance(parsed, LineError), parsed
    _, item = parsed
    assert item["published_at"] == expected.replace(tzinfo=LOCAL_TZ)


def test_a_feed_item_needs_a_lead_when_it_has_no_text() -> None:
    feed = {"id": "f", "title": "Tiêu đề", "text": " ", "lead": "Lời dẫn của bài."}
    parsed = parse_line(json.dumps(feed).encode(), 1)
    assert not isinstance(parsed, LineError), parsed
    assert parsed[1]["lead"] == "Lời dẫn của bài."
    for lead in (None, "", "  "):
        parsed = parse_line(json.dumps({**feed, "lead": lead}).encode(), 4)
        assert isinstance(parsed, LineError) and parsed.line == 4
        assert parsed.reason == "trường “text” rỗng (và không có “lead”)"
    parsed = parse_line(json.dumps({**feed, "title": " "}).encode(), 5)
    assert isinstance(parsed, LineError) and parsed.reason == "trường “title” rỗng"


def test_unreadable_published_at_is_reported_not_guessed() -> None:
    for raw in ("32/13/2025", "hôm qua", "2025"):
        parsed = parse_line(json.dumps({"id": "a", **THADS, "published_at": raw}).encode(), 7)
        assert isinstance(parsed, LineError) and parsed.line == 7
        assert "không đọc được ngày giờ" in parsed.reason and repr(raw) in parsed.reason


def test_classify_stdin_to_stdout_exits_zero_when_all_lines_are_good(
    tmp_path: Path, trained_model: Path
) -> None:
    text = json.dumps({"id": "x", **SPORT}, ensure_ascii=False) + "\n"
    result = diemtin(
        ["classify", "--input", "-", "--output", "-"], _env(tmp_path, trained_model), input=text
    )
    assert result.returncode == 0, result.stderr
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["id"] == "x" and row["relevant"] is False


def test_classify_usage_and_artifact_errors(tmp_path: Path, trained_model: Path) -> None:
    env = _env(tmp_path, trained_model)
    assert diemtin(["classify"], env).returncode == 2
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, **SPORT}) + "\n", encoding="utf-8")
    both = diemtin(["classify", "--db", "--input", str(src), "--output", "-"], env)
    assert both.returncode == 2 and "--db" in both.stderr
    missing = diemtin(["classify", "--input", str(tmp_path / "nope"), "--output", "-"], env)
    assert missing.returncode == 2 and "Không tìm thấy tệp đầu vào" in missing.stderr
    broken = tmp_path / "broken.joblib"
    broken.write_bytes(b"not a model at all")
    bad = diemtin(["classify", "--input", str(src), "--output", "-"], _env(tmp_path, broken))
    assert bad.returncode == 2, bad.stderr
    assert "Không dùng được mô hình phân loại" in bad.stderr and "Traceback" not in bad.stderr
    assert broken.read_bytes() == b"not a model at all"  # left for the operator to look at


@pytest.fixture
def stored_db(db_url: str, make_record) -> list[int]:
    engine = make_engine(db_url)
    upgrade(engine)
    ids = []
    with Session(engine) as session:
        for n, fields in enumerate(
            [THADS, SPORT, THADS | {"title": "Bài khác: " + SPORT["title"]}]
        ):
            body = fields["text"] + f" Bài số {n}." + " Thêm chi tiết." * (n * 9)
            rec = make_record(
                n,
                title=fields["title"],
                lead=fields.get("lead"),
                text=body,
                published_at=datetime(2025, 8, 10 + n, 8, 0, tzinfo=LOCAL_TZ),
            )
            ids.append(store_article(session, rec).article_id)
    engine.dispose()
    return ids


@pytest.mark.slow
def test_classify_db_then_relabel_then_train_uses_the_relabel(
    db_url: str, stored_db: list[int], tmp_path: Path, trained_model: Path, small_corpus: Path
) -> None:
    from classifier.api import load

    env = _env(tmp_path, trained_model, db_url)
    version = load(trained_model).version
    first = diemtin(["classify", "--db"], env)
    assert first.returncode == 0, first.stderr
    assert _row(first.stdout, "Đã phân loại") == 3
    engine = make_engine(db_url)
    with Session(engine) as session:
        rows = session.scalars(select(ArticleClassification)).all()
        assert sorted(r.article_id for r in rows) == stored_db
        assert {r.model_version for r in rows} == {version}
        thads_row = current(session, [stored_db[0]])[stored_db[0]]
    assert thads_row.relevant is True

    again = diemtin(["classify", "--db", "--since", "2025-08-11"], env)
    assert again.returncode == 0 and _row(again.stdout, "Đã phân loại") == 0
    redo = diemtin(["classify", "--db", "--all", "--since", "2025-08-11"], env)
    assert redo.returncode == 0 and _row(redo.stdout, "Đã phân loại") == 2

    # relabel: errors first, nothing stored by them
    a = stored_db[0]
    for args in (
        [str(a), "--by", "An"],
        [str(a), "--label", "neutral", "--not-relevant", "--by", "An"],
        [str(a), "--label", "excellent", "--by", "An"],
        [str(a), "--label", "neutral", "--by", "An", "--province", "Sài Gòn cũ"],
    ):
        assert diemtin(["relabel", *args], env).returncode == 2
    unknown = diemtin(["relabel", "99999", "--not-relevant", "--by", "An"], env)
    assert unknown.returncode == 2 and "99999" in unknown.stderr
    ok = diemtin(
        [
            "relabel",
            str(a),
            "--label",
            "inaccurate",
            "--by",
            "Nguyễn Thị Hoa",
            "--province",
            "đồng nai",
            "--note",
            "Bài đưa tin sai về thẩm quyền",
        ],
        env,
    )
    assert ok.returncode == 0, ok.stderr
    assert "→ Sai sự thật" in ok.stdout and "Nguyễn Thị Hoa" in ok.stdout
    with Session(engine) as session:
        (stored,) = relabel_history(session, a)
    engine.dispose()
    assert (stored.old_relevant, stored.old_label) == (thads_row.relevant, thads_row.label)
    assert (stored.new_relevant, stored.new_label) == (True, "inaccurate")
    assert stored.new_province == "Tỉnh Đồng Nai" and stored.by == "Nguyễn Thị Hoa"

    model = tmp_path / "retrained" / "classifier.joblib"
    train_env = {**_env(tmp_path, model, db_url), "DIEMTIN_TRAINING_CORPUS": str(small_corpus)}
    trained = diemtin(["classifier", "train"], train_env, timeout=600)
    assert trained.returncode == 0, trained.stderr
    assert "Trong đó gán nhãn lại: 1" in trained.stdout and str(model) in trained.stdout
    retrained = load(model)
    assert retrained.metadata["n_feedback"] == 1
    assert retrained.metadata["corpus"] == str(small_corpus)
    n_small = len(small_corpus.read_text(encoding="utf-8").splitlines())
    assert retrained.metadata["n_examples"] == n_small + 1  # the relabelled article is added
    info = diemtin(["classifier", "info"], _env(tmp_path, model, db_url))
    assert info.returncode == 0 and retrained.version in info.stdout
    th = retrained.thresholds
    assert f"bài đầy đủ {th.full:.2f}".replace(".", ",") in info.stdout
    assert f"tin ngắn (tiêu đề và sapo) {th.short:.2f}".replace(".", ",") in info.stdout


def test_missing_model_is_trained_first_and_info_without_model(
    tmp_path: Path, small_corpus: Path
) -> None:
    model = tmp_path / "models" / "new.joblib"
    env = {**_env(tmp_path, model), "DIEMTIN_TRAINING_CORPUS": str(small_corpus)}
    info = diemtin(["classifier", "info"], env)
    assert info.returncode == 2 and "classifier train" in info.stderr
    result = diemtin(
        ["classify", "--input", "-", "--output", "-"],
        env,
        input=json.dumps({"id": 1, **THADS}) + "\n",
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "Chưa có mô hình phân loại: đang huấn luyện" in result.stderr
    assert model.exists() and json.loads(result.stdout)["model_version"]


@pytest.mark.slow
@pytest.mark.timeout(660)  # (the evaluation's own limit is 600 s; the suite's default is 300 s)
def test_classifier_evaluate_prints_the_report_and_holds_the_full_floors(tmp_path: Path) -> None:
    """`diemtin classifier evaluate --out F`: the full evaluation (every candidate, repeated CV,
    source splits, held-out headlines) printed and written, checked against the committed full
    floors."""
    out = tmp_path / "eval.json"
    result = diemtin(
        ["classifier", "evaluate", "--out", str(out)],
        clean_env({"DIEMTIN_DATA_DIR": str(tmp_path)}),
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "Đang đánh giá" in result.stderr
    assert "Không có chỉ số nào thấp hơn mức sàn." in result.stderr
    for line in (
        "source_split:train_vntc_test_baomoi",
        "held_out:modern_headlines",
        "(95%)",
        "Repeated 5-fold CV of the deployed decision, 5 shuffles",
    ):
        assert line in result.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    # The repeated CV: 5 distinct shuffles, the first being the detailed report's own split.
    repeated = report["cv_repeated"]
    assert len(set(repeated["seeds"])) == 5 and len(repeated["per_seed"]) == 5
    first = repeated["per_seed"][str(repeated["seeds"][0])]
    cv = report["cv"]["stratified_grouped"]
    for variant, length in (("plain", "all"), ("plain", "lead_view"), ("stripped", "all")):
        for metric in ("relevant_f1", "action_needed_f1"):
            key = f"{variant}.{length}.{metric}"
            assert first[key] == cv[variant][length][metric]
            values = [figures[key] for figures in repeated["per_seed"].values()]
            assert min(values) == repeated["min"][key] <= repeated["mean"][key]
            assert repeated["mean"][key] <= repeated["max"][key] == max(values)
            assert repeated["mean"][key] == pytest.approx(sum(values) / 5)
    assert len(report["comparison"]) == 4 and set(report["source_split"]) == {
        "train_vntc_test_baomoi",
        "train_baomoi_test_vntc",
    }
