"""text.fingerprint: content hash, SimHash on real Vietnamese news text, bands, signed storage."""

from __future__ import annotations

import itertools
import random
import unicodedata
from hashlib import blake2b
from pathlib import Path

import pytest

from text.fingerprint import (
    bands,
    canonical_body,
    content_hash,
    from_signed64,
    hamming,
    shingles,
    simhash,
    to_signed64,
)

TEXTS = Path(__file__).parent / "fixtures" / "texts"
# Chosen by measurement (see the report of text/fingerprint.py and config near_duplicate_bits).
NEAR_BITS = 10
PINNED_SIMHASH = 16917930486473643844
PINNED_HASH = "fc7c65e3357c52050385032cffea185edb888d337b12cd4498ded804a046fe10"


def _load(name: str) -> tuple[str, str]:
    lines = (TEXTS / name).read_text(encoding="utf-8").splitlines()
    return lines[0], "\n".join(lines[1:])


ARTICLES = sorted(p.name for p in TEXTS.glob("*.txt"))


def test_content_hash_ignores_trivial_formatting() -> None:
    text = "Cục Thi hành án dân sự TP. Hà Nội: cưỡng chế 3 vụ việc."
    variants = [
        "  cục thi hành án dân sự tp hà nội cưỡng chế 3 vụ việc ",
        "CỤC THI HÀNH ÁN DÂN SỰ TP. HÀ NỘI — cưỡng chế 3 vụ việc!",
        unicodedata.normalize("NFD", text),
        text.replace(" ", "\n\t "),
    ]
    assert all(content_hash(v) == content_hash(text) for v in variants)
    assert content_hash(text) != content_hash(text.replace("3", "4"))
    assert len(content_hash(text)) == 64 and int(content_hash(text), 16) >= 0


def test_simhash_is_stable_unsigned_and_nfc_insensitive() -> None:
    _, body = _load("vntc_pl_vne_137.txt")
    sig = simhash(body)
    assert 0 <= sig < 2**64
    assert simhash(unicodedata.normalize("NFD", body)) == sig
    assert simhash(body.upper()) == sig
    assert simhash("") == 0 and simhash("  ...  ") == 0
    # A known value: the hash must not depend on the interpreter's hash seed.
    assert simhash("thi hành án dân sự") == simhash("Thi hành án dân sự.")


def _syndicated(body: str, seed: int) -> str:
    """The same story as another outlet runs it: own prefix, a new intro line, 3 words edited."""
    rng = random.Random(seed)
    lines = body.splitlines()
    lines[0] = "TPO - " + lines[0]
    lines.insert(
        0, "Theo phóng viên Tiền Phong, vụ việc đã được cơ quan chức năng xác nhận chiều qua."
    )
    words = "\n".join(lines).split(" ")
    for _ in range(3):
        words[rng.randrange(20, len(words))] = "nhiều"
    return " ".join(words)


@pytest.mark.parametrize("name", ARTICLES)
def test_syndicated_copy_is_near(name: str) -> None:
    _, body = _load(name)
    original = "(PLVN) - " + body
    for seed in range(3):
        assert hamming(simhash(original), simhash(_syndicated(body, seed))) <= NEAR_BITS


@pytest.mark.parametrize(("a", "b"), list(itertools.combinations(ARTICLES, 2)))
def test_unrelated_articles_are_far(a: str, b: str) -> None:
    assert hamming(simhash(_load(a)[1]), simhash(_load(b)[1])) > NEAR_BITS + 2


def test_hamming() -> None:
    assert hamming(0, 0) == 0
    assert hamming(0, 2**64 - 1) == 64
    assert hamming(0b1011, 0b0001) == 2
    assert hamming(to_signed64(2**63), 2**63) == 0


def test_bands_split_into_16_bit_pieces() -> None:
    sig = 0x1234_5678_9ABC_DEF0
    assert bands(sig) == (0xDEF0, 0x9ABC, 0x5678, 0x1234)
    assert bands(sig, 2) == (0x9ABCDEF0, 0x12345678)
    with pytest.raises(ValueError):
        bands(sig, 3)


def test_signatures_within_three_bits_share_a_band() -> None:
    rng = random.Random(2026)
    for _ in range(2000):
        sig = rng.getrandbits(64)
        other = sig
        for bit in rng.sample(range(64), rng.randint(0, 3)):
            other ^= 1 << bit
        assert set(enumerate(bands(sig))) & set(enumerate(bands(other)))


def test_signed64_round_trip() -> None:
    for u in (0, 1, 2**63 - 1, 2**63, 2**64 - 1, 0xDEADBEEF_CAFEBABE):
        s = to_signed64(u)
        assert -(2**63) <= s < 2**63
        assert from_signed64(s) == u
    assert to_signed64(2**64 - 1) == -1
    with pytest.raises(ValueError):
        to_signed64(2**64)
    with pytest.raises(ValueError):
        from_signed64(2**63)


def _reference_simhash(text: str) -> int:
    """The definition, bit by bit: +weight for a set bit, -weight for a clear one, sign per bit."""
    counts: dict[str, int] = {}
    for feature in shingles(text):
        counts[feature] = counts.get(feature, 0) + 1
    totals = [0] * 64
    for feature, weight in counts.items():
        h = int.from_bytes(blake2b(feature.encode("utf-8"), digest_size=8).digest(), "big")
        for bit in range(64):
            totals[bit] += weight if (h >> bit) & 1 else -weight
    return sum(1 << bit for bit, total in enumerate(totals) if total > 0)


def _reference_canonical(text: str) -> str:
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())
    spaced = "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in folded)
    return " ".join(spaced.split())


def test_fast_paths_agree_with_the_definitions() -> None:
    rng = random.Random(7)
    alphabet = "aăâđêôơư áàảãạ_-,.;:!?“”‘’()[]/\\%$€©®™½²³\u200b\u00a0\x0b\x1c\t\n0123456789ẞß"
    texts = [_load(name)[1] for name in ARTICLES]
    texts += [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 400))) for _ in range(200)
    ]
    for text in texts:
        assert simhash(text) == _reference_simhash(text)
        assert canonical_body(text) == _reference_canonical(text).strip()


def test_pinned_values_keep_stored_signatures_comparable() -> None:
    # Signatures and hashes are stored; a change of implementation must not change them.
    text = "Cục Thi hành án dân sự TP. Hà Nội: cưỡng chế 3 vụ việc."
    assert simhash(text) == PINNED_SIMHASH
    assert content_hash(text) == PINNED_HASH
