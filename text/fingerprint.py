"""Content fingerprints of article bodies: an exact hash and a 64-bit SimHash.

Pure functions; nothing of the project is imported (NumPy does the SimHash bit sums).

* :func:`content_hash` is equal for two bodies that differ only in case, punctuation, Unicode
  composition or white space.
* :func:`simhash` is close (small :func:`hamming` distance) for two bodies that share most of their
  3-syllable shingles, e.g. the same agency story republished by another outlet with another intro.
* :func:`bands` cuts a signature into 16-bit pieces that a database can index: two signatures within
  distance ``n - 1`` share at least one band (pigeonhole), so band equality finds candidates.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from hashlib import blake2b

import numpy as np

SIMHASH_BITS = 64
SHINGLE_SIZE = 3
_MASK64 = (1 << SIMHASH_BITS) - 1
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


# Punctuation and symbols (categories P*, S*) are never word characters except "_" (Pc), nor white
# space, so only these candidates need their category looked up.
_NOT_WORD = re.compile(r"[^\w\s]|_")


def _space_if_punctuation(match: re.Match[str]) -> str:
    ch = match.group()
    return " " if unicodedata.category(ch)[0] in "PS" else ch


def _strip_punctuation(text: str) -> str:
    """Every punctuation or symbol character becomes a space (so "a,b" and "a, b" agree)."""
    return _NOT_WORD.sub(_space_if_punctuation, text)


def canonical_body(text: str) -> str:
    """The form of a body that :func:`content_hash` hashes: NFC, casefolded, no punctuation,
    white space collapsed to single spaces."""
    folded = unicodedata.normalize("NFC", text).casefold()
    # casefold can decompose (e.g. "ẞ"), so compose again before stripping.
    folded = unicodedata.normalize("NFC", folded)
    return _SPACE.sub(" ", _strip_punctuation(folded)).strip()


def content_hash(text: str) -> str:
    """SHA-256 hex digest of :func:`canonical_body` (64 lowercase hex characters)."""
    return hashlib.sha256(canonical_body(text).encode("utf-8")).hexdigest()


def syllables(text: str) -> list[str]:
    """Lowercased NFC ``\\w+`` tokens: the syllables of Vietnamese text."""
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def shingles(text: str, size: int = SHINGLE_SIZE) -> list[str]:
    """Runs of ``size`` consecutive syllables joined by a space; a shorter text is one shingle."""
    words = syllables(text)
    if not words:
        return []
    if len(words) < size:
        return [" ".join(words)]
    return [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]


def simhash(text: str) -> int:
    """Unsigned 64-bit SimHash over 3-syllable shingles, each weighted by its count.

    An empty body (no word characters) gives 0.
    """
    counts = Counter(shingles(text))
    if not counts:
        return 0
    n = len(counts)
    digests = b"".join([blake2b(f.encode("utf-8"), digest_size=8).digest() for f in counts])
    hashes = np.frombuffer(digests, dtype=">u8").astype("<u8")  # stable 64-bit hashes
    weights = np.fromiter(counts.values(), dtype=np.int64, count=n)
    # bits[i, k] is bit k of hash i (little-endian bytes, least significant bit first).
    bits = np.unpackbits(hashes.view(np.uint8).reshape(n, 8), axis=1, bitorder="little")
    ones = weights @ bits  # per bit: total weight of the features that have it set
    # Bit k of the signature is set when sum(+w if set else -w) > 0, i.e. 2 * ones > sum(w).
    keep = (2 * ones > int(weights.sum())).astype(np.uint8)
    return int(np.packbits(keep, bitorder="little").view("<u8")[0])


def hamming(a: int, b: int) -> int:
    """Number of differing bits of two 64-bit signatures (signed or unsigned form)."""
    return ((a & _MASK64) ^ (b & _MASK64)).bit_count()


def bands(sig: int, n: int = 4) -> tuple[int, ...]:
    """Cut an unsigned 64-bit signature into ``n`` equal bands, lowest bits first.

    With the default ``n=4`` each band is 16 bits (0..65535). Two signatures whose Hamming distance
    is below ``n`` share at least one band.
    """
    if n < 1 or SIMHASH_BITS % n:
        raise ValueError(f"bands: n must divide {SIMHASH_BITS}, got {n}")
    width = SIMHASH_BITS // n
    mask = (1 << width) - 1
    sig &= _MASK64
    return tuple((sig >> (i * width)) & mask for i in range(n))


def to_signed64(u: int) -> int:
    """Unsigned 64-bit value → the signed value a BIGINT column can hold."""
    if not 0 <= u <= _MASK64:
        raise ValueError(f"to_signed64: {u} is not an unsigned 64-bit value")
    return u - (1 << SIMHASH_BITS) if u >= 1 << (SIMHASH_BITS - 1) else u


def from_signed64(s: int) -> int:
    """Signed BIGINT value → the unsigned 64-bit signature."""
    if not -(1 << (SIMHASH_BITS - 1)) <= s < 1 << (SIMHASH_BITS - 1):
        raise ValueError(f"from_signed64: {s} is not a signed 64-bit value")
    return s & _MASK64
