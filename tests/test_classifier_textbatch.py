"""TextBatch folds, strips and tokenises exactly like textprep and a whitespace split; its
hashes are those of the token strings; HashIndex finds every key and nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from classifier import textbatch
from classifier.textbatch import PUNCT, HashIndex, TextBatch, hash_strings
from classifier.textprep import compose, fast_fold, strip_folded
from tests.test_classifier_textprep import TRICKY

CORPUS = Path(__file__).parents[1] / "classifier" / "data" / "labelled.jsonl"

# Characters the tables cannot fold (the document goes through fast_fold), stray combining
# marks (dropped by the diacritic-free view), the qu + y exception, upper case, empty documents.
EDGE = [
    "Straße İstanbul ǰ hoà😀 oà中 中oà quỳ QUỲ Quỳ uỷ THUỶ",
    "a\u0301\u0301 ... , ,a, ‘x’ “y” --- ---z--- \u0345 ß",
    "hoà\u0301 o\u0300a \u0301 \u0301\u0301x",
    "nul\x00byte \ud800 lone surrogate, ZWSP\u200bhere",
    "",
    "   ",
    "...",
    "Hoà",
]


def reference_tokens(folded: str) -> list[str]:
    """The token definition: whitespace-separated words, punctuation stripped at both ends."""
    return [t for t in (w.strip(PUNCT) for w in folded.split()) if t]


def corpus_documents() -> list[str]:
    with open(CORPUS, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return [compose(r["title"], r["lead"], r["text"]) for r in rows]


def _check(docs: list[str]) -> None:
    batch = TextBatch(docs)
    assert batch.n == len(docs)
    folded = [fast_fold(d) for d in docs]
    assert [batch.folded_text(i) for i in range(len(docs))] == folded
    assert [batch.stripped_text(i) for i in range(len(docs))] == list(map(strip_folded, folded))
    tokens = [reference_tokens(f) for f in folded]
    assert np.array_equal(batch.doc, np.repeat(np.arange(len(docs)), list(map(len, tokens))))
    flat = [t for doc_tokens in tokens for t in doc_tokens]
    stripped = list(map(strip_folded, flat))
    assert [batch.token_text(k) for k in range(len(flat))] == flat
    assert [batch.token_text(k, stripped=True) for k in range(len(flat))] == stripped
    assert np.array_equal(batch.hash, hash_strings(flat))
    assert np.array_equal(batch.stripped_hash, hash_strings(stripped))


def test_tricky_documents_one_by_one_and_together():
    for doc in TRICKY + EDGE:
        _check([doc])
    _check(TRICKY + EDGE)
    one = TextBatch(["Kê biên, (nhà)."])
    assert [one.token_text(k) for k in range(3)] == ["kê", "biên", "nhà"] and len(one.doc) == 3


def test_the_corpus_in_batches():
    docs = corpus_documents()
    for start in range(0, len(docs), 500):  # each batch also holds two tricky documents
        _check(docs[start : start + 500] + EDGE[:2])


def test_a_huge_batch_gets_powers_that_are_not_kept(monkeypatch):
    monkeypatch.setattr(textbatch, "_KEEP_POWERS", 1 << 16)
    monkeypatch.setattr(textbatch, "_POWERS", [np.ones(0, np.uint64)] * 2)
    _check(["Chấp hành viên kê biên, (hoà giải) " * 3000, "THADS"])  # 105,000 code points
    assert len(textbatch._POWERS[0]) <= 1 << 16


def test_hashes_tell_tokens_apart():
    words = ["thi", "hành", "hanh", "án", "an", "ản", "thads", "tp.hcm", "", "a", "aa", "b"]
    h = hash_strings(words)
    assert len(set(h.tolist())) == len(words)
    assert np.array_equal(hash_strings(["hành", "án"]), h[[1, 3]])  # context-free


def test_hash_index_finds_keys_and_only_them(monkeypatch):
    rng = np.random.default_rng(7)
    keys = rng.integers(1, 2**63, 5000, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    # Keys sharing their high bits collide in the first table: overflow tables hold them.
    keys[:300] = np.arange(300, dtype=np.uint64) * np.uint64(2) + np.uint64(0xABCD << 48 | 1)
    index = HashIndex(keys)
    assert index.overflow is not None and index.overflow.overflow is not None
    queries = np.concatenate([keys, keys + np.uint64(1), np.zeros(3, np.uint64)])  # keys are odd
    found = index.lookup(queries)
    assert np.array_equal(found[: len(keys)], np.arange(len(keys)))
    assert (found[len(keys) :] == -1).all()
    with pytest.raises(ValueError, match="distinct"):
        HashIndex(np.array([3, 5, 3], np.uint64))
    with pytest.raises(ValueError, match="non-zero"):
        HashIndex(np.array([0, 5], np.uint64))
    # A fingerprint that does not tell a key from the owner of its home slot is replaced.
    useless = 0  # every key's fingerprint is 0
    monkeypatch.setattr(HashIndex, "_FINGERPRINTS", (useless, *HashIndex._FINGERPRINTS))
    index = HashIndex(keys)
    assert index.f == HashIndex._FINGERPRINTS[1]
    assert np.array_equal(index.lookup(keys), np.arange(len(keys)))
