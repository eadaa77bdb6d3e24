"""Feature transformers: syllable n-grams (both views) and the THADS lexicon."""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer

from classifier.features import LexiconFeatures, SyllableNgrams, lexicon_counts
from classifier.textprep import prepare_many
from text.normalize import strip_diacritics


def _lex(text: str) -> dict[str, int]:
    names = [n.removeprefix("lex:") for n in LexiconFeatures().get_feature_names_out()]
    return {n: c for n, c in zip(names, lexicon_counts(prepare_many([text])[0]), strict=True) if c}


def test_lexicon_finds_thads_terms_with_and_without_diacritics():
    text = "Chấp hành viên Chi cục THADS quận 3 kê biên nhà, thu án phí; thừa phát lại lập vi bằng."
    found = _lex(text)
    for term in ("chấp hành viên", "Cục/Chi cục THADS", "kê biên", "án phí", "thừa phát lại"):
        assert found[term] == 1, term
    assert _lex(strip_diacritics(text)) == found


def test_lexicon_separates_criminal_enforcement():
    found = _lex("Trại giam tổ chức thi hành án tử hình; 120 phạm nhân được đặc xá.")
    assert found["tử hình"] == 1 and found["trại giam"] == 1 and found["đặc xá"] == 1
    assert "thi hành án" not in found  # "thi hành án tử hình" is not THADS work
    assert _lex("Cơ quan thi hành án hình sự Công an tỉnh").get("cơ quan thi hành án") is None


def test_lexicon_matches_whole_syllables_only():
    assert "kê biên" not in _lex("Kê biênh") and "án phí" not in _lex("bán phí")


def test_syllable_ngrams_both_views_and_unknown_words():
    docs = prepare_many(["Kê biên tài sản", "kê biên nhà", "Tài sản nhà"])
    v = SyllableNgrams(min_df=2).fit(docs)
    names = set(v.get_feature_names_out())
    assert {"w:kê biên", "s:ke bien", "w:tài sản", "w:nhà"} <= names
    assert "w:biên tài" not in names  # seen once only
    x = v.transform(prepare_many(["ke bien tai san", "chưa thấy bao giờ"]))
    got = {v.feature_names_[j] for j in x[0].indices}
    assert {"s:ke bien", "s:tai san"} <= got and not any(n.startswith("w:kê") for n in got)
    assert x[1].nnz == 0


def test_transformers_work_in_a_pipeline():
    docs = ["Chấp hành viên kê biên nhà", "Cưỡng chế thi hành án dân sự", "Bóng đá hôm nay"] * 3
    y = np.array([1, 1, 0] * 3)
    pipe = Pipeline(
        [
            ("prep", FunctionTransformer(prepare_many)),
            ("f", FeatureUnion([("w", SyllableNgrams()), ("lex", LexiconFeatures())])),
            ("clf", LogisticRegression()),
        ]
    ).fit(docs, y)
    p = pipe.predict_proba(["chap hanh vien ke bien", "bong da"])[:, 1]
    assert p[0] > 0.5 > p[1]
