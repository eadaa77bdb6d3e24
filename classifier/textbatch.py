"""Documents folded, tokenised and hashed as one NumPy batch: the classifier's hot path.

:class:`TextBatch` holds, for a list of composed documents (``textprep.compose``), the code
points of their folded text (``textprep.fast_fold``) and of its diacritic-free form
(``textprep.strip_folded``), their syllable tokens as spans, and a 64-bit hash of every token in
both forms. No Python object is made per character or per token: at 2,000 articles/s, one string
per syllable was most of the classification time.

Tokens are whitespace-separated words with :data:`PUNCT` stripped from both ends ("án," ->
"án"); a word of punctuation only is no token.

Exactness. The fold follows ``text.normalize.fold`` step by step: NFC (``unicodedata``), then
tone marks unified ("hoà" -> "hòa") and case folded by table lookups on the code points. A
document holding a character the tables cannot fold exactly (an invisible character, a character
outside the Basic Multilingual Plane, one whose case folding is several characters such as "ß")
is folded by ``fast_fold`` instead. Tests compare the results with ``fast_fold``, ``strip_folded``
and a whitespace split on the whole corpus.

Hashes. A token's hash is a polynomial over its code points modulo 2**64 with its bits spread
by a xor-shift and a multiplication. Two different tokens share a hash with a probability of
about 2**-64; the consequence of such an accident would be one miscounted feature. The hashes
are part of a trained model (its n-gram keys): changing them needs a new artifact format.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass
from functools import cache

import numpy as np

from classifier.textprep import _STRIP, fast_fold
from text.normalize import TONED_AE, TONED_Y, is_invisible

__all__ = ["PUNCT", "HashIndex", "TextBatch", "hash_strings"]

PUNCT = string.punctuation + "“”‘’…–—«»·•"
LIMIT = 0x10000  # code points from here on are not in the tables: fast_fold folds such text

# Character classes (bits of _Tables.cls).
SPACE, PUNCTUATION, LETTER, TONED, DROPPED, SLOW = 1, 2, 4, 8, 16, 32
_RARE = DROPPED  # cls >= _RARE: a dropped combining mark or a character needing fast_fold

_U64 = np.uint64
_MULT = 0x9E3779B97F4A7C15  # odd: invertible modulo 2**64
_MULT_INV = pow(_MULT, -1, 1 << 64)


@dataclass(frozen=True)
class _Tables:
    cls: np.ndarray  # uint8[LIMIT + 1]; index LIMIT stands for every code point >= LIMIT
    fold: np.ndarray  # uint32[LIMIT + 1]: case folding of one character
    strip_fold: np.ndarray  # uint32[LIMIT + 1]: strip_folded(casefold(c)); 0 = dropped
    strip: np.ndarray  # uint32[LIMIT + 1]: strip_folded(c); 0 = dropped
    tone: np.ndarray  # uint8[LIMIT + 1]: tone mark 1-5 of a toned a/e, 6-10 of a toned y
    base: np.ndarray  # uint32[LIMIT + 1]: the toned vowel without its tone mark
    compose: np.ndarray  # uint32[4, 6]: o, O, u, U with tone mark 1-5


_TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"
_FIRSTS = "OUou"
_FIRST_CODES = np.array([ord(c) for c in _FIRSTS], np.uint32)  # sorted


@cache
def _tables() -> _Tables:
    """Built on first use from the same definitions as ``text.normalize`` and ``textprep``."""
    chars = [chr(c) for c in range(LIMIT)]
    letters = {m.start() for m in re.finditer(r"[^\W\d_]", "".join(chars))}
    cls = np.zeros(LIMIT + 1, np.uint8)
    fold = np.arange(LIMIT + 1, dtype=np.uint32)
    for c, ch in enumerate(chars):
        bits = (SPACE if ch.isspace() else 0) | (PUNCTUATION if ch in PUNCT else 0)
        bits |= LETTER if c in letters else 0
        folded = ch.casefold()
        if len(folded) != 1 or is_invisible(ch):  # fast_fold drops or expands it
            bits |= SLOW
        else:
            fold[c] = ord(folded)
            f_bits = (SPACE if folded.isspace() else 0) | (PUNCTUATION if folded in PUNCT else 0)
            if f_bits != bits & (SPACE | PUNCTUATION):  # tokens are cut before case folding
                bits |= SLOW
        cls[c] = bits
    cls[LIMIT] = SLOW
    strip = np.arange(LIMIT + 1, dtype=np.uint32)
    for c, repl in _STRIP.items():
        strip[c] = ord(repl) if repl else 0
    strip_fold = strip[fold]
    cls[strip_fold == 0] |= DROPPED
    tone = np.zeros(LIMIT + 1, np.uint8)
    base = np.arange(LIMIT + 1, dtype=np.uint32)
    for group, offset in ((TONED_AE, 0), (TONED_Y, 5)):
        for ch in group:
            decomposed = unicodedata.normalize("NFD", ch)
            tone[ord(ch)] = offset + 1 + _TONE_MARKS.index(decomposed[1])
            base[ord(ch)] = ord(decomposed[0])
            cls[ord(ch)] |= TONED
    compose = np.zeros((4, 6), np.uint32)
    for i, first in enumerate(_FIRSTS):
        for k, mark in enumerate(_TONE_MARKS, start=1):
            compose[i, k] = ord(unicodedata.normalize("NFC", first + mark))
    return _Tables(cls, fold, strip_fold, strip, tone, base, compose)


_POWERS: list[np.ndarray] = [np.ones(0, _U64), np.ones(0, _U64)]
_KEEP_POWERS = 1 << 22  # powers kept for batches of up to 4 M code points (64 MB)


def _pow(n: int) -> tuple[np.ndarray, np.ndarray]:
    """_MULT**i and _MULT**-i modulo 2**64 for i < n at least (grown by doubling and kept, up
    to _KEEP_POWERS: a batch holding a huge document gets its own, freed after it)."""
    if len(_POWERS[0]) >= n:
        return _POWERS[0], _POWERS[1]
    size = 1 << max(16, (n - 1).bit_length())
    powers = []
    for m in (_MULT, _MULT_INV):
        pw = np.full(size, m, dtype=_U64)
        pw[0] = 1
        powers.append(np.cumprod(pw, dtype=_U64))
    if size <= _KEEP_POWERS:
        _POWERS[:] = powers
    return powers[0], powers[1]


def _finish(h: np.ndarray) -> np.ndarray:
    """Spread the bits of polynomial hashes (in place; returns ``h``): the index tables use
    the high bits, which a short token's polynomial leaves empty. A bijection: no collision
    is added."""
    h ^= h >> _U64(29)
    h *= _U64(0xBF58476D1CE4E5B9)
    return h


def _span_hashes(cp: np.ndarray, starts: np.ndarray, ends: np.ndarray, dropped: bool) -> np.ndarray:
    """Hash of each ``cp[s:e]`` (``s >= 1``); with ``dropped``, code points 0 are left out."""
    n = len(cp)
    pw, inv = _pow(n)
    if not dropped:
        csum = np.cumsum(np.multiply(cp, pw[:n], dtype=_U64), dtype=_U64)
        h = (csum[ends - 1] - csum[starts - 1]) * inv[starts]
    else:  # positions count the kept code points only
        kept = cp != 0
        rank = np.cumsum(kept) - kept
        csum = np.cumsum(np.multiply(cp, pw[rank], dtype=_U64), dtype=_U64)
        h = (csum[ends - 1] - csum[starts - 1]) * inv[rank[starts]]
    return _finish(h)


def hash_strings(strings: list[str]) -> np.ndarray:
    """The hash :class:`TextBatch` gives a token equal to each string."""
    if not strings:
        return np.zeros(0, _U64)
    lens = np.fromiter(map(len, strings), dtype=np.int64, count=len(strings))
    cp = np.frombuffer(("\0" + "".join(strings)).encode("utf-32-le", "surrogatepass"), np.uint32)
    ends = np.cumsum(lens) + 1
    return _span_hashes(cp, ends - lens, ends, dropped=False)


class HashIndex:
    """Table from distinct non-zero 64-bit keys to their positions in ``keys``, looked up for
    whole arrays at once.

    A key lives in its home slot (high bits of ``key * multiplier``) unless another key took
    that slot first; such keys go to an overflow index with another multiplier. A slot is one
    64-bit word: 40 bits of its key (the fingerprint) and its position, so a lookup reads one
    word per key, from a table two thirds the size of one holding keys and positions (the
    table is the classifier's largest random-access structure: its size shows in every cache).
    No probing loop: keys whose home slot holds another key are looked up in the overflow
    index.

    Exact for every key of the index (the fingerprint is the high 40 bits of ``key * f``, with
    ``f`` chosen so that no key's home slot holds another key with its fingerprint). A key
    *not* in the index is taken for the key in its home slot when their fingerprints agree: a
    probability of about 2**-40 per lookup, i.e. one unknown n-gram counted as a known one in
    some 10**9 articles."""

    _MULTIPLIERS = (1, 0x9FB21C651E98DF25, 0xD6E8FEB86659FD93, 0xA0761D6478BD642F)
    _FP = (1 << 40) - 1
    _EMPTY = (1 << 24) - 1  # position field of an empty slot
    _FINGERPRINTS = (0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5, 0x85EBCA77C2B2AE63)

    def __init__(self, keys: np.ndarray, level: int = 0, positions: np.ndarray | None = None):
        keys = np.asarray(keys, dtype=_U64)
        if level == 0:
            ordered = np.sort(keys)
            if (keys == 0).any() or (ordered[1:] == ordered[:-1]).any():
                raise ValueError("HashIndex keys must be distinct and non-zero")
            if len(keys) >= self._EMPTY:
                raise ValueError(f"HashIndex holds fewer than {self._EMPTY} keys")
            positions = np.arange(len(keys))
        assert positions is not None
        self.level = level
        self.bits = max(4, len(keys).bit_length() + 2)  # load factor 1/8 to 1/4
        home = self._home(keys)
        owner = np.full(1 << self.bits, -1)
        owner[home] = np.arange(len(keys))  # one key per slot wins (any one)
        won = np.zeros(len(keys), bool)
        won[owner[home]] = True
        lost = np.flatnonzero(~won)
        for f in self._FINGERPRINTS:  # fingerprints telling every key from its home's owner
            self.f = _U64(f)
            fp = self._fingerprint(keys)
            if not (fp[lost] == fp[owner[home[lost]]]).any():
                break
        else:  # pragma: no cover - needs 2**40-fold bad luck four times over
            raise ValueError("HashIndex: no fingerprint tells these keys apart")
        self.table = np.full(1 << self.bits, self._EMPTY << 40, _U64)
        self.table[home[won]] = fp[won] | (positions[won].astype(_U64) << _U64(40))
        self.overflow = None
        if len(lost):
            self.overflow = HashIndex(keys[lost], level + 1, positions[lost])

    def _home(self, keys: np.ndarray) -> np.ndarray:
        m = self._MULTIPLIERS[self.level % len(self._MULTIPLIERS)] + 2 * (
            self.level // len(self._MULTIPLIERS)
        )
        mixed = keys if m == 1 else keys * _U64(m)
        return (mixed >> _U64(64 - self.bits)).view(np.int64)  # < 2**bits: a valid index

    def _fingerprint(self, keys: np.ndarray) -> np.ndarray:
        return (keys * self.f) >> _U64(24)

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """Position of each key in the keys of the index, -1 when absent."""
        found = self.table[self._home(keys)]
        position = (found >> _U64(40)).astype(np.int32)
        taken = position != self._EMPTY
        same = (found & _U64(self._FP)) == self._fingerprint(keys)
        out = np.where(same & taken, position, np.int32(-1))
        if self.overflow is not None:
            other = np.flatnonzero(taken & ~same)  # the home slot holds another key
            if len(other):
                out[other] = self.overflow.lookup(keys[other])
        return out


class TextBatch:
    """Folded code points, tokens and token hashes of a list of composed documents.

    Attributes: ``n`` documents; ``folded`` and ``stripped`` (uint32 code points of the whole
    batch, documents separated by a newline; 0 in ``stripped`` marks a dropped combining mark);
    ``bounds`` (document ``i`` is ``[bounds[i], bounds[i + 1] - 1)``); per token ``start``,
    ``end`` (exclusive), ``doc``, ``hash`` (folded form) and ``stripped_hash``.
    """

    def __init__(self, docs: list[str]) -> None:
        t = _tables()
        self.n = len(docs)
        nfc = [unicodedata.normalize("NFC", d) for d in docs]
        cp, bounds, cls, idx = self._encode(nfc, t)
        rare = np.flatnonzero(cls >= _RARE)
        slow: list[int] = []
        if len(rare) and (cls[rare] & SLOW).any():
            docs_of = np.searchsorted(bounds, rare[(cls[rare] & SLOW) != 0], "right") - 1
            slow = sorted(set(docs_of.tolist()))
            for i in slow:
                nfc[i] = fast_fold(docs[i])
            cp, bounds, cls, idx = self._encode(nfc, t)
            rare = np.flatnonzero(cls >= _RARE)
        self.bounds = bounds
        folded = t.fold[idx]
        self._unify(cp, cls, folded, t)
        stripped = t.strip_fold[idx]
        dropped = bool((cls[rare] & DROPPED).any())  # combining marks stripped away
        for i in slow:  # already folded by fast_fold; code points >= LIMIT stay as they are
            a, b = bounds[i], bounds[i + 1] - 1
            folded[a:b] = cp[a:b]
            stripped[a:b] = np.where(cp[a:b] >= LIMIT, cp[a:b], t.strip[idx[a:b]])
            dropped = dropped or not stripped[a:b].all()
        self.folded, self.stripped = folded, stripped
        self._text: tuple[str, str] | None = None
        self._tokenise(cls)
        self.hash = _span_hashes(folded, self.start, self.end, dropped=False)
        self.stripped_hash = _span_hashes(stripped, self.start, self.end, dropped)

    @staticmethod
    def _encode(texts: list[str], t: _Tables):
        lens = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        bounds = np.zeros(len(texts) + 1, np.int64)
        np.cumsum(lens + 1, out=bounds[1:])
        bounds += 1
        raw = ("\n" + "\n".join(texts) + "\n").encode("utf-32-le", "surrogatepass")
        cp = np.frombuffer(raw, np.uint32)
        idx = np.minimum(cp, LIMIT, dtype=np.intp)  # one conversion for every table lookup
        return cp, bounds, t.cls[idx], idx

    @staticmethod
    def _unify(cp: np.ndarray, cls: np.ndarray, folded: np.ndarray, t: _Tables) -> None:
        """``text.normalize.unify_tone_marks`` on ``cp``, written case-folded into ``folded``:
        a toned a/e after o, or a toned y after u (but not "qu"), that ends a run of letters
        gives its tone mark to the o/u ("hoà" -> "hòa", "thuỷ" -> "thủy")."""
        j = np.flatnonzero(cls & TONED)
        j = j[(cls[j + 1] & LETTER) == 0]  # the text ends in "\n": j + 1 exists
        mark = t.tone[cp[j]].astype(np.intp)
        prev = cp[j - 1]  # the text starts with "\n": j >= 1
        y = mark > 5
        ok = np.where(
            y,
            ((prev == ord("u")) | (prev == ord("U")))
            & (cp[j - 2] != ord("q"))
            & (cp[j - 2] != ord("Q")),
            (prev == ord("o")) | (prev == ord("O")),
        )
        j, mark, prev = j[ok], mark[ok] - 5 * y[ok], prev[ok]
        first = np.searchsorted(_FIRST_CODES, prev)
        folded[j - 1] = t.fold[t.compose[first, mark]]
        folded[j] = t.fold[t.base[cp[j]]]

    def _tokenise(self, cls: np.ndarray) -> None:
        word = (cls & SPACE) == 0
        edges = np.flatnonzero(word[1:] != word[:-1]) + 1  # the text starts and ends in "\n"
        start, end = edges[0::2], edges[1::2]
        start, end = _trim(cls, start, end)
        self.start, self.end = start, end
        self.doc = np.searchsorted(self.bounds, start, "right") - 1

    # --- decoding, for names, rules and tests ---------------------------------------------------

    @staticmethod
    def _decode(cp: np.ndarray) -> str:
        return cp.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")

    def folded_text(self, i: int) -> str:
        """Document ``i`` folded (``textprep.fast_fold``)."""
        return self._decode(self.folded[self.bounds[i] : self.bounds[i + 1] - 1])

    def stripped_text(self, i: int) -> str:
        """Document ``i`` folded and without diacritics (``textprep.strip_folded``)."""
        cp = self.stripped[self.bounds[i] : self.bounds[i + 1] - 1]
        return self._decode(cp[cp != 0])

    def token_text(self, k: int, stripped: bool = False) -> str:
        """Token ``k`` (folded, or diacritic-free)."""
        if self._text is None:  # the whole batch decoded once: tokens are slices
            self._text = (self._decode(self.folded), self._decode(self.stripped))
        text = self._text[stripped][self.start[k] : self.end[k]]
        return text.replace("\0", "") if stripped and "\0" in text else text


def _trim(cls: np.ndarray, start: np.ndarray, end: np.ndarray):
    """Spans with punctuation stripped from both ends; spans of punctuation only dropped."""
    start, end = start.copy(), end.copy()
    todo = np.flatnonzero(cls[start] & PUNCTUATION)
    while len(todo):
        start[todo] += 1
        todo = todo[(start[todo] < end[todo]) & ((cls[start[todo]] & PUNCTUATION) != 0)]
    todo = np.flatnonzero(cls[end - 1] & PUNCTUATION)
    todo = todo[start[todo] < end[todo]]
    while len(todo):
        end[todo] -= 1
        todo = todo[(start[todo] < end[todo]) & ((cls[end[todo] - 1] & PUNCTUATION) != 0)]
    keep = start < end
    return start[keep], end[keep]
