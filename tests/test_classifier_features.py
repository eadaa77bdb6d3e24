"""ArticleFeatures: scikit-learn's CountVectorizer + TfidfTransformer over the syllables of
fast_fold (and of their diacritic-free form), plus the THADS lexicon counted like str.count of
whole syllables."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from classifier.features import LEXICON, ArticleFeatures, _sorted_pairs, lexicon_counts
from classifier.textbatch import TextBatch
from classifier.textprep import fast_fold, strip_folded
from tests.test_classifier_textbatch import EDGE, corpus_documents, reference_tokens
from text.normalize import strip_diacritics


def reference_ngrams(stripped: bool):
    """CountVectorizer analyzer: w: (and s:) unigrams and bigrams of the syllables."""

    def analyze(doc: str) -> list[str]:
        tokens = reference_tokens(fast_fold(doc))
        views = [("w:", tokens)] + ([("s:", [strip_folded(t) for t in tokens])] if stripped else [])
        out = []
        for prefix, toks in views:
            out += [prefix + t for t in toks]
            out += [f"{prefix}{a} {b}" for a, b in zip(toks, toks[1:], strict=False)]
        return out

    return analyze


def reference_lexicon(doc: str) -> list[int]:
    """The lexicon definition: phrases counted in the space-joined diacritic-free syllables."""
    s = " " + " ".join(strip_folded(t) for t in reference_tokens(fast_fold(doc))) + " "
    return [
        max(sum(s.count(f" {p} ") for p in inc) - sum(s.count(f" {p} ") for p in exc), 0)
        for _, inc, exc, _ in LEXICON
    ]


def _lex(text: str) -> dict[str, int]:
    counts = lexicon_counts(TextBatch([text]))[0]
    return {name: int(c) for (name, _, _, _), c in zip(LEXICON, counts, strict=True) if c}


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


def test_monitoring_is_not_an_enforcement_team():
    """Without diacritics "theo dõi thi hành án" (monitoring enforcement) reads "theo Đội thi
    hành án"."""
    found = _lex("Tăng cường theo dõi thi hành án hành chính; Đội thi hành án quận 10.")
    assert found["Phòng/Đội thi hành án"] == 1 and found["thi hành án"] == 2


def test_lexicon_matches_whole_syllables_only():
    assert "kê biên" not in _lex("Kê biênh") and "án phí" not in _lex("bán phí")


REPEATS = [
    "THADS THADS THADS, thads",
    "kê biên kê biên kê biên. Kê biên",
    "tử tù tử tù tử; tử tù",
    "thi hành án thi hành án tử hình thi hành án",
    "cuối bài: thi hành",
    "án dân sự ở đầu bài",  # no phrase across the boundary of two documents
]


def test_lexicon_counts_equal_the_string_definition():
    docs = REPEATS + EDGE + corpus_documents()[::7]
    got = lexicon_counts(TextBatch(docs))
    assert got.tolist() == [reference_lexicon(d) for d in docs]
    names = [name for name, _, _, _ in LEXICON]
    # str.count does not count an occurrence that starts right where the previous one ended.
    assert got[0, names.index("THADS")] == 2 and got[1, names.index("kê biên")] == 2
    assert got[4:6, names.index("thi hành án dân sự")].tolist() == [0, 0]


def test_syllable_ngrams_both_views_and_unknown_words():
    v = ArticleFeatures(min_df=2, lexicon=False).fit(
        ["Kê biên tài sản", "kê biên nhà", "Tài sản nhà"]
    )
    names = set(v.get_feature_names_out())
    assert {"w:kê biên", "s:ke bien", "w:tài sản", "w:nhà"} <= names
    assert "w:biên tài" not in names  # seen once only
    x = v.transform(["ke bien tai san", "chưa thấy bao giờ"])
    got = {v.feature_names_[j] for j in x[0].indices}
    assert {"s:ke bien", "s:tai san"} <= got and not any(n.startswith("w:kê") for n in got)
    assert x[1].nnz == 0


@pytest.mark.parametrize("stripped,lexicon", [(True, True), (False, False)])
def test_features_equal_the_scikit_learn_definition(stripped, lexicon):
    docs = corpus_documents()
    train, test = docs[:900:2] + REPEATS, docs[1:700:2] + EDGE + REPEATS
    ours = ArticleFeatures(stripped=stripped, lexicon=lexicon).fit(train)
    count = CountVectorizer(analyzer=reference_ngrams(stripped), min_df=2).fit(train)
    tfidf = TfidfTransformer(sublinear_tf=True).fit(count.transform(train))
    names = list(count.get_feature_names_out())
    if lexicon:
        names += ["lex:" + name for name, _, _, _ in LEXICON]
    assert sorted(ours.get_feature_names_out()) == sorted(names)
    expected = tfidf.transform(count.transform(test))
    if lexicon:
        lex = np.log1p(np.array([reference_lexicon(d) for d in test], dtype=float))
        expected = sp.hstack([expected, sp.csr_matrix(lex)], format="csr")
    column = {n: j for j, n in enumerate(ours.get_feature_names_out())}
    got = ours.transform(test)[:, [column[n] for n in names]]
    assert got.shape == expected.shape and abs(got - expected).max() < 1e-12
    assert np.allclose(ours.idf_[[column[n] for n in count.get_feature_names_out()]], tfidf.idf_)


@pytest.mark.parametrize(
    "bits,n",
    [(3, 4), (10, 64), (14, 64), (18, 64), (18, 1000), (30, 64), (31, 8)],
    ids=["one-digit", "16-bit", "two-digits-8", "two-digits-8b", "two-digits-16", "wide", "wider"],
)
def test_sorted_pairs_equal_a_plain_sort(bits, n):
    """The radix sort of (document, column) keys gives np.sort's order for every key width:
    one 16-bit digit, two digits (the top one 8 or 16 bits), and the 64-bit fallback."""
    rng = np.random.default_rng(bits * 1000 + n)
    doc = np.sort(rng.integers(0, n, 5000)).astype(np.int32)
    col = rng.integers(0, 1 << bits, 5000).astype(np.int32)
    col[:50] = (1 << bits) - 1  # the widest column, and repeats of it
    expected = np.sort((doc.astype(np.uint64) << np.uint64(bits)) | col.astype(np.uint64))
    got = _sorted_pairs(doc, col, bits, n)
    assert np.array_equal(got.astype(np.uint64), expected)


def test_feature_rows_are_canonical():
    """Every row's columns are sorted and distinct (the explanations break ties by column)."""
    docs = corpus_documents()
    feats = ArticleFeatures().fit(docs[:600])
    x = feats.transform(docs[600:900] + ["", "thi hành án thi hành án thi hành án"])
    assert x.nnz and x.has_canonical_format
    for i in range(x.shape[0]):
        cols = x.indices[x.indptr[i] : x.indptr[i + 1]]
        assert (np.diff(cols) > 0).all()


def test_documents_without_a_token_have_no_features():
    """A batch of punctuation only (a title "....", an empty body) has no n-gram: an empty row,
    not an error, alone or beside real documents."""
    feats = ArticleFeatures().fit(corpus_documents()[:300])
    empty = feats.transform(["....", ". . !", ""])
    assert empty.shape == (3, len(feats.get_feature_names_out())) and empty.nnz == 0
    mixed = feats.transform(["....", "Thi hành án dân sự tỉnh Đồng Nai"])
    assert mixed[0].nnz == 0 and mixed[1].nnz > 0


def test_pickled_features_transform_the_same():
    docs = corpus_documents()[:300]
    feats = ArticleFeatures().fit(docs)
    again = pickle.loads(pickle.dumps(feats))
    assert abs(again.transform(docs[:50]) - feats.transform(docs[:50])).max() == 0
    assert again.transform([]).shape == (0, len(feats.get_feature_names_out()))


def test_transformers_work_in_a_pipeline():
    docs = ["Chấp hành viên kê biên nhà", "Cưỡng chế thi hành án dân sự", "Bóng đá hôm nay"] * 3
    y = np.array([1, 1, 0] * 3)
    pipe = Pipeline([("f", ArticleFeatures()), ("clf", LogisticRegression())]).fit(docs, y)
    p = pipe.predict_proba(["chap hanh vien ke bien", "bong da"])[:, 1]
    assert p[0] > 0.5 > p[1]
