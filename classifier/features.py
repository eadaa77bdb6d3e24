"""Feature transformers of the classifier pipelines (input: prepared, folded documents).

* :class:`SyllableNgrams` — syllable unigrams and bigrams of the folded text and of its
  diacritic-free form, counted in NumPy over the whole batch (sklearn's Python analyzers were
  the bottleneck at 2,000 articles/s).
* :class:`LexiconFeatures` — counts of THADS terms (agencies old and new, officers, enforcement
  acts) and of criminal-enforcement terms that signal *not* THADS, matched diacritic-free.
"""

from __future__ import annotations

import string
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin

from classifier.textprep import strip_folded

__all__ = ["LEXICON", "LexiconFeatures", "SyllableNgrams", "tokens"]

_PUNCT = string.punctuation + "“”‘’…–—«»·•"


def tokens(folded: str) -> list[str]:
    """Whitespace syllables with surrounding punctuation stripped ("án," -> "án")."""
    out = [t.strip(_PUNCT) for t in folded.split()]
    return [t for t in out if t]


class SyllableNgrams(TransformerMixin, BaseEstimator):
    """Unigram + bigram counts of syllables, on the folded text (``w:``) and, when
    ``stripped=True``, on its diacritic-free form too (``s:``). Features seen in fewer than
    ``min_df`` training documents are dropped. A whole batch is counted in one NumPy pass."""

    def __init__(self, *, ngram_max: int = 2, min_df: int = 2, stripped: bool = True):
        self.ngram_max = ngram_max
        self.min_df = min_df
        self.stripped = stripped

    def _ids(self, toks: list[str], view: int, grow: bool) -> list[int]:
        """Token ids of one document in one view (-1: unknown); ``grow`` adds new tokens."""
        vocab = self.vocab_[view]
        if view == 1:  # stripped view, keyed by the folded token: one lookup per token
            via = self.strip_ids_
            if grow:
                return [
                    via[t]
                    if t in via
                    else via.setdefault(t, vocab.setdefault(strip_folded(t), len(vocab)))
                    for t in toks
                ]
            get = via.get
            return [
                i if (i := get(t)) is not None else vocab.get(strip_folded(t), -1) for t in toks
            ]
        if grow:
            return [vocab.setdefault(t, len(vocab)) for t in toks]
        get = vocab.get
        return [get(t, -1) for t in toks]

    def _batch_keys(self, docs: list[list[str]], view: int, grow: bool):
        """(doc index, feature key) arrays of a tokenised batch; bigram keys are
        size + a * size + b."""
        ids: list[int] = []
        doc: list[int] = []
        for i, toks in enumerate(docs):
            part = self._ids(toks, view, grow)
            ids += part
            doc += [i] * len(part)
        a = np.asarray(ids, dtype=np.int64)
        di = np.asarray(doc, dtype=np.int64)
        size = len(self.vocab_[view])
        if self.ngram_max < 2 or len(a) < 2:
            keys, kdoc = a, di
        else:
            ok = (a[:-1] >= 0) & (a[1:] >= 0) & (di[:-1] == di[1:])
            keys = np.concatenate([a, size + a[:-1][ok] * size + a[1:][ok]])
            kdoc = np.concatenate([di, di[:-1][ok]])
        keep = keys >= 0
        return kdoc[keep], keys[keep], size

    def _n_views(self) -> int:
        return 2 if self.stripped else 1

    def fit(self, docs: Sequence[str], y=None):
        self.vocab_ = [{} for _ in range(self._n_views())]
        self.strip_ids_: dict[str, int] = {}  # folded token -> id in the stripped vocabulary
        toks = [tokens(d) for d in docs]
        self.keys_: list[np.ndarray] = []
        names: list[str] = []
        for view, prefix in zip(range(self._n_views()), ("w:", "s:"), strict=False):
            kdoc, keys, size = self._batch_keys(toks, view, grow=True)
            pairs = np.unique(keys * len(docs) + kdoc)  # one (key, doc) per document
            uniq, df = np.unique(pairs // len(docs), return_counts=True)
            kept = uniq[df >= self.min_df]
            inv = {i: t for t, i in self.vocab_[view].items()}
            for key in kept.tolist():
                if key < size:
                    names.append(prefix + inv[key])
                else:
                    a, b = divmod(key - size, size)
                    names.append(f"{prefix}{inv[a]} {inv[b]}")
            self.keys_.append(kept)
        self.sizes_ = [len(v) for v in self.vocab_]
        self.feature_names_ = np.asarray(names, dtype=object)
        return self

    def transform(self, docs: Sequence[str]) -> sp.csr_matrix:
        rows: list[np.ndarray] = []
        cols: list[np.ndarray] = []
        offset = 0
        toks = [tokens(d) for d in docs]
        for view in range(self._n_views()):
            kdoc, keys, size = self._batch_keys(toks, view, grow=False)
            table = self.keys_[view]
            if size != self.sizes_[view]:  # pragma: no cover - vocab never grows after fit
                raise RuntimeError("vocabulary changed after fit")
            if len(table):
                pos = np.searchsorted(table, keys)
                pos[pos >= len(table)] = 0
                hit = table[pos] == keys
                rows.append(kdoc[hit])
                cols.append(pos[hit] + offset)
            offset += len(table)
        r = np.concatenate(rows) if rows else np.zeros(0, np.int64)
        c = np.concatenate(cols) if cols else np.zeros(0, np.int64)
        m = sp.csr_matrix((np.ones(len(r)), (r, c)), shape=(len(docs), len(self.feature_names_)))
        m.sum_duplicates()
        return m

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        return self.feature_names_


# (display name, phrases, excluded continuations, polarity), all on diacritic-free syllables.
# Positive terms name THADS work; negative ones name criminal enforcement, which is not THADS.
LEXICON: tuple[tuple[str, tuple[str, ...], tuple[str, ...], int], ...] = (
    ("thi hành án dân sự", ("thi hanh an dan su",), (), 1),
    ("THADS", ("thads",), (), 1),
    ("Cục Quản lý THADS", ("cuc quan ly thi hanh an dan su", "cuc quan ly thads"), (), 1),
    ("Tổng cục THADS", ("tong cuc thi hanh an dan su", "tong cuc thads"), (), 1),
    ("Cục/Chi cục THADS", ("cuc thi hanh an dan su", "cuc thads"), (), 1),
    ("Phòng/Đội thi hành án", ("phong thi hanh an", "doi thi hanh an"), (), 1),
    ("cơ quan thi hành án", ("co quan thi hanh an",), ("co quan thi hanh an hinh su",), 1),
    ("chấp hành viên", ("chap hanh vien",), (), 1),
    ("thẩm tra viên", ("tham tra vien",), (), 1),
    ("thư ký thi hành án", ("thu ky thi hanh an",), (), 1),
    ("thừa phát lại", ("thua phat lai",), (), 1),
    ("kê biên", ("ke bien",), (), 1),
    ("cưỡng chế thi hành án", ("cuong che thi hanh an",), (), 1),
    ("cưỡng chế", ("cuong che",), (), 1),
    ("phải thi hành án", ("phai thi hanh an", "duoc thi hanh an"), (), 1),
    ("án phí", ("an phi",), (), 1),
    ("đấu giá tài sản", ("dau gia tai san", "ban dau gia"), (), 1),
    (
        "thi hành án",
        ("thi hanh an",),
        ("thi hanh an tu hinh", "thi hanh an hinh su", "thi hanh an phat tu"),
        1,
    ),
    ("hoãn/đình chỉ thi hành án", ("hoan thi hanh an", "dinh chi thi hanh an"), (), 1),
    ("thu hồi tài sản", ("thu hoi tai san",), (), 1),
    ("tử hình", ("tu hinh",), (), -1),
    ("tử tù", ("tu tu",), (), -1),
    ("trại giam", ("trai giam",), (), -1),
    ("đặc xá", ("dac xa",), (), -1),
    ("thi hành án hình sự", ("thi hanh an hinh su",), (), -1),
    ("phạm nhân", ("pham nhan",), (), -1),
    ("phạt tù", ("phat tu", "nam tu"), (), -1),
)


_STRIPPED: dict[str, str] = {}


def _strip_token(t: str) -> str:
    """Diacritic-free form of one folded token, memoised (tokens repeat a lot)."""
    s = _STRIPPED.get(t)
    if s is None:
        if len(_STRIPPED) > 500_000:
            _STRIPPED.clear()
        s = _STRIPPED[t] = strip_folded(t)
    return s


def lexicon_text(folded: str) -> str:
    """Diacritic-free syllables joined by single spaces, padded: the text lexicon phrases are
    counted in (" ke bien " cannot match inside another word)."""
    return " " + " ".join(map(_strip_token, tokens(folded))) + " "


def lexicon_counts(folded: str) -> list[int]:
    """Occurrences of every :data:`LEXICON` term in one folded document."""
    s = lexicon_text(folded)
    out = []
    for _, phrases, excluded, _ in LEXICON:
        n = sum(s.count(f" {p} ") for p in phrases) - sum(s.count(f" {p} ") for p in excluded)
        out.append(max(n, 0))
    return out


class LexiconFeatures(TransformerMixin, BaseEstimator):
    """``log1p`` counts of each :data:`LEXICON` term, matched on diacritic-free syllables.
    Stateless."""

    def fit(self, docs: Sequence[str], y=None):
        return self

    def __sklearn_is_fitted__(self) -> bool:
        return True

    def transform(self, docs: Sequence[str]) -> sp.csr_matrix:
        dense = np.log1p(np.asarray([lexicon_counts(d) for d in docs], dtype=float))
        return sp.csr_matrix(dense.reshape(len(docs), len(LEXICON)))

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        return np.asarray(["lex:" + name for name, _, _, _ in LEXICON], dtype=object)
