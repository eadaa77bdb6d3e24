"""The features of the classifier pipelines, computed from composed documents in NumPy.

:class:`ArticleFeatures` emits, for a batch of documents (``textprep.compose``):

* TF-IDF (sublinear tf, smoothed idf) of syllable unigrams and bigrams of the folded text
  (``w:`` features) and, with ``stripped=True``, of its diacritic-free form (``s:``), both
  L2-normalised together; n-grams seen in fewer than ``min_df`` training documents are dropped;
* with ``lexicon=True``, ``log1p`` counts of the :data:`LEXICON` terms (THADS agencies, officers
  and acts, and criminal-enforcement terms that signal *not* THADS), matched on diacritic-free
  syllables.

The definitions are those of scikit-learn's ``CountVectorizer``/``TfidfTransformer`` over the
syllables of ``textprep.fast_fold`` (tests compare both on the corpus); the computation runs on
the token hashes of :class:`classifier.textbatch.TextBatch`, with no Python object per token.
N-grams are found by their 64-bit key in a :class:`classifier.textbatch.HashIndex`: exact for
the model's n-grams, and an n-gram the model does not know passes for one it knows with a
probability of about 2**-40 per occurrence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin

from classifier.textbatch import HashIndex, TextBatch, hash_strings

__all__ = ["LEXICON", "ArticleFeatures", "batches", "lexicon_counts"]

BATCH = 64  # documents per TextBatch: its arrays stay within a core's L2 cache
_U64 = np.uint64
# Feature keys: unigram h ^ salt, bigram (a * _PAIR + b) ^ salt, one salt per view and order.
_PAIR = _U64(0xD6E8FEB86659FD93)
_TF = np.concatenate([[0.0], np.log(np.arange(1, 256)) + 1.0])  # sublinear tf of counts < 256
_SALTS = (
    (_U64(0x243F6A8885A308D3), _U64(0x13198A2E03707344)),  # w: unigram, bigram
    (_U64(0xA4093822299F31D0), _U64(0x082EFA98EC4E6C89)),  # s: unigram, bigram
)


# (display name, phrases, excluded continuations, polarity), all on diacritic-free syllables.
# Positive terms name THADS work; negative ones name criminal enforcement, which is not THADS.
LEXICON: tuple[tuple[str, tuple[str, ...], tuple[str, ...], int], ...] = (
    ("thi hành án dân sự", ("thi hanh an dan su",), (), 1),
    ("THADS", ("thads",), (), 1),
    ("Cục Quản lý THADS", ("cuc quan ly thi hanh an dan su", "cuc quan ly thads"), (), 1),
    ("Tổng cục THADS", ("tong cuc thi hanh an dan su", "tong cuc thads"), (), 1),
    ("Cục/Chi cục THADS", ("cuc thi hanh an dan su", "cuc thads"), (), 1),
    # (without diacritics "theo dõi thi hành án", monitoring enforcement, reads "Đội thi hành án")
    (
        "Phòng/Đội thi hành án",
        ("phong thi hanh an", "doi thi hanh an"),
        ("theo doi thi hanh an",),
        1,
    ),
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
        ("thi hanh an tu hinh", "thi hanh an tu tu", "thi hanh an hinh su", "thi hanh an phat tu"),
        1,
    ),
    ("hoãn/đình chỉ thi hành án", ("hoan thi hanh an", "dinh chi thi hanh an"), (), 1),
    ("thu hồi tài sản", ("thu hoi tai san",), (), 1),
    ("tử hình", ("tu hinh", "tiem thuoc doc"), (), -1),
    ("tử tù", ("tu tu",), (), -1),
    ("trại giam", ("trai giam", "nha tu"), (), -1),
    ("đặc xá", ("dac xa",), (), -1),
    ("thi hành án hình sự", ("thi hanh an hinh su",), (), -1),
    ("phạm nhân", ("pham nhan",), (), -1),
    ("phạt tù", ("phat tu", "nam tu", "tu giam"), (), -1),
)


@cache
def _lexicon_phrases() -> tuple[HashIndex, list[tuple[int, int, np.ndarray]]]:
    """Index of the syllables of every lexicon phrase, and (term, +1 or -1, syllable ids) for
    every phrase and excluded continuation."""
    syllables: dict[str, int] = {}
    phrases = []
    for term, (_, include, exclude, _) in enumerate(LEXICON):
        for sign, group in ((1, include), (-1, exclude)):
            for phrase in group:
                ids = [syllables.setdefault(s, len(syllables)) for s in phrase.split()]
                phrases.append((term, sign, np.array(ids, np.int32)))
    return HashIndex(hash_strings(list(syllables))), phrases


def _non_overlapping(pos: np.ndarray, doc: np.ndarray, k: int) -> np.ndarray:
    """Occurrences of a ``k``-syllable phrase counted like ``str.count`` of " phrase " in the
    space-joined syllables: left to right, one occurrence consumes the space after it, so the
    next one counts only from ``k + 1`` syllables further on."""
    close = (np.diff(pos) <= k) & (doc[pos[1:]] == doc[pos[:-1]])
    if not close.any():
        return pos
    kept: list[int] = []
    for p in pos.tolist():
        if not kept or p > kept[-1] + k or doc[p] != doc[kept[-1]]:
            kept.append(p)
    return np.array(kept, dtype=pos.dtype)


def lexicon_counts(parts: TextBatch | Sequence[TextBatch]) -> np.ndarray:
    """Occurrences of each :data:`LEXICON` term per document of the batch (or of consecutive
    batches): phrases minus excluded continuations, at least 0, matched on whole diacritic-free
    syllables."""
    parts = [parts] if isinstance(parts, TextBatch) else list(parts)
    n = sum(b.n for b in parts)
    starts = np.cumsum([0] + [b.n for b in parts[:-1]])
    index, phrases = _lexicon_phrases()
    longest = max(len(ids) for _, _, ids in phrases)
    sid = np.concatenate(
        [index.lookup(b.stripped_hash) for b in parts] + [np.full(longest, -1, np.int32)]
    )
    doc = np.concatenate(
        [b.doc + start for b, start in zip(parts, starts, strict=True)]
        + [np.full(longest, -1, np.int64)]
    )
    anywhere = np.flatnonzero(sid >= 0)
    counts = np.zeros((len(LEXICON), n), np.int64)
    for term, sign, ids in phrases:
        pos = anywhere[sid[anywhere] == ids[0]]
        for j in range(1, len(ids)):
            pos = pos[sid[pos + j] == ids[j]]
        pos = pos[doc[pos + len(ids) - 1] == doc[pos]]
        if len(pos) > 1:
            pos = _non_overlapping(pos, doc, len(ids))
        if len(pos):
            counts[term] += sign * np.bincount(doc[pos], minlength=n)
    return np.maximum(counts.T, 0)


def _sorted_pairs(doc: np.ndarray, col: np.ndarray, bits: int, n: int) -> np.ndarray:
    """The keys ``doc << bits | col`` sorted, ``col < 2**bits``, ``doc < n``: a least
    significant digit radix sort in 16-bit digits (NumPy's stable sort of 16-bit integers is a
    radix sort, several times faster than its comparison sort of wider keys)."""
    width = bits + max(int(n - 1).bit_length(), 1)
    if width > 32:
        return np.sort((doc.astype(np.uint64) << _U64(bits)) | col.astype(np.uint64))
    k = (doc.astype(np.uint32) << np.uint32(bits)) | col.astype(np.uint32)
    for shift in range(0, width, 16):
        digit = k >> np.uint32(shift) if shift else k
        digit = digit.astype(np.uint8 if width - shift <= 8 else np.uint16)
        k = k[np.argsort(digit, kind="stable")]
    return k


def batches(docs: Iterable[str], size: int = BATCH) -> Iterable[TextBatch]:
    """``docs`` as :class:`TextBatch` es of at most ``size`` documents (bounded memory)."""
    docs = list(docs)
    for i in range(0, len(docs), size):
        yield TextBatch(docs[i : i + size])


class ArticleFeatures(TransformerMixin, BaseEstimator):
    """N-gram TF-IDF of one or two views plus lexicon counts (see the module docstring).
    Input: composed documents (raw text; the fold is part of the transform)."""

    def __init__(self, *, min_df: int = 2, stripped: bool = True, lexicon: bool = True):
        self.min_df = min_df
        self.stripped = stripped
        self.lexicon = lexicon

    # --- n-gram occurrences ------------------------------------------------------------------

    def _blocks(self, batch: TextBatch):
        """(diacritic-free view?, bigram?, feature keys, documents, first tokens) of the
        unigram and bigram occurrences of each view."""
        views = (batch.hash, batch.stripped_hash)[: 2 if self.stripped else 1]
        pair = np.flatnonzero(batch.doc[1:] == batch.doc[:-1])
        every = np.arange(len(batch.doc))
        for view, ((uni, bi), h) in enumerate(zip(_SALTS, views, strict=False)):
            yield view == 1, False, h ^ uni, batch.doc, every
            yield view == 1, True, (h[pair] * _PAIR + h[pair + 1]) ^ bi, batch.doc[pair], pair

    def _occurrences(self, batch: TextBatch) -> tuple[np.ndarray, np.ndarray]:
        """(feature key, document) of every unigram and bigram occurrence, the blocks of
        :meth:`_blocks` in one array; a "bigram" across two documents has the key 0, which is
        never a feature (the fast form of ``_blocks``: slices instead of gathers)."""
        views = (batch.hash, batch.stripped_hash)[: 2 if self.stripped else 1]
        doc = batch.doc
        t = len(doc)
        p = max(t - 1, 0)
        keys = np.empty(len(views) * (t + p), _U64)
        kdoc = np.empty(len(keys), np.int32)
        across = np.flatnonzero(doc[1:] != doc[:-1])
        at = 0
        for (uni, bi), h in zip(_SALTS, views, strict=False):
            np.bitwise_xor(h, uni, out=keys[at : at + t])
            kdoc[at : at + t] = doc
            at += t
            bigram = keys[at : at + p]
            np.multiply(h[:-1], _PAIR, out=bigram)
            bigram += h[1:]
            bigram ^= bi
            bigram[across] = 0
            kdoc[at : at + p] = doc[:-1]
            at += p
        return keys, kdoc

    def fit(self, docs: Sequence[str], y=None):
        # Document frequency of every key: one count per distinct (key, document).
        found, df = [], []
        for batch in batches(docs):
            keys, kdoc = self._occurrences(batch)
            real = keys != 0
            keys, kdoc = keys[real], kdoc[real]
            pairs = keys ^ (kdoc.astype(_U64) * _PAIR)  # one value per (key, document)
            order = np.argsort(pairs)
            sorted_pairs = pairs[order]
            first = order[np.flatnonzero(np.diff(sorted_pairs, prepend=~sorted_pairs[:1]))]
            k, n = np.unique(keys[first], return_counts=True)
            found.append(k)
            df.append(n)
        keys, inverse = np.unique(np.concatenate(found), return_inverse=True)
        df = np.bincount(inverse, weights=np.concatenate(df)).astype(np.int64)
        keep = df >= self.min_df
        keys, df = keys[keep], df[keep]
        names = self._names(docs, keys)
        order = np.argsort(np.asarray(names, dtype=object), kind="stable")
        self.keys_ = keys[order]
        self.feature_names_ = np.asarray(
            [names[i] for i in order] + (self._lexicon_names() if self.lexicon else []),
            dtype=object,
        )
        self.idf_ = np.log((len(docs) + 1) / (df[order] + 1)) + 1.0
        self._index = HashIndex(self.keys_)
        return self

    def _names(self, docs: Sequence[str], keys: np.ndarray) -> list[str]:
        """Display name of every key ("w:thi hành", "s:thi hanh"), from its first occurrence."""
        index = HashIndex(keys)
        names = [""] * len(keys)
        named = np.zeros(len(keys), bool)
        for batch in batches(docs):
            for stripped, bigram, bkeys, _, toks in self._blocks(batch):
                pos = index.lookup(bkeys)
                hit = np.flatnonzero(pos >= 0)
                hit = hit[~named[pos[hit]]]
                occurrence = np.full(len(keys), -1)
                occurrence[pos[hit]] = hit  # any occurrence of each key will do
                col = np.flatnonzero(occurrence >= 0)
                named[col] = True
                prefix = "s:" if stripped else "w:"
                for c, k in zip(col.tolist(), toks[occurrence[col]].tolist(), strict=True):
                    name = batch.token_text(k, stripped)
                    if bigram:
                        name += " " + batch.token_text(k + 1, stripped)
                    names[c] = prefix + name
            if named.all():
                break
        return names

    @staticmethod
    def _lexicon_names() -> list[str]:
        return ["lex:" + name for name, _, _, _ in LEXICON]

    # --- transform ---------------------------------------------------------------------------

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_index", None)  # rebuilt from keys_
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        if "keys_" in state:
            self._index = HashIndex(self.keys_)

    def transform(self, docs: Sequence[str]) -> sp.csr_matrix:
        docs = list(docs)
        step = 8 * BATCH  # documents whose batches are held at once
        parts = [
            self.transform_batches(list(batches(docs[i : i + step])))
            for i in range(0, len(docs), step)
        ]
        if len(parts) == 1:
            return parts[0]
        return sp.vstack(parts, format="csr") if parts else self.transform_batches([])

    def transform_batches(self, parts: Sequence[TextBatch]) -> sp.csr_matrix:
        """The feature matrix (CSR) of consecutive batches: n-grams batch by batch (cache-sized),
        the lexicon over all of them at once."""
        n = sum(b.n for b in parts)
        rows, cols, values = [np.zeros(0, np.int64)], [np.zeros(0, np.int32)], [np.zeros(0)]
        start = 0
        for b in parts:
            row, col, value = self._ngrams(b)
            rows.append(row + start)
            cols.append(col)
            values.append(value)
            start += b.n
        row, col, data = np.concatenate(rows), np.concatenate(cols), np.concatenate(values)
        indptr = np.zeros(n + 1, np.int64)
        np.cumsum(np.bincount(row, minlength=n), out=indptr[1:])
        x = sp.csr_matrix((data, col, indptr), shape=(n, len(self.keys_)))
        if not self.lexicon:
            return x
        if not n:
            return sp.csr_matrix((0, len(self.feature_names_)))
        lexicon = sp.csr_matrix(np.log1p(lexicon_counts(parts)))
        return sp.hstack([x, lexicon], format="csr")  # the lexicon columns after the n-grams

    def _ngrams(self, batch: TextBatch) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(row, column, L2-normalised TF-IDF) of the n-grams of a batch, sorted by row and
        column."""
        n = batch.n
        keys, kdoc = self._occurrences(batch)
        col = self._index.lookup(keys)
        known = np.flatnonzero(col >= 0)  # an n-gram the model does not know counts nowhere
        if not len(known):  # (punctuation only, or no known n-gram in the whole batch)
            empty = np.zeros(0, np.int64)
            return empty, empty, np.zeros(0)
        # Key of (document, column), sorted: equal keys are the occurrences of one feature in
        # one document.
        bits = max(int(len(self.keys_) - 1).bit_length(), 1)
        k = _sorted_pairs(kdoc[known], col[known], bits, n)
        first = np.flatnonzero(np.concatenate([[True], k[1:] != k[:-1]]))
        count = np.diff(np.append(first, len(k)))
        k = k[first]
        row = (k >> k.dtype.type(bits)).astype(np.int64)
        col = (k & k.dtype.type((1 << bits) - 1)).astype(np.int32)
        tf = _TF[count] if count.max(initial=0) < len(_TF) else np.log(count) + 1.0
        data = tf * self.idf_[col]
        norm = np.sqrt(np.bincount(row, data * data, minlength=n))
        data /= norm[row]
        return row, col, data

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        return self.feature_names_
